"""aw16-aw20: Khánh Hòa (undated), Đồng Nai / Gia Lai / Khánh Hòa after the merger, Bình Định radio."""

ARTS = []

# aw16 union portal copy, undated, Khánh Hòa H1 2024: lost / dissolved / net
ARTS.append(('aw16', 'https://congdoankhanhhoa.vn/tin-tuc/so-ket-6-thang-dau-nam-2024-4412',
             None, 'Khánh Hòa', """Khánh Hòa: Tăng tuyệt đối hơn [[1.000|mnet a h1-2024 b=o n=headline repeat of the body's 1.080 (rule 1)]] đoàn viên trong 6 tháng đầu năm 2024

Chia sẻ: Facebook | Zalo | In bài

Ngày 16/7, Liên đoàn Lao động tỉnh Khánh Hòa tổ chức Hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2024.

Theo báo cáo, 6 tháng đầu năm 2024, các cấp công đoàn trong tỉnh đã kết nạp [[3.950|mn a h1-2024]] đoàn viên; do một số doanh nghiệp thủy sản, may mặc thiếu đơn hàng, cắt giảm lao động nên giảm [[2.870|ml a h1-2024]] đoàn viên, tăng tuyệt đối [[1.080|mnet a h1-2024]] đoàn viên. Thành lập mới [[22|un a h1-2024]] công đoàn cơ sở (CĐCS), giải thể [[9|ud a h1-2024]] CĐCS, tăng tuyệt đối [[13|unet a h1-2024]] CĐCS.

Riêng Công đoàn Khu kinh tế Vân Phong kết nạp [[640|mn a h1-2024 s=Công đoàn Khu kinh tế Vân Phong n=economic-zone union gives its province, with scope (records.md Regions)]] đoàn viên, thành lập [[5|un a h1-2024 s=Công đoàn Khu kinh tế Vân Phong]] CĐCS.

Hiện toàn tỉnh có [[1.342|ut a null n=stock in an undated page -> null..null (rule 7)]] CĐCS với [[71.806|mt a null n=stock in an undated page -> null..null (rule 7)]] đoàn viên.

Các cấp công đoàn đã phối hợp tổ chức [[186|wkc a h1-2024]] hội nghị người lao động tại doanh nghiệp và [[203|wd a h1-2024]] cuộc đối thoại tại nơi làm việc. Trong 6 tháng, toàn tỉnh xảy ra 2 cuộc ngừng việc tập thể với 430 người tham gia.

Quang Nhật

Lượt xem: 2.315
"""))

# aw17 Lao Động regional page, Đồng Nai after the merger, 8 months of 2025
ARTS.append(('aw17', 'https://laodong.vn/cong-doan/dong-nai-ket-nap-hon-14000-doan-vien-sau-8-thang-1574321.ldo',
             '2025-09-23', 'Đồng Nai', """Đồng Nai: Kết nạp hơn [[14.000|mn a f8-2025 b=o n=headline repeat of the body's 14.380 (rule 1)]] đoàn viên sau 8 tháng

Hà Anh Chiến LĐ
Thứ Ba, 23/09/2025 14:32 (GMT+7)

Sau 8 tháng năm 2025, Liên đoàn Lao động (LĐLĐ) tỉnh Đồng Nai đã kết nạp [[14.380|mn a f8-2025 n=the merged province's federation reports under its kept name (rule 10)]] đoàn viên, đạt [[65,4%|mn p f8-2025 n=part-way attainment takes the reporting period (rule 4)]] chỉ tiêu năm.

Theo LĐLĐ tỉnh Đồng Nai, trong 8 tháng năm 2025, các cấp công đoàn trong tỉnh đã thành lập mới [[57|un a f8-2025]] công đoàn cơ sở (CĐCS). Trong đó, khu vực Bình Phước (cũ) kết nạp [[3.120|mn a f8-2025 r=Bình Phước s=khu vực Bình Phước (cũ) n=a khu vực X (cũ) part goes to the old province (rule 10)]] đoàn viên, thành lập [[15|un a f8-2025 r=Bình Phước s=khu vực Bình Phước (cũ)]] CĐCS. Năm 2025, LĐLĐ tỉnh đặt chỉ tiêu kết nạp [[22.000|mn t y2025]] đoàn viên.

Lãnh đạo LĐLĐ tỉnh Đồng Nai thăm hỏi công nhân tại KCN Đồng Xoài. Ảnh: Hà Anh Chiến
Lãnh đạo LĐLĐ tỉnh Đồng Nai thăm hỏi công nhân tại KCN Đồng Xoài. Ảnh: Hà Anh Chiến

Tại phường Bình Phước, Công đoàn phường Bình Phước (tỉnh Đồng Nai) cho biết, từ ngày 1/7/2025 đến nay, đơn vị đã thành lập [[4|un a 2025-07-01..2025-09-23 r=Bình Phước s=Công đoàn phường Bình Phước n=ward union reports for the old province its ward lies in (rule 10)]] CĐCS, kết nạp [[215|mn a 2025-07-01..2025-09-23 r=Bình Phước s=Công đoàn phường Bình Phước]] đoàn viên. Hiện Công đoàn phường quản lý [[86|ut a pub r=Bình Phước s=Công đoàn phường Bình Phước n=stock dated at publication (rule 7)]] CĐCS với [[3.460|mt a pub r=Bình Phước s=Công đoàn phường Bình Phước]] đoàn viên.

Ông Nguyễn Văn Thành, Chủ tịch Công đoàn phường Bình Phước cho biết, phần lớn CĐCS mới thành lập là doanh nghiệp nhỏ, từ 10 đến 30 lao động.

Tin liên quan
Đồng Nai: 1.200 công nhân được hỗ trợ sau bão số 5
LĐLĐ tỉnh Đồng Nai ra mắt Ban Chấp hành nhiệm kỳ 2023-2028
"""))

