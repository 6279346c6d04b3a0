"""k06-k10"""
from mk import art, r, Y, H1, H2, Q, M, SPAN, SY, D, NM, PUB, NUL

# ---------------------------------------------------------------- k06
art("k06", "https://baohatinh.vn/hon-600-cong-nhan-ha-tinh-o-phia-nam-duoc-dua-ve-que-don-tet-post150982.html",
    None, """Hơn 600 công nhân Hà Tĩnh ở phía Nam được đưa về quê đón Tết

Thứ Sáu, 09/02/2018 - 16:20

(Baohatinh.vn) - Thực hiện chương trình "Tết sum vầy" dịp Tết Nguyên đán Mậu Tuất 2018, LĐLĐ tỉnh Hà Tĩnh đã tổ chức 12 chuyến xe miễn phí đưa 614 công nhân lao động quê Hà Tĩnh đang làm việc tại TP Hồ Chí Minh, Bình Dương, Đồng Nai về quê đón Tết, với tổng kinh phí gần 420 triệu đồng.

Cũng trong dịp này, Công đoàn các KCN tỉnh Bình Dương đã trao 200 suất quà, mỗi suất 500.000 đồng, cho công nhân quê Hà Tĩnh đang làm việc tại KCN VSIP và KCN Mỹ Phước trước khi lên xe.

Tại Hà Tĩnh, từ ngày 1/2 đến ngày 8/2/2018, các cấp công đoàn trong tỉnh đã thăm, tặng 5.3 26 suất quà cho đoàn viên, NLĐ có hoàn cảnh khó khăn với tổng trị giá hơn 2,6 tỷ đồng; trong đó LĐLĐ huyện Kỳ Anh và Công đoàn Khu kinh tế tỉnh trao 1.150 suất quà cho công nhân tại Khu kinh tế Vũng Áng.

Theo kế hoạch, trong dịp Tết Mậu Tuất 2018, LĐLĐ tỉnh sẽ trao thêm 1.000 suất quà cho CNLĐ ở các huyện miền núi Hương Khê, Hương Sơn, Vũ Quang.

Thu Hà""", "Hà Tĩnh", [
    r("beneficiaries", 600, "Hơn [[600]] công nhân", bound="over", per=Y(2018),
      note="headline repeat (rounded) of 614: body's region and period"),
    r("beneficiaries", 614, "đưa [[614]] công nhân", per=Y(2018),
      note="the workers are in TP HCM, Bình Dương, Đồng Nai, but the reporting organisation is LĐLĐ tỉnh Hà Tĩnh -> Hà Tĩnh (records.md: organisation first); free bus home = beneficiaries (gold README 9); Tết Mậu Tuất 2018 -> 2018; '12 chuyến xe' is not a record"),
    r("support_funds", 420000000, "gần [[420 triệu]] đồng", bound="under", per=Y(2018)),
    r("beneficiaries", 200, "trao [[200]] suất quà", per=Y(2018), region="Bình Dương", scope="Công đoàn các KCN tỉnh Bình Dương",
      note="given by Công đoàn các KCN tỉnh Bình Dương, the organisation named with the figure -> Bình Dương although the article is Hà Tĩnh's; 'Cũng trong dịp này' -> Tết 2018; 500.000 đồng is per item"),
    r("beneficiaries", 5326, "tặng [[5.3 26]] suất quà", per=("2018-02-01", "2018-02-08"),
      note="scraping defect '5.3 26' = 5.326 (records.md '1.5 60' -> 1560); 'từ ngày 1/2 đến ngày 8/2/2018' (records.md table)"),
    r("support_funds", 2600000000, "hơn [[2,6 tỷ]] đồng", bound="over", per=("2018-02-01", "2018-02-08")),
    r("beneficiaries", 1150, "trao [[1.150]] suất quà", per=("2018-02-01", "2018-02-08"),
      scope="LĐLĐ huyện Kỳ Anh và Công đoàn Khu kinh tế tỉnh",
      note="breakdown (trong đó) of the 5.326; district and economic-zone unions -> province"),
    r("beneficiaries", 1000, "trao thêm [[1.000]] suất quà", status="target", per=Y(2018),
      note="'Theo kế hoạch' -> target; its own 'Tết Mậu Tuất 2018' -> 2018"),
], dateline="2018-02-09", kind="provincial union acting in other provinces; another province's union in the same article; dateline only")

