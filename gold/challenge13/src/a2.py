from lib import R

ARTS = []

# v06 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v06', url='https://baohaiphong.vn/cong-doan-kkt-hai-phong-6-thang-ket-nap-hon-6-300-doan-vien-581204.html',
  published='2022-07-14', region='Hải Phòng', per='h1-2022', text='''
Công đoàn KKT Hải Phòng: 6 tháng kết nạp hơn [[6.300|hl]] đoàn viên
Thứ Năm, 14/07/2022 10:05
(HPO) - Sáng 13/7, Công đoàn Khu kinh tế (KKT) Hải Phòng tổ chức hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.
6 tháng đầu năm 2022, Công đoàn KKT Hải Phòng kết nạp [[6.318|m1]] đoàn viên, đạt [[63,2%|p1]] kế hoạch năm; thành lập [[21|u1]] CĐCS tại các doanh nghiệp FDI mới đi vào hoạt động. Kế hoạch năm 2022 là kết nạp [[10.000|t4]] đoàn viên. Cùng kỳ năm 2021, do ảnh hưởng của dịch Covid-19, Công đoàn KKT chỉ kết nạp được [[4.150|pv]] đoàn viên.
Hiện Công đoàn KKT quản lý [[268|ut]] CĐCS với [[148.905|mt]] đoàn viên, trong đó nữ chiếm 61%.
Cũng trong 6 tháng đầu năm, Công đoàn KKT phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ tại [[57|wd]] doanh nghiệp; [[42|mu]] doanh nghiệp đã nâng mức bữa ăn ca lên từ 20.000 đồng/suất trở lên. Các CĐCS ký mới [[35|ca]] bản thỏa ước lao động tập thể, nhiều bản có lợi hơn cho người lao động so với quy định của pháp luật.
6 tháng cuối năm 2022, Công đoàn KKT phấn đấu kết nạp [[3.700|t1]] đoàn viên, thành lập [[15|t2]] CĐCS; chăm lo tốt cho công nhân tại các KCN Tràng Duệ, Nomura, Đình Vũ.
Các đại biểu dự hội nghị sơ kết. Ảnh: H.A
Lượt xem: 2.317
Bạn đọc bình luận
''', recs=[
  R('hl', 'members_new', bound='over', scope='Công đoàn KKT Hải Phòng', note='rounded headline repeat of 6.318 (gold README 1): body period H1 2022'),
  R('m1', 'members_new', scope='Công đoàn KKT Hải Phòng', note='KKT union gives its province (records.md regions)'),
  R('p1', 'members_new', 'attainment', scope='Công đoàn KKT Hải Phòng', note='"đạt 63,2% kế hoạch năm" reached in H1: period of the sentence'),
  R('u1', 'unions_new', scope='Công đoàn KKT Hải Phòng'),
  R('t4', 'members_new', 'target', per='y2022', scope='Công đoàn KKT Hải Phòng', note='"Kế hoạch năm 2022 là" -> target of the full year'),
  R('pv', 'members_new', per='h1-2021', scope='Công đoàn KKT Hải Phòng', note='previous-year figure given for contrast is a record of its own period: "Cùng kỳ năm 2021" -> H1 2021'),
  R('ut', 'unions_total', per='pub', scope='Công đoàn KKT Hải Phòng', note='"Hiện ... quản lý" stock at publication (gold README 7); "nữ chiếm 61%" is a share with no target'),
  R('mt', 'members_total', per='pub', scope='Công đoàn KKT Hải Phòng'),
  R('wd', 'workplace_dialogues', scope='Công đoàn KKT Hải Phòng', note='"Cũng trong 6 tháng đầu năm" with no year -> H1 of the publication year 2022'),
  R('mu', 'meal_upgrades', scope='Công đoàn KKT Hải Phòng', note='the 20.000 đồng/suất meal level is a threshold (gold README 11)'),
  R('ca', 'collective_agreements', scope='Công đoàn KKT Hải Phòng'),
  R('t1', 'members_new', 'target', per='h2-2022', scope='Công đoàn KKT Hải Phòng'),
  R('t2', 'unions_new', 'target', per='h2-2022', scope='Công đoàn KKT Hải Phòng'),
]))

