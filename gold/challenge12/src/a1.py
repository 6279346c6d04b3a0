from lib import doc, r

MERGED = "merged province's own total: region is its post-merger name, which is also a pre-merger province (records.md Regions: reporting organisation)"

# u01: Lao Động brief, Phú Thọ (mới) after the merger with Vĩnh Phúc and Hòa Bình
doc("u01", "https://laodong.vn/cong-doan/phu-tho-ket-nap-hon-4200-doan-vien-sau-hop-nhat-1583317.ldo", "2025-10-09", "Phú Thọ", """Phú Thọ: Kết nạp hơn [[4.200|h1]] đoàn viên sau hợp nhất
Thứ Năm, 09/10/2025 15:20 (GMT+7)
LĐO - 9 tháng năm 2025, Liên đoàn Lao động tỉnh Phú Thọ (mới) đã kết nạp [[4.236|a]] đoàn viên, giảm [[1.812|b]], tăng thực [[2.424|c]] đoàn viên; thành lập [[57|d]] CĐCS (khu vực ngoài nhà nước [[52|e]], khu vực nhà nước [[5|f]]).
Theo báo cáo của LĐLĐ tỉnh, sau khi sắp xếp đơn vị hành chính, toàn tỉnh hiện có [[3.918|g]] công đoàn cơ sở với [[312.540|h]] đoàn viên, trực thuộc 148 công đoàn xã, phường và 6 công đoàn ngành. Số đoàn viên kết nạp mới tăng 318 người so với cùng kỳ năm 2024.
Riêng khu vực Vĩnh Phúc (cũ), Công đoàn các KCN kết nạp [[1.460|i]] đoàn viên và thành lập mới [[11|j]] CĐCS tại các doanh nghiệp FDI. Khu vực Hòa Bình (cũ) phát triển được [[bảy trăm|k]] đoàn viên, phần lớn là lao động trong các hợp tác xã nông nghiệp.
Công tác phát triển Đảng trong công nhân cũng có chuyển biến: các cấp công đoàn đã giới thiệu [[265|l]] đoàn viên ưu tú cho cấp ủy xem xét, trong đó [[121|m]] đồng chí đã được kết nạp vào Đảng.
Ông Nguyễn Văn Thắng, Phó Chủ tịch LĐLĐ tỉnh cho biết, chỉ tiêu cả năm 2025 là kết nạp trên [[6.500|p]] đoàn viên, vì vậy từ nay đến cuối năm các công đoàn xã, phường phải rà soát từng doanh nghiệp có từ 10 lao động trở lên chưa có tổ chức công đoàn.
Người lao động cần hỗ trợ có thể liên hệ đường dây nóng của LĐLĐ tỉnh: 0210.3846.555.
Lượt xem: 1.024
""", [
    r("h1", "members_new", "m9-2025", b="over", n="headline repeat of 4.236 (rounded, 'hơn'): body's region and period (gold README 1)"),
    r("a", "members_new", "m9-2025", n=MERGED),
    r("b", "members_lost", "m9-2025", n="'giảm 1.812' leaves the noun out; it continues the list about đoàn viên (indicators.tsv members_lost)"),
    r("c", "members_net", "m9-2025", n="'tăng thực' = net change (indicators.tsv members_net)"),
    r("d", "unions_new", "m9-2025"),
    r("e", "unions_new", "m9-2025", sc="khu vực ngoài nhà nước", n="parenthetical breakdown: same indicator with a scope (gold README 6)"),
    r("f", "unions_new", "m9-2025", sc="khu vực nhà nước", n="parenthetical breakdown: same indicator with a scope (gold README 6)"),
    r("g", "unions_total", "pub", n="'hiện có' stock dated at publication (records.md); the 148 công đoàn xã, phường are upper-level unions, not CĐCS: no record"),
    r("h", "members_total", "pub", n="'hiện có' stock dated at publication (records.md)"),
    r("i", "members_new", "m9-2025", reg="Vĩnh Phúc", sc="Công đoàn các KCN khu vực Vĩnh Phúc (cũ)", n="'khu vực Vĩnh Phúc (cũ)': the text allows the pre-merger name (records.md region); period from the nearest earlier phrase '9 tháng năm 2025'"),
    r("j", "unions_new", "m9-2025", reg="Vĩnh Phúc", sc="Công đoàn các KCN khu vực Vĩnh Phúc (cũ)", n="old-province area takes its pre-merger name"),
    r("k", "members_new", "m9-2025", reg="Hòa Bình", sc="khu vực Hòa Bình (cũ)", v=700, n="number written in words 'bảy trăm' = 700 (records.md); old-province area -> Hòa Bình"),
    r("l", "party_referrals", "m9-2025"),
    r("m", "party_admitted", "m9-2025"),
    r("p", "members_new", "y2025", st="target", b="over", n="'chỉ tiêu cả năm 2025 ... trên' -> target of the full year, bound over (gold README 4, 5, 8); 'từ 10 lao động trở lên' is a threshold, not a record"),
])

