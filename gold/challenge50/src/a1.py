"""cc01-cc05."""
ARTS = []

# cc01 Cần Thơ, provincial paper, year 2018 review and 2019 targets
ARTS.append(('cc01', 'https://baocantho.com.vn/nam-2018-phat-trien-hon-5-800-doan-vien-moi-a104512.html',
             '2019-01-15', 'Cần Thơ', """Năm 2018, phát triển hơn [[5.800|mn a y2018 b=o n=rounded headline repeat of the 5.846 of the body: its region and period, its own bound (gold README 1, 5)]] đoàn viên mới

Thứ Ba, 15/01/2019, 07:45 (GMT+7)

Ngày 14-1, Liên đoàn Lao động (LĐLĐ) TP Cần Thơ tổ chức hội nghị tổng kết hoạt động công đoàn năm 2018 và triển khai nhiệm vụ năm 2019.

Năm 2018, các cấp công đoàn thành phố đã kết nạp [[5.846|mn a y2018]] đoàn viên, đạt [[116,9%|mn p y2018]] chỉ tiêu; thành lập mới [[31|un a y2018]] công đoàn cơ sở (CĐCS), trong đó có [[24|un a y2018 s=doanh nghiệp ngoài nhà nước n=breakdown (gold README 6)]] CĐCS ở doanh nghiệp ngoài nhà nước. Hiện toàn thành phố có [[1.342|ut a pub]] CĐCS với [[92.517|mt a pub]] đoàn viên.

Công tác chăm lo cho đoàn viên, người lao động được các cấp công đoàn quan tâm thực hiện. Trong năm, LĐLĐ TP đã xây mới, sửa chữa [[52|sh a y2018 n=Trong năm: the year 2018 named before (records.md)]] căn nhà "Mái ấm Công đoàn" với tổng kinh phí hơn [[2,1 tỉ|shf a y2018 b=o]] đồng, mỗi căn xây mới được hỗ trợ 40 triệu đồng. Các cấp công đoàn thăm hỏi, trợ cấp [[9.760|ben a y2018]] lượt đoàn viên, người lao động gặp khó khăn, ốm đau, tai nạn lao động với số tiền [[4,35 tỉ|sf a y2018]] đồng. LĐLĐ TP cũng tham gia [[64|sv a y2018]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp.

Đại diện LĐLĐ TP bàn giao nhà "Mái ấm Công đoàn" cho một công nhân ở quận Thốt Nốt. Ảnh: T.LÊ
Đại diện LĐLĐ TP bàn giao nhà "Mái ấm Công đoàn" cho một công nhân ở quận Thốt Nốt. Ảnh: T.LÊ

Năm 2019, LĐLĐ TP Cần Thơ phấn đấu phát triển [[5.500|mn t y2019]] đoàn viên mới, thành lập [[25|un t y2019]] CĐCS; xây dựng, sửa chữa [[45|sh t y2019]] Mái ấm Công đoàn, ưu tiên công nhân chưa có chỗ ở ổn định.

Dịp này, LĐLĐ TP tặng bằng khen cho 14 tập thể và 21 cá nhân có thành tích xuất sắc trong hoạt động công đoàn năm 2018.

BÍCH NHƯ
"""))

