from lib import doc, r

# u16: Lao Động brief, Điện Biên, first half of 2023, numbers in words
doc("u16", "https://laodong.vn/cong-doan/dien-bien-thanh-lap-muoi-hai-cong-doan-co-so-trong-6-thang-1213407.ldo", "2023-07-06", "Điện Biên", """Điện Biên: Thành lập [[mười hai|a]] công đoàn cơ sở trong 6 tháng
Thứ Năm, 06/07/2023 10:48 (GMT+7)
LĐO - 6 tháng đầu năm 2023, LĐLĐ tỉnh Điện Biên đã thành lập [[12|b]] CĐCS, kết nạp [[1.087|c]] đoàn viên (ngoài nhà nước [[734|d]], nhà nước [[353|e]]), đạt [[54,3%|f]] kế hoạch năm. Số đoàn viên giam [[hai trăm bốn mươi|g]], chủ yếu do nghỉ hưu, chuyển công tác.
LĐLĐ tỉnh và các công đoàn cấp trên trực tiếp cơ sở đã tổ chức [[9|h]] hội nghị tập huấn nghiệp vụ cho [[760|i]] cán bộ công đoàn.
Dịp Tháng Công nhân năm 2023, các cấp công đoàn thăm, tặng [[1.415|j]] suất quà cho đoàn viên, người lao động, trị giá [[707 triệu|k]] đồng.
Ông Lò Văn Mừng, Chủ tịch LĐLĐ tỉnh cho biết, tỉnh có hơn 4.000 doanh nghiệp nhưng chỉ khoảng 180 doanh nghiệp sử dụng từ 10 lao động trở lên, nên việc phát triển đoàn viên khu vực ngoài nhà nước gặp nhiều khó khăn. Trong 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[900|l]] đoàn viên.
Văn Long
""", [
    r("a", "unions_new", "h1-2023", v=12, n="headline word number 'mười hai' = 12 repeats 12: body's period (gold README 1, records.md word numbers)"),
    r("b", "unions_new", "h1-2023"),
    r("c", "members_new", "h1-2023"),
    r("d", "members_new", "h1-2023", sc="ngoài nhà nước", n="parenthetical breakdown (gold README 6)"),
    r("e", "members_new", "h1-2023", sc="nhà nước", n="parenthetical breakdown (gold README 6)"),
    r("f", "members_new", "h1-2023", st="attainment", n="'đạt 54,3% kế hoạch năm' after the members -> attainment of members_new"),
    r("g", "members_lost", "h1-2023", v=240, n="'hai trăm bốn mươi' = 240 in words; scraped 'giam' (diacritic missing) = giảm -> members_lost"),
    r("h", "trainings", "h1-2023"),
    r("i", "trainees", "h1-2023"),
    r("j", "beneficiaries", "mo2023-05", n="'Tháng Công nhân năm 2023' -> May 2023 (records.md); gift packages count as beneficiaries"),
    r("k", "support_funds", "mo2023-05"),
    r("l", "members_new", "h2-2023", st="target", n="'hơn 4.000 doanh nghiệp', 'khoảng 180 doanh nghiệp' fit no code and 'từ 10 lao động trở lên' is a threshold: no records"),
])

