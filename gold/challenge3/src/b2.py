from mk import *

add("e09", "https://baonamdinh.vn/channel/5085/202104/tu-van-phap-luat-cho-gan-900-luot-nguoi-lao-dong-2545513/", None, """
Tư vấn pháp luật cho gần 900 lượt người lao động

(BNĐ) - Quý I/2021, Văn phòng Tư vấn pháp luật Công đoàn tỉnh và các cấp công đoàn đã tư vấn pháp luật trực tiếp và qua điện thoại cho 892 lượt đoàn viên, người lao động.

Nội dung tư vấn chủ yếu liên quan đến chế độ bảo hiểm xã hội, tiền lương, thời giờ làm việc và chấm dứt hợp đồng lao động. Văn phòng đã cử luật sư tham gia bảo vệ quyền lợi cho người lao động trong 4 vụ việc tại tòa án, giúp người lao động nhận lại số tiền trên 320 triệu đồng.

Cùng với tư vấn, LĐLĐ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức 11 hội nghị tuyên truyền, phổ biến pháp luật lao động cho hơn 2.100 đoàn viên, công nhân tại các KCN Hòa Xá, Mỹ Trung, Bảo Minh. LĐLĐ tỉnh cũng tham gia 18 cuộc kiểm tra, giám sát việc thực hiện pháp luật lao động tại các doanh nghiệp.

Năm 2021, Văn phòng Tư vấn pháp luật Công đoàn tỉnh phấn đấu tư vấn cho trên 3.500 lượt người lao động. Mọi thắc mắc về pháp luật lao động, đoàn viên, người lao động liên hệ đường dây nóng 0228.3849.268 hoặc 1900.9099.

Ngọc Ánh
""", [
    R("legal_consultations", 900, "900", bound="under", note="headline repeat of 892: takes its Q1 2021 period"),
    R("legal_consultations", 892, "892"),
    R("trainings", 11, "11", note="'hội nghị tuyên truyền, phổ biến pháp luật' counted as trainings (as challenge2 d03); '4 vụ việc' and 'trên 320 triệu' (court cases, money recovered) fit no code"),
    R("trainees", 2100, "2.100", bound="over"),
    R("supervisions", 18, "18"),
    R("legal_consultations", 3500, "3.500", status="target", bound="over", per=Y(2021), note="hotline numbers are not records"),
], region="Nam Định", per=Q(1, 2021))

add("e10", "https://baothuathienhue.vn/xa-hoi/giao-duc/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2022-2023-129745.html", None, """
Công đoàn ngành Giáo dục tổng kết năm học 2022-2023

Sáng 28/7, Công đoàn ngành Giáo dục tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024.

Năm học 2022-2023, phối hợp với thủ trưởng, 312 cơ quan, đơn vị trường học trong ngành đã tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Các CĐCS đã kết nạp 186 đoàn viên mới; thành lập 2 CĐCS tại các trường ngoài công lập. Công đoàn các cấp đã thăm hỏi, hỗ trợ 1.540 lượt đoàn viên ốm đau, gặp hoàn cảnh khó khăn với số tiền 824 triệu đồng. Công tác phát triển Đảng trong đội ngũ nhà giáo được chú trọng: các CĐCS đã giới thiệu 95 đoàn viên ưu tú cho chi bộ xem xét, đến nay đã có 71 quần chúng được kết nạp vào Đảng.

Hiện Công đoàn ngành có 318 CĐCS với 16.420 đoàn viên.

Năm học 2023-2024, Công đoàn ngành phấn đấu kết nạp ít nhất 150 đoàn viên mới, 100% CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên.

Công đoàn ngành Giáo dục tặng Bằng khen cho các tập thể có thành tích xuất sắc năm học 2022-2023. Ảnh: T.H

Minh Văn
""", [
    R("official_conferences", 312, "312"),
    R("members_new", 186, "186"),
    R("unions_new", 2, "2", scope="trường ngoài công lập"),
    R("beneficiaries", 1540, "1.540"),
    R("support_funds", 824000000, "824 triệu"),
    R("party_referrals", 95, "95"),
    R("party_admitted", 71, "71", note="'đến nay đã có 71 ... được kết nạp' is a flow of the school year (guideline 7), not a stock"),
    R("unions_total", 318, "318", per=(None, None), note="'Hiện' stock with no publication date -> null"),
    R("members_total", 16420, "16.420", per=(None, None)),
    R("members_new", 150, "150", status="target", bound="over", per=SY(2023, 2024), note="'ít nhất' -> over; '100% ... trở lên' is not a record"),
], region="Thừa Thiên Huế", scope="Công đoàn ngành Giáo dục", per=SY(2022, 2023))

