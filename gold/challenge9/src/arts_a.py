"""gold/challenge9 articles k01-k08 (hand-written texts and gold)."""
from kit import rec, article, dow, PUB, Y, H1, H2, FIRST, MONTH, Q, TERM, SPAN

ARTS = []

# ------------------------------------------------------------------ k01
P = "2025-01-08"
T = f"""Công đoàn Thanh Hóa kết nạp mới hơn 12.000 đoàn viên trong năm 2024

{dow(P)} - 15:20

Minh Hằng

(Baothanhhoa.vn) - Ngày 8/1, Liên đoàn Lao động (LĐLĐ) tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, các cấp công đoàn trong tỉnh đã kết nạp mới 12.386 đoàn viên, đạt 123,9% kế hoạch; thành lập mới 58 công đoàn cơ sở (CĐCS), đạt 116% kế hoạch. Hiện toàn tỉnh có 3.214 CĐCS với 254.790 đoàn viên.

Công tác chăm lo cho đoàn viên, người lao động được quan tâm. Dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn đã thăm, tặng quà cho 41.250 lượt đoàn viên, người lao động với tổng kinh phí 27,6 tỷ đồng. Các cấp công đoàn cũng hỗ trợ xây mới, sửa chữa 36 nhà "Mái ấm Công đoàn", mỗi nhà được hỗ trợ từ 50 đến 70 triệu đồng.

Quang cảnh hội nghị tổng kết. Ảnh: Minh Hằng

Phát biểu tại hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở. Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp mới 10.000 đoàn viên, thành lập mới 50 CĐCS; 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức.

Dịp này, Tổng LĐLĐ Việt Nam tặng cờ thi đua cho 2 tập thể; LĐLĐ tỉnh tặng bằng khen cho 45 tập thể và 62 cá nhân có thành tích xuất sắc.

Tin liên quan
Hơn 3.000 công nhân được hỗ trợ vé xe về quê đón Tết
Công đoàn ngành Y tế trao 150 suất quà cho đoàn viên khó khăn"""
ARTS.append(article("k01", "https://baothanhhoa.vn/cong-doan-thanh-hoa-ket-nap-moi-hon-12-000-doan-vien-trong-nam-2024-236514.htm", P, T, "Thanh Hóa", [
    rec("members_new", "12.000", 12000, "kết nạp mới hơn 12.000 đoàn viên trong năm 2024", Y(2024), bound="over",
        note="headline repeat of the body's 12.386 (rounded, 'hơn' -> over); takes the body's period and region (guideline 1)"),
    rec("members_new", "12.386", 12386, "kết nạp mới 12.386 đoàn viên", Y(2024)),
    rec("members_new", "123,9%", 123.9, "đạt 123,9% kế hoạch", Y(2024), status="attainment",
        note="'đạt 123,9% kế hoạch' right after the members admitted -> attainment of members_new (guideline 4)"),
    rec("unions_new", "58", 58, "thành lập mới 58 công đoàn cơ sở", Y(2024)),
    rec("unions_new", "116%", 116, "đạt 116% kế hoạch. Hiện", Y(2024), status="attainment",
        note="attainment of the CĐCS founded, the figure it follows"),
    rec("unions_total", "3.214", 3214, "Hiện toàn tỉnh có 3.214 CĐCS", PUB,
        note="'Hiện toàn tỉnh có' -> stock dated at publication (records.md)"),
    rec("members_total", "254.790", 254790, "với 254.790 đoàn viên", PUB, note="stock ('Hiện toàn tỉnh có') -> publication date"),
    rec("beneficiaries", "41.250", 41250, "tặng quà cho 41.250 lượt", Y(2024),
        note="'Tết Nguyên đán Giáp Thìn 2024' -> the year 2024 (as dev y01/y15 and challenge6)"),
    rec("support_funds", "27,6 tỷ", 27600000000, "tổng kinh phí 27,6 tỷ đồng", Y(2024)),
    rec("shelter_houses", "36", 36, "sửa chữa 36 nhà", Y(2024),
        note="nearest earlier period phrase is the Tết Giáp Thìn 2024 -> 2024 (the same year as the report); the 50-70 triệu per house are per-item amounts, not gold"),
    rec("members_new", "10.000", 10000, "kết nạp mới 10.000 đoàn viên", Y(2025), status="target", note="'Năm 2025 ... phấn đấu' -> target for 2025"),
    rec("unions_new", "50", 50, "thành lập mới 50 CĐCS", Y(2025), status="target"),
]))