# u17: thành phố Huế (formerly Thừa Thiên Huế), Phúc lợi đoàn viên and party work, 2025
doc("u17", "https://huengaynay.vn/chinh-polit-xa-hoi/phuc-loi-doan-vien-mo-rong-den-86-doi-tac-158921.html", "2025-12-10", "Thừa Thiên Huế", """Phúc lợi đoàn viên mở rộng đến [[86|b2]] đối tác
10/12/2025 07:30
(HNN) - Từ đầu năm đến nay, LĐLĐ thành phố Huế đã ký thỏa thuận hợp tác với [[14|a]] đối tác trong chương trình "Phúc lợi đoàn viên", nâng tổng số đối tác lên [[86|b]]. Đoàn viên mua hàng, sử dụng dịch vụ tại các đối tác được giảm giá từ 5 - 30%.
Đến nay, [[78.540|c]] đoàn viên trên địa bàn thành phố đã được cấp thẻ đoàn viên công đoàn điện tử.
Cũng từ đầu năm, các cấp công đoàn kết nạp [[3.410|f]] đoàn viên, thành lập [[16|g]] CĐCS; giới thiệu [[186|d]] đoàn viên ưu tú cho Đảng, trong đó [[92|e]] đoàn viên đã được kết nạp vào Đảng.
Tháng Công nhân năm 2025 được tổ chức tại [[1.120|i]] CĐCS; các cấp công đoàn dành [[3,2 tỷ|j]] đồng thăm hỏi, tặng quà cho [[9.600|k]] đoàn viên, người lao động.
Năm 2026, LĐLĐ thành phố phấn đấu ký thêm [[10|h]] thỏa thuận hợp tác với các đối tác mới.
Ý kiến bạn đọc (0)
""", [
    r("b2", "welfare_partners", "pub", n="headline repeat of the cumulative 86: body's period (gold README 1)"),
    r("a", "welfare_partners", "2025-01-01..pub", n="'thỏa thuận hợp tác ... Phúc lợi đoàn viên' -> welfare_partners (gold README 9); region: the pre-merger name of thành phố Huế is Thừa Thiên Huế (records.md: region by its name before the 2025 merger), region_2025 Huế; judgement call"),
    r("b", "welfare_partners", "pub", n="'nâng tổng số ... lên' -> dated at publication (records.md, challenge3 e08)"),
    r("c", "member_records", "pub", n="cumulative 'Đến nay ... đã được cấp thẻ' -> member_records at publication (challenge11 convention)"),
    r("f", "members_new", "2025-01-01..pub", n="'Cũng từ đầu năm' -> 1 Jan .. publication"),
    r("g", "unions_new", "2025-01-01..pub"),
    r("d", "party_referrals", "2025-01-01..pub"),
    r("e", "party_admitted", "2025-01-01..pub", n="'trong đó ... đã được kết nạp vào Đảng' -> party_admitted"),
    r("i", "workers_month_units", "mo2025-05"),
    r("j", "support_funds", "mo2025-05", n="same sentence as 'Tháng Công nhân năm 2025' -> May 2025"),
    r("k", "beneficiaries", "mo2025-05"),
    r("h", "welfare_partners", "y2026", st="target", n="'giảm giá từ 5 - 30%' is not a record"),
])

# u18: Sơn La, first half of 2018, undated page with Tin liên quan
doc("u18", "http://congdoansonla.org.vn/tin-tuc/so-ket-6-thang-dau-nam-2018-253.html", None, "Sơn La", """Sơ kết hoạt động công đoàn 6 tháng đầu năm 2018
Thu Hà - Ban Tổ chức LĐLĐ tỉnh
Chiều qua, LĐLĐ tỉnh Sơn La tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm 2018 với sự tham dự của 120 đại biểu.
6 tháng đầu năm 2018, LĐLĐ tỉnh Sơn La kêt nạp [[l.746|a]] đoàn viên, thành lập [[8|b]] CĐCS; giảm [[512|c]] đoàn viên, [[2|d]] CĐCS; tăng tuyệt đối [[1.234|e]] đoàn viên. Hiện toàn tỉnh có [[1.391|f]] CĐCS với [[63.200|g]] đoàn viên.
Công đoàn các cấp phối hợp tổ chức hội nghị cán bộ, công chức, viên chức ở [[1.102|h]] cơ quan, đơn vị; hội nghị người lao động tại [[61|i]] doanh nghiệp; tham gia [[22|j]] cuộc kiểm tra, giám sát việc thực hiện chế độ, chính sách; tư vấn pháp luật cho [[415|k]] lượt đoàn viên, người lao động.
Hội nghị đề ra 5 nhóm nhiệm vụ trọng tâm cho 6 tháng cuối năm 2018.
Tin liên quan
- Sơn La: 300 công nhân thủy điện được tặng quà
- Mộc Châu trao 2 Mái ấm Công đoàn
""", [
    r("a", "members_new", "h1-2018", v=1746, n="OCR 'l.746' -> 1746 (records.md 'l.482'), typo 'kêt nạp' kept; undated page: the period comes from the sentence (records.md)"),
    r("b", "unions_new", "h1-2018"),
    r("c", "members_lost", "h1-2018"),
    r("d", "unions_dissolved", "h1-2018", n="'giảm ... 2 CĐCS' -> unions_dissolved (indicators.tsv 'giảm / giải thể')"),
    r("e", "members_net", "h1-2018"),
    r("f", "unions_total", None, n="'Hiện toàn tỉnh có' stock with no publication date -> null..null (records.md)"),
    r("g", "members_total", None, n="stock, undated -> null..null"),
    r("h", "official_conferences", "h1-2018"),
    r("i", "worker_conferences", "h1-2018"),
    r("j", "supervisions", "h1-2018"),
    r("k", "legal_consultations", "h1-2018", n="120 delegates, '5 nhóm nhiệm vụ' and the Tin liên quan items are not records"),
])

