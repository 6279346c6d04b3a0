"""m10-m17"""
from lib10 import A, R, Y, YY, H1, H2, Q, M, FIRSTN, SCHOOL, SPAN, PUB, NULL

# ------------------------------------------------------------------ m10
A("m10", "https://congdoan.haiduong.vn/tin-tuc/ubkt-cong-doan-tinh-kiem-tra-tai-chinh-128-cdcs-nam-2023-516.html",
  None, """
UBKT Công đoàn tỉnh: Kiểm tra tài chính 128 công đoàn cơ sở trong năm 2023

Năm 2023, Ủy ban Kiểm tra (UBKT) Công đoàn các cấp tỉnh Hải Dương đã tiến hành 214 cuộc kiểm tra, trong đó kiểm tra việc chấp hành Điều lệ Công đoàn tại 86 CĐCS; kiểm tra tài chính, quản lý tài sản tại 128 CĐCS, đạt 116% kế hoạch. Riêng UBKT LĐLĐ tỉnh trực tiếp kiểm tra tài chính 15 đơn vị.

Qua kiểm tra, UBKT đã chỉ ra những thiếu sót trong việc thu, chi tài chính công đoàn, kiến nghị thu hồi gần 410 triệu đồng. UBKT các cấp cũng giải quyết 6 đơn thư khiếu nại, tố cáo đúng thời hạn.

Cán bộ UBKT LĐLĐ tỉnh kiểm tra tài chính tại CĐCS Công ty TNHH Ford Việt Nam.

Năm 2024, UBKT Công đoàn các cấp phấn đấu kiểm tra tài chính 130 CĐCS, trong đó có ít nhất 40 CĐCS khu vực ngoài nhà nước, theo Kế hoạch số 15/KH-UBKT ngày 10/1/2024 của UBKT LĐLĐ tỉnh.

Đức Anh
""", "Hải Dương", [
    R("financial_inspections", "128", "Kiểm tra tài chính 128 công đoàn cơ sở", 128, per=Y(2023),
      sc="UBKT Công đoàn các cấp", note="headline repeat ('trong năm 2023')"),
    R("supervisions", "214", "tiến hành 214 cuộc kiểm tra", 214, per=Y(2023), sc="UBKT Công đoàn các cấp",
      note="all inspections of the inspection committees ('tiến hành N cuộc kiểm tra') -> supervisions (indicators.tsv: 'tổ chức ... cuộc giám sát / kiểm tra'); the financial inspections are a part of it and have their own records"),
    R("supervisions", "86", "Điều lệ Công đoàn tại 86 CĐCS", 86, per=Y(2023), sc="kiểm tra chấp hành Điều lệ",
      note="'kiểm tra việc chấp hành Điều lệ' -> supervisions (as challenge6 h23), a breakdown of the 214"),
    R("financial_inspections", "128", "quản lý tài sản tại 128 CĐCS", 128, per=Y(2023), sc="UBKT Công đoàn các cấp"),
    R("financial_inspections", "116%", "đạt 116% kế hoạch", 116, st="attainment", per=Y(2023), sc="UBKT Công đoàn các cấp",
      note="attainment of the nearest figure (the financial inspections)"),
    R("financial_inspections", "15", "trực tiếp kiểm tra tài chính 15 đơn vị", 15, per=Y(2023), sc="UBKT LĐLĐ tỉnh",
      note="'Riêng' breakdown -> same indicator with a scope; the 410 triệu to recover and the 6 complaints fit no code"),
    R("financial_inspections", "130", "kiểm tra tài chính 130 CĐCS", 130, st="target", per=Y(2024), sc="UBKT Công đoàn các cấp",
      note="'phấn đấu' -> target; 'Kế hoạch số 15/KH-UBKT ngày 10/1/2024' is a document number and a date"),
    R("financial_inspections", "40", "ít nhất 40 CĐCS", 40, st="target", bd="over", per=Y(2024),
      sc="khu vực ngoài nhà nước", note="breakdown of the target, 'ít nhất' -> over"),
])