# ------------------------------------------------------------------ k02
P = "2024-12-18"
T = f"""Công đoàn các KCN Bắc Giang: Ký mới 46 bản thỏa ước lao động tập thể

{dow(P)} | 10:05

BBG - Ngày 17/12, Công đoàn các khu công nghiệp (KCN) tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2024, triển khai nhiệm vụ năm 2025.

Trong năm, Công đoàn các KCN đã thành lập mới 21 công đoàn cơ sở (CĐCS), kết nạp 9.640 đoàn viên, nâng tổng số lên 312 CĐCS với 148.200 đoàn viên. Do một số doanh nghiệp giải thể, thu hẹp sản xuất, trong năm giảm 6 CĐCS và 3.105 đoàn viên.

Công đoàn các KCN đã hướng dẫn, hỗ trợ CĐCS thương lượng, ký mới 46 bản thỏa ước lao động tập thể, trong đó 19 bản có nhiều điều khoản có lợi hơn cho người lao động so với quy định của pháp luật. Có 287 doanh nghiệp tổ chức hội nghị người lao động và 265 doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Công đoàn phối hợp thương lượng với 38 doanh nghiệp nâng giá trị bữa ăn giữa ca lên từ 20.000 đồng/suất trở lên.

Đại diện Công đoàn các KCN tỉnh trao giấy khen cho các CĐCS tiêu biểu.

Năm 2025, Công đoàn các KCN phấn đấu thành lập mới 20 CĐCS, kết nạp 8.000 đoàn viên trở lên; 100% CĐCS đủ điều kiện tổ chức đối thoại định kỳ.

Minh Thu"""
S = "Công đoàn các KCN tỉnh"
N_TRONGNAM = "'Trong năm' in an article published in December 2024 -> 2024 (records.md 'trong năm, năm qua')"
ARTS.append(article("k02", "https://baobacgiang.vn/cong-doan-cac-kcn-ky-moi-46-ban-thoa-uoc-lao-dong-tap-the-postid412870.bbg", P, T, "Bắc Giang", [
    rec("collective_agreements", "46", 46, "Ký mới 46 bản", Y(2024), scope=S,
        note="headline repeat of the body's 46 -> the body's period (2024, from 'Trong năm') and region; KCN union -> its province Bắc Giang (records.md)"),
    rec("unions_new", "21", 21, "thành lập mới 21 công đoàn cơ sở", Y(2024), scope=S, note=N_TRONGNAM),
    rec("members_new", "9.640", 9640, "kết nạp 9.640 đoàn viên", Y(2024), scope=S, note=N_TRONGNAM),
    rec("unions_total", "312", 312, "nâng tổng số lên 312 CĐCS", PUB, scope=S, note="'nâng tổng số ... lên' -> stock at publication"),
    rec("members_total", "148.200", 148200, "với 148.200 đoàn viên", PUB, scope=S, note="stock ('nâng tổng số ... lên') -> publication date"),
    rec("unions_dissolved", "6", 6, "giảm 6 CĐCS", Y(2024), scope=S, note="'giảm 6 CĐCS' -> unions_dissolved (indicators.tsv 'giảm / giải thể ... CĐCS')"),
    rec("members_lost", "3.105", 3105, "và 3.105 đoàn viên", Y(2024), scope=S, note="'giảm ... 3.105 đoàn viên' -> members_lost"),
    rec("collective_agreements", "46", 46, "ký mới 46 bản thỏa ước", Y(2024), scope=S),
    rec("collective_agreements", "19", 19, "trong đó 19 bản", Y(2024), scope="Công đoàn các KCN tỉnh; bản có nhiều điều khoản có lợi hơn cho người lao động",
        note="'trong đó' breakdown of the 46 -> same indicator with a scope (guideline 6)"),
    rec("worker_conferences", "287", 287, "Có 287 doanh nghiệp", Y(2024), scope=S),
    rec("workplace_dialogues", "265", 265, "và 265 doanh nghiệp", Y(2024), scope=S),
    rec("meal_upgrades", "38", 38, "với 38 doanh nghiệp", Y(2024), scope=S,
        note="the count of enterprises is the record; 'từ 20.000 đồng/suất trở lên' is the meal threshold, not gold (records.md)"),
    rec("unions_new", "20", 20, "thành lập mới 20 CĐCS", Y(2025), status="target", scope=S),
    rec("members_new", "8.000", 8000, "kết nạp 8.000 đoàn viên trở lên", Y(2025), status="target", bound="over", scope=S,
        note="'... trở lên' after the counted noun -> over (guideline 5)"),
]))

