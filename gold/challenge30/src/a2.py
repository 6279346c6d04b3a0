"""aj06-aj10."""

S6 = 's=LĐLĐ thị xã Điện Bàn'
AJ06 = """LĐLĐ thị xã Điện Bàn tổng kết hoạt động công đoàn năm 2019

Trang chủ > Tin tức - Sự kiện > Hoạt động công đoàn cơ sở

Vừa qua, Liên đoàn Lao động thị xã Điện Bàn tổ chức hội nghị tổng kết hoạt động công đoàn năm 2019 và triển khai phương hướng, nhiệm vụ năm 2020. Tham dự có đồng chí Phó Chủ tịch LĐLĐ tỉnh Quảng Nam và 120 đại biểu là cán bộ công đoàn chủ chốt.

Năm 2019, trong điều kiện số doanh nghiệp trên địa bàn tăng nhanh, LĐLĐ thị xã đã tập trung phát triển đoàn viên, thành lập CĐCS ở khu vực ngoài nhà nước. Kết quả cụ thể như sau:
- Thành lập mới: [[18|un a y2019 """ + S6 + """ n=rule 10: district body gives its province with the body as scope; undated page, period from 'năm 2019']] CĐCS, kết nạp [[1.245|mn a y2019 """ + S6 + """]] đoàn viên (trong đó khu vực ngoài nhà nước [[1.102|mn a y2019 s=khu vực ngoài nhà nước n=rule 6: parenthetical breakdown]] đoàn viên);
- Tập huấn: [[6|tr a y2019 """ + S6 + """]] lớp cho [[540|te a y2019 """ + S6 + """]] lượt cán bộ công đoàn;
- Thăm hỏi, tặng quà: [[3.120|ben a y2019 """ + S6 + """]] lượt đoàn viên, người lao động;
- Tổng kinh phí chăm lo: [[1,86 tỷ|sf a y2019 """ + S6 + """]] đồng;
- Hội nghị người lao động: [[96/104|wkc a y2019 """ + S6 + """ n=rule 3: x/y gives the enterprises that held it]] doanh nghiệp.

Hiện LĐLĐ thị xã quản lý [[212|ut a null """ + S6 + """ n=rule 7: stock on a page without publication date -> null period]] CĐCS với [[14.680|mt a null """ + S6 + """]] đoàn viên, trong đó 78% làm việc trong doanh nghiệp ngoài nhà nước.

Năm 2020, LĐLĐ thị xã phấn đấu kết nạp [[1.300|mn t y2020 """ + S6 + """]] đoàn viên, thành lập mới [[15|un t y2020 """ + S6 + """]] CĐCS.

Hội nghị đã khen thưởng 18 tập thể và 25 cá nhân có thành tích xuất sắc.

Văn Dũng - LĐLĐ Điện Bàn

Các tin khác:
- Công đoàn ngành Y tế tổ chức hội thao năm 2019 (18/12/2019)
- LĐLĐ huyện Núi Thành trao 20 suất quà Tết (16/12/2019)
"""

