"""challenge55 articles ch11-ch15 (inline markup: [[span|IND ST PERIOD k=v ...]], see gold/tooling/markup.py)."""

CH11 = """Công đoàn
16-11-2018 - 20:45

Đà Nẵng - Quảng Nam: Ký kết phối hợp chăm lo công nhân vùng giáp ranh

TRẦN THƯỜNG

(NLĐO)- LĐLĐ TP Đà Nẵng và LĐLĐ tỉnh Quảng Nam thống nhất phối hợp chăm lo cho hàng chục ngàn công nhân quê Quảng Nam đang làm việc tại các KCN của Đà Nẵng.

Sáng 16-11, tại TP Đà Nẵng, LĐLĐ TP Đà Nẵng và LĐLĐ tỉnh Quảng Nam tổ chức hội nghị ký kết chương trình phối hợp giai đoạn 2018-2023. Theo báo cáo tại hội nghị, 10 tháng năm 2018, LĐLĐ TP Đà Nẵng đã kết nạp [[6.250|mn a f10-2018 n=each federation's figures take its own province (records.md regions)]] đoàn viên, thành lập [[42|un a f10-2018]] CĐCS; hỗ trợ xây mới, sửa chữa [[26|sh a f10-2018]] Mái ấm Công đoàn với kinh phí [[1,04 tỉ|shf a f10-2018]] đồng.

Cùng thời gian, LĐLĐ tỉnh Quảng Nam kết nạp [[8.120|mn a f10-2018 r=Quảng Nam n=Cùng thời gian -> the 10 months of 2018 named before (records.md periods); reporting body LĐLĐ tỉnh Quảng Nam]] đoàn viên, thành lập [[57|un a f10-2018 r=Quảng Nam]] CĐCS, tổ chức đối thoại tại [[312|wd a f10-2018 r=Quảng Nam]] doanh nghiệp.

Đà Nẵng - Quảng Nam: Ký kết phối hợp chăm lo công nhân vùng giáp ranh - Ảnh 1.

Lãnh đạo LĐLĐ TP Đà Nẵng và LĐLĐ tỉnh Quảng Nam ký kết chương trình phối hợp

Hiện có khoảng 25.000 công nhân quê Quảng Nam đang làm việc tại các KCN Hòa Khánh, Liên Chiểu, Hòa Cầm (Đà Nẵng), nhiều người thuộc diện khó khăn về nhà ở, phải thuê trọ dài ngày.

Theo chương trình phối hợp, LĐLĐ TP Đà Nẵng dự kiến tặng [[1.000|ben t y2019 n=dự kiến -> target; Tết Kỷ Hợi 2019 -> 2019]] vé xe cho công nhân quê Quảng Nam về quê đón Tết Kỷ Hợi 2019; LĐLĐ tỉnh Quảng Nam sẽ hỗ trợ xây dựng [[10|sh t y2019 r=Quảng Nam n=planned for 2019 by the Quảng Nam federation -> its province, target]] Mái ấm Công đoàn cho công nhân quê Quảng Nam làm việc tại Đà Nẵng trong năm 2019.

Ông Lê Văn Trung, Chủ tịch LĐLĐ TP Đà Nẵng, cho rằng công nhân làm việc ở Đà Nẵng nhưng gia đình ở Quảng Nam thường "rơi" khỏi các chương trình hỗ trợ của địa phương, vì vậy hai bên cần chia sẻ thông tin, tránh trùng lặp, bỏ sót.

Tin liên quan
Quảng Ngãi: 80 công nhân được tặng vé xe về quê
Đà Nẵng: Khánh thành Thiết chế công đoàn với 400 căn hộ cho công nhân"""

