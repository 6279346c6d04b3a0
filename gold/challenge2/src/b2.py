from lib import *

add("d06", "https://baothanhhoa.vn/lao-dong-viec-lam/thanh-hoa-thanh-lap-moi-34-cong-doan-co-so-trong-6-thang-145732.htm", "2021-07-20", """
Thanh Hóa: Thành lập mới 34 công đoàn cơ sở trong 6 tháng

20/07/2021 - 08:47

(Baothanhhoa.vn) - Ngày 19-7, LĐLĐ tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021 theo hình thức trực tuyến đến 33 điểm cầu.

Mặc dù chịu ảnh hưởng của dịch COVID-19, công tác phát triển đoàn viên, thành lập CĐCS vẫn đạt kết quả khả quan. Kết quả cụ thể sáu tháng đầu năm 2021 như sau:

- Thành lập mới: 34 CĐCS, đạt 68% chỉ tiêu cả năm (trong đó Công đoàn Khu kinh tế Nghi Sơn và các KCN thành lập 12 CĐCS);
- Kết nạp mới: 4.215 đoàn viên;
- Giới thiệu 312 đoàn viên ưu tú để Đảng xem xét, bồi dưỡng; 187 đồng chí đã được kết nạp vào Đảng;
- 89 doanh nghiệp ký mới thỏa ước lao động tập thể.

Thực hiện Kế hoạch số 45/KH-LĐLĐ ngày 12/4/2021 về hỗ trợ đoàn viên, người lao động bị ảnh hưởng bởi dịch COVID-19, các cấp công đoàn đã hỗ trợ 5.612 đoàn viên, NLĐ với số tiền trên 2,87 tỷ đồng; mức hỗ trợ 500.000 đồng/người.

Trong 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm 4.800 đoàn viên, thành lập 16 CĐCS, để hoàn thành chỉ tiêu năm 2021 là 9.000 đoàn viên và 50 CĐCS. Đồng chí Võ Mạnh Sơn, Chủ tịch LĐLĐ tỉnh yêu cầu các cấp công đoàn bám sát các doanh nghiệp có từ 20 lao động trở lên chưa có tổ chức công đoàn để vận động thành lập.

Minh Hằng
""", [
    R("unions_new", 34, "34", note="headline repeat of the list item"),
    R("unions_new", 34, "34"),
    R("unions_new", 68, "68%", status="attainment", note="'chỉ tiêu cả năm' qualifies the target; the figure keeps the heading's period"),
    R("unions_new", 12, "12", scope="Công đoàn Khu kinh tế Nghi Sơn và các KCN"),
    R("members_new", 4215, "4.215"),
    R("party_referrals", 312, "312"),
    R("party_admitted", 187, "187"),
    R("collective_agreements", 89, "89"),
    R("beneficiaries", 5612, "5.612", note="period from the nearest earlier phrase (sáu tháng đầu năm 2021); the 12/4/2021 is a document date"),
    R("support_funds", 2870000000, "2,87 tỷ", bound="over"),
    R("members_new", 4800, "4.800", status="target", per=H2(2021)),
    R("unions_new", 16, "16", status="target", per=H2(2021)),
    R("members_new", 9000, "9.000", status="target", per=Y(2021)),
    R("unions_new", 50, "50", status="target", per=Y(2021)),
], region="Thanh Hóa", per=H1(2021))

