from lib import doc, r

NAMQUA = "'Năm qua' in a January article -> the previous year (records.md)"

# u11: Long An, year 2016 reviewed in January 2017, parenthetical breakdowns
doc("u11", "http://baolongan.vn/ldld-tinh-ket-nap-hon-14-500-doan-vien-trong-nam-2016-a31877.html", "2017-01-10", "Long An", """LĐLĐ tỉnh kết nạp hơn [[14.500|a2]] đoàn viên
Thứ Ba, 10/01/2017, 14:30 [GMT+7]
(LA) - Ngày 9/1, LĐLĐ tỉnh Long An tổng kết hoạt động công đoàn năm 2016 và triển khai nhiệm vụ năm 2017.
Năm qua, LĐLĐ tỉnh kết nạp [[14.520|a]] đoàn viên (khu vực ngoài nhà nước [[13.870|b]], khu vực nhà nước [[650|c]]), thành lập [[57|d]] CĐCS (khu vực ngoài nhà nước [[52|e]], khu vực nhà nước [[5|f]]). Kết nạp đoàn viên đạt [[121%|k]] kế hoạch.
Tuy nhiên, do nhiều doanh nghiệp giải thể, chuyển địa bàn, số đoàn viên giảm [[6.310|g]], CĐCS giảm [[31|h]]; tăng thực [[8.210|i]] đoàn viên và [[26|j]] CĐCS.
Hiện toàn tỉnh có [[1.326|l]] CĐCS với [[189.400|m]] đoàn viên, chiếm 68% tổng số lao động trong các đơn vị có tổ chức công đoàn.
Ông Võ Văn Quốc Thanh, Chủ tịch LĐLĐ tỉnh cho biết, số đoàn viên kết nạp năm 2016 tăng 1.150 người so với năm 2015, nhưng tốc độ phát triển đoàn viên vẫn chưa theo kịp tốc độ thu hút đầu tư; toàn tỉnh còn khoảng 1.700 doanh nghiệp từ 25 lao động trở lên chưa thành lập công đoàn.
Năm 2017, LĐLĐ tỉnh phấn đấu kết nạp [[12 nghìn|n]] đoàn viên. Dịp này, 20 tập thể, 35 cá nhân được LĐLĐ tỉnh khen thưởng.
Kim Ngân
""", [
    r("a2", "members_new", "y2016", b="over", n="headline repeat of 14.520 ('hơn 14.500'): body's period (gold README 1)"),
    r("a", "members_new", "y2016", n=NAMQUA),
    r("b", "members_new", "y2016", sc="khu vực ngoài nhà nước", n="parenthetical breakdown (gold README 6)"),
    r("c", "members_new", "y2016", sc="khu vực nhà nước", n="parenthetical breakdown (gold README 6)"),
    r("d", "unions_new", "y2016"),
    r("e", "unions_new", "y2016", sc="khu vực ngoài nhà nước", n="parenthetical breakdown (gold README 6)"),
    r("f", "unions_new", "y2016", sc="khu vực nhà nước", n="parenthetical breakdown (gold README 6)"),
    r("k", "members_new", "y2016", st="attainment", n="'Kết nạp đoàn viên đạt 121% kế hoạch' -> attainment of members_new"),
    r("g", "members_lost", "y2016"),
    r("h", "unions_dissolved", "y2016", n="'CĐCS giảm 31' -> a decrease of unions (indicators.tsv unions_dissolved)"),
    r("i", "members_net", "y2016"),
    r("j", "unions_net", "y2016", n="'tăng thực ... và 26 CĐCS' -> unions_net"),
    r("l", "unions_total", "pub", n="'Hiện toàn tỉnh có' stock at publication; 'chiếm 68%' is a share: no record"),
    r("m", "members_total", "pub"),
    r("n", "members_new", "y2017", st="target", v=12000, n="'12 nghìn' = 12000; awards (20 tập thể, 35 cá nhân) are not records"),
])

