"""k16-k20"""
from mk import art, r, Y, H1, H2, Q, M, SPAN, SY, D, NM, PUB, NUL

# ---------------------------------------------------------------- k16
art("k16", "https://baomoi.com/soc-trang-hon-1200-doan-vien-cong-doan-duoc-ket-nap-vao-dang/c/36718245.epi",
    None, """Sóc Trăng: Hơn 1.200 đoàn viên công đoàn được kết nạp vào Đảng

Giai đoạn 2015-2020, các cấp công đoàn tỉnh Sóc Trăng đã giới thiệu 2.146 đoàn viên ưu tú cho các tổ chức Đảng xem xét, bồi dưỡng; trong đó có 1.218 đoàn viên đã được kết nạp vào Đảng, đạt 121,8% chỉ tiêu Nghị quyết Đại hội đề ra.

Riêng năm 2020, LĐLĐ tỉnh giới thiệu 395 đoàn viên ưu tú, có 231 đoàn viện được kết nạp Đảng; Công đoàn ngành Giáo dục tỉnh là đơn vị dẫn đầu với 86 đảng viên mới.

Hiện nay, toàn tỉnh có 1.034 CĐCS với 61.870 đoàn viên, trong đó có 8.915 đoàn viên là đảng viên.

Giai đoạn 2020-2025, LĐLĐ tỉnh phấn đấu giới thiệu 2.000 đoàn viên ưu tú cho Đảng, trong đó ít nhất 1.200 đoàn viên được kết nạp.

Theo Báo Sóc Trăng

Tin liên quan
Sóc Trăng: 5.000 suất quà Tết cho công nhân lao động
Ngã Năm: Thành lập 3 công đoàn cơ sở mới""", "Sóc Trăng", [
    r("party_admitted", 1200, "Hơn [[1.200]] đoàn viên", bound="over", per=SPAN(2015, 2020),
      note="headline repeat (rounded) of 1.218: body's period (giai đoạn 2015-2020)"),
    r("party_referrals", 2146, "giới thiệu [[2.146]] đoàn viên", per=SPAN(2015, 2020)),
    r("party_admitted", 1218, "có [[1.218]] đoàn viên", per=SPAN(2015, 2020)),
    r("party_admitted", 121.8, "đạt [[121,8%]] chỉ tiêu", status="attainment", per=SPAN(2015, 2020)),
    r("party_referrals", 395, "giới thiệu [[395]] đoàn viên", per=Y(2020)),
    r("party_admitted", 231, "có [[231]] đoàn", per=Y(2020), note="typo 'đoàn viện' in the source"),
    r("party_admitted", 86, "với [[86]] đảng viên mới", per=Y(2020), scope="Công đoàn ngành Giáo dục tỉnh",
      note="'86 đảng viên mới' = members admitted to the Party in 2020 by the sector union"),
    r("unions_total", 1034, "có [[1.034]] CĐCS", per=NUL, note="stock, no publication date (baomoi copy) -> null..null"),
    r("members_total", 61870, "với [[61.870]] đoàn viên", per=NUL, note="stock, no publication date -> null..null"),
    r("members_total", 8915, "có [[8.915]] đoàn viên là đảng viên", per=NUL, scope="đoàn viên là đảng viên",
      note="breakdown (trong đó) of the members stock (gold README 6)"),
    r("party_referrals", 2000, "giới thiệu [[2.000]] đoàn viên", status="target", per=SPAN(2020, 2025)),
    r("party_admitted", 1200, "ít nhất [[1.200]] đoàn viên", status="target", bound="over", per=SPAN(2020, 2025)),
], kind="aggregator copy, undated; giai đoạn results and targets; Tin liên quan")

