"""k21-k25"""
from mk import art, r, Y, H1, H2, Q, M, SPAN, SY, D, NM, PUB, NUL

# ---------------------------------------------------------------- k21
art("k21", "https://baothuathienhue.vn/chinh-tri-xa-hoi/trung-tam-tu-van-phap-luat-cong-doan-tinh-ho-tro-phap-ly-cho-hon-1700-luot-nguoi-lao-dong-a77812.html",
    None, """Trung tâm Tư vấn pháp luật Công đoàn tỉnh: Hỗ trợ pháp lý cho hơn 1.700 lượt người lao động

22/08/2019 14:25

(TTH) - Từ đầu năm đến nay, Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn trực tiếp và qua điện thoại cho 1.735 lượt đoàn viên, người lao động, đạt 86,8% kế hoạch năm; tham gia bảo vệ quyền lợi cho 12 người lao động tại tòa án, giúp họ nhận lại hơn 350 triệu đồng tiền lương, trợ cấp.

Cùng thời gian, LĐLĐ tỉnh phối hợp tổ chức 27 hội nghị tuyên truyền Bộ luật Lao động cho 3.240 lượt đoàn viên tại các KCN Phú Bài, Phong Điền và các CĐCS thuộc LĐLĐ thị xã Hương Thủy. Công đoàn ngành Y tế tỉnh tổ chức 3 lớp tập huấn kỹ năng thương lượng cho 210 cán bộ công đoàn.

Hiện Trung tâm có 8 tư vấn viên và 14 cộng tác viên ở các huyện, thị xã.

Quý IV/2019, Trung tâm phấn đấu tư vấn cho ít nhất 800 lượt người lao động thông qua các buổi tư vấn lưu động tại doanh nghiệp.

Đường dây nóng tư vấn pháp luật: 0234.3822.169

Bảo Minh""", "Thừa Thiên Huế", [
    r("legal_consultations", 1700, "hơn [[1.700]] lượt", bound="over", per=("2019-01-01", "2019-08-22"),
      note="headline repeat (rounded) of 1.735: body's period; province only in the site and the (TTH) tag"),
    r("legal_consultations", 1735, "cho [[1.735]] lượt", per=("2019-01-01", "2019-08-22"),
      note="year-less 'Từ đầu năm đến nay' with no 'published' but a dateline 22/08/2019 -> 2019-01-01..2019-08-22 (dateline = publication date, challenge5 convention); '12 người lao động tại tòa án' and '350 triệu' fit no code"),
    r("legal_consultations", 86.8, "đạt [[86,8%]] kế hoạch năm", status="attainment", per=("2019-01-01", "2019-08-22"),
      note="attainment of the yearly plan takes the achieved figure's span"),
    r("trainings", 27, "tổ chức [[27]] hội nghị", per=("2019-01-01", "2019-08-22"),
      note="'Cùng thời gian' -> the same span; 'hội nghị tuyên truyền' -> trainings; KCN and town unions -> province"),
    r("trainees", 3240, "cho [[3.240]] lượt", per=("2019-01-01", "2019-08-22")),
    r("trainings", 3, "tổ chức [[3]] lớp tập huấn", per=("2019-01-01", "2019-08-22"), scope="Công đoàn ngành Y tế tỉnh",
      note="no period phrase in the sentence: nearest earlier 'Cùng thời gian'"),
    r("trainees", 210, "cho [[210]] cán bộ", per=("2019-01-01", "2019-08-22"), scope="Công đoàn ngành Y tế tỉnh"),
    r("legal_consultations", 800, "ít nhất [[800]] lượt", status="target", bound="over", per=Q(4, 2019),
      note="staff counts (8 tư vấn viên, 14 cộng tác viên) and the hotline are not records"),
], dateline="2019-08-22", kind="legal aid centre; dateline only; 'Từ đầu năm đến nay' + 'Cùng thời gian'; hotline")

