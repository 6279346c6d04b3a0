"""challenge48 articles ca11-ca15."""
ARTS = []

ARTS.append(('ca11', 'http://baoapbac.vn/xa-hoi/201710/9-thang-cong-doan-tien-giang-ket-nap-gan-2000-doan-vien-782310/',
             '2017-10-12', 'Tiền Giang', """9 tháng, Công đoàn Tiền Giang kết nạp gần [[2.000|mn a f9-2017 b=u n=rounded headline repeat of l.936 = 1936 keeps its own bound (rules 1, 5)]] đoàn viên

Cập nhật: 12/10/2017 - 07:45

ẤP BẮC - Liên đoàn Lao động (LĐLĐ) tỉnh Tiền Giang vừa sơ kết hoạt động công đoàn 9 tháng đầu năm 2017.

Theo đó, 9 tháng đầu năm 2017, các cấp công đoàn trong tỉnh đã kết nạp [[l.936|mn a f9-2017 n=scraped l. slip, l.936 = 1936 (rule 3)]] đoàn viên, đạt [[64,5%|mn p f9-2017]] kế hoạch năm; thành lập [[18|un a f9-2017]] công đoàn cơ sở (CĐCS). Hiện toàn tỉnh có [[1.248|ut a pub]] CĐCS với [[96.740|mt a pub]] đoàn viên.

Các cấp công đoàn đã thăm, tặng [[2.1 50|ben a f9-2017 n=split number 2.1 50 = 2150 (rule 3); gift packages are beneficiaries (rule 9)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, tổng trị giá [[876 triệu|sf a f9-2017]] đồng. LĐLĐ tỉnh phối hợp tổ chức [[9|sv a f9-2017]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động; vận động [[27|meal a f9-2017 n=the 12.000 -> 15.000 đồng meal levels are thresholds, not records (rule 11)]] doanh nghiệp nâng mức bữa ăn giữa ca từ 12.000 đồng lên 15.000 đồng/suất.

Trong 9 tháng, trên địa bàn tỉnh xảy ra 3 cuộc ngừng việc tập thể tại các doanh nghiệp ở KCN Long Giang và KCN Tân Hương, đều được giải quyết ổn định.

Quý IV, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.100|mn t q4-2017]] đoàn viên, thành lập [[8|un t q4-2017]] CĐCS, hoàn thành chỉ tiêu năm 2017.

T.Thủy"""))

ARTS.append(('ca12', 'http://congdoanhagiang.org.vn/tin-tuc/cong-doan-gioi-thieu-doan-vien-uu-tu-cho-dang-giai-doan-2017-2021-1124.html',
             None, 'Hà Giang', """Công đoàn Hà Giang giới thiệu hơn [[1.200|pr a t2017-2021 b=o n=rounded headline repeat of 1.284 (rule 1)]] đoàn viên ưu tú cho Đảng

Ngày đăng: | Lượt xem: 386

Thực hiện Chỉ thị số 13-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác phát triển đảng viên trong công nhân, viên chức, lao động, các cấp công đoàn tỉnh Hà Giang đã chú trọng bồi dưỡng, giới thiệu đoàn viên ưu tú cho Đảng.

Giai đoạn 2017 - 2021, các cấp công đoàn tỉnh đã giới thiệu [[1.284|pr a t2017-2021]] đoàn viên ưu tú cho cấp ủy Đảng xem xét, bồi dưỡng; trong đó có [[906|pa a t2017-2021]] đồng chí đã được kết nạp vào Đảng. Số đoàn viên ưu tú được giới thiệu đạt [[113%|pr p t2017-2021]] chỉ tiêu Nghị quyết Đại hội Công đoàn tỉnh đề ra. LĐLĐ huyện Vị Xuyên là đơn vị dẫn đầu với [[138|pr a t2017-2021 s=LĐLĐ huyện Vị Xuyên n=district union gives its province with a scope (rule 10)]] đoàn viên ưu tú được giới thiệu.

Riêng năm 2021, các cấp công đoàn giới thiệu [[246|pr a y2021]] đoàn viên ưu tú, đã kết nạp [[171|pa a y2021]] đồng chí.

Hiện nay, trong tổng số [[31.240|mt a null n=stock in an undated page (rule 7)]] đoàn viên công đoàn của tỉnh có khoảng 12.600 đoàn viên là đảng viên, chiếm 40%.

Năm 2022, LĐLĐ tỉnh đặt chỉ tiêu giới thiệu [[260|pr t y2022]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Trần Hòa - Ban Tổ chức LĐLĐ tỉnh"""))

