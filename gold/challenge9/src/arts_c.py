"""gold/challenge9 articles k18-k25 (hand-written texts and gold)."""
from kit import rec, article, dow, PUB, Y, H1, H2, FIRST, MONTH, Q, TERM, SPAN

ARTS = []

# ------------------------------------------------------------------ k18 (no publication date)
P = None
T = """Năm 2023, LĐLĐ tỉnh Lào Cai tập huấn cho hơn 1.500 lượt cán bộ công đoàn

Năm 2023, Liên đoàn Lao động (LĐLĐ) tỉnh Lào Cai đã tổ chức 38 lớp tập huấn nghiệp vụ công tác công đoàn cho 1.5 60 lượt cán bộ công đoàn cơ sở; số lượt cán bộ được tập huấn đạt 112% kế hoạch. Riêng Công đoàn các KCN tỉnh tổ chức 5 lớp cho 420 lượt cán bộ.

Công tác tuyên truyền, phổ biến pháp luật được đẩy mạnh với 126 buổi tuyên truyền cho hơn 14.000 lượt đoàn viên, người lao động, trong đó có nhiều buổi tổ chức tại các xã vùng cao của huyện Bát Xát, Si Ma Cai, Mường Khương. Văn phòng Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho 312 lượt người lao động.

Lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở năm 2023.

Năm 2024, LĐLĐ tỉnh phấn đấu mở 40 lớp tập huấn, tập trung bồi dưỡng kỹ năng cho chủ tịch CĐCS mới thành lập.

Hoàng Thu"""
ARTS.append(article("k18", "https://baolaocai.vn/nam-2023-ldld-tinh-tap-huan-cho-hon-1500-luot-can-bo-cong-doan-post382145.html", P, T, "Lào Cai", [
    rec("trainees", "1.500", 1500, "hơn 1.500 lượt", Y(2023), bound="over",
        note="headline repeat of the body's '1.5 60' (= 1560, 'hơn') -> the body's period 2023"),
    rec("trainings", "38", 38, "tổ chức 38 lớp", Y(2023)),
    rec("trainees", "1.5 60", 1560, "cho 1.5 60 lượt", Y(2023), note="scraped '1.5 60' -> 1560 (records.md); evidence is the number as written"),
    rec("trainees", "112%", 112, "đạt 112% kế hoạch", Y(2023), status="attainment",
        note="'số lượt cán bộ được tập huấn đạt 112% kế hoạch' -> attainment of trainees"),
    rec("trainings", "5", 5, "tổ chức 5 lớp", Y(2023), scope="Công đoàn các KCN tỉnh", note="'Riêng' breakdown -> same indicator with a scope (guideline 6)"),
    rec("trainees", "420", 420, "cho 420 lượt", Y(2023), scope="Công đoàn các KCN tỉnh"),
    rec("trainings", "126", 126, "với 126 buổi tuyên truyền", Y(2023), note="'buổi tuyên truyền' -> trainings, the persons reached -> trainees (as challenge3/6)"),
    rec("trainees", "14.000", 14000, "hơn 14.000 lượt", Y(2023), bound="over"),
    rec("legal_consultations", "312", 312, "tư vấn cho 312 lượt", Y(2023)),
    rec("trainings", "40", 40, "mở 40 lớp", Y(2024), status="target", note="'Năm 2024 ... phấn đấu' -> target"),
]))

