from mk import add, R, Y, H1, H2, Q, M, SPAN, SY, D

# ---------------------------------------------------------------- h01 Hà Tĩnh
T = '''Bàn giao 3 nhà "Mái ấm Công đoàn" cho đoàn viên huyện Hương Khê

Thứ Ba, 22/08/2023 - 09:15

(Baohatinh.vn) - Sáng 22/8, Liên đoàn Lao động (LĐLĐ) tỉnh phối hợp với LĐLĐ huyện Hương Khê bàn giao 3 nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở.

Mỗi nhà được hỗ trợ 50 triệu đồng từ Quỹ Xã hội Công đoàn tỉnh; tổng kinh phí hỗ trợ đợt này là 150 triệu đồng. Các gia đình đã huy động thêm người thân, dòng họ để hoàn thành nhà ở kiên cố, diện tích từ 60 - 80 m2.

Từ đầu năm đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa 46 nhà "Mái ấm Công đoàn" với tổng số tiền hơn 1,9 tỷ đồng.

Lãnh đạo LĐLĐ tỉnh trao tiền hỗ trợ cho gia đình đoàn viên Trần Thị Lan (xã Hương Trạch).

Thu Hà

Tin liên quan
Hơn 1.000 suất quà Tết đến với đoàn viên khó khăn
Công đoàn ngành Giáo dục trao 20 suất học bổng cho con đoàn viên'''
P = "2023-08-22"
add("h01", "https://baohatinh.vn/ban-giao-3-nha-mai-am-cong-doan-cho-doan-vien-huyen-huong-khe-post248519.html", P, T, [
    R("shelter_houses", 3, "3", scope="LĐLĐ huyện Hương Khê",
      note="headline repeat of the body's 3 houses; no period phrase before it -> publication date (records.md); region from the site (Baohatinh.vn) and the unnamed 'LĐLĐ tỉnh'"),
    R("shelter_houses", 3, "3", scope="LĐLĐ huyện Hương Khê",
      note="'Sáng 22/8' is a date, not a period phrase; no period phrase in or before the sentence -> publication date"),
    R("shelter_funds", 150e6, "150 triệu", scope="LĐLĐ huyện Hương Khê",
      note="total of the handover (the 50 triệu per house is a per-item amount, not gold)"),
    R("shelter_houses", 46, "46", per=("2023-01-01", P), note="'Từ đầu năm đến nay' -> 1 Jan of the publication year .. publication date"),
    R("shelter_funds", 1.9e9, "1,9 tỷ", bound="over", per=("2023-01-01", P)),
], region="Hà Tĩnh")

# ---------------------------------------------------------------- h02 Sóc Trăng
T = '''Sóc Trăng: Trao 1.200 suất quà Tết cho công nhân lao động

25-1-2019 16:05

TTXVN - Ngày 25/1, Liên đoàn Lao động tỉnh Sóc Trăng tổ chức chương trình "Tết Sum vầy" năm 2019 tại Khu công nghiệp An Nghiệp, trao 1.200 suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn; mỗi suất trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm.

Cũng tại chương trình, Công đoàn Dệt May Việt Nam trao tặng 150 suất quà cho công nhân Công ty TNHH Giày da Hưng Phát và tặng 50 vé xe cho công nhân ở xa về quê đón Tết.

Theo kế hoạch, dịp Tết Nguyên đán Kỷ Hợi 2019, các cấp công đoàn trong tỉnh sẽ thăm, tặng quà cho khoảng 8.000 đoàn viên, người lao động với tổng kinh phí gần 4 tỷ đồng.

Công nhân nhận quà Tết tại chương trình. Ảnh: Trung Hiếu/TTXVN'''
P = "2019-01-25"
add("h02", "https://baotintuc.vn/xa-hoi/soc-trang-trao-1200-suat-qua-tet-cho-cong-nhan-lao-dong-20190125160512345.htm", P, T, [
    R("beneficiaries", 1200, "1.200", note="headline repeat of the body figure -> its period (năm 2019) and region; national news agency site (TTXVN), region from the LĐLĐ tỉnh Sóc Trăng named"),
    R("beneficiaries", 1200, "1.200", note="'chương trình Tết Sum vầy năm 2019' -> 2019"),
    R("beneficiaries", 150, "150", scope="Công đoàn Dệt May Việt Nam, Công ty TNHH Giày da Hưng Phát",
      note="a national sector union acting in one province -> that province (records.md); period: nearest earlier phrase 'năm 2019'"),
    R("beneficiaries", 50, "50", scope="vé xe về quê đón Tết", note="tickets given to workers count as beneficiaries (gold/README 9)"),
    R("beneficiaries", 8000, "8.000", status="target", bound="about",
      note="'Theo kế hoạch ... sẽ' -> target; 'Tết Nguyên đán Kỷ Hợi 2019' -> year 2019 (as dev x07)"),
    R("support_funds", 4e9, "4 tỷ", status="target", bound="under"),
], region="Sóc Trăng", per=Y(2019))

