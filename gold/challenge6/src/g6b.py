from mk import add, R, Y, H1, H2, Q, M, SPAN, SY, D

# ---------------------------------------------------------------- h10 Đắk Nông (after the merger)
T = '''Tết Sum vầy – Xuân ơn Đảng đến với công nhân khu vực Đắk Nông

Thứ Ba, 20/01/2026 - 10:05

(BLĐ) - Ngày 20/1, tại phường Bắc Gia Nghĩa, LĐLĐ tỉnh Lâm Đồng tổ chức chương trình "Tết Sum vầy – Xuân ơn Đảng" năm 2026 cho đoàn viên, người lao động khu vực Đắk Nông.

Tại chương trình, ban tổ chức trao 350 suất quà, trị giá 700 triệu đồng; tặng 120 vé xe cho công nhân về quê đón Tết và tổ chức "Chuyến xe 0 đồng" đưa 45 công nhân về quê.

Dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn tỉnh Lâm Đồng dự kiến chăm lo cho hơn 62 nghìn đoàn viên, người lao động với tổng kinh phí xấp xỉ 48 tỷ đồng.

Đoàn viên nhận quà Tết tại chương trình.

Bảo Nhi'''
P = "2026-01-20"
NR = ("published after the merger: the programme is for 'khu vực Đắk Nông' of the merged tỉnh Lâm Đồng -> region = the "
      "pre-merger province Đắk Nông, region_2025 Lâm Đồng (as dev y15 'khu vực Hòa Bình')")
SC = "khu vực Đắk Nông"
NW = ("the whole merged tỉnh Lâm Đồng: its name is also a pre-merger name -> region Lâm Đồng "
      "(the figure also covers old Đắk Nông and Bình Thuận; records.md gives no other name); 'dự kiến' -> target")
add("h10", "https://baolamdong.vn/tet-sum-vay-xuan-on-dang-den-voi-cong-nhan-khu-vuc-dak-nong-412877.html", P, T, [
    R("beneficiaries", 350, "350", scope=SC, note="'chương trình ... năm 2026' -> 2026; " + NR),
    R("support_funds", 700e6, "700 triệu", scope=SC, note=NR),
    R("beneficiaries", 120, "120", scope=SC + ", vé xe", note="tickets -> beneficiaries (gold/README 9); " + NR),
    R("beneficiaries", 45, "45", scope=SC + ", Chuyến xe 0 đồng", note="workers taken home by a free bus -> beneficiaries (as challenge3); " + NR),
    R("beneficiaries", 62000, "62 nghìn", status="target", bound="over", region="Lâm Đồng", note=NW),
    R("support_funds", 48e9, "48 tỷ", status="target", bound="about", region="Lâm Đồng", note=NW + "; 'xấp xỉ' -> about"),
], region="Đắk Nông", per=Y(2026))

# ---------------------------------------------------------------- h11 Hà Nội / Việt Nam
T = '''Công đoàn Giáo dục Việt Nam ký kết "Phúc lợi đoàn viên" với 6 doanh nghiệp

05/09/2022 14:20

(LĐTĐ) - Sáng 5/9, tại Hà Nội, Công đoàn Giáo dục Việt Nam tổ chức lễ ký kết thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên" với 6 doanh nghiệp cung cấp dịch vụ bảo hiểm, du lịch, viễn thông cho nhà giáo, người lao động ngành Giáo dục cả nước.

Cùng ngày, Công đoàn ngành Giáo dục Hà Nội ký kết thỏa thuận với 3 đơn vị, nâng tổng số đối tác của chương trình trên địa bàn Thủ đô lên 18.

Năm học 2021 - 2022, Công đoàn Giáo dục Việt Nam đã thăm hỏi, hỗ trợ hơn 12.000 lượt đoàn viên khó khăn, ốm đau với tổng kinh phí 9,6 tỷ đồng.

Xem thêm:
- Tặng 1.000 suất học bổng cho con đoàn viên ngành Giáo dục'''
P = "2022-09-05"
NV = ("a national sector union acting nationally ('cho ... ngành Giáo dục cả nước') -> Việt Nam, "
      "although the ceremony is held in Hà Nội and the site is Hà Nội's (records.md: the reporting organisation first)")
