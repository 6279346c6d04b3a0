"""Other forms: congress, interview, district / sector union, post-merger reports, national story: a18-a25."""
HR = 'n=headline repeat of the body figure: takes its region and period (gold README 1)'
ARTS = []

ARTS.append(('a18', 'other', 'https://baophuyen.vn/chinh-tri/202307/khai-mac-dai-hoi-cong-doan-tinh-phu-yen-lan-thu-xi', '2023-07-20', 'Phú Yên', """
Khai mạc Đại hội Công đoàn tỉnh Phú Yên lần thứ XI, nhiệm kỳ 2023 - 2028
Sáng 20/7, tại TP Tuy Hòa, Đại hội Công đoàn tỉnh Phú Yên lần thứ XI, nhiệm kỳ 2023-2028 long trọng khai mạc với sự tham dự của 250 đại biểu chính thức, đại diện cho hơn [[42.000|mt a pub b=o n=đại diện cho hơn N đoàn viên: rounded mention of the current stock 42.380, dated at publication (gold README 1, 7; challenge15 b02)]] đoàn viên công đoàn trong tỉnh.
Báo cáo chính trị trình Đại hội cho biết, nhiệm kỳ 2018-2023, các cấp công đoàn tỉnh đã kết nạp [[14.650|mn a t2018-2023 n=nhiệm kỳ 2018-2023 → 2018-01-01..2023-12-31 (records.md)]] đoàn viên, đạt [[122%|mn p t2018-2023]] chỉ tiêu Đại hội đề ra; thành lập mới [[156|un a t2018-2023]] CĐCS. Hiện toàn tỉnh có [[1.021|ut a pub n=Hiện: stock dated at publication (gold README 7)]] CĐCS với [[42.380|mt a pub]] đoàn viên.
Trong nhiệm kỳ, các cấp công đoàn đã giới thiệu [[2.140|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[1.376|pa a t2018-2023 n=đoàn viên được kết nạp vào Đảng → party_admitted]] đoàn viên đã được kết nạp vào Đảng; thăm hỏi, tặng quà, hỗ trợ hơn [[186.000|ben a t2018-2023 b=o]] lượt đoàn viên, người lao động với tổng số tiền hơn [[85 tỷ|sf a t2018-2023 b=o]] đồng; xây dựng và sửa chữa [[213|sh a t2018-2023]] nhà "Mái ấm Công đoàn".
Ông Trần Hữu Thế, Phó Bí thư Thường trực Tỉnh ủy, đánh giá: "Những con số này cho thấy tổ chức công đoàn tỉnh đã thực sự là chỗ dựa tin cậy của công nhân, viên chức, lao động".
Nhiệm kỳ 2023-2028, Đại hội đề ra 3 khâu đột phá và 12 chỉ tiêu chủ yếu, trong đó phấn đấu kết nạp [[15.000|mn t t2023-2028 n=term target: nhiệm kỳ 2023-2028 (records.md); 3 khâu đột phá / 12 chỉ tiêu are counts of plan items, not records (gold README 11)]] đoàn viên; thành lập [[120|un t t2023-2028]] CĐCS; 100% CĐCS đạt tiêu chuẩn vững mạnh.
Đại hội làm việc trong 2 ngày, bầu Ban Chấp hành khóa XI gồm 35 ủy viên và bầu 9 đại biểu đi dự Đại hội XIII Công đoàn Việt Nam.
"""))