add("d07", "https://baoapbac.vn/xa-hoi/202010/tien-giang-cong-doan-tap-trung-cham-lo-bao-ve-nguoi-lao-dong-956712/", "2020-10-12", """
Tiền Giang: Công đoàn tập trung chăm lo, bảo vệ người lao động

Cập nhật ngày: 12/10/2020

(ABO) - Chín tháng đầu năm 2020, LĐLĐ tỉnh Tiền Giang đã chỉ đạo các cấp công đoàn tổ chức 56 lớp tập huấn nghiệp vụ cho 3.920 lượt cán bộ công đoàn cơ sở, an toàn vệ sinh viên. Ủy ban Kiểm tra các cấp đã kiểm tra tài chính tại 74 CĐCS và tiến hành 21 cuộc kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam.

LĐLĐ tỉnh còn tham gia 9 cuộc kiểm tra, giám sát liên ngành về ATVSLĐ tại các doanh nghiep trong KCN Tân Hương, KCN Long Giang. Qua đó, kiến nghị doanh nghiệp khắc phục nhiều tồn tại về điều kiện làm việc, trang bị bảo hộ lao động.

Công tác phát triển đoàn viên gặp nhiều khó khăn do dịch COVID-19. Kêt nạp mới 1.640 đoàn viên, thành lập 18 CĐCS, nâng tổng số đoàn viên toàn tỉnh lên 98.512 người. Hiện nay, trên địa bàn tỉnh có 1.132 doanh nghiệp sử dụng từ 25 lao động trở lên, nhưng tỷ lệ doanh nghiệp có tổ chức công đoàn mới đạt 41%.

Các cấp công đoàn đã hỗ trợ 1.235 đoàn viên có hoàn cảnh khó khăn do ảnh hưởng dịch bệnh với số tiền 617,5 triệu đồng (500.000 đồng/người). Nhiều CĐCS chủ động đề xuất với người sử dụng lao động không cắt giảm lao động, bố trí làm việc luân phiên.

Ông Trần Văn Dũng, Chủ tịch LĐLĐ tỉnh cho biết, những tháng cuối năm, công đoàn sẽ tập trung giám sát việc chi trả lương, thưởng Tết cho người lao động.

Ngọc Lan
""", [
    R("trainings", 56, "56"),
    R("trainees", 3920, "3.920"),
    R("financial_inspections", 74, "74"),
    R("supervisions", 21, "21", note="inspections of compliance with the Charter count as supervisions"),
    R("supervisions", 9, "9"),
    R("members_new", 1640, "1.640", note="scraping damage 'Kêt nạp'"),
    R("unions_new", 18, "18"),
    R("members_total", 98512, "98.512", per=D("2020-10-12"), note="'nâng tổng số ... lên' is a stock dated at publication"),
    R("beneficiaries", 1235, "1.235"),
    R("support_funds", 617500000, "617,5 triệu"),
], region="Tiền Giang", per=("2020-01-01", "2020-09-30"))

add("d08", "https://baoquangngai.vn/thoi-su/202308/dai-hoi-cong-doan-tinh-quang-ngai-lan-thu-xvi-dat-muc-tieu-phat-trien-12000-doan-vien-3f52a1c/", "2023-08-25", """
Đại hội Công đoàn tỉnh Quảng Ngãi lần thứ XVI: Đặt mục tiêu phát triển 12.000 đoàn viên

25/08/2023 | 10:31

(Baoquangngai.vn)- Ngày 24/8, Đại hội Công đoàn tỉnh Quảng Ngãi lần thứ XVI, nhiệm kỳ 2023 - 2028 khai mạc với sự tham dự của 300 đại biểu, đại diện cho hơn 92.000 đoàn viên công đoàn trong tỉnh.

Báo cáo tại Đại hội cho thấy, nhiệm kỳ 2018 - 2023, các cấp công đoàn tỉnh đã phát triển mới 14.806 đoàn viên, vượt 23% chỉ tiêu Đại hội; thành lập 162 CĐCS. Đã có 1.245 lượt đoàn viên ưu tú được giới thiệu cho Đảng, trong đó 896 người được kết nạp Đảng. Các cấp công đoàn tổ chức thăm hỏi, hỗ trợ trên 98.000 lượt đoàn viên, NLĐ với tổng kinh phí hơn 61 tỷ đồng; xây dựng và sửa chữa 274 nhà Mái ấm Công đoàn. Tỷ lệ doanh nghiệp có tổ chức công đoàn đạt 72%.

Nhiệm kỳ 2023 - 2028, Đại hội đề ra các chỉ tiêu chủ yếu: phát triển 12.000 đoàn viên, thành lập 100 CĐCS; giới thiệu 1.000 đoàn viên ưu tú cho Đảng xem xét kết nạp; hằng năm tổ chức tập huấn cho cán bộ công đoàn cơ sở.

Phát biểu chỉ đạo, đồng chí Bùi Thị Quỳnh Vân, Bí thư Tỉnh ủy đề nghị các cấp công đoàn quan tâm hơn nữa đến đời sống công nhân tại Khu kinh tế Dung Quất và các KCN, nơi có hơn 60.000 lao động đang làm việc.

Đại hội đã bầu 35 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XVI, bầu 16 đại biểu chính thức đi dự Đại hội XIII Công đoàn Việt Nam.

Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.

Phạm Linh
""", [
    R("members_new", 12000, "12.000", status="target", per=SPAN(2023, 2028), note="headline repeat of the nhiệm kỳ target"),
    R("members_total", 92000, "92.000", bound="over", per=D("2023-08-25"), note="'đại diện cho hơn 92.000 đoàn viên' states the current membership; stock at publication (judgement call)"),
    R("members_new", 14806, "14.806"),
    R("members_new", 123, "23%", status="attainment", chk=False, note="vượt 23% chỉ tiêu -> 123"),
    R("unions_new", 162, "162"),
    R("party_referrals", 1245, "1.245"),
    R("party_admitted", 896, "896"),
    R("beneficiaries", 98000, "98.000", bound="over"),
    R("support_funds", 61000000000, "61 tỷ", bound="over"),
    R("shelter_houses", 274, "274"),
    R("members_new", 12000, "12.000", status="target", per=SPAN(2023, 2028)),
    R("unions_new", 100, "100", status="target", per=SPAN(2023, 2028)),
    R("party_referrals", 1000, "1.000", status="target", per=SPAN(2023, 2028)),
], region="Quảng Ngãi", per=SPAN(2018, 2023))