# ------------------------------------------------------------------ k03
P = "2024-01-29"
T = f"""Tết Sum vầy 2024: Hơn 1.300 đoàn viên, người lao động được nhận quà

{dow(P)} - 16:40

(BLA) - Sáng 28/01, Liên đoàn Lao động (LĐLĐ) tỉnh Long An phối hợp Ban Quản lý các KCN tỉnh tổ chức Chương trình "Tết Sum vầy - Xuân Giáp Thìn 2024" tại KCN Phú An Thạnh, huyện Bến Lức.

Tại chương trình, LĐLĐ tỉnh trao 1.320 phần quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi phần quà trị giá 700.000 đồng, gồm tiền mặt và nhu yếu phẩm. Ban tổ chức cũng tặng 200 vé xe cho công nhân về quê đón Tết.

Công nhân mua sắm tại gian hàng "Chợ Tết Công đoàn". Ảnh: Thanh Hải

Bên cạnh đó, "Chợ Tết Công đoàn" với 40 gian hàng đã phát 1.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng, cho đoàn viên.

Theo LĐLĐ tỉnh, dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn trong tỉnh dự kiến chăm lo cho khoảng 45.000 lượt đoàn viên, người lao động với tổng kinh phí hơn 32 tỷ đồng. Trong số đó, các cấp công đoàn đã trao 28.540 suất quà, tổng trị giá 19,8 tỷ đồng.

Thanh Hải"""
S = "Chương trình Tết Sum vầy tại KCN Phú An Thạnh"
ARTS.append(article("k03", "https://baolongan.vn/tet-sum-vay-2024-hon-1-300-doan-vien-nguoi-lao-dong-duoc-nhan-qua-a170312.html", P, T, "Long An", [
    rec("beneficiaries", "1.300", 1300, "Hơn 1.300 đoàn viên", Y(2024), bound="over", scope=S,
        note="headline repeat of the body's 1.320 gifts (rounded, 'Hơn'); takes the body's period: 'Xuân Giáp Thìn 2024' -> 2024"),
    rec("beneficiaries", "1.320", 1320, "trao 1.320 phần quà", Y(2024), scope=S,
        note="period from the programme name 'Tết Sum vầy - Xuân Giáp Thìn 2024' -> 2024; 700.000 đồng per gift is a per-item amount, not gold"),
    rec("beneficiaries", "200", 200, "tặng 200 vé xe", Y(2024), scope=S, note="bus tickets given to workers count as beneficiaries (guideline 9)"),
    rec("beneficiaries", "45.000", 45000, "khoảng 45.000 lượt", Y(2024), status="target", bound="about",
        note="'dự kiến chăm lo' = planned activity of the Tết programme -> target (guideline 4, as challenge3); 'khoảng' -> about"),
    rec("support_funds", "32 tỷ", 32000000000, "hơn 32 tỷ đồng", Y(2024), status="target", bound="over", note="planned ('dự kiến') -> target"),
    rec("beneficiaries", "28.540", 28540, "trao 28.540 suất quà", Y(2024),
        note="already given ('đã trao') -> actual; period from the nearest earlier phrase 'Tết Nguyên đán Giáp Thìn 2024'"),
    rec("support_funds", "19,8 tỷ", 19800000000, "tổng trị giá 19,8 tỷ đồng", Y(2024)),
]))

