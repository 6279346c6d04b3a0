"""q01-q05"""
from lib import doc, g

# ------------------------------------------------------------------ q01
doc("q01", "https://baothanhhoa.vn/thanh-hoa-nam-2023-ket-nap-hon-8200-doan-vien-cong-doan-199812.htm",
    "2024-01-09", """
Thanh Hóa: Năm 2023 kết nạp hơn 8.200 đoàn viên công đoàn

Thứ Ba, 09/01/2024 - 15:20

(Baothanhhoa.vn) - Sáng 9/1, Liên đoàn Lao động (LĐLĐ) tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có 250 đại biểu là lãnh đạo LĐLĐ các huyện, thị xã, thành phố, công đoàn ngành và công đoàn cơ sở trực thuộc.

Báo cáo tổng kết cho thấy, năm 2023 nhiều doanh nghiệp dệt may, da giày trên địa bàn tỉnh thiếu đơn hàng, hơn 12.000 lao động bị giảm giờ làm hoặc tạm nghỉ việc. Trong bối cảnh đó, các cấp công đoàn đã chủ động bám sát cơ sở, hoàn thành và vượt 18/22 chỉ tiêu chủ yếu của năm.

1. Công tác phát triển đoàn viên, thành lập CĐCS

Năm qua, toàn tỉnh kết nạp mới 8.236 đoàn viên, đạt 117,7% kế hoạch Tổng LĐLĐ Việt Nam giao; thành lâp mới 41 công đoàn cơ sở (CĐCS), đạt 102,5% kế hoạch. Trong đó, khu vực doanh nghiệp ngoài nhà nước kết nạp 6.915 đoàn viên và thành lập 37 CĐCS. Do doanh nghiệp giải thể, ngừng hoạt động, có 28 CĐCS phải giải thể, số đoàn viên giảm 3.104 người. Hiện toàn tỉnh có 3.902 CĐCS với 271.548 đoàn viên.

2. Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp của người lao động

Các cấp công đoàn đã phối hợp tổ chức hội nghị người lao động tại 1.482 doanh nghiệp, tổ chức đối thoại định kỳ tại 1.106 đơn vị; thương lượng, ký kết mới 214 bản thỏa ước lao động tập thể, tăng 9,2% so với năm 2022. Nhiều bản thỏa ước có điều khoản có lợi hơn cho người lao động như tăng tiền ăn ca, hỗ trợ tiền nhà trọ, tặng quà sinh nhật.

3. Chăm lo đời sống đoàn viên

Cả năm 2023, các cấp công đoàn thăm hỏi, tặng quà, hỗ trợ 61.870 lượt đoàn viên, người lao động với tổng số tiền trên 41,2 tỷ đồng, trong đó mỗi đoàn viên bị tai nạn lao động được hỗ trợ từ 2 đến 5 triệu đồng. Công đoàn tỉnh cũng phối hợp với các ngân hàng, siêu thị triển khai ưu đãi cho đoàn viên khi mua sắm, vay vốn.

4. Phong trào thi đua

Phong trào thi đua "Lao động giỏi, lao động sáng tạo" tiếp tục được đẩy mạnh với 1.230 sáng kiến, giải pháp được công nhận, làm lợi hơn 86 tỷ đồng; 15 công trình, sản phẩm được gắn biển chào mừng Đại hội Công đoàn tỉnh lần thứ XX. Phong trào "Xanh - Sạch - Đẹp, Bảo đảm an toàn vệ sinh lao động" được duy trì tại hầu hết các doanh nghiệp.

Lãnh đạo LĐLĐ tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc trong công tác công đoàn năm 2023. Ảnh: Minh Hằng

Bên cạnh kết quả đạt được, báo cáo cũng chỉ rõ những hạn chế: tỷ lệ tập hợp đoàn viên ở khu vực doanh nghiệp có vốn đầu tư nước ngoài chưa cao; một số CĐCS chưa chủ động đề xuất nội dung thương lượng; việc thu kinh phí công đoàn ở doanh nghiệp ngoài nhà nước còn đạt thấp, mới bằng 78% dự toán.

Năm 2024, LĐLĐ tỉnh xác định chủ đề "Năm phát triển đoàn viên" và đề ra các chỉ tiêu chủ yếu:

- Kết nạp mới 8.000 đoàn viên; thành lập mới 40 CĐCS;
- 100% CĐCS đủ điều kiện được hướng dẫn tổ chức hội nghị người lao động;
- Giới thiệu 1.300 đoàn viên ưu tú cho tổ chức Đảng xem xét, kết nạp.

Phát biểu chỉ đạo hội nghị, ông Trần Văn Khải, Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đánh giá cao kết quả mà Công đoàn Thanh Hóa đạt được. Ông cho biết, năm 2023 cả nước kết nạp mới hơn 1,1 triệu đoàn viên, và đề nghị Công đoàn tỉnh tiếp tục là một trong những đơn vị dẫn đầu khu vực Bắc Trung Bộ về phát triển đoàn viên.

Dịp này, 30 tập thể và 45 cá nhân được tặng Bằng khen của LĐLĐ tỉnh.

Minh Hằng

Tin liên quan
- Thanh Hóa: Trao 120 suất quà Tết cho công nhân khó khăn
- LĐLĐ huyện Quảng Xương tổ chức "Tết Sum vầy" cho 300 đoàn viên
""", "Thanh Hóa", [
    g("kết nạp hơn [[8.200]] đoàn viên công đoàn", "members_new", "y2023", b="o",
      n="headline repeat (rounded) of the body's 8.236: takes its region and period (gold README 1); hơn -> over"),
    g("kết nạp mới [[8.236]] đoàn viên", "members_new", "y2023",
      n="'Năm qua' in an article of 9 January 2024 -> 2023 (records.md table); the report is of năm 2023"),
    g("đạt [[117,7%]] kế hoạch", "members_new", "y2023", st="P"),
    g("thành lâp mới [[41]] công đoàn cơ sở", "unions_new", "y2023", n="scraped typo 'thành lâp' kept in the text; the figure is unions_new"),
    g("đạt [[102,5%]] kế hoạch", "unions_new", "y2023", st="P"),
    g("kết nạp [[6.915]] đoàn viên", "members_new", "y2023", sc="khu vực doanh nghiệp ngoài nhà nước",
      n="breakdown 'Trong đó, khu vực ...' (gold README 6)"),
    g("thành lập [[37]] CĐCS", "unions_new", "y2023", sc="khu vực doanh nghiệp ngoài nhà nước",
      n="breakdown (gold README 6)"),
    g("có [[28]] CĐCS phải giải thể", "unions_dissolved", "y2023"),
    g("đoàn viên giảm [[3.104]] người", "members_lost", "y2023"),
    g("có [[3.902]] CĐCS với", "unions_total", "pub", n="stock 'Hiện toàn tỉnh có' -> publication date (gold README 7)"),
    g("với [[271.548]] đoàn viên", "members_total", "pub", n="stock -> publication date"),
    g("người lao động tại [[1.482]] doanh nghiệp", "worker_conferences", "y2023"),
    g("định kỳ tại [[1.106]] đơn vị", "workplace_dialogues", "y2023"),
    g("ký kết mới [[214]] bản", "collective_agreements", "y2023",
      n="'tăng 9,2% so với năm 2022' is a comparison, not a record"),
    g("hỗ trợ [[61.870]] lượt", "beneficiaries", "y2023"),
    g("trên [[41,2 tỷ]] đồng", "support_funds", "y2023", b="o",
      n="'từ 2 đến 5 triệu đồng' per injured member is a per-item amount, not a record"),
    g("Kết nạp mới [[8.000]] đoàn viên", "members_new", "y2024", st="T",
      n="list under the heading 'Năm 2024 ... đề ra các chỉ tiêu chủ yếu' takes its period (gold README 8)"),
    g("thành lập mới [[40]] CĐCS", "unions_new", "y2024", st="T", n="list item under the 2024 target heading"),
    g("Giới thiệu [[1.300]] đoàn viên ưu tú", "party_referrals", "y2024", st="T",
      n="list item under the 2024 target heading; the '100%' item is a coverage rate, not a record"),
    g("hơn [[1,1 triệu]] đoàn viên", "members_new", "y2023", b="o", reg="Việt Nam",
      n="national figure cited in a speech ('cả nước') -> Việt Nam; 'năm 2023' in the sentence"),
], about="year-end report 2023 by field, 2024 target list, national figure in a speech, Tin liên quan")