# ---------------------------------------------------------------- h03 Bắc Giang
T = '''Phát động Tháng Công nhân năm 2024: Tặng 100 suất quà cho công nhân khó khăn

Cập nhật lúc 09:15 ngày 5/5/2024

BBG - Sáng 5/5, tại Khu công nghiệp Quang Châu (Việt Yên), LĐLĐ tỉnh Bắc Giang phối hợp với Ban Quản lý các KCN tỉnh tổ chức Lễ phát động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2024.

Tại buổi lễ, LĐLĐ tỉnh trao 100 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng; ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên" với 4 doanh nghiệp.

Lãnh đạo LĐLĐ tỉnh trao 100 suất quà cho công nhân có hoàn cảnh khó khăn.

Trong Tháng Công nhân, các cấp công đoàn trong tỉnh phấn đấu tổ chức ít nhất 30 cuộc đối thoại tại nơi làm việc; thăm, tặng quà 5.000 đoàn viên, người lao động với kinh phí khoảng 2,5 tỷ đồng; hỗ trợ xây mới 10 nhà "Mái ấm Công đoàn".

Năm 2023, các hoạt động Tháng Công nhân được tổ chức tại 1.150 công đoàn cơ sở trong tỉnh.

Lượt xem: 1.368'''
P = "2024-05-05"
MAY = M(5, 2024)
NOTE_LAUNCH = ("the launch ceremony (5/5) has no period phrase of its own; the nearest earlier phrase is "
               "'Tháng Công nhân ... năm 2024' -> May 2024 (records.md), which also contains the event")
add("h03", "https://baobacgiang.vn/phat-dong-thang-cong-nhan-nam-2024-tang-100-suat-qua-cho-cong-nhan-kho-khan-post412233.bbg", P, T, [
    R("beneficiaries", 100, "100", note="headline repeat of the body's 100 -> its period; " + NOTE_LAUNCH),
    R("beneficiaries", 100, "100", note=NOTE_LAUNCH + "; 'mỗi suất 1 triệu đồng' is per-item, not gold"),
    R("welfare_partners", 4, "4", note="'ký kết thỏa thuận hợp tác ... Phúc lợi đoàn viên với 4 doanh nghiệp' (gold/README 9); " + NOTE_LAUNCH),
    R("beneficiaries", 100, "100", note="photo caption repeat of the body's 100 -> its period"),
    R("workplace_dialogues", 30, "30", status="target", bound="over", note="'phấn đấu ... ít nhất' -> target, over; 'Trong Tháng Công nhân' (no year) -> May of the publication year"),
    R("beneficiaries", 5000, "5.000", status="target"),
    R("support_funds", 2.5e9, "2,5 tỷ", status="target", bound="about"),
    R("shelter_houses", 10, "10", status="target"),
    R("workers_month_units", 1150, "1.150", per=M(5, 2023), note="'Năm 2023, ... Tháng Công nhân' -> Tháng Công nhân 2023 = May 2023"),
], region="Bắc Giang", per=MAY)

# ---------------------------------------------------------------- h04 Bình Dương (after the merger)
T = '''Ra mắt Công đoàn cơ sở Công ty TNHH Gỗ Phú Thịnh với 286 đoàn viên

12-9-2025 - 16:40

(NLĐO) - Chiều 12-9, Công đoàn phường Lái Thiêu, TP HCM (trước đây thuộc TP Thuận An, tỉnh Bình Dương) tổ chức lễ ra mắt CĐCS Công ty TNHH Gỗ Phú Thịnh.

Sau gần 2 tháng tuyên truyền, vận động, Công đoàn phường đã thu hút 286 công nhân gia nhập tổ chức công đoàn, đạt tỷ lệ 91% lao động của công ty. Ban Chấp hành lâm thời gồm 5 thành viên.

Từ ngày 1-7 đến nay, Công đoàn phường Lái Thiêu đã thành lập mới 4 CĐCS, kết nạp 812 đoàn viên, nâng tổng số lên 97 CĐCS với hơn 14.600 đoàn viên.

Ông Nguyễn Văn Sơn, Chủ tịch Công đoàn phường Lái Thiêu, trao quyết định công nhận Ban Chấp hành lâm thời CĐCS. Ảnh: THẢO VY

Xem thêm: TP HCM: Hơn 2.000 công nhân được tặng vé xe về quê'''
P = "2025-09-12"
NR = ("published after the 1 July 2025 merger: phường Lái Thiêu is now in TP HCM, but the text says it was "
      "part of tỉnh Bình Dương; region = the province before the merger (records.md), region_2025 = Hồ Chí Minh (as dev y15 'khu vực Hòa Bình' -> Hòa Bình)")