# ------------------------------------------------------------------ m11
A("m11", "https://baothanhhoa.vn/thanh-hoa-6-thang-dau-nam-1-312-doanh-nghiep-to-chuc-hoi-nghi-nguoi-lao-dong-219874.htm",
  "2024-07-16", """
Thanh Hóa: 6 tháng đầu năm, 1.312 doanh nghiệp tổ chức hội nghị người lao động

Thứ Ba, 16/07/2024 - 17:20

(Baothanhhoa.vn) - Ngày 16/7, LĐLĐ tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.

Theo báo cáo, 6 tháng đầu năm 2024, các cấp công đoàn đã hướng dẫn, phối hợp tổ chức hội nghị cán bộ, công chức, viên chức tại 2.846 cơ quan, đơn vị, đạt 99,2% số đơn vị thuộc đối tượng; có 1.312 doanh nghiệp tổ chức hội nghị người lao động, tăng 64 doanh nghiệp so với cùng kỳ. Công đoàn tham gia cùng người sử dụng lao động tổ chức 1.105 cuộc đối thoại định kỳ tại nơi làm việc; thương lượng, ký kết 286 bản thỏa ước lao động tập thể, trong đó có 9 bản thỏa ước lao động tập thể nhóm doanh nghiệp.

Các cấp công đoàn đã tham gia 61 đoàn kiểm tra, giám sát liên ngành; tư vấn pháp luật cho trên 3.200 lượt đoàn viên, người lao động. Trên địa bàn tỉnh xảy ra 2 vụ ngừng việc tập thể, giảm 3 vụ so với cùng kỳ.

Phát biểu tại hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh nhấn mạnh, các cấp công đoàn cần nâng cao chất lượng đối thoại, thương lượng tập thể, không chạy theo số lượng; tập trung vào những nội dung người lao động quan tâm như tiền lương, tiền thưởng, bữa ăn ca, điều kiện làm việc.

6 tháng cuối năm 2024, LĐLĐ tỉnh phấn đấu có thêm 150 doanh nghiệp tổ chức đối thoại tại nơi làm việc.

Lê Hà
""", "Thanh Hóa", [
    R("worker_conferences", "1.312", "6 tháng đầu năm, 1.312 doanh nghiệp", 1312, per=H1(2024),
      note="headline repeat of the body figure -> its period (6 tháng đầu năm 2024)"),
    R("official_conferences", "2.846", "tại 2.846 cơ quan, đơn vị", 2846, per=H1(2024),
      note="'tổ chức hội nghị cán bộ, công chức, viên chức tại N cơ quan, đơn vị' -> official_conferences; 'đạt 99,2% số đơn vị thuộc đối tượng' is a coverage share with no target, not gold"),
    R("worker_conferences", "1.312", "có 1.312 doanh nghiệp tổ chức", 1312, per=H1(2024),
      note="'tăng 64 doanh nghiệp so với cùng kỳ' is a change against last year, which no code counts, not gold"),
    R("workplace_dialogues", "1.105", "tổ chức 1.105 cuộc đối thoại", 1105, per=H1(2024)),
    R("collective_agreements", "286", "ký kết 286 bản", 286, per=H1(2024)),
    R("collective_agreements", "9", "có 9 bản thỏa ước", 9, per=H1(2024), sc="thỏa ước lao động tập thể nhóm doanh nghiệp",
      note="breakdown 'trong đó' (gold/README 6)"),
    R("supervisions", "61", "tham gia 61 đoàn kiểm tra, giám sát", 61, per=H1(2024),
      note="'tham gia N đoàn kiểm tra, giám sát' -> supervisions (indicators.tsv: held or joined); nearest earlier period phrase '6 tháng đầu năm 2024'"),
    R("legal_consultations", "3.200", "trên 3.200 lượt", 3200, bd="over", per=H1(2024),
      note="'trên' -> over; the 2 and 3 strikes fit no code"),
    R("workplace_dialogues", "150", "có thêm 150 doanh nghiệp", 150, st="target", per=H2(2024),
      note="'phấn đấu có thêm N doanh nghiệp tổ chức đối thoại' -> target for 6 tháng cuối năm 2024"),
])

