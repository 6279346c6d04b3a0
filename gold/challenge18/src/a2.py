"""Mid-length reports of a period (1,200-2,500 chars): a10-a17."""
HR = 'n=headline repeat of the body figure: takes its region and period (gold README 1)'
ARTS = []

ARTS.append(('a10', 'report', 'https://baohaiphong.vn/ha-tang/quy-i-ket-nap-gan-4000-doan-vien-moi', '2017-04-12', 'Hải Phòng', """
Hải Phòng: Quý I kết nạp gần [[4.000|mn a q1-2017 b=u n=rounded headline repeat of 3.962: takes its region and period (gold README 1); gần → under]] đoàn viên mới
Cập nhật: 12/04/2017 14:25
Theo báo cáo của Liên đoàn Lao động thành phố Hải Phòng, trong quý I/2017, các cấp công đoàn thành phố đã kết nạp [[3.962|mn a q1-2017]] đoàn viên, đạt [[33%|mn p q1-2017 n=part-way attainment of the year target takes the reporting period (challenge15 rule)]] chỉ tiêu năm, tăng 12% so với cùng kỳ năm 2016; thành lập mới [[21|un a q1-2017 n=cùng kỳ năm 2016 is a comparison, not a period phrase for later figures; the quarter stays]] CĐCS với [[1.407|mn a q1-2017 n=members of newly founded unions → members_new (gold README 9)]] đoàn viên. Riêng Công đoàn các Khu chế xuất và công nghiệp thành phố kết nạp [[2.115|mn a q1-2017 s=Công đoàn các Khu chế xuất và công nghiệp n=riêng: breakdown with scope (gold README 6)]] đoàn viên, chiếm hơn một nửa kết quả chung.
Công tác đại diện, bảo vệ quyền lợi người lao động tiếp tục được chú trọng. Các cấp công đoàn đã phối hợp với người sử dụng lao động tổ chức hội nghị người lao động tại [[186|wkc a q1-2017]] doanh nghiệp, đối thoại định kỳ tại [[74|wd a q1-2017]] doanh nghiệp; thương lượng, ký kết mới [[32|ca a q1-2017]] bản thỏa ước lao động tập thể. Công đoàn các cấp cũng tham gia giải quyết 5 cuộc ngừng việc tập thể, không để phát sinh điểm nóng.
Tuy vậy, hội nghị cũng chỉ ra những hạn chế: việc phát triển đoàn viên ở doanh nghiệp nhỏ và vừa còn chậm, nhiều chủ doanh nghiệp chưa tạo điều kiện cho người lao động tham gia công đoàn; một số CĐCS hoạt động còn hình thức, cán bộ công đoàn chủ yếu kiêm nhiệm nên thiếu thời gian, thiếu kỹ năng thương lượng với người sử dụng lao động. Tình trạng công nhân nhảy việc sau Tết cũng khiến số đoàn viên ở nhiều đơn vị biến động mạnh.
Dịp Tết Nguyên đán Đinh Dậu 2017, các cấp công đoàn thành phố đã thăm hỏi, tặng quà cho [[43.560|ben a y2017 n=Tết of a named year: the year of that Tết (challenge15 convention)]] đoàn viên, người lao động với tổng số tiền [[17,8 tỷ|sf a y2017 n=Tết year (challenge15 convention)]] đồng, tăng 2,3 tỷ đồng so với Tết năm trước.
Quý II/2017, LĐLĐ thành phố đề ra chỉ tiêu kết nạp [[3.000|mn t q2-2017 n=chỉ tiêu → target (gold README 4)]] đoàn viên, phát triển CĐCS ở các doanh nghiệp mới thành lập; tổ chức Tháng Công nhân ở 100% CĐCS với nhiều hoạt động thiết thực.
"Chỉ tiêu cả năm 2017 là kết nạp [[12.000|mn t y2017 n=chỉ tiêu cả năm 2017 → full year (gold README 8)]] đoàn viên. Đây là nhiệm vụ rất nặng nề trong bối cảnh lao động biến động mạnh, đòi hỏi các cấp công đoàn phải vào cuộc quyết liệt", ông Nguyễn Văn Hải, Phó Chủ tịch LĐLĐ thành phố nhấn mạnh.
"""))

