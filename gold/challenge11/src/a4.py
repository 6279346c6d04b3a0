"""q16-q20"""
from lib import doc, g

# ------------------------------------------------------------------ q16
doc("q16", "https://nld.com.vn/binh-duong-cham-lo-tet-cho-hon-160000-doan-vien-nguoi-lao-dong-196250122201512345.htm",
    "2025-01-22", """
Bình Dương: Chăm lo Tết cho hơn 160.000 đoàn viên, người lao động

22/01/2025 20:15

(NLĐO) - Trao đổi với phóng viên Báo Người Lao Động, ông Nguyễn Văn Danh, Phó Chủ tịch LĐLĐ tỉnh Bình Dương, cho biết công tác chăm lo Tết Ất Tỵ 2025 cho đoàn viên, người lao động đã cơ bản hoàn thành.

PV: Thưa ông, Tết Ất Tỵ năm nay, công tác chăm lo cho đoàn viên, người lao động được triển khai ra sao?

Ông Nguyễn Văn Danh: Tết Ất Tỵ 2025, các cấp công đoàn tỉnh Bình Dương đã chăm lo cho 162.480 đoàn viên, người lao động với tổng kinh phí hơn 96,4 tỷ đồng, trong đó kinh phí vận động từ doanh nghiệp, nhà tài trợ chiếm khoảng 60%. Riêng LĐLĐ tỉnh đã tặng 22.000 phần quà cho đoàn viên có hoàn cảnh đặc biệt khó khăn, mỗi phần trị giá 1 triệu đồng; hỗ trợ 4.650 vé xe, vé tàu cho công nhân về quê ăn Tết.

Công nhân nhận quà Tết tại chương trình "Tết Sum vầy" do LĐLĐ tỉnh Bình Dương tổ chức. Ảnh: NGỌC LAN

PV: So với cả nước, con số này như thế nào, thưa ông?

Ông Nguyễn Văn Danh: Theo Tổng LĐLĐ Việt Nam, dịp Tết Ất Tỵ 2025, công đoàn các cấp trên cả nước dự kiến chăm lo cho khoảng 2,1 triệu đoàn viên, người lao động với tổng kinh phí khoảng 2.230 tỷ đồng. Bình Dương là một trong những địa phương có số công nhân ở lại đón Tết đông nhất, khoảng 150.000 người, nên chúng tôi phải chuẩn bị từ rất sớm.

PV: Những hoạt động nổi bật nào sẽ được tổ chức trong những ngày cận Tết, thưa ông?

Ông Nguyễn Văn Danh: Ngày 25/1, LĐLĐ tỉnh sẽ tổ chức chương trình "Tết Sum vầy" tại TP Thuận An, dự kiến trao 2.000 suất quà cho công nhân; 10 gian hàng "Chợ Tết Công đoàn" sẽ phát 5.000 phiếu mua hàng 0 đồng để công nhân chọn mua nhu yếu phẩm. Bên cạnh đó, năm 2024, LĐLĐ tỉnh đã ký thỏa thuận hợp tác với 35 doanh nghiệp trong Chương trình "Phúc lợi đoàn viên công đoàn", nhiều doanh nghiệp giảm giá từ 10 - 50% cho đoàn viên dịp Tết.

PV: Xin cảm ơn ông!

Ngọc Lan (thực hiện)

Tin liên quan
- TP HCM: 1.200 công nhân được tặng vé xe về quê đón Tết
- Đồng Nai dành 45 tỷ đồng chăm lo Tết cho người lao động
""", "Bình Dương", [
    g("Chăm lo Tết cho hơn [[160.000]] đoàn viên", "beneficiaries", "y2025", b="o",
      n="headline repeat (rounded) of the body's 162.480: Tết Ất Tỵ 2025 -> 2025"),
    g("chăm lo cho [[162.480]] đoàn viên", "beneficiaries", "y2025", n="'Tết Ất Tỵ 2025' -> calendar year 2025"),
    g("hơn [[96,4 tỷ]] đồng", "support_funds", "y2025", b="o", n="'khoảng 60%' is a share, not a record"),
    g("tặng [[22.000]] phần quà", "beneficiaries", "y2025", sc="LĐLĐ tỉnh",
      n="breakdown 'Riêng LĐLĐ tỉnh'; 'mỗi phần trị giá 1 triệu đồng' is a per-item amount"),
    g("hỗ trợ [[4.650]] vé xe", "beneficiaries", "y2025", sc="vé xe, vé tàu cho công nhân về quê ăn Tết",
      n="tickets given to members count as beneficiaries (gold README 9)"),
    g("khoảng [[2,1 triệu]] đoàn viên", "beneficiaries", "y2025", st="T", b="a", reg="Việt Nam",
      n="national figure cited for comparison ('trên cả nước') -> Việt Nam; 'dự kiến' -> target (gold README 4); khoảng -> about"),
    g("khoảng [[2.230 tỷ]] đồng", "support_funds", "y2025", st="T", b="a", reg="Việt Nam",
      n="national planned amount; 'khoảng 150.000 người' staying for Tết fits no code"),
    g("dự kiến trao [[2.000]] suất quà", "beneficiaries", "y2025", st="T",
      n="planned event after publication ('sẽ tổ chức', 'dự kiến') -> target; 'Ngày 25/1' is an event date, the period is Tết Ất Tỵ 2025; the '5.000 phiếu mua hàng 0 đồng' of the Chợ Tết are not beneficiaries (gold README 9)"),
    g("hợp tác với [[35]] doanh nghiệp", "welfare_partners", "y2024",
      n="'năm 2024' in the sentence; 'giảm giá từ 10 - 50%' is not a record; the Tin liên quan items are side stories"),
], about="interview on Tết 2025 care, national planned figures, Chợ Tết vouchers, Tin liên quan")