# ------------------------------------------------------------------ m12
A("m12", "https://baobinhdinh.vn/viewer.aspx?macm=12&macmp=12&mabb=298415",
  "2024-08-27", """
Bình Định: Hơn 92% đoàn viên đã được cập nhật dữ liệu lên phần mềm

27/08/2024 | 10:25

(BĐ) - Theo LĐLĐ tỉnh Bình Định, đến nay các cấp công đoàn trong tỉnh đã nhập thông tin của 118.406 đoàn viên lên phần mềm quản lý đoàn viên, đạt 92,7% tổng số đoàn viên; cấp 64.215 thẻ đoàn viên công đoàn điện tử.

Hiện toàn tỉnh có 127.730 đoàn viên sinh hoạt tại 1.652 CĐCS. Trong đó, LĐLĐ thị xã An Nhơn quản lý 142 CĐCS, là đơn vị hoàn thành sớm nhất việc cập nhật dữ liệu đoàn viên.

Từ đầu năm đến nay, LĐLĐ tỉnh đã kết nạp 4.128 đòan viên, thành lập mới 23 CĐCS; có 8 CĐCS giải thể do đơn vị sáp nhập, doanh nghiệp ngừng hoạt động, như vậy số CĐCS tăng thực 15 đơn vị.

Trong quý IV/2024, LĐLĐ tỉnh phấn đấu cấp thêm 30.000 thẻ đoàn viên điện tử.

Ngọc Hân
""", "Bình Định", [
    R("member_records", "118.406", "nhập thông tin của 118.406 đoàn viên", 118406, per=PUB,
      note="'nhập thông tin ... lên phần mềm' -> member_records; cumulative with only 'đến nay' -> publication date (as challenge6 h13); the 92% of the headline and the 92,7% are shares, not gold"),
    R("member_records", "64.215", "cấp 64.215 thẻ", 64215, per=PUB,
      note="cards issued -> member_records (indicators.tsv 'cấp thẻ'), same 'đến nay' sentence"),
    R("members_total", "127.730", "Hiện toàn tỉnh có 127.730 đoàn viên", 127730, per=PUB,
      note="'Hiện toàn tỉnh có' -> stock at publication"),
    R("unions_total", "1.652", "sinh hoạt tại 1.652 CĐCS", 1652, per=PUB),
    R("unions_total", "142", "quản lý 142 CĐCS", 142, per=PUB, sc="LĐLĐ thị xã An Nhơn",
      note="a district-level union's stock inside the 'Hiện' paragraph -> publication date"),
    R("members_new", "4.128", "kết nạp 4.128 đòan viên", 4128, per=SPAN("2024-01-01", "2024-08-27"),
      note="'Từ đầu năm đến nay' -> 1 Jan of the publication year .. publication"),
    R("unions_new", "23", "thành lập mới 23 CĐCS", 23, per=SPAN("2024-01-01", "2024-08-27")),
    R("unions_dissolved", "8", "có 8 CĐCS giải thể", 8, per=SPAN("2024-01-01", "2024-08-27")),
    R("unions_net", "15", "tăng thực 15 đơn vị", 15, per=SPAN("2024-01-01", "2024-08-27"),
      note="'số CĐCS tăng thực' -> unions_net (23 - 8)"),
    R("member_records", "30.000", "cấp thêm 30.000 thẻ", 30000, st="target", per=Q(4, 2024),
      note="'phấn đấu' -> target; 'quý IV/2024' -> 2024-10-01 .. 2024-12-31"),
])

