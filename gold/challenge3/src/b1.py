from mk import *

add("e01", "https://baonghean.vn/cong-doan-nghe-an-vuot-chi-tieu-phat-trien-doan-vien-nam-2023-10267713.html", "2024-01-09", """
Công đoàn Nghệ An vượt chỉ tiêu phát triển đoàn viên năm 2023

Cập nhật: 09/01/2024 15:20

(Baonghean.vn) - Năm qua, các cấp công đoàn trong tỉnh đã kết nạp hơn 8.400 đoàn viên, thành lập mới 62 công đoàn cơ sở, góp phần nâng cao vị thế của tổ chức Công đoàn.

Chiều 8/1, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024.

Báo cáo tại hội nghị cho biết, năm 2023, toàn tỉnh kết nạp mới 8.412 đoàn viên, đạt 105,2% kế hoạch; thành lập mới 62 CĐCS, vượt 24% chỉ tiêu, trong đó có 41 CĐCS ở khu vực ngoài nhà nước. Các cấp công đoàn đã thăm hỏi, tặng quà cho hơn 62.000 lượt đoàn viên, người lao động với tổng số tiền 31,6 tỷ đồng; hỗ trợ xây mới, sửa chữa 86 nhà "Mái ấm Công đoàn", mỗi nhà được hỗ trợ từ 40 - 60 triệu đồng.

Hiện toàn tỉnh có 3.208 CĐCS với 198.540 đoàn viên.

Năm 2024, Liên đoàn Lao động tỉnh phấn đấu kết nạp 8.000 đoàn viên, thành lập mới 50 CĐCS ở các doanh nghiệp có từ 10 lao động trở lên.

Dịp này, Tổng LĐLĐ Việt Nam tặng Bằng khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc.

Thanh Thủy
""", [
    R("members_new", 8400, "8.400", bound="over", note="sapo 'Năm qua' published in January -> 2023; rounded repeat of 8.412"),
    R("unions_new", 62, "62", note="sapo repeat of the body's 62"),
    R("members_new", 8412, "8.412"),
    R("members_new", 105.2, "105,2%", status="attainment"),
    R("unions_new", 62, "62"),
    R("unions_new", 124, "24%", status="attainment", note="'vượt 24% chỉ tiêu' -> 124, bound exact (records.md; dev m01 'vượt 31%')"),
    R("unions_new", 41, "41", scope="khu vực ngoài nhà nước"),
    R("beneficiaries", 62000, "62.000", bound="over"),
    R("support_funds", 31600000000, "31,6 tỷ"),
    R("shelter_houses", 86, "86", note="'mỗi nhà ... từ 40 - 60 triệu đồng' is a per-item amount, not a record"),
    R("unions_total", 3208, "3.208", per=D("2024-01-09")),
    R("members_total", 198540, "198.540", per=D("2024-01-09")),
    R("members_new", 8000, "8.000", status="target", per=Y(2024)),
    R("unions_new", 50, "50", status="target", per=Y(2024), note="'từ 10 lao động trở lên' is a threshold"),
], region="Nghệ An", per=Y(2023))

add("e02", "https://baolaichau.vn/chinh-tri/ldld-tinh-so-ket-cong-tac-cong-doan-6-thang-dau-nam-519372", "2021-07-15", """
LĐLĐ tỉnh sơ kết công tác công đoàn 6 tháng đầu năm

15/07/2021 08:32

BLC - Sáng 14/7, Liên đoàn Lao động tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 7, khóa XIII, nhiệm kỳ 2018 - 2023 sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021.

6 tháng đầu năm, các cấp công đoàn trong tỉnh đã phát triển được 1.026 đoàn viên, đạt 68,4% kế hoạch năm; thành lập 9 công đoàn cơ sở. Các cấp công đoàn phối hợp tổ chức 14 lớp tập huấn, tuyên truyền pháp luật cho trên 1.300 lượt đoàn viên, người lao động; tham gia 6 cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp. Hiện nay, toàn tỉnh có 874 công đoàn cơ sở với 21.350 đoàn viên.

Nhân Tháng Công nhân năm 2021, các cấp công đoàn đã thăm, tặng 1.180 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất 500.000 đồng, tổng trị giá trên 590 triệu đồng.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu phát triển thêm 500 đoàn viên, thành lập 5 CĐCS; tiếp tục đẩy mạnh tuyên truyền, vận động người lao động tại các công trình thủy điện, doanh nghiệp trên địa bàn gia nhập tổ chức Công đoàn.

Hồng Nhung
""", [
    R("members_new", 1026, "1.026", note="'6 tháng đầu năm' without a year takes the publication year"),
    R("members_new", 68.4, "68,4%", status="attainment"),
    R("unions_new", 9, "9"),
    R("trainings", 14, "14", note="no period phrase in the sentence: nearest earlier is '6 tháng đầu năm'"),
    R("trainees", 1300, "1.300", bound="over"),
    R("supervisions", 6, "6", occ=4),
    R("unions_total", 874, "874", per=D("2021-07-15")),
    R("members_total", 21350, "21.350", per=D("2021-07-15")),
    R("beneficiaries", 1180, "1.180", per=M(5, 2021), note="'mỗi suất 500.000 đồng' is per-item"),
    R("support_funds", 590000000, "590 triệu", bound="over", per=M(5, 2021)),
    R("members_new", 500, "500", status="target", per=H2(2021)),
    R("unions_new", 5, "5", status="target", per=H2(2021)),
], region="Lai Châu", per=H1(2021))

