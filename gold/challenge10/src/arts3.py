"""m18-m25"""
from lib10 import A, R, Y, YY, H1, H2, Q, M, FIRSTN, SCHOOL, SPAN, PUB, NULL

# ------------------------------------------------------------------ m18
A("m18", "https://baokhanhhoa.vn/xa-hoi/202506/tong-ket-thang-cong-nhan-nam-2025-7c41b2e/",
  "2025-06-12", """
Khánh Hòa: Tổng kết Tháng Công nhân năm 2025

Thứ Năm, 12/06/2025 - 14:05

(BKH) - Ngày 11/6, LĐLĐ tỉnh Khánh Hòa tổ chức tổng kết Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2025.

Theo báo cáo, Tháng Công nhân năm 2025 đã được tổ chức sôi nổi tại 1.034 CĐCS trong toàn tỉnh. Các cấp công đoàn đã thăm, tặng 4.215 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, bị tai nạn lao động với tổng trị giá 2,6 tỷ đồng.

Trong tháng, công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại tại nơi làm việc ở 146 doanh nghiệp; điều chỉnh nâng giá trị bữa ăn ca tại 38 doanh nghiệp. Hoạt động "Tiếp xúc chuyên đề với cử tri công nhân" được tổ chức tại 8 điểm với sự tham gia của 960 công nhân.

LĐLĐ tỉnh cũng phối hợp với Sở Nội vụ kiểm tra việc thực hiện pháp luật về an toàn, vệ sinh lao động tại 24 doanh nghiệp, kiến nghị khắc phục 57 nội dung chưa bảo đảm.

Hien toan tinh co 1.058 CĐCS voi 86.412 doan vien.

Công nhân Công ty TNHH Yến sào Khánh Hòa nhận quà trong Tháng Công nhân. Ảnh: Minh Anh

Lượt xem: 2.146
""", "Khánh Hòa", [
    R("workers_month_units", "1.034", "tổ chức sôi nổi tại 1.034 CĐCS", 1034, per=M(5, 2025),
      note="'Tháng Công nhân năm 2025 ... được tổ chức tại N CĐCS' -> workers_month_units, May 2025; published June 2025, before the merger: Khánh Hòa (region_2025 Khánh Hòa)"),
    R("beneficiaries", "4.215", "tặng 4.215 suất quà", 4215, per=M(5, 2025)),
    R("support_funds", "2,6 tỷ", "tổng trị giá 2,6 tỷ đồng", 2600000000, per=M(5, 2025)),
    R("workplace_dialogues", "146", "ở 146 doanh nghiệp", 146, per=M(5, 2025),
      note="'Trong tháng' = the Tháng Công nhân 2025; dialogues counted in enterprises"),
    R("meal_upgrades", "38", "bữa ăn ca tại 38 doanh nghiệp", 38, per=M(5, 2025),
      note="the 8 meeting points and the 960 participants of the voters' meetings are not gold"),
    R("supervisions", "24", "an toàn, vệ sinh lao động tại 24 doanh nghiệp", 24, per=M(5, 2025),
      note="'kiểm tra ... tại N doanh nghiệp' -> supervisions in units inspected (as challenge6 h21); nearest earlier period phrase 'Trong tháng'; the 57 shortcomings fit no code"),
    R("unions_total", "1.058", "co 1.058 CĐCS", 1058, per=PUB,
      note="scraped sentence without diacritics ('Hiện toàn tỉnh có') -> stock at publication"),
    R("members_total", "86.412", "voi 86.412 doan vien", 86412, per=PUB,
      note="stock at publication; 'Lượt xem: 2.146' is a page counter"),
])

# ------------------------------------------------------------------ m19
_TB = ("published after the 1 July 2025 merger: xã Tiền Hải is in tỉnh Hưng Yên now, but the text says it "
       "belonged to tỉnh Thái Bình -> region Thái Bình, region_2025 Hưng Yên (as challenge6 h04, h13; dev y15)")
