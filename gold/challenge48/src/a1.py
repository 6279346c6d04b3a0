"""challenge48 articles ca01-ca05."""
ARTS = []

ARTS.append(('ca01', 'https://baolangson.vn/lao-dong-viec-lam/nam-2019-ket-nap-3126-doan-vien-cong-doan-4418920.html',
             '2019-12-20', 'Lạng Sơn', """Lạng Sơn: Năm 2019 kết nạp [[3.126|mn a 2019-01-01..2019-12-15 n=headline repeat of the body figure takes its period (rule 1)]] đoàn viên công đoàn

Thứ Sáu, 20/12/2019 | 08:40

Lượt xem: 1.126

(LSO) – Năm 2019, Liên đoàn Lao động (LĐLĐ) tỉnh đã chỉ đạo các cấp công đoàn tập trung phát triển đoàn viên, thành lập công đoàn cơ sở (CĐCS) ở khu vực doanh nghiệp ngoài nhà nước, gắn với chăm lo lợi ích thiết thực cho người lao động.

Theo báo cáo của LĐLĐ tỉnh, từ đầu năm đến ngày 15/12/2019, các cấp công đoàn trong tỉnh đã kết nạp [[3.126|mn a 2019-01-01..2019-12-15 n=từ đầu năm đến ngày 15/12/2019 gives the span (records.md periods)]] đoàn viên, đạt [[108,5%|mn p 2019-01-01..2019-12-15]] kế hoạch năm; thành lập mới [[27|un a 2019-01-01..2019-12-15]] CĐCS, trong đó [[19|un a 2019-01-01..2019-12-15 s=khu vực ngoài nhà nước n=breakdown (rule 6)]] CĐCS thuộc khu vực ngoài nhà nước. Hiện toàn tỉnh có [[612|ut a pub]] CĐCS với [[31.870|mt a pub]] đoàn viên; 100% CĐCS khu vực hành chính sự nghiệp duy trì sinh hoạt định kỳ.

Cùng với đó, LĐLĐ tỉnh phối hợp với các sở, ngành tổ chức [[14|sv a 2019-01-01..2019-12-15]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp; Văn phòng tư vấn pháp luật tư vấn cho [[1.240|lc a 2019-01-01..2019-12-15]] lượt người lao động về tiền lương, bảo hiểm xã hội, hợp đồng lao động.

Ông Hoàng Văn Thắng, Phó Chủ tịch LĐLĐ tỉnh cho biết: Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp [[2.500|mn t y2020]] đoàn viên, thành lập [[20|un t y2020]] CĐCS; tiếp tục đẩy mạnh tuyên truyền Bộ luật Lao động năm 2019 đến người lao động.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác phát triển đoàn viên.

MINH ANH

Tin liên quan
- LĐLĐ huyện Cao Lộc trao 50 suất quà cho công nhân khó khăn
- Hơn 200 đoàn viên tham gia hội thao chào mừng Ngày thành lập Công đoàn Việt Nam"""))

