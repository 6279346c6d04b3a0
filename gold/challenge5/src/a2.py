from mk import *

ARTS = []

# ---------------------------------------------------------------- g06 Long An
T = """Công đoàn các KCN: Đoàn viên giảm mạnh do doanh nghiệp thiếu đơn hàng

Thứ ba, 26/12/2023 - 15:10

(LA) - Năm 2023, Công đoàn các khu công nghiệp (KCN) tỉnh Long An kết nạp mới 3.214 đoàn viên, nhưng số đoàn viên giảm lên tới 7.860 người, chủ yếu do doanh nghiệp cắt giảm lao động, công nhân nghỉ việc về quê.

Theo ông Nguyễn Văn Tâm - Chủ tịch Công đoàn các KCN tỉnh, riêng 3 doanh nghiệp sản xuất giày da tại KCN Xuyên Á và KCN Tân Đức đã giảm 2.940 đoàn viên. Cũng trong năm, 11 CĐCS phải giải thể vì doanh nghiệp phá sản, ngừng hoạt động; bù lại, Công đoàn các KCN vận động thành lập được 16 CĐCS mới với 1.082 đoàn viên. Tính chung cả năm 2023, số CĐCS của Công đoàn các KCN tăng thực 5 đơn vị.

Hiện Công đoàn các KCN tỉnh quản lý 412 CĐCS với 96.380 đoàn viên, chiếm gần 40% tổng số đoàn viên toàn tỉnh.

Ở khu vực huyện, LĐLĐ huyện Bến Lức năm 2023 kết nạp 1.126 đoàn viên; số đoàn viên của huyện tăng tuyệt đối 215 người.

"Năm 2024, chúng tôi đặt mục tiêu kết nạp 4.000 đoàn viên, thành lập 15 CĐCS. Khó khăn lớn nhất là nhiều doanh nghiệp chỉ tuyển lao động thời vụ từ 3 đến 6 tháng, rất khó vận động vào công đoàn", ông Tâm nói.

So với năm 2022, số đoàn viên kết nạp mới của Công đoàn các KCN giảm 18%.

PHƯƠNG NAM
"""
KCN = "Công đoàn các KCN tỉnh Long An"
ARTS.append(build("g06", "https://baolongan.vn/cong-doan-cac-kcn-doan-vien-giam-manh-do-doanh-nghiep-thieu-don-hang-a168532.html",
    "2023-12-26", T, [
    r("members_new", 3214, "kết nạp mới [[3.214]] đoàn viên", scope=KCN, note="KCN union -> its province"),
    r("members_lost", 7860, "lên tới [[7.860]] người", scope=KCN),
    r("members_lost", 2940, "đã giảm [[2.940]] đoàn viên", scope="3 doanh nghiệp giày da tại KCN Xuyên Á và KCN Tân Đức",
      note="'riêng' breakdown of the 7.860 (guideline 6); no period phrase in the sentence -> 'Năm 2023'"),
    r("unions_dissolved", 11, "năm, [[11]] CĐCS", scope=KCN, note="'Cũng trong năm' refers back to 2023 (and the publication year is 2023 too)"),
    r("unions_new", 16, "thành lập được [[16]] CĐCS", scope=KCN),
    r("members_new", 1082, "mới với [[1.082]] đoàn viên", scope="CĐCS mới thành lập của Công đoàn các KCN",
      note="members of newly founded unions count as members_new (guideline 9)"),
    r("unions_net", 5, "tăng thực [[5]] đơn vị", scope=KCN),
    r("unions_total", 412, "quản lý [[412]] CĐCS", per=PUB, scope=KCN, note="stock 'Hiện ... quản lý' -> publication date; 'gần 40%' is a share, not a record"),
    r("members_total", 96380, "với [[96.380]] đoàn viên", per=PUB, scope=KCN),
    r("members_new", 1126, "kết nạp [[1.126]] đoàn viên", scope="LĐLĐ huyện Bến Lức", note="district union -> its province"),
    r("members_net", 215, "tăng tuyệt đối [[215]] người", scope="LĐLĐ huyện Bến Lức"),
    r("members_new", 4000, "kết nạp [[4.000]] đoàn viên", status="target", per=Y(2024), scope=KCN, note="target in a quote ('đặt mục tiêu'); 'từ 3 đến 6 tháng' is a duration range, not a record"),
    r("unions_new", 15, "thành lập [[15]] CĐCS", status="target", per=Y(2024), scope=KCN),
    ], region="Long An", per=Y(2023)))

