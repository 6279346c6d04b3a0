"""q11-q15"""
from lib import doc, g

# ------------------------------------------------------------------ q11
doc("q11", "https://baohatinh.vn/mai-am-cong-doan-diem-tua-cho-doan-vien-kho-khan-ve-nha-o-post281734.html",
    "2025-03-20", """
"Mái ấm Công đoàn" - điểm tựa cho đoàn viên khó khăn về nhà ở

20/03/2025 - 06:45

(Baohatinh.vn) - Năm 2024, các cấp công đoàn Hà Tĩnh đã hỗ trợ xây mới, sửa chữa 128 nhà "Mái ấm Công đoàn". Phóng viên Báo Hà Tĩnh có cuộc trao đổi với ông Trần Đình Gia, Phó Chủ tịch LĐLĐ tỉnh, về chương trình này.

PV: Thưa ông, xin ông cho biết những kết quả nổi bật của chương trình "Mái ấm Công đoàn" trong năm 2024?

Ông Trần Đình Gia: Năm 2024, LĐLĐ tỉnh và các công đoàn cấp trên cơ sở đã hỗ trợ xây mới 74 nhà, sửa chữa 54 nhà "Mái ấm Công đoàn", tổng cộng 128 nhà, vượt 28% kế hoạch năm; tổng kinh phí hỗ trợ là 3,96 tỷ đồng. Trong đó, LĐLĐ huyện Hương Khê hỗ trợ 17 nhà, nhiều nhất toàn tỉnh. Từ năm 2016 đến nay, toàn tỉnh đã hỗ trợ 1.052 nhà với tổng số tiền trên 31 tỷ đồng. Nhiều gia đình đoàn viên từ chỗ phải ở nhờ, ở nhà tạm đã có mái nhà kiên cố, yên tâm công tác.

Ông Trần Đình Gia trao kinh phí hỗ trợ xây nhà "Mái ấm Công đoàn" cho đoàn viên ở huyện Hương Khê, một trong 17 căn nhà được hỗ trợ tại huyện này năm 2024. Ảnh: Thiên Vỹ

PV: Nguồn lực để thực hiện chương trình đến từ đâu, thưa ông?

Ông Trần Đình Gia: Ngoài Quỹ Xã hội Công đoàn, chúng tôi vận động doanh nghiệp, nhà hảo tâm cùng đóng góp. Năm 2024, Quỹ "Mái ấm Công đoàn" tỉnh vận động được hơn 1,8 tỷ đồng. Mức hỗ trợ xây mới là 50 triệu đồng/nhà, sửa chữa 20 - 30 triệu đồng/nhà. Bên cạnh đó, LĐLĐ tỉnh đã ký thỏa thuận hợp tác với 12 doanh nghiệp trong Chương trình "Phúc lợi đoàn viên công đoàn", giúp đoàn viên được mua hàng, khám chữa bệnh với giá ưu đãi.

PV: Năm 2025, chương trình đặt mục tiêu như thế nào, thưa ông?

Ông Trần Đình Gia: Năm 2025, LĐLĐ tỉnh phấn đấu hỗ trợ xây mới, sửa chữa 120 nhà "Mái ấm Công đoàn", ưu tiên đoàn viên ở vùng thường xuyên bị ảnh hưởng bởi bão lũ; ký thỏa thuận hợp tác với thêm 8 đối tác trong Chương trình "Phúc lợi đoàn viên công đoàn". Chúng tôi cũng đề nghị các CĐCS rà soát, lập danh sách đoàn viên khó khăn về nhà ở để hỗ trợ kịp thời.

PV: Xin cảm ơn ông!

Thiên Vỹ (thực hiện)
""", "Hà Tĩnh", [
    g("sửa chữa [[128]] nhà \"Mái ấm Công đoàn\". Phóng viên", "shelter_houses", "y2024",
      n="sapo repeat of the answer's 128 houses; 'Năm 2024' in the sentence"),
    g("hỗ trợ xây mới [[74]] nhà", "shelter_houses", "y2024", sc="xây mới",
      n="breakdown (gold README 6)"),
    g("sửa chữa [[54]] nhà", "shelter_houses", "y2024", sc="sửa chữa"),
    g("tổng cộng [[128]] nhà", "shelter_houses", "y2024"),
    g("vượt [[28%]] kế hoạch năm", "shelter_houses", "y2024", st="P", v=128,
      n="'vượt 28% kế hoạch' -> 128, bound exact (dev m01); attached to the houses"),
    g("hỗ trợ là [[3,96 tỷ]] đồng", "shelter_funds", "y2024"),
    g("Hương Khê hỗ trợ [[17]] nhà", "shelter_houses", "y2024", sc="LĐLĐ huyện Hương Khê"),
    g("một trong [[17]] căn nhà", "shelter_houses", "y2024", sc="LĐLĐ huyện Hương Khê",
      n="caption repeat of the answer's 17 houses of Hương Khê: its period and scope (gold README 1)"),
    g("hỗ trợ [[1.052]] nhà", "shelter_houses", "2016-01-01..pub", n="'Từ năm 2016 đến nay' -> 2016-01-01 .. publication"),
    g("trên [[31 tỷ]] đồng", "shelter_funds", "2016-01-01..pub", b="o",
      n="money raised for the fund ('vận động được hơn 1,8 tỷ đồng') is not shelter_funds (dev x08); '50 triệu đồng/nhà' and '20 - 30 triệu đồng/nhà' are per-item amounts"),
    g("hợp tác với [[12]] doanh nghiệp", "welfare_partners", "y2024",
      n="'Năm 2024' earlier in the same answer"),
    g("sửa chữa [[120]] nhà", "shelter_houses", "y2025", st="T"),
    g("thêm [[8]] đối tác", "welfare_partners", "y2025", st="T"),
], about="interview on Mái ấm Công đoàn: 2024 houses with breakdown and vượt 28%, since 2016, welfare partners, 2025 targets")