AJ07 = """Hơn [[600|wmu a mo2023-05 b=o v=600 n=rule 1: headline rounding of 612 takes the Workers' Month period]] CĐCS tổ chức Tháng Công nhân năm 2023

Thứ Hai, 05/06/2023 | 14:30

BKG - Liên đoàn Lao động (LĐLĐ) tỉnh Kiên Giang vừa tổng kết Tháng Công nhân năm 2023 với chủ đề "Đoàn viên công đoàn thi đua thực hiện văn hóa doanh nghiệp, phát triển bền vững".

Theo báo cáo, trong tháng, các cấp công đoàn đã tổ chức nhiều hoạt động thiết thực chăm lo cho đoàn viên, người lao động. Kết quả chính:

| Hoạt động | Đơn vị tính | Kết quả |
| CĐCS tổ chức các hoạt động Tháng Công nhân | CĐCS | [[612|wmu a mo2023-05 n=rule 8: 'trong tháng' refers to Tháng Công nhân 2023 -> May 2023]] |
| Đoàn viên, người lao động được thăm, tặng quà | suất | [[4.350|ben a mo2023-05 n=rule 9: gift packages count as beneficiaries]] |
| Kinh phí thăm, tặng quà | triệu đồng | [[1.740|sf a mo2023-05 v=1740000000 n=rule 3: unit column 'triệu đồng' resolves the cell to đồng]] |
| Doanh nghiệp tổ chức đối thoại | doanh nghiệp | [[85|wd a mo2023-05]] |
| Doanh nghiệp nâng giá trị bữa ăn ca | doanh nghiệp | [[27|meal a mo2023-05]] |
| Người lao động được tư vấn pháp luật | lượt | [[1.026|lc a mo2023-05]] |

Mỗi suất quà trị giá 400.000 đồng gồm tiền mặt và nhu yếu phẩm. Ngoài ra, Công đoàn các KCN tỉnh tổ chức hội thi "Nữ công nhân duyên dáng" với 320 thí sinh đến từ 26 doanh nghiệp.

Ông Nguyễn Văn Sơn, Chủ tịch LĐLĐ tỉnh, cho biết tổng kinh phí cho các hoạt động chăm lo trong Tháng Công nhân xấp xỉ [[1,74 tỷ|sf a mo2023-05 b=a]] đồng, chủ yếu từ nguồn tài chính công đoàn và vận động doanh nghiệp.

Hồng Nhung
"""

AJ08 = """Trao [[52|sh a y2021 n=rule 1: headline repeat of the year's total]] nhà Mái ấm Công đoàn năm 2021

20/12/2021 09:47

Năm 2021, Liên đoàn Lao động (LĐLĐ) tỉnh Hà Tĩnh hỗ trợ xây mới, sửa chữa [[52|sh a y2021]] nhà Mái ấm Công đoàn với tổng kinh phí [[2,3 tỷ|shf a y2021]] đồng cho đoàn viên khó khăn về nhà ở.

Nguồn kinh phí được trích từ Quỹ Xã hội Công đoàn tỉnh và vận động các doanh nghiệp, nhà hảo tâm. Mức hỗ trợ từ 40 đến 50 triệu đồng/nhà tùy theo xây mới hay sửa chữa. Số nhà và kinh phí theo từng đơn vị:

Đơn vị | Số nhà | Kinh phí hỗ trợ (triệu đồng)
LĐLĐ huyện Kỳ Anh | [[9|sh a y2021 s=LĐLĐ huyện Kỳ Anh]] | [[405|shf a y2021 v=405000000 s=LĐLĐ huyện Kỳ Anh n=rule 3: header unit triệu đồng]]
LĐLĐ huyện Cẩm Xuyên | [[8|sh a y2021 s=LĐLĐ huyện Cẩm Xuyên]] | [[360|shf a y2021 v=360000000 s=LĐLĐ huyện Cẩm Xuyên]]
LĐLĐ huyện Hương Khê | [[7|sh a y2021 s=LĐLĐ huyện Hương Khê]] | [[315|shf a y2021 v=315000000 s=LĐLĐ huyện Hương Khê]]
LĐLĐ thị xã Hồng Lĩnh | [[4|sh a y2021 s=LĐLĐ thị xã Hồng Lĩnh]] | [[160|shf a y2021 v=160000000 s=LĐLĐ thị xã Hồng Lĩnh]]
Công đoàn ngành Giáo dục | [[15|sh a y2021 s=Công đoàn ngành Giáo dục]] | [[690|shf a y2021 v=690000000 s=Công đoàn ngành Giáo dục]]
Các đơn vị khác | [[9|sh a y2021 s=Các đơn vị khác]] | [[370|shf a y2021 v=370000000 s=Các đơn vị khác]]
Tổng cộng | [[52|sh a y2021]] | [[2.300|shf a y2021 v=2300000000]]

Những ngôi nhà được xây dựng theo mẫu thống nhất, diện tích tối thiểu 40 m2, hoàn thành trước Tết Nguyên đán. Theo ông Trần Văn Hoa, Trưởng Ban Chính sách - Pháp luật LĐLĐ tỉnh, phần lớn đoàn viên được hỗ trợ là giáo viên mầm non, công nhân các doanh nghiệp tại KKT Vũng Áng.

Từ năm 2016 đến nay, LĐLĐ tỉnh đã hỗ trợ tổng cộng [[318|sh a 2016-01-01..2021-12-20 n=rule 8/records.md: 'từ năm 2016 đến nay' runs to publication]] nhà Mái ấm Công đoàn.

Thiên Vỹ

Tin liên quan
- Hà Tĩnh: Hơn 1.200 đoàn viên được hỗ trợ trong dịp Tết
- Trao 5 nhà Mái ấm Công đoàn tại huyện Thạch Hà
"""