# ------------------------------------------------------------------ q17
doc("q17", "https://baohaiphong.vn/chu-tich-ldld-thanh-pho-nam-2026-phai-la-nam-but-pha-ve-phat-trien-doan-vien-531842.html",
    "2026-03-12", """
Chủ tịch LĐLĐ thành phố: "Năm 2026 phải là năm bứt phá về phát triển đoàn viên"

12/03/2026 - 09:00

(BHP) - Sáng 11/3, LĐLĐ thành phố Hải Phòng tổ chức hội nghị triển khai chương trình phát triển đoàn viên năm 2026. Phát biểu tại hội nghị, đồng chí Lê Văn Thắng, Chủ tịch LĐLĐ thành phố, nêu rõ:

"Năm 2025 là năm đặc biệt, chúng ta vừa hợp nhất tổ chức công đoàn hai địa phương Hải Phòng và Hải Dương, vừa thực hiện nhiệm vụ chính trị. Cả năm 2025, các cấp công đoàn thành phố đã kết nạp 28.640 đoàn viên, thành lập 146 CĐCS, đạt 104% kế hoạch về phát triển đoàn viên. Trong đó, khu vực Hải Dương (cũ) kết nạp 10.215 đoàn viên, thành lập 52 CĐCS.

Hiện thành phố có 5.940 CĐCS với 486.300 đoàn viên. Tuy nhiên, phải thẳng thắn nhìn nhận, năm 2025 số đoàn viên giảm do doanh nghiệp giải thể, phá sản, người lao động nghỉ việc lên tới 19.870 người; tỷ lệ đoàn viên trên tổng số lao động trong các doanh nghiệp mới đạt 68%.

Đặt trong bối cảnh chung, năm 2025 cả nước kết nạp được hơn 1,2 triệu đoàn viên, nhưng số đoàn viên giảm cũng rất lớn. Hải Phòng là thành phố công nghiệp, có hàng trăm nghìn công nhân trong các khu công nghiệp, nếu không phát triển đoàn viên mạnh mẽ thì tổ chức công đoàn sẽ mất dần vị thế đại diện.

Hai tháng đầu năm 2026, toàn thành phố mới kết nạp được 2.946 đoàn viên, thành lập mười một CĐCS, thấp hơn nhiều so với cùng kỳ. Nguyên nhân là nhiều công đoàn xã, phường mới thành lập, cán bộ còn kiêm nhiệm, chưa quen việc.

Năm 2026, LĐLĐ thành phố giao chỉ tiêu kết nạp 30.000 đoàn viên, thành lập 150 CĐCS; riêng khu vực Hải Dương (cũ) phấn đấu kết nạp 11.000 đoàn viên. Tôi đề nghị các công đoàn xã, phường, Công đoàn các khu công nghiệp coi đây là nhiệm vụ trọng tâm, người đứng đầu phải trực tiếp chỉ đạo, đến tận doanh nghiệp để vận động".

Hội nghị cũng nghe đại diện công đoàn các phường Lê Chân, Hải Dương, Thủy Nguyên và Công đoàn các khu công nghiệp chia sẻ kinh nghiệm vận động công nhân gia nhập công đoàn, như tổ chức "Ngày hội đoàn viên", tặng quà cho người lao động mới vào làm việc, phối hợp với chủ doanh nghiệp đưa nội dung tuyên truyền về công đoàn vào buổi định hướng cho lao động mới.

Tại hội nghị, 12 tập thể được biểu dương vì có thành tích xuất sắc trong phát triển đoàn viên năm 2025.

Đức Anh
""", "Hải Phòng", [
    g("đã kết nạp [[28.640]] đoàn viên", "members_new", "y2025",
      n="speech quoted in news; the merged city as a whole -> Hải Phòng (challenge6/7 convention); 'Cả năm 2025'"),
    g("thành lập [[146]] CĐCS", "unions_new", "y2025"),
    g("đạt [[104%]] kế hoạch về phát triển đoàn viên", "members_new", "y2025", st="P"),
    g("kết nạp [[10.215]] đoàn viên", "members_new", "y2025", reg="Hải Dương", sc="khu vực Hải Dương (cũ)",
      n="an old province's area after the merger -> that old province (challenge7 k05)"),
    g("thành lập [[52]] CĐCS", "unions_new", "y2025", reg="Hải Dương", sc="khu vực Hải Dương (cũ)"),
    g("có [[5.940]] CĐCS với", "unions_total", "pub", n="stock 'Hiện thành phố có' -> publication date"),
    g("với [[486.300]] đoàn viên", "members_total", "pub", n="stock -> publication date"),
    g("lên tới [[19.870]] người", "members_lost", "y2025", n="'68%' is a share, not a record"),
    g("hơn [[1,2 triệu]] đoàn viên", "members_new", "y2025", b="o", reg="Việt Nam",
      n="national figure cited in the speech ('cả nước', năm 2025) -> Việt Nam"),
    g("kết nạp được [[2.946]] đoàn viên", "members_new", "m2-2026", n="'Hai tháng đầu năm 2026' -> 2026-01-01..2026-02-28"),
    g("thành lập [[mười một]] CĐCS", "unions_new", "m2-2026", n="number written in words: 'mười một' -> 11 (records.md)"),
    g("chỉ tiêu kết nạp [[30.000]] đoàn viên", "members_new", "y2026", st="T"),
    g("thành lập [[150]] CĐCS", "unions_new", "y2026", st="T"),
    g("phấn đấu kết nạp [[11.000]] đoàn viên", "members_new", "y2026", st="T", reg="Hải Dương", sc="khu vực Hải Dương (cũ)",
      n="target for an old province's area -> Hải Dương; '12 tập thể' are awards"),
], about="post-merger speech quoted at length: 2025 results with the former Hải Dương area, first two months of 2026, 2026 targets")

