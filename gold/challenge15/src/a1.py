HR = 'n=headline repeat of the body figure: takes its region and period (gold README 1)'
ARTS = []

ARTS.append(('b01', 'https://congdoanbacninh.org.vn/tong-ket-cong-tac-cong-doan-nam-2023', '2023-12-22', 'Bắc Ninh', """Trang chủ > Tin tức > Hoạt động công đoàn
LĐLĐ tỉnh Bắc Ninh: Năm 2023 phát triển hơn [[12.000|mn a y2023 b=o n=rounded headline repeat of the body figure 12.418: takes its region and period (gold README 1)]] đoàn viên mới
22/12/2023 08:15
(Congdoanbacninh.org.vn) - Chiều 21/12, Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Ninh tổ chức Hội nghị Ban Chấp hành lần thứ 9 (khóa XX) tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đại diện Tổng LĐLĐ Việt Nam, lãnh đạo Tỉnh ủy, UBND tỉnh và 120 đại biểu.
Năm 2023, tình hình lao động, việc làm trên địa bàn tỉnh gặp nhiều khó khăn: hơn 40.000 lao động bị giảm giờ làm, nhiều doanh nghiệp điện tử thiếu đơn hàng. Trong bối cảnh đó, các cấp công đoàn đã chủ động đổi mới phương thức hoạt động, bám sát cơ sở, hướng về người lao động.
1. Phát triển [[12.418|mn a y2023 n=numbered sub-heading carrying the figure: a mention of its own (gold README 1)]] đoàn viên mới, cao nhất từ trước đến nay
Các cấp công đoàn trong tỉnh đã kết nạp [[12.418|mn a y2023]] đoàn viên, đạt [[124,2%|mn p y2023]] chỉ tiêu Tổng LĐLĐ Việt Nam giao (chỉ tiêu [[10.000|mn t y2023 n=parenthetical target after the attainment is a target record]] đoàn viên); thành lập mới [[46|un a y2023]] công đoàn cơ sở (CĐCS). Trong đó, Công đoàn các KCN Bắc Ninh kết nạp [[9.870|mn a y2023 s=Công đoàn các KCN n=breakdown of the province figure (gold README 6)]] đoàn viên, thành lập [[31|un a y2023 s=Công đoàn các KCN n=breakdown (gold README 6)]] CĐCS. Kết quả phát triển đoàn viên của Bắc Ninh đứng thứ 3 cả nước, tăng 18% so với năm trước. Năm 2022, toàn tỉnh chỉ kết nạp được [[10.520|mn a y2022 n=previous-year contrast figure is an actual of its own period]] đoàn viên.
Tuy nhiên, do biến động lao động, số đoàn viên giảm trong năm vẫn ở mức cao, nhiều CĐCS phải giải thể do doanh nghiệp ngừng sản xuất, chuyển địa điểm hoặc thu hẹp quy mô. Hiện toàn tỉnh có [[2.146|ut a pub]] CĐCS với [[318.560|mt a pub]] đoàn viên. Công tác giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp tiếp tục được chú trọng, nhất là ở doanh nghiệp ngoài nhà nước.
2. Chăm lo cho hơn [[215.000|ben a y2023 b=o n=rounded sub-heading repeat of 215.340 (gold README 1)]] lượt đoàn viên, người lao động
Các cấp công đoàn đã thăm hỏi, tặng quà, hỗ trợ [[215.340|ben a y2023]] lượt đoàn viên, NLĐ với tổng kinh phí [[68,52 tỷ|sf a y2023]] đồng. Riêng dịp Tết Quý Mão, mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng.
Chương trình "Mái ấm Công đoàn" tiếp tục được quan tâm với [[14|sh a y2023]] nhà được xây mới, sửa chữa; số tiền hỗ trợ [[700 triệu|shf a y2023]] đồng (50 triệu đồng/nhà). LĐLĐ tỉnh ký thỏa thuận hợp tác với [[9|wp a y2023]] doanh nghiệp trong Chương trình "Phúc lợi đoàn viên công đoàn", nâng tổng số đối tác lên [[57|wp a pub n=partner stock (nâng tổng số ... lên) dated at publication (records.md stocks)]] đơn vị, với mức ưu đãi từ 5% đến 30%.
3. Đại diện, bảo vệ quyền lợi người lao động
Kết quả một số hoạt động năm 2023:
| Nội dung | Kết quả |
| Doanh nghiệp tổ chức hội nghị người lao động | [[1.734|wkc a y2023]] |
| Đơn vị tổ chức đối thoại tại nơi làm việc | [[1.102|wd a y2023]] |
| Thỏa ước lao động tập thể ký mới | [[286|ca a y2023]] bản |
| Tư vấn pháp luật | [[4.950|lc a y2023]] lượt |
Ngoài ra, các cấp công đoàn chủ trì và phối hợp kiểm tra, giám sát việc thực hiện chính sách pháp luật tại doanh nghiệp, kịp thời kiến nghị xử lý các vi phạm về tiền lương, bảo hiểm xã hội và an toàn vệ sinh lao động.
4. Phương hướng năm 2024
Năm 2024, LĐLĐ tỉnh Bắc Ninh đề ra các chỉ tiêu chủ yếu:
- Phát triển mới [[10.000|mn t y2024]] đoàn viên, thành lập [[40|un t y2024]] CĐCS;
- Ít nhất 70% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động;
- Xây mới, sửa chữa [[15|sh t y2024]] nhà Mái ấm Công đoàn;
- Phối hợp tổ chức tốt Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động.
Phát biểu chỉ đạo, đồng chí Phó Chủ tịch Tổng LĐLĐ Việt Nam đề nghị LĐLĐ tỉnh tập trung phát triển đoàn viên ở doanh nghiệp FDI từ 300 lao động trở lên, chăm lo Tết Giáp Thìn 2024 chu đáo.
Minh Hà
Số lần đọc: 1.245
Tin liên quan
- LĐLĐ huyện Yên Phong trao 5 Mái ấm Công đoàn (15/12/2023)
- Công đoàn các KCN Bắc Ninh tập huấn cho 300 cán bộ (10/12/2023)
"""))

