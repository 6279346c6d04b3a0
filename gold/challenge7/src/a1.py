"""k01-k05"""
from mk import art, r, Y, H1, H2, Q, M, SPAN, SY, D, NM, PUB, NUL

# ---------------------------------------------------------------- k01
art("k01", "https://baonghean.vn/nghe-an-ket-nap-gan-9850-doan-vien-cong-doan-trong-nam-2022-10254318.html",
    "2023-01-12", """Nghệ An: Kết nạp gần 9.850 đoàn viên công đoàn trong năm 2022

12/01/2023 - 15:40

(Baonghean.vn) - Sáng 12/1, Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị tổng kết công tác công đoàn năm 2022, triển khai nhiệm vụ năm 2023.

Báo cáo tại hội nghị cho biết, năm qua, dù nhiều doanh nghiệp thiếu đơn hàng, phải cắt giảm lao động, các cấp công đoàn trong tỉnh vẫn kết nạp mới 9.846 đoàn viên, đạt 109,4% kế hoạch; thành lập mới 57 công đoàn cơ sở (CĐCS). So với năm 2021, số đoàn viên kết nạp mới nhiều hơn 1.210 người (năm 2021 kết nạp 8.636 đoàn viên, thành lập 41 CĐCS). Cũng trong năm 2022, có 23 CĐCS giải thể do doanh nghiệp ngừng hoạt động, ít hơn năm trước 9 đơn vị.

Hiện toàn tỉnh có 3.512 CĐCS với 168.420 đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước có 1.106 CĐCS.

Cũng trong năm qua, công tác đại diện, bảo vệ quyền lợi người lao động có nhiều chuyển biến: các CĐCS đã thương lượng, ký kết mới 214 bản thỏa ước lao động tập thể; 1.380 doanh nghiệp tổ chức hội nghị người lao động. Năm 2021, các con số tương ứng là 176 bản thỏa ước và 1.245 doanh nghiệp.

Năm 2023, LĐLĐ tỉnh phấn đấu kết nạp 10.000 đoàn viên, thành lập mới 60 CĐCS, 80% doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể.

Dịp này, 28 tập thể và 45 cá nhân được nhận bằng khen của LĐLĐ tỉnh.

Thanh Phúc""", "Nghệ An", [
    r("members_new", 9850, "Kết nạp gần [[9.850]] đoàn viên", bound="under", per=Y(2022),
      note="headline repeat (rounded) of the body's 9.846: takes its period and region; gần -> under (gold README 1, 5)"),
    r("members_new", 9846, "kết nạp mới [[9.846]] đoàn viên", per=Y(2022),
      note="'năm qua' in an article published 12 January 2023 -> 2022 (records.md period table)"),
    r("members_new", 109.4, "đạt [[109,4%]] kế hoạch", status="attainment", per=Y(2022)),
    r("unions_new", 57, "thành lập mới [[57]] công đoàn cơ sở", per=Y(2022)),
    r("members_new", 8636, "năm 2021 kết nạp [[8.636]] đoàn viên", per=Y(2021),
      note="previous-year figure in brackets: its own 'năm 2021' decides; the difference 'nhiều hơn 1.210 người' is a comparison, not a record"),
    r("unions_new", 41, "thành lập [[41]] CĐCS)", per=Y(2021), note="same bracket: 'năm 2021'"),
    r("unions_dissolved", 23, "có [[23]] CĐCS giải thể", per=Y(2022),
      note="'ít hơn năm trước 9 đơn vị' is a comparison, not a record"),
    r("unions_total", 3512, "có [[3.512]] CĐCS", per=PUB, note="stock 'Hiện toàn tỉnh có' -> publication date"),
    r("members_total", 168420, "với [[168.420]] đoàn viên", per=PUB, note="stock -> publication date"),
    r("unions_total", 1106, "có [[1.106]] CĐCS", per=PUB, scope="khu vực doanh nghiệp ngoài nhà nước",
      note="breakdown of the stock (gold README 6) -> publication date"),
    r("collective_agreements", 214, "ký kết mới [[214]] bản", per=Y(2022),
      note="'Cũng trong năm qua' (published in January) -> 2022"),
    r("worker_conferences", 1380, "[[1.380]] doanh nghiệp tổ chức hội nghị", per=Y(2022)),
    r("collective_agreements", 176, "tương ứng là [[176]] bản", per=Y(2021),
      note="'Năm 2021, các con số tương ứng là ...': previous-year figures of the same indicators"),
    r("worker_conferences", 1245, "và [[1.245]] doanh nghiệp.", per=Y(2021), note="'Năm 2021, các con số tương ứng'"),
    r("members_new", 10000, "phấn đấu kết nạp [[10.000]] đoàn viên", status="target", per=Y(2023)),
    r("unions_new", 60, "thành lập mới [[60]] CĐCS, 80%", status="target", per=Y(2023)),
], kind="year review 2022 with 2021 figures, 2023 targets, rounded headline")

