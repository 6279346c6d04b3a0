"""gold/challenge9 articles k09-k17 (hand-written texts and gold)."""
from kit import rec, article, dow, PUB, Y, H1, H2, FIRST, MONTH, Q, TERM, SPAN

ARTS = []

# ------------------------------------------------------------------ k09 (no publication date)
P = None
T = """Công đoàn Sóc Trăng: Tư vấn pháp luật cho hơn 1.200 lượt đoàn viên, người lao động

Năm 2023, Văn phòng Tư vấn pháp luật Công đoàn tỉnh Sóc Trăng đã tư vấn pháp luật cho 1.248 lượt đoàn viên, người lao động, tăng 14% so với năm 2022; trực tiếp tham gia tố tụng bảo vệ quyền lợi cho 11 người lao động tại tòa án. Thông qua tư vấn, công đoàn đã giúp người lao động nhận được hơn 450 triệu đồng tiền lương, trợ cấp thôi việc bị nợ.

Các cấp công đoàn tổ chức 86 hội nghị tuyên truyền, phổ biến pháp luật cho hơn 9.500 lượt đoàn viên, người lao động; phát hành 12.000 tờ rơi. LĐLĐ tỉnh phối hợp Sở Lao động - Thương binh và Xã hội mở 6 lớp tập huấn Bộ luật Lao động 2019 cho 420 cán bộ công đoàn cơ sở.

Năm 2024, Văn phòng Tư vấn pháp luật phấn đấu tư vấn cho 1.300 lượt đoàn viên, người lao động; mỗi công đoàn cấp trên trực tiếp cơ sở tổ chức ít nhất 2 hội nghị tuyên truyền pháp luật.

Mọi thắc mắc về pháp luật lao động, đoàn viên, người lao động liên hệ Văn phòng Tư vấn pháp luật Công đoàn tỉnh, số 10 Phan Đình Phùng, Phường 1, TP Sóc Trăng; điện thoại: 0299.3821.456.

Ban Chính sách - Pháp luật"""
N23 = "nearest earlier period phrase 'Năm 2023' -> 2023 ('Bộ luật Lao động 2019' names a law, it is no period phrase)"
ARTS.append(article("k09", "https://ldld.soctrang.gov.vn/tin-tuc/cong-doan-soc-trang-tu-van-phap-luat-cho-hon-1200-luot-doan-vien-nguoi-lao-dong-512.html", P, T, "Sóc Trăng", [
    rec("legal_consultations", "1.200", 1200, "hơn 1.200 lượt", Y(2023), bound="over",
        note="headline repeat of the body's 1.248 ('hơn') -> the body's period 2023 (guideline 1)"),
    rec("legal_consultations", "1.248", 1248, "cho 1.248 lượt", Y(2023),
        note="'tăng 14%' is a change rate with no target, the 11 workers represented in court and the 450 triệu recovered fit no code: none is gold"),
    rec("trainings", "86", 86, "tổ chức 86 hội nghị tuyên truyền", Y(2023),
        note="'hội nghị tuyên truyền' -> trainings and the persons reached -> trainees (as challenge3/6); the 12.000 leaflets are not gold"),
    rec("trainees", "9.500", 9500, "hơn 9.500 lượt", Y(2023), bound="over"),
    rec("trainings", "6", 6, "mở 6 lớp tập huấn", Y(2023), note=N23),
    rec("trainees", "420", 420, "cho 420 cán bộ", Y(2023), note=N23),
    rec("legal_consultations", "1.300", 1300, "tư vấn cho 1.300 lượt", Y(2024), status="target",
        note="'Năm 2024 ... phấn đấu' -> target; the 'ít nhất 2 hội nghị' for each upper-level union is a per-item target, not gold; no publication date, so every period comes from a year in the text"),
]))