# u12: Công đoàn các KCN tỉnh Bắc Giang, first half of 2021
doc("u12", "http://baobacgiang.vn/bg/xa-hoi/375812/186-doanh-nghiep-trong-kcn-to-chuc-hoi-nghi-nguoi-lao-dong.html", "2021-07-16", "Bắc Giang", """Bắc Giang: [[186|a2]] doanh nghiệp trong KCN tổ chức hội nghị người lao động
Thứ Sáu, 16/07/2021, 09:12
BBG - 6 tháng đầu năm 2021, dù chịu ảnh hưởng nặng nề của dịch Covid-19, Công đoàn các KCN tỉnh Bắc Giang vẫn hướng dẫn [[186|a]] doanh nghiệp tổ chức hội nghị người lao động, đạt [[89%|b]] kế hoạch; [[142|c]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc; ký mới [[23|d]] bản thoả ước lao đông tập thể.
Trong cùng thời gian, Công đoàn các KCN thành lập [[12|j]] CĐCS, kết nạp [[5.406|k]] đoàn viên.
Trong đợt dịch bùng phát tại KCN Quang Châu, Vân Trung hồi tháng 5, Công đoàn đã hỗ trợ [[1,2 nghìn|e]] công nhân bị cách ly tập trung với tổng số tiền [[960 triệu|f]] đồng, mức 800.000 đồng/người.
Trong 6 tháng, toàn bộ [[42|g]] doanh nghiệp có bếp ăn tập thể trong KCN đã được vận động nâng mức bữa ăn ca, bình quân đạt 22.000 đồng/suất.
Đến nay, Công đoàn các KCN có [[398|h]] CĐCS với hơn [[127.000|i]] đoàn viên.
Chỉ tiêu 6 tháng cuối năm: thành lập [[15|m]] CĐCS, kết nạp [[năm nghìn|l]] đoàn viên.
Thu Hương
""", [
    r("a2", "worker_conferences", "h1-2021", sc="Công đoàn các KCN", n="headline repeat of 186: body's period (gold README 1)"),
    r("a", "worker_conferences", "h1-2021", sc="Công đoàn các KCN", n="a KCN union gives its province (records.md regions)"),
    r("b", "worker_conferences", "h1-2021", st="attainment", sc="Công đoàn các KCN"),
    r("c", "workplace_dialogues", "h1-2021", sc="Công đoàn các KCN"),
    r("d", "collective_agreements", "h1-2021", sc="Công đoàn các KCN", n="scraped typos 'thoả ước lao đông' kept; still collective_agreements"),
    r("j", "unions_new", "h1-2021", sc="Công đoàn các KCN", n="'Trong cùng thời gian' points back to 6 tháng đầu năm 2021"),
    r("k", "members_new", "h1-2021", sc="Công đoàn các KCN"),
    r("e", "beneficiaries", "mo2021-05", sc="Công đoàn các KCN", v=1200, n="'1,2 nghìn' = 1200; 'hồi tháng 5' year-less -> May of the publication year (records.md)"),
    r("f", "support_funds", "mo2021-05", sc="Công đoàn các KCN", n="'800.000 đồng/người' is per-item"),
    r("g", "meal_upgrades", "h1-2021", sc="Công đoàn các KCN", n="'22.000 đồng/suất' is the meal level (threshold), not a record; 'Trong 6 tháng' -> 6 tháng đầu năm 2021"),
    r("h", "unions_total", "pub", sc="Công đoàn các KCN", n="'Đến nay ... có' stock at publication (gold README 7)"),
    r("i", "members_total", "pub", b="over", sc="Công đoàn các KCN"),
    r("m", "unions_new", "h2-2021", st="target", sc="Công đoàn các KCN", n="'Chỉ tiêu 6 tháng cuối năm' -> target, Jul..Dec of the publication year"),
    r("l", "members_new", "h2-2021", st="target", sc="Công đoàn các KCN", v=5000, n="'năm nghìn' = 5000 in words"),
])

