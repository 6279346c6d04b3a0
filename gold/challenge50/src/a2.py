"""cc06-cc10."""
ARTS = []

# cc06 Cà Mau, half-year 2023 review with second-half targets
ARTS.append(('cc06', 'https://baocamau.vn/so-ket-hoat-dong-cong-doan-6-thang-dau-nam-2023-a74120.html',
             '2023-07-12', 'Cà Mau', """Sơ kết hoạt động công đoàn 6 tháng đầu năm 2023

Cập nhật: 12/07/2023 10:05

(CMO) Sáng 11/7, Liên đoàn Lao động (LĐLĐ) tỉnh Cà Mau tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.

Báo cáo cho thấy, 6 tháng đầu năm 2023, các cấp công đoàn trong tỉnh kết nạp [[1.935|mn a h1-2023]] đoàn viên, đạt [[64,5%|mn p h1-2023 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm; thành lập [[14|un a h1-2023]] CĐCS. Do doanh nghiệp ngừng hoạt động, giải thể, toàn tỉnh giảm [[6|ud a h1-2023]] CĐCS và [[742|ml a h1-2023]] đoàn viên. Hiện LĐLĐ tỉnh quản lý [[912|ut a pub]] CĐCS với [[58.306|mt a pub]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi người lao động có chuyển biến. Các CĐCS thương lượng, ký kết mới [[9|ca a h1-2023]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[187|ca a pub n=documents in force are the stock of their signings, dated at publication (gold README 7)]] bản. LĐLĐ tỉnh chủ trì và phối hợp tổ chức [[11|sv a h1-2023]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp; thành lập [[3|wc a h1-2023]] Ban nữ công quần chúng tại doanh nghiệp có đông lao động nữ.

Hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm 2023.

Trong 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.100|mn t l6-2023]] đoàn viên, thành lập [[10|un t l6-2023]] CĐCS; tổ chức tốt chương trình "Tết sum vầy" cho đoàn viên, người lao động.

Văn Đum

Bình luận
"""))

# cc07 Vĩnh Long after the merger (Bến Tre and Trà Vinh merged in), 10 months 2025
ARTS.append(('cc07', 'https://baovinhlong.com.vn/thoi-su/202511/ldld-tinh-so-ket-10-thang-nam-2025-ket-nap-8420-doan-vien-3201847/',
             '2025-11-06', 'Vĩnh Long', """LĐLĐ tỉnh sơ kết 10 tháng năm 2025: Kết nạp [[8.420|mn a f10-2025 n=headline repeat of the body figure: its period (gold README 1)]] đoàn viên

Thứ Năm, 06/11/2025 - 06:10

(VL) - Ngày 5/11, Liên đoàn Lao động (LĐLĐ) tỉnh Vĩnh Long tổ chức hội nghị sơ kết hoạt động công đoàn 10 tháng năm 2025, lần đầu tiên sau khi hợp nhất LĐLĐ 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh theo Nghị quyết số 202/2025/QH15.

10 tháng năm 2025, các cấp công đoàn trong tỉnh kết nạp [[8.420|mn a f10-2025 n=the merged federation reports for the new province under its kept name (gold README 10)]] đoàn viên, đạt [[76,5%|mn p f10-2025]] kế hoạch năm; thành lập [[47|un a f10-2025]] CĐCS. Trong đó, khu vực Bến Tre (cũ) kết nạp [[3.105|mn a f10-2025 r=Bến Tre s=khu vực Bến Tre (cũ) n=khu vực X (cũ): the old province (gold README 10)]] đoàn viên, khu vực Trà Vinh (cũ) [[2.260|mn a f10-2025 r=Trà Vinh s=khu vực Trà Vinh (cũ)]] đoàn viên và khu vực Vĩnh Long (cũ) [[3.055|mn a f10-2025 s=khu vực Vĩnh Long (cũ)]] đoàn viên.

Hiện LĐLĐ tỉnh quản lý [[2.964|ut a pub]] CĐCS với [[263.880|mt a pub]] đoàn viên, hoạt động tại 124 xã, phường.

Công tác chăm lo phúc lợi được đẩy mạnh. Từ đầu năm đến nay, LĐLĐ tỉnh ký kết thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" với [[9|wp a 2025-01-01..2025-11-06]] doanh nghiệp, nâng tổng số thỏa thuận còn hiệu lực lên [[38|wp a pub n=agreements in force are the stock of their signings (gold README 7)]]; các đơn vị ưu đãi cho đoàn viên từ 5% đến 20% giá dịch vụ.

Đại biểu tham dự hội nghị sơ kết.

Dịp Tết Nguyên đán Bính Ngọ 2026, LĐLĐ tỉnh dự kiến chăm lo cho khoảng [[40.000|ben t y2026 b=a n=dự kiến: a plan, dated to the Tết year (gold README 4)]] đoàn viên, người lao động với kinh phí khoảng [[30 tỷ|sf t y2026 b=a]] đồng.

NGỌC HÂN
"""))

