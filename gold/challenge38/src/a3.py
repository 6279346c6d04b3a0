# ar11-ar15
ARTS = []

ARTS.append(('ar11', 'https://baomoi.com/cong-doan-phuong-bac-giang-ket-nap-742-doan-vien-sau-6-thang-hoat-dong/c/53218840.epi',
             None, 'Bắc Giang', """Công đoàn phường Bắc Giang kết nạp [[742|mn a 2025-07-01..2025-12-31 s=Công đoàn phường Bắc Giang n=headline repeat; ward of old Bắc Giang -> Bắc Giang, region_2025 Bắc Ninh; rules 1 and 10]] đoàn viên sau 6 tháng hoạt động

Sau 6 tháng đi vào hoạt động (từ ngày 1/7 đến 31/12/2025), Công đoàn phường Bắc Giang (tỉnh Bắc Ninh) đã thành lập mới [[6|un a 2025-07-01..2025-12-31 s=Công đoàn phường Bắc Giang n=rule 10]] công đoàn cơ sở (CĐCS), kết nạp [[742|mn a 2025-07-01..2025-12-31 s=Công đoàn phường Bắc Giang]] đoàn viên, thành lập [[3|wc a 2025-07-01..2025-12-31 s=Công đoàn phường Bắc Giang]] Ban nữ công quần chúng.

Công đoàn phường tiếp nhận nguyên trạng các CĐCS từ LĐLĐ thành phố Bắc Giang (cũ) và nhanh chóng kiện toàn bộ máy, ổn định tổ chức. Các CĐCS đã tổ chức hội nghị người lao động tại [[41|wkc a 2025-07-01..2025-12-31 s=Công đoàn phường Bắc Giang]] doanh nghiệp; Công đoàn phường tổ chức [[5|tr a 2025-07-01..2025-12-31 s=Công đoàn phường Bắc Giang]] lớp tập huấn cho [[380|te a 2025-07-01..2025-12-31 s=Công đoàn phường Bắc Giang]] lượt cán bộ công đoàn cơ sở.

Hiện Công đoàn phường Bắc Giang quản lý [[128|ut a null s=Công đoàn phường Bắc Giang n=stock with no publication date -> null..null; rule 7]] CĐCS với [[9.316|mt a null s=Công đoàn phường Bắc Giang n=rule 7, as above]] đoàn viên, trong đó [[87|ut a null s=CĐCS doanh nghiệp ngoài nhà nước n=breakdown of a stock, no publication date; rules 6 and 7]] CĐCS doanh nghiệp ngoài nhà nước.

Năm 2026, Công đoàn phường phấn đấu thành lập mới [[8|un t y2026 s=Công đoàn phường Bắc Giang]] CĐCS, kết nạp [[900|mn t y2026 s=Công đoàn phường Bắc Giang]] đoàn viên.

Đỗ Hằng

Theo Báo Bắc Ninh

Đọc thêm
Bắc Ninh: 2.500 công nhân được tặng quà Tết
"""))

ARTS.append(('ar12', 'https://laodong.vn/cong-doan/ca-nuoc-ket-nap-hon-1-trieu-doan-vien-nam-2025-1622318.ldo',
             '2025-12-26', 'Việt Nam', """Cả nước kết nạp hơn [[1 triệu|mn a y2025 b=o n=headline, rounded repeat of 1.012.460 (value as written); rule 1]] đoàn viên công đoàn năm 2025

26/12/2025 18:20

Năm 2025, dù tổ chức công đoàn các cấp thực hiện sắp xếp lại bộ máy, toàn hệ thống vẫn kết nạp được [[1.012.460|mn a y2025]] đoàn viên (đạt [[101,2%|mn p y2025]] kế hoạch), thành lập mới [[4.318|un a y2025]] công đoàn cơ sở (CĐCS).

Thông tin trên được Tổng Liên đoàn Lao động Việt Nam đưa ra tại hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026, chiều 26.12.

Theo báo cáo, sau khi sắp xếp, hệ thống công đoàn có 34 LĐLĐ tỉnh, thành phố và 3.321 công đoàn xã, phường, đặc khu; không còn LĐLĐ cấp huyện.

Trong năm, do doanh nghiệp giải thể, phá sản, thu hẹp sản xuất, số đoàn viên giảm [[412.300|ml a y2025]] người, giải thể [[3.905|ud a y2025]] CĐCS. Như vậy, cả nước tăng tuyệt đối [[600.160|mnet a y2025]] đoàn viên và [[413|unet a y2025]] CĐCS. Hiện cả nước có hơn [[11,1 triệu|mt a pub b=o]] đoàn viên sinh hoạt tại [[141.230|ut a pub]] CĐCS.

Công tác chăm lo cho đoàn viên tiếp tục được quan tâm: các cấp công đoàn đã hỗ trợ xây mới, sửa chữa [[1.862|sh a y2025]] nhà Mái ấm Công đoàn; ký kết [[2.410|wp a y2025]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn".

Năm 2026, Tổng LĐLĐ Việt Nam đặt mục tiêu kết nạp [[1 triệu|mn t y2026]] đoàn viên, thành lập [[3.500|un t y2026]] CĐCS; phấn đấu 70% CĐCS tổ chức đối thoại định kỳ.

Quỳnh Anh

Tin mới
Đoàn viên công đoàn được giảm 10% học phí tại 45 trường đại học
"""))

