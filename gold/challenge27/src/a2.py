"""ag06-ag10: Executive Committee quarter meeting, health sector year report, town union year
report, trade sector half-year (undated), province year report with Phúc lợi partners."""

AG06 = """LĐLĐ tỉnh: Quý I, cấp mới [[3.640|rec a q1-2021 n=headline repeat of the body figure: body period (rule 1)]] thẻ đoàn viên

Cập nhật lúc 16:20, Thứ Sáu, 16/04/2021 (GMT+7)

(BĐ) - Ngày 16/4, Ban Chấp hành LĐLĐ tỉnh tổ chức hội nghị lần thứ 6, khóa XII, đánh giá hoạt động công đoàn quý I và triển khai nhiệm vụ quý II/2021.

Trong quý I/2021, các cấp công đoàn trong tỉnh đã kết nạp [[1.215|mn a q1-2021]] đoàn viên, thành lập [[9|un a q1-2021]] CĐCS; giải thể [[4|ud a q1-2021]] CĐCS do doanh nghiệp ngừng hoạt động. So với cùng kỳ năm 2020, số đoàn viên kết nạp mới tăng 21%. Công tác quản lý đoàn viên bằng phần mềm được đẩy mạnh, trong quý đã cấp mới [[3.640|rec a q1-2021 n=cards issued count as member_records (indicators.tsv)]] thẻ đoàn viên công đoàn. Đến nay, toàn tỉnh đã cập nhật thông tin của [[96.430|rec a pub n=cumulative figure stated with đến nay: dated at publication like a stock (rule 7)]] đoàn viên lên phần mềm quản lý đoàn viên của Tổng LĐLĐ Việt Nam.

Dịp Tết Tân Sửu 2021, các cấp công đoàn đã thăm hỏi, tặng quà cho [[18.760|ben a y2021 n=Tết Tân Sửu 2021 -> year 2021]] đoàn viên, người lao động với tổng số tiền [[7,42 tỷ|sf a y2021]] đồng, trong đó đoàn viên, người lao động ở các KCN là [[6.150|ben a y2021 s=các KCN n=breakdown after trong đó (rule 6)]] suất. Cũng trong quý I, Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[26|fi a q1-2021 n=quý I without year -> publication year (rule 8)]] CĐCS; LĐLĐ tỉnh phối hợp với Sở LĐ-TB&XH tham gia [[5|sv a q1-2021 n=same sentence as Cũng trong quý I]] cuộc kiểm tra, giám sát việc chấp hành pháp luật lao động tại doanh nghiệp.

Quý II/2021, LĐLĐ tỉnh phấn đấu thành lập [[12|un t q2-2021]] CĐCS, kết nạp [[2.000|mn t q2-2021]] đoàn viên; tổ chức Tháng Công nhân ở 100% CĐCS. Hội nghị cũng thông qua quy chế phối hợp giữa LĐLĐ tỉnh với Sở Nội vụ.

HOÀI THU

Chia sẻ:  Facebook  Zalo
"""

