"""challenge52 articles ce06-ce10 (markup: [[span|IND ST PERIOD b= s= r= v= n=]], see gold/tooling/markup.py)."""

ARTS = []

# ce06 - Bắc Kạn, aggregator copy cut at the start (light damage), 9 months 2020
ARTS.append(('ce06', 'https://baomoi.com/ldld-tinh-bac-kan-9-thang-phat-trien-1012-doan-vien/c/36812455.epi', None, 'Bắc Kạn', """LĐLĐ tỉnh Bắc Kạn: 9 tháng phát triển [[1.012|mn a f9-2020 n=headline repeat of the body figure: takes its period 9 tháng năm 2020 (gold README 1)]] đoàn viên

...được thành lập trong quý III tại các doanh nghiệp chế biến gỗ, khai thác khoáng sản, nâng số CĐCS khu vực ngoài nhà nước của tỉnh lên [[74|ut a null s=khu vực ngoài nhà nước n=nâng số ... lên: a stock, dated at publication; no publication date -> null (records.md periods, gold README 7)]].

Trong 9 tháng năm 2020, các cấp công đoàn trong tỉnh thành lập mới [[8|un a f9-2020]] CĐCS, kết nạp [[1.012|mn a f9-2020]] đoàn viên, đạt [[84,3%|mn p f9-2020 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm; giải thể [[3|ud a f9-2020]] CĐCS do doanh nghiệp ngừng hoạt động, giảm [[215|ml a f9-2020]] đoàn viên.

Ảnh minh họa

Trước ảnh hưởng của dịch Covid-19, công đoàn các cấp đã hỗ trợ [[1.346|ben a f9-2020]] đoàn viên, NLĐ bị giảm giờ làm, ngừng việc với số tiền [[673 triệu|sf a f9-2020]] đồng; phối hợp trao [[4|sh a f9-2020]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở. LĐLĐ tỉnh và LĐLĐ các huyện, thành phố tổ chức [[11|tr a f9-2020]] lớp tập huấn nghiệp vụ cho [[864|te a f9-2020]] lượt cán bộ CĐCS.

Quý IV, LĐLĐ tỉnh yêu cầu các cấp công đoàn tập trung rà soát doanh nghiệp, phấn đấu hoàn thành chỉ tiêu kết nạp [[1.200|mn t y2020 n=chỉ tiêu of the year 2020 named in the paragraph before -> the full year (gold README 8: chỉ tiêu cả năm)]] đoàn viên năm 2020.

Nông Thắm
"""))

# ce07 - Điện Biên, Tháng Công nhân 2016
ARTS.append(('ce07', 'http://www.baodienbienphu.info.vn/tin-tuc/xa-hoi/141265/thang-cong-nhan-nam-2016-cham-lo-cho-hon-1100-luot-doan-vien', '2016-05-27', 'Điện Biên', """Tháng Công nhân năm 2016: Chăm lo cho hơn [[1.100|ben a mo2016-05 b=o n=headline repeat of the body's 1.152, rounded: Tháng Công nhân năm 2016 -> May 2016 (records.md periods, gold README 1)]] lượt đoàn viên

Cập nhật: 16:05, 27/05/2016

ĐBP - Tháng Công nhân năm 2016 đã được triển khai tại [[412|wmu a mo2016-05]] CĐCS trong toàn tỉnh với nhiều hoạt động thiết thực, hướng về người lao động ở cơ sở.

Theo LĐLĐ tỉnh, trong Tháng Công nhân, các cấp công đoàn đã thăm, tặng [[1.152|ben a mo2016-05 n=trong Tháng Công nhân -> the month named before (gold README 8)]] suất quà cho đoàn viên, công nhân viên chức lao động có hoàn cảnh khó khăn, tổng trị giá [[468 triệu|sf a mo2016-05]] đồng. Trong đó, LĐLĐ tỉnh trực tiếp trao [[200|ben a mo2016-05 s=LĐLĐ tỉnh trực tiếp]] suất quà trị giá [[100 triệu|sf a mo2016-05 s=LĐLĐ tỉnh trực tiếp]] đồng tại lễ phát động ở thị xã Mường Lay và huyện Tuần Giáo.

Các CĐCS đã phối hợp với người sử dụng lao động tổ chức đối thoại tại [[18|wd a mo2016-05]] doanh nghiệp, đơn vị; tham gia đoàn kiểm tra liên ngành về an toàn, vệ sinh lao động tại [[9|sv a mo2016-05]] doanh nghiệp. Văn phòng Tư vấn pháp luật Công đoàn tỉnh tư vấn cho [[215|lc a mo2016-05]] lượt người lao động về hợp đồng, tiền lương, bảo hiểm xã hội.

Dịp này, các LĐLĐ huyện và công đoàn ngành đã bàn giao [[3|sh a mo2016-05]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở, mỗi nhà được hỗ trợ 40 triệu đồng. Khoảng 6.500 lượt công nhân viên chức lao động đã tham gia các giải thể thao, hội diễn văn nghệ chào mừng Tháng Công nhân.

Nguyễn Hằng
"""))

