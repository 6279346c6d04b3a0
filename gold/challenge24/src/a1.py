"""ad01-ad05: post-merger news (ward union launch, Tết 2026, Tháng Công nhân 2026, 6 months 2026, congress)."""

CD = 'Công đoàn phường Thủ Dầu Một'

AD01 = '''Ra mắt Công đoàn phường Thủ Dầu Một, trao [[200|ben a pub s=''' + CD + ''' n=headline repeat of the body's gift figure: the event day (publication date, no period phrase; gold README 1)]] suất quà cho đoàn viên khó khăn

Thứ Ba, 15/07/2025 16:20 (GMT+7)

Nam Dương

LĐO - Sáng 15.7, LĐLĐ TPHCM tổ chức lễ công bố quyết định thành lập Công đoàn phường Thủ Dầu Một, một trong những công đoàn phường, xã đầu tiên được kiện toàn sau khi thành phố vận hành chính quyền địa phương hai cấp.

Lãnh đạo LĐLĐ TPHCM trao quyết định cho Ban Chấp hành lâm thời Công đoàn phường Thủ Dầu Một. Ảnh: Nam Dương
Lãnh đạo LĐLĐ TPHCM trao quyết định cho Ban Chấp hành lâm thời Công đoàn phường Thủ Dầu Một. Ảnh: Nam Dương

Theo quyết định, Công đoàn phường Thủ Dầu Một trực thuộc LĐLĐ TPHCM, tiếp nhận nguyên trạng tổ chức và đoàn viên của LĐLĐ thành phố Thủ Dầu Một (tỉnh Bình Dương cũ). Ban Chấp hành lâm thời gồm 9 ủy viên. Hiện Công đoàn phường quản lý [[54|ut a pub s=''' + CD + ''' n=stock of a ward union under the city: region the city as the article names it (Hồ Chí Minh), scope the ward union; dated at publication (records.md)]] công đoàn cơ sở với [[4.120|mt a pub s=''' + CD + ''']] đoàn viên, chủ yếu là công nhân các doanh nghiệp dệt may, da giày.

Trước khi sắp xếp, 6 tháng đầu năm 2025, LĐLĐ thành phố Thủ Dầu Một đã kết nạp [[1.350|mn a h1-2025 r=Bình Dương s=LĐLĐ thành phố Thủ Dầu Một n=figure of the former district-level body of Bình Dương (cũ) before 1 July: region the former province, region_2025 Hồ Chí Minh (records.md regions)]] đoàn viên, thành lập mới [[7|un a h1-2025 r=Bình Dương s=LĐLĐ thành phố Thủ Dầu Một]] CĐCS.

Dịp này, Công đoàn phường Thủ Dầu Một phối hợp với các nhà hảo tâm trao [[200|ben a pub s=''' + CD + ''' n=gift packages -> beneficiaries (gold README 9); event on the publication day; mỗi suất 500.000 đồng is a per-item amount, not a record]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng (gồm tiền mặt và nhu yếu phẩm).

Phát biểu tại buổi lễ, ông Nguyễn Văn Hòa, Phó Chủ tịch LĐLĐ TPHCM, cho biết toàn thành phố đã công bố quyết định thành lập công đoàn tại 168 phường, xã, đặc khu. Từ nay đến cuối năm 2025, Công đoàn phường Thủ Dầu Một phấn đấu kết nạp [[600|mn t 2025-07-15..2025-12-31 s=''' + CD + ''' n='Từ nay đến cuối năm 2025': from publication to year end (records.md 'từ ... đến nay' read forward)]] đoàn viên, thành lập mới [[6|un t 2025-07-15..2025-12-31 s=''' + CD + ''']] CĐCS tại các doanh nghiệp có từ 25 lao động trở lên.

Tin liên quan
LĐLĐ TPHCM chi 12 tỉ đồng chăm lo công nhân dịp lễ 2-9
Công đoàn phường Bến Thành ra mắt với 38 công đoàn cơ sở

Bình luận (0)
'''

