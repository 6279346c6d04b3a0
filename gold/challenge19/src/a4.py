ARTS = []

SECT = 'sector union of the province: region is its province, scope names the body (records.md Regions; gold README 10)'

ARTS.append(('o19', 'https://baokhanhhoa.vn/cong-doan-nganh-gtvt-quy-i-ket-nap-135-doan-vien', '2016-04-25', 'Khánh Hòa', """
Công đoàn ngành Giao thông vận tải Khánh Hòa: Quý I kết nạp [[135|mn a q1-2016 n=HR]] đoàn viên
25/04/2016
(Baokhanhhoa.vn) - Theo Công đoàn ngành Giao thông vận tải (GTVT) tỉnh Khánh Hòa, quý I/2016, Công đoàn ngành đã kết nạp [[135|mn a q1-2016 n=quý I/2016 → 1 Jan..31 Mar (records.md Periods)]] đoàn viên, thành lập [[2|un a q1-2016]] CĐCS tại các doanh nghiệp vận tải tư nhân ở TP Nha Trang và thị xã Ninh Hòa.
Ủy ban Kiểm tra Công đoàn ngành đã kiểm tra tài chính [[4|fi a q1-2016]] CĐCS. Công đoàn ngành phối hợp với Sở GTVT tổ chức [[2|tr a q1-2016]] lớp tập huấn Luật Giao thông đường bộ và an toàn lao động cho [[250|te a q1-2016]] lái xe, phụ xe.
Dịp Tết Nguyên đán Bính Thân 2016, Công đoàn ngành đã trao [[420|ben a y2016 n=Tết Bính Thân 2016 → year 2016 (challenge15 precedent: Tết figures take the Tết year)]] suất quà cho đoàn viên khó khăn, trị giá [[210 triệu|sf a y2016]] đồng; vận động các doanh nghiệp vận tải hỗ trợ [[1.200|ben a y2016 n=free tickets given to workers count as beneficiaries (gold README 9)]] vé xe miễn phí cho công nhân về quê ăn Tết.
Quý II/2016, Công đoàn ngành phấn đấu kết nạp [[100|mn t q2-2016]] đoàn viên, phối hợp tổ chức đối thoại tại nơi làm việc ở [[10|wd t q2-2016]] doanh nghiệp, tiếp tục tuyên truyền an toàn giao thông dịp nghỉ lễ 30/4 - 1/5.
""", dict(s='Công đoàn ngành Giao thông vận tải', n=SECT)))

WARD = 'ward union (after the 2025 reform): its name has no province, the headline names Đà Nẵng (records.md Regions); scope names the body'

ARTS.append(('o20', 'https://baodanang.vn/cong-doan-phuong-hoa-khanh-trao-150-suat-qua-cho-cong-nhan', '2025-11-20', 'Đà Nẵng', """
Đà Nẵng: Công đoàn phường Hòa Khánh trao [[150|ben a pub s=Công đoàn phường Hòa Khánh n=HR]] suất quà cho công nhân khó khăn
20/11/2025 09:10
(Baodanang.vn) - Ngày 19/11, Công đoàn phường Hòa Khánh phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức chương trình "Chung tay vì công nhân nhà trọ", trao [[150|ben a pub s=Công đoàn phường Hòa Khánh n=WARD; no period phrase (a day date is not one) → publication date (records.md Periods)]] suất quà cho công nhân lao động có hoàn cảnh khó khăn đang thuê trọ trên địa bàn phường. Mỗi suất quà gồm 500.000 đồng tiền mặt và nhu yếu phẩm, tổng trị giá [[105 triệu|sf a pub s=Công đoàn phường Hòa Khánh n=WARD]] đồng.
Theo LĐLĐ thành phố Đà Nẵng, sau khi sắp xếp tổ chức bộ máy, hiện toàn thành phố có [[93|ut a pub s=công đoàn cơ sở xã, phường n=breakdown of the city's grassroots unions (gold README 6); post-merger city → Đà Nẵng]] công đoàn cơ sở xã, phường trong tổng số [[4.120|ut a pub]] CĐCS, với [[198.500|mt a pub]] đoàn viên. Từ ngày 1/7 đến nay, các cấp công đoàn thành phố đã kết nạp [[3.412|mn a 2025-07-01..pub n=year-less 'từ ngày 1/7 đến nay' → 1 Jul of the publication year..publication (records.md Periods)]] đoàn viên, thành lập mới [[27|un a 2025-07-01..pub]] CĐCS trong doanh nghiệp ngoài nhà nước.
Dịp kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2025), Công đoàn phường Hòa Khánh được LĐLĐ thành phố tặng Giấy khen.
""".replace('n=WARD', 'n=' + WARD), dict(s=None)))

