from mylib import add, R, Y, H1, H2, Q, M, SPAN, SY, PUB

# ---------------------------------------------------------------- f06 Lào Cai
T = """Sôi nổi các hoạt động Tháng Công nhân năm 2019

BLC - Tháng Công nhân năm 2019 với chủ đề "Vì an toàn, sức khỏe và phúc lợi cho công nhân lao động" đã được các cấp công đoàn tỉnh Lào Cai triển khai rộng khắp.

Theo báo cáo nhanh của LĐLĐ tỉnh, hoạt động Tháng Công nhân đã được tổ chức ở 734 CĐCS, thu hút trên 28.000 lượt đoàn viên, người lao động tham gia. Các cấp công đoàn đã thăm hỏi, tặng 1.652 suất quà cho công nhân lao động có hoàn cảnh khó khăn, tổng trị giá 826 triệu đồng (mỗi suất 500.000 đồng); tuyên truyền về an toàn, vệ sinh lao động cho hơn 12.000 lượt công nhân. LĐLĐ tỉnh phối hợp tổ chức 42 cuộc đối thoại tại doanh nghiệp; tham gia 17 cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật về an toàn, vệ sinh lao động.

Nhân dịp này, LĐLĐ tỉnh ký kết thỏa thuận hợp tác với 3 doanh nghiệp thực hiện chương trình "Phúc lợi đoàn viên công đoàn", mang lại ưu đãi giảm giá từ 5 đến 15% cho đoàn viên khi mua hàng, sử dụng dịch vụ.

Lan Anh

Bình luận (0)"""
m = M(5, 2019)
add("f06", "https://baolaocai.vn/soi-noi-cac-hoat-dong-thang-cong-nhan-nam-2019-post289812.html", None, T, [
    R("workers_month_units", 734, "734", per=m, note="'Tháng Công nhân năm 2019' -> May 2019 (explicit year, so the missing publication date does not matter); the 28.000 participants are not a record"),
    R("beneficiaries", 1652, "1.652", per=m, note="'mỗi suất 500.000 đồng' is a per-item amount, not a record"),
    R("support_funds", 826000000, "826 triệu", per=m),
    R("trainees", 12000, "12.000", bound="over", per=m, note="people reached by dissemination ('tuyên truyền ... cho hơn 12.000 lượt') -> trainees"),
    R("workplace_dialogues", 42, "42", per=m),
    R("supervisions", 17, "17", per=m),
    R("welfare_partners", 3, "3", per=m, note="'Nhân dịp này' has no period of its own -> nearest earlier phrase, Tháng Công nhân 2019"),
], region="Lào Cai")

# ---------------------------------------------------------------- f07 Điện Biên
T = """Bàn giao nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn

Cập nhật: 15/08/2023 | 09:30

ĐBP - Sáng 14/8, LĐLĐ tỉnh bàn giao nhà "Mái ấm Công đoàn" cho gia đình chị Lò Thị Xuân, giáo viên Trường Mầm non Mường Phăng (huyện Điện Biên). Ngôi nhà có tổng kinh phí 180 triệu đồng, trong đó Quỹ Xã hội Công đoàn tỉnh hỗ trợ 50 triệu đồng. Đây là ngôi nhà thứ 9 được bàn giao trong đợt này.

Thời gian qua, LĐLĐ tỉnh đã hỗ trợ xây mới mười hai nhà, sửa chữa 5 nhà cho đoàn viên khó khăn về nhà ở với tổng số tiền 690 triệu đồng.

Phạm Quang"""
add("f07", "https://baodienbienphu.info.vn/tin-tuc/xa-hoi/230125/ban-giao-nha-mai-am-cong-doan-cho-doan-vien-kho-khan", "2023-08-15", T, [
    R("shelter_houses", 12, "mười hai", per=PUB, chk=False, scope="xây mới", note="word number 'mười hai' = 12; the article has no period phrase at all ('Thời gian qua', 'Sáng 14/8' are not period phrases) -> publication date"),
    R("shelter_houses", 5, "5", per=PUB, scope="sửa chữa", note="repaired houses count as shelter_houses; no period phrase in the article -> publication date"),
    R("shelter_funds", 690000000, "690 triệu", per=PUB, note="no period phrase in the article -> publication date. The 180 and 50 triệu of the one house handed over are per-item amounts (one house), not records; 'ngôi nhà thứ 9' is an ordinal"),
], region="Điện Biên")

