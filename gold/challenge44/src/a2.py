"""challenge44 articles ax11-ax20 (markup: [[span|IND ST PERIOD k=v ...]], see lib.py)."""

ARTS = []

# ax11 Cần Thơ, city federation, H1 2015, undated page with one paragraph scraped without diacritics
ARTS.append(('ax11', 'https://baocantho.com.vn/can-tho-6-thang-dau-nam-2015-ket-nap-2486-doan-vien-a61204.html',
             None, 'Cần Thơ', """Cần Thơ: 6 tháng đầu năm 2015 kết nạp [[2.486|mn a h1-2015 n=rule 1: headline repeat takes the body's period]] đoàn viên

Chia sẻ | In bài

Trong 6 tháng đầu năm 2015, các cấp công đoàn TP Cần Thơ đã kết nạp [[2.486|mn a h1-2015]] đoàn viên, đạt [[52%|mn p h1-2015 n=part-way attainment of the year target takes the reporting period]] chỉ tiêu cả năm; thành lập mới [[19|un a h1-2015]] công đoàn cơ sở (CĐCS), chủ yếu ở các doanh nghiệp ngoài nhà nước tại KCN Trà Nóc và Hưng Phú.

Ben canh do, LDLD thanh pho chi dao cac cong doan co so thanh lap moi [[12|wc a h1-2015 n=scraping damage: paragraph without diacritics; period from the nearest earlier period phrase]] Ban nu cong quan chung. Van phong tu van phap luat Cong doan thanh pho da tu van cho [[1.034|lc a h1-2015]] luot nguoi lao dong, phoi hop to chuc [[24|tr a h1-2015]] buoi tap huan phap luat cho gan [[2.150|te a h1-2015 b=u n=gan is gần with its marks stripped -> under]] luot doan vien, cong nhan. LDLD thanh pho cung ho tro [[1,2 ty|sf a h1-2015 v=1200000000 n=rule 3: ty is tỷ without its marks -> 1,2 tỷ]] dong cho [[860|ben a h1-2015]] doan vien co hoan canh kho khan, benh hiem ngheo.

6 tháng cuối năm 2015, LĐLĐ TP Cần Thơ phấn đấu kết nạp thêm [[2.500|mn t l6-2015]] đoàn viên, thành lập [[20|un t l6-2015]] CĐCS, phối hợp tổ chức ít nhất [[30|wkc t l6-2015 b=o]] hội nghị người lao động tại các doanh nghiệp.

Chủ tịch LĐLĐ TP Cần Thơ trao quyết định thành lập CĐCS cho Công ty TNHH Thủy sản Phương Đông. Ảnh: M.KHA

MINH KHA
"""))

# ax12 Quảng Ninh, national sector union acting in the province, Tháng Công nhân 2025
ARTS.append(('ax12', 'https://baoquangninh.vn/cong-doan-tkv-cham-lo-hon-4000-tho-mo-trong-thang-cong-nhan-3361274.html',
             '2025-05-30', 'Quảng Ninh', """Công đoàn TKV chăm lo hơn [[4.000|ben a mo2025-05 s=Công đoàn Than - Khoáng sản Việt Nam b=o n=rule 1: rounded headline repeat of 4.126 takes the body's period]] thợ mỏ trong Tháng Công nhân

Cập nhật: 16:40 ngày 30/05/2025

Trong Tháng Công nhân năm 2025, Công đoàn Than - Khoáng sản Việt Nam đã chỉ đạo [[127|wmu a mo2025-05 s=Công đoàn Than - Khoáng sản Việt Nam n=records.md: a national body acting in one province gives that province (the mines of Quảng Ninh)]] CĐCS trực thuộc tổ chức các hoạt động thiết thực chăm lo cho người lao động. Các cấp công đoàn đã thăm hỏi, tặng quà cho [[4.126|ben a mo2025-05 s=Công đoàn Than - Khoáng sản Việt Nam]] đoàn viên, thợ mỏ có hoàn cảnh khó khăn với tổng kinh phí trên [[2,8 tỷ|sf a mo2025-05 s=Công đoàn Than - Khoáng sản Việt Nam b=o]] đồng.

Đặc biệt, Công đoàn TKV đã phối hợp với các đơn vị hỗ trợ xây mới [[15|sh a mo2025-05 s=Công đoàn Than - Khoáng sản Việt Nam]] nhà Mái ấm Công đoàn cho thợ mỏ khó khăn về nhà ở, mỗi căn 60 triệu đồng, tổng số tiền [[900 triệu|shf a mo2025-05 s=Công đoàn Than - Khoáng sản Việt Nam n=the total is a record, the 60 triệu per house is not (rule 11)]] đồng. Trong tháng, [[86|wd a mo2025-05 s=Công đoàn Than - Khoáng sản Việt Nam n=trong tháng -> the Tháng Công nhân named before]] đơn vị đã tổ chức đối thoại tại nơi làm việc giữa người sử dụng lao động và người lao động.

Đoàn công tác Công đoàn TKV tặng quà thợ lò Công ty Than Mạo Khê. Ảnh: Thu Hằng

Năm 2025 là năm thứ 8 liên tiếp Công đoàn TKV phát động Tháng Công nhân gắn với Tháng hành động về an toàn, vệ sinh lao động, thu hút hơn 90.000 công nhân tham gia.

Thu Hằng
"""))