ARTS.append(('a19', 'other', 'https://laodong.vn/cong-doan/chu-tich-ldld-tinh-ha-nam-phai-lay-doan-vien-lam-trung-tam-1073518.ldo', '2022-07-27', 'Hà Nam', """
Chủ tịch LĐLĐ tỉnh Hà Nam: "Phải lấy đoàn viên làm trung tâm"
Nhân dịp kỷ niệm 93 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2022), phóng viên Báo Lao Động có cuộc trao đổi với bà Trần Thị Hương, Chủ tịch Liên đoàn Lao động tỉnh Hà Nam.
- Thưa bà, 6 tháng đầu năm 2022, công tác phát triển đoàn viên của tỉnh đạt kết quả ra sao?
- Dù thị trường lao động còn nhiều biến động sau dịch, 6 tháng đầu năm, các cấp công đoàn Hà Nam đã kết nạp [[5.126|mn a h1-2022 n=6 tháng đầu năm year-less → publication year (records.md)]] đoàn viên, thành lập [[12|un a h1-2022]] CĐCS. Mục tiêu cả năm của chúng tôi là kết nạp [[8.000|mn t y2022 n=mục tiêu cả năm → full year of publication (gold README 8)]] đoàn viên; đến nay đã đạt [[64%|mn p h1-2022 n=part-way attainment takes the reporting period (challenge15 rule)]].
- Công tác chăm lo được thực hiện thế nào, thưa bà?
- Chúng tôi xác định chăm lo phải thiết thực, đúng người. Từ đầu năm đến nay, các cấp công đoàn đã thăm hỏi, hỗ trợ [[21.400|ben a 2022-01-01..2022-07-27 n=từ đầu năm đến nay → start of the publication year to publication (records.md)]] lượt đoàn viên với kinh phí [[7,3 tỷ|sf a 2022-01-01..2022-07-27]] đồng. Trong Tháng Công nhân, chúng tôi tổ chức "Ngày hội công nhân" tại 40 doanh nghiệp và vận động [[23|meal a mo2022-05 n=Tháng Công nhân year-less → May of the publication year (records.md); the Ngày hội công nhân events (40 doanh nghiệp) are no indicator, not records]] doanh nghiệp nâng giá trị bữa ăn ca lên từ 20.000 đồng trở lên.
- Hà Nam có hàng chục nghìn lao động nữ trong các khu công nghiệp. Công tác đối thoại, thương lượng ra sao?
- Trong 6 tháng đầu năm, [[178|wd a h1-2022]] doanh nghiệp đã tổ chức đối thoại định kỳ; các CĐCS thương lượng, ký mới [[26|ca a h1-2022]] bản thỏa ước lao động tập thể, nhiều bản có điều khoản hỗ trợ nhà trẻ, tiền gửi con cho lao động nữ. Hiện toàn tỉnh có [[758|ut a pub n=Hiện: stock dated at publication (gold README 7)]] CĐCS với [[96.450|mt a pub]] đoàn viên, khu vực doanh nghiệp ngoài nhà nước chiếm hơn 70%.
- Xin cảm ơn bà!
"""))