ENT = 'enterprise union: region is the province in its name (records.md Regions), scope names the body (gold README 10)'

ARTS.append(('o21', 'https://baothainguyen.vn/cong-doan-samsung-thai-nguyen-cham-lo-tet-cho-47000-doan-vien', '2023-01-10', 'Thái Nguyên', """
Công đoàn Samsung Thái Nguyên chăm lo Tết cho [[47.000|ben a y2023 n=HR]] đoàn viên
10/01/2023 15:45
(Baothainguyen.vn) - Năm qua, Công đoàn Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên (SEVT) đã kết nạp [[6.870|mn a y2022 n=năm qua published in January → the previous year (records.md Periods)]] đoàn viên mới, nâng tổng số đoàn viên của công ty lên [[47.230|mt a pub n=nâng tổng số ... lên → stock dated at publication (records.md Periods)]] người. Công đoàn đã phối hợp với Ban Giám đốc ký kết [[01|ca a y2022 v=1 n=leading zero (records.md value)]] bản thỏa ước lao động tập thể với 68 điều khoản, trong đó nhiều điều khoản có lợi hơn cho người lao động so với quy định của pháp luật.
Ảnh: Đại diện Công đoàn công ty trao quà Tết cho công nhân. [[47.000|ben a y2023 n=caption repeat of the body figure: takes its region and period (gold README 1)]] phần quà đã được trao tận tay đoàn viên.
Cũng trong năm 2022, Công đoàn công ty đã nhập dữ liệu của [[45.980|rec a y2022]] đoàn viên lên phần mềm quản lý đoàn viên; hỗ trợ [[1.230|ben a y2022]] lượt đoàn viên ốm đau, thai sản, có hoàn cảnh khó khăn với số tiền [[2,46 tỷ|sf a y2022]] đồng.
Dịp Tết Quý Mão 2023, Công đoàn công ty tặng [[47.000|ben a y2023 n=Tết Quý Mão 2023 → year 2023 (challenge15 precedent)]] phần quà cho toàn bộ đoàn viên, tổng trị giá hơn [[14 tỷ|sf a y2023 b=o]] đồng, mỗi phần quà trị giá 300.000 đồng; phối hợp với các nhà xe tổ chức 120 chuyến xe miễn phí đưa khoảng [[5.000|ben a y2023 b=a n=free rides count as beneficiaries, the buses are not records (challenge15 precedent)]] công nhân về quê đón Tết.
""", dict(s='Công đoàn Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên', n=ENT)))

QUAN = 'urban district union: region is its city (records.md Regions), scope names the body (gold README 10)'