# ------------------------------------------------------------------ k04
P = "2023-06-15"
T = """Đại hội Công đoàn huyện Quỳnh Lưu lần thứ XII, nhiệm kỳ 2023 - 2028

Đăng ngày: 15/06/2023 09:12

Ngày 14/6, Liên đoàn Lao động huyện Quỳnh Lưu tổ chức Đại hội Công đoàn huyện lần thứ XII, nhiệm kỳ 2023 - 2028. Dự Đại hội có 150 đại biểu, đại diện cho hơn 6.800 đoàn viên của 98 công đoàn cơ sở (CĐCS) trực thuộc.

Nhiệm kỳ 2018 - 2023, các cấp công đoàn trong huyện đã kết nạp mới 2.145 đoàn viên, thành lập mới 17 CĐCS ở khu vực ngoài nhà nước; giới thiệu 412 đoàn viên ưu tú cho Đảng xem xét, trong đó 287 đồng chí đã được kết nạp vào Đảng. 100% cơ quan, đơn vị khu vực hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức. LĐLĐ huyện đã hỗ trợ xây mới, sửa chữa 24 nhà "Mái ấm Công đoàn" với tổng số tiền 1,15 tỷ đồng.

Đồng chí Chủ tịch LĐLĐ tỉnh Nghệ An phát biểu chỉ đạo Đại hội.

Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2023 - 2028: phấn đấu kết nạp mới ít nhất 2.500 đoàn viên; thành lập mới 20 CĐCS; giới thiệu 400 đoàn viên ưu tú cho Đảng xem xét kết nạp; 100% CĐCS có từ 25 đoàn viên trở lên tổ chức đối thoại định kỳ.

Đại hội đã bầu Ban Chấp hành Công đoàn huyện khóa XII gồm 27 đồng chí; bầu 15 đại biểu dự Đại hội Công đoàn tỉnh Nghệ An lần thứ XIX, nhiệm kỳ 2023 - 2028.

Hoài Thu"""
S = "LĐLĐ huyện Quỳnh Lưu"
ARTS.append(article("k04", "https://ldld.nghean.gov.vn/tin-hoat-dong/dai-hoi-cong-doan-huyen-quynh-luu-lan-thu-xii-nhiem-ky-2023-2028-2871.html", P, T, "Nghệ An", [
    rec("members_total", "6.800", 6800, "hơn 6.800 đoàn viên", PUB, bound="over", scope=S,
        note="'đại biểu, đại diện cho hơn 6.800 đoàn viên' of the district union -> members_total stock at publication (as dev r11); the 150 delegates are participants, not gold; district union -> its province Nghệ An"),
    rec("unions_total", "98", 98, "của 98 công đoàn", PUB, scope=S, note="CĐCS the congress represents -> unions_total stock at publication (as dev r11)"),
    rec("members_new", "2.145", 2145, "kết nạp mới 2.145 đoàn viên", TERM(2018, 2023), scope=S, note="'Nhiệm kỳ 2018 - 2023' -> 2018-01-01..2023-12-31 (records.md)"),
    rec("unions_new", "17", 17, "thành lập mới 17 CĐCS", TERM(2018, 2023), scope="LĐLĐ huyện Quỳnh Lưu; khu vực ngoài nhà nước"),
    rec("party_referrals", "412", 412, "giới thiệu 412 đoàn viên", TERM(2018, 2023), scope=S),
    rec("party_admitted", "287", 287, "287 đồng chí đã được kết nạp", TERM(2018, 2023), scope=S,
        note="'trong đó 287 đồng chí đã được kết nạp vào Đảng' -> party_admitted of the term"),
    rec("shelter_houses", "24", 24, "sửa chữa 24 nhà", TERM(2018, 2023), scope=S),
    rec("shelter_funds", "1,15 tỷ", 1150000000, "tổng số tiền 1,15 tỷ đồng", TERM(2018, 2023), scope=S),
    rec("members_new", "2.500", 2500, "ít nhất 2.500 đoàn viên", TERM(2023, 2028), status="target", bound="over", scope=S,
        note="term target 'nhiệm kỳ 2023 - 2028' -> 2023-01-01..2028-12-31; 'ít nhất' -> over"),
    rec("unions_new", "20", 20, "thành lập mới 20 CĐCS", TERM(2023, 2028), status="target", scope=S),
    rec("party_referrals", "400", 400, "giới thiệu 400 đoàn viên", TERM(2023, 2028), status="target", scope=S,
        note="list under the heading 'các chỉ tiêu nhiệm kỳ 2023 - 2028' -> the heading's period (guideline 8); '25 đoàn viên trở lên' is a threshold, not gold"),
]))

