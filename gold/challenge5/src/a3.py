from mk import *

ARTS = []

# ---------------------------------------------------------------- g11 Bình Phước
T = """Tháng Công nhân năm 2022: Hơn 6.000 suất quà đến với người lao động

Thứ năm, 02/06/2022 | 10:25

BP - Chiều 1/6, LĐLĐ tỉnh Bình Phước tổ chức họp rút kinh nghiệm Tháng Công nhân năm 2022. Năm nay, Tháng Công nhân được tổ chức tại 476 CĐCS, thu hút trên 85.000 lượt đoàn viên, người lao động tham gia.

Các cấp công đoàn đã thăm, tặng 6.250 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, bị tai nạn lao động, với tổng trị giá gần 3,2 tỷ đồng, tăng 215 suất so với cùng kỳ. LĐLĐ tỉnh phối hợp tổ chức "Đối thoại tháng 5" tại 112 doanh nghiệp; hướng dẫn 27 doanh nghiệp điều chỉnh tăng giá trị bữa ăn giữa ca từ 15.000 đồng lên 20.000 - 25.000 đồng/suất. Các hội nghị tuyên truyền Bộ luật Lao động, an toàn vệ sinh lao động đã đến với hơn 3 nghìn lượt công nhân.

Trong tháng, toàn tỉnh kết nạp mới 1.158 đoàn viên, thành lập 7 CĐCS ở các doanh nghiệp ngoài nhà nước. Đáng chú ý, Công đoàn các KCN tỉnh kết nạp 364 đoàn viên, LĐLĐ thị xã Chơn Thành kết nạp 215 đoàn viên.

Hiện toàn tỉnh có 1.305 CĐCS với 112.480 đoàn viên.

Phương Hà

Bình luận (0)
"""
TCN = "'Tháng Công nhân năm 2022' -> May 2022 (records.md)"
ARTS.append(build("g11", "https://baobinhphuoc.com.vn/news/19/132847/thang-cong-nhan-nam-2022-hon-6-000-suat-qua-den-voi-nguoi-lao-dong",
    "2022-06-02", T, [
    r("beneficiaries", 6000, "Hơn [[6.000]] suất quà", bound="over", note="headline repeat of the body's 6.250 (guideline 1): May 2022"),
    r("workers_month_units", 476, "tại [[476]] CĐCS", note=TCN + "; the 85.000 participants are not a record"),
    r("beneficiaries", 6250, "tặng [[6.250]] suất quà", note=TCN),
    r("support_funds", 3.2e9, "gần [[3,2 tỷ]] đồng", bound="under", note="'tăng 215 suất so với cùng kỳ' is a comparison, not a record"),
    r("workplace_dialogues", 112, "tại [[112]] doanh nghiệp"),
    r("meal_upgrades", 27, "hướng dẫn [[27]] doanh nghiệp", note="the meal levels 15.000 and 20.000 - 25.000 đồng/suất are per-item amounts"),
    r("trainees", 3000, "hơn [[3 nghìn]] lượt", bound="over", note="persons reached by dissemination -> trainees"),
    r("members_new", 1158, "kết nạp mới [[1.158]] đoàn viên", note="'Trong tháng' refers back to the Tháng Công nhân (May 2022), not to June, the month of publication"),
    r("unions_new", 7, "thành lập [[7]] CĐCS", scope="doanh nghiệp ngoài nhà nước"),
    r("members_new", 364, "kết nạp [[364]] đoàn viên", scope="Công đoàn các KCN tỉnh"),
    r("members_new", 215, "kết nạp [[215]] đoàn viên", scope="LĐLĐ thị xã Chơn Thành"),
    r("unions_total", 1305, "có [[1.305]] CĐCS", per=PUB, note="stock 'Hiện' -> publication date"),
    r("members_total", 112480, "với [[112.480]] đoàn viên", per=PUB),
    ], region="Bình Phước", per=M(5, 2022)))