# ---------------------------------------------------------------- k22
art("k22", "https://laodongthudo.vn/quan-hoang-mai-41-doanh-nghiep-nang-chat-luong-bua-an-ca-67215.html",
    "2018-03-15", """Quận Hoàng Mai: 41 doanh nghiệp nâng chất lượng bữa ăn ca

15/03/2018 09:30

(LĐTĐ) Năm 2017, LĐLĐ quận Hoàng Mai đã chỉ đạo các CĐCS thương lượng với người sử dụng lao động điều chỉnh bữa ăn ca tại 41 doanh nghiệp, nâng mức bình quân từ 15.000 đồng lên 20.000 đồng/suất; ký kết 63 bản thỏa ước lao động tập thể (vượt 5% kế hoạch), trong đó 19 bản được đánh giá, xếp loại A.

Quý I/2018, LĐLĐ quận tiếp tục tổ chức giám sát việc thực hiện chế độ, chính sách tại 12 doanh nghiệp, phát hiện 4 doanh nghiệp chậm đóng kinh phí công đoàn.

Hiện LĐLĐ quận có 312 CĐCS với 21.450 đoàn viên, trong đó 148 CĐCS ở doanh nghiệp ngoài nhà nước.

Năm 2018, LĐLĐ quận phấn đấu có thêm 30 doanh nghiệp điều chỉnh bữa ăn ca theo hướng bảo đảm dinh dưỡng, ký mới 40 bản thỏa ước lao động tập thể.

Ông Đỗ Văn Thành, Chủ tịch LĐLĐ quận cho biết, khó khăn lớn nhất hiện nay là nhiều doanh nghiệp nhỏ chưa mặn mà với việc thương lượng tập thể.

Kim Oanh""", "Hà Nội", [
    r("meal_upgrades", 41, "Hoàng Mai: [[41]] doanh nghiệp", per=Y(2017), scope="LĐLĐ quận Hoàng Mai",
      note="headline repeat of the body's 41: takes 'Năm 2017'; Hà Nội only from the site (laodongthudo.vn) and the district"),
    r("meal_upgrades", 41, "tại [[41]] doanh nghiệp", per=Y(2017), scope="LĐLĐ quận Hoàng Mai",
      note="district union -> province; the meal levels 15.000 and 20.000 đồng are not records"),
    r("collective_agreements", 63, "ký kết [[63]] bản", per=Y(2017), scope="LĐLĐ quận Hoàng Mai"),
    r("collective_agreements", 105, "vượt [[5%]] kế hoạch", status="attainment", per=Y(2017), scope="LĐLĐ quận Hoàng Mai",
      note="'vượt 5% kế hoạch' -> 105, bound exact (records.md; dev m01)"),
    r("collective_agreements", 19, "trong đó [[19]] bản", per=Y(2017), scope="LĐLĐ quận Hoàng Mai, thỏa ước xếp loại A",
      note="breakdown (trong đó) of the 63 signed agreements (gold README 6)"),
    r("supervisions", 12, "tại [[12]] doanh nghiệp", per=Q(1, 2018), scope="LĐLĐ quận Hoàng Mai",
      note="'giám sát ... tại 12 doanh nghiệp' -> supervisions in units (challenge convention); quý I/2018 although published on 15 March; '4 doanh nghiệp chậm đóng' is not a record"),
    r("unions_total", 312, "có [[312]] CĐCS", per=PUB, scope="LĐLĐ quận Hoàng Mai", note="stock -> publication date"),
    r("members_total", 21450, "với [[21.450]] đoàn viên", per=PUB, scope="LĐLĐ quận Hoàng Mai"),
    r("unions_total", 148, "trong đó [[148]] CĐCS", per=PUB, scope="LĐLĐ quận Hoàng Mai, doanh nghiệp ngoài nhà nước",
      note="breakdown of the stock"),
    r("meal_upgrades", 30, "thêm [[30]] doanh nghiệp", status="target", per=Y(2018), scope="LĐLĐ quận Hoàng Mai"),
    r("collective_agreements", 40, "ký mới [[40]] bản", status="target", per=Y(2018), scope="LĐLĐ quận Hoàng Mai"),
], kind="district union of Hà Nội on the capital's labour paper; region from site")

