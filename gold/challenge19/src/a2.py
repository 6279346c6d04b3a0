ARTS = []

SECT = 'sector union of the province: region is its province, scope names the body (records.md Regions; gold README 10)'

ARTS.append(('o07', 'https://laodongthudo.vn/cong-doan-nganh-y-te-ha-noi-cham-lo-doan-vien-tuyen-dau', '2020-09-15', 'Hà Nội', """
Công đoàn ngành Y tế Hà Nội chăm lo cho đoàn viên tuyến đầu chống dịch
15/09/2020 16:10
(Laodongthudo.vn) - Từ đầu năm đến nay, Công đoàn ngành Y tế Hà Nội đã thăm hỏi, tặng quà [[2.150|ben a 2020-01-01..pub n=year-less 'từ đầu năm đến nay' → 1 Jan of the publication year..publication (records.md Periods)]] lượt đoàn viên là y, bác sĩ, nhân viên y tế tham gia tuyến đầu phòng, chống dịch Covid-19, với tổng kinh phí hơn [[1,075 tỷ|sf a 2020-01-01..pub b=o]] đồng.
Ngày 14/9, Công đoàn ngành tiếp tục trao [[40|ben a 2020-01-01..pub n=no period phrase in the sentence (a day date is not one) → nearest earlier period phrase, từ đầu năm đến nay (records.md Periods)]] suất quà cho các y, bác sĩ Trung tâm Y tế quận Hà Đông vừa hoàn thành nhiệm vụ tại khu cách ly tập trung, mỗi suất 1 triệu đồng.
Cũng trong dịp này, Công đoàn Y tế Việt Nam đã trao tặng [[500|ben a 2020-01-01..pub s=Công đoàn Y tế Việt Nam n=national body acting in one city gives that city, Hà Nội (records.md Regions); 'dịp này' is no period phrase → nearest earlier one, từ đầu năm đến nay (records.md Periods)]] suất quà cho cán bộ y tế các bệnh viện trên địa bàn Thủ đô.
Theo Công đoàn ngành Y tế Hà Nội, hiện Công đoàn ngành có [[186|ut a pub n=stock (hiện) dated at publication (gold README 7)]] CĐCS với gần [[52.000|mt a pub b=u]] đoàn viên. 8 tháng đầu năm 2020, Công đoàn ngành đã kết nạp [[1.230|mn a f8-2020]] đoàn viên mới, thành lập [[3|un a f8-2020]] CĐCS tại các bệnh viện, phòng khám tư nhân. Ngoài ra, Công đoàn ngành đã tham gia [[25|sv a f8-2020 n=nearest earlier period phrase, 8 tháng đầu năm 2020 (records.md Periods)]] cuộc kiểm tra, giám sát việc chi trả phụ cấp chống dịch, chế độ trực cho người lao động tại các đơn vị y tế.
Đường dây nóng của Công đoàn ngành Y tế Hà Nội: 024.3825.6140.
Tin liên quan
- Hà Nội: Hơn 1.000 công nhân được khám sức khỏe miễn phí
- LĐLĐ quận Đống Đa trao 120 suất quà cho người lao động
""", dict(s='Công đoàn ngành Y tế', n=SECT)))

KKT = 'economic-zone union: region is its province (records.md Regions), scope names the body (gold README 10)'

ARTS.append(('o08', 'https://baothanhhoa.vn/cong-doan-kkt-nghi-son-va-cac-kcn-nam-2018-ket-nap-3468-doan-vien', '2018-12-27', 'Thanh Hóa', """
Công đoàn KKT Nghi Sơn và các KCN: Năm 2018 kết nạp [[3.468|mn a y2018 n=HR]] đoàn viên
27/12/2018 08:40
(Baothanhhoa.vn) - Ngày 26/12, Công đoàn Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh Thanh Hóa tổ chức hội nghị tổng kết hoạt động công đoàn năm 2018, triển khai nhiệm vụ năm 2019.
Năm 2018, Công đoàn KKT Nghi Sơn và các KCN đã kết nạp [[3.468|mn a y2018]] đoàn viên, đạt [[115,6%|mn p y2018 n=đạt N% kế hoạch → attainment (gold README 4)]] kế hoạch; thành lập [[21|un a y2018]] CĐCS, đạt [[105%|un p y2018]] kế hoạch. Do doanh nghiệp giải thể, ngừng hoạt động, [[5|ud a y2018]] CĐCS đã giải thể. Hiện Công đoàn KKT quản lý [[132|ut a pub]] CĐCS với [[41.250|mt a pub]] đoàn viên.
Trong năm, Công đoàn KKT đã hướng dẫn, phối hợp ký kết [[14|ca a y2018 n='trong năm' (published in December) → that year (records.md Periods)]] bản thỏa ước lao động tập thể; [[46|meal a y2018]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca lên từ 15.000 đồng trở lên; tư vấn pháp luật cho [[980|lc a y2018]] lượt người lao động; thành lập [[8|wc a y2018]] Ban nữ công quần chúng.
Hưởng ứng Tháng Công nhân năm 2018, [[128|wmu a mo2018-05 n=Tháng Công nhân năm 2018 → May 2018 (gold README 8)]] CĐCS đã tổ chức các hoạt động như tọa đàm, thăm hỏi công nhân, hội thao, trao [[300|ben a mo2018-05]] suất quà cho công nhân khó khăn.
Năm 2019, Công đoàn KKT Nghi Sơn và các KCN phấn đấu kết nạp [[3.000|mn t y2019]] đoàn viên, 70% doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể.
""", dict(s='Công đoàn KKT Nghi Sơn và các KCN', n=KKT)))