add("e11", "https://baogialai.com.vn/channel/8194/201812/ldld-thi-xa-an-khe-tong-ket-hoat-dong-cong-doan-nam-2018-5621873/", "2018-12-21", """
LĐLĐ thị xã An Khê tổng kết hoạt động công đoàn năm 2018

Thứ Sáu, 21/12/2018, 15:12

(GLO)- Chiều 20-12, Liên đoàn Lao động thị xã An Khê tổ chức hội nghị tổng kết hoạt động công đoàn năm 2018 và triển khai phương hướng, nhiệm vụ năm 2019.

Trong năm, LĐLĐ thị xã đã kết nạp mới 214 đoàn viên, thành lập 3 công đoàn cơ sở, nâng tổng số CĐCS trực thuộc lên 64 với 2.305 đoàn viên. Các cấp công đoàn giới thiệu 23 đoàn viên ưu tú để Đảng xem xét bồi dưỡng; trong đó có 15 đoàn viên đã được kết nạp Đảng. Bên cạnh đó, LĐLĐ thị xã tổ chức thăm hỏi, tặng quà cho 412 đoàn viên ốm đau, có hoàn cảnh khó khăn với số tiền gần 130 triệu đồng; hỗ trợ xây dựng 2 nhà "Mái ấm Công đoàn" với kinh phí 60 triệu đồng.

Năm 2019, LĐLĐ thị xã phấn đấu kết nạp mới 200 đoàn viên trở lên, thành lập 2 CĐCS. Dịp này, LĐLĐ thị xã tặng giấy khen cho 8 tập thể và 17 cá nhân có thành tích xuất sắc trong phong trào CNVCLĐ và hoạt động công đoàn.

Minh Châu
""", [
    R("members_new", 214, "214", note="'Trong năm' published in December -> 2018"),
    R("unions_new", 3, "3"),
    R("unions_total", 64, "64", per=D("2018-12-21"), note="'nâng tổng số ... lên' stock -> publication date"),
    R("members_total", 2305, "2.305", per=D("2018-12-21")),
    R("party_referrals", 23, "23"),
    R("party_admitted", 15, "15"),
    R("beneficiaries", 412, "412"),
    R("support_funds", 130000000, "130 triệu", bound="under"),
    R("shelter_houses", 2, "2"),
    R("shelter_funds", 60000000, "60 triệu"),
    R("members_new", 200, "200", status="target", bound="over", per=Y(2019), note="'200 đoàn viên trở lên' after the counted noun -> over"),
    R("unions_new", 2, "2", status="target", per=Y(2019), note="awards '8 tập thể và 17 cá nhân' are not records"),
], region="Gia Lai", scope="LĐLĐ thị xã An Khê", per=Y(2018))