# ax13 Đà Nẵng after the merger: merged city federation, 9 months 2025, khu vực Quảng Nam (cũ)
ARTS.append(('ax13', 'https://baodanang.vn/9-thang-ldld-thanh-pho-ket-nap-11430-doan-vien-3304518.html',
             '2025-10-20', 'Đà Nẵng', """9 tháng, LĐLĐ thành phố kết nạp [[11.430|mn a f9-2025 n=rule 1: headline repeat takes the body's period]] đoàn viên

Thứ Hai, 20/10/2025, 17:05 [GMT+7]

Theo LĐLĐ thành phố Đà Nẵng, 9 tháng năm 2025, các cấp công đoàn thành phố đã kết nạp [[11.430|mn a f9-2025 n=rule 10: the merged city federation reports for the new city under its kept name]] đoàn viên, thành lập mới [[58|un a f9-2025]] CĐCS, tăng 9% so với cùng kỳ. Trong đó, khu vực Quảng Nam (cũ) kết nạp [[5.217|mn a f9-2025 r=Quảng Nam s=khu vực Quảng Nam (cũ) n=rule 10: khu vực X (cũ) -> the old province X, region_2025 the new city]] đoàn viên, thành lập [[24|un a f9-2025 r=Quảng Nam s=khu vực Quảng Nam (cũ) n=rule 10: khu vực Quảng Nam (cũ) -> Quảng Nam]] CĐCS.

Sau khi hợp nhất, LĐLĐ thành phố hiện quản lý [[5.836|ut a pub n=rule 7: hiện -> stock at publication]] CĐCS với [[312.640|mt a pub n=rule 7: stock at publication]] đoàn viên.

Về công tác chăm lo, các cấp công đoàn đã thăm hỏi, hỗ trợ [[38.215|ben a f9-2025]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[27 tỷ|sf a f9-2025 b=o]] đồng; xây mới, sửa chữa [[64|sh a f9-2025]] nhà Mái ấm Công đoàn, tăng 11 nhà so với cùng kỳ năm 2024.

Quý IV, LĐLĐ thành phố phấn đấu kết nạp thêm [[3.500|mn t q4-2025 n=records.md: a year-less phrase takes the publication year]] đoàn viên, hoàn thành chỉ tiêu năm [[15.000|mn t y2025 n=rule 8: chỉ tiêu năm is the full year]] đoàn viên.

Công nhân Công ty TNHH Foster Electric Việt Nam tham gia ngày hội đoàn viên. Ảnh: H.V

HOÀNG VY

Tin liên quan
- Trao 50 suất học bổng cho con công nhân khó khăn
- Đà Nẵng: 1.800 người lao động tham gia ngày hội việc làm
"""))

