"""at01-at05."""
ARTS = []

ARTS.append(('at01', 'https://baobacgiang.vn/bg/lao-dong-viec-lam/318042/uy-ban-kiem-tra-cong-doan-cac-cap-kiem-tra-tai-chinh-38-don-vi.html',
             '2019-07-16', 'Bắc Giang', """Trang chủ | Chính trị | Kinh tế | Xã hội | Lao động - Việc làm | Văn hóa | Thể thao

Ủy ban Kiểm tra công đoàn các cấp kiểm tra tài chính [[38|fi a h1-2019 n=headline repeat of the body figure, takes its period (gold README 1)]] đơn vị

Thứ Ba, 16/07/2019 | 08:15 GMT+7

(BGĐT) - Sáng 15/7, Ủy ban Kiểm tra (UBKT) Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm.

Theo báo cáo, 6 tháng đầu năm, UBKT công đoàn các cấp đã tiến hành kiểm tra tài chính tại [[38|fi a h1-2019]] đơn vị, đạt [[54,3%|fi p h1-2019 n=part-way attainment after six months takes the reporting period (gold README 4, 8)]] kế hoạch năm. Trong đó, UBKT LĐLĐ tỉnh trực tiếp kiểm tra [[6|fi a h1-2019 s=UBKT LĐLĐ tỉnh n=breakdown by level (gold README 6)]] công đoàn cấp trên trực tiếp cơ sở; UBKT các LĐLĐ huyện, thành phố và công đoàn ngành kiểm tra [[32|fi a h1-2019 s=UBKT các LĐLĐ huyện, thành phố và công đoàn ngành]] công đoàn cơ sở. Bên cạnh đó, các cấp công đoàn đã tổ chức [[21|sv a h1-2019 n=checks of compliance with the union charter are inspections held (supervisions)]] cuộc kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam và [[9|sv a h1-2019]] cuộc giám sát việc thực hiện quy chế dân chủ ở cơ sở.

Qua kiểm tra, UBKT các cấp đã kiến nghị các đơn vị khắc phục những hạn chế trong quản lý thu, chi tài chính, kiến nghị thu nộp về công đoàn cấp trên hơn 186 triệu đồng kinh phí công đoàn còn thiếu. UBKT LĐLĐ tỉnh tiếp nhận và giải quyết 4 đơn thư đúng thời hạn quy định.

Về công tác đào tạo, UBKT LĐLĐ tỉnh đã mở [[2|tr a h1-2019]] lớp tập huấn nghiệp vụ cho [[215|te a h1-2019]] ủy viên UBKT công đoàn cơ sở mới được bầu bổ sung.

6 tháng cuối năm, UBKT công đoàn các cấp phấn đấu kiểm tra tài chính ít nhất [[32|fi t l6-2019 b=o n=ít nhất -> over (gold README 5); planned for the second half]] đơn vị để hoàn thành chỉ tiêu [[70|fi t y2019 n=year plan (gold README 8: chỉ tiêu cả năm)]] cuộc kiểm tra tài chính của năm 2019; đồng thời tập trung kiểm tra việc thu, nộp kinh phí tại các doanh nghiệp có từ 300 lao động trở lên.

Dịp này, 3 tập thể và 5 cá nhân được LĐLĐ tỉnh tặng giấy khen vì có thành tích xuất sắc trong công tác kiểm tra.

Nguyễn Thủy

Lượt xem: 1.027

Tin liên quan
- Bắc Giang: 1.350 cán bộ công đoàn cơ sở được bồi dưỡng nghiệp vụ (11/07/2019)
- Công đoàn các KCN hỗ trợ 42 công nhân bị tai nạn lao động (05/07/2019)
"""))