add("h11", "https://laodongthudo.vn/cong-doan-giao-duc-viet-nam-ky-ket-phuc-loi-doan-vien-voi-6-doanh-nghiep-145632.html", P, T, [
    R("welfare_partners", 6, "6", scope="Công đoàn Giáo dục Việt Nam", note="headline repeat of the body's 6; " + NV),
    R("welfare_partners", 6, "6", scope="Công đoàn Giáo dục Việt Nam", note="no period phrase before it -> publication date; " + NV),
    R("welfare_partners", 3, "3", region="Hà Nội", scope="Công đoàn ngành Giáo dục Hà Nội", note="'Cùng ngày' -> publication date"),
    R("welfare_partners", 18, "18", region="Hà Nội", scope="Công đoàn ngành Giáo dục Hà Nội",
      note="'nâng tổng số đối tác ... lên 18' -> cumulative count dated at publication like a stock (as challenge3/4)"),
    R("beneficiaries", 12000, "12.000", bound="over", per=SY(2021, 2022), scope="Công đoàn Giáo dục Việt Nam", note="năm học 2021-2022 -> 2021-09-01 .. 2022-08-31; " + NV),
    R("support_funds", 9.6e9, "9,6 tỷ", per=SY(2021, 2022), scope="Công đoàn Giáo dục Việt Nam", note=NV),
], region="Việt Nam")

# ---------------------------------------------------------------- h12 Cao Bằng / Việt Nam
T = '''Tổng LĐLĐ Việt Nam khởi công 20 nhà "Mái ấm Công đoàn" tại Cao Bằng

Thứ Năm, 10/10/2024 11:42 (GMT+7)

(LĐO) - Ngày 10/10, tại huyện Hòa An, Tổng Liên đoàn Lao động Việt Nam phối hợp với LĐLĐ tỉnh Cao Bằng tổ chức lễ khởi công xây dựng 20 nhà "Mái ấm Công đoàn" cho đoàn viên có nhà bị hư hỏng do bão số 3.

Lễ khởi công 20 nhà "Mái ấm Công đoàn" tại huyện Hòa An. Ảnh: Tùng Giang

Mỗi nhà được hỗ trợ 60 triệu đồng, tổng kinh phí 1,2 tỷ đồng từ nguồn tài chính công đoàn. Dự kiến các nhà sẽ hoàn thành trước ngày 31/12/2024.

Theo Tổng LĐLĐ Việt Nam, từ đầu năm 2024 đến nay, các cấp công đoàn cả nước đã hỗ trợ xây mới, sửa chữa 1.538 nhà "Mái ấm Công đoàn" với tổng kinh phí gần 77 tỷ đồng.

Lượt xem: 2.041 | Bình luận (3)'''
P = "2024-10-10"
NC = "the Tổng LĐLĐ Việt Nam acting in one province -> that province (records.md)"
add("h12", "https://laodong.vn/cong-doan/tong-ldld-viet-nam-khoi-cong-20-nha-mai-am-cong-doan-tai-cao-bang-1405521.ldo", P, T, [
    R("shelter_houses", 20, "20", note="headline repeat of the body's 20 -> its period and region; " + NC),
    R("shelter_houses", 20, "20", note="'khởi công xây dựng 20 nhà' -> shelter_houses, actual (the support is granted and building has begun); no period phrase ('bão số 3' is a name) -> publication date; " + NC),
    R("shelter_houses", 20, "20", note="photo caption repeat of the body's 20"),
    R("shelter_funds", 1.2e9, "1,2 tỷ", note="total of the 20 houses (60 triệu per house is per-item, not gold); " + NC),
    R("shelter_houses", 1538, "1.538", region="Việt Nam", per=("2024-01-01", P), note="'cả nước' -> Việt Nam; 'từ đầu năm 2024 đến nay' -> 2024-01-01 .. publication date"),
    R("shelter_funds", 77e9, "77 tỷ", bound="under", region="Việt Nam", per=("2024-01-01", P)),
], region="Cao Bằng")

