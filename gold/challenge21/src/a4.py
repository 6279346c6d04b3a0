"""l20-l25."""
from a1 import HR, CAP, SITE

ARTS = []

GD = 's=Công đoàn ngành Giáo dục'

# l20 -- bullet dateline with share icons; sector union; school year
ARTS.append(('l20', 'https://baolaocai.vn/giao-duc/cong-doan-nganh-giao-duc-lao-cai-nang-cao-chat-luong-hoat-dong-124571', '2012-11-20', 'Lào Cai', """Công đoàn ngành Giáo dục Lào Cai: Nâng cao chất lượng hoạt động

  • 08:30, 20/11/2012
  • icon facebook
  • icon twitter

(BLC) - Nhân kỷ niệm 30 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2012), Công đoàn ngành Giáo dục tỉnh Lào Cai tổ chức gặp mặt, tôn vinh 45 nhà giáo tiêu biểu.

Năm học 2011-2012, Công đoàn ngành Giáo dục tỉnh đã phối hợp với Sở Giáo dục và Đào tạo chỉ đạo [[618/620|oc a sy2011 """ + GD + """ n=x/y -> x (records.md); năm học 2011-2012 -> 2011-09-01..2012-08-31 (records.md)]] trường học, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học; kết nạp [[512|mn a sy2011 """ + GD + """]] đoàn viên mới; thăm hỏi gần [[1.350|ben a sy2011 b=u """ + GD + """]] lượt đoàn viên ốm đau, gặp hoàn cảnh khó khăn với số tiền [[405 triệu|sf a sy2011 """ + GD + """]] đồng; hỗ trợ xây dựng [[6|sh a sy2011 """ + GD + """]] "Mái ấm Công đoàn" cho giáo viên vùng cao ở Si Ma Cai, Mường Khương, Bắc Hà.

Giáo viên Trường Tiểu học số 1 Bắc Hà trong ngôi nhà "Mái ấm Công đoàn" mới.

Hiện Công đoàn ngành có [[642|ut a pub """ + GD + """ n=stock (Hiện) dated at publication (gold README 7)]] CĐCS với [[12.380|mt a pub """ + GD + """]] đoàn viên, hơn 60% là nữ.

Năm học 2012-2013, Công đoàn ngành phấn đấu kết nạp [[450|mn t sy2012 """ + GD + """]] đoàn viên, tiếp tục thực hiện tốt Cuộc vận động "Mỗi thầy, cô giáo là một tấm gương đạo đức, tự học và sáng tạo".

Minh Ngọc
"""))

# l21 -- nld.com.vn excerpt whose first line is the photo title "... - Ảnh 1."
ARTS.append(('l21', 'https://nld.com.vn/cong-doan/soc-trang-hon-32000-doan-vien-duoc-cham-lo-tet-20230112201537118.htm', '2023-01-12', 'Sóc Trăng', """Sóc Trăng: Hơn [[32.000|ben a y2023 b=o n=photo-title repeat of 32.450 (rounded, hơn): takes its region and period (gold README 1)]] đoàn viên được chăm lo Tết - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Sóc Trăng trao quà Tết cho công nhân có hoàn cảnh khó khăn

Theo LĐLĐ tỉnh Sóc Trăng, dịp Tết Nguyên đán Quý Mão 2023, các cấp CĐ tỉnh đã chăm lo cho [[32.450|ben a y2023 n=Tết Quý Mão 2023 -> 2023 (Tết figures take the Tết year, challenge15)]] đoàn viên, NLĐ với tổng kinh phí [[21,6 tỉ|sf a y2023]] đồng, tăng 2.150 người so với Tết năm trước. Trong đó, Công đoàn các KCN tỉnh chăm lo cho [[6.800|ben a y2023 s=Công đoàn các KCN]] đoàn viên với số tiền [[4,2 tỉ|sf a y2023 s=Công đoàn các KCN]] đồng.

LĐLĐ tỉnh cũng hỗ trợ [[1.500|ben a y2023 n=tickets given to members count as beneficiaries (gold README 9); the 12 buses are not a record]] vé xe miễn phí cho công nhân về quê đón Tết trên 12 chuyến xe; tổ chức "Chợ Tết Công đoàn" với 2.000 phiếu mua hàng 0 đồng dành cho đoàn viên.

Tết Nhâm Dần 2022, toàn tỉnh chăm lo cho [[30.300|ben a y2022 n=previous-Tết contrast is an actual of its own year; tăng 2.150 người is a pure difference, not a record]] đoàn viên, NLĐ với tổng kinh phí [[18,9 tỉ|sf a y2022]] đồng.

Tin-ảnh: Ca Linh
"""))