# u02: Tuyên Quang (mới) year-end 2025, commune unions, Tin liên quan
doc("u02", "https://baotuyenquang.com.vn/xa-hoi/cong-doan-tuyen-quang-cham-lo-gan-19000-luot-doan-vien-215402.html", "2025-12-29", "Tuyên Quang", """Công đoàn Tuyên Quang chăm lo gần [[19.000|h]] lượt đoàn viên trong năm 2025
29/12/2025 08:45
(BTQ) - Ngày 28/12, LĐLĐ tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên kể từ khi tỉnh Tuyên Quang (mới) được thành lập trên cơ sở hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang.
Trong năm, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà, hỗ trợ [[18.760|a]] lượt đoàn viên, người lao động với tổng kinh phí [[9,3 tỷ|b]] đồng. Toàn tỉnh kết nạp [[3.105|c]] đoàn viên, thành lập [[29|d]] CĐCS; tuy nhiên số đoàn viên giảm [[2.240|e]] do nhiều hợp tác xã, trường học sáp nhập, nên chỉ tăng thực [[865|f]]. Có [[17|m]] CĐCS giải thể do doanh nghiệp ngừng hoạt động.
Sau khi kết thúc hoạt động cấp huyện, LĐLĐ tỉnh tiếp nhận và chỉ đạo trực tiếp 124 công đoàn xã, phường. Từ ngày 1/7 đến nay, Công đoàn xã Lâm Bình kết nạp [[86|g]] đoàn viên khu vực hành chính, sự nghiệp; Công đoàn phường Hà Giang 1 (thuộc tỉnh Hà Giang cũ) thành lập [[bốn|i]] CĐCS khu vực ngoài nhà nước với [[112|j]] đoàn viên.
Hiện đoàn viên khu vực ngoài nhà nước chiếm 65% tổng số đoàn viên toàn tỉnh.
Năm 2026, LĐLĐ tỉnh đề ra chỉ tiêu kết nạp [[3.500|k]] đoàn viên, thành lập [[30|l]] CĐCS.
- Ảnh: Lãnh đạo LĐLĐ tỉnh trao Bằng khen cho 12 tập thể, 20 cá nhân.
Tin liên quan:
- Tuyên Quang: Trao 50 Mái ấm Công đoàn cho đoàn viên khó khăn
- Hà Giang kết nạp 1.200 đoàn viên trong quý I
""", [
    r("h", "beneficiaries", "y2025", b="under", n="headline repeat of 18.760 ('gần 19.000'): body's region and period (gold README 1)"),
    r("a", "beneficiaries", "y2025", n="'Trong năm' in a December article -> 2025 (records.md periods); merged province's own total, region = its post-merger name"),
    r("b", "support_funds", "y2025"),
    r("c", "members_new", "y2025"),
    r("d", "unions_new", "y2025"),
    r("e", "members_lost", "y2025"),
    r("f", "members_net", "y2025", n="'tăng thực 865' leaves the noun out; net change of members"),
    r("m", "unions_dissolved", "y2025"),
    r("g", "members_new", "2025-07-01..pub", sc="Công đoàn xã Lâm Bình", n="'Từ ngày 1/7 đến nay': year-less, takes the publication year, open span to publication (records.md 'từ đầu năm 2018 đến nay'); a commune union gives the province that leads it (records.md: a district union gives its province), the text names no old province"),
    r("i", "unions_new", "2025-07-01..pub", reg="Hà Giang", sc="Công đoàn phường Hà Giang 1", v=4, n="word number 'bốn' = 4; '(thuộc tỉnh Hà Giang cũ)' allows the pre-merger name"),
    r("j", "members_new", "2025-07-01..pub", reg="Hà Giang", sc="Công đoàn phường Hà Giang 1", n="members of newly founded unions count as members_new (gold README 9)"),
    r("k", "members_new", "y2026", st="target"),
    r("l", "unions_new", "y2026", st="target"),
])

