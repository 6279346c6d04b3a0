"""aj16-aj20."""

AJ16 = """Năm 2014, cả nước kết nạp hơn [[600.000|mn a y2014 b=o v=600000 n=rule 1: headline rounding of 612.715]] đoàn viên công đoàn

12/01/2015 | 06:45 AM

(LĐ) - Theo số liệu của Ban Tổ chức Tổng LĐLĐ Việt Nam, năm 2014 toàn hệ thống công đoàn kết nạp được [[612.715|mn a y2014]] đoàn viên, thành lập mới [[5.357|un a y2014]] công đoàn cơ sở (CĐCS). Kết quả theo khu vực như sau:

Khu vực\tĐoàn viên kết nạp mới\tCĐCS thành lập mới
Doanh nghiệp nhà nước\t[[48.230|mn a y2014 s=Doanh nghiệp nhà nước n=rule 6: a sector row is a breakdown with the row label as scope]]\t[[215|un a y2014 s=Doanh nghiệp nhà nước]]
Doanh nghiệp có vốn đầu tư nước ngoài\t[[362.415|mn a y2014 s=Doanh nghiệp có vốn đầu tư nước ngoài]]\t[[1.106|un a y2014 s=Doanh nghiệp có vốn đầu tư nước ngoài]]
Doanh nghiệp ngoài nhà nước\t[[174.880|mn a y2014 s=Doanh nghiệp ngoài nhà nước]]\t[[3.452|un a y2014 s=Doanh nghiệp ngoài nhà nước]]
Hành chính sự nghiệp\t[[27.190|mn a y2014 s=Hành chính sự nghiệp]]\t[[584|un a y2014 s=Hành chính sự nghiệp]]
Tổng\t[[612.715|mn a y2014]]\t[[5.357|un a y2014]]

Tuy nhiên, trong năm cũng giảm [[251.640|ml a y2014]] đoàn viên và giải thể [[2.918|ud a y2014]] CĐCS do doanh nghiệp phá sản, ngừng hoạt động. Như vậy, số đoàn viên tăng tuyệt đối [[361.075|mnet a y2014]] người, số CĐCS tăng tuyệt đối [[2.439|unet a y2014]] đơn vị.

Ông Nguyễn Văn Ngàng, Trưởng Ban Tổ chức Tổng LĐLĐ Việt Nam, cho biết khu vực doanh nghiệp có vốn đầu tư nước ngoài tiếp tục dẫn đầu về số đoàn viên kết nạp mới, chiếm gần 60% tổng số. Số CĐCS giải thể tập trung ở các doanh nghiệp nhỏ, siêu nhỏ, có dưới 10 lao động.

Hiện cả nước có hơn [[8,3 triệu|mt a pub b=o]] đoàn viên. Năm 2015, Tổng LĐLĐ Việt Nam đặt mục tiêu kết nạp [[700.000|mn t y2015]] đoàn viên, thành lập [[5.000|un t y2015]] CĐCS.

Hải Nguyên
"""

S17 = 's=Công đoàn các KCN'
AJ17 = """Công đoàn các KCN Thái Bình kết nạp [[1.820|mn a h1-2018 """ + S17 + """ n=rule 1: headline repeat of the table figure]] đoàn viên trong 6 tháng

Sáu tháng đầu năm 2018, Công đoàn các khu công nghiệp (KCN) tỉnh Thái Bình đã tập trung phát triển đoàn viên tại các doanh nghiệp mới đi vào hoạt động. Kết quả một số mặt công tác:

STT | Nội dung | ĐVT | Kết quả
1 | Kết nạp đoàn viên | người | [[1.820|mn a h1-2018 """ + S17 + """ n=KCN union: its province, scope the KCN union (rule 10); undated page, period from 'Sáu tháng đầu năm 2018']]
2 | Thành lập CĐCS | CĐCS | [[11|un a h1-2018 """ + S17 + """]]
3 | Doanh nghiệp tổ chức hội nghị người lao động | DN | [[64|wkc a h1-2018 """ + S17 + """]]
4 | Đối thoại định kỳ tại nơi làm việc | DN | [[58|wd a h1-2018 """ + S17 + """]]
5 | Thỏa ước lao động tập thể ký mới | bản | [[9|ca a h1-2018 """ + S17 + """]]
6 | Hỗ trợ công nhân khó khăn | lượt | [[410|ben a h1-2018 """ + S17 + """]]
7 | Kinh phí hỗ trợ | triệu đồng | [[356,5|sf a h1-2018 v=356500000 """ + S17 + """ n=rule 3: ĐVT triệu đồng resolves 356,5 to đồng]]

Hiện Công đoàn các KCN tỉnh có [[127|ut a null """ + S17 + """ n=rule 7: stock on an undated page -> null period]] CĐCS với [[38.960|mt a null """ + S17 + """]] đoàn viên, chiếm 92% tổng số lao động làm việc tại các KCN.

6 tháng cuối năm 2018, Công đoàn các KCN phấn đấu kết nạp [[1.500|mn t h2-2018 """ + S17 + """]] đoàn viên, thành lập [[8|un t h2-2018 """ + S17 + """]] CĐCS.

Theo congdoanthaibinh.org.vn

Các tin đã đưa:
- Trao 100 suất quà cho công nhân KCN Tiền Hải (12/06/2018)
- Hội thi an toàn vệ sinh lao động năm 2018 (05/06/2018)
"""