# ------------------------------------------------------------------ q18
doc("q18", "https://baosoctrang.org.vn/lao-dong-viec-lam/202307/ldld-tinh-soc-trang-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2023-3f41a27/",
    "2023-07-14", """
LĐLĐ tỉnh Sóc Trăng sơ kết công tác công đoàn 6 tháng đầu năm 2023

14/07/2023 16:20

(STO) - Ngày 13/7, LĐLĐ tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm và triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2023. Dự hội nghị có đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Sở Lao động - Thương binh và Xã hội.

Báo cáo cho biết, 6 tháng đầu năm 2023, các cấp công đoàn đã kết nạp 1.846 đoàn viên (trong đó LĐLĐ thị xã Vĩnh Châu kết nạp 312 đoàn viên, LĐLĐ huyện Mỹ Xuyên 276 đoàn viên), thành lập 9 CĐCS, cấp mới 3.460 thẻ đoàn viên công đoàn. Đến nay, toàn tỉnh đã nhập dữ liệu của 41.520 đoàn viên lên phần mềm quản lý đoàn viên, đạt 93% tổng số đoàn viên.

Công tác tham gia xây dựng Đảng được quan tâm. 6 tháng qua, các cấp công đoàn đã giới thiệu 148 đoàn viên ưu tú cho các tổ chức Đảng xem xét, bồi dưỡng; đã có 57 đoàn viện công đoàn được kết nạp vào Đảng.

Về chăm lo, các cấp công đoàn đã thăm hỏi, hỗ trợ 6.215 lượt đoàn viên, người lao động với số tiền 3,86 tỷ đồng; tổ chức 32 hội nghị đối thoại tại doanh nghiệp; hướng dẫn 285 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức.

Công tác tuyên truyền, giáo dục được đổi mới, chú trọng ứng dụng mạng xã hội; nhiều CĐCS đã lập nhóm Zalo để thông tin kịp thời chính sách, pháp luật mới đến đoàn viên. Hưởng ứng Tháng Công nhân năm 2023 với chủ đề "Công nhân thi đua lao động sáng tạo, làm theo lời Bác", các cấp công đoàn đã tổ chức nhiều hoạt động văn hóa, thể thao, thăm hỏi công nhân tại các doanh nghiệp chế biến thủy sản ở thị xã Vĩnh Châu, huyện Trần Đề.

Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: công tác phát triển đoàn viên ở khu vực doanh nghiệp ngoài nhà nước còn chậm; một số CĐCS hoạt động còn hình thức, chưa thu hút được đoàn viên.

6 tháng cuối năm 2023, LĐLĐ tỉnh phấn đấu kết nạp 1.700 đoàn viên, thành lập 8 CĐCS; hoàn thành nhập dữ liệu 100% đoàn viên lên phần mềm quản lý.

Thanh Tùng

Tin liên quan
- Sóc Trăng: 250 công nhân được khám sức khỏe miễn phí
""", "Sóc Trăng", [
    g("đã kết nạp [[1.846]] đoàn viên", "members_new", "h1-2023"),
    g("Vĩnh Châu kết nạp [[312]] đoàn viên", "members_new", "h1-2023", sc="LĐLĐ thị xã Vĩnh Châu",
      n="breakdown by district/town union (gold README 6)"),
    g("Mỹ Xuyên [[276]] đoàn viên", "members_new", "h1-2023", sc="LĐLĐ huyện Mỹ Xuyên"),
    g("thành lập [[9]] CĐCS", "unions_new", "h1-2023"),
    g("cấp mới [[3.460]] thẻ", "member_records", "h1-2023", n="'cấp ... thẻ' -> member_records (indicators.tsv)"),
    g("dữ liệu của [[41.520]] đoàn viên", "member_records", "pub",
      n="cumulative 'Đến nay ... đã nhập' -> publication date; '93% tổng số đoàn viên' is a coverage share, not a record"),
    g("giới thiệu [[148]] đoàn viên ưu tú", "party_referrals", "h1-2023", n="'6 tháng qua' -> H1 2023"),
    g("đã có [[57]] đoàn viện", "party_admitted", "h1-2023", n="scraped typo 'đoàn viện'; 'được kết nạp vào Đảng' -> party_admitted"),
    g("hỗ trợ [[6.215]] lượt", "beneficiaries", "h1-2023", n="no new period phrase: '6 tháng qua' still applies"),
    g("số tiền [[3,86 tỷ]] đồng", "support_funds", "h1-2023"),
    g("tổ chức [[32]] hội nghị đối thoại", "workplace_dialogues", "h1-2023"),
    g("hướng dẫn [[285]] cơ quan", "official_conferences", "h1-2023"),
    g("phấn đấu kết nạp [[1.700]] đoàn viên", "members_new", "h2-2023", st="T"),
    g("thành lập [[8]] CĐCS; hoàn thành", "unions_new", "h2-2023", st="T",
      n="'100% đoàn viên' is a rate; the Tin liên quan item is a side story"),
], about="half-year review with district breakdown, member cards and software records, party work, H2 targets")

