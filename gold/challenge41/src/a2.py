"""au06-au10."""
ARTS = []

# au06 - provincial TV site, video player furniture, views, share
ARTS.append(('au06', 'https://truyenhinhnghean.vn/thoi-su-chinh-tri/202401/ldld-tinh-nghe-an-ket-nap-hon-11400-doan-vien-trong-nam-2023-d8a31c7/',
'2024-01-20', 'Nghệ An', """TRUYỀN HÌNH NGHỆ AN
Thời sự | Chính trị | Kinh tế | Xã hội | Video | Phát thanh

LĐLĐ tỉnh Nghệ An kết nạp hơn [[11.400|mn a y2023 b=o n=rule 1: headline repeat of 11.420]] đoàn viên trong năm 2023

20/01/2024 | 16:45 GMT+7  |  Lượt xem: 1.204

VIDEO: Toàn cảnh hội nghị tổng kết
00:00 / 02:31

(NTV) - Chiều 20/1, Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị tổng kết công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, các cấp công đoàn trong tỉnh đã kết nạp [[11.420|mn a y2023]] đoàn viên, đạt [[114,2%|mn p y2023]] kế hoạch; thành lập [[68|un a y2023]] CĐCS. Công tác giới thiệu đoàn viên ưu tú cho Đảng được chú trọng với [[1.024|pr a y2023]] người được giới thiệu, trong đó [[812|pa a y2023]] đoàn viên đã được kết nạp Đảng.

LĐLĐ tỉnh đã tổ chức [[146|tr a y2023]] lớp tập huấn nghiệp vụ cho hơn [[12.300|te a y2023 b=o]] lượt cán bộ công đoàn. Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ đạt 92%.

Năm 2024, LĐLĐ tỉnh Nghệ An đặt mục tiêu kết nạp [[10.000|mn t y2024]] đoàn viên, thành lập [[50|un t y2024]] CĐCS và giới thiệu [[1.000|pr t y2024]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Tại hội nghị, 40 tập thể và 52 cá nhân được Tổng LĐLĐ Việt Nam, UBND tỉnh tặng Bằng khen.

Thu Hà - Quang Minh

Chia sẻ: Facebook | Twitter | Copy link

Xem thêm
Nghệ An: 3.500 suất quà Tết cho công nhân khó khăn
Đón nhận Huân chương Lao động hạng Nhì
"""))

# au07 - provincial paper, undated excerpt, Mái ấm handover
ARTS.append(('au07', 'https://baodaknong.vn/ban-giao-nha-mai-am-cong-doan-cho-doan-vien-kho-khan-56120.html',
None, 'Đắk Nông', """Bàn giao nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn

Sáng 11/10, Liên đoàn Lao động tỉnh Đắk Nông tổ chức bàn giao [[2|sh a y2017 n=period from the sentence's Mái ấm Công đoàn năm 2017]] nhà "Mái ấm Công đoàn" năm 2017 cho đoàn viên có hoàn cảnh khó khăn tại huyện Đắk R'lấp.

Đại diện LĐLĐ tỉnh trao quyết định hỗ trợ và chìa khóa nhà cho gia đình chị Nguyễn Thị Hoa, giáo viên Trường Tiểu học Kiến Đức.

Tổng kinh phí hỗ trợ là [[100 triệu|shf a y2017]] đồng, mỗi căn 50 triệu đồng được trích từ Quỹ "Mái ấm Công đoàn" tỉnh; phần còn lại do gia đình đoàn viên tự đối ứng. Các căn nhà có diện tích 60m2, được xây dựng kiên cố.

Nhân dịp này, LĐLĐ tỉnh tặng [[20|ben a y2017 n=no own period phrase: the nearest earlier one (records.md), năm 2017 in the lead]] suất quà cho đoàn viên khó khăn tại huyện Đắk R'lấp, mỗi suất 500.000 đồng.

Năm 2017, toàn tỉnh đã hỗ trợ xây mới và sửa chữa [[27|sh a y2017]] nhà "Mái ấm Công đoàn" với tổng số tiền [[1,4 tỷ|shf a y2017]] đồng. Từ năm 2010 đến năm 2017, LĐLĐ tỉnh đã xây mới, sửa chữa [[186|sh a 2010-01-01..2017-12-31]] nhà cho đoàn viên, tổng kinh phí [[8,9 tỷ|shf a 2010-01-01..2017-12-31]] đồng.

Năm 2018, LĐLĐ tỉnh phấn đấu xây mới [[30|sh t y2018]] nhà "Mái ấm Công đoàn".

Thanh Nga
"""))

