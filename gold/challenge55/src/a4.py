"""challenge55 articles ch16-ch20 (inline markup: [[span|IND ST PERIOD k=v ...]], see gold/tooling/markup.py)."""

CH16 = """Thời sự › Dân sinh

Hà Giang: Công đoàn bám bản, phát triển đoàn viên vùng cao

NGỌC THẮNG

Năm 2015, dù địa bàn rộng, doanh nghiệp ít và nhỏ, các cấp công đoàn tỉnh Hà Giang vẫn kết nạp được [[l.320|mn a y2015 n=scraped l for 1: l.320 -> 1320 (gold README 3)]] đoàn viên, thành lập mới [[18|un a y2015]] công đoàn cơ sở, vượt chỉ tiêu Tổng Liên đoàn giao.

Theo ông Hoàng Văn Sinh, Chủ tịch LĐLĐ tỉnh Hà Giang, phần lớn đoàn viên mới là lao động tại các hợp tác xã chè, doanh nghiệp khai khoáng, thủy điện ở các huyện Vị Xuyên, Bắc Quang, Hoàng Su Phì. Trong năm, LĐLĐ tỉnh tổ chức [[36|tr a y2015]] hội nghị tuyên truyền pháp luật lao động cho gần [[4.500|te a y2015 b=u]] lượt đoàn viên, người lao động; tư vấn pháp luật cho [[312|lc a y2015]] lượt người.

Cán bộ công đoàn tuyên truyền pháp luật cho công nhân một doanh nghiệp khai khoáng ở huyện Vị Xuyên ẢNH: N.T

Công tác chăm lo cũng được chú trọng. Dịp Tết Ất Mùi 2015, các cấp công đoàn trao [[3.240|ben a y2015]] suất quà cho đoàn viên nghèo; Quỹ Mái ấm Công đoàn tỉnh hỗ trợ xây mới [[22|sh a y2015]] nhà, mỗi nhà 30 triệu đồng.

Đến nay, toàn tỉnh có [[1.102|ut a null n=stock in an undated page -> null (records.md)]] CĐCS với [[41.6 50|mt a null n=scraped space inside the number: 41.6 50 -> 41650 (gold README 3)]] đoàn viên.

Năm 2016, LĐLĐ tỉnh phấn đấu kết nạp [[1.500|mn t y2016]] đoàn viên, thành lập [[20|un t y2016]] CĐCS, tập trung vào các hợp tác xã và doanh nghiệp nhỏ ở vùng cao.

"Có những bản cách trung tâm huyện hơn 50 km, cán bộ công đoàn phải đi cả ngày mới tới nơi, nhưng công nhân ở đó rất cần công đoàn", ông Sinh nói.

Bình luận (0)

Tin liên quan
Lào Cai: 500 công nhân được hỗ trợ sau lũ quét"""

CH17 = """Trang chủ > Nữ công
Cập nhật: 14/12/2015 09:12

Công đoàn Sóc Trăng: Thành lập [[32|wc a y2015 n=headline repeat (gold README 1)]] Ban nữ công quần chúng

Năm 2015, LĐLĐ tỉnh Sóc Trăng đã chỉ đạo các cấp công đoàn thành lập [[32|wc a y2015]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước có đông lao động nữ, chủ yếu trong ngành chế biến thủy sản, may mặc.

Ban Nữ công LĐLĐ tỉnh đã phối hợp tổ chức [[24|tr a y2015]] lớp tập huấn công tác nữ công, kiến thức về bình đẳng giới, phòng chống bạo lực gia đình cho [[1.680|te a y2015]] lượt cán bộ nữ công và nữ đoàn viên.

Nhân Ngày Quốc tế Phụ nữ 8/3 và Ngày Phụ nữ Việt Nam 20/10, các cấp công đoàn đã thăm, tặng quà [[1.350|ben a y2015 n=dates 8/3 and 20/10 name no period; the year 2015 named before (records.md periods)]] lượt nữ đoàn viên có hoàn cảnh khó khăn với số tiền [[405 triệu|sf a y2015]] đồng; hỗ trợ [[6|sh a y2015 n=members helped to build a Mái ấm house -> shelter_houses (gold README 9); 40 triệu per house is per-item]] nữ đoàn viên xây nhà Mái ấm Công đoàn, mỗi căn 40 triệu đồng.

Đặc biệt, năm qua có [[126|pr a y2015 n=năm qua in a December page -> the same year (records.md periods)]] nữ đoàn viên ưu tú được công đoàn giới thiệu cho Đảng, [[87|pa a y2015]] chị đã được kết nạp Đảng.

Toàn tỉnh hiện có [[28.450|mt a pub s=nữ đoàn viên n=stock of women members, a part of members_total (gold README 6, 7); 52,6% is a share]] nữ đoàn viên, chiếm 52,6% tổng số đoàn viên.

Năm 2016, Ban Nữ công LĐLĐ tỉnh phấn đấu thành lập thêm ít nhất [[20|wc t y2016 b=o]] Ban nữ công quần chúng.

Tin, ảnh: Thanh Tâm

Lượt xem: 412

Tin khác
Bạc Liêu: Trao 50 suất quà cho nữ công nhân nghèo
Cần Thơ: Hội thi "Nữ cán bộ công đoàn giỏi" năm 2015"""