SC = "Công đoàn phường Lái Thiêu"
add("h04", "https://nld.com.vn/ra-mat-cong-doan-co-so-cong-ty-tnhh-go-phu-thinh-196250912164012345.htm", P, T, [
    R("members_new", 286, "286", scope="CĐCS Công ty TNHH Gỗ Phú Thịnh (mới thành lập)",
      note="headline repeat of the body's 286 -> its period; members of a newly founded union count as members_new (gold/README 9); " + NR),
    R("members_new", 286, "286", scope="CĐCS Công ty TNHH Gỗ Phú Thịnh (mới thành lập)",
      note="'thu hút 286 công nhân gia nhập tổ chức công đoàn' -> members_new; 'gần 2 tháng' is a duration, not a period phrase -> publication date; " + NR),
    R("unions_new", 4, "4", per=("2025-07-01", P), scope=SC, note="'Từ ngày 1-7 đến nay' -> 2025-07-01 .. publication date; " + NR),
    R("members_new", 812, "812", per=("2025-07-01", P), scope=SC, note=NR),
    R("unions_total", 97, "97", scope=SC, note="'nâng tổng số lên' -> stock at publication date; " + NR),
    R("members_total", 14600, "14.600", bound="over", scope=SC, note="stock at publication date; " + NR),
], region="Bình Dương")

# ---------------------------------------------------------------- h05 Long An
T = '''Tư vấn pháp luật cho hơn 300 công nhân

18/10/2017

BLA - Ngày 17/10, LĐLĐ huyện Đức Hòa phối hợp với Trung tâm Tư vấn pháp luật Công đoàn tỉnh tổ chức Ngày hội tư vấn pháp luật cho công nhân lao động tại Khu công nghiệp Tân Đức.

Tại ngày hội, các luật sư, tư vấn viên đã giải đáp thắc mắc, tư vân trực tiếp cho 326 lượt công nhân về tiền lương, bảo hiểm xã hội, chế độ thai sản... Ban tổ chức cũng phát 1.000 tờ rơi tuyên truyền Bộ luật Lao động năm 2012.

Luật sư tư vấn pháp luật cho công nhân tại ngày hội. Ảnh: Hoàng Phúc

Được biết, 9 tháng năm 2017, các cấp công đoàn tỉnh đã tư vấn pháp luật cho 2.140 lượt đoàn viên, người lao động; tổ chức 46 buổi tuyên truyền, phổ biến pháp luật cho trên 5.200 lượt đoàn viên, người lao động.

Hoàng Phúc'''
P = "2017-10-18"
add("h05", "https://baolongan.vn/tu-van-phap-luat-cho-hon-300-cong-nhan-a48213.html", P, T, [
    R("legal_consultations", 300, "300", bound="over", scope="LĐLĐ huyện Đức Hòa",
      note="headline, rounded repeat of the body's 326 (gold/README 1) -> its period and region; region Long An from the site tag (BLA) and 'Công đoàn tỉnh'"),
    R("legal_consultations", 326, "326", scope="LĐLĐ huyện Đức Hòa",
      note="typo 'tư vân' (dropped diacritic) in the source; no period phrase before it ('Ngày 17/10' is a date) -> publication date; the 1.000 leaflets and the law's year 2012 are not gold"),
    R("legal_consultations", 2140, "2.140", per=("2017-01-01", "2017-09-30")),
    R("trainings", 46, "46", per=("2017-01-01", "2017-09-30"), note="'buổi tuyên truyền, phổ biến pháp luật' -> trainings (as challenge2/3)"),
    R("trainees", 5200, "5.200", bound="over", per=("2017-01-01", "2017-09-30"), note="persons reached by dissemination -> trainees"),
], region="Long An")