# ---------------------------------------------------------------- h13 Quảng Bình (after the merger)
T = '''Công đoàn xã Bố Trạch cấp hơn 1.100 thẻ đoàn viên điện tử

05/12/2025 08:30

(BQT) - Đến nay, Công đoàn xã Bố Trạch (tỉnh Quảng Trị, thuộc tỉnh Quảng Bình trước sáp nhập) đã nhập thông tin 1.126 đoàn viên lên phần mềm quản lý đoàn viên và cấp 1.104 thẻ đoàn viên công đoàn điện tử, đạt 98% số đoàn viên toàn xã.

Từ tháng 7/2025 đến nay, Công đoàn xã đã kết nạp mới 64 đoàn viên, thành lập 2 CĐCS tại Công ty CP Gạch ngói Hoàn Lão và Hợp tác xã Nam Trạch. Hiện Công đoàn xã có 43 CĐCS với 1.187 đoàn viên.

Chị Trần Thị Nga, công nhân Công ty CP Gạch ngói Hoàn Lão nhận thẻ đoàn viên điện tử.

Hải Yến'''
P = "2025-12-05"
NR = ("published after the merger: xã Bố Trạch is in tỉnh Quảng Trị now but was in Quảng Bình (the text says so) -> "
      "region Quảng Bình, region_2025 Quảng Trị (records.md: the province before the merger)")
SC = "Công đoàn xã Bố Trạch"
add("h13", "https://baoquangtri.vn/cong-doan-xa-bo-trach-cap-hon-1100-the-doan-vien-dien-tu-196412.htm", P, T, [
    R("member_records", 1100, "1.100", bound="over", scope=SC, note="headline, rounded repeat of the body's 1.104 cards -> its period; " + NR),
    R("member_records", 1126, "1.126", scope=SC, note="'nhập thông tin ... đoàn viên lên phần mềm' -> member_records; cumulative with only 'Đến nay' -> publication date (as challenge3 e14); " + NR),
    R("member_records", 1104, "1.104", scope=SC, note="cards issued -> member_records (indicators.tsv 'cấp thẻ'); the 98% is a share, not gold; " + NR),
    R("members_new", 64, "64", per=("2025-07-01", P), scope=SC, note="'Từ tháng 7/2025 đến nay' -> 2025-07-01 .. publication date; " + NR),
    R("unions_new", 2, "2", per=("2025-07-01", P), scope=SC, note=NR),
    R("unions_total", 43, "43", scope=SC, note="'Hiện ... có' -> stock at publication date; " + NR),
    R("members_total", 1187, "1.187", scope=SC, note=NR),
], region="Quảng Bình")

# ---------------------------------------------------------------- h14 Kiên Giang (after the merger)
T = '''Chợ Tết Công đoàn và trao quà Tết cho công nhân phường Rạch Giá

Thứ Tư, 28/01/2026 - 19:10

(BAG) - Ngày 28/1, Công đoàn phường Rạch Giá (tỉnh An Giang) phối hợp với LĐLĐ tỉnh tổ chức chương trình "Tết Sum vầy" và "Chợ Tết Công đoàn" năm 2026 cho đoàn viên, người lao động trên địa bàn.

Tại chương trình, ban tổ chức trao 200 suất quà, mỗi suất 500.000 đồng và tặng 300 e-voucher trị giá 300.000 đồng cho đoàn viên có hoàn cảnh khó khăn. Tại Chợ Tết, 1.500 phiếu mua hàng 0 đồng được phát cho công nhân mua sắm tại 40 gian hàng.

Dịp Tết Nguyên đán Bính Ngọ 2026, Công đoàn phường Rạch Giá dự kiến chăm lo cho gần 2.000 đoàn viên, người lao động với kinh phí hơn 1 tỷ đồng.'''
P = "2026-01-28"
NR = ("published after the merger: phường Rạch Giá (tỉnh An Giang now) is the former provincial city of Kiên Giang -> "
      "region Kiên Giang, region_2025 An Giang; the text names only the new province, so this needs the ward's old province")