A("m19", "https://baohungyen.vn/cong-doan-xa-tien-hai-cap-2310-the-doan-vien-dien-tu-3185462.html",
  "2025-09-18", """
Công đoàn xã Tiền Hải cấp 2.310 thẻ đoàn viên điện tử

Thứ Năm, 18/09/2025 - 10:30

(BHY) - Sau hơn 2 tháng đi vào hoạt động, Công đoàn xã Tiền Hải (tỉnh Hưng Yên; trước đây thuộc huyện Tiền Hải, tỉnh Thái Bình) đã cơ bản hoàn thành việc rà soát, cập nhật dữ liệu đoàn viên.

Đến nay, Công đoàn xã đã nhập thông tin của 2.845 đoàn viên lên phần mềm quản lý đoàn viên, cấp 2.310 thẻ đoàn viên công đoàn điện tử.

Từ ngày 1/7 đến nay, Công đoàn xã đã thành lập mới ba CĐCS tại các doanh nghiệp may mặc; thành lập 2 Ban nữ công quần chúng; ký kết thỏa thuận hợp tác "Phúc lợi đoàn viên" với 4 cơ sở kinh doanh trên địa bàn.

Sau khi có thêm các CĐCS mới, tổng số CĐCS trực thuộc Công đoàn xã được nâng lên 47, gồm 19 CĐCS khối hành chính sự nghiệp và 28 CĐCS doanh nghiệp, với tổng số 3.102 đoàn viên.

Chị Phạm Thị Hoa, công nhân Công ty TNHH May Tiền Hải, nhận thẻ đoàn viên điện tử. Ảnh: Thu Hiền

Thu Hiền
""", "Thái Bình", [
    R("member_records", "2.310", "Tiền Hải cấp 2.310 thẻ", 2310, per=PUB, sc="Công đoàn xã Tiền Hải",
      note="headline repeat of the body's cards -> its period; " + _TB),
    R("member_records", "2.845", "nhập thông tin của 2.845 đoàn viên", 2845, per=PUB, sc="Công đoàn xã Tiền Hải",
      note="'nhập thông tin ... lên phần mềm' -> member_records; cumulative with only 'Đến nay' -> publication date; 'hơn 2 tháng' is a duration; " + _TB),
    R("member_records", "2.310", "cấp 2.310 thẻ đoàn viên công đoàn", 2310, per=PUB, sc="Công đoàn xã Tiền Hải",
      note="cards issued -> member_records (indicators.tsv 'cấp thẻ'); " + _TB),
    R("unions_new", "ba", "thành lập mới ba CĐCS", 3, per=SPAN("2025-07-01", "2025-09-18"), sc="Công đoàn xã Tiền Hải",
      note="word number 'ba' = 3; 'Từ ngày 1/7 đến nay' (no year) -> 2025-07-01 .. publication; " + _TB),
    R("women_committees", "2", "thành lập 2 Ban nữ công", 2, per=SPAN("2025-07-01", "2025-09-18"), sc="Công đoàn xã Tiền Hải",
      note=_TB),
    R("welfare_partners", "4", "với 4 cơ sở kinh doanh", 4, per=SPAN("2025-07-01", "2025-09-18"), sc="Công đoàn xã Tiền Hải",
      note="'ký kết thỏa thuận hợp tác Phúc lợi đoàn viên' (gold/README 9); " + _TB),
    R("unions_total", "47", "được nâng lên 47", 47, per=PUB, sc="Công đoàn xã Tiền Hải",
      note="'tổng số CĐCS ... được nâng lên N' (a passive 'nâng tổng số ... lên') -> stock at publication (records.md); " + _TB),
    R("unions_total", "19", "gồm 19 CĐCS", 19, per=PUB, sc="Công đoàn xã Tiền Hải, khối hành chính sự nghiệp",
      note="breakdown of the stock (gold/README 6); " + _TB),
    R("unions_total", "28", "và 28 CĐCS doanh nghiệp", 28, per=PUB, sc="Công đoàn xã Tiền Hải, CĐCS doanh nghiệp",
      note="breakdown of the stock (gold/README 6); " + _TB),
    R("members_total", "3.102", "với tổng số 3.102 đoàn viên", 3102, per=PUB, sc="Công đoàn xã Tiền Hải",
      note="same stock sentence -> publication date; " + _TB),
])

# ------------------------------------------------------------------ m20
_HG = ("published after the merger: 'khu vực Hà Giang (cũ)' -> region Hà Giang, region_2025 Tuyên Quang "
       "(the place's province before the merger, as challenge6 h10 'khu vực Đắk Nông')")
_TQ = ("the merged LĐLĐ tỉnh Tuyên Quang as a whole (old Tuyên Quang + Hà Giang): its name is also a pre-merger "
       "name -> region Tuyên Quang (as challenge6 h15, h19; records.md has no other name for it)")
