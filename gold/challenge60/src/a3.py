"""cm11-cm15."""
ARTS = []

# cm11 Thừa Thiên Huế, Tháng Công nhân 2020 (Covid) summary: units, gifts with a national part, dissemination, dialogues, Mái ấm, legal aid
ARTS.append(('cm11', 'https://baothuathienhue.vn/lao-dong/hon-8700-luot-doan-vien-duoc-cham-lo-trong-thang-cong-nhan-a88214.html',
             '2020-06-02', 'Thừa Thiên Huế', """Hơn [[8.700|ben a mo2020-05 b=o n=rounded headline repeat of 8.760 (gold README 1, 5)]] lượt đoàn viên được chăm lo trong Tháng Công nhân

Cập nhật lúc 07:12 02/06/2020

Ngày 1/6, Liên đoàn Lao động tỉnh Thừa Thiên Huế cho biết, dù chịu ảnh hưởng của dịch Covid-19, Tháng Công nhân năm 2020 vẫn được các cấp công đoàn triển khai linh hoạt, thiết thực với chủ đề "Vì cuộc sống an toàn, khỏe mạnh của người lao động".

Trong Tháng Công nhân năm 2020, có [[412|wmu a mo2020-05]] CĐCS tổ chức các hoạt động. Các cấp công đoàn đã thăm hỏi, tặng quà [[8.760|ben a mo2020-05]] lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch, bị giảm giờ làm, ngừng việc, với tổng số tiền [[3,25 tỷ|sf a mo2020-05]] đồng. Trong đó, từ nguồn hỗ trợ của Tổng LĐLĐ Việt Nam, LĐLĐ tỉnh đã chi [[1,2 tỷ|sf a mo2020-05 s=nguồn hỗ trợ của Tổng LĐLĐ Việt Nam n=part of the total by source (gold README 6)]] đồng hỗ trợ [[2.400|ben a mo2020-05 s=nguồn hỗ trợ của Tổng LĐLĐ Việt Nam]] đoàn viên, mức 500.000 đồng/người.

Các cấp công đoàn phối hợp tổ chức đối thoại tại [[38|wd a mo2020-05]] doanh nghiệp; tuyên truyền phòng, chống dịch Covid-19 và pháp luật lao động cho hơn [[12.000|te a mo2020-05 b=o]] lượt đoàn viên, người lao động; Văn phòng tư vấn pháp luật LĐLĐ tỉnh tư vấn cho [[430|lc a mo2020-05]] lượt người lao động về chế độ ngừng việc, bảo hiểm thất nghiệp.

Dịp này, LĐLĐ tỉnh bàn giao [[5|sh a mo2020-05]] nhà "Mái ấm Công đoàn" cho đoàn viên tại thị xã Hương Thủy, huyện Phú Lộc và huyện A Lưới, tổng kinh phí [[250 triệu|shf a mo2020-05]] đồng.

Do yêu cầu phòng, chống dịch, năm nay LĐLĐ tỉnh không tổ chức lễ phát động tập trung và các hoạt động thể thao có đông người tham gia.

Hữu Phúc
"""))

# cm12 Sóc Trăng, Lao Động copy, undated, Tết Tân Sửu 2021; one paragraph scraped without diacritics
ARTS.append(('cm12', 'https://laodong.vn/cong-doan/soc-trang-cham-lo-tet-cho-doan-vien-giua-dich-covid-19-878512.ldo',
             None, 'Sóc Trăng', """Sóc Trăng: Chăm lo Tết cho đoàn viên giữa dịch Covid-19

Dip Tet Tan Suu 2021, cac cap cong doan tinh Soc Trang da tham hoi, tang qua cho [[24.315|ben a y2021 n=paragraph scraped without diacritics; read as written (records.md values)]] luot doan vien, nguoi lao dong voi tong so tien hon [[9,7 ty|sf a y2021 b=o v=9700000000 n=stripped tỷ read as tỷ: 9,7 tỷ (records.md values)]] dong. Trong do, khu vuc doanh nghiep ngoai nha nuoc co [[14.600|ben a y2021 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown in the stripped paragraph; scope with marks restored (gold README 6, 10)]] luot. LDLD tinh cung ban giao [[3|sh a y2021]] nha Mai am Cong doan voi tong kinh phi [[150 trieu|shf a y2021 v=150000000 n=stripped triệu read as triệu (records.md values)]] dong.

Liên đoàn Lao động tỉnh trực tiếp trao [[1.800|ben a y2021 s=LĐLĐ tỉnh trực tiếp]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, bị mất việc làm do dịch Covid-19, mỗi suất 500.000 đồng.

Chương trình "Tết Sum vầy - Xuân Tân Sửu 2021" do LĐLĐ tỉnh phối hợp với Báo Lao Động tổ chức tại Khu công nghiệp An Nghiệp đã trao [[500|ben a y2021]] suất quà và hỗ trợ [[150|ben a y2021 n=tickets given to members (gold README 9)]] vé xe cho công nhân về quê. Do tình hình dịch bệnh, năm nay chương trình không tổ chức "Chợ Tết Công đoàn" và các hoạt động văn nghệ tập trung đông người.

Ông Lâm Văn Tuấn, Phó Chủ tịch LĐLĐ tỉnh Sóc Trăng cho biết, trên địa bàn tỉnh có khoảng 1.200 lao động bị giảm giờ làm, tạm nghỉ việc do ảnh hưởng của dịch trong những tháng cuối năm 2020.

Phương Anh

Bình luận (0)
"""))

