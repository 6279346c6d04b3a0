ARTS = []

SECT = 'sector union of the province: region is its province, scope names the body (records.md Regions; gold README 10)'

ARTS.append(('o01', 'https://congdoannghean.vn/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2018-2019', '2019-08-20', 'Nghệ An', """
Công đoàn ngành Giáo dục Nghệ An tổng kết năm học 2018-2019
20/08/2019 09:32
(Congdoannghean.vn) - Sáng 19/8, tại TP Vinh, Công đoàn ngành Giáo dục Nghệ An tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2018-2019, triển khai nhiệm vụ năm học 2019-2020. Dự hội nghị có lãnh đạo LĐLĐ tỉnh, Sở Giáo dục và Đào tạo cùng 185 đại biểu là chủ tịch công đoàn các trường trực thuộc và công đoàn giáo dục các huyện, thành phố, thị xã.
Năm học 2018-2019, Công đoàn ngành đã phối hợp với Sở Giáo dục và Đào tạo chỉ đạo [[1.214|oc a sy2018 n=năm học 2018-2019 → 1 Sep 2018..31 Aug 2019 (records.md Periods)]] đơn vị trường học tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học đúng quy trình, đạt 100%. Công tác phát triển đoàn viên tiếp tục được quan tâm: toàn ngành kết nạp [[1.126|mn a sy2018]] đoàn viên mới, chủ yếu là giáo viên, nhân viên mới tuyển dụng và lao động hợp đồng ở các trường mầm non. Hiện Công đoàn ngành có [[1.298|ut a pub n=stock (hiện) dated at publication (gold README 7)]] công đoàn cơ sở với [[46.520|mt a pub n=stock dated at publication (gold README 7)]] đoàn viên, trong đó nữ chiếm 78%.
Hoạt động chăm lo đời sống đoàn viên được đẩy mạnh. Các cấp công đoàn trong ngành đã thăm hỏi, hỗ trợ [[3.650|ben a sy2018]] lượt đoàn viên ốm đau, gặp hoàn cảnh khó khăn với tổng số tiền [[2,8 tỷ|sf a sy2018]] đồng. Từ Quỹ "Mái ấm Công đoàn" của ngành, đã hỗ trợ xây mới, sửa chữa [[12|sh a sy2018]] nhà cho nhà giáo khó khăn về nhà ở tại các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong, mỗi nhà 40 triệu đồng, tổng kinh phí [[480 triệu|shf a sy2018]] đồng.
Công đoàn ngành đã giới thiệu [[312|pr a sy2018]] đoàn viên ưu tú cho Đảng xem xét kết nạp; trong năm học, [[247|pa a sy2018]] đồng chí đã được kết nạp vào Đảng.
Năm học 2019-2020, Công đoàn ngành Giáo dục Nghệ An phấn đấu kết nạp [[1.000|mn t sy2019 n=phấn đấu → target (gold README 4)]] đoàn viên mới; 100% đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng thời gian quy định.
Dịp này, 25 tập thể và 40 cá nhân có thành tích xuất sắc được nhận Bằng khen của Công đoàn ngành.
Minh Hà
""", dict(s='Công đoàn ngành Giáo dục', n=SECT)))

KCN = 'industrial-zone union: region is its province (records.md Regions), scope names the body (gold README 10)'

