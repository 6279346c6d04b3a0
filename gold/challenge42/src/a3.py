"""av11-av15."""
ARTS = []

# av11 ward union in the new Lào Cai (old Yên Bái city), after the merger
ARTS.append(('av11', 'https://baolaocai.vn/cong-doan-phuong-yen-bai-thanh-lap-3-cong-doan-co-so-post412583.html',
             '2025-09-12', 'Yên Bái', """Công đoàn phường Yên Bái thành lập [[3|un a pub s=Công đoàn phường Yên Bái n=headline repeat: the body's region and period (gold README 1)]] công đoàn cơ sở

Thứ Sáu, 12/09/2025 - 07:35

BLC - Ngày 11/9, Công đoàn phường Yên Bái (tỉnh Lào Cai) tổ chức hội nghị công bố quyết định thành lập [[3|un a pub s=Công đoàn phường Yên Bái n=ward union after the merger -> the old province its ward lies in, Yên Bái (gold README 10); no period phrase before it -> publication date (records.md)]] CĐCS tại các doanh nghiệp trên địa bàn, kết nạp [[96|mn a pub s=Công đoàn phường Yên Bái n=members of newly founded unions count as members_new (gold README 9)]] đoàn viên.

Sau sắp xếp đơn vị hành chính, Công đoàn phường Yên Bái hiện quản lý [[87|ut a pub s=Công đoàn phường Yên Bái]] CĐCS với [[3.914|mt a pub s=Công đoàn phường Yên Bái]] đoàn viên. Từ ngày 1/7 đến nay, Công đoàn phường đã thăm hỏi, hỗ trợ [[45|ben a 2025-07-01..2025-09-12 s=Công đoàn phường Yên Bái]] đoàn viên ốm đau, có hoàn cảnh khó khăn với số tiền [[67,5 triệu|sf a 2025-07-01..2025-09-12 s=Công đoàn phường Yên Bái]] đồng.

Trong năm 2025, Công đoàn phường phấn đấu thành lập thêm ít nhất [[5|un t y2025 b=o s=Công đoàn phường Yên Bái]] CĐCS, phát triển [[200|mn t y2025 s=Công đoàn phường Yên Bái]] đoàn viên.

Theo LĐLĐ tỉnh Lào Cai, từ ngày 1/7 đến nay, toàn tỉnh đã thành lập [[28|un a 2025-07-01..2025-09-12 r=Lào Cai n=the new province's federation reports for the new province (gold README 10)]] CĐCS tại các doanh nghiệp, đơn vị sự nghiệp ngoài công lập.

Hồng Duyên
"""))

# av12 Ninh Bình after the merger (Hà Nam, Nam Định merged in), Tết Bính Ngọ 2026
ARTS.append(('av12', 'https://baoninhbinh.org.vn/ninh-binh-hon-41000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-20260130094012.htm',
             '2026-01-30', 'Ninh Bình', """Ninh Bình: Hơn [[41.000|ben a y2026 b=o n=rounded headline repeat of 41.276: the body's period (gold README 1)]] đoàn viên, người lao động được chăm lo Tết

Cập nhật: 30/01/2026 09:40

Tính đến ngày 29/1, Liên đoàn Lao động tỉnh Ninh Bình và các cấp công đoàn đã thăm hỏi, tặng quà Tết Bính Ngọ 2026 cho [[41.276|ben a y2026 n=Tết Bính Ngọ 2026 -> 2026; a date, not a period]] đoàn viên, người lao động với tổng kinh phí trên [[38,6 tỷ|sf a y2026 b=o]] đồng.

Trong đó, khu vực Nam Định (cũ) có [[18.530|ben a y2026 r=Nam Định s=khu vực Nam Định (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] người được nhận quà, khu vực Hà Nam (cũ) [[12.084|ben a y2026 r=Hà Nam s=khu vực Hà Nam (cũ)]] người, khu vực Ninh Bình (cũ) [[10.662|ben a y2026 r=Ninh Bình s=khu vực Ninh Bình (cũ)]] người. Mỗi suất quà trị giá từ 500.000 đồng đến 2 triệu đồng.

Công nhân KCN Hòa Xá nhận quà Tết của Công đoàn.

LĐLĐ tỉnh còn tặng [[1.200|ben a y2026 n=free tickets count as beneficiaries (gold README 9); the 24 buses do not]] vé xe miễn phí cho công nhân về quê đón Tết trên 24 chuyến xe. "Chợ Tết Công đoàn - Xuân 2026" tại KCN Hòa Xá phát 3.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

Dự kiến đến hết dịp Tết, toàn tỉnh chăm lo cho khoảng [[45.000|ben t y2026 b=a]] đoàn viên, người lao động.

Ngọc Linh
"""))