ARTS.append(('o09', 'https://baolaocai.vn/thanh-lap-99-cong-doan-co-so-xa-phuong', '2025-09-18', 'Lào Cai', """
Lào Cai: Thành lập [[99|un a 2025-07-01..pub n=HR]] công đoàn cơ sở xã, phường
18/09/2025 10:25
(Baolaocai.vn) - Thực hiện chủ trương sắp xếp tổ chức bộ máy của hệ thống chính trị, sau khi hợp nhất tỉnh Lào Cai và tỉnh Yên Bái, Liên đoàn Lao động tỉnh Lào Cai đã kết thúc hoạt động của các LĐLĐ huyện, thị xã, thành phố và kiện toàn tổ chức công đoàn ở cấp xã, phường.
Từ ngày 1/7/2025 đến nay, LĐLĐ tỉnh đã ban hành quyết định thành lập [[99|un a 2025-07-01..pub n=commune/ward grassroots unions newly founded → unions_new; 'từ ngày 1/7/2025 đến nay' → 1 Jul 2025..publication (records.md Periods, like 'từ đầu năm 2018 đến nay'); post-merger province → the name the federation bears, Lào Cai (challenge15 b10 precedent)]] công đoàn cơ sở xã, phường với [[18.640|mn a 2025-07-01..pub n=members of newly founded unions count as members_new (gold README 9), although most came over from earlier unions]] đoàn viên là cán bộ, công chức, viên chức và người lao động tại các cơ quan, đơn vị cấp xã. Đồng thời, LĐLĐ tỉnh tổ chức [[2|tr a 2025-07-01..pub]] hội nghị tập huấn nghiệp vụ cho [[412|te a 2025-07-01..pub]] cán bộ công đoàn xã, phường mới được chỉ định.
Hiện toàn tỉnh Lào Cai có [[1.873|ut a pub]] CĐCS với [[112.500|mt a pub]] đoàn viên; trong đó khu vực Yên Bái (cũ) có [[894|ut a pub r=Yên Bái s=khu vực Yên Bái (cũ) n=breakdown naming a pre-merger province → that province, region_2025 Lào Cai (challenge15 b10 precedent; gold README 6)]] CĐCS.
Năm 2025, LĐLĐ tỉnh được Tổng LĐLĐ Việt Nam giao chỉ tiêu kết nạp [[6.000|mn t y2025 n=chỉ tiêu → target (gold README 4)]] đoàn viên. 8 tháng đầu năm, toàn tỉnh đã kết nạp [[4.120|mn a f8-2025 n=year-less '8 tháng đầu năm' takes the publication year (records.md Periods)]] đoàn viên, đạt [[68,7%|mn p f8-2025 n=part-way attainment takes the reporting period (challenge15 precedent)]] kế hoạch.
Theo bà Hoàng Thị Thu, Chủ tịch LĐLĐ tỉnh, trong 4 tháng cuối năm, các công đoàn xã, phường sẽ tập trung rà soát, nắm chắc số lao động tại các doanh nghiệp nhỏ trên địa bàn để vận động thành lập công đoàn cơ sở.
""", dict(s=None)))

ENT = 'enterprise union: region is the province in its name (records.md Regions), scope names the body (gold README 10)'

ARTS.append(('o10', 'https://baodongnai.com.vn/cong-doan-tong-cong-ty-cao-su-dong-nai-cham-lo-thiet-thuc', '2016-01-14', 'Đồng Nai', """
Công đoàn Tổng công ty Cao su Đồng Nai: Chăm lo thiết thực cho người lao động
14/01/2016 07:55
(Baodongnai.com.vn) - Năm qua, Công đoàn Tổng công ty Cao su Đồng Nai đã phối hợp với Tổng giám đốc tổ chức hội nghị người lao động tại [[11/11|wkc a y2015 n=năm qua published in January → the previous year (records.md Periods); x/x → the count]] đơn vị thành viên, đồng thời sửa đổi, bổ sung thỏa ước lao động tập thể với nhiều điều khoản có lợi hơn cho người lao động.
Công đoàn đã thăm hỏi, trợ cấp [[1.845|ben a y2015]] lượt đoàn viên ốm đau, tai nạn, gia đình khó khăn với số tiền xấp xỉ [[1,2 tỷ|sf a y2015 b=a]] đồng; xây dựng [[25|sh a y2015]] căn nhà "Mái ấm Công đoàn" cho công nhân, mỗi căn 50 triệu đồng, tổng trị giá [[1 tỷ 250 triệu|shf a y2015 v=1250000000 n=compound money form resolved by hand (records.md value)]] đồng. Công đoàn còn tổ chức [[6|tr a y2015]] lớp tập huấn an toàn, vệ sinh lao động cho công nhân khai thác mủ.
Hiện Tổng công ty có [[14.230|mt a pub]] đoàn viên, sinh hoạt tại [[13|ut a pub]] công đoàn cơ sở thành viên.
Năm 2016, Công đoàn Tổng công ty phấn đấu xây dựng [[30|sh t y2016]] căn nhà "Mái ấm Công đoàn". Dịp Tết Bính Thân 2016, Công đoàn dự kiến trao [[3.500|ben t y2016 n=dự kiến: planned activity → target (gold README 4); Tết year]] phần quà cho công nhân, mỗi phần trị giá 400.000 đồng; hỗ trợ tiền tàu xe cho công nhân ở xa về quê đón Tết.
""", dict(s='Công đoàn Tổng công ty Cao su Đồng Nai', n=ENT)))

