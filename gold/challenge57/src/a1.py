"""challenge57 articles cj01-cj05 (status, targets and progress)."""

ARTS = []

# cj01: Bắc Ninh, January 2014: results of 2013 beside the targets of 2014
ARTS.append(('cj01', 'http://baobacninh.com.vn/news/-/details/20182/ldld-tinh-phan-dau-ket-nap-7-000-doan-vien-trong-nam-2014',
             '2014-01-16', 'Bắc Ninh', """Trang chủ > Xã hội > Lao động - Việc làm

LĐLĐ tỉnh phấn đấu kết nạp [[7.000|mn t y2014 n=headline repeat of the 2014 target stated in the body (gold README 1)]] đoàn viên trong năm 2014

Cập nhật: 16/01/2014 08:45

(BBN) - Ngày 15/1, Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Ninh tổ chức hội nghị tổng kết công tác công đoàn năm 2013, triển khai nhiệm vụ năm 2014.

Năm qua, các cấp công đoàn trong tỉnh đã kết nạp mới [[8.420|mn a y2013 n=năm qua in a January page -> the previous year (records.md periods)]] đoàn viên, đạt [[120,3%|mn p y2013]] kế hoạch; thành lập mới [[46|un a y2013]] CĐCS, vượt [[15%|un p y2013 v=115 n=vượt 15% chỉ tiêu -> 115, bound exact as the vượt is part of the conversion (records.md status, gold README 3)]] chỉ tiêu được giao. Hiện toàn tỉnh có [[187.530|mt a pub]] đoàn viên, sinh hoạt tại [[1.126|ut a pub]] CĐCS, trong đó khu vực ngoài nhà nước có [[512|ut a pub s=khu vực ngoài nhà nước]] CĐCS.

Các cấp công đoàn đã phối hợp với người sử dụng lao động tổ chức [[410|wkc a y2013]] hội nghị người lao động; ký mới [[68|ca a y2013]] bản thỏa ước lao động tập thể. Dịp Tết Nguyên đán và Tháng Công nhân, công đoàn các cấp đã thăm hỏi, tặng quà cho hơn [[21.000|ben a y2013 b=o]] lượt đoàn viên, người lao động với tổng số tiền trên [[6,2 tỷ|sf a y2013 b=o]] đồng.

Năm 2014, LĐLĐ tỉnh đề ra chỉ tiêu: kết nạp mới [[7.000|mn t y2014]] đoàn viên, thành lập mới [[40|un t y2014]] CĐCS; phấn đấu 70% doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể; giới thiệu [[600|pr t y2014]] đoàn viên ưu tú cho Đảng xem xét kết nạp. Tại hội nghị, LĐLĐ tỉnh đã giao chỉ tiêu phát triển đoàn viên cho 8 LĐLĐ huyện, thị xã, thành phố và 3 công đoàn ngành.

Dịp này, 25 tập thể và 40 cá nhân được LĐLĐ tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào CNVCLĐ và hoạt động công đoàn năm 2013.

Hoàng Anh

Lượt xem: 1.093
"""))

# cj02: Thừa Thiên Huế, July 2016: half-year progress against the year plan, same period of last year
ARTS.append(('cj02', 'https://nld.com.vn/cong-doan/thua-thien-hue-ket-nap-hon-2100-doan-vien-trong-6-thang-20160720211512345.htm',
             '2016-07-20', 'Thừa Thiên Huế', """Thừa Thiên - Huế: Kết nạp hơn [[2.100|mn a h1-2016 b=o n=rounded headline repeat of 2.140, keeps its own bound word (gold README 1, 5)]] đoàn viên trong 6 tháng

20-07-2016 - 21:15 PM | Công đoàn

(NLĐO) - Theo LĐLĐ tỉnh Thừa Thiên - Huế, 6 tháng đầu năm 2016, các cấp công đoàn trong tỉnh đã kết nạp [[2.140|mn a h1-2016]] đoàn viên, đạt [[53,5%|mn p h1-2016 n=part-way attainment takes the reporting period (gold README 4)]] kế hoạch năm; thành lập [[18|un a h1-2016]] CĐCS, mới đạt [[36%|un p h1-2016 n=mới đạt N% chỉ tiêu is an attainment (records.md status)]] chỉ tiêu.

So với cùng kỳ năm 2015 ([[1.870|mn a h1-2015 n=cùng kỳ năm 2015 in a half-year report -> first half of 2015 (records.md periods)]] đoàn viên, [[22|un a h1-2015]] CĐCS), số đoàn viên kết nạp tăng 270 người nhưng số CĐCS thành lập mới lại giảm. Nguyên nhân là phần lớn doanh nghiệp mới đăng ký trên địa bàn có quy mô nhỏ, dưới 10 lao động, chủ doanh nghiệp chưa tạo điều kiện cho NLĐ tham gia công đoàn.

Cũng trong 6 tháng, công đoàn các cấp đã tư vấn pháp luật cho [[1.215|lc a h1-2016]] lượt đoàn viên, NLĐ; phối hợp tổ chức [[27|sv a h1-2016]] cuộc giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp; [[96|wd a h1-2016]] doanh nghiệp đã tổ chức đối thoại định kỳ tại nơi làm việc.

Theo kế hoạch năm 2016, LĐLĐ tỉnh phấn đấu kết nạp [[4.000|mn t y2016]] đoàn viên và thành lập [[50|un t y2016]] CĐCS. Để hoàn thành chỉ tiêu, từ nay đến cuối năm, LĐLĐ tỉnh sẽ tập trung vận động NLĐ tại các KCN Phú Bài, Phong Điền, La Sơn và các doanh nghiệp ngoài nhà nước, phấn đấu 6 tháng cuối năm kết nạp thêm ít nhất [[1.860|mn t l6-2016 b=o n=ít nhất -> over (gold README 5); 6 tháng cuối năm -> July to December]] đoàn viên.

Ông Nguyễn Văn Thành, Phó Chủ tịch LĐLĐ tỉnh, cho biết sẽ giao chỉ tiêu cụ thể đến từng công đoàn cấp trên cơ sở và đưa kết quả phát triển đoàn viên vào tiêu chí xét thi đua cuối năm.

HỮU TÂM
"""))

