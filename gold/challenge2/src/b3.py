from lib import *

add("d11", "https://baovinhlong.com.vn/thoi-su/201806/vinh-long-doan-vien-cong-doan-tang-tuyet-doi-hon-1900-nguoi-2917305/", "2018-06-28", """
Vĩnh Long: Đoàn viên công đoàn tăng tuyệt đối hơn 1.900 người

Cập nhật lúc 09:15, Thứ Năm, 28/06/2018 (GMT+7)

Sáu tháng đầu năm, LĐLĐ tỉnh Vĩnh Long triển khai nhiều giải pháp phát triển đoàn viên tại các doanh nghiệp trong KCN Hòa Phú, KCN Bình Minh, nơi có đông lao động từ các tỉnh lân cận đến làm việc.

Số đoàn viên kết nạp mới là 2.734 người, số đoàn viên giảm do nghỉ việc, chuyển công tác là 812 người; như vậy tăng tuyệt đối 1.922 đoàn viên. Bên cạnh đó, LĐLĐ tỉnh thành lập được chín CĐCS mới, giải thể 3 CĐCS do doanh nghiệp ngừng hoạt động.

Đáng chú ý, Công đoàn các KCN tỉnh đã thành lập 14 Ban nữ công quần chúng tại các doanh nghiệp có đông lao động nữ. Công tác quản lý đoàn viên được chú trọng: đã cập nhật thông tin của 21.460 đoàn viên vào phần mềm quản lý đoàn viên và cấp 6.300 thẻ đoàn viên công đoàn.

Toàn tỉnh hiện có 742 CĐCS với 48.615 đoàn viên, trong đó nữ chiếm 52%. Sáu tháng cuối năm, LĐLĐ tỉnh đề ra kế hoạch kết nạp 2.000 đoàn viên, tập trung vào các doanh nghiệp có từ 30 lao động trở lên chưa có tổ chức công đoàn.

Ông Nguyễn Văn Cường, Phó Chủ tịch LĐLĐ tỉnh cho biết, khó khăn lớn nhất hiện nay là nhiều chủ doanh nghiệp chưa tạo điều kiện, lao động biến động liên tục, nhất là ở các doanh nghiệp may mặc, giày da.

Thảo Ly

Bình luận (0)
""", [
    R("members_net", 1900, "1.900", bound="over", note="headline repeat of 1.922"),
    R("members_new", 2734, "2.734", note="'Sáu tháng đầu năm' without year -> publication year"),
    R("members_lost", 812, "812"),
    R("members_net", 1922, "1.922"),
    R("unions_new", 9, "chín", chk=False),
    R("unions_dissolved", 3, "3"),
    R("women_committees", 14, "14", scope="Công đoàn các KCN tỉnh"),
    R("member_records", 21460, "21.460"),
    R("member_records", 6300, "6.300", note="membership cards issued (cấp thẻ)"),
    R("unions_total", 742, "742", per=D("2018-06-28")),
    R("members_total", 48615, "48.615", per=D("2018-06-28")),
    R("members_new", 2000, "2.000", status="target", per=H2(2018)),
], region="Vĩnh Long", per=H1(2018))

add("d12", "https://baohatinh.vn/lao-dong-viec-lam/ha-tinh-tap-huan-atvsld-cho-gan-2000-luot-nguoi-lao-dong/286512.htm", "2025-04-28", """
Hà Tĩnh: Tập huấn ATVSLĐ cho gần 2.000 lượt người lao động

28/04/2025 - 07:05

(Baohatinh.vn) - Quý I/2025, LĐLĐ tỉnh Hà Tĩnh phối hợp với Sở Nội vụ tổ chức bảy lớp tập huấn về an toàn, vệ sinh lao động cho 1.960 lượt người lao động, an toàn vệ sinh viên tại Khu kinh tế Vũng Áng và các doanh nghiệp trên địa bàn.

Theo thống kê của cơ quan chức năng, quý I toàn tỉnh xảy ra 9 vụ tai nạn lao động làm 10 người chết, chủ yếu trong lĩnh vực xây dựng và khai thác khoáng sản. Vì vậy, công tác tuyên truyền, huấn luyện được xác định là nhiệm vụ trọng tâm.

Cũng trong quý, Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tiếp nhận và tư vấn cho 418 lượt NLĐ qua điện thoại, Zalo và trực tiếp. LĐLĐ thị xã Kỳ Anh giám sát việc thực hiện chính sách BHXH, bảo hiểm y tế tại 16 doanh nghiệp, đề nghị 4 doanh nghiệp khắc phục tình trạng nợ đóng.

Trong Tháng Công nhân năm 2025, theo kế hoạch, LĐLĐ tỉnh sẽ tổ chức 12 hội nghị tập huấn, tuyên truyền pháp luật cho khoảng 2.500 đoàn viên, NLĐ và thăm, tặng 1.000 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.

Ảnh: Học viên thực hành sơ cứu người bị nạn tại lớp tập huấn ở Khu kinh tế Vũng Áng.

Thu Hà

Lượt xem: 862
""", [
    R("trainees", 2000, "2.000", bound="under", note="headline repeat of 1.960"),
    R("trainings", 7, "bảy", chk=False),
    R("trainees", 1960, "1.960"),
    R("legal_consultations", 418, "418"),
    R("supervisions", 16, "16", scope="LĐLĐ thị xã Kỳ Anh", note="the 4 enterprises asked to fix arrears fit no code"),
    R("trainings", 12, "12", status="target", per=M(5, 2025)),
    R("trainees", 2500, "2.500", status="target", bound="about", per=M(5, 2025)),
    R("beneficiaries", 1000, "1.000", status="target", per=M(5, 2025)),
], region="Hà Tĩnh", per=Q(1, 2025))

