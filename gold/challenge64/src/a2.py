"""cq06-cq10."""

ARTS = [
('cq06', 'https://nld.com.vn/Print.aspx?NewsID=20150827195512306', None, 'Cần Thơ', """Cần Thơ: [[35|sh a f8-2015 n=headline repeat of the body's 8 tháng đầu năm 2015 figure (gold README 1)]] "Mái ấm Công đoàn" trong 8 tháng

Trong 8 tháng đầu năm 2015, LĐLĐ TP Cần Thơ đã hỗ trợ xây mới, sửa chữa [[35|sh a f8-2015]] căn "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở, với tổng kinh phí hơn [[1,3 tỉ|shf a f8-2015 b=o]] đồng từ quỹ Xã hội Công đoàn TP và sự đóng góp của các doanh nghiệp.

Riêng ngày 26-8, LĐLĐ TP đã bàn giao [[12|sh a f8-2015 n=the handover day has no period of its own; the nearest earlier period phrase is 8 tháng đầu năm 2015 (records.md Periods)]] căn nhà cho đoàn viên ở quận Ô Môn, Thốt Nốt và huyện Cờ Đỏ; mỗi căn được hỗ trợ 40 triệu đồng, phần còn lại do gia đình đoàn viên và CĐCS nơi đoàn viên làm việc vận động thêm.

Bà Lê Thị Thu Trang, Phó Chủ tịch LĐLĐ TP Cần Thơ, cho biết những trường hợp được hỗ trợ đều do CĐCS bình xét công khai, ưu tiên công nhân đang ở nhà tạm, nhà thuê.

C.Linh
"""),

('cq07', 'https://baothanhhoa.vn/thanh-lap-cong-doan-co-so-cong-ty-tnhh-giay-nga-son-281354.htm', '2025-10-14', 'Thanh Hóa', """ date 2025-10-14 Hotline: 0237.3852.447   |

Thành lập Công đoàn cơ sở Công ty TNHH Giày Nga Sơn

Minh Hằng
(Baothanhhoa.vn) - Chiều 13/10, Công đoàn xã Nga Sơn tổ chức đại hội thành lập Công đoàn cơ sở (CĐCS) Công ty TNHH Giày Nga Sơn với [[312|mn a pub s=Công đoàn xã Nga Sơn n=members of a newly founded union are members_new (gold README 9); no period phrase before it, so the publication date (records.md Periods)]] đoàn viên.

Quang cảnh đại hội thành lập CĐCS Công ty TNHH Giày Nga Sơn.

Đại hội đã công bố quyết định thành lập CĐCS, bầu Ban Chấp hành CĐCS khóa I, nhiệm kỳ 2025-2030 gồm 7 đồng chí. Công ty TNHH Giày Nga Sơn hiện sử dụng hơn 1.100 lao động, chủ yếu là lao động nữ tại địa phương.

Theo bà Mai Thị Lan, Chủ tịch Công đoàn xã Nga Sơn, từ ngày 1/7 đến nay, Công đoàn xã đã thành lập mới [[3|un a 2025-07-01..2025-10-14 s=Công đoàn xã Nga Sơn n=từ ngày 1/7 đến nay takes the publication year and ends at publication (records.md Periods)]] CĐCS, kết nạp [[455|mn a 2025-07-01..2025-10-14 s=Công đoàn xã Nga Sơn]] đoàn viên. Hiện Công đoàn xã quản lý [[41|ut a pub s=Công đoàn xã Nga Sơn]] CĐCS với [[2.870|mt a pub s=Công đoàn xã Nga Sơn]] đoàn viên.

Lãnh đạo Công đoàn xã Nga Sơn trao quyết định thành lập CĐCS.

Thời gian tới, Công đoàn xã tiếp tục rà soát các doanh nghiệp, hợp tác xã trên địa bàn để vận động thành lập CĐCS, phát triển đoàn viên, chăm lo tốt hơn đời sống vật chất, tinh thần cho người lao động.
"""),

('cq08', 'https://nld.com.vn/gia-lai-thanh-lap-moi-42-cong-doan-co-so-trong-11-thang-196251205174522081.htm', '2025-12-05', 'Gia Lai', """ date 2025-12-05 Công đoàn

Gia Lai: Thành lập mới [[42|un a f11-2025 n=headline repeat of the body's 11-month figure (gold README 1); the merged province's federation reports under the kept name Gia Lai (gold README 10)]] công đoàn cơ sở trong 11 tháng

THANH THẢO

(NLĐO) - Khu vực Bình Định (cũ) chiếm phần lớn số công đoàn cơ sở và đoàn viên mới của tỉnh.

Ngày 5-12, LĐLĐ tỉnh Gia Lai tổ chức hội nghị sơ kết công tác phát triển đoàn viên, thành lập công đoàn cơ sở (CĐCS) năm 2025. Theo báo cáo, từ đầu năm đến hết tháng 11, các cấp công đoàn trong tỉnh đã thành lập mới [[42|un a f11-2025]] CĐCS, kết nạp [[6.318|mn a f11-2025]] đoàn viên, đạt [[105%|mn p f11-2025 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm. Trong đó, khu vực Bình Định (cũ) thành lập [[29|un a f11-2025 r=Bình Định s=khu vực Bình Định (cũ) n=khu vực X (cũ) gives the old province (gold README 10)]] CĐCS, kết nạp [[4.102|mn a f11-2025 r=Bình Định s=khu vực Bình Định (cũ)]] đoàn viên.

Gia Lai: Thành lập mới [[42|un a f11-2025 n=caption repeating the headline is a mention of its own, body's period and region (gold README 1)]] công đoàn cơ sở trong 11 tháng - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Gia Lai trao giấy khen cho các tập thể có thành tích trong phát triển đoàn viên

Ông Nguyễn Văn Thắng, Phó Chủ tịch LĐLĐ tỉnh, cho biết sau khi hợp nhất, khối lượng công việc của công đoàn cấp trên trực tiếp cơ sở tăng mạnh; nhiều doanh nghiệp nhỏ ở các xã vùng cao chưa có tổ chức công đoàn. Dịp này, LĐLĐ tỉnh khen thưởng 20 tập thể và 25 cá nhân.
"""),

('cq09', 'https://baotayninh.vn/hon-86-000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-binh-ngo-a198834.html', '2026-01-28', 'Tây Ninh', """Hơn [[86.000|ben a y2026 b=o n=headline repeat of the body's 86.420 of Tết Bính Ngọ 2026 (gold README 1)]] đoàn viên, người lao động được chăm lo Tết Bính Ngọ

Cập nhật: 28/01/2026 - 10:20

BTN - Chăm lo Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn tỉnh Tây Ninh đã thăm hỏi, tặng quà cho [[86.420|ben a y2026 n=Tết Bính Ngọ 2026 is dated to the year 2026; the merged province's federation reports as Tây Ninh (gold README 10)]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[98 tỷ|sf a y2026 b=o]] đồng. Trong đó, khu vực Long An (cũ) [[51.230|ben a y2026 r=Long An s=khu vực Long An (cũ) n=khu vực X (cũ) gives the old province (gold README 10)]] lượt, kinh phí gần [[60 tỷ|sf a y2026 b=u r=Long An s=khu vực Long An (cũ)]] đồng.

Mỗi phần quà trị giá từ 500.000 đồng đến 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm.

Tại "Chợ Tết Công đoàn" tổ chức ở KCN Phước Đông và KCN Tân Đức, Ban tổ chức phát 4.000 phiếu mua hàng 0 đồng cho đoàn viên có hoàn cảnh khó khăn.

Bà Nguyễn Thị Hồng, Phó Chủ tịch LĐLĐ tỉnh, cho biết sau hợp nhất, các CĐCS ở hai khu vực đều được hướng dẫn rà soát danh sách để không bỏ sót đoàn viên khó khăn.
"""),

('cq10', 'https://congdoanquangninh.org.vn/tin-tuc/ldld-tinh-tong-ket-hoat-dong-cong-doan-nam-2019-4512.html', '2019-12-27', 'Quảng Ninh', """Trang chủ > Tin tức - Sự kiện > Hoạt động Công đoàn

LĐLĐ tỉnh tổng kết hoạt động công đoàn năm 2019

Ngày đăng: 27/12/2019 | Lượt xem: 1.086

Ngày 26/12, LĐLĐ tỉnh Quảng Ninh tổ chức Hội nghị Ban Chấp hành lần thứ 8 (khóa XIII) tổng kết hoạt động công đoàn năm 2019, triển khai nhiệm vụ năm 2020.

Năm 2019, hoạt động công đoàn trong tỉnh diễn ra trong bối cảnh kinh tế tăng trưởng khá, nhiều dự án lớn tại Đông Mai, Cái Lân, Việt Hưng đi vào hoạt động, số lao động tăng nhanh. Công tác phát triển đoàn viên, thành lập CĐCS đạt kết quả tích cực: các cấp công đoàn kết nạp mới [[5.214|mn a y2019]] đoàn viên, đạt [[104,3%|mn p y2019]] kế hoạch; thành lập mới [[21|un a y2019]] CĐCS. Đến nay, toàn tỉnh có [[1.318|ut a pub]] CĐCS với [[150.620|mt a pub]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi người lao động được chú trọng. Các CĐCS đã phối hợp với người sử dụng lao động tổ chức hội nghị người lao động, đối thoại định kỳ; ký mới [[57|ca a y2019]] bản thỏa ước lao động tập thể; các cấp công đoàn tham gia giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp.

Hoạt động chăm lo cho đoàn viên tiếp tục được quan tâm. Trong năm, các cấp công đoàn đã thăm hỏi, tặng quà cho [[28.450|ben a y2019]] lượt đoàn viên, người lao động với tổng số tiền [[17,6 tỷ|sf a y2019]] đồng; hỗ trợ xây mới, sửa chữa [[45|sh a y2019]] nhà "Mái ấm Công đoàn" trị giá [[2,25 tỷ|shf a y2019]] đồng. Các cấp công đoàn cũng giới thiệu [[1.026|pr a y2019]] đoàn viên ưu tú cho Đảng xem xét, kết nạp.

Phát biểu chỉ đạo hội nghị, đồng chí Phó Bí thư Tỉnh ủy đề nghị các cấp công đoàn chủ động nắm bắt tâm tư của công nhân ngành than, người lao động tại các KCN, không để xảy ra tranh chấp lao động tập thể kéo dài.

Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp [[5.000|mn t y2020]] đoàn viên, thành lập [[20|un t y2020 b=o n=... trở lên after the counted noun is the bound over (gold README 5)]] CĐCS trở lên; 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 24 tập thể, 31 cá nhân có thành tích xuất sắc trong hoạt động công đoàn năm 2019.

Tin khác
- Công đoàn Than Quảng Ninh tổ chức Hội diễn văn nghệ công nhân
- Trao 30 suất quà cho công nhân Công ty Xi măng Cẩm Phả

Đang truy cập: 41 | Tổng truy cập: 2.318.540
"""),
]