ARTS.append(('o02', 'https://baobacgiang.vn/cong-doan-cac-kcn-6-thang-ket-nap-hon-4700-doan-vien', '2022-07-12', 'Bắc Giang', """
Công đoàn các KCN Bắc Giang: 6 tháng kết nạp hơn [[4.700|mn a h1-2022 b=o n=rounded headline repeat of 4.735: takes its region and period (gold README 1)]] đoàn viên
12/07/2022 | 15:20
BGĐT - Ngày 11/7, Công đoàn các Khu công nghiệp (KCN) tỉnh Bắc Giang tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.
Theo báo cáo, 6 tháng đầu năm 2022, Công đoàn các KCN đã kết nạp [[4.735|mn a h1-2022]] đoàn viên, đạt [[59,2%|mn p h1-2022 n=part-way attainment of the year plan takes the reporting period (challenge15 precedent)]] kế hoạch năm; thành lập mới [[14|un a h1-2022]] công đoàn cơ sở (CĐCS); thành lập [[6|wc a h1-2022]] Ban nữ công quần chúng tại các doanh nghiệp có đông lao động nữ. Hiện Công đoàn các KCN quản lý [[168|ut a pub]] CĐCS với [[98.412|mt a pub]] đoàn viên, chiếm 87% tổng số lao động làm việc trong các doanh nghiệp đã có tổ chức công đoàn.
Các CĐCS đã phối hợp với người sử dụng lao động tổ chức hội nghị người lao động tại [[52|wkc a h1-2022]] doanh nghiệp; [[31|wd a h1-2022]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc; ký mới [[9|ca a h1-2022]] bản thỏa ước lao động tập thể. Qua thương lượng, [[27|meal a h1-2022]] doanh nghiệp đã điều chỉnh tăng giá trị bữa ăn ca, mức phổ biến từ 18.000 đến 25.000 đồng/suất.
Trong Tháng Công nhân năm 2022, Công đoàn các KCN đã thăm, tặng [[2.350|ben a mo2022-05 n=Tháng Công nhân năm 2022 → May 2022 (records.md Periods)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất 500.000 đồng, tổng trị giá gần [[1,2 tỷ|sf a mo2022-05 b=u]] đồng.
6 tháng cuối năm, Công đoàn các KCN tỉnh Bắc Giang phấn đấu kết nạp thêm [[3.300|mn t h2-2022 n=year-less '6 tháng cuối năm' takes the publication year (records.md Periods)]] đoàn viên, phấn đấu hoàn thành vượt mức các chỉ tiêu năm 2022.
Ngọc Thành
Tin liên quan:
- LĐLĐ tỉnh Bắc Giang trao 200 suất quà cho công nhân khó khăn
- Bắc Giang: 5 tháng, thu hút 12.000 lao động vào làm việc tại các KCN
""", dict(s='Công đoàn các KCN', n=KCN)))

DIST = 'district union: region is its province (records.md Regions), scope names the body (gold README 10)'

ARTS.append(('o03', 'https://baohatinh.vn/ldld-huyen-thach-ha-trao-50-suat-qua-cho-cong-nhan-lao-dong', '2017-05-29', 'Hà Tĩnh', """
LĐLĐ huyện Thạch Hà trao [[50|ben a mo2017-05 n=HR]] suất quà cho công nhân lao động
29/05/2017 - 10:05
(Baohatinh.vn) - Chiều 28/5, LĐLĐ huyện Thạch Hà (Hà Tĩnh) tổ chức lễ tổng kết "Tháng Công nhân" năm 2017, trao [[50|ben a mo2017-05 n=Tháng Công nhân năm 2017 → May 2017 (records.md Periods)]] suất quà cho công nhân lao động có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng.
Hưởng ứng Tháng Công nhân với chủ đề "Công đoàn Việt Nam chăm lo lợi ích đoàn viên", [[42/42|wmu a mo2017-05 n=x/x form → the count (records.md value)]] công đoàn cơ sở trực thuộc đã tổ chức các hoạt động thiết thực như thăm hỏi đoàn viên ốm đau, giải bóng chuyền nam nữ, hội thi "An toàn vệ sinh viên giỏi".
Trong tháng, các cấp công đoàn toàn huyện đã thăm hỏi, tặng [[318|ben a mo2017-05 n='trong tháng' takes the nearest earlier period phrase, Tháng Công nhân 2017 (records.md Periods)]] suất quà với tổng trị giá [[156 triệu|sf a mo2017-05]] đồng; phối hợp với Phòng Lao động - Thương binh và Xã hội huyện tổ chức [[3|tr a mo2017-05]] hội nghị tập huấn pháp luật lao động cho [[420|te a mo2017-05]] lượt đoàn viên, người lao động.
[[Hai|sh a mo2017-05 v=2 n=number written as a word (records.md); members helped to build a Mái ấm Công đoàn house count as shelter_houses (gold README 9)]] đoàn viên ở xã Thạch Ngọc và xã Thạch Hương cũng được LĐLĐ huyện hỗ trợ xây nhà "Mái ấm Công đoàn", mỗi nhà 30 triệu đồng.
Dịp này, LĐLĐ huyện Thạch Hà đã tặng Giấy khen cho 8 tập thể, 15 cá nhân có thành tích xuất sắc trong Tháng Công nhân năm 2017.
Văn Đức
""", dict(s='LĐLĐ huyện Thạch Hà', n=DIST)))

NAT = 'national sector union acting nationwide: national figure → Việt Nam (records.md Regions); scope names the body'
ONE = 'national body acting in one province gives that province (records.md Regions)'

