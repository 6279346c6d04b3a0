"""aw01-aw05: Bình Dương, Đồng Nai, Long An, Tây Ninh, Bình Phước."""

ARTS = []

# aw01 NLĐ page, Bình Dương, H1 2019
ARTS.append(('aw01', 'https://nld.com.vn/cong-doan/binh-duong-ket-nap-hon-21000-doan-vien-trong-6-thang-20190712094512345.htm',
             '2019-07-12', 'Bình Dương', """Bình Dương: Kết nạp hơn [[21.000|mn a h1-2019 b=o n=headline repeat of the body's 21.375, rounded; takes its period (rule 1)]] đoàn viên trong 6 tháng

 date 2019-07-12 HOTLINE: 0903.343.439
Công đoàn
NGỌC GIÀU

(NLĐO) - Sáu tháng đầu năm 2019, các cấp công đoàn tỉnh Bình Dương đã thương lượng, ký mới [[187|ca a h1-2019]] bản thỏa ước lao động tập thể, nhiều bản có lợi hơn cho người lao động so với quy định của pháp luật.

Theo LĐLĐ tỉnh Bình Dương, trong 6 tháng đầu năm 2019, các cấp công đoàn trong tỉnh đã thành lập mới [[64|un a h1-2019]] công đoàn cơ sở (CĐCS), kết nạp [[21.375|mn a h1-2019]] đoàn viên, đạt [[53,4%|mn p h1-2019 n=part-way attainment takes the reporting half-year, not the year of the plan (rule 4)]] kế hoạch năm. Trong đó, khu vực doanh nghiệp ngoài nhà nước kết nạp [[19.860|mn a h1-2019 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown (rule 6)]] đoàn viên, chiếm 92,9%. Năm 2019, LĐLĐ tỉnh đặt chỉ tiêu kết nạp [[40.000|mn t y2019]] đoàn viên và thành lập [[120|un t y2019]] CĐCS.

Công nhân Công ty TNHH Kim Bảo Sơn (KCN Việt Hương) nghe tuyên truyền về tổ chức công đoàn - Ảnh 1.
Công nhân Công ty TNHH Kim Bảo Sơn (KCN Việt Hương) nghe tuyên truyền về tổ chức công đoàn

Cũng trong 6 tháng, công đoàn đã phối hợp với người sử dụng lao động tổ chức hội nghị người lao động tại [[412|wkc a h1-2019]] doanh nghiệp. Tuy vậy, trên địa bàn tỉnh vẫn xảy ra 7 cuộc ngừng việc tập thể với khoảng 5.300 người tham gia, chủ yếu do doanh nghiệp chậm điều chỉnh tiền lương tối thiểu vùng.

Hiện nay, toàn tỉnh có hơn [[3.400|ut a pub b=o n=stock dated at publication (rule 7)]] CĐCS với gần [[590.000|mt a pub b=u n=stock dated at publication (rule 7)]] đoàn viên.

Tin liên quan
Đồng Nai: Hơn 3.000 công nhân được tặng vé xe về quê
Bình Dương: 45 doanh nghiệp cam kết nâng bữa ăn ca
"""))