# ------------------------------------------------------------------ q19
doc("q19", "https://congdoanlaocai.vn/tin-tuc/bao-cao-chinh-tri-trinh-dai-hoi-cong-doan-vien-chuc-tinh-lan-thu-v-nhiem-ky-2023-2028-2614.html",
    None, """
BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH CÔNG ĐOÀN VIÊN CHỨC TỈNH KHÓA IV TRÌNH ĐẠI HỘI LẦN THỨ V, NHIỆM KỲ 2023 - 2028 (trích)

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI IV, NHIỆM KỲ 2018 - 2023

Nhiệm kỳ qua, hoạt động của Công đoàn Viên chức tỉnh Lào Cai diễn ra trong bối cảnh có nhiều thuận lợi nhưng cũng không ít khó khăn, nhất là tác động của dịch Covid-19 và việc sắp xếp, tinh gọn tổ chức bộ máy các cơ quan, đơn vị. Được sự quan tâm lãnh đạo của Ban Thường vụ LĐLĐ tỉnh, Ban Chấp hành Công đoàn Viên chức tỉnh đã tập trung thực hiện đạt và vượt các chỉ tiêu Nghị quyết Đại hội IV đề ra.

1. Công tác tuyên truyền, giáo dục
Các cấp công đoàn đã tổ chức 416 hội nghị tuyên truyền, quán triệt các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước cho 38.750 lượt đoàn viên.

2. Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp
Hằng năm, 100% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định; riêng năm 2022 có 186 cơ quan, đơn vị tổ chức hội nghị. Trong nhiệm kỳ, công đoàn đã phối hợp với thủ trưởng tổ chức đối thoại tại 154 cơ quan, đơn vị, giải quyết kịp thời những kiến nghị chính đáng của đoàn viên.

3. Công tác chăm lo đời sống
Nhiệm kỳ qua, các cấp công đoàn thăm hỏi, hỗ trợ 7.640 lượt đoàn viên ốm đau, gặp khó khăn với tổng số tiền 4,3 tỷ đồng.

4. Công tác phát triển đoàn viên, tham gia xây dựng Đảng
Kết nạp mới 1.215 đoàn viên; giới thiệu 640 đoàn viên ưu tú cho Đảng, trong đó 385 đoàn viên đã được kết nạp vào Đảng. Hiện Công đoàn Viên chức tỉnh có 142 CĐCS với 8.950 đoàn viên.

5. Công tác kiểm tra
Ủy ban Kiểm tra các cấp đã kiểm tra tài chính 96 cuộc, qua đó giúp CĐCS chấn chỉnh việc lập dự toán, quyết toán, quản lý quỹ đúng quy định; không có đơn thư khiếu nại, tố cáo vượt cấp.

Đánh giá chung
Nhiệm kỳ 2018 - 2023, hoạt động của Công đoàn Viên chức tỉnh có nhiều chuyển biến tích cực, vai trò đại diện, chăm lo, bảo vệ quyền lợi đoàn viên được nâng lên. Tuy nhiên, vẫn còn một số hạn chế: nội dung sinh hoạt ở một số CĐCS còn đơn điệu, chưa hấp dẫn đoàn viên trẻ; việc sắp xếp, sáp nhập các đơn vị sự nghiệp làm số CĐCS và đoàn viên biến động lớn; một bộ phận cán bộ công đoàn cơ sở còn ngại va chạm, chưa mạnh dạn đề xuất với thủ trưởng cơ quan.

Từ thực tiễn, Ban Chấp hành rút ra một số bài học: phải bám sát sự lãnh đạo của cấp ủy, sự chỉ đạo của LĐLĐ tỉnh; phối hợp chặt chẽ với thủ trưởng cơ quan, đơn vị; lấy đoàn viên làm trung tâm, lấy CĐCS làm địa bàn hoạt động chủ yếu; cán bộ công đoàn phải thực sự tâm huyết, trách nhiệm.

Phần thứ hai
MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2023 - 2028

Mục tiêu tổng quát: Tiếp tục đổi mới nội dung, phương thức hoạt động, xây dựng Công đoàn Viên chức tỉnh vững mạnh; chăm lo, đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên; góp phần xây dựng đội ngũ cán bộ, công chức, viên chức tỉnh Lào Cai chuyên nghiệp, tận tụy, liêm chính.

Các chỉ tiêu chủ yếu:

1. Phấn đấu kết nạp 1.000 đoàn viên mới trở lên.
2. 100% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.
3. Hằng năm có 90% trở lên CĐCS đạt tiêu chuẩn "CĐCS vững mạnh".
4. Ủy ban Kiểm tra các cấp kiểm tra tài chính ít nhất 100 cuộc trong nhiệm kỳ.

Để thực hiện thắng lợi các mục tiêu trên, Đại hội xác định 3 nhóm nhiệm vụ, giải pháp trọng tâm: nâng cao chất lượng công tác tuyên truyền, giáo dục; đẩy mạnh thực hiện dân chủ ở cơ sở, tổ chức tốt hội nghị cán bộ, công chức, viên chức; chăm lo đời sống vật chất, tinh thần cho đoàn viên gắn với xây dựng tổ chức công đoàn vững mạnh.

Lượt xem: 1.126
""", "Lào Cai", [
    g("tổ chức [[416]] hội nghị tuyên truyền", "trainings", "t2018-2023", sc="Công đoàn Viên chức tỉnh",
      n="undated article: periods come from the text only; 'hội nghị tuyên truyền' -> trainings (challenge3 convention)"),
    g("cho [[38.750]] lượt", "trainees", "t2018-2023", sc="Công đoàn Viên chức tỉnh"),
    g("có [[186]] cơ quan", "official_conferences", "y2022", sc="Công đoàn Viên chức tỉnh",
      n="'riêng năm 2022' -> 2022; '100% cơ quan' hằng năm is a coverage rate, not a record"),
    g("đối thoại tại [[154]] cơ quan", "workplace_dialogues", "t2018-2023", sc="Công đoàn Viên chức tỉnh",
      n="'Trong nhiệm kỳ' points back to nhiệm kỳ 2018 - 2023, not to the nearer 'năm 2022'"),
    g("hỗ trợ [[7.640]] lượt", "beneficiaries", "t2018-2023", sc="Công đoàn Viên chức tỉnh"),
    g("tổng số tiền [[4,3 tỷ]] đồng", "support_funds", "t2018-2023", sc="Công đoàn Viên chức tỉnh"),
    g("Kết nạp mới [[1.215]] đoàn viên", "members_new", "t2018-2023", sc="Công đoàn Viên chức tỉnh",
      n="section of the 'Kết quả ... nhiệm kỳ 2018 - 2023' part: takes the term (gold README 8)"),
    g("giới thiệu [[640]] đoàn viên ưu tú", "party_referrals", "t2018-2023", sc="Công đoàn Viên chức tỉnh"),
    g("trong đó [[385]] đoàn viên", "party_admitted", "t2018-2023", sc="Công đoàn Viên chức tỉnh"),
    g("có [[142]] CĐCS với", "unions_total", "null", sc="Công đoàn Viên chức tỉnh",
      n="stock 'Hiện ... có' with no publication date -> null..null (records.md)"),
    g("với [[8.950]] đoàn viên", "members_total", "null", sc="Công đoàn Viên chức tỉnh", n="stock, no publication date -> null"),
    g("tài chính [[96]] cuộc", "financial_inspections", "t2018-2023", sc="Công đoàn Viên chức tỉnh",
      n="section 5 of the results part: the term 2018-2023"),
    g("ít nhất [[100]] cuộc", "financial_inspections", "t2023-2028", st="T", b="o", sc="Công đoàn Viên chức tỉnh",
      n="target list item under the 2023-2028 heading; '3 nhóm nhiệm vụ' counts plan items"),
    g("kết nạp [[1.000]] đoàn viên mới trở lên", "members_new", "t2023-2028", st="T", b="o", sc="Công đoàn Viên chức tỉnh",
      n="list under 'MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2023 - 2028'; '... trở lên' -> over; 'Lượt xem: 1.126' is a counter"),
], about="undated congress political report of the officials' union: sections by field, term results and targets, null stocks")