# ------------------------------------------------------------------ q02
doc("q02", "https://baobacgiang.vn/so-ket-hoat-dong-cong-doan-6-thang-dau-nam-2024-ket-nap-6150-doan-vien-postid412877.bbg",
    "2024-07-12", """
Sơ kết hoạt động công đoàn 6 tháng đầu năm 2024: Kết nạp 6.150 đoàn viên, đạt 61,5% kế hoạch năm

12/07/2024 | 16:45

BBG - Chiều 12/7, LĐLĐ tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Nguyễn Văn Thắng, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.

Theo báo cáo, 6 tháng đầu năm, các cấp công đoàn trong tỉnh đã kết nạp 6.150 đoàn viên, đạt 61,5% kế hoạch năm, tăng 15% so với cùng kỳ; thành lập mới 23 CĐCS. Trong đó, Công đoàn các Khu công nghiệp tỉnh kết nạp 4.870 đoàn viên, thành lập 11 CĐCS; LĐLĐ huyện Việt Yên kết nạp 612 đoàn viên. Một số đơn vị có cách làm hay như tổ chức "Ngày hội đoàn viên" tại các doanh nghiệp có đông công nhân, phối hợp với chủ doanh nghiệp tuyên truyền cho lao động mới tuyển dụng.

Tháng Công nhân năm 2024 với chủ đề "Đoàn kết công nhân - Triển khai nghị quyết" được tổ chức tại 1.650 CĐCS, thu hút hơn 210.000 lượt công nhân lao động tham gia. Nhân dịp này, các cấp công đoàn thăm, tặng 9.870 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng trị giá 5,2 tỷ đồng.

Công tác đại diện, bảo vệ quyền lợi người lao động được chú trọng. 6 tháng qua, các CĐCS phối hợp tổ chức hội nghị người lao động tại 742 doanh nghiệp; 318 doanh nghiệp tổ chức đối thoại định kỳ; ký mới 67 bản thỏa ước lao động tập thể. LĐLĐ tỉnh tổ chức 26 lớp tập huấn cho 2.140 lượt cán bộ công đoàn cơ sở; tham gia 14 đoàn kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại doanh nghiệp.

Đáng chú ý, các cấp công đoàn đã chủ động nắm tình hình quan hệ lao động tại các doanh nghiệp may mặc, giày da ở huyện Việt Yên, Yên Dũng, Lạng Giang; phối hợp với chính quyền và chủ doanh nghiệp giải quyết kịp thời các vụ việc phát sinh, không để xảy ra ngừng việc tập thể kéo dài.

Tuy nhiên, báo cáo cũng chỉ ra tình trạng một số doanh nghiệp chậm đóng, nợ đóng kinh phí công đoàn, bảo hiểm xã hội; tỷ lệ đoàn viên nghỉ việc, chuyển chỗ làm còn cao ở khu vực doanh nghiệp FDI.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm ít nhất 3.850 đoàn viên để hoàn thành chỉ tiêu cả năm là 10.000 đoàn viên; thành lập mới 27 CĐCS trở lên. Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn bám sát doanh nghiệp mới đi vào hoạt động tại các khu công nghiệp Quang Châu, Vân Trung, Hòa Phú để tuyên truyền, vận động thành lập công đoàn cơ sở.

Hồng Nhung
""", "Bắc Giang", [
    g("Kết nạp [[6.150]] đoàn viên, đạt 61,5% kế hoạch năm\n", "members_new", "h1-2024",
      n="headline repeat of the body figure: 6 tháng đầu năm 2024"),
    g("đạt [[61,5%]] kế hoạch năm\n", "members_new", "h1-2024", st="P",
      n="headline repeat; attainment takes the period of the achieved figure (H1), not the year of the plan"),
    g("đã kết nạp [[6.150]] đoàn viên", "members_new", "h1-2024",
      n="year-less '6 tháng đầu năm' -> publication year 2024"),
    g("đạt [[61,5%]] kế hoạch năm, tăng", "members_new", "h1-2024", st="P",
      n="'tăng 15% so với cùng kỳ' is a comparison, not a record"),
    g("thành lập mới [[23]] CĐCS", "unions_new", "h1-2024"),
    g("kết nạp [[4.870]] đoàn viên", "members_new", "h1-2024", sc="Công đoàn các Khu công nghiệp tỉnh",
      n="breakdown; a KCN union gives its province (records.md)"),
    g("thành lập [[11]] CĐCS", "unions_new", "h1-2024", sc="Công đoàn các Khu công nghiệp tỉnh"),
    g("kết nạp [[612]] đoàn viên", "members_new", "h1-2024", sc="LĐLĐ huyện Việt Yên",
      n="district union -> its province, scope the district"),
    g("tổ chức tại [[1.650]] CĐCS", "workers_month_units", "mo2024-05",
      n="Tháng Công nhân năm 2024 -> May 2024; 'hơn 210.000 lượt công nhân lao động tham gia' are participants, not a record (gold README 11)"),
    g("tặng [[9.870]] suất quà", "beneficiaries", "mo2024-05", n="'Nhân dịp này' -> Tháng Công nhân 2024"),
    g("tổng trị giá [[5,2 tỷ]] đồng", "support_funds", "mo2024-05"),
    g("người lao động tại [[742]] doanh nghiệp", "worker_conferences", "h1-2024", n="'6 tháng qua' -> H1 2024"),
    g("[[318]] doanh nghiệp tổ chức đối thoại", "workplace_dialogues", "h1-2024"),
    g("ký mới [[67]] bản", "collective_agreements", "h1-2024"),
    g("tổ chức [[26]] lớp tập huấn", "trainings", "h1-2024"),
    g("cho [[2.140]] lượt cán bộ", "trainees", "h1-2024"),
    g("tham gia [[14]] đoàn kiểm tra", "supervisions", "h1-2024",
      n="'tham gia ... đoàn kiểm tra, giám sát' -> supervisions (indicators.tsv: held or joined)"),
    g("ít nhất [[3.850]] đoàn viên", "members_new", "h2-2024", st="T", b="o",
      n="year-less '6 tháng cuối năm' -> 2024-07-01..2024-12-31; ít nhất -> over"),
    g("cả năm là [[10.000]] đoàn viên", "members_new", "y2024", st="T", n="'chỉ tiêu cả năm' -> the full year (gold README 8)"),
    g("thành lập mới [[27]] CĐCS trở lên", "unions_new", "h2-2024", st="T", b="o", n="'... trở lên' after the noun -> over"),
], about="half-year review, KCN and district breakdowns, Tháng Công nhân, H2 and full-year targets")

