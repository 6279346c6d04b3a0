"""n01-n09: everyday short news, 2012-2020."""

N_REPEAT = 'headline repeat of the body figure, takes its region and period (rule 1)'
N_STOCK_REP = 'delegates represent the current membership: a stock dated at publication (rule 7); the delegates themselves are participants (rule 11)'

ARTS = []

# n01 Yên Bái: district union congress (term 2007-2012 results, term 2012-2017 targets)
ARTS.append(('n01', 'http://baoyenbai.com.vn/12/84512/Dai_hoi_Cong_doan_huyen_Van_Chan_lan_thu_XIX.htm',
             '2012-11-16', 'Yên Bái', '''\
Thứ Sáu, 16/11/2012 | 08:45 GMT+7
Đại hội Công đoàn huyện Văn Chấn lần thứ XIX
YBĐT - Ngày 15/11, Liên đoàn Lao động huyện Văn Chấn tổ chức Đại hội Công đoàn huyện lần thứ XIX, nhiệm kỳ 2012 - 2017. Về dự có đồng chí Vũ Thị Minh Hương, Phó Chủ tịch LĐLĐ tỉnh Yên Bái cùng 148 đại biểu đại diện cho gần [[4.600|mt a pub b=u s=Công đoàn huyện Văn Chấn n=''' + N_STOCK_REP + ''']] đoàn viên công đoàn của [[96|ut a pub s=Công đoàn huyện Văn Chấn n=stock of the district, dated at publication (rule 7); district union gives its province (rule 10)]] công đoàn cơ sở trong huyện.
Nhiệm kỳ qua (2007 - 2012), Công đoàn huyện Văn Chấn đã phát triển mới [[1.482|mn a t2007-2012 s=Công đoàn huyện Văn Chấn]] đoàn viên, đạt [[116%|mn p t2007-2012 s=Công đoàn huyện Văn Chấn n=đạt N% chỉ tiêu: attainment of members_new (rule 4)]] chỉ tiêu Nghị quyết Đại hội; thành lập mới [[14|un a t2007-2012 s=Công đoàn huyện Văn Chấn]] công đoàn cơ sở. 100% CĐCS khối hành chính sự nghiệp phối hợp với thủ trưởng đơn vị tổ chức hội nghị cán bộ, công chức hằng năm.
Công đoàn huyện đã giới thiệu [[87|pr a t2007-2012 s=Công đoàn huyện Văn Chấn]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[61|pa a t2007-2012 s=Công đoàn huyện Văn Chấn n=breakdown of the referrals, admitted members (rule 6); period of the nearest earlier phrase Nhiệm kỳ qua (2007 - 2012)]] đồng chí đã được kết nạp vào Đảng. Từ nguồn quỹ Mái ấm Công đoàn, các cấp công đoàn đã hỗ trợ [[186 triệu|shf a t2007-2012 s=Công đoàn huyện Văn Chấn]] đồng xây mới, sửa chữa [[11|sh a t2007-2012 s=Công đoàn huyện Văn Chấn]] nhà cho đoàn viên có hoàn cảnh khó khăn, mỗi nhà từ 10 đến 20 triệu đồng.
Đại hội đã thông qua các chỉ tiêu nhiệm kỳ 2012 - 2017: phát triển mới [[1.500|mn t t2012-2017 s=Công đoàn huyện Văn Chấn]] đoàn viên; thành lập mới ít nhất [[15|un t t2012-2017 b=o s=Công đoàn huyện Văn Chấn n=ít nhất -> over (rule 5); term target (rule 4)]] CĐCS; giới thiệu [[100|pr t t2012-2017 s=Công đoàn huyện Văn Chấn]] đoàn viên ưu tú cho Đảng xem xét kết nạp; 90% CĐCS đạt tiêu chuẩn vững mạnh.
Đại hội đã bầu 19 đồng chí vào Ban Chấp hành Công đoàn huyện khóa XIX; đồng chí Hoàng Văn Thái được bầu giữ chức Chủ tịch LĐLĐ huyện. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Công đoàn tỉnh Yên Bái lần thứ XVIII.
Thanh Hà
Tin liên quan:
- Công đoàn thị xã Nghĩa Lộ kết nạp 520 đoàn viên mới
- Trao 40 suất quà cho công nhân Công ty Giấy Yên Bái'''))