A("m20", "https://baotuyenquang.com.vn/xa-hoi/lao-dong-viec-lam/ldld-tinh-tuyen-quang-so-ket-cong-tac-cong-doan-9-thang-nam-2025-218734.html",
  "2025-10-22", """
LĐLĐ tỉnh Tuyên Quang sơ kết công tác công đoàn 9 tháng năm 2025

Thứ Tư, 22/10/2025 - 08:45

(BTQ) - Ngày 21/10, LĐLĐ tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác công đoàn 9 tháng, triển khai nhiệm vụ quý IV/2025. Đây là hội nghị sơ kết đầu tiên sau khi hợp nhất LĐLĐ hai tỉnh Tuyên Quang và Hà Giang.

Sau hợp nhất, LĐLĐ tỉnh hiện có 124 công đoàn cấp trên trực tiếp cơ sở, quản lý 3.215 CĐCS với 131.468 đoàn viên. Trong đó, khu vực Hà Giang (cũ) có 1.402 CĐCS, 58.930 đoàn viên.

9 tháng năm 2025, các cấp công đoàn trong tỉnh đã kết nạp 2.876 đoàn viên, đạt 71,9% kế hoạch năm. Do sắp xếp đơn vị hành chính cấp xã, số đoàn viên giảm 3.512 người; 268 CĐCS giải thể hoặc hợp nhất.

Các cấp công đoàn đã tham gia giám sát tại 87 cơ quan, đơn vị, doanh nghiệp; phối hợp tổ chức 1.960 hội nghị cán bộ, công chức, viên chức và 342 hội nghị người lao động.

Phát biểu kết luận hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh yêu cầu các cấp công đoàn khẩn trương kiện toàn tổ chức bộ máy công đoàn cấp xã, phường sau sắp xếp; rà soát, cập nhật dữ liệu đoàn viên, bảo đảm không để đoàn viên bị gián đoạn sinh hoạt khi đơn vị hành chính thay đổi.

Thu Phương
""", "Tuyên Quang", [
    R("unions_total", "3.215", "quản lý 3.215 CĐCS", 3215, per=PUB,
      note="'Sau hợp nhất, LĐLĐ tỉnh hiện có ..., quản lý N CĐCS' -> stock at publication; the 124 upper-level unions are not CĐCS and not gold; " + _TQ),
    R("members_total", "131.468", "với 131.468 đoàn viên", 131468, per=PUB, note=_TQ),
    R("unions_total", "1.402", "có 1.402 CĐCS", 1402, per=PUB, reg="Hà Giang", sc="khu vực Hà Giang (cũ)",
      note="breakdown of the stock (gold/README 6); " + _HG),
    R("members_total", "58.930", "58.930 đoàn viên", 58930, per=PUB, reg="Hà Giang", sc="khu vực Hà Giang (cũ)",
      note="breakdown of the stock; " + _HG),
    R("members_new", "2.876", "kết nạp 2.876 đoàn viên", 2876, per=FIRSTN(9, 2025),
      note="'9 tháng năm 2025' -> 2025-01-01 .. 2025-09-30; " + _TQ),
    R("members_new", "71,9%", "đạt 71,9% kế hoạch năm", 71.9, st="attainment", per=FIRSTN(9, 2025),
      note="attainment of the 9-month figure keeps the 9-month period (as dev m02); " + _TQ),
    R("members_lost", "3.512", "số đoàn viên giảm 3.512 người", 3512, per=FIRSTN(9, 2025), note=_TQ),
    R("unions_dissolved", "268", "268 CĐCS giải thể hoặc hợp nhất", 268, per=FIRSTN(9, 2025),
      note="CĐCS dissolved or merged away: a decrease -> unions_dissolved (indicators.tsv 'giảm / giải thể'); " + _TQ),
    R("supervisions", "87", "giám sát tại 87 cơ quan", 87, per=FIRSTN(9, 2025),
      note="'tham gia giám sát tại N cơ quan, đơn vị, doanh nghiệp' -> supervisions in units; nearest earlier period phrase '9 tháng năm 2025'; " + _TQ),
    R("official_conferences", "1.960", "tổ chức 1.960 hội nghị cán bộ", 1960, per=FIRSTN(9, 2025), note=_TQ),
    R("worker_conferences", "342", "342 hội nghị người lao động", 342, per=FIRSTN(9, 2025), note=_TQ),
])