# ---------------------------------------------------------------- h06 Yên Bái (no date)
T = '''Tập huấn nghiệp vụ cho 120 cán bộ công đoàn cơ sở

YBĐT - Liên đoàn Lao động tỉnh Yên Bái vừa khai mạc lớp tập huấn nghiệp vụ công tác công đoàn năm 2022 cho 120 chủ tịch, phó chủ tịch CĐCS khu vực ngoài nhà nước.

Trong 3 ngày, học viên được truyền đạt các chuyên đề về kỹ năng thương lượng tập thể, tổ chức đối thoại tại nơi làm việc, quản lý tài chính công đoàn...

Năm 2022, LĐLĐ tỉnh đặt mục tiêu mở 12 lớp tập huấn cho khoảng 1.500 cán bộ công đoàn cơ sở. Trong 6 tháng đầu năm 2022, LĐLĐ tỉnh đã tổ chức được chín lớp với 860 lượt học viên.

Thanh Tâm

Bình luận (0)'''
add("h06", "https://baoyenbai.com.vn/12/226345/tap-huan-nghiep-vu-cho-120-can-bo-cong-doan-co-so.aspx", None, T, [
    R("trainees", 120, "120", scope="CĐCS khu vực ngoài nhà nước", note="headline repeat of the body's 120 -> its period (năm 2022)"),
    R("trainees", 120, "120", scope="CĐCS khu vực ngoài nhà nước", note="'lớp tập huấn ... năm 2022' -> 2022; 'Trong 3 ngày' is a duration"),
    R("trainings", 12, "12", status="target", note="'đặt mục tiêu' -> target"),
    R("trainees", 1500, "1.500", status="target", bound="about"),
    R("trainings", 9, "chín", per=H1(2022), chk=False, note="word number 'chín' = 9"),
    R("trainees", 860, "860", per=H1(2022)),
], region="Yên Bái", per=Y(2022))

# ---------------------------------------------------------------- h07 Ninh Thuận (after the merger)
T = '''Ký kết chương trình "Phúc lợi đoàn viên" với 12 doanh nghiệp khu vực phía Nam tỉnh

Thứ Năm, 20/11/2025 - 15:30

(BKH) - Ngày 20/11, tại phường Phan Rang, LĐLĐ tỉnh Khánh Hòa tổ chức ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên" với 12 doanh nghiệp trên địa bàn khu vực phía Nam tỉnh (tỉnh Ninh Thuận cũ).

Theo thỏa thuận, các doanh nghiệp cam kết giảm giá từ 5 - 20% khi đoàn viên công đoàn mua hàng hóa, sử dụng dịch vụ khám chữa bệnh, ăn uống, lưu trú.

Đến nay, LĐLĐ tỉnh đã ký kết thỏa thuận với 57 đối tác, đơn vị, doanh nghiệp. Dịp này, LĐLĐ tỉnh trao 30 suất quà cho đoàn viên có hoàn cảnh khó khăn, tổng trị giá 30.000.000 đồng.'''
P = "2025-11-20"
NR = ("published after the merger: the partners are in 'khu vực phía Nam tỉnh (tỉnh Ninh Thuận cũ)', so the "
      "province before the merger is Ninh Thuận (records.md; as dev y15 'khu vực Hòa Bình'), although the organisation is the merged LĐLĐ tỉnh Khánh Hòa")
add("h07", "https://baokhanhhoa.vn/xa-hoi/202511/ky-ket-chuong-trinh-phuc-loi-doan-vien-voi-12-doanh-nghiep-khu-vuc-phia-nam-tinh-8f21a3c/", P, T, [
    R("welfare_partners", 12, "12", scope="khu vực phía Nam tỉnh (tỉnh Ninh Thuận cũ)", note="headline repeat of the body's 12; " + NR),
    R("welfare_partners", 12, "12", scope="khu vực phía Nam tỉnh (tỉnh Ninh Thuận cũ)", note="no period phrase -> publication date; " + NR),
    R("welfare_partners", 57, "57", region="Khánh Hòa",
      note="cumulative count of the whole merged province ('Đến nay ... đã ký kết với 57') -> dated at publication like a stock (as challenge3/4); "
           "region: the merged LĐLĐ tỉnh Khánh Hòa as a whole, whose name is also a pre-merger name -> Khánh Hòa (the figure also covers old Ninh Thuận)"),
    R("beneficiaries", 30, "30", scope="khu vực phía Nam tỉnh (tỉnh Ninh Thuận cũ)", note="gifts given at the Phan Rang event ('Dịp này'); " + NR),
    R("support_funds", 30e6, "30.000.000", scope="khu vực phía Nam tỉnh (tỉnh Ninh Thuận cũ)", note=NR),
], region="Ninh Thuận")

