from mk import add, R, Y, H1, H2, Q, M, SPAN, SY, D

# ---------------------------------------------------------------- h18 Hải Phòng
T = '''Hải Phòng: Nâng chất lượng bữa ăn ca cho công nhân

20/11/2014 - 08:45

NDO - Theo Công đoàn các khu công nghiệp, khu kinh tế Hải Phòng, 10 tháng năm 2014, công đoàn đã thương lượng, ký kết 47 bản thỏa ước lao động tập thể, vượt 17% kế hoạch năm; trong đó 19 bản có nhiều điều khoản có lợi hơn cho người lao động so với quy định của pháp luật.

Cũng trong 10 tháng, 64 doanh nghiêp đã điều chỉnh nâng mức bữa ăn giữa ca cho công nhân từ 12.000 đồng lên 15.000 - 20.000 đồng/suất. Công đoàn đã phối hợp tổ chức 18 cuộc đối thoại tại doanh nghiệp, giải quyết ổn định 3 vụ ngừng việc tập thể.

Hiện Công đoàn các KCN, KKT Hải Phòng có 268 công đoàn cơ sở với hơn 98.000 đoàn viên.

Tin, ảnh: Đức Minh'''
P = "2014-11-20"
SC = "Công đoàn các KCN, KKT Hải Phòng"
O = ("2014-01-01", "2014-10-31")
add("h18", "https://nhandan.vn/hai-phong-nang-chat-luong-bua-an-ca-cho-cong-nhan-post234511.html", P, T, [
    R("collective_agreements", 47, "47", per=O, scope=SC, note="national site (NDO) about one province: region from the organisation named; '10 tháng năm 2014' -> 2014-01-01 .. 2014-10-31"),
    R("collective_agreements", 117, "17%", status="attainment", per=O, scope=SC, chk=False,
      note="'vượt 17% kế hoạch năm' -> 117 (records.md), bound exact (the 'vượt' is used up, as dev m01 'vượt 31%')"),
    R("collective_agreements", 19, "19", per=O, scope=SC + ", thỏa ước có nhiều điều khoản có lợi hơn",
      note="breakdown 'trong đó 19 bản' -> same indicator with a scope (gold/README 6)"),
    R("meal_upgrades", 64, "64", per=O, scope=SC, note="typo 'doanh nghiêp' in the source; 'Cũng trong 10 tháng' (no year) -> the year of the earlier phrase / publication, 2014; the meal prices are thresholds, not gold"),
    R("workplace_dialogues", 18, "18", per=O, scope=SC, note="'18 cuộc đối thoại' counted in dialogues (as challenge3); the 3 strikes settled fit no code"),
    R("unions_total", 268, "268", scope=SC, note="'Hiện ... có' -> stock at publication date"),
    R("members_total", 98000, "98.000", bound="over", scope=SC),
], region="Hải Phòng")

# ---------------------------------------------------------------- h19 Bình Định (after the merger)
T = '''Trao 5 nhà "Mái ấm Công đoàn" cho đoàn viên khu vực phía Đông tỉnh

08/10/2025 15:20

(GLO) - Ngày 8/10, LĐLĐ tỉnh Gia Lai trao hỗ trợ xây dựng 5 nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn tại các phường Quy Nhơn Nam, An Nhơn và xã Tuy Phước (thuộc tỉnh Bình Định trước đây).

Mỗi đoàn viên được hỗ trợ 70 triệu đồng; tổng kinh phí 350 triệu đồng, trích từ Quỹ Xã hội Công đoàn tỉnh.

Năm 2025, LĐLĐ tỉnh Gia Lai đặt chỉ tiêu hỗ trợ xây mới, sửa chữa 60 nhà "Mái ấm Công đoàn". Từ đầu năm đến nay, LĐLĐ tỉnh đã trao hỗ trợ 41 nhà với tổng kinh phí hơn 2,4 tỉ đồng.

Lượt xem: 986'''
P = "2025-10-08"
NR = ("published after the merger: the houses are in wards and a commune that the text says belonged to tỉnh Bình Định -> "
      "region Bình Định, region_2025 Gia Lai (records.md: province before the merger; as dev y15), although the organisation is the merged LĐLĐ tỉnh Gia Lai")
NW = ("the merged LĐLĐ tỉnh Gia Lai as a whole: its name is also a pre-merger name -> region Gia Lai "
      "(the figure also covers old Bình Định; records.md gives no other name)")