# ------------------------------------------------------------------ m21
_TV = ("published after the merger: phường Long Đức (tỉnh Vĩnh Long now) was in TP Trà Vinh, tỉnh Trà Vinh, "
       "as the text says -> region Trà Vinh, region_2025 Vĩnh Long")
_VL = ("the merged tỉnh Vĩnh Long as a whole (old Vĩnh Long + Bến Tre + Trà Vinh): its name is also a "
       "pre-merger name -> region Vĩnh Long (as challenge6 h15)")
A("m21", "https://baovinhlong.com.vn/xa-hoi/202512/cong-doan-phuong-long-duc-100-doanh-nghiep-to-chuc-doi-thoai-tai-noi-lam-viec-3a91f0c/",
  "2025-12-03", """
Công đoàn phường Long Đức: 100% doanh nghiệp tổ chức đối thoại tại nơi làm việc

Thứ Tư, 03/12/2025 - 15:20

(VLO) - Ngày 2/12, Công đoàn phường Long Đức (tỉnh Vĩnh Long; trước sắp xếp thuộc TP Trà Vinh, tỉnh Trà Vinh) tổ chức hội nghị đánh giá hoạt động công đoàn 5 tháng sau khi thành lập.

Từ tháng 7/2025 đến nay, Công đoàn phường đã hướng dẫn 34/34 doanh nghiệp có tổ chức công đoàn tổ chức đối thoại định kỳ tại nơi làm việc; phối hợp giám sát việc thực hiện chế độ bảo hiểm xã hội tại 12 doanh nghiệp; tư vấn pháp luật miễn phí cho 415 lượt công nhân. Công đoàn phường cũng thành lập mới 2 CĐCS, kết nạp 1.146 đoàn viên.

Đến nay, Công đoàn phường đã nhập dữ liệu của 12.870 đoàn viên lên phần mềm quản lý đoàn viên. Hiện Công đoàn phường quản lý 41 CĐCS với 12.870 đoàn viên, trong đó 34 CĐCS doanh nghiệp, chủ yếu tại Khu công nghiệp Long Đức.

Theo LĐLĐ tỉnh Vĩnh Long, sau sắp xếp, toàn tỉnh hiện có 118 công đoàn xã, phường với 6.418 CĐCS và hơn 312.000 đoàn viên.

Ngọc Trân
""", "Trà Vinh", [
    R("workplace_dialogues", "34/34", "hướng dẫn 34/34 doanh nghiệp", 34, per=SPAN("2025-07-01", "2025-12-03"),
      sc="Công đoàn phường Long Đức",
      note="'34/34 doanh nghiệp ... tổ chức đối thoại' -> 34 (records.md '03/03' -> 3); 'Từ tháng 7/2025 đến nay' -> 2025-07-01 .. publication; the 100% of the headline is a share, not gold; " + _TV),
    R("supervisions", "12", "tại 12 doanh nghiệp", 12, per=SPAN("2025-07-01", "2025-12-03"), sc="Công đoàn phường Long Đức",
      note="'phối hợp giám sát ... tại N doanh nghiệp' -> supervisions in units; " + _TV),
    R("legal_consultations", "415", "cho 415 lượt công nhân", 415, per=SPAN("2025-07-01", "2025-12-03"),
      sc="Công đoàn phường Long Đức", note=_TV),
    R("unions_new", "2", "thành lập mới 2 CĐCS", 2, per=SPAN("2025-07-01", "2025-12-03"), sc="Công đoàn phường Long Đức",
      note="nearest earlier period phrase 'Từ tháng 7/2025 đến nay'; '5 tháng sau khi thành lập' is a duration; " + _TV),
    R("members_new", "1.146", "kết nạp 1.146 đoàn viên", 1146, per=SPAN("2025-07-01", "2025-12-03"),
      sc="Công đoàn phường Long Đức", note=_TV),
    R("member_records", "12.870", "nhập dữ liệu của 12.870 đoàn viên", 12870, per=PUB, sc="Công đoàn phường Long Đức",
      note="'Đến nay ... nhập dữ liệu ... lên phần mềm' -> member_records, cumulative, dated at publication; " + _TV),
    R("unions_total", "41", "quản lý 41 CĐCS", 41, per=PUB, sc="Công đoàn phường Long Đức",
      note="'Hiện ... quản lý N CĐCS với M đoàn viên' -> stock at publication; " + _TV),
    R("members_total", "12.870", "với 12.870 đoàn viên", 12870, per=PUB, sc="Công đoàn phường Long Đức", note=_TV),
    R("unions_total", "34", "trong đó 34 CĐCS doanh nghiệp", 34, per=PUB, sc="Công đoàn phường Long Đức, CĐCS doanh nghiệp",
      note="breakdown of the stock (gold/README 6); " + _TV),
    R("unions_total", "6.418", "với 6.418 CĐCS", 6418, per=PUB, reg="Vĩnh Long",
      note="'toàn tỉnh hiện có' -> stock at publication; the 118 commune and ward unions are upper-level unions, not CĐCS, and not gold; " + _VL),
    R("members_total", "312.000", "hơn 312.000 đoàn viên", 312000, bd="over", per=PUB, reg="Vĩnh Long", note=_VL),
])