# ax14 Gia Lai after the merger: a ward union in old Bình Định, and the new province federation
ARTS.append(('ax14', 'https://baogialai.com.vn/cong-doan-phuong-an-nhon-thanh-lap-3-cong-doan-co-so-moi-post329471.html',
             '2025-09-10', 'Bình Định', """Công đoàn phường An Nhơn thành lập [[3|un a 2025-07-01..2025-09-10 s=Công đoàn phường An Nhơn n=rule 1: headline repeat of the body's 3 takes its period]] công đoàn cơ sở mới

Thứ Tư, 10/09/2025 - 09:12

(GLO)- Ngày 9/9, Công đoàn phường An Nhơn (tỉnh Gia Lai) tổ chức trao quyết định thành lập Công đoàn cơ sở Công ty TNHH Gỗ Phú Tài với [[86|mn a pub s=Công đoàn phường An Nhơn n=rule 9: members of a newly founded union count as members_new; ngày 9/9 is a date, not a period, and no period phrase precedes -> publication date; rule 10: a ward union reports for its old province (Bình Định)]] đoàn viên.

Từ khi đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp (1/7/2025) đến nay, Công đoàn phường đã thành lập mới [[3|un a 2025-07-01..2025-09-10 s=Công đoàn phường An Nhơn n=records.md: từ ... đến nay runs to publication]] CĐCS, kết nạp [[214|mn a 2025-07-01..2025-09-10 s=Công đoàn phường An Nhơn]] đoàn viên. Hiện Công đoàn phường quản lý [[47|ut a pub s=Công đoàn phường An Nhơn n=rule 7: stock at publication]] CĐCS với [[2.386|mt a pub s=Công đoàn phường An Nhơn]] đoàn viên. Dịp này, Công đoàn phường trao [[20|ben a 2025-07-01..2025-09-10 s=Công đoàn phường An Nhơn n=period from the nearest earlier period phrase (từ 1/7/2025 đến nay)]] suất quà, mỗi suất 500.000 đồng, cho đoàn viên có hoàn cảnh khó khăn.

Theo LĐLĐ tỉnh Gia Lai, từ ngày 1/7 đến nay, toàn tỉnh đã thành lập mới [[29|un a 2025-07-01..2025-09-10 r=Gia Lai n=rule 10: the new province federation reports for the new province under its kept name]] CĐCS, kết nạp [[1.947|mn a 2025-07-01..2025-09-10 r=Gia Lai]] đoàn viên.

Lãnh đạo Công đoàn phường An Nhơn trao quyết định thành lập CĐCS. Ảnh: N.T

NGỌC THẢO
"""))

# ax15 Hải Phòng after the merger: year 2025 of the merged city, khu vực Hải Dương (cũ), 2026 targets
ARTS.append(('ax15', 'https://laodong.vn/cong-doan/hai-phong-nam-2025-ket-nap-hon-24000-doan-vien-1632518.ldo',
             '2025-12-26', 'Hải Phòng', """Hải Phòng: Năm 2025 kết nạp hơn [[24.000|mn a y2025 b=o n=rule 1: rounded headline repeat of 24.318 takes the body's period]] đoàn viên

Mai Dung |  26/12/2025 09:40

Ngày 25/12, LĐLĐ thành phố Hải Phòng tổ chức hội nghị tổng kết công tác công đoàn năm 2025, năm đầu tiên sau khi hợp nhất LĐLĐ tỉnh Hải Dương và LĐLĐ thành phố Hải Phòng.

Năm 2025, các cấp công đoàn thành phố đã kết nạp [[24.318|mn a y2025 n=rule 10: the merged city federation reports for the new city]] đoàn viên, đạt [[121,6%|mn p y2025]] kế hoạch; thành lập [[137|un a y2025]] CĐCS. Riêng khu vực Hải Dương (cũ), từ ngày 1/7 đến nay đã kết nạp [[6.902|mn a 2025-07-01..2025-12-26 r=Hải Dương s=khu vực Hải Dương (cũ) n=rule 10: khu vực X (cũ) -> the old province; records.md: từ ... đến nay runs to publication]] đoàn viên. So với năm 2024, số đoàn viên kết nạp tăng 3.150 người.

Các cấp công đoàn đã hướng dẫn [[1.842|wkc a y2025]] doanh nghiệp tổ chức hội nghị người lao động, [[1.605|wd a y2025]] doanh nghiệp tổ chức đối thoại tại nơi làm việc; ký mới [[296|ca a y2025]] bản thỏa ước lao động tập thể. Tổng kinh phí chăm lo cho đoàn viên, người lao động trong năm đạt hơn [[186 tỷ|sf a y2025 b=o]] đồng, với [[412.500|ben a y2025]] lượt người được thăm hỏi, hỗ trợ.

Hội nghị tổng kết công tác công đoàn năm 2025 của LĐLĐ thành phố Hải Phòng. Ảnh: Mai Dung

Năm 2026, LĐLĐ thành phố phấn đấu kết nạp [[25.000|mn t y2026]] đoàn viên, thành lập [[120|un t y2026]] CĐCS. Dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn dự kiến chăm lo cho khoảng [[150.000|ben t y2026 b=a n=rule 4: dự kiến -> target; the Tết figure takes the Tết year]] đoàn viên, người lao động.

Tại hội nghị, LĐLĐ thành phố tặng bằng khen cho 42 tập thể và 65 cá nhân.
"""))