add("e12", "http://baoninhthuan.com.vn/news/87412p1c27/ky-ket-thoa-thuan-hop-tac-chuong-trinh-phuc-loi-cho-doan-vien.htm", "2017-10-10", """
Ký kết thỏa thuận hợp tác chương trình "Phúc lợi cho đoàn viên"

Cập nhật lúc 10/10/2017

(NTO) Sáng 9-10, LĐLĐ tỉnh tổ chức lễ ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi cho đoàn viên công đoàn" với 7 doanh nghiệp, đơn vị trên địa bàn tỉnh, gồm các siêu thị, nhà sách, phòng khám và cửa hàng xăng dầu.

Theo thỏa thuận, đoàn viên công đoàn khi mua hàng, sử dụng dịch vụ tại các doanh nghiệp sẽ được giảm giá từ 5 - 15% tùy loại hàng hóa, dịch vụ. Từ năm 2014 đến nay, LĐLĐ tỉnh đã ký kết thỏa thuận hợp tác với 38 doanh nghiệp, đơn vị.

Cũng trong 9 tháng năm 2017, các CĐCS đã phối hợp với người sử dụng lao động nâng chất lượng bữa ăn giữa ca tại 42 doanh nghiệp, bảo đảm mức ăn từ 15.000 đồng/suất trở lên. Năm 2018, LĐLĐ tỉnh đặt mục tiêu ký kết thỏa thuận hợp tác Phúc lợi đoàn viên với thêm 10 doanh nghiệp.

Văn Nỹ
""", [
    R("welfare_partners", 7, "7", per=D("2017-10-10"), note="no period phrase before it: publication date"),
    R("welfare_partners", 38, "38", per=("2014-01-01", "2017-10-10"), note="'Từ năm 2014 đến nay' -> 2014-01-01 .. publication; the '5 - 15%' discount is not a record"),
    R("meal_upgrades", 42, "42", per=("2017-01-01", "2017-09-30"), note="'từ 15.000 đồng/suất trở lên' is the meal level (threshold)"),
    R("welfare_partners", 10, "10", status="target", per=Y(2018)),
], region="Ninh Thuận")

add("e13", "http://congdoanbinhthuan.org.vn/tin-tuc/uy-ban-kiem-tra-cong-doan-nang-cao-chat-luong-kiem-tra-giam-sat-1247.html", None, """
Ủy ban Kiểm tra công đoàn: Nâng cao chất lượng kiểm tra, giám sát

Năm 2016, Ủy ban Kiểm tra (UBKT) công đoàn các cấp trong tỉnh đã kiểm tra 126 CĐCS trong việc chấp hành Điều lệ Công đoàn Việt Nam; kiểm tra tài chính đồng cấp tại 148 đơn vị và kiểm tra tài chính công đoàn cấp dưới tại 37 đơn vị. Qua kiểm tra, UBKT đã kiến nghị thu hồi, nộp cấp trên hơn 185 triệu đồng kinh phí công đoàn.

Phối hợp với các ngành chức năng, LĐLĐ tỉnh tham gia 22 cuộc kiểm tra, giám sát việc thực hiện chế độ, chính sách đối với người lao động tại các doanh nghiệp; UBKT các cấp đã giải quyết 5 đơn thư khiếu nại, tố cáo đúng thời hạn.

Cũng trong năm 2016, UBKT LĐLĐ tỉnh mở 2 lớp tập huấn nghiệp vụ cho 156 ủy viên UBKT CĐCS.

Năm 2017, UBKT công đoàn các cấp phấn đấu kiểm tra tài chính tại 160 CĐCS, trong đó ít nhất 50% là CĐCS khu vực ngoài nhà nước.

Ngọc Lan
""", [
    R("supervisions", 126, "126", note="'kiểm tra ... chấp hành Điều lệ' counted as supervisions (as challenge2); financial inspections separately"),
    R("financial_inspections", 148, "148", scope="kiểm tra tài chính đồng cấp"),
    R("financial_inspections", 37, "37", scope="tài chính công đoàn cấp dưới", note="'hơn 185 triệu đồng' to recover and '5 đơn thư' fit no code"),
    R("supervisions", 22, "22"),
    R("trainings", 2, "2"),
    R("trainees", 156, "156"),
    R("financial_inspections", 160, "160", status="target", per=Y(2017), note="'ít nhất 50%' is a share, not a record"),
], region="Bình Thuận", per=Y(2016))

