"""m01-m09"""
from lib10 import A, R, Y, YY, H1, H2, Q, M, FIRSTN, SCHOOL, SPAN, PUB, NULL

# ------------------------------------------------------------------ m01
A("m01", "https://ldld.thainguyen.gov.vn/tin-tuc/nam-2022-ket-nap-moi-6214-doan-vien-1452.html",
  "2023-02-14", """
LĐLĐ tỉnh Thái Nguyên: Năm 2022 kết nạp mới 6.214 đoàn viên

Ngày đăng: 14/02/2023 | Lượt xem: 1.027

Ngày 13/2, Liên đoàn Lao động tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác phát triển đoàn viên, thành lập công đoàn cơ sở năm 2022, triển khai nhiệm vụ năm 2023.

Báo cáo tại hội nghị cho biết, năm qua các cấp công đoàn trong tỉnh đã kết nạp mới 6.214 đoàn viên, đạt 103,6% kế hoạch; thành lập mới 38 CĐCS. Tuy nhiên, do một số doanh nghiệp thu hẹp sản xuất, cắt giảm lao động, số đoàn viên giảm 4.389 người; 21 CĐCS phải giải thể. Như vậy, số đoàn viên tăng tuyệt đối 1.825 người, số CĐCS tăng thực 17 đơn vị.

Tính đến nay, toàn tỉnh có 1.482 CĐCS với tổng số 139.560 đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước có 612 CĐCS, 96.310 đoàn viên. Tỷ lệ doanh nghiệp có từ 25 lao động trở lên thành lập được công đoàn đạt 78,5%.

Phát biểu chỉ đạo hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn tiếp tục đổi mới nội dung, phương thức tuyên truyền, vận động người lao động gia nhập tổ chức công đoàn; chú trọng khu vực doanh nghiệp có vốn đầu tư nước ngoài tại các khu công nghiệp Yên Bình, Điềm Thụy, Sông Công; gắn công tác phát triển đoàn viên với chăm lo lợi ích thiết thực cho người lao động.

Năm 2023, LĐLĐ tỉnh phấn đấu kết nạp mới 6.000 đoàn viên, thành lập mới ít nhất 30 CĐCS.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 14 tập thể, 26 cá nhân có thành tích xuất sắc trong công tác phát triển đoàn viên.

Thu Hằng
""", "Thái Nguyên", [
    R("members_new", "6.214", "Năm 2022 kết nạp mới 6.214", 6214, per=Y(2022),
      note="headline repeat of the body figure; the headline names 'Năm 2022'; 'Lượt xem: 1.027' below it is a page counter"),
    R("members_new", "6.214", "năm qua các cấp công đoàn trong tỉnh đã kết nạp mới 6.214", 6214, per=Y(2022),
      note="'năm qua' in an article published in February 2023 -> 2022 (records.md period table)"),
    R("members_new", "103,6%", "đạt 103,6% kế hoạch", 103.6, st="attainment", per=Y(2022),
      note="'đạt N% kế hoạch' -> attainment of the members just admitted"),
    R("unions_new", "38", "thành lập mới 38 CĐCS", 38, per=Y(2022)),
    R("members_lost", "4.389", "số đoàn viên giảm 4.389 người", 4389, per=Y(2022),
      note="'số đoàn viên giảm' -> members_lost; no own period phrase -> nearest earlier 'năm qua' (2022)"),
    R("unions_dissolved", "21", "21 CĐCS phải giải thể", 21, per=Y(2022)),
    R("members_net", "1.825", "tăng tuyệt đối 1.825", 1825, per=Y(2022),
      note="'tăng tuyệt đối' -> members_net (6.214 - 4.389)"),
    R("unions_net", "17", "tăng thực 17 đơn vị", 17, per=Y(2022),
      note="'số CĐCS tăng thực' -> unions_net (38 - 21)"),
    R("unions_total", "1.482", "toàn tỉnh có 1.482 CĐCS", 1482, per=PUB,
      note="'Tính đến nay, toàn tỉnh có' -> stock dated at publication"),
    R("members_total", "139.560", "với tổng số 139.560 đoàn viên", 139560, per=PUB,
      note="'với tổng số ... đoàn viên' inside the 'Tính đến nay' stock sentence -> publication date"),
    R("unions_total", "612", "có 612 CĐCS", 612, per=PUB, sc="khu vực doanh nghiệp ngoài nhà nước",
      note="breakdown of the stock ('trong đó') -> same indicator with a scope (gold/README 6)"),
    R("members_total", "96.310", "96.310 đoàn viên", 96310, per=PUB, sc="khu vực doanh nghiệp ngoài nhà nước",
      note="breakdown of the stock; the threshold 'từ 25 lao động trở lên' and the coverage rate 78,5% of the next sentence are not gold"),
    R("members_new", "6.000", "kết nạp mới 6.000 đoàn viên", 6000, st="target", per=Y(2023),
      note="'phấn đấu' -> target of 2023"),
    R("unions_new", "30", "ít nhất 30 CĐCS", 30, st="target", bd="over", per=Y(2023),
      note="'ít nhất' -> over; the award counts (14 tập thể, 26 cá nhân) below are not gold"),
])

