"""q06-q10"""
from lib import doc, g

# ------------------------------------------------------------------ q06
doc("q06", "https://baolamdong.vn/cong-doan-lam-dong-sau-hop-nhat-9-thang-phat-trien-hon-11000-doan-vien-392415.html",
    "2025-10-20", """
Công đoàn Lâm Đồng sau hợp nhất: 9 tháng phát triển hơn 11.000 đoàn viên

20/10/2025 10:05

Ngày 19/10, Ban Chấp hành LĐLĐ tỉnh Lâm Đồng tổ chức hội nghị lần thứ hai, đánh giá kết quả hoạt động công đoàn 9 tháng năm 2025 và bàn giải pháp thực hiện nhiệm vụ những tháng cuối năm. Đây là hội nghị Ban Chấp hành đầu tiên được tổ chức tại trụ sở mới sau khi LĐLĐ 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận hợp nhất từ ngày 1/7/2025.

Theo báo cáo, 9 tháng năm 2025, các cấp công đoàn trong tỉnh đã kết nạp 11.246 đoàn viên, thành lập mới 64 CĐCS. Trong đó, khu vực Bình Thuận (cũ) kết nạp 5.130 đoàn viên, chủ yếu tại các doanh nghiệp chế biến thủy sản, may mặc ở Phan Thiết, Hàm Tân; khu vực Đắk Nông (cũ) kết nạp 1.985 đoàn viên.

Sau hợp nhất, LĐLĐ tỉnh hiện quản lý 4.126 CĐCS với 182.540 đoàn viên; 124 công đoàn xã, phường, đặc khu được thành lập thay cho các LĐLĐ cấp huyện trước đây. Đến nay, toàn tỉnh đã cập nhật thông tin của 176.300 đoàn viên lên phần mềm quản lý đoàn viên của Tổng LĐLĐ Việt Nam, phục vụ việc cấp thẻ đoàn viên điện tử.

Về công tác chăm lo, 9 tháng qua, các cấp công đoàn đã thăm hỏi, hỗ trợ 39.850 lượt đoàn viên, người lao động với tổng kinh phí hơn 23,6 tỷ đồng. Riêng từ ngày 1/7/2025 đến nay, LĐLĐ tỉnh đã trao 21 nhà "Mái ấm Công đoàn", trong đó khu vực Bình Thuận (cũ) 9 nhà.

Lãnh đạo LĐLĐ tỉnh trao "Mái ấm Công đoàn" cho đoàn viên khu vực Bình Thuận (cũ). Ảnh: T.T

Đáng chú ý, sau khi sắp xếp đơn vị hành chính cấp xã, các công đoàn xã, phường đã chủ động rà soát doanh nghiệp trên địa bàn; qua khảo sát, toàn tỉnh còn khoảng 1.300 doanh nghiệp có từ 10 lao động trở lên chưa thành lập CĐCS, tập trung ở các phường thuộc khu vực Phan Thiết, Bảo Lộc, Gia Nghĩa.

Hội nghị cũng thẳng thắn chỉ ra những khó khăn sau hợp nhất: địa bàn rộng, đội ngũ cán bộ công đoàn xã, phường phần lớn kiêm nhiệm, chưa có kinh nghiệm; việc thu kinh phí công đoàn ở một số doanh nghiệp còn chậm.

Phát biểu kết luận, Chủ tịch LĐLĐ tỉnh Lâm Đồng nhấn mạnh, đến hết năm 2025, các cấp công đoàn phấn đấu kết nạp tổng cộng 15.000 đoàn viên, thành lập 80 CĐCS; hoàn thành việc kiện toàn tổ chức, cán bộ công đoàn xã, phường trước ngày 31/12.

Thanh Tâm
""", "Lâm Đồng", [
    g("phát triển hơn [[11.000]] đoàn viên", "members_new", "m9-2025", b="o",
      n="headline repeat (rounded) of the body's 11.246: its region and period"),
    g("đã kết nạp [[11.246]] đoàn viên", "members_new", "m9-2025",
      n="post-merger LĐLĐ tỉnh Lâm Đồng reporting for the merged province as a whole -> Lâm Đồng (challenge6/7 convention)"),
    g("thành lập mới [[64]] CĐCS", "unions_new", "m9-2025"),
    g("kết nạp [[5.130]] đoàn viên", "members_new", "m9-2025", reg="Bình Thuận", sc="khu vực Bình Thuận (cũ)",
      n="an old province's area after the merger -> that old province (challenge7 k05, dev y15)"),
    g("kết nạp [[1.985]] đoàn viên", "members_new", "m9-2025", reg="Đắk Nông", sc="khu vực Đắk Nông (cũ)",
      n="old province's area -> Đắk Nông"),
    g("quản lý [[4.126]] CĐCS", "unions_total", "pub",
      n="stock 'hiện quản lý' -> publication date; '124 công đoàn xã, phường, đặc khu' are upper-level unions, not CĐCS: no record"),
    g("với [[182.540]] đoàn viên", "members_total", "pub", n="stock -> publication date"),
    g("thông tin của [[176.300]] đoàn viên", "member_records", "pub",
      n="cumulative 'Đến nay ... đã cập nhật' -> publication date (challenge3 convention)"),
    g("hỗ trợ [[39.850]] lượt", "beneficiaries", "m9-2025", n="'9 tháng qua' -> January-September 2025"),
    g("hơn [[23,6 tỷ]] đồng", "support_funds", "m9-2025", b="o"),
    g("trao [[21]] nhà", "shelter_houses", "2025-07-01..pub", n="'từ ngày 1/7/2025 đến nay' -> 2025-07-01 .. publication"),
    g("Bình Thuận (cũ) [[9]] nhà", "shelter_houses", "2025-07-01..pub", reg="Bình Thuận", sc="khu vực Bình Thuận (cũ)",
      n="breakdown of the 21 houses in an old province's area -> Bình Thuận"),
    g("tổng cộng [[15.000]] đoàn viên", "members_new", "y2025", st="T",
      n="'đến hết năm 2025 ... phấn đấu' -> target of the full year 2025 (the 15.000 counts the whole year, not the rest of it)"),
    g("thành lập [[80]] CĐCS", "unions_new", "y2025", st="T"),
], about="post-merger 9-month report; old-province areas (Bình Thuận, Đắk Nông); commune unions; member records")

