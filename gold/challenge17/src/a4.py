"""j16-j20: quarter columns, congress report quoted in a speech, year-end bullets with losses,
interview with a chairperson, post-merger year report with a year-comparison table."""

HEAD = 'headline repeat of the body figure: takes its region and period (gold README 1)'
HZ = 'Công đoàn HEPZA'
QN = 'quarter column: the column heading sets the period; scope the reporting KCX-KCN union (gold README 8, 10)'

J16 = f"""
Công đoàn HEPZA sơ kết hoạt động 9 tháng năm 2018
22/10/2018 15:10

Ngày 19/10, Công đoàn các Khu chế xuất và công nghiệp TP.HCM (Công đoàn HEPZA) tổ chức hội nghị sơ kết hoạt động 9 tháng năm 2018. Theo báo cáo, 9 tháng năm 2018, Công đoàn HEPZA đã kết nạp [[33.081|mn a f9-2018 s={HZ} n=KCX-KCN union of TP.HCM: region Hồ Chí Minh, scope the union as written (records.md regions)]] đoàn viên, đạt [[82,7%|mn p f9-2018 s={HZ} n=part-way attainment of the year target, dated to the 9 months (gold README 4)]] chỉ tiêu năm 2018 là [[40.000|mn t y2018 s={HZ}]] đoàn viên.

Kết quả một số hoạt động theo từng quý như sau:

| Nội dung | Quý I/2018 | Quý II/2018 | Quý III/2018 | Cộng 9 tháng |
|---|---|---|---|---|
| Kết nạp đoàn viên | [[9.840|mn a q1-2018 s={HZ} n={QN}]] | [[12.315|mn a q2-2018 s={HZ} n={QN}]] | [[10.926|mn a q3-2018 s={HZ} n={QN}]] | [[33.081|mn a f9-2018 s={HZ} n=total column Cộng 9 tháng: a mention of its own (gold README 1)]] |
| Tư vấn pháp luật (lượt) | [[1.245|lc a q1-2018 s={HZ} n={QN}]] | [[1.380|lc a q2-2018 s={HZ} n={QN}]] | [[1.512|lc a q3-2018 s={HZ} n={QN}]] | [[4.137|lc a f9-2018 s={HZ} n=total column Cộng 9 tháng (gold README 1)]] |
| Doanh nghiệp tổ chức đối thoại định kỳ | [[86|wd a q1-2018 s={HZ} n={QN}]] | [[104|wd a q2-2018 s={HZ} n={QN}]] | [[97|wd a q3-2018 s={HZ} n={QN}]] | [[287|wd a f9-2018 s={HZ} n=total column Cộng 9 tháng (gold README 1)]] |

Theo bà Trần Thị Kim Oanh, Phó Chủ tịch Công đoàn HEPZA, quý II thường là thời điểm kết nạp được nhiều đoàn viên nhất do các doanh nghiệp tuyển dụng lao động mới sau Tết. Phần lớn đoàn viên mới làm việc tại các doanh nghiệp 100% vốn nước ngoài trong KCX Tân Thuận, KCX Linh Trung và KCN Tân Tạo. Mức bữa ăn giữa ca bình quân tại các doanh nghiệp trong khu chế xuất, khu công nghiệp đã đạt 16.500 đồng/suất.

Công đoàn HEPZA cũng duy trì chương trình "Bữa cơm công đoàn", các buổi giao lưu, tư vấn pháp luật lưu động vào buổi tối tại khu nhà trọ, giúp công nhân dễ dàng tiếp cận. Các câu hỏi tập trung vào chế độ thai sản, bảo hiểm xã hội một lần, tiền lương làm thêm giờ và chấm dứt hợp đồng lao động.

Bên cạnh kết quả đạt được, công tác đối thoại ở một số doanh nghiệp còn mang tính hình thức; việc thương lượng tập thể về tiền lương, thưởng còn gặp khó khăn do nhiều doanh nghiệp thiếu đơn hàng.

Quý IV/2018, Công đoàn HEPZA phấn đấu hoàn thành vượt mức chỉ tiêu phát triển đoàn viên cả năm, đồng thời chuẩn bị chu đáo các hoạt động chăm lo Tết Kỷ Hợi 2019 cho công nhân.
"""