# ------------------------------------------------------------------ m02
A("m02", "https://baohanam.com.vn/xa-hoi/thang-cong-nhan-nam-2023-duoc-to-chuc-tai-742-cong-doan-co-so-98412.html",
  "2023-05-26", """
Hà Nam: Tháng Công nhân năm 2023 được tổ chức tại 742 công đoàn cơ sở

Thứ Sáu, 26/05/2023 - 16:05

(BHN) - Theo Liên đoàn Lao động tỉnh Hà Nam, Tháng Công nhân năm 2023 với chủ đề "Đoàn kết công nhân - Xây dựng giai cấp công nhân vững mạnh" được triển khai tại 742 CĐCS, thu hút trên 52.000 lượt đoàn viên, người lao động tham gia các hoạt động.

Trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà cho 2.365 đoàn viên, công nhân lao động có hoàn cảnh khó khăn với tổng số tiền hơn 1,4 tỷ đồng; mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng. LĐLĐ tỉnh phối hợp tổ chức 27 hội nghị đối thoại tại nơi làm việc ở các khu công nghiệp Đồng Văn I, Đồng Văn II, Châu Sơn.

Cũng trong dịp này, LĐLĐ tỉnh ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên" với 5 doanh nghiệp, nâng tổng số đơn vị tham gia chương trình trên địa bàn tỉnh lên 31.

Công nhân Công ty TNHH Sumidenso Việt Nam tham gia hội thao chào mừng Tháng Công nhân. Ảnh: Minh Thu

Giải bóng đá công nhân do LĐLĐ tỉnh tổ chức có 16 đội tham dự.

Minh Thu

Tin liên quan
- Trao 12 nhà "Mái ấm Công đoàn" cho đoàn viên huyện Lý Nhân
- Hơn 3.000 công nhân được khám sức khỏe miễn phí
""", "Hà Nam", [
    R("workers_month_units", "742", "được tổ chức tại 742 công đoàn cơ sở", 742, per=M(5, 2023),
      note="headline repeat; 'Tháng Công nhân năm 2023' -> May 2023 (records.md)"),
    R("workers_month_units", "742", "được triển khai tại 742 CĐCS", 742, per=M(5, 2023),
      note="'Tháng Công nhân ... được triển khai tại N CĐCS' -> workers_month_units; the 52.000 participants are not gold (gold/README 11)"),
    R("beneficiaries", "2.365", "tặng quà cho 2.365", 2365, per=M(5, 2023),
      note="'Trong tháng' = the Tháng Công nhân 2023 -> May 2023"),
    R("support_funds", "1,4 tỷ", "hơn 1,4 tỷ đồng", 1400000000, bd="over", per=M(5, 2023),
      note="the per-gift range 500.000 đồng - 1 triệu đồng is a per-item amount, not gold"),
    R("workplace_dialogues", "27", "tổ chức 27 hội nghị đối thoại", 27, per=M(5, 2023),
      note="'hội nghị đối thoại tại nơi làm việc' counted in dialogues; Đồng Văn I/II are names"),
    R("welfare_partners", "5", "với 5 doanh nghiệp", 5, per=M(5, 2023),
      note="'ký kết thỏa thuận hợp tác ... Phúc lợi đoàn viên' (gold/README 9); 'Cũng trong dịp này' -> nearest earlier period phrase, the Tháng Công nhân 2023"),
    R("welfare_partners", "31", "lên 31", 31, per=PUB,
      note="'nâng tổng số đơn vị tham gia chương trình ... lên 31' -> cumulative count dated at publication like a stock (as challenge6 h11); the 16 football teams and the 'Tin liên quan' figures are not gold"),
])