# v07 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v07', url='https://baothainguyen.vn/cong-doan/hon-12-600-suat-qua-cho-cong-nhan-dip-cao-diem-thang-cong-nhan-334215.html',
  published='2024-05-22', region='Thái Nguyên', per='2024-04-15..2024-05-15', text='''
Hơn [[12.600|hl]] suất quà cho công nhân dịp cao điểm Tháng Công nhân
Thứ Tư, 22/05/2024 | 08:12
(Báo Thái Nguyên) - Từ ngày 15/4 đến 15/5/2024, các cấp công đoàn tỉnh Thái Nguyên đã thăm hỏi, tặng [[12.650|b1]] suất quà cho đoàn viên, người lao động với tổng trị giá [[5,3 tỷ|f1]] đồng.
Trong đợt cao điểm này, [[486|wm]] CĐCS tổ chức các hoạt động hưởng ứng Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động; các cấp công đoàn phối hợp tổ chức [[38|dlg]] cuộc đối thoại giữa lãnh đạo doanh nghiệp với công nhân. Có [[27|mu]] doanh nghiệp điều chỉnh giá trị bữa ăn ca lên 25.000 đồng/suất.
LĐLĐ tỉnh phối hợp các bệnh viện khám sức khỏe miễn phí cho [[1.200|b2]] công nhân; trao [[15|sh]] "Mái ấm Công đoàn" với kinh phí [[750 triệu|sf]] đồng. Ngày hội công nhân tại KCN Yên Bình thu hút hàng trăm công nhân tham gia các gian hàng 0 đồng.
Cũng trong dịp này, Công đoàn Công Thương Việt Nam trao [[200|b3]] suất quà, mỗi suất 500.000 đồng, cho công nhân Công ty CP Gang thép Thái Nguyên.
So với Tháng Công nhân năm 2023, số suất quà tăng mạnh; năm trước, các cấp công đoàn tỉnh trao [[9.800|pv]] suất quà.
Dự kiến từ nay đến cuối năm, LĐLĐ tỉnh sẽ hỗ trợ xây thêm [[20|t1]] "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở.
Tin, ảnh: Thu Hằng
Số lần đọc: 640
''', recs=[
  R('hl', 'beneficiaries', bound='over', note='rounded headline repeat of 12.650 (gold README 1): body period 15/4-15/5/2024'),
  R('b1', 'beneficiaries', note='"Từ ngày 15/4 đến 15/5/2024" -> 2024-04-15..2024-05-15 (records.md periods); gift packages are beneficiaries (gold README 9)'),
  R('f1', 'support_funds'),
  R('wm', 'workers_month_units', note='"Trong đợt cao điểm này" refers to the 15/4-15/5 span named before, so it is dated 2024-04-15..2024-05-15 rather than all of May (records.md nearest earlier period phrase)'),
  R('dlg', 'workplace_dialogues'),
  R('mu', 'meal_upgrades', note='the 25.000 đồng/suất meal level is not a record (records.md)'),
  R('b2', 'beneficiaries', note='free check-ups counted as support to workers (beneficiaries); no own period: nearest earlier phrase 15/4-15/5'),
  R('sh', 'shelter_houses'),
  R('sf', 'shelter_funds'),
  R('b3', 'beneficiaries', note='national sector union acting in one province -> Thái Nguyên (records.md regions); "mỗi suất 500.000 đồng" per-item amount, not a record'),
  R('pv', 'beneficiaries', per='mo2023-05', note='previous-year figure given for contrast: "Tháng Công nhân năm 2023" -> May 2023 (records.md periods)'),
  R('t1', 'shelter_houses', 'target', per='pub..2024-12-31', note='"Dự kiến ... sẽ" -> target (gold README 4); "từ nay đến cuối năm" -> publication date..2024-12-31 (judgement)'),
]))