# ---------------------------------------------------------------- k02
art("k02", "https://nld.com.vn/cong-doan/hon-1100-cong-doan-co-so-huong-ung-thang-cong-nhan-20190603204512345.htm",
    "2019-06-03", """Hơn 1.100 công đoàn cơ sở hưởng ứng Tháng Công nhân

03/06/2019 20:45

(NLĐO) - Ngày 3-6, LĐLĐ tỉnh Đồng Nai tổ chức hội nghị tổng kết Tháng Công nhân năm 2019 với chủ đề "Tăng cường đối thoại, thương lượng vì quyền lợi người lao động".

Theo báo cáo, trong Tháng Công nhân năm 2019 đã có 1.126 CĐ cơ sở tổ chức các hoạt động hưởng ứng, vượt 12% kế hoạch. Các cấp CĐ đã thăm, tặng 8.640 suất quà cho công nhân lao động (CNLĐ) có hoàn cảnh khó khăn với tổng trị giá hơn 4,3 tỉ đồng; phối hợp với doanh nghiệp (DN) tổ chức 312 cuộc đối thoại.

Riêng CĐ các KCN Đồng Nai đã vận động 64 DN nâng giá trị bữa ăn giữa ca lên từ 18.000 đồng/suất trở lên; trao 1.500 suất quà, mỗi suất 500.000 đồng, cho công nhân các KCN Amata, Biên Hòa 2, Nhơn Trạch 3.

Trong tháng, LĐLĐ TP Biên Hòa còn tư vấn pháp luật miễn phí cho 740 lượt CNLĐ; LĐLĐ huyện Trảng Bom trao 3 căn nhà "Mái ấm CĐ" cho đoàn viên khó khăn.

Phát biểu tại hội nghị, bà Trần Thị Hồng Vân, Phó Chủ tịch LĐLĐ tỉnh, đề nghị các cấp CĐ duy trì đối thoại định kỳ sau Tháng Công nhân, nhất là tại các DN có đông lao động nữ.

Tin liên quan
Bình Dương: 15.000 suất quà cho công nhân dịp Tháng Công nhân
Đà Nẵng chi hơn 2 tỉ đồng chăm lo công nhân

Tin-ảnh: Hoàng Triều""", "Đồng Nai", [
    r("workers_month_units", 1100, "Hơn [[1.100]] công đoàn", bound="over", per=M(5, 2019),
      note="headline repeat (rounded) of 1.126: takes the body's period (Tháng Công nhân 2019 -> May) and region (the province is named only in the body of this national-site article)"),
    r("workers_month_units", 1126, "có [[1.126]] CĐ cơ sở", per=M(5, 2019),
      note="Tháng Công nhân năm 2019 -> May 2019, although the article is published on 3 June"),
    r("workers_month_units", 112, "vượt [[12%]] kế hoạch", status="attainment", per=M(5, 2019),
      note="vượt 12% kế hoạch -> 112, bound exact (records.md; dev m01)"),
    r("beneficiaries", 8640, "tặng [[8.640]] suất quà", per=M(5, 2019)),
    r("support_funds", 4300000000, "hơn [[4,3 tỉ]] đồng", bound="over", per=M(5, 2019)),
    r("workplace_dialogues", 312, "tổ chức [[312]] cuộc đối thoại", per=M(5, 2019)),
    r("meal_upgrades", 64, "vận động [[64]] DN", per=M(5, 2019), scope="CĐ các KCN Đồng Nai",
      note="KCN union -> its province; period from the nearest earlier phrase (Tháng Công nhân 2019); 18.000 đồng is the meal level, not a record"),
    r("beneficiaries", 1500, "trao [[1.500]] suất quà", per=M(5, 2019), scope="CĐ các KCN Đồng Nai",
      note="'mỗi suất 500.000 đồng' is a per-item amount, not a record"),
    r("legal_consultations", 740, "cho [[740]] lượt CNLĐ", per=M(5, 2019), scope="LĐLĐ TP Biên Hòa",
      note="'Trong tháng' refers back to Tháng Công nhân (May), not to June of publication; city union -> province"),
    r("shelter_houses", 3, "trao [[3]] căn nhà", per=M(5, 2019), scope="LĐLĐ huyện Trảng Bom",
      note="'Trong tháng' -> May 2019; district union -> province"),
], kind="national site, province only in body; Tháng Công nhân reviewed in June; Tin liên quan")

