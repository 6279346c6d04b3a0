from mylib import add, R, Y, H1, H2, Q, M, SPAN, SY, PUB

# ---------------------------------------------------------------- f16 Bà Rịa - Vũng Tàu (Tháng Công nhân)
T = """Tháng Công nhân 2024: Gần 12.000 đoàn viên, người lao động được chăm lo

Thứ Năm, 30/05/2024, 17:05 [GMT+7]

BR-VT - Trong Tháng Công nhân năm 2024, các cấp công đoàn tỉnh đã thăm hỏi, tặng quà cho 11.840 đoàn viên, người lao động với tổng kinh phí chừng 6,2 tỷ đồng. Trong đó, Tổng LĐLĐ Việt Nam trao 200 suất quà cho công nhân có hoàn cảnh khó khăn tại KCN Phú Mỹ I, mỗi suất 1 triệu đồng.

Hoạt động Tháng Công nhân được triển khai tại 1.126/1.180 CĐCS. Trong tháng, các CĐCS phối hợp với người sử dụng lao động tổ chức 35 cuộc đối thoại tại nơi làm việc, tập trung vào tiền lương, bữa ăn ca, điều kiện làm việc.

Nhân dịp này, LĐLĐ tỉnh ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên công đoàn" với 14 doanh nghiệp, ngân hàng, siêu thị trên địa bàn.

Công nhân Công ty TNHH Sakurai Việt Nam nhận quà Tháng Công nhân. Ảnh: QUANG VŨ

Quang Vũ"""
m = M(5, 2024)
add("f16", "https://baobariavungtau.com.vn/chinh-tri/202405/thang-cong-nhan-2024-gan-12000-doan-vien-nguoi-lao-dong-duoc-cham-lo-1012345/", "2024-05-30", T, [
    R("beneficiaries", 12000, "12.000", bound="under", per=m, note="headline repeat of 11.840 (rounded, 'Gần'); 'Tháng Công nhân 2024' -> May 2024; region from the site (baobariavungtau.com.vn)"),
    R("beneficiaries", 11840, "11.840", per=m),
    R("support_funds", 6200000000, "6,2 tỷ", bound="about", per=m, note="'chừng' -> about"),
    R("beneficiaries", 200, "200", per=m, scope="Tổng LĐLĐ Việt Nam, KCN Phú Mỹ I", note="a national body acting in the province -> the province (records.md); '1 triệu đồng' per gift is a per-item amount"),
    R("workers_month_units", 1126, "1.126", per=m, slash=True, note="'1.126/1.180 CĐCS': value 1126, the 1.180 is the base and not a record"),
    R("workplace_dialogues", 35, "35", per=m, note="'Trong tháng' -> the Tháng Công nhân of the previous sentences (May 2024)"),
    R("welfare_partners", 14, "14", per=m),
], region="Bà Rịa - Vũng Tàu")

# ---------------------------------------------------------------- f17 Tây Ninh (từ đầu năm đến nay; typo 'kêt')
T = """Phát triển 6.215 đoàn viên công đoàn

Cập nhật ngày: 12/11/2019 - 09:47

BTN - Từ đầu năm đến nay, LĐLĐ tỉnh Tây Ninh đã kêt nạp 6.215 đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước 5.930 người; thành lập mới 19 CĐCS, đạt 95% kế hoạch năm. Cũng từ đầu năm đến nay, các cấp công đoàn đã cấp 4.870 thẻ đoàn viên cho đoàn viên mới kết nạp. So với cùng kỳ năm 2018, số đoàn viên kết nạp mới tăng 874 người.

Số đoàn viên mới tập trung chủ yếu tại các doanh nghiệp ở KCN Trảng Bàng, KCN Phước Đông và Khu kinh tế cửa khẩu Mộc Bài. Theo LĐLĐ tỉnh, hiện toàn tỉnh có 1.032 CĐCS với 118.426 đoàn viên.

Kế hoạch năm 2019, LĐLĐ tỉnh đề ra chỉ tiêu kết nạp 8.000 đoàn viên, thành lập 20 CĐCS. Để hoàn thành chỉ tiêu, LĐLĐ tỉnh tiếp tục phân công cán bộ bám sát doanh nghiệp, tuyên truyền, vận động người lao động gia nhập tổ chức công đoàn.

Thanh Tâm"""
ytd = ("2019-01-01", "2019-11-12")
add("f17", "https://baotayninh.vn/phat-trien-6-215-doan-vien-cong-doan-a112233.html", "2019-11-12", T, [
    R("members_new", 6215, "6.215", per=ytd, note="headline repeat of the body figure: 'Từ đầu năm đến nay' published 2019-11-12 -> 2019-01-01..2019-11-12"),
    R("members_new", 6215, "6.215", per=ytd, note="scraping typo 'kêt nạp'"),
    R("members_new", 5930, "5.930", per=ytd, scope="khu vực doanh nghiệp ngoài nhà nước", note="'trong đó' breakdown (guideline 6)"),
    R("unions_new", 19, "19", per=ytd),
    R("unions_new", 95, "95%", status="attainment", per=ytd, note="'đạt 95% kế hoạch năm' follows the CĐCS figure (19 of the 20 planned)"),
    R("member_records", 4870, "4.870", per=ytd, note="membership cards issued -> member_records. The next sentence's 'tăng 874 người' compares this year's admissions with 2018: a difference of flows, not a net change of membership, so no record (as challenge2)"),
    R("unions_total", 1032, "1.032", per=PUB, note="stock 'hiện toàn tỉnh có' -> publication date"),
    R("members_total", 118426, "118.426", per=PUB),
    R("members_new", 8000, "8.000", status="target", per=Y(2019)),
    R("unions_new", 20, "20", status="target", per=Y(2019)),
], region="Tây Ninh")