ARTS.append(('a20', 'other', 'https://congdoanthaibinh.org.vn/tin-tuc/ldld-huyen-vu-thu-tong-ket-hoat-dong-cong-doan-nam-2019', '2019-12-20', 'Thái Bình', """
LĐLĐ huyện Vũ Thư tổng kết hoạt động công đoàn năm 2019
Ngày 19/12, Liên đoàn Lao động huyện Vũ Thư (Thái Bình) tổ chức hội nghị tổng kết hoạt động công đoàn năm 2019, triển khai nhiệm vụ năm 2020.
Năm 2019, LĐLĐ huyện đã chỉ đạo các CĐCS kêt nạp [[612|mn a y2019 n=district union → its province, scope the district union (records.md Regions, gold README 10); scraped kêt nạp / đòan viên]] đòan viên, đạt [[102%|mn p y2019]] kế hoạch; thành lập mới [[5|un a y2019]] CĐCS tại các doanh nghiệp dệt may, da giày trên địa bàn. Hiện LĐLĐ huyện quản lý [[87|ut a pub n=Hiện: stock dated at publication (gold README 7)]] CĐCS với [[6.930|mt a pub]] đoàn viên.
Các CĐCS khối hành chính sự nghiệp đã phối hợp tổ chức hội nghị cán bộ, công chức, viên chức tại [[52|oc a y2019]] cơ quan, đơn vị; khối doanh nghiệp có [[21|wkc a y2019]] doanh nghiệp tổ chức hội nghị người lao động. Ủy ban kiểm tra LĐLĐ huyện đã kiểm tra tài chính [[9|fi a y2019]] CĐCS, qua đó hướng dẫn các đơn vị thu, chi đúng quy định.
Công tác chăm lo được quan tâm: các cấp công đoàn đã thăm hỏi, tặng quà [[1.340|ben a y2019]] lượt đoàn viên với số tiền [[486 triệu|sf a y2019]] đồng. [[Hai|sh a y2019 v=2 n=number word (records.md)]] nhà "Mái ấm Công đoàn" của đoàn viên ở xã Song Lãng và xã Tân Phong đã được khánh thành, mỗi nhà được hỗ trợ 30 triệu đồng.
"Năm 2020, LĐLĐ huyện phấn đấu kết nạp [[600|mn t y2020]] đoàn viên, thành lập [[4|un t y2020]] CĐCS, thành lập Ban nữ công ở [[3|wc t y2020 n=phấn đấu list → target (gold README 4)]] doanh nghiệp mới", bà Phạm Thị Lan, Chủ tịch LĐLĐ huyện cho biết.
""", 'LĐLĐ huyện Vũ Thư'))

ARTS.append(('a21', 'other', 'https://congdoangiaoducdaklak.vn/tong-ket-hoat-dong-cong-doan-nam-hoc-2021-2022', '2022-08-18', 'Đắk Lắk', """
Công đoàn Giáo dục Đắk Lắk tổng kết năm học 2021-2022
Ngày 17/8, Công đoàn ngành Giáo dục tỉnh Đắk Lắk tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2021-2022, triển khai nhiệm vụ năm học 2022-2023.
Trong năm học 2021-2022, [[628/628|oc a sy2021 n=x/x form → the count (records.md); năm học 2021-2022 → 2021-09-01..2022-08-31 (records.md); sector union → scope (gold README 10)]] trường học, đơn vị trực thuộc tổ chức hội nghị viên chức đúng quy định. Công đoàn ngành kết nạp mới [[215|mn a sy2021]] đoàn viên, nâng tổng số đoàn viên toàn ngành lên [[24.806|mt a pub n=nâng tổng số ... lên: stock dated at publication (records.md)]] người.
Do ảnh hưởng của dịch Covid-19, nhiều giáo viên, nhất là giáo viên mầm non ngoài công lập, gặp khó khăn. Các cấp công đoàn trong ngành đã thăm hỏi, hỗ trợ [[2.160|ben a sy2021]] lượt đoàn viên với tổng số tiền [[1,28 tỷ|sf a sy2021]] đồng. Chương trình "Mái ấm Công đoàn" hỗ trợ xây mới [[bốn|sh a sy2021 v=4 n=number word (records.md)]] ngôi nhà cho giáo viên ở các huyện Krông Bông, Lắk, M'Drắk với tổng kinh phí [[240 triệu|shf a sy2021]] đồng. Bên cạnh đó, công đoàn ngành đã phối hợp với chuyên môn đề xuất giải quyết chế độ cho giáo viên dạy trực tuyến, hỗ trợ thiết bị học tập cho học sinh có hoàn cảnh khó khăn ở vùng sâu, vùng xa.
Công đoàn ngành tổ chức [[3|tr a sy2021]] lớp tập huấn nghiệp vụ cho [[420|te a sy2021]] cán bộ công đoàn cơ sở; phối hợp với Sở Giáo dục và Đào tạo tổ chức hội thi "Giáo viên dạy giỏi" cấp tỉnh cho 186 giáo viên.
Năm học 2022-2023, Công đoàn ngành phấn đấu kết nạp [[200|mn t sy2022 n=năm học 2022-2023 → 2022-09-01..2023-08-31]] đoàn viên; 100% cơ sở giáo dục tổ chức hội nghị viên chức.
""", 'Công đoàn ngành Giáo dục'))