# ---------------------------------------------------------------- k23
art("k23", "https://baogialai.com.vn/gia-lai-so-doan-vien-cong-doan-tang-tuyet-doi-2105-nguoi-post128734.html",
    None, """Gia Lai: Số đoàn viên công đoàn tăng tuyệt đối 2.105 người

(GLO)- Năm 2019, Liên đoàn Lao động tỉnh Gia Lai đã chỉ đạo các cấp công đoàn kêt nạp 4.860 đoàn viên, thành lập mới 31 CĐCS. Do nhiều doanh nghiệp giải thể, cổ phần hóa, chuyển đổi mô hình hoạt động, có 2.755 đoàn viên giảm và 12 CĐCS giải thể; như vậy, số đoàn viên tăng tuyệt đối 2.105 người, CĐCS tăng thực 19 đơn vị.

LĐLĐ huyện Chư Sê và LĐLĐ thị xã An Khê đã phối hợp thành lập 7 Ban nữ công quần chúng tại các CĐCS doanh nghiệp có đông lao động nữ.

Hiện toàn tỉnh có 1.452 CĐCS với 58.930 đoàn viên.

Năm 2020, LĐLĐ tỉnh đề ra chỉ tiêu kết nạp 5.000 đoàn viên, thành lập 35 CĐCS, tăng tuyệt đối 2.500 đoàn viên.

Tin liên quan
Chư Păh: Trao 20 suất quà cho công nhân cao su

Minh Phương""", "Gia Lai", [
    r("members_net", 2105, "tuyệt đối [[2.105]] người\n", per=Y(2019),
      note="headline repeat of the body's 2.105: takes 'Năm 2019'"),
    r("members_new", 4860, "kêt nạp [[4.860]] đoàn viên", per=Y(2019), note="typo 'kêt nạp' in the source"),
    r("unions_new", 31, "thành lập mới [[31]] CĐCS", per=Y(2019)),
    r("members_lost", 2755, "có [[2.755]] đoàn viên giảm", per=Y(2019)),
    r("unions_dissolved", 12, "và [[12]] CĐCS giải thể", per=Y(2019)),
    r("members_net", 2105, "tuyệt đối [[2.105]] người,", per=Y(2019)),
    r("unions_net", 19, "tăng thực [[19]] đơn vị", per=Y(2019)),
    r("women_committees", 7, "thành lập [[7]] Ban nữ công", per=Y(2019), scope="LĐLĐ huyện Chư Sê và LĐLĐ thị xã An Khê",
      note="no period phrase in the sentence: nearest earlier 'Năm 2019'; district and town unions -> province"),
    r("unions_total", 1452, "có [[1.452]] CĐCS", per=NUL, note="stock, no publication date -> null..null"),
    r("members_total", 58930, "với [[58.930]] đoàn viên", per=NUL, note="stock, no publication date -> null..null"),
    r("members_new", 5000, "kết nạp [[5.000]] đoàn viên", status="target", per=Y(2020)),
    r("unions_new", 35, "thành lập [[35]] CĐCS", status="target", per=Y(2020)),
    r("members_net", 2500, "tuyệt đối [[2.500]] đoàn viên", status="target", per=Y(2020)),
], kind="membership flows: new, lost, net (members and unions), undated stocks, Tin liên quan")

# ---------------------------------------------------------------- k24
art("k24", "https://baoninhbinh.org.vn/cong-doan-khu-vuc-nam-dinh-hon-4100-doan-vien-duoc-ket-nap-trong-nam-2025-d91827.htm",
    "2026-03-06", """Công đoàn khu vực Nam Định: Hơn 4.100 đoàn viên được kết nạp trong năm 2025

06/03/2026 15:20

(BNBO) - Theo báo cáo của Liên đoàn Lao động tỉnh Ninh Bình, năm 2025, các cấp công đoàn thuộc khu vực Nam Định (trước đây là tỉnh Nam Định) đã kết nạp 4.126 đoàn viên, thành lập 22 CĐCS; năm 2024, các con số này là 3.580 đoàn viên và 17 CĐCS.

Năm 2025, Công đoàn phường Nam Định và Công đoàn phường Thiên Trường là hai đơn vị dẫn đầu, lần lượt kết nạp 612 và 480 đoàn viên.

Tính chung năm 2025, toàn tỉnh Ninh Bình (sau hợp nhất 3 tỉnh Hà Nam, Nam Định, Ninh Bình) kết nạp 10.350 đoàn viên, đạt 103,5% kế hoạch, thành lập 64 CĐCS; 2.140 doanh nghiệp tổ chức hội nghị người lao động.

Quý I/2026, LĐLĐ tỉnh phấn đấu thành lập 15 CĐCS, kết nạp 2.000 đoàn viên; riêng khu vực Nam Định 700 đoàn viên.

Lan Hương""", "Nam Định", [
    r("members_new", 4100, "Hơn [[4.100]] đoàn viên", bound="over", per=Y(2025), scope="khu vực Nam Định",
      note="headline repeat (rounded) of 4.126: body's region and period"),
    r("members_new", 4126, "kết nạp [[4.126]] đoàn viên", per=Y(2025), scope="khu vực Nam Định",
      note="'khu vực Nam Định (trước đây là tỉnh Nam Định)' -> Nam Định although the reporting body is the merged LĐLĐ tỉnh Ninh Bình (dev y15)"),
    r("unions_new", 22, "thành lập [[22]] CĐCS", per=Y(2025), scope="khu vực Nam Định"),
    r("members_new", 3580, "là [[3.580]] đoàn viên", per=Y(2024), scope="khu vực Nam Định",
      note="'năm 2024, các con số này là ...': previous-year figures of the same indicators; before the merger, so Nam Định without doubt"),
    r("unions_new", 17, "và [[17]] CĐCS", per=Y(2024), scope="khu vực Nam Định"),
    r("members_new", 612, "kết nạp [[612]] và", per=Y(2025), scope="Công đoàn phường Nam Định",
      note="post-merger ward of the former Nam Định city -> Nam Định; 'lần lượt' pair"),
    r("members_new", 480, "và [[480]] đoàn viên", per=Y(2025), scope="Công đoàn phường Thiên Trường",
      note="post-merger ward in the former Nam Định city -> Nam Định"),
    r("members_new", 10350, "kết nạp [[10.350]] đoàn viên", per=Y(2025), region="Ninh Bình",
      note="'toàn tỉnh Ninh Bình (sau hợp nhất 3 tỉnh ...)': the merged province as a whole -> Ninh Bình (challenge6 convention); '3 tỉnh' is not a record"),
    r("members_new", 103.5, "đạt [[103,5%]] kế hoạch", status="attainment", per=Y(2025), region="Ninh Bình"),
    r("unions_new", 64, "thành lập [[64]] CĐCS", per=Y(2025), region="Ninh Bình"),
    r("worker_conferences", 2140, "[[2.140]] doanh nghiệp tổ chức", per=Y(2025), region="Ninh Bình"),
    r("unions_new", 15, "thành lập [[15]] CĐCS", status="target", per=Q(1, 2026), region="Ninh Bình"),
    r("members_new", 2000, "kết nạp [[2.000]] đoàn viên", status="target", per=Q(1, 2026), region="Ninh Bình"),
    r("members_new", 700, "Nam Định [[700]] đoàn viên", status="target", per=Q(1, 2026), scope="khu vực Nam Định",
      note="breakdown of the Q1/2026 target for 'khu vực Nam Định' -> Nam Định"),
], kind="post-merger: old-province area, its wards and last year's figures vs merged Ninh Bình totals")