ARTS.append(('a11', 'report', 'https://www.binhduong.gov.vn/tin-tuc/2022/07/cong-doan-binh-duong-so-ket-6-thang-dau-nam', '2022-07-14', 'Bình Dương', """
Bình Dương: 6 tháng đầu năm tăng tuyệt đối hơn [[12.000|mnet a h1-2022 b=o n=rounded headline repeat of 12.270: takes its region and period (gold README 1)]] đoàn viên
14/07/2022
Ngày 13/7, Ban Thường vụ Liên đoàn Lao động tỉnh Bình Dương tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.
Theo báo cáo, 6 tháng đầu năm 2022, các cấp công đoàn trong tỉnh đã kết nạp [[52.130|mn a h1-2022]] đoàn viên, đạt [[52,1%|mn p h1-2022 n=part-way attainment of the year plan takes the reporting period (challenge15 rule)]] kế hoạch năm; thành lập mới [[86|un a h1-2022]] CĐCS. Do người lao động nghỉ việc, chuyển việc sau dịch Covid-19 và nhiều doanh nghiệp thiếu đơn hàng, có [[39.860|ml a h1-2022 n=đoàn viên giảm → members_lost]] đoàn viên giảm và [[41|ud a h1-2022]] CĐCS phải giải thể. Tính chung, số đoàn viên tăng tuyệt đối là [[12.270|mnet a h1-2022]] người, số CĐCS tăng tuyệt đối [[45|unet a h1-2022]] đơn vị.
Hiện toàn tỉnh có [[3.402|ut a pub n=Hiện: stock dated at publication (gold README 7)]] CĐCS với [[568.300|mt a pub]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước chiếm 89%.
Tại hội nghị, nhiều ý kiến cho rằng lực lượng lao động trẻ, thường xuyên thay đổi chỗ làm khiến công tác quản lý đoàn viên gặp khó khăn. Các đại biểu đề xuất đổi mới phương thức tuyên truyền, đưa thông tin về quyền lợi đoàn viên lên mạng xã hội, nhóm Zalo công nhân; đồng thời đẩy mạnh các thiết chế công đoàn như nhà trọ, siêu thị, trường mầm non để đoàn viên thấy rõ lợi ích khi tham gia tổ chức công đoàn.
Công tác chăm lo cho đoàn viên, người lao động được triển khai kịp thời. Trong 6 tháng đầu năm, các cấp công đoàn đã thăm hỏi, tặng quà, hỗ trợ [[312.450|ben a h1-2022]] lượt đoàn viên, người lao động với tổng kinh phí gần [[99 tỷ|sf a h1-2022 b=u]] đồng. Mỗi đoàn viên bị mất việc được hỗ trợ 1 triệu đồng; đoàn viên mắc bệnh hiểm nghèo được hỗ trợ 3 triệu đồng.
6 tháng cuối năm, LĐLĐ tỉnh đề ra mục tiêu kết nạp [[48.000|mn t l6-2022 n=mục tiêu → target (gold README 4); 6 tháng cuối năm 2022]] đoàn viên, phấn đấu hoàn thành chỉ tiêu cả năm 2022 là [[100.000|mn t y2022 n=chỉ tiêu cả năm → full year (gold README 8)]] đoàn viên mới.
"Chúng tôi sẽ tập trung phát triển đoàn viên ở các doanh nghiệp mới đi vào hoạt động, nhất là tại các khu công nghiệp Bàu Bàng, VSIP III", ông Nguyễn Văn Lộc, Phó Chủ tịch LĐLĐ tỉnh cho biết.
"""))

