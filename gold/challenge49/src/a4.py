"""challenge49 articles cb16-cb20."""
ARTS = []

ARTS.append(('cb16', 'https://baosonla.org.vn/lao-dong-viec-lam/ldld-huyen-moc-chau-tong-ket-nam-2024-xqTg2bRNR.html', '2024-12-18', 'Sơn La', """LĐLĐ huyện Mộc Châu tổng kết hoạt động công đoàn năm 2024

Thứ Tư, 18/12/2024 | 15:36

Ngày 17/12, LĐLĐ huyện Mộc Châu tổ chức hội nghị tổng kết công tác công đoàn và phong trào CNVCLĐ năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, LĐLĐ huyện đã chỉ đạo các CĐCS đẩy mạnh phát triển đoàn viên tại các doanh nghiệp chế biến nông sản, du lịch trên địa bàn. Kêt nạp [[520|mn a y2024 s=LĐLĐ huyện Mộc Châu n=scraped typo Kêt nạp read as kết nạp]] đoàn viên, đạt [[104%|mn p y2024 s=LĐLĐ huyện Mộc Châu]] kế hoạch; thành lập mới [[4|un a y2024 s=LĐLĐ huyện Mộc Châu]] CĐCS. Sau khi trừ số đoàn viên chuyển công tác, nghỉ hưu, số đoàn viên toàn huyện tăng tuyệt đối [[214|mnet a y2024 s=LĐLĐ huyện Mộc Châu]] người, số CĐCS tăng tuyệt đối [[2|unet a y2024 s=LĐLĐ huyện Mộc Châu]] đơn vị. Hiện LĐLĐ huyện có [[118|ut a pub s=LĐLĐ huyện Mộc Châu]] CĐCS với [[5.960|mt a pub s=LĐLĐ huyện Mộc Châu]] đoàn viên.

Các cấp công đoàn đã giới thiệu [[21|pr a y2024 s=LĐLĐ huyện Mộc Châu]] đoàn viên ưu tú cho Đảng xem xét kết nạp; thăm hỏi, hỗ trợ [[340|ben a y2024 s=LĐLĐ huyện Mộc Châu]] lượt đoàn viên bị ảnh hưởng bởi bão số 3 với tổng số tiền [[170 triệu|sf a y2024 s=LĐLĐ huyện Mộc Châu]] đồng.

Năm 2025, LĐLĐ huyện Mộc Châu phấn đấu kết nạp [[500|mn t y2025 s=LĐLĐ huyện Mộc Châu]] đoàn viên, thành lập [[3|un t y2025 s=LĐLĐ huyện Mộc Châu]] CĐCS.

Hội nghị đã khen thưởng 16 tập thể, 24 cá nhân có thành tích xuất sắc năm 2024.

Thu Trang
"""))

ARTS.append(('cb17', 'https://baoquangninh.vn/cong-doan-nganh-giao-thong-van-tai-tap-huan-cho-860-luot-can-bo-2445187.html', '2019-09-24', 'Quảng Ninh', """Công đoàn ngành Giao thông vận tải: Tập huấn cho [[860|te a 2019-01-01..2019-09-24 s=Công đoàn ngành Giao thông vận tải n=headline repeat of the body figure (rule 1)]] lượt cán bộ

Thứ Ba, 24/09/2019 11:20

Từ đầu năm đến nay, Công đoàn ngành Giao thông vận tải tỉnh Quảng Ninh đã tổ chức [[12|tr a 2019-01-01..2019-09-24 s=Công đoàn ngành Giao thông vận tải n=từ đầu năm đến nay -> 1 January to publication (records.md periods)]] lớp tập huấn nghiệp vụ công tác công đoàn, pháp luật lao động cho [[860|te a 2019-01-01..2019-09-24 s=Công đoàn ngành Giao thông vận tải]] lượt cán bộ công đoàn, đoàn viên.

Cùng với đó, Công đoàn ngành phối hợp với Sở Giao thông vận tải tham gia [[7|sv a 2019-01-01..2019-09-24 s=Công đoàn ngành Giao thông vận tải]] cuộc kiểm tra, giám sát việc thực hiện an toàn, vệ sinh lao động tại các doanh nghiệp vận tải, bến xe; tư vấn pháp luật cho [[195|lc a 2019-01-01..2019-09-24 s=Công đoàn ngành Giao thông vận tải]] lượt người lao động. Các CĐCS đã ký mới [[8|ca a 2019-01-01..2019-09-24 s=Công đoàn ngành Giao thông vận tải]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[41|ca a pub s=Công đoàn ngành Giao thông vận tải n=agreements in force as the stock of their signings at publication (rule 7)]] bản.

Hiện Công đoàn ngành có [[54|ut a pub s=Công đoàn ngành Giao thông vận tải]] CĐCS trực thuộc; tuy nhiên, hoạt động của một số CĐCS tại doanh nghiệp vận tải tư nhân còn hạn chế. Đến hết năm 2019, Công đoàn ngành phấn đấu ký mới thêm [[5|ca t y2019 s=Công đoàn ngành Giao thông vận tải]] bản thỏa ước và tổ chức [[2|tr t y2019 s=Công đoàn ngành Giao thông vận tải]] lớp tập huấn cho cán bộ CĐCS mới.

Hotline tư vấn pháp luật: 0203.3835.672

Nguyễn Hoa
"""))