# ------------------------------------------------------------------ m22
_NB = ("the merged LĐLĐ tỉnh Ninh Bình as a whole (old Ninh Bình + Hà Nam + Nam Định): its name is also a "
       "pre-merger name -> region Ninh Bình (as challenge6 h15)")
_ND = ("published after the merger: 'khu vực Nam Định (cũ)' -> region Nam Định, region_2025 Ninh Bình "
       "(the place's province before the merger)")
A("m22", "https://baoninhbinh.org.vn/ldld-tinh-ninh-binh-nam-2025-ket-nap-hon-11000-doan-vien-20260115093000123.htm",
  "2026-01-15", """
LĐLĐ tỉnh Ninh Bình: Năm 2025 kết nạp hơn 11.000 đoàn viên

Thứ Năm, 15/01/2026 - 09:30

(BNB) - Ngày 14/1, Ban Chấp hành LĐLĐ tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025, các cấp công đoàn tỉnh đã kết nạp 11.246 đoàn viên. Cũng trong năm 2025, do sắp xếp đơn vị hành chính, hợp nhất, giải thể cơ quan, đơn vị và doanh nghiệp ngừng hoạt động, toàn tỉnh giảm 9.873 đoàn viên, 402 CĐCS; tính chung, số đoàn viên tăng tuyệt đối 1.373 người.

Hiện LĐLĐ tỉnh quản lý 5.960 CĐCS với tổng số 412.584 đoàn viên, trong đó khu vực Nam Định (cũ) có 2.418 CĐCS với 167.300 đoàn viên.

Trong năm 2025, 4.615 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức. Các cấp công đoàn đã chăm lo cho 142.500 lượt đoàn viên, người lao động với tổng kinh phí 96,4 tỷ đồng.

Phát biểu tại hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh cho biết, thời gian tới các cấp công đoàn tập trung củng cố tổ chức sau hợp nhất, đẩy mạnh phát triển đoàn viên tại các khu công nghiệp Hòa Xá, Đồng Văn, Gián Khẩu; đổi mới phương thức chăm lo cho người lao động.

Dịp này, LĐLĐ tỉnh trao Bằng khen cho 35 tập thể, 52 cá nhân.

Đức Lam
""", "Ninh Bình", [
    R("members_new", "11.000", "kết nạp hơn 11.000 đoàn viên", 11000, bd="over", per=Y(2025),
      note="headline, rounded repeat of the body's 11.246 (gold/README 1); 'Năm 2025' in the headline; " + _NB),
    R("members_new", "11.246", "kết nạp 11.246 đoàn viên", 11246, per=Y(2025), note=_NB),
    R("members_lost", "9.873", "giảm 9.873 đoàn viên", 9873, per=Y(2025), note="'giảm ... đoàn viên' -> members_lost; " + _NB),
    R("unions_dissolved", "402", "402 CĐCS", 402, per=Y(2025),
      note="'giảm ... 402 CĐCS' -> unions_dissolved (indicators.tsv 'giảm / giải thể ... CĐCS'); " + _NB),
    R("members_net", "1.373", "tăng tuyệt đối 1.373 người", 1373, per=Y(2025),
      note="'tăng tuyệt đối' -> members_net (11.246 - 9.873); " + _NB),
    R("unions_total", "5.960", "quản lý 5.960 CĐCS", 5960, per=PUB, note="'Hiện ... quản lý' -> stock at publication; " + _NB),
    R("members_total", "412.584", "với tổng số 412.584 đoàn viên", 412584, per=PUB, note=_NB),
    R("unions_total", "2.418", "có 2.418 CĐCS", 2418, per=PUB, reg="Nam Định", sc="khu vực Nam Định (cũ)",
      note="breakdown of the stock (gold/README 6); " + _ND),
    R("members_total", "167.300", "với 167.300 đoàn viên", 167300, per=PUB, reg="Nam Định", sc="khu vực Nam Định (cũ)",
      note="breakdown of the stock; " + _ND),
    R("official_conferences", "4.615", "4.615 cơ quan, đơn vị", 4615, per=Y(2025), note=_NB),
    R("beneficiaries", "142.500", "chăm lo cho 142.500 lượt", 142500, per=Y(2025),
      note="nearest earlier period phrase 'Trong năm 2025'; " + _NB),
    R("support_funds", "96,4 tỷ", "tổng kinh phí 96,4 tỷ đồng", 96400000000, per=Y(2025),
      note="'96,4 tỷ đồng' -> 96400000000 (records.md); the awards (35 tập thể, 52 cá nhân) are not gold; " + _NB),
])

