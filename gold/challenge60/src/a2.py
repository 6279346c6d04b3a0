"""cm06-cm10."""
ARTS = []

# cm06 Hà Nội, Lao Động Thủ đô-like page, Chợ Tết Công đoàn 2023 (Tết Quý Mão): gifts, city totals by source, tickets; tokens not
ARTS.append(('cm06', 'https://laodongthudo.vn/ha-noi-cham-lo-tet-cho-gan-250000-luot-doan-vien-nguoi-lao-dong-158214.html',
             '2023-01-10', 'Hà Nội', """Hà Nội: Chăm lo Tết cho gần [[250.000|ben a y2023 b=u n=rounded headline repeat of 247.500: body period, own bound (gold README 1, 5)]] lượt đoàn viên, người lao động

10/01/2023 16:42

(LĐTĐ) Sáng 9/1, tại Cung Văn hóa Lao động Hữu nghị Việt Xô, Liên đoàn Lao động thành phố Hà Nội khai mạc "Chợ Tết Công đoàn năm 2023". Chợ Tết mở cửa trong 3 ngày với 60 gian hàng của các doanh nghiệp bán hàng bình ổn giá, nhiều mặt hàng giảm từ 10% đến 50%.

Tại Chợ Tết, Ban tổ chức phát 6.000 phiếu mua hàng trị giá 500.000 đồng/phiếu cho đoàn viên, người lao động có thu nhập thấp. Dịp này, LĐLĐ thành phố trao [[1.000|ben a y2023]] suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất gồm 1 triệu đồng tiền mặt và một túi quà.

Theo báo cáo của LĐLĐ thành phố, đến nay các cấp công đoàn Thủ đô đã chăm lo Tết Quý Mão 2023 cho [[247.500|ben a y2023]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[198 tỷ|sf a y2023 b=o]] đồng. Trong đó, nguồn tài chính công đoàn trên [[112 tỷ|sf a y2023 b=o s=nguồn tài chính công đoàn n=part of the total by source (gold README 6)]] đồng, nguồn xã hội hóa khoảng [[86 tỷ|sf a y2023 b=a s=nguồn xã hội hóa]] đồng.

Công đoàn các Khu công nghiệp và chế xuất Hà Nội phối hợp tổ chức chương trình "Chuyến xe Công đoàn", tặng [[1.500|ben a y2023 s=Công đoàn các Khu công nghiệp và chế xuất Hà Nội n=tickets given to members (gold README 9); the city's KCN union, with a scope (records.md regions)]] vé xe, vé tàu cho công nhân ở xa về quê đón Tết. LĐLĐ thành phố cũng hỗ trợ 5 triệu đồng/người cho [[120|ben a y2023]] đoàn viên mắc bệnh hiểm nghèo, bị tai nạn lao động.

Đồng chí Nguyễn Phi Thường, Chủ tịch LĐLĐ thành phố nhấn mạnh, phương châm của Công đoàn Thủ đô là "Tất cả đoàn viên, người lao động đều có Tết".

Bảo Ngọc

Tin cùng chuyên mục
Quận Long Biên trao 300 suất quà cho công nhân khó khăn
Chuyến xe 0 đồng đưa 450 công nhân về quê
"""))

# cm07 Đồng Nai, Chuyến tàu Công đoàn Xuân Giáp Thìn 2024: tickets with a national part, buses, totals and a plan to the end of Tết
ARTS.append(('cm07', 'https://baodongnai.com.vn/xa-hoi/202402/hon-1800-doan-vien-len-chuyen-tau-cong-doan-ve-que-don-tet-3171a8b/',
             '2024-02-02', 'Đồng Nai', """Hơn [[1.800|ben a y2024 b=o n=rounded headline repeat of 1.860 (gold README 1, 5)]] đoàn viên lên Chuyến tàu Công đoàn về quê đón Tết

Thứ Sáu, 02/02/2024 06:45

Tối 1-2, tại ga Biên Hòa, Liên đoàn Lao động tỉnh tổ chức tiễn [[1.860|ben a y2024 n=members given free train tickets count as beneficiaries (gold README 9)]] đoàn viên, người lao động có hoàn cảnh khó khăn lên "Chuyến tàu Công đoàn - Xuân Giáp Thìn 2024" về quê đón Tết. Trong số vé tàu trao tặng, có [[500|ben a y2024 s=Tổng LĐLĐ Việt Nam hỗ trợ n=part of the tickets given by the national body in this province: its region is Đồng Nai (records.md regions; gold README 6)]] vé do Tổng LĐLĐ Việt Nam hỗ trợ.

Năm nay, LĐLĐ tỉnh phối hợp với Công ty Cổ phần Vận tải đường sắt Sài Gòn tổ chức 2 đoàn tàu đưa đoàn viên ra các tỉnh miền Trung và miền Bắc. Giá mỗi vé từ 800.000 đồng đến 1,4 triệu đồng tùy chặng.

Cùng với "Chuyến tàu Công đoàn", LĐLĐ tỉnh tổ chức 27 chuyến xe đưa [[1.120|ben a y2024]] đoàn viên về các tỉnh Tây Nguyên và miền Tây Nam Bộ. Tổng kinh phí tổ chức hai chương trình hơn [[2,4 tỷ|sf a y2024 b=o]] đồng.

Dịp Tết Giáp Thìn 2024, các cấp công đoàn tỉnh đã và đang chăm lo cho [[215.000|ben a y2024]] lượt đoàn viên, người lao động với tổng số tiền khoảng [[190 tỷ|sf a y2024 b=a]] đồng. Dự kiến đến hết Tết, con số này sẽ tăng lên khoảng [[250.000|ben t y2024 b=a n=dự kiến: a planned figure, target (gold README 4)]] lượt.

Anh Nguyễn Văn Tâm, công nhân Công ty TNHH Changshin Việt Nam chia sẻ: "Đã 3 năm rồi tôi chưa về quê ăn Tết. Năm nay được Công đoàn tặng vé, vợ chồng tôi và 2 con được về Nghệ An sum họp với gia đình".

Hạnh Dung
"""))

