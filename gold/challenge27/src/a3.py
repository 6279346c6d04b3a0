"""ag11-ag15: merged province 9 months 2025, city union year report (undated), provincial congress,
KCN union year report, district quarter report (undated)."""

AG11 = """LĐLĐ tỉnh sơ kết công tác công đoàn 9 tháng năm 2025

Cập nhật: 08/10/2025 - 14:05

(BNB) - Ngày 7/10, Ban Thường vụ LĐLĐ tỉnh Ninh Bình tổ chức hội nghị sơ kết hoạt động công đoàn 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2025. Đây là hội nghị sơ kết đầu tiên sau khi hợp nhất LĐLĐ 3 tỉnh Hà Nam, Nam Định, Ninh Bình.

Báo cáo cho biết, 9 tháng năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[11.640|mn a f9-2025 n=figure of the merged province -> its name Ninh Bình (post-merger convention of challenge21 l23)]] đoàn viên, thành lập mới [[63|un a f9-2025]] CĐCS; trong đó khu vực Nam Định (cũ) kết nạp [[4.980|mn a f9-2025 r=Nam Định s=khu vực Nam Định (cũ) n=part named by a former province -> that province, region_2025 Ninh Bình (rule 6, 10)]] đoàn viên, khu vực Hà Nam (cũ) [[3.915|mn a f9-2025 r=Hà Nam s=khu vực Hà Nam (cũ) n=list leaving the noun out: same indicator as the item before]] đoàn viên. Hiện LĐLĐ tỉnh quản lý [[4.812|ut a pub]] CĐCS với [[431.260|mt a pub]] đoàn viên. Sau sắp xếp, toàn tỉnh có 129 công đoàn xã, phường và 6 công đoàn ngành.

Các cấp công đoàn đã tổ chức Tháng Công nhân năm 2025 tại [[3.960|wmu a mo2025-05]] CĐCS. Trong 9 tháng, [[1.274|wkc a f9-2025]] doanh nghiệp tổ chức hội nghị người lao động, [[468|ca a f9-2025]] doanh nghiệp ký mới thỏa ước lao động tập thể, tăng 52 doanh nghiệp so với cùng kỳ. Chương trình Tết Sum vầy Ất Tỵ 2025 đã chăm lo cho [[86.300|ben a y2025 n=Tết 2025 held by the three former provinces, reported by the merged one -> Ninh Bình; Tết year]] lượt đoàn viên, người lao động với tổng kinh phí gần [[52 tỷ|sf a y2025 b=u]] đồng.

3 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm [[4.000|mn t l3-2025]] đoàn viên, thành lập [[20|un t l3-2025]] CĐCS, hoàn thành 100% chỉ tiêu năm 2025; đồng thời chuẩn bị chương trình Tết Sum vầy năm 2026 với mục tiêu chăm lo cho [[90.000|ben t y2026 n=mục tiêu of Tết 2026 -> target of year 2026]] đoàn viên, người lao động.

Hoàng Minh

Lượt xem: 2.316
"""