ARTS.append(('o04', 'https://suckhoedoisong.vn/cong-doan-y-te-viet-nam-cham-lo-tet-cho-hon-6000-doan-vien', '2024-02-02', 'Việt Nam', """
Công đoàn Y tế Việt Nam chăm lo Tết cho hơn [[6.000|ben a y2024 b=o n=rounded headline repeat of 6.230: takes its region and period (gold README 1)]] đoàn viên, người lao động
02/02/2024 14:47
(Suckhoedoisong.vn) - Dịp Tết Nguyên đán Giáp Thìn 2024, Công đoàn Y tế Việt Nam đã trích kinh phí thăm hỏi, tặng quà cho [[6.230|ben a y2024 n=Tết Giáp Thìn 2024 → year 2024 (challenge15 precedent: Tết figures take the Tết year)]] đoàn viên, người lao động ngành Y tế có hoàn cảnh khó khăn trên cả nước, tổng kinh phí gần [[4,1 tỷ|sf a y2024 b=u]] đồng.
Trong đó, tại tỉnh Điện Biên, đoàn công tác của Công đoàn Y tế Việt Nam đã trao [[200|ben a y2024 r=Điện Biên n=breakdown of the national figure in one province: national body acting in one province gives that province (records.md Regions; gold README 6)]] suất quà cho đoàn viên Trung tâm Y tế huyện Mường Nhé và Bệnh viện Đa khoa tỉnh Điện Biên, mỗi suất 1 triệu đồng (tổng trị giá [[200 triệu|sf a y2024 r=Điện Biên n=national body acting in one province gives that province (records.md Regions)]] đồng).
Tại Hà Nội, Công đoàn Y tế Việt Nam phối hợp tổ chức chương trình "Tết sum vầy - Xuân chia sẻ", tặng [[500|ben a y2024 r=Hà Nội n=tickets given to members count as beneficiaries (gold README 9); national body acting in one city gives that city (records.md Regions)]] vé xe, vé tàu cho nhân viên y tế về quê đón Tết. Chương trình bố trí 10 chuyến xe xuất phát từ Bệnh viện Bạch Mai đi các tỉnh miền Trung.
Cùng với Công đoàn Y tế Việt Nam, công đoàn ngành Y tế các địa phương cũng chủ động chăm lo Tết cho người lao động. Công đoàn ngành Y tế Nghệ An đã trao [[1.500|ben a y2024 r=Nghệ An s=Công đoàn ngành Y tế n=provincial sector union: the province it names (records.md Regions); Tết year]] suất quà cho đoàn viên có hoàn cảnh khó khăn, trong đó ưu tiên nhân viên y tế thôn bản.
Năm 2023, Công đoàn Y tế Việt Nam đã chỉ đạo các công đoàn trực thuộc kết nạp [[5.412|mn a y2023]] đoàn viên, thành lập [[17|un a y2023]] CĐCS tại các bệnh viện, phòng khám ngoài công lập. Hiện toàn ngành Y tế có gần [[410.000|mt a pub b=u n=stock (hiện) dated at publication (gold README 7)]] đoàn viên công đoàn.
Đường dây nóng của Công đoàn Y tế Việt Nam: 024.3846.2730.
""", dict(s='Công đoàn Y tế Việt Nam', n=NAT)))

FED = 'national federation citing a provincial federation: region of the province it names (records.md Regions); list item takes the period of the lead sentence (gold README 8)'

