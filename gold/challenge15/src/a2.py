ARTS = []
PAD_HN = """Theo Trưởng ban Tuyên giáo LĐLĐ thành phố, điểm mới của năm nay là việc số hóa toàn bộ thông tin ưu đãi: đoàn viên chỉ cần xuất trình thẻ đoàn viên điện tử trên ứng dụng Công đoàn Việt Nam là được hưởng chính sách giảm giá tại hệ thống siêu thị, cửa hàng, nhà thuốc, cơ sở khám chữa bệnh và trường mầm non tư thục. Các đối tác cam kết niêm yết công khai mức ưu đãi, chịu sự giám sát của công đoàn; nếu vi phạm cam kết, thỏa thuận sẽ bị chấm dứt. Nhiều đoàn viên cho biết chương trình giúp tiết kiệm đáng kể chi tiêu hằng tháng, nhất là trong bối cảnh giá cả hàng hóa tăng cao sau dịch bệnh."""

ARTS.append(('b05', 'https://laodongthudo.vn/phuc-loi-doan-vien-cong-doan-thu-do-2022.html', '2022-06-20', 'Hà Nội', """Lao động Thủ đô
Thứ hai, 20/06/2022 14:32
Công đoàn Thủ đô ký thỏa thuận với [[12|wp a 2022-01-01..2022-06-20 n=headline repeat of the body figure: takes its period 'từ đầu năm 2022 đến nay' (gold README 1)]] đối tác mới về Phúc lợi đoàn viên
LĐLĐ - Từ đầu năm 2022 đến nay, LĐLĐ thành phố Hà Nội đã ký kết thỏa thuận hợp tác với [[12|wp a 2022-01-01..2022-06-20 n=từ đầu năm 2022 đến nay -> 1 Jan..publication (records.md)]] đối tác mới trong Chương trình "Phúc lợi đoàn viên công đoàn", nâng tổng số đối tác lên [[186|wp a pub n=partner stock (nâng tổng số ... lên) dated at publication]] doanh nghiệp, đơn vị - nhiều nhất cả nước.
Trong số các đối tác mới, [[5|wp a 2022-01-01..2022-06-20 s=siêu thị, trung tâm thương mại n=breakdown of the new partners (gold README 6)]] là siêu thị, trung tâm thương mại; số còn lại là bệnh viện, phòng khám, trường học và công ty du lịch. Mức ưu đãi dành cho đoàn viên từ 5% đến 30% giá trị sản phẩm, dịch vụ. Cũng từ đầu năm, LĐLĐ quận Hoàn Kiếm chủ động ký với [[3|wp a 2022-01-01..2022-06-20 s=LĐLĐ quận Hoàn Kiếm n=district union takes its province, with a scope]] đối tác trên địa bàn quận.
""" + PAD_HN + """
Kết quả 5 tháng đầu năm 2022
Trong 5 tháng đầu năm 2022, các cấp công đoàn Thủ đô kết nạp [[21.560|mn a f5-2022]] đoàn viên, thành lập [[212|un a f5-2022]] CĐCS, đạt [[53,9%|mn p f5-2022 n=part-way attainment of the year target takes the reporting period (challenge13 convention)]] chỉ tiêu năm (chỉ tiêu năm 2022 là [[40.000|mn t y2022 n=year target in brackets]] đoàn viên). So với cùng kỳ năm 2021, số đoàn viên kết nạp tăng 2.140 người.
Cũng trong 5 tháng, công đoàn đã thăm hỏi, hỗ trợ [[48.320|ben a f5-2022]] lượt đoàn viên, người lao động với số tiền [[31,25 tỷ|sf a f5-2022]] đồng; hỗ trợ xây mới, sửa chữa [[15|sh a f5-2022]] nhà Mái ấm Công đoàn với số tiền [[750 triệu|shf a f5-2022]] đồng. Riêng Công đoàn Giáo dục Hà Nội hỗ trợ [[1.240|ben a f5-2022 s=Công đoàn Giáo dục Hà Nội]] giáo viên mầm non ngoài công lập, mỗi người 1 triệu đồng, tổng cộng [[1,24 tỷ|sf a f5-2022 s=Công đoàn Giáo dục Hà Nội]] đồng.
Về công tác đại diện, bảo vệ, [[1.315|wkc a f5-2022]] doanh nghiệp đã tổ chức hội nghị người lao động; [[84|ca a f5-2022]] bản thỏa ước lao động tập thể được ký mới; Văn phòng tư vấn pháp luật công đoàn tư vấn cho [[2.730|lc a f5-2022]] lượt người.
Kế hoạch từ nay đến cuối năm
Từ nay đến cuối năm 2022, LĐLĐ thành phố phấn đấu ký thêm [[10|wp t 2022-06-20..2022-12-31 n=từ nay đến cuối năm -> publication..31 Dec (challenge13 convention); phấn đấu -> target]] thỏa thuận hợp tác với đối tác mới, tập trung vào lĩnh vực nhà ở xã hội, y tế và giáo dục; đồng thời kết nạp [[18.440|mn t 2022-06-20..2022-12-31 n=remaining target for the rest of the year]] đoàn viên để hoàn thành chỉ tiêu năm. Hà Nội hiện là địa phương dẫn đầu cả nước về số đối tác tham gia chương trình và gấp đôi so với cùng kỳ năm trước.
Phó Chủ tịch LĐLĐ thành phố cho biết, các đối tác đều được thẩm định kỹ về uy tín, chất lượng dịch vụ trước khi ký kết. LĐLĐ thành phố sẽ định kỳ 6 tháng đánh giá hiệu quả từng thỏa thuận, lấy ý kiến đoàn viên để điều chỉnh.
Đường dây nóng tiếp nhận phản ánh của đoàn viên: 1900.1234.
@@PAD@@Hải Yến
Tin cùng chuyên mục:
- Hà Nội: 200 công nhân được khám sức khỏe miễn phí
- Quận Long Biên trao 30 suất quà cho công nhân khó khăn
"""))

