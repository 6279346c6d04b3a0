from lib import *
drop("d20")

add("d16", "https://baodaknong.vn/chuong-trinh-phuc-loi-doan-vien-mo-rong-toi-23-doi-tac-221457.html", "2024-10-08", """
Đắk Nông: Chương trình Phúc lợi đoàn viên mở rộng tới 23 đối tác

08/10/2024 10:22
Cập nhật: 08/10/2024 10:35

(BĐN) - 9 tháng năm 2024, LĐLĐ tỉnh Đắk Nông đã ký kết 23 thỏa thuận hợp tác thực hiện Chương trình “Phúc lợi đoàn viên công đoàn” với các doanh nghiệp, cơ sở y tế, siêu thị trên địa bàn, tăng 8 đối tác so với cùng kỳ. Nhờ đó, đoàn viên được giảm giá từ 5 đến 20% khi mua hàng hóa, sử dụng dịch vụ.

Cũng trong 9 tháng, có 1.287 người lao động được kết nạp vào tổ chức công đoàn, đạt 85,8% mục tiêu năm; 11 CĐCS được thành lập mới. Trong đó, LĐLĐ huyện Đắk Mil kết nạp 214 đoàn viên, cao nhất toàn tỉnh.

Tỉnh đã hoàn thành cập nhật dữ liệu của 100% đoàn viên, tương đương 32.140 người, lên phần mềm quản lý đoàn viên của Tổng LĐLĐ Việt Nam. Các cấp công đoàn cũng kịp thời thăm hỏi 62 đoàn viên bị ảnh hưởng mưa lũ với số tiền 124 triệu đồng.

Đắk Nông là tỉnh có diện tích cà phê lớn, khoảng 140.000 ha, lao động chủ yếu làm việc trong khu vực nông nghiệp, phi chính thức, nên việc phát triển đoàn viên còn nhiều khó khăn. Theo bà Nguyễn Thị Hoa, Chủ tịch LĐLĐ tỉnh, thời gian tới, tỉnh sẽ thí điểm thành lập nghiệp đoàn tại các hợp tác xã cà phê.

Ảnh: Đại diện LĐLĐ tỉnh ký kết thỏa thuận hợp tác với các đối tác trong Chương trình Phúc lợi đoàn viên.

Hồng Thoan

Đường dây nóng: 0261.3544.172
""", [
    R("welfare_partners", 23, "23", note="headline repeat"),
    R("welfare_partners", 23, "23", note="'9 tháng năm 2024' -> Jan-Sep; 'tăng 8 đối tác so với cùng kỳ' fits no code"),
    R("members_new", 1287, "1.287"),
    R("members_new", 85.8, "85,8%", status="attainment"),
    R("unions_new", 11, "11"),
    R("members_new", 214, "214", scope="LĐLĐ huyện Đắk Mil"),
    R("member_records", 32140, "32.140", note="100% is a coverage share, not a record"),
    R("beneficiaries", 62, "62"),
    R("support_funds", 124000000, "124 triệu"),
], region="Đắk Nông", per=("2024-01-01", "2024-09-30"))