# ---------------------------------------------------------------- g07 Bến Tre
T = """Trao 12 căn nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn

Thứ Sáu, 12/08/2016 - 14:20

(ĐK) - Ngày 11/8, LĐLĐ tỉnh Bến Tre phối hợp LĐLĐ huyện Mỏ Cày Nam bàn giao 12 căn nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở. Mỗi căn nhà được hỗ trợ 40 triệu đồng từ Quỹ Xã hội Công đoàn tỉnh; riêng 2 căn của đoàn viên mắc bệnh hiểm nghèo được hỗ trợ thêm 10 triệu đồng/căn. Tổng kinh phí hỗ trợ đợt này là 500 triệu đồng.

Các căn nhà được xây dựng kiên cố, diện tích từ 40 đến 60 m2, giúp đoàn viên yên tâm công tác, sản xuất.

Từ đầu năm 2016 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới 47 căn và sửa chữa 15 căn nhà "Mái ấm Công đoàn" với tổng số tiền hơn 2,1 tỷ đồng. Giai đoạn 2011 - 2015, toàn tỉnh xây dựng, sửa chữa 325 căn nhà "Mái ấm Công đoàn", trị giá trên 9 tỷ đồng.

Theo kế hoạch năm 2016, LĐLĐ tỉnh phấn đấu xây dựng, sửa chữa 80 căn nhà cho đoàn viên. Hiện toàn tỉnh còn khoảng 300 đoàn viên khó khăn về nhà ở cần được hỗ trợ.

Lê Hoàng

Ảnh: Lãnh đạo LĐLĐ tỉnh trao quyết định hỗ trợ xây nhà cho đoàn viên ở xã Định Thủy.
"""
DL = "published is null, but the dateline line 'Thứ Sáu, 12/08/2016' gives the publication date; no period phrase before this figure -> that date"
PD = "2016-08-12"
ARTS.append(build("g07", "https://baodongkhoi.vn/trao-12-can-nha-mai-am-cong-doan-cho-doan-vien-kho-khan-12082016-a17425.html",
    None, T, [
    r("shelter_houses", 12, "Trao [[12]] căn nhà", note="headline repeat of the body's 12 (guideline 1); " + DL),
    r("shelter_houses", 12, "bàn giao [[12]] căn nhà", note=DL),
    r("shelter_houses", 2, "riêng [[2]] căn", scope="đoàn viên mắc bệnh hiểm nghèo",
      note="'riêng' breakdown of the 12 (guideline 6); the 40 triệu and 10 triệu đồng/căn are per-item amounts"),
    r("shelter_funds", 500e6, "đợt này là [[500 triệu]] đồng", note=DL),
    r("shelter_houses", 47, "xây mới [[47]] căn", per=FROM("2016-01-01", PD), scope="xây mới",
      note="'Từ đầu năm 2016 đến nay' -> 1 January 2016 .. the dateline's publication date"),
    r("shelter_houses", 15, "sửa chữa [[15]] căn", per=FROM("2016-01-01", PD), scope="sửa chữa"),
    r("shelter_funds", 2.1e9, "hơn [[2,1 tỷ]] đồng", bound="over", per=FROM("2016-01-01", PD)),
    r("shelter_houses", 325, "sửa chữa [[325]] căn", per=SPAN(2011, 2015)),
    r("shelter_funds", 9e9, "trên [[9 tỷ]] đồng", bound="over", per=SPAN(2011, 2015)),
    r("shelter_houses", 80, "sửa chữa [[80]] căn", status="target", per=Y(2016),
      note="'khoảng 300 đoàn viên khó khăn về nhà ở' fits no code and is not gold"),
    ], region="Bến Tre", pubd=PD))