# cj03: Đà Nẵng, January 2019: Tết campaign launched with targets and first results, last year's Tết beside
ARTS.append(('cj03', 'https://baodanang.vn/channel/5404/201901/du-kien-cham-lo-tet-cho-hon-25000-doan-vien-nguoi-lao-dong-3178642/',
             '2019-01-08', 'Đà Nẵng', """Thứ Ba, 08/01/2019, 07:40 [GMT+7]

Dự kiến chăm lo Tết cho hơn [[25.000|ben t y2019 b=o n=headline repeat of the planned 25.000; dự kiến -> target (gold README 4); Tết Kỷ Hợi 2019 -> 2019]] đoàn viên, người lao động

Năm nay, LĐLĐ thành phố Đà Nẵng dự kiến chăm lo Tết Kỷ Hợi 2019 cho hơn [[25.000|ben t y2019 b=o n=dự kiến -> target (gold README 4); Tết Kỷ Hợi 2019 -> the year 2019]] lượt đoàn viên, người lao động với tổng kinh phí khoảng [[12 tỷ|sf t y2019 b=a]] đồng, từ nguồn tài chính công đoàn, vận động doanh nghiệp và các nhà hảo tâm.

Theo kế hoạch, LĐLĐ thành phố sẽ tổ chức chương trình "Tết Sum vầy" tại KCN Hòa Khánh, trao [[1.000|ben t y2019 n=planned tickets given to workers -> beneficiaries target (gold README 4, 9)]] vé xe miễn phí cho công nhân về quê đón Tết. Mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm.

Tính đến ngày 7/1, các cấp công đoàn đã trao [[6.300|ben a y2019 n=early result of the Tết 2019 campaign -> the Tết year (gold README 8, challenge42 convention)]] suất quà với số tiền [[3,15 tỷ|sf a y2019]] đồng, trong đó Công đoàn các KCN và Chế xuất Đà Nẵng trao [[2.100|ben a y2019 s=Công đoàn các KCN và Chế xuất Đà Nẵng n=breakdown with scope (gold README 6)]] suất.

Tết Mậu Tuất 2018, các cấp công đoàn thành phố đã chăm lo cho [[22.640|ben a y2018]] lượt đoàn viên, NLĐ với tổng kinh phí [[10,8 tỷ|sf a y2018]] đồng.

Trong thời gian tới, LĐLĐ thành phố sẽ tiếp tục rà soát, nắm bắt hoàn cảnh của đoàn viên; dự kiến hỗ trợ thêm [[50|ben t y2019 n=sẽ ... dự kiến hỗ trợ thêm -> target of the Tết 2019 campaign (gold README 4, 8)]] trường hợp đặc biệt khó khăn, mỗi trường hợp 2 triệu đồng.

HOÀNG HIỆP
"""))

