"""cm01-cm05."""
ARTS = []

# cm01 Lạng Sơn, provincial paper, before Tết Giáp Ngọ 2014: totals with two parts, a visit, tickets, Mái ấm, what is still planned
ARTS.append(('cm01', 'http://baolangson.vn/xa-hoi/lao-dong-viec-lam/213-44871-hon-21-ty-dong-cham-lo-tet-cho-doan-vien-nguoi-lao-dong.html',
             '2014-01-22', 'Lạng Sơn', """Hơn [[2,1 tỷ|sf a y2014 b=o n=headline repeat of the body total: its region and period (gold README 1)]] đồng chăm lo Tết cho đoàn viên, người lao động

Thứ Tư, 22/01/2014 - 07:45

(LSO) - Nhân dịp Tết Nguyên đán Giáp Ngọ 2014, các cấp công đoàn trong tỉnh đã và đang tổ chức thăm hỏi, tặng quà cho [[4.856|ben a y2014]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn với tổng số tiền hơn [[2,1 tỷ|sf a y2014 b=o]] đồng.

Trong đó, Liên đoàn Lao động (LĐLĐ) tỉnh trực tiếp trao [[620|ben a y2014 s=LĐLĐ tỉnh trực tiếp n=breakdown of the total (gold README 6)]] suất quà, trị giá [[310 triệu|sf a y2014 s=LĐLĐ tỉnh trực tiếp]] đồng; các công đoàn ngành, LĐLĐ các huyện, thành phố và công đoàn cơ sở (CĐCS) trao [[4.236|ben a y2014 s=các công đoàn ngành, LĐLĐ các huyện, thành phố và CĐCS]] suất với số tiền trên [[1,8 tỷ|sf a y2014 b=o s=các công đoàn ngành, LĐLĐ các huyện, thành phố và CĐCS]] đồng. Mỗi suất quà gồm tiền mặt từ 300.000 đến 500.000 đồng và một số nhu yếu phẩm.

Ngày 21/1, đoàn công tác của LĐLĐ tỉnh do đồng chí Hoàng Thị Liên, Phó Chủ tịch LĐLĐ tỉnh làm trưởng đoàn đã đến thăm, chúc Tết công nhân Công ty Cổ phần Xi măng Đồng Bành (huyện Chi Lăng). Tại đây, đoàn đã trao [[50|ben a y2014 n=one visit inside the LĐLĐ's own gifts, still a mention of its own (records.md one record per mention); period from the Tết phrase before it (records.md periods)]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.

Bên cạnh đó, LĐLĐ tỉnh phối hợp với các doanh nghiệp vận tải hỗ trợ [[150|ben a y2014 n=free tickets given to members count as beneficiaries (gold README 9)]] vé xe cho công nhân làm việc xa nhà về quê đón Tết.

Cũng trong dịp này, LĐLĐ tỉnh bàn giao [[3|sh a y2014]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở tại các huyện Văn Lãng, Cao Lộc và Bình Gia với tổng kinh phí hỗ trợ [[120 triệu|shf a y2014]] đồng, mỗi nhà 40 triệu đồng.

Theo kế hoạch, từ nay đến trước Tết, các cấp công đoàn sẽ tiếp tục trao khoảng [[1.000|ben t y2014 b=a n=still to be given before Tết: a plan, target (gold README 4)]] suất quà cho đoàn viên, người lao động ở các đơn vị, doanh nghiệp gặp khó khăn trong sản xuất kinh doanh.

Minh Hà

Số lần xem: 845
"""))