# ---------------------------------------------------------------- k17
art("k17", "https://baophutho.vn/phuc-yen-ra-mat-3-cong-doan-co-so-tai-doanh-nghiep-fdi-251873.htm",
    "2025-12-10", """Phúc Yên: Ra mắt 3 công đoàn cơ sở tại doanh nghiệp FDI

10/12/2025 08:50

(Baophutho.vn) - Ngày 9/12, Công đoàn phường Phúc Yên tổ chức ra mắt công đoàn cơ sở tại 3 doanh nghiệp FDI trên địa bàn, kết nạp 426 công nhân lao động vào tổ chức công đoàn.

Phường Phúc Yên được thành lập trên cơ sở sắp xếp các phường của thành phố Phúc Yên, tỉnh Vĩnh Phúc trước đây. Hiện Công đoàn phường quản lý 58 CĐCS với 14.230 đoàn viên.

Theo LĐLĐ tỉnh, từ ngày 1/7/2025 đến nay, các cấp công đoàn thuộc khu vực Vĩnh Phúc đã thành lập 21 CĐCS, kết nạp 5.140 đoàn viên. Tính chung 11 tháng năm 2025, toàn tỉnh Phú Thọ kết nạp 12.860 đoàn viên, đạt 95% kế hoạch năm; thành lập 57 CĐCS.

Năm 2026, LĐLĐ tỉnh phấn đấu phát triển 15.000 đoàn viên, trong đó khu vực Vĩnh Phúc 9.000 đoàn viên.

Hoàng Anh""", "Vĩnh Phúc", [
    r("unions_new", 3, "Ra mắt [[3]] công đoàn", per=PUB, scope="Công đoàn phường Phúc Yên",
      note="headline repeat of the body's 3"),
    r("unions_new", 3, "tại [[3]] doanh nghiệp", per=PUB, scope="Công đoàn phường Phúc Yên",
      note="post-merger ward of the former TP Phúc Yên, tỉnh Vĩnh Phúc -> Vĩnh Phúc (dev y15: the old province of the place); no period phrase before it -> publication date"),
    r("members_new", 426, "kết nạp [[426]] công nhân", per=PUB, scope="Công đoàn phường Phúc Yên",
      note="workers admitted when the new unions were launched -> members_new (gold README 9)"),
    r("unions_total", 58, "quản lý [[58]] CĐCS", per=PUB, scope="Công đoàn phường Phúc Yên", note="stock -> publication date"),
    r("members_total", 14230, "với [[14.230]] đoàn viên", per=PUB, scope="Công đoàn phường Phúc Yên", note="stock -> publication date"),
    r("unions_new", 21, "thành lập [[21]] CĐCS", per=("2025-07-01", "2025-12-10"), scope="khu vực Vĩnh Phúc",
      note="'từ ngày 1/7/2025 đến nay' -> 2025-07-01..publication date; 'khu vực Vĩnh Phúc' -> Vĩnh Phúc although reported by the merged LĐLĐ tỉnh"),
    r("members_new", 5140, "kết nạp [[5.140]] đoàn viên", per=("2025-07-01", "2025-12-10"), scope="khu vực Vĩnh Phúc"),
    r("members_new", 12860, "kết nạp [[12.860]] đoàn viên", per=NM(11, 2025), region="Phú Thọ",
      note="'toàn tỉnh Phú Thọ' after the merger (Phú Thọ + Vĩnh Phúc + Hòa Bình): the merged province as a whole -> Phú Thọ (challenge6 convention); 11 tháng năm 2025"),
    r("members_new", 95, "đạt [[95%]] kế hoạch năm", status="attainment", per=NM(11, 2025), region="Phú Thọ"),
    r("unions_new", 57, "thành lập [[57]] CĐCS", per=NM(11, 2025), region="Phú Thọ"),
    r("members_new", 15000, "phát triển [[15.000]] đoàn viên", status="target", per=Y(2026), region="Phú Thọ",
      note="target of the merged LĐLĐ tỉnh (Phú Thọ)"),
    r("members_new", 9000, "Vĩnh Phúc [[9.000]] đoàn viên", status="target", per=Y(2026), scope="khu vực Vĩnh Phúc",
      note="breakdown of the target for 'khu vực Vĩnh Phúc' -> Vĩnh Phúc"),
], kind="post-merger ward union (old Vĩnh Phúc) vs merged Phú Thọ totals")