# cj04: Sơn La, undated: congress with last-term results beside the new term's targets
ARTS.append(('cj04', 'http://congdoansonla.org.vn/tin-tuc/dai-hoi-cong-doan-tinh-son-la-lan-thu-xv-nhiem-ky-2023-2028-1276.html',
             None, 'Sơn La', """Đại hội Công đoàn tỉnh Sơn La lần thứ XV, nhiệm kỳ 2023-2028

Trong 2 ngày 19-20/7, Liên đoàn Lao động tỉnh Sơn La tổ chức Đại hội Công đoàn tỉnh lần thứ XV, nhiệm kỳ 2023-2028. Dự Đại hội có 280 đại biểu chính thức đại diện cho đoàn viên, CNVCLĐ các dân tộc trong tỉnh.

Báo cáo tại Đại hội cho thấy, nhiệm kỳ 2018-2023, các cấp công đoàn trong tỉnh đã kết nạp mới [[9.860|mn a t2018-2023]] đoàn viên, đạt [[123,3%|mn p t2018-2023]] chỉ tiêu Nghị quyết đề ra; thành lập mới [[78|un a t2018-2023]] CĐCS (đạt [[111,4%|un p t2018-2023]]). Công đoàn các cấp đã giới thiệu [[2.350|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng, trong đó [[1.412|pa a t2018-2023]] đồng chí đã được kết nạp Đảng; phối hợp xây dựng mới, sửa chữa [[96|sh a t2018-2023]] nhà "Mái ấm Công đoàn" với tổng kinh phí trên [[4,8 tỷ|shf a t2018-2023 b=o]] đồng. Hiện toàn tỉnh có [[1.148|ut a null n=stock in an undated page -> null period (records.md, gold README 7)]] CĐCS với [[62.430|mt a null n=stock in an undated page -> null period (gold README 7)]] đoàn viên.

Nhiệm kỳ 2023-2028, Đại hội đề ra 14 chỉ tiêu, trong đó: kết nạp mới [[8.000|mn t t2023-2028 n=term target, list under the term heading (gold README 8)]] đoàn viên; thành lập mới [[60|un t t2023-2028]] CĐCS; giới thiệu ít nhất [[2.000|pr t t2023-2028 b=o]] đoàn viên ưu tú cho Đảng xem xét kết nạp; xây dựng, sửa chữa [[100|sh t t2023-2028]] nhà "Mái ấm Công đoàn"; 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Đại hội đã bầu 35 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XV và bầu 15 đại biểu đi dự Đại hội XIII Công đoàn Việt Nam.

Ban Tuyên giáo - Nữ công
"""))

# cj05: Thanh Hóa, October 2020: nine months against the year plan, Q4 plan
ARTS.append(('cj05', 'https://baothanhhoa.vn/lao-dong-viec-lam/9-thang-nam-2020-ldld-tinh-ket-nap-11260-doan-vien-129812.htm',
             '2020-10-14', 'Thanh Hóa', """9 tháng năm 2020, LĐLĐ tỉnh kết nạp [[11.260|mn a f9-2020 n=headline repeat of the body figure (gold README 1)]] đoàn viên

Cập nhật: 08:20, 14/10/2020 (GMT+7)

(Baothanhhoa.vn) - Mặc dù chịu ảnh hưởng của dịch COVID-19, 9 tháng năm 2020, các cấp công đoàn tỉnh Thanh Hóa đã kết nạp [[11.260|mn a f9-2020]] đoàn viên, đạt [[75,1%|mn p f9-2020 n=part-way attainment takes the reporting period (gold README 4)]] kế hoạch năm; thành lập [[92|un a f9-2020]] CĐCS, đạt [[102,2%|un p f9-2020]] kế hoạch. So với cùng kỳ năm 2019, số đoàn viên kết nạp tăng 1.034 người.

Cùng với công tác phát triển đoàn viên, các cấp công đoàn đã hỗ trợ [[8.946|ben a f9-2020]] đoàn viên, NLĐ bị ảnh hưởng bởi dịch COVID-19 với tổng số tiền [[4,37 tỷ|sf a f9-2020]] đồng; [[1.540|oc a y2020 n=the sentence names its own năm 2020 (the conferences of the year 2020), which wins over the 9-month heading (records.md periods: the sentence first)]] cơ quan, đơn vị đã tổ chức hội nghị cán bộ, công chức, viên chức năm 2020.

Chỉ tiêu năm 2020 LĐLĐ tỉnh giao là kết nạp [[15.000|mn t y2020]] đoàn viên, thành lập [[90|un t y2020]] CĐCS. Để về đích, trong quý IV, LĐLĐ tỉnh tiếp tục chỉ đạo LĐLĐ các huyện, thị xã, thành phố rà soát, phấn đấu kết nạp thêm khoảng [[3.800|mn t q4-2020 b=a]] đoàn viên, tập trung tại 27 doanh nghiệp FDI chưa có tổ chức công đoàn ở KKT Nghi Sơn và các KCN.

Ông Võ Mạnh Sơn, Chủ tịch LĐLĐ tỉnh cho biết, các CĐCS mới thành lập sẽ được hướng dẫn xây dựng quy chế hoạt động, tổ chức đại hội nhiệm kỳ đầu trong vòng 3 tháng.

Minh Hằng

Tin liên quan:
- Trao 120 suất quà cho công nhân KCN Lễ Môn
- Ngọc Lặc: Thành lập Công đoàn cơ sở Công ty may Hòa Thịnh
"""))
