"""aw06-aw10: Bà Rịa - Vũng Tàu, Tiền Giang, Bến Tre, Sóc Trăng, Kiên Giang."""

ARTS = []

# aw06 baobariavungtau-like, stripped diacritics in one paragraph
ARTS.append(('aw06', 'https://baobariavungtau.com.vn/xa-hoi/201810/mo-rong-chuong-trinh-phuc-loi-cho-doan-vien-812345/',
             '2018-10-09', 'Bà Rịa - Vũng Tàu', """Mở rộng chương trình phúc lợi cho đoàn viên

Thứ Ba, 09/10/2018, 07:48 [GMT+7]

Sáng 8/10, LĐLĐ tỉnh Bà Rịa - Vũng Tàu ký kết thỏa thuận hợp tác thực hiện Chương trình “Phúc lợi đoàn viên công đoàn” với Siêu thị Co.opmart Vũng Tàu và Công ty CP Xe khách Phương Trang.

Tu dau nam 2018 den nay, LDLD tinh da ky ket [[9|wp a 2018-01-01..2018-10-09 n=paragraph scraped without diacritics; figure read as usual]] thoa thuan hop tac thuc hien Chuong trinh Phuc loi doan vien, nang tong so thoa thuan con hieu luc len [[27|wp a pub n=agreements in force are the stock of their signings, dated at publication (rule 7)]]. Cac don vi tham gia cam ket giam gia tu 5% den 15% khi doan vien xuat trinh the doan vien cong doan.

Cùng với đó, LĐLĐ tỉnh đã cấp [[18.600|rec a 2018-01-01..2018-10-09 n=cards given to members are member_records; period of the preceding phrase (records.md Periods)]] thẻ đoàn viên công đoàn cho đoàn viên tại các CĐCS doanh nghiệp. Năm 2018, LĐLĐ tỉnh phấn đấu ký kết ít nhất [[12|wp t y2018 b=o n=ít nhất -> over (rule 5)]] thỏa thuận hợp tác và cấp [[25.000|rec t y2018]] thẻ đoàn viên.

Đại diện LĐLĐ tỉnh và các doanh nghiệp ký kết thỏa thuận hợp tác. Ảnh: QUANG VŨ

Theo ông Nguyễn Văn Sơn, Phó Chủ tịch LĐLĐ tỉnh, hiện đã có hơn 4.000 lượt đoàn viên sử dụng thẻ để được giảm giá khi mua sắm, đi lại.

QUANG VŨ

Tin khác
Vũng Tàu: 1.200 công nhân tham gia hội thao
"""))

# aw07 Tiền Giang, legal consultations, 10 months 2023
ARTS.append(('aw07', 'https://baoapbac.vn/xa-hoi/202311/tu-van-phap-luat-cho-hon-1200-luot-doan-vien-nguoi-lao-dong-1012345/',
             '2023-11-21', 'Tiền Giang', """Tư vấn pháp luật cho hơn [[1.200|lc a f10-2023 b=o n=headline repeat of the body's 1.236 (rule 1)]] lượt đoàn viên, người lao động

Cập nhật: 21-11-2023 | 08:35:10

ẤP BẮC - 10 tháng năm 2023, Văn phòng Tư vấn pháp luật Liên đoàn Lao động (LĐLĐ) tỉnh Tiền Giang đã tư vấn pháp luật cho [[1.236|lc a f10-2023]] lượt đoàn viên, người lao động (NLĐ), đạt [[82,4%|lc p f10-2023 n=part-way attainment takes the reporting period (rule 4)]] kế hoạch năm ([[1.500|lc t y2023]] lượt).

Nội dung tư vấn chủ yếu liên quan đến tiền lương, bảo hiểm xã hội, chấm dứt hợp đồng lao động. Văn phòng đã cử luật sư tham gia tố tụng 12 vụ án lao động, giúp NLĐ nhận lại hơn 640 triệu đồng tiền lương, trợ cấp.

Cũng trong 10 tháng, các cấp công đoàn tổ chức [[42|tr a f10-2023]] hội nghị tuyên truyền, tập huấn pháp luật cho [[6.850|te a f10-2023]] lượt đoàn viên, NLĐ; tham gia [[18|sv a f10-2023]] cuộc giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp.

Luật sư Văn phòng Tư vấn pháp luật tư vấn cho công nhân tại KCN Long Giang
Luật sư Văn phòng Tư vấn pháp luật tư vấn cho công nhân tại KCN Long Giang

NLĐ cần tư vấn có thể liên hệ đường dây nóng 0273 3872 119 hoặc trực tiếp tại số 27, đường Lê Lợi, phường 1, TP Mỹ Tho.

MINH THÀNH
"""))