add("e03", "https://baolangson.vn/trao-520-suat-qua-tet-cho-doan-vien-nguoi-lao-dong-kho-khan-5034871.html", "2025-01-20", """
Trao 520 suất quà Tết cho đoàn viên, người lao động khó khăn

Thứ Hai, 20/01/2025 16:45

LSO - Sáng 20/1, tại Nhà Văn hóa Lao động tỉnh, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Chương trình "Tết Sum vầy - Xuân gắn kết" năm 2025.

Tại chương trình, LĐLĐ tỉnh và các nhà tài trợ đã trao 520 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất gồm 1 triệu đồng tiền mặt và hàng hóa trị giá 300.000 đồng. Dịp này, Tổng LĐLĐ Việt Nam trao tặng 100 suất quà cho công nhân các doanh nghiệp tại huyện Cao Lộc; Ban tổ chức cũng trao 60 vé xe miễn phí cho công nhân ở xa về quê đón Tết.

Theo báo cáo của LĐLĐ tỉnh, dịp Tết Nguyên đán Ất Tỵ 2025, các cấp công đoàn tỉnh Lạng Sơn dự kiến chăm lo cho khoảng 9.500 đoàn viên, người lao động với tổng kinh phí hơn 6,2 tỷ đồng. Từ đầu năm đến nay, các cấp công đoàn đã thăm, tặng quà cho 7.846 lượt đoàn viên, NLĐ, số tiền 5 tỷ 120 triệu đồng.

Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân Công ty CP Xi măng Đồng Bành. Ảnh: Thùy Linh

Thùy Linh
Lượt xem: 1.204

Tin liên quan
Công đoàn Viên chức tỉnh tặng 150 suất quà Tết cho đoàn viên
LĐLĐ huyện Cao Lộc kết nạp 312 đoàn viên trong năm 2024
""", [
    R("beneficiaries", 520, "520", note="headline repeat: period of the body statement (năm 2025 of the programme)"),
    R("beneficiaries", 520, "520", note="nearest earlier period phrase: '\"Tết Sum vầy - Xuân gắn kết\" năm 2025'; 1 triệu / 300.000 đồng per suất are per-item"),
    R("beneficiaries", 100, "100", scope="Tổng LĐLĐ Việt Nam trao", note="a national body acting in Lạng Sơn -> Lạng Sơn"),
    R("beneficiaries", 60, "60", scope="vé xe", note="tickets given to workers count as beneficiaries (guideline 9)"),
    R("beneficiaries", 9500, "9.500", status="target", bound="about", note="'dự kiến' = planned -> target; Tết Nguyên đán Ất Tỵ 2025 -> 2025"),
    R("support_funds", 6200000000, "6,2 tỷ", status="target", bound="over"),
    R("beneficiaries", 7846, "7.846", per=("2025-01-01", "2025-01-20")),
    R("support_funds", 5120000000, "5 tỷ 120 triệu", per=("2025-01-01", "2025-01-20"), chk=False),
], region="Lạng Sơn", per=Y(2025))