# ------------------------------------------------------------------ k19
P = "2024-01-19"
T = f"""LĐLĐ huyện Trảng Bom: Kêt nạp hơn 4.000 đoàn viên mới

Cập nhật lúc 17:05, {dow(P)} (GMT+7)

(ĐN) - Ngày 18/1, LĐLĐ huyện Trảng Bom tổ chức hội nghị tổng kết hoạt động công đoàn năm 2023 và triển khai nhiệm vụ năm 2024.

Năm qua, LĐLĐ huyện đã kết nạp 4.126 đoàn viên, đạt 103% chỉ tiêu LĐLĐ tỉnh giao; thành lập mới 12 công đoàn cơ sở (CĐCS), vượt 20% kế hoạch. Hiện LĐLĐ huyện quản lý 286 CĐCS với 78.950 đoàn viên, trong đó có 214 CĐCS doanh nghiệp ngoài nhà nước.

Dịp Tết Nguyên đán Giáp Thìn 2024, LĐLĐ huyện dự kiến chăm lo cho 3.000 đoàn viên, người lao động với tổng kinh phí 1,5 tỷ đồng.

Dịp này, LĐLĐ tỉnh Đồng Nai tặng bằng khen cho 8 tập thể, 12 cá nhân có thành tích xuất sắc trong phong trào công nhân, viên chức, lao động năm 2023.

Văn Gia"""
S = "LĐLĐ huyện Trảng Bom"
NQ = "'Năm qua' in an article published in January 2024 -> 2023 (records.md)"
ARTS.append(article("k19", "https://baodongnai.com.vn/xa-hoi/202401/ldld-huyen-trang-bom-ket-nap-hon-4000-doan-vien-moi-3170245/", P, T, "Đồng Nai", [
    rec("members_new", "4.000", 4000, "hơn 4.000 đoàn viên", Y(2023), bound="over", scope=S,
        note="headline repeat of the body's 4.126 ('hơn'; the scraped typo 'Kêt nạp' is 'Kết nạp') -> the body's period; district union -> its province Đồng Nai (site tag ĐN, 'LĐLĐ tỉnh Đồng Nai')"),
    rec("members_new", "4.126", 4126, "kết nạp 4.126 đoàn viên", Y(2023), scope=S, note=NQ),
    rec("members_new", "103%", 103, "đạt 103% chỉ tiêu", Y(2023), status="attainment", scope=S),
    rec("unions_new", "12", 12, "thành lập mới 12 công đoàn", Y(2023), scope=S),
    rec("unions_new", "20%", 120, "vượt 20% kế hoạch", Y(2023), status="attainment", scope=S,
        note="'vượt 20% kế hoạch' -> 120 (records.md); bound exact, the 'vượt' being used up by 100+N (as dev m01 and challenge3)"),
    rec("unions_total", "286", 286, "quản lý 286 CĐCS", PUB, scope=S, note="stock ('Hiện ... quản lý') -> publication date"),
    rec("members_total", "78.950", 78950, "với 78.950 đoàn viên", PUB, scope=S, note="stock -> publication date"),
    rec("unions_total", "214", 214, "có 214 CĐCS", PUB, scope="LĐLĐ huyện Trảng Bom; doanh nghiệp ngoài nhà nước",
        note="'trong đó' breakdown of the stock -> unions_total with a scope, publication date"),
    rec("beneficiaries", "3.000", 3000, "chăm lo cho 3.000 đoàn viên", Y(2024), status="target", scope=S,
        note="'dự kiến chăm lo' -> target (planned programme activity, guideline 4); 'Tết Nguyên đán Giáp Thìn 2024' -> 2024"),
    rec("support_funds", "1,5 tỷ", 1500000000, "tổng kinh phí 1,5 tỷ đồng", Y(2024), status="target", scope=S,
        note="planned -> target; the 8 collectives and 12 individuals honoured are awards, not gold"),
]))

# ------------------------------------------------------------------ k20
P = "2023-07-27"
T = """Họp mặt kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam

27/07/2023 - 08:15

Chiều 26/7, LĐLĐ TP Cần Thơ tổ chức họp mặt kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2023) và tuyên dương 50 chủ tịch công đoàn cơ sở (CĐCS) tiêu biểu. Dự họp mặt có khoảng 300 đại biểu.

Theo báo cáo, hiện TP Cần Thơ có 1.694 CĐCS với 86.720 đoàn viên. Từ đầu năm đến nay, các cấp công đoàn thành phố đã kết nạp 2.814 đoàn viên, thành lập mới 31 CĐCS; hỗ trợ xây dựng, sửa chữa 42 "Mái ấm Công đoàn" với số tiền 2,1 tỷ đồng.

Thực hiện Quyết định số 1655/QĐ-TLĐ của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, dịp này, 25 cá nhân được tặng Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn"; LĐLĐ thành phố tặng bằng khen cho 18 tập thể.

Lãnh đạo LĐLĐ TP Cần Thơ tuyên dương các chủ tịch CĐCS tiêu biểu.

Tin, ảnh: Hà Văn

Đường dây nóng: 0292.3820.456"""
YTD = SPAN("2023-01-01", P)
NY = "'Từ đầu năm đến nay' -> 2023-01-01..publication"
ARTS.append(article("k20", "https://congdoan.cantho.gov.vn/tin-tuc/hop-mat-ky-niem-94-nam-ngay-thanh-lap-cong-doan-viet-nam-774.html", P, T, "Cần Thơ", [
    rec("unions_total", "1.694", 1694, "có 1.694 CĐCS", PUB,
        note="stock ('hiện ... có') -> publication date; the anniversary (94 năm), dates, 50 union chairs honoured and 300 delegates are not gold"),
    rec("members_total", "86.720", 86720, "với 86.720 đoàn viên", PUB, note="stock -> publication date"),
    rec("members_new", "2.814", 2814, "kết nạp 2.814 đoàn viên", YTD, note=NY),
    rec("unions_new", "31", 31, "thành lập mới 31 CĐCS", YTD, note=NY),
    rec("shelter_houses", "42", 42, "sửa chữa 42 \"Mái ấm", YTD, note=NY),
    rec("shelter_funds", "2,1 tỷ", 2100000000, "số tiền 2,1 tỷ đồng", YTD,
        note=NY + "; the decision number 1655, the 25 individuals and 18 collectives honoured and the hotline are not gold"),
]))

