"""challenge57 articles cj16-cj20 (status, targets and progress)."""

ARTS = []

# cj16: Hà Giang, May 2015: Workers' Month launch, plan beside last year's month and the first gifts
ARTS.append(('cj16', 'http://baohagiang.vn/xa-hoi/201505/phat-dong-thang-cong-nhan-nam-2015-612047/',
             '2015-05-05', 'Hà Giang', """Hà Giang: Tháng Công nhân 2015 phấn đấu chăm lo [[1.200|ben t mo2015-05 n=headline repeat of the planned gifts; Tháng Công nhân -> May (records.md periods)]] đoàn viên

Thứ Ba, 05/05/2015 - 08:30

BHG - Sáng 4/5, LĐLĐ tỉnh tổ chức lễ phát động Tháng Công nhân năm 2015 tại thành phố Hà Giang.

Theo kế hoạch, trong Tháng Công nhân năm 2015, LĐLĐ tỉnh dự kiến thăm, tặng [[1.200|ben t mo2015-05]] suất quà cho đoàn viên, CNVCLĐ có hoàn cảnh khó khăn, tổng kinh phí trên [[400 triệu|sf t mo2015-05 b=o]] đồng; hỗ trợ xây dựng [[8|sh t mo2015-05 n=item of the Tháng Công nhân plan takes its period (gold README 8)]] nhà "Mái ấm Công đoàn" cho đoàn viên ở các huyện vùng cao. LĐLĐ tỉnh phấn đấu có [[215|wmu t mo2015-05]] CĐCS tổ chức các hoạt động hưởng ứng Tháng Công nhân.

Ngay tại lễ phát động, LĐLĐ tỉnh đã trao [[50|ben a mo2015-05 n=Sáng 4/5 -> the Tháng Công nhân năm 2015 named before (records.md periods)]] suất quà, mỗi suất 300.000 đồng, cho công nhân Công ty Xi măng Hà Giang và trao quyết định hỗ trợ xây dựng [[2|sh a mo2015-05 n=decision handed over to build two houses counts as houses built (gold README 9); period as the gifts]] nhà "Mái ấm Công đoàn", mỗi nhà 40 triệu đồng.

Tháng Công nhân năm 2014, các cấp công đoàn trong tỉnh đã thăm, tặng [[1.050|ben a mo2014-05]] suất quà trị giá [[350 triệu|sf a mo2014-05]] đồng; khởi công [[6|sh a mo2014-05]] nhà "Mái ấm Công đoàn".

Đông Phong

Các tin khác:
- Đồng Văn: Thăm, tặng quà 30 công nhân môi trường
- Hội thi cán bộ nữ công giỏi năm 2015
"""))

# cj17: Đắk Lắk, July 2019: half-year inspections, dialogues and conferences against the year plan
ARTS.append(('cj17', 'http://baodaklak.vn/channel/3483/201907/6-thang-kiem-tra-tai-chinh-dat-65-ke-hoach-5634821/',
             '2019-07-17', 'Đắk Lắk', """Đắk Lắk: 6 tháng kiểm tra tài chính đạt [[65%|fi p h1-2019 n=headline repeat of the attainment in the body (gold README 1)]] kế hoạch

Thứ Tư, 17/07/2019, 09:20 [GMT+7]

Theo báo cáo của LĐLĐ tỉnh Đắk Lắk, 6 tháng đầu năm 2019, Ủy ban Kiểm tra công đoàn các cấp đã tiến hành kiểm tra tài chính [[52|fi a h1-2019]] cuộc, đạt [[65%|fi p h1-2019 n=part-way attainment takes the reporting period (gold README 4)]] kế hoạch năm ([[80|fi t y2019 n=year plan in brackets -> target of the full year (gold README 8)]] cuộc). Công đoàn các cấp tham gia [[21|sv a h1-2019]] cuộc giám sát việc thực hiện chế độ, chính sách cho NLĐ tại doanh nghiệp.

Về thực hiện quy chế dân chủ cơ sở, [[38|wd a h1-2019]] doanh nghiệp đã tổ chức đối thoại định kỳ tại nơi làm việc, trong khi kế hoạch cả năm là [[60|wd t y2019 n=kế hoạch cả năm -> the full year (gold README 8)]] doanh nghiệp; [[412|wkc a h1-2019]] doanh nghiệp tổ chức hội nghị người lao động, đạt [[89%|wkc p h1-2019 n=đạt 89% of the enterprises due to hold one in the year -> attainment of a plan (gold README 4)]] số doanh nghiệp phải tổ chức trong năm. Công đoàn các cấp đã vận động [[27|meal a h1-2019]] doanh nghiệp điều chỉnh tăng mức bữa ăn ca, trong khi kế hoạch năm 2019 là [[50|meal t y2019]] doanh nghiệp; mức bữa ăn ca phổ biến hiện nay từ 15.000 đến 20.000 đồng/suất.

Công đoàn các cấp đã tư vấn pháp luật cho [[1.380|lc a h1-2019]] lượt đoàn viên, NLĐ, tăng so với cùng kỳ năm 2018 ([[1.120|lc a h1-2018 n=cùng kỳ năm 2018 in a half-year report -> first half of 2018]] lượt).

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu hoàn thành [[28|fi t l6-2019]] cuộc kiểm tra tài chính còn lại, tập trung kiểm tra việc thu, chi tài chính tại các CĐCS doanh nghiệp ngoài nhà nước; đồng thời đề nghị Ủy ban Kiểm tra xử lý dứt điểm 4 đơn thư khiếu nại, tố cáo.

H'Xíu

Ý kiến bạn đọc
"""))

