"""ad11-ad14: 2023-2025 articles that mention an upcoming merger; ad15: Tết 2026 in a ward of khu vực Phú Yên (cũ)."""

AD11 = '''Bắc Kạn phát động Tháng Công nhân năm 2025

Thứ Hai, 28/04/2025, 16:45

BBK - Sáng 28/4, LĐLĐ tỉnh Bắc Kạn tổ chức lễ phát động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2025. Chủ tịch LĐLĐ tỉnh cho biết, đây là Tháng Công nhân cuối cùng LĐLĐ tỉnh Bắc Kạn tổ chức trước khi hợp nhất với LĐLĐ tỉnh Thái Nguyên theo chủ trương sắp xếp đơn vị hành chính cấp tỉnh.

Theo kế hoạch, Tháng Công nhân năm 2025 sẽ có [[312|wmu t mo2025-05 n=planned ('Theo kế hoạch ... sẽ') -> target; Workers' Month -> May (challenge21 README); region Bắc Kạn, region_2025 Thái Nguyên]] CĐCS tổ chức các hoạt động; các cấp công đoàn phấn đấu thăm, tặng quà cho [[2.500|ben t mo2025-05]] đoàn viên, người lao động có hoàn cảnh khó khăn và tổ chức đối thoại tại [[20|wd t mo2025-05]] cơ quan, đơn vị, doanh nghiệp.

Đoàn viên công đoàn tham gia diễu hành hưởng ứng Tháng Công nhân. Ảnh: Ngọc Tú

Tháng Công nhân năm 2024, toàn tỉnh có [[298|wmu a mo2024-05]] CĐCS tổ chức các hoạt động, thăm, tặng quà [[2.340|ben a mo2024-05]] đoàn viên với tổng kinh phí [[1,18 tỷ|sf a mo2024-05]] đồng.

Quý I/2025, LĐLĐ tỉnh kết nạp [[412|mn a q1-2025]] đoàn viên, thành lập [[3|un a q1-2025]] CĐCS. Hiện toàn tỉnh có [[742|ut a pub]] CĐCS với [[24.350|mt a pub n=stock -> publication date; the body before the merger: region Bắc Kạn -> Thái Nguyên]] đoàn viên. Trước khi hợp nhất, LĐLĐ tỉnh đang hoàn thiện hồ sơ bàn giao toàn bộ 8 LĐLĐ huyện, thành phố và 2 công đoàn ngành.

Ngọc Tú
Số lần đọc: 1.036
'''

AD12 = '''Công đoàn Hải Dương: 6 tháng đầu năm kết nạp [[5.130|mn a h1-2025 n=headline repeat; a year-less period takes the publication year (records.md)]] đoàn viên

Thứ Sáu, 20/06/2025 - 14:10

(BHD) - Chiều 19/6, LĐLĐ tỉnh Hải Dương tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2025. Đây là hội nghị sơ kết cuối cùng của LĐLĐ tỉnh trước khi hợp nhất với LĐLĐ thành phố Hải Phòng từ ngày 1/7/2025.

Theo báo cáo, 6 tháng đầu năm 2025, các cấp công đoàn trong tỉnh kết nạp [[5.130|mn a h1-2025]] đoàn viên, đạt [[57%|mn p h1-2025 n=part-way attainment takes the reporting period]] kế hoạch năm ([[9.000|mn t y2025 n=the year plan named in the parenthesis -> target of the full year (gold README 4, 8)]] đoàn viên); thành lập [[24|un a h1-2025]] CĐCS. Riêng Công đoàn các KCN tỉnh kết nạp [[3.015|mn a h1-2025 s=Công đoàn các KCN]] đoàn viên.

Công tác tuyên truyền, tập huấn được quan tâm với [[26|tr a h1-2025]] lớp tập huấn cho [[2.180|te a h1-2025]] lượt cán bộ công đoàn cơ sở. Các cấp công đoàn hướng dẫn, hỗ trợ ký mới [[31|ca a h1-2025]] bản thỏa ước lao động tập thể; phối hợp kiểm tra, giám sát việc thực hiện pháp luật lao động tại [[64|sv a h1-2025]] doanh nghiệp. Ủy ban Kiểm tra các cấp kiểm tra tài chính [[47|fi a h1-2025]] CĐCS.

Hiện LĐLĐ tỉnh quản lý [[1.876|ut a pub]] CĐCS với [[186.420|mt a pub n=stock 'Hiện ... quản lý' -> publication date; region Hải Dương, region_2025 Hải Phòng]] đoàn viên; toàn bộ sẽ được bàn giao nguyên trạng về LĐLĐ thành phố Hải Phòng (mới).

Phát biểu chỉ đạo, Phó Bí thư Tỉnh ủy đề nghị các cấp công đoàn bảo đảm hoạt động thông suốt, không để gián đoạn việc chăm lo cho khoảng 560.000 công nhân, lao động trong giai đoạn chuyển tiếp.

Tin liên quan
Hải Phòng: 1.200 suất quà cho công nhân nhân dịp 1/5
'''