AG12 = """LĐLĐ TP Tuy Hòa triển khai nhiệm vụ năm 2018

Chiều 9/1, LĐLĐ TP Tuy Hòa tổ chức hội nghị tổng kết hoạt động công đoàn năm 2017, triển khai nhiệm vụ năm 2018. Tham dự có lãnh đạo LĐLĐ tỉnh, Thành ủy Tuy Hòa và 120 đại biểu là chủ tịch các CĐCS trực thuộc.

Năm 2017, LĐLĐ thành phố đã vận động thành lập [[8|un a y2017 s=TP Tuy Hòa n=city union under the province: province Phú Yên, scope the city (rule 10)]] CĐCS, kết nạp [[635|mn a y2017 s=TP Tuy Hòa]] đoàn viên, vượt [[27%|mn p y2017 v=127 s=TP Tuy Hòa n=vượt 27% chỉ tiêu -> 127 (rule 3), of the nearest figure, the members]] chỉ tiêu LĐLĐ tỉnh giao; nâng tổng số CĐCS trực thuộc lên [[152|ut a null s=TP Tuy Hòa n=stock, no publication date -> null..null (rule 7)]] đơn vị với [[9.740|mt a null s=TP Tuy Hòa]] đoàn viên. Các CĐCS đã phối hợp tổ chức hội nghị cán bộ, công chức, viên chức tại [[88|oc a y2017 s=TP Tuy Hòa]] cơ quan, đơn vị; hội nghị người lao động tại [[41|wkc a y2017 s=TP Tuy Hòa]] doanh nghiệp; [[19|ca a y2017 s=TP Tuy Hòa]] doanh nghiệp ký kết thỏa ước lao động tập thể.

Trong dịp Tết Đinh Dậu 2017 và Tháng Công nhân, các cấp công đoàn thành phố đã thăm, tặng [[1.420|ben a y2017 s=TP Tuy Hòa n=Tết and Workers' Month together: the year 2017 they share]] suất quà cho đoàn viên, người lao động với số tiền khoảng [[570 triệu|sf a y2017 b=a s=TP Tuy Hòa]] đồng. LĐLĐ thành phố phối hợp với Phòng LĐ-TB&XH kiểm tra việc thực hiện pháp luật lao động tại [[12|sv a y2017 s=TP Tuy Hòa n=no period in the sentence: nearest earlier phrase (Tết 2017 and Tháng Công nhân) -> year 2017]] doanh nghiệp; Ủy ban Kiểm tra kiểm tra tài chính công đoàn tại [[15|fi a y2017 s=TP Tuy Hòa]] CĐCS. Đã giới thiệu [[46|pr a y2017 s=TP Tuy Hòa]] đoàn viên ưu tú cho Đảng xem xét, kết nạp; [[38|pa a y2017 s=TP Tuy Hòa]] đoàn viên đã được kết nạp.

Năm 2018, LĐLĐ TP Tuy Hòa phấn đấu thành lập [[6|un t y2018 s=TP Tuy Hòa]] CĐCS, kết nạp [[500|mn t y2018 s=TP Tuy Hòa]] đoàn viên, 100% CĐCS khu vực hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức.

Tại hội nghị, LĐLĐ thành phố đã khen thưởng 21 tập thể, 34 cá nhân có thành tích xuất sắc trong năm 2017.

Hoàng Vy

TAGS: công đoàn, Tuy Hòa, tổng kết
"""

AG13 = """Đại hội Công đoàn tỉnh Quảng Ninh lần thứ XIV: Kết nạp mới [[46.380|mn a 2018-01-01..2023-12-31 n=headline repeat: body term period]] đoàn viên trong nhiệm kỳ qua

28/06/2023 06:15

Ngày 27/6, Đại hội Công đoàn tỉnh Quảng Ninh lần thứ XIV, nhiệm kỳ 2023-2028 đã khai mạc phiên chính thức với sự tham dự của 300 đại biểu.

Báo cáo tại đại hội cho thấy, nhiệm kỳ 2018-2023, các cấp công đoàn tỉnh đã kết nạp mới [[46.380|mn a t2018-2023 n=term actuals dated to the whole term (records.md nhiệm kỳ)]] đoàn viên, đạt [[154,6%|mn p t2018-2023]] chỉ tiêu đại hội; thành lập mới [[318|un a t2018-2023]] CĐCS, trong đó [[281|un a t2018-2023 s=doanh nghiệp ngoài nhà nước]] CĐCS ở doanh nghiệp ngoài nhà nước. Hiện toàn tỉnh có [[2.066|ut a pub]] CĐCS với [[181.450|mt a pub]] đoàn viên. Qua 5 năm, các cấp công đoàn đã giới thiệu [[8.912|pr a t2018-2023 n=qua 5 năm is a duration; the term named before gives the period]] đoàn viên ưu tú cho Đảng, trong đó [[6.470|pa a t2018-2023]] đồng chí đã được kết nạp; chăm lo cho trên [[1,2 triệu|ben a t2018-2023 b=o]] lượt đoàn viên, người lao động với tổng kinh phí khoảng [[960 tỷ|sf a t2018-2023 b=a]] đồng; xây mới, sửa chữa [[530|sh a t2018-2023]] nhà "Mái ấm Công đoàn" với số tiền [[26,5 tỷ|shf a t2018-2023]] đồng.

Đại hội đề ra 12 chỉ tiêu cho nhiệm kỳ 2023-2028, trong đó phấn đấu kết nạp mới [[50.000|mn t t2023-2028]] đoàn viên, thành lập mới ít nhất [[250|un t t2023-2028 b=o]] CĐCS; 90% doanh nghiệp có công đoàn tổ chức đối thoại định kỳ; giới thiệu [[7.500|pr t t2023-2028]] đoàn viên ưu tú cho Đảng.

Đại hội bầu 41 đồng chí vào Ban Chấp hành Công đoàn tỉnh khóa XIV và 19 đại biểu dự Đại hội XIII Công đoàn Việt Nam.

Thu Chung

Tin liên quan
Đại hội Công đoàn Than - Khoáng sản Việt Nam lần thứ V
Hơn 1.500 công nhân được khám sức khỏe miễn phí
"""