# ---------------------------------------------------------------- f08 Vĩnh Phúc
T = """Quý III, kết nạp 1.135 đoàn viên mới

Cập nhật: 16/10/2018

(BVP) - Theo LĐLĐ tỉnh, trong quý III, các cấp công đoàn đã kết nạp 1.135 đoàn viên, thành lập mới 8 CĐCS. Tính chung 9 tháng, toàn tỉnh kết nạp 3.742 đoàn viên (đạt 74,8% kế hoạch năm), thành lập 21 CĐCS.

Công tác đào tạo, bồi dưỡng cán bộ được chú trọng. Cũng trong quý III, LĐLĐ tỉnh và công đoàn cấp trên trực tiếp cơ sở đã mở 14 lớp tập huấn nghiệp vụ cho 1.260 lượt cán bộ công đoàn cơ sở; phối hợp tuyên truyền pháp luật lao động cho gần 5.000 lượt công nhân tại các KCN Khai Quang, Bình Xuyên. Văn phòng Tư vấn pháp luật LĐLĐ tỉnh đã tư vấn trực tiếp và qua điện thoại cho 312 lượt người lao động.

Đoàn viên, người lao động cần tư vấn pháp luật có thể liên hệ số điện thoại 0211.3862.113 (trong giờ hành chính).

Kim Liên"""
q3, n9 = Q(3, 2018), ("2018-01-01", "2018-09-30")
add("f08", "http://www.baovinhphuc.com.vn/xa-hoi/46812/quy-iii-ket-nap-1-135-doan-vien-moi.html", "2018-10-16", T, [
    R("members_new", 1135, "1.135", per=q3, note="headline repeat of the body figure: its period (quý III of the publication year 2018); region from the site (baovinhphuc.com.vn)"),
    R("members_new", 1135, "1.135", per=q3, note="'quý III' without a year -> publication year 2018"),
    R("unions_new", 8, "8", per=q3),
    R("members_new", 3742, "3.742", per=n9, note="'Tính chung 9 tháng' -> 9 tháng đầu năm of the publication year"),
    R("members_new", 74.8, "74,8%", status="attainment", per=n9),
    R("unions_new", 21, "21", per=n9),
    R("trainings", 14, "14", per=q3),
    R("trainees", 1260, "1.260", per=q3),
    R("trainees", 5000, "5.000", bound="under", per=q3, note="people reached by legal dissemination -> trainees"),
    R("legal_consultations", 312, "312", per=q3, note="no period in the sentence -> nearest earlier phrase 'Cũng trong quý III'; the phone number is not a record"),
], region="Vĩnh Phúc")

# ---------------------------------------------------------------- f09 Bắc Giang
T = """Công đoàn các KCN: Thành lập mới 32 công đoàn cơ sở

Thứ Sáu, 20/01/2017, 08:30 (GMT+7)

(BGĐT) - Năm qua, Công đoàn các khu công nghiệp (KCN) tỉnh đã thành lập mới 32 CĐCS, kết nạp 9.417 đoàn viên; giải thể 9 CĐCS do doanh nghiệp ngừng hoạt động. Hiện Công đoàn các KCN quản lý 187 CĐCS với hơn 71.000 đoàn viên.

Công tác đại diện, bảo vệ quyền lợi người lao động có nhiều chuyển biến. Có 164 doanh nghiệp tổ chức hội nghị người lao động; 97 doanh nghiệp ký kết thỏa ước lao động tập thể với nhiều điều khoản có lợi cho người lao động. Công đoàn các KCN đã thương lượng để 38 doanh nghiệp nâng mức bữa ăn giữa ca cho công nhân, trong đó 11 doanh nghiệp đạt mức từ 20.000 đồng/suất trở lên.

Năm 2017, Công đoàn các KCN phấn đấu thành lập 25 CĐCS, kết nạp 7.000 đoàn viên trở lên.

Tuấn Anh"""
y, sc = Y(2016), "Công đoàn các KCN tỉnh"
add("f09", "http://baobacgiang.com.vn/bg/xa-hoi/226517/cong-doan-cac-kcn-thanh-lap-moi-32-cong-doan-co-so.html", "2017-01-20", T, [
    R("unions_new", 32, "32", per=y, scope=sc, note="headline repeat: period of the body statement ('Năm qua' published in January 2017 -> 2016); an industrial-zone union is scored under its province, named only by the site (baobacgiang.com.vn)"),
    R("unions_new", 32, "32", per=y, scope=sc, note="'Năm qua' published 2017-01-20 -> 2016"),
    R("members_new", 9417, "9.417", per=y, scope=sc),
    R("unions_dissolved", 9, "9", per=y, scope=sc),
    R("unions_total", 187, "187", per=PUB, scope=sc, note="stock 'Hiện ... quản lý' -> publication date"),
    R("members_total", 71000, "71.000", bound="over", per=PUB, scope=sc),
    R("worker_conferences", 164, "164", per=y, scope=sc),
    R("collective_agreements", 97, "97", per=y, scope=sc),
    R("meal_upgrades", 38, "38", per=y, scope=sc),
    R("meal_upgrades", 11, "11", per=y, scope="Công đoàn các KCN tỉnh: doanh nghiệp đạt mức từ 20.000 đồng/suất trở lên", note="breakdown of the 38 (guideline 6); the 20.000 đồng level is a threshold, not a record"),
    R("unions_new", 25, "25", status="target", per=Y(2017), scope=sc),
    R("members_new", 7000, "7.000", status="target", bound="over", per=Y(2017), scope=sc, note="'7.000 đoàn viên trở lên' after the counted noun -> over (guideline 5)"),
], region="Bắc Giang")