TERM = 'nhiệm kỳ qua -> the term 2018-2023 named in the sentence lead-in (records.md periods); figure attributed to the chairperson'
J17 = f"""
Khai mạc Đại hội Công đoàn tỉnh Long An lần thứ XI, nhiệm kỳ 2023-2028
14/07/2023 - 15:30

Sáng 13/7, tại TP. Tân An, Đại hội đại biểu Công đoàn tỉnh Long An lần thứ XI, nhiệm kỳ 2023-2028 chính thức khai mạc với sự tham dự của 250 đại biểu chính thức. Đại hội diễn ra trong 2 ngày (13-14/7).

Trình bày báo cáo chính trị tại đại hội, ông Võ Thanh Tâm, Chủ tịch LĐLĐ tỉnh Long An cho biết: nhiệm kỳ 2018-2023, trong bối cảnh dịch Covid-19 tác động nặng nề, các cấp công đoàn tỉnh đã kết nạp [[78.540|mn a t2018-2023]] đoàn viên, vượt [[31%|mn p t2018-2023 v=131 n=vượt 31% kế hoạch -> 131 (records.md status)]] kế hoạch; thành lập mới [[412|un a t2018-2023]] CĐCS. Đến nay, toàn tỉnh có [[1.826|ut a pub n=đến nay ... có: stock dated at publication (gold README 7)]] CĐCS với [[215.300|mt a pub]] đoàn viên, tăng gần 1,5 lần so với đầu nhiệm kỳ.

"Nhiệm kỳ qua, công đoàn đã hướng dẫn, hỗ trợ ký kết [[1.240|ca a t2018-2023 n={TERM}]] bản thỏa ước lao động tập thể; tư vấn pháp luật cho hơn [[36.000|lc a t2018-2023 b=o n={TERM}]] lượt người lao động; vận động xây dựng, sửa chữa [[236|sh a t2018-2023 n={TERM}]] Mái ấm Công đoàn với kinh phí hơn [[9,4 tỷ|shf a t2018-2023 b=o]] đồng; giới thiệu [[2.416|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét kết nạp", ông Tâm nhấn mạnh.

Phát biểu chỉ đạo đại hội, Phó Bí thư Thường trực Tỉnh ủy Long An ghi nhận những đóng góp của tổ chức công đoàn trong việc ổn định quan hệ lao động. Toàn tỉnh hiện có 37 khu, cụm công nghiệp đang hoạt động với hơn 300.000 lao động; vì vậy, công đoàn cần tiếp tục đổi mới phương thức hoạt động, hướng mạnh về cơ sở, chăm lo thiết thực cho công nhân.

Đại hội thông qua 8 chỉ tiêu chủ yếu của nhiệm kỳ 2023-2028, trong đó: phấn đấu kết nạp [[80.000|mn t t2023-2028 n=phấn đấu -> target of the term 2023-2028 (gold README 4); 8 chỉ tiêu is a count of plan items, not a record]] đoàn viên; thành lập [[300|un t t2023-2028]] CĐCS; hằng năm có 70% doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể. Đại hội cũng bầu 41 ủy viên Ban Chấp hành LĐLĐ tỉnh khóa XI.
"""

J18 = """
Kiên Giang: Năm 2021, công đoàn tăng tuyệt đối [[1.425|mnet a y2021 n=headline repeat of the body figure: takes its region and period (gold README 1)]] đoàn viên
28/12/2021

Ngày 27/12, LĐLĐ tỉnh Kiên Giang tổ chức Hội nghị Ban Chấp hành lần thứ 7 (khóa XI) tổng kết hoạt động công đoàn năm 2021, bằng hình thức trực tiếp kết hợp trực tuyến với 16 điểm cầu.

Báo cáo cho biết, năm 2021, mặc dù chịu ảnh hưởng nặng nề của dịch Covid-19, công đoàn tỉnh vẫn đạt một số kết quả nổi bật:
- Kết nạp mới [[5.640|mn a y2021 n=bullet under the lead-in năm 2021 (gold README 8)]] đoàn viên, thành lập [[46|un a y2021]] CĐCS; giảm [[4.215|ml a y2021]] đoàn viên, giải thể [[37|ud a y2021]] CĐCS; tăng tuyệt đối [[1.425|mnet a y2021]] đoàn viên và [[9|unet a y2021]] CĐCS.
- Hiện toàn tỉnh có [[1.318|ut a pub n=Hiện ... có: stock dated at publication (gold README 7)]] CĐCS với [[104.620|mt a pub]] đoàn viên.
- Hỗ trợ [[26.430|ben a y2021]] lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền [[15 tỷ 620 triệu|sf a y2021 v=15620000000 n=mixed form resolved (gold README 3)]] đồng. Ngoài ra, các cấp công đoàn còn trao [[8.500|ben a y2021 n=gift bags (Túi an sinh) count as beneficiaries, a mention separate from the support above (gold README 9)]] "Túi an sinh Công đoàn" cho công nhân ở lại khu nhà trọ trong thời gian giãn cách xã hội.
- Tổ chức [[124|tr a y2021]] hội nghị tập huấn, tuyên truyền trực tuyến cho [[9.860|te a y2021]] lượt cán bộ, đoàn viên.

Hội nghị đánh giá, tỷ lệ đoàn viên giảm do doanh nghiệp giải thể, người lao động nghỉ việc về quê trong thời gian dịch bệnh là khá lớn, tập trung ở các huyện Kiên Lương, Châu Thành và TP. Rạch Giá. Công tác phát triển đoàn viên trong doanh nghiệp ngoài nhà nước còn nhiều khó khăn.

Phương hướng, nhiệm vụ năm 2022:
- Phấn đấu kết nạp [[6.000|mn t y2022 n=bullet under the heading Phương hướng, nhiệm vụ năm 2022: target (gold README 8)]] đoàn viên, thành lập [[40|un t y2022 n=bullet under the 2022 plan heading: target (gold README 8)]] CĐCS;
- Tổ chức tốt đại hội công đoàn cơ sở, tiến tới Đại hội Công đoàn tỉnh Kiên Giang lần thứ XII, nhiệm kỳ 2023-2028;
- Xây dựng, sửa chữa [[30|sh t y2022 n=bullet under the 2022 plan heading: target (gold README 8)]] nhà "Mái ấm Công đoàn".
"""