# ------------------------------------------------------------------ k10
P = "2024-07-16"
T = f"""Ủy ban Kiểm tra Công đoàn Lâm Đồng: 6 tháng kiểm tra tài chính 42 công đoàn cơ sở

{dow(P)} - 07:45

(BLĐ) - 6 tháng đầu năm 2024, Ủy ban Kiểm tra (UBKT) công đoàn các cấp tỉnh Lâm Đồng đã kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 68 công đoàn cơ sở (CĐCS); kiểm tra tài chính đồng cấp và cấp dưới tại 42 CĐCS, đạt 105% kế hoạch.

Qua kiểm tra, UBKT đã kiến nghị thu hồi hơn 186 triệu đồng chi sai mục đích, chấn chỉnh công tác quản lý tài chính, tài sản tại một số đơn vị.

Các cấp công đoàn cũng tham gia 35 cuộc giám sát, kiểm tra việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp, trong đó LĐLĐ tỉnh chủ trì 12 cuộc. Về thu, chi tài chính, 6 tháng đầu năm, các cấp công đoàn thu kinh phí công đoàn được 27,3 tỷ đồng, đạt 52,5% dự toán năm.

Hội nghị sơ kết công tác kiểm tra 6 tháng đầu năm 2024. Ảnh: Đ.T

6 tháng cuối năm, UBKT công đoàn các cấp phấn đấu kiểm tra tài chính thêm 40 CĐCS và giải quyết dứt điểm 3 đơn thư còn tồn đọng.

Đức Trung"""
ARTS.append(article("k10", "https://baolamdong.vn/xa-hoi/202407/uy-ban-kiem-tra-cong-doan-lam-dong-6-thang-kiem-tra-tai-chinh-42-cong-doan-co-so-5e41c77/", P, T, "Lâm Đồng", [
    rec("financial_inspections", "42", 42, "tài chính 42 công đoàn", H1(2024), scope="UBKT công đoàn các cấp",
        note="headline repeat of the body's 42 -> the body's period (6 tháng đầu năm 2024); '6 tháng' in the headline is a duration"),
    rec("supervisions", "68", 68, "tại 68 công đoàn", H1(2024), scope="UBKT công đoàn các cấp",
        note="'kiểm tra việc chấp hành Điều lệ ... tại 68 CĐCS' -> supervisions in units, kept apart from the financial inspections (as challenge3/6)"),
    rec("financial_inspections", "42", 42, "tại 42 CĐCS", H1(2024), scope="UBKT công đoàn các cấp"),
    rec("financial_inspections", "105%", 105, "đạt 105% kế hoạch", H1(2024), status="attainment", scope="UBKT công đoàn các cấp",
        note="attainment of the financial inspections it follows"),
    rec("supervisions", "35", 35, "tham gia 35 cuộc giám sát", H1(2024),
        note="nearest earlier period phrase '6 tháng đầu năm 2024'; the 186 triệu to recover fits no code, not gold"),
    rec("supervisions", "12", 12, "chủ trì 12 cuộc", H1(2024), scope="LĐLĐ tỉnh chủ trì", note="'trong đó' breakdown (guideline 6)"),
    rec("financial_inspections", "40", 40, "thêm 40 CĐCS", H2(2024), status="target", scope="UBKT công đoàn các cấp",
        note="year-less '6 tháng cuối năm' takes the publication year -> 2024-07-01..2024-12-31; the union fee income (27,3 tỷ, 52,5% of the estimate) fits no code and the 3 petitions are not gold"),
]))