# ---------------------------------------------------------------- k07
art("k07", "https://congdoan.vn/tin-tuc/cong-doan-giao-duc-viet-nam-tham-tang-qua-nha-giao-vung-cao-ha-giang-665412.tld",
    "2022-11-18", """Công đoàn Giáo dục Việt Nam thăm, tặng quà nhà giáo vùng cao Hà Giang

18/11/2022 14:05

Nhân dịp kỷ niệm 40 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2022), ngày 17/11, đoàn công tác của Công đoàn Giáo dục Việt Nam đã đến thăm, tặng quà cán bộ, nhà giáo, người lao động ngành Giáo dục tỉnh Hà Giang.

Tại các huyện Đồng Văn, Mèo Vạc, đoàn đã trao 150 suất quà, mỗi suất 1 triệu đồng, và hỗ trợ xây dựng 2 nhà "Mái ấm Công đoàn" cho giáo viên có hoàn cảnh đặc biệt khó khăn, mỗi nhà 50 triệu đồng.

Báo cáo với đoàn, Công đoàn ngành Giáo dục tỉnh Hà Giang cho biết, hiện ngành có 612 CĐCS với 19.870 đoàn viên. Từ đầu năm học 2022-2023 đến nay, Công đoàn ngành đã thăm hỏi, hỗ trợ 845 lượt đoàn viên ốm đau, khó khăn với số tiền 486 triệu đồng; 100% trường học đã tổ chức hội nghị viên chức đầu năm học.

Cũng theo Công đoàn Giáo dục Việt Nam, trong năm học 2021-2022, toàn ngành đã trao 8.260 suất quà trị giá 6,2 tỷ đồng cho nhà giáo có hoàn cảnh khó khăn trên cả nước, hỗ trợ xây dựng 115 nhà "Mái ấm Công đoàn" với kinh phí gần 7,5 tỷ đồng.

Ngọc Lan

Lượt xem: 1.536""", "Hà Giang", [
    r("beneficiaries", 150, "trao [[150]] suất quà", per=PUB, scope="Công đoàn Giáo dục Việt Nam tại Hà Giang",
      note="national body acting in one province -> that province (records.md); the anniversary bracket (20/11/1982 - 20/11/2022) and the event day are not period phrases -> publication date; 1 triệu đồng is per item"),
    r("shelter_houses", 2, "xây dựng [[2]] nhà", per=PUB, scope="Công đoàn Giáo dục Việt Nam tại Hà Giang",
      note="national body in Hà Giang -> Hà Giang; publication date; 50 triệu đồng is per house"),
    r("unions_total", 612, "có [[612]] CĐCS", per=PUB, scope="Công đoàn ngành Giáo dục tỉnh Hà Giang",
      note="stock 'hiện ngành có' -> publication date"),
    r("members_total", 19870, "với [[19.870]] đoàn viên", per=PUB, scope="Công đoàn ngành Giáo dục tỉnh Hà Giang"),
    r("beneficiaries", 845, "hỗ trợ [[845]] lượt", per=("2022-09-01", "2022-11-18"), scope="Công đoàn ngành Giáo dục tỉnh Hà Giang",
      note="'Từ đầu năm học 2022-2023 đến nay' -> 1 September 2022 (start of the school year, records.md) .. publication date"),
    r("support_funds", 486000000, "số tiền [[486 triệu]] đồng", per=("2022-09-01", "2022-11-18"),
      scope="Công đoàn ngành Giáo dục tỉnh Hà Giang"),
    r("beneficiaries", 8260, "trao [[8.260]] suất quà", per=SY(2021, 2022), region="Việt Nam", scope="Công đoàn Giáo dục Việt Nam",
      note="national body acting nationally ('trên cả nước') -> Việt Nam; năm học 2021-2022 -> 2021-09-01..2022-08-31"),
    r("support_funds", 6200000000, "trị giá [[6,2 tỷ]] đồng", per=SY(2021, 2022), region="Việt Nam", scope="Công đoàn Giáo dục Việt Nam"),
    r("shelter_houses", 115, "xây dựng [[115]] nhà", per=SY(2021, 2022), region="Việt Nam", scope="Công đoàn Giáo dục Việt Nam"),
    r("shelter_funds", 7500000000, "gần [[7,5 tỷ]] đồng", bound="under", per=SY(2021, 2022), region="Việt Nam",
      scope="Công đoàn Giáo dục Việt Nam"),
], kind="national sector union in one province vs nationally; school-year periods; counter")