# ------------------------------------------------------------------ m03
A("m03", "https://baoquangninh.vn/dai-hoi-cong-doan-thanh-pho-cam-pha-lan-thu-xxi-nhiem-ky-2023-2028-3251847.html",
  "2023-08-09", """
Đại hội Công đoàn thành phố Cẩm Phả lần thứ XXI, nhiệm kỳ 2023-2028

09/08/2023 09:40

Ngày 8/8, LĐLĐ thành phố Cẩm Phả tổ chức Đại hội Công đoàn thành phố lần thứ XXI, nhiệm kỳ 2023-2028. Dự đại hội có 180 đại biểu chính thức, đại diện cho 14.720 đoàn viên công đoàn đang sinh hoạt tại 126 CĐCS trực thuộc.

Nhiệm kỳ 2018-2023, các cấp công đoàn thành phố đã kết nạp 3.846 đoàn viên, thành lập mới 19 CĐCS; giới thiệu 312 đoàn viên ưu tú cho Đảng xem xét, trong đó 241 đồng chí đã được kết nạp; chủ trì và phối hợp tổ chức 412 cuộc kiểm tra, giám sát việc thực hiện chế độ, chính sách đối với người lao động. 100% cơ quan, đơn vị hằng năm tổ chức hội nghị cán bộ, công chức, viên chức theo quy định.

Đại hội đề ra mục tiêu nhiệm kỳ 2023-2028: kết nạp mới 4.000 đoàn viên trở lên; 100% doanh nghiệp có từ 10 lao động trở lên thành lập CĐCS; giới thiệu ít nhất 250 đoàn viên ưu tú cho Đảng xem xét kết nạp.

Đại hội đã bầu 27 đồng chí vào Ban Chấp hành khóa XXI; đồng chí Vũ Thị Hải tái đắc cử Chủ tịch LĐLĐ thành phố.

Quang Minh
""", "Quảng Ninh", [
    R("members_total", "14.720", "đại diện cho 14.720 đoàn viên", 14720, per=PUB, sc="LĐLĐ thành phố Cẩm Phả",
      note="'đại diện cho N đoàn viên ... đang sinh hoạt' at the Đại hội -> members_total stock at publication (as dev r11); the 180 delegates are not gold; region from the site (baoquangninh.vn): the text names no province"),
    R("unions_total", "126", "tại 126 CĐCS trực thuộc", 126, per=PUB, sc="LĐLĐ thành phố Cẩm Phả",
      note="stock of the city union's CĐCS, dated at publication (as dev r11)"),
    R("members_new", "3.846", "kết nạp 3.846 đoàn viên", 3846, per=YY(2018, 2023), sc="LĐLĐ thành phố Cẩm Phả"),
    R("unions_new", "19", "thành lập mới 19 CĐCS", 19, per=YY(2018, 2023), sc="LĐLĐ thành phố Cẩm Phả"),
    R("party_referrals", "312", "giới thiệu 312 đoàn viên ưu tú", 312, per=YY(2018, 2023), sc="LĐLĐ thành phố Cẩm Phả"),
    R("party_admitted", "241", "241 đồng chí đã được kết nạp", 241, per=YY(2018, 2023), sc="LĐLĐ thành phố Cẩm Phả",
      note="'trong đó N đồng chí đã được kết nạp' -> party_admitted, a flow of the term (indicators.tsv)"),
    R("supervisions", "412", "tổ chức 412 cuộc kiểm tra, giám sát", 412, per=YY(2018, 2023), sc="LĐLĐ thành phố Cẩm Phả",
      note="'chủ trì và phối hợp tổ chức N cuộc kiểm tra, giám sát' -> supervisions; the '100% cơ quan, đơn vị ... hội nghị cán bộ, công chức, viên chức' that follows is a coverage share with no count, not gold"),
    R("members_new", "4.000", "kết nạp mới 4.000 đoàn viên trở lên", 4000, st="target", bd="over",
      per=YY(2023, 2028), sc="LĐLĐ thành phố Cẩm Phả",
      note="'mục tiêu nhiệm kỳ 2023-2028' -> target of the term; '... trở lên' after the noun -> over (gold/README 5); the '100% doanh nghiệp có từ 10 lao động trở lên' coverage target is not gold (dev m02, m16 leave such percentage targets out)"),
    R("party_referrals", "250", "ít nhất 250 đoàn viên ưu tú", 250, st="target", bd="over",
      per=YY(2023, 2028), sc="LĐLĐ thành phố Cẩm Phả",
      note="target of the term, 'ít nhất' -> over; the 27 BCH members are not gold"),
])

