"""am06-am10."""
from a1 import HR, CAP, STOCK
ARTS = []

# am06 -- baohatinh-like; "Từ đầu năm đến ngày 15/11/2022", "Tính đến ngày 15/11" stock, year target
TD = 'n=từ đầu năm đến ngày 15/11/2022 -> 2022-01-01..2022-11-15 (records.md: từ ... đến ngày ...)'
ARTS.append(('am06', 'https://baohatinh.vn/cong-doan/gioi-thieu-426-doan-vien-uu-tu-cho-dang-xem-xet-ket-nap/240517.htm', '2022-11-18', 'Hà Tĩnh', """Hà Tĩnh: Giới thiệu [[426|pr a 2022-01-01..2022-11-15 """ + HR + """]] đoàn viên ưu tú cho Đảng xem xét kết nạp

(Baohatinh.vn) - Từ đầu năm đến ngày 15/11/2022, các cấp công đoàn trong tỉnh đã giới thiệu [[426|pr a 2022-01-01..2022-11-15 """ + TD + """]] đoàn viên ưu tú cho cấp ủy Đảng xem xét, bồi dưỡng, đạt [[106,5%|pr p 2022-01-01..2022-11-15 n=part-way attainment takes the reporting span]] chỉ tiêu cả năm ([[400|pr t y2022 n=chỉ tiêu cả năm -> the full year 2022 (gold README 8)]] đoàn viên); trong đó [[281|pa a 2022-01-01..2022-11-15 """ + TD + """]] đồng chí đã được kết nạp vào Đảng.

18/11/2022 08:30

Cùng thời gian, LĐLĐ tỉnh đã cập nhật thông tin của [[98.420|rec a 2022-01-01..2022-11-15 n=cùng thời gian -> the span named before; entering members into the software -> member_records]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[12.300|rec a 2022-01-01..2022-11-15 n=cards issued -> member_records; cùng thời gian -> the span named before]] thẻ đoàn viên công đoàn. Các CĐCS có đông lao động nữ đã thành lập [[12|wc a 2022-01-01..2022-11-15 n=no period in the sentence -> the nearest earlier period phrase (từ đầu năm đến ngày 15/11/2022)]] Ban nữ công quần chúng.

Tính đến ngày 15/11, toàn tỉnh có [[1.512|ut a pub n=stock at a stated date (tính đến ngày 15/11) -> dated at publication like every stock stated as current (records.md, gold README 7)]] CĐCS với [[104.860|mt a pub n=stock at a stated date -> dated at publication (records.md, gold README 7)]] đoàn viên; tỷ lệ đoàn viên là đảng viên chiếm khoảng 21%.

Ông Nguyễn Văn Danh, Chủ tịch LĐLĐ tỉnh trao Giấy chứng nhận cho 15 CĐCS có thành tích trong công tác phát triển đảng viên.

Thu Phương

Tin liên quan
- Kỳ Anh: 40 công nhân được tặng sổ tiết kiệm
- Đại hội Công đoàn Viên chức tỉnh lần thứ VI
"""))

# am07 -- baolongan-like; "6 tháng đầu năm" without a year; "6 tháng cuối năm" target; year plan
H1 = 'n=6 tháng đầu năm without a year -> 2024 (publication year, records.md)'
ARTS.append(('am07', 'https://baolongan.vn/ubkt-cong-doan-tinh-kiem-tra-tai-chinh-28-don-vi-a177412.html', '2024-07-05', 'Long An', """UBKT Công đoàn tỉnh kiểm tra tài chính [[28|fi a h1-2024 """ + HR + """]] đơn vị

Thứ Sáu, 05/07/2024 - 09:20

(LA) - 6 tháng đầu năm, Ủy ban Kiểm tra (UBKT) LĐLĐ tỉnh và UBKT công đoàn cấp trên cơ sở đã kiểm tra tài chính [[28|fi a h1-2024 """ + H1 + """]] đơn vị, đạt [[56%|fi p h1-2024 n=part-way attainment of the year plan takes the reporting span (6 tháng đầu năm 2024)]] kế hoạch năm ([[50|fi t y2024 n=kế hoạch năm -> the full year 2024 (gold README 8)]] cuộc).

Qua kiểm tra, UBKT phát hiện 3 đơn vị chậm nộp kinh phí công đoàn với số tiền 215 triệu đồng và đã yêu cầu khắc phục.

Bên cạnh đó, UBKT các cấp tổ chức, tham gia [[16|sv a h1-2024 """ + H1 + """]] cuộc giám sát việc thực hiện chế độ, chính sách đối với NLĐ tại doanh nghiệp; tổ chức [[4|tr a h1-2024 n=no period in the sentence -> the nearest earlier period phrase (6 tháng đầu năm 2024)]] lớp tập huấn nghiệp vụ công tác kiểm tra cho [[320|te a h1-2024]] lượt ủy viên UBKT công đoàn cơ sở.

6 tháng cuối năm, UBKT LĐLĐ tỉnh phấn đấu kiểm tra tài chính [[22|fi t l6-2024 n=6 tháng cuối năm without a year -> 2024-07-01..2024-12-31 (publication year); target (phấn đấu)]] đơn vị còn lại theo kế hoạch, tập trung vào các CĐCS doanh nghiệp ngoài nhà nước.

Hoài Thanh

Chia sẻ: Facebook | Zalo | Email
"""))