# ax16 Hà Nội, district federation, women's committees, around 8/3
ARTS.append(('ax16', 'https://laodongthudo.vn/ldld-quan-long-bien-thanh-lap-moi-11-ban-nu-cong-quan-chung-51873.html',
             '2017-03-08', 'Hà Nội', """LĐLĐ quận Long Biên: Thành lập mới [[11|wc a y2016 s=LĐLĐ quận Long Biên n=rule 1: headline repeat takes the body's period (2016)]] Ban nữ công quần chúng

Thứ Tư, 08/03/2017 | 14:22

Chiều 7/3, LĐLĐ quận Long Biên tổ chức gặp mặt nữ cán bộ công đoàn, nữ đoàn viên tiêu biểu nhân kỷ niệm 107 năm Ngày Quốc tế Phụ nữ. Tại buổi gặp mặt, LĐLĐ quận đã trao [[120|ben a pub s=LĐLĐ quận Long Biên n=records.md: no period phrase before it (chiều 7/3 is a date) -> publication date]] suất quà cho nữ đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng.

Năm 2016, LĐLĐ quận đã chỉ đạo thành lập mới [[11|wc a y2016 s=LĐLĐ quận Long Biên n=rule 10: a district federation gives its province with a scope]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước; tổ chức [[6|tr a y2016 s=LĐLĐ quận Long Biên]] lớp tập huấn kiến thức pháp luật, chăm sóc sức khỏe sinh sản cho [[820|te a y2016 s=LĐLĐ quận Long Biên]] nữ đoàn viên. Các cấp công đoàn trong quận cũng thăm hỏi, tặng quà [[245|ben a y2016 s=LĐLĐ quận Long Biên]] nữ công nhân có hoàn cảnh khó khăn, tổng trị giá [[98 triệu|sf a y2016 s=LĐLĐ quận Long Biên]] đồng.

Năm 2017, LĐLĐ quận phấn đấu thành lập thêm [[10|wc t y2017 s=LĐLĐ quận Long Biên]] Ban nữ công quần chúng. Dịp này, LĐLĐ quận biểu dương 35 nữ cán bộ, đoàn viên có thành tích xuất sắc.

Thu Hà

Bình luận (0)
"""))

# ax17 Thừa Thiên Huế (-> Huế), Phúc lợi đoàn viên agreements and their stock
ARTS.append(('ax17', 'https://baothuathienhue.vn/ky-ket-7-thoa-thuan-hop-tac-chuong-trinh-phuc-loi-doan-vien-a142851.html',
             '2024-08-14', 'Thừa Thiên Huế', """Ký kết [[7|wp a pub n=rule 1: headline repeat of the body's 7 takes its period]] thỏa thuận hợp tác chương trình Phúc lợi đoàn viên

Thứ Tư, 14/08/2024 16:30

Sáng 13/8, LĐLĐ tỉnh Thừa Thiên Huế ký kết [[7|wp a pub n=rule 9: thỏa thuận hợp tác Phúc lợi đoàn viên -> welfare_partners; sáng 13/8 is a date and no period phrase precedes -> publication date]] thỏa thuận hợp tác với các doanh nghiệp trên địa bàn trong chương trình "Phúc lợi đoàn viên công đoàn". Theo đó, đoàn viên được giảm giá từ 5% đến 30% khi sử dụng dịch vụ y tế, du lịch, ăn uống, mua sắm tại các doanh nghiệp này.

Từ đầu năm 2024 đến nay, LĐLĐ tỉnh đã ký [[12|wp a 2024-01-01..2024-08-14]] thỏa thuận hợp tác, nâng tổng số thỏa thuận còn hiệu lực lên [[41|wp a pub n=rule 7: partners in force are the stock of their signings, dated at publication]]. Trong năm 2024, LĐLĐ tỉnh phấn đấu ký ít nhất [[20|wp t y2024 b=o]] thỏa thuận.

Đại diện LĐLĐ tỉnh và các doanh nghiệp ký kết thỏa thuận hợp tác. Ảnh: Q.Đ

QUANG ĐỊNH

Tin liên quan
- Thừa Thiên Huế: 1.200 công nhân được khám sức khỏe miễn phí
- Trao 45 nhà Mái ấm Công đoàn cho đoàn viên khó khăn
"""))