# u03: congress of Hà Nam, term results and term targets
doc("u03", "https://baohanam.com.vn/chinh-tri/dai-hoi-cong-doan-tinh-ha-nam-lan-thu-xvii-98231.html", "2023-08-11", "Hà Nam", """Đại hội Công đoàn tỉnh Hà Nam lần thứ XVII: Phấn đấu kết nạp [[15.000|k2]] đoàn viên trong nhiệm kỳ mới
Cập nhật: 11/08/2023 06:30
Sáng 10/8, Đại hội Công đoàn tỉnh Hà Nam lần thứ XVII, nhiệm kỳ 2023 - 2028 khai mạc với sự tham dự của 250 đại biểu chính thức, thay mặt cho hơn [[96.000|a]] đoàn viên công đoàn trong tỉnh.
Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ 2018 - 2023, các cấp công đoàn đã kết nạp [[18.426|b]] đoàn viên, đạt [[122,8%|c]] chỉ tiêu Đại hội; thành lập [[một trăm linh bảy|d]] CĐCS; giới thiệu [[1.350|e]] đoàn viên ưu tú cho Đảng xem xét, kết nạp, vượt [[35%|f]] chỉ tiêu.
Công đoàn các cấp phối hợp tổ chức [[412|g]] lớp tập huấn, tuyên truyền pháp luật cho trên [[61.000|h]] lượt đoàn viên, người lao động. Quỹ Xã hội Mái ấm Công đoàn xây mới [[83|i]] nhà cho đoàn viên khó khăn về nhà ở với tổng số tiền [[4 tỷ 150 triệu|j]] đồng, mỗi nhà được hỗ trợ từ 40 đến 60 triệu đồng.
Nhiệm kỳ 2023 - 2028, Đại hội đề ra 12 chỉ tiêu, trong đó: phấn đấu kết nạp [[15.000|k]] đoàn viên; thành lập mới ít nhất [[80|l]] CĐCS; giới thiệu [[1.000|m]] đoàn viên ưu tú cho Đảng xem xét kết nạp.
Phát biểu chỉ đạo, đồng chí Phó Chủ tịch Tổng LĐLĐ Việt Nam đề nghị Công đoàn tỉnh tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.
Đại hội đã bầu 31 đồng chí vào Ban Chấp hành Công đoàn tỉnh khóa XVII; dịp này, 8 tập thể và 15 cá nhân được tặng Bằng khen.
""", [
    r("k2", "members_new", "t2023-2028", st="target", n="headline repeat of the term target: body's period (gold README 1)"),
    r("a", "members_total", "pub", b="over", n="'thay mặt cho hơn 96.000 đoàn viên' at a congress is a stock dated at publication (dev r11, gold README 7); the 250 delegates are not a record"),
    r("b", "members_new", "t2018-2023", n="term dated by full years (records.md 'nhiệm kỳ 2018-2023')"),
    r("c", "members_new", "t2018-2023", st="attainment", n="'đạt 122,8% chỉ tiêu' -> attainment of members_new (gold README 4)"),
    r("d", "unions_new", "t2018-2023", v=107, n="number in words 'một trăm linh bảy' = 107 (records.md)"),
    r("e", "party_referrals", "t2018-2023"),
    r("f", "party_referrals", "t2018-2023", st="attainment", v=135, n="'vượt 35% chỉ tiêu' -> 135 (records.md attainment), bound exact"),
    r("g", "trainings", "t2018-2023"),
    r("h", "trainees", "t2018-2023", b="over"),
    r("i", "shelter_houses", "t2018-2023"),
    r("j", "shelter_funds", "t2018-2023", v=4150000000, n="'4 tỷ 150 triệu' mixed format -> 4 150 000 000; 'từ 40 đến 60 triệu đồng' per house is not a record"),
    r("k", "members_new", "t2023-2028", st="target"),
    r("l", "unions_new", "t2023-2028", st="target", b="over", n="'ít nhất' -> over (gold README 5)"),
    r("m", "party_referrals", "t2023-2028", st="target", n="item of the list headed 'Đại hội đề ra ... chỉ tiêu' -> target (gold README 8); '12 chỉ tiêu' counts the plan's items: no record"),
])