# u13: undated page of Công đoàn ngành Y tế Thái Bình, year 2019
doc("u13", "http://ldld.thaibinh.gov.vn/tin-tuc/cong-doan-nganh-y-te-tong-ket-nam-2019.html", None, "Thái Bình", """Công đoàn ngành Y tế tổng kết công tác năm 2019
Tác giả: Ban Tuyên giáo - Công đoàn ngành Y tế
Năm 2019, Công đoàn ngành Y tế Thái Bình đã chỉ đạo [[64/64|a]] đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Toàn ngành kết nạp [[412|b]] đoàn viên, thành lập [[2|c]] CĐCS tại bệnh viện tư nhân.
Công đoàn ngành tổ chức [[15|d]] hội nghị tuyên truyền Bộ luật Lao động năm 2019 cho [[3.200|e]] lượt đoàn viên; thăm hỏi [[1.106|f]] lượt đoàn viên ốm đau, gia đình gặp hoạn nạn với số tiền [[486,5 triệu|g]] đồng. Quỹ Mái ấm Công đoàn của ngành hỗ trợ xây [[một|h]] nhà cho đoàn viên Bệnh viện Nhi, mức hỗ trợ 50 triệu đồng/nhà.
Hiện Công đoàn ngành có [[64|i]] CĐCS với [[7.850|j]] đoàn viên, trong đó nữ chiếm 73%.
Năm 2020, Công đoàn ngành phấn đấu kết nạp [[300|k]] đoàn viên; hướng dẫn 100% CĐCS tổ chức Đại hội nhiệm kỳ 2020 - 2025 đúng tiến độ.
Phát biểu tại hội nghị, đồng chí Chủ tịch Công đoàn ngành đề nghị các CĐCS quan tâm hơn nữa tới đời sống của y, bác sĩ tuyến huyện, nơi thu nhập bình quân mới đạt khoảng 6,5 triệu đồng/người/tháng.
""", [
    r("a", "official_conferences", "y2019", sc="Công đoàn ngành Y tế", v=64, n="'64/64 đơn vị' -> 64 (records.md '03/03'); the page is undated but the sentence names 2019"),
    r("b", "members_new", "y2019", sc="Công đoàn ngành Y tế"),
    r("c", "unions_new", "y2019", sc="Công đoàn ngành Y tế"),
    r("d", "trainings", "y2019", sc="Công đoàn ngành Y tế", n="'hội nghị tuyên truyền' -> trainings (challenge3 convention); 'Bộ luật Lao động năm 2019' is a year"),
    r("e", "trainees", "y2019", sc="Công đoàn ngành Y tế"),
    r("f", "beneficiaries", "y2019", sc="Công đoàn ngành Y tế"),
    r("g", "support_funds", "y2019", sc="Công đoàn ngành Y tế", n="'486,5 triệu' = 486 500 000"),
    r("h", "shelter_houses", "y2019", sc="Công đoàn ngành Y tế", v=1, n="word number 'một' = 1 (records.md); '50 triệu đồng/nhà' is per-item: no shelter_funds record"),
    r("i", "unions_total", None, sc="Công đoàn ngành Y tế", n="'Hiện' stock with no publication date -> null..null (records.md)"),
    r("j", "members_total", None, sc="Công đoàn ngành Y tế", n="stock, undated page -> null..null; 'nữ chiếm 73%' share, no record"),
    r("k", "members_new", "y2020", st="target", sc="Công đoàn ngành Y tế", n="'100% CĐCS tổ chức Đại hội' is a share, no record"),
])

# u14: Cà Mau (mới) with Bạc Liêu (cũ), 2025 results and 2026 targets
doc("u14", "https://baocamau.vn/cong-doan-ca-mau-vuot-chi-tieu-phat-trien-doan-vien-nam-2025-a41230.html", "2026-01-20", "Cà Mau", """Công đoàn Cà Mau vượt chỉ tiêu phát triển đoàn viên năm 2025
20/01/2026 - 08:05
(CMO) Năm 2025, dù trải qua việc sắp xếp bộ máy, LĐLĐ tỉnh Cà Mau (mới) vẫn kết nạp [[6.084|a]] đoàn viên, thành lập [[41|b]] CĐCS, vượt [[12%|c]] chỉ tiêu phát triển đoàn viên. Khu vực Bạc Liêu (cũ) đóng góp [[2.530|d]] đoàn viên mới và [[17|e]] CĐCS.
Sau khi sắp xếp, toàn tỉnh có 64 công đoàn xã, phường. Trong năm, Công đoàn phường Bạc Liêu (trước đây thuộc TP Bạc Liêu) thành lập [[3|g]] CĐCS tại các doanh nghiệp chế biến thủy sản. Các cấp công đoàn thành lập [[11|n]] Ban nữ công quần chúng; các CĐCS ký mới [[96|j]] bản thỏa ước lao động tập thể.
Chương trình "Tết Sum vầy" năm 2025 chăm lo [[21.400|h]] lượt đoàn viên, người lao động với kinh phí [[10,7 tỷ|i]] đồng. Khoảng 65% đoàn viên của tỉnh là lao động nữ.
Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[6.500|k]] đoàn viên, thành lập [[45|l]] CĐCS, giới thiệu [[300|m]] đoàn viên ưu tú cho Đảng xem xét kết nạp.
Tin liên quan
- Cà Mau: 1.500 công nhân được hỗ trợ vé xe về quê đón Tết
- Trao 20 Mái ấm Công đoàn tại xã Đất Mũi
""", [
    r("a", "members_new", "y2025", n="merged province's own total, region = its post-merger name (records.md Regions)"),
    r("b", "unions_new", "y2025"),
    r("c", "members_new", "y2025", st="attainment", v=112, n="'vượt 12% chỉ tiêu phát triển đoàn viên' -> 112 (records.md), bound exact, attainment of members_new"),
    r("d", "members_new", "y2025", reg="Bạc Liêu", sc="khu vực Bạc Liêu (cũ)", n="old-province area -> pre-merger name"),
    r("e", "unions_new", "y2025", reg="Bạc Liêu", sc="khu vực Bạc Liêu (cũ)", n="the noun 'mới' is only on the members; '17 CĐCS' continues 'đóng góp ... mới' -> unions_new"),
    r("g", "unions_new", "y2025", reg="Bạc Liêu", sc="Công đoàn phường Bạc Liêu", n="'(trước đây thuộc TP Bạc Liêu)' allows the pre-merger name; the 64 công đoàn xã, phường are upper-level unions: no record"),
    r("n", "women_committees", "y2025"),
    r("j", "collective_agreements", "y2025"),
    r("h", "beneficiaries", "y2025", n="'Tết Sum vầy năm 2025' -> year 2025 (dev x07/y01)"),
    r("i", "support_funds", "y2025", n="'Khoảng 65%' is a share: no record"),
    r("k", "members_new", "y2026", st="target"),
    r("l", "unions_new", "y2026", st="target"),
    r("m", "party_referrals", "y2026", st="target", n="Tin liên quan items (1.500, 20) are side stories: no record"),
])

