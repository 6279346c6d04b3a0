from lib import R

ARTS = []

# v16 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v16', url='https://baosoctrang.org.vn/lao-dong-cong-doan/201407/ldld-tinh-so-ket-6-thang-dau-nam-2014-2321045/',
  published='2014-07-08', region='Sóc Trăng', per='h1-2014', text='''
LĐLĐ tỉnh Sóc Trăng sơ kết 6 tháng đầu năm 2014
Thứ ba, 08/07/2014, 16:20
Sáng 7/7, LĐLĐ tỉnh Sóc Trăng tổ chức hội nghị sơ kết hoạt động Công doàn 6 tháng đầu năm 2014.
Theo báo cáo, 6 tháng đầu năm 2014, các cấp công đoàn kết nạp [[2.106|m1]] đoàn vien, bằng [[52,7%|p1]] chỉ tiêu cả năm ([[4.000|t1]] đoàn viên); giam [[734|ml]] đoàn viên do nghỉ việc, chuyển công tác, nên tăng tuyệt đối [[1.372|mn]] đoàn viên. Thành lập mới [[11|u1]] CĐCS, giải thể [[3|ud]] CĐCS, tăng thực [[tám|un]] CĐCS. LĐLĐ thị xã Vĩnh Châu là đơn vị dẫn đầu với [[212|m2]] đoàn viên mới.
Hiện toàn tỉnh có [[86.412|mt]] đoàn viên, sinh hoạt tại [[1.130|ut]] CĐCS, tăng 2,1% so với cuối năm 2013.
Trong quý II/2014, các cấp công đoàn tư vấn pháp luật cho [[318|lc]] lượt người lao động, tập trung vào hợp đồng lao động và bảo hiểm xã hội.
Công đoàn ngành Giáo dục tỉnh cho biết, năm học 2013-2014 đã thăm hỏi, hỗ trợ [[1.040|b1]] lượt giáo viên có hoàn cảnh khó khăn, mỗi lượt từ 300.000 đến 500.000 đồng.
6 tháng cuối năm, LĐLĐ tỉnh tiếp tục chỉ đạo phát triển đoàn viên ở các doanh nghiệp từ 20 lao động trở lên, phấn đấu hoàn thành chỉ tiêu được giao.
Quang cảnh hội nghị. Ảnh: Thạch Sơn
''', recs=[
  R('m1', 'members_new', note='scraped "đoàn vien" repaired'),
  R('p1', 'members_new', 'attainment', note='"bằng 52,7% chỉ tiêu cả năm" reached in H1 -> attainment, period of the sentence (H1 2014)'),
  R('t1', 'members_new', 'target', per='y2014', note='"chỉ tiêu cả năm" -> full year 2014 (gold README 8)'),
  R('ml', 'members_lost', note='scraped "giam" (giảm) repaired'),
  R('mn', 'members_net'),
  R('u1', 'unions_new'),
  R('ud', 'unions_dissolved'),
  R('un', 'unions_net', val=8, note='"tăng thực tám" -> 8 (numbers in words); net change of CĐCS'),
  R('m2', 'members_new', scope='LĐLĐ thị xã Vĩnh Châu', note='district union gives its province'),
  R('mt', 'members_total', per='pub', note='"Hiện toàn tỉnh có" stock at publication (gold README 7); "tăng 2,1% so với cuối năm 2013" is a comparison, no record'),
  R('ut', 'unions_total', per='pub', note='"sinh hoạt tại 1.130 CĐCS" continues the "Hiện toàn tỉnh có" stock -> unions_total at publication'),
  R('lc', 'legal_consultations', per='q2-2014'),
  R('b1', 'beneficiaries', per='sy2013', scope='Công đoàn ngành Giáo dục', note='"năm học 2013-2014" -> 2013-09-01..2014-08-31; per-visit 300.000-500.000 đồng are per-item amounts'),
]))

