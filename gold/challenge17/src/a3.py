"""j11-j15: sector union (school year), tab table of stocks per union, post-merger 9-month bullets,
industrial-zone union with KCN breakdown and last-year contrast, post-merger Tết with breakdown."""

HEAD = 'headline repeat of the body figure: takes its region and period (gold README 1)'
GD = 'Công đoàn ngành Giáo dục'
SECT = 'reporting body is the provincial education union: scope as written, region its province (gold README 10)'

J11 = f"""
Công đoàn ngành Giáo dục Gia Lai tổng kết năm học 2014-2015
18/11/2015

Ngày 17/11, Công đoàn ngành Giáo dục tỉnh Gia Lai tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2014-2015, triển khai nhiệm vụ năm học 2015-2016. Dự hội nghị có đại diện lãnh đạo Sở Giáo dục và Đào tạo, LĐLĐ tỉnh cùng 160 đại biểu là chủ tịch CĐCS trường học.

Toàn ngành hiện có [[742|ut a pub s={GD} n=hiện có: stock dated at publication; {SECT}]] CĐCS với [[19.850|mt a pub s={GD} n=hiện có: stock dated at publication (gold README 7)]] đoàn viên. Năm học 2014-2015, Công đoàn ngành đã phối hợp với chuyên môn chỉ đạo [[712|oc a sy2014 s={GD} n=năm học 2014-2015 -> 1 Sep 2014 .. 31 Aug 2015 (records.md periods); the 96% share names no target, not a record (gold README 11)]] cơ quan, trường học tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học, đạt tỷ lệ 96%.

Công tác đào tạo, bồi dưỡng cán bộ được quan tâm: Công đoàn ngành mở [[14|tr a sy2014 s={GD}]] lớp tập huấn nghiệp vụ cho [[1.560|te a sy2014 s={GD}]] lượt cán bộ công đoàn cơ sở. Ủy ban Kiểm tra Công đoàn ngành tiến hành kiểm tra tài chính [[45|fi a sy2014 s={GD}]] CĐCS, qua kiểm tra đã chấn chỉnh kịp thời những sai sót trong thu, chi, quản lý tài chính công đoàn.

Trong năm học, các CĐCS đã giới thiệu [[236|pr a sy2014 s={GD}]] đoàn viên ưu tú để chi bộ xem xét, bồi dưỡng; [[198|pa a sy2014 s={GD} n=party admissions of the school year, a separate indicator from the referrals]] đồng chí đã được kết nạp vào Đảng. Công tác nữ công có nhiều khởi sắc, thành lập mới [[9|wc a sy2014 s={GD}]] Ban nữ công quần chúng tại các trường mới chia tách, thành lập. Các cấp công đoàn đã thăm hỏi [[1.240|ben a sy2014 s={GD}]] lượt đoàn viên ốm đau, gia đình gặp khó khăn với tổng số tiền [[620 triệu|sf a sy2014 s={GD}]] đồng, trong đó ưu tiên giáo viên công tác tại các xã đặc biệt khó khăn thuộc huyện Kông Chro, Krông Pa, Ia Pa.

Năm học 2015-2016, Công đoàn ngành phấn đấu kiểm tra tài chính [[50|fi t sy2015 s={GD} n=phấn đấu -> target; năm học 2015-2016 (gold README 4; records.md periods)]] CĐCS; vận động 100% cán bộ, giáo viên tham gia ủng hộ Quỹ "Mái ấm Công đoàn". Dịp này, Công đoàn ngành khen thưởng 30 tập thể và 52 cá nhân có thành tích xuất sắc.
"""