# ------------------------------------------------------------------ q07
doc("q07", "https://baoangiang.com.vn/cong-doan-an-giang-tong-ket-nam-2025-tang-thuc-hon-4-000-doan-vien-a478120.html",
    "2026-01-14", """
Công đoàn An Giang tổng kết năm 2025: Tăng thực hơn 4.000 đoàn viên

14/01/2026 - 14:30

(BAG) - Ngày 13/1, LĐLĐ tỉnh An Giang tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Công đoàn tỉnh hoạt động theo mô hình mới sau khi hợp nhất LĐLĐ tỉnh An Giang và LĐLĐ tỉnh Kiên Giang.

Năm qua, các cấp công đoàn trong tỉnh kết nạp 14.326 đoàn viên, thành lập 72 CĐCS. Trừ số đoàn viên giảm do doanh nghiệp giải thể, người lao động nghỉ việc, cả năm tăng tuyệt đối 4.118 đoàn viên và 25 CĐCS. Đây là kết quả đáng ghi nhận trong bối cảnh vừa sắp xếp tổ chức bộ máy, vừa triển khai nhiệm vụ chuyên môn.

Hiện toàn tỉnh có 3.870 CĐCS với 215.460 đoàn viên. Riêng Công đoàn phường Rạch Giá, đơn vị có số đoàn viên đông nhất khu vực Kiên Giang (cũ), hiện quản lý 186 CĐCS với 9.420 đoàn viên.

Công tác đại diện, bảo vệ quyền lợi có nhiều chuyển biến: các CĐCS thương lượng, ký kết 198 bản thỏa ước lao động tập thể, nhiều bản có nội dung có lợi hơn cho người lao động so với quy định của pháp luật. LĐLĐ tỉnh ký thỏa thuận hợp tác với 18 đối tác, nâng tổng số đơn vị tham gia Chương trình "Phúc lợi đoàn viên công đoàn" lên 57, với mức ưu đãi giảm giá từ 5 - 30% cho đoàn viên.

Công tác chăm lo đời sống đoàn viên tiếp tục được quan tâm. Chương trình "Tết Sum vầy" và "Chợ Tết Công đoàn" Xuân Bính Ngọ 2026 đang được các cấp công đoàn khẩn trương chuẩn bị, bảo đảm "mọi đoàn viên, người lao động đều có Tết". Nhiều công đoàn phường, xã ở Long Xuyên, Châu Đốc, Rạch Giá, Phú Quốc đã làm việc với doanh nghiệp để nắm số lao động không về quê đón Tết.

Năm 2026, Công đoàn tỉnh phấn đấu kết nạp 15.000 đoàn viên, thành lập 75 CĐCS; tăng thực ít nhất 5.000 đoàn viên; 100% CĐCS hoàn thành cập nhật, làm sạch dữ liệu đoàn viên trên phần mềm.

Dịp này, LĐLĐ tỉnh khen thưởng 46 tập thể, 82 cá nhân có thành tích xuất sắc trong hoạt động công đoàn năm 2025.

Hữu Huynh
""", "An Giang", [
    g("Tăng thực hơn [[4.000]] đoàn viên", "members_net", "y2025", b="o",
      n="headline repeat (rounded) of the body's net 4.118: its period (năm 2025)"),
    g("kết nạp [[14.326]] đoàn viên", "members_new", "y2025",
      n="'Năm qua' in an article of 14 January 2026 -> 2025; merged province as a whole -> An Giang"),
    g("thành lập [[72]] CĐCS", "unions_new", "y2025"),
    g("tăng tuyệt đối [[4.118]] đoàn viên", "members_net", "y2025"),
    g("đoàn viên và [[25]] CĐCS", "unions_net", "y2025", n="'tăng tuyệt đối ... 25 CĐCS' -> unions_net"),
    g("có [[3.870]] CĐCS với", "unions_total", "pub", n="stock 'Hiện toàn tỉnh có' -> publication date"),
    g("với [[215.460]] đoàn viên", "members_total", "pub", n="stock -> publication date"),
    g("quản lý [[186]] CĐCS", "unions_total", "pub", reg="Kiên Giang", sc="Công đoàn phường Rạch Giá",
      n="ward of the former Kiên Giang (khu vực Kiên Giang (cũ)) -> Kiên Giang (challenge7 convention); stock -> publication date"),
    g("với [[9.420]] đoàn viên", "members_total", "pub", reg="Kiên Giang", sc="Công đoàn phường Rạch Giá",
      n="ward of the former Kiên Giang -> Kiên Giang; stock"),
    g("ký kết [[198]] bản", "collective_agreements", "y2025"),
    g("hợp tác với [[18]] đối tác", "welfare_partners", "y2025",
      n="'thỏa thuận hợp tác ... Phúc lợi đoàn viên' -> welfare_partners (gold README 9)"),
    g("lên [[57]], với", "welfare_partners", "pub",
      n="'nâng tổng số đơn vị ... lên 57' is a cumulative stock -> publication date (challenge3 e08 convention); 'giảm giá từ 5 - 30%' is not a record"),
    g("phấn đấu kết nạp [[15.000]] đoàn viên", "members_new", "y2026", st="T"),
    g("thành lập [[75]] CĐCS", "unions_new", "y2026", st="T"),
    g("ít nhất [[5.000]] đoàn viên", "members_net", "y2026", st="T", b="o",
      n="'tăng thực ít nhất 5.000 đoàn viên' -> members_net target; ít nhất -> over"),
], about="post-merger year-end 2025 with net growth, a ward of the former Kiên Giang, welfare partners stock, 2026 targets")