# ---------------------------------------------------------------- k18
art("k18", "https://www.sggp.org.vn/cong-doan-phuong-vung-tau-trao-1200-phan-qua-tet-cho-cong-nhan-post836512.html",
    "2026-01-30", """Công đoàn phường Vũng Tàu trao 1.200 phần quà Tết cho công nhân

(SGGP) - Ngày 29-1, Công đoàn phường Vũng Tàu (TPHCM) tổ chức chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026, trao 1.200 phần quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, tổng trị giá 840 triệu đồng. Hiện Công đoàn phường quản lý 96 CĐCS với 8.450 đoàn viên.

Đây là một trong 168 điểm tổ chức chương trình "Tết Sum vầy" của Công đoàn TPHCM dịp Tết Nguyên đán Bính Ngọ 2026. Theo kế hoạch, LĐLĐ TPHCM sẽ chăm lo cho khoảng 1,2 triệu lượt đoàn viên, người lao động với tổng kinh phí dự kiến 1.050 tỷ đồng.

Tại khu vực Bà Rịa - Vũng Tàu (cũ), các cấp công đoàn dự kiến trao 32.000 phần quà Tết. Cùng ngày, Công đoàn phường Phú Mỹ đã trao 500 vé xe cho công nhân các KCN Phú Mỹ I, Phú Mỹ II về quê đón Tết.

Ông Lê Văn Tâm, Chủ tịch Công đoàn phường Vũng Tàu, cho biết mỗi phần quà gồm tiền mặt 500.000 đồng và nhu yếu phẩm trị giá 200.000 đồng.

THANH HẢI""", "Bà Rịa - Vũng Tàu", [
    r("beneficiaries", 1200, "trao [[1.200]] phần quà Tết", per=Y(2026), scope="Công đoàn phường Vũng Tàu",
      note="headline repeat of the body's 1.200: its region and period"),
    r("beneficiaries", 1200, "trao [[1.200]] phần quà cho", per=Y(2026), scope="Công đoàn phường Vũng Tàu",
      note="post-merger 'phường Vũng Tàu (TPHCM)' lies in the former Bà Rịa - Vũng Tàu -> that province (dev y15); 'Tết Sum vầy' năm 2026 -> 2026"),
    r("support_funds", 840000000, "trị giá [[840 triệu]] đồng", per=Y(2026), scope="Công đoàn phường Vũng Tàu"),
    r("unions_total", 96, "quản lý [[96]] CĐCS", per=PUB, scope="Công đoàn phường Vũng Tàu", note="stock -> publication date"),
    r("members_total", 8450, "với [[8.450]] đoàn viên", per=PUB, scope="Công đoàn phường Vũng Tàu", note="stock -> publication date"),
    r("beneficiaries", 1200000, "khoảng [[1,2 triệu]] lượt", status="target", bound="about", per=Y(2026), region="Hồ Chí Minh",
      note="plan of LĐLĐ TPHCM for the whole merged city -> Hồ Chí Minh; Tết Nguyên đán Bính Ngọ 2026 -> 2026; '168 điểm' is a count of venues, not a record"),
    r("support_funds", 1050000000000, "dự kiến [[1.050 tỷ]] đồng", status="target", per=Y(2026), region="Hồ Chí Minh",
      note="'dự kiến' -> target"),
    r("beneficiaries", 32000, "trao [[32.000]] phần quà", status="target", per=Y(2026), scope="khu vực Bà Rịa - Vũng Tàu (cũ)",
      note="'khu vực Bà Rịa - Vũng Tàu (cũ)' -> Bà Rịa - Vũng Tàu; 'dự kiến' -> target"),
    r("beneficiaries", 500, "trao [[500]] vé xe", per=Y(2026), scope="Công đoàn phường Phú Mỹ",
      note="phường Phú Mỹ (former Phú Mỹ town) -> Bà Rịa - Vũng Tàu; tickets -> beneficiaries (gold README 9); 'Cùng ngày' -> nearest earlier period phrase Tết Bính Ngọ 2026; the per-gift 500.000 and 200.000 đồng are per item"),
], kind="post-merger wards of old Bà Rịa - Vũng Tàu inside TPHCM vs city-wide plan")