# ce08 - Lai Châu, party referrals
ARTS.append(('ce08', 'https://baolaichau.vn/chinh-tri/cong-doan-tinh-gioi-thieu-1185-doan-vien-uu-tu-cho-dang-604215', '2021-07-28', 'Lai Châu', """Công đoàn tỉnh giới thiệu [[1.185|pr a 2016-01-01..2021-07-28 n=headline repeat of the body figure: takes its period từ năm 2016 đến nay (gold README 1)]] đoàn viên ưu tú cho Đảng

Thứ Tư, 28/07/2021 - 10:12

BLC - Xác định công tác giới thiệu đoàn viên ưu tú cho Đảng bồi dưỡng, xem xét kết nạp là nhiệm vụ quan trọng, thời gian qua, LĐLĐ tỉnh Lai Châu đã chỉ đạo các cấp công đoàn gắn phong trào thi đua với việc phát hiện, bồi dưỡng đoàn viên ưu tú.

Từ năm 2016 đến nay, các cấp công đoàn trong tỉnh đã giới thiệu [[1.185|pr a 2016-01-01..2021-07-28 n=từ năm 2016 đến nay -> 2016-01-01 to publication (records.md periods)]] đoàn viên ưu tú cho tổ chức đảng xem xét kết nạp, trong đó [[923|pa a 2016-01-01..2021-07-28]] đoàn viên đã được kết nạp vào Đảng. Riêng 6 tháng đầu năm 2021, các cấp công đoàn giới thiệu [[143|pr a h1-2021]] đoàn viên ưu tú, [[98|pa a h1-2021]] đồng chí được kết nạp, trong đó [[21|pa a h1-2021 s=doanh nghiệp ngoài nhà nước]] đồng chí là công nhân lao động tại doanh nghiệp ngoài nhà nước.

Năm 2021, LĐLĐ tỉnh phấn đấu giới thiệu ít nhất [[250|pr t y2021 b=o]] đoàn viên ưu tú cho Đảng; kết quả 6 tháng đầu năm đạt [[57,2%|pr p h1-2021 n=part-way attainment takes the reporting period (gold README 4)]] chỉ tiêu.

Hiện toàn tỉnh có [[612|ut a pub]] CĐCS với [[19.450|mt a pub]] đoàn viên. Tuy nhiên, việc phát triển đảng viên trong khu vực doanh nghiệp còn khó khăn do số doanh nghiệp nhỏ, lao động thường xuyên biến động, nhiều doanh nghiệp chưa có tổ chức đảng.

Thời gian tới, LĐLĐ tỉnh tiếp tục thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy, tăng cường phối hợp với các cấp ủy đảng trong công tác tạo nguồn phát triển đảng viên.

Minh Khuê
"""))