SC = "phường Quy Nhơn Nam, An Nhơn, xã Tuy Phước"
add("h19", "https://baogialai.com.vn/trao-5-nha-mai-am-cong-doan-cho-doan-vien-khu-vuc-phia-dong-tinh-post331245.html", P, T, [
    R("shelter_houses", 5, "5", scope=SC, note="headline repeat of the body's 5 -> its period and region; " + NR),
    R("shelter_houses", 5, "5", scope=SC, note="no period phrase before it -> publication date; " + NR),
    R("shelter_funds", 350e6, "350 triệu", scope=SC, note="total of the 5 houses (70 triệu each is per-item); " + NR),
    R("shelter_houses", 60, "60", status="target", region="Gia Lai", per=Y(2025), note="'đặt chỉ tiêu' -> target; " + NW),
    R("shelter_houses", 41, "41", region="Gia Lai", per=("2025-01-01", P), note="'Từ đầu năm đến nay' -> 2025-01-01 .. publication date; " + NW),
    R("shelter_funds", 2.4e9, "2,4 tỉ", bound="over", region="Gia Lai", per=("2025-01-01", P), note=NW),
], region="Bình Định")

# ---------------------------------------------------------------- h20 Bạc Liêu
T = '''Bạc Liêu: Kết nạp 1.024 đoàn viên trong 6 tháng

Thứ Ba, 14/07/2015 | 15:32

(LĐ) - Theo LĐLĐ tỉnh Bạc Liêu, 6 tháng đầu năm 2015, các cấp công đoàn trong tỉnh đã vận động 1.024 công nhân, lao động tham gia tổ chức công đoàn, đạt 68,3% kế hoạch năm; thành lập mới 9 CĐCS, giải thể 3 CĐCS do doanh nghiệp phá sản.

Toàn tỉnh hiện có 512 CĐCS với 27.650 đoàn viện. Trong 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu phát triển thêm 500 đoàn viên, thành lập mới ít nhất 6 CĐCS.

NHẬT HỒ'''
P = "2015-07-14"
add("h20", "http://laodong.com.vn/cong-doan/bac-lieu-ket-nap-1024-doan-vien-trong-6-thang-345612.bld", P, T, [
    R("members_new", 1024, "1.024", per=H1(2015), note="headline repeat of the body's 1.024 -> its period (6 tháng đầu năm 2015); '6 tháng' in the headline is a duration"),
    R("members_new", 1024, "1.024", per=H1(2015), note="'vận động ... tham gia tổ chức công đoàn' -> members_new"),
    R("members_new", 68.3, "68,3%", status="attainment", per=H1(2015), note="'đạt 68,3% kế hoạch năm' -> attainment of the 6-month figure, period H1 (as dev m02)"),
    R("unions_new", 9, "9", per=H1(2015)),
    R("unions_dissolved", 3, "3", per=H1(2015)),
    R("unions_total", 512, "512", note="'hiện có' -> stock at publication date"),
    R("members_total", 27650, "27.650", note="typo 'đoàn viện' in the source; stock at publication date"),
    R("members_new", 500, "500", status="target", per=H2(2015), note="'6 tháng cuối năm' (no year) -> the publication year 2015"),
    R("unions_new", 6, "6", status="target", bound="over", per=H2(2015), occ=3, note="'ít nhất' -> over (the earlier 6s are the '6 tháng' phrases)"),
], region="Bạc Liêu")

# ---------------------------------------------------------------- h21 Lạng Sơn (no date)
T = '''Tổng kết Tháng Công nhân năm 2022: Chăm lo cho hơn 3.500 đoàn viên

LSO - Theo Liên đoàn Lao động tỉnh, Tháng Công nhân năm 2022 được tổ chức tại 628 công đoàn cơ sở, thu hút hơn 21.000 lượt đoàn viên, người lao động tham gia.

Trong tháng, các cấp công đoàn đã thăm, tặng quà 3.512 đoàn viên, người lao động với tổng kinh phí 1 tỷ 250 triệu đồng; tổ chức 34 hội nghị đối thoại tại nơi làm việc; tư vấn pháp luật cho 410 lượt người lao động; kết nạp mới 415 đoàn viên, thành lập mới 3 công đoàn cơ sở.

Công đoàn các cấp cũng phối hợp kiểm tra công tác an toàn, vệ sinh lao động tại 52 doanh nghiệp.

Tin, ảnh: Hoàng Linh'''
MAY = M(5, 2022)
add("h21", "https://baolangson.vn/tong-ket-thang-cong-nhan-nam-2022-cham-lo-cho-hon-3500-doan-vien-5012345.html", None, T, [
    R("beneficiaries", 3500, "3.500", bound="over", note="headline, rounded repeat of the body's 3.512 -> its period; region only from the site tag (LSO) and 'Liên đoàn Lao động tỉnh'"),
    R("workers_month_units", 628, "628", note="'Tháng Công nhân năm 2022 được tổ chức tại 628 CĐCS' -> May 2022; the 21.000 participants are not gold (gold/README 11)"),
    R("beneficiaries", 3512, "3.512", note="'Trong tháng' = the Tháng Công nhân 2022 -> May 2022"),
    R("support_funds", 1.25e9, "1 tỷ 250 triệu", chk=False, note="'1 tỷ 250 triệu' = 1.250.000.000"),
    R("workplace_dialogues", 34, "34"),
    R("legal_consultations", 410, "410"),
    R("members_new", 415, "415"),
    R("unions_new", 3, "3"),
    R("supervisions", 52, "52", note="'kiểm tra công tác ATVSLĐ tại 52 doanh nghiệp' -> supervisions in units inspected; nearest earlier period phrase is the Tháng Công nhân 2022"),
], region="Lạng Sơn", per=MAY)