# cm02 Bình Dương, NLĐ page, Chuyến xe Công đoàn Tết Bính Thân 2016, caption repeat, month figure
ARTS.append(('cm02', 'https://nld.com.vn/cong-doan/binh-duong-3400-cong-nhan-duoc-dua-ve-que-don-tet-mien-phi-20160128211502341.htm',
             '2016-01-28', 'Bình Dương', """Bình Dương: [[3.400|ben a y2016 n=headline repeat of the body figure (gold README 1)]] công nhân được đưa về quê đón Tết miễn phí

28-01-2016 - 21:15

(NLĐO) – Sáng 28-1, tại Nhà Văn hóa Lao động tỉnh, LĐLĐ tỉnh Bình Dương tổ chức chương trình "Chuyến xe Công đoàn - Tết Bính Thân 2016", đưa [[3.400|ben a y2016 n=workers taken home free of charge: the tickets given count as beneficiaries (gold README 9)]] công nhân có hoàn cảnh khó khăn về quê đón Tết.

Bình Dương: [[3.400|ben a y2016 n=NLĐ image caption repeating the headline: a mention, body region and period (gold README 1)]] công nhân được đưa về quê đón Tết miễn phí - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Bình Dương tiễn công nhân lên xe về quê

Năm nay, LĐLĐ tỉnh huy động 85 chuyến xe đưa công nhân về các tỉnh miền Trung, Tây Nguyên và miền Tây Nam Bộ. Mỗi công nhân được tặng thêm một phần quà trị giá 300.000 đồng để mang về quê. Tổng kinh phí thực hiện chương trình hơn [[1,7 tỷ|sf a y2016 b=o]] đồng, trong đó các doanh nghiệp vận tải và nhà hảo tâm đóng góp [[650 triệu|sf a y2016 s=các doanh nghiệp vận tải và nhà hảo tâm đóng góp n=part of the total by source (gold README 6)]] đồng.

Dịp này, Công đoàn các KCN Bình Dương cũng tặng [[1.200|ben a y2016 s=Công đoàn các KCN n=KCN union: its province with a scope (records.md regions)]] vé xe khách cho công nhân các khu công nghiệp.

Trước đó, trong tháng 1-2016, các cấp công đoàn tỉnh đã thăm hỏi, tặng quà Tết cho [[52.300|ben a mo2016-01 n=the sentence names its own period, January 2016 (records.md periods)]] lượt đoàn viên, công nhân lao động với tổng số tiền gần [[27 tỷ|sf a mo2016-01 b=u]] đồng. Từ nay đến trước Tết, LĐLĐ tỉnh sẽ tổ chức thêm ba điểm "Chợ Tết Công đoàn", phát hành 10.000 phiếu mua hàng giảm giá cho công nhân.

Tin-ảnh: Văn Duẩn
"""))

# cm03 Cà Mau, union portal copy, undated, after Tết Đinh Dậu 2017: total, attainment, four parts, Tết Sum vầy, Mái ấm
ARTS.append(('cm03', 'http://congdoancamau.org.vn/tin-tuc/cham-lo-tet-dinh-dau-2017-cho-hon-28000-luot-doan-vien-nguoi-lao-dong-1152.html',
             None, 'Cà Mau', """LĐLĐ tỉnh Cà Mau: Chăm lo Tết Đinh Dậu 2017 cho hơn [[28.000|ben a y2017 b=o n=rounded headline repeat of 28.614: body period, own bound (gold README 1, 5)]] lượt đoàn viên, người lao động

Theo báo cáo của Liên đoàn Lao động tỉnh Cà Mau, dịp Tết Nguyên đán Đinh Dậu 2017, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho [[28.614|ben a y2017]] lượt đoàn viên, người lao động, đạt [[114%|ben p y2017 n=đạt N% kế hoạch after the gift count: attainment of beneficiaries (gold README 4)]] kế hoạch, với tổng số tiền trên [[11,4 tỷ|sf a y2017 b=o]] đồng.

Trong đó, LĐLĐ tỉnh trực tiếp thăm, tặng [[1.950|ben a y2017 s=LĐLĐ tỉnh trực tiếp]] suất quà với số tiền [[975 triệu|sf a y2017 s=LĐLĐ tỉnh trực tiếp]] đồng (mỗi suất 500.000 đồng); Công đoàn Viên chức tỉnh tặng [[2.380|ben a y2017 s=Công đoàn Viên chức tỉnh]] suất; Công đoàn các Khu công nghiệp tỉnh tặng [[3.100|ben a y2017 s=Công đoàn các Khu công nghiệp]] suất; LĐLĐ các huyện, thành phố và các CĐCS trực thuộc tặng [[21.184|ben a y2017 s=LĐLĐ các huyện, thành phố và các CĐCS trực thuộc]] suất.

Điểm nhấn của đợt chăm lo Tết năm nay là chương trình "Tết Sum vầy" năm 2017 do LĐLĐ tỉnh tổ chức tại Khu công nghiệp Khánh An, huyện U Minh. Chương trình đã tặng [[400|ben a y2017]] suất quà cho công nhân khó khăn và [[200|ben a y2017 n=tickets given to members (gold README 9)]] vé xe cho công nhân quê ở xa. Phiên "Chợ Tết Công đoàn" tổ chức cùng ngày đã phát 1.000 phiếu mua hàng, mỗi phiếu trị giá 200.000 đồng, để công nhân chọn mua hàng hóa thiết yếu.

Cũng dịp này, LĐLĐ tỉnh trao [[4|sh a y2017]] nhà "Mái ấm Công đoàn" cho đoàn viên ở các huyện Trần Văn Thời, Cái Nước và Đầm Dơi, tổng trị giá [[160 triệu|shf a y2017]] đồng.

Ông Lê Văn Sử, Chủ tịch LĐLĐ tỉnh cho biết, các doanh nghiệp trên địa bàn cơ bản trả lương, thưởng Tết đầy đủ cho người lao động, mức thưởng bình quân 4,2 triệu đồng/người.

Hoàng Vũ
"""))