# ------------------------------------------------------------------ q08
doc("q08", "https://laodongthudo.vn/dai-hoi-cong-doan-huyen-dong-anh-lan-thu-xxii-nhiem-ky-2023-2028-158214.html",
    "2023-05-22", """
Đại hội Công đoàn huyện Đông Anh lần thứ XXII, nhiệm kỳ 2023 - 2028

22/05/2023 16:10

LĐTĐ Ngày 22/5, Liên đoàn Lao động huyện Đông Anh tổ chức Đại hội Công đoàn huyện lần thứ XXII, nhiệm kỳ 2023 - 2028. Tham dự có 180 đại biểu chính thức đại diện cho 17.650 đoàn viên của 286 công đoàn cơ sở trực thuộc.

Báo cáo chính trị tại Đại hội cho thấy, trong nhiệm kỳ 2018 - 2023, LĐLĐ huyện đã kết nạp mới 8.925 đoàn viên, thành lập 97 CĐCS (đạt 121% chỉ tiêu Đại hội); giới thiệu 635 đoàn viên ưu tú cho Đảng, trong đó 412 đồng chí đã được kết nạp. Các cấp công đoàn trong huyện đã tổ chức 1.130 buổi tuyên truyền, phổ biến pháp luật cho trên 142.000 lượt đoàn viên, người lao động; tham gia giám sát việc thực hiện chế độ, chính sách tại 214 doanh nghiệp.

Công tác chăm lo đời sống đoàn viên có nhiều đổi mới. Nhiều CĐCS trong Khu công nghiệp Thăng Long, Khu công nghiệp Nội Bài đã thương lượng với chủ doanh nghiệp hỗ trợ tiền nhà trọ, tiền xăng xe cho công nhân. Trong thời gian giãn cách xã hội do dịch Covid-19, công đoàn huyện đã kịp thời hỗ trợ đoàn viên bị mất việc, giảm thu nhập.

Bên cạnh đó, phong trào thi đua lao động giỏi, lao động sáng tạo được duy trì sâu rộng; nhiều đoàn viên được Tổng LĐLĐ Việt Nam tặng Bằng Lao động sáng tạo. Tuy vậy, Báo cáo chính trị cũng nhìn nhận công tác phát triển đoàn viên ở các doanh nghiệp nhỏ, hộ kinh doanh cá thể còn gặp nhiều khó khăn; một số CĐCS chưa thực sự là chỗ dựa tin cậy của người lao động.

Đại biểu dự Đại hội biểu quyết thông qua Nghị quyết. Ảnh: Hương Giang

Phát biểu tại Đại hội, Phó Chủ tịch LĐLĐ thành phố Hà Nội ghi nhận những kết quả của Công đoàn huyện Đông Anh. Bà cho biết, nhiệm kỳ 2018 - 2023, toàn thành phố kết nạp hơn 190.000 đoàn viên, trong đó Đông Anh là một trong những địa phương dẫn đầu về phát triển đoàn viên khu vực ngoài nhà nước.

Đại hội đề ra mục tiêu nhiệm kỳ 2023 - 2028: kết nạp mới 9.000 đoàn viên, thành lập mới 100 CĐCS; giới thiệu 700 đoàn viên ưu tú cho Đảng xem xét kết nạp; phấn đấu 75% CĐCS doanh nghiệp có thỏa ước lao động tập thể.

Với tinh thần "Đoàn kết - Đổi mới - Dân chủ - Phát triển", Đại hội kêu gọi đội ngũ cán bộ công đoàn và đoàn viên toàn huyện thi đua lập thành tích chào mừng Đại hội XVII Công đoàn thành phố và Đại hội XIII Công đoàn Việt Nam.

Đại hội đã bầu 27 đồng chí vào Ban Chấp hành Công đoàn huyện khóa XXII và bầu 13 đại biểu dự Đại hội Công đoàn thành phố Hà Nội lần thứ XVII.

Hương Giang
""", "Hà Nội", [
    g("đại diện cho [[17.650]] đoàn viên", "members_total", "pub", sc="LĐLĐ huyện Đông Anh",
      n="'đại diện cho ... đoàn viên' at a congress is a stock (dev r11) -> publication date; district -> Hà Nội with the district as scope"),
    g("của [[286]] công đoàn cơ sở", "unions_total", "pub", sc="LĐLĐ huyện Đông Anh", n="stock (dev r11) -> publication date"),
    g("kết nạp mới [[8.925]] đoàn viên", "members_new", "t2018-2023", sc="LĐLĐ huyện Đông Anh",
      n="nhiệm kỳ 2018 - 2023 -> 2018-01-01..2023-12-31 (records.md table) though published in May 2023"),
    g("thành lập [[97]] CĐCS", "unions_new", "t2018-2023", sc="LĐLĐ huyện Đông Anh"),
    g("đạt [[121%]] chỉ tiêu Đại hội", "unions_new", "t2018-2023", st="P", sc="LĐLĐ huyện Đông Anh",
      n="bracket attached to the unions founded"),
    g("giới thiệu [[635]] đoàn viên ưu tú", "party_referrals", "t2018-2023", sc="LĐLĐ huyện Đông Anh"),
    g("trong đó [[412]] đồng chí", "party_admitted", "t2018-2023", sc="LĐLĐ huyện Đông Anh",
      n="'trong đó 412 đồng chí đã được kết nạp' (into the Party) -> party_admitted"),
    g("tổ chức [[1.130]] buổi tuyên truyền", "trainings", "t2018-2023", sc="LĐLĐ huyện Đông Anh",
      n="'buổi tuyên truyền' -> trainings, the people reached -> trainees (challenge3 convention)"),
    g("trên [[142.000]] lượt", "trainees", "t2018-2023", b="o", sc="LĐLĐ huyện Đông Anh"),
    g("chính sách tại [[214]] doanh nghiệp", "supervisions", "t2018-2023", sc="LĐLĐ huyện Đông Anh",
      n="'tham gia giám sát ... tại 214 doanh nghiệp' -> supervisions"),
    g("hơn [[190.000]] đoàn viên", "members_new", "t2018-2023", b="o",
      n="city-wide figure quoted in a speech: LĐLĐ thành phố Hà Nội, no district scope"),
    g("kết nạp mới [[9.000]] đoàn viên", "members_new", "t2023-2028", st="T", sc="LĐLĐ huyện Đông Anh"),
    g("thành lập mới [[100]] CĐCS", "unions_new", "t2023-2028", st="T", sc="LĐLĐ huyện Đông Anh"),
    g("giới thiệu [[700]] đoàn viên ưu tú", "party_referrals", "t2023-2028", st="T", sc="LĐLĐ huyện Đông Anh",
      n="'75% CĐCS doanh nghiệp' in the same target list is a rate, not a record"),
], about="district congress: stocks, term 2018-2023 results, city figure in a speech, term 2023-2028 targets")