# ce09 - Sơn La, district congress, undated page of a union portal (period report)
ARTS.append(('ce09', 'https://congdoan.sonla.gov.vn/tin-tuc/dai-hoi-cong-doan-huyen-mai-son-lan-thu-xviii-nhiem-ky-2023-2028-1824.html', None, 'Sơn La', """Đại hội Công đoàn huyện Mai Sơn lần thứ XVIII, nhiệm kỳ 2023 - 2028

Trang chủ / Tin tức - Sự kiện

Trong 2 ngày 14 - 15/6, LĐLĐ huyện Mai Sơn tổ chức Đại hội Công đoàn huyện lần thứ XVIII, nhiệm kỳ 2023 - 2028. Dự đại hội có 150 đại biểu ưu tú đại diện cho đoàn viên, công nhân, viên chức, lao động toàn huyện.

Báo cáo tại đại hội cho biết, nhiệm kỳ 2018 - 2023, LĐLĐ huyện đã chỉ đạo thành lập mới [[14|un a t2018-2023 s=LĐLĐ huyện Mai Sơn n=district federation: its province with a scope (records.md regions); nhiệm kỳ 2018-2023 (records.md periods)]] CĐCS, kết nạp [[1.960|mn a t2018-2023 s=LĐLĐ huyện Mai Sơn]] đoàn viên, đạt [[130,7%|mn p t2018-2023 s=LĐLĐ huyện Mai Sơn]] chỉ tiêu đại hội đề ra; giải thể [[6|ud a t2018-2023 s=LĐLĐ huyện Mai Sơn]] CĐCS do sáp nhập trường học, đơn vị sự nghiệp. Đến nay, LĐLĐ huyện có [[138|ut a null s=LĐLĐ huyện Mai Sơn n=stock (đến nay) on a page without a publication date -> null (gold README 7)]] CĐCS với [[6.284|mt a null s=LĐLĐ huyện Mai Sơn]] đoàn viên, trong đó có [[29|ut a null s=khu vực doanh nghiệp]] CĐCS khu vực doanh nghiệp.

Hằng năm, 100% cơ quan, đơn vị trên địa bàn tổ chức hội nghị cán bộ, công chức, viên chức; các CĐCS doanh nghiệp đã thương lượng, ký kết [[22|ca a t2018-2023 s=LĐLĐ huyện Mai Sơn]] bản thỏa ước lao động tập thể. Các cấp công đoàn tổ chức [[48|sv a t2018-2023 s=LĐLĐ huyện Mai Sơn]] cuộc giám sát, kiểm tra việc thực hiện chế độ, chính sách đối với người lao động.

Công tác chăm lo đời sống đoàn viên được quan tâm. Trong nhiệm kỳ, các cấp công đoàn đã thăm hỏi, tặng quà [[7.850|ben a t2018-2023 s=LĐLĐ huyện Mai Sơn]] lượt đoàn viên, người lao động với tổng số tiền trên [[2,9 tỷ|sf a t2018-2023 b=o s=LĐLĐ huyện Mai Sơn]] đồng; hỗ trợ xây mới, sửa chữa [[17|sh a t2018-2023 s=LĐLĐ huyện Mai Sơn]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[830 triệu|shf a t2018-2023 s=LĐLĐ huyện Mai Sơn]] đồng. Riêng hai năm 2020 - 2021, LĐLĐ huyện hỗ trợ [[2.140|ben a 2020-01-01..2021-12-31 s=LĐLĐ huyện Mai Sơn n=hai năm 2020 - 2021 -> both years (records.md periods)]] đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 số tiền [[964 triệu|sf a 2020-01-01..2021-12-31 s=LĐLĐ huyện Mai Sơn]] đồng.

Các cấp công đoàn đã giới thiệu [[312|pr a t2018-2023 s=LĐLĐ huyện Mai Sơn n=no period in the sentence -> nearest earlier phrase, Trong nhiệm kỳ (records.md periods)]] đoàn viên ưu tú cho Đảng xem xét kết nạp, [[245|pa a t2018-2023 s=LĐLĐ huyện Mai Sơn]] đồng chí đã được kết nạp.

Nhiệm kỳ 2023 - 2028, đại hội đề ra mục tiêu: phấn đấu kết nạp mới ít nhất [[1.500|mn t t2023-2028 b=o s=LĐLĐ huyện Mai Sơn]] đoàn viên, thành lập mới [[10|un t t2023-2028 s=LĐLĐ huyện Mai Sơn]] CĐCS; làm tốt công tác giới thiệu đoàn viên ưu tú cho Đảng; 100% CĐCS khu vực doanh nghiệp tổ chức hội nghị người lao động.

Đại hội đã bầu 27 đồng chí vào Ban Chấp hành LĐLĐ huyện khóa XVIII và bầu 9 đại biểu đi dự Đại hội Công đoàn tỉnh Sơn La lần thứ XV, nhiệm kỳ 2023 - 2028.

Lò Văn Thiêm - LĐLĐ huyện Mai Sơn
"""))