ARTS.append(('a22', 'other', 'https://baotuyenquang.com.vn/xa-hoi/nam-2025-ket-nap-hon-7800-doan-vien-moi-218734.html', '2025-12-26', 'Tuyên Quang', """
Tuyên Quang: Năm 2025 kết nạp hơn [[7.800|mn a y2025 b=o n=rounded headline repeat of 7.842: takes its region and period (gold README 1)]] đoàn viên mới
26/12/2025
Ngày 25/12, Ban Chấp hành Liên đoàn Lao động tỉnh Tuyên Quang tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất Liên đoàn Lao động hai tỉnh Tuyên Quang và Hà Giang.
Năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[7.842|mn a y2025 n=figures of the merged province → its name Tuyên Quang (challenge15 b10 convention)]] đoàn viên, đạt [[112%|mn p y2025]] kế hoạch; thành lập [[41|un a y2025]] CĐCS. Trong đó, khu vực Hà Giang (cũ) kết nạp [[3.105|mn a y2025 r=Hà Giang s=khu vực Hà Giang (cũ) n=figure of a former province → its pre-merger name (records.md Regions; challenge15 b10)]] đoàn viên, thành lập [[16|un a y2025 r=Hà Giang s=khu vực Hà Giang (cũ) n=former province → pre-merger name (records.md Regions)]] CĐCS.
Do sắp xếp tổ chức bộ máy, kết thúc hoạt động cấp huyện, số CĐCS giảm [[412|ud a y2025 n=giảm ... CĐCS → unions_dissolved (indicators.tsv)]] đơn vị so với đầu năm. Sau sắp xếp, toàn tỉnh hiện có [[2.637|ut a pub n=hiện có: stock dated at publication (gold README 7)]] CĐCS với [[148.920|mt a pub]] đoàn viên. Dữ liệu của [[146.300|rec a y2025]] đoàn viên đã được cập nhật lên phần mềm quản lý đoàn viên, chiếm 98,2% tổng số đoàn viên.
Trong năm, các cấp công đoàn đã thăm hỏi, hỗ trợ [[96.500|ben a y2025]] lượt đoàn viên, người lao động, trong đó có hàng nghìn đoàn viên bị thiệt hại do mưa lũ, với tổng kinh phí [[48,7 tỷ|sf a y2025]] đồng.
Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[8.000|mn t y2026]] đoàn viên, thành lập [[30|un t y2026]] CĐCS, trong đó tập trung vào các doanh nghiệp mới đầu tư tại khu công nghiệp Long Bình An và các cụm công nghiệp.
"""))