# cc02 An Giang, provincial paper, Tết Tân Sửu 2021
ARTS.append(('cc02', 'https://baoangiang.com.vn/cong-doan-cham-lo-tet-cho-gan-30-000-doan-vien-nguoi-lao-dong-a292716.html',
             '2021-02-05', 'An Giang', """Công đoàn chăm lo Tết cho gần [[30.000|ben a y2021 b=u n=rounded headline repeat of the 29.640 of the body: its period, bound gần (gold README 1, 5)]] đoàn viên, người lao động

Thứ Sáu, 05/02/2021 | 15:20

(BAG) - Tết Nguyên đán Tân Sửu 2021, Liên đoàn Lao động tỉnh An Giang cùng các cấp công đoàn đã thăm, tặng quà cho [[29.640|ben a y2021 n=Tết Tân Sửu 2021: the Tết year (gold README 8 practice)]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí hơn [[14,2 tỷ|sf a y2021 b=o]] đồng.

Trong đó, LĐLĐ tỉnh trực tiếp trao [[3.200|ben a y2021 s=LĐLĐ tỉnh trực tiếp n=breakdown (gold README 6)]] suất quà, trị giá [[1,6 tỷ|sf a y2021 s=LĐLĐ tỉnh trực tiếp]] đồng, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm; Công đoàn ngành Giáo dục tỉnh tặng [[1.150|ben a y2021 s=Công đoàn ngành Giáo dục tỉnh]] suất quà cho giáo viên, nhân viên khó khăn ở các trường vùng biên giới.

Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân Công ty TNHH Nam Việt.
Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân Công ty TNHH Nam Việt.

Do ảnh hưởng của dịch COVID-19, năm nay LĐLĐ tỉnh không tổ chức tập trung chương trình "Tết sum vầy" mà trao quà trực tiếp tại doanh nghiệp. Dịp này, LĐLĐ tỉnh còn bàn giao [[6|sh a y2021 n=Dịp này: the Tết of 2021 named before (records.md nearest earlier period phrase)]] căn nhà "Mái ấm Công đoàn" cho đoàn viên ở các huyện Tri Tôn, Tịnh Biên và An Phú; "Chợ Tết Công đoàn" tại Long Xuyên phát 2.000 phiếu mua hàng cho công nhân.

Ông Nguyễn Thiện Phú - Chủ tịch LĐLĐ tỉnh cho biết, các cấp công đoàn tiếp tục rà soát để không đoàn viên nào không có Tết.

MỸ HẠNH

Tin cùng chuyên mục
- Trao 45 suất quà Tết cho công nhân KCN Bình Long (03/02/2021)
"""))

# cc03 Kiên Giang, provincial paper copy scraped without a date, Party referrals over the term
ARTS.append(('cc03', 'https://baokiengiang.vn/xa-hoi/kien-giang-hon-1-200-doan-vien-uu-tu-duoc-gioi-thieu-cho-dang-62715.html',
             None, 'Kiên Giang', """Kiên Giang: Hơn [[1.200|pr a t2018-2023 b=o n=rounded headline repeat of the 1.236 of the body: its period (gold README 1)]] đoàn viên ưu tú được giới thiệu cho Đảng

Xã hội

BKG - Công tác giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp được Liên đoàn Lao động tỉnh Kiên Giang xác định là nhiệm vụ thường xuyên, gắn với phong trào thi đua trong công nhân, viên chức, lao động.

Nhiệm kỳ 2018-2023, các cấp công đoàn tỉnh đã giới thiệu [[1.236|pr a t2018-2023]] đoàn viên ưu tú cho tổ chức Đảng xem xét, trong đó [[874|pa a t2018-2023]] đồng chí đã được kết nạp vào Đảng. Công đoàn các KCN tỉnh giới thiệu [[57|pr a t2018-2023 s=Công đoàn các KCN tỉnh n=an industrial-zone union gives its province, with a scope (records.md regions)]] đoàn viên là công nhân trực tiếp sản xuất. Riêng năm 2022, LĐLĐ tỉnh giới thiệu [[268|pr a y2022]] đoàn viên ưu tú, đạt [[134%|pr p y2022]] chỉ tiêu.

Hiện LĐLĐ tỉnh quản lý [[1.083|ut a null n=stock in an undated page: null..null (records.md)]] CĐCS với [[79.412|mt a null]] đoàn viên, phần lớn làm việc trong các cơ quan hành chính sự nghiệp và doanh nghiệp chế biến thủy sản.

Theo bà Nguyễn Thị Minh Phương - Phó Chủ tịch LĐLĐ tỉnh, khó khăn lớn nhất là công nhân làm theo ca, ít thời gian tham gia học lớp cảm tình Đảng. Đại hội Công đoàn tỉnh lần thứ XI xác định nhiệm kỳ 2023-2028 phấn đấu giới thiệu ít nhất [[1.300|pr t t2023-2028 b=o]] đoàn viên ưu tú cho Đảng.

THU OANH
"""))

