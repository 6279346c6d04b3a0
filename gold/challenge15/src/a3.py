ARTS = []

ARTS.append(('b09', 'http://baoapbac.vn/xa-hoi/201212/tien-giang-11-thang-ket-nap-doan-vien', '2012-12-18', 'Tiền Giang', """Báo Ấp Bắc - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang
Tiền Giang: 11 tháng, kết nạp gần [[5.000|mn a f11-2012 b=u n=rounded headline repeat of 4.962 (gold README 1)]] đoàn viên
Cập nhật lúc 07:30 18/12/2012
Theo LĐLĐ tỉnh Tiền Giang, trong 11 tháng năm 2012, các cấp Cong đoàn trong tỉnh đã kêt nạp [[4.962|mn a f11-2012 n=11 tháng năm 2012 -> Jan..Nov 2012]] đòan viên mới, đạt [[110,3%|mn p f11-2012 n=part-way attainment of the full-year target takes the reporting period]] chỉ tiêu cả năm ([[4.500|mn t y2012 n=chỉ tiêu cả năm -> full year (gold README 8)]] đoàn viên); thành lập [[27|un a f11-2012]] CĐCS, đạt [[90%|un p f11-2012]] chỉ tiêu (chỉ tiêu [[30|un t y2012]] CĐCS). Riêng Công đoàn các KCN Tiền Giang kết nạp [[3.180|mn a f11-2012 s=Công đoàn các KCN]] đoàn viên, chủ yếu tại KCN Tân Hương và KCN Mỹ Tho.
Công tác chăm lo được quan tâm: công đoàn thăm hỏi, trợ cấp [[l.156|ben a f11-2012 v=1156 n=OCR 'l.' for '1.' (records.md)]] lượt đoàn viên, lao đông khó khăn với số tiền [[486 triệu|sf a f11-2012]] đồng; xây dựng [[9|sh a f11-2012]] căn Mái ấm Công đoàn, mỗi căn 30 triệu đồng, tổng cộng [[270 triệu|shf a f11-2012]] đồng.
Văn phòng tư vấn pháp luật công đoàn đã tư vấn cho [[2.4 50|lc a f11-2012 v=2450 n=scraped space inside the number (records.md '1.5 60')]] lượt công nhân, chủ yếu về hợp đồng lao động, bảo hiểm xã hội. Có [[63|wd a f11-2012]] doanh nghiệp tổ chức đối thoại định kỳ giữa người sử dụng lao động và người lao động; [[41|ca a f11-2012]] bản thỏa ước lao động tập thể được ký mới, nhiều bản có điều khoản có lợi hơn cho người lao động.
Trong tháng 12/2012, LĐLĐ tỉnh phấn đấu kết nạp thêm [[500|mn t mo2012-12]] đoàn viên và chuẩn bị chu đáo cho Tết. Dịp Tết Quý Tỵ 2013, LĐLĐ tỉnh dự kiến tặng [[3.000|ben t y2013 n=dự kiến -> target; Tết Quý Tỵ 2013 -> 2013 (Tết-year convention)]] phần quà cho công nhân khó khăn, mỗi phần 300.000 đồng.
@@PAD@@P.V
"""))

ARTS.append(('b10', 'https://baokhanhhoa.vn/xa-hoi/202601/cong-doan-khanh-hoa-nam-2025', '2026-01-20', 'Khánh Hòa', """BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Công đoàn Khánh Hòa năm 2025: kết nạp [[13.406|mn a y2025 n=headline repeat of the body figure (gold README 1)]] đoàn viên
20/01/2026
Ngày 19/1, LĐLĐ tỉnh Khánh Hòa tổ chức hội nghị tổng kết công tác công đoàn năm 2025 - năm đặc biệt khi LĐLĐ tỉnh Khánh Hòa và LĐLĐ tỉnh Ninh Thuận hợp nhất từ ngày 1/7/2025.
1. Phát triển đoàn viên vượt chỉ tiêu
Cả năm 2025, các cấp công đoàn kết nạp [[13.406|mn a y2025]] đoàn viên, đạt [[111,7%|mn p y2025]] chỉ tiêu; trong đó khu vực Ninh Thuận (cũ) kết nạp [[3.912|mn a y2025 r=Ninh Thuận s=khu vực Ninh Thuận (cũ) n=former province named as a part -> its pre-merger region (challenge12 convention)]] đoàn viên. Riêng 6 tháng đầu năm, trước khi hợp nhất, LĐLĐ tỉnh Khánh Hòa (cũ) kết nạp [[5.240|mn a h1-2025 s=LĐLĐ tỉnh Khánh Hòa (cũ)]] đoàn viên.
Một số kết quả so với năm trước:
| Chỉ tiêu | Năm 2025 | Năm 2024 |
| Thành lập CĐCS | [[44|un a y2025]] | [[39|un a y2024 n=table column 'Năm 2024' contrast, an actual of 2024; region of the reporting body]] |
| Đối thoại tại nơi làm việc | [[896|wd a y2025]] | [[812|wd a y2024 n=table contrast column -> 2024]] |
| Thỏa ước lao động tập thể ký mới | [[175|ca a y2025]] | [[160|ca a y2024 n=table contrast column -> 2024]] |
Hiện LĐLĐ tỉnh quản lý [[2.468|ut a pub]] CĐCS với hơn [[212.000|mt a pub b=o]] đoàn viên, đứng thứ 4 trong 34 tỉnh, thành phố về số đoàn viên khu vực doanh nghiệp.
2. Chăm lo cho đoàn viên
Năm 2025, tổng kinh phí chăm lo hơn [[102 tỷ|sf a y2025 b=o]] đồng cho [[184.500|ben a y2025]] lượt đoàn viên, người lao động. Chương trình "Tết Sum vầy" Tết Ất Tỵ 2025 tặng vé xe miễn phí cho [[1.450|ben a y2025 s=Chương trình Tết Sum vầy n=free tickets -> beneficiaries; Tết-year convention]] công nhân về quê bằng 36 chuyến xe. Các cấp công đoàn xây mới, sửa chữa [[25|sh a y2025]] Mái ấm Công đoàn với kinh phí [[1,5 tỷ|shf a y2025]] đồng (60 triệu đồng/căn) và ký [[14|wp a y2025]] thỏa thuận hợp tác trong Chương trình "Phúc lợi đoàn viên công đoàn".
3. Nhiệm vụ năm 2026
Năm 2026, LĐLĐ tỉnh phấn đấu:
- Kết nạp [[12.000|mn t y2026]] đoàn viên;
- Thành lập [[40|un t y2026]] CĐCS ở doanh nghiệp có từ 20 lao động trở lên;
- Xây mới, sửa chữa [[30|sh t y2026]] Mái ấm Công đoàn.
@@PAD@@Thanh Bình
Tin liên quan
- Khánh Hòa: 500 công nhân được tặng vé xe về quê đón Tết Bính Ngọ 2026
"""))