add("e14", "https://baophuyen.vn/75/294518/hon-58000-doan-vien-duoc-cap-nhat-thong-tin-len-phan-mem-quan-ly.html", "2022-09-14", """
Hơn 58.000 đoàn viên được cập nhật thông tin lên phần mềm quản lý

Thứ tư, 14/09/2022 09:20

(BPY) - Đến nay, các cấp công đoàn trong tỉnh đã cập nhật thông tin của 58.427 đoàn viên lên Phần mềm quản lý đoàn viên của Tổng LĐLĐ Việt Nam, đạt 92,3% tổng số đoàn viên toàn tỉnh.

Theo LĐLĐ tỉnh, 6 tháng đầu năm 2022, toàn tỉnh đã cấp mới 3.150 thẻ đoàn viên công đoàn; kết nạp l.082 đoàn viện, thành lập mới 5 CĐCS. Trong đó, LĐLĐ thị xã Sông Cầu kết nạp 203 đoàn viên, LĐLĐ huyện Đông Hòa kết nạp 176 đoàn viên.

Năm 2022, LĐLĐ tỉnh phấn đấu hoàn thành cập nhật dữ liệu cho 100% đoàn viên và cấp 6.000 thẻ đoàn viên công đoàn.

Theo ông Trần Văn Lâm, Trưởng Ban Tổ chức LĐLĐ tỉnh, việc số hóa dữ liệu giúp công đoàn các cấp quản lý đoàn viên chính xác, kịp thời, làm cơ sở để thực hiện các chính sách phúc lợi cho đoàn viên.

Lượt đọc: 2.315

HOÀNG ANH
""", [
    R("member_records", 58000, "58.000", bound="over", note="headline repeat of 58.427"),
    R("member_records", 58427, "58.427", note="cumulative 'Đến nay ... đã cập nhật' with no other period phrase -> publication date; '92,3%' is a share"),
    R("member_records", 3150, "3.150", per=H1(2022), note="membership cards issued count as member_records (indicators.tsv 'cấp thẻ')"),
    R("members_new", 1082, "l.082", per=H1(2022), chk=False, note="scraped 'l.082' (letter l for 1) and 'đoàn viện'"),
    R("unions_new", 5, "5", per=H1(2022)),
    R("members_new", 203, "203", per=H1(2022), scope="LĐLĐ thị xã Sông Cầu"),
    R("members_new", 176, "176", per=H1(2022), scope="LĐLĐ huyện Đông Hòa"),
    R("member_records", 6000, "6.000", status="target", per=Y(2022), note="'100% đoàn viên' is a share; 'Lượt đọc: 2.315' is page furniture"),
], region="Phú Yên")

add("e15", "https://baobariavungtau.com.vn/xa-hoi/202310/doan-vien-cong-doan-tang-thuc-hon-1200-nguoi-sau-9-thang-1004512/", "2023-10-16", """
Đoàn viên công đoàn tăng thực hơn 1.200 người sau 9 tháng

Thứ Hai, 16/10/2023, 14:30 [GMT+7]

(BR-VT) - Theo LĐLĐ tỉnh, 9 tháng đầu năm 2023, toàn tỉnh kết nạp mới 6.215 đoàn viên, thành lập mới 38 CĐCS. Tuy nhiên, cũng trong thời gian này có 4.990 đoàn viên giảm do nghỉ việc, doanh nghiệp cắt giảm lao động; 29 CĐCS giải thể do doanh nghiệp phá sản, ngừng hoạt động. Như vậy, số đoàn viên chỉ tăng tuyệt đối 1.225 người, số CĐCS tăng thực 9 đơn vị.

Chỉ tiêu năm 2023 Tổng LĐLĐ Việt Nam giao cho LĐLĐ tỉnh là phát triển 9.500 đoàn viên, thành lập 40 CĐCS. Sau 9 tháng đầu năm, LĐLĐ tỉnh mới đạt 65,4% chỉ tiêu phát triển đoàn viên và 95% chỉ tiêu thành lập CĐCS.

Nguyên nhân là nhiều doanh nghiệp thiếu đơn hàng, phải cắt giảm hơn 9.000 lao động, ảnh hưởng trực tiếp đến công tác phát triển đoàn viên.

Hiện toàn tỉnh có 1.742 CĐCS với 187.366 đoàn viên.

MINH THANH
""", [
    R("members_net", 1200, "1.200", bound="over", note="headline repeat of 1.225 (rounded): 9 months of 2023"),
    R("members_new", 6215, "6.215"),
    R("unions_new", 38, "38"),
    R("members_lost", 4990, "4.990", note="'cũng trong thời gian này' -> the 9 months"),
    R("unions_dissolved", 29, "29"),
    R("members_net", 1225, "1.225"),
    R("unions_net", 9, "9", occ=2, note="the earlier '9' are '9 tháng'"),
    R("members_new", 9500, "9.500", status="target", per=Y(2023)),
    R("unions_new", 40, "40", status="target", per=Y(2023), note="a target the Tổng LĐLĐ gives to the province belongs to the province"),
    R("members_new", 65.4, "65,4%", status="attainment", note="'Sau 9 tháng đầu năm' (no year) -> Jan-Sep of the publication year"),
    R("unions_new", 95, "95%", status="attainment"),
    R("unions_total", 1742, "1.742", per=D("2023-10-16"), note="'hơn 9.000 lao động' cut by enterprises is not a union figure"),
    R("members_total", 187366, "187.366", per=D("2023-10-16")),
], region="Bà Rịa - Vũng Tàu", per=("2023-01-01", "2023-09-30"))