# ------------------------------------------------------------------ k11 (post-merger Phú Thọ)
P = "2025-10-21"
T = f"""Phú Thọ: Hơn 361 nghìn đoàn viên được cập nhật thông tin lên phần mềm

{dow(P)} | 08:10

(Baophutho.vn) - Sau sắp xếp tổ chức bộ máy, LĐLĐ tỉnh Phú Thọ hiện quản lý 148 công đoàn xã, phường, công đoàn ngành và công đoàn cấp trên trực tiếp cơ sở, với 5.132 công đoàn cơ sở (CĐCS) và 392.640 đoàn viên.

Thực hiện chuyển đổi số trong công tác quản lý đoàn viên, đến nay các cấp công đoàn trong tỉnh đã cập nhật thông tin của 361.218 đoàn viên lên phần mềm quản lý đoàn viên; 214.500 đoàn viên được cấp thẻ đoàn viên công đoàn điện tử.

9 tháng năm 2025, các cấp công đoàn trong tỉnh đã kết nạp 18.326 đoàn viên, thành lập mới 104 CĐCS. Công đoàn các phường Vĩnh Yên, Phúc Yên, Hòa Bình và Việt Trì là những đơn vị có số đoàn viên kết nạp mới nhiều nhất.

Cán bộ Công đoàn phường Việt Trì hướng dẫn đoàn viên cài đặt ứng dụng Công đoàn Việt Nam.

Quý IV/2025, LĐLĐ tỉnh phấn đấu kết nạp thêm 6.000 đoàn viên, thành lập mới 30 CĐCS, đưa tổng số đoàn viên kết nạp mới cả năm đạt 24.000 người.

Thanh Nga"""
NM = "figure of the merged province as a whole (LĐLĐ tỉnh Phú Thọ after the 1 July 2025 merger with Vĩnh Phúc and Hòa Bình) -> region = the new name, which is also a pre-2025 name (as challenge6 h15)"
NC = "cumulative count with only 'đến nay' and no earlier period phrase -> publication date (as challenge6 h13)"
M9 = FIRST(2025, 9)
ARTS.append(article("k11", "https://baophutho.vn/hon-361-nghin-doan-vien-duoc-cap-nhat-thong-tin-len-phan-mem-241873.htm", P, T, "Phú Thọ", [
    rec("member_records", "361 nghìn", 361000, "Hơn 361 nghìn", PUB, bound="over",
        note="headline repeat of the body's 361.218 ('Hơn', written with 'nghìn') -> the body's period and region; " + NM),
    rec("unions_total", "5.132", 5132, "với 5.132 công đoàn", PUB,
        note="stock ('hiện quản lý') -> publication date; the 148 commune/ward, sector and upper-level unions are not grassroots unions, not gold; " + NM),
    rec("members_total", "392.640", 392640, "và 392.640 đoàn viên", PUB, note="stock -> publication date; " + NM),
    rec("member_records", "361.218", 361218, "thông tin của 361.218 đoàn viên", PUB, note=NC + "; " + NM),
    rec("member_records", "214.500", 214500, "214.500 đoàn viên được cấp thẻ", PUB, note="members given e-cards -> member_records (indicators.tsv 'cấp thẻ'); " + NC),
    rec("members_new", "18.326", 18326, "kết nạp 18.326 đoàn viên", M9, note="'9 tháng năm 2025' -> 2025-01-01..2025-09-30; " + NM),
    rec("unions_new", "104", 104, "thành lập mới 104 CĐCS", M9, note=NM),
    rec("members_new", "6.000", 6000, "thêm 6.000 đoàn viên", Q(2025, 4), status="target", note="'Quý IV/2025 ... phấn đấu' -> target for 2025-10-01..2025-12-31"),
    rec("unions_new", "30", 30, "thành lập mới 30 CĐCS", Q(2025, 4), status="target"),
    rec("members_new", "24.000", 24000, "đạt 24.000 người", Y(2025), status="target",
        note="'tổng số đoàn viên kết nạp mới cả năm' -> target for the full year 2025 ('chỉ tiêu cả năm is the full year', guideline 8), not the quarter"),
]))

# ------------------------------------------------------------------ k12 (post-merger Ninh Bình, Nam Định area)
P = "2026-01-30"
T = f"""Tết Sum vầy đến với 500 đoàn viên, người lao động khu vực Nam Định

{dow(P)} - 10:12

(BNB) - Ngày 29/1, tại phường Nam Định, LĐLĐ tỉnh Ninh Bình tổ chức Chương trình "Tết Sum vầy - Xuân Bính Ngọ 2026" cho đoàn viên, người lao động khu vực Nam Định.

Tại chương trình, LĐLĐ tỉnh trao 500 suất quà, mỗi suất trị giá 1 triệu đồng, cho đoàn viên, người lao động có hoàn cảnh khó khăn đang làm việc tại các doanh nghiệp khu vực Nam Định; tặng 150 vé xe khách đưa công nhân về quê đón Tết. Tại "Chợ Tết Công đoàn", ban tổ chức phát 2.000 phiếu mua hàng 0 đồng cho đoàn viên.

Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân có hoàn cảnh khó khăn.

Dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn tỉnh Ninh Bình dự kiến chăm lo cho hơn 62.000 đoàn viên, người lao động với tổng kinh phí khoảng 48 tỷ đồng. Trong đó, các cấp công đoàn đã trao quà cho 41.305 đoàn viên, người lao động với số tiền 30,2 tỷ đồng.

Hồng Nhung"""
NA = ("figure tied to 'khu vực Nam Định', a place of the pre-2025 province Nam Định, although the organiser is the merged LĐLĐ tỉnh Ninh Bình -> "
      "region Nam Định (records.md: the name before the 2025 merger; as dev y15 'khu vực Hòa Bình' and challenge6 h10)")
