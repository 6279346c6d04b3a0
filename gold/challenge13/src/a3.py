from lib import R

ARTS = []

# v11 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v11', url='https://baolongan.vn/cong-doan-cac-kcn-long-an-9-thang-ky-moi-41-thoa-uoc-lao-dong-tap-the-a61207.html',
  published='2018-10-16', region='Long An', per='m9-2018', scope='Công đoàn các KCN', text='''
Công đoàn các KCN Long An: 9 tháng ký mới [[41|hl]] thỏa ước lao động tập thể
Thứ Ba, 16/10/2018, 10:20 [GMT+7]
(LA) - 9 tháng đầu năm 2018, Công đoàn các KCN tỉnh Long An đã hướng dẫn CĐCS thương lượng, ký mới [[41|ca]] bản thỏa ước lao dộng tập thể (TƯLĐTT), tăng 12 bản so với cùng kỳ năm 2017.
Công tác đại diện được đẩy mạnh: trong 9 tháng, có [[186|wc]] doanh nghiệp tổ chức hội nghị người lao động, đạt [[93%|p1]] kế hoạch; đối thoại định kỳ được duy trì tại [[158|wd]] doanh nghiệp. Sau đối thoại, [[05/05|mu]] doanh nghiệp có vốn đầu tư Đài Loan đã tăng giá trị bữa ăn ca từ 15.000 đồng lên 18.000 đồng/suất.
Văn phòng tư vấn pháp luật của Công đoàn các KCN tư vấn cho [[2.340|lc]] lượt công nhân, chủ yếu về tiền lương, bảo hiểm xã hội; đồng thời tham gia [[14|sv]] đoàn kiểm tra, giám sát việc chấp hành pháp luật lao động tại doanh nghiệp.
Về phát triển tổ chức, Công đoàn các KCN kêt nạp [[3.968|m1]] đoàn vien, thành lâp [[17|u1]] CĐCS. Hiện Công đoàn các KCN có [[421|ut]] CĐCS với hơn [[118.000|mt]] đoàn viên.
Quý IV/2018, Công đoàn các KCN phấn đấu ký mới thêm [[10|t1]] bản thỏa ước, tập trung vào doanh nghiệp có từ 300 lao động trở lên.
Công nhân Công ty TNHH Quốc tế Pou Yuen Việt Nam (KCN Tân Đức) giờ tan ca. Ảnh: Như Ý
Số lần đọc: 775
''', recs=[
  R('hl', 'collective_agreements', note='headline repeat of the body figure (gold README 1): 9 months of 2018; KCN union gives its province (records.md regions)'),
  R('ca', 'collective_agreements', note='scraped "lao dộng" repaired; "tăng 12 bản so với cùng kỳ" is a pure comparison, no record'),
  R('wc', 'worker_conferences', note='"trong 9 tháng" with no year -> publication year 2018; the comparison "cùng kỳ năm 2017" names no period of a figure'),
  R('p1', 'worker_conferences', 'attainment', note='"đạt 93% kế hoạch" -> attainment of worker_conferences (gold README 4)'),
  R('wd', 'workplace_dialogues'),
  R('mu', 'meal_upgrades', note='"05/05" -> 5 (gold README 3); the 15.000 / 18.000 đồng meal levels are not records'),
  R('lc', 'legal_consultations'),
  R('sv', 'supervisions', note='joined inspection teams -> supervisions'),
  R('m1', 'members_new', note='scraped "kêt nạp", "đoàn vien" repaired'),
  R('u1', 'unions_new', note='scraped "thành lâp" repaired'),
  R('ut', 'unions_total', per='pub', note='"Hiện ... có" stock at publication (gold README 7)'),
  R('mt', 'members_total', bound='over', per='pub'),
  R('t1', 'collective_agreements', 'target', per='q4-2018', note='"phấn đấu" -> target; "từ 300 lao động trở lên" is a threshold (gold README 11)'),
]))