# am08 -- Công đoàn ngành Giáo dục Thanh Hóa; "năm học 2022-2023" and "năm học 2023-2024" targets; stocks
SY = 'n=năm học 2022-2023 -> 2022-09-01..2023-08-31 (records.md)'
GD = 'Công đoàn ngành Giáo dục'
ARTS.append(('am08', 'https://baothanhhoa.vn/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2022-2023-195811.htm', '2023-08-25', 'Thanh Hóa', """Công đoàn ngành Giáo dục tổng kết năm học 2022-2023

25/08/2023 16:02

Sáng 24/8, Công đoàn ngành Giáo dục tỉnh Thanh Hóa tổ chức hội nghị tổng kết hoạt động năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024.

Trong năm học 2022-2023, [[2.186/2.190|oc a sy2022 s=""" + GD + """ v=2186 """ + SY + """; x/y -> the achieved count x (records.md 03/03)]] cơ quan, đơn vị trong ngành tổ chức hội nghị cán bộ, công chức, viên chức theo quy định. Các CĐCS đã kết nạp mới [[1.245|mn a sy2022 s=""" + GD + """ """ + SY + """]] đoàn viên; thăm hỏi, hỗ trợ [[3.870|ben a sy2022 s=""" + GD + """]] lượt nhà giáo, người lao động ốm đau, gặp khó khăn với tổng kinh phí [[5,62 tỷ|sf a sy2022 s=""" + GD + """]] đồng.

Công đoàn ngành phối hợp vận động xây mới [[12|sh a sy2022 s=""" + GD + """ n=no period in the sentence -> the nearest earlier period phrase (năm học 2022-2023)]] nhà Mái ấm Công đoàn cho nhà giáo có hoàn cảnh khó khăn ở các huyện miền núi Mường Lát, Quan Sơn, Bá Thước, mỗi nhà 50 triệu đồng.

Hiện Công đoàn ngành Giáo dục tỉnh có [[2.205|ut a pub s=""" + GD + """ """ + STOCK + """]] CĐCS với [[86.430|mt a pub s=""" + GD + """ """ + STOCK + """]] đoàn viên.

Năm học 2023-2024, Công đoàn ngành phấn đấu kết nạp [[1.000|mn t sy2023 s=""" + GD + """ n=năm học 2023-2024 -> 2023-09-01..2024-08-31; target (phấn đấu)]] đoàn viên, xây dựng [[15|sh t sy2023 s=""" + GD + """]] nhà Mái ấm Công đoàn.

Dịp này, 45 tập thể và 60 cá nhân được Công đoàn ngành tặng Giấy khen.

Lê Hà
"""))

# am09 -- baokontum-like congress; "nhiệm kỳ qua" after the new term is named; H1 2023; new-term targets
NKQ = ('n=nhiệm kỳ qua at the congress of term 2023-2028 -> the term that ends, 2018-2023 named in the '
       'lead (2018-01-01..2023-12-31, records.md), not the nearer phrase of the new term')