# cm08 Nghệ An, union portal, undated: Trung thu 2021 gifts and scholarships for members' children (school year 2021-2022), stocks
ARTS.append(('cm08', 'http://congdoannghean.vn/tin-tuc/trao-qua-trung-thu-hoc-bong-cho-con-doan-vien-nguoi-lao-dong-5821.html',
             None, 'Nghệ An', """Trao quà Trung thu, học bổng cho con đoàn viên, người lao động

Nhân dịp Tết Trung thu năm 2021, Liên đoàn Lao động tỉnh Nghệ An đã trao [[1.250|ben a y2021 n=gifts for members' children counted as gifts given to members' households (gold README 9; indicators.tsv beneficiaries); period from năm 2021 in the sentence]] suất quà cho con đoàn viên, người lao động có hoàn cảnh khó khăn, bị ảnh hưởng bởi dịch Covid-19, với tổng trị giá [[375 triệu|sf a y2021]] đồng (300.000 đồng/suất).

Cũng trong dịp này, hướng tới năm học 2021-2022, LĐLĐ tỉnh trao [[320|ben a sy2021 n=scholarships for members' children as beneficiaries (gold README 9); the school year named, 2021-09-01..2022-08-31 (records.md periods)]] suất học bổng "Vì con em đoàn viên" cho các em học sinh vượt khó, học giỏi với tổng số tiền [[480 triệu|sf a sy2021]] đồng, mỗi suất 1,5 triệu đồng. Trong đó, [[86|ben a sy2021 s=con đoàn viên là công nhân lao động bị mất việc làm do dịch Covid-19]] suất dành cho con đoàn viên là công nhân lao động bị mất việc làm do dịch Covid-19.

Ngoài ra, dịp Trung thu năm 2021, các công đoàn ngành, LĐLĐ các huyện, thành, thị và các CĐCS đã trích kinh phí tặng quà cho [[9.600|ben a y2021 s=các công đoàn ngành, LĐLĐ các huyện, thành, thị và các CĐCS]] cháu là con đoàn viên, người lao động với tổng số tiền gần [[1,9 tỷ|sf a y2021 b=u s=các công đoàn ngành, LĐLĐ các huyện, thành, thị và các CĐCS]] đồng.

Do tình hình dịch bệnh, năm nay LĐLĐ tỉnh không tổ chức tập trung mà chuyển quà, tiền học bổng qua công đoàn cấp trên cơ sở và tài khoản của đoàn viên.

Toàn tỉnh hiện có [[2.386|ut a null n=stock in an undated page: null period (gold README 7)]] CĐCS với hơn [[189.000|mt a null b=o n=stock in an undated page: null period (gold README 7)]] đoàn viên.

Thanh Thủy - Ban Tuyên giáo LĐLĐ tỉnh
"""))