# ------------------------------------------------------------------ k21 (post-merger, commune union)
P = "2025-11-26"
T = f"""Công đoàn xã Mai Sơn ra mắt 3 công đoàn cơ sở mới

{dow(P)} - 16:30

(SLO) - Ngày 25/11, Công đoàn xã Mai Sơn tổ chức ra mắt 3 công đoàn cơ sở (CĐCS) tại các doanh nghiệp trên địa bàn xã, thu hút 146 người lao động gia nhập tổ chức công đoàn.

Công đoàn xã Mai Sơn được thành lập trên cơ sở sắp xếp lại công đoàn các xã, thị trấn thuộc huyện Mai Sơn (cũ) sau khi thực hiện mô hình chính quyền địa phương 2 cấp. Hiện Công đoàn xã quản lý 52 CĐCS với 2.318 đoàn viên.

Lãnh đạo Công đoàn xã Mai Sơn trao quyết định công nhận Ban Chấp hành CĐCS cho một doanh nghiệp chế biến nông sản.

Từ tháng 7/2025 đến nay, Công đoàn xã đã thăm hỏi, tặng quà cho 215 đoàn viên ốm đau, có hoàn cảnh khó khăn với số tiền 96,4 triệu đồng; nhập thông tin 2.105 đoàn viên lên phần mềm quản lý đoàn viên công đoàn.

Năm 2026, Công đoàn xã phấn đấu thành lập thêm 5 CĐCS, kết nạp 300 đoàn viên.

Quỳnh Anh"""
S = "Công đoàn xã Mai Sơn"
NP = "no period phrase before it ('Ngày 25/11' is a date) -> publication date"
NJ = "'Từ tháng 7/2025 đến nay' -> 2025-07-01..publication (as challenge6)"
ARTS.append(article("k21", "https://baosonla.vn/cong-doan/cong-doan-xa-mai-son-ra-mat-3-cong-doan-co-so-moi-Rk3x9Yp7Hg.html", P, T, "Sơn La", [
    rec("unions_new", "3", 3, "ra mắt 3 công đoàn cơ sở mới", PUB, scope=S,
        note="headline repeat -> the body's period (publication date); commune union -> its province Sơn La (site tag SLO), a province the 2025 merger left unchanged"),
    rec("unions_new", "3", 3, "ra mắt 3 công đoàn cơ sở (CĐCS)", PUB, scope=S, note=NP),
    rec("members_new", "146", 146, "thu hút 146 người", PUB, scope=S,
        note="workers joining the new CĐCS count as members_new (guideline 9, as challenge6); " + NP),
    rec("unions_total", "52", 52, "quản lý 52 CĐCS", PUB, scope=S, note="stock ('Hiện ... quản lý') -> publication date; '2 cấp' (two-level government) is not gold"),
    rec("members_total", "2.318", 2318, "với 2.318 đoàn viên", PUB, scope=S, note="stock -> publication date"),
    rec("beneficiaries", "215", 215, "quà cho 215 đoàn viên", SPAN("2025-07-01", P), scope=S, note=NJ),
    rec("support_funds", "96,4 triệu", 96400000, "số tiền 96,4 triệu đồng", SPAN("2025-07-01", P), scope=S, note=NJ),
    rec("member_records", "2.105", 2105, "thông tin 2.105 đoàn viên", SPAN("2025-07-01", P), scope=S,
        note="entering member data in the software -> member_records; same clause as the 'Từ tháng 7/2025 đến nay' gifts, so it takes that period"),
    rec("unions_new", "5", 5, "thêm 5 CĐCS", Y(2026), status="target", scope=S),
    rec("members_new", "300", 300, "kết nạp 300 đoàn viên", Y(2026), status="target", scope=S),
]))