CM = 'figure quoted by the chairperson; period from the question (records.md periods, nearest earlier phrase)'
J19 = f"""
Chủ tịch LĐLĐ tỉnh Cà Mau: "Phát triển đoàn viên là nhiệm vụ trọng tâm, xuyên suốt"
18/07/2024

6 tháng đầu năm 2024, LĐLĐ tỉnh Cà Mau đã hoàn thành nhiều chỉ tiêu quan trọng. Phóng viên có cuộc trò chuyện với bà Lê Thị Hồng Nhung, Chủ tịch LĐLĐ tỉnh, xung quanh kết quả này.

PV: Thưa bà, 6 tháng đầu năm 2024, công tác phát triển đoàn viên của tỉnh đạt kết quả ra sao?

Bà Lê Thị Hồng Nhung: 6 tháng qua, các cấp công đoàn tỉnh đã kết nạp [[1.850|mn a h1-2024 n={CM}]] đoàn viên, thành lập [[sáu|un a h1-2024 v=6 n=number word sáu -> 6 (records.md)]] CĐCS tại doanh nghiệp ngoài nhà nước, riêng phát triển đoàn viên đạt [[61,7%|mn p h1-2024]] kế hoạch năm. Hiện toàn tỉnh có [[758|ut a pub n=Hiện ... có: stock dated at publication (gold README 7)]] CĐCS với [[47.320|mt a pub]] đoàn viên. Chúng tôi cũng đã cập nhật thông tin của [[12.480|rec a h1-2024]] đoàn viên lên phần mềm quản lý đoàn viên, nâng tổng số đoàn viên có dữ liệu trên phần mềm lên [[42.160|rec a pub n=nâng tổng số ... lên: a stock dated at publication (records.md periods)]] người.

PV: Còn công tác kiểm tra, giám sát thì sao, thưa bà?

Bà Lê Thị Hồng Nhung: Ủy ban Kiểm tra LĐLĐ tỉnh đã kiểm tra tài chính [[28|fi a h1-2024 n=answer without its own period phrase: nearest earlier phrase 6 tháng qua (records.md periods)]] CĐCS; các cấp công đoàn tham gia [[12|sv a h1-2024 n=nearest earlier period phrase 6 tháng qua (records.md periods)]] cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động. Công tác nữ công cũng được quan tâm, đã thành lập mới [[bốn|wc a h1-2024 v=4 n=number word bốn -> 4 (records.md)]] Ban nữ công quần chúng.

PV: Tháng Công nhân năm nay có điểm gì nổi bật?

Bà Lê Thị Hồng Nhung: Tháng Công nhân năm 2024, có [[512|wmu a mo2024-05 n=Tháng Công nhân năm 2024 -> May 2024 (records.md periods)]] CĐCS tổ chức các hoạt động hưởng ứng. LĐLĐ tỉnh đã thăm, tặng [[1.200|ben a mo2024-05 n=gift packages -> beneficiaries (gold README 9); per-package value is not a record]] suất quà cho đoàn viên khó khăn, mỗi suất 500.000 đồng; phối hợp tổ chức chương trình "Tấm áo ấm – Tình công đoàn" tại khóm 5, phường 8, TP. Cà Mau.

PV: 6 tháng cuối năm, LĐLĐ tỉnh tập trung vào những nhiệm vụ gì?

Bà Lê Thị Hồng Nhung: Chúng tôi phấn đấu kết nạp thêm [[1.150|mn t h2-2024 n=phấn đấu -> target of the second half (gold README 4)]] đoàn viên, thành lập ít nhất [[4|un t h2-2024 b=o n=ít nhất -> over (gold README 5)]] CĐCS để hoàn thành chỉ tiêu năm; tiếp tục vận động nguồn lực xây dựng "Mái ấm Công đoàn" cho đoàn viên chưa có nhà ở ổn định.

PV: Xin cảm ơn bà!
"""