# n02 Hà Nội: Tết gifts at an industrial zone
ARTS.append(('n02', 'https://congdoanhanoi.org.vn/tin-tuc/trao-1200-suat-qua-tet-cho-cong-nhan-cac-kcn-2014.html',
             '2014-01-21', 'Hà Nội', '''\
Trang chủ » Tin tức - Sự kiện » Chăm lo đời sống
Trao [[1.200|ben a pub s=Công đoàn các KCN-CX Hà Nội n=''' + N_REPEAT + ''']] suất quà Tết cho công nhân các KCN
Cập nhật: 21/01/2014 10:12 | Lượt xem: 2315
Sáng 21/1, tại KCN Thăng Long (huyện Đông Anh), Công đoàn các Khu công nghiệp – Khu chế xuất (KCN-CX) Hà Nội phối hợp với Ban Quản lý các KCN-CX Hà Nội tổ chức chương trình "Tết Sum vầy – Xuân Giáp Ngọ". Tại chương trình, Ban tổ chức đã trao [[1.200|ben a pub s=Công đoàn các KCN-CX Hà Nội n=event day is the publication date (no other period phrase before it)]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng gồm tiền mặt và hiện vật, tổng trị giá [[600 triệu|sf a pub s=Công đoàn các KCN-CX Hà Nội n=total of the gifts is a record; the 500.000 đồng per gift is not (rule 11)]] đồng.
Dịp này, Công đoàn các KCN-CX còn tặng [[300|ben a pub s=Công đoàn các KCN-CX Hà Nội n=free bus tickets given to workers count as beneficiaries (rule 9)]] vé xe khách miễn phí cho công nhân ở xa về quê đón Tết. Gian hàng "Chợ Tết Công đoàn" phát 2.000 phiếu mua hàng trị giá 100.000 đồng/phiếu để công nhân mua sắm miễn phí các mặt hàng thiết yếu.
Phát biểu tại chương trình, đồng chí Nguyễn Thị Hoa, Chủ tịch Công đoàn các KCN-CX Hà Nội cho biết: Hiện Công đoàn các KCN-CX Hà Nội có [[302|ut a pub s=Công đoàn các KCN-CX Hà Nội]] CĐCS với gần [[150.000|mt a pub b=u s=Công đoàn các KCN-CX Hà Nội]] đoàn viên, trong đó hơn 70% là lao động nữ. Dịp Tết Nguyên đán Giáp Ngọ 2014, Công đoàn các KCN-CX dự kiến thăm hỏi, tặng quà cho khoảng [[5.000|ben t y2014 b=a s=Công đoàn các KCN-CX Hà Nội n=dự kiến -> target (rule 4); Tết Giáp Ngọ 2014 -> year 2014]] công nhân lao động với tổng kinh phí trên [[2,5 tỷ|sf t y2014 b=o s=Công đoàn các KCN-CX Hà Nội]] đồng.
Ảnh: Lãnh đạo Công đoàn các KCN-CX Hà Nội trao quà Tết cho công nhân.
Ngọc Anh'''))