add("d09", "https://nld.com.vn/cong-doan/tp-hcm-hon-380000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-196240206142512345.htm", "2024-02-06", """
HOTLINE: 0903.343.439 - ĐẶT MUA BÁO

TP HCM: Hơn 380.000 đoàn viên, người lao động được chăm lo Tết

06-02-2024 - 14:25 | Công đoàn

(NLĐO) - Dịp Tết Giáp Thìn, các cấp công đoàn TP HCM đã chăm lo cho 382.615 lượt đoàn viên, người lao động với tổng kinh phí gần 296 tỷ đồng

Thông tin trên được LĐLĐ TP HCM cho biết chiều 5-2. Theo đó, từ ngày 15/1 đến ngày 5/2/2024, các cấp công đoàn thành phố đã thăm hỏi, tặng quà, hỗ trợ cho 382.615 lượt đoàn viên, người lao động; tổng kinh phí chăm lo là 295,8 tỷ đồng.

Trong đó, Công đoàn các Khu chế xuất và công nghiệp TP HCM chăm lo 96.400 lượt với kinh phí 71,2 tỷ đồng; LĐLĐ TP Thủ Đức chăm lo 28.300 lượt đoàn viên, công nhân. Chương trình “Chuyến xe mùa xuân” đã tặng 9.450 vé xe, vé tàu cho đoàn viên về quê đón Tết. “Chợ Tết Công đoàn” phát hành 32.000 phiếu mua hàng 0 đồng, mỗi phiếu có mệnh giá 500.000 đồng.

Công nhân Công ty TNHH Pouyuen Việt Nam nhận quà Tết từ Công đoàn - Ảnh 1.

Công nhân Công ty TNHH Pouyuen Việt Nam nhận quà Tết từ Công đoàn

Theo bà Trần Thị Diệu Thúy, Chủ tịch LĐLĐ TP HCM, năm 2024, LĐLĐ TP phấn đấu thành lập mới 250 CĐCS và kết nạp 50.000 đoàn viên mới, đồng thời tiếp tục triển khai chương trình “Phúc lợi đoàn viên” rộng khắp.

Ý kiến của bạn (3)

Tin liên quan
Bình Dương: 1.200 công nhân được tặng vé xe về quê
""", [
    R("beneficiaries", 380000, "380.000", bound="over", note="headline repeat of 382.615, period of the body statement"),
    R("beneficiaries", 382615, "382.615", note="sapo repeat takes the body period"),
    R("support_funds", 296000000000, "296 tỷ", bound="under", note="sapo repeat of 295,8 tỷ"),
    R("beneficiaries", 382615, "382.615"),
    R("support_funds", 295800000000, "295,8 tỷ"),
    R("beneficiaries", 96400, "96.400", scope="Công đoàn các Khu chế xuất và công nghiệp TP HCM"),
    R("support_funds", 71200000000, "71,2 tỷ", scope="Công đoàn các Khu chế xuất và công nghiệp TP HCM"),
    R("beneficiaries", 28300, "28.300", scope="LĐLĐ TP Thủ Đức"),
    R("beneficiaries", 9450, "9.450", note="tickets given to members (guideline 9)"),
    # "Chợ Tết Công đoàn" shopping tokens (32.000 phiếu mua hàng 0 đồng) are no beneficiaries: guideline 9, aligned with dev y15 in session 3
    R("unions_new", 250, "250", status="target", per=Y(2024)),
    R("members_new", 50000, "50.000", status="target", per=Y(2024)),
], region="Hồ Chí Minh", per=("2024-01-15", "2024-02-05"))