CH18 = """Khánh Hòa: [[1.200|ben a y2024 n=headline repeat of the sapo's tickets (gold README 1); tickets are beneficiaries (README 9)]] công nhân được tặng vé tàu, xe về quê ăn Tết

TTO - Tết Giáp Thìn 2024, Liên đoàn Lao động tỉnh Khánh Hòa tặng [[1.200|ben a y2024]] vé tàu, xe cho công nhân khó khăn quê ở các tỉnh miền Bắc, miền Trung, Tây Nguyên về quê đón Tết.

Sáng 3-2, tại ga Nha Trang, LĐLĐ tỉnh Khánh Hòa tổ chức tiễn đoàn công nhân đầu tiên lên tàu về quê. Cùng với vé tàu, mỗi công nhân được tặng một phần quà trị giá 500.000 đồng. Trong số [[1.200|ben a y2024 n=a third mention of the tickets, one record per mention (records.md)]] vé có [[280|ben a y2024 s=vé xe khách n=breakdown of the 1.200 tickets (gold README 6)]] vé xe khách cho công nhân về các tỉnh Tây Nguyên.

Công nhân nhận vé tàu về quê đón Tết tại ga Nha Trang - Ảnh: MINH CHIẾN

Bà Lê Thị Mai, Phó Chủ tịch LĐLĐ tỉnh Khánh Hòa, cho biết Tết Nguyên đán 2024, các cấp công đoàn trong tỉnh chăm lo cho [[28.500|ben a y2024]] lượt đoàn viên, người lao động với tổng kinh phí [[14,2 tỉ|sf a y2024]] đồng. Trong đó, Công đoàn Khu kinh tế Vân Phong trao [[2.300|ben a y2024 s=Công đoàn Khu kinh tế Vân Phong n=an economic-zone union gives its province with a scope (records.md regions)]] suất quà cho công nhân các doanh nghiệp trong khu kinh tế.

Chương trình "Chợ Tết Công đoàn" năm 2024 tại Khánh Hòa phát hành 2.000 phiếu mua hàng trị giá 300.000 đồng/phiếu cho đoàn viên.

Trong năm 2023, LĐLĐ tỉnh cũng đã hỗ trợ xây mới, sửa chữa [[25|sh a y2023]] Mái ấm Công đoàn với tổng kinh phí [[1,25 tỉ|shf a y2023]] đồng.

Tags: Tết Giáp Thìn  vé tàu Tết  công nhân  Khánh Hòa

TIN LIÊN QUAN
Hơn 10.000 công nhân TP.HCM được tặng vé xe về quê"""

CH19 = """Bắc Ninh: Hơn [[32.000|ben a y2014 b=o n=headline repeat of the 32.460 (gold README 1)]] suất quà Tết đến với công nhân lao động
Thứ Ba, 21/01/2014 08:20
BẢO NGỌC

Tết Giáp Ngọ 2014, các cấp công đoàn tỉnh Bắc Ninh đã thăm, tặng [[32.460|ben a y2014]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn với tổng trị giá [[10,8 tỉ|sf a y2014]] đồng.

Trong đó, Công đoàn các KCN Bắc Ninh trao [[8.000|ben a y2014 s=Công đoàn các KCN]] suất quà cho công nhân đang làm việc tại các KCN Yên Phong, Quế Võ, Tiên Sơn; LĐLĐ tỉnh trực tiếp trao [[1.200|ben a y2014 s=LĐLĐ tỉnh trực tiếp]] suất, mỗi suất 500.000 đồng.

Năm nay, LĐLĐ tỉnh phối hợp với Công ty TNHH Samsung Electronics Việt Nam tặng [[2.000|ben a y2014 n=free tickets -> beneficiaries (gold README 9); Năm nay -> 2014]] vé xe miễn phí cho công nhân quê ở các tỉnh miền Trung, Tây Nguyên.

Lãnh đạo LĐLĐ tỉnh Bắc Ninh trao quà Tết cho công nhân KCN Quế Võ. Ảnh: B.N

Năm 2013, các cấp công đoàn tỉnh đã kết nạp [[16.480|mn a y2013]] đoàn viên, thành lập mới [[74|un a y2013]] CĐCS; Quỹ Mái ấm Công đoàn hỗ trợ xây mới [[30|sh a y2013]] nhà với số tiền [[1,2 tỉ|shf a y2013]] đồng. Hiện toàn tỉnh có [[1.186|ut a pub]] CĐCS với [[168.300|mt a pub]] đoàn viên, trong đó khu vực ngoài nhà nước chiếm hơn 70%.

XEM THÊM
Hà Nam: 300 công nhân được tặng vé xe về quê
Vĩnh Phúc: Chợ Tết Công đoàn bán hàng giảm giá 20%"""