ARTS.append(('a12', 'report', 'https://www.baoquangninh.com.vn/9-thang-tham-gia-gan-300-cuoc-kiem-tra-giam-sat-3013587.html', '2019-10-08', 'Quảng Ninh', """
Công đoàn Quảng Ninh: 9 tháng tham gia gần [[300|sv a f9-2019 b=u n=rounded headline repeat of 296: takes its region and period (gold README 1); gần → under]] cuộc kiểm tra, giám sát
Thứ Ba, 08/10/2019 - 10:12
(Baoquangninh.com.vn) - Ngày 7/10, Liên đoàn Lao động tỉnh Quảng Ninh tổ chức hội nghị đánh giá kết quả hoạt động 9 tháng, triển khai nhiệm vụ quý IV/2019.
Theo báo cáo, 9 tháng năm 2019, các cấp công đoàn trong tỉnh đã chủ trì và tham gia [[296|sv a f9-2019 n=9 tháng năm 2019 → Jan-Sep 2019 (records.md)]] cuộc kiểm tra, giám sát việc thực hiện chế độ, chính sách đối với người lao động, trong đó chủ trì [[118|sv a f9-2019 s=chủ trì n=trong đó: breakdown (gold README 6)]] cuộc. Ủy ban Kiểm tra công đoàn các cấp đã kiểm tra tài chính [[87|fi a f9-2019]] đơn vị cùng cấp và cấp dưới, kiến nghị thu hồi 215 triệu đồng sử dụng sai quy định.
Hội nghị người lao động được tổ chức tại [[1.042|wkc a f9-2019]] doanh nghiệp, bằng 91,6% số doanh nghiệp có tổ chức công đoàn; [[1.116|wd a f9-2019]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Toàn tỉnh đã ký mới và ký lại [[264|ca a f9-2019]] bản thỏa ước lao động tập thể.
Thông qua kiểm tra, giám sát, công đoàn các cấp đã kiến nghị doanh nghiệp khắc phục nhiều tồn tại về hợp đồng lao động, thời giờ làm việc, an toàn vệ sinh lao động; phát hiện 14 doanh nghiệp chậm đóng bảo hiểm xã hội với số tiền nợ hơn 9 tỷ đồng và đề nghị cơ quan chức năng xử lý dứt điểm.
Đáng chú ý, LĐLĐ tỉnh đã phối hợp vận động [[57|meal a f9-2019]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca, mức bình quân đạt 22.000 đồng/suất; riêng ngành Than có [[31|meal a f9-2019 s=ngành Than n=riêng: breakdown (gold README 6)]] đơn vị.
Về chăm lo đời sống, [[36.800|ben a f9-2019]] lượt đoàn viên, người lao động được thăm hỏi, hỗ trợ, tặng quà với tổng số tiền [[14,2 tỷ|sf a f9-2019]] đồng.
Quý IV/2019, LĐLĐ tỉnh phấn đấu tổ chức ít nhất [[60|sv t q4-2019 b=o n=phấn đấu → target; ít nhất → over (gold README 4, 5)]] cuộc kiểm tra, giám sát; hoàn thành kiểm tra tài chính theo kế hoạch; vận động thêm [[20|meal t q4-2019]] doanh nghiệp nâng chất lượng bữa ăn ca.
"""))

ARTS.append(('a13', 'report', 'http://baohatinh.vn/xa-hoi/nam-2013-ket-nap-vuot-12-chi-tieu-doan-vien/68125.htm', '2013-12-27', 'Hà Tĩnh', """
Hà Tĩnh: Năm 2013 kết nạp đoàn viên vượt [[12%|mn p y2013 v=112 n=headline repeat of the body figure: takes its region and period (gold README 1); vượt 12% chỉ tiêu → 112 (records.md)]] chỉ tiêu
Ngày 26/12, Liên đoàn Lao động tỉnh Hà Tĩnh tổ chức Hội nghị Ban Chấp hành lần thứ 8 (khóa XVI) tổng kết hoạt động công đoàn năm 2013, triển khai nhiệm vụ năm 2014.
Năm 2013, công tác phát triển đoàn viên, thành lập CĐCS có nhiều chuyển biến. Số đoàn viên kết nạp mới là [[4.480|mn a y2013]] người, vượt [[12%|mn p y2013 v=112 n=vượt 12% chỉ tiêu → 112, bound exact (records.md, challenge15)]] chỉ tiêu Tổng Liên đoàn giao; thành lập mới [[37|un a y2013]] CĐCS, trong đó [[31|un a y2013 s=doanh nghiệp ngoài nhà nước n=trong đó: breakdown (gold README 6)]] CĐCS ở doanh nghiệp ngoài nhà nước.
Các cấp công đoàn đã giới thiệu [[312|pr a y2013]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; trong số đó [[186|pa a y2013 n=đoàn viên đã được kết nạp vào Đảng → party_admitted]] đồng chí đã được kết nạp vào Đảng. Ban nữ công quần chúng được thành lập mới tại [[12|wc a y2013]] doanh nghiệp.
Công tác chăm lo đời sống: các cấp công đoàn đã thăm hỏi, tặng quà [[17.320|ben a y2013]] lượt đoàn viên ốm đau, có hoàn cảnh khó khăn với tổng số tiền hơn [[3,1 tỷ|sf a y2013 b=o]] đồng; hỗ trợ xây mới [[28|sh a y2013]] nhà "Mái ấm Công đoàn", mỗi nhà từ 20 đến 30 triệu đồng.
Phát biểu chỉ đạo hội nghị, đại diện Tổng LĐLĐ Việt Nam đánh giá Hà Tĩnh là một trong 10 tỉnh dẫn đầu khu vực miền Trung về phát triển đoàn viên. Tại Khu kinh tế Vũng Áng, nơi hàng chục nghìn lao động đang làm việc cho các nhà thầu trong và ngoài nước, công đoàn đã chủ động phối hợp với chủ đầu tư nắm tình hình tư tưởng công nhân, giải quyết kịp thời các vướng mắc về tiền lương, chỗ ở, góp phần giữ ổn định quan hệ lao động trên công trường.
Năm 2014, LĐLĐ tỉnh đề ra các chỉ tiêu: kết nạp [[4.500|mn t y2014 n=list under the heading năm 2014 ... chỉ tiêu (gold README 8)]] đoàn viên; thành lập [[40|un t y2014]] CĐCS; 100% CĐCS doanh nghiệp tổ chức hội nghị người lao động.
Dịp này, LĐLĐ tỉnh khen thưởng 25 tập thể và 40 cá nhân có thành tích xuất sắc.
"""))

