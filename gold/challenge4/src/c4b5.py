from mylib import add, R, Y, H1, H2, Q, M, SPAN, SY, PUB

# ---------------------------------------------------------------- f21 Trà Vinh (9 months; split number '2.3 45')
T = """LĐLĐ tỉnh Trà Vinh: 9 tháng kết nạp 2.345 đoàn viên

Theo LĐLĐ tỉnh Trà Vinh, 9 tháng năm 2022, các cấp công đoàn trong tỉnh đã kết nạp 2.3 45 đoàn viên, đạt 78,2% kế hoạch; thành lập 6 CĐCS. Các cấp công đoàn đã hoàn thành nhập dữ liệu của 12.480 đoàn viên lên phần mềm quản lý đoàn viên.

Công tác chăm lo cho đoàn viên được quan tâm. Công đoàn các cấp đã xây dựng, sửa chữa 18 "Mái ấm Công đoàn" trị giá 720 triệu đồng; thăm hỏi, hỗ trợ 1.035 lượt đoàn viên, người lao động ốm đau, gặp khó khăn với số tiền 412 triệu đồng. LĐLĐ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức 11 lớp huấn luyện an toàn, vệ sinh lao động cho 860 học viên.

Quý IV/2022, LĐLĐ tỉnh phấn đấu kết nạp thêm 700 đoàn viên, thành lập 3 CĐCS, đồng thời tổ chức tốt Đại hội Công đoàn các cấp theo kế hoạch.

Tin, ảnh: Hữu Phước"""
n9, q4 = ("2022-01-01", "2022-09-30"), Q(4, 2022)
add("f21", "https://baotravinh.vn/cong-doan/ldld-tinh-9-thang-ket-nap-2345-doan-vien-31452.html", None, T, [
    R("members_new", 2345, "2.345", per=n9, note="headline repeat: takes the body's '9 tháng năm 2022' (the headline's year-less '9 tháng' cannot be resolved without a publication date)"),
    R("members_new", 2345, "2.3 45", per=n9, chk=False, note="scraping defect: '2.3 45' is 2.345 = 2345 (records.md: '1.5 60' -> 1560)"),
    R("members_new", 78.2, "78,2%", status="attainment", per=n9),
    R("unions_new", 6, "6", per=n9),
    R("member_records", 12480, "12.480", per=n9, note="members entered into the membership software"),
    R("shelter_houses", 18, "18", per=n9, note="no period in the sentence -> nearest earlier phrase '9 tháng năm 2022'"),
    R("shelter_funds", 720000000, "720 triệu", per=n9),
    R("beneficiaries", 1035, "1.035", per=n9),
    R("support_funds", 412000000, "412 triệu", per=n9),
    R("trainings", 11, "11", per=n9, note="'lớp huấn luyện an toàn, vệ sinh lao động' -> trainings"),
    R("trainees", 860, "860", per=n9),
    R("members_new", 700, "700", status="target", per=q4),
    R("unions_new", 3, "3", status="target", per=q4),
], region="Trà Vinh")

# ---------------------------------------------------------------- f22 Đắk Lắk (2026, Tết plan + 2025 results)
T = """LĐLĐ tỉnh triển khai chăm lo Tết Bính Ngọ 2026 cho đoàn viên

15/01/2026 - 10:05

Ngày 14/1, LĐLĐ tỉnh Đắk Lắk ban hành Kế hoạch số 45/KH-LĐLĐ về tổ chức các hoạt động chăm lo Tết Nguyên đán Bính Ngọ năm 2026 cho đoàn viên, người lao động.

Theo kế hoạch, các cấp công đoàn trong tỉnh dự kiến thăm hỏi, tặng 15.000 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất trị giá từ 500.000 đồng trở lên, với tổng kinh phí khoảng 9 tỷ đồng. LĐLĐ tỉnh sẽ tổ chức 4 chương trình "Tết Sum vầy - Xuân ơn Đảng" tại các KCN và hỗ trợ 2.000 vé xe, vé tàu cho công nhân về quê đón Tết.

Năm 2025, dù tập trung sắp xếp tổ chức bộ máy theo mô hình chính quyền địa phương hai cấp, các cấp công đoàn trong tỉnh vẫn kết nạp 7.854 đoàn viên, thành lập mới 31 CĐCS, cấp 9.120 thẻ đoàn viên. Hiện toàn tỉnh có 3.214 CĐCS với 158.630 đoàn viên.

Hoàng Anh"""
y26, y25 = Y(2026), Y(2025)
REG = "published after the 1 July 2025 merger: 'tỉnh Đắk Lắk' is the merged province (old Đắk Lắk + Phú Yên); region keeps the name Đắk Lắk, which is also its pre-merger name"
add("f22", "https://baodaklak.vn/xa-hoi/202601/ldld-tinh-trien-khai-cham-lo-tet-binh-ngo-2026-cho-doan-vien-3f21a7c/", "2026-01-15", T, [
    R("beneficiaries", 15000, "15.000", status="target", per=y26, note="planned ('Theo kế hoạch ... dự kiến') -> target; period from the nearest earlier phrase 'Tết Nguyên đán Bính Ngọ năm 2026'; '45/KH-LĐLĐ' is a document number and 'từ 500.000 đồng trở lên' a per-item threshold. " + REG),
    R("support_funds", 9000000000, "9 tỷ", status="target", bound="about", per=y26),
    R("beneficiaries", 2000, "2.000", status="target", per=y26, scope="vé xe, vé tàu về quê đón Tết", note="planned tickets -> beneficiaries target (guideline 9); the '4 chương trình' fit no code"),
    R("members_new", 7854, "7.854", per=y25),
    R("unions_new", 31, "31", per=y25),
    R("member_records", 9120, "9.120", per=y25, note="membership cards issued -> member_records"),
    R("unions_total", 3214, "3.214", per=PUB, note="stock 'Hiện toàn tỉnh có' -> publication date"),
    R("members_total", 158630, "158.630", per=PUB),
], region="Đắk Lắk")