add("d17", "https://baobaclieu.vn/chinh-tri/bac-lieu-ket-nap-moi-hon-1000-doan-vien-cong-doan-94712.html", "2023-11-15", """
Bạc Liêu: Kết nạp mới hơn 1.000 đoàn viên công đoàn

Thứ Tư, 15/11/2023 | 14:10 GMT+7

(BBL) - Trong 10 tháng năm 2023, LĐLĐ tỉnh Bạc Liêu kết nạp mới 1.036 ĐVCĐ (đạt 103,6% KH năm), thành lập mới 8 CĐCS (đạt 80% KH). Hiện tổng số ĐVCĐ toàn tỉnh là 31.052, tổng số CĐCS là 764.

Trong 10 tháng, các cấp CĐ tổ chức thăm, tặng quà 4.720 lượt ĐVCĐ, CNVCLĐ (trị giá 1,54 tỷ đồng); hỗ trợ xây dựng 12 “Mái ấm Công đoàn” (mỗi căn 50 triệu đồng) với tổng số tiền 600 triệu đồng. Công tác tuyên truyền, phổ biến pháp luật được đẩy mạnh với 15.380 lượt CNVCLĐ tham dự; LĐLĐ tỉnh phối hợp tổ chức 6 cuộc giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp.

Bên cạnh kết quả đạt được, công tác phát triển đoàn viên ở khu vực doanh nghiệp ngoài nhà nước còn chậm; nhiều doanh nghiệp có từ 25 lao động trở lên chưa thành lập công đoàn. LĐLĐ tỉnh kiến nghị UBND tỉnh chỉ đạo các sở, ngành phối hợp tạo điều kiện để công đoàn tiếp cận người lao động.

Ông Huỳnh Chí Nguyện, Phó Chủ tịch Thường trực LĐLĐ tỉnh cho biết, những tháng cuối năm, LĐLĐ tỉnh tập trung chăm lo Tết cho đoàn viên, người lao động, nhất là công nhân có hoàn cảnh khó khăn, bị mất việc làm.

Hữu Thọ

Tin liên quan
Bạc Liêu đón 2,6 triệu lượt khách du lịch trong 10 tháng
Điện gió Bạc Liêu: 300 MW hòa lưới điện quốc gia
""", [
    R("members_new", 1000, "1.000", bound="over", note="headline repeat of 1.036"),
    R("members_new", 1036, "1.036"),
    R("members_new", 103.6, "103,6%", status="attainment", note="'KH' abbreviates kế hoạch"),
    R("unions_new", 8, "8"),
    R("unions_new", 80, "80%", status="attainment"),
    R("members_total", 31052, "31.052", per=D("2023-11-15")),
    R("unions_total", 764, "764", per=D("2023-11-15")),
    R("beneficiaries", 4720, "4.720"),
    R("support_funds", 1540000000, "1,54 tỷ"),
    R("shelter_houses", 12, "12"),
    R("shelter_funds", 600000000, "600 triệu", note="50 triệu đồng per house is per-item"),
    R("trainees", 15380, "15.380"),
    R("supervisions", 6, "6"),
], region="Bạc Liêu", per=("2023-01-01", "2023-10-31"))

add("d18", "https://baohaugiang.com.vn/cong-doan/hau-giang-trien-khai-thang-cong-nhan-nam-2017-71204.html", "2017-05-03", """
Hậu Giang triển khai Tháng Công nhân năm 2017

Cập nhật: 03-05-2017 08:32:15 | Công đoàn

(HGO) - LĐLĐ tỉnh Hậu Giang vừa ban hành Kế hoạch số 112/KH-LĐLĐ về tổ chức Tháng Công nhân năm 2017 với chủ đề “Công đoàn đồng hành cùng người lao động”.

Theo kế hoạch, trong Tháng Công nhân năm 2017, các cấp công đoàn phấn đấu:
- Trao 3.500 suất quà (mỗi suất 400.000 đồng) cho công nhân, lao động có hoàn cảnh khó khăn, tổng kinh phí 1,4 tỷ đồng;
- Phối hợp với 25 doanh nghiệp tổ chức đối thoại tại nơi làm việc;
- Vận động 15 doanh nghiệp nâng chất lượng bữa ăn giữa ca;
- Hỗ trợ xây dựng 4 nhà Mái ấm Công đoàn;
- Có ít nhất 250 CĐCS tổ chức các hoạt động hưởng ứng Tháng Công nhân.

Năm trước, Tháng Công nhân năm 2016 được tổ chức tại 210 CĐCS; các cấp công đoàn tặng 2.960 suất quà cho đoàn viên, NLĐ, trong đó LĐLĐ TP Vị Thanh tặng 480 suất.

Ông Trần Văn Phúc, Chủ tịch LĐLĐ tỉnh, đề nghị các CĐCS tại KCN Tân Phú Thạnh, KCN Sông Hậu chủ động đề xuất với người sử dụng lao động để tổ chức các hoạt động thiết thực, tránh hình thức. Lễ phát động Tháng Công nhân cấp tỉnh sẽ diễn ra vào ngày 6/5 tại KCN Tân Phú Thạnh, dự kiến có khoảng 1.500 công nhân tham dự.

Thu Sương

Số lượt xem: 2.105
""", [
    R("beneficiaries", 3500, "3.500", status="target", note="list under a target heading"),
    R("support_funds", 1400000000, "1,4 tỷ", status="target"),
    R("workplace_dialogues", 25, "25", status="target"),
    R("meal_upgrades", 15, "15", status="target"),
    R("shelter_houses", 4, "4", status="target"),
    R("workers_month_units", 250, "250", status="target", bound="over", note="'ít nhất' -> over"),
    R("workers_month_units", 210, "210", per=M(5, 2016)),
    R("beneficiaries", 2960, "2.960", per=M(5, 2016)),
    R("beneficiaries", 480, "480", per=M(5, 2016), scope="LĐLĐ TP Vị Thanh"),
], region="Hậu Giang", per=M(5, 2017))