ARTS.append(('a14', 'report', 'https://baocamau.vn/cong-doan-ca-mau-nam-qua-cham-lo-hon-40000-luot-doan-vien-a65231.html', '2021-01-15', 'Cà Mau', """
Công đoàn Cà Mau: Năm qua chăm lo cho hơn [[40.000|ben a y2020 b=o n=rounded headline repeat of 40.582: takes its region and period (gold README 1)]] lượt đoàn viên
Ngày 14/1, Ban Chấp hành Liên đoàn Lao động tỉnh Cà Mau tổ chức hội nghị tổng kết công tác công đoàn và triển khai phương hướng, nhiệm vụ năm 2021.
Năm qua, dù chịu tác động nặng nề của dịch Covid-19, các cấp công đoàn tỉnh Cà Mau vẫn kết nạp được [[2.316|mn a y2020 n=năm qua, published in January → the previous year (records.md)]] đoàn viên, thành lập mới [[14|un a y2020]] CĐCS. Việc số hóa dữ liệu được đẩy mạnh: đã nhập thông tin của [[41.275|rec a y2020 n=nhập thông tin lên phần mềm → member_records]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[9.600|rec a y2020 n=cấp thẻ → member_records]] thẻ đoàn viên công đoàn.
Ở khu vực hành chính sự nghiệp, [[1.086|oc a y2020]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, chiếm 98,5% số đơn vị; khu vực doanh nghiệp có [[412|wkc a y2020]] doanh nghiệp tổ chức hội nghị người lao động.
Theo đánh giá của LĐLĐ tỉnh, khó khăn lớn nhất là phần lớn lao động ở các doanh nghiệp chế biến thủy sản làm việc theo thời vụ, thu nhập thấp và không ổn định, nên việc duy trì sinh hoạt công đoàn rất vất vả. Nhiều CĐCS đã linh hoạt tổ chức sinh hoạt vào giờ nghỉ trưa, lập nhóm Zalo để kịp thời nắm tâm tư của đoàn viên.
Trước tác động của dịch bệnh, các cấp công đoàn đã kịp thời hỗ trợ [[6.847|ben a y2020]] đoàn viên, người lao động bị giảm giờ làm, ngừng việc với số tiền [[3.425.000.000|sf a y2020 n=money in full digits]] đồng. Tính chung, các cấp công đoàn đã thăm hỏi, tặng quà, hỗ trợ [[40.582|ben a y2020]] lượt đoàn viên, người lao động, tổng kinh phí [[15,7 tỷ|sf a y2020]] đồng.
"Năm 2021, chúng tôi phấn đấu kết nạp [[2.500|mn t y2021 n=phấn đấu in quoted speech → target (gold README 4)]] đoàn viên và cập nhật thông tin 100% đoàn viên lên phần mềm", bà Lâm Thị Hồng, Chủ tịch LĐLĐ tỉnh cho biết.
Ảnh: Lãnh đạo LĐLĐ tỉnh Cà Mau trao Bằng khen cho các tập thể xuất sắc năm 2020.
"""))

