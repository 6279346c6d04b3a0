"""cc16-cc20."""
ARTS = []

# cc16 Đồng Nai, provincial paper, legal aid and dissemination, H1 2019, one digit slip
ARTS.append(('cc16', 'http://baodongnai.com.vn/tintuc/201907/tu-van-phap-luat-cho-hon-1200-luot-nguoi-lao-dong-2951286/',
             '2019-07-18', 'Đồng Nai', """Tư vấn pháp luật cho hơn [[1.200|lc a h1-2019 b=o n=rounded headline repeat of the 1.240 of the body: its period (gold README 1)]] lượt người lao động

Cập nhật lúc 08:32, Thứ Năm, 18/07/2019 (GMT+7)

(ĐN)- 6 tháng đầu năm 2019, Trung tâm Tư vấn pháp luật Công đoàn tỉnh (thuộc Liên đoàn Lao động tỉnh) đã tư vấn pháp luật cho [[1.2 40|lc a h1-2019 v=1240 n=1.2 40 is 1.240 with a stray space (records.md value resolution)]] lượt người lao động, chủ yếu về chế độ bảo hiểm xã hội, tiền lương, chấm dứt hợp đồng lao động. Trung tâm đã tham gia tố tụng 14 vụ án lao động, giúp người lao động nhận lại hơn 2,4 tỷ đồng tiền lương, trợ cấp.

Các cấp công đoàn trong tỉnh tổ chức [[38|tr a h1-2019 n=dissemination conferences are trainings, their audiences trainees (indicators.tsv)]] hội nghị tuyên truyền, phổ biến pháp luật cho [[7.650|te a h1-2019]] lượt đoàn viên, người lao động. Riêng Công đoàn các KCN tỉnh tổ chức [[12|tr a h1-2019 s=Công đoàn các KCN tỉnh n=breakdown of an industrial-zone union: its province, with a scope (gold README 6)]] lớp tập huấn cho [[860|te a h1-2019 s=Công đoàn các KCN tỉnh]] cán bộ công đoàn cơ sở về kỹ năng thương lượng tập thể.

Bên cạnh đó, LĐLĐ tỉnh chủ trì, phối hợp tổ chức [[47|sv a h1-2019]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp.

6 tháng cuối năm, Trung tâm Tư vấn pháp luật Công đoàn tỉnh phấn đấu tư vấn cho [[1.500|lc t l6-2019 n=6 tháng cuối năm without a year: the publication year (records.md)]] lượt người lao động. Người lao động cần tư vấn có thể liên hệ số điện thoại 0251.3822.574.

Hải Yến
"""))

# cc17 Bà Rịa - Vũng Tàu (-> Hồ Chí Minh), after the merger: a ward union of the new Hồ Chí Minh City
ARTS.append(('cc17', 'https://nld.com.vn/cong-doan-phuong-phu-my-thanh-lap-them-5-cong-doan-co-so-196250923174512408.htm',
             '2025-09-23', 'Bà Rịa - Vũng Tàu', """ date 2025-09-23 HOTLINE: 0903.343.439 - ĐẶT MUA BÁO
Công đoàn

Công đoàn phường Phú Mỹ thành lập thêm [[5|un a 2025-07-01..2025-09-23 s=Công đoàn phường Phú Mỹ n=headline repeat of the body figure: its period and scope (gold README 1)]] công đoàn cơ sở

LAN ANH

(NLĐO)- Từ ngày 1-7 đến nay, Công đoàn phường Phú Mỹ, TP HCM đã thành lập [[5|un a 2025-07-01..2025-09-23 s=Công đoàn phường Phú Mỹ n=sapo repeat (gold README 1)]] công đoàn cơ sở với [[612|mn a 2025-07-01..2025-09-23 s=Công đoàn phường Phú Mỹ]] đoàn viên

Chiều 22-9, Công đoàn phường Phú Mỹ (TP HCM) tổ chức đại hội thành lập Công đoàn cơ sở Công ty TNHH Thép Phú Mỹ Xanh. Đại hội bầu Ban Chấp hành khóa I, nhiệm kỳ 2025-2030, gồm 5 thành viên.

Theo bà Lê Thị Thu Hà, Chủ tịch Công đoàn phường Phú Mỹ, từ ngày 1-7 đến nay, Công đoàn phường đã thành lập [[5|un a 2025-07-01..2025-09-23 s=Công đoàn phường Phú Mỹ n=ward union of the new Hồ Chí Minh City in the old Bà Rịa - Vũng Tàu: the old province (gold README 10)]] công đoàn cơ sở, kết nạp [[612|mn a 2025-07-01..2025-09-23 s=Công đoàn phường Phú Mỹ n=members of newly founded unions are members_new (gold README 9)]] đoàn viên. Hiện Công đoàn phường quản lý [[118|ut a pub s=Công đoàn phường Phú Mỹ]] công đoàn cơ sở với [[24.760|mt a pub s=Công đoàn phường Phú Mỹ]] đoàn viên, phần lớn là công nhân các khu công nghiệp Phú Mỹ I, Phú Mỹ II.

Công đoàn phường được giao chỉ tiêu năm 2025 thành lập [[10|un t y2025 s=Công đoàn phường Phú Mỹ]] công đoàn cơ sở, kết nạp [[1.200|mn t y2025 s=Công đoàn phường Phú Mỹ]] đoàn viên.

Công đoàn phường Phú Mỹ thành lập thêm [[5|un a 2025-07-01..2025-09-23 s=Công đoàn phường Phú Mỹ n=NLĐ caption repeating the headline: a mention, as the dev gold counts m15, x14, x17 (lead's fix)]] công đoàn cơ sở - Ảnh 1.

Đoàn viên biểu quyết thông qua nghị quyết đại hội

Theo LĐLĐ TP HCM, từ ngày 1-7 đến nay, các cấp công đoàn thành phố đã thành lập [[386|un a 2025-07-01..2025-09-23 r=Hồ Chí Minh n=the city federation after the merger reports for the new city (gold README 10)]] công đoàn cơ sở, kết nạp [[41.250|mn a 2025-07-01..2025-09-23 r=Hồ Chí Minh]] đoàn viên tại 168 phường, xã, đặc khu.
"""))