# n03 Thanh Hóa: launch of Tháng Công nhân 2015
ARTS.append(('n03', 'https://baothanhhoa.vn/lao-dong-viec-lam/phat-dong-thang-cong-nhan-nam-2015-12873.htm',
             '2015-05-04', 'Thanh Hóa', '''\
Thanh Hóa phát động Tháng Công nhân năm 2015
04/05/2015 10:25
Sáng 4/5, tại Khu kinh tế Nghi Sơn, LĐLĐ tỉnh Thanh Hóa phối hợp với Ban Quản lý Khu kinh tế Nghi Sơn và các KCN tổ chức lễ phát động Tháng Công nhân năm 2015. Tham dự lễ phát động có gần 1.000 công nhân lao động đang làm việc tại các doanh nghiệp trong Khu kinh tế.
Trong khuôn khổ lễ phát động Tháng Công nhân, LĐLĐ tỉnh đã trao [[100|ben a mo2015-05 n=gifts given within the Tháng Công nhân 2015 launch: May 2015 (records.md Tháng Công nhân row); the 1.000 attendants are participants (rule 11)]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.
Theo kế hoạch, Tháng Công nhân năm 2015 được triển khai tại [[1.350|wmu t mo2015-05 n=theo kế hoạch -> target (rule 4)]] CĐCS trong toàn tỉnh. Các cấp công đoàn phấn đấu thăm hỏi, tặng quà cho [[3.000|ben t mo2015-05]] đoàn viên, công nhân lao động có hoàn cảnh khó khăn; phối hợp tổ chức đối thoại tại [[50|wd t mo2015-05]] doanh nghiệp; tư vấn pháp luật cho [[2.000|lc t mo2015-05]] lượt người lao động.
Tháng Công nhân năm 2014, hoạt động được tổ chức tại [[1.286|wmu a mo2014-05]] CĐCS; các cấp công đoàn đã thăm hỏi, tặng quà cho [[2.716|ben a mo2014-05]] đoàn viên, người lao động với tổng số tiền [[2 tỷ 350 triệu|sf a mo2014-05 v=2350000000 n=mixed multiplier form resolved (rule 3)]] đồng.
Ảnh: Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân có hoàn cảnh khó khăn tại lễ phát động.
Minh Hiếu'''))

# n04 Hà Tĩnh: Mái ấm Công đoàn handover
ARTS.append(('n04', 'https://baohatinh.vn/lao-dong/ban-giao-nha-mai-am-cong-doan-cho-giao-vien-o-huong-khe/118423.htm',
             '2016-08-19', 'Hà Tĩnh', '''\
Bàn giao nhà “Mái ấm Công đoàn” cho giáo viên ở Hương Khê
(Baohatinh.vn) - Chiều 19/8, LĐLĐ tỉnh Hà Tĩnh phối hợp với LĐLĐ huyện Hương Khê tổ chức lễ bàn giao nhà “Mái ấm Công đoàn” cho gia đình chị Nguyễn Thị Hoa, giáo viên Trường Mầm non Hương Trạch.
Ngôi nhà được xây dựng trên diện tích 75 m2, gồm 2 phòng ngủ và 1 phòng khách. Để xây dựng ngôi nhà, LĐLĐ tỉnh hỗ trợ [[50 triệu|shf a pub s=LĐLĐ tỉnh n=union money for this one house: an amount actually given, not a per-item rate (rule 11 concerns đồng/nhà)]] đồng, LĐLĐ huyện Hương Khê hỗ trợ [[20 triệu|shf a pub s=LĐLĐ huyện Hương Khê n=union money for this one house, district union (rule 10)]] đồng, số còn lại do gia đình và người thân đóng góp.
Từ đầu năm 2016 đến nay, LĐLĐ tỉnh Hà Tĩnh đã hỗ trợ xây mới [[27|sh a 2016-01-01..2016-08-19]] và sửa chữa [[8|sh a 2016-01-01..2016-08-19 n=repaired houses are shelter_houses too (indicators.tsv); two figures, two records]] nhà “Mái ấm Công đoàn” với tổng số tiền [[1,35 tỷ|shf a 2016-01-01..2016-08-19]] đồng. Năm 2016, LĐLĐ tỉnh phấn đấu hỗ trợ xây mới, sửa chữa [[45|sh t y2016]] nhà cho đoàn viên khó khăn về nhà ở.
Từ năm 2012 đến nay, toàn tỉnh đã có [[312|sh a 2012-01-01..2016-08-19 n=members helped to a Mái ấm house count as shelter_houses (rule 9); từ năm 2012 đến nay]] đoàn viên, người lao động được hỗ trợ nhà “Mái ấm Công đoàn” với tổng kinh phí gần [[12 tỷ|shf a 2012-01-01..2016-08-19 b=u]] đồng.
Thu Trang
Tin liên quan:
- Hơn 200 đoàn viên được nhận quà dịp Tết Bính Thân
- Công đoàn Giáo dục Hà Tĩnh tổng kết năm học 2015 - 2016'''))