# ce10 - Hòa Bình, health sector union, year 2013 review
ARTS.append(('ce10', 'http://www.baohoabinh.com.vn/12/86214/Cong-doan-nganh-Y-te-tong-ket-cong-tac-nam-2013.htm', '2014-01-16', 'Hòa Bình', """Công đoàn ngành Y tế tổng kết công tác năm 2013

Cập nhật: 16/01/2014

(HBĐT) - Ngày 15/1, Công đoàn ngành Y tế tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2013, triển khai nhiệm vụ năm 2014.

Năm 2013, Công đoàn ngành đã phối hợp với chuyên môn chỉ đạo [[46|oc a y2013 s=Công đoàn ngành Y tế n=sector union: its province with a scope (records.md regions)]] đơn vị trực thuộc tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Công tác phát triển đoàn viên đạt kết quả khá, kết nạp mới [[186|mn a y2013 s=Công đoàn ngành Y tế]] đoàn viên, thành lập mới [[2|un a y2013 s=Công đoàn ngành Y tế]] CĐCS tại các bệnh viện đa khoa huyện được tách ra từ trung tâm y tế. Hiện Công đoàn ngành có [[48|ut a pub s=Công đoàn ngành Y tế]] CĐCS với [[4.215|mt a pub s=Công đoàn ngành Y tế]] đoàn viên.

Các cấp công đoàn trong ngành đã thăm hỏi, trợ cấp [[320|ben a y2013 s=Công đoàn ngành Y tế]] lượt đoàn viên ốm đau, có hoàn cảnh khó khăn với số tiền [[185 triệu|sf a y2013 s=Công đoàn ngành Y tế]] đồng; phối hợp với LĐLĐ tỉnh hỗ trợ xây dựng [[2|sh a y2013 s=Công đoàn ngành Y tế]] nhà "Mái ấm Công đoàn", mỗi nhà 30 triệu đồng. Công đoàn ngành giới thiệu [[62|pr a y2013 s=Công đoàn ngành Y tế]] đoàn viên ưu tú cho Đảng, [[41|pa a y2013 s=Công đoàn ngành Y tế]] đồng chí đã được kết nạp.

Năm 2014, Công đoàn ngành phấn đấu kết nạp [[150|mn t y2014 s=Công đoàn ngành Y tế]] đoàn viên mới, giới thiệu [[50|pr t y2014 s=Công đoàn ngành Y tế]] đoàn viên ưu tú cho Đảng; tiếp tục đẩy mạnh phong trào thi đua "Cán bộ y tế Hòa Bình làm theo lời Bác".

Dịp này, Công đoàn ngành tặng giấy khen cho 12 tập thể, 30 cá nhân có thành tích xuất sắc trong hoạt động công đoàn năm 2013.

Thu Hà
"""))