ARTS.append(('o22', 'https://baocantho.com.vn/ldld-quan-ninh-kieu-ky-ket-8-thoa-thuan-hop-tac-cham-lo-phuc-loi-doan-vien', '2019-10-11', 'Cần Thơ', """
LĐLĐ quận Ninh Kiều ký kết [[8|wp a pub n=HR]] thỏa thuận hợp tác chăm lo phúc lợi đoàn viên
11/10/2019
(Baocantho.com.vn) - Ngày 10/10, LĐLĐ quận Ninh Kiều (TP Cần Thơ) tổ chức lễ ký kết [[8|wp a pub n=thỏa thuận hợp tác ... phúc lợi đoàn viên → welfare_partners (gold README 9); no period phrase (a day date is not one) → publication date (records.md Periods)]] thỏa thuận hợp tác với các doanh nghiệp, cơ sở kinh doanh trong lĩnh vực siêu thị, y tế, du lịch, ăn uống nhằm chăm lo phúc lợi cho đoàn viên công đoàn. Theo đó, đoàn viên được giảm giá từ 5% đến 20% khi mua hàng hóa, sử dụng dịch vụ tại các doanh nghiệp này.
Dịp này, LĐLĐ quận cho biết, từ đầu năm 2019 đến nay đã phát triển [[1.125|mn a 2019-01-01..pub n=từ đầu năm 2019 đến nay → 1 Jan..publication (records.md Periods)]] đoàn viên, đạt [[112,5%|mn p 2019-01-01..pub]] chỉ tiêu năm; thành lập [[11|un a 2019-01-01..pub]] CĐCS; tư vấn pháp luật cho [[186|lc a 2019-01-01..pub]] lượt người lao động. Trong Tháng Công nhân năm 2019, [[56|wmu a mo2019-05]] CĐCS đã tổ chức các hoạt động chăm lo cho đoàn viên.
Năm 2020, LĐLĐ quận Ninh Kiều phấn đấu ký thêm [[5|wp t y2020]] thỏa thuận hợp tác, mở rộng ưu đãi cho đoàn viên trên địa bàn.
""", dict(s='LĐLĐ quận Ninh Kiều', n=QUAN)))

MERG = 'post-merger sector union: figures of the merged province → the name it bears, Lâm Đồng (challenge15 b10 precedent); scope names the body (gold README 10)'

ARTS.append(('o23', 'https://baolamdong.vn/cong-doan-nganh-giao-duc-nam-2025-ket-nap-2340-doan-vien', '2026-01-16', 'Lâm Đồng', """
Công đoàn ngành Giáo dục Lâm Đồng: Năm 2025 kết nạp [[2.340|mn a y2025 n=HR]] đoàn viên
16/01/2026 14:00
(Baolamdong.vn) - Ngày 15/1, Công đoàn ngành Giáo dục tỉnh Lâm Đồng tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Công đoàn ngành hoạt động sau khi hợp nhất Công đoàn ngành Giáo dục ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.
Năm 2025, toàn ngành kết nạp [[2.340|mn a y2025]] đoàn viên mới; thăm hỏi, hỗ trợ [[4.215|ben a y2025]] lượt đoàn viên ốm đau, gặp khó khăn, bị thiệt hại do mưa lũ với tổng số tiền [[3,16 tỷ|sf a y2025]] đồng. Các cấp công đoàn trong ngành đã hỗ trợ xây mới, sửa chữa [[15|sh a y2025]] nhà "Mái ấm Công đoàn" với kinh phí [[1,2 tỷ|shf a y2025]] đồng, trong đó khu vực Bình Thuận (cũ) có [[6|sh a y2025 r=Bình Thuận s=Công đoàn ngành Giáo dục, khu vực Bình Thuận (cũ) n=breakdown naming a pre-merger province → that province, region_2025 Lâm Đồng (challenge15 b10 precedent; gold README 6)]] nhà.
Hiện Công đoàn ngành có [[1.562|ut a pub]] CĐCS với [[61.480|mt a pub]] đoàn viên. Đầu năm học 2025-2026, [[1.548|oc a sy2025 n=năm học 2025-2026 → 1 Sep 2025..31 Aug 2026 (records.md Periods); hội nghị viên chức → official_conferences]] đơn vị trường học đã tổ chức hội nghị viên chức, người lao động.
Dịp Tết Nguyên đán Bính Ngọ 2026, Công đoàn ngành dự kiến trao [[3.000|ben t y2026 n=dự kiến: planned → target (gold README 4); Tết year]] suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.
""", dict(s='Công đoàn ngành Giáo dục', n=MERG)))

CSU = 'national sector union acting in one province gives that province (records.md Regions); scope names the body'
NATW = 'national sector union acting across its whole sector → Việt Nam (records.md Regions: national figures)'
ENT2 = 'enterprise union: the province in its name (records.md Regions); scope names it'