AD02 = '''Hơn [[85.000|ben a y2026 b=o n=rounded headline repeat of 85.412: the body's region and period, bound from its own word 'Hơn' (gold README 1, 5)]] đoàn viên, người lao động được chăm lo Tết Bính Ngọ 2026

Cập nhật: 10/02/2026 | 09:15

(BHY) - Tính đến ngày 9/2, Liên đoàn Lao động (LĐLĐ) tỉnh Hưng Yên đã phối hợp với các cấp công đoàn chăm lo Tết cho [[85.412|ben a y2026 n='Tính đến ngày 9/2' is a date, not a period: the Tết year named before (Tết Bính Ngọ 2026 -> 2026; challenge21 README)]] đoàn viên, người lao động với tổng kinh phí hơn [[96,5 tỷ|sf a y2026 b=o]] đồng. Đây là năm đầu tiên LĐLĐ tỉnh Hưng Yên (mới) tổ chức chương trình chăm lo Tết sau khi hợp nhất LĐLĐ hai tỉnh Hưng Yên và Thái Bình.

Trong đó, khu vực Hưng Yên (cũ) chăm lo cho [[54.230|ben a y2026 n=khu vực Hưng Yên (cũ): the former province, here of the same name; scope null as the figure is that whole former province (gold README 10)]] lượt người với [[61,2 tỷ|sf a y2026]] đồng; khu vực Thái Bình (cũ) [[31.182|ben a y2026 r=Thái Bình n=khu vực Thái Bình (cũ) breakdown -> region Thái Bình, region_2025 Hưng Yên (records.md, challenge21 README)]] lượt người với [[35,3 tỷ|sf a y2026 r=Thái Bình]] đồng.

Lãnh đạo LĐLĐ tỉnh Hưng Yên trao quà Tết cho công nhân Công ty TNHH Regina Miracle tại KCN Thăng Long II. Ảnh: Thu Hà

Từ nguồn tài chính công đoàn, LĐLĐ tỉnh trao [[2.600|ben a y2026]] suất quà "Tết Sum vầy" cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng. Công đoàn các KCN tỉnh tặng [[1.850|ben a y2026 s=Công đoàn các KCN n=bus and train tickets given to workers -> beneficiaries (gold README 9); the 24 buses are not a record]] vé xe, vé tàu cho công nhân về quê đón Tết, bố trí 24 chuyến xe xuất phát từ các KCN phía Bắc của tỉnh.

Chương trình "Chợ Tết Công đoàn" được tổ chức tại 3 điểm, phát hành 4.000 phiếu mua hàng 0 đồng cho công nhân có thu nhập thấp.

Theo kế hoạch, đến ngày 14/2, các cấp công đoàn trong tỉnh sẽ chăm lo cho khoảng [[92.000|ben t y2026 b=a n='Theo kế hoạch ... sẽ': a planned figure -> target, the Tết year (gold README 4)]] đoàn viên, người lao động.

Thu Hà
Lượt xem: 1.204
'''