ARTS.append(('ca02', 'http://baosoctrang.org.vn/lao-dong-viec-lam/201805/hon-1700-luot-cong-nhan-duoc-tham-tang-qua-trong-thang-cong-nhan-3c91f2a/',
             '2018-05-28', 'Sóc Trăng', """Hơn [[1.700|ben a mo2018-05 b=o n=rounded headline repeat of 1.742 keeps its own bound (rules 1, 5)]] lượt công nhân được thăm, tặng quà trong Tháng Công nhân

Cập nhật lúc 10:15, Thứ Hai, 28/05/2018 (GMT+7)

Ngày 27/5, Liên đoàn Lao động tỉnh Sóc Trăng tổ chức sơ kết Tháng Công nhân năm 2018 với chủ đề "Công đoàn đồng hành cùng người lao động".

Theo báo cáo, Tháng Công nhân năm 2018 được triển khai tại [[386|wmu a mo2018-05]] công đoàn cơ sở trong toàn tỉnh. Các cấp công đoàn đã thăm, tặng [[1.742|ben a mo2018-05 n=gift packages count as beneficiaries (rule 9)]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn, tổng trị giá [[521 triệu|sf a mo2018-05]] đồng; mỗi suất quà trị giá từ 200.000 đến 500.000 đồng.

Trong tháng, LĐLĐ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức đối thoại tại [[12|wd a mo2018-05]] doanh nghiệp; các công đoàn cơ sở tuyên truyền pháp luật lao động cho hơn [[5.300|te a mo2018-05 b=o]] lượt công nhân lao động. Nhân dịp này, LĐLĐ tỉnh bàn giao [[2|sh a mo2018-05]] căn nhà Mái ấm Công đoàn cho đoàn viên ở huyện Mỹ Xuyên và thị xã Vĩnh Châu, mỗi căn được hỗ trợ 40 triệu đồng.

Các hoạt động văn hóa, thể thao trong Tháng Công nhân đã thu hút hơn 12.000 lượt đoàn viên tham gia.

Thanh Tâm

Số lần đọc: 2.340"""))

ARTS.append(('ca03', 'https://nld.com.vn/cong-doan/dong-nai-cham-lo-tet-cho-hon-120000-cong-nhan-20230116201532118.htm',
             '2023-01-16', 'Đồng Nai', """Đồng Nai: Chăm lo Tết cho hơn [[120.000|ben a y2023 b=o n=rounded headline repeat of 123.450 (rule 1); Tết Quý Mão 2023 -> year 2023]] công nhân

16-01-2023 - 20:15 | Công đoàn

NLĐO - Các cấp Công đoàn tỉnh Đồng Nai đã chi hơn [[46,2 tỉ|sf a y2023 b=o]] đồng chăm lo Tết Quý Mão cho đoàn viên, người lao động

Ngày 16-1, LĐLĐ tỉnh Đồng Nai cho biết dịp Tết Nguyên đán Quý Mão 2023, các cấp Công đoàn trong tỉnh đã chăm lo cho [[123.450|ben a y2023]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[46,2 tỉ|sf a y2023 b=o]] đồng. Trong đó, Công đoàn các KCN Đồng Nai chăm lo [[58.200|ben a y2023 s=Công đoàn các KCN n=industrial-zone union gives its province with a scope (rule 10)]] lượt với kinh phí [[19,7 tỉ|sf a y2023 s=Công đoàn các KCN]] đồng.

Bên cạnh quà Tết, Công đoàn tỉnh còn tặng [[2.350|ben a y2023 n=tickets given to members count as beneficiaries (rule 9)]] vé xe, vé tàu cho công nhân về quê đón Tết; mỗi phần quà trị giá 500.000 đồng.

Chương trình "Chợ Tết Công đoàn" tổ chức tại TP Biên Hòa và huyện Trảng Bom đã phát 3.500 phiếu mua hàng 0 đồng cho công nhân có hoàn cảnh khó khăn.

Theo bà Nguyễn Thị Như Ý, Chủ tịch LĐLĐ tỉnh, năm 2023 các cấp Công đoàn Đồng Nai đặt mục tiêu kết nạp [[25.000|mn t y2023]] đoàn viên và thành lập [[70|un t y2023]] công đoàn cơ sở.

Đồng Nai: Chăm lo Tết cho công nhân - Ảnh 1.
Lãnh đạo LĐLĐ tỉnh Đồng Nai trao quà Tết cho công nhân Công ty TNHH Changshin Việt Nam

Hoàng Phương

TIN LIÊN QUAN
Bình Dương: 1.200 công nhân nhận vé xe về quê
Long An trao 3.000 phần quà cho công nhân"""))