# ------------------------------------------------------------------ m23
_BR = ("published after the merger: phường Phú Mỹ (TP HCM now) was in TP Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu, as the "
       "text says -> region Bà Rịa - Vũng Tàu, region_2025 Hồ Chí Minh (as challenge6 h04)")
A("m23", "https://nld.com.vn/cong-doan-phuong-phu-my-cham-lo-tet-cho-gan-3000-cong-nhan-196260205182012345.htm",
  "2026-02-05", """
Công đoàn phường Phú Mỹ chăm lo Tết cho gần 3.000 công nhân

05-02-2026 - 18:20

(NLĐO) - Ngày 5-2, Công đoàn phường Phú Mỹ, TP HCM (trước đây thuộc TP Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu) tổ chức chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026 cho công nhân các khu công nghiệp trên địa bàn.

Tại chương trình, Công đoàn phường trao 500 phần quà, mỗi phần trị giá 600.000 đồng, cho công nhân có hoàn cảnh khó khăn. Dịp này, Công đoàn phường ký kết thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên" với 7 doanh nghiệp, siêu thị trên địa bàn.

Dịp Tết Nguyên đán Bính Ngọ 2026, Công đoàn phường và các CĐCS trực thuộc chăm lo cho 2.964 đoàn viên, người lao động với tổng kinh phí khoảng 1,85 tỷ đồng. Toàn TP HCM dự kiến chăm lo Tết cho hơn 1,2 triệu lượt đoàn viên, người lao động.

Hiện Công đoàn phường Phú Mỹ quản lý 86 CĐCS với hơn 27.000 đoàn viên. Từ ngày 1-7-2025 đến nay, Công đoàn phường đã kết nạp 1.318 đoàn viên.

Xem thêm: 40 doanh nghiệp tham gia Ngày hội việc làm phường Phú Mỹ
""", "Bà Rịa - Vũng Tàu", [
    R("beneficiaries", "3.000", "gần 3.000 công nhân", 3000, bd="under", per=Y(2026), sc="Công đoàn phường Phú Mỹ",
      note="headline, rounded repeat of the body's 2.964 -> its period (Tết Bính Ngọ 2026) and region; " + _BR),
    R("beneficiaries", "500", "trao 500 phần quà", 500, per=Y(2026), sc="Công đoàn phường Phú Mỹ",
      note="'chương trình ... năm 2026' -> 2026; 600.000 đồng per gift is per-item; " + _BR),
    R("welfare_partners", "7", "với 7 doanh nghiệp", 7, per=Y(2026), sc="Công đoàn phường Phú Mỹ",
      note="'Dịp này' -> nearest earlier period phrase 'năm 2026'; " + _BR),
    R("beneficiaries", "2.964", "chăm lo cho 2.964", 2964, per=Y(2026), sc="Công đoàn phường Phú Mỹ",
      note="'Tết Nguyên đán Bính Ngọ 2026' -> 2026; " + _BR),
    R("support_funds", "1,85 tỷ", "khoảng 1,85 tỷ đồng", 1850000000, bd="about", per=Y(2026), sc="Công đoàn phường Phú Mỹ",
      note="'khoảng' -> about; " + _BR),
    R("beneficiaries", "1,2 triệu", "hơn 1,2 triệu lượt", 1200000, st="target", bd="over", per=Y(2026),
      reg="Hồ Chí Minh",
      note="'Toàn TP HCM dự kiến' -> target of the whole merged city, region Hồ Chí Minh (its name is also a pre-merger name); '1,2 triệu' = 1200000"),
    R("unions_total", "86", "quản lý 86 CĐCS", 86, per=PUB, sc="Công đoàn phường Phú Mỹ",
      note="'Hiện ... quản lý' -> stock at publication; " + _BR),
    R("members_total", "27.000", "hơn 27.000 đoàn viên", 27000, bd="over", per=PUB, sc="Công đoàn phường Phú Mỹ", note=_BR),
    R("members_new", "1.318", "kết nạp 1.318 đoàn viên", 1318, per=SPAN("2025-07-01", "2026-02-05"), sc="Công đoàn phường Phú Mỹ",
      note="'Từ ngày 1-7-2025 đến nay' -> 2025-07-01 .. publication; the 'Xem thêm' figure is not gold; " + _BR),
])