# ------------------------------------------------------------------ q03
doc("q03", "https://baoquangnam.vn/dai-hoi-xii-cong-doan-tinh-phan-dau-ket-nap-35000-doan-vien-3128845.html",
    "2023-08-18", """
Đại hội XII Công đoàn tỉnh: Phấn đấu kết nạp 35.000 đoàn viên trong nhiệm kỳ 2023 - 2028

QUANG VIỆT | 18/08/2023

Sáng 18.8, Liên đoàn Lao động tỉnh Quảng Nam khai mạc Đại hội Công đoàn tỉnh lần thứ XII, nhiệm kỳ 2023 - 2028. Tham dự đại hội có 300 đại biểu chính thức, thay mặt cho hơn 96.000 đoàn viên công đoàn trong toàn tỉnh.

Kết quả nhiệm kỳ 2018 - 2023

Báo cáo chính trị trình đại hội nêu rõ, nhiệm kỳ qua, dù chịu tác động nặng nề của dịch Covid-19 và thiên tai, các cấp công đoàn trong tỉnh đã hoàn thành 14/16 chỉ tiêu Nghị quyết Đại hội XI đề ra. Cụ thể:

- Về phát triển đoàn viên: kết nạp mới 38.412 đoàn viên, đạt 128% chỉ tiêu; thành lập mới 246 CĐCS, vượt 23% chỉ tiêu nghị quyết.
- Về tham gia xây dựng Đảng: giới thiệu 4.186 đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; trong đó 2.957 đoàn viên đã được kết nạp vào Đảng.
- Về chăm lo đời sống: các cấp công đoàn đã thăm hỏi, hỗ trợ 412.500 lượt đoàn viên, người lao động với tổng kinh phí 286,7 tỷ đồng; Quỹ "Mái ấm Công đoàn" tỉnh hỗ trợ xây mới, sửa chữa 635 căn nhà với số tiền gần 25,4 tỷ đồng.
- Về đại diện, bảo vệ quyền lợi: 1.914 bản thỏa ước lao động tập thể được ký kết mới; Văn phòng Tư vấn pháp luật Công đoàn tỉnh tư vấn cho hơn 7.300 lượt người lao động.

Hiện toàn tỉnh có 2.134 CĐCS với 96.370 đoàn viên, 18 LĐLĐ huyện, thị xã, thành phố và 4 công đoàn ngành.

Hạn chế và bài học kinh nghiệm

Báo cáo cũng thẳng thắn chỉ ra, tỷ lệ tập hợp đoàn viên ở khu vực doanh nghiệp ngoài nhà nước mới đạt 62%; còn nhiều doanh nghiệp sử dụng từ 25 lao động trở lên chưa thành lập CĐCS; chất lượng thương lượng, ký kết thỏa ước ở một số nơi chưa cao, nội dung chủ yếu sao chép quy định của pháp luật. Đội ngũ cán bộ công đoàn cơ sở phần lớn hoạt động kiêm nhiệm, thường xuyên biến động, thiếu kỹ năng thương lượng.

Từ thực tiễn nhiệm kỳ, Ban Chấp hành rút ra 5 bài học kinh nghiệm, trong đó bài học hàng đầu là phải bám sát sự lãnh đạo của cấp ủy Đảng, chủ động phối hợp với chính quyền, chuyên môn cùng cấp; lấy sự hài lòng của đoàn viên, người lao động làm thước đo hiệu quả hoạt động.

Chỉ tiêu nhiệm kỳ 2023 - 2028

Đại hội thống nhất đề ra 15 chỉ tiêu chủ yếu, trong đó có:

1. Kết nạp mới 35.000 đoàn viên; thành lập mới 200 CĐCS trở lên.
2. Giới thiệu ít nhất 4.000 đoàn viên ưu tú cho Đảng xem xét, kết nạp.
3. Hằng năm có 90% trở lên CĐCS doanh nghiệp tổ chức hội nghị người lao động.
4. Hỗ trợ xây mới, sửa chữa 600 nhà "Mái ấm Công đoàn".
5. 100% cán bộ công đoàn cơ sở mới được bầu lần đầu được tập huấn nghiệp vụ.

Về phương hướng, đại hội xác định khâu đột phá của nhiệm kỳ là đổi mới công tác phát triển đoàn viên, xây dựng CĐCS vững mạnh gắn với đẩy mạnh chuyển đổi số trong hoạt động công đoàn; phấn đấu đến năm 2028, 100% CĐCS sử dụng phần mềm quản lý đoàn viên.

Phát biểu tại đại hội, Phó Bí thư Tỉnh ủy đề nghị các cấp công đoàn tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, lấy đoàn viên, người lao động làm trung tâm. Đại hội đã bầu 33 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XII và 17 đại biểu đi dự Đại hội XIII Công đoàn Việt Nam.

Minh Hải - Quang Việt
""", "Quảng Nam", [
    g("Phấn đấu kết nạp [[35.000]] đoàn viên trong nhiệm kỳ", "members_new", "t2023-2028", st="T",
      n="headline repeat of the term target: nhiệm kỳ 2023-2028 -> 2023-01-01..2028-12-31"),
    g("thay mặt cho hơn [[96.000]] đoàn viên", "members_total", "pub", b="o",
      n="'thay mặt cho ... đoàn viên' at a congress is a members stock (dev r11, challenge7 k08) -> publication date"),
    g("kết nạp mới [[38.412]] đoàn viên", "members_new", "t2018-2023",
      n="list under the heading 'Kết quả nhiệm kỳ 2018 - 2023'; 'nhiệm kỳ qua' points back to it -> 2018-01-01..2023-12-31 (gold README 8)"),
    g("đạt [[128%]] chỉ tiêu", "members_new", "t2018-2023", st="P"),
    g("thành lập mới [[246]] CĐCS", "unions_new", "t2018-2023"),
    g("vượt [[23%]] chỉ tiêu nghị quyết", "unions_new", "t2018-2023", st="P", v=123,
      n="'vượt 23% chỉ tiêu' -> 123, bound exact (records.md, dev m01)"),
    g("giới thiệu [[4.186]] đoàn viên ưu tú", "party_referrals", "t2018-2023"),
    g("trong đó [[2.957]] đoàn viên đã được kết nạp vào Đảng", "party_admitted", "t2018-2023"),
    g("hỗ trợ [[412.500]] lượt", "beneficiaries", "t2018-2023"),
    g("tổng kinh phí [[286,7 tỷ]] đồng", "support_funds", "t2018-2023"),
    g("sửa chữa [[635]] căn nhà", "shelter_houses", "t2018-2023"),
    g("số tiền gần [[25,4 tỷ]] đồng", "shelter_funds", "t2018-2023", b="u"),
    g("[[1.914]] bản thỏa ước", "collective_agreements", "t2018-2023"),
    g("tư vấn cho hơn [[7.300]] lượt", "legal_consultations", "t2018-2023", b="o"),
    g("có [[2.134]] CĐCS với", "unions_total", "pub",
      n="stock 'Hiện toàn tỉnh có' -> publication date; '18 LĐLĐ huyện' and '4 công đoàn ngành' are upper-level unions, no code"),
    g("với [[96.370]] đoàn viên", "members_total", "pub", n="stock -> publication date"),
    g("Kết nạp mới [[35.000]] đoàn viên; thành lập", "members_new", "t2023-2028", st="T",
      n="numbered list under 'Chỉ tiêu nhiệm kỳ 2023 - 2028' takes the heading's period; '15 chỉ tiêu' counts plan items, not a record"),
    g("thành lập mới [[200]] CĐCS trở lên", "unions_new", "t2023-2028", st="T", b="o"),
    g("ít nhất [[4.000]] đoàn viên ưu tú", "party_referrals", "t2023-2028", st="T", b="o"),
    g("sửa chữa [[600]] nhà", "shelter_houses", "t2023-2028", st="T",
      n="list item; the '90% trở lên' and '100%' items are rates, not records"),
], about="congress political report: results of term 2018-2023 in a bulleted list, term 2023-2028 targets")