ARTS.append(('ca04', 'https://laodong.vn/cong-doan/kon-tum-17-doan-vien-co-nha-mai-am-cong-doan-trong-nam-2020-876251.ldo',
             None, 'Kon Tum', """Kon Tum: [[17|sh a y2020 n=headline repeat takes the body's period (rule 1)]] đoàn viên có nhà Mái ấm Công đoàn trong năm 2020

Lãnh đạo LĐLĐ tỉnh Kon Tum trao nhà Mái ấm Công đoàn cho đoàn viên tại huyện Đắk Hà. Ảnh: T.T

Thanh Tuấn |

Năm 2020, Liên đoàn Lao động tỉnh Kon Tum đã hỗ trợ xây mới và sửa chữa [[17|sh a y2020]] nhà Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn về nhà ở, trong đó xây mới [[12|sh a y2020 s=xây mới n=breakdown (rule 6)]] nhà, sửa chữa [[5|sh a y2020 s=sửa chữa]] nhà, với tổng số tiền [[680 triệu|shf a y2020]] đồng. Mỗi nhà xây mới được hỗ trợ 50 triệu đồng, nhà sửa chữa được hỗ trợ 20 triệu đồng.

Chị Y Hoa, giáo viên Trường Mầm non Hoa Sen (huyện Kon Plông) xúc động khi nhận ngôi nhà mới rộng 60m2.

Giai đoạn 2015 - 2020, các cấp công đoàn tỉnh Kon Tum đã hỗ trợ xây dựng, sửa chữa [[136|sh a t2015-2020]] nhà Mái ấm Công đoàn với tổng kinh phí hơn [[5,4 tỉ|shf a t2015-2020 b=o]] đồng.

Cũng trong năm 2020, Văn phòng tư vấn pháp luật LĐLĐ tỉnh đã tư vấn cho [[326|lc a y2020]] lượt đoàn viên, người lao động.

Năm 2021, LĐLĐ tỉnh Kon Tum phấn đấu hỗ trợ xây mới, sửa chữa [[15|sh t y2021]] nhà Mái ấm Công đoàn.

Bình luận (0)"""))

ARTS.append(('ca05', 'http://baodongkhoi.vn/6-thang-dau-nam-ket-nap-1256-doan-vien-cong-doan-08072021-a87214.html',
             '2021-07-08', 'Bến Tre', """6 tháng đầu năm, kết nạp [[1.256|mn a h1-2021 n=headline repeat (rule 1)]] đoàn viên công đoàn

Cập nhật ngày: 08/07/2021 - 09:12

(ĐK) - 6 tháng đầu năm, Liên đoàn Lao động (LĐLĐ) tỉnh Bến Tre đã chỉ đạo các cấp công đoàn vừa chăm lo cho người lao động bị ảnh hưởng bởi dịch bệnh, vừa phát triển đoàn viên, thành lập công đoàn cơ sở.

Theo đó, các cấp công đoàn đã kết nạp [[1.256|mn a h1-2021 n=6 tháng đầu năm with no year takes the publication year (rule 8)]] đoàn viên, đạt [[41,9%|mn p h1-2021 n=part-way attainment of the year plan takes the reporting period]] kế hoạch năm; thành lập [[9|un a h1-2021]] công đoàn cơ sở.

Ve cong tac cham lo, trong 6 thang, cac cap cong doan da tham, tang qua cho [[3.418|ben a h1-2021]] luot doan vien, nguoi lao dong bi anh huong boi dich Covid-19 voi tong so tien hon [[1,2 ty|sf a h1-2021 b=o v=1200000000 n=stripped-diacritics paragraph, ty = tỷ (rule 3)]] dong; ho tro xay moi [[3|sh a h1-2021]] nha Mai am Cong doan, moi can 50 trieu dong.

LĐLĐ tỉnh đã tổ chức [[6|tr a h1-2021]] lớp tập huấn nghiệp vụ cho [[480|te a h1-2021]] cán bộ công đoàn cơ sở; tham gia [[5|sv a h1-2021]] đoàn kiểm tra, giám sát liên ngành về an toàn, vệ sinh lao động.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[1.800|mn t h2-2021]] đoàn viên, thành lập [[10|un t h2-2021]] công đoàn cơ sở.

Thanh Hà"""))
