"""aj01-aj05."""

AJ01 = """LĐLĐ tỉnh sơ kết công tác công đoàn 6 tháng đầu năm 2024

Thứ Năm, 18/07/2024 - 15:42

BBG - Ngày 17/7, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo.

Theo báo cáo, 6 tháng đầu năm 2024, các cấp công đoàn trong tỉnh đã kết nạp [[6.215|mn a h1-2024]] đoàn viên, thành lập [[41|un a h1-2024]] công đoàn cơ sở (CĐCS). Kết quả thực hiện một số chỉ tiêu chủ yếu như sau:

| Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so KH (%) |
|---|---|---|---|
| Kết nạp đoàn viên (người) | [[10.000|mn t y2024]] | [[6.215|mn a h1-2024]] | [[62,2|mn p h1-2024 pc=1 n=rule 4: a cell of the '(%)' column of a plan table is attainment; part-way attainment takes the reporting period (6 months), as in challenge21]] |
| Thành lập CĐCS (đơn vị) | [[60|un t y2024]] | [[41|un a h1-2024]] | [[68,3|un p h1-2024 pc=1]] |
| Giới thiệu đoàn viên ưu tú cho Đảng (người) | [[1.200|pr t y2024]] | [[734|pr a h1-2024]] | [[61,2|pr p h1-2024 pc=1]] |
| Doanh nghiệp tổ chức đối thoại tại nơi làm việc | [[350|wd t y2024]] | [[198|wd a h1-2024]] | [[56,6|wd p h1-2024 pc=1]] |
| Ký mới thỏa ước lao động tập thể (bản) | [[80|ca t y2024]] | [[52|ca a h1-2024]] | [[65,0|ca p h1-2024 pc=1]] |

Bên cạnh đó, trong 6 tháng đầu năm, công đoàn các cấp đã thăm hỏi, hỗ trợ [[2.870|ben a h1-2024]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí trên [[3,1 tỷ|sf a h1-2024 b=o]] đồng; phối hợp tổ chức [[14|sv a h1-2024]] cuộc giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm ít nhất [[3.785|mn t h2-2024 b=o n=rule 4/5: phấn đấu ... ít nhất is a target with bound over; 6 tháng cuối năm 2024 named in the lead]] đoàn viên, hoàn thành chỉ tiêu cả năm. Dịp này, 12 tập thể, 20 cá nhân được nhận giấy khen của LĐLĐ tỉnh.

Thu Hương

Tin liên quan
- Công đoàn các KCN trao 200 suất quà cho công nhân
- Bắc Giang: 1.350 công nhân được khám sức khỏe miễn phí
"""

AJ02 = """Năm 2022, kết nạp hơn [[9.000|mn a y2022 b=o n=rule 1: headline rounding of the 9.133 total takes its period]] đoàn viên mới

THỨ BA, 10/01/2023 09:15:40

Năm 2022, các cấp công đoàn tỉnh Hải Dương kết nạp được [[9.133|mn a y2022]] đoàn viên, thành lập mới [[48|un a y2022]] công đoàn cơ sở (CĐCS).

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, dù nhiều doanh nghiệp còn khó khăn về đơn hàng, công tác phát triển đoàn viên vẫn được các công đoàn cấp trên cơ sở quan tâm chỉ đạo. Kết quả ở từng đơn vị như sau:

| TT | Đơn vị | Kết nạp đoàn viên (người) | Thành lập CĐCS |
| 1 | LĐLĐ thành phố Hải Dương | [[1.512|mn a y2022 s=LĐLĐ thành phố Hải Dương n=rule 6: a row of the district table is a breakdown with the row's body as scope]] | [[9|un a y2022 s=LĐLĐ thành phố Hải Dương]] |
| 2 | LĐLĐ thành phố Chí Linh | [[864|mn a y2022 s=LĐLĐ thành phố Chí Linh]] | [[5|un a y2022 s=LĐLĐ thành phố Chí Linh]] |
| 3 | LĐLĐ thị xã Kinh Môn | [[1.037|mn a y2022 s=LĐLĐ thị xã Kinh Môn]] | [[6|un a y2022 s=LĐLĐ thị xã Kinh Môn]] |
| 4 | LĐLĐ huyện Cẩm Giàng | [[1.420|mn a y2022 s=LĐLĐ huyện Cẩm Giàng]] | [[8|un a y2022 s=LĐLĐ huyện Cẩm Giàng]] |
| 5 | Công đoàn các KCN tỉnh | [[3.688|mn a y2022 s=Công đoàn các KCN tỉnh]] | [[17|un a y2022 s=Công đoàn các KCN tỉnh]] |
| 6 | Các công đoàn ngành, đơn vị còn lại | [[612|mn a y2022 s=Các công đoàn ngành, đơn vị còn lại]] | [[3|un a y2022 s=Các công đoàn ngành, đơn vị còn lại]] |
|  | Tổng cộng | [[9.133|mn a y2022 n=rule 6: the Tổng cộng row is the whole province, scope null]] | [[48|un a y2022]] |

Cũng trong năm, do doanh nghiệp giải thể, ngừng hoạt động, toàn tỉnh giải thể [[10|ud a y2022]] CĐCS, số đoàn viên giảm [[5.210|ml a y2022]] người. Hiện toàn tỉnh có [[1.286|ut a pub]] CĐCS với [[178.540|mt a pub]] đoàn viên.

Năm 2023, LĐLĐ tỉnh giao chỉ tiêu kết nạp [[8.000|mn t y2023]] đoàn viên, thành lập [[40|un t y2023]] CĐCS.

MINH NGỌC
"""