# ---------------------------------------------------------------- f18 Cà Mau (Tết, side box)
T = """Hơn 21.000 đoàn viên, người lao động được chăm lo Tết

Cập nhật: 10/02/2025 - 14:20

(CMO) Theo LĐLĐ tỉnh Cà Mau, dịp Tết Nguyên đán Ất Tỵ 2025, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho 21.368 đoàn viên, người lao động với tổng số tiền trên 11,6 tỷ đồng.

Trong đó, LĐLĐ tỉnh tổ chức Chương trình "Tết Sum vầy - Xuân gắn kết" tại 3 điểm, trao 1.500 phần quà; hỗ trợ 214 vé xe cho công nhân làm việc xa quê về đón Tết. Đặc biệt, 15 đoàn viên có hoàn cảnh khó khăn về nhà ở được hỗ trợ xây mới nhà "Mái ấm Công đoàn", mỗi căn 60 triệu đồng.

Từ năm 2019 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới,sửa chữa 412 căn nhà "Mái ấm Công đoàn" cho đoàn viên.

Tin cùng chuyên mục
LĐLĐ huyện Trần Văn Thời kết nạp 320 đoàn viên mới (08/02/2025)
Tặng 200 suất quà cho công nhân Khu công nghiệp Khánh An (06/02/2025)
Hơn 1.000 vé xe miễn phí đưa công nhân về quê (25/01/2025)"""
y = Y(2025)
add("f18", "https://baocamau.vn/hon-21-000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-a37215.html", "2025-02-10", T, [
    R("beneficiaries", 21000, "21.000", bound="over", per=y, note="headline repeat of 21.368 (rounded, 'Hơn')"),
    R("beneficiaries", 21368, "21.368", per=y, note="'Tết Nguyên đán Ất Tỵ 2025' read as the year 2025, as dev x07 does for 'Tết Nguyên đán Nhâm Dần 2022'"),
    R("support_funds", 11600000000, "11,6 tỷ", bound="over", per=y),
    R("beneficiaries", 1500, "1.500", per=y, scope="LĐLĐ tỉnh, Chương trình Tết Sum vầy - Xuân gắn kết", note="'3 điểm' (venues) is not a record"),
    R("beneficiaries", 214, "214", per=y, scope="vé xe về quê đón Tết", note="tickets count as beneficiaries (guideline 9)"),
    R("shelter_houses", 15, "15", per=y, note="members helped to build a Mái ấm Công đoàn house count as shelter_houses (guideline 9); '60 triệu đồng' per house is a per-item amount"),
    R("shelter_houses", 412, "412", per=("2019-01-01", "2025-02-10"), note="'Từ năm 2019 đến nay' -> 2019-01-01..publication date. The 'Tin cùng chuyên mục' box (320, 200, 1.000) is a side story, not gold"),
], region="Cà Mau")