CH12 = """Công đoàn
18/09/2025 10:45

Thành lập công đoàn cơ sở tại phường Phú Khương sau sắp xếp

THANH NGUYỄN

Công đoàn phường Phú Khương (tỉnh Vĩnh Long) vừa thành lập Công đoàn cơ sở Công ty TNHH Dệt may Phú Khương với [[64|mn a pub r=Bến Tre n=a ward union after the merger reports for the old province its ward lies in, Bến Tre (gold README 10); no period phrase -> publication day]] đoàn viên.

Sáng 18/9, Công đoàn phường Phú Khương (thuộc TP Bến Tre cũ), tỉnh Vĩnh Long tổ chức đại hội thành lập Công đoàn cơ sở Công ty TNHH Dệt may Phú Khương với [[64|mn a pub r=Bến Tre n=members of a newly founded union -> members_new (gold README 9)]] đoàn viên là công nhân của công ty. Đại hội đã bầu Ban Chấp hành khóa I, nhiệm kỳ 2025-2030 gồm 5 thành viên.

Đây là công đoàn cơ sở thứ 5 được thành lập tại phường kể từ khi chính quyền địa phương hai cấp đi vào hoạt động. Từ ngày 1/7 đến nay, Công đoàn phường Phú Khương đã thành lập mới [[5|un a 2025-07-01..2025-09-18 r=Bến Tre]] CĐCS, kết nạp [[276|mn a 2025-07-01..2025-09-18 r=Bến Tre]] đoàn viên, nâng tổng số lên [[38|ut a pub r=Bến Tre]] CĐCS với [[1.910|mt a pub r=Bến Tre n=nâng tổng số lên -> stock at publication (records.md)]] đoàn viên.

Theo LĐLĐ tỉnh Vĩnh Long, từ ngày 1/7 đến ngày 31/8/2025, các cấp công đoàn trong tỉnh đã kết nạp [[2.315|mn a 2025-07-01..2025-08-31 n=the merged federation reports under the kept name Vĩnh Long (gold README 10)]] đoàn viên, thành lập mới [[27|un a 2025-07-01..2025-08-31]] CĐCS. Toàn tỉnh hiện có [[5.126|ut a pub]] CĐCS với [[302.480|mt a pub]] đoàn viên.

Năm 2025, LĐLĐ tỉnh Vĩnh Long phấn đấu kết nạp [[12.000|mn t y2025]] đoàn viên, thành lập [[90|un t y2025]] CĐCS.

Bà Nguyễn Thị Thu, Chủ tịch Công đoàn phường Phú Khương cho biết, trên địa bàn phường có hơn 300 doanh nghiệp, hộ kinh doanh sử dụng lao động; thời gian tới, công đoàn phường sẽ tiếp tục vận động thành lập công đoàn cơ sở tại các doanh nghiệp có đông lao động.

Thẻ: Công đoàn phường  Vĩnh Long  thành lập công đoàn cơ sở

Tin mới nhất
Gần 2.000 công nhân được khám sức khỏe miễn phí
Trao 10 căn nhà Mái ấm Công đoàn cho đoàn viên"""