# cc18 Cần Thơ after the merger (Sóc Trăng and Hậu Giang merged in), Tết Bính Ngọ 2026
ARTS.append(('cc18', 'https://baocantho.com.vn/cham-lo-tet-cho-hon-86-000-luot-doan-vien-nguoi-lao-dong-a198540.html',
             '2026-02-10', 'Cần Thơ', """Chăm lo Tết cho hơn [[86.000|ben a y2026 b=o n=rounded headline repeat of the 86.420 of the body: its region and period (gold README 1)]] lượt đoàn viên, người lao động

Thứ Ba, 10/02/2026, 15:08 (GMT+7)

Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn TP Cần Thơ đã thăm, tặng quà, hỗ trợ [[86.420|ben a y2026 n=Tết Bính Ngọ 2026: the Tết year; the merged city federation under its kept name (gold README 10)]] lượt đoàn viên, người lao động với tổng kinh phí [[58,7 tỷ|sf a y2026]] đồng. Trong đó, khu vực Cần Thơ (cũ) [[39.260|ben a y2026 s=khu vực Cần Thơ (cũ)]] lượt, khu vực Sóc Trăng (cũ) [[27.300|ben a y2026 r=Sóc Trăng s=khu vực Sóc Trăng (cũ) n=khu vực X (cũ): the old province (gold README 10)]] lượt, khu vực Hậu Giang (cũ) [[19.860|ben a y2026 r=Hậu Giang s=khu vực Hậu Giang (cũ)]] lượt.

Đây là năm đầu tiên LĐLĐ TP Cần Thơ tổ chức chăm lo Tết trên địa bàn 103 xã, phường sau hợp nhất. Chương trình "Tết sum vầy" tại KCN Trà Nóc trao [[2.400|ben a y2026 n=tickets given to members count as beneficiaries (gold README 9)]] vé xe cho công nhân về quê đón Tết; "Chợ Tết Công đoàn" phát 12.000 phiếu mua hàng 0 đồng.

Lãnh đạo LĐLĐ TP Cần Thơ trao quà Tết cho công nhân KCN Trà Nóc. Ảnh: DUY KHÔI
Lãnh đạo LĐLĐ TP Cần Thơ trao quà Tết cho công nhân KCN Trà Nóc. Ảnh: DUY KHÔI

Dịp này, LĐLĐ TP bàn giao [[15|sh a y2026 n=Dịp này: the Tết of 2026 named before (records.md nearest earlier period phrase)]] căn nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở với tổng kinh phí [[900 triệu|shf a y2026]] đồng, mỗi căn 60 triệu đồng.

DUY KHÔI
"""))