ARTS.append(('ca13', 'https://baodaklak.vn/xa-hoi/cong-doan-phuong-tuy-hoa-thanh-lap-them-3-cong-doan-co-so-185214.html',
             '2025-08-27', 'Phú Yên', """Công đoàn phường Tuy Hòa thành lập thêm [[3|un a pub s=Công đoàn phường Tuy Hòa n=headline repeat (rule 1)]] công đoàn cơ sở

Thứ Tư, 27/08/2025 - 08:05

(Baodaklak.vn) - Ngày 26/8, Công đoàn phường Tuy Hòa (tỉnh Đắk Lắk) tổ chức lễ ra mắt và trao quyết định thành lập [[ba|un a pub s=Công đoàn phường Tuy Hòa v=3 n=number in words; a ward union after the merger reports for its old province Phú Yên; dated event with no period phrase -> publication date (rule 10, records.md fallback)]] công đoàn cơ sở (CĐCS) với [[118|mn a pub s=Công đoàn phường Tuy Hòa n=members of newly founded unions count as members_new (rule 9)]] đoàn viên tại các doanh nghiệp trên địa bàn.

Từ ngày 1/7 đến nay, Công đoàn phường đã kết nạp [[264|mn a 2025-07-01..2025-08-27 s=Công đoàn phường Tuy Hòa]] đoàn viên. Hiện Công đoàn phường Tuy Hòa có [[46|ut a pub s=Công đoàn phường Tuy Hòa]] CĐCS với [[2.870|mt a pub s=Công đoàn phường Tuy Hòa]] đoàn viên.

Theo LĐLĐ tỉnh Đắk Lắk, sau hợp nhất, toàn tỉnh hiện có [[4.105|ut a pub r=Đắk Lắk n=the merged province's federation reports for the new province (rule 10)]] CĐCS với gần [[196.000|mt a pub b=u r=Đắk Lắk]] đoàn viên. Năm 2025, LĐLĐ tỉnh phấn đấu thành lập mới [[60|un t y2025 r=Đắk Lắk]] CĐCS, kết nạp [[8.000|mn t y2025 r=Đắk Lắk]] đoàn viên.

Tại buổi lễ, Công đoàn phường tặng 20 suất quà, mỗi suất 500.000 đồng cho công nhân có hoàn cảnh khó khăn.

Hồng Vân

Tin cùng chuyên mục
- Xã Ea Kar ra mắt Công đoàn xã
- Trao 15 nhà Mái ấm Công đoàn cho đoàn viên khu vực phía Đông"""))

ARTS.append(('ca14', 'http://congdoanhaugiang.org.vn/kiem-tra/ubkt-ldld-tinh-kiem-tra-tai-chinh-42-cdcs-nam-2023.html',
             None, 'Hậu Giang', """UBKT LĐLĐ tỉnh: Kiểm tra tài chính [[42|fi a y2023 n=headline repeat (rule 1)]] công đoàn cơ sở trong năm 2023

Năm 2023, Ủy ban Kiểm tra (UBKT) Liên đoàn Lao động tỉnh Hậu Giang đã tham mưu Ban Thường vụ tổ chức, tham gia [[16|sv a y2023]] cuộc kiểm tra, giám sát việc chấp hành Điều lệ Công đoàn Việt Nam và chính sách, pháp luật đối với người lao động.

UBKT các cấp đã kiểm tra tài chính [[42|fi a y2023]] CĐCS, đạt [[105%|fi p y2023]] kế hoạch; trong đó Công đoàn ngành Y tế kiểm tra [[9|fi a y2023 s=Công đoàn ngành Y tế n=sector union gives its province with a scope (rule 10)]] CĐCS. Qua kiểm tra, phát hiện 7 đơn vị chưa trích nộp đủ kinh phí công đoàn với số tiền 312 triệu đồng, đã kiến nghị khắc phục.

Trong năm, UBKT LĐLĐ tỉnh mở [[2|tr a y2023]] lớp tập huấn nghiệp vụ công tác kiểm tra cho [[160|te a y2023]] ủy viên UBKT công đoàn cơ sở.

Năm 2024, UBKT LĐLĐ tỉnh đề ra kế hoạch kiểm tra tài chính [[45|fi t y2024]] CĐCS và giám sát [[12|sv t y2024]] cuộc.

Minh Khoa - UBKT LĐLĐ tỉnh

Liên kết website"""))

ARTS.append(('ca15', 'https://baokhanhhoa.vn/xa-hoi/201507/cong-doan-khanh-hoa-6-thang-dau-nam-2015-2389410/',
             '2015-07-21', 'Khánh Hòa', """Công đoàn Khánh Hòa: Nhiều hoạt động thiết thực vì người lao động

Thứ Ba, 21/07/2015 - 09:35

Trong 6 tháng đầu năm 2015, các cấp công đoàn tỉnh đã kết nạp [[2.318|mn a h1-2015]] đoàn viên, thành lập [[16|un a h1-2015]] công đoàn cơ sở (CĐCS).

Hoạt động đại diện, bảo vệ quyền lợi người lao động được chú trọng. Liên đoàn Lao động (LĐLĐ) tỉnh đã vận động [[14|meal a h1-2015]] doanh nghiệp nâng giá trị bữa ăn giữa ca; hướng dẫn [[85|wd a h1-2015]] doanh nghiệp tổ chức đối thoại tại nơi làm việc. Trung tâm Tư vấn pháp luật công đoàn tỉnh đã tư vấn pháp luật cho [[530|lc a h1-2015]] lượt người lao động, tham gia bảo vệ quyền lợi cho 12 người lao động tại tòa án.

Tháng Công nhân năm 2015 được tổ chức ở [[215|wmu a mo2015-05 n=Tháng Công nhân inside a half-year report -> May (rule 8)]] CĐCS; các cấp công đoàn đã thăm, tặng quà cho [[1.460|ben a mo2015-05]] đoàn viên khó khăn với số tiền [[438 triệu|sf a mo2015-05]] đồng.

Trong 6 tháng đầu năm, trên địa bàn tỉnh xảy ra 2 cuộc đình công tại doanh nghiệp FDI ở Khu kinh tế Vân Phong.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu ký mới [[20|ca t h2-2015]] bản thỏa ước lao động tập thể, thành lập [[15|un t h2-2015]] CĐCS.

Bài, ảnh: VĨNH THÀNH"""))