# ---------------------------------------------------------------- g12 Kiên Giang
T = """Kiên Giang: Tư vấn pháp luật cho gần 2.400 lượt người lao động

(NLĐO) - Trung tâm Tư vấn pháp luật Công đoàn tỉnh Kiên Giang cho biết trong 9 tháng đầu năm 2015, trung tâm đã tư vấn pháp luật cho 2.386 lượt người lao động, tăng 14% so với cùng kỳ; tham gia bảo vệ quyền lợi cho người lao động tại tòa án 9 vụ việc, giúp người lao động nhận lại hơn 1,2 tỉ đồng tiền lương, bảo hiểm xã hội bị nợ.

Cùng thời gian, các cấp CĐ trong tỉnh phối hợp tổ chức 56 hội nghị tuyên truyền pháp luật lao động cho 7.640 lượt công nhân, viên chức, lao động; LĐLĐ tỉnh chủ trì, tham gia 32 cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp. Ủy ban Kiểm tra CĐ các cấp đã kiểm tra tài chính 48 CĐ cơ sở, phát hiện một số đơn vị chi sai mục đích.

Ông Nguyễn Văn Hòa, Giám đốc trung tâm, cho biết: "Phần lớn các vụ việc liên quan đến chấm dứt hợp đồng lao động và chậm đóng bảo hiểm xã hội. Trong quý IV/2015, trung tâm sẽ mở thêm 10 điểm tư vấn lưu động tại các KCN Thạnh Lộc, Tắc Cậu và phấn đấu tư vấn cho khoảng 800 lượt người lao động".

Theo kế hoạch, năm 2015 trung tâm được giao chỉ tiêu tư vấn cho 3.000 lượt người lao động.

Tin-ảnh: Thanh Bình

Người lao động đến tư vấn tại Trung tâm Tư vấn pháp luật Công đoàn tỉnh Kiên Giang
"""
CT = "'Cùng thời gian' refers back to '9 tháng đầu năm 2015'"
ARTS.append(build("g12", "https://nld.com.vn/cong-doan/kien-giang-tu-van-phap-luat-cho-gan-2400-luot-nguoi-lao-dong-20151019214512345.htm",
    None, T, [
    r("legal_consultations", 2400, "gần [[2.400]] lượt", bound="under", note="headline repeat of the body's 2.386 (guideline 1): 9 months of 2015"),
    r("legal_consultations", 2386, "cho [[2.386]] lượt", note="'tăng 14% so với cùng kỳ' is a comparison; the 9 court cases and the 1,2 tỉ recovered fit no code"),
    r("trainings", 56, "tổ chức [[56]] hội nghị", note=CT + "; dissemination conferences -> trainings"),
    r("trainees", 7640, "cho [[7.640]] lượt", note=CT),
    r("supervisions", 32, "tham gia [[32]] cuộc", note=CT),
    r("financial_inspections", 48, "tài chính [[48]] CĐ cơ sở", note=CT),
    r("legal_consultations", 800, "khoảng [[800]] lượt", status="target", bound="about", per=Q(4, 2015),
      note="target in a quote ('phấn đấu'); the 10 mobile counselling points fit no code"),
    r("legal_consultations", 3000, "tư vấn cho [[3.000]] lượt", status="target", per=Y(2015)),
    ], region="Kiên Giang", per=("2015-01-01", "2015-09-30")))

# ---------------------------------------------------------------- g13 Cao Bằng
T = """Đẩy nhanh cập nhật dữ liệu đoàn viên lên phần mềm quản lý

Thứ Sáu, 12/04/2024 - 09:30

(CBĐT) - Theo LĐLĐ tỉnh Cao Bằng, đến nay, các cấp công đoàn trong tỉnh đã nhập thông tin của 26.850 đoàn viên lên phần mềm quản lý đoàn viên, đạt 97,1% tổng số đoàn viên. Quý I/2024, LĐLĐ tỉnh cấp mới 1.125 thẻ đoàn viên công đoàn cho đoàn viên ở các CĐCS khu vực hành chính sự nghiệp.

Cũng trong quý I/2024, toàn tỉnh kết nạp 312 đoàn viên, thành lập mới 2 CĐCS; số đoàn viên giảm 186 người do nghỉ hưu, chuyển công tác, thôi việc. Trong quý, Ủy ban Kiểm tra LĐLĐ tỉnh kiểm tra tài chính tại 12 CĐCS và kiểm tra việc chấp hành Điều lệ Công đoàn tại tám CĐCS.

Hiện toàn tỉnh có 27.652 đoàn viên, sinh hoạt tại 846 CĐCS.

Quý II/2024, LĐLĐ tỉnh phấn đấu cấp 2.000 thẻ đoàn viên, hoàn thành nhập dữ liệu cho 100% đoàn viên.

Ông Hoàng Văn Sơn, Phó Chủ tịch LĐLĐ tỉnh cho biết: "Việc số hóa dữ liệu giúp quản lý đoàn viên chặt chẽ hơn, làm cơ sở để triển khai thẻ đoàn viên điện tử và các chương trình Phúc lợi đoàn viên".

Lượt xem: 1.538
"""
QI = "'Trong quý' refers back to 'quý I/2024', not to the quarter of publication (II)"
ARTS.append(build("g13", "https://baocaobang.vn/day-nhanh-cap-nhat-du-lieu-doan-vien-len-phan-mem-quan-ly-3169842.html",
    "2024-04-12", T, [
    r("member_records", 26850, "thông tin của [[26.850]] đoàn viên", per=PUB,
      note="cumulative 'đến nay đã nhập' with no earlier period phrase -> publication date (as challenge3 e14); 'đạt 97,1% tổng số đoàn viên' is a coverage share, not attainment"),
    r("member_records", 1125, "cấp mới [[1.125]] thẻ", scope="CĐCS khu vực hành chính sự nghiệp", note="membership cards issued -> member_records"),
    r("members_new", 312, "kết nạp [[312]] đoàn viên"),
    r("unions_new", 2, "thành lập mới [[2]] CĐCS"),
    r("members_lost", 186, "giảm [[186]] người"),
    r("financial_inspections", 12, "tài chính tại [[12]] CĐCS", note=QI),
    r("supervisions", 8, "tại [[tám]] CĐCS", note=QI + "; inspection of compliance with the Charter -> supervisions (challenge c22, challenge2); number in words"),
    r("members_total", 27652, "có [[27.652]] đoàn viên", per=PUB, note="stock 'Hiện' -> publication date"),
    r("unions_total", 846, "tại [[846]] CĐCS", per=PUB),
    r("member_records", 2000, "cấp [[2.000]] thẻ", status="target", per=Q(2, 2024)),
    ], region="Cao Bằng", per=Q(1, 2024)))