AD13 = '''Hà Nam: Chủ động kiện toàn tổ chức công đoàn khi sắp xếp đơn vị hành chính cấp xã

Thứ Sáu, 24/11/2023 | 08:20 GMT+7

Thực hiện đề án sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023-2025, dự kiến tỉnh Hà Nam sẽ giảm 12 xã, phường, thị trấn. LĐLĐ tỉnh đã chỉ đạo các LĐLĐ huyện, thị xã, thành phố rà soát tổ chức công đoàn tại các đơn vị thuộc diện sắp xếp.

Theo kết quả rà soát, CĐCS cơ quan xã, phường thuộc diện sắp xếp hiện có [[24|ut a pub s=CĐCS cơ quan xã, phường thuộc diện sắp xếp n=stock of a part of the province -> scope; dated at publication (records.md)]] CĐCS với [[410|mt a pub s=CĐCS cơ quan xã, phường thuộc diện sắp xếp]] đoàn viên. LĐLĐ tỉnh yêu cầu việc hợp nhất công đoàn phải hoàn thành trong 30 ngày kể từ khi nghị quyết có hiệu lực.

Cùng với đó, từ đầu năm đến nay, LĐLĐ tỉnh Hà Nam kết nạp [[3.760|mn a 2023-01-01..2023-11-24 n='từ đầu năm đến nay' -> to publication (records.md); region Hà Nam, region_2025 Ninh Bình]] đoàn viên, thành lập [[15|un a 2023-01-01..2023-11-24]] CĐCS; trao [[12|sh a 2023-01-01..2023-11-24]] "Mái ấm Công đoàn" trị giá [[600 triệu|shf a 2023-01-01..2023-11-24]] đồng. Có [[318/325|oc a 2023-01-01..2023-11-24 v=318]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức.

Năm 2024, LĐLĐ tỉnh phấn đấu kết nạp [[4.000|mn t y2024]] đoàn viên, thành lập ít nhất [[20|un t y2024 b=o]] CĐCS.

Thu Trang
Chia sẻ: Facebook | Zalo | Email
'''