ARTS.append(('b02', 'https://baothaibinh.com.vn/tin-tuc/1/dai-hoi-cong-doan-tinh-lan-thu-xxi', '2023-07-28', 'Thái Bình', """Thứ Sáu, 28/07/2023
Chính trị | Xã hội | Kinh tế
Đại hội Công đoàn tỉnh Thái Bình lần thứ XXI: 5 năm kết nạp [[25.640|mn a t2018-2023 n=headline repeat of the term figure (gold README 1); '5 năm' is a duration]] đoàn viên
Sáng 27/7, Đại hội đại biểu Công đoàn tỉnh Thái Bình lần thứ XXI, nhiệm kỳ 2023-2028 khai mạc trọng thể. Về dự có 300 đại biểu chính thức, đại diện cho gần [[172.000|mt a pub b=u n=rounded congress representation figure: a members_total stock dated at publication (challenge13 convention)]] đoàn viên trong toàn tỉnh.
I. KẾT QUẢ NHIỆM KỲ 2018-2023
1. Kết nạp [[25.640|mn a t2018-2023 n=sub-heading figure, period of the section heading (gold README 8)]] đoàn viên, thành lập [[158|un a t2018-2023]] CĐCS
Trong nhiệm kỳ, các cấp công đoàn kết nạp [[25.640|mn a t2018-2023]] đoàn viên, đạt [[128,2%|mn p t2018-2023]] chỉ tiêu Đại hội; thành lập mới [[158|un a t2018-2023]] CĐCS, vượt [[5%|un p t2018-2023 v=105 n=vượt 5% chỉ tiêu -> 105, bound exact (records.md attainment)]] chỉ tiêu. Hiện toàn tỉnh có [[1.312|ut a pub]] CĐCS với [[171.836|mt a pub]] đoàn viên, tăng 9,8% so với đầu nhiệm kỳ. Kết quả phát triển đoàn viên của tỉnh đứng thứ 2 khu vực đồng bằng sông Hồng.
Một số kết quả nổi bật của nhiệm kỳ:
| Nội dung | Kết quả 2018-2023 |
| Giới thiệu đoàn viên ưu tú cho Đảng | [[3.215|pr a t2018-2023]] |
| Đoàn viên được kết nạp vào Đảng | [[2.407|pa a t2018-2023]] |
| Nhà Mái ấm Công đoàn xây mới, sửa chữa | [[96|sh a t2018-2023]] |
| Kinh phí hỗ trợ Mái ấm Công đoàn | [[4,8 tỷ|shf a t2018-2023]] đồng |
2. Chăm lo đời sống đoàn viên
Tổng số tiền các cấp công đoàn thăm hỏi, hỗ trợ đoàn viên, người lao động trong 5 năm qua là [[214,6 tỷ|sf a t2018-2023 n=5 năm qua inside the term report -> the term 2018-2023]] đồng, cho hơn [[1,2 triệu|ben a t2018-2023 b=o v=1200000 n=1,2 triệu lượt -> 1200000 person-times]] lượt người. Riêng giai đoạn dịch Covid-19 (2020-2021), công đoàn đã hỗ trợ [[38.760|ben a t2020-2021 n=explicit sub-period (2020-2021) of the Covid stage]] lượt người lao động bị giảm giờ làm, ngừng việc với số tiền [[29,3 tỷ|sf a t2020-2021]] đồng. Mỗi người được hỗ trợ từ 500.000 đồng đến 1 triệu đồng.
3. Đại diện, bảo vệ
Các cấp công đoàn tổ chức [[2.140|tr a t2018-2023]] lớp tập huấn cho [[185.300|te a t2018-2023]] lượt đoàn viên, người lao động; thương lượng, ký kết [[1.086|ca a t2018-2023]] bản thỏa ước lao động tập thể, phần lớn có điều khoản có lợi hơn quy định của pháp luật.
II. MỤC TIÊU NHIỆM KỲ 2023-2028
Đại hội thông qua 12 chỉ tiêu chủ yếu, trong đó:
- Phát triển ít nhất [[30.000|mn t t2023-2028 b=o n=ít nhất -> over (gold README 5); term target]] đoàn viên mới;
- Thành lập [[150|un t t2023-2028]] CĐCS trở lên ở doanh nghiệp có từ 25 lao động trở lên;
- Giới thiệu [[3.000|pr t t2023-2028]] đoàn viên ưu tú cho Đảng xem xét kết nạp;
- Xây mới, sửa chữa [[100|sh t t2023-2028]] nhà Mái ấm Công đoàn.
Phát biểu tại Đại hội, đồng chí Bí thư Tỉnh ủy ghi nhận những đóng góp của tổ chức công đoàn trong nhiệm kỳ qua, đặc biệt trong giai đoạn dịch bệnh, khi hàng nghìn công nhân phải giảm giờ làm, tạm hoãn hợp đồng. Đồng chí đề nghị các cấp công đoàn tiếp tục đổi mới nội dung, phương thức hoạt động, lấy đoàn viên làm trung tâm, tập trung vào nhiệm vụ đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của người lao động; chủ động nắm bắt tâm tư, nguyện vọng, giải quyết kịp thời các vướng mắc, không để xảy ra tranh chấp lao động tập thể, đình công tự phát. Bên cạnh đó, cần quan tâm xây dựng đội ngũ cán bộ công đoàn cơ sở đủ bản lĩnh, dám đối thoại, thương lượng với người sử dụng lao động.
Đại hội cũng dành thời gian thảo luận về việc nâng cao chất lượng hội nghị người lao động, đối thoại tại nơi làm việc và thương lượng tập thể tại các doanh nghiệp trong khu công nghiệp Tiền Hải, Cầu Nghìn, Phúc Khánh. Nhiều ý kiến đề nghị tăng cường kiểm tra việc trích nộp kinh phí công đoàn.
Đại hội bầu 35 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XXI; đồng chí Nguyễn Văn Thắng tái đắc cử Chủ tịch.
Thu Hằng
Bài liên quan:
Thái Bình: 95 năm thành lập Công đoàn Việt Nam
In bài | Gửi bài | Lượt xem: 872
"""))