# ------------------------------------------------------------------ m04
A("m04", "https://baonghean.vn/cong-doan-nghe-an-to-chuc-216-cuoc-kiem-tra-giam-sat-trong-9-thang-post274512.html",
  "2023-10-18", """
Công đoàn Nghệ An tổ chức 216 cuộc kiểm tra, giám sát trong 9 tháng

Thứ Tư, 18/10/2023 - 10:12

(Baonghean.vn) - 9 tháng năm 2023, các cấp công đoàn tỉnh Nghệ An đã chủ trì, phối hợp tổ chức 216 cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp, trong đó LĐLĐ tỉnh trực tiếp chủ trì 38 cuộc.

Qua giám sát, các đoàn đã kiến nghị 43 doanh nghiệp khắc phục tồn tại về tiền lương, bảo hiểm xã hội, an toàn vệ sinh lao động; đề nghị truy đóng hơn 4,6 tỷ đồng tiền bảo hiểm xã hội cho 1.120 người lao động.

Cũng trong 9 tháng, Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn trực tiếp và qua đường dây nóng cho 1.356 lượt đoàn viên, người lao động; tham gia bảo vệ quyền lợi cho người lao động tại 7 vụ án lao động. Ủy ban Kiểm tra công đoàn các cấp đã kiểm tra tài chính 95 CĐCS, đạt 86,4% kế hoạch năm.

Người lao động được tư vấn pháp luật tại Khu công nghiệp Nam Cấm. Ảnh: Quang An

Số điện thoại đường dây nóng của LĐLĐ tỉnh: 0238.3844.129.

Quang An
""", "Nghệ An", [
    R("supervisions", "216", "tổ chức 216 cuộc kiểm tra, giám sát trong 9 tháng", 216, per=FIRSTN(9, 2023),
      note="headline repeat of the body figure -> its period (9 tháng năm 2023); 'trong 9 tháng' in the headline is a duration"),
    R("supervisions", "216", "phối hợp tổ chức 216 cuộc", 216, per=FIRSTN(9, 2023),
      note="'9 tháng năm 2023' -> 2023-01-01 .. 2023-09-30"),
    R("supervisions", "38", "trực tiếp chủ trì 38 cuộc", 38, per=FIRSTN(9, 2023), sc="LĐLĐ tỉnh trực tiếp chủ trì",
      note="breakdown 'trong đó' -> same indicator with a scope (gold/README 6); the 43 enterprises warned, the 4,6 tỷ BHXH arrears and the 1.120 workers concerned fit no code"),
    R("legal_consultations", "1.356", "cho 1.356 lượt", 1356, per=FIRSTN(9, 2023),
      note="'Cũng trong 9 tháng' (no year) -> the year of the earlier phrase, 2023; the 7 court cases fit no code"),
    R("financial_inspections", "95", "kiểm tra tài chính 95 CĐCS", 95, per=FIRSTN(9, 2023), sc="Ủy ban Kiểm tra công đoàn các cấp"),
    R("financial_inspections", "86,4%", "đạt 86,4% kế hoạch năm", 86.4, st="attainment", per=FIRSTN(9, 2023),
      sc="Ủy ban Kiểm tra công đoàn các cấp",
      note="attainment of the 9-month figure against the year's plan keeps the 9-month period (as dev m02); the hotline number is not gold"),
])