# ------------------------------------------------------------------ m13
A("m13", "https://baocantho.com.vn/cong-doan-nganh-giao-duc-tp-can-tho-100-truong-hoc-to-chuc-hoi-nghi-vien-chuc-a178243.html",
  "2024-10-02", """
Công đoàn ngành Giáo dục TP Cần Thơ: 100% trường học tổ chức hội nghị viên chức

Thứ Tư, 02/10/2024 - 09:00

(CT) - Ngày 1/10, Công đoàn ngành Giáo dục TP Cần Thơ tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2023 - 2024, triển khai nhiệm vụ năm học 2024 - 2025.

Năm học 2023 - 2024, Công đoàn ngành phối hợp với ngành chỉ đạo 412 trường học, cơ sở giáo dục tổ chức hội nghị viên chức, người lao động, đạt 100%; 398 đơn vị tổ chức đối thoại trực tiếp giữa người đứng đầu với viên chức, người lao động. Các CĐCS đã thăm hỏi, trợ cấp cho 1.264 lượt đoàn viên ốm đau, hoạn nạn với tổng số tiền gần 1,1 tỷ đồng.

Cũng trong năm học 2023 - 2024, Công đoàn ngành đã kết nạp 684 đoàn viên mới là giáo viên hợp đồng, nhân viên mới tuyển dụng. Hiện Công đoàn ngành có 421 CĐCS với tổng số 15.806 đoàn viên, nữ chiếm 71,3%.

Năm học 2024 - 2025, Công đoàn ngành phấn đấu giới thiệu 120 đoàn viên ưu tú cho Đảng xem xét, kết nạp.

Tại hội nghị, Công đoàn ngành tặng giấy khen cho 31 tập thể, 47 cá nhân.

Lãnh đạo Công đoàn ngành Giáo dục TP Cần Thơ trao giấy khen cho các tập thể có thành tích xuất sắc. Ảnh: T.S

Thu Sương
""", "Cần Thơ", [
    R("official_conferences", "412", "chỉ đạo 412 trường học", 412, per=SCHOOL(2023), sc="Công đoàn ngành Giáo dục TP Cần Thơ",
      note="schools holding 'hội nghị viên chức, người lao động' (the public-sector conference of officials and employees) -> official_conferences; 'năm học 2023 - 2024' -> 2023-09-01 .. 2024-08-31; 'đạt 100%' names no target (a coverage share, as the 100% of the headline), not gold"),
    R("workplace_dialogues", "398", "398 đơn vị tổ chức đối thoại", 398, per=SCHOOL(2023), sc="Công đoàn ngành Giáo dục TP Cần Thơ",
      note="units holding dialogues between the head and the staff -> workplace_dialogues (indicators.tsv: 'enterprises or units')"),
    R("beneficiaries", "1.264", "trợ cấp cho 1.264 lượt", 1264, per=SCHOOL(2023), sc="Công đoàn ngành Giáo dục TP Cần Thơ"),
    R("support_funds", "1,1 tỷ", "gần 1,1 tỷ đồng", 1100000000, bd="under", per=SCHOOL(2023), sc="Công đoàn ngành Giáo dục TP Cần Thơ"),
    R("members_new", "684", "kết nạp 684 đoàn viên", 684, per=SCHOOL(2023), sc="Công đoàn ngành Giáo dục TP Cần Thơ"),
    R("unions_total", "421", "có 421 CĐCS", 421, per=PUB, sc="Công đoàn ngành Giáo dục TP Cần Thơ",
      note="'Hiện ... có' -> stock at publication, although the sentence before names the school year"),
    R("members_total", "15.806", "với tổng số 15.806 đoàn viên", 15806, per=PUB, sc="Công đoàn ngành Giáo dục TP Cần Thơ",
      note="stock at publication; the share 71,3% is not gold"),
    R("party_referrals", "120", "giới thiệu 120 đoàn viên ưu tú", 120, st="target", per=SCHOOL(2024),
      sc="Công đoàn ngành Giáo dục TP Cần Thơ",
      note="'phấn đấu' -> target of năm học 2024 - 2025 (2024-09-01 .. 2025-08-31); the awards (31 tập thể, 47 cá nhân) are not gold"),
])

