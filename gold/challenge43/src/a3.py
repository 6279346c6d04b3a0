"""aw11-aw15: An Giang, Đắk Lắk, Gia Lai, Kon Tum, Lâm Đồng."""

ARTS = []

# aw11 baomoi copy of baoangiang, undated, inspection committee H1 2013
ARTS.append(('aw11', 'https://baomoi.com/ubkt-cong-doan-an-giang-kiem-tra-tai-chinh-124-cdcs/c/11276543.epi',
             None, 'An Giang', """UBKT Công đoàn An Giang: Kiểm tra tài chính [[124|fi a h1-2013 n=headline repeat of the body figure (rule 1)]] CĐCS

Báo An Giang

6 tháng đầu năm 2013, Ủy ban Kiểm tra (UBKT) công đoàn các cấp tỉnh An Giang đã kiểm tra tài chính [[124|fi a h1-2013]] công đoàn cơ sở (CĐCS), đạt [[58%|fi p h1-2013 n=part-way attainment takes the reporting half-year (rule 4)]] kế hoạch năm ([[214|fi t y2013]] đơn vị).

Qua kiểm tra, phát hiện 9 đơn vị sử dụng kinh phí chưa đúng quy định, kiến nghị thu hồi 46,2 triệu đồng. UBKT các cấp còn kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại [[87|sv a h1-2013]] CĐCS và tham gia đoàn kiểm tra liên ngành về an toàn, vệ sinh lao động tại [[32|sv a h1-2013 n=joint inspections joined count as supervisions (indicators.tsv)]] doanh nghiệp.

6 tháng cuối năm 2013, UBKT LĐLĐ tỉnh tập trung kiểm tra tài chính tại [[90|fi t l6-2013]] đơn vị còn lại, tổ chức [[2|tr t l6-2013]] lớp tập huấn nghiệp vụ kiểm tra cho ủy viên UBKT CĐCS.

NGỌC TRÂM

Bình luận
"""))

# aw12 Đắk Lắk TV site excerpt, undated, education sector union school year 2019-2020
ARTS.append(('aw12', 'https://drt.vn/tin-tuc/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2019-2020-84512.html',
             None, 'Đắk Lắk', """Trong năm học 2019-2020, Công đoàn ngành Giáo dục Đắk Lắk đã phối hợp với Sở Giáo dục và Đào tạo chỉ đạo [[708/712|oc a sy2019 s=Công đoàn ngành Giáo dục n=x/y: x is the count (rule 3); sector union gives its province, with scope]] đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Các cấp công đoàn trong ngành đã kết nạp [[412|mn a sy2019 s=Công đoàn ngành Giáo dục]] đoàn viên mới; thăm hỏi, hỗ trợ [[1.236|ben a sy2019 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, gặp khó khăn với số tiền [[1,02 tỷ|sf a sy2019 s=Công đoàn ngành Giáo dục]] đồng; xây dựng [[4|sh a sy2019 s=Công đoàn ngành Giáo dục]] nhà Mái ấm Công đoàn, mỗi căn 50 triệu đồng.

Toàn cảnh hội nghị tổng kết năm học 2019-2020
Toàn cảnh hội nghị tổng kết năm học 2019-2020

Hiện ngành có [[742|ut a null s=Công đoàn ngành Giáo dục n=stock in an undated page -> null..null (rule 7)]] CĐCS với [[31.850|mt a null s=Công đoàn ngành Giáo dục n=stock in an undated page -> null..null (rule 7)]] đoàn viên, trong đó có [[24.600|mt a null s=Công đoàn ngành Giáo dục, nữ n=breakdown of the stock (rules 6, 7); undated page -> null..null]] nữ.

Năm học 2020-2021, Công đoàn ngành phấn đấu kết nạp [[300|mn t sy2020 s=Công đoàn ngành Giáo dục]] đoàn viên mới; 100% đơn vị tổ chức hội nghị cán bộ, công chức, viên chức trước ngày 31/10. Dịp này, 15 tập thể và 32 cá nhân được tặng giấy khen.

Thùy Dung - Xuân Tú

Từ khóa: Công đoàn ngành Giáo dục, Đắk Lắk, năm học 2019-2020
"""))

# aw13 baogialai-like, women's committees
ARTS.append(('aw13', 'https://baogialai.com.vn/channel/1622/201803/nang-cao-hieu-qua-hoat-dong-nu-cong-2598123/',
             '2018-03-06', 'Gia Lai', """Nâng cao hiệu quả hoạt động nữ công

Thứ Ba, 06/03/2018, 15:30 (GMT+7)

(GLO)- Năm 2017, Ban Nữ công Liên đoàn Lao động (LĐLĐ) tỉnh Gia Lai đã hướng dẫn các công đoàn cơ sở thành lập mới [[14|wc a y2017]] Ban nữ công quần chúng, kết nạp [[1.126|mn a y2017 s=đoàn viên nữ n=scope as written (rule 10)]] đoàn viên nữ.

Cũng trong năm 2017, các cấp công đoàn tổ chức [[26|tr a y2017]] lớp tập huấn cho [[1.780|te a y2017]] lượt cán bộ nữ công; tư vấn pháp luật về chế độ thai sản cho [[430|lc a y2017]] lượt lao động nữ.

Nhân kỷ niệm 108 năm Ngày Quốc tế Phụ nữ, năm nay LĐLĐ tỉnh và các cấp công đoàn đã thăm, tặng [[640|ben a y2018 n=năm nay in March -> 2018 (records.md Periods)]] suất quà cho nữ đoàn viên có hoàn cảnh khó khăn, mỗi suất 300.000 đồng.

Cán bộ nữ công LĐLĐ tỉnh trao quà cho nữ công nhân Công ty Cao su Chư Păh. Ảnh: P.L
Cán bộ nữ công LĐLĐ tỉnh trao quà cho nữ công nhân Công ty Cao su Chư Păh. Ảnh: P.L

Hiện toàn tỉnh có [[27.340|mt a pub s=nữ đoàn viên n=stock dated at publication (rule 7)]] nữ đoàn viên, chiếm 46,8% tổng số đoàn viên. Năm 2018, Ban Nữ công LĐLĐ tỉnh phấn đấu thành lập thêm [[10|wc t y2018]] Ban nữ công quần chúng.

PHƯƠNG LINH

Bài viết liên quan
Gia Lai: 30 nữ công nhân tiêu biểu được tuyên dương
"""))