# ---------------------------------------------------------------- g08 Yên Bái
T = """Đại hội Công đoàn tỉnh Yên Bái lần thứ XVIII, nhiệm kỳ 2023 - 2028

Thứ Sáu, 11/8/2023 | 09:12

YBĐT - Ngày 10/8, Liên đoàn Lao động tỉnh Yên Bái khai mạc Đại hội Công đoàn tỉnh lần thứ XVIII, nhiệm kỳ 2023 - 2028. Dự đại hội có 200 đại biểu chính thức, đại diện cho hơn 41.000 đoàn viên công đoàn trong toàn tỉnh.

Báo cáo chính trị trình Đại hội nêu rõ: nhiệm kỳ 2018 - 2023, các cấp công đoàn tỉnh đã kết nạp mới 12.386 đoàn viên, thành lập 148 CĐCS; giới thiệu 1.820 đoàn viên ưu tú cho Đảng xem xét, trong đó 1.215 đồng chí đã được kết nạp. Các cấp công đoàn vận động xây dựng, sửa chữa 312 nhà "Mái ấm Công đoàn" với tổng số tiền 12,5 tỷ đồng. 16/18 chỉ tiêu Nghị quyết Đại hội XVII đề ra đạt và vượt.

Đại hội thống nhất 12 chỉ tiêu chủ yếu nhiệm kỳ 2023 - 2028, trong đó:
1. Phát triển mới 15.000 đoàn viên; thành lập mới ít nhất 100 CĐCS ở các doanh nghiệp có từ 25 lao động trở lên.
2. Hằng năm có 80% CĐCS đạt tiêu chuẩn "vững mạnh".
3. Giới thiệu 2.000 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó ít nhất 1.000 đoàn viên được kết nạp Đảng.
4. Xây dựng, sửa chữa 250 nhà "Mái ấm Công đoàn".

Hiện toàn tỉnh có 1.126 CĐCS, 9 LĐLĐ huyện, thị xã, thành phố và 4 công đoàn ngành.

Đại hội bầu Ban Chấp hành khóa XVIII gồm 35 đồng chí.

Thanh Ba
"""
NK = "'nhiệm kỳ 2018 - 2023' -> 2018-01-01 .. 2023-12-31 (records.md), although the term ends after publication"
TG = "item of the numbered list under 'chỉ tiêu chủ yếu nhiệm kỳ 2023 - 2028' -> target of the term (guideline 8)"
ARTS.append(build("g08", "https://baoyenbai.com.vn/12/294317/dai-hoi-cong-doan-tinh-yen-bai-lan-thu-xviii-nhiem-ky-2023-2028.aspx",
    "2023-08-11", T, [
    r("members_total", 41000, "hơn [[41.000]] đoàn viên", bound="over", per=PUB,
      note="'đại diện cho hơn 41.000 đoàn viên': the membership represented is a members_total stock at publication (dev r11); the 200 delegates are not a record"),
    r("members_new", 12386, "kết nạp mới [[12.386]] đoàn viên", note=NK),
    r("unions_new", 148, "thành lập [[148]] CĐCS", note=NK),
    r("party_referrals", 1820, "giới thiệu [[1.820]] đoàn viên", note=NK),
    r("party_admitted", 1215, "[[1.215]] đồng chí", note=NK),
    r("shelter_houses", 312, "sửa chữa [[312]] nhà", note=NK),
    r("shelter_funds", 12.5e9, "tiền [[12,5 tỷ]] đồng", note=NK + "; '16/18 chỉ tiêu' counts plan items, not a record"),
    r("members_new", 15000, "Phát triển mới [[15.000]] đoàn viên", status="target", per=SPAN(2023, 2028), note=TG),
    r("unions_new", 100, "ít nhất [[100]] CĐCS", status="target", bound="over", per=SPAN(2023, 2028),
      note=TG + "; 'từ 25 lao động trở lên' is a threshold"),
    r("party_referrals", 2000, "Giới thiệu [[2.000]] đoàn viên", status="target", per=SPAN(2023, 2028), note=TG),
    r("party_admitted", 1000, "ít nhất [[1.000]] đoàn viên", status="target", bound="over", per=SPAN(2023, 2028), note=TG),
    r("shelter_houses", 250, "sửa chữa [[250]] nhà", status="target", per=SPAN(2023, 2028), note=TG),
    r("unions_total", 1126, "có [[1.126]] CĐCS", per=PUB,
      note="stock 'Hiện' -> publication date; the 9 district LĐLĐ and 4 sector unions are not grassroots unions"),
    ], region="Yên Bái", per=SPAN(2018, 2023)))