add("d19", "https://baoyenbai.com.vn/12/143521/yen-bai-cham-lo-cho-gan-9000-luot-cnvcld.aspx", "2016-12-30", """
Yên Bái: Chăm lo cho gần 9.000 lượt CNVCLĐ

Cập nhật: 30/12/2016 | 08:40:12

YBĐT - Trong năm, LĐLĐ tỉnh Yên Bái đã chỉ đạo các cấp công đoàn tập trung chăm lo đời sống, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động.

Các cấp công đoàn đã thăm hỏi, tặng quà, trợ cấp khó khăn cho chừng 8.900 lượt CNVCLĐ, tổng số tiền xấp xỉ 2,6 tỷ đồng. Hai mươi nhà Mái ấm Công đoàn được xây mới và bàn giao cho đoàn viên nghèo ở các huyện Lục Yên, Trạm Tấu, Văn Chấn.

Số lượt đoàn viên, NLĐ được tư vấn pháp luật: 1.112. Công đoàn tham gia thương lượng, ký kết thỏa ước lao động tập thể tại 46 doanh nghiệp. Tổ chức 28 hội nghị tập huấn, tuyên truyền Bộ luật Lao động, Luật Công đoàn cho gần 4.000 lượt đoàn viên.

Về phát triển tổ chức, toàn tỉnh kết nạp 1.530 đoàn viên, thành lập 16 CĐCS; LĐLĐ huyện Văn Yên dẫn đầu với 245 đoàn viên mới.

Năm 2017, LĐLĐ tỉnh đặt mục tiêu kết nạp 1.500 đoàn viên, thành lập 12 CĐCS, tập trung vào các doanh nghiệp ngoài nhà nước có từ 20 lao động trở lên.

Theo đồng chí Vũ Thị Hiền Hạnh, Chủ tịch LĐLĐ tỉnh, những kết quả trên góp phần quan trọng vào việc ổn định quan hệ lao động, không để xảy ra tranh chấp lao động tập thể, ngừng việc tập thể trên địa bàn tỉnh.

Thanh Chi

Ý kiến bạn đọc (0)
""", [
    R("beneficiaries", 9000, "9.000", bound="under", note="headline repeat of 8.900 (rounded)"),
    R("beneficiaries", 8900, "8.900", bound="about", note="'chừng' -> about; 'Trong năm' published in December -> 2016"),
    R("support_funds", 2600000000, "2,6 tỷ", bound="about"),
    R("shelter_houses", 20, "Hai mươi", chk=False),
    R("legal_consultations", 1112, "1.112"),
    R("collective_agreements", 46, "46"),
    R("trainings", 28, "28"),
    R("trainees", 4000, "4.000", bound="under"),
    R("members_new", 1530, "1.530"),
    R("unions_new", 16, "16"),
    R("members_new", 245, "245", scope="LĐLĐ huyện Văn Yên"),
    R("members_new", 1500, "1.500", status="target", per=Y(2017)),
    R("unions_new", 12, "12", status="target", per=Y(2017)),
], region="Yên Bái", per=Y(2016))