TAB = 'table column hiện có: stock dated at publication (gold README 7); row = scoped breakdown (gold README 6)'
J12 = f"""
Đắk Lắk: Toàn tỉnh hiện có hơn [[96.000|mt a pub b=o n=rounded headline repeat of the stock 96.482 (gold README 1, 7)]] đoàn viên công đoàn
25/01/2024

Theo số liệu của LĐLĐ tỉnh Đắk Lắk, đến nay toàn tỉnh có [[2.015|ut a pub n=đến nay ... có: stock dated at publication (gold README 7)]] CĐCS với [[96.482|mt a pub]] đoàn viên. Năm 2023, các cấp công đoàn đã kết nạp [[4.326|mn a y2023]] đoàn viên; tuy nhiên, do một số doanh nghiệp giải thể, thu hẹp sản xuất, có [[2.118|ml a y2023 n=đoàn viên ... bị giảm -> members_lost]] đoàn viên và [[15|ud a y2023 n=CĐCS ... bị giảm -> unions_dissolved]] CĐCS bị giảm.

Số lượng CĐCS, đoàn viên hiện có và kết quả kết nạp đoàn viên năm 2023 của một số công đoàn cấp trên trực tiếp cơ sở:

Đơn vị\tCĐCS hiện có\tĐoàn viên hiện có\tKết nạp mới năm 2023
LĐLĐ TP. Buôn Ma Thuột\t[[312|ut a pub s=TP. Buôn Ma Thuột n={TAB}]]\t[[14.650|mt a pub s=TP. Buôn Ma Thuột n={TAB}]]\t[[865|mn a y2023 s=TP. Buôn Ma Thuột n=column Kết nạp mới năm 2023 (column heading sets the period; gold README 6)]]
Công đoàn ngành Giáo dục\t[[684|ut a pub s=Công đoàn ngành Giáo dục n={TAB}]]\t[[27.930|mt a pub s=Công đoàn ngành Giáo dục n={TAB}]]\t[[412|mn a y2023 s=Công đoàn ngành Giáo dục]]

Đắk Lắk hiện có 15 huyện, thị xã, thành phố với 15 LĐLĐ cấp huyện và 5 công đoàn ngành, Công đoàn Viên chức tỉnh trực thuộc LĐLĐ tỉnh. Theo đánh giá, số đoàn viên khu vực doanh nghiệp ngoài nhà nước chiếm tỷ lệ thấp, chỉ khoảng 18% tổng số đoàn viên toàn tỉnh, trong khi khu vực hành chính sự nghiệp chiếm tỷ trọng lớn.

Bên cạnh phát triển đoàn viên, năm qua các cấp công đoàn tỉnh đã tập trung chăm lo đời sống cho công nhân các công ty cà phê, cao su, lâm nghiệp – những đơn vị chịu nhiều tác động của biến động giá nông sản. Nhiều CĐCS đã chủ động đề xuất với người sử dụng lao động điều chỉnh định mức khoán, bảo đảm tiền lương, thu nhập cho người lao động.

Bà H'Liên Byă, Chủ tịch LĐLĐ tỉnh cho biết, năm 2024, công đoàn tỉnh sẽ tập trung tuyên truyền, vận động người lao động tại các doanh nghiệp chế biến nông sản, cà phê, hồ tiêu gia nhập tổ chức công đoàn; đồng thời đổi mới nội dung sinh hoạt để đoàn viên gắn bó lâu dài với tổ chức.
"""