# ---------------------------------------------------------------- k03
art("k03", "https://laodong.vn/cong-doan/bac-giang-dan-dau-cac-tinh-phia-bac-ve-cham-lo-tet-cho-nguoi-lao-dong-1306522.ldo",
    "2024-02-22", """Bắc Giang dẫn đầu các tỉnh phía Bắc về chăm lo Tết cho người lao động

22/02/2024 10:15

Quế Chi (LĐO)

Theo báo cáo của Tổng LĐLĐ Việt Nam, dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn cả nước đã chăm lo cho 10,7 triệu lượt đoàn viên, người lao động với tổng kinh phí hơn 5.000 tỉ đồng.

Trong số các địa phương có nhiều khu công nghiệp ở phía Bắc, LĐLĐ tỉnh Bắc Giang là đơn vị chăm lo nhiều nhất với 98.560 lượt đoàn viên, NLĐ được thăm hỏi, tặng quà, tổng kinh phí 72,5 tỉ đồng; trong đó Công đoàn các KCN tỉnh trao 12.300 suất quà cho công nhân ở lại làm việc xuyên Tết.

Cùng thời gian, LĐLĐ tỉnh Bắc Ninh chăm lo cho 86.200 lượt người với tổng kinh phí gần 61 tỉ đồng; LĐLĐ tỉnh Thái Nguyên tặng 24.700 suất quà, trị giá 19,8 tỉ đồng.

Đặc biệt, tại KCN Quang Châu (huyện Việt Yên), Tổng LĐLĐ Việt Nam đã tổ chức chương trình "Tết Sum vầy", trao 500 suất quà và 300 vé xe cho công nhân về quê đón Tết. Theo ông Nguyễn Văn Hưng, Chủ tịch LĐLĐ tỉnh Bắc Giang, năm nay trên địa bàn tỉnh có khoảng 15.000 công nhân ở lại làm việc trong những ngày Tết, tăng 20% so với năm trước.

Lãnh đạo Tổng LĐLĐ Việt Nam trao quà Tết cho công nhân KCN Quang Châu. Gần 98.600 lượt đoàn viên, NLĐ tỉnh Bắc Giang được chăm lo dịp Tết. Ảnh: Quế Chi""", "Bắc Giang", [
    r("beneficiaries", 10700000, "chăm lo cho [[10,7 triệu]] lượt", per=Y(2024), region="Việt Nam",
      note="Tổng LĐLĐ's cả nước total -> Việt Nam; Tết Nguyên đán Giáp Thìn 2024 -> the year 2024 (dev x07, y01)"),
    r("support_funds", 5000000000000, "hơn [[5.000 tỉ]] đồng", bound="over", per=Y(2024), region="Việt Nam",
      note="national total -> Việt Nam"),
    r("beneficiaries", 98560, "nhiều nhất với [[98.560]] lượt", per=Y(2024),
      note="'Trong số các địa phương' has no period phrase; nearest earlier is Tết Giáp Thìn 2024"),
    r("support_funds", 72500000000, "tổng kinh phí [[72,5 tỉ]] đồng", per=Y(2024)),
    r("beneficiaries", 12300, "trao [[12.300]] suất quà", per=Y(2024), scope="Công đoàn các KCN tỉnh",
      note="breakdown (trong đó) of Bắc Giang's figure; KCN union -> its province"),
    r("beneficiaries", 86200, "chăm lo cho [[86.200]] lượt người", per=Y(2024), region="Bắc Ninh",
      note="the reporting organisation is LĐLĐ tỉnh Bắc Ninh -> Bắc Ninh; 'Cùng thời gian' -> Tết 2024"),
    r("support_funds", 61000000000, "gần [[61 tỉ]] đồng", bound="under", per=Y(2024), region="Bắc Ninh"),
    r("beneficiaries", 24700, "tặng [[24.700]] suất quà", per=Y(2024), region="Thái Nguyên",
      note="LĐLĐ tỉnh Thái Nguyên -> Thái Nguyên"),
    r("support_funds", 19800000000, "trị giá [[19,8 tỉ]] đồng", per=Y(2024), region="Thái Nguyên"),
    r("beneficiaries", 500, "trao [[500]] suất quà", per=Y(2024), scope="Tổng LĐLĐ Việt Nam tại KCN Quang Châu",
      note="a national body acting in one province (KCN Quang Châu, huyện Việt Yên, Bắc Giang) -> that province (records.md)"),
    r("beneficiaries", 300, "[[300]] vé xe", per=Y(2024), scope="Tổng LĐLĐ Việt Nam tại KCN Quang Châu",
      note="tickets given to workers count as beneficiaries (gold README 9); national body in Bắc Giang -> Bắc Giang"),
    r("beneficiaries", 98600, "Gần [[98.600]] lượt", bound="under", per=Y(2024),
      note="caption repeat (rounded) of 98.560: body's region and period"),
], kind="multi-province Tết review on a national site; national body in a province; caption repeat")