add("e16", "https://baotayninh.vn/ldld-thi-xa-trang-bang-ket-nap-hon-1-500-doan-vien-a187243.html", "2025-05-27", """
LĐLĐ thị xã Trảng Bàng kêt nạp hơn 1.500 đoàn viên

Cập nhật ngày: 27/05/2025 - 09:41

BTNO - Từ đầu năm đến nay, Liên đoàn Lao động (LĐLĐ) thị xã Trảng Bàng đã kêt nạp 1.5 60 đoàn viên, thành lập mới 4 công đoàn cơ sở tại các doanh nghiệp trong KCN Phước Đông và KCN Thành Thành Công.

Hiện LĐLĐ thị xã quản lý 187 CĐCS với 62.413 đoàn viện.

Nhân Tháng Công nhân năm 2025, LĐLĐ thị xã phối hợp tổ chức "Chợ phiên công nhân", trao 300 phiếu mua hàng trị giá 200.000 đồng/phiếu cho công nhân có hoàn cảnh khó khăn; thăm hỏi 15 đoàn viên bị tai nạn lao động, mỗi trường hợp 1 triệu đồng.

Năm 2025, LĐLĐ thị xã được giao chỉ tiêu kết nạp 3.000 đoàn viên và thành lập 6 CĐCS.

Công nhân mua hàng tại "Chợ phiên công nhân" ở KCN Phước Đông. Ảnh: Thanh Hà

Thanh Hà
Lượt xem: 862
""", [
    R("members_new", 1500, "1.500", bound="over", per=("2025-01-01", "2025-05-27"), note="headline repeat of '1.5 60' (=1560); scraped 'kêt nạp'"),
    R("members_new", 1560, "1.5 60", per=("2025-01-01", "2025-05-27"), chk=False, note="scraped '1.5 60' -> 1560 (records.md)"),
    R("unions_new", 4, "4", per=("2025-01-01", "2025-05-27")),
    R("unions_total", 187, "187", per=D("2025-05-27")),
    R("members_total", 62413, "62.413", per=D("2025-05-27"), note="scraped 'đoàn viện'"),
    R("beneficiaries", 300, "300", per=M(5, 2025), scope="phiếu mua hàng", note="vouchers given to members count as beneficiaries; '200.000 đồng/phiếu' is per-item"),
    R("beneficiaries", 15, "15", per=M(5, 2025), scope="đoàn viên bị tai nạn lao động", note="'mỗi trường hợp 1 triệu đồng' is per-item"),
    R("members_new", 3000, "3.000", status="target", per=Y(2025)),
    R("unions_new", 6, "6", status="target", per=Y(2025), note="'Lượt xem: 862' is page furniture"),
], region="Tây Ninh", scope="LĐLĐ thị xã Trảng Bàng")