ARTS.append(('ar13', 'https://baobackan.vn/thang-cong-nhan-2025-412-cong-doan-co-so-huong-ung-post71350.html',
             '2025-05-27', 'Bắc Kạn', """Tháng Công nhân 2025: [[412|wmu a mo2025-05 n=headline repeat; rule 1]] công đoàn cơ sở hưởng ứng

Thứ Ba, 27/05/2025 | 15:20

(BKo) - Tháng Công nhân năm 2025 là đợt hoạt động cuối cùng do Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Kạn chủ trì trước khi hợp nhất với LĐLĐ tỉnh Thái Nguyên.

Theo báo cáo của LĐLĐ tỉnh, trong Tháng Công nhân năm 2025 có [[412|wmu a mo2025-05 n=pre-merger: Bắc Kạn, region_2025 Thái Nguyên; Tháng Công nhân -> May; rule 10 and records.md]] công đoàn cơ sở (CĐCS) tổ chức các hoạt động hưởng ứng. Các cấp công đoàn đã thăm hỏi, tặng [[1.865|ben a mo2025-05]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng trị giá gần [[1,4 tỷ|sf a mo2025-05 b=u]] đồng; trong đó Công đoàn ngành Giáo dục tặng [[320|ben a mo2025-05 s=Công đoàn ngành Giáo dục n=breakdown; rule 6]] suất quà.

Lãnh đạo LĐLĐ tỉnh Bắc Kạn trao quà cho công nhân Công ty TNHH Khoáng sản Chợ Đồn.

Các CĐCS phối hợp tổ chức đối thoại tại nơi làm việc ở [[38|wd a mo2025-05]] đơn vị, doanh nghiệp; vận động [[15|meal a mo2025-05]] doanh nghiệp nâng mức bữa ăn ca lên 25.000 đồng/suất. Công đoàn tỉnh phối hợp Sở Nội vụ kiểm tra việc thực hiện pháp luật lao động tại [[11|sv a mo2025-05 n=joint inspection of enterprises counted as supervisions]] doanh nghiệp.

Nhân dịp này, LĐLĐ tỉnh tặng giấy khen cho 12 tập thể, 20 cá nhân; 96 công nhân có sáng kiến được biểu dương.

Lương Nguyên

Tin liên quan:
Chợ Mới: 60 đoàn viên được khám sức khỏe miễn phí
Ba Bể: Trao 2 nhà Mái ấm Công đoàn
"""))