ARTS.append(('cb18', 'https://baobinhphuoc.com.vn/news/19/123987/cong-doan-cao-su-phu-rieng-cham-lo-tet', None, 'Bình Phước', """Công đoàn Cao su Phú Riềng chăm lo Tết cho hơn [[6.000|ben a y2022 b=o s=Công đoàn Công ty CP Cao su Phú Riềng n=rounded headline repeat of 6.200 (rule 1), its own bound word]] người lao động

Công đoàn Công ty Cổ phần Cao su Phú Riềng vừa tổ chức trao quà Tết Nhâm Dần 2022 cho công nhân, người lao động tại các nông trường.

Theo đó, Công đoàn Công ty đã trao [[6.200|ben a y2022 s=Công đoàn Công ty CP Cao su Phú Riềng n=Tết Nhâm Dần 2022 -> 2022 in an undated page (as challenge42)]] suất quà cho người lao động với tổng trị giá [[3,1 tỷ|sf a y2022 s=Công đoàn Công ty CP Cao su Phú Riềng]] đồng, trong đó [[540|ben a y2022 s=công nhân có hoàn cảnh đặc biệt khó khăn n=breakdown (rule 6)]] suất dành cho công nhân có hoàn cảnh đặc biệt khó khăn, mỗi suất 1 triệu đồng.

Dịp này, Công đoàn Công ty bàn giao [[5|sh a y2022 s=Công đoàn Công ty CP Cao su Phú Riềng]] căn nhà "Mái ấm Công đoàn" cho công nhân nông trường với tổng kinh phí hỗ trợ [[250 triệu|shf a y2022 s=Công đoàn Công ty CP Cao su Phú Riềng]] đồng.

Hiện Công đoàn Công ty có [[16|ut a null s=Công đoàn Công ty CP Cao su Phú Riềng n=stock in an undated page -> null..null (rule 7)]] công đoàn bộ phận, nông trường với [[6.450|mt a null s=Công đoàn Công ty CP Cao su Phú Riềng]] đoàn viên.

Công nhân Nông trường cao su Phú Riềng Đỏ nhận quà Tết - Ảnh: Thanh Hương

Thanh Hương
"""))