# cm13 Quảng Ninh, launch of Tháng Công nhân 2022: ceremony gifts and Mái ấm, the month's targets, last year's results
ARTS.append(('cm13', 'https://www.baoquangninh.vn/phat-dong-thang-cong-nhan-nam-2022-3183672.html',
             '2022-05-05', 'Quảng Ninh', """Phát động Tháng Công nhân năm 2022

Thứ Năm, 05/05/2022 08:20

Chiều 4/5, tại Công ty CP Than Núi Béo - Vinacomin, Liên đoàn Lao động tỉnh tổ chức Lễ phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2022. Hơn 700 công nhân, người lao động của công ty dự buổi lễ.

Tại buổi lễ, LĐLĐ tỉnh và các nhà tài trợ đã trao [[200|ben a mo2022-05 n=gifts at the launch of Tháng Công nhân năm 2022: May of that year (records.md periods)]] suất quà cho công nhân lao động có hoàn cảnh khó khăn, tổng trị giá [[200 triệu|sf a mo2022-05]] đồng; trao hỗ trợ xây dựng [[hai|sh a mo2022-05 v=2 n=number written as a word (records.md values)]] nhà "Mái ấm Công đoàn" cho đoàn viên ở thành phố Cẩm Phả, mỗi nhà 50 triệu đồng.

Theo kế hoạch, trong Tháng Công nhân năm 2022, các cấp công đoàn trong tỉnh phấn đấu thăm hỏi, tặng quà [[10.000|ben t mo2022-05]] lượt đoàn viên, người lao động; hỗ trợ xây mới, sửa chữa [[15|sh t mo2022-05]] nhà "Mái ấm Công đoàn"; tổ chức đối thoại tại ít nhất [[200|wd t mo2022-05 b=o]] doanh nghiệp; 100% CĐCS tổ chức hoạt động hưởng ứng Tháng Công nhân.

Tháng Công nhân năm 2021, toàn tỉnh có [[1.146|wmu a mo2021-05]] CĐCS tham gia; các cấp công đoàn đã chăm lo cho [[9.530|ben a mo2021-05]] lượt đoàn viên, người lao động với tổng số tiền [[3,8 tỷ|sf a mo2021-05]] đồng.

Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Hùng, Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn tiếp tục thực hiện tốt các biện pháp phòng, chống dịch Covid-19, bảo đảm an toàn lao động trong sản xuất.

Mạnh Trường
"""))