# aw08 Bến Tre, Party referrals
ARTS.append(('aw08', 'http://baodongkhoi.vn/gioi-thieu-214-doan-vien-uu-tu-cho-dang-02092016-a41234.html',
             '2016-09-02', 'Bến Tre', """Giới thiệu [[214|pr a 2016-01-01..2016-09-02 n=headline repeat of the body figure (rule 1)]] đoàn viên ưu tú cho Đảng

Cập nhật ngày: 02/09/2016 - 07:30

BĐK - Từ đầu năm 2016 đến nay, các cấp công đoàn tỉnh đã giới thiệu [[214|pr a 2016-01-01..2016-09-02 n=từ đầu năm 2016 đến nay (records.md Periods)]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; trong đó có [[97|pa a 2016-01-01..2016-09-02]] đồng chí đã được kết nạp vào Đảng. Khu vực doanh nghiệp ngoài nhà nước giới thiệu [[38|pr a 2016-01-01..2016-09-02 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown (rule 6)]] đoàn viên.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Bến Tre, năm 2016, chỉ tiêu giới thiệu đoàn viên ưu tú cho Đảng là [[250|pr t y2016]] người. Từ năm 2013 đến nay, toàn tỉnh đã giới thiệu [[862|pr a 2013-01-01..2016-09-02]] đoàn viên ưu tú, trong đó [[419|pa a 2013-01-01..2016-09-02]] đồng chí được kết nạp Đảng.

Để làm tốt công tác này, LĐLĐ tỉnh đã hướng dẫn các CĐCS lựa chọn đoàn viên tiêu biểu qua các phong trào thi đua; các đoàn viên được giới thiệu đều tham gia lớp bồi dưỡng nhận thức về Đảng do Đảng ủy Khối doanh nghiệp tỉnh tổ chức.

Đảng ủy Khối doanh nghiệp tỉnh hiện có 47 tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước.

H.Mai
"""))

# aw09 Sóc Trăng, Covid-19 support, scraped: l.482 and 1.5 60
ARTS.append(('aw09', 'https://baosoctrang.org.vn/lao-dong-viec-lam/202006/ho-tro-hon-1500-doan-vien-nguoi-lao-dong-bi-anh-huong-dich-covid-19-123456/',
             '2020-06-15', 'Sóc Trăng', """Sóc Trăng: Hỗ trợ hơn [[1.500|ben a 2020-03-01..2020-06-15 b=o n=headline repeat of the body's 1.5 60 (rule 1)]] đoàn viên, người lao động bị ảnh hưởng dịch Covid-19

Thứ Hai, 15/06/2020, 08:20

Từ tháng 3/2020 đến nay, Liên đoàn Lao động (LĐLĐ) tỉnh Sóc Trăng đã hỗ trợ [[1.5 60|ben a 2020-03-01..2020-06-15 v=1560 n=split number repaired (rule 3); từ tháng 3/2020 đến nay -> 1 March to publication]] đoàn viên, người lao động (NLĐ) bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền hơn [[1,1 tỷ|sf a 2020-03-01..2020-06-15 b=o]] đồng.

Trong đó, [[l.482|ben a 2020-03-01..2020-06-15 v=1482 s=bị giảm giờ làm, ngừng việc n=l for 1 repaired (rule 3); breakdown (rule 6)]] đoàn viên, NLĐ bị giảm giờ làm, ngừng việc và [[78|ben a 2020-03-01..2020-06-15 s=bị chấm dứt hợp đồng lao động]] NLĐ bị chấm dứt hợp đồng lao động. Mức hỗ trợ từ 500.000 đồng đến 1 triệu đồng/người.

Riêng Công đoàn ngành Giáo dục tỉnh đã hỗ trợ [[365|ben a 2020-03-01..2020-06-15 s=Công đoàn ngành Giáo dục n=sector union gives its province, with scope]] giáo viên mầm non ngoài công lập mất việc với số tiền [[182,5 triệu|sf a 2020-03-01..2020-06-15 s=Công đoàn ngành Giáo dục]] đồng, mỗi người 500.000 đồng.

Ông Trần Văn Hiếu, Chủ tịch LĐLĐ tỉnh cho biết, LĐLĐ tỉnh tiếp tục rà soát để hỗ trợ kịp thời cho khoảng [[300|ben t mo2020-06 b=a n=planned support (rule 4); trong tháng 6 without year takes the publication year (rule 8)]] NLĐ còn lại trong tháng 6.

Lê Hiền
(Theo Báo Sóc Trăng)
"""))