J13 = """
Lâm Đồng: 9 tháng năm 2025, công đoàn tăng tuyệt đối [[2.625|mnet a f9-2025 n=headline repeat of the body figure: takes its region and period (gold README 1)]] đoàn viên
15/10/2025

Ngày 14/10, Ban Thường vụ LĐLĐ tỉnh Lâm Đồng tổ chức hội nghị đánh giá kết quả hoạt động công đoàn 9 tháng năm 2025, triển khai nhiệm vụ quý IV/2025. Đây là hội nghị sơ kết đầu tiên kể từ khi LĐLĐ tỉnh Lâm Đồng (mới) được thành lập trên cơ sở hợp nhất LĐLĐ ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận từ ngày 1/7/2025.

Theo báo cáo, LĐLĐ tỉnh hiện có [[4.286|ut a pub n=post-merger body: region Lâm Đồng by its pre-merger name, which the merged province keeps (records.md regions); hiện có -> publication]] CĐCS với hơn [[215.000|mt a pub b=o]] đoàn viên, là một trong những LĐLĐ có quy mô lớn của khu vực Nam Trung Bộ – Tây Nguyên. Kết quả cụ thể trong 9 tháng như sau:

- Phát triển đoàn viên: kết nạp [[8.940|mn a f9-2025 n=9 months 2025 reported by the merged LĐLĐ: region Lâm Đồng for the whole span (records.md regions: reporting organisation)]] đoàn viên, thành lập [[72|un a f9-2025]] CĐCS; riêng phát triển đoàn viên đạt [[74,5%|mn p f9-2025 n=part-way attainment of the year plan, dated to the 9 months (gold README 4)]] kế hoạch năm; giảm [[6.315|ml a f9-2025]] đoàn viên, [[58|ud a f9-2025 n=giảm ... CĐCS do doanh nghiệp giải thể -> unions_dissolved]] CĐCS do doanh nghiệp giải thể, ngừng hoạt động; tăng tuyệt đối [[2.625|mnet a f9-2025]] đoàn viên và [[14|unet a f9-2025]] CĐCS.
- Quản lý đoàn viên: cập nhật thông tin của [[23.540|rec a f9-2025]] đoàn viên lên phần mềm quản lý đoàn viên.
- Chăm lo: thăm hỏi, hỗ trợ [[31.560|ben a f9-2025]] lượt đoàn viên, người lao động với tổng kinh phí [[18,9 tỷ|sf a f9-2025]] đồng.
- Đại diện, bảo vệ: phối hợp tổ chức đối thoại định kỳ tại các doanh nghiệp có đông lao động.

Hội nghị đánh giá, trong bối cảnh vừa thực hiện sắp xếp tổ chức bộ máy, vừa triển khai nhiệm vụ chuyên môn, các cấp công đoàn đã chủ động, linh hoạt, bảo đảm hoạt động thông suốt, không để gián đoạn việc chăm lo, bảo vệ quyền lợi của đoàn viên.

Theo ông Ya Tuấn, Phó Chủ tịch Thường trực LĐLĐ tỉnh, sau hợp nhất, khối lượng công việc tăng mạnh trong khi bộ máy được tinh gọn, cấp công đoàn huyện kết thúc hoạt động từ ngày 1/7/2025; các CĐCS được chuyển về trực thuộc LĐLĐ tỉnh, công đoàn ngành và công đoàn các KCN tỉnh.

Quý IV/2025, LĐLĐ tỉnh phấn đấu kết nạp [[3.060|mn t q4-2025]] đoàn viên, thành lập [[28|un t q4-2025]] CĐCS để hoàn thành chỉ tiêu năm; chuẩn bị tốt các điều kiện tổ chức Đại hội Công đoàn tỉnh nhiệm kỳ 2025-2030.
"""