add("e04", "https://baoquangninh.vn/khai-mac-dai-hoi-cong-doan-tinh-quang-ninh-lan-thu-xiv-nhiem-ky-2023-2028-3264519.html", "2023-08-10", """
Khai mạc Đại hội Công đoàn tỉnh Quảng Ninh lần thứ XIV, nhiệm kỳ 2023-2028

Cập nhật: 10/08/2023 11:05

Sáng 10/8, tại Trung tâm Hội nghị tỉnh, Đại hội Công đoàn tỉnh Quảng Ninh lần thứ XIV, nhiệm kỳ 2023-2028 đã khai mạc với sự tham dự của 300 đại biểu chính thức. Hiện nay, Công đoàn tỉnh Quảng Ninh có 1.620 CĐCS với hơn 170.000 đoàn viên.

Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ 2018-2023, các cấp công đoàn tỉnh đã kết nạp mới 42.615 đoàn viên, thành lập mới 356 CĐCS; giới thiệu 6.830 đoàn viên ưu tú cho Đảng xem xét, trong đó 4.127 đồng chí đã được kết nạp vào Đảng. Các cấp công đoàn đã xây mới, sửa chữa 1.064 "Mái ấm Công đoàn" với tổng kinh phí hơn 52 tỷ đồng; thăm hỏi, trợ cấp cho trên 1,1 triệu lượt đoàn viên, người lao động.

Đại hội thống nhất 15 chỉ tiêu chủ yếu cho nhiệm kỳ 2023-2028, trong đó phấn đấu kết nạp mới 40.000 đoàn viên, thành lập 300 CĐCS; giới thiệu ít nhất 5.000 đoàn viên ưu tú cho Đảng xem xét kết nạp; 100% CĐCS doanh nghiệp có từ 25 lao động trở lên thương lượng, ký kết thỏa ước lao động tập thể.

Các đại biểu biểu quyết thông qua chương trình làm việc của Đại hội. Ảnh: Minh Hà

Thu Chung
""", [
    R("unions_total", 1620, "1.620", per=D("2023-08-10")),
    R("members_total", 170000, "170.000", bound="over", per=D("2023-08-10"), note="'Hiện nay' stock, dated at publication; the 300 delegates are not a record"),
    R("members_new", 42615, "42.615"),
    R("unions_new", 356, "356"),
    R("party_referrals", 6830, "6.830"),
    R("party_admitted", 4127, "4.127"),
    R("shelter_houses", 1064, "1.064"),
    R("shelter_funds", 52000000000, "52 tỷ", bound="over"),
    R("beneficiaries", 1100000, "1,1 triệu", bound="over"),
    R("members_new", 40000, "40.000", status="target", per=SPAN(2023, 2028)),
    R("unions_new", 300, "300", status="target", per=SPAN(2023, 2028), occ=1, note="the first '300' is delegates"),
    R("party_referrals", 5000, "5.000", status="target", bound="over", per=SPAN(2023, 2028), note="'ít nhất' -> over; '15 chỉ tiêu', '100%' and 'từ 25 lao động trở lên' are not records"),
], region="Quảng Ninh", per=SPAN(2018, 2023))

add("e05", "https://baolaocai.vn/ban-giao-3-nha-mai-am-cong-doan-tai-huyen-bat-xat-post338412.html", None, """
Bàn giao 3 nhà "Mái ấm Công đoàn" tại huyện Bát Xát

(BLC) - Ngày 22/9, Liên đoàn Lao động tỉnh phối hợp với LĐLĐ huyện Bát Xát tổ chức bàn giao 3 nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở.

Ba ngôi nhà có diện tích từ 50 - 70 m2, mỗi nhà được Quỹ Xã hội Công đoàn tỉnh hỗ trợ 50 triệu đồng, số còn lại do gia đình và người thân đóng góp. Các đoàn viên được hỗ trợ đều là giáo viên đang công tác tại các trường vùng cao xã Mường Hum, Dền Sáng, Trung Lèng Hồ.

Năm 2021, LĐLĐ tỉnh Lào Cai đã hỗ trợ xây mới 32 nhà và sửa chữa 7 nha "Mái âm Công đoàn" cho đoàn viên, với tổng số tiền hỗ trợ 1 tỷ 750 triệu đồng. Giai đoạn 2016-2020, các cấp công đoàn tỉnh đã hỗ trợ xây, sửa hơn 200 nhà Mái ấm Công đoàn với số tiền trên 8 tỷ đồng.

Đại diện LĐLĐ tỉnh trao quyết định hỗ trợ 3 nhà Mái ấm Công đoàn cho đoàn viên. Ảnh: Thu Trang

Năm 2022, LĐLĐ tỉnh đặt mục tiêu hỗ trợ xây mới, sửa chữa 40 nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở.

Thu Trang
""", [
    R("shelter_houses", 3, "3", note="headline repeat of the lead's 3 houses; no period phrase before it and no publication date -> null"),
    R("shelter_houses", 3, "3"),
    R("shelter_houses", 3, "Ba", chk=False, note="word number; 'mỗi nhà ... 50 triệu đồng' is per-item, '50 - 70 m2' is a size"),
    R("shelter_houses", 32, "32", per=Y(2021), scope="xây mới"),
    R("shelter_houses", 7, "7", per=Y(2021), scope="sửa chữa", note="scraped text 'nha \"Mái âm' (missing diacritics)"),
    R("shelter_funds", 1750000000, "1 tỷ 750 triệu", per=Y(2021), chk=False),
    R("shelter_houses", 200, "200", bound="over", per=SPAN(2016, 2020)),
    R("shelter_funds", 8000000000, "8 tỷ", bound="over", per=SPAN(2016, 2020)),
    R("shelter_houses", 3, "3", per=(None, None), note="caption repeat of the lead's 3: takes the lead's (null) period, not the nearer 'Giai đoạn 2016-2020'"),
    R("shelter_houses", 40, "40", status="target", per=Y(2022)),
], region="Lào Cai", per=(None, None))