# ------------------------------------------------------------------ m05
A("m05", "https://baodongnai.com.vn/xa-hoi/202311/cong-doan-cac-kcn-dong-nai-386-doanh-nghiep-dieu-chinh-tang-gia-tri-bua-an-ca-3172654/",
  "2023-11-30", """
Công đoàn các KCN Đồng Nai: 386 doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca

Cập nhật lúc 08:25, Thứ Năm, 30/11/2023 (GMT+7)

(ĐN) - Theo Công đoàn các khu công nghiệp (KCN) Đồng Nai, từ đầu năm 2023 đến nay, đơn vị đã phối hợp với người sử dụng lao động điều chỉnh tăng giá trị bữa ăn ca tại 386 doanh nghiệp, nâng mức bình quân lên 22.000 đồng/suất; những doanh nghiệp còn lại đều bảo đảm mức từ 17.000 đồng/suất trở lên.

Cùng thời gian này, các CĐCS trực thuộc đã thương lượng, ký kết mới và ký kết lại 274 bản thỏa ước lao động tập thể, trong đó 61 bản được đánh giá loại A; 918 doanh nghiệp tổ chức hội nghị người lao động; 1.046 doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Theo ông Nguyễn Văn Hùng, Chủ tịch Công đoàn các KCN Đồng Nai, bữa ăn ca là nội dung được người lao động quan tâm hàng đầu tại các hội nghị người lao động. Thời gian tới, công đoàn sẽ tiếp tục giám sát chất lượng bữa ăn, phối hợp kiểm tra an toàn thực phẩm tại bếp ăn tập thể của doanh nghiệp.

Hiện nay, Công đoàn các KCN Đồng Nai đang quản lý 1.105 CĐCS với 412.300 đoàn viên, chiếm 78% tổng số đoàn viên toàn tỉnh.

Công nhân Công ty TNHH Pou Yuen Việt Nam trong giờ ăn ca. Ảnh: Hạnh Dung

Hạnh Dung
""", "Đồng Nai", [
    R("meal_upgrades", "386", "KCN Đồng Nai: 386 doanh nghiệp", 386, per=SPAN("2023-01-01", "2023-11-30"),
      sc="Công đoàn các KCN Đồng Nai", note="headline repeat of the body figure -> its period"),
    R("meal_upgrades", "386", "bữa ăn ca tại 386 doanh nghiệp", 386, per=SPAN("2023-01-01", "2023-11-30"),
      sc="Công đoàn các KCN Đồng Nai",
      note="'từ đầu năm 2023 đến nay' -> 2023-01-01 .. publication; the meal levels 22.000 and 17.000 đồng/suất are not gold (records.md)"),
    R("collective_agreements", "274", "ký kết lại 274 bản", 274, per=SPAN("2023-01-01", "2023-11-30"),
      sc="Công đoàn các KCN Đồng Nai",
      note="'Cùng thời gian này' -> the earlier 'từ đầu năm 2023 đến nay'; new and re-signed agreements together"),
    R("collective_agreements", "61", "trong đó 61 bản", 61, per=SPAN("2023-01-01", "2023-11-30"),
      sc="Công đoàn các KCN Đồng Nai, thỏa ước loại A", note="breakdown 'trong đó' (gold/README 6)"),
    R("worker_conferences", "918", "918 doanh nghiệp tổ chức hội nghị người lao động", 918,
      per=SPAN("2023-01-01", "2023-11-30"), sc="Công đoàn các KCN Đồng Nai"),
    R("workplace_dialogues", "1.046", "1.046 doanh nghiệp tổ chức đối thoại", 1046,
      per=SPAN("2023-01-01", "2023-11-30"), sc="Công đoàn các KCN Đồng Nai"),
    R("unions_total", "1.105", "quản lý 1.105 CĐCS", 1105, per=PUB, sc="Công đoàn các KCN Đồng Nai",
      note="'Hiện nay ... đang quản lý N CĐCS với M đoàn viên' -> stock at publication; a KCN union gives its province"),
    R("members_total", "412.300", "với 412.300 đoàn viên", 412300, per=PUB, sc="Công đoàn các KCN Đồng Nai",
      note="stock at publication; the share 78% is not gold"),
])