SC = "Công đoàn phường Rạch Giá"
add("h14", "https://baoangiang.com.vn/cho-tet-cong-doan-va-trao-qua-tet-cho-cong-nhan-phuong-rach-gia-a472310.html", P, T, [
    R("beneficiaries", 200, "200", scope=SC, note="'chương trình ... năm 2026' -> 2026; 500.000 đồng per gift is per-item; " + NR),
    R("beneficiaries", 300, "300", scope=SC + ", e-voucher",
      note="e-vouchers given to members in difficulty count as beneficiaries (gold/README 9, dev y14), unlike the 1.500 'phiếu mua hàng 0 đồng' of the Chợ Tết, which are not gold (dev y15); " + NR),
    R("beneficiaries", 2000, "2.000", status="target", bound="under", scope=SC, note="'dự kiến' -> target; Tết Nguyên đán Bính Ngọ 2026 -> 2026; " + NR),
    R("support_funds", 1e9, "1 tỷ", status="target", bound="over", scope=SC, note=NR),
], region="Kiên Giang", per=Y(2026))

# ---------------------------------------------------------------- h15 Đồng Tháp (merged province as a whole)
T = '''LĐLĐ tỉnh Đồng Tháp: 6 tháng cuối năm phấn đấu kết nạp 6.000 đoàn viên

Cập nhật ngày: 15/08/2025 10:12:40

ĐTO - Ngày 14/8, Ban Thường vụ LĐLĐ tỉnh Đồng Tháp (mới) tổ chức hội nghị sơ kết công tác công đoàn 7 tháng đầu năm 2025 và triển khai nhiệm vụ những tháng cuối năm.

Sau hợp nhất, LĐLĐ tỉnh hiện quản lý 3.412 công đoàn cơ sở với 198.560 đoàn viên. 7 tháng đầu năm 2025, các cấp công đoàn trong tỉnh kết nạp 3.875 đoàn viên, thành lập mới 41 CĐCS; giải thể 12 CĐCS do doanh nghiệp ngừng hoạt động.

6 tháng cuối năm 2025, LĐLĐ tỉnh phấn đấu kết nạp 6.000 đoàn viên, thành lập mới 50 CĐCS.

Nhật Linh'''
P = "2025-08-15"
NR = ("the merged LĐLĐ tỉnh Đồng Tháp (mới) as a whole (old Đồng Tháp + Tiền Giang): its name is also a pre-merger "
      "name -> region Đồng Tháp, region_2025 Đồng Tháp; records.md has no way to split a merged total")
J7 = ("2025-01-01", "2025-07-31")
add("h15", "https://baodongthap.vn/xa-hoi/ldld-tinh-dong-thap-6-thang-cuoi-nam-phan-dau-ket-nap-6000-doan-vien-131205.aspx", P, T, [
    R("members_new", 6000, "6.000", status="target", per=H2(2025), note="headline repeat of the body target -> its period (6 tháng cuối năm 2025); " + NR),
    R("unions_total", 3412, "3.412", note="'hiện quản lý' -> stock at publication date; " + NR),
    R("members_total", 198560, "198.560", note=NR),
    R("members_new", 3875, "3.875", per=J7, note="'7 tháng đầu năm 2025' -> 2025-01-01 .. 2025-07-31; " + NR),
    R("unions_new", 41, "41", per=J7, note=NR),
    R("unions_dissolved", 12, "12", per=J7, note=NR),
    R("members_new", 6000, "6.000", status="target", per=H2(2025), note="'phấn đấu' -> target; " + NR),
    R("unions_new", 50, "50", status="target", per=H2(2025), note=NR),
], region="Đồng Tháp")