ARTS.append(('a15', 'report', 'https://baotayninh.vn/cong-doan-tay-ninh-so-ket-6-thang-dau-nam-2024-a176402.html', '2024-07-09', 'Tây Ninh', """
Công đoàn Tây Ninh sơ kết 6 tháng đầu năm 2024
Chiều 8/7, Liên đoàn Lao động tỉnh Tây Ninh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.
Báo cáo cho thấy, 6 tháng đầu năm, các cấp công đoàn đã kết nạp [[l.482|mn a h1-2024 n=OCR l.482 → 1482 (records.md); 6 tháng đầu năm year-less → publication year]] đoàn viên, đạt [[49,4%|mn p h1-2024 n=part-way attainment takes the reporting period (challenge15 rule)]] kế hoạch năm; thành lập [[9|un a h1-2024]] CĐCS tại các doanh nghiệp trong khu công nghiệp Phước Đông, Thành Thành Công.
Tháng Công nhân năm 2024 được tổ chức tại [[1.013|wmu a mo2024-05]] CĐCS với nhiều hoạt động thiết thực như "Ngày hội công nhân", hội thi an toàn vệ sinh lao động với 36 đội tham gia, giải bóng đá công nhân các khu công nghiệp. Trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà cho [[8.450|ben a mo2024-05 n=trong tháng: nearest earlier period phrase Tháng Công nhân năm 2024 (records.md Periods)]] doàn viên, người lao động với tổng số tiền [[2.535.000.000|sf a mo2024-05 n=money in full digits; scraped doàn viên before it]] đồng.
Trong 6 tháng đầu năm, Văn phòng Tư vấn pháp luật LĐLĐ tỉnh đã tư vấn cho [[936|lc a h1-2024 n=the sentence restates 6 tháng đầu năm: H1 again]] lượt người lao động; LĐLĐ tỉnh tổ chức [[14|tr a h1-2024]] lớp tập huấn nghiệp vụ cho [[1.260|te a h1-2024]] lượt cán bộ cong đoàn cơ sở. Nội dung tập trung vào kỹ năng thương lượng tập thể, đối thoại tại nơi làm việc và các quy định mới về bảo hiểm xã hội. Chương trình "Phúc lợi đoàn viên công đoàn" ký kết thêm [[7|wp a h1-2024]] thỏa thuận hợp tác với siêu thị, nhà thuốc và phòng khám.
6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[1.600|mn t l6-2024]] đoàn viên, thành lập [[6|un t l6-2024]] CĐCS; phối hợp tổ chức đối thoại tại [[120|wd t l6-2024]] doanh nghiệp.
Ảnh: Lãnh đạo LĐLĐ tỉnh Tây Ninh trao thưởng cho 12 CĐCS xuất sắc trong Tháng Công nhân.
"""))

ARTS.append(('a16', 'report', 'https://baogialai.com.vn/channel/1621/202401/nam-2023-trao-68-nha-mai-am-cong-doan-5743025/', '2024-01-05', 'Gia Lai', """
Công đoàn Gia Lai: Năm 2023 trao [[68|sh a y2023 """ + HR + """]] nhà "Mái ấm Công đoàn"
05/01/2024 07:30
Ngày 4/1, Liên đoàn Lao động tỉnh Gia Lai tổ chức hội nghị tổng kết công tác công đoàn năm 2023 và triển khai nhiệm vụ năm 2024.
Theo báo cáo, năm 2023, toàn tỉnh phát triển được [[3.215|mn a y2023]] đoàn viên, đạt [[107%|mn p y2023]] kế hoạch; thành lập mới [[18|un a y2023]] CĐCS. Số đoàn viên ưu tú được giới thiệu cho tổ chức Đảng xem xét, kết nạp là [[146|pr a y2023]] người.
Điểm nhấn của năm là chương trình "Mái ấm Công đoàn": các cấp công đoàn đã hỗ trợ xây mới [[68|sh a y2023]] nhà với tổng số tiền [[3,4 tỷ|shf a y2023]] đồng, trong đó nguồn xã hội hóa chiếm hơn một nửa.
Không chỉ hỗ trợ nhà ở, các cấp công đoàn còn quan tâm đến đoàn viên là người đồng bào dân tộc thiểu số tại các công ty cao su, cà phê. Nhiều CĐCS ở huyện Chư Prông, Đức Cơ đã phối hợp với chuyên môn tổ chức lớp dạy tiếng Jrai, Bahnar cho cán bộ công đoàn để tuyên truyền hiệu quả hơn. Tuy nhiên, tỷ lệ đoàn viên ở khu vực doanh nghiệp ngoài nhà nước mới đạt khoảng 38%, thấp hơn bình quân chung của khu vực.
Tháng Công nhân năm 2023 được tổ chức ở [[1.154|wmu a mo2023-05]] CĐCS; dịp này các cấp công đoàn tặng [[2.300|ben a mo2023-05 n=dịp này: Tháng Công nhân năm 2023 in the same sentence (records.md Periods)]] suất quà cho công nhân có hoàn cảnh khó khăn.
Về tuyên truyền, giáo dục, cả năm 2023, các cấp công đoàn đã tổ chức [[126|tr a y2023]] hội nghị tập huấn, tuyên truyền pháp luật cho hơn [[11.000|te a y2023 b=o]] lượt đoàn viên, người lao động.
"Nhiều ngôi nhà Mái ấm đã giúp đoàn viên yên tâm gắn bó với đơn vị. Năm tới, chúng tôi sẽ tiếp tục nhân rộng mô hình này", ông Nguyễn Văn Phương, Chủ tịch LĐLĐ tỉnh chia sẻ.
Năm 2024, LĐLĐ tỉnh Gia Lai phấn đấu phát triển [[3.000|mn t y2024]] đoàn viên, thành lập [[15|un t y2024]] CĐCS, xây dựng [[50|sh t y2024]] nhà "Mái ấm Công đoàn".
"""))