# ---------------------------------------------------------------- f23 Lai Châu (quarter I, representation)
T = """Công đoàn Lai Châu: Chú trọng tuyên truyền, giáo dục đoàn viên

(Baolaichau) - Quý I/2024, LĐLĐ tỉnh Lai Châu đã chỉ đạo các cấp công đoàn tổ chức 37 hội nghị tuyên truyền, phổ biến pháp luật cho 2.960 lượt đoàn viên, người lao động. Các CĐCS khối hành chính sự nghiệp phối hợp với thủ trưởng đơn vị tổ chức hội nghị cán bộ, công chức, viên chức tại 214 cơ quan, đơn vị; có 18 doanh nghiệp tổ chức hội nghị người lao động.

LĐLĐ tỉnh tổ chức 9 cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động tại các doanh nghiệp. Điểm tư vấn pháp luật của LĐLĐ tỉnh đã tư vấn cho 76 lượt đoàn viên, người lao động về tiền lương, bảo hiểm xã hội.

Quý II/2024, LĐLĐ tỉnh phấn đấu kết nạp 300 đoàn viên, thành lập 4 CĐCS.

Đường dây nóng LĐLĐ tỉnh: 0213.3876.688

Tin liên quan
- Lai Châu: Hơn 500 công nhân được tập huấn an toàn vệ sinh lao động
- Trao 150 suất quà cho đoàn viên khó khăn"""
q1, q2 = Q(1, 2024), Q(2, 2024)
add("f23", "https://baolaichau.vn/xa-hoi/cong-doan-lai-chau-chu-trong-tuyen-truyen-giao-duc-doan-vien-615432", None, T, [
    R("trainings", 37, "37", per=q1, note="'hội nghị tuyên truyền, phổ biến pháp luật' -> trainings (as challenge2 d03)"),
    R("trainees", 2960, "2.960", per=q1),
    R("official_conferences", 214, "214", per=q1),
    R("worker_conferences", 18, "18", per=q1),
    R("supervisions", 9, "9", per=q1, note="no period in the sentence -> nearest earlier phrase 'Quý I/2024'"),
    R("legal_consultations", 76, "76", per=q1),
    R("members_new", 300, "300", status="target", per=q2),
    R("unions_new", 4, "4", status="target", per=q2, note="the 'Tin liên quan' box (500, 150) and the hotline are not gold"),
], region="Lai Châu")