# ---------------------------------------------------------------- k04
art("k04", "https://baoquangninh.vn/9-thang-nam-2024-ket-nap-moi-hon-4200-doan-vien-cong-doan-3312457.html",
    "2024-10-14", """9 tháng năm 2024: Kết nạp mới hơn 4.200 đoàn viên công đoàn

Cập nhật: 14/10/2024 08:20

9 tháng năm 2024, các cấp công đoàn tỉnh đã kết nạp mới 4.236 đoàn viên, đạt 84,7% kế hoạch năm, nhiều hơn cùng kỳ năm trước 1.331 người (cùng kỳ năm 2023 kết nạp 2.905 đoàn viên); thành lập mới 18 CĐCS. Riêng quý III, toàn tỉnh kết nạp 1.520 đoàn viên, thành lập 7 CĐCS.

Cũng trong 9 tháng, số đoàn viên giảm là 3.180 người, chủ yếu do doanh nghiệp cắt giảm lao động, thu hẹp sản xuất; 11 CĐCS giải thể. Như vậy, số đoàn viên tăng tuyệt đối là 1.056 người.

Trong đó, LĐLĐ TP Hạ Long dẫn đầu với 1.210 đoàn viên kết nạp mới; Công đoàn Khu kinh tế tỉnh kết nạp 986 đoàn viên tại các doanh nghiệp trong KCN Đông Mai, Việt Hưng, Cái Lân.

Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho 2.460 lượt đoàn viên, người lao động, tăng 15% so với cùng kỳ.

Quý IV/2024, LĐLĐ tỉnh phấn đấu kết nạp thêm ít nhất 800 đoàn viên, thành lập 5 CĐCS, bảo đảm hoàn thành chỉ tiêu cả năm.

Hoàng Quỳnh""", "Quảng Ninh", [
    r("members_new", 4200, "mới hơn [[4.200]] đoàn viên", bound="over", per=NM(9, 2024),
      note="headline repeat (rounded) of 4.236: body's period; province only in the site (baoquangninh.vn) and the place names"),
    r("members_new", 4236, "kết nạp mới [[4.236]] đoàn viên", per=NM(9, 2024),
      note="the text says only 'công đoàn tỉnh': region from the site"),
    r("members_new", 84.7, "đạt [[84,7%]] kế hoạch năm", status="attainment", per=NM(9, 2024),
      note="attainment follows the achieved figure's period (9 months), not the yearly target"),
    r("members_new", 2905, "năm 2023 kết nạp [[2.905]] đoàn viên", per=NM(9, 2023),
      note="'cùng kỳ năm 2023' in a 9-month report -> January-September 2023; 'nhiều hơn ... 1.331 người' is a comparison, not a record"),
    r("unions_new", 18, "thành lập mới [[18]] CĐCS", per=NM(9, 2024)),
    r("members_new", 1520, "kết nạp [[1.520]] đoàn viên", per=Q(3, 2024),
      note="year-less 'quý III' takes the publication year (records.md)"),
    r("unions_new", 7, "thành lập [[7]] CĐCS.", per=Q(3, 2024), note="'Riêng quý III' -> Q3 2024"),
    r("members_lost", 3180, "giảm là [[3.180]] người", per=NM(9, 2024), note="'Cũng trong 9 tháng' -> Jan-Sep 2024"),
    r("unions_dissolved", 11, "[[11]] CĐCS giải thể", per=NM(9, 2024)),
    r("members_net", 1056, "tăng tuyệt đối là [[1.056]] người", per=NM(9, 2024)),
    r("members_new", 1210, "dẫn đầu với [[1.210]] đoàn viên", per=NM(9, 2024), scope="LĐLĐ TP Hạ Long",
      note="city union -> province; nearest earlier period phrase 'Cũng trong 9 tháng'"),
    r("members_new", 986, "kết nạp [[986]] đoàn viên", per=NM(9, 2024), scope="Công đoàn Khu kinh tế tỉnh",
      note="economic-zone union -> province"),
    r("legal_consultations", 2460, "tư vấn cho [[2.460]] lượt", per=NM(9, 2024),
      note="no period phrase in the sentence: nearest earlier is 'Cũng trong 9 tháng'; 'tăng 15% so với cùng kỳ' is not a record"),
    r("members_new", 800, "ít nhất [[800]] đoàn viên", status="target", bound="over", per=Q(4, 2024)),
    r("unions_new", 5, "thành lập [[5]] CĐCS, bảo đảm", status="target", per=Q(4, 2024)),
], kind="9 months + quarter + cùng kỳ figure, province from site only, Q4 targets")

