from mk import *

ARTS = []

# ---------------------------------------------------------------- g21 Tuyên Quang
T = """Công đoàn tỉnh triển khai Tháng Công nhân năm 2014

Cập nhật: 15/04/2014 08:12

(BTQ) - Dịp Tết Nguyên đán Giáp Ngọ 2014, các cấp công đoàn tỉnh Tuyên Quang đã thăm, tặng quà 3.180 lượt đoàn viên, người lao động với tổng số tiền 1,12 tỷ đồng.

Quý I/2014, toàn tỉnh kêt nạp 486 đoàn viên, thành lập mới 3 CĐCS tại các doanh nghiệp ngoài nhà nước. Thời gian qua, LĐLĐ tỉnh cũng tổ chức 12 lớp tập huấn nghiệp vụ cho 860 cán bộ công đoàn cơ sở; Văn phòng tư vấn pháp luật Công đoàn tỉnh tư vấn cho 74 lượt người lao động. Hiện toàn tỉnh có 1.172 CĐCS với 42.115 đoàn viên.

Tháng Công nhân năm 2014 có chủ đề "Vì việc làm, thu nhập và an toàn lao động". Trong tháng, LĐLĐ tỉnh phấn đấu:
- Thăm, tặng 1.000 suất quà cho công nhân lao động có hoàn cảnh khó khăn;
- Phối hợp tổ chức đối thoại tại ít nhất 20 doanh nghiệp;
- Bàn giao 10 nhà "Mái ấm Công đoàn";
- 100% CĐCS tổ chức các hoạt động hưởng ứng Tháng Công nhân.

Các LĐLĐ huyện, thành phố, công đoàn ngành báo cáo kết quả về LĐLĐ tỉnh trước ngày 10/6/2014.

Bích Ngọc
"""
TG = "item under 'Trong tháng, LĐLĐ tỉnh phấn đấu:' after 'Tháng Công nhân năm 2014' -> target of May 2014 (guideline 8)"
TQ = "'Thời gian qua' is not a dated phrase; nearest earlier period phrase 'Quý I/2014'"
ARTS.append(build("g21", "https://baotuyenquang.com.vn/xa-hoi/lao-dong-viec-lam/cong-doan-tinh-trien-khai-thang-cong-nhan-nam-2014-48215.html",
    "2014-04-15", T, [
    r("beneficiaries", 3180, "tặng quà [[3.180]] lượt", per=Y(2014), note="'Tết Nguyên đán Giáp Ngọ 2014' -> 2014 (as dev x07)"),
    r("support_funds", 1.12e9, "tiền [[1,12 tỷ]] đồng", per=Y(2014)),
    r("members_new", 486, "nạp [[486]] đoàn viên", note="typo 'kêt nạp' read as 'kết nạp'"),
    r("unions_new", 3, "thành lập mới [[3]] CĐCS", scope="doanh nghiệp ngoài nhà nước"),
    r("trainings", 12, "tổ chức [[12]] lớp", note=TQ),
    r("trainees", 860, "cho [[860]] cán bộ", note=TQ),
    r("legal_consultations", 74, "tư vấn cho [[74]] lượt", note=TQ),
    r("unions_total", 1172, "có [[1.172]] CĐCS", per=PUB, note="stock 'Hiện' -> publication date"),
    r("members_total", 42115, "với [[42.115]] đoàn viên", per=PUB),
    r("beneficiaries", 1000, "tặng [[1.000]] suất quà", status="target", per=M(5, 2014), note=TG),
    r("workplace_dialogues", 20, "ít nhất [[20]] doanh nghiệp", status="target", bound="over", per=M(5, 2014), note=TG),
    r("shelter_houses", 10, "Bàn giao [[10]] nhà", status="target", per=M(5, 2014), note=TG + "; the '100% CĐCS' item is a rate, not a record"),
    ], region="Tuyên Quang", per=Q(1, 2014)))