ARTS.append(('b06', 'https://baobinhduong.vn/cong-doan-cac-kcn-so-ket-quy-i-2019-a195412.html', '2019-04-16', 'Bình Dương', """Báo Bình Dương
Chính trị - Xã hội > Công đoàn
Quý I/2019, Công đoàn các KCN Bình Dương kết nạp [[6.214|mn a q1-2019 s=Công đoàn các KCN n=headline repeat of the table figure (gold README 1)]] đoàn viên
Cập nhật: 16-04-2019 | 08:21:35
(BDO) Ngày 15/4, Ban Thường vụ Công đoàn các KCN Bình Dương tổ chức sơ kết hoạt động quý I/2019, triển khai nhiệm vụ quý II/2019.
Theo báo cáo, trong quý I, mặc dù thời gian nghỉ Tết Nguyên đán kéo dài, biến động lao động lớn sau Tết, song các cấp công đoàn trong KCN vẫn hoàn thành tốt nhiệm vụ. Một số kết quả so với cùng kỳ năm trước như sau:
| Nội dung | Quý I/2019 | Cùng kỳ 2018 |
| Kết nạp đoàn viên | [[6.214|mn a q1-2019 s=Công đoàn các KCN]] | [[5.480|mn a q1-2018 s=Công đoàn các KCN n=table column 'Cùng kỳ 2018' -> Q1 2018, an actual of its own period]] |
| Thành lập CĐCS | [[14|un a q1-2019 s=Công đoàn các KCN]] | [[11|un a q1-2018 s=Công đoàn các KCN n=table column 'Cùng kỳ 2018' -> Q1 2018]] |
| Hội nghị người lao động | [[212|wkc a q1-2019 s=Công đoàn các KCN]] | [[187|wkc a q1-2018 s=Công đoàn các KCN n=table column 'Cùng kỳ 2018' -> Q1 2018]] |
| Thỏa ước ký mới | [[36|ca a q1-2019 s=Công đoàn các KCN]] | [[29|ca a q1-2018 s=Công đoàn các KCN n=table column 'Cùng kỳ 2018' -> Q1 2018]] |
Kế hoạch năm 2019 của Công đoàn các KCN là kết nạp [[18.000|mn t y2019 s=Công đoàn các KCN]] đoàn viên; như vậy sau quý I đã đạt [[34,5%|mn p q1-2019 s=Công đoàn các KCN n=part-way attainment takes the reporting period (challenge13 convention)]]. Qua thương lượng, [[58|meal a q1-2019 s=Công đoàn các KCN]] doanh nghiệp đã điều chỉnh tăng giá trị bữa ăn ca, mức bình quân 17.000 đồng/suất; công đoàn tư vấn pháp luật cho [[1.320|lc a q1-2019 s=Công đoàn các KCN]] lượt công nhân.
Dịp Tết Kỷ Hợi 2019, Công đoàn các KCN tặng [[24.600|ben a y2019 s=Công đoàn các KCN n=Tết Kỷ Hợi 2019 -> 2019 (Tết-year convention), although it fell inside Q1]] suất quà cho công nhân và tổ chức 45 chuyến xe "Tết Sum vầy" đưa [[2.150|ben a y2019 s=Công đoàn các KCN n=free rides home -> beneficiaries; the buses are not a record; Tết-year convention]] công nhân về quê. Hiện Công đoàn các KCN quản lý [[612|ut a pub s=Công đoàn các KCN]] CĐCS với [[241.300|mt a pub s=Công đoàn các KCN]] đoàn viên, chiếm khoảng 40% số đoàn viên toàn tỉnh.
Tính chung toàn tỉnh, quý I/2019 LĐLĐ tỉnh Bình Dương kết nạp [[11.870|mn a q1-2019]] đoàn viên, tiếp tục dẫn đầu cả nước về phát triển đoàn viên.
Nhiệm vụ quý II/2019
Công đoàn các KCN đặt mục tiêu trong quý II/2019:
- Kết nạp [[5.000|mn t q2-2019 s=Công đoàn các KCN]] đoàn viên;
- Thành lập [[10|un t q2-2019 s=Công đoàn các KCN]] CĐCS tại doanh nghiệp có từ 50 lao động trở lên;
- Tổ chức [[50|wd t q2-2019 s=Công đoàn các KCN]] cuộc đối thoại tại nơi làm việc định kỳ.
Phát biểu tại hội nghị, Chủ tịch Công đoàn các KCN Bình Dương đề nghị các CĐCS chủ động nắm tình hình, tâm tư của công nhân sau Tết, đặc biệt tại các doanh nghiệp dệt may, da giày có đông lao động nữ. Ban Thường vụ cũng lưu ý việc chuẩn bị chu đáo các hoạt động Tháng Công nhân năm 2019 với chủ đề "Đoàn viên công đoàn được hưởng lợi", hướng tới kỷ niệm 90 năm thành lập Công đoàn Việt Nam. Các CĐCS cần phối hợp với chủ doanh nghiệp tổ chức hội nghị người lao động đúng quy định, công khai thông tin về tiền lương, thưởng và điều kiện làm việc.
Trong quý, các cấp công đoàn còn phối hợp tổ chức nhiều hoạt động văn hóa, thể thao, hội thi an toàn vệ sinh viên giỏi, thu hút đông đảo công nhân tham gia; nhiều doanh nghiệp hỗ trợ xe đưa đón, nhà trọ giá rẻ cho người lao động.
@@PAD@@Minh Duy
Ý kiến bạn đọc (0)
"""))