AJ18 = """LĐLĐ tỉnh Trà Vinh sơ kết 9 tháng đầu năm 2013

02/10/2013 - 14:36

TVO - Ngày 1/10, Liên đoàn Lao động tỉnh Trà Vinh tổ chức hội nghị sơ kết hoạt động công đoàn 9 tháng đầu năm 2013, triển khai nhiệm vụ quý IV.

9 tháng đầu năm 2013, công tác tuyên truyền, giáo dục pháp luật và chăm lo cho đoàn viên được các cấp công đoàn trong tỉnh chú trọng. Kết quả cụ thể như sau:
- Phối hợp tuyên truyền, phổ biến pháp luật cho [[9.870|te a f9-2013 n=rule 8: bullets under the heading take '9 tháng đầu năm 2013']] lượt đoàn viên, người lao động;
- Mở [[7|tr a f9-2013]] lớp tập huấn cho [[615|te a f9-2013]] cán bộ công đoàn cơ sở;
- Văn phòng tư vấn pháp luật tư vấn cho [[342|lc a f9-2013]] lượt người lao động;
- Thành lập [[14|wc a f9-2013]] Ban nữ công quần chúng;
- Thăm hỏi [[1.150|ben a f9-2013]] lượt đoàn viên ốm đau, khó khăn với số tiền khoảng [[470 triệu|sf a f9-2013 b=a]] đồng.

Quý IV/2013, LĐLĐ tỉnh phấn đấu thành lập thêm [[5|wc t q4-2013]] Ban nữ công quần chúng, tổ chức [[3|tr t q4-2013]] lớp tập huấn nghiệp vụ cho cán bộ công đoàn mới.

Tại hội nghị, LĐLĐ tỉnh đã trao 20 suất học bổng cho con đoàn viên, mỗi suất 1 triệu đồng.

Thạch Dân
"""

AJ19 = """LĐLĐ tỉnh triển khai nhiệm vụ năm 2026

Thứ Năm, 15/01/2026 - 09:30

(BLC) - Ngày 14/1, Liên đoàn Lao động (LĐLĐ) tỉnh Lào Cai tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên LĐLĐ tỉnh tổng kết sau khi hợp nhất LĐLĐ hai tỉnh Lào Cai và Yên Bái.

Một số kết quả chủ yếu năm 2025 so với năm 2024 (số liệu năm 2024 là tổng của hai tỉnh trước hợp nhất):

| Chỉ tiêu | Năm 2024 | Năm 2025 | So sánh (%) |
| Kết nạp đoàn viên | [[5.410|mn a y2024 n=post-merger: the 2024 column sums both former provinces, reported by the merged LĐLĐ -> region Lào Cai]] | [[6.032|mn a y2025]] | 111,5 |
| Thành lập CĐCS | [[38|un a y2024]] | [[45|un a y2025]] | 118,4 |
| Lượt đoàn viên được thăm hỏi, hỗ trợ | [[21.300|ben a y2024]] | [[24.870|ben a y2025]] | 116,8 |
| Kinh phí chăm lo (tỷ đồng) | [[12,4|sf a y2024 v=12400000000 n=rule 3: header unit tỷ đồng]] | [[15,06|sf a y2025 v=15060000000]] | 121,5 |
| Nhà Mái ấm Công đoàn | [[36|sh a y2024]] | [[41|sh a y2025]] | 113,9 |

Hiện toàn tỉnh có [[1.862|ut a pub]] CĐCS với gần [[79.500|mt a pub b=u]] đoàn viên.

Chỉ tiêu năm 2026:
1. Kết nạp [[6.500|mn t y2026]] đoàn viên; thành lập mới [[40|un t y2026]] CĐCS;
2. Xây dựng, sửa chữa [[45|sh t y2026]] nhà Mái ấm Công đoàn;
3. 100% CĐCS đủ điều kiện tổ chức hội nghị người lao động, hội nghị cán bộ, công chức, viên chức;
4. Ký kết ít nhất [[5|wp t y2026 b=o]] thỏa thuận hợp tác trong Chương trình "Phúc lợi đoàn viên công đoàn".

Hồng Duyên

Tin liên quan
- Lào Cai: 2.100 suất quà Tết Sum vầy cho công nhân
"""