# ---------------------------------------------------------------- g22 Đồng Tháp
T = """Sơ kết 6 tháng đầu năm 2016: Các LĐLĐ cấp huyện nỗ lực phát triển đoàn viên

(ĐTO) - 6 tháng đầu năm 2016, các cấp công đoàn tỉnh Đồng Tháp kết nạp 2.360 đoàn viên, thành lập 14 CĐCS, lần lượt đạt 59% và 56% kế hoạch năm.

Kết quả của một số đơn vị:
- LĐLĐ TP Cao Lãnh: kết nạp 214 đoàn viên, thành lập 2 CĐCS;
- LĐLĐ TP Sa Đéc: kết nạp 186 đoàn viên, thành lập 3 CĐCS;
- Công đoàn các KCN tỉnh: kết nạp 1.047 đoàn viên, thành lập 4 CĐCS;
- Công đoàn ngành Y tế: thăm hỏi, hỗ trợ 412 lượt đoàn viên với số tiền xấp xỉ 850 triệu đồng.

Toàn tỉnh hiện có 1.318 CĐCS với 71.905 đoàn viên.

Tại hội nghị, nhiều ý kiến cho rằng việc thành lập CĐCS ở các doanh nghiệp nhỏ, có dưới 10 lao động gặp nhiều khó khăn; một số doanh nghiệp trong KCN Sa Đéc và KCN Trần Quốc Toản còn né tránh việc thành lập CĐCS.

6 tháng cuối năm 2016, LĐLĐ tỉnh giao chỉ tiêu cho các LĐLĐ huyện, thị xã, thành phố phấn đấu kết nạp thêm 1.650 đoàn viên; mỗi LĐLĐ cấp huyện thành lập từ 1 đến 2 CĐCS.

Quốc Việt
"""
LI = "item of the list 'Kết quả của một số đơn vị:' takes the heading's period, the nearest earlier '6 tháng đầu năm 2016' (guideline 8); district / KCN / sector union -> its province"
ARTS.append(build("g22", "https://congdoan.vn/tin-tuc/hoat-dong-cong-doan-3569/so-ket-6-thang-dau-nam-2016-cac-ldld-cap-huyen-no-luc-phat-trien-doan-vien-176523.tld",
    None, T, [
    r("members_new", 2360, "kết nạp [[2.360]] đoàn viên"),
    r("unions_new", 14, "thành lập [[14]] CĐCS"),
    r("members_new", 59, "đạt [[59%]] và", status="attainment", note="'lần lượt đạt 59% và 56%' -> members_new 59, unions_new 56"),
    r("unions_new", 56, "và [[56%]] kế hoạch", status="attainment"),
    r("members_new", 214, "kết nạp [[214]] đoàn viên", scope="LĐLĐ TP Cao Lãnh", note=LI),
    r("unions_new", 2, "thành lập [[2]] CĐCS", scope="LĐLĐ TP Cao Lãnh", note=LI),
    r("members_new", 186, "kết nạp [[186]] đoàn viên", scope="LĐLĐ TP Sa Đéc", note=LI),
    r("unions_new", 3, "thành lập [[3]] CĐCS", scope="LĐLĐ TP Sa Đéc", note=LI),
    r("members_new", 1047, "kết nạp [[1.047]] đoàn viên", scope="Công đoàn các KCN tỉnh", note=LI),
    r("unions_new", 4, "thành lập [[4]] CĐCS", scope="Công đoàn các KCN tỉnh", note=LI),
    r("beneficiaries", 412, "hỗ trợ [[412]] lượt", scope="Công đoàn ngành Y tế", note=LI),
    r("support_funds", 850e6, "xấp xỉ [[850 triệu]] đồng", bound="about", scope="Công đoàn ngành Y tế", note="'xấp xỉ' -> about"),
    r("unions_total", 1318, "có [[1.318]] CĐCS", per=PUB, note="stock with no publication date -> null..null"),
    r("members_total", 71905, "với [[71.905]] đoàn viên", per=PUB),
    r("members_new", 1650, "thêm [[1.650]] đoàn viên", status="target", per=H2(2016),
      note="'mỗi LĐLĐ cấp huyện thành lập từ 1 đến 2 CĐCS' is a per-unit range, not a record; 'dưới 10 lao động' is a threshold"),
    ], region="Đồng Tháp", per=H1(2016)))