# ---------------------------------------------------------------- h16 Nghệ An (no date)
T = '''LĐLĐ tỉnh giám sát việc thực hiện chính sách tại 25 doanh nghiệp

(Baonghean.vn) - Từ ngày 5/6 đến ngày 20/6/2018, Liên đoàn Lao động tỉnh Nghệ An tổ chức đoàn giám sát việc thực hiện chính sách, pháp luật lao động tại 25 doanh nghiệp trên địa bàn các huyện Nghi Lộc, Diễn Châu, Quỳnh Lưu.

Qua giám sát, đoàn đã phát hiện 8 doanh nghiệp chậm đóng bảo hiểm xã hội với số tiền hơn 2,3 tỷ đồng; kiến nghị các doanh nghiệp khắc phục trong quý III/2018.

6 tháng đầu năm 2018, các cấp công đoàn tỉnh đã chủ trì và tham gia 142 cuộc giám sát, kiểm tra; Ủy ban Kiểm tra công đoàn các cấp tiến hành kiểm tra tài chính 57 công đoàn cơ sở.

Minh Chi'''
JUN = ("2018-06-05", "2018-06-20")
add("h16", "https://baonghean.vn/ldld-tinh-giam-sat-viec-thuc-hien-chinh-sach-tai-25-doanh-nghiep-post187654.html", None, T, [
    R("supervisions", 25, "25", per=JUN, note="headline repeat of the body's 25 -> its period"),
    R("supervisions", 25, "25", per=JUN,
      note="'giám sát ... tại 25 doanh nghiệp' -> supervisions counted in units supervised (as challenge2/3 'kiểm tra ... tại N CĐCS'); 'Từ ngày 5/6 đến ngày 20/6/2018' -> 2018-06-05 .. 2018-06-20; "
           "the 8 enterprises in BHXH arrears and the 2,3 tỷ owed fit no code"),
    R("supervisions", 142, "142", per=H1(2018)),
    R("financial_inspections", 57, "57", per=H1(2018)),
], region="Nghệ An")

# ---------------------------------------------------------------- h17 Thừa Thiên Huế
T = '''Công đoàn ngành Y tế trao 250 suất quà Tết

Thứ Năm, 16/01/2020 - 10:20

(TTH.VN) - Sáng 16/1, Công đoàn ngành Y tế Thừa Thiên Huế tổ chức thăm, tặng quà Tết Canh Tý 2020 cho đoàn viên, người lao động có hoàn cảnh khó khăn tại các bệnh viện, trung tâm y tế trong tỉnh.

Dịp này, Công đoàn ngành trao 250 suất quà, mỗi suất trị giá 600.000 đồng; tổng trị giá 150 triệu đồng. Riêng tại Bệnh viện Trung ương Huế, Công đoàn bệnh viện trao thêm 80 suất quà cho nhân viên hợp đồng, hộ lý.

Trước đó, Công đoàn ngành đã phối hợp tổ chức "Phiên chợ Tết 0 đồng" với 500 phiếu mua hàng cho đoàn viên.

Lãnh đạo Công đoàn ngành Y tế trao quà Tết cho đoàn viên khó khăn. Ảnh: T.H

Số lần đọc: 1.390'''
P = "2020-01-16"
SC = "Công đoàn ngành Y tế"
add("h17", "https://baothuathienhue.vn/xa-hoi/cong-doan-nganh-y-te-trao-250-suat-qua-tet-82134.html", P, T, [
    R("beneficiaries", 250, "250", scope=SC, note="headline repeat of the body's 250 -> its period; 'Tết Canh Tý 2020' -> year 2020 (as dev x07 / challenge3-4)"),
    R("beneficiaries", 250, "250", scope=SC, note="period from the lead's 'Tết Canh Tý 2020'; 600.000 đồng per gift is per-item"),
    R("support_funds", 150e6, "150 triệu", scope=SC),
    R("beneficiaries", 80, "80", scope="Công đoàn Bệnh viện Trung ương Huế",
      note="additional gifts of the hospital union in the province -> Thừa Thiên Huế; the 500 'phiếu mua hàng' of the 'Phiên chợ Tết 0 đồng' are market tokens, not gold (gold/README 9)"),
], region="Thừa Thiên Huế", per=Y(2020))