AJ03 = """Công đoàn ngành Giáo dục tổng kết năm học 2022-2023

Thứ Ba, 12/09/2023 - 10:20

(Baothanhhoa.vn) - Sáng 11/9, Công đoàn ngành Giáo dục Thanh Hóa tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024.

Hiện Công đoàn ngành có [[1.987|ut a pub s=Công đoàn ngành Giáo dục n=rule 7/10: sector union stock, region from the body's province, scope the sector union]] CĐCS với [[61.420|mt a pub s=Công đoàn ngành Giáo dục]] đoàn viên. Năm học qua, các cấp công đoàn trong ngành đã phối hợp với chuyên môn tổ chức tốt hội nghị viên chức, chăm lo đời sống cho nhà giáo, người lao động. So sánh một số kết quả qua 2 năm học:

Nội dung\tNăm học 2021-2022\tNăm học 2022-2023
Đơn vị tổ chức hội nghị viên chức\t[[1.952|oc a sy2021 s=Công đoàn ngành Giáo dục n=rule 8: a column per school year, each cell takes its column's năm học]]\t[[1.979|oc a sy2022 s=Công đoàn ngành Giáo dục]]
Lượt đoàn viên được thăm hỏi, trợ cấp\t[[3.406|ben a sy2021 s=Công đoàn ngành Giáo dục]]\t[[4.118|ben a sy2022 s=Công đoàn ngành Giáo dục]]
Kinh phí thăm hỏi, trợ cấp (triệu đồng)\t[[2.540|sf a sy2021 v=2540000000 s=Công đoàn ngành Giáo dục n=rule 3: the unit 'triệu đồng' is in the row label, value resolved to đồng]]\t[[3.275|sf a sy2022 v=3275000000 s=Công đoàn ngành Giáo dục]]
Nhà "Mái ấm Công đoàn" xây mới, sửa chữa\t[[11|sh a sy2021 s=Công đoàn ngành Giáo dục]]\t[[14|sh a sy2022 s=Công đoàn ngành Giáo dục]]
Kinh phí hỗ trợ Mái ấm (triệu đồng)\t[[660|shf a sy2021 v=660000000 s=Công đoàn ngành Giáo dục]]\t[[840|shf a sy2022 v=840000000 s=Công đoàn ngành Giáo dục]]

Mức hỗ trợ mỗi nhà Mái ấm Công đoàn là 60 triệu đồng. Dịp này, Công đoàn ngành tuyên dương 45 nhà giáo tiêu biểu.

Năm học 2023-2024, Công đoàn ngành phấn đấu 100% đơn vị tổ chức hội nghị viên chức đúng quy định; xây mới, sửa chữa ít nhất [[15|sh t sy2023 b=o s=Công đoàn ngành Giáo dục]] nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.

Lê Hà

Lượt xem: 1.284
"""