# ---------------------------------------------------------------- k08
art("k08", "https://baokhanhhoa.vn/xa-hoi/202307/dai-hoi-cong-doan-tinh-khanh-hoa-lan-thu-xii-phan-dau-ket-nap-25000-doan-vien-8c4e2b1/",
    "2023-07-28", """Đại hội Công đoàn tỉnh Khánh Hòa lần thứ XII: Phấn đấu kết nạp 25.000 đoàn viên trong nhiệm kỳ mới

28/07/2023 11:05

Ngày 27 và 28-7, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Đại hội Công đoàn tỉnh Khánh Hòa lần thứ XII, nhiệm kỳ 2023-2028. Dự đại hội có 250 đại biểu chính thức, đại diện cho hơn 98.000 đoàn viên công đoàn trong toàn tỉnh.

Báo cáo chính trị tại đại hội cho biết, nhiệm kỳ 2018-2023, các cấp công đoàn đã kết nạp 27.654 đoàn viên, thành lập 186 CĐCS; giới thiệu 3.410 đoàn viên ưu tú cho Đảng xem xét, trong đó 2.105 người đã được kết nạp Đảng. Từ đầu nhiệm kỳ đến nay, Quỹ "Mái ấm Công đoàn" tỉnh đã hỗ trợ xây mới, sửa chữa 412 căn nhà với tổng số tiền 16,8 tỷ đồng.

Riêng 6 tháng đầu năm 2023, toàn tỉnh kết nạp 2.340 đoàn viên, thành lập 14 CĐCS.

Nhiệm kỳ 2023-2028, đại hội đề ra các mục tiêu: kết nạp 25.000 đoàn viên trở lên; thành lập mới 150 CĐCS; giới thiệu ít nhất 3.000 đoàn viên ưu tú cho Đảng; 70% CĐCS doanh nghiệp có từ 30 lao động trở lên ký kết thỏa ước lao động tập thể.

Đại hội đã bầu 35 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XII.

Hoàng Quân""", "Khánh Hòa", [
    r("members_new", 25000, "Phấn đấu kết nạp [[25.000]] đoàn viên", status="target", per=SPAN(2023, 2028),
      note="headline repeat of the term target: body's status and period (nhiệm kỳ 2023-2028); bound exact, no bound word in the headline"),
    r("members_total", 98000, "đại diện cho hơn [[98.000]] đoàn viên", bound="over", per=PUB,
      note="'đại diện cho ... đoàn viên' at a congress is a members stock (dev r11) -> publication date, not the term named in the sentence"),
    r("members_new", 27654, "kết nạp [[27.654]] đoàn viên", per=SPAN(2018, 2023),
      note="nhiệm kỳ 2018-2023 -> 2018-01-01..2023-12-31 by the records.md table, although published in July 2023"),
    r("unions_new", 186, "thành lập [[186]] CĐCS", per=SPAN(2018, 2023)),
    r("party_referrals", 3410, "giới thiệu [[3.410]] đoàn viên", per=SPAN(2018, 2023)),
    r("party_admitted", 2105, "trong đó [[2.105]] người", per=SPAN(2018, 2023)),
    r("shelter_houses", 412, "sửa chữa [[412]] căn nhà", per=("2018-01-01", "2023-07-28"),
      note="'Từ đầu nhiệm kỳ đến nay': start of the 2018-2023 term .. publication date (as 'từ đầu năm 2018 đến nay' in records.md)"),
    r("shelter_funds", 16800000000, "tổng số tiền [[16,8 tỷ]] đồng", per=("2018-01-01", "2023-07-28")),
    r("members_new", 2340, "kết nạp [[2.340]] đoàn viên", per=H1(2023)),
    r("unions_new", 14, "thành lập [[14]] CĐCS", per=H1(2023)),
    r("members_new", 25000, "kết nạp [[25.000]] đoàn viên trở lên", status="target", bound="over", per=SPAN(2023, 2028),
      note="'... trở lên' after the counted noun -> over (gold README 5)"),
    r("unions_new", 150, "thành lập mới [[150]] CĐCS", status="target", per=SPAN(2023, 2028)),
    r("party_referrals", 3000, "ít nhất [[3.000]] đoàn viên", status="target", bound="over", per=SPAN(2023, 2028),
      note="'từ 30 lao động trở lên' and '70%' in the same list are a threshold and a rate, not records"),
], kind="congress: term results, cumulative since the term's start, H1, term targets")