# ------------------------------------------------------------------ m14
A("m14", "https://baolaocai.vn/dai-hoi-cong-doan-thi-xa-sa-pa-lan-thu-ii-nhiem-ky-2023-2028-post372418.html",
  None, """
Đại hội Công đoàn thị xã Sa Pa lần thứ II, nhiệm kỳ 2023 - 2028

(BLC) - Ngày 14/6, Liên đoàn Lao động thị xã Sa Pa tổ chức Đại hội Công đoàn thị xã lần thứ II, nhiệm kỳ 2023 - 2028. Tham dự đại hội có 115 đại biểu chính thức.

Nhiệm kỳ 2018 - 2023, Công đoàn thị xã đã thành lập mới 17 CĐCS, chủ yếu trong các doanh nghiệp du lịch, khách sạn; kết nạp 1.936 đoàn viên. Tuy nhiên, do ảnh hưởng của dịch Covid-19, nhiều doanh nghiệp du lịch tạm dừng hoạt động, 9 CĐCS đã giải thể và 1.104 đoàn viên chuyển đi, thôi việc. Tính chung cả nhiệm kỳ 2018 - 2023, số đoàn viên tăng tuyệt đối 832 người, số CĐCS tăng thực 8 đơn vị.

Trong nhiệm kỳ, các cấp công đoàn đã phối hợp tổ chức 236 hội nghị người lao động tại doanh nghiệp và 82 hội nghị cán bộ, công chức, viên chức tại các cơ quan, trường học.

Hiện LĐLĐ thị xã đang quản lý 94 CĐCS với tổng số 3.420 đoàn viên, trong đó 51 CĐCS doanh nghiệp.

Nhiệm kỳ 2023 - 2028, Đại hội phấn đấu kết nạp mới 2.000 đoàn viên; 100% doanh nghiệp có từ 10 lao động trở lên thành lập CĐCS.

Phát biểu chỉ đạo đại hội, đồng chí Phó Chủ tịch LĐLĐ tỉnh đề nghị Công đoàn thị xã tập trung phát triển đoàn viên trong các doanh nghiệp du lịch, dịch vụ, nơi có đông lao động là người dân tộc thiểu số; quan tâm chăm lo đời sống, việc làm cho đoàn viên trong mùa thấp điểm du lịch.

Đại hội đã bầu 19 đồng chí vào Ban Chấp hành khóa II.
""", "Lào Cai", [
    R("unions_new", "17", "thành lập mới 17 CĐCS", 17, per=YY(2018, 2023), sc="LĐLĐ thị xã Sa Pa",
      note="region from the site tag (BLC, baolaocai.vn): the text names only the town"),
    R("members_new", "1.936", "kết nạp 1.936 đoàn viên", 1936, per=YY(2018, 2023), sc="LĐLĐ thị xã Sa Pa"),
    R("unions_dissolved", "9", "9 CĐCS đã giải thể", 9, per=YY(2018, 2023), sc="LĐLĐ thị xã Sa Pa",
      note="'Covid-19' is a name, not a figure"),
    R("members_lost", "1.104", "1.104 đoàn viên chuyển đi, thôi việc", 1104, per=YY(2018, 2023), sc="LĐLĐ thị xã Sa Pa",
      note="members who moved away or quit -> members_lost (indicators.tsv: 'members who left, a decrease')"),
    R("members_net", "832", "tăng tuyệt đối 832 người", 832, per=YY(2018, 2023), sc="LĐLĐ thị xã Sa Pa",
      note="'tăng tuyệt đối' -> members_net (1.936 - 1.104)"),
    R("unions_net", "8", "tăng thực 8 đơn vị", 8, per=YY(2018, 2023), sc="LĐLĐ thị xã Sa Pa",
      note="'tăng thực' -> unions_net (17 - 9)"),
    R("worker_conferences", "236", "tổ chức 236 hội nghị người lao động", 236, per=YY(2018, 2023), sc="LĐLĐ thị xã Sa Pa",
      note="'Trong nhiệm kỳ' -> the term named before (2018 - 2023); counted in conferences held"),
    R("official_conferences", "82", "82 hội nghị cán bộ, công chức, viên chức", 82, per=YY(2018, 2023), sc="LĐLĐ thị xã Sa Pa"),
    R("unions_total", "94", "quản lý 94 CĐCS", 94, per=NULL, sc="LĐLĐ thị xã Sa Pa",
      note="'Hiện ... đang quản lý' -> stock; no publication date -> null..null"),
    R("members_total", "3.420", "với tổng số 3.420 đoàn viên", 3420, per=NULL, sc="LĐLĐ thị xã Sa Pa",
      note="stock, null..null"),
    R("unions_total", "51", "trong đó 51 CĐCS doanh nghiệp", 51, per=NULL, sc="LĐLĐ thị xã Sa Pa, CĐCS doanh nghiệp",
      note="breakdown of the stock (gold/README 6), null..null"),
    R("members_new", "2.000", "kết nạp mới 2.000 đoàn viên", 2000, st="target", per=YY(2023, 2028), sc="LĐLĐ thị xã Sa Pa",
      note="'phấn đấu' -> target of the new term; the 100% coverage target with its threshold 'từ 10 lao động trở lên', the 115 delegates and the 19 BCH members are not gold"),
])