# ---------------------------------------------------------------- g14 Khánh Hòa
T = """Tết Sum vầy 2024: Công đoàn dự kiến chăm lo cho hơn 11 nghìn người lao động

Cập nhật lúc 16:20, Thứ Tư, 31/01/2024 (GMT+7)

Dịp Tết Nguyên đán Giáp Thìn 2024, LĐLĐ tỉnh Khánh Hòa dự kiến chăm lo cho 11.500 đoàn viên, người lao động với tổng kinh phí khoảng 6 tỷ đồng.

Sáng 30/1, tại Nhà Văn hóa Lao động tỉnh, LĐLĐ tỉnh tổ chức Chương trình "Tết Sum vầy" năm 2024. Tại chương trình, Tổng LĐLĐ Việt Nam trao 1.000 e-voucher, mỗi voucher trị giá 500.000 đồng, cho đoàn viên, người lao động; LĐLĐ tỉnh trao 300 suất quà cho công nhân có hoàn cảnh khó khăn và 50 vé xe cho công nhân về quê đón Tết. Công đoàn Khu kinh tế Vân Phong tặng 120 suất quà, trị giá 72 triệu đồng.

Từ ngày 20/1 đến ngày 30/1/2024, các cấp công đoàn trong tỉnh đã trao 8.912 suất quà, trị giá 4,56 tỷ đồng.

Tại "Chợ Tết Công đoàn" tổ chức cùng ngày, Ban tổ chức phát 2.000 phiếu mua hàng 0 đồng; các gian hàng giảm giá từ 10% đến 50%.

Cũng theo LĐLĐ tỉnh, trong năm 2023, LĐLĐ tỉnh đã ký thỏa thuận hợp tác với 12 doanh nghiệp tham gia chương trình "Phúc lợi đoàn viên công đoàn", nâng tổng số đối tác lên 46 doanh nghiệp, đơn vị.

VĂN GIANG

Chia sẻ
"""
DK = "'dự kiến' (planned gifts of the programme) -> target (guideline 4)"
ARTS.append(build("g14", "https://baokhanhhoa.vn/xa-hoi/202401/tet-sum-vay-2024-cong-doan-du-kien-cham-lo-cho-hon-11-nghin-nguoi-lao-dong-8a21f3c/",
    "2024-01-31", T, [
    r("beneficiaries", 11000, "hơn [[11 nghìn]] người", status="target", bound="over",
      note="headline repeat of the body's planned 11.500 (guideline 1); " + DK),
    r("beneficiaries", 11500, "cho [[11.500]] đoàn viên", status="target", note=DK + "; 'Tết Nguyên đán Giáp Thìn 2024' -> 2024"),
    r("support_funds", 6e9, "khoảng [[6 tỷ]] đồng", status="target", bound="about", note=DK),
    r("beneficiaries", 1000, "trao [[1.000]] e-voucher", scope="e-voucher của Tổng LĐLĐ Việt Nam",
      note="e-vouchers given to members count as beneficiaries (guideline 9, dev y14); a national body acting in the province -> Khánh Hòa; 500.000 đồng a voucher is per-item"),
    r("beneficiaries", 300, "trao [[300]] suất quà", scope="LĐLĐ tỉnh"),
    r("beneficiaries", 50, "và [[50]] vé xe", scope="vé xe về quê đón Tết", note="tickets -> beneficiaries (guideline 9)"),
    r("beneficiaries", 120, "tặng [[120]] suất quà", scope="Công đoàn Khu kinh tế Vân Phong"),
    r("support_funds", 72e6, "trị giá [[72 triệu]] đồng", scope="Công đoàn Khu kinh tế Vân Phong"),
    r("beneficiaries", 8912, "trao [[8.912]] suất quà", per=("2024-01-20", "2024-01-30"), note="'Từ ngày 20/1 đến ngày 30/1/2024'"),
    r("support_funds", 4.56e9, "trị giá [[4,56 tỷ]] đồng", per=("2024-01-20", "2024-01-30"),
      note="the 2.000 'phiếu mua hàng 0 đồng' of the Chợ Tết are shopping tokens, not beneficiaries (guideline 9); 'từ 10% đến 50%' is a discount range"),
    r("welfare_partners", 12, "hợp tác với [[12]] doanh nghiệp", per=Y(2023)),
    r("welfare_partners", 46, "lên [[46]] doanh nghiệp", per=PUB,
      note="cumulative 'nâng tổng số đối tác lên' dated like a stock at publication (as challenge2/3/4)"),
    ], region="Khánh Hòa", per=Y(2024)))

