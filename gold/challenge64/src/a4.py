"""cq16-cq20."""

ARTS = [
('cq16', 'https://vietnam.vn/hagiang/?p=618327', None, 'Hà Giang', """9 tháng đầu năm 2023, Liên đoàn Lao động (LĐLĐ) tỉnh Hà Giang đã thành lập mới [[7|un a f9-2023]] công đoàn cơ sở (CĐCS), kết nạp [[1.037|mn a f9-2023]] đoàn viên, đạt [[103,7%|mn p f9-2023 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm. Hiện toàn tỉnh có [[1.084|ut a null n=stock in an undated page, null (gold README 7)]] CĐCS. Các CĐCS mới chủ yếu ở hợp tác xã chè, doanh nghiệp du lịch, dịch vụ tại Đồng Văn, Mèo Vạc và thành phố Hà Giang.

Cùng với phát triển đoàn viên, các cấp công đoàn đã giới thiệu [[85|pr a f9-2023]] đoàn viên ưu tú để chi bộ xem xét, bồi dưỡng kết nạp Đảng; tổ chức nhiều hoạt động thăm hỏi, động viên đoàn viên bị ảnh hưởng bởi mưa lũ tại các huyện vùng cao.

Để hoàn thành chỉ tiêu năm, LĐLĐ tỉnh chỉ đạo LĐLĐ các huyện, thành phố, công đoàn ngành rà soát các đơn vị sử dụng lao động đủ điều kiện nhưng chưa có tổ chức công đoàn; phối hợp với Ban Dân vận các huyện ủy tuyên truyền lợi ích khi gia nhập công đoàn, nhất là đối với người lao động tại các hợp tác xã, cơ sở sản xuất nhỏ.
"""),

('cq17', 'https://www.sggp.org.vn/dai-hoi-cong-doan-quan-go-vap-lan-thu-xi-post693851.html', None, 'Hồ Chí Minh', """Đại hội Công đoàn quận Gò Vấp lần thứ XI, nhiệm kỳ 2023-2028

SGGPO - Ngày 14-6, LĐLĐ quận Gò Vấp (TPHCM) tổ chức Đại hội Công đoàn quận lần thứ XI, nhiệm kỳ 2023-2028.

Báo cáo tại đại hội cho biết, nhiệm kỳ 2018-2023, các cấp công đoàn quận đã kết nạp [[21.640|mn a t2018-2023 s=LĐLĐ quận Gò Vấp n=nhiệm kỳ 2018-2023 spans its years; district union gives its city (records.md Periods, Regions)]] đoàn viên (đạt [[108,2%|mn p t2018-2023 s=LĐLĐ quận Gò Vấp]] chỉ tiêu nhiệm kỳ), thành lập mới [[148|un a t2018-2023 s=LĐLĐ quận Gò Vấp]] CĐCS. Trong nhiệm kỳ, nhất là thời gian dịch Covid-19, các cấp công đoàn đã chăm lo cho hơn [[96.000|ben a t2018-2023 b=o s=LĐLĐ quận Gò Vấp]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[52 tỷ|sf a t2018-2023 b=o s=LĐLĐ quận Gò Vấp]] đồng.

Nhiệm kỳ 2023-2028, đại hội đề ra mục tiêu kết nạp [[20.000|mn t t2023-2028 s=LĐLĐ quận Gò Vấp]] đoàn viên; phấn đấu hằng năm có trên 80% CĐCS đạt tiêu chuẩn vững mạnh.

Đại hội đã bầu 31 đồng chí vào Ban Chấp hành LĐLĐ quận khóa XI và 9 đại biểu đi dự Đại hội Công đoàn TPHCM lần thứ XII.

VĂN HIỆP
"""),

('cq18', 'https://congdoanvietnam.vn/cham-lo-bao-ve/mang-tet-sum-vay-den-voi-doan-vien-nguoi-lao-dong-tinh-cao-bang-26410.tld', None, 'Cao Bằng', """Mang Tết Sum vầy đến với đoàn viên, người lao động tỉnh Cao Bằng
Cao Bằng - Nhiều đoàn viên, người lao động ở vùng biên giới được nhận quà Tết từ tổ chức công đoàn.
Ngày 26.1, Tổng LĐLĐ Việt Nam phối hợp với LĐLĐ tỉnh Cao Bằng tổ chức Chương trình "Tết Sum vầy" Xuân Giáp Thìn 2024 cho đoàn viên, người lao động trên địa bàn tỉnh.

Tại chương trình, Tổng LĐLĐ Việt Nam trao [[300|ben a y2024 s=Tổng LĐLĐ Việt Nam n=a national body acting in one province gives that province; Tết Giáp Thìn 2024 is the year 2024 (records.md Regions)]] suất quà, tổng trị giá [[450 triệu|sf a y2024 s=Tổng LĐLĐ Việt Nam]] đồng, cho đoàn viên có hoàn cảnh khó khăn tại các huyện Trùng Khánh, Hạ Lang, Quảng Hòa.

Theo LĐLĐ tỉnh Cao Bằng, dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn trong tỉnh chăm lo cho [[9.850|ben a y2024]] đoàn viên, người lao động, với tổng kinh phí hơn [[6,2 tỉ|sf a y2024 b=o]] đồng. Các phần quà được trao tận tay đoàn viên trước ngày 25 tháng Chạp.

Bà Nông Thị Hà, Chủ tịch LĐLĐ tỉnh Cao Bằng bày tỏ: "Những phần quà là sự động viên kịp thời để đoàn viên, người lao động vùng biên có thêm điều kiện đón Tết đầm ấm".
"""),

('cq19', 'https://baokhanhhoa.vn/xa-hoi/201408/cong-doan-nganh-giao-duc-gioi-thieu-214-doan-vien-uu-tu-cho-dang-2331850/', None, 'Khánh Hòa', """Công đoàn ngành Giáo dục: Giới thiệu [[214|pr a sy2013 s=Công đoàn ngành Giáo dục n=headline repeat of the body's năm học 2013-2014 figure (gold README 1)]] đoàn viên ưu tú cho Đảng

Theo Công đoàn ngành Giáo dục tỉnh, trong năm học 2013-2014, các công đoàn cơ sở trong ngành đã giới thiệu [[214|pr a sy2013 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho chi bộ xem xét, bồi dưỡng kết nạp; trong đó [[168|pa a sy2013 s=Công đoàn ngành Giáo dục]] đồng chí đã được kết nạp vào Đảng. Cũng trong năm học, Công đoàn ngành đã thăm hỏi, trợ cấp cho [[320|ben a sy2013 s=Công đoàn ngành Giáo dục]] lượt đoàn viên gặp khó khăn, ốm đau với số tiền [[410 triệu|sf a sy2013 s=Công đoàn ngành Giáo dục]] đồng.

Toàn ngành hiện có [[15.730|mt a null s=Công đoàn ngành Giáo dục n=stock in an undated page, null (gold README 7)]] đoàn viên, sinh hoạt tại [[402|ut a null s=Công đoàn ngành Giáo dục]] CĐCS. Năm học tới, Công đoàn ngành tiếp tục phối hợp với Sở Giáo dục và Đào tạo tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học; vận động đoàn viên thực hiện tốt cuộc vận động "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo".

H.Đ
"""),

('cq20', 'http://baobacninh.com.vn/news/-/details/20182/ldld-tinh-so-ket-hoat-dong-cong-doan-6-thang-dau-nam', '2012-07-18', 'Bắc Ninh', """LĐLĐ tỉnh sơ kết hoạt động công đoàn 6 tháng đầu năm

Thứ Tư, 18/07/2012 - 15:32

(BNO) - Ngày 17/7, LĐLĐ tỉnh tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2012.

Trong 6 tháng đầu năm, các cấp công đoàn trong tỉnh đã thành lập mới [[38|un a h1-2012 n=6 tháng đầu năm without a year takes the publication year; LĐLĐ tỉnh with no province named is the site's province (records.md Periods, Regions)]] CĐCS, kết nạp [[9.640|mn a h1-2012]] đoàn viên, đạt [[64,3%|mn p h1-2012 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm. Đến nay, toàn tỉnh có [[1.024|ut a pub]] CĐCS với [[152.300|mt a pub]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi hợp pháp của người lao động có chuyển biến. Công đoàn các cấp đã phối hợp với người sử dụng lao động ký kết [[41|ca a h1-2012]] bản thỏa ước lao động tập thể; tham gia [[12|sv a h1-2012 n=the inspection teams joined are the count; the 58 enterprises they visited are not (gold README 11)]] đoàn kiểm tra liên ngành việc thực hiện chế độ, chính sách đối với người lao động tại 58 doanh nghiệp. Tuy vậy, trong 6 tháng vẫn xảy ra 5 cuộc ngừng việc tập thể tại các doanh nghiệp FDI ở KCN Yên Phong, Quế Võ, chủ yếu do tiền lương, tiền ăn ca thấp.

Công tác chăm lo đời sống đoàn viên được duy trì. Các cấp công đoàn đã thăm hỏi, tặng quà [[2.150|ben a h1-2012]] lượt đoàn viên, người lao động ốm đau, gặp hoàn cảnh khó khăn với số tiền [[860 triệu|sf a h1-2012]] đồng.

Phát biểu kết luận hội nghị, Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn tập trung tuyên truyền Bộ luật Lao động (sửa đổi) và Luật Công đoàn năm 2012 vừa được Quốc hội thông qua; chủ động nắm tình hình doanh nghiệp, kịp thời tham gia giải quyết tranh chấp. 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu thành lập mới [[30|un t h2-2012]] CĐCS, kết nạp [[6.000|mn t h2-2012 b=o n=... trở lên after the counted noun is the bound over (gold README 5)]] đoàn viên trở lên.

Nguyễn Thủy
"""),
]