# l22 -- provincial paper, inspection committee half-year report
ARTS.append(('l22', 'https://baolaichau.vn/xa-hoi/ubkt-ldld-tinh-so-ket-cong-tac-kiem-tra-6-thang-dau-nam-2025-734102', '2025-06-20', 'Lai Châu', """UBKT LĐLĐ tỉnh sơ kết công tác kiểm tra 6 tháng đầu năm 2025

Thứ Sáu, 20/06/2025 - 09:47

(BLC) - Ngày 19/6, Ủy ban Kiểm tra (UBKT) Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.

6 tháng đầu năm, UBKT công đoàn các cấp đã kiểm tra tài chính tại [[21|fi a h1-2025 """ + SITE('baolaichau.vn', 'Lai Châu') + """; 6 tháng đầu năm without a year -> the publication year (records.md)]] CĐCS, đạt [[60%|fi p h1-2025 n=part-way attainment of the year plan takes the reporting period]] kế hoạch năm ([[35|fi t y2025]] cuộc); tổ chức [[9|sv a h1-2025]] cuộc giám sát việc chấp hành Điều lệ Công đoàn Việt Nam. Qua kiểm tra, phát hiện 3 đơn vị chưa thực hiện đúng quy định về quản lý tài chính, UBKT đã kiến nghị bổ sung, điều chỉnh sổ sách kế toán.

Cùng với đó, LĐLĐ tỉnh tổ chức [[4|tr a h1-2025]] lớp tập huấn nghiệp vụ công tác kiểm tra cho [[186|te a h1-2025]] lượt cán bộ làm công tác kiểm tra, kế toán công đoàn cơ sở.

6 tháng cuối năm, UBKT LĐLĐ tỉnh tiếp tục kiểm tra tài chính [[14|fi t l6-2025 n=remaining planned inspections of H2 -> target of H2 2025]] CĐCS còn lại theo kế hoạch, tăng cường giám sát việc thu, nộp kinh phí và đoàn phí công đoàn.

Ngọc Ánh
"""))

# l23 -- provincial paper after the 2025 merger of provinces
ARTS.append(('l23', 'https://baoangiang.com.vn/ldld-tinh-an-giang-10-thang-ket-nap-hon-8-600-doan-vien-a471208.html', '2025-11-10', 'An Giang', """LĐLĐ tỉnh An Giang: 10 tháng kết nạp hơn [[8.600|mn a f10-2025 b=o n=rounded headline repeat of 8.640 (gold README 1)]] đoàn viên

Thứ Hai, 10/11/2025 07:15

Sau sắp xếp, hợp nhất, Liên đoàn Lao động (LĐLĐ) tỉnh An Giang tập trung ổn định tổ chức bộ máy, đồng thời đẩy mạnh phát triển đoàn viên, thành lập công đoàn cơ sở (CĐCS).

Theo LĐLĐ tỉnh, 10 tháng năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[8.640|mn a f10-2025 n=figure of the merged An Giang -> region An Giang (challenge15 b10 rule); 10 tháng năm 2025 -> Jan..Oct]] đoàn viên, đạt [[83%|mn p f10-2025]] kế hoạch năm; trong đó khu vực Kiên Giang (cũ) kết nạp [[3.910|mn a f10-2025 r=Kiên Giang s=khu vực Kiên Giang (cũ) n=part of the former province -> region by its pre-2025 name (records.md), region_2025 An Giang]] đoàn viên. Toàn tỉnh thành lập mới [[42|un a f10-2025]] CĐCS; [[1.148|wkc a f10-2025]] doanh nghiệp tổ chức hội nghị người lao động; các CĐCS đã thương lượng, ký mới [[96|ca a f10-2025]] bản thỏa ước lao động tập thể.

Chỉ tiêu năm 2025 là kết nạp [[10.400|mn t y2025]] đoàn viên. Hiện LĐLĐ tỉnh An Giang quản lý [[4.015|ut a pub]] CĐCS với [[298.700|mt a pub]] đoàn viên, là một trong những địa phương có số lượng đoàn viên đông nhất khu vực Đồng bằng sông Cửu Long.

Công nhân Công ty CP Thủy sản tại KCN Thạnh Lộc trong ca sản xuất. Ảnh: H.N

Thanh Tâm
"""))