AG14 = """Công đoàn các khu công nghiệp tỉnh: Năm 2016 kết nạp [[2.150|mn a y2016 s=Công đoàn các KCN n=headline repeat (rule 1)]] đoàn viên

Thứ Sáu, 13/01/2017 08:30

(BTV) - Năm qua, Công đoàn các khu công nghiệp (KCN) tỉnh đã kết nạp [[2.150|mn a y2016 s=Công đoàn các KCN n=năm qua published in January -> 2016 (records.md); KCN union of Trà Vinh from the site (rule 10)]] đoàn viên, đạt [[143%|mn p y2016 s=Công đoàn các KCN]] kế hoạch, nâng tổng số đoàn viên lên [[18.624|mt a pub s=Công đoàn các KCN]] người tại [[31|ut a pub s=Công đoàn các KCN n=union count in the nâng tổng số stock sentence -> stock at publication (rule 7)]] CĐCS.

Theo báo cáo tại hội nghị tổng kết ngày 12/1, năm 2016 Công đoàn các KCN thành lập mới [[4|un a y2016 s=Công đoàn các KCN]] CĐCS tại các doanh nghiệp FDI; [[27/31|wkc a y2016 s=Công đoàn các KCN]] doanh nghiệp tổ chức hội nghị người lao động; [[22|ca a y2016 s=Công đoàn các KCN]] doanh nghiệp ký kết thỏa ước lao động tập thể, tăng 5 doanh nghiệp so với năm 2015. Đáng chú ý, công đoàn đã thương lượng với chủ doanh nghiệp nâng mức bữa ăn giữa ca tại [[11|meal a y2016 s=Công đoàn các KCN n=meal levels 14.000 and 18.000 đồng are thresholds, not records (rule 11)]] doanh nghiệp lên từ 14.000 đồng đến 18.000 đồng/suất.

Dịp Tết Nguyên đán Bính Thân 2016, Công đoàn các KCN phối hợp vận động trao [[3.250|ben a y2016 s=Công đoàn các KCN]] phần quà cho công nhân, tổng trị giá trên [[1,4 tỷ|sf a y2016 b=o s=Công đoàn các KCN]] đồng. Trong Tháng Công nhân năm 2016, [[31/31|wmu a mo2016-05 s=Công đoàn các KCN]] CĐCS tổ chức hoạt động hưởng ứng, [[18|wd a mo2016-05 s=Công đoàn các KCN]] doanh nghiệp tổ chức đối thoại với người lao động. Cả năm 2016, Công đoàn các KCN cũng tư vấn pháp luật cho [[960|lc a y2016 s=Công đoàn các KCN]] lượt công nhân, tổ chức [[2|tr a y2016 s=Công đoàn các KCN]] lớp tập huấn cho [[86|te a y2016 s=Công đoàn các KCN]] cán bộ công đoàn cơ sở.

Năm 2017, Công đoàn các KCN tỉnh phấn đấu kết nạp [[1.800|mn t y2017 s=Công đoàn các KCN]] đoàn viên, thành lập mới [[3|un t y2017 s=Công đoàn các KCN]] CĐCS, 100% doanh nghiệp có công đoàn tổ chức hội nghị người lao động.

Thanh Hòa

Số lượt xem: 845
"""