# ---------------------------------------------------------------- h22 Quảng Ngãi (no date)
T = '''Công đoàn Viên chức tỉnh: Giới thiệu 126 đoàn viên ưu tú cho Đảng

(Báo Quảng Ngãi)- Trong nhiệm kỳ 2017 - 2022, Công đoàn Viên chức tỉnh Quảng Ngãi đã giới thiệu 126 đoàn viên ưu tú cho các tổ chức đảng xem xét, bồi dưỡng; trong đó có 97 đồng chí đã được kết nạp vào Đảng.

Công đoàn Viên chức tỉnh hiện có 74 công đoàn cơ sở với 5.218 đoàn viên. Nhiệm kỳ 2022 - 2027, Công đoàn Viên chức tỉnh phấn đấu giới thiệu ít nhất 120 đoàn viên ưu tú cho Đảng.

Hiền Thu'''
SC = "Công đoàn Viên chức tỉnh Quảng Ngãi"
add("h22", "https://baoquangngai.vn/xa-hoi/lao-dong/cong-doan-vien-chuc-tinh-gioi-thieu-126-doan-vien-uu-tu-cho-dang-3c1a0f2/", None, T, [
    R("party_referrals", 126, "126", per=SPAN(2017, 2022), scope=SC, note="headline repeat of the body's 126 -> its period (nhiệm kỳ 2017-2022)"),
    R("party_referrals", 126, "126", per=SPAN(2017, 2022), scope=SC),
    R("party_admitted", 97, "97", per=SPAN(2017, 2022), scope=SC, note="'97 đồng chí đã được kết nạp vào Đảng' -> party_admitted (a flow of the term)"),
    R("unions_total", 74, "74", per=(None, None), scope=SC, note="'hiện có' -> stock; no publication date -> null..null"),
    R("members_total", 5218, "5.218", per=(None, None), scope=SC, note="stock; no publication date -> null..null"),
    R("party_referrals", 120, "120", status="target", bound="over", per=SPAN(2022, 2027), scope=SC, note="'phấn đấu ... ít nhất' -> target, over"),
], region="Quảng Ngãi")

# ---------------------------------------------------------------- h23 Vĩnh Long (no date)
T = '''UBKT Công đoàn các cấp kiểm tra tài chính 86 đơn vị

VLO - Năm 2019, Ủy ban Kiểm tra (UBKT) Công đoàn các cấp tỉnh Vĩnh Long đã kiểm tra tài chính 86 đơn vị, trong đó UBKT LĐLĐ tỉnh trực tiếp kiểm tra 12 đơn vị; kiểm tra việc chấp hành Điều lệ Công đoàn tại 143 công đoàn cơ sở, đạt 110% kế hoạch.

Qua kiểm tra, UBKT đã kiến nghị thu hồi, nộp về công đoàn cấp trên hơn 320 triệu đồng kinh phí công đoàn.

Năm 2020, UBKT Công đoàn các cấp phấn đấu kiểm tra tài chính 90 đơn vị.

Thanh Tâm'''
add("h23", "https://baovinhlong.com.vn/thoi-su/ubkt-cong-doan-cac-cap-kiem-tra-tai-chinh-86-don-vi-98765.html", None, T, [
    R("financial_inspections", 86, "86", scope="UBKT Công đoàn các cấp", note="headline repeat of the body's 86 -> its period (năm 2019)"),
    R("financial_inspections", 86, "86", scope="UBKT Công đoàn các cấp"),
    R("financial_inspections", 12, "12", scope="UBKT LĐLĐ tỉnh", note="breakdown 'trong đó' -> same indicator with a scope (gold/README 6)"),
    R("supervisions", 143, "143", scope="kiểm tra chấp hành Điều lệ", note="'kiểm tra việc chấp hành Điều lệ' -> supervisions (as challenge2/3/4)"),
    R("supervisions", 110, "110%", status="attainment", scope="kiểm tra chấp hành Điều lệ",
      note="'đạt 110% kế hoạch' -> attainment of the nearest figure (the Điều lệ inspections); the 320 triệu to be recovered fits no code"),
    R("financial_inspections", 90, "90", status="target", per=Y(2020), scope="UBKT Công đoàn các cấp", note="'phấn đấu' -> target, năm 2020"),
], region="Vĩnh Long", per=Y(2019))