NW = "figure of the merged province as a whole ('các cấp công đoàn tỉnh Ninh Bình') -> region = the new name Ninh Bình (also a pre-2025 name)"
S = "Chương trình Tết Sum vầy khu vực Nam Định"
ARTS.append(article("k12", "https://baoninhbinh.org.vn/tet-sum-vay-den-voi-500-doan-vien-nguoi-lao-dong-khu-vuc-nam-dinh-20260130101200.htm", P, T, "Ninh Bình", [
    rec("beneficiaries", "500", 500, "đến với 500 đoàn viên", Y(2026), region="Nam Định", scope=S,
        note="headline repeat of the body's 500 -> the body's period and region; " + NA),
    rec("beneficiaries", "500", 500, "trao 500 suất quà", Y(2026), region="Nam Định", scope=S,
        note="'Xuân Bính Ngọ 2026' -> 2026; " + NA + "; '1 triệu đồng' per gift is a per-item amount"),
    rec("beneficiaries", "150", 150, "tặng 150 vé xe", Y(2026), region="Nam Định", scope=S,
        note="bus tickets -> beneficiaries (guideline 9); the 2.000 'phiếu mua hàng 0 đồng' of the Chợ Tết are not gold (guideline 9)"),
    rec("beneficiaries", "62.000", 62000, "hơn 62.000 đoàn viên", Y(2026), status="target", bound="over",
        note="'dự kiến chăm lo' -> target (planned programme activity, guideline 4); 'Tết Nguyên đán Bính Ngọ 2026' -> 2026; " + NW),
    rec("support_funds", "48 tỷ", 48000000000, "khoảng 48 tỷ đồng", Y(2026), status="target", bound="about", note=NW),
    rec("beneficiaries", "41.305", 41305, "quà cho 41.305 đoàn viên", Y(2026), note="already given ('đã trao') -> actual; " + NW),
    rec("support_funds", "30,2 tỷ", 30200000000, "số tiền 30,2 tỷ đồng", Y(2026), note=NW),
]))