ARTS.append(('b07', 'https://baoquangnam.vn/xa-hoi/lao-dong/cong-doan-quang-nam-tong-ket-nam-2016', '2017-01-12', 'Quảng Nam', """Bao Quang Nam Online
Cong doan Quang Nam: nam 2016 ket nap [[4.126|mn a y2016 n=headline without diacritics (scraped); repeat of the body figure]] doan vien
(QNO) - Ngày 11/1, LĐLĐ tỉnh Quảng Nam tổ chức hội nghị tổng kết hoạt động công đoàn năm 2016 và triển khai nhiệm vụ năm 2017.
Năm qua, các cấp công đoàn trong tỉnh kết nạp [[4.126|mn a y2016 n=năm qua published in January -> previous year 2016 (records.md)]] đoàn vien mới, đạt [[103,2%|mn p y2016]] kế hoạch; thành lập [[38|un a y2016]] Cong doan co so. Tuy nhiên, do nhiều doanh nghiệp giải thể, phá sản, số đoàn viên giam [[1.940|ml a y2016 n=scraped 'giam' for giảm]] người và [[9|ud a y2016]] CĐCS giải thể; tăng tuyệt đối [[2.186|mnet a y2016]] đoàn viên và tăng thực [[29|unet a y2016 n=tăng thực -> net change]] CĐCS. So voi nam 2015 ([[3.560|mn a y2015 n=previous-year contrast in brackets, an actual of 2015]] doan vien), so doan vien ket nap tang 15,9%.
Hien toan tinh co [[1.427|ut a pub n=stock without diacritics, dated at publication]] CĐCS voi [[86.915|mt a pub]] doan vien, trong đó khu vực ngoài nhà nước có [[38.210|mt a pub s=khu vực ngoài nhà nước n=breakdown of the stock (gold README 6)]] đoàn viên.
Về chăm lo đời sống, các cấp công đoàn tham hoi, tang qua cho [[18.640|ben a y2016]] luot doan vien, nguoi lao dong voi so tien [[5,83 ty|sf a y2016 v=5830000000 n=scraped 'ty' for tỷ, resolved to 5830000000]] dong; xay moi [[11|sh a y2016]] nha Mai am Cong doan voi kinh phi [[440 trieu|shf a y2016 v=440000000 n=scraped 'trieu' for triệu]] dong, moi nha 40 trieu dong. Công đoàn mở [[24|tr a y2016]] lớp tập huấn nghiệp vụ cho [[2.300|te a y2016]] lượt cán bộ công đoàn cơ sở và phối hợp tổ chức [[46|sv a y2016]] cuộc giám sát việc thực hiện chính sách đối với người lao động tại doanh nghiệp.
Đánh giá chung, năm 2016 là năm công đoàn Quảng Nam có số đoàn viên kết nạp cao nhất kể từ khi tái lập tỉnh năm 1997, xếp thứ 2 khu vực miền Trung - Tây Nguyên.
Nam 2017, LĐLĐ tỉnh phan dau ket nap [[4.000|mn t y2017]] doan vien, thanh lap [[35|un t y2017]] CĐCS, gioi thieu [[300|pr t y2017]] doan vien uu tu cho Dang xem xet ket nap.
Tại hội nghị, đại diện lãnh đạo tỉnh đánh giá cao kết quả hoạt động của tổ chức công đoàn trong năm qua, nhất là việc chăm lo cho người lao động ở các khu công nghiệp Điện Nam - Điện Ngọc, Tam Thăng và khu kinh tế mở Chu Lai. Lãnh đạo tỉnh đề nghị các cấp công đoàn tiếp tục làm tốt công tác tuyên truyền, vận động người lao động chấp hành pháp luật, nội quy lao động; quan tâm hơn đến nhà ở, nhà trẻ cho con công nhân; chủ động tham gia giải quyết các vụ tranh chấp lao động, không để phát sinh điểm nóng. Dịp này, 15 tập thể và 20 cá nhân được nhận bằng khen của Tổng LĐLĐ Việt Nam.
@@PAD@@Hoai An
Tin lien quan:
- Quang Nam: 300 cong nhan duoc ho tro ve que an Tet
- Khoi cong 5 nha Mai am Cong doan tai Nui Thanh
"""))