KCN = 'Công đoàn các KCN Bình Dương'
KNOTE = 'reporting body is the industrial-zone union: scope as written, region its province (records.md regions)'
J14 = f"""
Công đoàn các KCN Bình Dương: 8 tháng kết nạp hơn [[11.000|mn a f8-2012 b=o s={KCN} n=rounded headline repeat of 11.250 (gold README 1)]] đoàn viên
14/09/2012

(BDO) - 8 tháng đầu năm 2012, Công đoàn các KCN Bình Dương đã kết nạp mới [[11.250|mn a f8-2012 s={KCN} n={KNOTE}]] đoàn viên, thành lập [[37|un a f8-2012 s={KCN}]] CĐCS. Số đoàn viên kết nạp mới tăng 12% so với cùng kỳ năm 2011 (cùng kỳ kết nạp [[10.040|mn a f8-2011 s={KCN} n=same-period contrast: actual of the first 8 months of 2011; the 12% is a pure comparison, not a record]] đoàn viên). Chỉ tiêu cả năm 2012 là [[15.000|mn t y2012 s={KCN} n=chỉ tiêu cả năm -> target of the full year (gold README 8)]] đoàn viên, sau 8 tháng đã đạt [[75%|mn p f8-2012 s={KCN}]].

Theo ông Phạm Văn Lợi, Chủ tịch Công đoàn các KCN Bình Dương, phần lớn đoàn viên mới tập trung ở các doanh nghiệp mới đi vào hoạt động tại KCN Việt Nam – Singapore (VSIP), các KCN Mỹ Phước 1, 2, 3 và Sóng Thần 1, 2. Trong đó, tại KCN VSIP kết nạp [[3.840|mn a f8-2012 s=KCN VSIP n=breakdown by industrial zone (gold README 6); the digits in KCN names are not records]] đoàn viên; các KCN Mỹ Phước 1, 2, 3 kết nạp [[4.125|mn a f8-2012 s=các KCN Mỹ Phước 1, 2, 3 n=breakdown by industrial zone (gold README 6)]] đoàn viên; các KCN Sóng Thần 1, 2 là [[1.960|mn a f8-2012 s=các KCN Sóng Thần 1, 2 n=breakdown by industrial zone (gold README 6)]] đoàn viên.

Cũng trong 8 tháng, Công đoàn các KCN đã hướng dẫn, hỗ trợ ký kết [[46|ca a f8-2012 s={KCN}]] bản thỏa ước lao động tập thể; Văn phòng tư vấn pháp luật tư vấn cho [[1.482|lc a f8-2012 s={KCN}]] lượt công nhân; thương lượng nâng giá trị bữa ăn giữa ca tại [[64|meal a f8-2012 s={KCN} n=meal upgrades counted by enterprises; the 12.000-15.000 đồng levels are not records (gold README 11)]] doanh nghiệp, mức phổ biến từ 12.000 đến 15.000 đồng/suất. Đặc biệt, công đoàn đã phối hợp với các ngành chức năng giải quyết ổn thỏa 23 cuộc ngừng việc tập thể, bảo đảm quyền lợi hợp pháp cho người lao động.

Theo đánh giá của Công đoàn các KCN, khó khăn lớn nhất hiện nay là tình trạng lao động biến động thường xuyên, nhiều công nhân nghỉ việc, chuyển chỗ làm chỉ sau vài tháng khiến việc quản lý đoàn viên gặp nhiều trở ngại. Một số doanh nghiệp vẫn né tránh việc thành lập công đoàn, gây áp lực đối với cán bộ công đoàn kiêm nhiệm.

Ông Lợi cho biết, 4 tháng cuối năm, Công đoàn các KCN phấn đấu kết nạp thêm [[3.750|mn t l4-2012 s={KCN} n=4 tháng cuối năm -> September-December 2012 (records.md periods)]] đoàn viên, tập trung vào các doanh nghiệp có từ 30 lao động trở lên chưa có tổ chức công đoàn.
"""