CH13 = """VOV.VN
Thứ Năm, 10:15, 27/11/2025

Lâm Đồng hỗ trợ [[46|sh a 2025-07-01..2025-11-27 n=headline repeat of the sapo figure (gold README 1)]] Mái ấm Công đoàn cho đoàn viên khó khăn

VOV.VN - Từ ngày 1/7 đến nay, Liên đoàn Lao động tỉnh Lâm Đồng đã hỗ trợ xây mới, sửa chữa [[46|sh a 2025-07-01..2025-11-27 n=the merged federation reports under the kept name Lâm Đồng (gold README 10)]] nhà Mái ấm Công đoàn với tổng kinh phí [[2,76 tỷ|shf a 2025-07-01..2025-11-27]] đồng.

Theo ông Nguyễn Hữu Phước, Phó Chủ tịch LĐLĐ tỉnh Lâm Đồng, trong số [[46|sh a 2025-07-01..2025-11-27 n=a third mention of the same figure, one record per mention (records.md)]] nhà Mái ấm được hỗ trợ từ ngày 1/7 đến nay, khu vực Lâm Đồng (cũ) có [[16|sh a 2025-07-01..2025-11-27 r=Lâm Đồng n=khu vực X (cũ) -> the old province, here Lâm Đồng itself (gold README 10, dev y15)]] nhà, khu vực Bình Thuận (cũ) [[18|sh a 2025-07-01..2025-11-27 r=Bình Thuận n=khu vực Bình Thuận (cũ) -> Bình Thuận (gold README 10)]] nhà, khu vực Đắk Nông (cũ) [[12|sh a 2025-07-01..2025-11-27 r=Đắk Nông n=khu vực Đắk Nông (cũ) -> Đắk Nông (gold README 10)]] nhà.

Cũng từ ngày 1/7 đến nay, các cấp công đoàn trong tỉnh đã hỗ trợ [[3.150|ben a 2025-07-01..2025-11-27]] lượt đoàn viên, người lao động bị ảnh hưởng bởi mưa lũ, sạt lở đất với tổng số tiền hơn [[1,9 tỷ|sf a 2025-07-01..2025-11-27 b=o]] đồng.

Sáng 27/11, LĐLĐ tỉnh Lâm Đồng trao kinh phí hỗ trợ [[6|sh a pub n=the sentence's own day = publication day (records.md periods)]] nhà Mái ấm Công đoàn cho đoàn viên, mỗi nhà 60 triệu đồng.

Lãnh đạo LĐLĐ tỉnh Lâm Đồng trao kinh phí hỗ trợ xây nhà Mái ấm Công đoàn cho đoàn viên.

Năm 2026, LĐLĐ tỉnh Lâm Đồng đặt mục tiêu hỗ trợ xây mới, sửa chữa [[120|sh t y2026]] nhà Mái ấm Công đoàn. Hiện toàn tỉnh có [[3.920|ut a pub]] CĐCS với hơn [[210.000|mt a pub b=o]] đoàn viên.

Thái Hòa/VOV-Tây Nguyên

Tin liên quan
Lâm Đồng: Hơn 2.000 công nhân nhận quà hỗ trợ sau mưa lũ
Khánh Hòa: Công đoàn trao 15 tỷ đồng hỗ trợ người lao động vùng lũ"""

CH14 = """Thứ ba, 03/02/2026 - 15:40

Hải Phòng: Hơn [[120.000|ben a y2026 b=o n=headline repeat of the 124.630 given so far (gold README 1); Tết Bính Ngọ 2026 -> 2026]] đoàn viên được chăm lo Tết Bính Ngọ

(Dân trí) - Tết Bính Ngọ 2026, Liên đoàn Lao động TP Hải Phòng dự kiến chăm lo cho khoảng [[160.000|ben t y2026 b=a n=dự kiến -> target (gold README 4)]] đoàn viên, người lao động; đến nay đã có hơn [[120.000|ben a y2026 b=o]] người nhận quà.

Theo LĐLĐ TP Hải Phòng, tính đến ngày 2/2, các cấp công đoàn thành phố đã trao [[124.630|ben a y2026 n=tính đến ngày 2/2 is a cut-off, not a period; the Tết Bính Ngọ 2026 named before gives 2026 (records.md periods, as challenge42)]] suất quà Tết cho đoàn viên, người lao động với tổng kinh phí [[78,5 tỷ|sf a y2026]] đồng. Trong đó, khu vực Hải Dương (cũ) trao [[51.200|ben a y2026 r=Hải Dương n=khu vực Hải Dương (cũ) -> the old province (gold README 10)]] suất quà, kinh phí [[30,2 tỷ|sf a y2026 r=Hải Dương]] đồng.

Năm nay, Công đoàn thành phố phối hợp với các doanh nghiệp tổ chức 86 chuyến xe "Tết Sum vầy" miễn phí, đưa [[3.400|ben a y2026 n=free seats on union buses counted like free tickets (gold README 9); the 86 buses are not a record]] công nhân về quê; tặng [[1.250|ben a y2026]] vé tàu, vé máy bay cho công nhân ở xa.

Công nhân lên xe về quê đón Tết trong chương trình "Chuyến xe Tết Sum vầy" (Ảnh: Hải Long).

Chương trình "Chợ Tết Công đoàn" năm 2026 được tổ chức tại 12 điểm với 15.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 500.000 đồng.

Ông Phạm Văn Hải, Phó Chủ tịch LĐLĐ TP Hải Phòng cho biết, với đoàn viên bị mất việc làm, giảm giờ làm dịp cuối năm, LĐLĐ thành phố hỗ trợ mỗi người 2 triệu đồng. Hiện LĐLĐ TP Hải Phòng có [[6.960|ut a pub]] CĐCS với [[612.000|mt a pub]] đoàn viên.

Hải Long

Từ khóa: công đoàn Hải Phòng; Tết Bính Ngọ; chuyến xe Tết

Bình luận (2)"""

