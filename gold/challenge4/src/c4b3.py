from mylib import add, R, Y, H1, H2, Q, M, SPAN, SY, PUB

# ---------------------------------------------------------------- f11 Nam Định (sector union, school year)
T = """Công đoàn ngành Giáo dục tổng kết năm học 2014-2015

Thứ Ba, 25/08/2015 - 08:12

Ngày 24-8, Công đoàn ngành Giáo dục tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2014-2015, triển khai nhiệm vụ năm học mới.

Năm học 2014-2015, các cấp công đoàn trong ngành đã phối hợp với chính quyền tổ chức tốt hội nghị cán bộ, công chức, viên chức; có 486 đơn vị tổ chức hội nghị đúng quy định, đạt tỷ lệ 98,4%. Công đoàn ngành đã thăm hỏi, trợ cấp cho 1.374 lượt đoàn viên ốm đau, gặp hoàn cảnh khó khăn với số tiền gần 650 triệu đồng; thành lập mới 6 Ban nữ công quần chúng tại các trường ngoài công lập. Các CĐCS đã giới thiệu 214 đoàn viên ưu tú để Đảng xem xét, trong đó 163 đồng chí đã được kết nạp vào Đảng. Hiện toàn ngành có 23.850 đoàn viên, sinh hoạt tại 542 CĐCS.

Năm học 2015-2016, Công đoàn ngành phấn đấu kết nạp 350 đoàn viên mới tại các trường ngoài công lập, 100% CĐCS đạt tiêu chuẩn "Công đoàn cơ sở vững mạnh".

Hoàng Thu"""
sy, sc = SY(2014, 2015), "Công đoàn ngành Giáo dục tỉnh"
add("f11", "http://baonamdinh.com.vn/channel/5085/201508/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2014-2015-2441873/", "2015-08-25", T, [
    R("official_conferences", 486, "486", per=sy, scope=sc, note="'năm học 2014-2015' -> 2014-09-01..2015-08-31; the 'tỷ lệ 98,4%' is a coverage rate, not a record; region from the site (baonamdinh.com.vn)"),
    R("beneficiaries", 1374, "1.374", per=sy, scope=sc),
    R("support_funds", 650000000, "650 triệu", bound="under", per=sy, scope=sc),
    R("women_committees", 6, "6", per=sy, scope=sc),
    R("party_referrals", 214, "214", per=sy, scope=sc),
    R("party_admitted", 163, "163", per=sy, scope=sc),
    R("members_total", 23850, "23.850", per=PUB, scope=sc, note="stock 'Hiện toàn ngành có' -> publication date"),
    R("unions_total", 542, "542", per=PUB, scope=sc),
    R("members_new", 350, "350", status="target", per=SY(2015, 2016), scope=sc + " (trường ngoài công lập)"),
], region="Nam Định")

# ---------------------------------------------------------------- f12 Gia Lai (quarter, churn)
T = """Gia Lai: Quý II/2023 giảm 1.146 đoàn viên do doanh nghiệp khó khăn

20/07/2023, 15:02

(GLO)- Theo báo cáo của LĐLĐ tỉnh, trong quý II/2023, do nhiều doanh nghiệp chế biến gỗ, may mặc thiếu đơn hàng, phải cắt giảm lao động, số đoàn viên công đoàn trên địa bàn tỉnh giảm 1.146 người. Bốn CĐCS bị giải thể do doanh nghiệp ngừng hoạt động, phá sản.

Cũng trong quý II, các cấp công đoàn đã kết nạp 1.687 đoàn viên, thành lập mới 7 CĐCS. Như vậy, số đoàn viên trong quý tăng tuyệt đối 541 người, số CĐCS tăng thực 3 đơn vị. Hiện toàn tỉnh có 1.842 CĐCS với 69.315 đoàn viên.

Ông Lê Văn Thiện, Phó Chủ tịch LĐLĐ tỉnh cho biết: "6 tháng cuối năm, LĐLĐ tỉnh đặt chỉ tiêu kết nạp 2.500 đoàn viên, thành lập 10 CĐCS; tập trung vào các doanh nghiệp có từ 20 lao động trở lên chưa có tổ chức công đoàn".

Minh Nguyễn"""
q2, h2 = Q(2, 2023), H2(2023)
add("f12", "https://baogialai.com.vn/gia-lai-quy-ii-2023-giam-1146-doan-vien-post261478.html", "2023-07-20", T, [
    R("members_lost", 1146, "1.146", per=q2, note="headline repeat of the body figure; its own 'Quý II/2023' agrees"),
    R("members_lost", 1146, "1.146", per=q2),
    R("unions_dissolved", 4, "Bốn", per=q2, chk=False, note="word number 'Bốn' = 4; no period in the sentence -> nearest earlier phrase quý II/2023"),
    R("members_new", 1687, "1.687", per=q2, note="'quý II' without a year -> publication year 2023"),
    R("unions_new", 7, "7", per=q2),
    R("members_net", 541, "541", per=q2, note="'tăng tuyệt đối' = net change (1.687 - 1.146)"),
    R("unions_net", 3, "3", per=q2, note="'tăng thực 3 đơn vị' = net change (7 - 4)"),
    R("unions_total", 1842, "1.842", per=PUB, note="stock 'Hiện toàn tỉnh có' -> publication date"),
    R("members_total", 69315, "69.315", per=PUB),
    R("members_new", 2500, "2.500", status="target", per=h2, note="quoted target; '6 tháng cuối năm' without a year -> second half of 2023"),
    R("unions_new", 10, "10", status="target", per=h2, note="'từ 20 lao động trở lên' is a threshold, not a record"),
], region="Gia Lai")