# aw10 Kiên Giang union portal, year 2024 report (long)
ARTS.append(('aw10', 'https://ldldkiengiang.org.vn/tin-tuc/tong-ket-hoat-dong-cong-doan-nam-2024-1276.html',
             '2024-12-27', 'Kiên Giang', """TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2024, TRIỂN KHAI NHIỆM VỤ NĂM 2025

Đăng lúc: 27/12/2024 09:12:44 AM

Ngày 26/12/2024, Liên đoàn Lao động tỉnh Kiên Giang tổ chức Hội nghị Ban Chấp hành lần thứ 8 (khóa XI) tổng kết hoạt động công đoàn năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, các cấp công đoàn tỉnh đã kết nạp [[6.450|mn a y2024]] đoàn viên, đạt [[107,5%|mn p y2024]] kế hoạch; thành lập mới [[41|un a y2024]] công đoàn cơ sở (CĐCS). Do một số doanh nghiệp giải thể, ngừng hoạt động nên đã giải thể [[17|ud a y2024]] CĐCS, giảm [[5.210|ml a y2024]] đoàn viên. Hiện nay, toàn tỉnh có [[1.096|ut a pub n=stock dated at publication (rule 7)]] CĐCS với [[78.912|mt a pub]] đoàn viên; trong đó khu vực doanh nghiệp có [[412|ut a pub s=khu vực doanh nghiệp n=stock breakdown (rules 6, 7)]] CĐCS.

Công tác quản lý đoàn viên được quan tâm, trong năm đã nhập thông tin [[74.380|rec a y2024 n=trong năm in late December -> that year (records.md Periods)]] đoàn viên lên phần mềm quản lý đoàn viên.

Các cấp công đoàn đã phối hợp tổ chức hội nghị cán bộ, công chức, viên chức tại [[652/655|oc a y2024 n=x/y: x is the count (rule 3)]] cơ quan, đơn vị; [[318|wkc a y2024]] doanh nghiệp tổ chức hội nghị người lao động; ký mới [[27|ca a y2024]] bản thỏa ước lao động tập thể. LĐLĐ tỉnh tổ chức [[36|tr a y2024]] lớp tập huấn nghiệp vụ cho [[2.940|te a y2024]] lượt cán bộ công đoàn.

Ủy ban kiểm tra công đoàn các cấp đã kiểm tra tài chính công đoàn tại [[96|fi a y2024]] đơn vị, kiểm tra việc chấp hành Điều lệ tại [[54|sv a y2024]] CĐCS.

Năm 2024, các cấp công đoàn đã thăm, tặng quà, hỗ trợ cho [[24.615|ben a y2024]] lượt đoàn viên, người lao động với tổng số tiền [[19,7 tỷ|sf a y2024]] đồng; hỗ trợ xây mới, sửa chữa [[38|sh a y2024]] nhà Mái ấm Công đoàn.

Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[6.000|mn t y2025]] đoàn viên, thành lập mới [[30|un t y2025]] CĐCS.

Tại hội nghị, 24 tập thể và 35 cá nhân được LĐLĐ tỉnh tặng bằng khen.

Thống kê truy cập
Đang online: 38
Hôm nay: 1.204
Tổng truy cập: 3.918.552
"""))