# u15: Hải Dương, support during Covid-19, 2020
doc("u15", "https://baohaiduong.vn/xa-hoi/hai-duong-hon-5-6-ty-dong-ho-tro-nguoi-lao-dong-bi-anh-huong-dich-covid-19-143920", "2020-08-28", "Hải Dương", """Hải Dương: Hơn [[5,6 tỷ|j]] đồng hỗ trợ người lao động bị ảnh hưởng dịch Covid-19
28/08/2020 16:40
Từ đầu năm đến nay, các cấp công đoàn tỉnh Hải Dương đã hỗ trợ [[11.362|a]] đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19, tổng số tiền [[5 tỷ 680 triệu|b]] đồng. Mỗi trường hợp được hỗ trợ 500.000 đồng; đoàn viên phải cách ly tập trung nhận 1 triệu đồng.
Trong đó, LĐLĐ tỉnh hỗ trợ từ nguồn tài chính công đoàn cấp tỉnh [[2.140|c]] trường hợp với [[1,07 tỷ|d]] đồng; Công đoàn các KCN hỗ trợ [[4.500|e]] công nhân. Việc hỗ trợ thực hiện theo Quyết định 2279/QĐ-TLĐ của Tổng LĐLĐ Việt Nam, bên cạnh gói hỗ trợ 62.000 tỷ đồng của Chính phủ theo Nghị quyết 42/NQ-CP.
Công đoàn phối hợp tổ chức đối thoại tại [[35|f]] doanh nghiệp gặp khó khăn để giải quyết chế độ cho người lao động phải ngừng việc; tư vấn pháp luật cho [[860|g]] lượt người lao động qua đường dây nóng 0220.3852.111.
Do nhiều doanh nghiệp cắt giảm lao động, số đoàn viên giảm [[1.930|h]]; có [[7|i]] CĐCS giải thể. Trên 95% CĐCS đã nộp kinh phí công đoàn đầy đủ.
Lượt xem: 856
""", [
    r("j", "support_funds", "2020-01-01..pub", b="over", v=5600000000, n="headline repeat of 5 tỷ 680 triệu rounded ('Hơn 5,6 tỷ'): body's period (gold README 1)"),
    r("a", "beneficiaries", "2020-01-01..pub", n="'Từ đầu năm đến nay' -> 1 Jan .. publication (records.md)"),
    r("b", "support_funds", "2020-01-01..pub", v=5680000000, n="'5 tỷ 680 triệu' = 5 680 000 000; 'Mỗi trường hợp ... 500.000 đồng', '1 triệu đồng' are per-item"),
    r("c", "beneficiaries", "2020-01-01..pub", sc="LĐLĐ tỉnh", n="breakdown 'Trong đó' (gold README 6)"),
    r("d", "support_funds", "2020-01-01..pub", sc="LĐLĐ tỉnh"),
    r("e", "beneficiaries", "2020-01-01..pub", sc="Công đoàn các KCN", n="the national 62.000 tỷ package and document numbers are not records"),
    r("f", "workplace_dialogues", "2020-01-01..pub"),
    r("g", "legal_consultations", "2020-01-01..pub", n="the hotline number is not a record"),
    r("h", "members_lost", "2020-01-01..pub"),
    r("i", "unions_dissolved", "2020-01-01..pub", n="'Trên 95% CĐCS' is a share, no record"),
])