AJ04 = """Công đoàn các KCN Bình Dương: Đối thoại, thương lượng tăng so với cùng kỳ

Cập nhật: 25/07/2024 08:30

(BDO) Theo Công đoàn các khu công nghiệp (KCN) tỉnh, 6 tháng đầu năm 2024, công tác đại diện, bảo vệ quyền và lợi ích hợp pháp của đoàn viên, người lao động tiếp tục được chú trọng. So với cùng kỳ năm trước, kết quả như sau:

| Nội dung | 6 tháng 2023 | 6 tháng 2024 | Tăng/giảm |
| Doanh nghiệp tổ chức hội nghị người lao động | [[412|wkc a h1-2023 s=Công đoàn các KCN n=rule 8: the period column 6 tháng 2023 gives the first half of 2023]] | [[468|wkc a h1-2024 s=Công đoàn các KCN]] | +56 |
| Doanh nghiệp tổ chức đối thoại định kỳ | [[305|wd a h1-2023 s=Công đoàn các KCN]] | [[371|wd a h1-2024 s=Công đoàn các KCN]] | +66 |
| TƯLĐTT ký mới, ký lại | [[96|ca a h1-2023 s=Công đoàn các KCN]] | [[118|ca a h1-2024 s=Công đoàn các KCN]] | +22 |
| Doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca | [[74|meal a h1-2023 s=Công đoàn các KCN]] | [[63|meal a h1-2024 s=Công đoàn các KCN]] | -11 |
| Lượt công nhân được tư vấn pháp luật | [[2.140|lc a h1-2023 s=Công đoàn các KCN]] | [[2.655|lc a h1-2024 s=Công đoàn các KCN]] | +515 |

Theo ông Trần Văn Lộc, Phó Chủ tịch Công đoàn các KCN tỉnh, số doanh nghiệp điều chỉnh bữa ăn ca giảm do nhiều đơn vị đã nâng mức từ 25.000 đồng/suất trở lên trong năm trước. Hiện Công đoàn các KCN tỉnh quản lý [[1.034|ut a pub s=Công đoàn các KCN]] CĐCS với hơn [[412.000|mt a pub b=o s=Công đoàn các KCN]] đoàn viên.

Đường dây nóng của Công đoàn các KCN: 0274.3822.145.

NGỌC THANH
"""

AJ05 = """LĐLĐ tỉnh triển khai nhiệm vụ năm 2025

08/01/2025 16:05

(BNĐ) - Chiều 7/1, Liên đoàn Lao động (LĐLĐ) tỉnh Nam Định tổ chức hội nghị tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, các cấp công đoàn trong tỉnh đã bám sát nghị quyết đại hội, hoàn thành và vượt các chỉ tiêu được giao. Kết quả cụ thể như sau:

- Kết nạp mới: [[4.806|mn a y2024]] đoàn viên, đạt [[120,2%|mn p y2024]] kế hoạch;
- Thành lập mới: [[27|un a y2024]] CĐCS;
- Giới thiệu [[512|pr a y2024]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[276|pa a y2024 n=rule 6/9: the admitted part of the referrals is party_admitted]] đồng chí đã được kết nạp;
- Hỗ trợ xây mới, sửa chữa [[19|sh a y2024]] nhà Mái ấm Công đoàn với số tiền [[950 triệu|shf a y2024]] đồng (50 triệu đồng/nhà);
- Phối hợp kiểm tra, giám sát [[36|sv a y2024]] doanh nghiệp về thực hiện chính sách cho người lao động.

Chỉ tiêu năm 2025:
1. Kết nạp [[4.000|mn t y2025 n=rule 8: items under the heading Chỉ tiêu năm 2025 take that year]] đoàn viên, thành lập [[20|un t y2025 b=o n=rule 5: '20 CĐCS trở lên' after the counted noun is bound over]] CĐCS trở lên;
2. 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định;
3. Giới thiệu ít nhất [[450|pr t y2025 b=o]] đoàn viên ưu tú cho Đảng;
4. Phối hợp tổ chức [[30|sv t y2025]] cuộc giám sát, kiểm tra tại doanh nghiệp;
5. Mỗi công đoàn cấp trên cơ sở có ít nhất 1 mô hình điểm về đối thoại tại nơi làm việc.

Tại hội nghị, 15 tập thể và 22 cá nhân được tặng bằng khen của Tổng LĐLĐ Việt Nam.

Thanh Tâm

Số lần đọc: 2.106
"""

ARTS = [
    ('aj01', 'https://baobacgiang.vn/bg/lao-dong-viec-lam/450713/ldld-tinh-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2024.html', '2024-07-18', 'Bắc Giang', AJ01),
    ('aj02', 'https://baohaiduong.vn/lao-dong-viec-lam/nam-2022-ket-nap-hon-9-000-doan-vien-moi-223415', '2023-01-10', 'Hải Dương', AJ02),
    ('aj03', 'https://baothanhhoa.vn/giao-duc/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2022-2023-193451.htm', '2023-09-12', 'Thanh Hóa', AJ03),
    ('aj04', 'https://baobinhduong.vn/cong-doan-cac-kcn-doi-thoai-thuong-luong-tang-so-voi-cung-ky-a330512.html', '2024-07-25', 'Bình Dương', AJ04),
    ('aj05', 'https://baonamdinh.vn/xa-hoi/202501/ldld-tinh-trien-khai-nhiem-vu-nam-2025-2c1a7f0/', '2025-01-08', 'Nam Định', AJ05),
]