# au08 - provincial union portal after the 2025 merger (Cà Mau = Cà Mau + Bạc Liêu)
ARTS.append(('au08', 'https://congdoancamau.org.vn/tin-tuc/9-thang-nam-2025-ldld-tinh-ket-nap-6120-doan-vien-1248.html',
'2025-10-20', 'Cà Mau', """LIÊN ĐOÀN LAO ĐỘNG TỈNH CÀ MAU
Trang chủ | Tin tức | Hoạt động công đoàn | Pháp luật | Văn bản | Hỏi đáp
Trang chủ / Tin tức / Hoạt động công đoàn

9 tháng năm 2025: LĐLĐ tỉnh kết nạp [[6.120|mn a f9-2025 n=rule 1: headline repeat of the body figure]] đoàn viên

Ngày đăng: 20/10/2025 - 08:12 | Lượt xem: 236

Sau hợp nhất, Liên đoàn Lao động tỉnh Cà Mau tập trung chỉ đạo công tác phát triển đoàn viên, thành lập công đoàn cơ sở.

Theo báo cáo, 9 tháng đầu năm 2025, LĐLĐ tỉnh đã kết nạp [[6.120|mn a f9-2025 n=rule 10: the merged province's federation reports under its kept name Cà Mau]] đoàn viên, đạt [[76,5%|mn p f9-2025 n=part-way attainment takes the reporting period (9 months)]] chỉ tiêu năm; trong đó khu vực Bạc Liêu (cũ) kết nạp [[2.480|mn a f9-2025 r=Bạc Liêu s=khu vực Bạc Liêu (cũ) n=rule 10: khu vực X (cũ) -> the old province X, region_2025 Cà Mau]] đoàn viên. Toàn tỉnh thành lập mới [[31|un a f9-2025]] CĐCS. Hiện nay toàn tỉnh có [[1.564|ut a pub]] CĐCS với [[98.760|mt a pub]] đoàn viên.

Các cấp công đoàn đã cập nhật thông tin của [[96.300|rec a f9-2025]] đoàn viên lên phần mềm quản lý đoàn viên. LĐLĐ tỉnh ký kết [[12|wp a f9-2025]] thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên" với các doanh nghiệp, đơn vị, mức giảm giá từ 5% đến 15%.

Quý IV, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.880|mn t q4-2025 n=rule 8: year-less Quý IV takes the publication year]] đoàn viên, hoàn thành chỉ tiêu năm 2025.

Phương Thảo

Bài viết liên quan
- Công đoàn phường An Xuyên trao 80 suất quà cho NLĐ
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 2

Địa chỉ: Số 6 Lê Lợi, phường An Xuyên, tỉnh Cà Mau. Điện thoại: 0290.3831.256
"""))

# au09 - provincial paper, (BGĐT) code, update line, caption
ARTS.append(('au09', 'https://baobacgiang.vn/bg/xa-hoi/lao-dong-viec-lam/cong-doan-cac-kcn-thanh-lap-moi-9-cdcs-trong-quy-i-170215.bbg',
'2016-04-22', 'Bắc Giang', """Báo Bắc Giang  >  Xã hội  >  Lao động - Việc làm

Công đoàn các KCN: Thành lập mới [[9|un a q1-2016 s=Công đoàn các KCN n=rule 1: headline repeat; the KCN union gives its province with a scope]] công đoàn cơ sở trong quý I

Cập nhật: 09:21, 22/04/2016

(BGĐT) - Quý I/2016, Công đoàn các khu công nghiệp (KCN) tỉnh đã thành lập mới [[9|un a q1-2016 s=Công đoàn các KCN]] công đoàn cơ sở (CĐCS), kết nạp [[3.460|mn a q1-2016 s=Công đoàn các KCN]] đoàn viên.

Cũng trong quý I, có [[58/74|wkc a q1-2016 s=Công đoàn các KCN n=rule 3: x/y form]] doanh nghiệp tổ chức hội nghị người lao động; ký mới [[11|ca a q1-2016 s=Công đoàn các KCN]] bản thỏa ước lao động tập thể; [[6|meal a q1-2016 s=Công đoàn các KCN]] doanh nghiệp nâng mức ăn ca lên từ 16.000 đến 18.000 đồng/suất.

Công nhân Công ty TNHH Fuhong Precision (KCN Đình Trám) trong giờ ăn ca.

Hiện Công đoàn các KCN quản lý [[142|ut a pub s=Công đoàn các KCN]] CĐCS với trên [[61.300|mt a pub b=o s=Công đoàn các KCN]] đoàn viên, tỷ lệ doanh nghiệp có tổ chức công đoàn đạt 84%. Năm 2016, đơn vị phấn đấu thành lập [[30|un t y2016 s=Công đoàn các KCN]] CĐCS.

Hà Phương

Bình luận
Họ và tên:
Email:
Gửi bình luận
"""))

# au10 - provincial TV site, undated, light scraping damage (stray image markers, duplicated caption, cut end)
ARTS.append(('au10', 'https://hoabinhtv.vn/thoi-su/ubkt-cong-doan-cac-cap-kiem-tra-tai-chinh-118-don-vi-trong-nam-2020-a5571.html',
None, 'Hòa Bình', """UBKT Công đoàn các cấp kiểm tra tài chính [[118|fi a y2020 n=rule 1: headline repeat of the body figure]] đơn vị trong năm 2020

(HBTV) - Ngày 28/1, Ủy ban Kiểm tra (UBKT) Liên đoàn Lao động tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác kiểm tra năm 2020.

UBKT CONG DOAN 2020.mp4

2

Năm 2020, UBKT công đoàn các cấp trong tỉnh đã kiểm tra tài chính [[118|fi a y2020]] đơn vị, đạt [[104%|fi p y2020]] kế hoạch; tham gia [[36|sv a y2020]] cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động. Qua kiểm tra, phát hiện 12 đơn vị có sai sót trong quản lý tài chính, kiến nghị thu hồi 245 triệu đồng.

1

Quang cảnh hội nghị
Quang cảnh hội nghị

UBKT LĐLĐ tỉnh đã tổ chức [[3|tr a y2020]] lớp tập huấn nghiệp vụ kiểm tra cho [[210|te a y2020]] cán bộ làm công tác kiểm tra.

Năm 2021, UBKT phấn đấu kiểm tra tài chính [[120|fi t y2021]] đơn vị, trong đó cấp tỉnh trực tiếp kiểm tra [[15|fi t y2021 s=cấp tỉnh n=rule 6 breakdown of a target]] đơn vị. Dịp này, 8 tập thể, 11 cá nhân được tặng Giấy khen vì có thành tích xuất sắc trong công tác kiểm tra năm

Đường dây nóng: 0218.3852.116
"""))