# cc04 Sóc Trăng (-> Cần Thơ), Tháng Công nhân 2016
ARTS.append(('cc04', 'https://baosoctrang.org.vn/lao-dong-viec-lam/hon-2-800-phan-qua-cho-cong-nhan-trong-thang-cong-nhan-18834.html',
             '2016-05-28', 'Sóc Trăng', """Hơn [[2.800|ben a mo2016-05 b=o n=rounded headline repeat of the 2.870 of the body: its period (gold README 1)]] phần quà cho công nhân trong Tháng Công nhân

Thứ Bảy, 28/05/2016 - 08:30

Tháng Công nhân năm 2016 được các cấp công đoàn tỉnh Sóc Trăng triển khai tại [[386|wmu a mo2016-05 n=Tháng Công nhân năm 2016: May 2016 (records.md)]] CĐCS với chủ đề "Công nhân thi đua lao động sản xuất, thực hành tiết kiệm".

Theo Liên đoàn Lao động tỉnh, trong tháng, các cấp công đoàn đã thăm, tặng [[2.870|ben a mo2016-05 n=gift packages count as beneficiaries (gold README 9); trong tháng: the Workers' Month]] phần quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn, trị giá hơn [[860 triệu|sf a mo2016-05 b=o]] đồng. Công đoàn cơ sở phối hợp với chủ doanh nghiệp tổ chức đối thoại tại [[42|wd a mo2016-05]] doanh nghiệp; vận động [[18|meal a mo2016-05 n=the 15.000 đồng level is a threshold, not a record (gold README 11)]] doanh nghiệp nâng giá trị bữa ăn giữa ca lên từ 15.000 đồng/suất trở lên.

Văn phòng tư vấn pháp luật LĐLĐ tỉnh tư vấn cho [[1.240|lc a mo2016-05]] lượt người lao động về hợp đồng lao động, bảo hiểm xã hội. Các cấp công đoàn kết nạp mới [[615|mn a mo2016-05]] đoàn viên.

Ngày hội công nhân tại KCN An Nghiệp thu hút khoảng 1.500 công nhân tham gia.
Ngày hội công nhân tại KCN An Nghiệp thu hút khoảng 1.500 công nhân tham gia.

Tổng kết Tháng Công nhân, LĐLĐ tỉnh tuyên dương 20 công nhân lao động tiêu biểu và 5 doanh nghiệp thực hiện tốt chính sách đối với người lao động.

Kim Ngân

Số lượt xem: 947
"""))

# cc05 Bạc Liêu (-> Cà Mau), undated page, one paragraph with stripped diacritics
ARTS.append(('cc05', 'http://www.baobaclieu.vn/xa-hoi/5-nam-xay-sua-412-nha-mai-am-cong-doan-68214.html',
             None, 'Bạc Liêu', """5 năm, xây, sửa [[412|sh a t2016-2020 n=headline repeat: the body's period; 5 năm is a duration (gold README 1, 11)]] nhà "Mái ấm Công đoàn"

(BBL) - Giai đoạn 2016-2020, các cấp công đoàn tỉnh Bạc Liêu đã hỗ trợ xây mới, sửa chữa [[412|sh a t2016-2020]] căn nhà "Mái ấm Công đoàn" cho đoàn viên, người lao động khó khăn về nhà ở, với tổng kinh phí [[18,45 tỷ|shf a t2016-2020]] đồng. Trong đó, Công đoàn ngành Giáo dục hỗ trợ [[57|sh a t2016-2020 s=Công đoàn ngành Giáo dục n=breakdown (gold README 6)]] căn cho giáo viên, nhân viên ở vùng sâu.

Rieng nam 2020, Lien doan Lao dong tinh ho tro xay moi [[64|sh a y2020 n=paragraph scraped without diacritics; xây mới and sửa chữa are two figures of shelter_houses]] can nha Mai am Cong doan, sua chua [[21|sh a y2020]] can, voi so tien [[2,9 ty|shf a y2020 v=2900000000 n=ty is tỷ with the marks stripped (records.md value resolution)]] dong; moi can xay moi duoc ho tro 40 trieu dong, sua chua 20 trieu dong.

Chị Lâm Thị Bé (công nhân Công ty CP Chế biến thủy sản Bạc Liêu) xúc động: "Vợ chồng tôi làm công nhân gần 10 năm mà không dám nghĩ có căn nhà vững chắc như hôm nay".

Năm 2021, Liên đoàn Lao động tỉnh phấn đấu xây dựng, sửa chữa [[80|sh t y2021]] căn nhà "Mái ấm Công đoàn", ưu tiên đoàn viên là công nhân lao động ở các khu công nghiệp, doanh nghiệp chế biến thủy sản.

Hữu Thọ
"""))