S20 = 's=LĐLĐ huyện Lương Sơn'
AJ20 = """LĐLĐ huyện Lương Sơn: Kết quả hoạt động 6 tháng đầu năm 2020

Chuyên mục: Hoạt động công đoàn cấp huyện

Thực hiện chương trình công tác năm 2020, 6 tháng đầu năm, Liên đoàn Lao động huyện Lương Sơn đã chỉ đạo các công đoàn cơ sở vượt qua khó khăn do dịch Covid-19, duy trì hoạt động. Kết quả theo quý:

Nội dung\tQuý I/2020\tQuý II/2020\tCộng
Kết nạp đoàn viên\t[[215|mn a q1-2020 """ + S20 + """ n=rule 8: each quarter column takes its quarter, the Cộng column the half year]]\t[[342|mn a q2-2020 """ + S20 + """]]\t[[557|mn a h1-2020 """ + S20 + """]]
Thành lập CĐCS\t[[2|un a q1-2020 """ + S20 + """]]\t[[5|un a q2-2020 """ + S20 + """]]\t[[7|un a h1-2020 """ + S20 + """]]
Thành lập Ban nữ công quần chúng\t[[1|wc a q1-2020 """ + S20 + """]]\t[[3|wc a q2-2020 """ + S20 + """]]\t[[4|wc a h1-2020 """ + S20 + """]]
Giới thiệu đoàn viên ưu tú cho Đảng\t[[8|pr a q1-2020 """ + S20 + """]]\t[[14|pr a q2-2020 """ + S20 + """]]\t[[22|pr a h1-2020 """ + S20 + """]]
Hội nghị tập huấn\t\t[[2|tr a q2-2020 """ + S20 + """ n=empty Quý I cell gives no record]]\t[[2|tr a h1-2020 """ + S20 + """]]

Trong số đoàn viên ưu tú được giới thiệu, đã có [[9|pa a h1-2020 """ + S20 + """ n=rule 8: refers to the referrals of the half year (Cộng column) -> 6 months 2020]] đồng chí được kết nạp vào Đảng. Do ảnh hưởng của dịch, quý I chỉ tổ chức được hội nghị sơ kết trực tuyến với 45 điểm cầu.

Trong 6 tháng đầu năm 2020, các cấp công đoàn cũng đã thăm hỏi, hỗ trợ [[136|ben a h1-2020 """ + S20 + """]] lượt đoàn viên, người lao động bị giảm giờ làm, mất việc do dịch với tổng số tiền khoảng [[204,5 triệu|sf a h1-2020 b=a """ + S20 + """]] đồng; mức hỗ trợ 1,5 triệu đồng/người.

6 tháng cuối năm 2020, LĐLĐ huyện phấn đấu kết nạp thêm [[450|mn t h2-2020 """ + S20 + """]] đoàn viên, thành lập [[4|un t h2-2020 """ + S20 + """]] CĐCS.

LĐLĐ huyện Lương Sơn
"""

ARTS = [
    ('aj16', 'https://laodong.vn/cong-doan/nam-2014-ca-nuoc-ket-nap-hon-600000-doan-vien-cong-doan-312345.bld', '2015-01-12', 'Việt Nam', AJ16),
    ('aj17', 'https://congdoanthaibinh.org.vn/tin-tuc/cong-doan-cac-kcn-ket-nap-1820-doan-vien-trong-6-thang-2817', None, 'Thái Bình', AJ17),
    ('aj18', 'https://www.baotravinh.vn/lao-dong/ldld-tinh-tra-vinh-so-ket-9-thang-dau-nam-2013-12345.html', '2013-10-02', 'Trà Vinh', AJ18),
    ('aj19', 'https://baolaocai.vn/ldld-tinh-trien-khai-nhiem-vu-nam-2026-post412345.html', '2026-01-15', 'Lào Cai', AJ19),
    ('aj20', 'https://ldld.hoabinh.gov.vn/hoat-dong-cong-doan-cap-huyen/ldld-huyen-luong-son-ket-qua-hoat-dong-6-thang-dau-nam-2020-3562', None, 'Hòa Bình', AJ20),
]
