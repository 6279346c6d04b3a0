"""as16-as20: national press briefing with labour-market figures, Workers' Month wrap-up,
education sector school year, membership decrease, occupational disease page (no records)."""

AS16 = """Tổng LĐLĐ Việt Nam: Tháng Công nhân 2025 dự kiến chăm lo cho [[1,2 triệu|ben t mo2025-05 n=gold README 1: headline repeat of the body target]] đoàn viên, người lao động

23/04/2025 10:05

Chiều 22/4, tại Hà Nội, Tổng Liên đoàn Lao động Việt Nam tổ chức họp báo thông tin về Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2025.

Theo báo cáo tại họp báo, quý I/2025, lực lượng lao động cả nước khoảng 53,1 triệu người; tỷ lệ thất nghiệp trong độ tuổi lao động 2,2%; thu nhập bình quân của người lao động 8,2 triệu đồng/tháng, tăng 9,5% so với cùng kỳ. Cả nước có khoảng 3.200 lao động bị mất việc do doanh nghiệp thiếu đơn hàng, tập trung ở ngành dệt may, da giày.

Cũng trong quý I/2025, các cấp công đoàn cả nước kết nạp hơn [[146.000|mn a q1-2025 b=o]] đoàn viên, thành lập [[520|un a q1-2025]] công đoàn cơ sở. Đến nay, đã có [[8,9 triệu|rec a pub n=records.md stocks: đến nay ... đã có, dated at publication (member_records has no _total code)]] đoàn viên được cấp thẻ đoàn viên công đoàn điện tử trên ứng dụng Công đoàn Việt Nam.

Tháng Công nhân năm 2025 có chủ đề "Công nhân Việt Nam tự tin, bản lĩnh, đổi mới, sáng tạo, vươn mình trong kỷ nguyên mới". Dự kiến, trong Tháng Công nhân, các cấp công đoàn sẽ thăm hỏi, tặng quà, hỗ trợ [[1,2 triệu|ben t mo2025-05 n=gold README 4 and 8: dự kiến planned figure -> target of Tháng Công nhân (May)]] đoàn viên, người lao động với tổng kinh phí khoảng [[1.000 tỷ|sf t mo2025-05 b=a]] đồng.

Người lao động có thể phản ánh vi phạm về an toàn lao động qua tổng đài 1900 1296 hoặc ứng dụng Công đoàn Việt Nam. Năm 2024, cả nước xảy ra 7.750 vụ tai nạn lao động làm 7.995 người bị nạn.

Hơn 120 phóng viên, đại diện cơ quan báo chí dự họp báo.

Mai Hương

Bình luận (0)
"""

AS17 = """Hà Nam tổng kết Tháng Công nhân năm 2022

31/05/2022 16:10

BHN - Chiều 30/5, Liên đoàn Lao động (LĐLĐ) tỉnh Hà Nam tổ chức hội nghị tổng kết Tháng Công nhân năm 2022.

Tháng Công nhân năm nay được tổ chức ở [[486|wmu a mo2022-05]] CĐCS trong toàn tỉnh. Trong tháng, các cấp công đoàn đã thăm, tặng [[4.120|ben a mo2022-05]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng trị giá gần [[2,1 tỷ|sf a mo2022-05 b=u]] đồng; phối hợp tổ chức đối thoại tại [[64|wd a mo2022-05]] doanh nghiệp, qua đó vận động [[35|meal a mo2022-05]] doanh nghiệp nâng giá trị bữa ăn ca lên từ 18.000 đến 25.000 đồng/suất. Các cấp công đoàn cũng tham gia [[22|sv a mo2022-05]] cuộc kiểm tra, giám sát việc thực hiện an toàn, vệ sinh lao động.

Đồng chí Trần Thị Thu, Chủ tịch LĐLĐ tỉnh, trao quà cho công nhân Công ty TNHH Sumidenso Việt Nam.

Tuy nhiên, trong tháng vẫn xảy ra 1 vụ ngừng việc tập thể tại một doanh nghiệp may ở KCN Đồng Văn II với khoảng 420 công nhân tham gia và 4 vụ tai nạn lao động làm 2 người chết. Giải chạy "Vì sức khỏe người lao động" thu hút hơn 1.200 vận động viên.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân.

Đường dây nóng LĐLĐ tỉnh: 0226.3852.456

Số lần đọc: 2.105
"""

AS18 = """Công đoàn ngành Giáo dục Trà Vinh tổng kết năm học 2022-2023

Thứ Ba, 26/09/2023 - 09:30

Ngày 25/9, Công đoàn ngành Giáo dục tỉnh Trà Vinh tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024.

Năm học 2022-2023, [[487/490|oc a sy2022 s=Công đoàn ngành Giáo dục n=x/y -> the count x (gold README 3)]] đơn vị trường học tổ chức hội nghị viên chức, người lao động đúng quy định; công đoàn ngành kết nạp [[210|mn a sy2022 s=Công đoàn ngành Giáo dục]] đoàn viên mới. Hiện Công đoàn ngành có [[142|ut a pub s=Công đoàn ngành Giáo dục n=gold README 7 and 10: sector stock dated at publication, sector union scope]] CĐCS với [[11.840|mt a pub s=Công đoàn ngành Giáo dục]] đoàn viên.

Về chuyên môn, năm học vừa qua, tỷ lệ học sinh tốt nghiệp THPT của tỉnh đạt 98,72%; có 412 học sinh đạt giải học sinh giỏi cấp tỉnh và 27 học sinh đạt giải quốc gia. Toàn ngành có 1.235 giáo viên được công nhận giáo viên dạy giỏi các cấp.

Năm học 2023-2024, Công đoàn ngành phấn đấu 100% đơn vị tổ chức hội nghị viên chức, người lao động.

Ánh Tuyết

Tổng lượt truy cập: 3,152,407
"""