# ------------------------------------------------------------------ q12
doc("q12", "https://baocantho.com.vn/cong-doan-tp-can-tho-hoan-thanh-vuot-muc-11-12-chi-tieu-nam-2024-a184522.html",
    "2024-12-20", """
Công đoàn TP Cần Thơ hoàn thành vượt mức 11/12 chỉ tiêu năm 2024

Thứ Sáu, 20/12/2024, 15:05 (GMT+7)

(CT) - Ngày 19-12, LĐLĐ TP Cần Thơ tổ chức hội nghị Ban Chấp hành mở rộng tổng kết công tác công đoàn năm 2024, triển khai phương hướng, nhiệm vụ năm 2025. Ông Nguyễn Văn Hòa, Chủ tịch LĐLĐ TP, chủ trì hội nghị.

Theo báo cáo, trong năm, các cấp công đoàn thành phố đã hoàn thành vượt mức 11/12 chỉ tiêu được giao. Cụ thể:

- Kêt nạp 5.636 đoàn viên, đạt 112,7% kế hoạch, tăng 15% so với năm 2023. Trong đó, LĐLĐ quận Ninh Kiều kết nạp 1.120 đoàn viên, dẫn đầu toàn thành phố;
- Thành lập 31 CĐCS, vượt 24% chỉ tiêu;
- Giới thiệu 612 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt 122% kế hoạch;
- Xây dựng, sửa chữa 56 "Mái ấm Công đoàn" với tổng kinh phí 2,8 tỷ đồng.

Tuy nhiên, do khó khăn về đơn hàng, số CĐCS giải thể trong năm là 14, chủ yếu ở các doanh nghiệp nhỏ. Chỉ tiêu duy nhất chưa đạt là tổ chức hội nghị người lao động tại doanh nghiệp ngoài nhà nước, mới đạt 86% kế hoạch (452/525 doanh nghiệp).

Phong trào thi đua "Lao động giỏi, lao động sáng tạo" thu hút đông đảo đoàn viên tham gia, với 326 sáng kiến được công nhận, giá trị làm lợi ước tính hơn 40 tỷ đồng. Công tác tuyên truyền được đổi mới theo hướng số hóa: trang thông tin điện tử và fanpage của LĐLĐ TP thu hút hơn 1,5 triệu lượt truy cập trong năm.

Công tác kiểm tra được tăng cường. Ủy ban Kiểm tra các cấp đã kiểm tra tài chính tại 186 CĐCS, qua đó kiến nghị thu hồi hơn 320 triệu đồng sử dụng chưa đúng quy định.

Năm 2025, LĐLĐ TP phấn đấu kết nạp 5.500 đoàn viên, thành lập 30 CĐCS; xây dựng, sửa chữa 50 "Mái ấm Công đoàn"; 100% doanh nghiệp có tổ chức công đoàn được hướng dẫn tổ chức hội nghị người lao động.

Đánh giá chung, ông Nguyễn Văn Hòa cho rằng kết quả năm 2024 là nền tảng quan trọng để Công đoàn thành phố bước vào năm 2025 với nhiều sự kiện lớn: kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước và 80 năm Cách mạng tháng Tám thành công.

Phát biểu tại hội nghị, ông Nguyễn Văn Hòa đề nghị các cấp công đoàn chủ động nắm tình hình việc làm, thu nhập, chuẩn bị chu đáo chương trình "Tết Sum vầy" Xuân Ất Tỵ 2025 để mọi đoàn viên, người lao động đều có Tết.

Tin, ảnh: Gia Bảo
""", "Cần Thơ", [
    g("Kêt nạp [[5.636]] đoàn viên", "members_new", "y2024",
      n="scraped typo 'Kêt nạp'; 'trong năm' in an article of 20 December 2024 -> 2024 (records.md table); the list takes it"),
    g("đạt [[112,7%]] kế hoạch", "members_new", "y2024", st="P",
      n="'tăng 15% so với năm 2023' is a comparison, not a record"),
    g("Ninh Kiều kết nạp [[1.120]] đoàn viên", "members_new", "y2024", sc="LĐLĐ quận Ninh Kiều"),
    g("Thành lập [[31]] CĐCS", "unions_new", "y2024"),
    g("vượt [[24%]] chỉ tiêu", "unions_new", "y2024", st="P", v=124, n="'vượt 24% chỉ tiêu' -> 124, bound exact (dev m01)"),
    g("Giới thiệu [[612]] đoàn viên ưu tú", "party_referrals", "y2024"),
    g("đạt [[122%]] kế hoạch", "party_referrals", "y2024", st="P"),
    g("sửa chữa [[56]] \"Mái ấm Công đoàn\" với", "shelter_houses", "y2024"),
    g("tổng kinh phí [[2,8 tỷ]] đồng", "shelter_funds", "y2024"),
    g("trong năm là [[14]], chủ yếu", "unions_dissolved", "y2024"),
    g("mới đạt [[86%]] kế hoạch", "worker_conferences", "y2024", st="P", sc="doanh nghiệp ngoài nhà nước",
      n="attainment of the workers' conferences target ('11/12 chỉ tiêu' counts plan items, not a record)"),
    g("([[452]]/525 doanh nghiệp)", "worker_conferences", "y2024", sc="doanh nghiệp ngoài nhà nước",
      n="'452/525 doanh nghiệp' -> 452 enterprises held the conference (as dev w12 '435/1.026'); 525 is the base, not a record"),
    g("kiểm tra tài chính tại [[186]] CĐCS", "financial_inspections", "y2024",
      n="'hơn 320 triệu đồng' to be recovered fits no code"),
    g("phấn đấu kết nạp [[5.500]] đoàn viên", "members_new", "y2025", st="T"),
    g("thành lập [[30]] CĐCS; xây dựng", "unions_new", "y2025", st="T"),
    g("sửa chữa [[50]] \"Mái ấm Công đoàn\";", "shelter_houses", "y2025", st="T"),
], about="year-end list with đạt/vượt attainments, an unmet target 452/525, district figure, 2025 targets")