# av13 Hải Dương (-> Hải Phòng), year 2019: lost, net members and net unions
ARTS.append(('av13', 'http://baohaiduong.vn/lao-dong---viec-lam/so-doan-vien-cong-doan-tang-tuyet-doi-4368-nguoi-127406',
             '2020-01-13', 'Hải Dương', """Số đoàn viên công đoàn tăng tuyệt đối [[4.368|mnet a y2019 n=headline repeat: the body's period (gold README 1)]] người

THỨ HAI, 13/01/2020 10:21:04

Năm 2019, các cấp công đoàn tỉnh kết nạp mới [[11.240|mn a y2019]] đoàn viên, vượt [[12,4%|mn p y2019 v=112.4 n=vượt 12,4% kế hoạch -> 112.4, the vượt consumed by the conversion, bound exact (records.md status)]] kế hoạch

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, năm 2019, các cấp công đoàn kết nạp mới [[11.240|mn a y2019]] đoàn viên. Tuy nhiên, do nhiều doanh nghiệp giải thể, cắt giảm lao động, số đoàn viên giảm [[6.872|ml a y2019]] người; tăng tuyệt đối [[4.368|mnet a y2019]] đoàn viên. Toàn tỉnh thành lập mới [[63|un a y2019]] CĐCS, giải thể [[29|ud a y2019]] CĐCS, tăng tuyệt đối [[34|unet a y2019]] CĐCS. Đến nay, toàn tỉnh có [[2.013|ut a pub]] CĐCS với [[196.540|mt a pub]] đoàn viên.

Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp [[10.000|mn t y2020]] đoàn viên, thành lập [[50|un t y2020]] CĐCS, trong đó có [[40|un t y2020 s=doanh nghiệp ngoài nhà nước]] CĐCS ở doanh nghiệp ngoài nhà nước.

THÀNH CHUNG

Bài liên quan
- Hải Dương: 3 doanh nghiệp nợ đọng bảo hiểm xã hội hơn 2 tỷ đồng
"""))