# aw18 baogialai-like, Gia Lai after the merger, Tết Bính Ngọ 2026
ARTS.append(('aw18', 'https://baogialai.com.vn/cong-doan-gia-lai-cham-lo-tet-cho-khoang-52000-doan-vien-post412345.html',
             '2026-01-20', 'Gia Lai', """Công đoàn Gia Lai chăm lo Tết cho khoảng [[52.000|ben t y2026 b=a n=headline repeat of the planned body figure (rules 1, 4)]] đoàn viên, người lao động

Thứ Ba, 20/01/2026, 16:05 (GMT+7)

(GLO)- Tết Bính Ngọ 2026, Liên đoàn Lao động (LĐLĐ) tỉnh Gia Lai dự kiến chăm lo cho khoảng [[52.000|ben t y2026 b=a n=dự kiến -> target (rule 4); the merged province's federation under its kept name (rule 10)]] đoàn viên, người lao động với tổng kinh phí hơn [[38 tỷ|sf t y2026 b=o]] đồng. Trong đó, khu vực Bình Định (cũ) khoảng [[30.500|ben t y2026 b=a r=Bình Định s=khu vực Bình Định (cũ) n=a khu vực X (cũ) part goes to the old province (rule 10)]] đoàn viên, người lao động.

Tính đến ngày 19/1, các cấp công đoàn đã trao [[18.640|ben a y2026 n=a date, not a period: nearest earlier period phrase, Tết 2026 (rule 8)]] suất quà với số tiền [[11,2 tỷ|sf a y2026]] đồng. Mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng. LĐLĐ tỉnh còn tổ chức 3 phiên “Chợ Tết Công đoàn” với 8.000 phiếu mua hàng 0 đồng.

Ngày 18/1, Công đoàn phường Quy Nhơn Nam (tỉnh Gia Lai) đã trao [[300|ben a y2026 r=Bình Định s=Công đoàn phường Quy Nhơn Nam n=ward union reports for the old province its ward lies in (rule 10)]] suất quà cho công nhân khó khăn tại KCN Phú Tài.

Trao quà Tết cho công nhân tại phường Quy Nhơn Nam. Ảnh: Ngọc Minh
Trao quà Tết cho công nhân tại phường Quy Nhơn Nam. Ảnh: Ngọc Minh

Năm 2025, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa [[46|sh a y2025]] nhà Mái ấm Công đoàn với tổng số tiền [[2,3 tỷ|shf a y2025]] đồng.

NGỌC MINH
"""))