# ---------------------------------------------------------------- f13 Ninh Thuận (Covid support; typo 'cônq')
T = """Công đoàn tỉnh chăm lo hơn 3 nghìn lượt đoàn viên bị ảnh hưởng dịch Covid-19

Cập nhật lúc 08:12, 29/12/2020

(NTO) Trong năm, do ảnh hưởng của dịch Covid-19, nhiều doanh nghiệp trên địa bàn tỉnh phải thu hẹp sản xuất, người lao động bị giảm giờ làm, mất việc. LĐLĐ tỉnh đã chỉ đạo các cấp cônq đoàn hỗ trợ 3.126 lượt đoàn viên, người lao động với tổng số tiền 2,5 tỷ đồng, trong đó hỗ trợ theo Nghị quyết 42/NQ-CP của Chính phủ hơn 1,1 tỷ đồng (mức 1 triệu đồng/người).

Bên cạnh đó, các cấp công đoàn tổ chức 26 hội nghị tập huấn, tuyên truyền Bộ luật Lao động năm 2019 cho hơn 2.300 lượt đoàn viên; phối hợp kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại 19 doanh nghiệp. LĐLĐ tỉnh cũng ký thỏa thuận hợp tác với 6 đơn vị thực hiện chương trình "Phúc lợi đoàn viên công đoàn".

Đ.Hải"""
y = Y(2020)
LAW = "'Bộ luật Lao động năm 2019' names a law, it is not the period of the figure: period from the nearest earlier phrase 'Trong năm' (December 2020 -> 2020)"
add("f13", "http://baoninhthuan.com.vn/news/118724p24c151/cong-doan-tinh-cham-lo-hon-3-nghin-luot-doan-vien.htm", "2020-12-29", T, [
    R("beneficiaries", 3000, "3 nghìn", bound="over", per=y, note="headline repeat of 3.126 (rounded, 'hơn'); region from the site (baoninhthuan.com.vn)"),
    R("beneficiaries", 3126, "3.126", per=y, note="'Trong năm' published in December 2020 -> 2020; scraping typo 'cônq đoàn' in the sentence"),
    R("support_funds", 2500000000, "2,5 tỷ", per=y),
    R("support_funds", 1100000000, "1,1 tỷ", bound="over", per=y, scope="hỗ trợ theo Nghị quyết 42/NQ-CP", note="breakdown (trong đó); '42/NQ-CP' is a document number and '1 triệu đồng/người' a per-item amount"),
    R("trainings", 26, "26", per=y, note="'hội nghị tập huấn, tuyên truyền' -> trainings. " + LAW),
    R("trainees", 2300, "2.300", bound="over", per=y, note=LAW),
    R("supervisions", 19, "19", per=y, note="supervisions held at 19 enterprises. " + LAW),
    R("welfare_partners", 6, "6", per=y),
], region="Ninh Thuận")