ARTS.append(('b03', 'https://baodongnai.com.vn/xa-hoi/202402/tet-giap-thin-cong-doan-cham-lo', '2024-02-06', 'Đồng Nai', """Báo Đồng Nai điện tử
Xã hội - Lao động
Tết Giáp Thìn 2024: Công đoàn Đồng Nai chăm lo hơn [[126.000|ben a y2024 b=o n=rounded headline repeat of 126.480 (gold README 1)]] đoàn viên, người lao động
Thứ ba, 06/02/2024, 17:40 [GMT+7]
Tổng kinh phí chăm lo Tết năm nay đạt gần [[93 tỷ|sf a y2024 b=u n=rounded sapo repeat of 92,76 tỷ (gold README 1)]] đồng, cao nhất từ trước đến nay.
Theo LĐLĐ tỉnh Đồng Nai, tính đến ngày 5/2, các cấp công đoàn trong tỉnh đã chăm lo Tết cho [[126.480|ben a y2024 n=Tết Giáp Thìn 2024 -> 2024 (Tết-year convention); 'tính đến ngày 5/2' is a date, not a stock]] lượt đoàn viên, người lao động với tổng kinh phí [[92,76 tỷ|sf a y2024]] đồng, tăng 14,2% so với Tết năm trước. Đồng Nai tiếp tục là một trong ba địa phương có kinh phí chăm lo Tết lớn nhất cả nước.
Trong đó, LĐLĐ tỉnh trực tiếp trao [[4.500|ben a y2024 s=LĐLĐ tỉnh trực tiếp n=breakdown (gold README 6)]] suất quà (mỗi suất 1 triệu đồng), tổng trị giá [[4,5 tỷ|sf a y2024 s=LĐLĐ tỉnh trực tiếp]] đồng; các công đoàn cơ sở chi [[78,1 tỷ|sf a y2024 s=các công đoàn cơ sở n=breakdown (gold README 6)]] đồng từ quỹ phúc lợi và nguồn đóng góp của doanh nghiệp. Công đoàn các KCN Đồng Nai trao [[32.650|ben a y2024 s=Công đoàn các KCN]] phần quà với kinh phí [[19.590.000.000|sf a y2024 s=Công đoàn các KCN]] đồng.
"Tết Sum vầy" - những chuyến xe nghĩa tình
Năm nay, LĐLĐ tỉnh tổ chức 40 chuyến xe miễn phí đưa [[1.800|ben a y2024 n=free rides home count as beneficiaries; the 40 buses are not a record]] đoàn viên về quê đón Tết tại các tỉnh miền Trung, Tây Nguyên. Đồng thời, công đoàn hỗ trợ [[620|ben a y2024 n=tickets given to members -> beneficiaries (gold README 9)]] vé máy bay, vé tàu cho công nhân quê ở các tỉnh phía Bắc. Tổng kinh phí chương trình "Tết Sum vầy" là [[1 tỷ 450 triệu|sf a y2024 v=1450000000 s=Chương trình Tết Sum vầy n=compound amount written in two parts, resolved to 1450000000]] đồng.
Tại Chợ Tết Công đoàn tổ chức ở KCN Biên Hòa 2 và KCN Nhơn Trạch, 6.000 phiếu mua hàng 0 đồng được phát cho công nhân có hoàn cảnh khó khăn, mỗi phiếu trị giá 500.000 đồng.
Trao Mái ấm Công đoàn dịp Tết
Dịp này, LĐLĐ tỉnh trao [[12|sh a y2024]] nhà Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn về nhà ở, mỗi căn 50 triệu đồng, tổng số tiền [[600 triệu|shf a y2024]] đồng. Năm 2024, LĐLĐ tỉnh đặt mục tiêu xây dựng [[20|sh t y2024]] nhà Mái ấm Công đoàn.
So với Tết Quý Mão 2023, số lượt người được chăm lo năm nay tăng hơn 16.000 lượt. Tết Quý Mão 2023, công đoàn toàn tỉnh chăm lo cho [[110.200|ben a y2023 n=contrast Tết 2023 -> 2023; an actual of its own period]] lượt người với kinh phí [[81,2 tỷ|sf a y2023]] đồng.
Hiện Đồng Nai có hơn [[1.700|ut a pub b=o]] CĐCS với gần [[500.000|mt a pub b=u]] đoàn viên, phần lớn làm việc trong 32 KCN đang hoạt động.
Tại buổi trao quà ở Công ty TNHH Changshin Việt Nam, chị Nguyễn Thị Hoa, công nhân quê Thanh Hóa, chia sẻ đã ba năm chị không về quê ăn Tết vì giá vé xe quá cao; năm nay, nhờ chuyến xe của công đoàn, chị được đoàn tụ với gia đình. Nhiều công nhân khác cũng bày tỏ niềm vui khi nhận được phần quà, tấm vé về quê từ tổ chức công đoàn, dù phần quà không lớn nhưng thể hiện sự sẻ chia, quan tâm thiết thực.
Theo đánh giá của LĐLĐ tỉnh, công tác chăm lo Tết năm nay được triển khai sớm, đúng đối tượng, công khai, minh bạch; ưu tiên đoàn viên bị mất việc làm, giảm giờ làm, có hoàn cảnh đặc biệt khó khăn, mắc bệnh hiểm nghèo. Nhiều doanh nghiệp đồng hành cùng công đoàn, tổ chức bữa cơm tất niên, thưởng Tết cao hơn năm trước.
Ông Nguyễn Văn Hùng, Chủ tịch LĐLĐ tỉnh cho biết: "Năm nào chúng tôi cũng cố gắng để không công nhân nào không có Tết". Đường dây nóng của LĐLĐ tỉnh: 0251.3822.345.
Cùng ngày, đoàn công tác của Tổng LĐLĐ Việt Nam đã đến thăm, chúc Tết công nhân đang làm việc xuyên Tết tại các nhà máy trong KCN Amata, động viên người lao động yên tâm sản xuất, giữ gìn sức khỏe trong những ngày Tết.
Hải An
Bình luận (0)
Xem thêm
- Hơn 200 doanh nghiệp thưởng Tết trên 10 triệu đồng
- Giá vé xe Tết tăng 20-40%
"""))