# ------------------------------------------------------------------ k05
P = "2024-06-04"
T = """Tháng Công nhân năm 2024: Hơn 8.200 lượt đoàn viên được thăm hỏi, tặng quà

Cập nhật lúc 14:35 ngày 4/6/2024

Theo LĐLĐ tỉnh Quảng Ninh, Tháng Công nhân năm 2024 được triển khai tại 1.126 công đoàn cơ sở (CĐCS) trong toàn tỉnh, thu hút hơn 120.000 lượt đoàn viên, người lao động tham gia các hoạt động.

Các cấp công đoàn đã thăm hỏi, tặng quà 8.245 lượt đoàn viên, người lao động có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp với tổng số tiền gần 4,3 tỷ đồng. LĐLĐ tỉnh cũng khởi công 5 nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở tại các huyện Ba Chẽ, Tiên Yên, Đầm Hà.

Lãnh đạo LĐLĐ tỉnh thăm hỏi công nhân tại một doanh nghiệp ngành than. Ảnh: Thu Chung

Trong tháng, các CĐCS đã phối hợp với người sử dụng lao động tổ chức 352 cuộc đối thoại tại nơi làm việc; tham gia giám sát việc thực hiện chính sách, pháp luật về an toàn, vệ sinh lao động tại 214 doanh nghiệp. Dịp này, 30 công nhân lao động tiêu biểu được LĐLĐ tỉnh tuyên dương.

Thu Chung

Lượt xem: 1.532"""
M24 = MONTH(2024, 5)
NT = "'Tháng Công nhân năm 2024' -> May 2024 (records.md)"
ARTS.append(article("k05", "https://baoquangninh.vn/thang-cong-nhan-nam-2024-hon-8-200-luot-doan-vien-duoc-tham-hoi-tang-qua-3287461.html", P, T, "Quảng Ninh", [
    rec("beneficiaries", "8.200", 8200, "Hơn 8.200 lượt", M24, bound="over", note="headline repeat of the body's 8.245 ('Hơn'); " + NT),
    rec("workers_month_units", "1.126", 1126, "triển khai tại 1.126 công đoàn", M24,
        note=NT + "; the 120.000 participants are not gold (participants, guideline 11)"),
    rec("beneficiaries", "8.245", 8245, "tặng quà 8.245 lượt", M24, note=NT),
    rec("support_funds", "4,3 tỷ", 4300000000, "gần 4,3 tỷ đồng", M24, bound="under"),
    rec("shelter_houses", "5", 5, "khởi công 5 nhà", M24, note="houses started ('khởi công') count as shelter_houses actual (as challenge6)"),
    rec("workplace_dialogues", "352", 352, "tổ chức 352 cuộc đối thoại", M24, note="'Trong tháng' -> the Tháng Công nhân 2024 named before it"),
    rec("supervisions", "214", 214, "tại 214 doanh nghiệp", M24,
        note="'tham gia giám sát ... tại 214 doanh nghiệp' -> supervisions counted in units (as challenge3/6); the 30 workers honoured are awards, not gold"),
]))