# ------------------------------------------------------------------ k13
P = "2025-04-24"
T = f"""Hà Nội: Tháng Công nhân 2025 phấn đấu chăm lo cho 30.000 đoàn viên

{dow(P)} 14:20

(LĐTĐ) Theo kế hoạch của Liên đoàn Lao động thành phố Hà Nội, Tháng Công nhân năm 2025 được triển khai tại 100% công đoàn cơ sở (CĐCS) trên địa bàn Thủ đô. Hiện LĐLĐ thành phố có gần 1,2 triệu đoàn viên.

Theo đó, trong Tháng Công nhân, các cấp công đoàn Thủ đô phấn đấu thăm hỏi, tặng quà 30.000 đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí 15 tỷ đồng; tổ chức ít nhất 1.500 cuộc đối thoại tại nơi làm việc; hỗ trợ xây mới, sửa chữa 50 "Mái ấm Công đoàn". LĐLĐ thành phố cũng sẽ ký kết thỏa thuận hợp tác với 10 đối tác trong chương trình "Phúc lợi đoàn viên công đoàn".

Lễ phát động Tháng Công nhân dự kiến diễn ra ngày 28/4 tại Cung Văn hóa Lao động Hữu nghị Việt - Xô với sự tham gia của 1.200 đại biểu, công nhân lao động.

Trong Tháng Công nhân năm 2024, các hoạt động được tổ chức tại 8.236 CĐCS; các cấp công đoàn đã tặng quà cho 31.540 đoàn viên, người lao động với số tiền gần 16 tỷ đồng.

Bảo Anh"""
M25, M24 = MONTH(2025, 5), MONTH(2024, 5)
NT = "target of the Tháng Công nhân plan: 'Tháng Công nhân năm 2025' -> May 2025 (records.md); 'phấn đấu' -> target"
ARTS.append(article("k13", "https://laodongthudo.vn/ha-noi-thang-cong-nhan-2025-phan-dau-cham-lo-cho-30000-doan-vien-182344.html", P, T, "Hà Nội", [
    rec("beneficiaries", "30.000", 30000, "chăm lo cho 30.000 đoàn viên", M25, status="target", note="headline repeat of the body's target -> its period; " + NT),
    rec("members_total", "1,2 triệu", 1200000, "gần 1,2 triệu đoàn viên", PUB, bound="under",
        note="stock ('Hiện ... có') -> publication date; '100% CĐCS' is a coverage share, not gold"),
    rec("beneficiaries", "30.000", 30000, "tặng quà 30.000 đoàn viên", M25, status="target",
        note="year-less 'trong Tháng Công nhân' after 'Tháng Công nhân năm 2025' -> May 2025; " + NT),
    rec("support_funds", "15 tỷ", 15000000000, "tổng kinh phí 15 tỷ đồng", M25, status="target", note=NT),
    rec("workplace_dialogues", "1.500", 1500, "ít nhất 1.500 cuộc", M25, status="target", bound="over", note=NT + "; 'ít nhất' -> over"),
    rec("shelter_houses", "50", 50, "sửa chữa 50 \"Mái ấm", M25, status="target", note=NT),
    rec("welfare_partners", "10", 10, "với 10 đối tác", M25, status="target",
        note="'sẽ ký kết thỏa thuận hợp tác ... Phúc lợi đoàn viên' -> welfare_partners, planned activity of the month's plan -> target (guideline 4); the launch's 1.200 delegates are participants, not gold"),
    rec("workers_month_units", "8.236", 8236, "tổ chức tại 8.236 CĐCS", M24, note="'Tháng Công nhân năm 2024' -> May 2024"),
    rec("beneficiaries", "31.540", 31540, "quà cho 31.540 đoàn viên", M24),
    rec("support_funds", "16 tỷ", 16000000000, "gần 16 tỷ đồng", M24, bound="under"),
]))