# ------------------------------------------------------------------ q09
doc("q09", "https://baonghean.vn/cong-doan-nganh-giao-duc-nghe-an-tong-ket-nam-hoc-2023-2024-10281734.html",
    "2024-08-20", """
Công đoàn ngành Giáo dục Nghệ An tổng kết năm học 2023 - 2024

20/08/2024 - 10:40

(Baonghean.vn) - Sáng 20/8, Công đoàn ngành Giáo dục Nghệ An tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2023 - 2024, triển khai nhiệm vụ năm học 2024 - 2025. Hiện Công đoàn ngành có 1.604 CĐCS với 51.230 đoàn viên, là công đoàn ngành có số đoàn viên đông nhất tỉnh.

Năm học qua, Công doàn ngành đã chỉ đạo 1.582/1.582 đơn vị trường học tổ chức hội nghị viên chức, người lao động đúng quy định, trong đó 1.496 đơn vị tổ chức đối thoại định kỳ giữa thủ trưởng với viên chức, người lao động. Công đoàn ngành phối hợp mở 12 lớp tập huấn nghiệp vụ cho 1.640 cán bộ công đoàn cơ sở; kết nạp 486 đoàn viên mới, chủ yếu là giáo viên hợp đồng và nhân viên trường học.

Công tác chăm lo được đặc biệt quan tâm. Năm học 2023 - 2024, các cấp công đoàn trong ngành đã thăm hỏi, hỗ trợ 3.215 lượt đoàn viên ốm đau, hoàn cảnh khó khăn với tổng số tiền 2,84 tỷ đồng; hỗ trợ xây 8 nhà "Mái ấm Công đoàn" cho giáo viên vùng cao các huyện Kỳ Sơn, Tương Dương, Quế Phong, mỗi nhà 60 triệu đồng. Dịp 20/11, 100% CĐCS tổ chức các hoạt động tôn vinh nhà giáo.

Đáng chú ý, năm học qua, Công đoàn ngành đã phối hợp với Sở Giáo dục và Đào tạo tham gia giải quyết dứt điểm các kiến nghị về chế độ phụ cấp thu hút, phụ cấp thâm niên của giáo viên vùng đặc biệt khó khăn; tham gia ý kiến vào dự thảo đề án sắp xếp, sáp nhập trường lớp ở các huyện miền núi, bảo đảm quyền lợi của nhà giáo.

Phong trào thi đua "Giỏi việc trường, đảm việc nhà" tiếp tục lan tỏa, thu hút đông đảo nữ đoàn viên tham gia. Nhiều CĐCS đã phối hợp với chuyên môn tổ chức các hoạt động chăm sóc sức khỏe sinh sản, khám sức khỏe định kỳ cho nữ nhà giáo.

Năm học 2024 - 2025, Công đoàn ngành phấn đấu kết nạp 500 đoàn viên mới; 100% đơn vị tổ chức hội nghị viên chức, người lao động; giới thiệu 250 đoàn viên ưu tú cho Đảng xem xét kết nạp. Công đoàn ngành cũng đề nghị Sở Giáo dục và Đào tạo tiếp tục quan tâm chế độ, chính sách cho giáo viên vùng khó.

Thu Huyền
""", "Nghệ An", [
    g("có [[1.604]] CĐCS với", "unions_total", "pub", sc="Công đoàn ngành Giáo dục",
      n="sector union of the province -> Nghệ An, scope the sector; stock 'Hiện ... có' -> publication date"),
    g("với [[51.230]] đoàn viên", "members_total", "pub", sc="Công đoàn ngành Giáo dục", n="stock -> publication date"),
    g("chỉ đạo [[1.582/1.582]] đơn vị", "official_conferences", "sy2023-2024", sc="Công đoàn ngành Giáo dục",
      n="'1.582/1.582 đơn vị' -> 1582 (records.md '03/03'); 'hội nghị viên chức' -> official_conferences; 'Năm học qua' -> năm học 2023-2024 (2023-09-01..2024-08-31)"),
    g("trong đó [[1.496]] đơn vị tổ chức đối thoại", "workplace_dialogues", "sy2023-2024", sc="Công đoàn ngành Giáo dục"),
    g("mở [[12]] lớp tập huấn", "trainings", "sy2023-2024", sc="Công đoàn ngành Giáo dục"),
    g("cho [[1.640]] cán bộ", "trainees", "sy2023-2024", sc="Công đoàn ngành Giáo dục"),
    g("kết nạp [[486]] đoàn viên mới", "members_new", "sy2023-2024", sc="Công đoàn ngành Giáo dục"),
    g("hỗ trợ [[3.215]] lượt", "beneficiaries", "sy2023-2024", sc="Công đoàn ngành Giáo dục"),
    g("tổng số tiền [[2,84 tỷ]] đồng", "support_funds", "sy2023-2024", sc="Công đoàn ngành Giáo dục"),
    g("hỗ trợ xây [[8]] nhà", "shelter_houses", "sy2023-2024", sc="Công đoàn ngành Giáo dục",
      n="'mỗi nhà 60 triệu đồng' is a per-item amount, not a record"),
    g("phấn đấu kết nạp [[500]] đoàn viên mới", "members_new", "sy2024-2025", st="T", sc="Công đoàn ngành Giáo dục"),
    g("giới thiệu [[250]] đoàn viên ưu tú", "party_referrals", "sy2024-2025", st="T", sc="Công đoàn ngành Giáo dục",
      n="school-year target: năm học 2024-2025 -> 2024-09-01..2025-08-31"),
], about="education sector union: school years 2023-2024 and 2024-2025, 1.582/1.582, officials' conferences")