# cc08 Trà Vinh (-> Vĩnh Long), union portal page without a date, economic-zone union
ARTS.append(('cc08', 'https://congdoantravinh.com.vn/tin-tuc/hoat-dong-cong-doan/cong-doan-khu-kinh-te-tinh-tong-ket-hoat-dong-nam-2022',
             None, 'Trà Vinh', """Công đoàn Khu kinh tế tỉnh tổng kết hoạt động năm 2022

Vừa qua, Công đoàn Khu kinh tế tỉnh Trà Vinh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2022, triển khai phương hướng, nhiệm vụ năm 2023.

Năm 2022, Công đoàn Khu kinh tế đã hướng dẫn các CĐCS thương lượng, ký kết mới [[11|ca a y2022 s=Công đoàn Khu kinh tế n=a zone union gives its province, with a scope (records.md regions)]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[39|ca a null s=Công đoàn Khu kinh tế n=documents in force: a stock (gold README 7); undated page: null..null]] bản. Các CĐCS phối hợp với người sử dụng lao động tổ chức hội nghị người lao động tại [[31|wkc a y2022 s=Công đoàn Khu kinh tế]] doanh nghiệp và đối thoại định kỳ tại [[27|wd a y2022 s=Công đoàn Khu kinh tế]] doanh nghiệp.

Lãnh đạo LĐLĐ tỉnh trao giấy khen cho các CĐCS tiêu biểu
Lãnh đạo LĐLĐ tỉnh trao giấy khen cho các CĐCS tiêu biểu

Hiện Công đoàn Khu kinh tế có [[46|ut a null s=Công đoàn Khu kinh tế]] CĐCS trực thuộc với [[21.540|mt a null s=Công đoàn Khu kinh tế]] đoàn viên, trong đó lao động nữ chiếm hơn 70%. Trong năm, đơn vị kết nạp [[2.318|mn a y2022 s=Công đoàn Khu kinh tế]] đoàn viên, thành lập mới [[4|un a y2022 s=Công đoàn Khu kinh tế]] CĐCS.

Năm 2023, Công đoàn Khu kinh tế phấn đấu ký mới ít nhất [[8|ca t y2023 s=Công đoàn Khu kinh tế b=o]] bản thỏa ước lao động tập thể, kết nạp [[2.000|mn t y2023 s=Công đoàn Khu kinh tế]] đoàn viên.

Tin, ảnh: MINH KHOA
0294.3855.127
congdoantravinh
"""))

