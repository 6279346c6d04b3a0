from mylib import add, R, Y, H1, H2, Q, M, SPAN, SY, PUB

# ---------------------------------------------------------------- f01 Lạng Sơn
T = """LĐLĐ tỉnh kết nạp hơn 4.500 đoàn viên mới

Thứ Sáu, 12/01/2024 09:15

LSO - Sáng 11/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2023, triển khai nhiệm vụ năm 2024.

Năm qua, các cấp công đoàn trong tỉnh đã kết nạp 4.562 đoàn viên (đạt 114% kế hoạch), thành lập mới 27 công đoàn cơ sở (CĐCS), nâng tổng số đoàn viên toàn tỉnh lên 41.206 người, sinh hoạt tại 1.093 CĐCS. Công tác chăm lo đời sống đoàn viên được quan tâm: các cấp công đoàn đã thăm hỏi, tặng quà cho 9.870 lượt đoàn viên, người lao động với tổng kinh phí trên 4,3 tỷ đồng; hỗ trợ xây mới, sửa chữa 36 nhà "Mái ấm Công đoàn". Các CĐCS đã giới thiệu 412 đoàn viên ưu tú cho cấp ủy xem xét, bồi dưỡng, trong đó 287 đồng chí đã được kết nạp vào Đảng.

Năm 2024, LĐLĐ tỉnh phấn đấu kết nạp 4.000 đoàn viên, thành lập mới 20 CĐCS; 100% CĐCS đủ điều kiện tổ chức hội nghị người lao động.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 24 tập thể và 31 cá nhân có thành tích xuất sắc.

Minh Hằng

Số lần xem: 1.245"""
y = Y(2023)
add("f01", "https://baolangson.vn/ldld-tinh-ket-nap-hon-4-500-doan-vien-moi-5037412.html", "2024-01-12", T, [
    R("members_new", 4500, "4.500", bound="over", per=y, note="headline repeat of the body's 4.562 (rounded, 'hơn'): takes its period, 'Năm qua' published in January 2024 -> 2023; region from the site (baolangson.vn)"),
    R("members_new", 4562, "4.562", per=y, note="'Năm qua' published 2024-01-12 (January) -> the previous year 2023"),
    R("members_new", 114, "114%", status="attainment", per=y),
    R("unions_new", 27, "27", per=y),
    R("members_total", 41206, "41.206", per=PUB, note="stock: 'nâng tổng số đoàn viên ... lên' -> publication date"),
    R("unions_total", 1093, "1.093", per=PUB, note="stock in the same 'nâng tổng số ... lên' clause -> publication date"),
    R("beneficiaries", 9870, "9.870", per=y),
    R("support_funds", 4300000000, "4,3 tỷ", bound="over", per=y),
    R("shelter_houses", 36, "36", per=y),
    R("party_referrals", 412, "412", per=y),
    R("party_admitted", 287, "287", per=y, note="'trong đó 287 đồng chí đã được kết nạp vào Đảng': a breakdown that is a different indicator (party_admitted)"),
    R("members_new", 4000, "4.000", status="target", per=Y(2024)),
    R("unions_new", 20, "20", status="target", per=Y(2024)),
], region="Lạng Sơn")