# ------------------------------------------------------------------ k22 (post-merger Cà Mau)
P = "2025-12-16"
T = f"""Cà Mau: Phấn đấu chăm lo Tết cho hơn 40.000 đoàn viên, người lao động

{dow(P)} | 09:40

(CMO) - LĐLĐ tỉnh Cà Mau vừa ban hành kế hoạch tổ chức các hoạt động chăm lo Tết Nguyên đán Bính Ngọ 2026 cho đoàn viên, người lao động.

Theo kế hoạch, các cấp công đoàn trong tỉnh phấn đấu thăm, tặng quà cho 40.500 đoàn viên, người lao động với tổng kinh phí khoảng 31 tỷ đồng; tổ chức 12 chương trình "Tết Sum vầy" tại các xã, phường có đông công nhân; hỗ trợ 1.000 vé xe cho công nhân về quê đón Tết. Mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng.

Tết Nguyên đán Ất Tỵ 2025, LĐLĐ tỉnh Cà Mau (trước hợp nhất) đã chăm lo cho 21.430 đoàn viên, người lao động với số tiền 15,7 tỷ đồng.

Phạm Quyên

Bình luận (0)"""
NT = ("plan of the merged LĐLĐ tỉnh Cà Mau (with Bạc Liêu since July 2025) for 'Tết Nguyên đán Bính Ngọ 2026' -> target for 2026; "
      "region = Cà Mau, the new name and also a pre-2025 name (figure of the merged province as a whole)")
ARTS.append(article("k22", "https://baocamau.vn/ca-mau-phan-dau-cham-lo-tet-cho-hon-40-000-doan-vien-nguoi-lao-dong-a41236.html", P, T, "Cà Mau", [
    rec("beneficiaries", "40.000", 40000, "hơn 40.000 đoàn viên", Y(2026), status="target", bound="over",
        note="headline repeat of the body's target 40.500 ('hơn') -> its period and region; " + NT),
    rec("beneficiaries", "40.500", 40500, "cho 40.500 đoàn viên", Y(2026), status="target", note=NT),
    rec("support_funds", "31 tỷ", 31000000000, "khoảng 31 tỷ đồng", Y(2026), status="target", bound="about", note=NT),
    rec("beneficiaries", "1.000", 1000, "hỗ trợ 1.000 vé xe", Y(2026), status="target",
        note="bus tickets -> beneficiaries (guideline 9), planned -> target; the 12 Tết Sum vầy programmes fit no code and the 500.000 đồng - 1 triệu per gift are per-item amounts: not gold"),
    rec("beneficiaries", "21.430", 21430, "chăm lo cho 21.430 đoàn viên", Y(2025),
        note="'Tết Nguyên đán Ất Tỵ 2025' -> 2025; 'LĐLĐ tỉnh Cà Mau (trước hợp nhất)' -> the pre-2025 province Cà Mau"),
    rec("support_funds", "15,7 tỷ", 15700000000, "số tiền 15,7 tỷ đồng", Y(2025)),
]))