# cc09 Bến Tre (-> Vĩnh Long), provincial paper, union founding in the industrial zones
ARTS.append(('cc09', 'https://baodongkhoi.vn/cong-doan-cac-kcn-thanh-lap-moi-9-cong-doan-co-so-04122018-a51783.html',
             '2018-12-04', 'Bến Tre', """Công đoàn các KCN thành lập mới [[9|un a 2018-01-01..2018-12-04 s=Công đoàn các KCN n=headline repeat of the body figure: its period and scope (gold README 1)]] công đoàn cơ sở

Thứ Ba, 04/12/2018, 14:26 (GMT+7)

(ĐK) - Ngày 3-12, Công đoàn các khu công nghiệp (KCN) tỉnh Bến Tre tổ chức đại hội thành lập công đoàn cơ sở (CĐCS) Công ty TNHH Giày Thành Phát, KCN Giao Long. Công ty hiện có hơn 1.300 lao động.

Từ đầu năm đến nay, Công đoàn các KCN tỉnh đã thành lập [[9|un a 2018-01-01..2018-12-04 s=Công đoàn các KCN n=từ đầu năm đến nay: 1 January to publication (records.md)]] CĐCS, vượt [[50%|un p 2018-01-01..2018-12-04 s=Công đoàn các KCN v=150 n=vượt 50% kế hoạch after the unions founded -> unions_new 150, bound exact as the vượt is the conversion (records.md attainment)]] kế hoạch năm, kết nạp [[2.146|mn a 2018-01-01..2018-12-04 s=Công đoàn các KCN n=members of newly founded unions count as members_new (gold README 9)]] đoàn viên tại các CĐCS mới. Đến nay, Công đoàn các KCN tỉnh có [[58|ut a pub s=Công đoàn các KCN]] CĐCS với [[31.870|mt a pub s=Công đoàn các KCN]] đoàn viên.

Theo Liên đoàn Lao động tỉnh, 11 tháng năm 2018, toàn tỉnh thành lập [[36|un a f11-2018]] CĐCS, kết nạp [[3.912|mn a f11-2018]] đoàn viên. Tuy nhiên, việc phát triển đoàn viên ở doanh nghiệp nhỏ, hộ kinh doanh cá thể còn gặp nhiều khó khăn do lao động thường xuyên biến động.

Ông Võ Văn Tâm - Chủ tịch Công đoàn các KCN tỉnh cho biết, đơn vị sẽ tiếp tục tiếp cận 12 doanh nghiệp chưa có tổ chức công đoàn để vận động thành lập CĐCS trong năm 2019.

Hữu Hiệp
"""))

# cc10 Đồng Tháp, provincial paper, inspection committees, 9 months 2024
ARTS.append(('cc10', 'https://baodongthap.vn/xa-hoi/uy-ban-kiem-tra-cong-doan-kiem-tra-tai-chinh-118-don-vi-131742.aspx',
             '2024-10-17', 'Đồng Tháp', """Ủy ban Kiểm tra công đoàn kiểm tra tài chính [[118|fi a f9-2024 n=headline repeat of the body figure: its period (gold README 1)]] đơn vị

Cập nhật ngày: 17/10/2024 09:12:40

ĐTO - Ngày 16/10, Ủy ban Kiểm tra Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết công tác kiểm tra 9 tháng năm 2024.

9 tháng năm 2024, Ủy ban Kiểm tra các cấp công đoàn tỉnh Đồng Tháp đã kiểm tra [[96|sv a f9-2024]] CĐCS chấp hành Điều lệ Công đoàn Việt Nam; kiểm tra tài chính [[118|fi a f9-2024]] đơn vị, đạt [[84,3%|fi p f9-2024 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm; tham gia [[27|sv a f9-2024]] cuộc giám sát cùng Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc các cấp. Qua kiểm tra, Ủy ban Kiểm tra đã kiến nghị các đơn vị khắc phục những tồn tại trong thu, chi tài chính; giải quyết 3 đơn khiếu nại, tố cáo đúng thời hạn.

Các cán bộ Ủy ban Kiểm tra dự hội nghị sơ kết
Các cán bộ Ủy ban Kiểm tra dự hội nghị sơ kết

Công tác bồi dưỡng nghiệp vụ được quan tâm, LĐLĐ tỉnh tổ chức [[6|tr a f9-2024]] lớp tập huấn cho [[520|te a f9-2024]] lượt cán bộ ủy ban kiểm tra công đoàn cơ sở.

Quý IV năm 2024, Ủy ban Kiểm tra các cấp công đoàn phấn đấu kiểm tra tài chính thêm [[22|fi t q4-2024]] đơn vị, bảo đảm đúng quy trình, chất lượng.

Minh Thư
"""))