# ------------------------------------------------------------------ k14
P = "2024-07-10"
T = """Giới thiệu 320 đoàn viên công đoàn ưu tú cho Đảng xem xét kết nạp

10/07/2024 09:25

(TBO) - Thực hiện Kế hoạch số 125-KH/TU ngày 15/3/2022 của Ban Thường vụ Tỉnh ủy, 6 tháng đầu năm 2024, các cấp công đoàn tỉnh đã giới thiệu 320 đoàn viên ưu tú cho cấp ủy đảng xem xét, bồi dưỡng, kết nạp, đạt 106,7% kế hoạch 6 tháng; trong đó 196 đồng chí đã được kết nạp vào Đảng, có 58 công nhân trực tiếp sản xuất tại doanh nghiệp ngoài nhà nước.

Năm 2024, LĐLĐ tỉnh Thái Bình phấn đấu giới thiệu 600 đoàn viên ưu tú cho Đảng, trong đó ít nhất 400 đồng chí được kết nạp.

Lễ kết nạp đảng viên tại chi bộ một doanh nghiệp trong KCN Phúc Khánh. Ảnh: Tr.H

Nhiệm kỳ 2018 - 2023, các cấp công đoàn tỉnh đã giới thiệu 3.412 đoàn viên ưu tú cho Đảng, trong đó 2.386 đồng chí được kết nạp.

Trần Hà"""
ARTS.append(article("k14", "https://baothaibinh.com.vn/tin-tuc/4/203415/gioi-thieu-320-doan-vien-cong-doan-uu-tu-cho-dang-xem-xet-ket-nap", P, T, "Thái Bình", [
    rec("party_referrals", "320", 320, "Giới thiệu 320 đoàn viên", H1(2024),
        note="headline repeat -> the body's period (6 tháng đầu năm 2024); region from the site tag (TBO) and 'LĐLĐ tỉnh Thái Bình'"),
    rec("party_referrals", "320", 320, "đã giới thiệu 320 đoàn viên", H1(2024),
        note="'Kế hoạch số 125-KH/TU ngày 15/3/2022' is a document number and date, not gold and not a period; the sentence's '6 tháng đầu năm 2024' gives the period; status actual although the sentence contains the word 'Kế hoạch' (it names the document being implemented)"),
    rec("party_referrals", "106,7%", 106.7, "đạt 106,7% kế hoạch", H1(2024), status="attainment", note="attainment of the referrals it follows"),
    rec("party_admitted", "196", 196, "196 đồng chí đã được kết nạp", H1(2024), note="'trong đó 196 đồng chí đã được kết nạp vào Đảng' -> party_admitted of the half-year"),
    rec("party_admitted", "58", 58, "có 58 công nhân", H1(2024), scope="công nhân trực tiếp sản xuất tại doanh nghiệp ngoài nhà nước",
        note="breakdown of the 196 admitted -> same indicator with a scope (guideline 6)"),
    rec("party_referrals", "600", 600, "giới thiệu 600 đoàn viên", Y(2024), status="target"),
    rec("party_admitted", "400", 400, "ít nhất 400 đồng chí", Y(2024), status="target", bound="over", note="'ít nhất' -> over"),
    rec("party_referrals", "3.412", 3412, "giới thiệu 3.412 đoàn viên", TERM(2018, 2023), note="'Nhiệm kỳ 2018 - 2023' -> 2018-01-01..2023-12-31"),
    rec("party_admitted", "2.386", 2386, "2.386 đồng chí", TERM(2018, 2023)),
]))

# ------------------------------------------------------------------ k15
P = "2023-12-27"
T = """Công đoàn Vĩnh Phúc: Thu kinh phí công đoàn đạt 108% dự toán

27/12/2023 15:40

(BVP) - Ngày 26/12, Ủy ban Kiểm tra (UBKT) LĐLĐ tỉnh tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và công tác tài chính công đoàn năm 2023.

Trong năm, các cấp công đoàn thu kinh phí công đoàn được 142,6 tỷ đồng, đạt 108% dự toán; thu đoàn phí công đoàn 38,4 tỷ đồng, đạt 101% dự toán. Tỷ lệ kinh phí công đoàn để lại cơ sở là 75%.

UBKT công đoàn các cấp đã kiểm tra tài chính tại 186 CĐCS và 9 công đoàn cấp trên trực tiếp cơ sở; kiểm tra việc chấp hành Điều lệ Công đoàn tại 124 CĐCS; tham gia 47 cuộc giám sát việc thực hiện quy chế dân chủ ở cơ sở. Qua kiểm tra, UBKT kiến nghị xử lý tài chính 412 triệu đồng.

Từ nguồn tài chính công đoàn, các cấp công đoàn đã chi thăm hỏi, trợ cấp cho 5.870 lượt đoàn viên ốm đau, gặp khó khăn với số tiền 4,28 tỷ đồng.

Năm 2024, UBKT phấn đấu kiểm tra tài chính 200 CĐCS, bằng khoảng 30% số CĐCS toàn tỉnh.

Minh Hương"""
S = "UBKT công đoàn các cấp"
NY = "period 2023: 'năm 2023' in the lead and 'Trong năm' in an article published in December 2023"
ARTS.append(article("k15", "https://baovinhphuc.com.vn/xa-hoi/cong-doan-vinh-phuc-thu-kinh-phi-cong-doan-dat-108-du-toan-112358.html", P, T, "Vĩnh Phúc", [
    rec("financial_inspections", "186", 186, "tại 186 CĐCS", Y(2023), scope="UBKT công đoàn các cấp; CĐCS",
        note=NY + "; the union-fee figures of the previous paragraph (142,6 tỷ, 108% and 101% of the estimate, 38,4 tỷ, 75%) fit no code: not gold"),
    rec("financial_inspections", "9", 9, "và 9 công đoàn cấp trên", Y(2023), scope="UBKT công đoàn các cấp; công đoàn cấp trên trực tiếp cơ sở",
        note="second group of units inspected -> a separate record with its scope"),
    rec("supervisions", "124", 124, "tại 124 CĐCS", Y(2023), scope=S, note="'kiểm tra việc chấp hành Điều lệ' -> supervisions (as challenge3/6)"),
    rec("supervisions", "47", 47, "tham gia 47 cuộc giám sát", Y(2023), scope=S, note="the 412 triệu to settle fits no code, not gold"),
    rec("beneficiaries", "5.870", 5870, "cho 5.870 lượt", Y(2023), note="members visited and given allowances -> beneficiaries; " + NY),
    rec("support_funds", "4,28 tỷ", 4280000000, "số tiền 4,28 tỷ đồng", Y(2023)),
    rec("financial_inspections", "200", 200, "tài chính 200 CĐCS", Y(2024), status="target", scope=S,
        note="'Năm 2024 ... phấn đấu' -> target; 'khoảng 30%' is a share, not gold"),
]))