ARTS.append(('o24', 'https://baokontum.com.vn/cong-doan-cao-su-viet-nam-ban-giao-10-nha-mai-am-cong-doan', '2018-08-14', 'Kon Tum', """
Công đoàn Cao su Việt Nam bàn giao [[10|sh a pub n=HR]] nhà "Mái ấm Công đoàn" tại Kon Tum
14/08/2018
(Baokontum.com.vn) - Ngày 13/8, tại huyện Sa Thầy, Công đoàn Cao su Việt Nam phối hợp với Công ty TNHH MTV Cao su Kon Tum tổ chức lễ bàn giao [[10|sh a pub n=CSU; no period phrase (a day date is not one) → publication date (records.md Periods)]] căn nhà "Mái ấm Công đoàn" cho công nhân có hoàn cảnh khó khăn về nhà ở. Mỗi căn nhà được hỗ trợ 60 triệu đồng từ Quỹ Xã hội Công đoàn Cao su Việt Nam, tổng kinh phí [[600 triệu|shf a pub]] đồng.
Năm 2018, Công đoàn Cao su Việt Nam đặt kế hoạch hỗ trợ xây dựng [[120|sh t y2018 r=Việt Nam n=NATW]] nhà "Mái ấm Công đoàn" cho công nhân trong toàn ngành; 7 tháng đầu năm đã bàn giao [[74|sh a f7-2018 r=Việt Nam n=NATW]] căn, đạt [[61,7%|sh p f7-2018 r=Việt Nam n=NATW; part-way attainment takes the reporting period]] kế hoạch.
Theo Công đoàn Công ty TNHH MTV Cao su Kon Tum, hiện công ty có [[2.850|mt a pub s=Công đoàn Công ty TNHH MTV Cao su Kon Tum n=ENT2; stock dated at publication (gold README 7)]] đoàn viên. Từ đầu năm đến nay, Công đoàn công ty đã thăm hỏi, trợ cấp [[356|ben a 2018-01-01..pub s=Công đoàn Công ty TNHH MTV Cao su Kon Tum n=ENT2]] lượt đoàn viên ốm đau, tai nạn với số tiền [[178 triệu|sf a 2018-01-01..pub s=Công đoàn Công ty TNHH MTV Cao su Kon Tum n=ENT2]] đồng.
""".replace('n=CSU', 'n=' + CSU).replace('n=NATW', 'n=' + NATW).replace('n=ENT2', 'n=' + ENT2), dict(s='Công đoàn Cao su Việt Nam', n=CSU)))

ARTS.append(('o25', 'https://baohagiang.vn/ldld-huyen-meo-vac-tong-ket-cong-tac-nam-2014', '2014-12-18', 'Hà Giang', """
LĐLĐ huyện Mèo Vạc tổng kết công tác năm 2014
18/12/2014
(Baohagiang.vn) - Ngày 17/12, LĐLĐ huyện Mèo Vạc (Hà Giang) tổ chức hội nghị tổng kết công tác công đoàn năm 2014.
Năm 2014, [[46/46|oc a y2014 n=x/x → the count (records.md value)]] cơ quan, đơn vị, trường học trên địa bàn huyện tổ chức hội nghị cán bộ, công chức, viên chức. LĐLĐ huyện kết nạp [[158|mn a y2014]] đoàn viên, đạt [[105,3%|mn p y2014]] kế hoạch; cấp [[1.126|rec a y2014 n=cards issued → member_records (indicators.tsv)]] thẻ đoàn viên công đoàn.
LĐLĐ huyện phối hợp tham gia [[3|sv a y2014]] cuộc giám sát việc thực hiện chế độ, chính sách đối với giáo viên vùng cao; Ủy ban Kiểm tra LĐLĐ huyện kiểm tra tài chính [[12|fi a y2014]] CĐCS.
[[Ba|sh a y2014 v=3 n=number written as a word (records.md); members helped to build a house → shelter_houses (gold README 9); nearest earlier period phrase, năm 2014]] đoàn viên ở xã Pải Lủng và xã Lũng Pù được hỗ trợ xây nhà "Mái ấm Công đoàn", mỗi nhà 30 triệu đồng.
Dịp Tết Nguyên đán Ất Mùi 2015, LĐLĐ huyện dự kiến trao [[200|ben t y2015 n=dự kiến: planned → target (gold README 4); Tết year]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn.
""", dict(s='LĐLĐ huyện Mèo Vạc', n='district union: region is its province (records.md Regions), scope names the body (gold README 10)')))