AD14 = '''Kon Tum: Quý I kết nạp [[486|mn a q1-2025 n=headline repeat: the body's period]] đoàn viên

Thứ Ba, 15/04/2025, 10:02

(BKT) - LĐLĐ tỉnh Kon Tum vừa tổ chức hội nghị sơ kết quý I/2025. Quý I/2025, các cấp công đoàn trong tỉnh kết nạp [[486|mn a q1-2025]] đoàn viên, thành lập [[4|un a q1-2025]] CĐCS; chăm lo Tết Ất Tỵ 2025 cho [[14.280|ben a y2025 n=Tết figures take the Tết year (challenge21 README)]] đoàn viên, người lao động với tổng kinh phí [[9,7 tỷ|sf a y2025]] đồng. Trong quý, các cấp công đoàn phối hợp tổ chức đối thoại tại [[38|wd a q1-2025 n='Trong quý' -> the quarter named before (quý I/2025), not the Tết year]] cơ quan, đơn vị.

Theo chủ trương hợp nhất tỉnh Kon Tum với tỉnh Quảng Ngãi, LĐLĐ tỉnh đã rà soát, thống kê toàn bộ tổ chức, cán bộ, tài chính để chuẩn bị bàn giao. Hiện toàn tỉnh có [[986|ut a pub]] CĐCS với [[41.230|mt a pub n=stock -> publication date; region Kon Tum, region_2025 Quảng Ngãi]] đoàn viên.

Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[2.000|mn t y2025]] đoàn viên, thành lập [[15|un t y2025]] CĐCS.

Y Nhi
'''

AD15 = '''Trao [[600|ben a y2026 n=headline repeat of the body's gifts: the body's period (Xuân Bính Ngọ 2026)]] suất quà Tết cho công nhân tại phường Tuy Hòa

Thứ Sáu, 06/02/2026 - 09:40

(DLO) - Ngày 5/2, LĐLĐ tỉnh Đắk Lắk phối hợp với Công đoàn phường Tuy Hòa tổ chức chương trình "Tết Sum vầy - Xuân Bính Ngọ 2026", trao [[600|ben a y2026 n=the provincial union reports it: region Đắk Lắk (the new province as the article names it), though the ward lies in khu vực Phú Yên (cũ)]] suất quà cho công nhân, người lao động có hoàn cảnh khó khăn, mỗi suất 800.000 đồng, tổng trị giá [[480 triệu|sf a y2026]] đồng.

Công nhân phấn khởi nhận quà Tết từ tổ chức công đoàn. Ảnh: Thúy Hằng

Tính đến ngày 5/2, các cấp công đoàn tỉnh Đắk Lắk đã chăm lo Tết cho [[61.350|ben a y2026 n='Tính đến ngày 5/2' is a date: the Tết year named before]] đoàn viên, người lao động với tổng kinh phí hơn [[52 tỷ|sf a y2026 b=o]] đồng; trong đó khu vực Phú Yên (cũ) [[23.870|ben a y2026 r=Phú Yên n=khu vực Phú Yên (cũ) -> region Phú Yên, region_2025 Đắk Lắk]] người, [[19,6 tỷ|sf a y2026 r=Phú Yên]] đồng. Từ nay đến Tết, các cấp công đoàn dự kiến chăm lo cho khoảng [[70.000|ben t y2026 b=a n='dự kiến' -> target of the Tết year]] đoàn viên.

Thúy Hằng
Bình luận (0)
'''

ARTS = [
    ('ad11', 'https://baobackan.vn/bac-kan-phat-dong-thang-cong-nhan-nam-2025-post71250.html', '2025-04-28', 'Bắc Kạn', AD11),
    ('ad12', 'https://baohaiduong.vn/cong-doan-hai-duong-6-thang-dau-nam-ket-nap-5130-doan-vien-412933.html', '2025-06-20', 'Hải Dương', AD12),
    ('ad13', 'https://baohanam.com.vn/xa-hoi/chu-dong-kien-toan-to-chuc-cong-doan-khi-sap-xep-don-vi-hanh-chinh-cap-xa-98122.html', '2023-11-24', 'Hà Nam', AD13),
    ('ad14', 'https://baokontum.com.vn/xa-hoi/quy-i-ket-nap-486-doan-vien-cong-doan-121905.html', '2025-04-15', 'Kon Tum', AD14),
    ('ad15', 'https://baodaklak.vn/xa-hoi/trao-600-suat-qua-tet-cho-cong-nhan-tai-phuong-tuy-hoa-9a02b51.html', '2026-02-06', 'Đắk Lắk', AD15),
]