# ------------------------------------------------------------------ q10
doc("q10", "https://baobacninh.vn/cong-doan-cac-kcn-bac-ninh-hon-31000-cong-nhan-duoc-tang-qua-trong-thang-cong-nhan-215547.html",
    "2024-06-05", """
Công đoàn các KCN Bắc Ninh: Hơn 31.000 công nhân được tặng quà trong Tháng Công nhân

05/06/2024 08:15

BNO - Ngày 4/6, Công đoàn các Khu công nghiệp (KCN) tỉnh Bắc Ninh tổ chức hội nghị tổng kết Tháng Công nhân năm 2024. Hiện Công đoàn các KCN quản lý 412 CĐCS với 176.800 đoàn viên, chiếm gần 70% số đoàn viên toàn tỉnh.

Trong Tháng Công nhân, 412/412 CĐCS trực thuộc đã tổ chức các hoạt động hưởng ứng với nhiều hình thức phong phú. Các cấp công đoàn đã trao 31.250 suất quà cho công nhân, người lao động có hoàn cảnh khó khăn với tổng trị giá 12,5 tỷ đồng, mỗi suất quà trị giá từ 300.000 đồng đến 1 triệu đồng.

Đặc biệt, Công đoàn các KCN đã chủ trì, phối hợp tổ chức 86 cuộc đối thoại "Tháng 5 - Đối thoại" tại các doanh nghiệp; thương lượng thành công với 45 doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca, nâng mức bình quân lên 22.000 đồng/suất; ký mới 19 bản thỏa ước lao động tập thể.

Tính từ đầu năm đến nay, Công đoàn các KCN đã kết nạp 8.420 đoàn viên, thành lập 26 CĐCS; phối hợp với Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn cho 1.480 lượt công nhân về hợp đồng lao động, bảo hiểm xã hội.

Tại các cuộc đối thoại, công nhân đã nêu nhiều kiến nghị về tiền lương, phụ cấp nhà trọ, chất lượng bữa ăn ca và thời gian làm thêm giờ; phần lớn kiến nghị đã được chủ doanh nghiệp tiếp thu, giải quyết ngay tại buổi đối thoại.

Chủ tịch Công đoàn các KCN tỉnh cho biết, thời gian tới đơn vị tiếp tục bám sát các doanh nghiệp mới đầu tư tại KCN Yên Phong II-C, Quế Võ III để sớm thành lập công đoàn cơ sở; tăng cường giám sát việc thực hiện chính sách tiền lương, thời giờ làm việc tại các doanh nghiệp có dấu hiệu vi phạm.

Lượt xem: 2.418

Hà Phương

Tin liên quan
- Bắc Ninh: 500 công nhân được khám sức khỏe miễn phí
- Yên Phong tổ chức "Ngày hội công nhân" năm 2024
""", "Bắc Ninh", [
    g("Hơn [[31.000]] công nhân được tặng quà", "beneficiaries", "mo2024-05", b="o", sc="Công đoàn các KCN tỉnh Bắc Ninh",
      n="headline repeat (rounded) of the body's 31.250 gift packages: its period (Tháng Công nhân 2024 -> May)"),
    g("quản lý [[412]] CĐCS", "unions_total", "pub", sc="Công đoàn các KCN tỉnh Bắc Ninh",
      n="KCN union -> its province; stock 'Hiện ... quản lý' -> publication date"),
    g("với [[176.800]] đoàn viên", "members_total", "pub", sc="Công đoàn các KCN tỉnh Bắc Ninh",
      n="stock; 'gần 70%' is a share, not a record"),
    g("[[412/412]] CĐCS trực thuộc", "workers_month_units", "mo2024-05", sc="Công đoàn các KCN tỉnh Bắc Ninh",
      n="'412/412 CĐCS' -> 412; units organising Workers' Month -> workers_month_units, May 2024"),
    g("trao [[31.250]] suất quà", "beneficiaries", "mo2024-05", sc="Công đoàn các KCN tỉnh Bắc Ninh",
      n="'Các cấp công đoàn' of the KCN union, whose review this is; 'mỗi suất quà trị giá từ 300.000 đồng đến 1 triệu đồng' is a per-item amount"),
    g("tổng trị giá [[12,5 tỷ]] đồng", "support_funds", "mo2024-05", sc="Công đoàn các KCN tỉnh Bắc Ninh"),
    g("phối hợp tổ chức [[86]] cuộc đối thoại", "workplace_dialogues", "mo2024-05", sc="Công đoàn các KCN tỉnh Bắc Ninh",
      n="no new period phrase: still Tháng Công nhân 2024"),
    g("thành công với [[45]] doanh nghiệp", "meal_upgrades", "mo2024-05", sc="Công đoàn các KCN tỉnh Bắc Ninh",
      n="the meal level '22.000 đồng/suất' is a threshold, not a record"),
    g("ký mới [[19]] bản", "collective_agreements", "mo2024-05", sc="Công đoàn các KCN tỉnh Bắc Ninh"),
    g("kết nạp [[8.420]] đoàn viên", "members_new", "2024-01-01..pub", sc="Công đoàn các KCN tỉnh Bắc Ninh",
      n="'Tính từ đầu năm đến nay' -> 2024-01-01 .. publication"),
    g("thành lập [[26]] CĐCS", "unions_new", "2024-01-01..pub", sc="Công đoàn các KCN tỉnh Bắc Ninh"),
    g("tư vấn cho [[1.480]] lượt", "legal_consultations", "2024-01-01..pub", sc="Công đoàn các KCN tỉnh Bắc Ninh",
      n="'Lượt xem: 2.418' below is a page counter, not a record"),
], about="KCN union: Tháng Công nhân review, 412/412, meal upgrades, year-to-date, page counter")