# ------------------------------------------------------------------ q04
doc("q04", "https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=1&mabb=312540",
    "2024-07-27", """
Chủ tịch LĐLĐ tỉnh Nguyễn Thị Mai Hương: "Đoàn viên là trung tâm của mọi hoạt động công đoàn"

27/07/2024 - 07:30

(BĐ) - Nhân kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024), phóng viên Báo Bình Định có cuộc trao đổi với bà Nguyễn Thị Mai Hương, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh, về những kết quả nổi bật của tổ chức công đoàn tỉnh nhà thời gian qua.

PV: Thưa bà, từ đầu nhiệm kỳ 2023 - 2028 đến nay, công tác phát triển đoàn viên của Công đoàn tỉnh có kết quả như thế nào?

Bà Nguyễn Thị Mai Hương: Đây là nhiệm vụ trọng tâm xuyên suốt. Từ đầu nhiệm kỳ 2023 - 2028 đến nay, các cấp công đoàn trong tỉnh đã kết nạp 9.684 đoàn viên, thành lập mới 58 CĐCS. Riêng 6 tháng đầu năm 2024, toàn tỉnh kết nạp 3.120 đoàn viên, thành lập 19 CĐCS, đạt 52% kế hoạch năm về phát triển đoàn viên. Hiện Công đoàn tỉnh có 1.986 CĐCS với 108.420 đoàn viên, trong đó hơn một nửa làm việc trong các doanh nghiệp ngoài nhà nước.

PV: Gần 9.700 đoàn viên mới trong chưa đầy hai năm là con số rất đáng ghi nhận. Còn công tác chăm lo đời sống đoàn viên thì sao, thưa bà?

Bà Nguyễn Thị Mai Hương: Chúng tôi luôn xác định chăm lo cho đoàn viên phải thiết thực. Dịp Tết Giáp Thìn 2024, Công đoàn tỉnh đã tặng quà cho 24.600 đoàn viên, người lao động với tổng kinh phí 14,8 tỷ đồng, trong đó hỗ trợ 1.150 vé xe cho công nhân về quê đón Tết. Từ năm 2019 đến nay, Quỹ "Mái ấm Công đoàn" đã hỗ trợ xây mới, sửa chữa 214 căn nhà, tổng số tiền hơn 9 tỷ đồng. Mỗi căn nhà được hỗ trợ từ 40 đến 60 triệu đồng, có những căn nhà được các doanh nghiệp, nhà hảo tâm góp thêm.

PV: Chuyển đổi số đang được Tổng LĐLĐ Việt Nam đặc biệt quan tâm. Công đoàn tỉnh đã triển khai nội dung này ra sao?

Bà Nguyễn Thị Mai Hương: Chúng tôi coi đây là giải pháp để quản lý đoàn viên chặt chẽ và cung cấp dịch vụ tốt hơn. Đến nay, 62.350 đoàn viên trong tỉnh đã được cấp thẻ đoàn viên điện tử trên ứng dụng "Công đoàn Việt Nam", qua đó được hưởng các ưu đãi của Chương trình "Phúc lợi đoàn viên công đoàn" tại siêu thị, cửa hàng xăng dầu, bệnh viện. Việc thu, chi tài chính công đoàn cũng từng bước được số hóa, giảm giấy tờ cho cán bộ CĐCS.

PV: Thời gian tới, Công đoàn tỉnh đặt ra những mục tiêu gì, thưa bà?

Bà Nguyễn Thị Mai Hương: 6 tháng cuối năm 2024, chúng tôi phấn đấu kết nạp thêm 2.880 đoàn viên, thành lập 16 CĐCS; vận động tổ chức đối thoại tại ít nhất 150 doanh nghiệp. Công đoàn tỉnh cũng sẽ đẩy mạnh chuyển đổi số, quản lý đoàn viên trên phần mềm, để mỗi đoàn viên đều cảm nhận được lợi ích khi tham gia tổ chức công đoàn.

PV: Xin cảm ơn bà!

NGỌC NHUẬN (thực hiện)
""", "Bình Định", [
    g("đã kết nạp [[9.684]] đoàn viên", "members_new", "2023-01-01..pub",
      n="'Từ đầu nhiệm kỳ 2023 - 2028 đến nay' -> 2023-01-01 .. publication (as 'từ đầu năm 2018 đến nay', records.md)"),
    g("thành lập mới [[58]] CĐCS", "unions_new", "2023-01-01..pub"),
    g("kết nạp [[3.120]] đoàn viên", "members_new", "h1-2024"),
    g("thành lập [[19]] CĐCS", "unions_new", "h1-2024"),
    g("đạt [[52%]] kế hoạch năm về phát triển đoàn viên", "members_new", "h1-2024", st="P",
      n="attainment of the members admitted in H1 ('về phát triển đoàn viên'), period of the achieved figure"),
    g("có [[1.986]] CĐCS với", "unions_total", "pub", n="stock 'Hiện ... có' -> publication date"),
    g("với [[108.420]] đoàn viên", "members_total", "pub", n="stock -> publication date"),
    g("Gần [[9.700]] đoàn viên mới", "members_new", "2023-01-01..pub", b="u",
      n="the interviewer's question repeats (rounded) the answer's 9.684: takes its period (gold README 1); gần -> under"),
    g("tặng quà cho [[24.600]] đoàn viên", "beneficiaries", "y2024",
      n="'Tết Giáp Thìn 2024' -> calendar year 2024 (dev x07, y01)"),
    g("tổng kinh phí [[14,8 tỷ]] đồng", "support_funds", "y2024"),
    g("hỗ trợ [[1.150]] vé xe", "beneficiaries", "y2024", sc="vé xe cho công nhân về quê đón Tết",
      n="bus tickets given to members count as beneficiaries (gold README 9); breakdown 'trong đó'"),
    g("sửa chữa [[214]] căn nhà", "shelter_houses", "2019-01-01..pub", n="'Từ năm 2019 đến nay' -> 2019-01-01 .. publication"),
    g("hơn [[9 tỷ]] đồng", "shelter_funds", "2019-01-01..pub", b="o",
      n="'từ 40 đến 60 triệu đồng' per house is a per-item amount, not a record"),
    g("Đến nay, [[62.350]] đoàn viên", "member_records", "pub",
      n="cumulative 'Đến nay ... đã được cấp thẻ' -> member_records (indicators.tsv: cấp thẻ), dated at publication (challenge3 convention)"),
    g("kết nạp thêm [[2.880]] đoàn viên", "members_new", "h2-2024", st="T"),
    g("thành lập [[16]] CĐCS; vận động", "unions_new", "h2-2024", st="T"),
    g("ít nhất [[150]] doanh nghiệp", "workplace_dialogues", "h2-2024", st="T", b="o"),
], about="interview Q&A: term-to-date, H1, Tết, Mái ấm since 2019, H2 targets; question repeats a figure")