# cj18: Tây Ninh after the merger, September 2025: a ward union in the old Long An, plan for the rest of 2025
ARTS.append(('cj18', 'https://baotayninh.vn/cong-doan-phuong-tan-an-ket-nap-312-doan-vien-sau-3-thang-135248.html',
             '2025-09-24', 'Long An', """Công đoàn phường Tân An kết nạp [[312|mn a 2025-07-01..2025-09-24 s=Công đoàn phường Tân An n=headline repeat of the body figure (gold README 1)]] đoàn viên sau 3 tháng

Thứ Tư, 24/09/2025 | 10:05

(BTN) - Sau gần 3 tháng đi vào hoạt động theo mô hình chính quyền địa phương hai cấp, Công đoàn phường Tân An (tỉnh Tây Ninh) hiện quản lý [[64|ut a pub s=Công đoàn phường Tân An n=ward union in the old Long An -> Long An (gold README 10); hiện -> publication]] CĐCS với [[5.820|mt a pub s=Công đoàn phường Tân An]] đoàn viên.

Từ ngày 1/7 đến nay, Công đoàn phường đã thành lập mới [[4|un a 2025-07-01..2025-09-24 s=Công đoàn phường Tân An n=từ ngày 1/7 đến nay -> 1 July to publication (records.md periods)]] CĐCS, kết nạp [[312|mn a 2025-07-01..2025-09-24 s=Công đoàn phường Tân An]] đoàn viên, đạt [[62,4%|mn p 2025-07-01..2025-09-24 s=Công đoàn phường Tân An]] chỉ tiêu LĐLĐ tỉnh giao cho 6 tháng cuối năm 2025 ([[500|mn t l6-2025 s=Công đoàn phường Tân An n=the quota for the last 6 months of 2025 -> July to December (records.md periods)]] đoàn viên). Công đoàn phường cũng đã thăm hỏi, hỗ trợ [[56|ben a 2025-07-01..2025-09-24 s=Công đoàn phường Tân An]] đoàn viên bị ốm đau, tai nạn với số tiền [[84 triệu|sf a 2025-07-01..2025-09-24 s=Công đoàn phường Tân An]] đồng.

Theo ông Lê Hoàng Nam, Chủ tịch Công đoàn phường, trong quý IV, Công đoàn phường phấn đấu thành lập thêm [[3|un t q4-2025 s=Công đoàn phường Tân An]] CĐCS, kết nạp [[190|mn t q4-2025 s=Công đoàn phường Tân An]] đoàn viên để hoàn thành chỉ tiêu năm, tập trung vào các hộ kinh doanh, cơ sở dịch vụ dọc Quốc lộ 1.

Cũng từ ngày 1/7 đến nay, toàn tỉnh Tây Ninh đã kết nạp [[6.840|mn a 2025-07-01..2025-09-24 r=Tây Ninh n=the merged province's own figure -> Tây Ninh under its kept name (gold README 10)]] đoàn viên.

Thanh Hương

Tin liên quan
- Công đoàn xã Đức Hòa ra mắt Ban Chấp hành lâm thời
"""))

