"""cq01-cq05."""

ARTS = [
('cq01', 'https://nld.com.vn/cong-doan/binh-duong-ket-nap-hon-30000-doan-vien-moi-20180109201532148.htm', '2018-01-09', 'Bình Dương', """Bình Dương: Kết nạp hơn [[30.000|mn a y2017 b=o n=headline repeat of the body's 30.418 of năm 2017 (gold README 1)]] đoàn viên mới

(NLĐO) - Năm 2017, các cấp CĐ tỉnh Bình Dương đã kết nạp [[30.418|mn a y2017]] đoàn viên, thành lập mới [[96|un a y2017]] CĐ cơ sở, vượt chỉ tiêu Tổng LĐLĐ Việt Nam giao.

Bình Dương: Kết nạp hơn [[30.000|mn a y2017 b=o n=caption repeating the headline is a mention of its own, body's period (gold README 1)]] đoàn viên mới - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Bình Dương trao bằng khen cho các tập thể có thành tích xuất sắc trong năm 2017

Ngày 9-1, LĐLĐ tỉnh Bình Dương tổ chức hội nghị tổng kết hoạt động công đoàn năm 2017, triển khai nhiệm vụ năm 2018. Theo báo cáo, phần lớn đoàn viên mới là công nhân làm việc tại các doanh nghiệp có vốn đầu tư nước ngoài trong các KCN, cụm công nghiệp. Hiện toàn tỉnh có [[318.260|mt a pub]] đoàn viên.

Ông Nguyễn Văn Lộc, Chủ tịch LĐLĐ tỉnh, cho biết số lao động di chuyển giữa các doanh nghiệp lớn nên việc giữ chân đoàn viên còn nhiều khó khăn. Năm 2018, LĐLĐ tỉnh đặt chỉ tiêu kết nạp [[30.000|mn t y2018]] đoàn viên mới, đồng thời tăng cường đối thoại, thương lượng để nâng chất lượng bữa ăn ca, nhà trọ cho công nhân. Dịp này, LĐLĐ tỉnh tặng bằng khen cho 32 tập thể và 45 cá nhân.

Hoàng Phương
"""),

('cq02', 'https://baomoi.com/ldld-tinh-lang-son-quy-i-thanh-lap-moi-6-cong-doan-co-so/c/30417822.epi', None, 'Lạng Sơn', """LĐLĐ tỉnh Lạng Sơn: Quý I thành lập mới [[6|un a q1-2019 n=headline repeat of the body's quý I/2019 figure (gold README 1)]] công đoàn cơ sở

Các cấp công đoàn tỉnh tập trung rà soát doanh nghiệp đủ điều kiện để vận động người lao động gia nhập tổ chức công đoàn ngay từ đầu năm.

Trong quý I/2019, LĐLĐ tỉnh và các LĐLĐ huyện, thành phố, công đoàn ngành đã thành lập mới [[6|un a q1-2019]] CĐCS, chủ yếu tại doanh nghiệp ngoài nhà nước và hợp tác xã ở Đồng Đăng, Hữu Lũng; kết nạp [[247|mn a q1-2019]] đoàn viên, đạt [[24,7%|mn p q1-2019 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm; giải thể [[2|ud a q1-2019]] CĐCS do doanh nghiệp ngừng sản xuất, kinh doanh.

Cũng trong quý, LĐLĐ tỉnh tổ chức tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở mới được bầu; chỉ đạo 11 CĐCS đến kỳ tổ chức đại hội theo đúng hướng dẫn.

Theo Báo Lạng Sơn
"""),

('cq03', 'http://tamlongvang.laodong.com.vn/cong-doan/quang-ngai-cham-lo-hon-3500-luot-doan-vien-kho-khan-579214.bld', None, 'Quảng Ngãi', """đoàn viên, người lao động trên địa bàn gặp khó khăn do thiên tai, việc làm không ổn định.

Theo ông Trần Minh Hải, Phó Chủ tịch LĐLĐ tỉnh Quảng Ngãi, 6 tháng đầu năm 2016, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho [[3.540|ben a h1-2016]] lượt đoàn viên, CNLĐ có hoàn cảnh khó khăn, bị ốm đau, tai nạn lao động với tổng số tiền hơn [[1,2 tỉ|sf a h1-2016 b=o]] đồng. Cùng với đó, LĐLĐ tỉnh đã hỗ trợ hỗ trợ xây dựng [[6|sh a h1-2016]] nhà "Mái ấm Công đoàn" cho đoàn viên ở các huyện Bình Sơn, Tư Nghĩa, Mộ Đức, mỗi nhà 40 triệu đồng, tổng số tiền [[240 triệu|shf a h1-2016]] đồng từ quỹ Xã hội Công đoàn tỉnh.

"Đây là nguồn động viên rất lớn, giúp đoàn viên yên tâm công tác, gắn bó với tổ chức công đoàn", ông Hải nói. Thời gian tới, LĐLĐ tỉnh tiếp tục vận động các doanh nghiệp, nhà hảo tâm chung tay hỗ trợ đoàn viên nghèo, phối hợp với ngân hàng triển khai cho vay vốn ưu đãi đối với công nhân có
"""),

('cq04', 'https://baolamdong.vn/xa-hoi/202212/duc-trong-ket-nap-moi-1205-doan-vien-cong-doan-2c81d4e/', '2022-12-16', 'Lâm Đồng', """Đức Trọng: Kết nạp mới [[1.205|mn a y2022 s=LĐLĐ huyện Đức Trọng n=headline repeat of the body's năm 2022 figure; district union gives its province (gold README 1, records.md Regions)]] đoàn viên công đoàn

N.Hạnh 07:12, 16/12/2022

Năm 2022, Liên đoàn Lao động (LĐLĐ) huyện Đức Trọng đã phát triển được [[1.205|mn a y2022 s=LĐLĐ huyện Đức Trọng]] đoàn viên mới, thành lập [[8|un a y2022 s=LĐLĐ huyện Đức Trọng]] công đoàn cơ sở (CĐCS) tại các doanh nghiệp ngoài nhà nước, đạt [[160%|un p y2022 s=LĐLĐ huyện Đức Trọng n=the attainment follows the 8 CĐCS directly, so it is unions_new (gold README 4)]] chỉ tiêu LĐLĐ tỉnh giao. Phần lớn đoàn viên mới là công nhân tại các doanh nghiệp chế biến nông sản, sản xuất rau, hoa công nghệ cao trong KCN Phú Hội.

Bên cạnh công tác phát triển tổ chức, LĐLĐ huyện thường xuyên phối hợp với chính quyền nắm bắt tình hình việc làm, đời sống của người lao động; vận động các CĐCS tổ chức sinh hoạt, tham quan, giao lưu văn nghệ, thể thao để thu hút người lao động tham gia. Năm 2023, LĐLĐ huyện phấn đấu kết nạp [[1.000|mn t y2023 s=LĐLĐ huyện Đức Trọng]] đoàn viên mới, tập trung vào các doanh nghiệp mới đi vào hoạt động. Dịp tổng kết năm, LĐLĐ huyện tặng giấy khen cho 14 tập thể và 20 cá nhân có thành tích xuất sắc.
"""),

('cq05', 'https://congdoan.thuathienhue.gov.vn/?gd=1&cn=28&tc=5712', '2020-01-20', 'Thừa Thiên Huế', """Đăng lúc: 20/01/2020 09:15:40 AM
 
Hơn [[14.600|ben a y2020 b=o n=headline repeat of the body's 14.627 of Tết Canh Tý 2020 (gold README 1)]] suất quà Tết đến với đoàn viên, người lao động

Trong dịp Tết Nguyên đán Canh Tý 2020, các cấp công đoàn tỉnh Thừa Thiên Huế đã thăm hỏi, tặng [[14.627|ben a y2020 n=Tết Canh Tý 2020 is dated to the year 2020; gift packages count as beneficiaries (gold README 9)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí trên [[7,3 tỷ|sf a y2020 b=o]] đồng. Mỗi suất quà trị giá 500.000 đồng, được LĐLĐ tỉnh, các LĐLĐ huyện, thị xã, thành phố, công đoàn ngành và CĐCS trao tận tay đoàn viên; nhiều phần quà do các LĐLĐ huyện, thị xã, thành phố, công đoàn ngành và CĐCS vận động doanh nghiệp cùng chăm lo.

Ngoài các suất quà, nhiều CĐCS còn tổ chức xe đưa công nhân về quê, tổ chức "Bữa cơm sum vầy" cho người lao động ở lại làm việc trong dịp Tết.

Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân Công ty CP Dệt may Phú Hòa An

 Minh Thư 

THÔNG BÁO
LIÊN KẾT WEBSITE
Thống kê truy cập
Hôm nay: 312
Hôm qua: 2,871
Tuần này: 9,540
Tháng này: 61,233
Tổng lượt truy cập: 2,104,587
Số người online: 27
"""),
]