# ---------------------------------------------------------------- g23 Hà Tĩnh
T = """Hà Tĩnh: Công đoàn hỗ trợ hơn 1.200 đoàn viên bị thiệt hại do bão

Thứ Tư, 15/10/2025 - 10:30

(Baohatinh.vn) - Sau cơn bão số 5, LĐLĐ tỉnh Hà Tĩnh đã trích Quỹ Xã hội Công đoàn và huy động nguồn lực hỗ trợ 1.236 đoàn viên, người lao động bị thiệt hại về nhà cửa, tài sản với tổng số tiền 2,47 tỷ đồng. Trong đó, 58 trường hợp có nhà bị sập, tốc mái nặng được hỗ trợ 10 triệu đồng/trường hợp.

Cũng từ nguồn kinh phí Tổng LĐLĐ Việt Nam phân bổ, LĐLĐ tỉnh hỗ trợ sửa chữa 24 nhà "Mái ấm Công đoàn" với tổng kinh phí 720 triệu đồng.

9 tháng năm 2025, các cấp công đoàn trong tỉnh kết nạp 2.130 đoàn viên, thành lập mới 12 CĐCS, đạt lần lượt 71% và 60% kế hoạch năm. Riêng Công đoàn Khu kinh tế tỉnh kết nạp 640 đoàn viên tại các doanh nghiệp ở KKT Vũng Áng.

Ông Trần Văn Kỳ, Chủ tịch LĐLĐ tỉnh cho biết: "Sau sắp xếp, công đoàn các xã, phường phải nắm chắc từng doanh nghiệp để không bỏ sót người lao động gặp khó khăn".

Thu Hà
"""
NP = "no period phrase before this figure -> publication date; 'bão số 5' is a storm's name"
N9 = ("2025-01-01", "2025-09-30")
ARTS.append(build("g23", "https://baohatinh.vn/cong-doan-ho-tro-hon-1200-doan-vien-bi-thiet-hai-do-bao-post298764.html",
    "2025-10-15", T, [
    r("beneficiaries", 1200, "hơn [[1.200]] đoàn viên", bound="over", note="headline repeat of the body's 1.236 (guideline 1); " + NP),
    r("beneficiaries", 1236, "hỗ trợ [[1.236]] đoàn viên", note=NP + "; published after the merger, Hà Tĩnh kept its name"),
    r("support_funds", 2.47e9, "tiền [[2,47 tỷ]] đồng", note=NP),
    r("beneficiaries", 58, "đó, [[58]] trường hợp", scope="nhà bị sập, tốc mái nặng", note="'Trong đó' breakdown; 10 triệu đồng/trường hợp is per-item"),
    r("shelter_houses", 24, "sửa chữa [[24]] nhà", note=NP),
    r("shelter_funds", 720e6, "kinh phí [[720 triệu]] đồng", note=NP),
    r("members_new", 2130, "kết nạp [[2.130]] đoàn viên", per=N9),
    r("unions_new", 12, "thành lập mới [[12]] CĐCS", per=N9),
    r("members_new", 71, "lượt [[71%]] và", status="attainment", per=N9, note="'đạt lần lượt 71% và 60%' -> members_new 71, unions_new 60"),
    r("unions_new", 60, "và [[60%]] kế hoạch", status="attainment", per=N9),
    r("members_new", 640, "kết nạp [[640]] đoàn viên", per=N9, scope="Công đoàn Khu kinh tế tỉnh (KKT Vũng Áng)"),
    ], region="Hà Tĩnh", per=PUB))

# ---------------------------------------------------------------- g24 Ninh Bình
T = """Công đoàn đồng hành cùng người lao động vượt qua đại dịch

Cập nhật: 24/12/2021 | 08:10 | Lượt xem: 2.046

Trong năm, dịch Covid-19 tác động nặng nề tới việc làm, thu nhập của người lao động. Thực hiện Nghị quyết 68/NQ-CP của Chính phủ và Quyết định 2511/QĐ-TLĐ của Tổng LĐLĐ Việt Nam, LĐLĐ tỉnh Ninh Bình đã hỗ trợ 12.846 đoàn viên, người lao động bị ảnh hưởng bởi dịch với tổng số tiền hơn 10,5 tỷ đồng.

Trong đó, hỗ trợ 9.320 đoàn viên, NLĐ phải ngừng việc, tạm hoãn hợp đồng lao động với số tiền 7,8 tỷ đồng; hỗ trợ 1.214 trường hợp là F0, F1 phải điều trị, cách ly y tế. Công đoàn các KCN tỉnh trao 2.000 túi an sinh cho công nhân ở KCN Gián Khẩu, Khánh Phú, mỗi túi trị giá 300.000 đồng.

Cùng với đó, các cấp công đoàn tổ chức 29 hội nghị tập huấn trực tuyến về phòng, chống dịch và pháp luật lao động cho gần 4.500 lượt cán bộ công đoàn, đoàn viên.

Năm 2022, LĐLĐ tỉnh phấn đấu chăm lo cho ít nhất 15.000 lượt đoàn viên, người lao động.

Thu Trang

Tin liên quan
- Hải Dương: Hỗ trợ 3.500 công nhân bị ảnh hưởng bởi dịch
- Công đoàn ngành Y tế Ninh Bình thăm 120 y, bác sĩ tuyến đầu chống dịch
"""
TN = "'Trong năm' in a December article -> that year (records.md)"
ARTS.append(build("g24", "https://baoninhbinh.org.vn/cong-doan-dong-hanh-cung-nguoi-lao-dong-vuot-qua-dai-dich-20211224081012345.htm",
    "2021-12-24", T, [
    r("beneficiaries", 12846, "hỗ trợ [[12.846]] đoàn viên", note=TN + "; document numbers 68/NQ-CP and 2511/QĐ-TLĐ are not records"),
    r("support_funds", 10.5e9, "hơn [[10,5 tỷ]] đồng", bound="over", note=TN),
    r("beneficiaries", 9320, "hỗ trợ [[9.320]] đoàn viên", scope="NLĐ ngừng việc, tạm hoãn hợp đồng lao động", note="'Trong đó' breakdown"),
    r("support_funds", 7.8e9, "tiền [[7,8 tỷ]] đồng", scope="NLĐ ngừng việc, tạm hoãn hợp đồng lao động"),
    r("beneficiaries", 1214, "hỗ trợ [[1.214]] trường hợp", scope="F0, F1 điều trị, cách ly y tế"),
    r("beneficiaries", 2000, "trao [[2.000]] túi an sinh", scope="Công đoàn các KCN tỉnh",
      note="gift bags count as beneficiaries (guideline 9); 300.000 đồng a bag is per-item"),
    r("trainings", 29, "tổ chức [[29]] hội nghị"),
    r("trainees", 4500, "gần [[4.500]] lượt", bound="under"),
    r("beneficiaries", 15000, "ít nhất [[15.000]] lượt", status="target", bound="over", per=Y(2022),
      note="the 'Tin liên quan' lines (3.500 in Hải Dương, 120) are other stories, not gold"),
    ], region="Ninh Bình", per=Y(2021)))