# ---------------------------------------------------------------- f24 Bắc Ninh (9 months 2024)
T = """Bắc Ninh: 9 tháng kết nạp trên 15.000 đoàn viên

Thứ Bảy, 05/10/2024 - 08:40

BBN - 9 tháng đầu năm 2024, các cấp công đoàn tỉnh Bắc Ninh đã kết nạp 15.482 đoàn viên, đạt 103,2% kế hoạch năm, trong đó Công đoàn các KCN tỉnh kết nạp 12.906 đoàn viên; thành lập mới 47 CĐCS. Tuy nhiên, do biến động lao động, số đoàn viên giảm 9.870 người và giải thể 28 CĐCS; như vậy số CĐCS tăng thực 19 đơn vị.

Trong kỳ, các cấp công đoàn đã thăm hỏi, hỗ trợ gần 1.000 đoàn viên bị tai nạn lao động, ốm đau, có hoàn cảnh khó khăn với tổng số tiền 2,1 tỉ đồng. Trên 150 doanh nghiệp đã điều chỉnh tăng giá trị bữa ăn giữa ca cho người lao động theo đề nghị của công đoàn.

Hiện toàn tỉnh có 1.674 CĐCS với 276.318 đoàn viên, chiếm 74% tổng số lao động trong các doanh nghiệp có tổ chức công đoàn.

Ngọc Anh"""
n9 = ("2024-01-01", "2024-09-30")
add("f24", "https://baobacninh.vn/bac-ninh-9-thang-ket-nap-tren-15-000-doan-vien-284511.html", "2024-10-05", T, [
    R("members_new", 15000, "15.000", bound="over", per=n9, note="headline repeat of 15.482 (rounded, 'trên')"),
    R("members_new", 15482, "15.482", per=n9),
    R("members_new", 103.2, "103,2%", status="attainment", per=n9),
    R("members_new", 12906, "12.906", per=n9, scope="Công đoàn các KCN tỉnh", note="'trong đó' breakdown"),
    R("unions_new", 47, "47", per=n9),
    R("members_lost", 9870, "9.870", per=n9),
    R("unions_dissolved", 28, "28", per=n9),
    R("unions_net", 19, "19", per=n9, note="'tăng thực 19 đơn vị' = net change (47 - 28)"),
    R("beneficiaries", 1000, "1.000", bound="under", per=n9, note="'Trong kỳ' -> nearest earlier phrase '9 tháng đầu năm 2024'"),
    R("support_funds", 2100000000, "2,1 tỉ", per=n9),
    R("meal_upgrades", 150, "150", bound="over", per=n9),
    R("unions_total", 1674, "1.674", per=PUB, note="stock 'Hiện toàn tỉnh có' -> publication date"),
    R("members_total", 276318, "276.318", per=PUB, note="the '74%' is a share, not a record"),
], region="Bắc Ninh")

# ---------------------------------------------------------------- f25 Đồng Nai (collective agreements, laodong.vn)
T = """Đồng Nai: Hơn 200 thỏa ước lao động tập thể được ký mới

Sáu tháng đầu năm 2019, các cấp công đoàn tỉnh Đồng Nai đã thương lượng, ký kết mới 214 bản thỏa ước lao động tập thể, nâng tổng số doanh nghiệp có thỏa ước còn hiệu lực lên 1.386 đơn vị.

Theo LĐLĐ tỉnh Đồng Nai, nhiều bản thỏa ước có nội dung tốt hơn quy định của pháp luật như tăng thêm ngày nghỉ phép, hỗ trợ tiền nhà trọ, tiền đi lại. Bên cạnh đó, 52 doanh nghiệp đã đồng ý nâng giá trị bữa ăn giữa ca cho công nhân từ 18.000 đồng lên 22.000 đồng/suất. Công đoàn cũng tham gia tổ chức hội nghị người lao động tại 1.025 doanh nghiệp; tư vấn pháp luật cho hơn 3,4 ngàn lượt công nhân.

Bà Trần Thị Mai, Phó Chủ tịch LĐLĐ tỉnh Đồng Nai cho biết: "6 tháng cuối năm 2019, LĐLĐ tỉnh phấn đấu có thêm 150 doanh nghiệp ký mới thỏa ước lao động tập thể và 60 doanh nghiệp nâng chất lượng bữa ăn ca".

NAM DƯƠNG

Ý kiến của bạn (2)

Tin liên quan
TP HCM: 2.300 công nhân được tư vấn pháp luật miễn phí
Bình Dương: Trao 500 suất quà cho công nhân khó khăn"""
h1, h2 = H1(2019), H2(2019)
add("f25", "https://laodong.vn/cong-doan/dong-nai-hon-200-thoa-uoc-lao-dong-tap-the-duoc-ky-moi-745512.ldo", None, T, [
    R("collective_agreements", 200, "200", bound="over", per=h1, note="headline repeat of 214 (rounded, 'Hơn')"),
    R("collective_agreements", 214, "214", per=h1, note="'Sáu tháng đầu năm 2019' (word number in the period phrase). The cumulative 1.386 enterprises with an agreement 'còn hiệu lực' is a stock of agreements in force, which no code counts (collective_agreements counts signings), so no record, as challenge2 d29"),
    R("meal_upgrades", 52, "52", per=h1, note="the 18.000 and 22.000 đồng meal levels are not records"),
    R("worker_conferences", 1025, "1.025", per=h1),
    R("legal_consultations", 3400, "3,4 ngàn", bound="over", per=h1),
    R("collective_agreements", 150, "150", status="target", per=h2, note="quoted target of the second half of 2019"),
    R("meal_upgrades", 60, "60", status="target", per=h2, note="the comment counter and the 'Tin liên quan' box (2.300, 500) are not gold"),
], region="Đồng Nai")