# cm09 Khánh Hòa, before Tết Mậu Tuất 2018: plan, given so far with two parts, tickets, Mái ấm, Tết Sum vầy planned
ARTS.append(('cm09', 'https://baokhanhhoa.vn/xa-hoi/201801/cong-doan-khanh-hoa-cham-lo-tet-cho-doan-vien-nguoi-lao-dong-8052163/',
             '2018-01-30', 'Khánh Hòa', """Công đoàn Khánh Hòa: Chăm lo Tết cho đoàn viên, người lao động

Cập nhật lúc 08:26, Thứ Ba, 30/01/2018 (GMT+7)

Theo kế hoạch, dịp Tết Nguyên đán Mậu Tuất 2018, các cấp công đoàn trong tỉnh dự kiến thăm hỏi, tặng quà cho khoảng [[18.000|ben t y2018 b=a]] lượt đoàn viên, người lao động với tổng kinh phí trên [[7 tỷ|sf t y2018 b=o]] đồng.

Đến nay, LĐLĐ tỉnh và các công đoàn cấp trên cơ sở đã trao [[9.420|ben a y2018 n=Đến nay with no period of its own: the Tết Mậu Tuất 2018 phrase before it (records.md periods)]] suất quà, trị giá gần [[3,6 tỷ|sf a y2018 b=u]] đồng. Trong đó, Công đoàn các Khu công nghiệp tỉnh trao [[2.150|ben a y2018 s=Công đoàn các Khu công nghiệp]] suất, Công đoàn ngành Y tế trao [[830|ben a y2018 s=Công đoàn ngành Y tế]] suất.

LĐLĐ tỉnh cũng hỗ trợ [[320|ben a y2018 n=tickets given to members (gold README 9)]] vé xe cho công nhân quê ở các tỉnh phía Bắc và miền Trung. Ngày 29-1, LĐLĐ tỉnh bàn giao nhà "Mái ấm Công đoàn" cho [[2|sh a y2018 n=members helped to build a Mái ấm house count as houses (gold README 9)]] đoàn viên tại huyện Vạn Ninh và thị xã Ninh Hòa, mỗi nhà được hỗ trợ 40 triệu đồng.

Chương trình "Tết Sum vầy" năm 2018 sẽ được tổ chức tại Khu công nghiệp Suối Dầu vào ngày 4-2 với [[500|ben t y2018 n=gifts to be given at a coming event: target (gold README 4)]] suất quà dành cho công nhân có hoàn cảnh khó khăn; cùng ngày diễn ra "Chợ Tết Công đoàn" với 40 gian hàng.

Ông Võ Văn Hạnh, Chủ tịch LĐLĐ tỉnh cho biết, năm 2017 có 12 doanh nghiệp nợ lương, trong đó 3 doanh nghiệp đến nay vẫn chưa trả hết tiền lương cho người lao động.

VĂN GIANG
"""))

# cm10 Hải Phòng, after Tết Kỷ Hợi 2019: totals by source, the federation's own gifts, bus home, attainment; bonus levels not
ARTS.append(('cm10', 'https://haiphong.gov.vn/tin-tuc-su-kien/ldld-tp-cham-lo-tet-ky-hoi-2019-cho-gan-170000-luot-doan-vien-51274.html',
             '2019-02-20', 'Hải Phòng', """LĐLĐ TP Hải Phòng: Chăm lo Tết Kỷ Hợi 2019 cho gần [[170.000|ben a y2019 b=u n=rounded headline repeat of 168.245 (gold README 1, 5)]] lượt đoàn viên

Ngày đăng: 20/02/2019 | 10:15

Theo báo cáo kết quả chăm lo Tết Nguyên đán Kỷ Hợi 2019 của Liên đoàn Lao động thành phố, các cấp công đoàn đã thăm hỏi, tặng quà cho [[168.245|ben a y2019]] lượt đoàn viên, người lao động, tổng kinh phí hơn [[96,8 tỷ|sf a y2019 b=o]] đồng, tăng 8,5% so với Tết Mậu Tuất 2018. Trong đó, kinh phí từ nguồn tài chính công đoàn [[31,2 tỷ|sf a y2019 s=nguồn tài chính công đoàn]] đồng, nguồn doanh nghiệp và xã hội hóa [[65,6 tỷ|sf a y2019 s=nguồn doanh nghiệp và xã hội hóa]] đồng. Số lượt đoàn viên được chăm lo đạt [[115%|ben p y2019]] chỉ tiêu thành phố giao.

LĐLĐ thành phố trực tiếp trao [[2.000|ben a y2019 s=LĐLĐ thành phố trực tiếp]] suất quà, trị giá [[1 tỷ|sf a y2019 s=LĐLĐ thành phố trực tiếp]] đồng, tới công nhân lao động khó khăn tại các khu công nghiệp, khu kinh tế. Chương trình "Tết Sum vầy" năm 2019 được tổ chức tại KCN Nomura và huyện Thủy Nguyên; "Chuyến xe Công đoàn" với 40 chuyến xe đã đưa [[1.960|ben a y2019 n=workers taken home free: tickets given count as beneficiaries (gold README 9)]] công nhân về quê đón Tết.

Về tiền thưởng Tết, mức thưởng bình quân của người lao động tại doanh nghiệp ngoài nhà nước là 6,2 triệu đồng/người, mức cao nhất 450 triệu đồng/người. Sau kỳ nghỉ Tết, 98% người lao động đã trở lại làm việc đúng thời gian.

Phòng Tuyên giáo - LĐLĐ thành phố

Lượt xem: 2.118
"""))