# ---------------------------------------------------------------- k25
art("k25", "https://baotayninh.vn/tay-ninh-hon-400-doanh-nghiep-to-chuc-doi-thoai-tai-noi-lam-viec-a61524.html",
    None, """Tây Ninh: Hơn 400 doanh nghiệp tổ chức đối thoại tại nơi làm việc

(BTNO) - Theo Liên đoàn Lao động tỉnh, năm 2016, các CĐCS đã phối hợp với người sử dụng lao động tổ chức đối thoại tại nơi làm việc ở 413 doanh nghiệp, trong đó 386 doanh nghiệp đối thoại định kỳ; tổ chức hội nghị người lao động tại l.124 doanh nghiệp, cơ quan, đơn vị, tăng 8% so với năm 2015.

Quý I/2017, Công đoàn các KCN tỉnh tham gia giải quyết 5 vụ ngừng việc tập thể tại KCN Trảng Bàng và KCN Phước Đông; vận động 14 doanh nghiệp điều chỉnh tăng bữa ăn giữa ca lên từ 15.000 đến 20.000 đồng/suất. Trong quý, UBKT Công đoàn các KCN cũng kiểm tra tài chính công đoàn tại 9 CĐCS.

Năm 2017, LĐLĐ tỉnh phấn đấu có ít nhất 450 doanh nghiệp tổ chức đối thoại định kỳ; 90% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Tin liên quan:
- Gò Dầu: Trao 50 suất quà cho công nhân khó khăn
- Hòa Thành kết nạp 320 đoàn viên mới

Trung Thành""", "Tây Ninh", [
    r("workplace_dialogues", 400, "Hơn [[400]] doanh nghiệp", bound="over", per=Y(2016),
      note="headline repeat (rounded) of 413: body's period (năm 2016); no publication date"),
    r("workplace_dialogues", 413, "ở [[413]] doanh nghiệp", per=Y(2016)),
    r("workplace_dialogues", 386, "trong đó [[386]] doanh nghiệp", per=Y(2016), scope="đối thoại định kỳ",
      note="breakdown (trong đó)"),
    r("worker_conferences", 1124, "tại [[l.124]] doanh nghiệp", per=Y(2016),
      note="scraping defect 'l.124' = 1.124 (records.md 'l.482' -> 1482); 'tăng 8% so với năm 2015' is a comparison"),
    r("meal_upgrades", 14, "vận động [[14]] doanh nghiệp", per=Q(1, 2017), scope="Công đoàn các KCN tỉnh",
      note="KCN union -> province; the meal levels 15.000-20.000 đồng and the '5 vụ ngừng việc' are not records"),
    r("financial_inspections", 9, "tại [[9]] CĐCS", per=Q(1, 2017), scope="UBKT Công đoàn các KCN",
      note="'Trong quý' refers back to Quý I/2017"),
    r("workplace_dialogues", 450, "ít nhất [[450]] doanh nghiệp", status="target", bound="over", per=Y(2017),
      note="'90% doanh nghiệp' is a rate, not a record"),
], kind="dialogues and workers' conferences; l.124 defect; undated; Tin liên quan")