# ---------------------------------------------------------------- k09
art("k09", "https://baolaocai.vn/quy-i-thanh-lap-moi-6-cong-doan-co-so-post216734.html",
    "2016-04-08", """Quý I: Thành lập mới 6 công đoàn cơ sở

Thứ Sáu, 08/04/2016 - 07:45

BLC - Quý I/2016, LĐLĐ tỉnh đã chỉ đạo các cấp công đoàn thành lập mới 6 CĐCS, kết nạp 412 đoàn viên, đạt 20,6% kế hoạch năm; cùng kỳ năm 2015, toàn tỉnh chỉ thành lập được 2 CĐCS với 95 đoàn viên.

Trong quý, LĐLĐ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức 14 hội nghị tuyên truyền pháp luật lao động cho 1.860 lượt công nhân, viên chức, lao động; mở 2 lớp tập huấn nghiệp vụ cho 130 cán bộ công đoàn cơ sở. LĐLĐ huyện Bát Xát và LĐLĐ huyện Sa Pa đã tham gia 9 cuộc kiểm tra, giám sát việc thực hiện chính sách bảo hiểm xã hội tại các doanh nghiệp trên địa bàn.

Quý II/2016, LĐLĐ tỉnh phấn đấu thành lập mới 5 CĐCS, kết nạp 500 đoàn viên, 100% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Minh Hằng""", "Lào Cai", [
    r("unions_new", 6, "Thành lập mới [[6]] công đoàn", per=Q(1, 2016),
      note="headline repeat of the body's 6 (Quý I/2016); the year-less 'Quý I' would take the publication year anyway; province only in the site tag (BLC) and URL"),
    r("unions_new", 6, "thành lập mới [[6]] CĐCS", per=Q(1, 2016), note="'LĐLĐ tỉnh' unnamed: region from the site (baolaocai.vn, BLC)"),
    r("members_new", 412, "kết nạp [[412]] đoàn viên", per=Q(1, 2016)),
    r("members_new", 20.6, "đạt [[20,6%]] kế hoạch năm", status="attainment", per=Q(1, 2016),
      note="attainment of the yearly plan after one quarter: the achieved figure's period"),
    r("unions_new", 2, "được [[2]] CĐCS", per=Q(1, 2015), note="'cùng kỳ năm 2015' in a Q1 report -> Q1 2015"),
    r("members_new", 95, "với [[95]] đoàn viên", per=Q(1, 2015),
      note="members of newly founded unions count as members_new (gold README 9); Q1 2015"),
    r("trainings", 14, "tổ chức [[14]] hội nghị", per=Q(1, 2016),
      note="'Trong quý' refers back to Quý I/2016, not to Q2 of publication; 'hội nghị tuyên truyền' -> trainings (challenge convention)"),
    r("trainees", 1860, "cho [[1.860]] lượt", per=Q(1, 2016)),
    r("trainings", 2, "mở [[2]] lớp tập huấn", per=Q(1, 2016)),
    r("trainees", 130, "cho [[130]] cán bộ", per=Q(1, 2016)),
    r("supervisions", 9, "tham gia [[9]] cuộc kiểm tra", per=Q(1, 2016), scope="LĐLĐ huyện Bát Xát và LĐLĐ huyện Sa Pa",
      note="district unions -> province; 'Trong quý' -> Q1 2016"),
    r("unions_new", 5, "thành lập mới [[5]] CĐCS", status="target", per=Q(2, 2016)),
    r("members_new", 500, "kết nạp [[500]] đoàn viên", status="target", per=Q(2, 2016),
      note="'100% doanh nghiệp' in the same target list is a rate, not a record"),
], kind="quarter review, cùng kỳ, anaphoric 'Trong quý' published in the next quarter, site-only province")