ARTS.append(('ar14', 'https://baocamau.vn/cong-doan-ca-mau-ky-ket-14-thoa-thuan-phuc-loi-doan-vien-a412907.html',
             '2025-12-10', 'Cà Mau', """Cập nhật: 10-12-2025 | 08:41:12

Công đoàn Cà Mau ký kết [[14|wp a y2025 n=headline repeat; rule 1]] thỏa thuận "Phúc lợi đoàn viên"

(CMO) Năm 2025, Liên đoàn Lao động (LĐLĐ) tỉnh Cà Mau đã ký kết [[14|wp a y2025 n=new province's federation -> Cà Mau; rule 10]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" với các doanh nghiệp, nâng tổng số thỏa thuận còn hiệu lực lên [[58|wp a pub n=agreements in force are the stock of welfare_partners, dated at publication; rule 7]] thỏa thuận.

Trong số các thỏa thuận còn hiệu lực, khu vực Bạc Liêu (cũ) có [[23|wp a pub r=Bạc Liêu n=khu vực X (cũ) -> old province; stock at publication; rules 7 and 10]] thỏa thuận. Đoàn viên được giảm giá từ 5% đến 30% khi mua hàng, khám chữa bệnh, sử dụng dịch vụ tại các đơn vị đối tác.

Đại diện LĐLĐ tỉnh Cà Mau và doanh nghiệp ký kết thỏa thuận hợp tác.

Riêng Công đoàn phường Bạc Liêu đã ký [[3|wp a y2025 r=Bạc Liêu s=Công đoàn phường Bạc Liêu n=ward in old Bạc Liêu -> Bạc Liêu; rule 10]] thỏa thuận với siêu thị, nhà thuốc trên địa bàn phường.

Cũng trong năm, các cấp công đoàn tỉnh hỗ trợ [[3.420|ben a y2025]] đoàn viên, người lao động gặp khó khăn, bị ảnh hưởng bởi thiên tai với tổng số tiền [[2,65 tỷ|sf a y2025]] đồng; hỗ trợ xây mới [[31|sh a y2025]] nhà Mái ấm Công đoàn, mỗi căn 70 triệu đồng.

Năm 2026, LĐLĐ tỉnh phấn đấu ký kết thêm [[10|wp t y2026]] thỏa thuận hợp tác, ưu tiên lĩnh vực y tế, giáo dục và bán lẻ.

Hồng Nhung

Ý kiến bạn đọc (0)
"""))

ARTS.append(('ar15', 'https://nld.com.vn/tp-hcm-ky-moi-1932-thoa-uoc-lao-dong-tap-the-196260109211530652.htm',
             '2026-01-09', 'Hồ Chí Minh', """ date 2026-01-09 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

TP HCM ký mới [[1.932|ca a y2025 n=headline repeat; rule 1]] thỏa ước lao động tập thể

PHAN ANH

(NLĐO)- Năm 2025, các cấp Công đoàn TP HCM ký mới [[1.932|ca a y2025 n=new city's federation, sum incl. old Bình Dương and Bà Rịa - Vũng Tàu -> Hồ Chí Minh; rule 10]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[11.460|ca a pub n=documents in force -> stock of collective_agreements at publication; rule 7]] bản

Theo báo cáo của LĐLĐ TP HCM, trong số thỏa ước ký mới năm 2025, khu vực Bình Dương (cũ) có [[587|ca a y2025 r=Bình Dương n=khu vực X (cũ) -> old province; rule 10]] bản, khu vực Bà Rịa - Vũng Tàu (cũ) có [[214|ca a y2025 r=Bà Rịa - Vũng Tàu n=rule 10]] bản. Các cấp công đoàn cũng vận động [[1.108|meal a y2025]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca.

TP HCM ký mới [[1.932|ca a y2025 n=image caption repeating the headline; rules 1 and 11]] thỏa ước lao động tập thể - Ảnh 1.

Đại diện Công đoàn và doanh nghiệp ký kết thỏa ước lao động tập thể

Từ tháng 7-2025 đến nay, Công đoàn phường Vũng Tàu đã phối hợp tổ chức đối thoại tại nơi làm việc ở [[46|wd a 2025-07-01..2026-01-09 r=Bà Rịa - Vũng Tàu s=Công đoàn phường Vũng Tàu n=ward in old Bà Rịa - Vũng Tàu; từ tháng 7-2025 đến nay -> July 1 .. publication; rule 10 and records.md]] doanh nghiệp và hướng dẫn [[9|ca a 2025-07-01..2026-01-09 r=Bà Rịa - Vũng Tàu s=Công đoàn phường Vũng Tàu]] doanh nghiệp ký mới thỏa ước.

Năm 2026, LĐLĐ TP HCM phấn đấu ký mới [[2.000|ca t y2026]] bản thỏa ước, trong đó có ít nhất [[5|ca t y2026 b=o s=thỏa ước nhóm doanh nghiệp n=breakdown of a target; rules 5 and 6]] bản thỏa ước nhóm doanh nghiệp ngành dệt may, da giày.

Tin liên quan

TP HCM: 3.000 công nhân được tặng vé xe về quê đón Tết
Công đoàn phường Dĩ An trao 200 suất quà cho đoàn viên
"""))