# ------------------------------------------------------------------ k16
P = "2024-01-12"
T = """Công đoàn Viên chức tỉnh tổng kết hoạt động năm 2023

Ngày đăng: 12/01/2024

Chiều 11/1, Công đoàn Viên chức tỉnh Quảng Trị tổ chức hội nghị tổng kết hoạt động công đoàn năm 2023, triển khai nhiệm vụ năm 2024.

Năm qua, Công đoàn Viên chức tỉnh đã chỉ đạo các công đoàn cơ sở (CĐCS) phối hợp với thủ trưởng cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; có 112 cơ quan, đơn vị tổ chức hội nghị đúng quy định. Công đoàn Viên chức tỉnh thành lập mới ba Ban nữ công quần chúng tại các đơn vị có đông lao động nữ.

Các CĐCS đã kết nạp 186 đoàn viên; giới thiệu 52 đoàn viên ưu tú cho Đảng xem xét, trong đó có 37 đồng chí đã được kết nạp. Công đoàn Viên chức tỉnh tổ chức 4 lớp tập huấn nghiệp vụ cho 380 cán bộ công đoàn cơ sở.

Hiện Công đoàn Viên chức tỉnh có 118 CĐCS trực thuộc với 6.940 đoàn viên.

Năm 2024, Công đoàn Viên chức tỉnh phấn đấu thành lập thêm 2 Ban nữ công quần chúng; 100% CĐCS đạt tiêu chuẩn "Vững mạnh".

Dịp này, Công đoàn Viên chức tỉnh tặng giấy khen cho 16 tập thể, 24 cá nhân có thành tích xuất sắc.

Văn phòng"""
S = "Công đoàn Viên chức tỉnh"
NQ = "'Năm qua' in an article published in January 2024 -> 2023 (records.md), also the year of the reviewed report"
ARTS.append(article("k16", "https://congdoan.quangtri.gov.vn/tin-tuc/cong-doan-vien-chuc-tinh-tong-ket-hoat-dong-nam-2023-1841.html", P, T, "Quảng Trị", [
    rec("official_conferences", "112", 112, "có 112 cơ quan", Y(2023), scope=S, note=NQ),
    rec("women_committees", "ba", 3, "thành lập mới ba Ban nữ công", Y(2023), scope=S, note="word number 'ba' -> 3 (records.md); " + NQ),
    rec("members_new", "186", 186, "kết nạp 186 đoàn viên", Y(2023), scope=S),
    rec("party_referrals", "52", 52, "giới thiệu 52 đoàn viên", Y(2023), scope=S),
    rec("party_admitted", "37", 37, "có 37 đồng chí", Y(2023), scope=S),
    rec("trainings", "4", 4, "tổ chức 4 lớp tập huấn", Y(2023), scope=S),
    rec("trainees", "380", 380, "cho 380 cán bộ", Y(2023), scope=S),
    rec("unions_total", "118", 118, "có 118 CĐCS", PUB, scope=S, note="stock ('Hiện ... có') -> publication date"),
    rec("members_total", "6.940", 6940, "với 6.940 đoàn viên", PUB, scope=S, note="stock -> publication date"),
    rec("women_committees", "2", 2, "thêm 2 Ban nữ công", Y(2024), status="target", scope=S,
        note="'Năm 2024 ... phấn đấu' -> target; '100% CĐCS' is a share, and the 16 collectives / 24 individuals are awards: not gold"),
]))