add("e06", "http://www.baovinhphuc.com.vn/cong-doan/40217/cong-doan-cac-kcn-nang-cao-chat-luong-thuong-luong-ky-ket-thoa-uoc.html", "2015-11-26", """
Công đoàn các KCN Vĩnh Phúc: Nâng cao chất lượng thương lượng, ký kết thỏa ước

Cập nhật: 26/11/2015 08:05

(BVP) - Từ đầu năm đến nay, Công đoàn các khu công nghiệp (KCN) tỉnh đã hướng dẫn, hỗ trợ các CĐCS thương lượng, ký mới 47 bản thỏa ước lao động tập thể. Đáng chú ý, trong số này có 28 bản thỏa ước có nhiều điều khoản có lợi hơn cho người lao động so với quy định của pháp luật.

Trong 10 tháng năm 2015, có 192 doanh nghiêp tổ chức hội nghị người lao động, chiếm 94,6% số doanh nghiệp có tổ chức công đoàn; 176 doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Công đoàn các KCN cũng phối hợp tổ chức 9 hội nghị tập huấn kỹ năng thương lượng tập thể cho 640 cán bộ CĐCS. Qua thương lượng, CĐCS tại 35 doanh nghiệp đã thỏa thuận được với chủ doanh nghiệp nâng giá trị bữa ăn ca lên từ 15.000 - 20.000 đồng/suất.

Hiện Công đoàn các KCN tỉnh quản lý 203 CĐCS với trên 71.000 đoàn viên, trong đó 85% là lao động nữ.

Ảnh: Công nhân một doanh nghiệp tại KCN Bình Xuyên trong giờ làm việc.

Hoàng Hà
""", [
    R("collective_agreements", 47, "47", per=("2015-01-01", "2015-11-26")),
    R("collective_agreements", 28, "28", per=("2015-01-01", "2015-11-26"), scope="thỏa ước có nhiều điều khoản có lợi hơn cho người lao động", note="breakdown of the 47 (guideline 6)"),
    R("worker_conferences", 192, "192", note="'10 tháng năm 2015' -> Jan-Oct 2015; 'chiếm 94,6%' is a share, not a record; scraped 'doanh nghiêp'"),
    R("workplace_dialogues", 176, "176"),
    R("trainings", 9, "9"),
    R("trainees", 640, "640"),
    R("meal_upgrades", 35, "35", note="the 15.000 - 20.000 đồng/suất is the meal level, not a record"),
    R("unions_total", 203, "203", per=D("2015-11-26")),
    R("members_total", 71000, "71.000", bound="over", per=D("2015-11-26"), note="'85%' is a share"),
], region="Vĩnh Phúc", scope="Công đoàn các KCN tỉnh", per=("2015-01-01", "2015-10-31"))