# aw19 Khánh Hòa TV site, Khánh Hòa after the merger, year 2025
ARTS.append(('aw19', 'https://ktv.org.vn/tin-tuc/cong-doan-khanh-hoa-tong-ket-nam-2025-52341.html',
             '2026-01-08', 'Khánh Hòa', """Công đoàn Khánh Hòa kết nạp gần [[9.900|mn a y2025 b=u n=headline repeat of the body's 9.860 (rule 1)]] đoàn viên năm 2025

08/01/2026 - 18:20

KTV - Chiều 8/1, Liên đoàn Lao động tỉnh Khánh Hòa tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[9.860|mn a y2025 n=the merged province's federation under its kept name (rule 10)]] đoàn viên, vượt [[23%|mn p y2025 v=123 n=vượt 23% kế hoạch -> 123 (records.md)]] kế hoạch; thành lập mới [[58|un a y2025]] công đoàn cơ sở. Trong đó, khu vực Ninh Thuận (cũ) kết nạp [[2.410|mn a y2025 r=Ninh Thuận s=khu vực Ninh Thuận (cũ) n=a khu vực X (cũ) part goes to the old province (rule 10)]] đoàn viên, thành lập [[13|un a y2025 r=Ninh Thuận s=khu vực Ninh Thuận (cũ)]] công đoàn cơ sở.

Các cấp công đoàn đã phối hợp tổ chức đối thoại tại nơi làm việc ở [[412|wd a y2025]] doanh nghiệp; LĐLĐ tỉnh ký kết [[11|wp a y2025]] thỏa thuận hợp tác thực hiện Chương trình “Phúc lợi đoàn viên công đoàn”.

Công đoàn phường Phan Rang cho biết từ khi thành lập đến nay đã kết nạp [[184|mn a 2025-07-01..2026-01-08 r=Ninh Thuận s=Công đoàn phường Phan Rang n=ward union: its old province (rule 10); từ khi thành lập (1/7/2025) đến nay (least certain)]] đoàn viên.

Năm 2026, LĐLĐ tỉnh Khánh Hòa phấn đấu kết nạp [[10.000|mn t y2026]] đoàn viên, thành lập mới [[50|un t y2026]] công đoàn cơ sở. Dịp này, 20 tập thể, 28 cá nhân được nhận bằng khen.

Thanh Hà - Minh Tâm

Bình luận (0)
"""))

# aw20 Bình Định radio site, Tháng Công nhân 2024
ARTS.append(('aw20', 'https://binhdinhtv.vn/tin-tuc/hon-3400-doan-vien-duoc-cham-lo-trong-thang-cong-nhan-48123.html',
             '2024-05-30', 'Bình Định', """Hơn [[3.400|ben a mo2024-05 b=o n=headline repeat of the body's 3.410 (rule 1)]] đoàn viên được chăm lo trong Tháng Công nhân

30/05/2024 09:40

BTV - Chiều 29/5, Liên đoàn Lao động tỉnh Bình Định tổ chức tổng kết Tháng Công nhân năm 2024.

Tháng Công nhân năm 2024, toàn tỉnh có [[876|wmu a mo2024-05 n=Tháng Công nhân 2024 -> May 2024 (records.md Periods)]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng. Các cấp công đoàn đã thăm, tặng [[3.410|ben a mo2024-05]] suất quà cho đoàn viên, người lao động khó khăn, trị giá [[1,7 tỷ|sf a mo2024-05]] đồng; tổ chức đối thoại tại nơi làm việc ở [[64|wd a mo2024-05]] đơn vị; trao kinh phí xây mới [[ba|sh a mo2024-05 v=3 n=number word (records.md)]] căn nhà Mái ấm Công đoàn, mỗi căn 60 triệu đồng.

Phóng sự: Tháng Công nhân 2024 tại KCN Phú Tài (thời lượng 03:12)

Trong tháng 6, LĐLĐ tỉnh sẽ tổ chức [[5|tr t mo2024-06 n=planned activity, month without year takes the publication year (rules 4, 8)]] hội nghị tập huấn cho cán bộ công đoàn cơ sở và phối hợp giám sát việc thực hiện chính sách tại [[20|sv t mo2024-06]] doanh nghiệp.

Thanh Tùng - Hữu Thắng

Hotline: 0256 3822 777
"""))