ARTS.append(('at02', 'https://baoquangninh.vn/phat-dong-thang-hanh-dong-ve-an-toan-ve-sinh-lao-dong-nam-2021-2539210.html',
             '2021-05-06', 'Quảng Ninh', """Phát động Tháng hành động về an toàn, vệ sinh lao động năm 2021

06/05/2021 09:40

Sáng 5/5, tại TP Cẩm Phả, Liên đoàn Lao động (LĐLĐ) tỉnh Quảng Ninh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức lễ phát động Tháng hành động về an toàn, vệ sinh lao động (ATVSLĐ) năm 2021 với chủ đề “Tăng cường đối thoại về an toàn, vệ sinh lao động trong chuỗi cung ứng”.

Lễ phát động Tháng hành động về ATVSLĐ năm 2021 thu hút hơn 600 công nhân, người lao động ngành Than tham dự.
Lễ phát động Tháng hành động về ATVSLĐ năm 2021 thu hút hơn 600 công nhân, người lao động ngành Than tham dự.

Theo báo cáo, năm 2020 trên địa bàn tỉnh xảy ra 19 vụ tai nạn lao động làm 21 người chết. Các cấp công đoàn đã phối hợp với cơ quan chức năng tổ chức [[148|sv a y2020]] cuộc kiểm tra công tác ATVSLĐ tại doanh nghiệp; mạng lưới an toàn, vệ sinh viên trên địa bàn tỉnh hiện có khoảng 9.700 người.

Trong Tháng hành động năm nay, các cấp công đoàn phấn đấu tuyên truyền về ATVSLĐ cho [[50.000|te t mo2021-05 n=planned figures of the Tháng hành động -> target, May 2021 (gold README 4, 8)]] lượt đoàn viên, người lao động; tổ chức [[25|tr t mo2021-05]] lớp tập huấn nghiệp vụ cho an toàn, vệ sinh viên và cán bộ công đoàn cơ sở; tham gia kiểm tra, giám sát việc thực hiện pháp luật về ATVSLĐ tại ít nhất [[60|sv t mo2021-05 b=o]] doanh nghiệp có nguy cơ cao.

Dịp này, LĐLĐ tỉnh đã thăm, tặng quà [[30|ben a mo2021-05 n=no period in the sentence; the nearest earlier period phrase is the Tháng hành động 2021 (records.md periods)]] công nhân bị tai nạn lao động, bệnh nghề nghiệp, mỗi suất quà 1 triệu đồng, tổng trị giá [[30 triệu|sf a mo2021-05]] đồng.

Tháng hành động về ATVSLĐ năm 2021 diễn ra từ ngày 1/5 đến 31/5 trên phạm vi toàn tỉnh.

Hoàng Nga

Bình luận (0)
"""))

ARTS.append(('at03', 'https://congdoantiengiang.org.vn/tin-tuc/trung-tam-tu-van-phap-luat-tu-van-cho-1246-luot-nguoi-lao-dong.html',
             None, 'Tiền Giang', """TRANG CHỦ | GIỚI THIỆU | TIN TỨC - SỰ KIỆN | CHÍNH SÁCH PHÁP LUẬT | VĂN BẢN | LIÊN HỆ

Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn cho [[1.246|lc a y2017 n=headline repeat of the body figure (gold README 1); undated page, period from the body's năm 2017]] lượt người lao động

Năm 2017, Trung tâm Tư vấn pháp luật Công đoàn tỉnh Tiền Giang đã tư vấn pháp luật cho [[1.246|lc a y2017]] lượt đoàn viên, người lao động, trong đó tư vấn trực tiếp [[517|lc a y2017 s=tư vấn trực tiếp]] lượt, qua điện thoại [[729|lc a y2017 s=qua điện thoại]] lượt. Nội dung tư vấn chủ yếu liên quan đến hợp đồng lao động, tiền lương, bảo hiểm xã hội, chế độ thai sản và chấm dứt hợp đồng lao động.

Trung tâm đã tham gia bảo vệ quyền lợi cho người lao động trong 9 vụ án lao động tại tòa án nhân dân các cấp, giúp người lao động nhận lại hơn 640 triệu đồng tiền lương, trợ cấp.

Phối hợp với Công đoàn các Khu công nghiệp tỉnh và LĐLĐ các huyện, thị, thành, trung tâm đã tổ chức [[14|tr a y2017 n=hội nghị tuyên truyền, phổ biến pháp luật are conferences held (trainings)]] hội nghị tuyên truyền, phổ biến pháp luật lao động cho hơn [[2.100|te a y2017 b=o]] lượt công nhân tại các khu công nghiệp Mỹ Tho, Tân Hương và Long Giang.

Năm 2018, trung tâm phấn đấu tư vấn pháp luật cho ít nhất [[1.500|lc t y2018 b=o]] lượt người lao động, chú trọng tư vấn lưu động tại các nhà trọ công nhân.

Đường dây nóng tư vấn pháp luật: 0273.3872.186 (trong giờ hành chính).

Tin, ảnh: Minh Trung

Các tin khác:
- Công đoàn ngành Giáo dục trao 120 suất quà cho giáo viên khó khăn
- LĐLĐ huyện Cái Bè tổ chức 3 lớp tập huấn nghiệp vụ công đoàn

Thống kê truy cập
Đang online: 37
Hôm nay: 1,204
Tổng lượt truy cập: 3,418,552
"""))