# ---------------------------------------------------------------- g09 Hà Giang
T = """Công đoàn ngành Giáo dục tổng kết năm học 2021 - 2022

(BHG) - Công đoàn ngành Giáo dục tỉnh Hà Giang vừa tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2021 - 2022, triển khai nhiệm vụ năm học 2022 - 2023.

Năm học 2021 - 2022, dù phải vừa dạy học vừa phòng, chống dịch Covid-19, các CĐCS trường học đã phối hợp với chuyên môn tổ chức tốt hội nghị cán bộ, công chức, viên chức tại 372 trường học. Công đoàn ngành kết nạp 214 đoàn viên mới là giáo viên, nhân viên mới tuyển dụng; thành lập mới 03 Ban Nữ công tại các trường mới chia tách; giải thể 6 CĐCS do sáp nhập trường.

Trong năm học, Công đoàn ngành đã thăm hỏi, hỗ trợ 1.046 lượt đoàn viên ốm đau, gặp hoạn nạn với số tiền 628 triệu đồng; phối hợp hỗ trợ xây dựng mười lăm nhà "Mái ấm Công đoàn" cho giáo viên ở các huyện vùng cao Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ. Công đoàn ngành cũng giới thiệu 96 đoàn viên ưu tú cho Đảng; 71 đoàn viên đã được kết nạp Đảng.

Hiện Công đoàn ngành Giáo dục tỉnh có 378 CĐCS với 14.620 đoàn viên, trong đó nữ chiếm 72%.

Năm học 2022 - 2023, Công đoàn ngành phấn đấu 100% CĐCS đạt tiêu chuẩn "vững mạnh", mỗi CĐCS có ít nhất 1 sáng kiến, cách làm hay.

Hoàng Mai
"""
CDN = "Công đoàn ngành Giáo dục tỉnh"
NH = "'năm học 2021 - 2022' -> 2021-09-01 .. 2022-08-31; sector union -> its province"
ARTS.append(build("g09", "https://baohagiang.vn/xa-hoi/202208/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2021-2022-812345/",
    None, T, [
    r("official_conferences", 372, "tại [[372]] trường học", scope=CDN, note=NH),
    r("members_new", 214, "kết nạp [[214]] đoàn viên", scope=CDN, note=NH),
    r("women_committees", 3, "thành lập mới [[03]] Ban Nữ công", scope=CDN, note="'03' = 3"),
    r("unions_dissolved", 6, "giải thể [[6]] CĐCS", scope=CDN),
    r("beneficiaries", 1046, "hỗ trợ [[1.046]] lượt", scope=CDN, note="'Trong năm học' refers back to năm học 2021 - 2022"),
    r("support_funds", 628e6, "tiền [[628 triệu]] đồng", scope=CDN),
    r("shelter_houses", 15, "xây dựng [[mười lăm]] nhà", scope=CDN, note="number in words"),
    r("party_referrals", 96, "giới thiệu [[96]] đoàn viên", scope=CDN),
    r("party_admitted", 71, "[[71]] đoàn viên đã được kết nạp", scope=CDN),
    r("unions_total", 378, "có [[378]] CĐCS", per=PUB, scope=CDN, note="stock 'Hiện' with no publication date -> null..null"),
    r("members_total", 14620, "với [[14.620]] đoàn viên", per=PUB, scope=CDN, note="stock with no publication date -> null..null; 'nữ chiếm 72%' is a share"),
    ], region="Hà Giang", per=SY(2021, 2022)))