# v17 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v17', url='https://baodanang.vn/xa-hoi/202601/da-nang-ket-nap-hon-12-600-doan-vien-trong-nam-2025-4021377/',
  published='2026-01-15', region='Đà Nẵng', per='y2025', text='''
Đà Nẵng kết nạp hơn [[12.600|hl]] đoàn viên trong năm 2025
15/01/2026 09:41
Năm 2025 là năm đặc biệt khi tổ chức công đoàn thành phố Đà Nẵng và tỉnh Quảng Nam hợp nhất từ ngày 1/7. Dù vậy, LĐLĐ thành phố Đà Nẵng vẫn hoàn thành và vượt các chỉ tiêu chủ yếu.
Năm 2025, LĐLĐ thành phố kết nạp [[12.640|m1]] đoàn viên, đạt [[112,4%|p1]] kế hoạch năm, trong đó khu vực Quảng Nam (cũ) kết nạp [[5.102|m2]] đoàn viên; thành lập [[48|u1]] CĐCS. Hiện, sau hợp nhất, LĐLĐ thành phố quản lý [[2.960|ut]] CĐCS với [[246.500|mt]] đoàn viên.
6 tháng cuối năm 2025, các CĐCS phối hợp tổ chức [[214|wd]] cuộc đối thoại tại nơi làm việc. Trong năm, LĐLĐ thành phố ký [[19|wp]] thỏa thuận hợp tác thuộc Chương trình "Phúc lợi đoàn viên" với các doanh nghiệp.
Năm 2026, LĐLĐ thành phố phấn đấu kết nạp [[13.000|t1]] đoàn viên, thành lập [[50|t2]] CĐCS. Cho giai đoạn 2026-2028, thành phố đề ra mục tiêu phấn đấu đến năm 2028 kết nạp mới [[40.000|t3]] đoàn viên, hướng tới 100% doanh nghiệp có từ 25 lao động trở lên thành lập CĐCS.
Mọi thắc mắc về chính sách, đoàn viên gọi tổng đài 1900 6050 của LĐLĐ thành phố.
Số lần đọc: 2.098
Tin liên quan
- Hội An: 500 suất quà cho người lao động ngành du lịch
''', recs=[
  R('hl', 'members_new', bound='over', note='rounded headline repeat of 12.640 (gold README 1): body period 2025'),
  R('m1', 'members_new'),
  R('p1', 'members_new', 'attainment'),
  R('m2', 'members_new', reg='Quảng Nam', scope='khu vực Quảng Nam (cũ)', note='"khu vực Quảng Nam (cũ)" gives the pre-merger province Quảng Nam, region_2025 Đà Nẵng (challenge12 convention)'),
  R('u1', 'unions_new'),
  R('ut', 'unions_total', per='pub', note='"Hiện, sau hợp nhất, ... quản lý" stock at publication (gold README 7)'),
  R('mt', 'members_total', per='pub'),
  R('wd', 'workplace_dialogues', per='h2-2025'),
  R('wp', 'welfare_partners', note='"Trong năm" -> 2025 (nearest earlier year phrase; publication in January refers to 2025 anyway)'),
  R('t1', 'members_new', 'target', per='y2026'),
  R('t2', 'unions_new', 'target', per='y2026'),
  R('t3', 'members_new', 'target', per='t2026-2028', note='"giai đoạn 2026-2028, ... phấn đấu đến năm 2028" -> 2026-01-01..2028-12-31 (judgement); the 100% share and the 25-worker threshold are not records'),
]))