AG07 = """Công đoàn ngành Y tế chi hơn [[2,6 tỷ|sf a y2023 b=o s=Công đoàn ngành Y tế n=rounded headline repeat of 2,64 tỷ (rule 1)]] đồng chăm lo đoàn viên năm 2023

19/01/2024 15:30

TTH.VN - Chiều 18/1, Công đoàn ngành Y tế Thừa Thiên Huế tổ chức hội nghị tổng kết hoạt động công đoàn năm 2023 và triển khai nhiệm vụ năm 2024.

Năm 2023, các cấp công đoàn trong ngành đã thăm hỏi, hỗ trợ, tặng quà cho [[3.870|ben a y2023 s=Công đoàn ngành Y tế n=sector union: province from its name, scope the sector (rule 10)]] lượt đoàn viên, người lao động với tổng kinh phí [[2,64 tỷ|sf a y2023 s=Công đoàn ngành Y tế]] đồng, tăng 12% so với năm 2022. Trong đó, dịp Tết Quý Mão 2023 trao [[1.640|ben a y2023 s=Công đoàn ngành Y tế n=Tết part of the year total: a time part, not a scope; Tết year]] suất quà, trị giá [[985 triệu|sf a y2023 s=Công đoàn ngành Y tế]] đồng; Tháng Công nhân năm 2023, [[42/42|wmu a mo2023-05 s=Công đoàn ngành Y tế n=x/y -> x (rule 3)]] CĐCS trực thuộc tổ chức các hoạt động hưởng ứng, thăm hỏi [[310|ben a mo2023-05 s=Công đoàn ngành Y tế]] đoàn viên có hoàn cảnh khó khăn. Cũng trong năm 2023, Công đoàn ngành đã hỗ trợ [[120 triệu|shf a y2023 s=Công đoàn ngành Y tế]] đồng xây dựng [[2|sh a y2023 s=Công đoàn ngành Y tế]] nhà "Mái ấm Công đoàn" cho đoàn viên tại Bệnh viện đa khoa huyện Phong Điền và Trung tâm Y tế huyện A Lưới.

Toàn ngành hiện có [[42|ut a pub s=Công đoàn ngành Y tế]] CĐCS với [[7.915|mt a pub s=Công đoàn ngành Y tế]] đoàn viên; năm 2023 kết nạp mới [[268|mn a y2023 s=Công đoàn ngành Y tế]] đoàn viên, vượt [[34%|mn p y2023 v=134 s=Công đoàn ngành Y tế n=vượt 34% chỉ tiêu -> 134 (rule 3)]] chỉ tiêu. [[41/42|oc a y2023 s=Công đoàn ngành Y tế]] đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; 100% đơn vị ban hành quy chế dân chủ ở cơ sở. Công đoàn ngành tổ chức [[3|tr a y2023 s=Công đoàn ngành Y tế]] lớp tập huấn kỹ năng cho [[245|te a y2023 s=Công đoàn ngành Y tế]] cán bộ công đoàn cơ sở, phối hợp giám sát [[6|sv a y2023 s=Công đoàn ngành Y tế]] đơn vị về việc chi trả phụ cấp chống dịch cho nhân viên y tế.

Năm 2024, Công đoàn ngành Y tế phấn đấu kết nạp [[200|mn t y2024 s=Công đoàn ngành Y tế]] đoàn viên, xây dựng [[2|sh t y2024 s=Công đoàn ngành Y tế]] nhà Mái ấm Công đoàn; giới thiệu [[60|pr t y2024 s=Công đoàn ngành Y tế]] đoàn viên ưu tú cho Đảng.

Dịp này, 12 tập thể, 20 cá nhân được Công đoàn Y tế Việt Nam tặng bằng khen.

Bài, ảnh: PHƯƠNG ANH

Lượt xem: 1.248
"""

AG08 = """LĐLĐ thị xã Phú Mỹ: Năm 2020 hỗ trợ hơn [[5.000|ben a y2020 b=o s=thị xã Phú Mỹ n=rounded headline repeat of 5.120 (rule 1)]] lượt công nhân bị ảnh hưởng dịch Covid-19

Cập nhật: 14/01/2021, 09:12

BR-VT - Ngày 13/1, LĐLĐ thị xã Phú Mỹ tổ chức hội nghị tổng kết công tác công đoàn năm 2020, triển khai nhiệm vụ năm 2021.

Năm 2020, dù chịu tác động nặng nề của dịch Covid-19, LĐLĐ thị xã đã phát triển [[2.846|mn a y2020 s=thị xã Phú Mỹ n=town union: province Bà Rịa - Vũng Tàu from the site, scope the town (rule 10)]] đoàn viên, đạt [[113,8%|mn p y2020 s=thị xã Phú Mỹ]] kế hoạch, trong đó khu vực ngoài nhà nước [[2.610|mn a y2020 s=khu vực ngoài nhà nước]] đoàn viên; thành lập mới [[17|un a y2020 s=thị xã Phú Mỹ]] CĐCS. Tuy nhiên, do nhiều doanh nghiệp thu hẹp sản xuất, [[1.930|ml a y2020 s=thị xã Phú Mỹ]] đoàn viên đã giảm, [[6|ud a y2020 s=thị xã Phú Mỹ]] CĐCS giải thể. Hiện thị xã có [[214|ut a pub s=thị xã Phú Mỹ]] CĐCS với [[27.360|mt a pub s=thị xã Phú Mỹ]] đoàn viên.

Các cấp công đoàn đã hỗ trợ [[5.120|ben a y2020 s=thị xã Phú Mỹ]] lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 và dịp Tết Canh Tý với tổng số tiền hơn [[3,2 tỷ|sf a y2020 b=o s=thị xã Phú Mỹ]] đồng; bàn giao [[3|sh a y2020 s=thị xã Phú Mỹ]] nhà Mái ấm Công đoàn. [[118|wkc a y2020 s=thị xã Phú Mỹ]] doanh nghiệp tổ chức hội nghị người lao động, [[64|ca a y2020 s=thị xã Phú Mỹ]] doanh nghiệp ký kết thỏa ước lao động tập thể. LĐLĐ thị xã phối hợp kiểm tra việc thực hiện chế độ, chính sách tại [[22|sv a y2020 s=thị xã Phú Mỹ]] doanh nghiệp, phát hiện 9 doanh nghiệp nợ bảo hiểm xã hội với số tiền hơn 4 tỷ đồng.

Năm 2021, LĐLĐ thị xã phấn đấu phát triển [[2.500|mn t y2021 s=thị xã Phú Mỹ]] đoàn viên, thành lập [[15|un t y2021 s=thị xã Phú Mỹ]] CĐCS; 70% doanh nghiệp có công đoàn ký kết thỏa ước lao động tập thể.

QUANG VŨ

Bình luận (0)
"""