# ------------------------------------------------------------------ q13
doc("q13", "https://baothaibinh.com.vn/tin-tuc/10/221436/quy-i-2025-cong-doan-thai-binh-cham-lo-tet-cho-gan-42000-doan-vien-nguoi-lao-dong",
    "2025-04-10", """
Quý I/2025: Công đoàn Thái Bình chăm lo Tết cho gần 42.000 đoàn viên, người lao động

10/04/2025 | 07:50

(BTB) - Chiều 9/4, LĐLĐ tỉnh Thái Bình tổ chức hội nghị giao ban công tác công đoàn quý I, triển khai nhiệm vụ quý II/2025. Dự hội nghị có lãnh đạo LĐLĐ các huyện, thành phố, công đoàn ngành và Công đoàn các Khu công nghiệp tỉnh.

Dịp Tết Nguyên đán Ất Tỵ 2025, các cấp công đoàn đã thăm hỏi, tặng quà cho 41.850 đoàn viên, người lao động với tổng kinh phí 28,4 tỷ đồng, trong đó LĐLĐ tỉnh trực tiếp trao 3.200 suất quà trị giá 3,2 tỷ đồng. Công đoàn các Khu công nghiệp phối hợp với doanh nghiệp tổ chức 12 chuyến xe miễn phí đưa 540 công nhân từ các tỉnh phía Nam về quê đón Tết.

Quý I/2025, toàn tỉnh kết nạp 1.124 đoàn viên (cùng kỳ năm 2024 kết nạp 986 đoàn viên), thành lập sáu CĐCS; 214 doanh nghiệp tổ chức hội nghị người lao động, 9 doanh nghiệp điều chỉnh tăng tiền ăn giữa ca cho công nhân. Ủy ban Kiểm tra LĐLĐ tỉnh kiểm tra tài chính tại 18 CĐCS, chủ yếu là các CĐCS khu vực sản xuất, kinh doanh.

Trong quý, LĐLĐ tỉnh đã tổ chức thành công Hội nghị đại biểu người lao động tỉnh Thái Bình lần thứ nhất với sự tham gia của 350 đại biểu là công nhân tiêu biểu; tiếp xúc, đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động tại Khu công nghiệp Tiền Hải, Cầu Nghìn.

Tuy vậy, hội nghị cũng nhận định tình hình lao động trên địa bàn còn tiềm ẩn nhiều yếu tố phức tạp: một số doanh nghiệp dệt may, da giày thiếu đơn hàng, cắt giảm giờ làm; đã xảy ra 2 vụ ngừng việc tập thể tại doanh nghiệp FDI.

Quý II/2025, LĐLĐ tỉnh phấn đấu kết nạp 1.500 đoàn viên, thành lập 8 CĐCS; tổ chức Tháng Công nhân năm 2025 với chủ đề "Công nhân Việt Nam tự hào tiến bước dưới cờ Đảng"; chuẩn bị tốt các điều kiện để thực hiện sắp xếp tổ chức công đoàn theo chủ trương của Trung ương.

Minh Thu
""", "Thái Bình", [
    g("Tết cho gần [[42.000]] đoàn viên", "beneficiaries", "y2025", b="u",
      n="headline repeat (rounded) of the body's 41.850: takes its period, Tết Ất Tỵ 2025 -> 2025, not the headline's 'Quý I/2025' (gold README 1)"),
    g("tặng quà cho [[41.850]] đoàn viên", "beneficiaries", "y2025",
      n="'Dịp Tết Nguyên đán Ất Tỵ 2025' -> calendar year 2025 (dev x07, y01)"),
    g("tổng kinh phí [[28,4 tỷ]] đồng", "support_funds", "y2025"),
    g("trao [[3.200]] suất quà", "beneficiaries", "y2025", sc="LĐLĐ tỉnh trực tiếp trao", n="breakdown 'trong đó'"),
    g("trị giá [[3,2 tỷ]] đồng", "support_funds", "y2025", sc="LĐLĐ tỉnh trực tiếp trao"),
    g("đưa [[540]] công nhân", "beneficiaries", "y2025", sc="Công đoàn các Khu công nghiệp",
      n="workers taken home free for Tết count as beneficiaries (challenge3 convention); '12 chuyến xe' fits no code"),
    g("kết nạp [[1.124]] đoàn viên", "members_new", "q1-2025"),
    g("năm 2024 kết nạp [[986]] đoàn viên", "members_new", "q1-2024",
      n="'cùng kỳ năm 2024' in a Q1 report -> Q1 2024"),
    g("thành lập [[sáu]] CĐCS", "unions_new", "q1-2025", n="number written as a word: 'sáu' -> 6 (records.md)"),
    g("[[214]] doanh nghiệp tổ chức hội nghị", "worker_conferences", "q1-2025"),
    g("[[9]] doanh nghiệp điều chỉnh tăng tiền ăn", "meal_upgrades", "q1-2025"),
    g("kiểm tra tài chính tại [[18]] CĐCS", "financial_inspections", "q1-2025",
      n="'2 vụ ngừng việc' later fits no code"),
    g("phấn đấu kết nạp [[1.500]] đoàn viên", "members_new", "q2-2025", st="T"),
    g("thành lập [[8]] CĐCS; tổ chức", "unions_new", "q2-2025", st="T"),
], about="Q1 report with Tết figures, cùng kỳ năm 2024, Q2 targets; rounded headline whose period is Tết, not the quarter")