# ---------------------------------------------------------------- h24 Hòa Bình (no date)
T = '''Hòa Bình: 100% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức

HBĐT - Năm 2017, toàn tỉnh có 1.184 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, đạt 100% số đơn vị thuộc đối tượng; các doanh nghiệp có tổ chức công đoàn đã tổ chức 156 hội nghị người lao động.

Cũng trong năm 2017, LĐLĐ tỉnh chỉ đạo thành lập mới 23 Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước.

Năm 2018, LĐLĐ tỉnh phấn đấu thành lập thêm 20 Ban nữ công quần chúng, phối hợp tổ chức 15 lớp tập huấn cho cán bộ nữ công.'''
add("h24", "https://baohoabinh.com.vn/12/118765/hoa-binh-100-co-quan-don-vi-to-chuc-hoi-nghi-can-bo-cong-chuc-vien-chuc.htm", None, T, [
    R("official_conferences", 1184, "1.184", note="the 100% (headline and body) is a coverage share, not an attainment of a target -> not gold"),
    R("worker_conferences", 156, "156", note="counted in conferences held at enterprises"),
    R("women_committees", 23, "23", scope="doanh nghiệp ngoài nhà nước"),
    R("women_committees", 20, "20", status="target", per=Y(2018)),
    R("trainings", 15, "15", status="target", per=Y(2018), scope="cán bộ nữ công"),
], region="Hòa Bình", per=Y(2017))

# ---------------------------------------------------------------- h25 Điện Biên
T = '''Năm 2020: Điện Biên kết nạp hơn 1.500 đoàn viên công đoàn

Thứ Tư, 10/03/2021 | 08:20

ĐBP - Năm 2020, các cấp công đoàn tỉnh Điện Biên đã kết nạp 1.5 60 đoàn viên, thành lập mới mười một CĐCS. Tuy nhiên, do sắp xếp, sáp nhập trường học và doanh nghiệp giải thể, số đoàn viên giảm l.482 người; bảy CĐCS giải thể. Tính chung, số đoàn viên tăng tuyệt đối 78 người, số CĐCS tăng thực 4 đơn vị.

Hien toan tinh co 1.026 cong doan co so voi 38.410 doan vien. Năm 2021, LĐLĐ tỉnh phấn đấu kết nạp 1.800 đoàn viên, thành lập mới 10 CĐCS trở lên.

Lò Hương'''
P = "2021-03-10"
add("h25", "https://baodienbienphu.info.vn/tin-tuc/xa-hoi/188765/nam-2020-dien-bien-ket-nap-hon-1500-doan-vien-cong-doan", P, T, [
    R("members_new", 1500, "1.500", bound="over", note="headline, rounded repeat of the body's '1.5 60' -> its period (năm 2020)"),
    R("members_new", 1560, "1.5 60", chk=False, note="scraping defect '1.5 60' = 1560"),
    R("unions_new", 11, "mười một", chk=False, note="word number 'mười một' = 11"),
    R("members_lost", 1482, "l.482", chk=False, note="scraping defect 'l.482' = 1482; 'số đoàn viên giảm' -> members_lost"),
    R("unions_dissolved", 7, "bảy", chk=False, note="word number 'bảy' = 7"),
    R("members_net", 78, "78", note="'tăng tuyệt đối' -> members_net (1560 - 1482)"),
    R("unions_net", 4, "4", note="'tăng thực 4 đơn vị' -> unions_net (11 - 7)"),
    R("unions_total", 1026, "1.026", per=(P, P), note="sentence without diacritics ('Hiện toàn tỉnh có') -> stock at publication date"),
    R("members_total", 38410, "38.410", per=(P, P)),
    R("members_new", 1800, "1.800", status="target", per=Y(2021)),
    R("unions_new", 10, "10", status="target", bound="over", per=Y(2021), note="'10 CĐCS trở lên' after the noun -> over"),
], region="Điện Biên", per=Y(2020))