# ---------------------------------------------------------------- k05
art("k05", "https://baohungyen.vn/trao-12-nha-mai-am-cong-doan-cho-doan-vien-khu-vuc-thai-binh-3187265.html",
    "2025-10-22", """Trao 12 nhà "Mái ấm Công đoàn" cho đoàn viên khu vực Thái Bình

22/10/2025 09:30

(BHY) - Ngày 21/10, Liên đoàn Lao động (LĐLĐ) tỉnh phối hợp với Công đoàn phường Thái Bình và Công đoàn phường Trần Lãm trao kinh phí hỗ trợ xây mới, sửa chữa 12 nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở thuộc khu vực Thái Bình (cũ).

Tổng kinh phí hỗ trợ đợt này là 600 triệu đồng; trong đó 8 nhà xây mới được hỗ trợ 60 triệu đồng/nhà, 4 nhà sửa chữa được hỗ trợ 30 triệu đồng/nhà.

Trước khi hợp nhất, trong 6 tháng đầu năm 2025, LĐLĐ tỉnh Thái Bình đã hỗ trợ 19 nhà "Mái ấm Công đoàn" cho đoàn viên.

Tại buổi trao, bà Phạm Thị Thu Hà, Phó Chủ tịch LĐLĐ tỉnh cho biết, sau hợp nhất, LĐLĐ tỉnh Hưng Yên hiện quản lý 5.184 CĐCS với 402.650 đoàn viên. 9 tháng năm 2025, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới, sửa chữa 47 nhà "Mái ấm Công đoàn" với tổng kinh phí 2,35 tỷ đồng. Từ nay đến cuối năm, LĐLĐ tỉnh phấn đấu hỗ trợ thêm 20 nhà.

Thu Hằng""", "Thái Bình", [
    r("shelter_houses", 12, "Trao [[12]] nhà", per=PUB, scope="khu vực Thái Bình (cũ)",
      note="headline repeat of the body's 12: its region and period"),
    r("shelter_houses", 12, "sửa chữa [[12]] nhà", per=PUB, scope="khu vực Thái Bình (cũ)",
      note="post-merger: the merged LĐLĐ tỉnh (Hưng Yên) acts in 'khu vực Thái Bình (cũ)', wards of the former Thái Bình city -> Thái Bình, as dev y15; no period phrase before it -> publication date"),
    r("shelter_funds", 600000000, "đợt này là [[600 triệu]] đồng", per=PUB, scope="khu vực Thái Bình (cũ)",
      note="'đợt này' = the handover; no period phrase -> publication date; region as the 12 houses"),
    r("shelter_houses", 8, "trong đó [[8]] nhà xây mới", per=PUB, scope="nhà xây mới",
      note="breakdown (gold README 6); '60 triệu đồng/nhà' is a per-item amount"),
    r("shelter_houses", 4, "[[4]] nhà sửa chữa", per=PUB, scope="nhà sửa chữa",
      note="breakdown; '30 triệu đồng/nhà' is a per-item amount"),
    r("shelter_houses", 19, "đã hỗ trợ [[19]] nhà", per=H1(2025),
      note="reported by the pre-merger LĐLĐ tỉnh Thái Bình, 6 tháng đầu năm 2025"),
    r("unions_total", 5184, "quản lý [[5.184]] CĐCS", per=PUB, region="Hưng Yên",
      note="stock of the merged province as a whole (LĐLĐ tỉnh Hưng Yên after the merger): the only name available is Hưng Yên (challenge6 convention); dated at publication"),
    r("members_total", 402650, "với [[402.650]] đoàn viên", per=PUB, region="Hưng Yên",
      note="merged-province stock -> Hưng Yên, publication date"),
    r("shelter_houses", 47, "sửa chữa [[47]] nhà", per=NM(9, 2025), region="Hưng Yên",
      note="'các cấp công đoàn trong tỉnh' after the merger = the merged Hưng Yên; 9 tháng năm 2025"),
    r("shelter_funds", 2350000000, "kinh phí [[2,35 tỷ]] đồng", per=NM(9, 2025), region="Hưng Yên"),
    r("shelter_houses", 20, "hỗ trợ thêm [[20]] nhà", status="target", per=("2025-10-22", "2025-12-31"), region="Hưng Yên",
      note="'Từ nay đến cuối năm' -> publication date .. 31 December 2025 (a span phrase of its own, not the earlier '9 tháng')"),
], kind="post-merger: old-province area vs merged-province totals")
