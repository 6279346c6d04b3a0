"""challenge48 articles ca16-ca20."""
ARTS = []

ARTS.append(('ca16', 'https://trt.com.vn/tin-tuc/xa-hoi/cong-doan-ho-tro-hon-6-400-nguoi-lao-dong-bi-anh-huong-dich-covid-19-41287.html',
             '2020-05-12', 'Thừa Thiên Huế', """Công đoàn hỗ trợ hơn [[6.400|ben a 2020-04-01..2020-05-12 b=o n=rounded headline repeat of 6.420 (rule 1)]] người lao động bị ảnh hưởng dịch Covid-19

Cập nhật lúc 15:30, 12/05/2020

TRT - Từ đầu tháng 4 đến nay, các cấp công đoàn tỉnh Thừa Thiên Huế đã hỗ trợ [[6.420|ben a 2020-04-01..2020-05-12 n=từ đầu tháng 4 đến nay runs to the publication date (records.md periods)]] đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với tổng kinh phí gần [[2,8 tỷ|sf a 2020-04-01..2020-05-12 b=u]] đồng.

Trong đó, Công đoàn ngành Du lịch hỗ trợ [[1.380|ben a 2020-04-01..2020-05-12 s=Công đoàn ngành Du lịch n=sector union breakdown (rules 6, 10)]] lao động ở các khách sạn, nhà hàng phải tạm ngừng hoạt động; Công đoàn các Khu công nghiệp tỉnh hỗ trợ [[920|ben a 2020-04-01..2020-05-12 s=Công đoàn các Khu công nghiệp]] công nhân bị giảm giờ làm. Mức hỗ trợ từ 500.000 đồng đến 1 triệu đồng/người.

Ông Nguyễn Văn Hùng, Chủ tịch LĐLĐ tỉnh cho biết, LĐLĐ tỉnh đã đề xuất Tổng LĐLĐ Việt Nam hỗ trợ thêm cho lao động bị chấm dứt hợp đồng lao động trong 3 tháng tới.

Tháng Công nhân năm 2020, do ảnh hưởng dịch bệnh, LĐLĐ tỉnh không tổ chức các hoạt động tập trung đông người mà dự kiến thăm, tặng [[1.500|ben t mo2020-05 n=planned activity of the Workers' Month -> target of May 2020 (rules 4, 8)]] suất quà cho công nhân khó khăn và hỗ trợ xây dựng [[5|sh t mo2020-05]] nhà Mái ấm Công đoàn.

Thu Hằng - Minh Tuấn

Xem thêm:
- Huế: 200 suất quà cho công nhân lao động nghèo
- Phú Lộc ra mắt Công đoàn Khu kinh tế Chân Mây - Lăng Cô"""))