# cm14 Tây Ninh, Trung thu 2022 for children of KCN workers: KCN union event, province totals, school-year scholarships past and planned
ARTS.append(('cm14', 'https://baotayninh.vn/trao-500-phan-qua-trung-thu-cho-con-cong-nhan-kcn-a151824.html',
             '2022-09-08', 'Tây Ninh', """Trao [[500|ben a y2022 s=Công đoàn các KCN n=headline repeat of the body figure (gold README 1)]] phần quà Trung thu cho con công nhân KCN

Cập nhật ngày: 08/09/2022 - 10:05

BTN - Chiều 7/9, tại Khu công nghiệp Trảng Bàng, Công đoàn các Khu công nghiệp tỉnh tổ chức chương trình "Vui Tết Trung thu - Thắp sáng ước mơ" năm 2022 cho con công nhân lao động. Hơn 1.000 em thiếu nhi và phụ huynh tham dự chương trình.

Tại chương trình, Ban tổ chức đã tặng [[500|ben a y2022 s=Công đoàn các KCN n=gifts for members' children counted as beneficiaries (gold README 9); KCN union: province with a scope (records.md regions)]] phần quà cho các cháu là con công nhân có hoàn cảnh khó khăn (300.000 đồng/phần), tổng trị giá [[150 triệu|sf a y2022 s=Công đoàn các KCN]] đồng.

Theo Liên đoàn Lao động tỉnh, dịp Tết Trung thu năm 2022, các cấp công đoàn trong tỉnh tặng quà cho [[6.800|ben a y2022]] cháu là con đoàn viên, người lao động với tổng kinh phí hơn [[1,3 tỷ|sf a y2022 b=o]] đồng.

Năm học 2021-2022, LĐLĐ tỉnh đã trao [[280|ben a sy2021]] suất học bổng cho con đoàn viên có hoàn cảnh khó khăn vươn lên học tốt. Năm học 2022-2023, LĐLĐ tỉnh dự kiến trao [[300|ben t sy2022 n=dự kiến: target of the school year named (gold README 4; records.md periods)]] suất học bổng, tổng kinh phí [[450 triệu|sf t sy2022]] đồng, mỗi suất 1,5 triệu đồng.

Tin, ảnh: Thanh Tâm
"""))

# cm15 An Giang after the merger: plan for Tết Bính Ngọ 2026, Tết Ất Tỵ 2025 by former province, early gifts since 1 December
ARTS.append(('cm15', 'https://baoangiang.com.vn/ldld-tinh-trien-khai-ke-hoach-cham-lo-tet-binh-ngo-2026-a471205.html',
             '2025-12-15', 'An Giang', """LĐLĐ tỉnh triển khai kế hoạch chăm lo Tết Bính Ngọ 2026

Thứ Hai, 15/12/2025 - 09:10

(BAG) - Liên đoàn Lao động tỉnh An Giang vừa ban hành kế hoạch chăm lo Tết Nguyên đán Bính Ngọ 2026 cho đoàn viên, người lao động. Đây là năm đầu tiên LĐLĐ tỉnh tổ chức chăm lo Tết sau khi hợp nhất LĐLĐ tỉnh An Giang và LĐLĐ tỉnh Kiên Giang (cũ).

Theo kế hoạch, dịp Tết Bính Ngọ 2026, các cấp công đoàn tỉnh phấn đấu chăm lo cho [[65.000|ben t y2026 n=plan for the Tết year: target dated to 2026 (gold README 4, 8)]] lượt đoàn viên, người lao động với tổng kinh phí dự kiến [[52 tỷ|sf t y2026]] đồng. LĐLĐ tỉnh sẽ tổ chức chương trình "Tết Sum vầy" tại 4 điểm, "Chuyến xe Công đoàn" đưa khoảng [[1.200|ben t y2026 b=a]] đoàn viên về quê và phấn đấu bàn giao [[20|sh t y2026]] nhà "Mái ấm Công đoàn" trước Tết. "Chợ Tết Công đoàn" dự kiến phát hành 10.000 phiếu mua hàng 0 đồng.

Tết Ất Tỵ 2025, công đoàn hai tỉnh đã chăm lo cho [[45.230|ben a y2025 n=sum of the two old provinces reported by the merged federation: its kept name (gold README 10)]] lượt đoàn viên, người lao động, trong đó khu vực An Giang (cũ) [[23.640|ben a y2025 s=khu vực An Giang (cũ)]] lượt, khu vực Kiên Giang (cũ) [[21.590|ben a y2025 r=Kiên Giang s=khu vực Kiên Giang (cũ) n=khu vực X (cũ) part: the old province (gold README 10)]] lượt.

Từ đầu tháng 12 đến nay, LĐLĐ tỉnh đã trao [[3.200|ben a 2025-12-01..2025-12-15 n=Tết gifts given early: the sentence's own period, from 1 December to publication (records.md periods)]] suất quà Tết sớm cho đoàn viên có hoàn cảnh khó khăn tại các khu công nghiệp với số tiền [[1,6 tỷ|sf a 2025-12-01..2025-12-15]] đồng, mỗi suất 500.000 đồng.

Hiện toàn tỉnh có hơn [[3.900|ut a pub b=o n=stock of the merged province at publication (gold README 7, 10)]] CĐCS trên địa bàn 102 xã, phường, đặc khu.

Ngọc Hân
"""))