# av14 Vĩnh Phúc (-> Phú Thọ), district union congress 2023, undated, long
ARTS.append(('av14', 'http://congdoanvinhphuc.vn/tin-tuc/dai-hoi-cong-doan-huyen-binh-xuyen-lan-thu-xx-nhiem-ky-2023-2028-1825.html',
             None, 'Vĩnh Phúc', """Đại hội Công đoàn huyện Bình Xuyên lần thứ XX, nhiệm kỳ 2023 - 2028

Ngày 12/5, Liên đoàn Lao động (LĐLĐ) huyện Bình Xuyên tổ chức Đại hội Công đoàn huyện lần thứ XX, nhiệm kỳ 2023 - 2028. Dự đại hội có 180 đại biểu chính thức đại diện cho đoàn viên công đoàn trong toàn huyện.

Báo cáo tại đại hội cho thấy, nhiệm kỳ 2018 - 2023, LĐLĐ huyện đã thành lập mới [[64|un a t2018-2023 s=huyện Bình Xuyên n=term actuals dated to the whole term (records.md)]] CĐCS, kết nạp [[14.386|mn a t2018-2023 s=huyện Bình Xuyên]] đoàn viên, đạt [[143,8%|mn p t2018-2023 s=huyện Bình Xuyên]] chỉ tiêu đại hội đề ra; giới thiệu [[312|pr a t2018-2023 s=huyện Bình Xuyên]] đoàn viên ưu tú cho Đảng, trong đó [[187|pa a t2018-2023 s=huyện Bình Xuyên]] đồng chí đã được kết nạp.

Hoạt động đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của người lao động có nhiều chuyển biến. Các CĐCS đã thương lượng, ký kết [[112|ca a t2018-2023 s=huyện Bình Xuyên]] bản thỏa ước lao động tập thể; hằng năm trên 95% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động. LĐLĐ huyện tổ chức [[48|tr a t2018-2023 s=huyện Bình Xuyên]] lớp tập huấn cho hơn [[5.200|te a t2018-2023 b=o s=huyện Bình Xuyên]] lượt cán bộ công đoàn cơ sở.

Công tác chăm lo đời sống đoàn viên được chú trọng. Trong nhiệm kỳ, các cấp công đoàn đã thăm hỏi, hỗ trợ hơn [[26.540|ben a t2018-2023 b=o s=huyện Bình Xuyên]] lượt đoàn viên, người lao động với tổng số tiền hơn [[15,2 tỷ|sf a t2018-2023 b=o s=huyện Bình Xuyên]] đồng; hỗ trợ xây mới, sửa chữa [[23|sh a t2018-2023 s=huyện Bình Xuyên]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[1,15 tỷ|shf a t2018-2023 s=huyện Bình Xuyên]] đồng. Riêng hai năm 2020 - 2021, LĐLĐ huyện hỗ trợ [[9.870|ben a t2020-2021 s=huyện Bình Xuyên n=the sentence names its own span, 2020-2021]] lượt người lao động bị ảnh hưởng bởi dịch Covid-19.

Hiện nay, LĐLĐ huyện quản lý [[168|ut a null s=huyện Bình Xuyên n=stock with no publication date -> null (gold README 7)]] CĐCS với [[21.350|mt a null s=huyện Bình Xuyên]] đoàn viên.

Nhiệm kỳ 2023 - 2028, đại hội đề ra mục tiêu kết nạp ít nhất [[10.000|mn t t2023-2028 b=o s=huyện Bình Xuyên]] đoàn viên, thành lập [[40|un t t2023-2028 s=huyện Bình Xuyên]] CĐCS; giới thiệu [[250|pr t t2023-2028 s=huyện Bình Xuyên]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Đại hội đã bầu Ban Chấp hành khóa XX gồm 27 đồng chí. Nhân dịp này, 8 tập thể và 12 cá nhân được LĐLĐ tỉnh tặng Bằng khen.

Minh Hương
"""))

# av15 Lào Cai, launch of Tháng Công nhân 2014, Workers' Month 2013 results
ARTS.append(('av15', 'http://baolaocai.vn/xa-hoi/lao-cai-phat-dong-thang-cong-nhan-nam-2014-8r2.html',
             '2014-04-25', 'Lào Cai', """Lào Cai phát động Tháng Công nhân năm 2014

Thứ Sáu, 25/04/2014, 08:30

BLC - Sáng 24/4, Liên đoàn Lao động (LĐLĐ) tỉnh Lào Cai tổ chức lễ phát động Tháng Công nhân năm 2014 tại Khu công nghiệp Tằng Loỏng với hơn 600 công nhân lao động tham gia, đồng thời mít tinh kỷ niệm 128 năm Ngày Quốc tế Lao động 1/5.

Theo kế hoạch, Tháng Công nhân năm 2014 sẽ được triển khai tại [[312|wmu t mo2014-05 n=planned activities of a programme -> target; Tháng Công nhân -> May (gold README 4, 8)]] CĐCS. LĐLĐ tỉnh dự kiến thăm, tặng quà [[500|ben t mo2014-05]] công nhân lao động có hoàn cảnh khó khăn với kinh phí khoảng [[250 triệu|sf t mo2014-05 b=a]] đồng; phối hợp tổ chức đối thoại tại [[30|wd t mo2014-05]] doanh nghiệp.

Tháng Công nhân năm 2013, các cấp công đoàn tỉnh đã tổ chức hoạt động tại [[286|wmu a mo2013-05]] CĐCS; thăm hỏi, tặng [[432|ben a mo2013-05 n=gift packages count as beneficiaries (gold README 9)]] suất quà cho công nhân lao động, tổng trị giá [[198 triệu|sf a mo2013-05]] đồng; khởi công [[4|sh a mo2013-05]] nhà "Mái ấm Công đoàn". Cũng trong năm 2013, LĐLĐ tỉnh đã thành lập [[11|wc a y2013]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước.

Công nhân KCN Tằng Loỏng tham gia lễ phát động.

Điện thoại đường dây nóng của LĐLĐ tỉnh: 020.3824.512.

Thu Thủy
"""))