# ------------------------------------------------------------------ m24
A("m24", "https://baodaklak.vn/xa-hoi/dak-lak-thanh-lap-moi-34-ban-nu-cong-quan-chung-81245.html",
  None, """
Đắk Lắk: Thành lập mới 34 Ban nữ công quần chúng

(ĐLO) - Theo Ban Nữ công LĐLĐ tỉnh Đắk Lắk, giai đoạn 2019 - 2023, các cấp công đoàn trong tỉnh đã chỉ đạo thành lập mới 34 Ban nữ công quần chúng tại các doanh nghiệp có đông lao động nữ nhưng chưa đủ điều kiện thành lập công đoàn cơ sở.

Trong giai đoạn này, các cấp công đoàn đã tổ chức 215 lớp tập huấn kiến thức về bình đẳng giới, chăm sóc sức khỏe sinh sản cho hơn 18.600 lượt nữ đoàn viên, người lao động; thăm hỏi, tặng quà cho 3.420 lượt nữ đoàn viên có hoàn cảnh khó khăn với tổng số tiền hơn 1,6 tỷ đồng, mỗi suất từ 300.000 đến 500.000 đồng.

Hội thi "Nữ cán bộ công đoàn giỏi" năm 2023 có 24 đội với hơn 200 thí sinh tham gia; Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba.

Các đội thi tại Hội thi "Nữ cán bộ công đoàn giỏi". Ảnh: H.Nhung

Toàn tỉnh hiện có 75.230 đoàn viên công đoàn, trong đó nữ đoàn viên là 39.420 người.

Giai đoạn 2024 - 2028, Ban Nữ công LĐLĐ tỉnh phấn đấu thành lập mới ít nhất 30 Ban nữ công quần chúng.

Ý kiến bạn đọc (0)
""", "Đắk Lắk", [
    R("women_committees", "34", "Thành lập mới 34 Ban nữ công", 34, per=YY(2019, 2023),
      note="headline repeat of the body figure -> its period (giai đoạn 2019 - 2023)"),
    R("women_committees", "34", "thành lập mới 34 Ban nữ công", 34, per=YY(2019, 2023),
      note="'giai đoạn 2019 - 2023' -> 2019-01-01 .. 2023-12-31 (records.md)"),
    R("trainings", "215", "tổ chức 215 lớp tập huấn", 215, per=YY(2019, 2023),
      note="'Trong giai đoạn này' -> the stage named before"),
    R("trainees", "18.600", "hơn 18.600 lượt", 18600, bd="over", per=YY(2019, 2023)),
    R("beneficiaries", "3.420", "tặng quà cho 3.420 lượt", 3420, per=YY(2019, 2023), sc="nữ đoàn viên"),
    R("support_funds", "1,6 tỷ", "hơn 1,6 tỷ đồng", 1600000000, bd="over", per=YY(2019, 2023), sc="nữ đoàn viên",
      note="the per-gift range 300.000 - 500.000 đồng is per-item; the contest's 24 teams, 200 contestants and prizes are not gold"),
    R("members_total", "75.230", "hiện có 75.230 đoàn viên", 75230, per=NULL,
      note="'Toàn tỉnh hiện có' -> stock; no publication date -> null..null"),
    R("members_total", "39.420", "là 39.420 người", 39420, per=NULL, sc="nữ đoàn viên",
      note="breakdown of the stock ('trong đó nữ đoàn viên là') -> same indicator with a scope (gold/README 6), null..null"),
    R("women_committees", "30", "ít nhất 30 Ban nữ công", 30, st="target", bd="over", per=YY(2024, 2028),
      note="'phấn đấu' -> target of giai đoạn 2024 - 2028; 'ít nhất' -> over; the comment counter is not gold"),
])