# aw02 baodongnai-like, Đồng Nai, Tết Tân Sửu 2021
ARTS.append(('aw02', 'http://www.baodongnai.com.vn/xahoi/202102/cham-lo-tet-cho-hon-68500-doan-vien-nguoi-lao-dong-3058841/',
             '2021-02-05', 'Đồng Nai', """Chăm lo Tết cho hơn [[68.500|ben a y2021 b=o n=headline repeat of the body figure; Tết Tân Sửu 2021 gives 2021]] đoàn viên, người lao động

Cập nhật lúc 16:20, Thứ Sáu, 05/02/2021 (GMT+7)

Tết Tân Sửu 2021, các cấp công đoàn tỉnh đã thăm, tặng quà cho hơn [[68.500|ben a y2021 b=o n=Tết of a named year takes that year]] đoàn viên, người lao động (NLĐ) có hoàn cảnh khó khăn với tổng kinh phí trên [[41,2 tỷ|sf a y2021 b=o]] đồng.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, trong số này, LĐLĐ tỉnh trực tiếp trao [[6.200|ben a y2021 s=LĐLĐ tỉnh trực tiếp trao n=breakdown (rule 6)]] suất quà, mỗi suất 500.000 đồng gồm tiền mặt và nhu yếu phẩm. Công đoàn các KCN Đồng Nai tặng quà cho [[21.430|ben a y2021 s=Công đoàn các KCN Đồng Nai n=industrial-zone union gives its province, with scope (records.md Regions)]] công nhân đang làm việc trong các khu công nghiệp.

Bên cạnh đó, công đoàn còn vận động doanh nghiệp hỗ trợ [[1.850|ben a y2021 n=tickets given to workers count as beneficiaries (rule 9)]] vé xe, vé tàu cho công nhân về quê đón Tết. Chương trình “Chợ Tết Công đoàn” năm nay phát ra 3.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

Lãnh đạo LĐLĐ tỉnh tặng quà Tết cho công nhân Công ty TNHH Pou Chen Việt Nam. Ảnh: H.Thảo
Lãnh đạo LĐLĐ tỉnh tặng quà Tết cho công nhân Công ty TNHH Pou Chen Việt Nam. Ảnh: H.Thảo

So với Tết Canh Tý 2020, số đoàn viên, NLĐ được chăm lo năm nay tăng khoảng 10.300 người (Tết 2020 là [[58.200|ben a y2020 n=a compared figure of the earlier Tết is a record of its own year; the difference is not (rule 11)]] người). Trong năm 2020, LĐLĐ tỉnh cũng đã vận động xây dựng, sửa chữa [[12|sh a y2020]] nhà Mái ấm Công đoàn.

Hải Yến

Ý kiến bạn đọc (0)
Tin cùng chuyên mục
Trao 120 suất quà cho công nhân khó khăn tại KCN Nhơn Trạch
"""))

# aw03 baolongan-like, Long An, Tháng Công nhân 2017
ARTS.append(('aw03', 'http://baolongan.vn/thang-cong-nhan-nam-2017-hon-1100-cdcs-huong-ung-a36412.html',
             '2017-06-06', 'Long An', """Tháng Công nhân năm 2017: Hơn [[1.100|wmu a mo2017-05 b=o n=headline repeat of the body's 1.124 (rule 1); Tháng Công nhân 2017 gives May 2017]] CĐCS hưởng ứng

Thứ Ba, 06/06/2017, 09:15 (GMT+7)

(BLA) - Ngày 5/6, Liên đoàn Lao động (LĐLĐ) tỉnh Long An tổ chức sơ kết Tháng Công nhân năm 2017.

Theo báo cáo, Tháng Công nhân năm 2017 có [[1.124|wmu a mo2017-05]] công đoàn cơ sở (CĐCS) tổ chức các hoạt động hưởng ứng. Các cấp công đoàn đã thăm, tặng [[4.870|ben a mo2017-05]] suất quà cho đoàn viên, người lao động khó khăn, trị giá [[2,3 tỷ|sf a mo2017-05]] đồng; trao [[5|sh a mo2017-05]] nhà Mái ấm Công đoàn với tổng số tiền [[200 triệu|shf a mo2017-05]] đồng, mỗi căn 40 triệu đồng.

Trong tháng, công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại tại nơi làm việc ở [[86|wd a mo2017-05 n=trong tháng -> the Workers' Month named before (rule 8)]] doanh nghiệp; phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra, giám sát việc thực hiện chính sách tại [[37|sv a mo2017-05]] doanh nghiệp; tư vấn pháp luật cho [[615|lc a mo2017-05]] lượt công nhân.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 18 tập thể và 26 cá nhân có thành tích xuất sắc. Đồng chí Phan Văn Tám, Phó Chủ tịch LĐLĐ tỉnh đề nghị trong tháng 6, các cấp công đoàn tiếp tục tổ chức [[12|tr t mo2017-06 n=planned activity for June (rule 4)]] lớp tập huấn về an toàn, vệ sinh lao động.

Tấn Đạt

Số lần xem: 1.247
"""))