# v18 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v18', url='https://baotayninh.vn/8-thang-ldld-tinh-ket-nap-hon-6-200-doan-vien-a148820.html',
  published='2022-09-12', region='Tây Ninh', per='m8-2022', text='''
8 tháng, LĐLĐ tỉnh kết nạp hơn [[6.200|hl]] đoàn viên
Cập nhật ngày: 12/09/2022 - 10:47
(BTN) - 8 tháng đầu năm 2022, LĐLĐ tỉnh Tây Ninh kết nạp [[6.215|m1]] đoàn viên, tăng 1.840 đoàn viên so với cùng kỳ năm trước; thành lập [[19|u1]] CĐCS, bằng cùng kỳ. Năm 2021, do dịch bệnh kéo dài, cả năm chỉ kết nạp được [[5.030|pv]] đoàn viên.
Chỉ tiêu năm 2022 của LĐLĐ tỉnh là kết nạp [[8.500|t1]] đoàn viên; sau 8 tháng đã đạt [[73,1%|p1]]. Trong 8 tháng, Công đoàn các KCN Tây Ninh đóng góp [[2.416|m2]] đoàn viên mới, chủ yếu tại KCN Phước Đông và Trảng Bàng.
Cùng thời gian, toàn tỉnh giảm [[1.102|ml]] đoàn viên do doanh nghiệp cắt giảm lao động. Tỷ lệ đoàn viên trên tổng số công nhân lao động tại doanh nghiệp đạt 68%.
Các cấp công đoàn đã hỗ trợ [[870|b1]] đoàn viên bị giảm giờ làm, ngừng việc, mỗi người 500.000 đồng, tổng số tiền [[435 triệu|f1]] đồng. Hiện toàn tỉnh có [[712|ut]] CĐCS.
4 tháng cuối năm 2022, LĐLĐ tỉnh phấn đấu kết nạp thêm [[2.300|t2]] đoàn viên, bảo đảm hoàn thành chỉ tiêu năm.
Ảnh: Công nhân KCN Phước Đông (Gò Dầu) trong giờ nghỉ trưa.
''', recs=[
  R('hl', 'members_new', bound='over', note='rounded headline repeat of 6.215 (gold README 1): body period 8 months 2022'),
  R('m1', 'members_new', note='"8 tháng đầu năm 2022" -> 2022-01-01..2022-08-31; "tăng 1.840 ... so với cùng kỳ" is a pure comparison, no record'),
  R('u1', 'unions_new', note='"bằng cùng kỳ" is a comparison, the 19 is a record of the period'),
  R('pv', 'members_new', per='y2021', note='previous-year figure given for contrast -> record of 2021'),
  R('t1', 'members_new', 'target', per='y2022'),
  R('p1', 'members_new', 'attainment', note='"sau 8 tháng đã đạt 73,1%" of the 2022 target -> attainment reached in the first 8 months (year-less "8 tháng" -> 2022)'),
  R('m2', 'members_new', scope='Công đoàn các KCN Tây Ninh', note='KCN union gives its province'),
  R('ml', 'members_lost', note='"Cùng thời gian" -> 8 months of 2022; the 68% is a share with no target'),
  R('b1', 'beneficiaries', note='per-person 500.000 đồng is not a record'),
  R('f1', 'support_funds'),
  R('ut', 'unions_total', per='pub'),
  R('t2', 'members_new', 'target', per='2022-09-01..2022-12-31', note='"4 tháng cuối năm 2022" -> 2022-09-01..2022-12-31'),
]))

# v19 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v19', url='http://congdoanhatinh.vn/tin-tuc/hoat-dong-cong-doan/nam-2023-cong-doan-ha-tinh-vuot-chi-tieu-phat-trien-doan-vien-5112.html',
  published=None, region='Hà Tĩnh', per='y2023', text='''
Năm 2023: Công đoàn Hà Tĩnh vượt chỉ tiêu phát triển đoàn viên
Chuyên mục: Hoạt động công đoàn
Năm 2023, LĐLĐ tỉnh Hà Tĩnh kết nạp [[4.020|m1]] đoàn viên, đạt [[100,5%|p1]] chỉ tiêu; cấp [[18.400|mr]] thẻ đoàn viên công đoàn; thành lập [[7|wc_]] Ban nữ công quần chúng tại các doanh nghiệp có đông lao động nữ.
Tháng Công nhân năm 2023 được tổ chức sôi nổi với [[318|wm]] CĐCS tham gia các hoạt động chăm lo, thăm hỏi, tổ chức hội thao cho công nhân.
Công tác tham gia xây dựng Đảng đạt kết quả tích cực: trong năm 2023, các cấp công đoàn giới thiệu [[412|pr]] đoàn viên ưu tú cho các tổ chức đảng, trong đó [[290|pa]] đồng chí được kết nạp.
Năm 2023, Công đoàn ngành Y tế Hà Tĩnh chỉ đạo [[21|oc]] đơn vị trực thuộc tổ chức hội nghị cán bộ, công chức, viên chức.
Hiện toàn tỉnh có [[1.955|ut]] CĐCS với [[71.230|mt]] đoàn viên, trong đó khu vực sản xuất kinh doanh chiếm 38%.
Năm 2024, LĐLĐ tỉnh phấn đấu kết nạp [[4.500|t1]] đoàn viên, thành lập [[10|t2]] Ban nữ công quần chúng mới và hỗ trợ ít nhất [[30|t3]] đoàn viên xây dựng nhà "Mái ấm Công đoàn".
Liên hệ Ban Biên tập: (0239) 3855 676
''', recs=[
  R('m1', 'members_new'),
  R('p1', 'members_new', 'attainment'),
  R('mr', 'member_records', note='cards issued -> member_records'),
  R('wc_', 'women_committees'),
  R('wm', 'workers_month_units', per='mo2023-05', note='"Tháng Công nhân năm 2023" -> May 2023 (records.md periods)'),
  R('pr', 'party_referrals', note='"trong năm 2023" -> 2023'),
  R('pa', 'party_admitted'),
  R('oc', 'official_conferences', scope='Công đoàn ngành Y tế', note='sector union of the province -> Hà Tĩnh'),
  R('ut', 'unions_total', per='pub', note='stock on an undated page -> null..null (gold README 7)'),
  R('mt', 'members_total', per='pub', note='stock on an undated page -> null..null; 38% is a share with no target'),
  R('t1', 'members_new', 'target', per='y2024'),
  R('t2', 'women_committees', 'target', per='y2024'),
  R('t3', 'shelter_houses', 'target', 'over', per='y2024', note='"ít nhất" -> over (gold README 5); members helped to build a Mái ấm house count as shelter_houses (gold README 9)'),
]))