# ------------------------------------------------------------------ q14
doc("q14", "http://baodongnai.com.vn/chinh-tri/202312/uy-ban-kiem-tra-cong-doan-cac-cap-kiem-tra-giam-sat-1268-cuoc-trong-nam-2023-3174582/",
    "2023-12-15", """
Ủy ban Kiểm tra công đoàn các cấp: Kiểm tra, giám sát 1.268 cuộc trong năm 2023

Cập nhật lúc 18:20, Thứ Sáu, 15/12/2023 (GMT+7)

(ĐN) - Ngày 15-12, Ủy ban Kiểm tra LĐLĐ tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2023 và triển khai nhiệm vụ năm 2024.

Từ đầu năm đến nay, Ủy ban Kiểm tra công đoàn các cấp trong tỉnh đã tiến hành 1.268 cuộc kiểm tra, giám sát, đạt 105,7% kế hoạch. Trong đó, kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam 412 cuộc; kiểm tra tài chính công đoàn 538 cuộc; giám sát 318 cuộc. Qua kiểm tra, đã kiến nghị thu hồi, nộp về công đoàn cấp trên hơn 1,2 tỷ đồng kinh phí sử dụng sai quy định.

Ủy ban Kiểm tra các cấp cũng tham gia cùng cơ quan chức năng 46 đoàn thanh tra, kiểm tra việc chấp hành pháp luật lao động tại doanh nghiệp; tiếp nhận, giải quyết 27 đơn thư khiếu nại, tố cáo của đoàn viên, người lao động.

Bà Lê Thị Hồng, Chủ nhiệm Ủy ban Kiểm tra LĐLĐ tỉnh cho biết: "Qua 538 cuộc kiểm tra tài chính, nhìn chung các đơn vị đã quản lý, sử dụng tài chính công đoàn đúng quy định. Tuy nhiên, vẫn còn CĐCS chi sai mục đích, chứng từ chưa đầy đủ".

Từ đầu nhiệm kỳ 2023 - 2028 đến nay, Ủy ban Kiểm tra LĐLĐ tỉnh đã trực tiếp kiểm tra tài chính tại 24 công đoàn cấp trên trực tiếp cơ sở, gồm LĐLĐ các huyện, thành phố, công đoàn ngành và Công đoàn các KCN.

Theo đánh giá của Ủy ban Kiểm tra LĐLĐ tỉnh, chất lượng các cuộc kiểm tra ngày càng được nâng lên, kết luận kiểm tra rõ ràng, kiến nghị cụ thể. Việc kiểm tra đột xuất khi có dấu hiệu vi phạm được thực hiện kịp thời. Tuy nhiên, đội ngũ ủy viên Ủy ban Kiểm tra ở cơ sở phần lớn kiêm nhiệm, ít được bồi dưỡng nghiệp vụ, nhất là ở khu vực doanh nghiệp ngoài nhà nước; một số CĐCS chưa xây dựng quy chế quản lý tài chính, tài sản theo hướng dẫn của Tổng LĐLĐ Việt Nam.

Năm 2024, Ủy ban Kiểm tra công đoàn các cấp phấn đấu kiểm tra tài chính ít nhất 550 cuộc, giám sát 300 cuộc; 100% công đoàn cấp trên trực tiếp cơ sở được kiểm tra tài chính ít nhất một lần trong nhiệm kỳ.

Hải Quân

Bình luận (0)
""", "Đồng Nai", [
    g("giám sát [[1.268]] cuộc trong năm 2023", "supervisions", "2023-01-01..pub",
      n="headline repeat of the body's 1.268: takes the body's period 'Từ đầu năm đến nay' (2023-01-01..publication), not the headline's 'năm 2023' (gold README 1)"),
    g("tiến hành [[1.268]] cuộc", "supervisions", "2023-01-01..pub",
      n="the total 'cuộc kiểm tra, giám sát' -> supervisions; it includes the financial inspections below (judgement call); 'Từ đầu năm đến nay' -> 2023-01-01..publication"),
    g("đạt [[105,7%]] kế hoạch", "supervisions", "2023-01-01..pub", st="P"),
    g("Việt Nam [[412]] cuộc", "supervisions", "2023-01-01..pub", sc="kiểm tra việc chấp hành Điều lệ Công đoàn",
      n="'kiểm tra việc chấp hành Điều lệ' -> supervisions, kept apart from 'kiểm tra tài chính' (challenge2/3 convention)"),
    g("tài chính công đoàn [[538]] cuộc", "financial_inspections", "2023-01-01..pub"),
    g("giám sát [[318]] cuộc", "supervisions", "2023-01-01..pub", sc="giám sát",
      n="'hơn 1,2 tỷ đồng' to be recovered fits no code"),
    g("tham gia cùng cơ quan chức năng [[46]] đoàn", "supervisions", "2023-01-01..pub",
      n="inspections joined ('tham gia ... đoàn thanh tra, kiểm tra') -> supervisions; '27 đơn thư' fits no code"),
    g("Qua [[538]] cuộc kiểm tra tài chính", "financial_inspections", "2023-01-01..pub",
      n="second mention of the same statistic in a quote: a record of its own (records.md)"),
    g("tài chính tại [[24]] công đoàn cấp trên", "financial_inspections", "2023-01-01..pub",
      n="'Từ đầu nhiệm kỳ 2023 - 2028 đến nay' -> 2023-01-01..publication"),
    g("ít nhất [[550]] cuộc", "financial_inspections", "y2024", st="T", b="o"),
    g("giám sát [[300]] cuộc;", "supervisions", "y2024", st="T",
      n="'ít nhất một lần' and '100%' are not records; 'Bình luận (0)' is a counter"),
], about="inspection committee year report: supervisions vs financial inspections, breakdown, repeated mention in a quote")