# ---------------------------------------------------------------- f14 Bình Thuận (district congress)
T = """Đại hội Công đoàn huyện Hàm Thuận Bắc lần thứ XI

BTO - Ngày 18/5, LĐLĐ huyện Hàm Thuận Bắc tổ chức Đại hội Công đoàn huyện lần thứ XI, nhiệm kỳ 2023 - 2028. Hiện LĐLĐ huyện có 96 CĐCS với 4.812 đoàn viên.

Nhiệm kỳ 2018 - 2023, LĐLĐ huyện đã kết nạp 1.245 đoàn viên, thành lập mới chín CĐCS ở khu vực ngoài nhà nước; vận động xây mới, sửa chữa 23 nhà "Mái ấm Công đoàn" với tổng kinh phí 1 tỷ 150 triệu đồng. Các CĐCS đã thăm hỏi, tặng quà cho trên 9.500 lượt đoàn viên, người lao động có hoàn cảnh khó khăn.

Đại hội đề ra mục tiêu nhiệm kỳ 2023 - 2028: phát triển 1.000 đoàn viên, thành lập mới 10 CĐCS; 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức hằng năm.

Đại hội đã bầu 19 đồng chí vào Ban Chấp hành LĐLĐ huyện khóa XI và 15 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XIV.

Ngọc Lân"""
old, new, sc = SPAN(2018, 2023), SPAN(2023, 2028), "LĐLĐ huyện Hàm Thuận Bắc"
add("f14", "https://baobinhthuan.com.vn/chinh-tri/dai-hoi-cong-doan-huyen-ham-thuan-bac-lan-thu-xi-105214.html", None, T, [
    R("unions_total", 96, "96", per=PUB, scope=sc, note="stock 'Hiện ... có' without a publication date -> null..null (not the nhiệm kỳ 2023-2028 of the previous sentence); district union scored under its province, named by the site (baobinhthuan.com.vn)"),
    R("members_total", 4812, "4.812", per=PUB, scope=sc),
    R("members_new", 1245, "1.245", per=old, scope=sc),
    R("unions_new", 9, "chín", per=old, scope=sc + " (khu vực ngoài nhà nước)", chk=False, note="word number 'chín' = 9"),
    R("shelter_houses", 23, "23", per=old, scope=sc),
    R("shelter_funds", 1150000000, "1 tỷ 150 triệu", per=old, scope=sc, chk=False, note="'1 tỷ 150 triệu đồng' = 1 150 000 000"),
    R("beneficiaries", 9500, "9.500", bound="over", per=old, scope=sc),
    R("members_new", 1000, "1.000", status="target", per=new, scope=sc),
    R("unions_new", 10, "10", status="target", per=new, scope=sc, note="the BCH members (19 đồng chí) and delegates (15 đại biểu) are not records"),
], region="Bình Thuận")

# ---------------------------------------------------------------- f15 Phú Yên (inspection committee)
T = """Ủy ban Kiểm tra LĐLĐ tỉnh: Kiểm tra tài chính 31 CĐCS

02/08/2016

Bảy tháng đầu năm, Ủy ban Kiểm tra (UBKT) các cấp công đoàn trong tỉnh đã tiến hành kiểm tra việc chấp hành Điều lệ Công đoàn tại 46 CĐCS; kiểm tra tài chính đồng cấp 58 cuộc và kiểm tra tài chính 31 CĐCS. Qua kiểm tra, UBKT đã kiến nghị thu hồi, nộp về công đoàn cấp trên hơn 85 triệu đồng.

Các cấp công đoàn cũng đã tham gia cùng các ngành chức năng 27 cuộc thanh tra, kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp. LĐLĐ tỉnh tiếp nhận và giải quyết 4 đơn thư khiếu nại, tố cáo của người lao động.

Để nâng cao chất lượng công tác kiểm tra, UBKT LĐLĐ tỉnh đã mở 3 lớp tập huấn nghiệp vụ cho 185 cán bộ làm công tác kiểm tra ở cơ sở.

KIM NGÂN

Số lần xem: 612"""
p7 = ("2016-01-01", "2016-07-31")
add("f15", "http://baophuyen.com.vn/89/155123/uy-ban-kiem-tra-ldld-tinh-kiem-tra-tai-chinh-31-cdcs.html", "2016-08-02", T, [
    R("financial_inspections", 31, "31", per=p7, note="headline repeat of the body figure: its period ('Bảy tháng đầu năm', publication year 2016 -> 2016-01-01..2016-07-31); region from the site (baophuyen.com.vn)"),
    R("supervisions", 46, "46", per=p7, note="'kiểm tra việc chấp hành Điều lệ' at N CĐCS counted as supervisions (as challenge2 did)"),
    R("financial_inspections", 58, "58", per=p7, note="'kiểm tra tài chính đồng cấp 58 cuộc': financial inspections of the same-level unions, a separate count from the 31 CĐCS"),
    R("financial_inspections", 31, "31", per=p7),
    R("supervisions", 27, "27", per=p7, note="inspections joined with the authorities; the 85 triệu to recover and the 4 complaints fit no code"),
    R("trainings", 3, "3", per=p7),
    R("trainees", 185, "185", per=p7, note="'Số lần xem: 612' is page furniture"),
], region="Phú Yên")