# ------------------------------------------------------------------ m06
A("m06", "https://ldld.kontum.gov.vn/tin-tuc/cong-doan-vien-chuc-tinh-tong-ket-hoat-dong-nam-2023-2871.html",
  None, """
Công đoàn Viên chức tỉnh tổng kết hoạt động năm 2023

Ngày 12/01, Công đoàn Viên chức tỉnh Kon Tum tổ chức hội nghị tổng kết hoạt động công đoàn năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, 81/81 cơ quan, đơn vị có tổ chức công đoàn trực thuộc đã tổ chức hội nghị cán bộ, công chức, viên chức theo quy định. Công đoàn Viên chức tỉnh đã chỉ đạo thành lập mới 4 Ban nữ công tại các đơn vị có đông nữ đoàn viên; phối hợp tổ chức 6 lớp tập huấn nghiệp vụ cho 412 lượt cán bộ công đoàn cơ sở.

Cũng trong năm 2023, các CĐCS đã thăm hỏi, hỗ trợ 356 lượt đoàn viên ốm đau, gặp khó khăn với số tiền 218 triệu đồng.

Hiện Công đoàn Viên chức tỉnh có 81 CĐCS trực thuộc với tổng số 5.694 đoàn viên, trong đó nữ đoàn viên chiếm 56%.

Năm 2024, Công đoàn Viên chức tỉnh phấn đấu thành lập thêm 3 Ban nữ công.

Tại hội nghị, 9 tập thể và 15 cá nhân được tặng Giấy khen của Công đoàn Viên chức tỉnh.

Văn Đông
""", "Kon Tum", [
    R("official_conferences", "81/81", "Năm 2023, 81/81 cơ quan", 81, per=Y(2023), sc="Công đoàn Viên chức tỉnh Kon Tum",
      note="'81/81 cơ quan, đơn vị ... tổ chức hội nghị cán bộ, công chức, viên chức' -> 81 (records.md: '03/03' -> 3)"),
    R("women_committees", "4", "thành lập mới 4 Ban nữ công", 4, per=Y(2023), sc="Công đoàn Viên chức tỉnh Kon Tum"),
    R("trainings", "6", "tổ chức 6 lớp tập huấn", 6, per=Y(2023), sc="Công đoàn Viên chức tỉnh Kon Tum"),
    R("trainees", "412", "cho 412 lượt cán bộ", 412, per=Y(2023), sc="Công đoàn Viên chức tỉnh Kon Tum"),
    R("beneficiaries", "356", "hỗ trợ 356 lượt đoàn viên", 356, per=Y(2023), sc="Công đoàn Viên chức tỉnh Kon Tum"),
    R("support_funds", "218 triệu", "số tiền 218 triệu đồng", 218000000, per=Y(2023), sc="Công đoàn Viên chức tỉnh Kon Tum"),
    R("unions_total", "81", "có 81 CĐCS trực thuộc", 81, per=NULL, sc="Công đoàn Viên chức tỉnh Kon Tum",
      note="'Hiện ... có' -> stock; no publication date -> null..null; the site (ldld.kontum.gov.vn) and the text give Kon Tum"),
    R("members_total", "5.694", "với tổng số 5.694 đoàn viên", 5694, per=NULL, sc="Công đoàn Viên chức tỉnh Kon Tum",
      note="stock, null..null; the share 56% is not gold"),
    R("women_committees", "3", "thành lập thêm 3 Ban nữ công", 3, st="target", per=Y(2024), sc="Công đoàn Viên chức tỉnh Kon Tum",
      note="'phấn đấu' -> target; the award counts (9 tập thể, 15 cá nhân) are not gold"),
])

# ------------------------------------------------------------------ m07
A("m07", "https://baodongkhoi.vn/ben-tre-nam-2023-thanh-lap-moi-26-cong-doan-co-so-10012024-a123456.html",
  "2024-01-10", """
Bến Tre: Năm 2023 thành lập mới 26 công đoàn cơ sở

10/01/2024 - 14:30

ĐK - Theo Liên đoàn Lao động tỉnh Bến Tre, năm 2023, các cấp công đoàn trong tỉnh đã phát triển được 3.415 đoàn viên; thành lập mới 26 CĐCS, vượt 30% kế hoạch.

Cũng trong năm 2023, có 14 CĐCS giải thể do doanh nghiệp ngừng hoạt động, phá sản; số đoàn viên giảm 2.960 người, chủ yếu ở các doanh nghiệp da giày, may mặc. Sau khi trừ số giảm, đoàn viên tăng tuyệt đối 455 người.

Đến nay, Liên đoàn Lao động tỉnh quản lý 9 LĐLĐ huyện, thành phố, 3 công đoàn ngành và Công đoàn các KCN tỉnh với 1.317 CĐCS và 71.842 đoàn viên.

Năm 2024, LĐLĐ tỉnh phấn đấu thành lập 20 CĐCS trở lên.

Lễ ra mắt CĐCS Công ty TNHH Sheng Hung Việt Nam (huyện Giồng Trôm). Ảnh: Cẩm Trúc

Cẩm Trúc
""", "Bến Tre", [
    R("unions_new", "26", "thành lập mới 26 công đoàn cơ sở", 26, per=Y(2023),
      note="headline repeat ('Năm 2023' in the headline)"),
    R("members_new", "3.415", "phát triển được 3.415 đoàn viên", 3415, per=Y(2023)),
    R("unions_new", "26", "thành lập mới 26 CĐCS", 26, per=Y(2023)),
    R("unions_new", "30%", "vượt 30% kế hoạch", 130, st="attainment", per=Y(2023), plus100=True,
      note="'vượt 30% kế hoạch' -> 130 (records.md), bound exact: the 'vượt' is used up by 100+N (dev m01)"),
    R("unions_dissolved", "14", "có 14 CĐCS giải thể", 14, per=Y(2023)),
    R("members_lost", "2.960", "số đoàn viên giảm 2.960 người", 2960, per=Y(2023)),
    R("members_net", "455", "tăng tuyệt đối 455 người", 455, per=Y(2023),
      note="'tăng tuyệt đối' -> members_net (3.415 - 2.960)"),
    R("unions_total", "1.317", "với 1.317 CĐCS", 1317, per=PUB,
      note="'Đến nay ... quản lý ... với N CĐCS' -> stock at publication; the 9 district LĐLĐ and 3 sector unions are upper-level unions, not CĐCS, and not gold"),
    R("members_total", "71.842", "71.842 đoàn viên", 71842, per=PUB),
    R("unions_new", "20", "thành lập 20 CĐCS trở lên", 20, st="target", bd="over", per=Y(2024),
      note="'... trở lên' after the noun -> over"),
])