AD03 = '''Đồng Nai: Phát động Tháng Công nhân năm 2026 với nhiều hoạt động thiết thực

Chủ Nhật, 03/05/2026 11:40

BĐN - Sáng 3-5, tại phường Trấn Biên, LĐLĐ tỉnh Đồng Nai tổ chức lễ phát động Tháng Công nhân năm 2026 và Tháng hành động về an toàn, vệ sinh lao động. Đây là Tháng Công nhân đầu tiên của LĐLĐ tỉnh Đồng Nai sau khi hợp nhất với LĐLĐ tỉnh Bình Phước.

Tại buổi lễ, LĐLĐ tỉnh trao [[150|ben a mo2026-05 n=the launch-day gifts take the Workers' Month named before (May 2026; challenge21 README); per-gift 1 triệu is not a record]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng, và trao [[hai|sh a mo2026-05 v=2 n=number word 'hai' -> 2 (records.md)]] "Mái ấm Công đoàn" với tổng trị giá [[120 triệu|shf a mo2026-05]] đồng cho đoàn viên tại phường Đồng Xoài.

Theo kế hoạch, trong Tháng Công nhân năm 2026, các cấp công đoàn trong tỉnh phấn đấu thăm hỏi, tặng quà cho ít nhất [[25.000|ben t mo2026-05 b=o n='ít nhất' -> over (gold README 5); 'phấn đấu' -> target]] đoàn viên, người lao động với tổng kinh phí khoảng [[18 tỷ|sf t mo2026-05 b=a]] đồng; tổ chức đối thoại tại [[300|wd t mo2026-05]] doanh nghiệp; 100% CĐCS có hoạt động hưởng ứng. Ngày hội Công nhân dự kiến thu hút 5.000 người tham gia.

Công nhân tham gia trò chơi tại lễ phát động. Ảnh: Hoàng Lộc

Tháng Công nhân năm 2025, tổng hợp số liệu của hai tỉnh Đồng Nai và Bình Phước trước hợp nhất, có [[1.412|wmu a mo2025-05 n=figure summed over both former provinces: the new province's name (Đồng Nai), the period the Workers' Month named]] CĐCS tổ chức các hoạt động Tháng Công nhân, thăm, tặng quà [[23.640|ben a mo2025-05]] đoàn viên với số tiền [[16,8 tỷ|sf a mo2025-05]] đồng; riêng khu vực Bình Phước (cũ) có [[386|wmu a mo2025-05 r=Bình Phước n=khu vực Bình Phước (cũ) breakdown -> region Bình Phước, region_2025 Đồng Nai]] CĐCS.

Đường dây nóng của LĐLĐ tỉnh: 0251 3822 095.

Hoàng Lộc
'''

AD04 = '''LĐLĐ tỉnh Ninh Bình sơ kết công tác công đoàn 6 tháng đầu năm 2026

Đăng lúc: 08/07/2026 02:05:33 PM

Ngày 7/7, Ban Thường vụ LĐLĐ tỉnh Ninh Bình tổ chức hội nghị lần thứ 3 sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026.

Báo cáo cho biết, 6 tháng đầu năm 2026, các cấp công đoàn trong tỉnh đã kết nạp [[6.850|mn a h1-2026]] đoàn viên, đạt [[68,5%|mn p h1-2026 n=part-way attainment of the year plan takes the reporting period (challenge21 README)]] kế hoạch năm; thành lập mới [[41|un a h1-2026]] CĐCS, đạt [[58,6%|un p h1-2026]]. Trong đó, khu vực Nam Định (cũ) kết nạp [[2.430|mn a h1-2026 r=Nam Định n=khu vực Nam Định (cũ) -> region Nam Định, region_2025 Ninh Bình]] đoàn viên, khu vực Hà Nam (cũ) [[1.960|mn a h1-2026 r=Hà Nam n=list leaving the noun out: same indicator]] đoàn viên, khu vực Ninh Bình (cũ) [[2.460|mn a h1-2026 n=khu vực Ninh Bình (cũ): the former province of the same name; scope null]] đoàn viên.

Cùng kỳ, do doanh nghiệp giải thể, ngừng hoạt động, toàn tỉnh giảm [[2.104|ml a h1-2026]] đoàn viên và [[37|ud a h1-2026]] CĐCS. Như vậy, số đoàn viên tăng tuyệt đối [[4.746|mnet a h1-2026]] người, số CĐCS tăng tuyệt đối [[4|unet a h1-2026]] đơn vị. Hiện toàn tỉnh có [[3.126|ut a pub n=stock 'Hiện toàn tỉnh có' -> publication date (records.md)]] CĐCS với [[236.580|mt a pub]] đoàn viên.

Hội nghị cũng đánh giá 100% CĐCS khu vực hành chính sự nghiệp đã hoàn thành việc chuyển sinh hoạt về công đoàn xã, phường.

Nhiệm vụ 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu hoàn thành chỉ tiêu cả năm: kết nạp [[10.000|mn t y2026 n='chỉ tiêu cả năm' -> the full year (gold README 8)]] đoàn viên, thành lập [[70|un t y2026]] CĐCS.

Phạm Hoa - Ban Tuyên giáo
Tổng lượt truy cập: 3.482.117
'''