ARTS.append(('a23', 'other', 'https://dantri.com.vn/lao-dong-viec-lam/nam-2024-ca-nuoc-ket-nap-hon-1-trieu-doan-vien-20241227083015432.htm', '2024-12-27', 'Việt Nam', """
Năm 2024, cả nước kết nạp hơn [[1 triệu|mn a y2024 b=o n=rounded headline repeat of the national 1.024.560: takes its region and period (gold README 1)]] đoàn viên
Thứ sáu, 27/12/2024 - 08:30
(Dân trí) - Theo Tổng Liên đoàn Lao động Việt Nam, năm 2024, các cấp công đoàn cả nước đã kết nạp [[1.024.560|mn a y2024 n=national body, national total → Việt Nam (records.md Regions)]] đoàn viên, đạt [[102,5%|mn p y2024]] chỉ tiêu; thành lập [[3.845|un a y2024]] CĐCS. Tổng số đoàn viên cả nước hiện là [[11,2 triệu|mt a pub n=hiện là: stock dated at publication (gold README 7)]] người.
Trong năm, Tổng LĐLĐ Việt Nam và công đoàn các cấp đã chăm lo cho [[6,2 triệu|ben a y2024]] lượt đoàn viên, người lao động với tổng kinh phí [[4.300 tỷ|sf a y2024]] đồng; hỗ trợ xây mới, sửa chữa [[2.100|sh a y2024]] nhà "Mái ấm Công đoàn".
Là địa phương có nhiều lao động trong khu công nghiệp nhất cả nước, Bình Dương tiếp tục dẫn đầu về phát triển đoàn viên. Năm 2024, LĐLĐ tỉnh Bình Dương kết nạp [[96.410|mn a y2024 r=Bình Dương n=the cited province reports its own figure (records.md Regions)]] đoàn viên, thành lập [[212|un a y2024 r=Bình Dương n=LĐLĐ tỉnh Bình Dương reports it (records.md Regions)]] CĐCS. "Nhiều doanh nghiệp có đơn hàng trở lại nên nhu cầu tuyển dụng tăng, đó là cơ hội để chúng tôi phát triển đoàn viên", ông Nguyễn Văn Lộc, Phó Chủ tịch LĐLĐ tỉnh Bình Dương cho biết. Hiện LĐLĐ tỉnh Bình Dương có [[4.120|ut a pub r=Bình Dương n=Hiện: stock dated at publication (gold README 7); Bình Dương body]] CĐCS với khoảng [[650.000|mt a pub r=Bình Dương b=a n=stock of the same Hiện sentence; khoảng → about]] đoàn viên.
Năm 2025, Tổng LĐLĐ Việt Nam đặt mục tiêu kết nạp [[1 triệu|mn t y2025]] đoàn viên, tiếp tục đẩy mạnh chuyển đổi số trong quản lý đoàn viên.
Tin liên quan
- Hơn 37.000 vé xe, vé tàu miễn phí đưa công nhân về quê đón Tết Ất Tỵ
- Hà Nội: 120 doanh nghiệp cam kết thưởng Tết cho người lao động
"""))

ARTS.append(('a24', 'other', 'https://baocantho.com.vn/quy-i-2026-cong-doan-to-chuc-doi-thoai-tai-236-doanh-nghiep-a201345.html', '2026-04-08', 'Cần Thơ', """
TP Cần Thơ: Quý I/2026, công đoàn tổ chức đối thoại tại [[236|wd a q1-2026 """ + HR + """]] doanh nghiệp
Ngày 7/4, Liên đoàn Lao động thành phố Cần Thơ tổ chức hội nghị sơ kết hoạt động quý I, triển khai nhiệm vụ quý II/2026. Đây là quý đầu tiên LĐLĐ thành phố hoạt động trọn vẹn trong một năm mới sau khi hợp nhất LĐLĐ thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang.
Quý I/2026, các cấp công đoàn thành phố đã kết nạp [[2.974|mn a q1-2026 n=figures of the merged city → Cần Thơ (challenge15 b10 convention)]] đoàn viên, đạt [[24,8%|mn p q1-2026 n=part-way attainment takes the reporting period (challenge15 rule)]] kế hoạch năm; thành lập [[13|un a q1-2026]] CĐCS. Các cấp công đoàn đã phối hợp tổ chức đối thoại tại [[236|wd a q1-2026]] doanh nghiệp, hội nghị người lao động tại [[418|wkc a q1-2026]] doanh nghiệp.
Ông Lê Văn Tâm, Chủ tịch LĐLĐ thành phố, cho biết sau hợp nhất, địa bàn rộng hơn, đoàn viên làm việc phân tán ở nhiều khu, cụm công nghiệp. "Chúng tôi đã sắp xếp lại các công đoàn cơ sở, giao cán bộ phụ trách theo từng khu vực để không đoàn viên nào bị bỏ sót quyền lợi", ông Tâm nói.
Dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn đã chăm lo cho [[118.600|ben a y2026 n=Tết of a named year: the year of that Tết (challenge15 convention)]] lượt đoàn viên, người lao động với tổng kinh phí gần [[62 tỷ|sf a y2026 b=u]] đồng; trong đó khu vực Sóc Trăng (cũ) là [[31.200|ben a y2026 r=Sóc Trăng s=khu vực Sóc Trăng (cũ) n=breakdown by former province → its pre-merger name (records.md Regions; gold README 6)]] lượt, khu vực Hậu Giang (cũ) [[24.750|ben a y2026 r=Hậu Giang s=khu vực Hậu Giang (cũ) n=former province → pre-merger name (records.md Regions); noun left out after the figure]] lượt.
Quý II/2026, LĐLĐ thành phố phấn đấu kết nạp [[3.500|mn t q2-2026]] đoàn viên; tổ chức Tháng Công nhân năm 2026 tại [[1.850|wmu t mo2026-05 n=an item of the quarter's list that names its own period: Tháng Công nhân → May 2026 (gold README 8)]] CĐCS; ký kết thêm [[5|wp t q2-2026]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn".
"""))