# v12 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v12', url='https://baodongnai.com.vn/xa-hoi/202501/gan-44-ngan-doan-vien-duoc-cham-lo-tet-at-ty-2025-3141875/',
  published='2025-01-22', region='Đồng Nai', per='y2025', text='''
Đồng Nai: Gần [[44 ngàn|hl]] đoàn viên được chăm lo Tết Ất Tỵ 2025
Thứ Tư, 22/01/2025 - 06:14
(ĐN) - Tết Ất Tỵ 2025, các cấp công đoàn tỉnh Đồng Nai đã thăm, tặng quà cho [[43.870|b1]] đoàn viên, người lao động với tổng kinh phí hơn [[21,7 tỷ|f1]] đồng.
Trong đó, LĐLĐ tỉnh trực tiếp trao [[hai nghìn|b2]] suất quà, mỗi suất trị giá 1 triệu đồng; Công đoàn các KCN Đồng Nai trao [[5.600|b3]] suất quà cho công nhân không về quê đón Tết. Chương trình "Tết Sum vầy" bố trí ba mươi chuyến xe đưa [[1.350|b4]] công nhân về quê miễn phí; Chợ Tết Công đoàn phát hành 4.000 phiếu mua hàng 0 đồng.
Dịp này, LĐLĐ huyện Trảng Bom trao kinh phí hỗ trợ [[mười hai|sh]] đoàn viên xây, sửa nhà "Mái ấm Công đoàn", tổng số tiền [[600 triệu|sf]] đồng.
Tết Giáp Thìn 2024, số đoàn viên, người lao động được chăm lo là [[38.500|pv]] người. Năm 2024, toàn tỉnh kết nạp [[21.406|m1]] đoàn viên, đạt [[107%|p1]] chỉ tiêu, góp phần quan trọng vào kết quả phát triển đoàn viên của cả nước.
Bà Nguyễn Thị Như Ý, Chủ tịch Tổng LĐLĐ Việt Nam thăm, tặng quà công nhân Công ty TNHH Changshin Việt Nam. Ảnh: Công Nghĩa
Xem thêm
- Biên Hòa: 1.200 công nhân được tặng vé xe về quê
''', recs=[
  R('hl', 'beneficiaries', bound='under', note='"44 ngàn" -> 44000 (gold README 3); rounded headline repeat of 43.870 (gold README 1); Tết Ất Tỵ 2025 -> the whole year 2025 (dev x07/y01 convention)'),
  R('b1', 'beneficiaries'),
  R('f1', 'support_funds', bound='over'),
  R('pv', 'beneficiaries', per='y2024', note='previous-year figure given for contrast: Tết Giáp Thìn 2024 -> 2024'),
  R('b2', 'beneficiaries', val=2000, note='"hai nghìn" -> 2000 (records.md numbers in words); "mỗi suất trị giá 1 triệu đồng" per-item amount'),
  R('b3', 'beneficiaries', scope='Công đoàn các KCN'),
  R('b4', 'beneficiaries', note='workers taken home free counted as beneficiaries; "ba mươi chuyến xe" counts buses, not a record; the Chợ Tết 4.000 phiếu mua hàng 0 đồng are not records (gold README 9)'),
  R('sh', 'shelter_houses', val=12, scope='LĐLĐ huyện Trảng Bom', note='"mười hai" -> 12; members helped to build or repair a Mái ấm house count as shelter_houses (gold README 9)'),
  R('sf', 'shelter_funds', scope='LĐLĐ huyện Trảng Bom'),
  R('m1', 'members_new', per='y2024'),
  R('p1', 'members_new', 'attainment', per='y2024'),
]))