# ------------------------------------------------------------------ k23 (no publication date)
P = None
T = """Kon Tum: Công đoàn thương lượng nâng bữa ăn ca tại 14 doanh nghiệp

LĐO - 6 tháng đầu năm 2023, các cấp công đoàn tỉnh Kon Tum đã tham gia đối thoại với người sử dụng lao động tại 96 doanh nghiệp, đơn vị; thương lượng nâng giá trị bữa ăn giữa ca tại 14 doanh nghiệp, cùng kỳ năm 2022 là 9 doanh nghiệp. Mức ăn ca phổ biến từ 18.000 - 25.000 đồng/suất.

Trong 6 tháng đầu năm 2023, LĐLĐ tỉnh chỉ đạo công đoàn cấp trên trực tiếp cơ sở tổ chức 21 cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động tại doanh nghiệp.

Cũng trong 6 tháng đầu năm 2023, các cấp công đoàn kết nạp 812 đoàn viên, thành lập mới 6 CĐCS; giải thể 2 CĐCS do doanh nghiệp ngừng hoạt động, tăng thực 4 CĐCS.

Quý III/2023, LĐLĐ tỉnh phấn đấu thương lượng nâng bữa ăn ca tại ít nhất 10 doanh nghiệp.

Trung Dũng"""
H = H1(2023)
ARTS.append(article("k23", "https://laodong.vn/cong-doan/kon-tum-cong-doan-thuong-luong-nang-bua-an-ca-tai-14-doanh-nghiep-1212587.ldo", P, T, "Kon Tum", [
    rec("meal_upgrades", "14", 14, "ca tại 14 doanh nghiệp\n", H, note="headline repeat -> the body's period (6 tháng đầu năm 2023)"),
    rec("workplace_dialogues", "96", 96, "tại 96 doanh nghiệp", H, note="'tham gia đối thoại ... tại 96 doanh nghiệp' -> workplace_dialogues in units"),
    rec("meal_upgrades", "14", 14, "ca tại 14 doanh nghiệp,", H),
    rec("meal_upgrades", "9", 9, "là 9 doanh nghiệp", H1(2022),
        note="'cùng kỳ năm 2022' -> the same span of 2022 (2022-01-01..2022-06-30); the 18.000 - 25.000 đồng/suất meal level is not gold"),
    rec("supervisions", "21", 21, "tổ chức 21 cuộc", H),
    rec("members_new", "812", 812, "kết nạp 812 đoàn viên", H),
    rec("unions_new", "6", 6, "thành lập mới 6 CĐCS", H),
    rec("unions_dissolved", "2", 2, "giải thể 2 CĐCS", H),
    rec("unions_net", "4", 4, "tăng thực 4 CĐCS", H, note="'tăng thực' -> unions_net (6 founded - 2 dissolved)"),
    rec("meal_upgrades", "10", 10, "ít nhất 10 doanh nghiệp", Q(2023, 3), status="target", bound="over",
        note="'Quý III/2023 ... phấn đấu' -> target 2023-07-01..2023-09-30; 'ít nhất' -> over"),
]))

# ------------------------------------------------------------------ k24
P = "2024-01-05"
T = f"""Bến Tre: Năm 2023 thành lập 14 công đoàn cơ sở, vượt kế hoạch

{dow(P)}, 15:02 (GMT+7)

(ĐK) - Ngày 4/1, LĐLĐ tỉnh Bến Tre tổ chức hội nghị tổng kết hoạt động công đoàn năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, các cấp công đoàn tỉnh thành lập 14 công đoàn cơ sở (CĐCS), đạt 116,7% kế hoạch; kết nạp l.482 đoàn viên. Hien toan tinh co 1.106 cong doan co so voi gan 44 ngan doan vien.

Chương trình "Tết Sum vầy" năm 2023, các cấp công đoàn đã trao 12.380 phần quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí 8,6 tỷ đồng. Văn phòng Tư vấn pháp luật Công đoàn tỉnh đã tư vấn pháp luật cho 1.126 lượt đoàn viên, người lao động.

Quang cảnh hội nghị.

Năm 2024, LĐLĐ tỉnh phấn đấu kết nạp 1.500 đoàn viên, thành lập 12 CĐCS.

Thanh Đồng"""
ARTS.append(article("k24", "https://baodongkhoi.vn/ben-tre-nam-2023-thanh-lap-14-cong-doan-co-so-vuot-ke-hoach-05012024-a121456.html", P, T, "Bến Tre", [
    rec("unions_new", "14", 14, "thành lập 14 công đoàn cơ sở, vượt", Y(2023), note="headline repeat -> the body's period 2023"),
    rec("unions_new", "14", 14, "thành lập 14 công đoàn cơ sở (CĐCS)", Y(2023)),
    rec("unions_new", "116,7%", 116.7, "đạt 116,7% kế hoạch", Y(2023), status="attainment", note="attainment of the CĐCS founded, the figure it follows"),
    rec("members_new", "l.482", 1482, "kết nạp l.482 đoàn viên", Y(2023), note="scraped 'l.482' -> 1482 (records.md)"),
    rec("unions_total", "1.106", 1106, "co 1.106 cong", PUB,
        note="sentence scraped without diacritics ('Hien toan tinh co' = 'Hiện toàn tỉnh có') -> stock at publication"),
    rec("members_total", "44 ngan", 44000, "gan 44 ngan doan", PUB, bound="under",
        note="'gan 44 ngan' = 'gần 44 ngàn' without diacritics -> 44000, 'gần' -> under; stock at publication"),
    rec("beneficiaries", "12.380", 12380, "trao 12.380 phần quà", Y(2023), note="'Chương trình Tết Sum vầy năm 2023' -> 2023"),
    rec("support_funds", "8,6 tỷ", 8600000000, "tổng kinh phí 8,6 tỷ đồng", Y(2023)),
    rec("legal_consultations", "1.126", 1126, "cho 1.126 lượt", Y(2023)),
    rec("members_new", "1.500", 1500, "kết nạp 1.500 đoàn viên", Y(2024), status="target"),
    rec("unions_new", "12", 12, "thành lập 12 CĐCS", Y(2024), status="target"),
]))