ONE = 'national sector union acting in one province gives that province (records.md Regions); scope names the body'

ARTS.append(('o11', 'https://baocamau.com.vn/cong-doan-giao-duc-viet-nam-trao-120-suat-qua-cho-giao-vien-ca-mau', '2014-10-06', 'Cà Mau', """
Công đoàn Giáo dục Việt Nam trao [[120|ben a pub n=HR]] suất quà cho giáo viên Cà Mau
06/10/2014
(Baocamau.com.vn) - Ngày 4/10, đoàn công tác của Công đoàn Giáo dục Việt Nam đã đến thăm và làm việc với Công đoàn ngành Giáo dục tỉnh Cà Mau. Dịp này, Công đoàn Giáo dục Việt Nam trao [[120|ben a pub n=no period phrase in the article before it (a day date is not one) → publication date (records.md Periods)]] suất quà cho nhà giáo, người lao động có hoàn cảnh khó khăn ở hai huyện Ngọc Hiển và Năm Căn, mỗi suất 1 triệu đồng; đồng thời hỗ trợ xây dựng [[02|sh a pub v=2]] nhà "Mái ấm Công đoàn" cho giáo viên ở huyện Đầm Dơi với số tiền [[100 triệu|shf a pub]] đồng.
Báo cáo với đoàn công tác, Công đoàn ngành Giáo dục Cà Mau cho biết, năm học 2013-2014, toàn ngành kết nạp [[465|mn a sy2013 s=Công đoàn ngành Giáo dục n=SECT; năm học 2013-2014 → 1 Sep..31 Aug (records.md Periods)]] đoàn viên, thăm hỏi, hỗ trợ [[1.030|ben a sy2013 s=Công đoàn ngành Giáo dục n=SECT]] lượt đoàn viên ốm đau, khó khăn.
""".replace('n=SECT', 'n=' + SECT), dict(s='Công đoàn Giáo dục Việt Nam', n=ONE)))

CITY = 'provincial city union: region is its province (records.md Regions), scope names the body (gold README 10)'

ARTS.append(('o12', 'https://baodaklak.vn/tp-buon-ma-thuot-6-thang-phat-trien-hon-1000-doan-vien', '2019-07-05', 'Đắk Lắk', """
TP Buôn Ma Thuột: 6 tháng phát triển hơn [[1.000|mn a h1-2019 b=o n=rounded headline repeat of 1.052: takes its region and period (gold README 1)]] đoàn viên
05/07/2019 08:12
(Baodaklak.vn) - Ngày 4/7, LĐLĐ thành phố Buôn Ma Thuột (Đắk Lắk) tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2019.
Theo báo cáo, 6 tháng đầu năm, LĐLĐ thành phố đã phát triển mới [[1.052|mn a h1-2019]] đoàn viên, đạt [[52,6%|mn p h1-2019 n=part-way attainment takes the reporting period (challenge15 precedent)]] chỉ tiêu năm, tăng 12% so với cùng kỳ năm 2018; thành lập [[9|un a h1-2019]] CĐCS ở khu vực ngoài nhà nước. Hiện LĐLĐ thành phố quản lý [[265|ut a pub]] CĐCS với [[15.870|mt a pub]] đoàn viên.
LĐLĐ thành phố đã tổ chức [[7|tr a h1-2019 n=conferences held to disseminate the law → trainings (indicators.tsv: training courses or conferences held)]] hội nghị tuyên truyền pháp luật lao động cho hơn [[2.100|te a h1-2019 b=o]] lượt đoàn viên, người lao động; tư vấn pháp luật trực tiếp cho [[146|lc a h1-2019]] lượt người lao động tại trụ sở và qua đường dây nóng 0262.3852.468.
6 tháng cuối năm, LĐLĐ thành phố Buôn Ma Thuột phấn đấu phát triển [[948|mn t h2-2019]] đoàn viên để hoàn thành chỉ tiêu [[2.000|mn t y2019 n=chỉ tiêu cả năm → the full year (gold README 8)]] đoàn viên cả năm.
""", dict(s='LĐLĐ thành phố Buôn Ma Thuột', n=CITY)))