add("d13", "https://baobinhdinh.vn/viewer.aspx?macm=12&macmp=12&mabb=219765", "2019-08-20", """
Công đoàn Giáo dục Bình Định tổng kết năm học 2018 - 2019

Thứ Ba, 20/08/2019 - 15:02

(BĐ) - Ngày 19.8, Công đoàn Giáo dục tỉnh Bình Định tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2018 - 2019 và triển khai nhiệm vụ năm học 2019 - 2020.

Trong năm học 2018 - 2019, 731 đơn vị trường học trực thuộc đã tổ chức thành công hội nghị cán bộ, công chức, viên chức đầu năm học. Các CĐCS đã thăm hỏi, trợ cấp cho khoảng 1.400 lượt đoàn viên ốm đau, gặp khó khăn với số tiền trên 820 triệu đồng. Công đoàn ngành phối hợp xây dựng 3 nhà Mái ấm Công đoàn cho giáo viên vùng cao ở hai huyện An Lão, Vĩnh Thạnh, tổng kinh phí 180 triệu đồng.

Công đoàn ngành mở 4 lớp bồi dưỡng nghiệp vụ cho 520 cán bộ công đoàn cơ sở mới được bầu. Kết nạp mới 312 đoàn viên là giáo viên, nhân viên mới được tuyển dụng. Hiện Công đoàn Giáo dục tỉnh có 812 CĐCS với 21.906 đoàn viên.

Dịp này, Công đoàn Giáo dục tỉnh khen thưởng 45 tập thể và 78 cá nhân có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà”.

Năm học 2019 - 2020, Công đoàn ngành phấn đấu kết nạp ít nhất 300 đoàn viên mới, vận động đóng góp Quỹ Mái ấm Công đoàn để xây dựng thêm 5 nhà cho giáo viên khó khăn.

Phát biểu tại hội nghị, ông Lê Văn Thanh, Giám đốc Sở GD&ĐT ghi nhận vai trò của tổ chức công đoàn trong việc ổn định đời sống, giúp đội ngũ nhà giáo yên tâm công tác.

Hồng Phúc
""", [
    R("official_conferences", 731, "731"),
    R("beneficiaries", 1400, "1.400", bound="about"),
    R("support_funds", 820000000, "820 triệu", bound="over"),
    R("shelter_houses", 3, "3"),
    R("shelter_funds", 180000000, "180 triệu"),
    R("trainings", 4, "4"),
    R("trainees", 520, "520"),
    R("members_new", 312, "312"),
    R("unions_total", 812, "812", per=D("2019-08-20"), scope="Công đoàn Giáo dục tỉnh"),
    R("members_total", 21906, "21.906", per=D("2019-08-20"), scope="Công đoàn Giáo dục tỉnh"),
    R("members_new", 300, "300", status="target", bound="over", per=SY(2019, 2020)),
    R("shelter_houses", 5, "5", status="target", per=SY(2019, 2020)),
], region="Bình Định", per=SY(2018, 2019))