ARTS.append(('ca17', 'https://baothainguyen.vn/chinh-tri/202306/dai-hoi-cong-doan-thanh-pho-pho-yen-lan-thu-xx-nhiem-ky-2023-2028-a3f21c8/',
             '2023-06-09', 'Thái Nguyên', """Đại hội Công đoàn thành phố Phổ Yên lần thứ XX, nhiệm kỳ 2023 - 2028

Thứ Sáu, 09/06/2023, 10:40 [GMT+7]

Ngày 8/6, Liên đoàn Lao động (LĐLĐ) thành phố Phổ Yên tổ chức Đại hội Công đoàn thành phố lần thứ XX, nhiệm kỳ 2023 - 2028. Dự Đại hội có 180 đại biểu chính thức, đại diện cho hơn [[74.000|mt a pub b=o s=LĐLĐ thành phố Phổ Yên n=rounded lead repeat of the 74.386 stock, a mention of its own (rules 1, 7)]] đoàn viên công đoàn.

Nhiệm kỳ 2018 - 2023, LĐLĐ thành phố Phổ Yên đã phát triển mới [[32.415|mn a t2018-2023 s=LĐLĐ thành phố Phổ Yên n=city-level (district) union gives its province with a scope (rule 10)]] đoàn viên, đạt [[162%|mn p t2018-2023 s=LĐLĐ thành phố Phổ Yên]] chỉ tiêu Đại hội; thành lập mới [[48|un a t2018-2023 s=LĐLĐ thành phố Phổ Yên]] công đoàn cơ sở (CĐCS). Hiện LĐLĐ thành phố quản lý [[196|ut a pub s=LĐLĐ thành phố Phổ Yên]] CĐCS với [[74.386|mt a pub s=LĐLĐ thành phố Phổ Yên]] đoàn viên, trong đó có [[61.250|mt a pub s=CĐCS doanh nghiệp có vốn đầu tư nước ngoài n=breakdown of the district stock (rules 6, 7)]] đoàn viên ở các CĐCS doanh nghiệp có vốn đầu tư nước ngoài.

Các CĐCS đã ký kết [[64|ca a t2018-2023 s=LĐLĐ thành phố Phổ Yên]] bản thỏa ước lao động tập thể; thăm hỏi, tặng quà [[28.600|ben a t2018-2023 s=LĐLĐ thành phố Phổ Yên]] lượt đoàn viên, người lao động với tổng kinh phí trên [[14,5 tỷ|sf a t2018-2023 b=o s=LĐLĐ thành phố Phổ Yên]] đồng; hỗ trợ xây mới [[19|sh a t2018-2023 s=LĐLĐ thành phố Phổ Yên]] nhà Mái ấm Công đoàn. Các cấp công đoàn giới thiệu [[412|pr a t2018-2023 s=LĐLĐ thành phố Phổ Yên]] đoàn viên ưu tú cho Đảng, [[287|pa a t2018-2023 s=LĐLĐ thành phố Phổ Yên]] đồng chí đã được kết nạp.

Nhiệm kỳ 2023 - 2028, Đại hội đề ra chỉ tiêu phát triển mới [[25.000|mn t t2023-2028 s=LĐLĐ thành phố Phổ Yên]] đoàn viên, thành lập mới [[40|un t t2023-2028 s=LĐLĐ thành phố Phổ Yên]] CĐCS; hằng năm có trên 95% CĐCS đạt tiêu chuẩn vững mạnh.

Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2023 - 2028 gồm 27 đồng chí; bầu 9 đại biểu dự Đại hội Công đoàn tỉnh lần thứ XIV.

Bảo Ngọc"""))

ARTS.append(('ca18', 'http://congdoangialai.org.vn/tin-tuc/thang-cong-nhan-2024-nhieu-hoat-dong-cham-lo-thiet-thuc-2893.html',
             None, 'Gia Lai', """Tháng Công nhân 2024: Nhiều hoạt động chăm lo thiết thực

(LĐLĐ Gia Lai) - Tháng Công nhân năm 2024 được [[652|wmu a mo2024-05]] công đoàn cơ sở (CĐCS) trong tỉnh hưởng ứng với nhiều hoạt động thiết thực, hướng về người lao động.

Các cấp công đoàn đã thăm, tặng [[2.480|ben a mo2024-05]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng giá trị hơn [[1,1 tỷ|sf a mo2024-05 b=o]] đồng; hỗ trợ xây mới [[4|sh a mo2024-05]] nhà Mái ấm Công đoàn, mỗi nhà 60 triệu đồng. Công đoàn các Khu công nghiệp tỉnh phối hợp với doanh nghiệp tổ chức đối thoại tại [[11|wd a mo2024-05 s=Công đoàn các Khu công nghiệp]] doanh nghiệp.

Sáng 26/5, tại Khu công nghiệp Trà Đa, LĐLĐ tỉnh tổ chức "Ngày hội công nhân" thu hút hơn 1.500 công nhân tham gia.

Năm 2023, nhằm chăm lo cho lao động nữ, các cấp công đoàn đã thành lập [[11|wc a y2023 n=Ban nữ công founded -> women_committees; its own year 2023 (rule 8)]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước. Năm 2024, LĐLĐ tỉnh phấn đấu thành lập thêm [[10|wc t y2024]] Ban nữ công quần chúng.

Phạm Thị Hoa

Số lượt xem: 1.327"""))