ARTS.append(('a25', 'other', 'https://nld.com.vn/cong-doan/cong-doan-cac-kcx-kcn-tp-hcm-nam-qua-ky-moi-148-thoa-uoc-20160120154212.htm', '2016-01-20', 'Hồ Chí Minh', """
Công đoàn các KCX-KCN TP HCM: Năm qua ký mới [[148|ca a y2015 """ + HR + """]] thỏa ước lao động tập thể
20/01/2016 15:42
(NLĐO) - Ngày 19/1, Công đoàn các Khu chế xuất và công nghiệp TP HCM (HEPZA) tổ chức hội nghị tổng kết hoạt động, triển khai nhiệm vụ công tác năm 2016.
Năm qua, Công đoàn các KCX-KCN đã phát triển [[21.350|mn a y2015 n=năm qua, published in January → the previous year (records.md)]] đoàn viên, thành lập [[68|un a y2015]] CĐCS. Công đoàn đã hướng dẫn, hỗ trợ các CĐCS thương lượng, ký mới [[148|ca a y2015]] bản thỏa ước lao động tập thể, trong đó [[37|ca a y2015 s=doanh nghiệp có vốn đầu tư nước ngoài n=trong đó: breakdown (gold README 6)]] bản tại doanh nghiệp có vốn đầu tư nước ngoài.
Bên cạnh đó, [[86|meal a y2015]] doanh nghiệp đã điều chỉnh tăng giá trị bữa ăn ca cho công nhân; [[214|wd a y2015]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Tổ tư vấn pháp luật của Công đoàn các KCX-KCN đã tư vấn cho [[5.300|lc a y2015]] lượt công nhân, trong đó nhiều trường hợp liên quan đến trợ cấp thôi việc, bảo hiểm thất nghiệp.
Các cấp công đoàn đã thăm hỏi, tặng quà cho [[48.900|ben a y2015]] lượt đoàn viên, công nhân với tổng số tiền [[12,5 tỷ|sf a y2015]] đồng. Phát biểu tại hội nghị, ông Hồ Văn Bình, Chủ tịch Công đoàn các KCX-KCN, cho biết: "Tiền lương tối thiểu vùng tăng 12,4% từ ngày 1/1/2016 là thuận lợi, nhưng nhiều doanh nghiệp sẽ tìm cách cắt giảm phụ cấp, công đoàn phải giám sát chặt".
Năm 2016, Công đoàn các KCX-KCN phấn đấu phát triển [[20.000|mn t y2016]] đoàn viên, 100% CĐCS doanh nghiệp tổ chức đối thoại định kỳ.
Tin liên quan
- TP HCM: Hơn 10.000 vé xe miễn phí cho công nhân về quê đón Tết (19/01/2016)
- Bình Dương chi 40 tỷ đồng chăm lo Tết cho công nhân (18/01/2016)
Ý kiến của bạn (0)
""", 'Công đoàn các KCX-KCN'))