# ---------------------------------------------------------------- g10 Sóc Trăng
T = """Công đoàn tỉnh: Nhiều chỉ tiêu năm 2017 vượt kế hoạch

Cập nhật lúc: 28/12/2017 08:40

(STO) - Ngày 27/12, Ban Chấp hành LĐLĐ tỉnh Sóc Trăng tổ chức hội nghị tổng kết hoạt động công đoàn năm 2017, triển khai phương hướng năm 2018.

Trong nam 2017, cac cap cong doan trong tinh da ket nap 2.417 doan vien moi, dat 112,4% ke hoach; thanh lap 14 cong doan co so, trong do khu vuc ngoai nha nuoc 11 cong doan co so. Cong doan phoi hop to chuc 38 lop tap huan phap luat lao dong cho gan 3.000 luot cong nhan; Trung tam Tu van phap luat Cong doan tinh tu van cho 512 luot nguoi lao dong.

Trong năm, các cấp công đoàn trao l.482 suất quà Tết cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn, tổng trị giá 741 triệu đồng; trao 2 căn nhà "Mái ấm Công đoàn" cho đoàn viên ở huyện Mỹ Tú, mỗi căn 50 triệu đồng. Thực hiện chương trình "Phúc lợi đoàn viên công đoàn", LĐLĐ tỉnh ký thỏa thuận hợp tác với 7 doanh nghiệp, cơ sở kinh doanh dành ưu đãi cho đoàn viên.

Năm 2018, LĐLĐ tỉnh phấn đấu kết nạp 2.200 đoàn viên, thành lập 12 CĐCS.

TRẦN ĐỨC

Tin cùng chuyên mục:
- LĐLĐ thị xã Vĩnh Châu trao 85 suất quà cho công nhân
- Sóc Trăng: 1.200 công nhân được khám sức khỏe miễn phí
"""
ND = "paragraph scraped without diacritics; the figure is read as in the repaired text"
ARTS.append(build("g10", "https://baosoctrang.org.vn/xa-hoi/201712/cong-doan-tinh-nhieu-chi-tieu-nam-2017-vuot-ke-hoach-2591842/",
    "2017-12-28", T, [
    r("members_new", 2417, "ket nap [[2.417]] doan vien", note=ND),
    r("members_new", 112.4, "dat [[112,4%]] ke hoach", status="attainment", note=ND),
    r("unions_new", 14, "thanh lap [[14]] cong doan", note=ND),
    r("unions_new", 11, "nha nuoc [[11]] cong doan", scope="khu vực ngoài nhà nước", note=ND + "; 'trong đó' breakdown"),
    r("trainings", 38, "to chuc [[38]] lop", note=ND),
    r("trainees", 3000, "gan [[3.000]] luot", bound="under", note=ND + "; 'gần' -> under"),
    r("legal_consultations", 512, "tu van cho [[512]] luot", note=ND),
    r("beneficiaries", 1482, "trao [[l.482]] suất quà", note="letter slip 'l.482' = 1482; 'Trong năm' in a December article -> that year"),
    r("support_funds", 741e6, "giá [[741 triệu]] đồng"),
    r("shelter_houses", 2, "trao [[2]] căn nhà", note="'mỗi căn 50 triệu đồng' is a per-item amount, no shelter_funds total is given"),
    r("welfare_partners", 7, "hợp tác với [[7]] doanh nghiệp"),
    r("members_new", 2200, "kết nạp [[2.200]] đoàn viên", status="target", per=Y(2018)),
    r("unions_new", 12, "thành lập [[12]] CĐCS", status="target", per=Y(2018),
      note="the 'Tin cùng chuyên mục' box (85, 1.200) belongs to other stories and is not gold"),
    ], region="Sóc Trăng", per=Y(2017)))
