ARTS = []

ARTS.append(('ah06', 'https://www.vietnamplus.vn/quang-ninh-them-12-doanh-nghiep-tham-gia-chuong-trinh-phuc-loi-cho-doan-vien-post667512.vnp', '2020-10-15', 'Quảng Ninh', """Quảng Ninh: Thêm [[12|wp a pub n=headline repeat of the signing; no period phrase -> publication date]] doanh nghiệp tham gia chương trình phúc lợi cho đoàn viên

Thứ Năm, 15/10/2020 16:20 (GMT+7)

Ngày 15/10, Liên đoàn Lao động tỉnh Quảng Ninh tổ chức lễ ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên công đoàn" với [[12|wp a pub n=thỏa thuận hợp tác Phúc lợi đoàn viên -> welfare_partners (rule 9)]] doanh nghiệp trên địa bàn.

Theo thỏa thuận, các doanh nghiệp cam kết giảm giá từ 5% đến 30% khi đoàn viên sử dụng dịch vụ ăn uống, lưu trú, khám chữa bệnh, mua sắm hàng tiêu dùng. Với lần ký kết này, LĐLĐ tỉnh nâng tổng số doanh nghiệp đối tác lên [[74|wp a pub n=nâng tổng số ... lên: a stock of partners dated at publication (records.md); no _total code exists for partners]].

Đại diện LĐLĐ tỉnh Quảng Ninh và các doanh nghiệp ký kết thỏa thuận hợp tác. (Ảnh: Thanh Vân/TTXVN)
Đại diện LĐLĐ tỉnh Quảng Ninh và các doanh nghiệp ký kết thỏa thuận hợp tác. (Ảnh: Thanh Vân/TTXVN)

9 tháng đầu năm 2020, các cấp công đoàn tỉnh đã hỗ trợ [[8.460|ben a f9-2020]] đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với số tiền gần [[5,3 tỷ|sf a f9-2020 b=u]] đồng. Hiện toàn tỉnh có [[1.356|ut a pub n=stock dated at publication (rule 7)]] công đoàn cơ sở với hơn [[121.000|mt a pub b=o]] đoàn viên.

Năm 2020, LĐLĐ tỉnh đặt mục tiêu ký kết với [[80|wp t y2020 n=mục tiêu -> target of the year (rule 4)]] đối tác, mở rộng ưu đãi tới đoàn viên ở các huyện miền núi, hải đảo.

Thanh Vân (TTXVN/Vietnam+)

Tags: Quảng Ninh Phúc lợi đoàn viên Công đoàn

Chia sẻ | Bình luận
"""))

ARTS.append(('ah07', 'https://dantri.com.vn/lao-dong-viec-lam/dai-hoi-cong-doan-tinh-nghe-an-lan-thu-xviii-de-ra-muc-tieu-ket-nap-60000-doan-vien-20230629140512347.htm', None, 'Nghệ An', """Đại hội Công đoàn Nghệ An đề ra mục tiêu kết nạp [[60.000|mn t t2023-2028 n=headline repeat of the term target (rule 1)]] đoàn viên

(Dân trí) - Đại hội Công đoàn tỉnh Nghệ An lần thứ XVIII, nhiệm kỳ 2023-2028 đã khai mạc với sự tham dự của 300 đại biểu chính thức, đại diện cho đoàn viên, người lao động toàn tỉnh.

Báo cáo tại đại hội cho biết, nhiệm kỳ 2018-2023, các cấp công đoàn tỉnh đã kết nạp [[58.650|mn a t2018-2023 n=term period (records.md)]] đoàn viên, vượt [[17%|mn p t2018-2023 v=117 n=vượt 17% chỉ tiêu -> 117 (rule 3)]] chỉ tiêu; thành lập [[412|un a t2018-2023]] công đoàn cơ sở; giới thiệu [[7.240|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[4.815|pa a t2018-2023 n=admitted members of the referrals -> party_admitted]] người đã được kết nạp Đảng. Công đoàn đại diện ký mới [[1.086|ca a t2018-2023]] bản thỏa ước lao động tập thể.

Quang cảnh Đại hội Công đoàn tỉnh Nghệ An lần thứ XVIII.
Quang cảnh Đại hội Công đoàn tỉnh Nghệ An lần thứ XVIII.

Hiện Công đoàn tỉnh có [[3.140|ut a null n=stock with no publication date -> null period (rule 7)]] công đoàn cơ sở với [[212.300|mt a null n=stock with no publication date -> null period (rule 7)]] đoàn viên.

Nhiệm kỳ 2023-2028, đại hội đề ra các chỉ tiêu: phấn đấu kết nạp [[60.000|mn t t2023-2028]] đoàn viên, thành lập mới [[300|un t t2023-2028]] công đoàn cơ sở; giới thiệu ít nhất [[6.000|pr t t2023-2028 b=o]] đoàn viên ưu tú cho Đảng. Đại hội bầu 45 ủy viên Ban Chấp hành khóa XVIII.

Hoàng Lam

Xem thêm:
 Nghệ An: 3.000 công nhân được tặng quà Tháng Công nhân
 Đoàn viên công đoàn được giảm 20% học phí tại trường nghề
"""))