# ---------------------------------------------------------------- g25 Quảng Nam
T = """Quảng Nam: Hơn 7 nghìn công nhân lao động được chăm lo Tết Ất Mùi

10/02/2015 07:45

(LĐ) - Ngày 9/2, tại KCN Điện Nam - Điện Ngọc, LĐLĐ tỉnh Quảng Nam tổ chức chương trình "Tết Sum vầy" năm 2015, trao 500 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm, đồng thời tặng 120 vé xe cho công nhân về quê ăn Tết.

Theo ông Nguyễn Văn Lý, Chủ tịch LĐLĐ tỉnh, Tết Ất Mùi năm nay, các cấp công đoàn trong tỉnh đã chi khoảng 3,6 tỷ đồng chăm lo cho hơn 7.200 lượt đoàn viên, công nhân lao động. Riêng Công đoàn các KCN tỉnh đã vận động doanh nghiệp thưởng Tết bình quân từ 1 đến 1,5 tháng lương và tặng 1.850 suất quà cho công nhân.

Cũng dịp này, LĐLĐ tỉnh cho biết năm 2014 các cấp công đoàn đã kết nạp 4.126 đoàn viên, thành lập 38 CĐCS, nâng tổng số đoàn viên toàn tỉnh lên 76.540 người.

Thanh Hải
"""
PD = "2015-02-10"
DL = "published is null; the dateline '10/02/2015' gives the publication date"
ARTS.append(build("g25", "https://laodong.vn/cong-doan/quang-nam-hon-7-nghin-cong-nhan-lao-dong-duoc-cham-lo-tet-at-mui-318245.bld",
    None, T, [
    r("beneficiaries", 7000, "Hơn [[7 nghìn]] công nhân", bound="over", note="headline repeat of the body's 7.200 (guideline 1): 2015"),
    r("beneficiaries", 500, "trao [[500]] suất quà", note="'chương trình \"Tết Sum vầy\" năm 2015'; 500.000 đồng a gift is per-item"),
    r("beneficiaries", 120, "tặng [[120]] vé xe", scope="vé xe về quê ăn Tết", note="tickets -> beneficiaries (guideline 9)"),
    r("support_funds", 3.6e9, "khoảng [[3,6 tỷ]] đồng", bound="about", note="'Tết Ất Mùi năm nay': year-less 'năm nay' takes the publication year, read from the dateline (" + DL + ")"),
    r("beneficiaries", 7200, "hơn [[7.200]] lượt", bound="over"),
    r("beneficiaries", 1850, "tặng [[1.850]] suất quà", scope="Công đoàn các KCN tỉnh", note="'từ 1 đến 1,5 tháng lương' is a per-item range (Tết bonus), not a record"),
    r("members_new", 4126, "kết nạp [[4.126]] đoàn viên", per=Y(2014)),
    r("unions_new", 38, "thành lập [[38]] CĐCS", per=Y(2014)),
    r("members_total", 76540, "lên [[76.540]] người", per=PUB, note="stock 'nâng tổng số ... lên' -> publication date, whatever period the sentence names; " + DL),
    ], region="Quảng Nam", per=Y(2015), pubd=PD))