# ------------------------------------------------------------------ q20
doc("q20", "https://baogialai.com.vn/gia-lai-10-thang-phat-trien-moi-3412-doan-vien-cong-doan-post268514.html",
    "2023-11-03", """
Gia Lai: 10 tháng, phát triển mới 3.412 đoàn viên công đoàn

03/11/2023, 10:15

(GLO)- Ngày 2-11, LĐLĐ tỉnh Gia Lai tổ chức hội nghị Ban Chấp hành lần thứ 3 (khóa XI) đánh giá tình hình thực hiện nhiệm vụ 10 tháng, triển khai nhiệm vụ những tháng cuối năm 2023.

Theo báo cáo, 10 tháng năm 2023, các cấp công đoàn trong tỉnh đã phát triển mới 3.412 đoàn viên, thành lập 21 CĐCS; giải thể 9 CĐCS do doanh nghiệp ngừng hoạt động, số đoàn viên giảm l.686 người. Như vậy, so với đầu năm, toàn tỉnh tăng tuyệt đối 12 CĐCS và 1.726 đoàn viên. Các huyện Chư Sê, Đak Đoa, thị xã An Khê là những địa phương làm tốt công tác phát triển đoàn viên.

Phát biểu chỉ đạo, ông Nguyễn Đình Phương, Chủ tịch LĐLĐ tỉnh nhấn mạnh: "Từ đầu năm đến nay, công đoàn các cấp đã tổ chức 138 cuộc đối thoại, 426 hội nghị người lao động và ký mới 37 bản thỏa ước lao động tập thể. Những con số này cho thấy vai trò đại diện của công đoàn ngày càng rõ nét".

Ông cũng cho biết, theo số liệu của Tổng LĐLĐ Việt Nam, 9 tháng năm 2023, cả nước kết nạp mới khoảng 700.000 đoàn viên, trong khi số đoàn viên giảm tới hơn 800.000 người. "Gia Lai không nằm ngoài xu hướng đó, nên các cấp công đoàn phải vừa phát triển, vừa giữ chân đoàn viên", ông Phương nói.

Tại hội nghị, các đại biểu tập trung thảo luận nguyên nhân số đoàn viên giảm, chủ yếu do người lao động ở các công ty cao su, cà phê nghỉ việc, chuyển sang làm tự do; một số doanh nghiệp chế biến gỗ thiếu đơn hàng phải tạm dừng hoạt động. Nhiều ý kiến đề xuất cần có cơ chế phát triển đoàn viên ở khu vực kinh tế phi chính thức, nghiệp đoàn nông nghiệp.

Hai tháng cuối năm 2023, LĐLĐ tỉnh phấn đấu phát triển thêm 600 đoàn viên, thành lập 5 CĐCS để hoàn thành chỉ tiêu năm là 4.000 đoàn viên; chuẩn bị tốt chương trình "Tết Sum vầy" Xuân Giáp Thìn 2024 cho công nhân, người lao động.

Trần Dung

Tin liên quan
- Gia Lai: Trao 50 suất quà cho công nhân cao su khó khăn
- Chư Sê: Thành lập Công đoàn cơ sở Công ty TNHH Nông nghiệp Tây Nguyên với 85 đoàn viên
""", "Gia Lai", [
    g("phát triển mới [[3.412]] đoàn viên công đoàn\n", "members_new", "m10-2023", n="headline repeat of the body's 10-month figure"),
    g("đã phát triển mới [[3.412]] đoàn viên", "members_new", "m10-2023", n="'10 tháng năm 2023' -> 2023-01-01..2023-10-31"),
    g("thành lập [[21]] CĐCS", "unions_new", "m10-2023"),
    g("giải thể [[9]] CĐCS", "unions_dissolved", "m10-2023"),
    g("đoàn viên giảm [[l.686]] người", "members_lost", "m10-2023", v=1686, n="scraped 'l.686' -> 1686 (records.md 'l.482')"),
    g("tăng tuyệt đối [[12]] CĐCS", "unions_net", "m10-2023"),
    g("CĐCS và [[1.726]] đoàn viên", "members_net", "m10-2023"),
    g("tổ chức [[138]] cuộc đối thoại", "workplace_dialogues", "2023-01-01..pub",
      n="quoted speech: 'Từ đầu năm đến nay' -> 2023-01-01..publication; three indicators in one sentence"),
    g("[[426]] hội nghị người lao động", "worker_conferences", "2023-01-01..pub"),
    g("ký mới [[37]] bản", "collective_agreements", "2023-01-01..pub"),
    g("khoảng [[700.000]] đoàn viên", "members_new", "m9-2023", b="a", reg="Việt Nam",
      n="national figure cited for comparison ('cả nước', Tổng LĐLĐ) -> Việt Nam; '9 tháng năm 2023'"),
    g("hơn [[800.000]] người", "members_lost", "m9-2023", b="o", reg="Việt Nam"),
    g("thêm [[600]] đoàn viên", "members_new", "2023-11-01..2023-12-31", st="T",
      n="'Hai tháng cuối năm 2023' -> 2023-11-01..2023-12-31"),
    g("thành lập [[5]] CĐCS để", "unions_new", "2023-11-01..2023-12-31", st="T"),
    g("chỉ tiêu năm là [[4.000]] đoàn viên", "members_new", "y2023", st="T",
      n="'chỉ tiêu năm' -> the full year 2023 (gold README 8); the Tin liên quan items are side stories"),
], about="10-month report with lost/net, quoted speech with three indicators, national comparison, last-two-months targets, Tin liên quan")