AD05 = '''Đại hội Công đoàn tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025-2030: Đoàn kết - Đổi mới - Phát triển

Thứ Tư, 22/10/2025, 18:30

(GLO) - Ngày 22/10, tại phường Quy Nhơn, LĐLĐ tỉnh Gia Lai tổ chức Đại hội đại biểu Công đoàn tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025-2030. Dự đại hội có 250 đại biểu đại diện cho gần [[200.000|mt a pub b=u n=rounded lead repeat of the stock 198.760: its region and date, bound from 'gần' (gold README 1, 5); the 250 delegates are not a record]] đoàn viên công đoàn trong tỉnh.

Báo cáo chính trị tại đại hội cho biết, nhiệm kỳ 2023-2025, hai tỉnh Gia Lai và Bình Định (cũ) đã kết nạp [[31.450|mn a t2023-2025 n=term actuals dated to the whole term (records.md: nhiệm kỳ); both former provinces summed -> the new province]] đoàn viên, thành lập [[214|un a t2023-2025]] CĐCS; trong đó khu vực Bình Định (cũ) kết nạp [[17.820|mn a t2023-2025 r=Bình Định n=khu vực Bình Định (cũ) -> region Bình Định, region_2025 Gia Lai]] đoàn viên, khu vực Gia Lai (cũ) [[13.630|mn a t2023-2025 n=khu vực Gia Lai (cũ): the former province of the same name]] đoàn viên. Các cấp công đoàn xây mới, sửa chữa [[236|sh a t2023-2025]] "Mái ấm Công đoàn" với tổng kinh phí [[11,4 tỷ|shf a t2023-2025]] đồng; giới thiệu [[1.280|pr a t2023-2025]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[845|pa a t2023-2025]] người đã được kết nạp Đảng.

Hiện LĐLĐ tỉnh Gia Lai có [[4.012|ut a pub]] CĐCS với [[198.760|mt a pub n=stock 'Hiện ... có' -> publication date (records.md)]] đoàn viên.

Đại hội thông qua 10 nhóm chỉ tiêu, trong đó phấn đấu cả nhiệm kỳ 2025-2030 kết nạp [[50.000|mn t t2025-2030]] đoàn viên, thành lập [[300|un t t2025-2030]] CĐCS, xây mới, sửa chữa ít nhất [[250|sh t t2025-2030 b=o]] "Mái ấm Công đoàn".

Đại hội đã bầu 45 ủy viên Ban Chấp hành LĐLĐ tỉnh khóa I.

Minh Nhật
'''

ARTS = [
    ('ad01', 'https://laodong.vn/cong-doan/ra-mat-cong-doan-phuong-thu-dau-mot-1541207.ldo', '2025-07-15', 'Hồ Chí Minh', AD01),
    ('ad02', 'https://baohungyen.vn/hon-85000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-binh-ngo-2026-3192244.html', '2026-02-10', 'Hưng Yên', AD02),
    ('ad03', 'https://baodongnai.com.vn/xa-hoi/202605/phat-dong-thang-cong-nhan-nam-2026-3170412/', '2026-05-03', 'Đồng Nai', AD03),
    ('ad04', 'https://congdoanninhbinh.vn/tin-tuc/so-ket-6-thang-dau-nam-2026-4821.html', '2026-07-08', 'Ninh Bình', AD04),
    ('ad05', 'https://baogialai.com.vn/dai-hoi-cong-doan-tinh-gia-lai-lan-thu-i-nhiem-ky-2025-2030-post331845.html', '2025-10-22', 'Gia Lai', AD05),
]