CH15 = """Thứ Ba, 28/04/2026 15:20
Hoàng Phương

Cà Mau: Tháng Công nhân 2026 dành [[6 tỷ|sf t mo2026-05 n=headline repeat of the planned budget (gold README 1, 4)]] đồng chăm lo đoàn viên

TPO - Tháng Công nhân năm 2026, Liên đoàn Lao động tỉnh Cà Mau phấn đấu thăm, tặng [[12.000|ben t mo2026-05]] suất quà cho đoàn viên, người lao động với kinh phí [[6 tỷ|sf t mo2026-05]] đồng; Tháng Công nhân được tổ chức tại [[1.280|wmu t mo2026-05]] công đoàn cơ sở.

Chiều 28/4, LĐLĐ tỉnh Cà Mau tổ chức hội nghị triển khai Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2026, lần đầu tiên kể từ khi tỉnh Cà Mau và tỉnh Bạc Liêu hợp nhất. Theo kế hoạch, trong tháng 5, các cấp công đoàn sẽ khởi công [[20|sh t mo2026-05]] nhà Mái ấm Công đoàn, tổ chức đối thoại tại [[150|wd t mo2026-05]] doanh nghiệp và khám sức khỏe miễn phí cho công nhân các khu công nghiệp. LĐLĐ tỉnh cũng sẽ ký kết thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên" với [[8|wp t mo2026-05]] doanh nghiệp.

Trong Tháng Công nhân năm 2025, LĐLĐ tỉnh Cà Mau (cũ) đã thăm, tặng quà cho [[5.120|ben a mo2025-05 n=before the merger each old federation reports for its own province (records.md regions)]] đoàn viên, với kinh phí [[2,6 tỷ|sf a mo2025-05]] đồng; LĐLĐ tỉnh Bạc Liêu (cũ) thăm, tặng quà [[4.740|ben a mo2025-05 r=Bạc Liêu]] đoàn viên, kinh phí [[2,1 tỷ|sf a mo2025-05 r=Bạc Liêu]] đồng và vận động [[18|meal a mo2025-05 r=Bạc Liêu]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca.

Các đại biểu tham dự hội nghị triển khai Tháng Công nhân năm 2026. Ảnh: H.P

Hiện toàn tỉnh Cà Mau có [[1.940|ut a pub]] CĐCS với [[104.600|mt a pub]] đoàn viên.

Tags: Cà Mau  Tháng Công nhân  công đoàn

Tin cùng chuyên mục
An Giang: Trao 200 suất quà cho công nhân khó khăn
Cần Thơ: Phát động Tháng Công nhân với 50 Mái ấm Công đoàn"""

ARTS = [
    ('ch11', 'https://nld.com.vn/cong-doan/da-nang-quang-nam-ky-ket-phoi-hop-cham-lo-cong-nhan-vung-giap-ranh-20181116204512345.htm',
     '2018-11-16', 'Đà Nẵng', CH11),
    ('ch12', 'https://laodong.vn/cong-doan/thanh-lap-cong-doan-co-so-tai-phuong-phu-khuong-sau-sap-xep-1578214.ldo',
     '2025-09-18', 'Vĩnh Long', CH12),
    ('ch13', 'https://vov.vn/xa-hoi/lam-dong-ho-tro-46-mai-am-cong-doan-cho-doan-vien-kho-khan-post1248712.vov',
     '2025-11-27', 'Lâm Đồng', CH13),
    ('ch14', 'https://dantri.com.vn/lao-dong-viec-lam/hai-phong-hon-120000-doan-vien-duoc-cham-lo-tet-binh-ngo-20260203154012345.htm',
     '2026-02-03', 'Hải Phòng', CH14),
    ('ch15', 'https://tienphong.vn/ca-mau-thang-cong-nhan-2026-danh-6-ty-dong-cham-lo-doan-vien-post1812345.tpo',
     '2026-04-28', 'Cà Mau', CH15),
]