# ---------------------------------------------------------------- f02 Nghệ An
T = """Đại hội Công đoàn tỉnh Nghệ An lần thứ XVIII: Phấn đấu phát triển 60.000 đoàn viên trong nhiệm kỳ mới

(Baonghean.vn) - Sáng 20/9, Liên đoàn Lao động tỉnh Nghệ An khai mạc Đại hội Công đoàn tỉnh lần thứ XVIII, nhiệm kỳ 2023 - 2028. Dự đại hội có 300 đại biểu chính thức, đại diện cho hơn 210.000 đoàn viên công đoàn trong toàn tỉnh.

Báo cáo chính trị tại đại hội nêu rõ, nhiệm kỳ 2018 - 2023, các cấp công đoàn đã kết nạp mới 63.540 đoàn viên; thành lập 418 CĐCS (vượt 4,5% chỉ tiêu Nghị quyết đại hội đề ra). Tổ chức công đoàn đã phối hợp xây mới, sửa chữa 1.126 nhà "Mái ấm Công đoàn" với tổng số tiền hơn 45 tỷ đồng; giới thiệu 6.830 đoàn viên ưu tú cho Đảng xem xét, kết nạp. Có 1.412 doanh nghiệp ký kết thỏa ước lao động tập thể.

Nghị quyết đại hội đề ra một số chỉ tiêu chủ yếu trong nhiệm kỳ 2023 - 2028: phát triển 60.000 đoàn viên; thành lập mới trên 400 CĐCS ở các doanh nghiệp có từ 25 lao động trở lên; giới thiệu ít nhất 6.000 đoàn viên ưu tú cho Đảng xem xét, kết nạp; 80% CĐCS đạt tiêu chuẩn vững mạnh.

Đại hội đã bầu Ban Chấp hành Công đoàn tỉnh khóa XVIII gồm 45 đồng chí.

Phát biểu tại đại hội, đồng chí Bí thư Tỉnh ủy ghi nhận những kết quả tổ chức Công đoàn tỉnh đạt được; đề nghị các cấp công đoàn tiếp tục đổi mới nội dung, phương thức hoạt động, lấy đoàn viên, người lao động làm trung tâm, chăm lo tốt hơn đời sống vật chất, tinh thần cho công nhân tại các khu công nghiệp VSIP, Nam Cấm, Hoàng Mai, nhất là về nhà ở, thiết chế văn hóa. Các cấp công đoàn cần chủ động nắm bắt tâm tư, nguyện vọng của người lao động, kịp thời kiến nghị với cấp ủy"""
old, new = SPAN(2018, 2023), SPAN(2023, 2028)
add("f02", "https://baonghean.vn/dai-hoi-cong-doan-tinh-nghe-an-lan-thu-xviii-phan-dau-phat-trien-60-000-doan-vien-post284512.html", None, T, [
    R("members_new", 60000, "60.000", status="target", per=new, note="headline repeat of the body target: takes its period nhiệm kỳ 2023-2028"),
    R("members_total", 210000, "210.000", bound="over", per=PUB, note="delegates are not a record, but the membership they represent ('đại diện cho hơn 210.000 đoàn viên') is a members_total stock (as dev r11); no publication date -> null..null"),
    R("members_new", 63540, "63.540", per=old),
    R("unions_new", 418, "418", per=old),
    R("unions_new", 104.5, "4,5%", status="attainment", per=old, chk=False, note="'vượt 4,5% chỉ tiêu' right after the 418 CĐCS -> attainment 104.5 of unions_new, bound exact (vượt N% -> 100+N)"),
    R("shelter_houses", 1126, "1.126", per=old),
    R("shelter_funds", 45000000000, "45 tỷ", bound="over", per=old),
    R("party_referrals", 6830, "6.830", per=old),
    R("collective_agreements", 1412, "1.412", per=old, note="enterprises that signed an agreement during the term; no period in the sentence -> nearest earlier phrase nhiệm kỳ 2018-2023"),
    R("members_new", 60000, "60.000", status="target", per=new),
    R("unions_new", 400, "400", status="target", bound="over", per=new, note="'từ 25 lao động trở lên' is a threshold, not a record"),
    R("party_referrals", 6000, "6.000", status="target", bound="over", per=new, note="'ít nhất' -> over"),
], region="Nghệ An")