# ------------------------------------------------------------------ m08
A("m08", "https://laodongthudo.vn/ldld-quan-long-bien-ky-ket-phuc-loi-doan-vien-voi-9-doanh-nghiep-168245.html",
  "2024-03-20", """
LĐLĐ quận Long Biên ký kết "Phúc lợi đoàn viên" với 9 doanh nghiệp

20/03/2024 15:47

(LĐTĐ) Chiều 20/3, Liên đoàn Lao động quận Long Biên (Hà Nội) tổ chức lễ ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên" với 9 doanh nghiệp cung cấp dịch vụ y tế, siêu thị, du lịch, ăn uống. Cũng tại buổi lễ, LĐLĐ quận trao 30 suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng.

Theo thỏa thuận, đoàn viên công đoàn quận được giảm từ 5 đến 30% giá dịch vụ khi xuất trình thẻ đoàn viên. Năm 2023, LĐLĐ quận đã ký kết thỏa thuận với 14 đối tác. Đến nay, tổng số đơn vị tham gia chương trình trên địa bàn quận là 23.

Hiện LĐLĐ quận Long Biên đang trực tiếp quản lý 278 CĐCS với 16.935 đoàn viên; trong đó 191 CĐCS khu vực ngoài nhà nước với 9.402 đoàn viên.

Phương Thảo

Bài liên quan
- Công đoàn Hà Nội trao 2.000 suất quà Tết cho công nhân
- Quận Long Biên: 15 công nhân được nhận "Mái ấm Công đoàn"
""", "Hà Nội", [
    R("welfare_partners", "9", "với 9 doanh nghiệp\n", 9, per=PUB, sc="LĐLĐ quận Long Biên",
      note="headline repeat of the body figure; no period phrase -> publication date"),
    R("welfare_partners", "9", "với 9 doanh nghiệp cung cấp", 9, per=PUB, sc="LĐLĐ quận Long Biên",
      note="'ký kết thỏa thuận hợp tác ... Phúc lợi đoàn viên với N doanh nghiệp' (gold/README 9); 'Chiều 20/3' is a date, no period phrase -> publication date; a district union gives its province"),
    R("beneficiaries", "30", "trao 30 suất quà", 30, per=PUB, sc="LĐLĐ quận Long Biên",
      note="gifts at the ceremony, publication date; 'mỗi suất trị giá 1 triệu đồng' is per-item and the '5 đến 30%' discount is a share, neither is gold"),
    R("welfare_partners", "14", "ký kết thỏa thuận với 14 đối tác", 14, per=Y(2023), sc="LĐLĐ quận Long Biên"),
    R("welfare_partners", "23", "trên địa bàn quận là 23", 23, per=PUB, sc="LĐLĐ quận Long Biên",
      note="'Đến nay, tổng số đơn vị tham gia chương trình ... là 23' -> cumulative partner count dated at publication like a stock (as challenge3 e08, challenge6 h11)"),
    R("unions_total", "278", "quản lý 278 CĐCS", 278, per=PUB, sc="LĐLĐ quận Long Biên",
      note="'Hiện ... đang trực tiếp quản lý N CĐCS với M đoàn viên' -> district-union stock at publication"),
    R("members_total", "16.935", "với 16.935 đoàn viên", 16935, per=PUB, sc="LĐLĐ quận Long Biên"),
    R("unions_total", "191", "trong đó 191 CĐCS", 191, per=PUB, sc="LĐLĐ quận Long Biên, khu vực ngoài nhà nước",
      note="breakdown of the stock (gold/README 6)"),
    R("members_total", "9.402", "với 9.402 đoàn viên", 9402, per=PUB, sc="LĐLĐ quận Long Biên, khu vực ngoài nhà nước",
      note="breakdown of the stock; the 'Bài liên quan' figures are not gold"),
])