# v13 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v13', url='https://hanoimoi.vn/ldld-thanh-pho-ha-noi-mo-rong-chuong-trinh-phuc-loi-doan-vien-469021.html',
  published='2021-03-24', region='Hà Nội', per='y2020', text='''
LĐLĐ thành phố Hà Nội ký thêm [[26|hl]] thỏa thuận "Phúc lợi đoàn viên"
24/03/2021 - 15:03
Năm 2020, LĐLĐ thành phố Hà Nội đã ký kết [[26|wp]] thỏa thuận hợp tác với các doanh nghiệp đối tác trong Chương trình "Phúc lợi đoàn viên", nâng tổng số đối tác lên [[154|wpt]]. Riêng LĐLĐ quận Hoàng Mai ký [[5|wp2]] thỏa thuận với các siêu thị, nhà thuốc, phòng khám trên địa bàn.
Quý I/2021, LĐLĐ thành phố đang triển khai ký kết với [[8|wp3]] đối tác mới trong lĩnh vực du lịch và giáo dục. Năm 2020, các cấp công đoàn đã cấp [[127.300|mr]] thẻ đoàn viên; dự kiến năm 2021 sẽ cấp tiếp [[50.000|t2]] thẻ đoàn viên điện tử.
Cũng trong năm 2020, LĐLĐ thành phố kết nạp [[28.142|m1]] đoàn viên, vượt [[8%|p1]] chỉ tiêu; thành lập [[312|u1]] CĐCS. Tuy nhiên, trên địa bàn vẫn còn hơn 3.000 doanh nghiệp có từ 10 lao động trở lên chưa có tổ chức công đoàn.
Năm 2021, LĐLĐ thành phố sẽ kết nạp [[30.000|t3]] đoàn viên, chú trọng khu vực doanh nghiệp ngoài nhà nước và các KCN, khu chế xuất.
Mọi thông tin về chương trình, đoàn viên liên hệ số 024 3825 3012.
Đoàn viên mua hàng ưu đãi tại siêu thị đối tác của chương trình. Ảnh: Hải Nguyễn
Chia sẻ: Facebook | Twitter | Email
''', recs=[
  R('hl', 'welfare_partners', note='headline repeat of the body figure (gold README 1): year 2020'),
  R('wp', 'welfare_partners', note='thỏa thuận hợp tác ... Phúc lợi đoàn viên -> welfare_partners (gold README 9)'),
  R('wpt', 'welfare_partners', per='pub', note='"nâng tổng số đối tác lên" is a stock: dated at publication (records.md stocks)'),
  R('wp2', 'welfare_partners', scope='LĐLĐ quận Hoàng Mai', note='district union gives its province (records.md regions)'),
  R('wp3', 'welfare_partners', 'target', per='q1-2021', note='"đang triển khai ký kết" is not yet achieved -> target (judgement; gold README 4 planned activities)'),
  R('mr', 'member_records', note='cards issued -> member_records (indicators.tsv "cấp thẻ")'),
  R('t2', 'member_records', 'target', per='y2021', note='"dự kiến ... sẽ" -> target'),
  R('m1', 'members_new'),
  R('p1', 'members_new', 'attainment', val=108, note='"vượt 8% chỉ tiêu" -> 108, bound exact (records.md status)'),
  R('u1', 'unions_new'),
  R('t3', 'members_new', 'target', per='y2021', note='"sẽ kết nạp" -> target (judgement: a plan stated with "sẽ")'),
]))

# v14 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v14', url='https://baogialai.com.vn/dai-hoi-cong-doan-tinh-gia-lai-lan-thu-xii-nhiem-ky-2023-2028-post268514.html',
  published='2023-07-20', region='Gia Lai', per='t2018-2023', text='''
Đại hội Công đoàn tỉnh Gia Lai lần thứ XII, nhiệm kỳ 2023-2028
Thứ Năm, 20/07/2023, 17:52
(GLO)- Ngày 20/7, Đại hội Công đoàn tỉnh Gia Lai lần thứ XII, nhiệm kỳ 2023-2028 khai mạc với sự tham dự của 250 đại biểu, đại diện cho hơn [[61.000|mt2]] đoàn viên trong toàn tỉnh. Đại hội tổng kết nhiệm kỳ 2018-2023 và quyết định phương hướng nhiệm kỳ mới.
5 năm qua, các cấp công đoàn toàn tỉnh đã kết nạp [[27.604|m1]] đoàn viên, thành lập [[251|u1]] CĐCS; giới thiệu [[3.120|pr]] đoàn viên ưu tú cho Đảng, trong đó [[2.455|pa]] đồng chí đã được kết nạp vào Đảng. Các CĐCS ký kết [[412|ca]] bản thỏa ước lao động tập thể. Riêng LĐLĐ thị xã An Khê kết nạp [[1.126|m2]] đoàn viên.
Hiện, Công đoàn tỉnh Gia Lai có [[1.482|ut]] CĐCS với [[61.230|mt]] đoàn viên, trong đó đoàn viên là người dân tộc thiểu số chiếm gần 18%.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2023-2028: phấn đấu đến năm 2028 phát triển mới [[25.000|t1]] đoàn viên, thành lập [[200|t2]] CĐCS; giới thiệu [[2.500|t3]] đoàn viên ưu tú cho Đảng xem xét, kết nạp.
Đại hội bầu 35 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XII và 22 đại biểu đi dự Đại hội XIII Công đoàn Việt Nam.
Số lần đọc: 1.390
''', recs=[
  R('mt2', 'members_total', bound='over', per='pub', note='"đại diện cho hơn 61.000 đoàn viên" is a rounded stock (gold README 1, 7): dated at publication; the 250 delegates are not records'),
  R('m1', 'members_new', note='"5 năm qua" after "tổng kết nhiệm kỳ 2018-2023" means that term -> 2018-01-01..2023-12-31 (judgement; records.md nhiệm kỳ)'),
  R('u1', 'unions_new', note='period of "5 năm qua" = term 2018-2023 (judgement)'),
  R('pr', 'party_referrals'),
  R('pa', 'party_admitted', note='breakdown "trong đó ... đồng chí đã được kết nạp" -> party_admitted'),
  R('ca', 'collective_agreements', note='no own period: nearest earlier phrase "5 năm qua" (term 2018-2023)'),
  R('m2', 'members_new', scope='LĐLĐ thị xã An Khê', note='district union gives its province; term 2018-2023 from the nearest earlier phrase'),
  R('ut', 'unions_total', per='pub'),
  R('mt', 'members_total', per='pub', note='"gần 18%" is a share with no target, not a record'),
  R('t1', 'members_new', 'target', per='t2023-2028', note='term targets "nhiệm kỳ 2023-2028 ... phấn đấu đến năm 2028" -> 2023-01-01..2028-12-31 (gold README 8 heading)'),
  R('t2', 'unions_new', 'target', per='t2023-2028'),
  R('t3', 'party_referrals', 'target', per='t2023-2028'),
]))