add("d20", "https://baodanang.vn/xa-hoi/202501/hon-5000-doan-vien-moi-trong-nam-2024-4012587/", "2025-01-20", """
Đà Nẵng: Hơn 5.000 đoàn viên mới trong năm 2024

20/01/2025 10:15

Năm qua, trong bối cảnh kinh tế thành phố tăng trưởng 6,2%, nhiều doanh nghiệp mở rộng sản xuất, LĐLĐ thành phố Đà Nẵng đã kết nạp 5.214 đoàn viên, vượt 4,3% kế hoạch; thành lập mới 27 CĐCS tại doanh nghiệp ngoài khu vực nhà nước, nâng tổng số CĐCS toàn thành phố lên 2.106. Riêng quý IV/2024, các cấp công đoàn kết nạp 980 đoàn viên.

Công đoàn các KCN và chế xuất Đà Nẵng hiện có 96 CĐCS, quản lý trên 30.000 đoàn viên, phần lớn làm việc tại KCN Hòa Khánh, Liên Chiểu và Khu công nghệ cao.

Về điều chỉnh bữa ăn giữa ca, trong năm 2024 có 74 doanh nghiệp điều chỉnh tăng giá trị bữa ăn, mức bình quân 22.000 đồng/suất. Các CĐCS phối hợp tổ chức đối thoại định kỳ tại 412 doanh nghiệp, qua đó giải quyết nhiều kiến nghị của công nhân về tiền lương, thời giờ làm việc.

Tổng LĐLĐ Việt Nam cũng đã hỗ trợ thành phố xây dựng 10 Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn với tổng số tiền 500 triệu đồng.

Bà Phan Thị Thúy Linh, Chủ tịch LĐLĐ thành phố, cho biết, năm 2025, LĐLĐ thành phố tiếp tục triển khai Nghị quyết Đại hội Công đoàn thành phố lần thứ XII, nhiệm kỳ 2023-2028, tập trung nâng cao chất lượng hoạt động của CĐCS.

Ảnh: Công nhân KCN Hòa Khánh trong bữa ăn giữa ca.

Thu Hà

Đà Nẵng đón 10,9 triệu lượt khách năm 2024
""", [
    R("members_new", 5000, "5.000", bound="over", note="headline repeat of 5.214"),
    R("members_new", 5214, "5.214", note="'Năm qua' published in January -> 2024"),
    R("members_new", 104.3, "4,3%", status="attainment", chk=False, note="vượt 4,3% kế hoạch -> 104.3"),
    R("unions_new", 27, "27", scope="doanh nghiệp ngoài khu vực nhà nước"),
    R("unions_total", 2106, "2.106", per=D("2025-01-20")),
    R("members_new", 980, "980", per=Q(4, 2024)),
    R("unions_total", 96, "96", per=D("2025-01-20"), scope="Công đoàn các KCN và chế xuất Đà Nẵng"),
    R("members_total", 30000, "30.000", bound="over", per=D("2025-01-20"), scope="Công đoàn các KCN và chế xuất Đà Nẵng"),
    R("meal_upgrades", 74, "74", note="22.000 đồng/suất is a per-item level"),
    R("workplace_dialogues", 412, "412"),
    R("shelter_houses", 10, "10", note="national body acting in the city -> Đà Nẵng"),
    R("shelter_funds", 500000000, "500 triệu"),
], region="Đà Nẵng", per=Y(2024))