# n05 Quảng Ngãi: half-year review 2017
ARTS.append(('n05', 'http://baoquangngai.vn/channel/2025/201707/ldld-tinh-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2817456/',
             '2017-07-14', 'Quảng Ngãi', '''\
LĐLĐ tỉnh sơ kết công tác công đoàn 6 tháng đầu năm
Cập nhật lúc 14/07/2017 - 16:05
(Baoquangngai.vn) - Ngày 14/7, LĐLĐ tỉnh Quảng Ngãi tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2017.
Theo báo cáo, 6 tháng đầu năm, các cấp công đoàn trong tỉnh đã kết nạp [[2.145|mn a h1-2017 n=year-less 6 tháng đầu năm takes the publication year (rule 8)]] đoàn viên, đạt [[53,6%|mn p h1-2017 n=part-way attainment of the year plan takes the reporting period (rule 4; challenge15 practice)]] kế hoạch năm; thành lập mới [[19|un a h1-2017]] CĐCS. Công đoàn phối hợp với các cơ quan chức năng tổ chức [[23|sv a h1-2017]] cuộc thanh tra, kiểm tra việc thực hiện chính sách pháp luật lao động tại doanh nghiệp; tổ chức [[36|tr a h1-2017]] lớp tập huấn nghiệp vụ cho [[2.870|te a h1-2017]] lượt cán bộ công đoàn cơ sở.
Các cấp công đoàn đã thăm hỏi, tặng quà cho [[14.600|ben a h1-2017]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn, bị ốm đau, tai nạn lao động với tổng số tiền hơn [[5,2 tỷ|sf a h1-2017 b=o]] đồng.
6 tháng cuối năm, LĐLĐ tỉnh tập trung phát triển đoàn viên, phấn đấu kết nạp [[1.900|mn t l6-2017]] đoàn viên, thành lập mới [[15|un t l6-2017]] CĐCS; giới thiệu [[200|pr t l6-2017]] đoàn viên ưu tú cho Đảng xem xét kết nạp.
Ảnh: Quang cảnh hội nghị.
Thanh Nhị'''))

# n06 Bình Dương: legal-aid evening at a boarding-house area
ARTS.append(('n06', 'https://baobinhduong.vn/tu-van-phap-luat-cho-cong-nhan-tai-khu-nha-tro-a162384.html',
             '2018-03-22', 'Bình Dương', '''\
Tư vấn pháp luật cho công nhân tại khu nhà trọ
22/03/2018 | 21:40
(BDO) Tối 22/3, Công đoàn các KCN Bình Dương phối hợp với Trung tâm Tư vấn pháp luật Công đoàn tỉnh tổ chức buổi tư vấn pháp luật lưu động cho công nhân lao động đang làm việc tại KCN Sóng Thần 2 và sinh sống tại các khu nhà trọ trên địa bàn phường Dĩ An (TX.Dĩ An). Hơn 300 công nhân đã đến tham dự.
Tại buổi tư vấn, các luật sư, tư vấn viên đã trực tiếp giải đáp, tư vấn cho [[52|lc a pub s=Công đoàn các KCN Bình Dương n=persons advised at the session are legal_consultations; the 300 attendants are participants (rule 11)]] lượt công nhân về các chế độ bảo hiểm xã hội, tiền lương, thời giờ làm việc, thời giờ nghỉ ngơi.
Từ đầu năm đến nay, Công đoàn các KCN Bình Dương đã tổ chức 9 buổi tư vấn pháp luật lưu động, tư vấn cho [[1.126|lc a 2018-01-01..2018-03-22 s=Công đoàn các KCN Bình Dương n=từ đầu năm đến nay, year of publication; the 9 sessions are not persons advised: not a record]] lượt người lao động; phối hợp tổ chức [[14|tr a 2018-01-01..2018-03-22 s=Công đoàn các KCN Bình Dương]] lớp tập huấn pháp luật lao động cho [[1.650|te a 2018-01-01..2018-03-22 s=Công đoàn các KCN Bình Dương]] cán bộ công đoàn cơ sở.
Năm 2017, Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho [[8.540|lc a y2017 s=Trung tâm Tư vấn pháp luật Công đoàn tỉnh]] lượt người, tham gia bảo vệ quyền lợi cho người lao động tại 36 vụ việc, giúp người lao động nhận lại hơn 2,1 tỷ đồng tiền lương, trợ cấp bị nợ.
Ảnh: Luật sư Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn cho công nhân.
Bài, ảnh: Thanh Tâm'''))