# v20 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v20', url='https://laodong.vn/cong-doan/cao-bang-nam-2020-ket-nap-gan-2000-doan-vien-866432.ldo',
  published='2020-12-30', region='Cao Bằng', per='y2020', text='''
Cao Bằng: Năm 2020 kêt nạp gần [[2.000|hl]] đoàn vien
30/12/2020 16:05 (GMT+7)
Trong năm 2020, LĐLĐ tỉnh Cao Bằng kêt nạp [[1.9 86|m1]] đoàn vien, thành lập [[12|u1]] Cong doan co so, trong đó LĐLĐ huyện Trùng Khánh thành lập [[3|u2]] CĐCS với [[87|m2]] đoàn viên.
Công tác đại diện, bảo vệ có chuyển biến: [[45|wcf]] doanh nghiệp tổ chức hội nghị người lao đông, các CĐCS ký [[23|ca]] bản thoả ước lao động tập thể, trong đó 9 bản được đánh giá loại A.
Trong Tháng Công nhân (tháng 5/2020), do ảnh hưởng của dịch Covid-19, các cấp công đoàn hỗ trợ [[1.046|b1]] đoàn viên bị giảm thu nhập với kinh phí [[523 triệu|f1]] đồng. Cả năm, các cấp công đoàn thăm hỏi, tặng quà [[6.790|b2]] lượt đoàn viên, người lao động, tổng kinh phí [[2,04 tỷ|f2]] đồng.
Dịp kỷ niệm 91 năm Ngày thành lập Công đoàn Việt Nam, LĐLĐ tỉnh khen thưởng 18 tập thể, 35 cá nhân.
Ảnh: Chủ tịch LĐLĐ tỉnh Cao Bằng trao quà cho công nhân (ảnh 2)
Bình luận (0)
Tin liên quan
- Bắc Kạn: 1.150 đoàn viên được hỗ trợ do dịch Covid-19
- Lạng Sơn ký 30 thỏa ước lao động tập thể
''', recs=[
  R('hl', 'members_new', bound='under', note='rounded headline repeat of 1.9 86 (gold README 1); scraped "kêt nạp", "đoàn vien" repaired'),
  R('m1', 'members_new', note='split number "1.9 86" -> 1986 (gold README 3)'),
  R('u1', 'unions_new', note='scraped "Cong doan co so" (missing diacritics) repaired'),
  R('u2', 'unions_new', scope='LĐLĐ huyện Trùng Khánh', note='district union gives its province; breakdown (gold README 6)'),
  R('m2', 'members_new', scope='LĐLĐ huyện Trùng Khánh', note='members of newly founded unions count as members_new (gold README 9)'),
  R('wcf', 'worker_conferences', note='scraped "lao đông" repaired'),
  R('ca', 'collective_agreements', note='"trong đó 9 bản được đánh giá loại A" is a quality grade, not a signing breakdown: no record (judgement)'),
  R('b1', 'beneficiaries', per='mo2020-05', note='"Tháng Công nhân (tháng 5/2020)" -> May 2020'),
  R('f1', 'support_funds', per='mo2020-05'),
  R('b2', 'beneficiaries'),
  R('f2', 'support_funds'),
]))