# aw14 baokontum-like, Q1 2023, scraped: Kêt nạp, run-together words
ARTS.append(('aw14', 'https://baokontum.com.vn/xa-hoi/cong-doan-kon-tum-quy-i-2023-12345.html',
             '2023-04-14', 'Kon Tum', """Công đoàn tỉnh Kon Tum: Nhiều kết quả trong quý I/2023

Thứ Sáu, 14/04/2023 - 10:05

BKT - Quý I/2023, Liên đoàn Lao động (LĐLĐ) tỉnh Kon Tum đã chỉ đạo các cấp công đoàn tập trung công tác chăm lo, đại diện, bảo vệ quyền lợi của đoàn viên, người lao độngtrên địa bàn tỉnh.

Trong quý, LĐLĐ tỉnh thành lập [[3|un a q1-2023]] công đoàn cơ sở (CĐCS). Kêt nạp [[412|mn a q1-2023 n=scraping typo Kêt nạp read as kết nạp; figure unaffected (rule 3)]] đoàn viên, đạt [[20,6%|mn p q1-2023 n=part-way attainment takes the quarter (rule 4)]] chỉ tiêu năm ([[2.000|mn t y2023]] đoàn viên).

Các CĐCS đã phối hợp với người sử dụng lao động tổ chức đối thoại tại nơi làm việc ở [[21|wd a q1-2023]] doanh nghiệp; thương lượng, ký mới [[6|ca a q1-2023]] bản thỏa ước lao động tập thể; đề nghị điều chỉnh tăng giá trị bữa ăn giữa ca tại [[9|meal a q1-2023]] doanh nghiệp, từ 18.000 đồng lên 22.000 đồng/suất.

Dịp Tết Quý Mão 2023, các cấp công đoàn đã thăm, tặng quà cho [[3.870|ben a y2023 n=Tết of a named year takes that year]] đoàn viên, người lao động với tổng kinh phí gần [[2,1 tỷ|sf a y2023 b=u n=gần -> under (rule 5)]] đồng.

Trong quý II, LĐLĐ tỉnh sẽ tổ chức [[4|tr t q2-2023]] lớp tập huấn về kỹ năng thương lượng tập thể cho cánbộ công đoàn cơ sở.

Thu Hà

Số lượt xem: 642
"""))

# aw15 Lâm Đồng congress 2023 (term 2018-2023 and 2023-2028)
ARTS.append(('aw15', 'https://baolamdong.vn/chinh-tri/202308/dai-hoi-cong-doan-tinh-lam-dong-lan-thu-xi-3123456/',
             '2023-08-25', 'Lâm Đồng', """Đại hội Công đoàn tỉnh Lâm Đồng lần thứ XI, nhiệm kỳ 2023 - 2028

Cập nhật lúc 17:40, Thứ Sáu, 25/08/2023 (GMT+7)

Ngày 25/8, Liên đoàn Lao động (LĐLĐ) tỉnh Lâm Đồng khai mạc Đại hội Công đoàn tỉnh lần thứ XI, nhiệm kỳ 2023 - 2028 với sự tham dự của 250 đại biểu chính thức, đại diện cho hơn [[62.000|mt a pub b=o n=rounded lead repeat of the stock 62.374; a stock, dated at publication (rules 1, 7)]] đoàn viên trong toàn tỉnh.

Nhiệm kỳ 2018 - 2023, các cấp công đoàn tỉnh đã kết nạp [[28.640|mn a t2018-2023 n=term actuals take the whole term (records.md Periods)]] đoàn viên, đạt [[114,6%|mn p t2018-2023]] chỉ tiêu Đại hội; thành lập mới [[168|un a t2018-2023]] công đoàn cơ sở (CĐCS). Các cấp công đoàn đã hỗ trợ xây mới, sửa chữa [[132|sh a t2018-2023]] nhà Mái ấm Công đoàn với tổng kinh phí [[5,9 tỷ|shf a t2018-2023]] đồng; ký kết [[74|ca a t2018-2023]] bản thỏa ước lao động tập thể; giới thiệu [[1.215|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Hiện toàn tỉnh có [[1.158|ut a pub n=stock dated at publication (rule 7)]] CĐCS với [[62.374|mt a pub]] đoàn viên.

Đại hội đề ra 12 chỉ tiêu cho nhiệm kỳ 2023 - 2028, trong đó phấn đấu kết nạp [[30.000|mn t t2023-2028]] đoàn viên, thành lập mới [[150|un t t2023-2028]] CĐCS, hỗ trợ xây mới, sửa chữa ít nhất [[100|sh t t2023-2028 b=o n=ít nhất -> over (rule 5)]] nhà Mái ấm Công đoàn.

Đại hội bầu 35 ủy viên Ban Chấp hành LĐLĐ tỉnh khóa XI và 12 đại biểu dự Đại hội Công đoàn Việt Nam lần thứ XIII.

Hoàng Yên

Tin cùng chuyên mục
Đà Lạt: Trao 50 suất quà cho công nhân khó khăn
"""))