J15 = """
Đồng Nai: Chăm lo Tết Bính Ngọ 2026 cho hơn [[412.000|ben a y2026 b=o n=rounded headline repeat of 412.650 (gold README 1)]] lượt đoàn viên, người lao động
26/02/2026

LĐLĐ tỉnh Đồng Nai vừa tổng kết công tác chăm lo Tết Nguyên đán Bính Ngọ 2026. Đây là mùa Tết đầu tiên công đoàn tỉnh Đồng Nai triển khai chăm lo sau khi hợp nhất với công đoàn tỉnh Bình Phước.

Theo báo cáo, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho [[412.650|ben a y2026 n=Tết Bính Ngọ 2026 -> year 2026; post-merger Đồng Nai keeps its pre-merger name (records.md periods, regions)]] lượt đoàn viên, người lao động với tổng kinh phí [[96,4 tỷ|sf a y2026]] đồng. Trong đó, kinh phí từ nguồn tài chính công đoàn là [[32,5 tỷ|sf a y2026 s=nguồn tài chính công đoàn n=breakdown by source of money (gold README 6)]] đồng, doanh nghiệp và nhà tài trợ hỗ trợ [[63,9 tỷ|sf a y2026 s=doanh nghiệp và nhà tài trợ n=breakdown by source of money (gold README 6)]] đồng. Mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng.

Phân theo khối, Công đoàn các KCN tỉnh chăm lo cho [[286.300|ben a y2026 s=Công đoàn các KCN tỉnh n=breakdown by industrial-zone union (gold README 6)]] lượt đoàn viên với kinh phí [[58,7 tỷ|sf a y2026 s=Công đoàn các KCN tỉnh]] đồng. Riêng khu vực Bình Phước (cũ), các CĐCS đã chăm lo cho [[38.900|ben a y2026 r=Bình Phước s=khu vực Bình Phước (cũ) n=figure of the former province named in the sentence: region Bình Phước, region_2025 Đồng Nai (records.md regions; as challenge15 b10)]] lượt đoàn viên.

Chương trình "Tết Sum vầy – Xuân chia sẻ" năm nay có 45 chuyến xe miễn phí đưa [[2.100|ben a y2026 n=free rides home count as beneficiaries; the 45 buses are not records (gold README 9, 11)]] công nhân về quê ăn Tết tại các tỉnh miền Trung, miền Bắc. "Chợ Tết Công đoàn" được tổ chức tại 6 địa điểm với 8.000 phiếu mua hàng, mỗi phiếu 500.000 đồng.

Nhiều doanh nghiệp trong các khu công nghiệp Long Thành, Nhơn Trạch, Amata, Đồng Xoài đã phối hợp với công đoàn tổ chức tiệc tất niên, bốc thăm trúng thưởng, tặng vé xe cho công nhân. Công đoàn cũng thường xuyên nắm tình hình thưởng Tết, kịp thời kiến nghị với chủ doanh nghiệp chi trả tiền lương, tiền thưởng đầy đủ, đúng hạn cho người lao động.

So với Tết Ất Tỵ 2025, số lượt đoàn viên được chăm lo tăng khoảng 16%. Tết Ất Tỵ 2025, khi chưa hợp nhất, công đoàn tỉnh Đồng Nai (cũ) chăm lo cho [[356.000|ben a y2025 n=previous-year contrast: actual of 2025 for the pre-merger Đồng Nai; the 16% increase is not a record]] lượt đoàn viên.

Bà Trần Thị Mỹ Hạnh, Chủ tịch LĐLĐ tỉnh cho biết, dù địa bàn rộng hơn, số đoàn viên đông hơn, công tác chăm lo Tết năm nay vẫn bảo đảm "không để đoàn viên nào không có Tết". Năm 2026, LĐLĐ tỉnh phấn đấu xây dựng, sửa chữa [[120|sh t y2026]] "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở.
"""

ARTS = [
    ('j11', 'https://baogialai.com.vn/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2014-2015', '2015-11-18', 'Gia Lai', J11),
    ('j12', 'https://baodaklak.vn/toan-tinh-hien-co-hon-96000-doan-vien-cong-doan', '2024-01-25', 'Đắk Lắk', J12),
    ('j13', 'https://baolamdong.vn/9-thang-nam-2025-cong-doan-tang-tuyet-doi-doan-vien', '2025-10-15', 'Lâm Đồng', J13),
    ('j14', 'https://baobinhduong.vn/cong-doan-cac-kcn-8-thang-ket-nap-hon-11000-doan-vien', '2012-09-14', 'Bình Dương', J14),
    ('j15', 'https://baodongnai.com.vn/cham-lo-tet-binh-ngo-2026-cho-hon-412000-luot-doan-vien', '2026-02-26', 'Đồng Nai', J15),
]