# ------------------------------------------------------------------ m09
A("m09", "https://baobinhphuoc.com.vn/news/9/158732/binh-phuoc-phat-dong-thang-cong-nhan-nam-2024",
  "2024-05-08", """
Bình Phước phát động Tháng Công nhân năm 2024

Thứ Tư, 08/05/2024 | 07:15

BP - Tối 7/5, tại Khu công nghiệp Minh Hưng - Hàn Quốc (thị xã Chơn Thành), LĐLĐ tỉnh Bình Phước tổ chức lễ phát động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2024 với sự tham gia của hơn 1.500 công nhân lao động.

Tại buổi lễ, LĐLĐ tỉnh trao 200 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng; Tổng LĐLĐ Việt Nam trao kinh phí hỗ trợ xây 5 "Mái ấm Công đoàn" với tổng số tiền 300 triệu đồng (mỗi căn 60 triệu đồng) cho đoàn viên khó khăn về nhà ở.

Theo kế hoạch, trong Tháng Công nhân năm 2024, các cấp công đoàn tỉnh sẽ tổ chức ít nhất 50 cuộc đối thoại tại nơi làm việc; thăm hỏi, tặng quà cho khoảng 3.000 đoàn viên, người lao động.

Năm 2023, Tháng Công nhân được tổ chức tại 687 CĐCS, thu hút hơn 45.000 lượt đoàn viên tham gia.

Trong số 1.243 CĐCS hiện có của tỉnh, 236 CĐCS thuộc Công đoàn các KCN quản lý.

Tin, ảnh: Hoàng Phúc
""", "Bình Phước", [
    R("beneficiaries", "200", "trao 200 suất quà", 200, per=M(5, 2024),
      note="the launch (7/5) has no period phrase of its own; the nearest earlier phrase is 'Tháng Công nhân ... năm 2024' -> May 2024 (as challenge6 h03); 500.000 đồng per gift and the 1.500 participants are not gold"),
    R("shelter_houses", "5", "hỗ trợ xây 5", 5, per=M(5, 2024), sc="Tổng LĐLĐ Việt Nam",
      note="a national body acting in one province -> that province (records.md)"),
    R("shelter_funds", "300 triệu", "tổng số tiền 300 triệu đồng", 300000000, per=M(5, 2024), sc="Tổng LĐLĐ Việt Nam",
      note="total for the 5 houses; 'mỗi căn 60 triệu đồng' is per-item, not gold"),
    R("workplace_dialogues", "50", "ít nhất 50 cuộc đối thoại", 50, st="target", bd="over", per=M(5, 2024),
      note="'Theo kế hoạch ... sẽ' -> target; 'ít nhất' -> over"),
    R("beneficiaries", "3.000", "khoảng 3.000 đoàn viên", 3000, st="target", bd="about", per=M(5, 2024)),
    R("workers_month_units", "687", "tổ chức tại 687 CĐCS", 687, per=M(5, 2023),
      note="'Năm 2023, Tháng Công nhân được tổ chức tại N CĐCS' -> May 2023; the 45.000 participants are not gold"),
    R("unions_total", "1.243", "Trong số 1.243 CĐCS hiện có", 1243, per=PUB,
      note="a total inside a breakdown sentence, 'hiện có' -> stock at publication"),
    R("unions_total", "236", "236 CĐCS thuộc Công đoàn các KCN", 236, per=PUB, sc="Công đoàn các KCN",
      note="breakdown of the stock (gold/README 6)"),
])