# ---------------------------------------------------------------- k19
art("k19", "http://baolamdong.vn/xahoi/201407/lam-dong-ky-niem-85-nam-ngay-thanh-lap-cong-doan-viet-nam-2332510/",
    "2014-07-30", """Lâm Đồng: Kỷ niệm 85 năm Ngày thành lập Công đoàn Việt Nam

Cập nhật: 30/07/2014 | 7:42

Ngày 28/7, LĐLĐ tỉnh Lâm Đồng tổ chức mít tinh kỷ niệm 85 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2014).

Từ đầu nhiệm kỳ 2013-2018 đến nay, các cấp công đoàn trong tỉnh đã kết nạp mới 6.820 đoàn viên, thành lập 74 CĐCS, đưa tổng số đoàn viên toàn tỉnh lên 68.540 người. Năm 2013, có 1.214 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức và 386 doanh nghiệp tổ chức hội nghị người lao động; 6 tháng đầu năm 2014, các con số này lần lượt là 1.190 và 214.

Trong Tháng Công nhân năm 2014, có 540 CĐCS tổ chức các hoạt động hưởng ứng; LĐLĐ TP Đà Lạt và LĐLĐ TP Bảo Lộc tổ chức đối thoại tại 26 doanh nghiệp.

Dịp này, 20 tập thể và 35 cá nhân được nhận Bằng khen của Tổng LĐLĐ Việt Nam.

K.Phúc""", "Lâm Đồng", [
    r("members_new", 6820, "kết nạp mới [[6.820]] đoàn viên", per=("2013-01-01", "2014-07-30"),
      note="'Từ đầu nhiệm kỳ 2013-2018 đến nay' -> 2013-01-01..publication date (as 'từ đầu năm 2018 đến nay'); the anniversary bracket (28/7/1929 - 28/7/2014) is not a period"),
    r("unions_new", 74, "thành lập [[74]] CĐCS", per=("2013-01-01", "2014-07-30")),
    r("members_total", 68540, "lên [[68.540]] người", per=PUB, note="'đưa tổng số ... lên' -> stock at the publication date"),
    r("official_conferences", 1214, "có [[1.214]] cơ quan", per=Y(2013)),
    r("worker_conferences", 386, "và [[386]] doanh nghiệp", per=Y(2013)),
    r("official_conferences", 1190, "lần lượt là [[1.190]] và", per=H1(2014),
      note="'6 tháng đầu năm 2014, các con số này lần lượt là 1.190 và 214': same indicators as the 2013 pair, in order"),
    r("worker_conferences", 214, "và [[214]].", per=H1(2014), note="second of the 'lần lượt' pair"),
    r("workers_month_units", 540, "có [[540]] CĐCS", per=M(5, 2014), note="Tháng Công nhân năm 2014 -> May 2014"),
    r("workplace_dialogues", 26, "tại [[26]] doanh nghiệp", per=M(5, 2014), scope="LĐLĐ TP Đà Lạt và LĐLĐ TP Bảo Lộc",
      note="city unions -> province; same sentence as Tháng Công nhân 2014"),
], kind="anniversary article: cumulative since the term's start, 'lần lượt' pair, Tháng Công nhân; awards are not records")