AG15 = """LĐLĐ huyện Lương Sơn: 9 tháng thành lập mới [[7|un a f9-2019 s=huyện Lương Sơn n=headline repeat of the 9-month figure (rule 1)]] công đoàn cơ sở

Ngày 3/10, LĐLĐ huyện Lương Sơn tổ chức hội nghị Ban Chấp hành mở rộng, đánh giá kết quả hoạt động quý III, 9 tháng và triển khai nhiệm vụ quý IV năm 2019.

Trong quý III/2019, LĐLĐ huyện thành lập mới [[3|un a q3-2019 s=huyện Lương Sơn n=district union: province Hòa Bình, scope the district (rule 10)]] CĐCS, kết nạp [[412|mn a q3-2019 s=huyện Lương Sơn]] đoàn viên. Tính chung 9 tháng năm 2019, toàn huyện thành lập mới [[7|un a f9-2019 s=huyện Lương Sơn]] CĐCS, kết nạp [[1.096|mn a f9-2019 s=huyện Lương Sơn]] đoàn viên, đạt [[91,3%|mn p f9-2019 s=huyện Lương Sơn]] kế hoạch năm; giảm [[265|ml a f9-2019 s=huyện Lương Sơn]] đoàn viên do chuyển công tác, nghỉ việc; thực tăng [[831|mnet a f9-2019 s=huyện Lương Sơn]] đoàn viên. Hiện LĐLĐ huyện quản lý [[118|ut a null s=huyện Lương Sơn n=stock, no publication date -> null..null (rule 7)]] CĐCS với [[6.870|mt a null s=huyện Lương Sơn]] đoàn viên, trong đó [[46|ut a null s=doanh nghiệp n=breakdown of the stock (rule 6)]] CĐCS doanh nghiệp với [[3.920|mt a null s=doanh nghiệp]] đoàn viên.

Quý III, Ban Nữ công LĐLĐ huyện đã hướng dẫn thành lập [[2|wc a q3-2019 s=huyện Lương Sơn n=quý III without year, no publication date -> the year of quý III/2019 named before]] Ban nữ công quần chúng tại các CĐCS doanh nghiệp. LĐLĐ huyện phối hợp với Ban Quản lý các KCN tỉnh giám sát việc thực hiện chế độ bảo hộ lao động tại [[5|sv a q3-2019 s=huyện Lương Sơn]] doanh nghiệp trong KCN Lương Sơn; tổ chức đối thoại tại [[3|wd a q3-2019 s=huyện Lương Sơn]] doanh nghiệp may mặc. Các cấp công đoàn đã thăm hỏi [[97|ben a q3-2019 s=huyện Lương Sơn]] đoàn viên ốm đau, khó khăn với số tiền [[48,5 triệu|sf a q3-2019 s=huyện Lương Sơn]] đồng.

Quý IV/2019, LĐLĐ huyện phấn đấu thành lập thêm [[3|un t q4-2019 s=huyện Lương Sơn]] CĐCS, kết nạp ít nhất [[300|mn t q4-2019 b=o s=huyện Lương Sơn]] đoàn viên, hoàn thành chỉ tiêu năm 2019 ([[1.200|mn t y2019 s=huyện Lương Sơn n=the year target in brackets -> full year (rule 8)]] đoàn viên).

Bùi Minh - LĐLĐ huyện Lương Sơn
"""

ARTS = [
    ('ag11', 'https://baoninhbinh.org.vn/ldld-tinh-so-ket-cong-tac-cong-doan-9-thang-nam-2025-d7f4a2b1.htm',
     '2025-10-08', 'Ninh Bình', AG11),
    ('ag12', 'https://baophuyen.vn/83/194726/ldld-tp-tuy-hoa-trien-khai-nhiem-vu-nam-2018.html',
     None, 'Phú Yên', AG12),
    ('ag13', 'https://www.baoquangninh.vn/dai-hoi-cong-doan-tinh-quang-ninh-lan-thu-xiv-ket-nap-moi-46380-doan-vien-3246157.html',
     '2023-06-28', 'Quảng Ninh', AG13),
    ('ag14', 'https://www.baotravinh.vn/xa-hoi/cong-doan-cac-khu-cong-nghiep-tinh-nam-2016-ket-nap-2150-doan-vien-42183.html',
     '2017-01-13', 'Trà Vinh', AG14),
    ('ag15', 'https://baohoabinh.com.vn/12/131940/ldld-huyen-luong-son-9-thang-thanh-lap-moi-7-cong-doan-co-so.htm',
     None, 'Hòa Bình', AG15),
]