# ------------------------------------------------------------------ m15
A("m15", "https://baolongan.vn/long-an-nam-2024-215-doanh-nghiep-nang-gia-tri-bua-an-giua-ca-a186512.html",
  "2024-12-24", """
Long An: Năm 2024, 215 doanh nghiệp nâng giá trị bữa ăn giữa ca

24/12/2024 - 08:30

BLA - Theo Liên đoàn Lao động tỉnh Long An, trong năm 2024, công đoàn cơ sở đã thương lượng với chủ doanh nghiệp nâng giá trị bữa ăn giữa ca tại 215 doanh nghiệp, với mức tăng từ 2.000 đến 5.000 đồng/suất. Mức bữa ăn ca bình quân tại các doanh nghiệp trong tỉnh hiện là 23.500 đồng/suất.

Trong năm, các cấp công đoàn cũng đã ký kết mới 167 bản thỏa ước lao động tập thể; tổ chức 712 cuộc đối thoại tại nơi làm việc. Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho 2.874 lượt người lao động; trực tiếp tham gia tố tụng 12 vụ án lao động, giúp người lao động nhận lại hơn 1,6 tỷ đồng.

Công đoàn tỉnh tổ chức các buổi tuyên truyền pháp luật lao động tại các khu, cụm công nghiệp cho 44 ngàn lượt công nhân.

Toàn tỉnh hiện có 2.364 CĐCS với 251.870 đoàn viên, trong đó khu vực ngoài nhà nước là 1.689 CĐCS.

Hoàng Phúc
""", "Long An", [
    R("meal_upgrades", "215", "Năm 2024, 215 doanh nghiệp", 215, per=Y(2024),
      note="headline repeat ('Năm 2024' in the headline)"),
    R("meal_upgrades", "215", "bữa ăn giữa ca tại 215 doanh nghiệp", 215, per=Y(2024),
      note="the raises '2.000 đến 5.000 đồng/suất' and the average 23.500 đồng/suất are meal levels, not gold"),
    R("collective_agreements", "167", "ký kết mới 167 bản", 167, per=Y(2024),
      note="'Trong năm' in an article published 24 December -> the publication year (records.md)"),
    R("workplace_dialogues", "712", "tổ chức 712 cuộc đối thoại", 712, per=Y(2024)),
    R("legal_consultations", "2.874", "tư vấn cho 2.874 lượt", 2874, per=Y(2024),
      note="the 12 court cases and the 1,6 tỷ recovered fit no code"),
    R("trainees", "44 ngàn", "cho 44 ngàn lượt công nhân", 44000, per=Y(2024),
      note="persons reached by legal dissemination -> trainees; '44 ngàn' = 44000 (records.md); nearest earlier period phrase 'Trong năm' -> 2024"),
    R("unions_total", "2.364", "hiện có 2.364 CĐCS", 2364, per=PUB, note="'Toàn tỉnh hiện có' -> stock at publication"),
    R("members_total", "251.870", "với 251.870 đoàn viên", 251870, per=PUB),
    R("unions_total", "1.689", "là 1.689 CĐCS", 1689, per=PUB, sc="khu vực ngoài nhà nước",
      note="breakdown of the stock (gold/README 6)"),
])