ARTS.append(('ca19', 'https://baocamau.vn/giam-hon-4-100-doan-vien-cong-doan-trong-nam-2023-a325418.html',
             '2024-01-18', 'Cà Mau', """Giảm hơn [[4.100|ml a y2023 b=o n=rounded headline repeat of 4.106 (rule 1)]] đoàn viên công đoàn trong năm 2023

Cập nhật ngày 18/01/2024, 14:25

(CMO) - Năm 2023, do nhiều doanh nghiệp chế biến thủy sản thiếu đơn hàng, cắt giảm lao động, công tác phát triển đoàn viên, thành lập công đoàn cơ sở (CĐCS) của Liên đoàn Lao động (LĐLĐ) tỉnh gặp nhiều khó khăn.

Năm qua, các cấp công đoàn trong tỉnh đã kết nạp [[3.215|mn a y2023]] đoàn viên, thành lập [[22|un a y2023]] CĐCS; tuy nhiên giảm [[4.106|ml a y2023]] đoàn viên, giải thể [[19|ud a y2023]] CĐCS, tăng tuyệt đối [[3|unet a y2023]] CĐCS. Hiện toàn tỉnh có [[1.086|ut a pub]] CĐCS với [[54.620|mt a pub]] đoàn viên.

Các cấp công đoàn đã giới thiệu [[412|pr a y2023]] đoàn viên ưu tú cho Đảng, trong đó [[186|pa a y2023]] đồng chí đã được kết nạp; tuyên truyền pháp luật cho hơn [[40.000|te a y2023 b=o]] lượt đoàn viên, người lao động.

Năm 2024, LĐLĐ tỉnh phấn đấu kết nạp [[3.500|mn t y2024]] đoàn viên, thành lập [[25|un t y2024]] CĐCS.

Hội nghị tổng kết năm 2023 đã khen thưởng 20 tập thể và 32 cá nhân.

Hữu Nghĩa"""))

ARTS.append(('ca20', 'https://nld.com.vn/cong-doan/tp-hcm-du-kien-cham-lo-tet-cho-khoang-520000-luot-nguoi-lao-dong-196251230180512345.htm',
             '2025-12-30', 'Hồ Chí Minh', """TP HCM: Dự kiến chăm lo Tết cho khoảng [[520.000|ben t y2026 b=a n=headline repeat of the planned figure (rule 1)]] lượt người lao động

30-12-2025 - 18:05 | Công đoàn

NLĐO - Dịp Tết Bính Ngọ 2026, các cấp Công đoàn TP HCM dự kiến dành hơn [[420 tỉ|sf t y2026 b=o n=planned Tết spending -> target of 2026 (rules 4, 8)]] đồng chăm lo cho đoàn viên, người lao động.

Ngày 30-12, LĐLĐ TP HCM cho biết dịp Tết Nguyên đán Bính Ngọ 2026, các cấp Công đoàn TP dự kiến chăm lo cho khoảng [[520.000|ben t y2026 b=a]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[420 tỉ|sf t y2026 b=o]] đồng. Trong đó, khu vực Bình Dương (cũ) khoảng [[210.000|ben t y2026 b=a r=Bình Dương n=khu vực Bình Dương (cũ) -> the old province (rule 10)]] lượt, khu vực Bà Rịa - Vũng Tàu (cũ) khoảng [[48.000|ben t y2026 b=a r=Bà Rịa - Vũng Tàu]] lượt. Chương trình "Tết Sum vầy" sẽ tặng [[15.000|ben t y2026 n=tickets to members are beneficiaries (rule 9)]] vé xe, vé tàu cho công nhân về quê đón Tết.

Năm 2025, dù trải qua sắp xếp tổ chức bộ máy, các cấp Công đoàn TP vẫn kết nạp [[118.430|mn a y2025]] đoàn viên, đạt [[105,6%|mn p y2025]] kế hoạch; thành lập [[712|un a y2025]] công đoàn cơ sở, nâng tổng số đoàn viên toàn TP lên [[2.356.800|mt a pub n=nâng tổng số ... lên is a stock at publication (rule 7)]].

Chợ Tết Công đoàn năm nay dự kiến phát hành 40.000 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng; 150 chuyến xe Công đoàn đưa công nhân về quê.

TP HCM: Dự kiến chăm lo Tết cho người lao động - Ảnh 1.
Công nhân mua hàng tại Chợ Tết Công đoàn năm 2025

Thanh Nga

TIN LIÊN QUAN
Công đoàn phường Thủ Dầu Một trao 300 suất quà cho công nhân
Đồng Nai: 25.000 công nhân được hỗ trợ vé xe"""))