# ---------------------------------------------------------------- h08 Quảng Nam (no date)
T = '''Đại hội Liên đoàn Lao động huyện Duy Xuyên lần thứ XI, nhiệm kỳ 2023 - 2028

Liên đoàn Lao động huyện Duy Xuyên vừa tổ chức Đại hội lần thứ XI, nhiệm kỳ 2023 - 2028 với sự tham dự của 150 đại biểu đại diện cho hơn 3.900 đoàn viên công đoàn trong toàn huyện.

Nhiệm kỳ 2018 - 2023, LĐLĐ huyện đã phát triển mới 1.245 đoàn viên, thành lập 14 công đoàn cơ sở, đạt 127% chỉ tiêu đại hội đề ra; giới thiệu 86 đoàn viên ưu tú cho Đảng xem xét kết nạp.

Nhiệm kỳ 2023 - 2028, Đại hội đề ra mục tiêu phát triển mới 1.500 đoàn viên, thành lập mới 15 CĐCS trở lên. Đại hội đã bầu 21 đồng chí vào Ban Chấp hành khóa XI; bà Nguyễn Thị Hạnh tái đắc cử Chủ tịch LĐLĐ huyện.

D.LỆ'''
SC = "LĐLĐ huyện Duy Xuyên"
T1 = SPAN(2018, 2023); T2 = SPAN(2023, 2028)
add("h08", "https://baoquangnam.vn/dai-hoi-lien-doan-lao-dong-huyen-duy-xuyen-lan-thu-xi-nhiem-ky-2023-2028-3141592.html", None, T, [
    R("members_total", 3900, "3.900", bound="over", per=(None, None), scope=SC,
      note="'đại diện cho hơn 3.900 đoàn viên' -> members_total stock (as dev r11), dated at publication: none -> null..null; the 150 delegates are not gold; "
           "region: the text never names the province, the site (baoquangnam.vn) gives Quảng Nam"),
    R("members_new", 1245, "1.245", per=T1, scope=SC),
    R("unions_new", 14, "14", per=T1, scope=SC),
    R("unions_new", 127, "127%", status="attainment", per=T1, scope=SC,
      note="'thành lập 14 công đoàn cơ sở, đạt 127% chỉ tiêu' -> attainment of the nearest figure, unions_new"),
    R("party_referrals", 86, "86", per=T1, scope=SC),
    R("members_new", 1500, "1.500", status="target", per=T2, scope=SC, note="'đề ra mục tiêu' -> target of the new term"),
    R("unions_new", 15, "15", status="target", bound="over", per=T2, scope=SC, note="'15 CĐCS trở lên' after the noun -> over (gold/README 5); the 21 BCH members are not gold"),
], region="Quảng Nam")

# ---------------------------------------------------------------- h09 Thái Bình (no date)
T = '''Hội nghị người lao động Công ty CP May Thái Hà năm 2016

(TBO) - Công ty CP May Thái Hà (huyện Tiền Hải) vừa tổ chức hội nghị người lao động năm 2016 với sự tham dự của 420 công nhân.

Tại hội nghị, công ty và công đoàn cơ sở đã ký kết thỏa ước lao động tập thể mới với nhiều điều khoản có lợi hơn cho người lao động: nâng mức bữa ăn ca từ 15.000 đồng lên 18.000 đồng/suất, hỗ trợ 200.000 đồng/tháng tiền nhà trọ cho công nhân ở xa.

Theo LĐLĐ tỉnh, quý I/2016, toàn tỉnh có 187 doanh nghiệp tổ chức hội nghị người lao động, 96 doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc, 52 doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca; trong khi số bản thỏa ước lao động tập thể được ký mới chỉ đạt chưa đến 40 bản.

Hà Linh'''
add("h09", "https://baothaibinh.com.vn/tin-tuc/4/61234/hoi-nghi-nguoi-lao-dong-cong-ty-cp-may-thai-ha-nam-2016", None, T, [
    R("worker_conferences", 187, "187", note="'quý I/2016' -> Q1 2016; region from the site tag (TBO) and 'LĐLĐ tỉnh'; the one company's conference and agreement have no written count; 420 participants and the meal prices are not gold"),
    R("workplace_dialogues", 96, "96"),
    R("meal_upgrades", 52, "52"),
    R("collective_agreements", 40, "40", bound="under", note="'chưa đến 40 bản' -> under"),
], region="Thái Bình", per=Q(1, 2016))