ARTS.append(('ah08', 'https://nld.com.vn/cong-doan/dong-nai-chu-tich-tinh-doi-thoai-voi-hon-400-cong-nhan-20180608094517351.htm', '2018-06-08', 'Đồng Nai', """ date 2018-06-08 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Đồng Nai: Chủ tịch tỉnh đối thoại với hơn 400 công nhân

LÊ VĨNH

(NLĐO)- Công nhân nêu 27 câu hỏi về nhà trọ, nhà trẻ, tiền lương và bữa ăn ca tại buổi đối thoại

Ngày 7-6, UBND tỉnh phối hợp với LĐLĐ tỉnh Đồng Nai tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với hơn 400 công nhân các khu công nghiệp nhân Tháng Công nhân 2018.

Đồng Nai: Chủ tịch tỉnh đối thoại với hơn 400 công nhân - Ảnh 1.

Công nhân nêu kiến nghị tại buổi đối thoại

Theo LĐLĐ tỉnh Đồng Nai, 5 tháng đầu năm 2018, công đoàn cơ sở đã phối hợp tổ chức hội nghị người lao động tại [[1.032|wkc a f5-2018]] doanh nghiệp; đối thoại định kỳ tại [[846|wd a f5-2018]] doanh nghiệp; [[112|meal a f5-2018 n=the 15.000 / 18.000-22.000 đồng meal levels are not records (rule 11)]] doanh nghiệp đã điều chỉnh bữa ăn ca từ 15.000 đồng lên 18.000-22.000 đồng/suất; ký mới [[95|ca a f5-2018]] bản thỏa ước lao động tập thể.

Trong Tháng Công nhân 2018, Công đoàn các KCN Đồng Nai phối hợp kiểm tra, giám sát việc thực hiện chính sách tại [[40|sv a mo2018-05 s=Công đoàn các KCN n=KCN union gives its province (records.md); enterprises supervised -> supervisions]] doanh nghiệp.

Năm 2018, LĐLĐ tỉnh phấn đấu ký mới [[200|ca t y2018]] bản thỏa ước và 90% doanh nghiệp có công đoàn tổ chức đối thoại định kỳ.

Tin liên quan
 Đồng Nai: 1.500 công nhân được khám sức khỏe
 Công nhân Biên Hòa nhận 300 suất quà

Bình luận (0)
"""))