# u04: Q&A with the chairman of LĐLĐ Đắk Lắk (mới), Phú Yên (cũ) figures
doc("u04", "https://baodaklak.vn/xa-hoi/202511/cong-doan-dak-lak-sau-hop-nhat-giu-vung-doan-vien-5c31a2b/", "2025-11-14", "Đắk Lắk", """Công đoàn Đắk Lắk sau hợp nhất: Giữ vững đoàn viên, chăm lo thiết thực
14/11/2025 07:12
Sau hơn 4 tháng hợp nhất, tổ chức công đoàn tỉnh Đắk Lắk (mới) đã đi vào nền nếp. Phóng viên có cuộc trao đổi với ông Y Kô Niê, Chủ tịch LĐLĐ tỉnh.
PV: Thưa ông, sau hợp nhất quy mô tổ chức công đoàn của tỉnh hiện nay ra sao?
Ông Y Kô Niê: Hiện LĐLĐ tỉnh Đắk Lắk quản lý [[2.864|a]] CĐCS với [[201.310|b]] đoàn viên, trong đó khu vực Phú Yên (cũ) có [[1.027|c]] CĐCS và [[74.900|d]] đoàn viên. Chúng tôi giữ ổn định 102 công đoàn xã, phường để không bị gián đoạn sinh hoạt.
PV: Kết quả phát triển đoàn viên trong năm nay thế nào, thưa ông?
Ông Y Kô Niê: 10 tháng năm 2025, toàn tỉnh kết nạp [[5.612|e]] đoàn viên, đạt [[80%|f]] kế hoạch năm; thành lập [[38|g]] CĐCS. Số đoàn viên giảm cũng lớn, khoảng [[3.000|h]], chủ yếu ở doanh nghiệp dệt may, chế biến gỗ. Riêng tháng 10, toàn tỉnh phát triển [[1,2 nghìn|i]] đoàn viên nhờ đợt cao điểm tại các công đoàn xã.
PV: Con số hơn [[5.600|e2]] đoàn viên mới là đáng ghi nhận. Còn công tác đại diện, bảo vệ người lao động?
Ông Y Kô Niê: Từ đầu năm đến nay, công đoàn các cấp tham gia [[47|j]] cuộc thanh tra, kiểm tra việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp; tư vấn pháp luật cho [[1.930|k]] lượt người lao động. Qua đó giúp người lao động được truy đòi hơn 2,1 tỷ đồng tiền lương, bảo hiểm xã hội.
PV: Tết Bính Ngọ 2026 sắp đến, LĐLĐ tỉnh chuẩn bị những gì?
Ông Y Kô Niê: Dịp Tết Bính Ngọ 2026, chúng tôi dự kiến trao [[25.000|l]] suất quà, mỗi suất 500.000 đồng, tổng kinh phí khoảng [[13 tỷ|m]] đồng, ưu tiên công nhân không về quê đón Tết.
PV: Xin cảm ơn ông!
""", [
    r("a", "unions_total", "pub", n="'Hiện ... quản lý' stock at publication (gold README 7); " + MERGED),
    r("b", "members_total", "pub", n="stock at publication (gold README 7)"),
    r("c", "unions_total", "pub", reg="Phú Yên", sc="khu vực Phú Yên (cũ)", n="'khu vực Phú Yên (cũ)' allows the pre-merger name; stock at publication"),
    r("d", "members_total", "pub", reg="Phú Yên", sc="khu vực Phú Yên (cũ)", n="old-province area; stock at publication"),
    r("e", "members_new", "m10-2025"),
    r("f", "members_new", "m10-2025", st="attainment", n="'đạt 80% kế hoạch năm' -> attainment of members_new (gold README 4)"),
    r("g", "unions_new", "m10-2025"),
    r("h", "members_lost", "m10-2025", b="about", n="'Số đoàn viên giảm ... khoảng 3.000' -> members_lost, bound about"),
    r("i", "members_new", "mo2025-10", v=1200, n="'1,2 nghìn' = 1200; 'Riêng tháng 10' -> October of the publication year"),
    r("e2", "members_new", "m10-2025", b="over", n="question repeats 5.612 rounded ('hơn 5.600'): body's period (gold README 1)"),
    r("j", "supervisions", "2025-01-01..pub", n="joined inspections ('tham gia ... cuộc thanh tra, kiểm tra') -> supervisions (challenge11 convention); 'Từ đầu năm đến nay' -> 1 Jan .. publication; the 2,1 tỷ recovered fits no code"),
    r("k", "legal_consultations", "2025-01-01..pub"),
    r("l", "beneficiaries", "y2026", st="target", n="'dự kiến' plan -> target (gold README 4); gift packages count as beneficiaries (gold README 9); Tết Bính Ngọ 2026 -> year 2026 (dev x07/y01)"),
    r("m", "support_funds", "y2026", st="target", b="about", n="planned total -> target; 'mỗi suất 500.000 đồng' is per-item, no record"),
])