# ---------------------------------------------------------------- f03 Quảng Ninh
T = """Công đoàn Quảng Ninh: Nhiều kết quả nổi bật 6 tháng đầu năm

Cập nhật: 08/07/2022 10:21

Ngày 7/7, LĐLĐ tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2022.

Theo báo cáo, 6 tháng đầu năm, toàn tỉnh đã kết nạp 3.318 đoàn viên, thành lập 15 CĐCS, lần lượt đạt 66% và 60% kế hoạch năm. Các cấp công đoàn đã phối hợp với người sử dụng lao động tổ chức hội nghị người lao động tại 412 doanh nghiệp; 236 đơn vị tổ chức đối thoại định kỳ tại nơi làm việc; 27 bản thỏa ước lao động tập thể được ký mới. Khu vực hành chính sự nghiệp có 97% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức. Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho 1.064 lượt đoàn viên, người lao động.

Chương trình "Phúc lợi đoàn viên công đoàn" tiếp tục được mở rộng: LĐLĐ tỉnh ký thỏa thuận hợp tác với 9 đối tác mới, nâng tổng số đơn vị tham gia chương trình lên 46.

Nhiệm vụ trọng tâm 6 tháng cuối năm là tập trung hoàn thành chỉ tiêu kết nạp 5.000 đoàn viên cả năm, tổ chức tốt các hoạt động hướng về cơ sở.

Hotline tư vấn pháp luật: 0203.3835.264

Thu Trang"""
h = H1(2022)
add("f03", "https://baoquangninh.vn/cong-doan-quang-ninh-nhieu-ket-qua-noi-bat-6-thang-dau-nam-3195204.html", "2022-07-08", T, [
    R("members_new", 3318, "3.318", per=h, note="'6 tháng đầu năm' without a year -> publication year 2022"),
    R("unions_new", 15, "15", per=h),
    R("members_new", 66, "66%", status="attainment", per=h, note="'lần lượt đạt 66% và 60% kế hoạch năm': the first share goes to the first figure (members_new)"),
    R("unions_new", 60, "60%", status="attainment", per=h, note="'lần lượt': the second share goes to the second figure (unions_new)"),
    R("worker_conferences", 412, "412", per=h),
    R("workplace_dialogues", 236, "236", per=h),
    R("collective_agreements", 27, "27", per=h),
    R("legal_consultations", 1064, "1.064", per=h),
    R("welfare_partners", 9, "9", per=h, note="no period in the sentence -> nearest earlier phrase '6 tháng đầu năm'"),
    R("welfare_partners", 46, "46", per=PUB, note="cumulative 'nâng tổng số đơn vị tham gia chương trình lên 46': a stock of Phúc lợi đoàn viên partners -> publication date (as challenge2 d26 did for a member_records stock)"),
    R("members_new", 5000, "5.000", status="target", per=Y(2022), note="'chỉ tiêu kết nạp 5.000 đoàn viên cả năm' -> the full year (guideline 8), not the 6 tháng cuối năm of the sentence"),
], region="Quảng Ninh")

# ---------------------------------------------------------------- f04 Thừa Thiên Huế
T = """Hơn 2.800 suất quà Tết đến với đoàn viên, người lao động

03/02/2021 - 07:45

TTH - Chiều 2/2, tại Khu công nghiệp Phú Bài (thị xã Hương Thủy), LĐLĐ tỉnh tổ chức chương trình "Tết Sum vầy" Xuân Tân Sửu 2021 cho công nhân lao động.

Tại chương trình, LĐLĐ tỉnh trao 300 suất quà, mỗi suất trị giá 1 triệu đồng gồm tiền mặt và nhu yếu phẩm, cho công nhân có hoàn cảnh khó khăn; tặng 120 vé xe cho công nhân ở xa về quê đón Tết. Công đoàn các KCN tỉnh cũng trao 450 suất quà cho đoàn viên tại các doanh nghiệp may mặc, sợi.

Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân KCN Phú Bài. Ảnh: Đ.T

Theo LĐLĐ tỉnh, dịp Tết Nguyên đán Tân Sửu 2021, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng 2.846 suất quà cho đoàn viên, người lao động với tổng kinh phí gần 1,9 tỷ đồng, trong đó nguồn xã hội hóa khoảng 650 triệu đồng. Các gian hàng "Chợ Tết Công đoàn" bán hàng giảm giá từ 10 đến 30% cho công nhân.

ĐỨC TOÀN"""
y = Y(2021)
add("f04", "https://baothuathienhue.vn/chinh-tri-xa-hoi/hon-2-800-suat-qua-tet-den-voi-doan-vien-nguoi-lao-dong-a98231.html", "2021-02-03", T, [
    R("beneficiaries", 2800, "2.800", bound="over", per=y, note="headline repeat of the body's 2.846 (rounded, 'Hơn'): its period; region from the site (baothuathienhue.vn, 'LĐLĐ tỉnh')"),
    R("beneficiaries", 300, "300", per=y, scope="chương trình Tết Sum vầy tại KCN Phú Bài", note="'Xuân Tân Sửu 2021' / 'Tết Nguyên đán Tân Sửu 2021' read as the year 2021, as dev x07 does for 'Tết Nguyên đán Nhâm Dần 2022'; '1 triệu đồng' per gift is not a record"),
    R("beneficiaries", 120, "120", per=y, scope="vé xe về quê đón Tết", note="tickets given to workers count as beneficiaries (guideline 9)"),
    R("beneficiaries", 450, "450", per=y, scope="Công đoàn các KCN tỉnh"),
    R("beneficiaries", 2846, "2.846", per=y),
    R("support_funds", 1900000000, "1,9 tỷ", bound="under", per=y),
    R("support_funds", 650000000, "650 triệu", bound="about", per=y, scope="nguồn xã hội hóa", note="breakdown of the money by source (guideline 6)"),
], region="Thừa Thiên Huế")