ARTS.append(('b04', 'https://congdoannghean.vn/tin-tuc/mai-am-cong-doan-2019', '2019-12-12', 'Nghệ An', """CÔNG ĐOÀN NGHỆ AN - Cổng thông tin điện tử
Trang chủ » Chăm lo đời sống
Nghệ An: [[47|sh a y2019 n=headline repeat of the body total 47 (gold README 1)]] Mái ấm Công đoàn đến với đoàn viên khó khăn trong năm 2019
Cập nhật: 12/12/2019
Chương trình "Mái ấm Công đoàn" năm 2019 được LĐLĐ tỉnh Nghệ An triển khai sâu rộng, vượt kế hoạch đề ra; nhiều mái nhà được dựng lên ở các huyện miền núi.
Năm 2019, LĐLĐ tỉnh Nghệ An hỗ trợ xây mới [[32|sh a y2019 s=xây mới n=breakdown (gold README 6)]] và sửa chữa [[15|sh a y2019 s=sửa chữa n=breakdown (gold README 6)]] nhà Mái ấm Công đoàn, tổng cộng [[47|sh a y2019]] nhà, với tổng số tiền [[2 tỷ 350 triệu|shf a y2019 v=2350000000 n=compound amount resolved to 2350000000]] đồng, vượt [[17,5%|sh p y2019 v=117.5 n=vượt 17,5% kế hoạch -> 117.5 (records.md attainment)]] kế hoạch năm (kế hoạch [[40|sh t y2019]] nhà). Mức hỗ trợ từ 40 triệu đến 60 triệu đồng/nhà tùy mức độ khó khăn.
Trong tổng số tiền trên, Quỹ Xã hội của LĐLĐ tỉnh hỗ trợ [[1,85 tỷ|shf a y2019 s=Quỹ Xã hội của LĐLĐ tỉnh n=breakdown by source (gold README 6)]] đồng; các CĐCS, doanh nghiệp và nhà hảo tâm đóng góp [[500.000.000|shf a y2019 s=các CĐCS, doanh nghiệp và nhà hảo tâm]] đồng.
Đơn vị có số nhà nhiều nhất là LĐLĐ huyện Quỳnh Lưu với [[8|sh a y2019 s=LĐLĐ huyện Quỳnh Lưu]] nhà; tiếp đến là Công đoàn ngành Giáo dục với [[6|sh a y2019 s=Công đoàn ngành Giáo dục]] nhà. Năm 2018, toàn tỉnh mới trao được [[29|sh a y2018 n=previous-year contrast is an actual of its own period]] nhà. Tính từ năm 2012 đến nay, Nghệ An đã trao tổng cộng [[312|sh a 2012-01-01..2019-12-12 n=từ năm 2012 đến nay -> 2012-01-01..publication (records.md)]] Mái ấm Công đoàn, tổng trị giá hơn [[14 tỷ|shf a 2012-01-01..2019-12-12 b=o]] đồng, đứng đầu khu vực Bắc Trung Bộ.
Anh Lê Văn Tám, công nhân Công ty Xi măng ở huyện Anh Sơn xúc động khi nhận ngôi nhà mới trị giá 120 triệu đồng, trong đó Công đoàn hỗ trợ 50 triệu đồng.
Ảnh: Trao Mai am Cong doan cho doan vien tai huyen Quynh Luu (Ảnh 2)
Kết quả công tác công đoàn năm 2019
Bên cạnh chương trình Mái ấm, năm 2019 các cấp công đoàn kết nạp [[8.712|mn a y2019]] đoàn viên, thành lập [[61|un a y2019]] CĐCS; thăm hỏi, tặng quà [[35.400|ben a y2019]] lượt đoàn viên, NLĐ với số tiền [[13,6 tỷ|sf a y2019]] đồng. LĐLĐ tỉnh cũng ký [[6|wp a y2019]] thỏa thuận hợp tác với doanh nghiệp trong Chương trình "Phúc lợi đoàn viên công đoàn", giảm giá từ 5% đến 15% cho đoàn viên.
Năm 2020, LĐLĐ tỉnh phấn đấu hỗ trợ xây dựng [[50|sh t y2020]] Mái ấm Công đoàn với kinh phí dự kiến [[2,5 tỷ|shf t y2020]] đồng; kết nạp [[8.000|mn t y2020]] đoàn viên, thành lập [[50|un t y2020]] CĐCS. Đặc biệt, dịp kỷ niệm 90 năm thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2019) vừa qua, tỉnh đã khánh thành 10 công trình chào mừng.
Theo Chủ tịch LĐLĐ tỉnh, để chương trình đạt hiệu quả, các cấp công đoàn đã rà soát kỹ lưỡng, lựa chọn đúng đối tượng là đoàn viên có hoàn cảnh đặc biệt khó khăn về nhà ở, chưa có nhà hoặc nhà ở đã xuống cấp nghiêm trọng. Việc xét duyệt được thực hiện công khai tại cơ sở, có sự giám sát của đoàn viên; tiến độ xây dựng được theo dõi chặt chẽ, bảo đảm các gia đình sớm có nơi ở ổn định. Nhiều doanh nghiệp, nhà hảo tâm đã đồng hành, hỗ trợ thêm vật liệu xây dựng và ngày công lao động, góp phần giảm gánh nặng chi phí cho các gia đình.
Chị Nguyễn Thị Lan, giáo viên Trường Tiểu học ở huyện Kỳ Sơn, cho biết suốt nhiều năm gia đình chị sống trong căn nhà tạm dột nát; nay có nhà mới, chị yên tâm công tác, gắn bó với học sinh vùng cao. Những câu chuyện như vậy đã góp phần lan tỏa ý nghĩa nhân văn của chương trình trong đoàn viên, người lao động toàn tỉnh.
Để đăng ký hỗ trợ, đoàn viên liên hệ Ban Chính sách Pháp luật LĐLĐ tỉnh, số điện thoại 0238.3844.125.
Bài, ảnh: Hoàng Lam (Ban Tuyên giáo LĐLĐ tỉnh Nghệ An) thực hiện, tổng hợp từ báo cáo của các LĐLĐ huyện, thành, thị và công đoàn ngành. Các tin khác cùng chuyên mục được cập nhật hằng ngày trên cổng thông tin.
Lượt xem: 2.318
"""))