# ax18 Phú Yên (-> Đắk Lắk), Công đoàn Viên chức tỉnh congress: term 2018-2023 and targets 2023-2028
ARTS.append(('ax18', 'https://baophuyen.vn/76/298140/dai-hoi-cong-doan-vien-chuc-tinh-lan-thu-vi.html',
             '2023-06-15', 'Phú Yên', """Đại hội Công đoàn Viên chức tỉnh lần thứ VI, nhiệm kỳ 2023-2028

Thứ Năm, 15/06/2023 | 10:20

(BPY) - Ngày 14/6, Công đoàn Viên chức tỉnh tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2023-2028 với sự tham dự của 150 đại biểu, đại diện cho hơn [[7.900|mt a pub b=o s=Công đoàn Viên chức tỉnh n=rule 1: the members the delegates represent are a rounded repeat of the stock 7.942 (the 150 delegates are not a record, rule 11)]] đoàn viên.

Báo cáo tại đại hội cho thấy, nhiệm kỳ 2018-2023, Công đoàn Viên chức tỉnh đã kết nạp [[1.264|mn a t2018-2023 s=Công đoàn Viên chức tỉnh n=records.md: nhiệm kỳ 2018-2023 -> the whole term; region from the site (Phú Yên)]] đoàn viên, thành lập mới [[9|un a t2018-2023 s=Công đoàn Viên chức tỉnh]] CĐCS; giới thiệu [[327|pr a t2018-2023 s=Công đoàn Viên chức tỉnh]] đoàn viên ưu tú cho Đảng, trong đó [[241|pa a t2018-2023 s=Công đoàn Viên chức tỉnh]] đồng chí đã được kết nạp. Công đoàn đã tổ chức [[38|tr a t2018-2023 s=Công đoàn Viên chức tỉnh]] lớp tập huấn cho hơn [[4.500|te a t2018-2023 b=o s=Công đoàn Viên chức tỉnh]] lượt cán bộ công đoàn; Ủy ban Kiểm tra đã kiểm tra tài chính [[142|fi a t2018-2023 s=Công đoàn Viên chức tỉnh]] lượt CĐCS.

Năm 2022, [[184/186|oc a y2022 s=Công đoàn Viên chức tỉnh n=x/y -> the first number; the sentence names its own year]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Trong nhiệm kỳ, các cấp công đoàn đã hỗ trợ xây dựng [[21|sh a t2018-2023 s=Công đoàn Viên chức tỉnh n=period from the nearest earlier period phrase (trong nhiệm kỳ), not the year 2022 of the previous paragraph]] nhà Mái ấm Công đoàn với số tiền [[1,05 tỷ|shf a t2018-2023 s=Công đoàn Viên chức tỉnh]] đồng; thăm hỏi, trợ cấp [[5.830|ben a t2018-2023 s=Công đoàn Viên chức tỉnh]] lượt đoàn viên với tổng kinh phí gần [[2,9 tỷ|sf a t2018-2023 b=u s=Công đoàn Viên chức tỉnh]] đồng. Hiện Công đoàn Viên chức tỉnh có [[186|ut a pub s=Công đoàn Viên chức tỉnh n=rule 7: hiện -> stock at publication]] CĐCS với [[7.942|mt a pub s=Công đoàn Viên chức tỉnh]] đoàn viên.

Đại hội đề ra 12 chỉ tiêu cho nhiệm kỳ 2023-2028, trong đó phấn đấu kết nạp ít nhất [[1.200|mn t t2023-2028 b=o s=Công đoàn Viên chức tỉnh n=rule 11: the 12 chỉ tiêu is a count of plan items, not a record]] đoàn viên; giới thiệu [[300|pr t t2023-2028 s=Công đoàn Viên chức tỉnh]] đoàn viên ưu tú cho Đảng; hỗ trợ xây dựng [[20|sh t t2023-2028 s=Công đoàn Viên chức tỉnh]] nhà Mái ấm Công đoàn.

Đại hội đã bầu Ban Chấp hành khóa VI gồm 21 đồng chí và bầu 7 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ VII.

HẠ UYÊN
"""))