# v08 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v08', url='https://baothanhhoa.vn/lao-dong-viec-lam/ldld-thi-xa-nghi-son-ket-nap-gan-1-500-doan-vien-trong-6-thang-120743.htm',
  published='2020-07-03', region='Thanh Hóa', per='h1-2020', text='''
LĐLĐ thị xã Nghi Sơn kêt nạp gần [[1.500|hl]] đoàn vien trong 6 tháng
Cập nhật: 03/07/2020 | 14:26
(Baothanhhoa.vn) - Dù chịu tác động của dịch Covid-19, 6 tháng đầu năm 2020, LĐLĐ thị xã Nghi Sơn (Thanh Hóa) vẫn phối hợp thành lập [[06|u1]] CĐCS, kêt nạp [[l.482|m1]] đoàn vien, đạt [[74,1%|p1]] kế hoạch năm (kế hoạch năm là [[2.000|t1]] đoàn viên).
Phần lớn đoàn viên mới làm việc tại các doanh nghiệp trong Khu kinh tế Nghi Sơn. Ban Thường vụ LĐLĐ thị xã đã chỉ đạo [[03/03|wc]] doanh nghiệp mới thành lập CĐCS tổ chức hội nghị người lao đông.
Trước tác động của dịch, LĐLĐ thị xã hỗ trợ [[317|b1]] đoàn viên, người lao động bị mất việc, mỗi người 500.000 đồng, tổng số tiền [[158,5 triệu|f1]] đồng. [[Năm|pr]] đoàn viên ưu tú được giới thiệu cho Đảng xem xét kết nạp.
Tính chung toàn tỉnh Thanh Hóa, 6 tháng đầu năm các cấp công đoàn kết nạp được [[8.740|m2]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước [[6.306|m3]] đoàn viên.
6 tháng cuối năm, LĐLĐ thị xã Nghi Sơn phấn đấu kết nạp thêm [[518|t2]] đoàn viên để hoàn thành kế hoạch năm 2020.
Đường dây nóng LĐLĐ thị xã: 0237 3862 115
Công nhân Công ty TNHH Giày Sun Jade Việt Nam trong giờ làm việc. Ảnh: Minh Hiếu
''', recs=[
  R('hl', 'members_new', bound='under', scope='LĐLĐ thị xã Nghi Sơn', note='rounded headline repeat of l.482 (gold README 1); scraped "kêt nạp", "đoàn vien" repaired'),
  R('u1', 'unions_new', scope='LĐLĐ thị xã Nghi Sơn', note='"06" -> 6; district-level union gives its province (records.md regions)'),
  R('m1', 'members_new', scope='LĐLĐ thị xã Nghi Sơn', note='OCR "l.482" -> 1482 (gold README 3)'),
  R('p1', 'members_new', 'attainment', scope='LĐLĐ thị xã Nghi Sơn'),
  R('t1', 'members_new', 'target', per='y2020', scope='LĐLĐ thị xã Nghi Sơn', note='"kế hoạch năm" -> full-year target 2020 (gold README 8)'),
  R('wc', 'worker_conferences', scope='LĐLĐ thị xã Nghi Sơn', note='"03/03" -> 3 (gold README 3); scraped "lao đông" repaired'),
  R('b1', 'beneficiaries', scope='LĐLĐ thị xã Nghi Sơn', note='"mỗi người 500.000 đồng" per-item amount, not a record'),
  R('f1', 'support_funds', scope='LĐLĐ thị xã Nghi Sơn'),
  R('pr', 'party_referrals', val=5, scope='LĐLĐ thị xã Nghi Sơn', note='sentence-initial number word "Năm" -> 5 (records.md numbers in words), not the word "năm" (year)'),
  R('m2', 'members_new', note='province total: region Thanh Hóa, no scope; "6 tháng đầu năm" with no year -> publication year 2020'),
  R('m3', 'members_new', scope='khu vực doanh nghiệp ngoài nhà nước', note='breakdown (gold README 6)'),
  R('t2', 'members_new', 'target', per='h2-2020', scope='LĐLĐ thị xã Nghi Sơn', note='"6 tháng cuối năm" -> 2020-07-01..2020-12-31 (records.md periods)'),
]))