# ---------------------------------------------------------------- f05 Việt Nam (national)
T = """Năm 2017, cả nước kết nạp hơn 1 triệu đoàn viên công đoàn

NDĐT - Ngày 21-12, tại Hà Nội, Tổng Liên đoàn Lao động Việt Nam tổ chức hội nghị tổng kết công tác công đoàn năm 2017, triển khai nhiệm vụ năm 2018.

Báo cáo tại hội nghị cho biết, trong năm, các cấp công đoàn đã kết nạp mới 1.028.756 đoàn viên, thành lập mới 5.487 CĐCS (vượt 2,8% chỉ tiêu). Hiện cả nước có 10.066.436 đoàn viên, sinh hoạt tại 124.815 CĐCS. Riêng LĐLĐ TP Hồ Chí Minh kết nạp gần 146.000 đoàn viên, dẫn đầu cả nước.

Công tác chăm lo cho người lao động được đẩy mạnh. Các cấp công đoàn đã thăm hỏi, hỗ trợ 2,6 triệu lượt đoàn viên, người lao động với tổng số tiền 1.152 tỷ đồng; xây mới, sửa chữa 1.538 nhà "Mái ấm Công đoàn". Ủy ban Kiểm tra công đoàn các cấp đã kiểm tra tài chính tại 8.960 CĐCS.

Năm 2018, Tổng Liên đoàn đặt mục tiêu kết nạp 1 triệu đoàn viên, thành lập mới 5.000 CĐCS.

Phát biểu chỉ đạo hội nghị, Chủ tịch Tổng LĐLĐ Việt Nam đề nghị các cấp công đoàn tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở. Đồng chí nhấn mạnh, năm tới là năm diễn ra đại hội công đoàn các cấp tiến tới Đại hội XII Công đoàn Việt Nam, vì vậy các cấp công đoàn cần tập trung chuẩn bị tốt về nội dung, nhân sự; đồng thời quan tâm hơn nữa đến việc làm, thu nhập, nhà ở của đoàn viên, người lao động, nhất là lao động nữ và lao động trong các doanh nghiệp ngoài nhà nước.

Dịp này, Tổng LĐLĐ Việt Nam trao Cờ thi đua cho các đơn vị dẫn đầu phong trào thi đua; tặng Bằng khen cho 35 tập thể và 4"""
y = Y(2017)
add("f05", "https://nhandan.vn/tin-tuc-xa-hoi/nam-2017-ca-nuoc-ket-nap-hon-1-trieu-doan-vien-cong-doan-312486", "2017-12-22", T, [
    R("members_new", 1000000, "1 triệu", bound="over", per=y, note="headline repeat of 1.028.756 (rounded, 'hơn')"),
    R("members_new", 1028756, "1.028.756", per=y, note="'trong năm' published in December 2017 -> 2017 (the sentence's own phrase wins over the sapo's 'năm 2018')"),
    R("unions_new", 5487, "5.487", per=y),
    R("unions_new", 102.8, "2,8%", status="attainment", per=y, chk=False, note="'(vượt 2,8% chỉ tiêu)' right after the CĐCS -> 102.8, bound exact"),
    R("members_total", 10066436, "10.066.436", per=PUB, note="stock 'Hiện cả nước có' -> publication date"),
    R("unions_total", 124815, "124.815", per=PUB),
    R("members_new", 146000, "146.000", bound="under", per=y, region="Hồ Chí Minh", scope="LĐLĐ TP Hồ Chí Minh", note="a provincial figure inside a national article: region from the reporting organisation (LĐLĐ TP Hồ Chí Minh); period from the nearest earlier phrase 'trong năm'"),
    R("beneficiaries", 2600000, "2,6 triệu", per=y),
    R("support_funds", 1152000000000, "1.152 tỷ", per=y),
    R("shelter_houses", 1538, "1.538", per=y),
    R("financial_inspections", 8960, "8.960", per=y),
    R("members_new", 1000000, "1 triệu", status="target", per=Y(2018)),
    R("unions_new", 5000, "5.000", status="target", per=Y(2018)),
], region="Việt Nam")