# u05: Tết Bính Ngọ 2026 in Bắc Ninh (mới), Bắc Giang (cũ)
doc("u05", "https://baobacninh.vn/bac-ninh-gan-44-ngan-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-binh-ngo-174512.html", "2026-02-05", "Bắc Ninh", """Bắc Ninh: Gần [[44 ngàn|a]] đoàn viên, người lao động được chăm lo Tết Bính Ngọ
05/02/2026 | 16:10
Tết Bính Ngọ 2026, LĐLĐ tỉnh Bắc Ninh dành tổng kinh phí hơn [[38 tỷ|b]] đồng chăm lo cho [[43.800|c]] đoàn viên, người lao động có hoàn cảnh khó khăn.
Trong đó, LĐLĐ tỉnh trực tiếp trao [[6.200|d]] suất quà, mỗi suất trị giá 1 triệu đồng; công đoàn cấp trên cơ sở và CĐCS trao [[37.600|e]] suất. Chương trình "Chuyến xe Công đoàn - Xuân Bính Ngọ" đưa [[1.450|f]] công nhân về quê đón Tết bằng 32 chuyến xe miễn phí.
Riêng khu vực Bắc Giang (cũ), các cấp công đoàn chi [[6 tỷ 500 triệu|g]] đồng để tặng [[9.120|h]] suất quà cho đoàn viên tại các KCN Quang Châu, Vân Trung, Đình Trám.
Công đoàn các KCN tỉnh thăm, tặng quà [[2.300|i]] công nhân đang mang thai, nuôi con nhỏ, tổng trị giá [[1,15 tỷ|j]] đồng.
Tại Chợ Tết Công đoàn tổ chức ở KCN Quế Võ, 3.000 phiếu mua hàng 0 đồng đã được phát cho công nhân. Theo khảo sát của LĐLĐ tỉnh, mức thưởng Tết bình quân năm nay đạt 8,5 triệu đồng/người, cao nhất 450 triệu đồng.
- Ảnh: Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân Công ty TNHH Foxconn (Ảnh 2)
Số lần đọc: 2.317
""", [
    r("a", "beneficiaries", "y2026", b="under", v=44000, n="'44 ngàn' = 44000; headline repeat of 43.800 ('Gần'), body's region and period (gold README 1, 3)"),
    r("b", "support_funds", "y2026", b="over", n="Tết Bính Ngọ 2026 -> year 2026 (dev x07/y01)"),
    r("c", "beneficiaries", "y2026", n=MERGED),
    r("d", "beneficiaries", "y2026", sc="LĐLĐ tỉnh trực tiếp trao", n="breakdown (gold README 6); gift packages count as beneficiaries (gold README 9); 'mỗi suất 1 triệu' is per-item"),
    r("e", "beneficiaries", "y2026", sc="công đoàn cấp trên cơ sở và CĐCS", n="breakdown; the noun 'suất quà' is left out"),
    r("f", "beneficiaries", "y2026", n="free bus rides home for Tết -> beneficiaries (challenge11 convention); '32 chuyến xe' no record"),
    r("g", "support_funds", "y2026", reg="Bắc Giang", sc="khu vực Bắc Giang (cũ)", v=6500000000, n="'6 tỷ 500 triệu' = 6 500 000 000; 'khu vực Bắc Giang (cũ)' -> pre-merger name"),
    r("h", "beneficiaries", "y2026", reg="Bắc Giang", sc="khu vực Bắc Giang (cũ)"),
    r("i", "beneficiaries", "y2026", sc="Công đoàn các KCN"),
    r("j", "support_funds", "y2026", sc="Công đoàn các KCN", n="Chợ Tết 'phiếu mua hàng 0 đồng' are not beneficiaries (gold README 9); the Tết bonus figures fit no code"),
])