ARTS.append(('at04', 'https://baothuathienhue.vn/chinh-tri-xa-hoi/lao-dong/them-17-ban-nu-cong-quan-chung-tai-doanh-nghiep-a32514.html',
             '2016-10-19', 'Thừa Thiên Huế', """Thêm [[17|wc a 2016-01-01..2016-10-19 n=headline repeat of the body figure, takes its period (gold README 1)]] Ban nữ công quần chúng tại doanh nghiệp

Thứ Tư, 19/10/2016 08:30

(TTH) - Từ đầu năm 2016 đến nay, các cấp công đoàn tỉnh Thừa Thiên Huế đã thành lập mới [[17|wc a 2016-01-01..2016-10-19 n=từ đầu năm 2016 đến nay -> 1 Jan to publication (records.md)]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước có đông lao động nữ.

Theo Ban Nữ công LĐLĐ tỉnh, các Ban nữ công mới thành lập tập trung ở các doanh nghiệp may mặc, chế biến thủy sản tại KCN Phú Bài và KCN Phong Điền. Cũng trong thời gian này, Ban Nữ công LĐLĐ tỉnh phối hợp với LĐLĐ các huyện, thị xã, thành phố tổ chức [[12|tr a 2016-01-01..2016-10-19]] lớp tập huấn kỹ năng hoạt động nữ công cho [[860|te a 2016-01-01..2016-10-19]] cán bộ nữ công cơ sở.

Trong tháng 10/2016, nhân kỷ niệm 86 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2016), Ban Nữ công LĐLĐ tỉnh đã thăm, tặng [[320|ben a mo2016-10]] suất quà cho nữ đoàn viên có hoàn cảnh khó khăn, mỗi suất 300.000 đồng, tổng trị giá [[96 triệu|sf a mo2016-10]] đồng. Chương trình “Mẹ đỡ đầu” tiếp tục duy trì với 45 nữ cán bộ công đoàn nhận đỡ đầu 52 trẻ em mồ côi.

Thêm [[17|wc a 2016-01-01..2016-10-19 n=photo-title repeat of the body figure (gold README 1)]] Ban nữ công quần chúng tại doanh nghiệp - Ảnh 1
Lãnh đạo LĐLĐ tỉnh tặng quà cho nữ đoàn viên có hoàn cảnh khó khăn.

Năm 2017, Ban Nữ công LĐLĐ tỉnh đặt mục tiêu thành lập mới [[20|wc t y2017]] Ban nữ công quần chúng, phấn đấu 70% nữ đoàn viên được tuyên truyền về bình đẳng giới.

Thanh Hương
"""))

ARTS.append(('at05', 'https://baothanhhoa.vn/thoi-su/gan-4-920-doan-vien-cong-doan-duoc-ket-nap-dang-79841.htm',
             '2018-03-27', 'Thanh Hóa', """Gần [[4.920|pa a t2013-2017 b=u n=rounded headline repeat of the body 4.915 (gold README 1); gần -> under (gold README 5)]] đoàn viên công đoàn được kết nạp Đảng

Thứ ba, 27/03/2018 - 14:05

Chiều 26-3, Liên đoàn Lao động (LĐLĐ) tỉnh Thanh Hóa tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về công tác giới thiệu đoàn viên công đoàn ưu tú cho Đảng xem xét, kết nạp giai đoạn 2013-2017.

Giai đoạn 2013-2017, các cấp công đoàn trong tỉnh đã giới thiệu [[6.842|pr a t2013-2017]] đoàn viên ưu tú cho các tổ chức Đảng xem xét, bồi dưỡng; trong đó đã có [[4.915|pa a t2013-2017]] đoàn viên được kết nạp vào Đảng. Riêng khu vực doanh nghiệp ngoài nhà nước, công đoàn giới thiệu [[1.207|pr a t2013-2017 s=khu vực doanh nghiệp ngoài nhà nước]] đoàn viên, có [[538|pa a t2013-2017 s=khu vực doanh nghiệp ngoài nhà nước]] người được kết nạp.

Năm 2017, toàn tỉnh giới thiệu [[1.530|pr a y2017]] đoàn viên ưu tú cho Đảng, [[1.104|pa a y2017]] đoàn viên đã được kết nạp.

Gần [[4.920|pa a t2013-2017 b=u n=photo-title repeat, rounded, of the body 4.915 (gold README 1)]] đoàn viên công đoàn được kết nạp Đảng
Đồng chí Chủ tịch LĐLĐ tỉnh trao bằng khen cho các tập thể có thành tích trong công tác giới thiệu đoàn viên ưu tú cho Đảng.

Tuy nhiên, tỷ lệ đảng viên trong doanh nghiệp ngoài nhà nước còn thấp, nhiều doanh nghiệp có trên 1.000 lao động nhưng chưa có tổ chức đảng. Năm 2018, LĐLĐ tỉnh đề ra chỉ tiêu giới thiệu ít nhất [[1.600|pr t y2018 b=o]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Dịp này, 12 tập thể và 18 cá nhân được LĐLĐ tỉnh tặng bằng khen.

Lê Hợi

Ý kiến bạn đọc (0)
"""))