ARTS.append(('b11', 'https://ldld.thuathienhue.gov.vn/?gd=1&cn=28&tc=5120', '2020-07-10', 'Thừa Thiên Huế', """LIÊN ĐOÀN LAO ĐỘNG TỈNH THỪA THIÊN HUẾ
Tin tức - Sự kiện
Công đoàn Thừa Thiên Huế hỗ trợ gần [[4.000|ben a h1-2020 b=u n=rounded headline repeat of 3.962 (gold README 1)]] lao động bị ảnh hưởng dịch Covid-19
Ngày đăng: 10/07/2020
Sáng 9/7, LĐLĐ tỉnh Thừa Thiên Huế tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020.
6 tháng đầu năm 2020, dịch Covid-19 ảnh hưởng nặng nề đến ngành du lịch, dịch vụ của tỉnh. LĐLĐ tỉnh đã hỗ trợ [[3.962|ben a h1-2020]] lao động bị giảm giờ làm, ngừng việc với số tiền [[2.376.500.000|sf a h1-2020]] đồng. Ngoài ra, các cấp công đoàn thăm hỏi, tặng quà [[21.480|ben a h1-2020]] lượt đoàn viên, người lao động với tổng kinh phí [[9,7 tỷ|sf a h1-2020]] đồng.
Về phát triển đoàn viên, công đoàn kết nạp [[1.845|mn a h1-2020]] đoàn viên, thành lập [[12|un a h1-2020]] CĐCS, đạt [[41%|mn p h1-2020 n=part-way attainment of the year plan takes the reporting period]] kế hoạch năm ([[4.500|mn t y2020 n=year plan in brackets]] đoàn viên). Do ảnh hưởng dịch, [[2.310|ml a h1-2020]] đoàn viên giảm, [[7|ud a h1-2020]] CĐCS giải thể. Cùng kỳ năm 2019, toàn tỉnh kết nạp [[2.840|mn a h1-2019 n=cùng kỳ năm 2019 -> H1 2019 contrast]] đoàn viên.
Tháng Công nhân năm 2020 được tổ chức tại [[486|wmu a mo2020-05]] CĐCS với nhiều hoạt động thiết thực. Cũng trong 6 tháng, [[62|meal a h1-2020 n=own phrase 'trong 6 tháng' overrides the nearer Tháng Công nhân]] doanh nghiệp nâng mức bữa ăn ca lên từ 18.000 đồng trở lên; Ủy ban Kiểm tra kiểm tra tài chính [[38|fi a h1-2020]] CĐCS; hỗ trợ xây [[6|sh a h1-2020]] Mái ấm Công đoàn với [[300 triệu|shf a h1-2020]] đồng.
Nhiệm vụ 6 tháng cuối năm 2020, LĐLĐ tỉnh đề ra:
- Kết nạp [[2.655|mn t h2-2020]] đoàn viên;
- Thành lập [[13|un t h2-2020]] CĐCS;
- Tổ chức [[40|tr t h2-2020]] lớp tập huấn cho cán bộ công đoàn cơ sở;
- Hoàn thành [[20|sh t h2-2020]] nhà Mái ấm Công đoàn trước ngày 31/12/2020.
@@PAD@@Văn phòng LĐLĐ tỉnh
Số lượt truy cập: 35.214
"""))