ARTS.append(('cb19', 'https://baotuyenquang.com.vn/xa-hoi/lao-dong/cong-doan-phuong-ha-giang-1-trao-420-suat-qua-tet-229514.html', '2026-01-28', 'Hà Giang', """Công đoàn phường Hà Giang 1 trao [[420|ben a y2026 s=Công đoàn phường Hà Giang 1 n=headline repeat; Tết Bính Ngọ 2026 -> 2026 (as challenge42)]] suất quà Tết

Thứ Tư, 28/01/2026 - 14:10

(BTQ) - Ngày 27/1, Công đoàn phường Hà Giang 1 (tỉnh Tuyên Quang) tổ chức chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026, trao [[420|ben a y2026 s=Công đoàn phường Hà Giang 1 n=ward union in the old Hà Giang -> Hà Giang (rule 10)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng trị giá [[210 triệu|sf a y2026 s=Công đoàn phường Hà Giang 1]] đồng.

Chương trình có 25 gian hàng "Chợ Tết Công đoàn" với 800 phiếu mua hàng 0 đồng dành cho đoàn viên.

Theo LĐLĐ tỉnh Tuyên Quang, dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn toàn tỉnh dự kiến trao khoảng [[12.500|ben t y2026 b=a r=Tuyên Quang n=the merged province's federation under the kept name (rule 10); dự kiến -> target (rule 4)]] suất quà, trong đó khu vực Hà Giang (cũ) khoảng [[5.200|ben t y2026 b=a r=Hà Giang n=khu vực X (cũ) breakdown -> the old province (rule 10)]] suất.

Năm 2026, Công đoàn phường Hà Giang 1 phấn đấu kết nạp [[120|mn t y2026 s=Công đoàn phường Hà Giang 1]] đoàn viên, thành lập [[3|un t y2026 s=Công đoàn phường Hà Giang 1]] CĐCS. Hiện Công đoàn phường có [[42|ut a pub s=Công đoàn phường Hà Giang 1]] CĐCS với [[1.870|mt a pub s=Công đoàn phường Hà Giang 1]] đoàn viên.

Ngọc Mai
"""))

ARTS.append(('cb20', 'https://baoquangnam.vn/dai-hoi-cong-doan-thi-xa-dien-ban-lan-thu-xii-3128574.html', '2023-06-15', 'Quảng Nam', """Đại hội Công đoàn thị xã Điện Bàn lần thứ XII

Thứ Năm, 15/06/2023 16:45

(QNO) - Ngày 15/6, LĐLĐ thị xã Điện Bàn tổ chức Đại hội Công đoàn thị xã lần thứ XII, nhiệm kỳ 2023 - 2028 với 150 đại biểu tham dự.

Nhiệm kỳ 2018 - 2023, LĐLĐ thị xã đã kết nạp [[6.840|mn a t2018-2023 s=LĐLĐ thị xã Điện Bàn]] đoàn viên, đạt [[136,8%|mn p t2018-2023 s=LĐLĐ thị xã Điện Bàn]] chỉ tiêu đại hội; thành lập [[58|un a t2018-2023 s=LĐLĐ thị xã Điện Bàn]] CĐCS. Các CĐCS doanh nghiệp đã ký [[112|ca a t2018-2023 s=LĐLĐ thị xã Điện Bàn]] bản thỏa ước lao động tập thể. Công đoàn các cấp đã xây mới, sửa chữa [[14|sh a t2018-2023 s=LĐLĐ thị xã Điện Bàn]] nhà "Mái ấm Công đoàn" với số tiền [[700 triệu|shf a t2018-2023 s=LĐLĐ thị xã Điện Bàn]] đồng; trong hai năm dịch Covid-19, hỗ trợ hơn [[9.400|ben a 2020-01-01..2021-12-31 b=o s=LĐLĐ thị xã Điện Bàn n=hai năm dịch Covid-19 read as 2020-2021 (judgement, rule 8)]] lượt đoàn viên, người lao động.

Hiện LĐLĐ thị xã có [[212|ut a pub s=LĐLĐ thị xã Điện Bàn]] CĐCS với [[19.650|mt a pub s=LĐLĐ thị xã Điện Bàn]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước có [[14.230|mt a pub s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of the stock (rule 6)]] đoàn viên.

Nhiệm kỳ 2023 - 2028, Đại hội đề ra mục tiêu kết nạp [[5.000|mn t t2023-2028 s=LĐLĐ thị xã Điện Bàn]] đoàn viên, thành lập [[40|un t t2023-2028 s=LĐLĐ thị xã Điện Bàn]] CĐCS; 100% CĐCS đủ điều kiện tổ chức hội nghị người lao động.

Đại hội đã bầu 27 đồng chí vào Ban Chấp hành LĐLĐ thị xã khóa XII.

Văn Sự

Bài liên quan
- Đại hội Công đoàn huyện Duy Xuyên: kết nạp 3.100 đoàn viên
"""))