ARTS.append(('am09', 'https://baokontum.com.vn/chinh-tri/dai-hoi-cong-doan-tinh-kon-tum-lan-thu-xi-nhiem-ky-2023-2028-22148.html', '2023-07-20', 'Kon Tum', """Đại hội Công đoàn tỉnh Kon Tum lần thứ XI, nhiệm kỳ 2023-2028

Cập nhật: 20/07/2023 10:35

BKT - Ngày 19/7, Liên đoàn Lao động tỉnh tổ chức Đại hội Công đoàn tỉnh lần thứ XI, nhiệm kỳ 2023-2028, tổng kết nhiệm kỳ 2018-2023. Dự Đại hội có 200 đại biểu chính thức, đại diện cho đoàn viên, người lao động trong tỉnh.

Báo cáo tại Đại hội cho biết, nhiệm kỳ qua, các cấp công đoàn đã kết nạp [[18.460|mn a t2018-2023 """ + NKQ + """]] đoàn viên, thành lập [[136|un a t2018-2023 """ + NKQ + """]] CĐCS; giới thiệu [[1.525|pr a t2018-2023 """ + NKQ + """]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[1.068|pa a t2018-2023 """ + NKQ + """]] đồng chí đã được kết nạp. Các CĐCS doanh nghiệp ký kết [[187|ca a t2018-2023 """ + NKQ + """]] bản thỏa ước lao động tập thể.

Riêng 6 tháng đầu năm 2023, toàn tỉnh kết nạp [[1.940|mn a h1-2023]] đoàn viên, thành lập [[11|un a h1-2023]] CĐCS. Hiện nay, toàn tỉnh có [[612|ut a pub """ + STOCK + """]] CĐCS với [[27.840|mt a pub """ + STOCK + """]] đoàn viên.

Nhiệm kỳ 2023-2028, Đại hội đề ra mục tiêu phấn đấu kết nạp [[15.000|mn t t2023-2028 n=nhiệm kỳ 2023-2028 -> 2023-01-01..2028-12-31 (records.md); target (mục tiêu)]] đoàn viên, thành lập [[90|un t t2023-2028]] CĐCS, giới thiệu [[1.200|pr t t2023-2028]] đoàn viên ưu tú cho Đảng.

Đại hội đã bầu 29 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XI.

Quang Định
"""))

# am10 -- Cần Thơ after the merger; "giai đoạn 2021-2025"; "Năm qua" in January 2026 -> 2025; 2026 targets
GDN = 'n=giai đoạn 2021-2025 -> 2021-01-01..2025-12-31 (records.md)'
OLD = ('n=khu vực X (cũ) breakdown of the merged city -> region the pre-2025 province (records.md: '
       'region by its name before the 2025 merger), scope null as the region is the whole part; period giai đoạn 2021-2025')
NQ26 = 'n=năm qua in an article published in January 2026 -> 2025 (records.md period table)'
ARTS.append(('am10', 'https://baocantho.com.vn/vuot-chi-tieu-xay-dung-nha-mai-am-cong-doan-giai-doan-2021-2025-a196402.html', '2026-01-15', 'Cần Thơ', """Vượt chỉ tiêu xây dựng nhà "Mái ấm Công đoàn" giai đoạn 2021-2025

Thứ Năm, 15/01/2026 - 07:30

(CT) - Giai đoạn 2021-2025, các cấp công đoàn thành phố (gồm cả khu vực Hậu Giang, Sóc Trăng cũ) đã hỗ trợ xây mới, sửa chữa [[1.126|sh a t2021-2025 """ + GDN + """]] nhà "Mái ấm Công đoàn" với tổng kinh phí hơn [[56 tỷ|shf a t2021-2025 b=o]] đồng, vượt [[12,6%|sh p t2021-2025 v=112.6 n=vượt N% chỉ tiêu -> 100+N (records.md status, gold README 3)]] chỉ tiêu giai đoạn.

Trong đó, khu vực Hậu Giang (cũ) xây, sửa [[382|sh a t2021-2025 r=Hậu Giang """ + OLD + """]] căn; khu vực Sóc Trăng (cũ) [[415|sh a t2021-2025 r=Sóc Trăng """ + OLD + """]] căn.

Cũng trong giai đoạn này, LĐLĐ thành phố ký kết [[45|wp a t2021-2025 n=cũng trong giai đoạn này -> giai đoạn 2021-2025]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn".

Năm qua, dù phải tập trung cho việc sắp xếp tổ chức bộ máy, các cấp công đoàn vẫn hỗ trợ [[238|sh a y2025 """ + NQ26 + """]] căn nhà với kinh phí [[12,4 tỷ|shf a y2025 """ + NQ26 + """]] đồng; mức hỗ trợ mỗi căn từ 50 đến 70 triệu đồng.

Năm 2026, LĐLĐ thành phố phấn đấu xây mới, sửa chữa [[200|sh t y2026]] căn nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở.

Ảnh: Lãnh đạo LĐLĐ TP Cần Thơ trao nhà "Mái ấm Công đoàn" cho đoàn viên ở phường Vị Thanh.

MỸ THANH
"""))