# ---------------------------------------------------------------- f10 Hà Nam (interview)
T = """Chủ tịch LĐLĐ tỉnh Hà Nam: "Lấy đoàn viên làm trung tâm"

(Baohanam.vn) - Nhân dịp kỷ niệm 92 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2021), phóng viên Báo Hà Nam có cuộc trao đổi với đồng chí Đinh Quang Tuấn, Chủ tịch LĐLĐ tỉnh.

PV: Xin đồng chí cho biết kết quả nổi bật trong công tác phát triển đoàn viên thời gian gần đây?

Đồng chí Đinh Quang Tuấn: 6 tháng đầu năm 2021, dù chịu ảnh hưởng của dịch Covid-19, các cấp công đoàn trong tỉnh vẫn kết nạp được 3.208 đoàn viện, đạt 58,3% chỉ tiêu năm; thành lập 11 CĐCS. Hiện nay, toàn tỉnh có 752 CĐCS với 73.560 đoàn viên. Mục tiêu của chúng tôi là đến hết năm 2021 kết nạp 5.500 đoàn viên.

PV: Công tác chăm lo cho đoàn viên trong dịch bệnh được triển khai ra sao?

Đồng chí Đinh Quang Tuấn: Năm 2020, các cấp công đoàn đã hỗ trợ 8.460 lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch với số tiền hơn 5,2 tỷ đồng. Riêng LĐLĐ tỉnh trực tiếp hỗ trợ 1.200 trường hợp, mỗi trường hợp 500.000 đồng. Chúng tôi luôn xác định đoàn viên là trung tâm, mọi hoạt động phải hướng về cơ sở.

PV: Xin cảm ơn đồng chí!

Thanh Hương (thực hiện)"""
h, y20 = H1(2021), Y(2020)
add("f10", "https://baohanam.com.vn/chinh-tri/chu-tich-ldld-tinh-lay-doan-vien-lam-trung-tam-52346.html", None, T, [
    R("members_new", 3208, "3.208", per=h, note="scraping typo 'đoàn viện' for 'đoàn viên'; figure quoted by the chairman in an interview"),
    R("members_new", 58.3, "58,3%", status="attainment", per=h),
    R("unions_new", 11, "11", per=h),
    R("unions_total", 752, "752", per=PUB, note="stock 'Hiện nay' without a publication date -> null..null"),
    R("members_total", 73560, "73.560", per=PUB, note="stock 'Hiện nay' without a publication date -> null..null"),
    R("members_new", 5500, "5.500", status="target", per=Y(2021), note="'Mục tiêu ... đến hết năm 2021' -> target of the year 2021"),
    R("beneficiaries", 8460, "8.460", per=y20),
    R("support_funds", 5200000000, "5,2 tỷ", bound="over", per=y20),
    R("beneficiaries", 1200, "1.200", per=y20, scope="LĐLĐ tỉnh (trực tiếp)", note="'Riêng' breakdown; period from the nearest earlier phrase 'Năm 2020'; '500.000 đồng' per case is a per-item amount. '92 năm' is an anniversary, the dates in brackets are not records"),
], region="Hà Nam")