# ------------------------------------------------------------------ k06
P = "2024-10-22"
T = """Bàn giao 4 nhà "Mái ấm Công đoàn" cho đoàn viên huyện Minh Hóa

22/10/2024, 16:05

(QBĐT) - Ngày 21/10, LĐLĐ tỉnh phối hợp với LĐLĐ huyện Minh Hóa tổ chức bàn giao 4 nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở tại các xã Hóa Sơn, Trung Hóa.

Mỗi căn nhà được hỗ trợ 60 triệu đồng từ Quỹ Xã hội công đoàn tỉnh, tổng trị giá 240 triệu đồng. Nhân dịp này, LĐLĐ huyện Minh Hóa trao 20 suất quà cho đoàn viên nghèo, mỗi suất 1 triệu đồng.

Lãnh đạo LĐLĐ tỉnh trao quyết định hỗ trợ cho gia đình đoàn viên Đinh Thị Hoa (xã Hóa Sơn).

Từ đầu năm 2024 đến nay, LĐLĐ tỉnh Quảng Bình đã hỗ trợ xây mới, sửa chữa 31 nhà "Mái ấm Công đoàn" với tổng kinh phí hơn 1,6 tỷ đồng; trong đó có 9 nhà cho đoàn viên bị thiệt hại do mưa lũ. Theo kế hoạch năm 2024, LĐLĐ tỉnh sẽ hỗ trợ 40 nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở.

Q.H"""
S = "LĐLĐ huyện Minh Hóa"
NP = "no period phrase before it ('Ngày 21/10' is a date) -> publication date (records.md)"
ARTS.append(article("k06", "https://www.baoquangbinh.vn/xa-hoi/202410/ban-giao-4-nha-mai-am-cong-doan-cho-doan-vien-huyen-minh-hoa-2221935/", P, T, "Quảng Bình", [
    rec("shelter_houses", "4", 4, "Bàn giao 4 nhà", PUB, scope=S,
        note="headline repeat -> the body's period (publication date) and region; region from the site tag (QBĐT) and the body's 'LĐLĐ tỉnh Quảng Bình'"),
    rec("shelter_houses", "4", 4, "bàn giao 4 nhà", PUB, scope=S, note=NP),
    rec("shelter_funds", "240 triệu", 240000000, "tổng trị giá 240 triệu đồng", PUB, scope=S,
        note="the total of the handover is gold; '60 triệu đồng' per house is a per-item amount, not gold; " + NP),
    rec("beneficiaries", "20", 20, "trao 20 suất quà", PUB, scope=S, note=NP + "; '1 triệu đồng' per gift is a per-item amount"),
    rec("shelter_houses", "31", 31, "sửa chữa 31 nhà", SPAN("2024-01-01", P), note="'Từ đầu năm 2024 đến nay' -> 2024-01-01..publication"),
    rec("shelter_funds", "1,6 tỷ", 1600000000, "hơn 1,6 tỷ đồng", SPAN("2024-01-01", P), bound="over"),
    rec("shelter_houses", "9", 9, "có 9 nhà", SPAN("2024-01-01", P), scope="nhà cho đoàn viên bị thiệt hại do mưa lũ",
        note="'trong đó' breakdown of the 31 -> same indicator with a scope (guideline 6)"),
    rec("shelter_houses", "40", 40, "hỗ trợ 40 nhà", Y(2024), status="target", note="'Theo kế hoạch năm 2024 ... sẽ hỗ trợ' -> target for 2024"),
]))