# ------------------------------------------------------------------ m16
A("m16", "https://baosoctrang.org.vn/lao-dong-viec-lam/202501/hon-12-000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-at-ty-2025-a41d7c2/",
  "2025-01-21", """
Sóc Trăng: Hơn 12.000 đoàn viên, người lao động được chăm lo Tết Ất Tỵ 2025

Thứ Ba, 21/01/2025 - 15:40

(STO) - Theo Liên đoàn Lao động tỉnh Sóc Trăng, dịp Tết Nguyên đán Ất Tỵ 2025, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho 12.356 đoàn viên, người lao động với tổng kinh phí trên 7,8 tỷ đồng, trong đó LĐLĐ tỉnh trực tiếp trao 1.500 suất quà trị giá 750 triệu đồng.

Chương trình "Tết Sum vầy" năm 2025 tổ chức tại Khu công nghiệp An Nghiệp ngày 18/1 đã tặng 300 vé xe cho công nhân về quê đón Tết; phát 2.000 phiếu mua hàng 0 đồng tại "Chợ Tết Công đoàn" với 45 gian hàng. Nhân dịp này, LĐLĐ tỉnh ký kết thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên" với 3 siêu thị, nâng tổng số đối tác của chương trình lên 27.

Theo khảo sát của LĐLĐ tỉnh, doanh nghiệp trên địa bàn thưởng Tết cho người lao động bình quân 6,2 triệu đồng/người.

LĐLĐ tỉnh Sóc Trăng trao quà Tết cho công nhân Khu công nghiệp An Nghiệp. Ảnh: Thanh Tâm

Thanh Tâm
""", "Sóc Trăng", [
    R("beneficiaries", "12.000", "Hơn 12.000 đoàn viên", 12000, bd="over", per=Y(2025),
      note="headline, rounded repeat of the body's 12.356 -> its period; 'Tết Nguyên đán Ất Tỵ 2025' -> 2025 (as dev x07)"),
    R("beneficiaries", "12.356", "tặng quà cho 12.356", 12356, per=Y(2025),
      note="Sóc Trăng before the merger (published January 2025); region_2025 Cần Thơ"),
    R("support_funds", "7,8 tỷ", "trên 7,8 tỷ đồng", 7800000000, bd="over", per=Y(2025)),
    R("beneficiaries", "1.500", "trao 1.500 suất quà", 1500, per=Y(2025), sc="LĐLĐ tỉnh trực tiếp trao",
      note="breakdown 'trong đó' (gold/README 6)"),
    R("support_funds", "750 triệu", "trị giá 750 triệu đồng", 750000000, per=Y(2025), sc="LĐLĐ tỉnh trực tiếp trao",
      note="the total value of the 1.500 gifts, not a per-item amount"),
    R("beneficiaries", "300", "tặng 300 vé xe", 300, per=Y(2025), sc="vé xe về quê đón Tết",
      note="tickets given to workers -> beneficiaries (gold/README 9); the 2.000 'phiếu mua hàng 0 đồng' of the Chợ Tết and its 45 stalls are not gold (gold/README 9, dev y15)"),
    R("welfare_partners", "3", "với 3 siêu thị", 3, per=Y(2025),
      note="'Nhân dịp này' -> the programme's 'năm 2025'"),
    R("welfare_partners", "27", "lên 27", 27, per=PUB,
      note="'nâng tổng số đối tác ... lên 27' -> cumulative count dated at publication; the Tết bonus 6,2 triệu đồng/người is per-item and not a union figure"),
])