# ---------------------------------------------------------------- g15 Bạc Liêu
T = """Bạc Liêu: Vượt chỉ tiêu thành lập công đoàn cơ sở

Thứ Ba, 24/09/2019 | 14:05

(BL) - Từ đầu năm đến nay, các cấp công đoàn tỉnh Bạc Liêu đã kết nạp 1.238 đoàn viên, thành lập mới 11 CĐCS, vượt 10% chỉ tiêu cả năm. Trong đó, khu vực doanh nghiệp ngoài nhà nước kết nạp 896 đoàn viên, thành lập 9 CĐCS. So với cùng kỳ năm 2018, số đoàn viên kết nạp mới tăng 9,6%.

Từ đầu năm đến nay, công tác chăm lo cho đoàn viên, người lao động tiếp tục được quan tâm. Các cấp công đoàn đã thăm, tặng quà 2.145 lượt đoàn viên, người lao động ốm đau, tai nạn lao động, với số tiền hơn 1,07 tỷ đồng; trợ cấp khó khăn đột xuất cho 98 trường hợp. Cùng thời gian, LĐLĐ tỉnh phối hợp xây dựng 21 căn nhà "Mái ấm Công đoàn", mỗi căn hỗ trợ từ 30 đến 50 triệu đồng.

Bà Lâm Thị Thu, Phó Chủ tịch LĐLĐ tỉnh cho biết: "Quý IV/2019, LĐLĐ tỉnh phấn đấu kết nạp thêm 500 đoàn viên, thành lập 4 CĐCS, tập trung vào các doanh nghiệp nuôi trồng, chế biến thủy sản và năng lượng tái tạo".

Hoàng Yến

Ý kiến của bạn
Bạn đọc Minh Tâm: Đề nghị công đoàn quan tâm hơn 200 công nhân nhà máy điện gió ở Đông Hải chưa có công đoàn.
"""
FN = ("2019-01-01", "2019-09-24")
TD = "'Từ đầu năm đến nay' -> 1 January .. publication date"
CG = "the care paragraph opens with its own 'Từ đầu năm đến nay'; 'So với cùng kỳ năm 2018 ... tăng 9,6%' is a comparison, not a record"
ARTS.append(build("g15", "https://baobaclieu.vn/lao-dong-viec-lam/bac-lieu-vuot-chi-tieu-thanh-lap-cong-doan-co-so-58214.html",
    "2019-09-24", T, [
    r("members_new", 1238, "kết nạp [[1.238]] đoàn viên", note=TD),
    r("unions_new", 11, "thành lập mới [[11]] CĐCS", note=TD),
    r("unions_new", 110, "vượt [[10%]] chỉ tiêu", status="attainment", vuot=True,
      note="'vượt 10% chỉ tiêu cả năm' -> 110, bound exact; period of the achieved figure"),
    r("members_new", 896, "kết nạp [[896]] đoàn viên", scope="khu vực doanh nghiệp ngoài nhà nước"),
    r("unions_new", 9, "thành lập [[9]] CĐCS", scope="khu vực doanh nghiệp ngoài nhà nước"),
    r("beneficiaries", 2145, "tặng quà [[2.145]] lượt", note=CG),
    r("support_funds", 1.07e9, "hơn [[1,07 tỷ]] đồng", bound="over", note=CG),
    r("beneficiaries", 98, "cho [[98]] trường hợp", note=CG),
    r("shelter_houses", 21, "xây dựng [[21]] căn nhà", note="'Cùng thời gian' -> the 'Từ đầu năm đến nay' span; 'từ 30 đến 50 triệu đồng' a house is a per-item range"),
    r("members_new", 500, "thêm [[500]] đoàn viên", status="target", per=Q(4, 2019), note="target in a quote"),
    r("unions_new", 4, "thành lập [[4]] CĐCS", status="target", per=Q(4, 2019),
      note="the reader comment under 'Ý kiến của bạn' (200 công nhân) is not gold"),
    ], region="Bạc Liêu", per=FN))