# ------------------------------------------------------------------ k07
P = "2023-11-14"
T = f"""Bình Dương: 10 tháng giảm hơn 38.000 đoàn viên công đoàn

{dow(P)} 08:30 (GMT+7)

Do nhiều doanh nghiệp thiếu đơn hàng, cắt giảm lao động, số đoàn viên công đoàn tại Bình Dương giảm mạnh.

Theo LĐLĐ tỉnh Bình Dương, 10 tháng năm 2023, các cấp công đoàn trong tỉnh đã kết nạp được 31.480 đoàn viên, thành lập mới 86 công đoàn cơ sở (CĐCS). Tuy nhiên, do doanh nghiệp thiếu đơn hàng, cắt giảm lao động, số đoàn viên giảm 38.612 người; 57 CĐCS giải thể do doanh nghiệp ngừng hoạt động. Như vậy, số CĐCS tăng tuyệt đối 29 đơn vị.

Ông Nguyễn Văn Tân - Phó Chủ tịch LĐLĐ tỉnh - cho biết, chỉ tiêu năm 2023 Tổng LĐLĐ Việt Nam giao cho Bình Dương là kết nạp 40.000 đoàn viên; sau 10 tháng, tỉnh mới đạt 78,7% chỉ tiêu.

Công nhân một doanh nghiệp tại TP Thuận An giờ tan ca. Ảnh: Đình Trọng

Hiện toàn tỉnh có 3.980 CĐCS với 742.500 đoàn viên. Theo ông Tân, trong 2 tháng cuối năm, LĐLĐ tỉnh tập trung tuyên truyền, vận động người lao động tại các doanh nghiệp mới đi vào hoạt động gia nhập tổ chức công đoàn.

Đình Trọng

Tin liên quan
Bình Dương: Hơn 1.200 công nhân mất việc được hỗ trợ
Công đoàn Bình Dương trao 500 suất quà cho công nhân khó khăn"""
M10 = FIRST(2023, 10)
N10 = "'10 tháng năm 2023' -> 2023-01-01..2023-10-31 (records.md '8 tháng của năm')"
ARTS.append(article("k07", "https://laodong.vn/cong-doan/binh-duong-10-thang-giam-hon-38000-doan-vien-cong-doan-1268412.ldo", P, T, "Bình Dương", [
    rec("members_lost", "38.000", 38000, "giảm hơn 38.000 đoàn viên", M10, bound="over",
        note="headline repeat of the body's 38.612 ('hơn'); takes the body's period; '10 tháng' in the headline is a duration"),
    rec("members_new", "31.480", 31480, "kết nạp được 31.480 đoàn viên", M10, note=N10),
    rec("unions_new", "86", 86, "thành lập mới 86 công đoàn", M10, note=N10),
    rec("members_lost", "38.612", 38612, "giảm 38.612 người", M10, note="'số đoàn viên giảm 38.612 người' -> members_lost"),
    rec("unions_dissolved", "57", 57, "57 CĐCS giải thể", M10),
    rec("unions_net", "29", 29, "tăng tuyệt đối 29 đơn vị", M10, note="'số CĐCS tăng tuyệt đối 29' -> unions_net (86 founded - 57 dissolved)"),
    rec("members_new", "40.000", 40000, "kết nạp 40.000 đoàn viên", Y(2023), status="target",
        note="'chỉ tiêu năm 2023 ... giao cho Bình Dương' -> target of the province for 2023 (as challenge3 e15)"),
    rec("members_new", "78,7%", 78.7, "đạt 78,7% chỉ tiêu", M10, status="attainment",
        note="attainment of the members target after 10 months (31.480 / 40.000); period follows the achieved figure (as dev m02 / challenge3), not the target year"),
    rec("unions_total", "3.980", 3980, "Hiện toàn tỉnh có 3.980 CĐCS", PUB, note="stock ('Hiện') -> publication date"),
    rec("members_total", "742.500", 742500, "với 742.500 đoàn viên", PUB, note="stock -> publication date; '2 tháng cuối năm' is a duration, not gold"),
]))