AG09 = """Công đoàn ngành Công Thương sơ kết 6 tháng đầu năm 2015

(THTG) Sáng 14/7, Công đoàn ngành Công Thương tỉnh Tiền Giang tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm 2015, triển khai phương hướng nhiệm vụ 6 tháng cuối năm.

Hiện nay, Công đoàn ngành quản lý [[58|ut a null s=Công đoàn ngành Công Thương n=stock, no publication date -> null..null (rule 7)]] CĐCS với trên [[19 ngàn|mt a null b=o s=Công đoàn ngành Công Thương n=ngàn multiplier (rule 3)]] đoàn viên, trong đó [[41|ut a null s=doanh nghiệp ngoài nhà nước n=breakdown of the stock (rule 6)]] CĐCS doanh nghiệp ngoài nhà nước. Trong 6 tháng, công đoàn ngành thành lập mới [[3|un a h1-2015 s=Công đoàn ngành Công Thương]] CĐCS, kết nạp [[1.046|mn a h1-2015 s=Công đoàn ngành Công Thương]] đoàn viên, đạt [[69,7%|mn p h1-2015 s=Công đoàn ngành Công Thương n=part-way attainment takes the reporting half-year]] chỉ tiêu cả năm ([[1.500|mn t y2015 s=Công đoàn ngành Công Thương n=chỉ tiêu cả năm -> full year (rule 8)]] đoàn viên). Có [[52|wkc a h1-2015 s=Công đoàn ngành Công Thương]] doanh nghiệp tổ chức hội nghị người lao động; [[9|ca a h1-2015 s=Công đoàn ngành Công Thương]] doanh nghiệp ký mới thỏa ước lao động tập thể; [[14|meal a h1-2015 s=Công đoàn ngành Công Thương]] doanh nghiệp điều chỉnh tăng tiền ăn giữa ca cho công nhân.

Thực hiện chương trình Tết sum vầy Ất Mùi 2015, công đoàn các cấp trong ngành trao [[2.380|ben a y2015 s=Công đoàn ngành Công Thương]] phần quà cho công nhân lao động với tổng trị giá khoảng [[1,2 tỷ|sf a y2015 b=a s=Công đoàn ngành Công Thương]] đồng, ngoài ra vận động doanh nghiệp hỗ trợ 26 chuyến xe đưa công nhân về quê. Trong Tháng Công nhân năm 2015, có [[55|wmu a mo2015-05 s=Công đoàn ngành Công Thương]] CĐCS tổ chức các hoạt động; ngành phối hợp tổ chức đối thoại giữa lãnh đạo doanh nghiệp và người lao động tại [[4|wd a mo2015-05 s=Công đoàn ngành Công Thương]] doanh nghiệp.

6 tháng cuối năm, Công đoàn ngành phấn đấu kết nạp [[500|mn t l6-2015 s=Công đoàn ngành Công Thương n=year-less phrase with no publication date -> the article's year 2015]] đoàn viên, thành lập [[2|un t l6-2015 s=Công đoàn ngành Công Thương]] CĐCS, tổ chức [[2|tr t l6-2015 s=Công đoàn ngành Công Thương]] lớp tập huấn cho cán bộ công đoàn cơ sở.

Ngọc Trâm

Ý kiến của bạn
Họ tên  Email
"""