# ---------------------------------------------------------------- k10
art("k10", "https://baophuyen.vn/xa-hoi/202008/cong-doan-nganh-giao-duc-cham-lo-thiet-thuc-cho-doan-vien-b4c1a7e/",
    None, """Công đoàn ngành Giáo dục: Chăm lo thiết thực cho đoàn viên

Năm học 2019-2020, Công đoàn ngành Giáo dục tỉnh đã phối hợp với chuyên môn tổ chức hội nghị cán bộ, công chức, viên chức tại 412/412 đơn vị trường học; vận động thành lập 9 Ban nữ công quần chúng ở các CĐCS mới được chia tách, sáp nhập.

Trong năm học, các cấp công đoàn trong ngành đã thăm hỏi, tặng quà cho 1.284 lượt đoàn viên ốm đau, gặp khó khăn với số tiền hơn 640 triệu đồng; hỗ trợ xây dựng 4 nhà "Mái ấm Công đoàn" cho giáo viên ở các huyện Đồng Xuân, Sông Hinh, mỗi nhà 50 triệu đồng.

Hiện Công đoàn ngành có 418 CĐCS với 13.560 đoàn viên, trong đó nữ chiếm 72%.

Năm học 2020-2021, Công đoàn ngành phấn đấu 100% đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định; giới thiệu 120 đoàn viên ưu tú cho chi bộ xem xét kết nạp Đảng; xây mới, sửa chữa 5 nhà "Mái ấm Công đoàn".

Tại hội nghị tổng kết, 26 tập thể và 58 cá nhân được Công đoàn ngành tặng giấy khen.

N.Hà""", "Phú Yên", [
    r("official_conferences", 412, "tại [[412/412]] đơn vị", per=SY(2019, 2020), scope="Công đoàn ngành Giáo dục tỉnh",
      note="'412/412 đơn vị' -> 412 (records.md '03/03' -> 3); province only in the site (baophuyen.vn)"),
    r("women_committees", 9, "thành lập [[9]] Ban nữ công", per=SY(2019, 2020), scope="Công đoàn ngành Giáo dục tỉnh"),
    r("beneficiaries", 1284, "cho [[1.284]] lượt", per=SY(2019, 2020), scope="Công đoàn ngành Giáo dục tỉnh",
      note="'Trong năm học' refers back to năm học 2019-2020"),
    r("support_funds", 640000000, "hơn [[640 triệu]] đồng", bound="over", per=SY(2019, 2020), scope="Công đoàn ngành Giáo dục tỉnh"),
    r("shelter_houses", 4, "xây dựng [[4]] nhà", per=SY(2019, 2020), scope="Công đoàn ngành Giáo dục tỉnh",
      note="'mỗi nhà 50 triệu đồng' is per item"),
    r("unions_total", 418, "có [[418]] CĐCS", per=NUL, scope="Công đoàn ngành Giáo dục tỉnh",
      note="stock with no publication date -> null..null (records.md)"),
    r("members_total", 13560, "với [[13.560]] đoàn viên", per=NUL, scope="Công đoàn ngành Giáo dục tỉnh",
      note="stock, no publication date -> null; '72%' is a share"),
    r("party_referrals", 120, "giới thiệu [[120]] đoàn viên", status="target", per=SY(2020, 2021), scope="Công đoàn ngành Giáo dục tỉnh"),
    r("shelter_houses", 5, "sửa chữa [[5]] nhà", status="target", per=SY(2020, 2021), scope="Công đoàn ngành Giáo dục tỉnh"),
], kind="sector union, school years, undated, site-only province")