# ---------------------------------------------------------------- f19 An Giang (Công đoàn Viên chức)
T = """AG - Công đoàn Viên chức tỉnh An Giang vừa tổ chức hội nghị tổng kết hoạt động công đoàn năm 2021 và triển khai phương hướng, nhiệm vụ năm 2022. Hiện Công đoàn Viên chức tỉnh có 118 CĐCS trực thuộc với 9.436 đoàn viên.

Năm 2021, Công đoàn Viên chức tỉnh kết nạp mới năm mươi ba đoàn viên; có 104 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Trong đợt dịch Covid-19, công đoàn đã trao 850 phần quà cho đoàn viên khó khăn, tổng trị giá xấp xỉ 425.000.000 đồng. Các CĐCS đã giới thiệu 37 đoàn viên ưu tú cho Đảng, có 22 đoàn viên được kết nạp Đảng. Công đoàn Viên chức tỉnh phối hợp tổ chức 4 lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở.

Năm 2022, Công đoàn Viên chức tỉnh phấn đấu 100% CĐCS đạt tiêu chuẩn vững mạnh, 100% đoàn viên được tuyên truyền, phổ biến các chủ trương của Đảng, chính sách, pháp luật của Nhà nước.

Minh Hiển"""
y, sc = Y(2021), "Công đoàn Viên chức tỉnh"
add("f19", "https://baoangiang.com.vn/cong-doan-vien-chuc-tinh-tong-ket-hoat-dong-nam-2021-a331245.html", None, T, [
    R("unions_total", 118, "118", per=PUB, scope=sc, note="stock 'Hiện ... có' without a publication date -> null..null (not the năm 2022 of the previous sentence)"),
    R("members_total", 9436, "9.436", per=PUB, scope=sc),
    R("members_new", 53, "năm mươi ba", per=y, scope=sc, chk=False, note="word number 'năm mươi ba' = 53"),
    R("official_conferences", 104, "104", per=y, scope=sc),
    R("beneficiaries", 850, "850", per=y, scope=sc, note="'Trong đợt dịch Covid-19' is not a period phrase -> nearest earlier phrase 'Năm 2021'"),
    R("support_funds", 425000000, "425.000.000", bound="about", per=y, scope=sc, note="'xấp xỉ' -> about"),
    R("party_referrals", 37, "37", per=y, scope=sc),
    R("party_admitted", 22, "22", per=y, scope=sc),
    R("trainings", 4, "4", per=y, scope=sc, note="the 2022 aims are shares (100%), not records"),
], region="An Giang")

# ---------------------------------------------------------------- f20 Hưng Yên (year review 2014)
T = """LĐLĐ tỉnh tổng kết công tác công đoàn năm 2014

18/12/2014

(BHY) - Ngày 17/12, LĐLĐ tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2014, triển khai Quyết định số 1267/QĐ-TLĐ của Tổng LĐLĐ Việt Nam về công tác phát triển đoàn viên.

Trong năm, các cấp công đoàn phát triển mới 5.860 đoàn viên (vượt 17% kế hoạch); thành lập 34 CĐCS ở doanh nghiệp ngoài nhà nước; thành lập 21 Ban nữ công quần chúng. Số đoàn viên toàn tỉnh trong năm tăng tuyệt đối 2.140 người. Có 213 doanh nghiệp ký kết mới thỏa ước lao động tập thể. Văn phòng Tư vấn pháp luật LĐLĐ tỉnh đã tư vấn cho gần 1.000 lượt người lao động. Toàn tỉnh hiện có 807 CĐCS với 84.215 đoàn viên.

Năm 2015, LĐLĐ tỉnh phấn đấu phát triển mới 5.000 đoàn viên, thành lập 30 CĐCS trở lên, 70% doanh nghiệp có từ 30 lao động trở lên có tổ chức công đoàn.

Văn Hiến"""
y = Y(2014)
add("f20", "http://baohungyen.vn/chinh-tri/201412/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2014-583214/", "2014-12-18", T, [
    R("members_new", 5860, "5.860", per=y, note="'Trong năm' published in December 2014 -> 2014; region from the site (baohungyen.vn); 'Quyết định số 1267/QĐ-TLĐ' is a document number"),
    R("members_new", 117, "17%", status="attainment", per=y, chk=False, note="'vượt 17% kế hoạch' -> 117, bound exact"),
    R("unions_new", 34, "34", per=y, scope="doanh nghiệp ngoài nhà nước"),
    R("women_committees", 21, "21", per=y),
    R("members_net", 2140, "2.140", per=y, note="'tăng tuyệt đối' = net change"),
    R("collective_agreements", 213, "213", per=y),
    R("legal_consultations", 1000, "1.000", bound="under", per=y),
    R("unions_total", 807, "807", per=PUB, note="stock 'hiện có' -> publication date"),
    R("members_total", 84215, "84.215", per=PUB),
    R("members_new", 5000, "5.000", status="target", per=Y(2015)),
    R("unions_new", 30, "30", status="target", bound="over", per=Y(2015), note="'30 CĐCS trở lên' -> over; the second 30 ('từ 30 lao động trở lên') is a threshold and the 70% a share"),
], region="Hưng Yên")