YC = 'year column of the comparison table (column heading sets the period); the So sánh (%) column is a pure comparison, not a record'
J20 = f"""
Lào Cai: Năm 2025, công đoàn kết nạp [[7.215|mn a y2025 n={HEAD}]] đoàn viên
18/12/2025

Ngày 17/12, LĐLĐ tỉnh Lào Cai tổ chức hội nghị Ban Chấp hành tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên LĐLĐ tỉnh hoạt động theo mô hình mới sau khi hợp nhất LĐLĐ hai tỉnh Lào Cai và Yên Bái; công đoàn cấp huyện kết thúc hoạt động, các CĐCS được chuyển về trực thuộc LĐLĐ tỉnh và các công đoàn ngành.

Ông Lý Văn Dũng, Chủ tịch LĐLĐ tỉnh cho biết: năm 2025, các cấp công đoàn đã kết nạp [[7.215|mn a y2025 n=post-merger Lào Cai keeps its pre-merger name; the merged body's year figure takes region Lào Cai (records.md regions)]] đoàn viên, thành lập [[53|un a y2025]] CĐCS, vượt kế hoạch đề ra.

Một số chỉ tiêu chủ yếu năm 2025 so với năm 2024:

Chỉ tiêu\tNăm 2024\tNăm 2025\tSo sánh (%)
Kết nạp đoàn viên mới\t[[6.480|mn a y2024 n={YC}; the 2024 column is given by the merged body: region Lào Cai (reporting organisation)]]\t[[7.215|mn a y2025 n={YC}]]\t111,3
Thành lập CĐCS mới\t[[47|un a y2024 n={YC}]]\t[[53|un a y2025 n={YC}]]\t112,8
Lượt đoàn viên, NLĐ được thăm hỏi, hỗ trợ\t[[68.920|ben a y2024 n={YC}]]\t[[41.350|ben a y2025 n={YC}]]\t60,0
Tổng kinh phí hỗ trợ (triệu đồng)\t[[52.640|sf a y2024 v=52640000000 n=multiplier triệu đồng from the row label, value resolved (gold README 3)]]\t[[28.415|sf a y2025 v=28415000000 n=multiplier triệu đồng from the row label (gold README 3)]]\t54,0

Theo ông Dũng, năm 2024, do ảnh hưởng nặng nề của cơn bão số 3 (Yagi) và hoàn lưu sau bão, số lượt đoàn viên được hỗ trợ và kinh phí tăng đột biến; năm 2025 công tác chăm lo trở lại mức bình thường, tập trung vào đoàn viên có hoàn cảnh khó khăn về nhà ở, đoàn viên bị bệnh hiểm nghèo.

Hội nghị cũng chỉ ra một số khó khăn: địa bàn rộng, nhiều CĐCS ở vùng cao cách xa trung tâm; đội ngũ cán bộ công đoàn chuyên trách sau sắp xếp còn mỏng; việc phát triển đoàn viên tại các doanh nghiệp khai khoáng, nông lâm nghiệp gặp nhiều trở ngại do lao động thời vụ chiếm tỷ lệ cao.

Phương hướng, nhiệm vụ năm 2026:
- Kết nạp [[7.500|mn t y2026 n=bullet under the heading Phương hướng, nhiệm vụ năm 2026: target (gold README 8)]] đoàn viên, thành lập [[50|un t y2026 n=bullet under the 2026 plan heading: target (gold README 8)]] CĐCS;
- Tổ chức thành công Đại hội Công đoàn tỉnh Lào Cai lần thứ nhất, nhiệm kỳ 2025-2030 (sau hợp nhất).
"""

ARTS = [
    ('j16', 'https://nld.com.vn/cong-doan/cong-doan-hepza-9-thang-ket-nap-33081-doan-vien', '2018-10-22', 'Hồ Chí Minh', J16),
    ('j17', 'https://baolongan.vn/khai-mac-dai-hoi-cong-doan-tinh-long-an-lan-thu-xi', '2023-07-14', 'Long An', J17),
    ('j18', 'https://baokiengiang.vn/nam-2021-cong-doan-tang-tuyet-doi-1425-doan-vien', '2021-12-28', 'Kiên Giang', J18),
    ('j19', 'https://baocamau.vn/chu-tich-ldld-tinh-phat-trien-doan-vien-la-nhiem-vu-trong-tam', '2024-07-18', 'Cà Mau', J19),
    ('j20', 'https://baolaocai.vn/nam-2025-cong-doan-ket-nap-7215-doan-vien', '2025-12-18', 'Lào Cai', J20),
]