# v09 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v09', url='http://congdoanlamdong.org.vn/tin-tuc/cong-doan-nganh-cong-thuong-tong-ket-nam-2017-1187.html',
  published=None, region='Lâm Đồng', per='y2017', text='''
Công đoàn ngành Công Thương Lâm Đồng tổng kết hoạt động năm 2017
Đăng bởi: Ban Tuyên giáo | Chuyên mục: Hoạt động công đoàn
Công đoàn ngành Công Thương tỉnh Lâm Đồng vừa tổ chức hội nghị tổng kết công tác năm 2017, triển khai phương hướng năm 2018.
Năm 2017, Công đoàn ngành kết nạp [[846|m1]] đoàn viên (kế hoạch giao [[705|t1]] đoàn viên), hoàn thành [[120%|p1]] kế hoạch năm; thành lập mới [[5|u1]] CĐCS tại các doanh nghiệp chè, cà phê, thủy điện. Hiện Công đoàn ngành có [[64|ut]] CĐCS với [[7.930|mt]] đoàn viên.
Công đoàn ngành tổ chức [[4|tr]] lớp tập huấn nghiệp vụ cho [[312|te]] lượt cán bộ công đoàn cơ sở; phối hợp Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn pháp luật cho [[1.150|lc]] lượt người lao động. Trong quý III/2017, Ủy ban Kiểm tra Công đoàn ngành tiến hành kiểm tra tài chính tại [[12|fi]] CĐCS. 6 tháng cuối năm 2017, các CĐCS phối hợp với người sử dụng lao động tổ chức [[9|dl]] cuộc đối thoại tại nơi làm việc.
Đáng chú ý, 100% CĐCS doanh nghiệp đã thương lượng, ký kết thỏa ước lao động tập thể, 3 doanh nghiệp có từ 500 lao động trở lên được Công đoàn ngành chọn làm điểm về văn hóa doanh nghiệp.
Năm 2018, Công đoàn ngành phấn đấu kết nạp [[900|t2]] đoàn viên, thành lập [[04|t3]] CĐCS.
Dịp này, Công đoàn ngành được Tổng LĐLĐ Việt Nam tặng Cờ thi đua; 3 tập thể, 5 cá nhân nhận Bằng khen của LĐLĐ tỉnh.
Số lần đọc: 523
''', recs=[
  R('m1', 'members_new', scope='Công đoàn ngành Công Thương', note='sector union of a province gives the province (records.md regions)'),
  R('t1', 'members_new', 'target', scope='Công đoàn ngành Công Thương', note='"(kế hoạch giao 705)" -> target in the same sentence as the result'),
  R('p1', 'members_new', 'attainment', scope='Công đoàn ngành Công Thương', note='"hoàn thành 120% kế hoạch năm" -> attainment (gold README 4)'),
  R('u1', 'unions_new', scope='Công đoàn ngành Công Thương'),
  R('ut', 'unions_total', per='pub', scope='Công đoàn ngành Công Thương', note='stock on an undated page -> null..null (gold README 7)'),
  R('mt', 'members_total', per='pub', scope='Công đoàn ngành Công Thương', note='stock on an undated page -> null..null (gold README 7)'),
  R('tr', 'trainings', scope='Công đoàn ngành Công Thương'),
  R('te', 'trainees', scope='Công đoàn ngành Công Thương'),
  R('lc', 'legal_consultations', scope='Công đoàn ngành Công Thương'),
  R('fi', 'financial_inspections', per='q3-2017', scope='Công đoàn ngành Công Thương', note='"quý III/2017" -> 2017-07-01..2017-09-30'),
  R('dl', 'workplace_dialogues', per='h2-2017', scope='Công đoàn ngành Công Thương'),
  R('t2', 'members_new', 'target', per='y2018', scope='Công đoàn ngành Công Thương'),
  R('t3', 'unions_new', 'target', per='y2018', scope='Công đoàn ngành Công Thương', note='"04" -> 4'),
]))