ARTS.append(('o05', 'https://laodong.vn/cong-doan/tu-dau-nam-hon-4500-nha-mai-am-cong-doan', '2023-11-08', 'Việt Nam', """
Từ đầu năm, hơn [[4.500|sh a 2023-01-01..pub b=o n=rounded headline repeat of 4.562: takes its region and period (gold README 1)]] nhà "Mái ấm Công đoàn" được xây dựng, sửa chữa
08/11/2023 07:00
(LĐO) - Theo báo cáo của Tổng Liên đoàn Lao động Việt Nam, từ đầu năm 2023 đến nay, các cấp công đoàn cả nước đã hỗ trợ xây mới, sửa chữa [[4.562|sh a 2023-01-01..pub n=national federation: national figure → Việt Nam; 'từ đầu năm 2023 đến nay' → 1 Jan..publication (records.md)]] nhà "Mái ấm Công đoàn" cho đoàn viên, người lao động khó khăn về nhà ở, với tổng kinh phí hơn [[168 tỷ|shf a 2023-01-01..pub b=o]] đồng; trong đó Quỹ Xã hội Công đoàn Việt Nam hỗ trợ [[45,6 tỷ|shf a 2023-01-01..pub s=Quỹ Xã hội Công đoàn Việt Nam n=breakdown by source: same indicator with a scope (gold README 6)]] đồng. Mức hỗ trợ phổ biến từ 40 đến 60 triệu đồng/nhà xây mới và từ 20 đến 30 triệu đồng/nhà sửa chữa.
Các địa phương có nhiều nhà "Mái ấm Công đoàn" là: LĐLĐ tỉnh Nghệ An [[312|sh a 2023-01-01..pub r=Nghệ An n=FED]] nhà, LĐLĐ tỉnh Thanh Hóa [[256|sh a 2023-01-01..pub r=Thanh Hóa n=FED]] nhà, LĐLĐ tỉnh Đồng Tháp [[198|sh a 2023-01-01..pub r=Đồng Tháp n=FED]] nhà, LĐLĐ tỉnh Sóc Trăng [[175|sh a 2023-01-01..pub r=Sóc Trăng n=FED]] nhà. Riêng LĐLĐ tỉnh Nghệ An đã huy động [[15,6 tỷ|shf a 2023-01-01..pub r=Nghệ An n=the federation named (LĐLĐ tỉnh Nghệ An) gives the region (records.md Regions); no period phrase in the sentence → nearest earlier one, từ đầu năm 2023 đến nay]] đồng từ các nguồn xã hội hóa.
Từ khi triển khai chương trình năm 2008 đến nay, các cấp công đoàn đã xây dựng, sửa chữa hơn [[61.000|sh a 2008-01-01..pub b=o n=cumulative 'từ ... năm 2008 đến nay' → 1 Jan 2008..publication (records.md Periods, like 'từ đầu năm 2018 đến nay')]] nhà "Mái ấm Công đoàn", tổng trị giá khoảng [[2.100 tỷ|shf a 2008-01-01..pub b=a]] đồng.
Cùng với đó, Chương trình "Phúc lợi đoàn viên công đoàn" tiếp tục được mở rộng. Từ đầu năm đến nay, Tổng LĐLĐ Việt Nam đã ký mới [[5|wp a 2023-01-01..pub]] thỏa thuận hợp tác với các tập đoàn, doanh nghiệp cung cấp sản phẩm, dịch vụ ưu đãi cho đoàn viên; LĐLĐ TP Hồ Chí Minh ký [[38|wp a 2023-01-01..pub r=Hồ Chí Minh n=FED]] thỏa thuận với các doanh nghiệp trên địa bàn.
Số lần đọc: 2.315
""".replace('n=FED', 'n=' + FED), dict(s=None)))

VC = 'provincial union of public employees (Công đoàn Viên chức tỉnh): region is its province, scope names the body (records.md Regions; gold README 10)'

ARTS.append(('o06', 'https://congdoanquangninh.org.vn/cong-doan-vien-chuc-tinh-tong-ket-nam-2021', '2021-12-24', 'Quảng Ninh', """
Công đoàn Viên chức tỉnh Quảng Ninh tổng kết công tác năm 2021
24/12/2021
(Congdoanquangninh.org.vn) - Ngày 23/12, Công đoàn Viên chức tỉnh Quảng Ninh tổ chức Hội nghị Ban Chấp hành lần thứ 7, khóa IV, tổng kết hoạt động công đoàn năm 2021, triển khai nhiệm vụ năm 2022.
Năm 2021, mặc dù chịu tác động của dịch Covid-19, Công đoàn Viên chức tỉnh đã hướng dẫn [[96|oc a y2021]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức theo đúng quy định. Toàn Công đoàn Viên chức tỉnh kết nạp mới [[412|mn a y2021]] đoàn viên, vượt [[37%|mn p y2021 v=137 n=vượt 37% chỉ tiêu → 137, bound exact (records.md status; challenge15 precedent)]] chỉ tiêu (chỉ tiêu [[300|mn t y2021 n=parenthetical target is a target record (gold README 4)]] đoàn viên). Hiện Công đoàn Viên chức tỉnh có [[118|ut a pub]] CĐCS trực thuộc với [[9.856|mt a pub]] đoàn viên.
Công đoàn Viên chức tỉnh tổ chức [[4|tr a y2021]] lớp tập huấn nghiệp vụ cho [[560|te a y2021]] lượt cán bộ công đoàn cơ sở; giới thiệu [[87|pr a y2021]] đoàn viên ưu tú cho Đảng xem xét, đã có [[54|pa a y2021]] đồng chí được kết nạp.
Ủy ban Kiểm tra Công đoàn Viên chức tỉnh đã kiểm tra tài chính [[15|fi a y2021]] CĐCS; phối hợp tham gia [[8|sv a y2021]] cuộc giám sát việc thực hiện chế độ, chính sách đối với cán bộ, công chức, viên chức. Mỗi đoàn viên khó khăn được hỗ trợ từ 500.000 đồng đến 1 triệu đồng trong dịp Tết.
Năm 2022, Công đoàn Viên chức tỉnh phấn đấu kết nạp [[350|mn t y2022]] đoàn viên mới, 100% CĐCS được xếp loại hoàn thành tốt nhiệm vụ.
Thu Hằng
""", dict(s='Công đoàn Viên chức tỉnh', n=VC)))