ARTS.append(('ah09', 'https://laodong.vn/cong-doan/ha-giang-trao-3200-suat-qua-tet-cho-cong-nhan-lao-dong-vung-cao-525114.ldo', '2016-02-01', 'Hà Giang', """Hà Giang: Trao [[3.200|ben a y2016 n=headline repeat; Tết Bính Thân 2016 -> 2016]] suất quà Tết cho công nhân lao động vùng cao

Lao Động
01/02/2016 | 08:30

(LĐO) Tết Bính Thân 2016, LĐLĐ tỉnh Hà Giang đã trao [[3.200|ben a y2016 n=Tết figures take the Tết year; gift packages count as beneficiaries (rule 9)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí [[1,65 tỷ|sf a y2016]] đồng, trong đó [[1.150|ben a y2016 s=4 huyện vùng cao núi đá phía Bắc n=breakdown by area, scope as written (rule 6)]] suất dành cho đoàn viên ở 4 huyện vùng cao núi đá phía Bắc.

Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm. Dịp này, Tổng LĐLĐ Việt Nam trao [[200|ben a y2016 n=national body acting in the province -> Hà Giang (records.md Regions)]] suất quà, trị giá [[100 triệu|sf a y2016]] đồng cho công nhân thủy điện, công nhân mỏ.

Trao quà Tết cho công nhân lao động huyện Đồng Văn. Ảnh: Minh Tâm
Trao quà Tết cho công nhân lao động huyện Đồng Văn. Ảnh: Minh Tâm

Năm qua, LĐLĐ tỉnh Hà Giang kết nạp [[2.140|mn a y2015 n=Năm qua in a January/February article -> previous year (records.md)]] đoàn viên, thành lập [[27|un a y2015]] CĐCS; hỗ trợ xây mới [[14|sh a y2015]] nhà Mái ấm Công đoàn với tổng số tiền [[560 triệu|shf a y2015]] đồng.

Năm 2016, LĐLĐ tỉnh phấn đấu kết nạp [[2.500|mn t y2016]] đoàn viên và hỗ trợ [[15|sh t y2016]] nhà Mái ấm Công đoàn.

Minh Tâm

Tin liên quan
 Tuyên Quang: 2.000 công nhân được tặng quà Tết
 Vé tàu 0 đồng cho 1.000 công nhân về quê
"""))

ARTS.append(('ah10', 'https://vov.vn/xa-hoi/ha-noi-thanh-lap-cong-doan-co-so-tai-doanh-nghiep-fdi-o-phuong-tay-mo-1213457.vov', '2025-09-18', 'Hà Nội', """Hà Nội: Thành lập Công đoàn cơ sở tại doanh nghiệp FDI ở phường Tây Mỗ

VOV.VN - Thứ Năm, 07:45, 18/09/2025

VOV.VN - Ngày 17/9, Công đoàn phường Tây Mỗ (Hà Nội) tổ chức lễ công bố quyết định thành lập Công đoàn cơ sở Công ty TNHH Điện tử Daeyang Việt Nam và kết nạp [[186|mn a pub s=Công đoàn phường Tây Mỗ n=no period phrase before -> publication date; ward union gives its city (records.md)]] đoàn viên.

Đây là doanh nghiệp vốn đầu tư Hàn Quốc có 240 lao động. Ban Chấp hành lâm thời gồm 5 người.

Lãnh đạo Công đoàn phường Tây Mỗ trao quyết định thành lập Công đoàn cơ sở.
Lãnh đạo Công đoàn phường Tây Mỗ trao quyết định thành lập Công đoàn cơ sở.

Từ ngày 1/7/2025 đến nay, Công đoàn phường đã thành lập [[7|un a 2025-07-01..2025-09-18 s=Công đoàn phường Tây Mỗ]] công đoàn cơ sở, kết nạp [[540|mn a 2025-07-01..2025-09-18 s=Công đoàn phường Tây Mỗ]] đoàn viên. Hiện Công đoàn phường Tây Mỗ quản lý [[96|ut a pub s=Công đoàn phường Tây Mỗ n=stock dated at publication (rule 7)]] công đoàn cơ sở với [[5.830|mt a pub s=Công đoàn phường Tây Mỗ]] đoàn viên.

Trên toàn thành phố, 8 tháng đầu năm 2025, LĐLĐ thành phố Hà Nội phát triển [[52.300|mn a f8-2025]] đoàn viên, thành lập [[412|un a f8-2025]] công đoàn cơ sở, đạt [[74,7%|un p f8-2025 n=attainment of the unions figure it follows (rule 4)]] kế hoạch năm.

Năm 2025, Công đoàn phường Tây Mỗ phấn đấu thành lập mới [[12|un t y2025 s=Công đoàn phường Tây Mỗ]] công đoàn cơ sở.

Minh Thư/VOV.VN

Tin liên quan
 Hà Nội: 126 phường, xã ra mắt Công đoàn sau sắp xếp
 Công nhân khu công nghiệp Thăng Long được tư vấn pháp luật miễn phí
"""))