# aw04 baotayninh-like, Tây Ninh, year 2014 report with numbered list
ARTS.append(('aw04', 'http://baotayninh.vn/thoi-su-chinh-tri/cong-doan-tay-ninh-vuot-cac-chi-tieu-nam-2014-a87123.html',
             '2014-12-26', 'Tây Ninh', """Công đoàn Tây Ninh vượt các chỉ tiêu năm 2014

Cập nhật ngày: 26/12/2014 - 10:42

BTN - Ngày 25.12, Liên đoàn Lao động (LĐLĐ) tỉnh Tây Ninh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2014, triển khai phương hướng nhiệm vụ năm 2015. Dự hội nghị có 160 đại biểu.

Năm 2014, các cấp công đoàn trong tỉnh đạt và vượt hầu hết các chỉ tiêu Đại hội lần thứ X giao, cụ thể như sau:

1. Thành lập mới [[38|un a y2014 n=list under the year heading takes its period (rule 8)]] CĐCS (đạt [[126,7%|un p y2014]] chỉ tiêu), kết nạp [[9.642|mn a y2014]] đoàn viên (đạt [[120,5%|mn p y2014 n=attainment of the indicator attained (rule 4)]]).

2. Giải thể [[11|ud a y2014]] CĐCS do doanh nghiệp ngừng hoạt động, giảm [[2.310|ml a y2014]] đoàn viên; tăng tuyệt đối [[7.332|mnet a y2014]] đoàn viên so với cuối năm 2013.

3. Thương lượng, ký kết mới [[42|ca a y2014]] bản thỏa ước lao động tập thể; [[96|wkc a y2014]] doanh nghiệp tổ chức hội nghị người lao động.

4. Tổ chức [[64|tr a y2014]] lớp tập huấn cho [[5.120|te a y2014]] lượt cán bộ công đoàn cơ sở.

Hiện toàn tỉnh có [[812|ut a pub n=stock dated at publication (rule 7)]] CĐCS với [[96.450|mt a pub]] đoàn viên.

Năm 2015, LĐLĐ tỉnh phấn đấu thành lập mới [[30|un t y2015]] CĐCS, kết nạp [[8.000|mn t y2015]] đoàn viên; 100% CĐCS ở doanh nghiệp có từ 30 lao động trở lên tổ chức hội nghị người lao động.

Dịp này, 12 tập thể và 20 cá nhân được nhận bằng khen của Tổng LĐLĐ Việt Nam.

Minh Thư
"""))

# aw05 baobinhphuoc-like, Bình Phước, Mái ấm Công đoàn 2022
ARTS.append(('aw05', 'https://baobinhphuoc.com.vn/news/4/124518/ban-giao-nha-mai-am-cong-doan-cho-doan-vien-kho-khan',
             '2022-08-18', 'Bình Phước', """Bàn giao nhà Mái ấm Công đoàn cho đoàn viên khó khăn

Thứ Năm, 18/08/2022 | 14:05

(BP) - Ngày 17-8, Liên đoàn Lao động (LĐLĐ) tỉnh phối hợp với Công đoàn ngành Giáo dục tỉnh bàn giao nhà Mái ấm Công đoàn cho cô Lê Thị Hằng, giáo viên Trường tiểu học Minh Hưng B, thị xã Chơn Thành. Căn nhà được xây dựng với tổng kinh phí 120 triệu đồng, trong đó Quỹ Xã hội công đoàn hỗ trợ theo mức 50 triệu đồng/căn.

Từ đầu năm 2022 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa [[23|sh a 2022-01-01..2022-08-18 n=từ đầu năm 2022 đến nay -> 1 Jan to publication (records.md Periods)]] nhà Mái ấm Công đoàn với tổng số tiền [[1,15 tỷ|shf a 2022-01-01..2022-08-18]] đồng. Trong đó, [[15|sh a 2022-01-01..2022-08-18 s=xây mới n=breakdown (rule 6)]] căn xây mới, [[8|sh a 2022-01-01..2022-08-18 s=sửa chữa]] căn sửa chữa. Mức hỗ trợ xây mới mỗi căn 50 triệu đồng, sửa chữa 30 triệu đồng. Năm 2022, LĐLĐ tỉnh phấn đấu hỗ trợ xây mới, sửa chữa [[30|sh t y2022]] căn.

Giai đoạn 2017-2021, các cấp công đoàn tỉnh Bình Phước đã hỗ trợ xây mới, sửa chữa [[146|sh a t2017-2021]] nhà Mái ấm Công đoàn với tổng kinh phí [[6,8 tỷ|shf a t2017-2021]] đồng.

Đại diện LĐLĐ tỉnh trao quyết định bàn giao nhà cho cô Lê Thị Hằng
Đại diện LĐLĐ tỉnh trao quyết định bàn giao nhà cho cô Lê Thị Hằng

Thanh Trà

Lượt xem: 856
Đang truy cập: 112
"""))