add("e07", "https://nld.com.vn/cong-doan/bac-ninh-hon-8000-cong-nhan-gia-nhap-cong-doan-trong-quy-i-20240418192530417.htm", "2024-04-18", """
HOTLINE: 0903.343.439 - ĐẶT MUA BÁO

Bắc Ninh: Hơn 8.000 công nhân gia nhập công đoàn trong quý I

(NLĐO) - Quý I/2024, LĐLĐ tỉnh Bắc Ninh đã kết nạp 8.236 đoàn viên, thành lập 17 CĐCS tại các doanh nghiệp ngoài nhà nước

Ngày 18-4, ông Nguyễn Văn Hưng, Phó Chủ tịch LĐLĐ tỉnh Bắc Ninh, cho biết trong số đoàn viên mới kết nạp, Công đoàn các KCN tỉnh chiếm phần lớn với 6.910 người; 11 CĐCS được thành lập mới cũng đều nằm trong các KCN.

Cũng trong quý I, số đoàn viên giảm do doanh nghiệp cắt giảm lao động, chấm dứt hợp đồng là 5.420 người; 6 CĐCS bị giải thể do doanh nghiệp ngừng hoạt động.

Hiện toàn tỉnh có 2.145 CĐCS với khoảng 335.000 đoàn viên, trong đó gần 260.000 đoàn viên đang làm việc tại các KCN.

Năm 2024, LĐLĐ tỉnh Bắc Ninh phấn đấu kết nạp mới 25.000 đoàn viên, thành lập 60 CĐCS ở các doanh nghiệp có 25 lao động trở lên.

Công nhân một doanh nghiệp trong KCN Quế Võ giờ tan ca. Ảnh: HẢI YẾN

HẢI YẾN
""", [
    R("members_new", 8000, "8.000", bound="over", note="headline repeat of 8.236 (rounded); 'quý I' -> Q1 2024"),
    R("members_new", 8236, "8.236"),
    R("unions_new", 17, "17", scope="doanh nghiệp ngoài nhà nước"),
    R("members_new", 6910, "6.910", scope="Công đoàn các KCN tỉnh", note="breakdown; nearest earlier period phrase 'Quý I/2024'"),
    R("unions_new", 11, "11", scope="Công đoàn các KCN tỉnh"),
    R("members_lost", 5420, "5.420"),
    R("unions_dissolved", 6, "6"),
    R("unions_total", 2145, "2.145", per=D("2024-04-18")),
    R("members_total", 335000, "335.000", bound="about", per=D("2024-04-18")),
    R("members_total", 260000, "260.000", bound="under", per=D("2024-04-18"), scope="các KCN"),
    R("members_new", 25000, "25.000", status="target", per=Y(2024)),
    R("unions_new", 60, "60", status="target", per=Y(2024), note="'có 25 lao động trở lên' is a threshold; the hotline is not a record"),
], region="Bắc Ninh", per=Q(1, 2024))

add("e08", "https://baobacgiang.vn/bg/lao-dong-viec-lam/412367/thang-cong-nhan-nam-2023-hon-14-nghin-luot-doan-vien-nguoi-lao-dong-duoc-cham-lo.html", None, """
Tháng Công nhân năm 2023: Hơn 14 nghìn lượt đoàn viên, người lao động được chăm lo

BGĐT - Liên đoàn Lao động tỉnh vừa tổng kết Tháng Công nhân năm 2023. Toàn tỉnh có 1.236 công đoàn cơ sở tổ chức các hoạt động hưởng ứng Tháng Công nhân, đạt 98% tổng số CĐCS trong tỉnh.

Trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà, hỗ trợ 14.385 lượt đoàn viên, người lao động với tổng kinh phí hơn 7,8 tỷ đồng; trong đó LĐLĐ tỉnh trực tiếp trao 1.200 suất quà, mỗi suất trị giá 500 nghìn đồng. Công đoàn các KCN tỉnh phối hợp tổ chức 32 cuộc đối thoại tại nơi làm việc và vận động 120 doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca cho công nhân.

Chương trình "Phúc lợi đoàn viên công đoàn" tiếp tục được mở rộng: trong tháng, LĐLĐ tỉnh ký kết thỏa thuận hợp tác với 9 doanh nghiệp, đưa tổng số đối tác tham gia chương trình lên 46 đơn vị.

Lãnh đạo LĐLĐ tỉnh thăm hỏi công nhân tại KCN Quang Châu. Ảnh: Hoàng Ngọc

Hoàng Ngọc
""", [
    R("beneficiaries", 14000, "14 nghìn", bound="over", note="headline repeat of 14.385"),
    R("workers_month_units", 1236, "1.236", note="'đạt 98% tổng số CĐCS' is a coverage share naming no target: not an attainment record"),
    R("beneficiaries", 14385, "14.385"),
    R("support_funds", 7800000000, "7,8 tỷ", bound="over"),
    R("beneficiaries", 1200, "1.200", scope="LĐLĐ tỉnh trực tiếp trao", note="breakdown; '500 nghìn đồng' per suất is per-item"),
    R("workplace_dialogues", 32, "32", scope="Công đoàn các KCN tỉnh"),
    R("meal_upgrades", 120, "120", scope="Công đoàn các KCN tỉnh"),
    R("welfare_partners", 9, "9"),
    R("welfare_partners", 46, "46", per=(None, None), note="'đưa tổng số đối tác ... lên 46' is a stock: publication date, here null"),
], region="Bắc Giang", per=M(5, 2023))