# ------------------------------------------------------------------ q15
doc("q15", "https://baoquangninh.vn/phat-huy-vai-tro-nu-cong-nhan-vien-chuc-lao-dong-trong-thoi-ky-moi-3321845.html",
    "2024-10-18", """
Phát huy vai trò nữ công nhân, viên chức, lao động trong thời kỳ mới

18/10/2024 07:25

Nhân kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2024), Ban Nữ công LĐLĐ tỉnh Quảng Ninh tổ chức tọa đàm "Nữ CNVCLĐ Quảng Ninh - Tự tin, bản lĩnh, sáng tạo" với sự tham gia của 150 nữ cán bộ công đoàn, nữ công nhân tiêu biểu.

Hiện toàn tỉnh có 98.760 nữ đoàn viên công đoàn, chiếm 41,2% tổng số đoàn viên. Lao động nữ tập trung đông trong các ngành giáo dục, y tế, dịch vụ du lịch và các doanh nghiệp điện tử tại các khu công nghiệp Đông Mai, Cái Lân, Texhong Hải Hà.

Những năm qua, đội ngũ nữ CNVCLĐ Quảng Ninh luôn phát huy vai trò nòng cốt trong các phong trào thi đua. Nhiều nữ đoàn viên là chủ nhân của các sáng kiến, giải pháp có giá trị, được tặng Bằng Lao động sáng tạo của Tổng LĐLĐ Việt Nam; nhiều nữ cán bộ công đoàn được tín nhiệm giữ cương vị chủ chốt.

Công tác nữ công

9 tháng năm 2024, các cấp công đoàn đã thành lập mới 36 Ban nữ công quần chúng tại các CĐCS doanh nghiệp ngoài nhà nước; tổ chức 74 lớp tập huấn, hội nghị tuyên truyền về bình đẳng giới, phòng chống bạo lực gia đình, quấy rối tình dục tại nơi làm việc cho hơn 9.600 lượt nữ đoàn viên, người lao động.

Công tác chăm lo cho nữ đoàn viên được chú trọng: 9 tháng qua, các cấp công đoàn đã thăm hỏi, tặng quà 5.430 lượt nữ đoàn viên có hoàn cảnh khó khăn với tổng số tiền 2,65 tỷ đồng; Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn cho 860 lượt lao động nữ về chế độ thai sản, nuôi con nhỏ, thời giờ làm việc.

Chia sẻ tại tọa đàm, bà Vũ Thị Thu Hà, Trưởng Ban Nữ công LĐLĐ tỉnh cho biết: "Năm 2023, toàn tỉnh thành lập 41 Ban nữ công quần chúng; năm nay, đến hết tháng 9 đã thành lập 36 ban. Cả nước hiện có hơn 5 triệu nữ đoàn viên, Quảng Ninh là một trong những địa phương có tỷ lệ nữ đoàn viên cao".

Nhiệm kỳ 2023 - 2028, Ban Nữ công LĐLĐ tỉnh phấn đấu thành lập mới ít nhất 150 Ban nữ công quần chúng; 90% nữ đoàn viên được tuyên truyền, phổ biến pháp luật về bình đẳng giới.

Thu Chung
""", "Quảng Ninh", [
    g("có [[98.760]] nữ đoàn viên", "members_total", "pub", sc="nữ đoàn viên",
      n="stock 'Hiện toàn tỉnh có' -> publication date; breakdown of the members by sex; '41,2%' is a share"),
    g("thành lập mới [[36]] Ban nữ công", "women_committees", "m9-2024"),
    g("tổ chức [[74]] lớp tập huấn", "trainings", "m9-2024",
      n="'lớp tập huấn, hội nghị tuyên truyền' -> trainings; '150 nữ cán bộ' at the event are participants, not a record"),
    g("hơn [[9.600]] lượt", "trainees", "m9-2024", b="o", sc="nữ đoàn viên, người lao động"),
    g("tặng quà [[5.430]] lượt", "beneficiaries", "m9-2024", sc="nữ đoàn viên", n="'9 tháng qua' -> January-September 2024"),
    g("tổng số tiền [[2,65 tỷ]] đồng", "support_funds", "m9-2024", sc="nữ đoàn viên"),
    g("tư vấn cho [[860]] lượt", "legal_consultations", "m9-2024", sc="lao động nữ"),
    g("thành lập [[41]] Ban nữ công", "women_committees", "y2023", n="quoted speech: 'Năm 2023' in the sentence"),
    g("đã thành lập [[36]] ban", "women_committees", "m9-2024",
      n="second mention of the 9-month figure in the quote ('năm nay, đến hết tháng 9' -> 2024-01-01..2024-09-30)"),
    g("hơn [[5 triệu]] nữ đoàn viên", "members_total", "pub", b="o", reg="Việt Nam", sc="nữ đoàn viên",
      n="national figure cited for comparison ('Cả nước hiện có') -> Việt Nam; stock -> publication date"),
    g("ít nhất [[150]] Ban nữ công", "women_committees", "t2023-2028", st="T", b="o",
      n="'90% nữ đoàn viên' is a rate, not a record"),
], about="women's work: women committees, trainings, support for women members, quote with previous year and national figure, term target")