# ---------------------------------------------------------------- k20
art("k20", "https://baohaiduong.vn/lao-dong---viec-lam/cong-doan-cac-khu-cong-nghiep-tinh-hon-8400-doan-vien-duoc-cap-nhat-du-lieu-162415",
    "2021-07-05", """Công đoàn các khu công nghiệp tỉnh: Hơn 8.400 đoàn viên được cập nhật dữ liệu

THỨ HAI, 05/07/2021 10:12:00

Thực hiện Hướng dẫn số 03/HD-TLĐ của Tổng LĐLĐ Việt Nam về quản lý đoàn viên trên phần mềm, 6 tháng đầu năm, Công đoàn các khu công nghiệp tỉnh đã nhập thông tin của 8.412 đoàn viên lên phần mềm quản lý đoàn viên, nâng tổng số đoàn viên được cập nhật dữ liệu lên 61.350 người, bằng 82% tổng số đoàn viên; cấp mới 5.600 thẻ đoàn viên.

Cũng trong 6 tháng, đơn vị đã thành lập 6 CĐCS, kết nạp 2.180 đoàn viên; hỗ trợ 3.460 đoàn viên, công nhân lao động bị ảnh hưởng bởi dịch Covid-19 với số tiền 1,73 tỷ đồng.

Toàn tỉnh, theo LĐLĐ tỉnh, đến nay các cấp công đoàn đã nhập dữ liệu của 152.600 đoàn viên lên phần mềm; LĐLĐ TP Chí Linh và LĐLĐ huyện Cẩm Giàng đã hoàn thành 100%.

6 tháng cuối năm, Công đoàn các KCN tỉnh phấn đấu hoàn thành nhập dữ liệu cho 13.000 đoàn viên còn lại, tổ chức 20 lớp tập huấn sử dụng phần mềm cho cán bộ CĐCS.

HOÀNG HÀ""", "Hải Dương", [
    r("member_records", 8400, "Hơn [[8.400]] đoàn viên", bound="over", per=H1(2021), scope="Công đoàn các khu công nghiệp tỉnh",
      note="headline repeat (rounded) of 8.412: body's period; province only in the site (baohaiduong.vn)"),
    r("member_records", 8412, "của [[8.412]] đoàn viên", per=H1(2021), scope="Công đoàn các khu công nghiệp tỉnh",
      note="year-less '6 tháng đầu năm' -> publication year 2021; KCN union -> province named by the site"),
    r("member_records", 61350, "lên [[61.350]] người", per=PUB, scope="Công đoàn các khu công nghiệp tỉnh",
      note="cumulative 'nâng tổng số ... lên' -> dated like a stock at publication (challenge2-6 convention); '82%' is a share"),
    r("member_records", 5600, "cấp mới [[5.600]] thẻ", per=H1(2021), scope="Công đoàn các khu công nghiệp tỉnh",
      note="cards issued -> member_records (indicators.tsv 'cấp thẻ')"),
    r("unions_new", 6, "thành lập [[6]] CĐCS", per=H1(2021), scope="Công đoàn các khu công nghiệp tỉnh", note="'Cũng trong 6 tháng' -> H1 2021"),
    r("members_new", 2180, "kết nạp [[2.180]] đoàn viên", per=H1(2021), scope="Công đoàn các khu công nghiệp tỉnh"),
    r("beneficiaries", 3460, "hỗ trợ [[3.460]] đoàn viên", per=H1(2021), scope="Công đoàn các khu công nghiệp tỉnh"),
    r("support_funds", 1730000000, "số tiền [[1,73 tỷ]] đồng", per=H1(2021), scope="Công đoàn các khu công nghiệp tỉnh"),
    r("member_records", 152600, "của [[152.600]] đoàn viên", per=PUB,
      note="province-wide cumulative count with 'đến nay' -> publication date; '100%' is a share"),
    r("member_records", 13000, "cho [[13.000]] đoàn viên", status="target", per=H2(2021), scope="Công đoàn các khu công nghiệp tỉnh",
      note="year-less '6 tháng cuối năm' -> H2 2021"),
    r("trainings", 20, "tổ chức [[20]] lớp tập huấn", status="target", per=H2(2021), scope="Công đoàn các khu công nghiệp tỉnh"),
], kind="KCN union member data; year-less halves; cumulative counts at publication; site-only province")