# n07 Cần Thơ: Phúc lợi đoàn viên signing
ARTS.append(('n07', 'https://baocantho.com.vn/ldld-tp-can-tho-ky-ket-chuong-trinh-phuc-loi-doan-vien-a112347.html',
             '2019-06-12', 'Cần Thơ', '''\
LĐLĐ TP Cần Thơ ký kết chương trình “Phúc lợi đoàn viên” với [[6|wp a pub n=''' + N_REPEAT + ''']] doanh nghiệp
12/06/2019 - 15:32
Chiều 12-6, Liên đoàn Lao động TP Cần Thơ tổ chức ký kết thỏa thuận hợp tác thực hiện Chương trình “Phúc lợi đoàn viên” với [[6|wp a pub n=thỏa thuận hợp tác Phúc lợi đoàn viên -> welfare_partners (rule 9); event day is the publication date]] doanh nghiệp trên địa bàn thành phố, gồm: Siêu thị Co.opmart Hùng Vương, Công ty Xăng dầu Tây Nam Bộ, Nha khoa Sài Gòn – Cần Thơ, Trung tâm Ngoại ngữ – Tin học Đại học Cần Thơ, Công ty Du lịch Cần Thơ và Bệnh viện Đa khoa Hòa Hảo.
Theo thỏa thuận, đoàn viên công đoàn khi mua sắm, sử dụng dịch vụ tại các doanh nghiệp sẽ được giảm giá từ 5-15% tùy mặt hàng. Dịp này, LĐLĐ thành phố trao [[50|ben a pub]] suất quà, mỗi suất 1 triệu đồng, cho đoàn viên có hoàn cảnh khó khăn.
Năm 2018, LĐLĐ thành phố đã ký kết [[9|wp a y2018]] thỏa thuận hợp tác với các doanh nghiệp, đơn vị. Sau lễ ký kết, tổng số đơn vị tham gia chương trình “Phúc lợi đoàn viên” trên địa bàn thành phố hiện là [[27|wp a pub n=current partner stock dated at publication (rule 7)]]. Năm 2019, LĐLĐ thành phố phấn đấu ký kết thêm ít nhất [[10|wp t y2019 b=o n=phấn đấu -> target; ít nhất -> over (rules 4, 5)]] thỏa thuận.
ANH KHOA'''))

# n08 Đắk Lắk: party referrals, 5-year review
ARTS.append(('n08', 'https://baodaklak.vn/chinh-tri/202910/dak-lak-5-nam-gioi-thieu-hon-4200-doan-vien-uu-tu-cho-dang-8f21c4a/',
             '2019-10-30', 'Đắk Lắk', '''\
Đắk Lắk: 5 năm giới thiệu hơn [[4.200|pr a t2015-2019 b=o n=rounded headline repeat of 4.215, takes its period (rule 1); 5 năm is a duration (rule 11)]] đoàn viên ưu tú cho Đảng
Thứ Tư, 30/10/2019, 17:05
Ngày 30/10, LĐLĐ tỉnh Đắk Lắk tổ chức hội nghị tổng kết 5 năm thực hiện Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy về công tác giới thiệu đoàn viên công đoàn ưu tú cho Đảng xem xét kết nạp, giai đoạn 2015-2019.
Trong giai đoạn 2015-2019, các cấp công đoàn trong tỉnh đã giới thiệu [[4.215|pr a t2015-2019 n=giai đoạn 2015-2019 -> 2015-01-01..2019-12-31 (records.md), although it runs past publication]] đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng; trong đó đã có [[3.386|pa a t2015-2019]] đoàn viên được kết nạp vào Đảng, đạt tỷ lệ 80,3%. Riêng khu vực doanh nghiệp ngoài nhà nước, công đoàn đã giới thiệu [[118|pr a t2015-2019 s=doanh nghiệp ngoài nhà nước n=breakdown with scope (rule 6)]] đoàn viên, [[47|pa a t2015-2019 s=doanh nghiệp ngoài nhà nước]] đồng chí đã được kết nạp. Riêng 9 tháng đầu năm 2019, công đoàn các cấp giới thiệu [[912|pr a f9-2019]] đoàn viên ưu tú, trong đó [[655|pa a f9-2019]] đoàn viên đã được kết nạp vào Đảng.
Giai đoạn 2020-2025, LĐLĐ tỉnh phấn đấu giới thiệu [[5.000|pr t t2020-2025]] đoàn viên ưu tú cho Đảng, trong đó có ít nhất [[500|pr t t2020-2025 b=o s=doanh nghiệp ngoài nhà nước]] đoàn viên ở doanh nghiệp ngoài nhà nước.
Dịp này, Ban Thường vụ LĐLĐ tỉnh đã khen thưởng 20 tập thể và 35 cá nhân có thành tích xuất sắc trong thực hiện Kế hoạch.
H'Xuân'''))