AJ09 = """Công đoàn chăm lo Tết Giáp Thìn 2024 cho hơn [[45.000|ben a y2024 b=o n=rule 1: headline rounding of 45.355; Tết figures take the Tết year]] đoàn viên, người lao động

05/02/2024 - 07:12

(BLA) - Tết Nguyên đán Giáp Thìn 2024, công đoàn các cấp tỉnh Long An đã thăm, tặng [[45.355|ben a y2024]] suất quà cho đoàn viên, người lao động với tổng kinh phí gần [[22,7 tỷ|sf a y2024 b=u]] đồng.

Theo Liên đoàn Lao động tỉnh, mỗi suất quà trị giá từ 500.000 đến 1.000.000 đồng. Kết quả theo từng cấp công đoàn:

| Cấp thực hiện | Số suất quà | Số tiền (đồng) |
| Công đoàn cấp tỉnh | [[6.500|ben a y2024 s=Công đoàn cấp tỉnh]] | [[3.250.000.000|sf a y2024 s=Công đoàn cấp tỉnh]] |
| Công đoàn cấp trên cơ sở | [[12.840|ben a y2024 s=Công đoàn cấp trên cơ sở]] | [[5.136.000.000|sf a y2024 s=Công đoàn cấp trên cơ sở]] |
| Công đoàn cơ sở | [[26.015|ben a y2024 s=Công đoàn cơ sở]] | [[14.308.250.000|sf a y2024 s=Công đoàn cơ sở]] |
| Tổng cộng | [[45.355|ben a y2024]] | [[22.694.250.000|sf a y2024]] |

Ông Lê Văn Phước, Chủ tịch LĐLĐ tỉnh, cho biết năm nay số suất quà tăng hơn 4.000 suất so với Tết Quý Mão 2023, trong đó ưu tiên công nhân bị giảm giờ làm, mất việc làm và đoàn viên có hoàn cảnh đặc biệt khó khăn. Riêng dịp Tết Giáp Thìn, Công đoàn các KCN tỉnh đã trao [[9.870|ben a y2024 s=Công đoàn các KCN tỉnh n=rule 6: breakdown by body in the prose, besides the table's levels]] suất quà cho công nhân tại 14 khu công nghiệp.

Bên cạnh đó, chương trình "Chợ Tết Công đoàn" đã phát 3.000 phiếu mua hàng 0 đồng cho công nhân lao động tại các KCN; LĐLĐ tỉnh phối hợp tổ chức 15 chuyến xe đưa công nhân về quê đón Tết.

Quốc Thanh

Bình luận (0)
"""