KC = 's=Công đoàn các khu công nghiệp'
# l24 -- provincial paper, industrial-zone union, reader-comment counter at the end
ARTS.append(('l24', 'https://baothaibinh.com.vn/tin-tuc/5/63214/cong-doan-cac-khu-cong-nghiep-huong-ve-co-so-cham-lo-nguoi-lao-dong', '2016-03-10', 'Thái Bình', """Công đoàn các khu công nghiệp: Hướng về cơ sở, chăm lo người lao động

Thứ Năm, 10/03/2016 - 15:20

Năm 2015, Công đoàn các khu công nghiệp tỉnh đã kết nạp [[5.230|mn a y2015 """ + KC + """ """ + SITE('baothaibinh.com.vn', 'Thái Bình') + """; an industrial-zone union gives its province (records.md)]] đoàn viên, thành lập [[16|un a y2015 """ + KC + """]] công đoàn cơ sở (CĐCS). Có [[78/85|wkc a y2015 """ + KC + """ n=x/y -> x (records.md)]] doanh nghiệp tổ chức hội nghị người lao động; [[61|ca a y2015 """ + KC + """]] doanh nghiệp ký kết thỏa ước lao động tập thể; [[24|meal a y2015 """ + KC + """ n=15.000 đồng/suất is a meal level, not a record]] doanh nghiệp nâng mức bữa ăn giữa ca, trong đó nhiều đơn vị đạt từ 15.000 đồng/suất trở lên.

Hiện Công đoàn các khu công nghiệp tỉnh quản lý [[112|ut a pub """ + KC + """]] CĐCS với [[41.600|mt a pub """ + KC + """]] đoàn viên, chiếm 94% tổng số lao động đang làm việc tại các doanh nghiệp có tổ chức công đoàn.

Năm 2016, Công đoàn các khu công nghiệp phấn đấu kết nạp [[4.500|mn t y2016 """ + KC + """]] đoàn viên, thành lập [[12|un t y2016 """ + KC + """]] CĐCS, tiếp tục vận động các doanh nghiệp tại KCN Tiền Hải, KCN Gia Lễ, KCN Phúc Khánh thành lập công đoàn.

Bài, ảnh: Ngọc Lan

Ý kiến bạn đọc (0)
"""))

# l25 -- provincial paper short news, view counter
ARTS.append(('l25', 'https://baobaclieu.vn/cong-doan/day-manh-chuong-trinh-phuc-loi-doan-vien-48127.html', '2018-09-05', 'Bạc Liêu', """Đẩy mạnh Chương trình "Phúc lợi đoàn viên"

05/09/2018 - 08:10 | Lượt xem: 1.532

BL - Từ đầu năm 2018 đến nay, LĐLĐ tỉnh Bạc Liêu đã ký kết thỏa thuận hợp tác với [[9|wp a 2018-01-01..2018-09-05 n=từ đầu năm 2018 đến nay -> 2018-01-01..publication (records.md)]] doanh nghiệp cung cấp hàng hóa, dịch vụ ưu đãi cho đoàn viên, nâng tổng số đơn vị ký kết lên [[31|wp a pub n=nâng tổng số ... lên: stock dated at publication (gold README 7)]]. Đoàn viên được giảm từ 5% đến 15% khi mua sắm, khám chữa bệnh, sử dụng dịch vụ viễn thông tại các đơn vị này.

Ngoài ra, LĐLĐ tỉnh hỗ trợ xây mới [[8|sh a 2018-01-01..2018-09-05 n=Ngoài ra: period from the nearest earlier phrase, từ đầu năm 2018 đến nay]] "Mái ấm Công đoàn" với tổng kinh phí [[320 triệu|shf a 2018-01-01..2018-09-05]] đồng; thăm hỏi, trợ cấp khoảng [[430|ben a 2018-01-01..2018-09-05 b=a]] lượt đoàn viên có hoàn cảnh khó khăn, ốm đau với số tiền [[215 triệu|sf a 2018-01-01..2018-09-05 n=period from the nearest earlier phrase, từ đầu năm 2018 đến nay]] đồng.

Năm 2019, LĐLĐ tỉnh phấn đấu ký kết thêm [[5|wp t y2019]] thỏa thuận hợp tác, mở rộng ưu đãi cho đoàn viên ở các huyện Hồng Dân, Phước Long.

Hoàng Yến

Bình luận (0)
"""))