# cj19: Bạc Liêu district union, undated: congress with term results and term targets
ARTS.append(('cj19', 'https://congdoanbaclieu.vn/dai-hoi-cong-doan-huyen-phuoc-long-nhiem-ky-2023-2028-1520.html',
             None, 'Bạc Liêu', """Đại hội Công đoàn huyện Phước Long lần thứ XII, nhiệm kỳ 2023 - 2028

Ngày 14/6, LĐLĐ huyện Phước Long tổ chức Đại hội Công đoàn huyện lần thứ XII, nhiệm kỳ 2023 - 2028, với sự tham dự của 120 đại biểu chính thức.

Nhiệm kỳ 2018 - 2023, các cấp công đoàn trong huyện đã kết nạp [[1.865|mn a t2018-2023 s=LĐLĐ huyện Phước Long n=district union -> its province with a scope (records.md regions)]] đoàn viên, đạt [[116,6%|mn p t2018-2023 s=LĐLĐ huyện Phước Long]] chỉ tiêu nghị quyết; thành lập [[14|un a t2018-2023 s=LĐLĐ huyện Phước Long]] CĐCS. Công đoàn các cấp đã vận động xây dựng [[12|sh a t2018-2023 s=LĐLĐ huyện Phước Long]] nhà "Mái ấm Công đoàn" với tổng số tiền [[540 triệu|shf a t2018-2023 s=LĐLĐ huyện Phước Long]] đồng; thăm hỏi, tặng quà [[3.420|ben a t2018-2023 s=LĐLĐ huyện Phước Long]] lượt đoàn viên, NLĐ với số tiền [[1,9 tỷ|sf a t2018-2023 s=LĐLĐ huyện Phước Long]] đồng. Hiện toàn huyện có [[132|ut a null s=LĐLĐ huyện Phước Long n=stock in an undated page -> null (gold README 7)]] CĐCS với [[4.870|mt a null s=LĐLĐ huyện Phước Long]] đoàn viên.

Đại hội thông qua các chỉ tiêu nhiệm kỳ 2023 - 2028: kết nạp [[1.800|mn t t2023-2028 s=LĐLĐ huyện Phước Long]] đoàn viên; thành lập [[10|un t t2023-2028 s=LĐLĐ huyện Phước Long]] CĐCS; xây dựng [[10|sh t t2023-2028 s=LĐLĐ huyện Phước Long]] nhà "Mái ấm Công đoàn"; giới thiệu [[250|pr t t2023-2028 s=LĐLĐ huyện Phước Long]] đoàn viên ưu tú cho Đảng xem xét kết nạp; hằng năm có trên 85% CĐCS đạt vững mạnh.

Đại hội đã bầu 21 đồng chí vào Ban Chấp hành LĐLĐ huyện khóa XII; bầu 9 đại biểu dự Đại hội Công đoàn tỉnh Bạc Liêu lần thứ XII.

Hồng Nhung
"""))

# cj20: Cần Thơ after the merger, January 2026: 2025 results by old-province area, 2026 targets, Tết under way
ARTS.append(('cj20', 'https://baocantho.com.vn/nam-2026-cong-doan-thanh-pho-phan-dau-ket-nap-11-000-doan-vien-a201874.html',
             '2026-01-20', 'Cần Thơ', """Năm 2026, Công đoàn thành phố phấn đấu kết nạp [[11.000|mn t y2026 n=headline repeat of the 2026 target (gold README 1)]] đoàn viên

Thứ Ba, 20/01/2026 - 06:15

(CT) - Ngày 19/1, LĐLĐ TP Cần Thơ tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên LĐLĐ thành phố tổng kết sau khi hợp nhất công đoàn 3 địa phương Cần Thơ, Sóc Trăng, Hậu Giang.

Năm 2025, các cấp công đoàn thành phố đã kết nạp [[10.650|mn a y2025 n=the merged city's federation under its kept name (gold README 10)]] đoàn viên, đạt [[106,5%|mn p y2025]] kế hoạch; trong đó khu vực Sóc Trăng (cũ) [[3.120|mn a y2025 r=Sóc Trăng s=khu vực Sóc Trăng (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] đoàn viên, khu vực Hậu Giang (cũ) [[2.480|mn a y2025 r=Hậu Giang s=khu vực Hậu Giang (cũ)]] đoàn viên. Toàn thành phố thành lập [[47|un a y2025]] CĐCS; LĐLĐ thành phố ký [[26|wp a y2025]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn". Hiện toàn thành phố có [[3.940|ut a pub]] CĐCS với [[214.300|mt a pub]] đoàn viên.

Năm 2026, LĐLĐ thành phố đề ra chỉ tiêu kết nạp [[11.000|mn t y2026]] đoàn viên, thành lập [[50|un t y2026]] CĐCS; ký mới [[60|ca t y2026]] bản thỏa ước lao động tập thể; xây dựng, sửa chữa [[30|sh t y2026]] nhà "Mái ấm Công đoàn".

Đối với Tết Bính Ngọ 2026, các cấp công đoàn dự kiến chăm lo cho [[68.000|ben t y2026 n=Tết Bính Ngọ 2026 -> 2026; dự kiến -> target]] đoàn viên, NLĐ với tổng kinh phí hơn [[46 tỷ|sf t y2026 b=o]] đồng. Tính đến ngày 19/1, đã có [[21.500|ben a y2026 n=early result of the Tết 2026 campaign -> the Tết year (gold README 8)]] suất quà được trao; mỗi suất trị giá từ 500.000 đồng đến 1,5 triệu đồng.

Dịp này, LĐLĐ thành phố tặng Bằng khen cho 40 tập thể, 62 cá nhân.

Gia Bảo
"""))