CH20 = """Cụm thi đua các tỉnh Tây Bắc ký kết giao ước thi đua năm 2023

VOV

VOV.VN - Hội nghị tổng kết Cụm thi đua Liên đoàn Lao động các tỉnh miền núi Tây Bắc năm 2022 vừa được tổ chức tại tỉnh Điện Biên, với sự tham gia của LĐLĐ 6 tỉnh: Điện Biên, Lai Châu, Sơn La, Hòa Bình, Lào Cai, Yên Bái.

Theo báo cáo, năm 2022, LĐLĐ tỉnh Điện Biên kết nạp [[1.320|mn a y2022 n=each federation's figures take its own province (records.md regions)]] đoàn viên (đạt [[110%|mn p y2022]] chỉ tiêu), thành lập [[17|un a y2022]] CĐCS; [[612|oc a y2022]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; hỗ trợ xây mới, sửa chữa [[25|sh a y2022]] Mái ấm Công đoàn.

LĐLĐ tỉnh Lai Châu kết nạp [[1.065|mn a y2022 r=Lai Châu n=period from the nearest earlier phrase, năm 2022 (records.md periods)]] đoàn viên, thành lập [[14|un a y2022 r=Lai Châu]] CĐCS; giới thiệu [[148|pr a y2022 r=Lai Châu]] đoàn viên ưu tú cho Đảng, [[96|pa a y2022 r=Lai Châu]] đồng chí đã được kết nạp; hỗ trợ [[18|sh a y2022 r=Lai Châu]] Mái ấm Công đoàn với kinh phí [[900 triệu|shf a y2022 r=Lai Châu]] đồng.

Tại hội nghị, Cụm thi đua đã bầu LĐLĐ tỉnh Lai Châu làm Cụm trưởng, LĐLĐ tỉnh Sơn La làm Cụm phó năm 2023; 6 tỉnh đã ký kết giao ước thi đua với 5 nội dung trọng tâm.

Năm 2023, LĐLĐ tỉnh Điện Biên đăng ký phấn đấu kết nạp [[1.400|mn t y2023]] đoàn viên, LĐLĐ tỉnh Lai Châu phấn đấu kết nạp [[1.100|mn t y2023 r=Lai Châu]] đoàn viên.

Đại diện LĐLĐ 6 tỉnh ký kết giao ước thi đua năm 2023.

Đọc bài gốc

Tin liên quan
Sơn La: 1.200 đoàn viên được hỗ trợ dịp Tết
Lào Cai: Thành lập 10 công đoàn cơ sở trong quý I"""

ARTS = [
    ('ch16', 'https://thanhnien.vn/thoi-su/dan-sinh/ha-giang-cong-doan-bam-ban-phat-trien-doan-vien-vung-cao-671245.html',
     None, 'Hà Giang', CH16),
    ('ch17', 'http://www.congdoan.vn/tin-tuc/nu-cong-524/cong-doan-soc-trang-thanh-lap-32-ban-nu-cong-quan-chung-348712.tld',
     '2015-12-14', 'Sóc Trăng', CH17),
    ('ch18', 'https://tuoitre.vn/khanh-hoa-1200-cong-nhan-duoc-tang-ve-tau-xe-ve-que-an-tet-2024020309451234.htm',
     None, 'Khánh Hòa', CH18),
    ('ch19', 'https://laodong.vn/cong-doan/bac-ninh-hon-32000-suat-qua-tet-den-voi-cong-nhan-lao-dong-172345.bld',
     '2014-01-21', 'Bắc Ninh', CH19),
    ('ch20', 'https://baomoi.com/cum-thi-dua-cac-tinh-tay-bac-ky-ket-giao-uoc-thi-dua-nam-2023/c/45123789.epi',
     None, 'Điện Biên', CH20),
]