# u19: Gia Lai (mới) with Bình Định (cũ): Workers' Month 2026 plan and Q1 results
doc("u19", "https://baogialai.com.vn/thang-cong-nhan-nam-2026-cham-lo-12000-doan-vien-post318402.html", "2026-04-24", "Gia Lai", """Tháng Công nhân năm 2026: Gia Lai dự kiến chăm lo [[12.000|a2]] đoàn viên, người lao động
24/04/2026 14:20
(GLO) - LĐLĐ tỉnh Gia Lai vừa ban hành Kế hoạch số 41/KH-LĐLĐ tổ chức Tháng Công nhân năm 2026 với chủ đề "Đoàn viên hạnh phúc - Doanh nghiệp phát triển".
Theo kế hoạch, LĐLĐ tỉnh dự kiến thăm, tặng quà [[12.000|a]] đoàn viên, người lao động với tổng kinh phí khoảng [[7,5 tỷ|b]] đồng; phấn đấu tổ chức Tháng Công nhân tại ít nhất [[1.500|c]] CĐCS; trao [[20|d]] nhà Mái ấm Công đoàn, mỗi nhà 60 triệu đồng; ký thỏa thuận hợp tác "Phúc lợi đoàn viên" với [[5|k]] doanh nghiệp.
Lễ phát động Tháng Công nhân cấp tỉnh dự kiến diễn ra ngày 1/5 tại phường Quy Nhơn với khoảng 1.000 công nhân tham gia.
Quý I/2026, toàn tỉnh kết nạp [[2.318|e]] đoàn viên, thành lập [[14|f]] CĐCS; trong đó khu vực phía Đông (Bình Định cũ) kết nạp [[1.590|g]] đoàn viên, thành lập [[9|h]] CĐCS.
Đến nay, toàn tỉnh có [[3.506|i]] CĐCS với [[226.780|j]] đoàn viên.
""", [
    r("a2", "beneficiaries", "mo2026-05", st="target", n="headline repeat of the planned 12.000: body's status and period (gold README 1)"),
    r("a", "beneficiaries", "mo2026-05", st="target", n="'Theo kế hoạch ... dự kiến' -> target (gold README 4); 'Tháng Công nhân năm 2026' -> May 2026; merged province's total, region = its post-merger name"),
    r("b", "support_funds", "mo2026-05", st="target", b="about"),
    r("c", "workers_month_units", "mo2026-05", st="target", b="over", n="'phấn đấu ... ít nhất' -> target, bound over"),
    r("d", "shelter_houses", "mo2026-05", st="target", n="planned item of the Workers' Month plan (gold README 4, 8); 'mỗi nhà 60 triệu đồng' is per-item"),
    r("k", "welfare_partners", "mo2026-05", st="target", n="planned item of the plan; 1.000 participants and 'Kế hoạch số 41' are not records"),
    r("e", "members_new", "q1-2026"),
    r("f", "unions_new", "q1-2026"),
    r("g", "members_new", "q1-2026", reg="Bình Định", sc="khu vực phía Đông (Bình Định cũ)", n="'(Bình Định cũ)' allows the pre-merger name"),
    r("h", "unions_new", "q1-2026", reg="Bình Định", sc="khu vực phía Đông (Bình Định cũ)"),
    r("i", "unions_total", "pub", n="'Đến nay ... có' stock at publication (gold README 7)"),
    r("j", "members_total", "pub"),
])