# ------------------------------------------------------------------ k17
P = "2023-03-15"
T = """LĐLĐ Đà Nẵng ký kết hợp tác với 12 doanh nghiệp trong chương trình "Phúc lợi đoàn viên"

15/03/2023 - 06:40

(ĐN) - Sáng 14/3, LĐLĐ thành phố Đà Nẵng tổ chức lễ ký kết thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên công đoàn" năm 2023 với 12 doanh nghiệp, đơn vị.

Theo thỏa thuận, đoàn viên công đoàn được giảm giá từ 5 - 30% khi mua hàng, sử dụng dịch vụ tại các doanh nghiệp, đơn vị tham gia chương trình. Tại buổi lễ, các doanh nghiệp trao tặng 300 suất quà cho đoàn viên có hoàn cảnh khó khăn, tổng trị giá 150 triệu đồng.

Năm 2023, LĐLĐ thành phố đặt mục tiêu mở rộng thêm 20 đối tác tham gia chương trình. Từ năm 2019 đến nay, LĐLĐ thành phố đã ký kết thỏa thuận hợp tác với 68 đối tác.

Đại diện LĐLĐ thành phố và các doanh nghiệp ký kết thỏa thuận hợp tác.

Hiện toàn thành phố có 2.315 CĐCS với 168.400 đoàn viên.

H.Vân

Xem thêm
Đà Nẵng: Hơn 2.000 đoàn viên được hưởng ưu đãi từ chương trình Phúc lợi đoàn viên
LĐLĐ Đà Nẵng trao 100 suất học bổng cho con đoàn viên"""
N23 = "'chương trình ... năm 2023' is the nearest earlier period phrase -> 2023 (records.md rule), though the signing itself was on 14/3"
ARTS.append(article("k17", "https://baodanang.vn/xa-hoi/202303/ldld-da-nang-ky-ket-hop-tac-voi-12-doanh-nghiep-trong-chuong-trinh-phuc-loi-doan-vien-3941201/", P, T, "Đà Nẵng", [
    rec("welfare_partners", "12", 12, "hợp tác với 12 doanh nghiệp", Y(2023), note="headline repeat -> the body's period and region"),
    rec("welfare_partners", "12", 12, "năm 2023 với 12 doanh nghiệp", Y(2023),
        note="'thỏa thuận hợp tác chương trình Phúc lợi đoàn viên' -> welfare_partners (guideline 9); period from 'năm 2023' in the same sentence"),
    rec("beneficiaries", "300", 300, "trao tặng 300 suất quà", Y(2023), note=N23 + "; 'giảm giá từ 5 - 30%' is a discount range, not gold"),
    rec("support_funds", "150 triệu", 150000000, "tổng trị giá 150 triệu đồng", Y(2023), note=N23),
    rec("welfare_partners", "20", 20, "thêm 20 đối tác", Y(2023), status="target", note="'đặt mục tiêu' -> target for 2023"),
    rec("welfare_partners", "68", 68, "với 68 đối tác", SPAN("2019-01-01", P),
        note="'Từ năm 2019 đến nay' -> 2019-01-01..publication (records.md 'từ đầu năm 2018 đến nay')"),
    rec("unions_total", "2.315", 2315, "có 2.315 CĐCS", PUB, note="stock ('Hiện toàn thành phố có') -> publication date"),
    rec("members_total", "168.400", 168400, "với 168.400 đoàn viên", PUB,
        note="stock -> publication date; the 'Xem thêm' box below is another story: its 2.000 and 100 are not gold (guideline 11)"),
]))