# cc19 An Giang after the merger (Kiên Giang merged in), year 2025 review and 2026 targets
ARTS.append(('cc19', 'https://baoangiang.com.vn/nam-2025-ket-nap-hon-12-600-doan-vien-cong-doan-a471208.html',
             '2025-12-26', 'An Giang', """Năm 2025, kết nạp hơn [[12.600|mn a y2025 b=o n=rounded headline repeat of the 12.640 of the body: its period (gold README 1)]] đoàn viên công đoàn

Thứ Sáu, 26/12/2025 | 10:30

(BAG) - Ngày 25/12, Liên đoàn Lao động (LĐLĐ) tỉnh An Giang tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên LĐLĐ tỉnh hoạt động sau khi hợp nhất LĐLĐ tỉnh An Giang và LĐLĐ tỉnh Kiên Giang.

Năm 2025, các cấp công đoàn trong tỉnh kết nạp [[12.640|mn a y2025 n=the merged federation reports for the new province under its kept name (gold README 10)]] đoàn viên, đạt [[105,3%|mn p y2025]] kế hoạch; thành lập [[68|un a y2025]] CĐCS. Trong đó, khu vực Kiên Giang (cũ) kết nạp [[5.210|mn a y2025 r=Kiên Giang s=khu vực Kiên Giang (cũ) n=khu vực X (cũ): the old province (gold README 10)]] đoàn viên, thành lập [[31|un a y2025 r=Kiên Giang s=khu vực Kiên Giang (cũ)]] CĐCS. Hiện toàn tỉnh có [[3.874|ut a pub]] CĐCS với [[248.630|mt a pub]] đoàn viên, hoạt động trên địa bàn 102 xã, phường, đặc khu.

Các cấp công đoàn giới thiệu [[1.025|pr a y2025]] đoàn viên ưu tú cho Đảng xem xét, kết nạp; [[640|pa a y2025]] đoàn viên đã được kết nạp vào Đảng.

Công tác chăm lo được quan tâm: các cấp công đoàn xây mới, sửa chữa [[74|sh a y2025]] căn nhà "Mái ấm Công đoàn" với kinh phí [[3,7 tỷ|shf a y2025]] đồng; thăm hỏi, tặng quà [[31.500|ben a y2025]] lượt đoàn viên, người lao động với số tiền [[18,9 tỷ|sf a y2025]] đồng.

Quang cảnh hội nghị tổng kết.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[12.000|mn t y2026]] đoàn viên, thành lập [[60|un t y2026]] CĐCS, giới thiệu [[900|pr t y2026]] đoàn viên ưu tú cho Đảng. Dịp này, LĐLĐ tỉnh tặng bằng khen cho 32 tập thể và 47 cá nhân.

HẠNH CHÂU
"""))

# cc20 Đồng Tháp, union portal page without a date, district union congress
ARTS.append(('cc20', 'https://ldld.dongthap.gov.vn/tin-tuc/dai-hoi-dai-bieu-cong-doan-huyen-thap-muoi-lan-thu-x-nhiem-ky-2023-2028',
             None, 'Đồng Tháp', """Trang chủ > Tin tức > Hoạt động công đoàn

Đại hội đại biểu Công đoàn huyện Tháp Mười lần thứ X, nhiệm kỳ 2023-2028

Về dự Đại hội có 150 đại biểu chính thức, đại diện cho các CĐCS trong toàn huyện.

Nhiệm kỳ 2018-2023, LĐLĐ huyện Tháp Mười đã phát triển [[1.874|mn a t2018-2023 s=LĐLĐ huyện Tháp Mười n=a district union gives its province, with a scope (records.md regions)]] đoàn viên, đạt [[124,9%|mn p t2018-2023 s=LĐLĐ huyện Tháp Mười]] chỉ tiêu Đại hội; thành lập [[17|un a t2018-2023 s=LĐLĐ huyện Tháp Mười]] CĐCS và [[9|wc a t2018-2023 s=LĐLĐ huyện Tháp Mười]] Ban nữ công quần chúng. Các CĐCS đã giới thiệu [[86|pr a t2018-2023 s=LĐLĐ huyện Tháp Mười]] đoàn viên ưu tú cho Đảng, trong đó [[59|pa a t2018-2023 s=LĐLĐ huyện Tháp Mười]] đồng chí đã được kết nạp. Công đoàn huyện vận động xây dựng, sửa chữa [[23|sh a t2018-2023 s=LĐLĐ huyện Tháp Mười]] căn nhà "Mái ấm Công đoàn" với kinh phí hơn [[1,15 tỷ|shf a t2018-2023 s=LĐLĐ huyện Tháp Mười b=o]] đồng.

Hiện LĐLĐ huyện có [[64|ut a null s=LĐLĐ huyện Tháp Mười n=stock in an undated page: null..null (records.md)]] CĐCS với [[4.380|mt a null s=LĐLĐ huyện Tháp Mười]] đoàn viên.

Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2023-2028: phát triển [[1.500|mn t t2023-2028 s=LĐLĐ huyện Tháp Mười n=a list under the heading takes the heading's term (gold README 8)]] đoàn viên, thành lập [[10|un t t2023-2028 s=LĐLĐ huyện Tháp Mười]] CĐCS, giới thiệu ít nhất [[80|pr t t2023-2028 s=LĐLĐ huyện Tháp Mười b=o]] đoàn viên ưu tú cho Đảng.

Đại hội đã bầu Ban Chấp hành LĐLĐ huyện khóa X gồm 19 đồng chí; bầu đoàn đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XI gồm 7 đồng chí.

Ban Tuyên giáo - Nữ công

Đang truy cập: 24 | Tổng lượt truy cập: 2.118.406
"""))