add("d14", "https://baothaibinh.com.vn/tin-tuc/4/138452/nam-2021-thai-binh-ket-nap-hon-6100-doan-vien-cong-doan", "2022-01-14", """
Năm 2021, Thái Bình kết nạp hơn 6.100 đoàn viên công đoàn

14/01/2022 - 09:20

Năm qua, dù chịu tác động của dịch COVID-19, LĐLĐ tỉnh Thái Bình vẫn hoàn thành và vượt 6/8 chỉ tiêu Tổng LĐLĐ Việt Nam giao. Cụ thể:

1. Phát triển 6.130 đoàn viên, đạt 122,6% kế hoạch;
2. Thành lập 41 công đoàn cơ sở, vượt 2,5% chỉ tiêu;
3. 95 doanh nghiệp tổ chức Hội nghị người lao động;
4. Tổ chức 17 lớp tập huấn cho 1.850 lượt cán bộ công đoàn;
5. Giới thiệu 146 đoàn viên ưu tú cho cấp ủy xem xét kết nạp Đảng;
6. Tổng số tiền chăm lo đoàn viên, NLĐ là 18,6 tỷ đồng.

Riêng Công đoàn các KCN tỉnh hiện quản lý 112 CĐCS với trên 52 nghìn đoàn viên, phần lớn là công nhân các doanh nghiệp dệt may, da giày tại KCN Tiền Hải, Phúc Khánh, Nguyễn Đức Cảnh.

Năm 2022, LĐLĐ tỉnh phấn đấu kết nạp 5.000 đoàn viên, thành lập 35 CĐCS; đẩy mạnh thương lượng, ký kết thỏa ước lao động tập thể tại các doanh nghiệp có từ 50 lao động trở lên.

Theo bà Đỗ Thị Thu Hà, Chủ tịch LĐLĐ tỉnh, việc nhiều doanh nghiệp FDI mới đầu tư vào Khu kinh tế Thái Bình sẽ mở ra dư địa lớn cho phát triển đoàn viên trong những năm tới. Dự kiến đến năm 2025, khu kinh tế sẽ thu hút khoảng 30.000 lao động.

Nguyễn Thơm
""", [
    R("members_new", 6100, "6.100", bound="over", note="headline repeat of 6.130"),
    R("members_new", 6130, "6.130", note="'Năm qua' published in January -> 2021; list takes the heading's period"),
    R("members_new", 122.6, "122,6%", status="attainment"),
    R("unions_new", 41, "41"),
    R("unions_new", 102.5, "2,5%", status="attainment", chk=False, note="vượt 2,5% chỉ tiêu -> 102.5"),
    R("worker_conferences", 95, "95"),
    R("trainings", 17, "17"),
    R("trainees", 1850, "1.850"),
    R("party_referrals", 146, "146"),
    R("support_funds", 18600000000, "18,6 tỷ"),
    R("unions_total", 112, "112", per=D("2022-01-14"), scope="Công đoàn các KCN tỉnh"),
    R("members_total", 52000, "52 nghìn", bound="over", per=D("2022-01-14"), scope="Công đoàn các KCN tỉnh"),
    R("members_new", 5000, "5.000", status="target", per=Y(2022)),
    R("unions_new", 35, "35", status="target", per=Y(2022)),
], region="Thái Bình", per=Y(2021))

add("d15", "https://baocaobang.vn/trao-200-suat-qua-cho-doan-vien-nguoi-lao-dong-kho-khan-3031245.html", "2020-03-18", """
Cao Bằng: Trao 200 suất quà cho đoàn viên, người lao động khó khăn

18/03/2020 | 16:45

Ngày 17/3, LĐLĐ tỉnh Cao Bằng phối hợp với LĐLĐ huyện Trùng Khánh tổ chức trao 200 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn do ảnh hưởng của dịch bệnh COVID-19. Mỗi suất quà gồm 10 kg gạo, mì tôm, dầu ăn và 300.000 đồng tiền mặt; tổng trị giá 120 triệu đồng. Số tiền do Quỹ Xã hội Công đoàn tỉnh và các nhà hảo tâm đóng góp.

Cùng ngày, đoàn công tác đã đến thăm, động viên gia đình đoàn viên Nông Văn Hùng, công nhân Công ty Cổ phần Khoáng sản Trùng Khánh bị tai nạn lao động đang điều trị tại Bệnh viện Đa khoa tỉnh.

Được biết, LĐLĐ huyện Trùng Khánh hiện có 68 CĐCS với 2.310 đoàn viên, chủ yếu thuộc khối hành chính sự nghiệp và giáo dục. Do ảnh hưởng của dịch bệnh, Khu du lịch thác Bản Giốc tạm dừng đón khách từ ngày 15/3; trước đó, khu du lịch đón khoảng 400.000 lượt khách mỗi năm, tạo việc làm cho hàng trăm lao động địa phương.

Phát biểu tại buổi trao quà, bà Hoàng Thị Hạnh, Phó Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn tiếp tục rà soát, nắm bắt tình hình đoàn viên bị mất việc làm, giảm thu nhập để kịp thời có phương án hỗ trợ. Các CĐCS cần chủ động phối hợp với chuyên môn thực hiện nghiêm các biện pháp phòng, chống dịch tại nơi làm việc.

Ảnh: Lãnh đạo LĐLĐ tỉnh trao quà cho đoàn viên huyện Trùng Khánh.

Bế Mai
""", [
    R("beneficiaries", 200, "200", note="no period phrase in the article -> publication date"),
    R("beneficiaries", 200, "200"),
    R("support_funds", 120000000, "120 triệu"),
    R("unions_total", 68, "68", scope="LĐLĐ huyện Trùng Khánh"),
    R("members_total", 2310, "2.310", scope="LĐLĐ huyện Trùng Khánh"),
], region="Cao Bằng", per=D("2020-03-18"))