# ------------------------------------------------------------------ m25
A("m25", "https://laodong.vn/cong-doan/ca-mau-tu-van-phap-luat-cho-gan-1900-luot-nguoi-lao-dong-1210453.ldo",
  "2023-06-30", """
Cà Mau: Tư vấn pháp luật cho gần 1.900 lượt người lao động

30/06/2023 | 11:48

Nhật Hồ (LĐO) - 6 tháng đầu năm 2023, Trung tâm Tư vấn pháp luật Công đoàn tỉnh Cà Mau đã tư vấn cho 1.876 lượt người lao động, tăng 312 lượt so với cùng kỳ; tham gia giải quyết 26 vụ tranh chấp lao động.

Cùng thời gian, LĐLĐ tỉnh Cà Mau phối hợp tổ chức 38 cuộc giám sát việc thực hiện chính sách pháp luật lao động tại doanh nghiệp, trong đó chủ trì 14 cuộc; hướng dẫn 186 doanh nghiệp tổ chức hội nghị người lao động, 172 doanh nghiệp tổ chức đối thoại định kỳ.

Theo ông Trần Văn Lượng, Phó Chủ tịch LĐLĐ tỉnh Cà Mau, đến nay toàn tỉnh đã có 1.024 CĐCS với 53.680 đoàn viện; trong đó Công đoàn các KCN tỉnh có 12 CĐCS, 6.750 đoàn viên. Tuy nhiên, tại các doanh nghiệp có từ 25 lao động trở lên, tỷ lệ thành lập công đoàn mới đạt 61%.

Trong 6 tháng cuối năm 2023, LĐLĐ tỉnh phấn đấu giám sát tại ít nhất 20 doanh nghiệp.

Tin liên quan
- Bạc Liêu: 512 công đoàn cơ sở tổ chức Tháng Công nhân
- Cà Mau: Trao 10 nhà "Mái ấm Công đoàn" cho đoàn viên
""", "Cà Mau", [
    R("legal_consultations", "1.900", "gần 1.900 lượt", 1900, bd="under", per=H1(2023),
      note="headline, rounded repeat of the body's 1.876 -> its period (6 tháng đầu năm 2023)"),
    R("legal_consultations", "1.876", "tư vấn cho 1.876 lượt", 1876, per=H1(2023),
      note="'tăng 312 lượt so với cùng kỳ' is a change against last year, not a count of consultations, not gold; the 26 disputes fit no code"),
    R("supervisions", "38", "tổ chức 38 cuộc giám sát", 38, per=H1(2023),
      note="'Cùng thời gian' -> the earlier '6 tháng đầu năm 2023'"),
    R("supervisions", "14", "chủ trì 14 cuộc", 14, per=H1(2023), sc="LĐLĐ tỉnh chủ trì", note="breakdown 'trong đó'"),
    R("worker_conferences", "186", "hướng dẫn 186 doanh nghiệp", 186, per=H1(2023)),
    R("workplace_dialogues", "172", "172 doanh nghiệp tổ chức đối thoại", 172, per=H1(2023)),
    R("unions_total", "1.024", "đã có 1.024 CĐCS", 1024, per=PUB,
      note="'đến nay toàn tỉnh đã có' -> stock at publication"),
    R("members_total", "53.680", "với 53.680 đoàn viện", 53680, per=PUB, note="typo 'đoàn viện' in the source; stock in the 'đến nay toàn tỉnh đã có' sentence -> publication date"),
    R("unions_total", "12", "có 12 CĐCS", 12, per=PUB, sc="Công đoàn các KCN tỉnh", note="breakdown of the stock (gold/README 6)"),
    R("members_total", "6.750", "6.750 đoàn viên", 6750, per=PUB, sc="Công đoàn các KCN tỉnh",
      note="breakdown of the stock; the threshold 'từ 25 lao động trở lên' and the rate 61% are not gold"),
    R("supervisions", "20", "ít nhất 20 doanh nghiệp", 20, st="target", bd="over", per=H2(2023),
      note="'phấn đấu' -> target; '6 tháng cuối năm 2023' -> 2023-07-01 .. 2023-12-31; 'ít nhất' -> over; the 'Tin liên quan' figures are not gold"),
])