AS19 = """Đắk Nông: Năm 2024 giảm hơn [[1.100|ml a y2024 b=o n=gold README 1: rounded headline repeat of 1.136, takes its period]] đoàn viên công đoàn

18/03/2025 09:40

(ĐNO) - Giá cà phê tăng cao, nhiều người lao động nghỉ việc tại doanh nghiệp để về quê làm nông nghiệp khiến số đoàn viên công đoàn trong tỉnh giảm mạnh.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Đắk Nông, năm 2024, toàn tỉnh giảm [[1.136|ml a y2024]] đoàn viên do doanh nghiệp giải thể, người lao động nghỉ việc; giải thể [[14|ud a y2024]] công đoàn cơ sở (CĐCS). Cùng kỳ, các cấp công đoàn kết nạp [[1.582|mn a y2024]] đoàn viên, thành lập mới [[19|un a y2024]] CĐCS; như vậy tăng tuyệt đối [[446|mnet a y2024]] đoàn viên và [[5|unet a y2024]] CĐCS. Hiện toàn tỉnh có [[612|ut a pub]] CĐCS với [[31.540|mt a pub]] đoàn viên. Các cấp công đoàn giới thiệu [[96|pr a y2024]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Người dân thu hoạch cà phê tại huyện Đắk Mil. Ảnh: Đ.Minh

Thời điểm đầu năm 2025, giá cà phê nhân xô có lúc vượt 130.000 đồng/kg, gấp gần 3 lần so với 3 năm trước. Thu nhập của lao động thời vụ hái cà phê từ 350.000 đến 500.000 đồng/ngày, cao hơn lương công nhân. Khoảng 35% lao động nghỉ việc ở doanh nghiệp trong năm là lao động phổ thông dưới 30 tuổi.

Năm 2025, LĐLĐ tỉnh phấn đấu phát triển [[1.500|mn t y2025]] đoàn viên, thành lập [[15|un t y2025]] CĐCS.

Hoàng Minh
"""

AS20 = """Phú Thọ: Hơn 180 người lao động mắc bệnh nghề nghiệp

Thứ Ba, 08/06/2021 - 15:00

Năm 2020, Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ đã khám bệnh nghề nghiệp cho 4.215 người lao động tại 37 cơ sở sản xuất, phát hiện 186 trường hợp mắc bệnh, chủ yếu là bệnh bụi phổi silic và điếc nghề nghiệp. Hiện chỉ khoảng 22% doanh nghiệp trong tỉnh tổ chức khám phát hiện bệnh nghề nghiệp định kỳ.

Theo bác sĩ Nguyễn Văn Tâm, Phó Giám đốc Trung tâm, người lao động làm việc trong môi trường có nồng độ bụi vượt 2 đến 5 lần mức cho phép trong thời gian dài rất dễ mắc bệnh. Chi phí khám bệnh nghề nghiệp khoảng 350.000 đồng/người, nhiều doanh nghiệp nhỏ chưa sẵn sàng chi trả.

Công nhân một nhà máy gạch tuynel làm việc trong môi trường nhiều bụi.

Tháng hành động về an toàn, vệ sinh lao động năm 2021 được tổ chức từ ngày 1 đến 30/6, với trọng tâm là phòng, chống bệnh nghề nghiệp trong các ngành sản xuất vật liệu xây dựng, khai khoáng.

Minh Phương

Tin liên quan
- LĐLĐ tỉnh kết nạp 2.350 đoàn viên trong 5 tháng
- Thành lập 12 công đoàn cơ sở ở doanh nghiệp ngoài nhà nước
- 30 Mái ấm Công đoàn được trao cho đoàn viên khó khăn

Ý kiến của bạn
Bình luận (2)
"""

ARTS = [
    ('as16', 'https://laodong.vn/cong-doan/thang-cong-nhan-2025-du-kien-cham-lo-cho-12-trieu-doan-vien-nguoi-lao-dong-1495302.ldo', '2025-04-23', 'Việt Nam', AS16),
    ('as17', 'https://baohanam.com.vn/xa-hoi/lao-dong-viec-lam/ha-nam-tong-ket-thang-cong-nhan-nam-2022-58120.html', '2022-05-31', 'Hà Nam', AS17),
    ('as18', 'https://congdoantravinh.com.vn/tin-tuc/cong-doan-nganh-giao-duc-tra-vinh-tong-ket-nam-hoc-2022-2023', '2023-09-26', 'Trà Vinh', AS18),
    ('as19', 'https://baodaknong.vn/dak-nong-nam-2024-giam-hon-1100-doan-vien-cong-doan-236118.html', '2025-03-18', 'Đắk Nông', AS19),
    ('as20', 'https://baophutho.vn/xa-hoi/202106/hon-180-nguoi-lao-dong-mac-benh-nghe-nghiep-175240.htm', '2021-06-08', 'Phú Thọ', AS20),
]