# u20: Đà Nẵng (mới) with Quảng Nam (cũ), year 2025
doc("u20", "https://baodanang.vn/cong-doan-da-nang-nam-2025-ket-nap-7920-doan-vien-3318820.html", "2025-12-23", "Đà Nẵng", """Công đoàn Đà Nẵng năm 2025: Kết nạp [[7.920|b2]] đoàn viên, cập nhật dữ liệu hơn [[312.000|a2]] đoàn viên
23/12/2025 18:00
Chiều 22/12, LĐLĐ thành phố Đà Nẵng (mới) tổ chức hội nghị tổng kết công tác năm 2025. Đây là năm đầu tiên thành phố hoạt động theo mô hình mới sau khi hợp nhất với tỉnh Quảng Nam và tổ chức lại 94 công đoàn xã, phường, đặc khu.
Năm 2025, LĐLĐ thành phố đã cập nhật dữ liệu [[312.400|a]] đoàn viên lên phần mềm quản lý đoàn viên của Tổng LĐLĐ Việt Nam; kết nạp [[7.920|b]] đoàn viên, thành lập [[63|c]] CĐCS, trong đó khu vực Quảng Nam (cũ) là [[3.140|d]] đoàn viên và [[22|e]] CĐCS. Riêng Công đoàn phường Hội An (Quảng Nam cũ) thành lập [[5|f]] CĐCS tại các doanh nghiệp du lịch.
Công doàn các cấp chăm lo [[46.300|g]] lượt đoàn viên với tổng kinh phí [[28,4 tỷ|h]] đồng; phối hợp tổ chức đối thoại tại nơi làm việc ở [[1.215|i]] doanh nghiệp, cơ quan, đơn vị.
Năm 2026, LĐLĐ thành phố đặt mục tiêu kết nạp [[8.000|j]] đoàn viên, thành lập [[60|k]] CĐCS.
Tin liên quan:
- Đà Nẵng: 2.000 vé xe miễn phí cho công nhân về quê đón Tết
- Quảng Nam (cũ): 15 CĐCS tổ chức Tháng Công nhân
""", [
    r("b2", "members_new", "y2025", n="headline repeat of 7.920: body's period (gold README 1)"),
    r("a2", "member_records", "y2025", b="over", n="headline repeat of 312.400 ('hơn 312.000'): body's period (gold README 1)"),
    r("a", "member_records", "y2025", n="entered into the membership software during 'Năm 2025' -> a flow of the year, not a cumulative stock (judgement call); " + "merged city's total, region = its post-merger name"),
    r("b", "members_new", "y2025"),
    r("c", "unions_new", "y2025"),
    r("d", "members_new", "y2025", reg="Quảng Nam", sc="khu vực Quảng Nam (cũ)", n="'trong đó khu vực Quảng Nam (cũ)' breakdown -> pre-merger name"),
    r("e", "unions_new", "y2025", reg="Quảng Nam", sc="khu vực Quảng Nam (cũ)"),
    r("f", "unions_new", "y2025", reg="Quảng Nam", sc="Công đoàn phường Hội An", n="'(Quảng Nam cũ)' allows the pre-merger name"),
    r("g", "beneficiaries", "y2025"),
    r("h", "support_funds", "y2025"),
    r("i", "workplace_dialogues", "y2025", n="the 94 commune unions are upper-level unions: no record"),
    r("j", "members_new", "y2026", st="target", n="'mục tiêu' -> target"),
    r("k", "unions_new", "y2026", st="target", n="Tin liên quan items are side stories: no record"),
])