AJ10 = """9 tháng năm 2025, kết nạp hơn [[8.300|mn a f9-2025 b=o v=8300 n=rule 1: headline rounding of the 8.333 total]] đoàn viên công đoàn

Thứ Hai, 20/10/2025 - 16:08

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Phú Thọ, 9 tháng năm 2025, toàn tỉnh kết nạp [[8.333|mn a f9-2025]] đoàn viên, thành lập [[42|un a f9-2025]] CĐCS. Chỉ tiêu năm 2025 của tỉnh sau hợp nhất là kết nạp [[10.600|mn t y2025]] đoàn viên.

Do hợp nhất từ ngày 1/7/2025, số liệu được tổng hợp theo khu vực như sau:

| Khu vực | Kết nạp đoàn viên | % chỉ tiêu năm | Thành lập CĐCS |
| Phú Thọ (cũ) | [[3.215|mn a f9-2025 s=Phú Thọ (cũ) n=post-merger rule (challenge21 l23): a row of a former province gives that province as region, the row label as scope]] | [[80,4|mn p f9-2025 pc=1 s=Phú Thọ (cũ)]] | [[14|un a f9-2025 s=Phú Thọ (cũ)]] |
| Vĩnh Phúc (cũ) | [[3.960|mn a f9-2025 r=Vĩnh Phúc s=Vĩnh Phúc (cũ)]] | [[79,2|mn p f9-2025 pc=1 r=Vĩnh Phúc s=Vĩnh Phúc (cũ)]] | [[22|un a f9-2025 r=Vĩnh Phúc s=Vĩnh Phúc (cũ)]] |
| Hòa Bình (cũ) | [[1.158|mn a f9-2025 r=Hòa Bình s=Hòa Bình (cũ)]] | [[72,4|mn p f9-2025 pc=1 r=Hòa Bình s=Hòa Bình (cũ) n=rule 4: a % of the year target after 9 months is part-way attainment of the 9 months]] | [[6|un a f9-2025 r=Hòa Bình s=Hòa Bình (cũ)]] |
| Toàn tỉnh | [[8.333|mn a f9-2025]] | [[78,6|mn p f9-2025 pc=1]] | [[42|un a f9-2025]] |

Theo ông Nguyễn Minh Tuấn, Phó Chủ tịch LĐLĐ tỉnh, sau hợp nhất, LĐLĐ tỉnh đã kiện toàn bộ máy, sắp xếp các LĐLĐ cấp huyện cũ thành công đoàn khu vực, nên việc theo dõi số liệu theo khu vực tạm thời được duy trì đến hết năm. Khu vực Hòa Bình (cũ) có tỷ lệ thấp nhất do nhiều doanh nghiệp nhỏ, lao động phân tán. LĐLĐ tỉnh đề nghị các công đoàn cấp trên cơ sở rà soát doanh nghiệp từ 10 lao động trở lên chưa có tổ chức công đoàn.

Hiện toàn tỉnh có [[3.840|ut a pub]] CĐCS với hơn [[246.000|mt a pub b=o]] đoàn viên.

Thu Trang

Đường dây nóng: 0210.3846.222
"""

ARTS = [
    ('aj06', 'https://ldld.quangnam.gov.vn/tin-tuc-su-kien/ldld-thi-xa-dien-ban-tong-ket-hoat-dong-cong-doan-nam-2019-2341.html', None, 'Quảng Nam', AJ06),
    ('aj07', 'https://baokiengiang.vn/lao-dong-viec-lam/hon-600-cdcs-to-chuc-thang-cong-nhan-nam-2023-24812.html', '2023-06-05', 'Kiên Giang', AJ07),
    ('aj08', 'https://baohatinh.vn/lao-dong-viec-lam/trao-52-nha-mai-am-cong-doan-nam-2021/223190.htm', '2021-12-20', 'Hà Tĩnh', AJ08),
    ('aj09', 'https://baolongan.vn/cong-doan-cham-lo-tet-giap-thin-2024-cho-hon-45-000-doan-vien-nguoi-lao-dong-a168231.html', '2024-02-05', 'Long An', AJ09),
    ('aj10', 'https://baophutho.vn/9-thang-nam-2025-ket-nap-hon-8-300-doan-vien-cong-doan-241588.htm', '2025-10-20', 'Phú Thọ', AJ10),
]