AG10 = """LĐLĐ tỉnh tổng kết hoạt động công đoàn năm 2024

Thứ Sáu, 27/12/2024 - 10:40

(BKT) - Ngày 26/12, LĐLĐ tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 4 (mở rộng), khóa XII tổng kết hoạt động công đoàn năm 2024, triển khai nhiệm vụ năm 2025.

Năm qua, các cấp công đoàn tỉnh đã kết nạp [[2.085|mn a y2024 n=năm qua published in December -> that year (records.md)]] đoàn viên, đạt [[104,25%|mn p y2024]] kế hoạch; thành lập [[14|un a y2024]] CĐCS, đạt [[140%|un p y2024]] kế hoạch. Đến nay, toàn tỉnh có [[1.046|ut a pub]] CĐCS với [[36.912|mt a pub]] đoàn viên. LĐLĐ tỉnh đã ký kết [[6|wp a y2024]] thỏa thuận hợp tác với các doanh nghiệp, nâng tổng số đơn vị tham gia chương trình "Phúc lợi đoàn viên công đoàn" lên [[38|wp a pub n=stock of partners with nâng tổng số: welfare_partners dated at publication (rule 7)]]. Trong năm 2024, đã nhập bổ sung dữ liệu của [[5.870|rec a y2024]] đoàn viên lên phần mềm quản lý đoàn viên.

Công tác chăm lo đời sống đoàn viên được quan tâm. Dịp Tết Giáp Thìn 2024, các cấp công đoàn đã chăm lo cho [[12.460|ben a y2024]] đoàn viên, người lao động với tổng kinh phí trên [[6,8 tỷ|sf a y2024 b=o]] đồng; Tháng Công nhân năm 2024 có [[982|wmu a mo2024-05]] CĐCS tổ chức hoạt động. Trong năm, Quỹ Xã hội Công đoàn tỉnh đã hỗ trợ xây mới [[15|sh a y2024 n=trong năm published in December -> 2024]] nhà "Mái ấm Công đoàn", mỗi nhà 60 triệu đồng, tổng số tiền [[900 triệu|shf a y2024]] đồng. Các cấp công đoàn tổ chức [[12|tr a y2024]] lớp tập huấn cho [[860|te a y2024]] cán bộ công đoàn; tuyên truyền, phổ biến pháp luật cho [[6.540|te a y2024]] lượt đoàn viên, người lao động; tư vấn pháp luật cho [[214|lc a y2024]] lượt người lao động.

Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[2.000|mn t y2025]] đoàn viên, thành lập mới [[10|un t y2025]] CĐCS, ký kết thêm [[5|wp t y2025]] thỏa thuận hợp tác Phúc lợi đoàn viên; 100% CĐCS đủ điều kiện tổ chức hội nghị người lao động.

NGỌC ANH

Tin cùng chuyên mục
- Kon Plông: Trao 30 suất quà cho công nhân thủy điện
- Công đoàn ngành Giáo dục tổ chức giải cầu lông năm 2024
"""

ARTS = [
    ('ag06', 'https://baobinhdinh.vn/viewer.asp?a=238514&z=92',
     '2021-04-16', 'Bình Định', AG06),
    ('ag07', 'https://baothuathienhue.vn/xa-hoi/lao-dong-viec-lam/cong-doan-nganh-y-te-chi-hon-26-ty-dong-cham-lo-doan-vien-nam-2023-135870.html',
     '2024-01-19', 'Thừa Thiên Huế', AG07),
    ('ag08', 'https://baobariavungtau.com.vn/xa-hoi/202101/ldld-thi-xa-phu-my-nam-2020-ho-tro-hon-5000-luot-cong-nhan-bi-anh-huong-dich-covid-19-912640/',
     '2021-01-14', 'Bà Rịa - Vũng Tàu', AG08),
    ('ag09', 'http://www.thtg.vn/cong-doan-nganh-cong-thuong-so-ket-6-thang-dau-nam-2015/',
     None, 'Tiền Giang', AG09),
    ('ag10', 'https://baokontum.com.vn/xa-hoi/ldld-tinh-tong-ket-hoat-dong-cong-doan-nam-2024-38215.html',
     '2024-12-27', 'Kon Tum', AG10),
]