# ------------------------------------------------------------------ k08
P = "2023-09-12"
T = """Nâng chất lượng thương lượng, ký kết thỏa ước lao động tập thể

Cập nhật ngày 12/09/2023 - 10:21

BTNO - 8 tháng đầu năm 2023, các cấp công đoàn tỉnh Tây Ninh đã hướng dẫn, hỗ trợ ký kết mới 64 bản thỏa ước lao động tập thể (TƯLĐTT), đạt 128% kế hoạch năm. Trong đó, Công đoàn các KCN tỉnh ký mới 37 bản; đặc biệt có 2 bản thỏa ước nhóm doanh nghiệp ngành dệt may với 9 doanh nghiệp tham gia.

Nhiều bản thỏa ước có nội dung có lợi hơn cho người lao động như: tiền ăn giữa ca từ 25.000 đồng/suất trở lên, hỗ trợ tiền xăng xe 300.000 đồng/tháng, tặng quà sinh nhật cho người lao động...

Cũng trong 8 tháng, có 418 doanh nghiệp tổ chức hội nghị người lao động, 395 đơn vị tổ chức đối thoại định kỳ tại nơi làm việc. Công đoàn tham gia thương lượng nâng mức bữa ăn giữa ca tại 22 doanh nghiệp.

Lễ ký kết thỏa ước lao động tập thể nhóm doanh nghiệp ngành dệt may. Ảnh: Ng.Hân

Theo kế hoạch năm 2023, toàn tỉnh phấn đấu ký mới 50 bản TƯLĐTT.

Ngọc Hân

Lượt xem: 2.107"""
M8 = FIRST(2023, 8)
ARTS.append(article("k08", "https://baotayninh.vn/nang-chat-luong-thuong-luong-ky-ket-thoa-uoc-lao-dong-tap-the-a164233.html", P, T, "Tây Ninh", [
    rec("collective_agreements", "64", 64, "ký kết mới 64 bản", M8, note="'8 tháng đầu năm 2023' -> 2023-01-01..2023-08-31"),
    rec("collective_agreements", "128%", 128, "đạt 128% kế hoạch năm", M8, status="attainment",
        note="attainment of the agreements signed (64 / 50); period follows the achieved 8-month figure, not the plan year (as dev m02 / challenge3)"),
    rec("collective_agreements", "37", 37, "ký mới 37 bản", M8, scope="Công đoàn các KCN tỉnh", note="'Trong đó' breakdown -> same indicator with a scope (guideline 6)"),
    rec("collective_agreements", "2", 2, "có 2 bản thỏa ước nhóm", M8, scope="thỏa ước nhóm doanh nghiệp ngành dệt may",
        note="breakdown of the signed agreements (sector-group agreements); the 9 enterprises taking part are participants, not gold"),
    rec("worker_conferences", "418", 418, "có 418 doanh nghiệp", M8, note="'Cũng trong 8 tháng' -> the 8 months of 2023 named before"),
    rec("workplace_dialogues", "395", 395, "395 đơn vị", M8),
    rec("meal_upgrades", "22", 22, "tại 22 doanh nghiệp", M8,
        note="the 25.000 đồng/suất and 300.000 đồng/tháng in the previous paragraph are thresholds / per-item amounts, not gold"),
    rec("collective_agreements", "50", 50, "ký mới 50 bản", Y(2023), status="target", note="'Theo kế hoạch năm 2023 ... phấn đấu' -> target for 2023"),
]))