# ------------------------------------------------------------------ q05
doc("q05", "https://baolongan.vn/ldld-tinh-long-an-9-thang-ket-nap-7-785-doan-vien-a181245.html",
    "2024-10-16", """
LĐLĐ tỉnh Long An: 9 tháng kết nạp 7.785 đoàn viên

Thứ tư, 16/10/2024 - 09:12

(BLA) - Ngày 15/10, LĐLĐ tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 5, khóa XI, đánh giá kết quả hoạt động công đoàn 9 tháng năm 2024, triển khai nhiệm vụ quý IV/2024.

Theo báo cáo, 9 tháng năm 2024, các cấp công đoàn kết nạp 7.785 đoàn viên, đạt 86,5% kế hoạch năm (cùng kỳ năm 2023 kết nạp 6.930 đoàn viên); thành lập mới 38 CĐCS. Tuy nhiên, do nhiều doanh nghiệp giảm quy mô sản xuất, số đoàn viên giảm trong kỳ là 5.412 người, 17 CĐCS giải thể. Rieng quy III, toan tinh ket nap 2.604 doan vien, thanh lap 13 CDCS.

Về công tác chăm lo, 9 tháng qua, các cấp công đoàn đã thăm hỏi, hỗ trợ 18.340 lượt đoàn viên, người lao động, tổng số tiền 11,26 tỷ đồng, bằng 108% so với cùng kỳ. LĐLĐ tỉnh đã trao 27 căn nhà "Mái ấm Công đoàn" với tổng trị giá 1,35 tỷ đồng. Công đoàn các KCN tỉnh tổ chức 35 cuộc đối thoại tại doanh nghiệp, tư vấn pháp luật cho 1.260 lượt công nhân.

Hội nghị cũng chỉ ra một số hạn chế: số doanh nghiệp chưa thành lập công đoàn cơ sở còn nhiều, nhất là doanh nghiệp nhỏ và vừa; việc thương lượng tập thể ở nhiều nơi còn hình thức. Tình hình quan hệ lao động tại một số doanh nghiệp da giày, may mặc ở các huyện Đức Hòa, Bến Lức còn tiềm ẩn nguy cơ tranh chấp; 9 tháng đã xảy ra 3 vụ ngừng việc tập thể với gần 1.900 lao động tham gia, đều được công đoàn phối hợp giải quyết kịp thời.

Đáng chú ý, tổng số đoàn viên toàn tỉnh hiện đạt 196.540 người, trong đó khu vực doanh nghiệp ngoài nhà nước chiếm 81%.

Quý IV/2024, LĐLĐ tỉnh phấn đấu kết nạp 1.215 đoàn viên để hoàn thành chỉ tiêu năm; thành lập mới 12 CĐCS. Chuẩn bị cho chương trình "Tết Sum vầy" Xuân Ất Tỵ, LĐLĐ tỉnh dự kiến trao 15.000 suất quà Tết cho đoàn viên, người lao động khó khăn dịp Tết Nguyên đán Ất Tỵ 2025.

Phát biểu kết luận, Chủ tịch LĐLĐ tỉnh Phạm Văn Cảnh đề nghị các cấp công đoàn tập trung rà soát, nắm chắc số lao động mất việc, giảm giờ làm để kịp thời hỗ trợ.

Nguyễn Thanh
""", "Long An", [
    g("9 tháng kết nạp [[7.785]] đoàn viên\n", "members_new", "m9-2024", n="headline repeat of the body figure: 9 tháng năm 2024"),
    g("công đoàn kết nạp [[7.785]] đoàn viên", "members_new", "m9-2024"),
    g("đạt [[86,5%]] kế hoạch năm", "members_new", "m9-2024", st="P",
      n="attainment of the 9-month figure: period of the achieved figure (dev m02)"),
    g("năm 2023 kết nạp [[6.930]] đoàn viên", "members_new", "m9-2023",
      n="'cùng kỳ năm 2023' in a 9-month report -> January-September 2023 (its own phrase)"),
    g("thành lập mới [[38]] CĐCS", "unions_new", "m9-2024"),
    g("trong kỳ là [[5.412]] người", "members_lost", "m9-2024"),
    g("[[17]] CĐCS giải thể", "unions_dissolved", "m9-2024"),
    g("ket nap [[2.604]] doan vien", "members_new", "q3-2024",
      n="scraped sentence without diacritics ('Rieng quy III ... ket nap ... doan vien'); 'Riêng quý III' (year-less) -> Q3 2024"),
    g("thanh lap [[13]] CDCS", "unions_new", "q3-2024", n="same undiacritized sentence: 'thanh lap 13 CDCS' = thành lập 13 CĐCS"),
    g("hỗ trợ [[18.340]] lượt", "beneficiaries", "m9-2024", n="'9 tháng qua' -> January-September 2024"),
    g("tổng số tiền [[11,26 tỷ]] đồng", "support_funds", "m9-2024",
      n="'bằng 108% so với cùng kỳ' is a comparison with last year, not an attainment"),
    g("trao [[27]] căn nhà", "shelter_houses", "m9-2024"),
    g("tổng trị giá [[1,35 tỷ]] đồng", "shelter_funds", "m9-2024"),
    g("tổ chức [[35]] cuộc đối thoại", "workplace_dialogues", "m9-2024", sc="Công đoàn các KCN tỉnh"),
    g("tư vấn pháp luật cho [[1.260]] lượt", "legal_consultations", "m9-2024", sc="Công đoàn các KCN tỉnh"),
    g("hiện đạt [[196.540]] người", "members_total", "pub",
      n="stock 'tổng số đoàn viên ... hiện đạt' -> publication date; '81%' is a share; '3 vụ ngừng việc' and 'gần 1.900 lao động tham gia' fit no code"),
    g("phấn đấu kết nạp [[1.215]] đoàn viên", "members_new", "q4-2024", st="T"),
    g("thành lập mới [[12]] CĐCS", "unions_new", "q4-2024", st="T"),
    g("dự kiến trao [[15.000]] suất quà", "beneficiaries", "y2025", st="T",
      n="'dự kiến' planned gifts -> target (gold README 4); Tết Nguyên đán Ất Tỵ 2025 -> 2025"),
], about="9-month report, Riêng quý III, cùng kỳ năm 2023, Q4 and Tết 2025 targets, 108% comparison")