ARTS.append(('a17', 'report', 'https://baokiengiang.vn/xa-hoi/9-thang-tu-van-phap-luat-cho-hon-1500-luot-nguoi-lao-dong', '2018-10-05', 'Kiên Giang', """
Kiên Giang: 9 tháng, tư vấn pháp luật cho hơn [[1.500|lc a f9-2018 b=o n=rounded headline repeat of the split 1.5 60: takes its region and period (gold README 1)]] lượt người lao động
Theo Liên đoàn Lao động tỉnh Kiên Giang, 9 tháng đầu năm 2018, các cấp công đoàn trong tỉnh đã kết nạp [[2.847|mn a f9-2018]] đòan viên, đạt [[81,3%|mn p f9-2018 n=part-way attainment takes the reporting period (challenge15 rule)]] kế hoạch; thành lập [[23|un a f9-2018]] CĐCS, chủ yếu ở các doanh nghiệp chế biến thủy sản tại Rạch Giá, Phú Quốc.
Theo bà Trần Thị Ngọc Lan, Phó Chủ tịch LĐLĐ tỉnh, Phú Quốc đang thu hút nhiều dự án du lịch, nghỉ dưỡng với lực lượng lao động trẻ đến từ nhiều địa phương. "Lao động ngành du lịch thay đổi chỗ làm liên tục nên việc vận động họ vào công đoàn không dễ. Chúng tôi phải đến tận khu nhà trọ, tổ chức các sân chơi văn nghệ, thể thao vào cuối tuần để tiếp cận", bà Lan nói.
Văn phòng Tư vấn pháp luật Công đoàn tỉnh đã tư vấn trực tiếp và qua điện thoại cho [[1.5 60|lc a f9-2018 n=split number 1.5 60 → 1560 (records.md)]] lượt người lao động, giúp người lao động đòi được hơn 800 triệu đồng tiền lương, bảo hiểm xã hội bị nợ đọng.
Cong đoàn các cấp đã tham gia [[64|sv a f9-2018]] cuộc kiểm tra, giám sát việc thực hiện pháp luật lao động; phối hợp tổ chức hội nghị người lao động tại [[512|wkc a f9-2018]] doanh nghiệp, thương lượng, ký kết [[38|ca a f9-2018]] bản thỏa ước lao động tập thể. Ủy ban Kiểm tra LĐLĐ tỉnh đã kiểm tra tài chính [[16|fi a f9-2018]] công đoàn cấp trên cơ sở và CĐCS.
Quý IV/2018, LĐLĐ tỉnh tập trung phát triển đoàn viên ở khu vực ngoài nhà nước, phấn đấu kết nạp [[650|mn t q4-2018]] đoàn viên để hoàn thành chỉ tiêu năm [[3.500|mn t y2018 n=chỉ tiêu năm → full year (gold README 8)]] đoàn viên; chuẩn bị chu đáo các hoạt động chăm lo Tết cho công nhân.
"""))
