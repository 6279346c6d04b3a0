"""au16-au20."""
ARTS = []

# au16 - Người Lao Động regional page, date strip, (NLĐO), caption - Ảnh 1., related
ARTS.append(('au16', 'https://nld.com.vn/cong-doan/long-an-them-14-doanh-nghiep-dong-hanh-chuong-trinh-phuc-loi-doan-vien-20200814160512345.htm',
'2020-08-14', 'Long An', """ date 2020-08-14 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Long An: Thêm [[14|wp a 2020-01-01..2020-08-14 n=rule 1: headline repeat of the body figure]] doanh nghiệp đồng hành chương trình Phúc lợi đoàn viên

NGỌC GIÀU

(NLĐO)- Các doanh nghiệp cam kết giảm giá từ 5% đến 30% khi đoàn viên công đoàn sử dụng sản phẩm, dịch vụ

Theo LĐLĐ tỉnh Long An, từ đầu năm 2020 đến nay, LĐLĐ tỉnh đã ký kết [[14|wp a 2020-01-01..2020-08-14 n=records.md: từ đầu năm ... đến nay -> 1 January to publication]] thỏa thuận hợp tác với các doanh nghiệp thực hiện chương trình "Phúc lợi đoàn viên", nâng tổng số thỏa thuận còn hiệu lực lên [[52|wp a pub n=rule 7: agreements in force are the stock of their signings, dated at publication]].

Long An: Thêm 14 doanh nghiệp đồng hành chương trình Phúc lợi đoàn viên - Ảnh 1.

Đại diện LĐLĐ tỉnh Long An và doanh nghiệp ký kết thỏa thuận hợp tác. Ảnh: NGỌC GIÀU

Cũng trong thời gian này, LĐLĐ tỉnh đã hỗ trợ [[2.860|ben a 2020-01-01..2020-08-14]] đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với số tiền [[1,72 tỉ|sf a 2020-01-01..2020-08-14]] đồng, mức hỗ trợ 500.000 đồng/người. Đến cuối năm 2020, LĐLĐ tỉnh phấn đấu ký thêm ít nhất [[6|wp t y2020 b=o]] thỏa thuận hợp tác.

Tin liên quan
Tây Ninh: 1.000 đoàn viên được giảm giá khi mua hàng
TP HCM: Siêu thị giảm 10% cho đoàn viên công đoàn

Ý kiến bạn đọc (0)
"""))

# au17 - provincial paper, weekday dateline, 10 months
ARTS.append(('au17', 'https://baosonla.org.vn/xa-hoi/10-thang-nam-2017-cong-doan-tinh-gioi-thieu-342-doan-vien-uu-tu-cho-dang-P7h2Bk.html',
'2017-11-02', 'Sơn La', """Báo Sơn La  |  Thời sự  |  Xã hội  |  Kinh tế

10 tháng năm 2017: Công đoàn tỉnh giới thiệu [[342|pr a f10-2017 n=rule 1: headline repeat of the body figure]] đoàn viên ưu tú cho Đảng

Thứ Năm, 02/11/2017 | 08:40

(SL) - Thông tin từ Liên đoàn Lao động tỉnh Sơn La, 10 tháng năm 2017, các cấp công đoàn trong tỉnh đã giới thiệu [[342|pr a f10-2017]] đoàn viên ưu tú cho tổ chức Đảng xem xét kết nạp, trong đó [[275|pa a f10-2017]] đoàn viên đã được kết nạp vào Đảng.

Việc thực hiện quy chế dân chủ ở cơ sở có nhiều chuyển biến: [[1.084/1.092|oc a f10-2017 v=1084 n=rule 3: x/y form, the value is the units that held the conference]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[96|wkc a f10-2017]] doanh nghiệp tổ chức hội nghị người lao động; ký mới [[14|ca a f10-2017]] bản thỏa ước lao động tập thể. LĐLĐ tỉnh tham gia [[21|sv a f10-2017]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật tại các đơn vị, doanh nghiệp.

Cả năm 2017, LĐLĐ tỉnh phấn đấu giới thiệu [[400|pr t y2017 n=rule 8: chỉ tiêu cả năm / cả năm -> the full year]] đoàn viên ưu tú cho Đảng.

Dịp này, có 3 tập thể, 5 cá nhân được đề nghị Tổng LĐLĐ Việt Nam tặng Bằng khen.

Lò Thị Hương

Tin khác
Mường La: 30 hộ nghèo được hỗ trợ nhà ở
Hội thi cán bộ nữ công giỏi năm 2017
"""))