# ------------------------------------------------------------------ k25 (post-merger Lai Châu, unchanged province)
P = "2025-12-29"
T = f"""Lai Châu: Năm 2025 số đoàn viên công đoàn tăng thực hơn 1.100 người

{dow(P)} - 20:15

(BLC) - Ngày 27/12, LĐLĐ tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025, thực hiện sắp xếp tổ chức bộ máy, LĐLĐ tỉnh đã thành lập 38 công đoàn xã, phường. Các cấp công đoàn kết nạp mới 2.046 đoàn viên, thành lập mới 19 CĐCS; số đoàn viên tăng tuyệt đối 1.138 người. Hiện toàn tỉnh có 1.024 CĐCS với 31.560 đoàn viên.

Dịp Tết Nguyên đán Ất Tỵ 2025, các cấp công đoàn trao 6.850 suất quà cho đoàn viên, người lao động với tổng trị giá 4,1 tỷ đồng. Công đoàn các cấp đã nhập thông tin 29.870 đoàn viên lên phần mềm quản lý đoàn viên, đạt 94,6% tổng số đoàn viên.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp mới 2.000 đoàn viên, thành lập mới 15 CĐCS.

Thu Hà"""
ARTS.append(article("k25", "https://baolaichau.vn/cong-doan/lai-chau-nam-2025-so-doan-vien-cong-doan-tang-thuc-hon-1100-nguoi-1047125", P, T, "Lai Châu", [
    rec("members_net", "1.100", 1100, "tăng thực hơn 1.100 người", Y(2025), bound="over",
        note="headline repeat of the body's 'tăng tuyệt đối 1.138' ('hơn') -> the body's period 2025"),
    rec("members_new", "2.046", 2046, "kết nạp mới 2.046 đoàn viên", Y(2025),
        note="the 38 commune/ward unions are upper-level unions, not CĐCS: not gold"),
    rec("unions_new", "19", 19, "thành lập mới 19 CĐCS", Y(2025)),
    rec("members_net", "1.138", 1138, "tăng tuyệt đối 1.138 người", Y(2025), note="'tăng tuyệt đối' -> members_net (indicators.tsv)"),
    rec("unions_total", "1.024", 1024, "có 1.024 CĐCS", PUB, note="stock ('Hiện toàn tỉnh có') -> publication date"),
    rec("members_total", "31.560", 31560, "với 31.560 đoàn viên", PUB, note="stock -> publication date"),
    rec("beneficiaries", "6.850", 6850, "trao 6.850 suất quà", Y(2025), note="'Tết Nguyên đán Ất Tỵ 2025' -> 2025"),
    rec("support_funds", "4,1 tỷ", 4100000000, "tổng trị giá 4,1 tỷ đồng", Y(2025)),
    rec("member_records", "29.870", 29870, "thông tin 29.870 đoàn viên", Y(2025),
        note="nearest earlier period phrase is 'Tết Nguyên đán Ất Tỵ 2025' -> 2025, the year under review; '94,6% tổng số đoàn viên' is a coverage share, not gold"),
    rec("members_new", "2.000", 2000, "kết nạp mới 2.000 đoàn viên", Y(2026), status="target"),
    rec("unions_new", "15", 15, "thành lập mới 15 CĐCS", Y(2026), status="target"),
]))