# cm04 Thanh Hóa, launch of Tháng Công nhân 2018: gifts at the ceremony, the month's targets, last year's results
ARTS.append(('cm04', 'https://baothanhhoa.vn/lao-dong/ldld-tinh-phat-dong-thang-cong-nhan-nam-2018-84512.htm',
             '2018-05-03', 'Thanh Hóa', """LĐLĐ tỉnh phát động Tháng Công nhân năm 2018

03/05/2018 09:30

Chiều 2-5, tại Khu kinh tế Nghi Sơn, Liên đoàn Lao động tỉnh tổ chức lễ phát động Tháng Công nhân năm 2018 với chủ đề "Công đoàn đồng hành cùng doanh nghiệp chăm lo lợi ích cho đoàn viên". Dự lễ có hơn 1.500 công nhân, người lao động đang làm việc tại các doanh nghiệp trong khu kinh tế.

Tại buổi lễ, Ban tổ chức đã trao [[100|ben a mo2018-05 n=gifts at the launch: Tháng Công nhân năm 2018, May of that year (records.md periods)]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng; trao hỗ trợ xây dựng [[2|sh a mo2018-05]] nhà "Mái ấm Công đoàn" với số tiền [[100 triệu|shf a mo2018-05]] đồng cho đoàn viên ở huyện Tĩnh Gia và huyện Như Thanh.

Theo kế hoạch, trong Tháng Công nhân năm 2018, các cấp công đoàn trong tỉnh phấn đấu thăm hỏi, tặng quà cho ít nhất [[15.000|ben t mo2018-05 b=o]] lượt đoàn viên, người lao động với kinh phí khoảng [[5 tỷ|sf t mo2018-05 b=a]] đồng; phối hợp tổ chức đối thoại tại [[300|wd t mo2018-05]] doanh nghiệp; vận động nâng chất lượng bữa ăn ca tại [[120|meal t mo2018-05]] doanh nghiệp và khởi công, bàn giao [[20|sh t mo2018-05]] nhà "Mái ấm Công đoàn".

Năm 2018 là năm thứ 9 tổ chức Tháng Công nhân. Tháng Công nhân năm 2017, toàn tỉnh có [[1.320|wmu a mo2017-05]] CĐCS tham gia tổ chức các hoạt động; các cấp công đoàn đã thăm hỏi, tặng quà [[13.800|ben a mo2017-05]] lượt đoàn viên, người lao động với tổng số tiền trên [[4,2 tỷ|sf a mo2017-05 b=o]] đồng.

Phát biểu tại lễ phát động, đồng chí Phạm Thị Hòa, Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn tập trung giải quyết những vấn đề bức xúc của người lao động về tiền lương, nhà ở, nhà trẻ, bữa ăn ca.

Lê Hợi
"""))

# cm05 Đắk Lắk, summary of Tháng Công nhân 2019: units, gifts, dialogues, meals, legal aid, Mái ấm, inspections, stocks
ARTS.append(('cm05', 'https://baodaklak.vn/xa-hoi/201906/tong-ket-thang-cong-nhan-nam-2019-hon-12000-luot-doan-vien-duoc-tham-hoi-tang-qua-1c31a2f/',
             '2019-06-10', 'Đắk Lắk', """Tổng kết Tháng Công nhân năm 2019: Hơn [[12.000|ben a mo2019-05 b=o n=rounded headline repeat of 12.437 (gold README 1, 5)]] lượt đoàn viên được thăm hỏi, tặng quà

Thứ Hai, 10/06/2019 - 15:20

Ngày 7-6, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2019.

Tháng Công nhân năm 2019 có [[684|wmu a mo2019-05]] CĐCS tham gia tổ chức với nhiều hoạt động thiết thực. Các cấp công đoàn đã thăm hỏi, tặng quà cho [[12.437|ben a mo2019-05]] lượt đoàn viên, người lao động, tổng trị giá hơn [[4,6 tỷ|sf a mo2019-05 b=o]] đồng; phối hợp với người sử dụng lao động tổ chức đối thoại tại [[96|wd a mo2019-05]] doanh nghiệp, đơn vị; vận động [[41|meal a mo2019-05]] doanh nghiệp nâng giá trị bữa ăn ca, mức bình quân đạt 17.000 đồng/suất; tư vấn pháp luật cho [[850|lc a mo2019-05]] lượt người lao động.

Đặc biệt, LĐLĐ tỉnh và các đơn vị đã bàn giao [[6|sh a mo2019-05]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở với tổng kinh phí [[300 triệu|shf a mo2019-05]] đồng (50 triệu đồng/nhà).

Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động, trong tháng, các cấp công đoàn tham gia [[32|sv a mo2019-05 n=trong tháng: the month named before, May 2019 (gold README 8)]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật về an toàn, vệ sinh lao động tại doanh nghiệp.

Hiện nay, toàn tỉnh có [[1.715|ut a pub]] CĐCS với [[79.204|mt a pub]] đoàn viên. Tại hội nghị, LĐLĐ tỉnh tặng giấy khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong Tháng Công nhân năm 2019.

H'Ninh

Số lượt xem: 1.032
"""))