# au18 - provincial union portal, undated, light scraping damage (zero-width space, run-together words)
ARTS.append(('au18', 'https://congdoanthanhhoa.org.vn/tin-tuc/hoat-dong-cong-doan/6-thang-dau-nam-2022-doan-vien-tang-tuyet-doi-3640-nguoi-2571.html',
None, 'Thanh Hóa', """Trang chủ | Giới thiệu | Tin tức | Văn bản | Thư viện | Liên hệ
6 tháng đầu năm 2022: Đoàn viên tăng tuyệt đối [[3.640|mnet a h1-2022 n=rule 1: headline repeat of the body figure]] người

Theo báo cáo của Ban Tổ chức LĐLĐ tỉnh Thanh Hóa, 6 tháng đầu năm 2022, các cấp công đoàn trong tỉnh đã kết nạp [[9.850|mn a h1-2022]] đoàn viên; do doanh nghiệp giải thể, người lao độngnghỉ việc, giảm [[6.210|ml a h1-2022]] đoàn viên, tăng tuyệt đối [[3.640|mnet a h1-2022]] người. Thành lập [[38|un a h1-2022]] CĐCS, giải thể [[21|ud a h1-2022]] CĐCS, tăng tuyệt đối [[17|unet a h1-2022]] CĐCS.

Công tác quản lý đoàn viên được chuyển đổi số mạnh mẽ: đã nhập dữ liệu [[186.420|rec a h1-2022]] đoàn viên lên phần mềm quản lý đoàn ​viên của Tổng LĐLĐ Việt Nam, đạt 93% tổng số đoàn viên; cấp [[12.300|rec a h1-2022]] thẻ đoàn viên công đoàn.

6 tháng cuối năm 2022, LĐLĐ tỉnh phấn đấu kết nạp [[8.000|mn t l6-2022]] đoàn viên.

Tin đã đăng:
Công đoàn Khu kinh tế Nghi Sơn trao 100 suất quà
Hội thảo chuyển đổi số trong hoạt động công đoàn
Lượt truy cập: 2.847.112
"""))

# au19 - provincial TV site, undated, Tháng Công nhân 2015
ARTS.append(('au19', 'http://ninhthuantv.vn/tin-tuc/xa-hoi/thang-cong-nhan-nam-2015-178-cong-doan-co-so-huong-ung-9812.html',
None, 'Ninh Thuận', """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH THUẬN
Tin tức | Thời sự | Xã hội | Chương trình | Trực tuyến

Tháng Công nhân năm 2015: [[178|wmu a mo2015-05 n=rule 1: headline repeat; Tháng Công nhân -> May of its year]] công đoàn cơ sở hưởng ứng

(NTV) - Liên đoàn Lao động tỉnh Ninh Thuận vừa tổng kết Tháng Công nhân năm 2015 với chủ đề "Vì việc làm, thu nhập, an toàn cho người lao động".

Trong Tháng Công nhân, có [[178|wmu a mo2015-05]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng. Các cấp công đoàn đã thăm, tặng quà cho [[1.240|ben a mo2015-05 n=trong Tháng Công nhân -> May 2015 (rule 8)]] công nhân lao động có hoàn cảnh khó khăn, tổng kinh phí [[372 triệu|sf a mo2015-05]] đồng; phối hợp kiểm tra việc thực hiện pháp luật lao động tại [[15|sv a mo2015-05]] doanh nghiệp.

LĐLĐ tỉnh tổ chức [[6|tr a mo2015-05]] hội nghị tập huấn pháp luật lao động cho hơn [[720|te a mo2015-05 b=o]] công nhân; Văn phòng tư vấn pháp luật tư vấn cho [[135|lc a mo2015-05]] lượt người lao động. Hơn 2.000 công nhân tham gia các giải thể thao, hội diễn văn nghệ.

Ngọc Hân - Đức Tài

Bình luận
Chưa có bình luận nào.
Hotline: 0683.822.114
"""))

# au20 - provincial paper, period report 2024 + 2025 targets
ARTS.append(('au20', 'https://baocantho.com.vn/nam-2024-ldld-thanh-pho-ket-nap-moi-gan-9-200-doan-vien-a181044.html',
'2024-12-18', 'Cần Thơ', """BÁO CẦN THƠ ONLINE
Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao

Năm 2024, LĐLĐ thành phố kết nạp mới gần [[9.200|mn a y2024 b=u n=rule 1: rounded headline repeat of 9.186; LĐLĐ thành phố -> the site's city Cần Thơ]] đoàn viên

Thứ Tư, 18/12/2024, 09:12 (GMT+7)

Chiều 17-12, Liên đoàn Lao động (LĐLĐ) TP Cần Thơ tổ chức hội nghị tổng kết hoạt động công đoàn năm 2024, triển khai phương hướng, nhiệm vụ năm 2025.

Năm 2024, LĐLĐ thành phố kết nạp mới [[9.186|mn a y2024]] đoàn viên, đạt [[102%|mn p y2024]] kế hoạch; thành lập [[46|un a y2024]] CĐCS. Hiện toàn thành phố có [[1.742|ut a pub]] CĐCS với [[112.530|mt a pub]] đoàn viên.

Công tác chăm lo cho đoàn viên, người lao động được đẩy mạnh. Các cấp công đoàn đã thăm, hỗ trợ khoảng [[23.000|ben a y2024 b=a]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[21,5 tỷ|sf a y2024 b=o]] đồng; xây mới, sửa chữa [[18|sh a y2024]] nhà "Mái ấm Công đoàn", kinh phí [[1,08 tỷ|shf a y2024]] đồng. LĐLĐ thành phố ký kết [[9|wp a y2024]] thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên"; [[35|meal a y2024]] doanh nghiệp nâng giá trị bữa ăn giữa ca.

Năm 2025, LĐLĐ thành phố phấn đấu kết nạp mới [[9.000|mn t y2025]] đoàn viên, thành lập [[40|un t y2025]] CĐCS; xây mới, sửa chữa [[20|sh t y2025]] nhà "Mái ấm Công đoàn".

Dịp này, 30 tập thể và 42 cá nhân được nhận Bằng khen của Tổng LĐLĐ Việt Nam và UBND thành phố.

TRANG THƯ

Chia sẻ:  Facebook  Zalo
Tin cùng chuyên mục
- Quận Ninh Kiều: 500 suất quà cho công nhân
- Hơn 300 đoàn viên được hỗ trợ vé xe Tết
"""))