# ax19 Hồ Chí Minh, district federation, H1 2020 Covid support, undated excerpt with scraping damage (l.-slip, split number)
ARTS.append(('ax19', 'https://nld.com.vn/cong-doan/binh-tan-ho-tro-hon-1200-doan-vien-kho-khan-do-dich-covid-19-20200706195514.htm',
             None, 'Hồ Chí Minh', """Bình Tân: Hỗ trợ hơn [[1.200|ben a h1-2020 b=o s=LĐLĐ quận Bình Tân n=rule 1: rounded headline repeat of l.235 takes the body's period]] đoàn viên khó khăn do dịch Covid-19

Trong 6 tháng đầu năm 2020, LĐLĐ quận Bình Tân đã hỗ trợ [[l.235|ben a h1-2020 s=LĐLĐ quận Bình Tân n=rule 3: l.235 is a scraping slip for 1.235; rule 10: a district federation gives its city with a scope]] đoàn viên, người lao động bị mất việc, giảm thu nhập do dịch Covid-19, mỗi người 1 triệu đồng, tổng kinh phí hơn [[1,3 tỷ|sf a h1-2020 b=o s=LĐLĐ quận Bình Tân]] đồng.

Công nhân Công ty TNHH PouYuen Việt Nam nhận hỗ trợ từ LĐLĐ quận Bình Tân - Ảnh 1.

Ngoài ra, công đoàn các cấp trong quận đã vận động doanh nghiệp, nhà hảo tâm tặng [[2.1 50|ben a h1-2020 s=LĐLĐ quận Bình Tân n=rule 3: the split 2.1 50 is 2150; rule 9: gift packages count as beneficiaries]] phần quà gồm gạo, mì, dầu ăn cho công nhân đang ở trọ. Văn phòng Tư vấn pháp luật của LĐLĐ quận đã tư vấn cho [[386|lc a h1-2020 s=LĐLĐ quận Bình Tân]] lượt người lao động về chế độ ngừng việc, trợ cấp thất nghiệp.

Hiện LĐLĐ quận Bình Tân quản lý [[476|ut a null s=LĐLĐ quận Bình Tân n=rule 7: stock on an undated page -> null..null]] CĐCS với hơn [[92.000|mt a null b=o s=LĐLĐ quận Bình Tân]] đoàn viên, trên tổng số gần 180.000 công nhân làm việc tại các doanh nghiệp trên địa bàn.

Tin-ảnh: Bảo Ngọc
"""))

# ax20 Quảng Nam (-> Đà Nẵng), sector union (Y tế), year 2019, undated page
ARTS.append(('ax20', 'https://baoquangnam.vn/xa-hoi/cong-doan-nganh-y-te-tong-ket-nam-2019-98471.html',
             None, 'Quảng Nam', """Công đoàn ngành Y tế tổng kết hoạt động năm 2019

PHAN VINH |

Năm 2019, Công đoàn ngành Y tế Quảng Nam đã phối hợp với chuyên môn chỉ đạo [[45/47|oc a y2019 s=Công đoàn ngành Y tế n=x/y -> the first number; rule 10: sector union gives its province with a scope]] đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; kết nạp mới [[356|mn a y2019 s=Công đoàn ngành Y tế]] đoàn viên, cập nhật thông tin của [[1.980|rec a y2019 s=Công đoàn ngành Y tế n=indicators.tsv: members entered into the membership software]] đoàn viên lên phần mềm quản lý đoàn viên.

Ủy ban Kiểm tra Công đoàn ngành đã kiểm tra tài chính [[12|fi a y2019 s=Công đoàn ngành Y tế]] CĐCS và tham gia [[5|sv a y2019 s=Công đoàn ngành Y tế]] cuộc giám sát việc thực hiện chế độ trực, phụ cấp chống dịch cho nhân viên y tế. Dịp Tết Kỷ Hợi, Công đoàn ngành đã tặng [[520|ben a y2019 s=Công đoàn ngành Y tế n=Tết Kỷ Hợi without year: the Tết of the article's year 2019]] suất quà cho đoàn viên khó khăn; cả năm hỗ trợ [[2|sh a y2019 s=Công đoàn ngành Y tế]] nhà Mái ấm Công đoàn, mỗi nhà 50 triệu đồng.

Hiện toàn ngành có [[47|ut a null s=Công đoàn ngành Y tế n=rule 7: stock on an undated page -> null..null]] CĐCS với khoảng [[6.800|mt a null b=a s=Công đoàn ngành Y tế n=rule 7: stock without publication date; khoảng -> about]] đoàn viên. Năm 2020, Công đoàn ngành phấn đấu kết nạp [[300|mn t y2020 s=Công đoàn ngành Y tế]] đoàn viên mới.

Dịp này, Công đoàn ngành tặng giấy khen cho 18 tập thể và 40 cá nhân.

TAGS
công đoàn y tế Quảng Nam
"""))