# ------------------------------------------------------------------ m17
A("m17", "https://baoquangtri.vn/quy-i-2025-so-doan-vien-cong-doan-tang-thuc-318-nguoi-191254.htm",
  "2025-04-08", """
Quảng Trị: Quý I/2025, số đoàn viên công đoàn tăng thực 318 người

08/04/2025 - 16:10

(QT) - Theo Liên đoàn Lao động tỉnh Quảng Trị, trong quý I/2025, các cấp công đoàn đã kêt nạp 1.024 đoàn viên, thành lập mới 6 CĐCS. Cũng trong quý I/2025, do sắp xếp tổ chức bộ máy, hợp nhất cơ quan, đơn vị và một số doanh nghiệp giải thể nên giảm 706 đoàn viên và 11 CĐCS. Như vậy, trong quý, số đoàn viên tăng thực 318 người.

Hiện nay, toàn tỉnh có 1.186 CĐCS; tổng số đoàn viên là 58.317 người, trong đó đoàn viên khu vực doanh nghiệp là 24.905 người.

Quý II/2025, LĐLĐ tỉnh đặt chỉ tiêu kết nạp 1.500 đoàn viên; đồng thời chỉ đạo các CĐCS tổ chức Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2025 theo Kế hoạch số 58/KH-LĐLĐ.

Lê Trường
""", "Quảng Trị", [
    R("members_net", "318", "tăng thực 318 người\n", 318, per=Q(1, 2025),
      note="headline repeat of the body's net increase; 'Quý I/2025' in the headline"),
    R("members_new", "1.024", "kêt nạp 1.024 đoàn viên", 1024, per=Q(1, 2025),
      note="typo 'kêt nạp' (dropped diacritic) in the source; 'quý I/2025' -> 2025-01-01 .. 2025-03-31"),
    R("unions_new", "6", "thành lập mới 6 CĐCS", 6, per=Q(1, 2025)),
    R("members_lost", "706", "giảm 706 đoàn viên", 706, per=Q(1, 2025),
      note="'giảm ... đoàn viên' -> members_lost; 'Cũng trong quý I/2025'"),
    R("unions_dissolved", "11", "và 11 CĐCS", 11, per=Q(1, 2025),
      note="'giảm ... 11 CĐCS' (units merged or dissolved) -> unions_dissolved (indicators.tsv: 'giảm / giải thể ... CĐCS')"),
    R("members_net", "318", "tăng thực 318 người.", 318, per=Q(1, 2025),
      note="'tăng thực' -> members_net (1.024 - 706)"),
    R("unions_total", "1.186", "toàn tỉnh có 1.186 CĐCS", 1186, per=PUB, note="'Hiện nay, toàn tỉnh có' -> stock at publication"),
    R("members_total", "58.317", "tổng số đoàn viên là 58.317 người", 58317, per=PUB,
      note="'tổng số đoàn viên là' in the 'Hiện nay' sentence -> stock at publication"),
    R("members_total", "24.905", "là 24.905 người", 24905, per=PUB, sc="khu vực doanh nghiệp",
      note="breakdown of the stock (gold/README 6)"),
    R("members_new", "1.500", "kết nạp 1.500 đoàn viên", 1500, st="target", per=Q(2, 2025),
      note="'đặt chỉ tiêu' -> target; 'Quý II/2025' -> 2025-04-01 .. 2025-06-30; 'Kế hoạch số 58/KH-LĐLĐ' is a document number"),
])