# n09 Hải Phòng: Covid-19 support
ARTS.append(('n09', 'https://baohaiphong.com.vn/ho-tro-hon-2300-doan-vien-nguoi-lao-dong-bi-anh-huong-boi-dich-covid-19-218742.html',
             '2020-04-24', 'Hải Phòng', '''\
Hỗ trợ hơn [[2.300|ben a 2020-02-01..2020-04-20 b=o n=''' + N_REPEAT + ''']] đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19
24/04/2020 14:20
(BHP) - Theo LĐLĐ thành phố Hải Phòng, từ ngày 1/2 đến ngày 20/4/2020, các cấp công đoàn thành phố đã hỗ trợ [[2.356|ben a 2020-02-01..2020-04-20]] đoàn viên, người lao động gặp khó khăn do ảnh hưởng của dịch Covid-19 với tổng số tiền [[1 tỷ 178 triệu|sf a 2020-02-01..2020-04-20 v=1178000000 n=mixed multiplier form resolved (rule 3)]] đồng. Trong đó, LĐLĐ thành phố trực tiếp hỗ trợ [[620 triệu|sf a 2020-02-01..2020-04-20 s=LĐLĐ thành phố n=breakdown by source with scope (rule 6)]] đồng; công đoàn cấp trên cơ sở và CĐCS hỗ trợ [[558 triệu|sf a 2020-02-01..2020-04-20 s=công đoàn cấp trên cơ sở và CĐCS]] đồng.
Mức hỗ trợ đối với đoàn viên bị ngừng việc, nghỉ việc không hưởng lương từ 14 ngày trở lên là 500.000 đồng/người; đoàn viên bị chấm dứt hợp đồng lao động được hỗ trợ 1 triệu đồng/người.
Công đoàn Khu kinh tế Hải Phòng đã trao [[1.200|ben a 2020-02-01..2020-04-20 s=Công đoàn Khu kinh tế Hải Phòng n=nearest earlier period phrase (từ ngày 1/2 đến ngày 20/4/2020)]] suất quà gồm gạo, mì tôm, khẩu trang, nước rửa tay cho công nhân lao động ở trọ tại các KCN Nomura, Đình Vũ, Tràng Duệ.
Từ nay đến hết tháng 6/2020, LĐLĐ thành phố dự kiến hỗ trợ thêm khoảng [[1.500|ben t 2020-04-24..2020-06-30 b=a n=dự kiến -> target; từ nay (publication) to end of June 2020]] đoàn viên, người lao động có hoàn cảnh đặc biệt khó khăn.
Ảnh: Công đoàn Khu kinh tế Hải Phòng trao [[1.200|ben a 2020-02-01..2020-04-20 s=Công đoàn Khu kinh tế Hải Phòng n=caption repeat of the body figure, takes its period (rule 1)]] suất quà cho công nhân ở trọ.
Hoàng Dũng'''))