# v15 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v15', url='https://baobacgiang.com.vn/bg/chinh-tri/281904/hon-8-400-luot-doan-vien-duoc-tuyen-truyen-phap-luat.html',
  published='2015-12-25', region='Bắc Giang', per='y2015', text='''
Hơn [[8.400|hl]] lượt đoàn viên được tuyên truyền pháp luật
Thứ Sáu, 25/12/2015 - 08:30
BGĐT - Năm 2015, LĐLĐ tỉnh Bắc Giang phối hợp với các sở, ngành tổ chức [[36|tr]] hội nghị tập huấn, tuyên truyền pháp luật cho [[8.450|te]] lượt đoàn viên, người lao động; tư vấn pháp luật trực tiếp và qua điện thoại cho [[1.027|lc]] lượt người.
Các cấp công đoàn tham gia [[45|sv]] cuộc kiểm tra, giám sát việc thực hiện chế độ, chính sách tại doanh nghiệp, trong đó chủ trì [[12|sv2]] cuộc. Ủy ban Kiểm tra các cấp kiểm tra tài chính [[58|fi]] CĐCS, kiến nghị thu hồi 126 triệu đồng sử dụng sai quy định.
Trong năm, [[1.214|oc]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, đạt 98,5% tổng số đơn vị; [[640|wc]] doanh nghiệp tổ chức hội nghị người lao động, bằng [[95%|p2]] chỉ tiêu LĐLĐ tỉnh giao. Công đoàn ngành Y tế tỉnh mở [[8|tr2]] lớp tập huấn về an toàn vệ sinh lao động trong bệnh viện.
Năm 2016, LĐLĐ tỉnh dự kiến tổ chức [[40|t1]] hội nghị tập huấn, ưu tiên công nhân các KCN Quang Châu, Vân Trung, Song Khê - Nội Hoàng.
Công nhân KCN Đình Trám tìm hiểu Bộ luật Lao động tại tủ sách pháp luật. Ảnh: Nguyễn Thanh
Tin liên quan
- Công đoàn Lạng Giang: 20 CĐCS đạt vững mạnh
- Bắc Giang thành lập 15 CĐCS trong 11 tháng
''', recs=[
  R('hl', 'trainees', bound='over', note='rounded headline repeat of 8.450 (gold README 1): body period 2015'),
  R('tr', 'trainings'),
  R('te', 'trainees'),
  R('lc', 'legal_consultations'),
  R('sv', 'supervisions'),
  R('sv2', 'supervisions', scope='do công đoàn chủ trì', note='breakdown "trong đó chủ trì" (gold README 6)'),
  R('fi', 'financial_inspections', note='the 126 triệu recovered is not an indicator (no record)'),
  R('oc', 'official_conferences', note='"đạt 98,5% tổng số đơn vị" is a coverage rate with no target: no record (records.md)'),
  R('wc', 'worker_conferences'),
  R('p2', 'worker_conferences', 'attainment', note='"bằng 95% chỉ tiêu" -> attainment (gold README 4)'),
  R('tr2', 'trainings', scope='Công đoàn ngành Y tế', note='sector union of the province -> Bắc Giang'),
  R('t1', 'trainings', 'target', per='y2016', note='"dự kiến" -> target'),
]))