ARTS.append(('b08', 'https://baohaiduong.vn/xa-hoi/cong-doan-hai-duong-nam-2015-64125', '2015-12-29', 'Hải Dương', """Báo Hải Dương điện tử
Thứ Ba, 29/12/2015 | 06:45
Hải Dương: Năm 2015 thành lập mới [[52|un a y2015 n=headline repeat of the body figure (gold README 1)]] công đoàn cơ sở
Năm 2015, công tác phát triển đoàn viên, thành lập công đoàn cơ sở của LĐLĐ tỉnh Hải Dương đạt kết quả cao, xếp thứ 5 toàn quốc.
Khu vực ngoài nhà nước là trọng tâm
Trong năm 2015, LĐLĐ tỉnh Hải Dương kết nạp [[9.342|mn a y2015]] đoàn viên, thành lập [[52|un a y2015]] CĐCS. Trong đó, khu vực doanh nghiệp ngoài nhà nước chiếm [[8.105|mn a y2015 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown (gold README 6)]] đoàn viên và [[47|un a y2015 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown (gold README 6)]] CĐCS. LĐLĐ huyện Cẩm Giàng dẫn đầu với [[1.860|mn a y2015 s=LĐLĐ huyện Cẩm Giàng n=district union takes its province, with a scope]] đoàn viên, tiếp đến LĐLĐ thị xã Chí Linh với [[1.215|mn a y2015 s=LĐLĐ thị xã Chí Linh]] đoàn viên. Hiện toàn tỉnh có [[2.035|ut a pub]] CĐCS với [[168.240|mt a pub]] đoàn viên; đã có [[96.400|rec a y2015 n=cards issued -> member_records]] đoàn viên được cấp thẻ trong năm.
Ở khối hành chính sự nghiệp, Công đoàn ngành Giáo dục chỉ đạo [[938|oc a sy2015 s=Công đoàn ngành Giáo dục n=năm học 2015-2016 -> 2015-09-01..2016-08-31]] đơn vị trường học tổ chức hội nghị viên chức đầu năm học 2015-2016; Công đoàn ngành Y tế có [[45|oc a y2015 s=Công đoàn ngành Y tế n=own period phrase 'trong năm 2015'; sector union takes its province]] đơn vị tổ chức hội nghị cán bộ, công chức, viên chức trong năm 2015.
Công tác kiểm tra, nữ công
Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[186|fi a y2015]] đơn vị, phát hiện và kiến nghị thu hồi 126 triệu đồng sử dụng sai nguyên tắc. Các cấp công đoàn thành lập mới [[27|wc a y2015]] Ban nữ công quần chúng tại các doanh nghiệp có đông lao động nữ; tổ chức [[19|tr a y2015]] lớp tập huấn cho [[1.450|te a y2015]] lượt cán bộ nữ công. Tỷ lệ lao động nữ trong các doanh nghiệp chiếm gần 65%.
Về chăm lo, năm 2015 các cấp công đoàn thăm hỏi, tặng quà [[27.300|ben a y2015]] lượt đoàn viên với tổng số tiền [[7,45 tỷ|sf a y2015]] đồng, tăng 12% so với năm 2014.
Các chỉ tiêu chủ yếu năm 2016:
• Kết nạp [[8.500|mn t y2016]] đoàn viên;
• Thành lập [[45|un t y2016]] CĐCS;
• 80% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động;
• Kiểm tra tài chính ít nhất [[150|fi t y2016 b=o n=ít nhất -> over (gold README 5)]] đơn vị.
Phát biểu tại hội nghị tổng kết, Chủ tịch LĐLĐ tỉnh nhấn mạnh, năm 2016 các cấp công đoàn cần tập trung tuyên truyền sâu rộng Nghị quyết Đại hội Đảng bộ tỉnh, chuẩn bị tốt cho cuộc bầu cử đại biểu Quốc hội và HĐND các cấp; tiếp tục đổi mới phương thức tập hợp người lao động ở doanh nghiệp ngoài nhà nước, nhất là các doanh nghiệp có vốn đầu tư nước ngoài tại KCN Đại An, Nam Sách, Phúc Điền. Đồng thời, cần làm tốt hơn việc thương lượng, ký kết thỏa ước lao động tập thể có nhiều điều khoản có lợi cho người lao động, chủ động phòng ngừa tranh chấp lao động và đình công. Hội nghị đã khen thưởng 18 tập thể và 25 cá nhân có thành tích xuất sắc.
@@PAD@@Thanh Hương
"""))