add("d10", "https://baolamdong.vn/xahoi/201611/lam-dong-nang-chat-luong-thoa-uoc-lao-dong-tap-the-2778104/", "2016-11-22", """
Lâm Đồng: Nâng chất lượng thỏa ước lao động tập thể

Thứ Ba, 22/11/2016, 08:10 (GMT+7)

(LĐ) - Từ đầu năm đến nay, LĐLĐ tỉnh Lâm Đồng đã chỉ đạo công đoàn các cấp phối hợp với người sử dụng lao động đẩy mạnh thực hiện quy chế dân chủ ở cơ sở, coi đây là giải pháp quan trọng để xây dựng quan hệ lao động hài hòa, ổn định.

Theo báo cáo, có 186 doanh nghiệp đã tổ chức hội nghị người lao động, trong đó 57 doanh nghiệp ngoài nhà nước. Thỏa ước lao động tập thể được ký kết mới tại 142 doanh nghiệp, nhiều bản có nội dung có lợi hơn cho NLĐ như tăng tiền ăn giữa ca, hỗ trợ nhà trọ, tặng quà sinh nhật. Đối thoại định kỳ tại nơi làm việc được duy trì ở 205 đơn vị, riêng LĐLĐ TP. Bảo Lộc phối hợp tổ chức 31 cuộc đối thoại.

Ở khu vực hành chính sự nghiệp, 1.024 cơ quan, đơn vị đã tổ chức hội nghị cán bộ, công chức, viên chức, đạt tỷ lệ 98,6%. Qua thương lượng, 38 doanh nghiệp đã nâng mức bữa ăn giữa ca lên từ 15.000 đồng/suất trở lên.

Theo quy định, doanh nghiệp có từ 10 lao động trở lên phải tổ chức đối thoại định kỳ ít nhất 1 lần/năm. Tuy vậy, theo ông Nguyễn Văn Hà, Phó Chủ tịch LĐLĐ tỉnh, vẫn còn không ít doanh nghiệp tổ chức hình thức, nội dung thỏa ước chủ yếu sao chép quy định của pháp luật.

Khánh Phúc

Tin liên quan
Đà Lạt đón 5,4 triệu lượt khách du lịch trong 10 tháng
Lâm Đồng: Trao 50 suất học bổng cho con công nhân
""", [
    R("worker_conferences", 186, "186"),
    R("worker_conferences", 57, "57", scope="doanh nghiệp ngoài nhà nước"),
    R("collective_agreements", 142, "142"),
    R("workplace_dialogues", 205, "205"),
    R("workplace_dialogues", 31, "31", scope="LĐLĐ TP. Bảo Lộc", note="dialogues held by a city union; its province"),
    R("official_conferences", 1024, "1.024", note="the 98,6% is a coverage rate with no target: not a record"),
    R("meal_upgrades", 38, "38", note="15.000 đồng/suất is a threshold"),
], region="Lâm Đồng", per=("2016-01-01", "2016-11-22"))