# v10 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v10', url='https://baokiengiang.vn/lao-dong-cong-doan/gan-10-000-suat-qua-tet-den-tay-cong-nhan-kien-giang-28871.html',
  published='2016-01-28', region='Kiên Giang', per='y2016', text='''
Kiên Giang: Gần [[10.000|hl]] suất quà Tết đến tay công nhân
28/01/2016 | 16:45
(BKG) - Tết Nguyên đán Bính Thân 2016, các cấp công đoàn tỉnh Kiên Giang dự kiến chăm lo cho [[15.000|t1]] đoàn viên, người lao động với kinh phí [[4,5 tỷ|t2]] đồng.
Đến ngày 27/1, các cấp công đoàn đã trao [[9.860|b1]] suất quà, trị giá [[2,96 tỷ|f1]] đồng. Trong đó, LĐLĐ huyện Phú Quốc trao [[450|b2]] phần quà cho công nhân các khu du lịch, resort; Công đoàn các KCN tỉnh tổ chức "Chuyến xe Công đoàn" đưa [[320|b3]] công nhân về quê đón Tết. Tết Ất Mùi 2015, các cấp công đoàn tỉnh chăm lo cho [[12.400|pv]] đoàn viên, người lao động.
Năm 2015, LĐLĐ tỉnh vận động xây dựng [[32|sh]] "Mái ấm Công đoàn", vượt [[28%|p1]] kế hoạch, với tổng kinh phí [[1,6 tỷ|sf]] đồng. Cũng trong năm 2015, toàn tỉnh kết nạp [[4.215|m1]] đoàn viên.
Mỗi suất quà gồm 500.000 đồng tiền mặt và nhu yếu phẩm; riêng công nhân có hoàn cảnh đặc biệt khó khăn được hỗ trợ thêm 1 triệu đồng.
Số lần đọc: 1.042
Tin liên quan
- Công đoàn Cà Mau chăm lo Tết cho 8.000 công nhân
- Hậu Giang: 2.500 suất quà "Tết Sum vầy"
''', recs=[
  R('hl', 'beneficiaries', bound='under', note='rounded headline repeat of 9.860 (gold README 1): body period'),
  R('t1', 'beneficiaries', 'target', note='"dự kiến" plan -> target (gold README 4); Tết Bính Thân 2016 -> the whole year 2016 (convention of dev x07/y01, challenge12)'),
  R('t2', 'support_funds', 'target'),
  R('b1', 'beneficiaries', note='"Đến ngày 27/1" is a date, not a period: the Tết 2016 period of the article applies (judgement)'),
  R('f1', 'support_funds'),
  R('b2', 'beneficiaries', scope='LĐLĐ huyện Phú Quốc', note='district union gives its province (records.md regions); breakdown (gold README 6)'),
  R('b3', 'beneficiaries', scope='Công đoàn các KCN', note='bus rides home counted as beneficiaries (challenge12 convention)'),
  R('pv', 'beneficiaries', per='y2015', note='previous-year figure given for contrast: Tết Ất Mùi 2015 -> 2015'),
  R('sh', 'shelter_houses', per='y2015'),
  R('sf', 'shelter_funds', per='y2015'),
  R('p1', 'shelter_houses', 'attainment', per='y2015', val=128, note='"vượt 28% kế hoạch" -> 128, bound exact (records.md status)'),
  R('m1', 'members_new', per='y2015'),
]))
