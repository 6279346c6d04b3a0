"""challenge54 articles cg11-cg15."""

CG11 = """LĐLĐ quận Hoàng Mai kết nạp [[2.846|mn a y2016 s=LĐLĐ quận Hoàng Mai n=headline repeat; năm qua in a January page -> the year before (records.md Periods)]] đoàn viên

10/01/2017 21:14

(NLĐO) - Ngày 10-1, LĐLĐ quận Hoàng Mai, TP Hà Nội tổ chức hội nghị tổng kết công tác công đoàn năm 2016, triển khai nhiệm vụ năm 2017.

Năm qua, LĐLĐ quận đã kết nạp [[2.846|mn a y2016 s=LĐLĐ quận Hoàng Mai n=a district union of Hà Nội gives Hà Nội (records.md Regions)]] đoàn viên, đạt [[142%|mn p y2016 s=LĐLĐ quận Hoàng Mai]] kế hoạch; thành lập [[31|un a y2016 s=LĐLĐ quận Hoàng Mai]] CĐCS, chủ yếu tại các doanh nghiệp ngoài nhà nước. Do doanh nghiệp giải thể, chuyển địa điểm, có [[640|ml a y2016 s=LĐLĐ quận Hoàng Mai]] đoàn viên giảm trong năm. Đến nay, LĐLĐ quận có [[412|ut a pub s=LĐLĐ quận Hoàng Mai]] CĐCS với [[21.530|mt a pub s=LĐLĐ quận Hoàng Mai]] đoàn viên.

Ủy ban Kiểm tra LĐLĐ quận đã kiểm tra tài chính tại [[18|fi a y2016 s=LĐLĐ quận Hoàng Mai]] CĐCS, phát hiện 3 đơn vị chưa trích nộp kinh phí công đoàn đầy đủ. Các CĐCS phối hợp tổ chức hội nghị người lao động tại [[126|wkc a y2016 s=LĐLĐ quận Hoàng Mai]] doanh nghiệp và ký kết [[47|ca a y2016 s=LĐLĐ quận Hoàng Mai]] bản thỏa ước lao động tập thể. Trên địa bàn quận xảy ra 2 cuộc ngừng việc tập thể, đều được giải quyết trong ngày.

Công tác chăm lo đời sống được duy trì thường xuyên: trong năm 2016, LĐLĐ quận và các CĐCS thăm hỏi, trợ cấp cho [[4.150|ben a y2016 s=LĐLĐ quận Hoàng Mai]] lượt đoàn viên với số tiền [[1,62 tỷ|sf a y2016 s=LĐLĐ quận Hoàng Mai]] đồng. Dịp Tết Đinh Dậu 2017, LĐLĐ quận dự kiến tặng quà cho [[3.200|ben t y2017 s=LĐLĐ quận Hoàng Mai n=dự kiến: a planned figure -> target; Tết Đinh Dậu 2017 -> year 2017]] đoàn viên, công nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.

Năm 2017, LĐLĐ quận Hoàng Mai phấn đấu kết nạp [[2.000|mn t y2017 s=LĐLĐ quận Hoàng Mai]] đoàn viên, thành lập [[25|un t y2017 s=LĐLĐ quận Hoàng Mai]] CĐCS. Tại hội nghị, LĐLĐ quận khen thưởng 32 tập thể và 41 cá nhân.

HOÀNG TRƯỜNG
"""

CG12 = """Bình Định: 10 tháng kết nạp [[5.430|mn a f10-2014 n=headline repeat of the body figure]] đoàn viên công đoàn

Thứ Tư, 19/11/2014 08:35

(BĐ) - Ngày 18/11, LĐLĐ tỉnh Bình Định tổ chức hội nghị chuyên đề về công tác phát triển đoàn viên, thành lập công đoàn cơ sở (CĐCS) giai đoạn 2012-2014.

Theo báo cáo, 10 tháng năm 2014, các cấp công đoàn trong tỉnh đã kết nạp [[5.430|mn a f10-2014]] đoàn viên, đạt [[90,5%|mn p f10-2014 n=part-way attainment takes the reporting period (as challenge42 did)]] kế hoạch năm ([[6.000|mn t y2014 n=the year's plan in brackets: full-year target (gold README 8)]] đoàn viên); thành lập [[42|un a f10-2014]] CĐCS. Trong đó, Công đoàn Khu kinh tế tỉnh kết nạp [[1.180|mn a f10-2014 s=Công đoàn Khu kinh tế tỉnh]] đoàn viên, thành lập [[11|un a f10-2014 s=Công đoàn Khu kinh tế tỉnh]] CĐCS.

Tinh tu nam 2012 den nay, cac cap cong doan trong tinh da ket nap [[16.815|mn a 2012-01-01..2014-11-19 n=từ năm 2012 đến nay -> 2010-01-01 to publication (records.md Periods); paragraph scraped without diacritics]] doan vien, thanh lap moi [[126|un a 2012-01-01..2014-11-19]] CĐCS, nang tong so doan vien toan tinh len [[78.640|mt a pub n=nâng tổng số ... lên: stock at publication (records.md Periods)]] nguoi voi [[l.250|ut a pub v=1250 n=scraped l for 1 (gold README 3); stock at publication]] CĐCS. Tuy nhien, ty le doan vien tai doanh nghiep ngoai nha nuoc moi dat 41%.

Hội nghị chỉ ra nguyên nhân khiến việc thành lập CĐCS ở doanh nghiệp ngoài nhà nước gặp khó: nhiều doanh nghiệp có quy mô nhỏ, dưới 20 lao động, người lao động thường xuyên thay đổi chỗ làm. Theo Luật Công đoàn năm 2012 và Nghị quyết số 02/NQ-TLĐ, các doanh nghiệp từ 30 lao động trở lên phải được vận động thành lập công đoàn.

Năm 2015, LĐLĐ tỉnh đề ra chỉ tiêu phát triển [[6.500|mn t y2015]] đoàn viên, thành lập [[45|un t y2015]] CĐCS, giới thiệu [[400|pr t y2015]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Dịp này, LĐLĐ tỉnh tặng Giấy khen cho 14 tập thể và 20 cá nhân có thành tích xuất sắc trong công tác phát triển đoàn viên giai đoạn 2012-2014.

NGỌC NHUẬN
"""

CG13 = """Sóc Trăng: Sơ kết hoạt động công đoàn 6 tháng đầu năm 2017

LĐLĐ tỉnh Sóc Trăng vừa tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm 2017, triển khai phương hướng nhiệm vụ 6 tháng cuối năm.

Trong 6 tháng đầu năm 2017, các cấp công đoàn tỉnh kết nạp [[1.420|mn a h1-2017]] đoàn viên, đạt [[47,3%|mn p h1-2017 n=part-way attainment takes the reporting period (as challenge42 did)]] kế hoạch năm; thành lập [[9|un a h1-2017]] CĐCS, trong đó có [[7|un a h1-2017 s=doanh nghiệp ngoài nhà nước]] CĐCS doanh nghiệp ngoài nhà nước. Cùng thời gian, [[310|ml a h1-2017]] đoàn viên giảm do nghỉ việc, chuyển nơi làm việc. Hiện toàn tỉnh có [[1.108|ut a null n=stock in an undated page: null..null (records.md Periods)]] CĐCS với [[52.600|mt a null]] đoàn viên, trong đó đoàn viên là người dân tộc Khmer chiếm khoảng 18%.

Hưởng ứng Tháng Công nhân năm 2017, có [[286|wmu a mo2017-05]] CĐCS tổ chức các hoạt động; các cấp công đoàn trao [[2.300|ben a mo2017-05]] suất quà cho công nhân, lao động khó khăn, trị giá [[1,15 tỷ|sf a mo2017-05]] đồng. Trong 6 tháng, toàn tỉnh hỗ trợ xây dựng [[8|sh a h1-2017 n=Trong 6 tháng points back to the half-year, not the May just named]] nhà “Mái ấm Công đoàn” với số tiền [[320 triệu|shf a h1-2017]] đồng; tư vấn pháp luật cho [[640|lc a h1-2017]] lượt người lao động tại Văn phòng tư vấn pháp luật Công đoàn tỉnh.

Cũng trong 6 tháng đầu năm, trên địa bàn xảy ra 3 vụ tai nạn lao động làm 2 người chết; 1 cuộc ngừng việc tập thể tại doanh nghiệp thủy sản với khoảng 250 công nhân tham gia.

Trong 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.600|mn t l6-2017]] đoàn viên, thành lập [[12|un t l6-2017]] CĐCS, hoàn thành chỉ tiêu năm 2017 là [[3.000|mn t y2017 n=chỉ tiêu năm 2017 -> full-year target (gold README 8)]] đoàn viên.

Kim Phượng (Báo Sóc Trăng)
"""

CG14 = """Lâm Đồng: 9 tháng kết nạp gần [[9.900|mn a f9-2025 b=u n=headline repeat of the body's 9.870, rounded, own bound word (gold README 1, 5)]] đoàn viên

Thứ Tư, 15/10/2025 | 16:40

(LĐ) - Ngày 14/10, Liên đoàn Lao động (LĐLĐ) tỉnh Lâm Đồng tổ chức hội nghị Ban Chấp hành mở rộng, sơ kết hoạt động công đoàn 9 tháng đầu năm 2025. Đây là hội nghị sơ kết đầu tiên kể từ khi LĐLĐ tỉnh Lâm Đồng (mới) đi vào hoạt động trên cơ sở hợp nhất LĐLĐ ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.

Theo báo cáo, 9 tháng đầu năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[9.870|mn a f9-2025 n=the merged federation reports under the kept name (gold README 10)]] đoàn viên, đạt [[71,5%|mn p f9-2025 n=part-way attainment takes the reporting period (as challenge42 did)]] kế hoạch năm; trong đó khu vực Bình Thuận (cũ) kết nạp [[4.120|mn a f9-2025 r=Bình Thuận n=khu vực X (cũ) -> the old province (gold README 10)]] đoàn viên, khu vực Đắk Nông (cũ) [[1.560|mn a f9-2025 r=Đắk Nông]] đoàn viên. Toàn tỉnh thành lập [[31|un a f9-2025]] CĐCS. Hiện LĐLĐ tỉnh quản lý [[2.940|ut a pub]] CĐCS với [[186.350|mt a pub]] đoàn viên; sau sắp xếp, tỉnh có 124 xã, phường, đặc khu, mỗi xã, phường đều có công đoàn cấp trên trực tiếp cơ sở.

Trong Tháng Công nhân năm 2025, LĐLĐ ba tỉnh (trước hợp nhất) đã thăm, tặng quà [[15.400|ben a mo2025-05 n=sum of the three old provinces -> the merged province (gold README 10; as challenge38)]] lượt đoàn viên, người lao động với tổng số tiền [[7,9 tỷ|sf a mo2025-05]] đồng. Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[24|fi a f9-2025 n=trong 9 tháng in the sentence: the reporting period, not the May just named]] CĐCS trong 9 tháng; LĐLĐ tỉnh chủ trì [[16|sv a f9-2025]] cuộc giám sát việc thực hiện chế độ, chính sách cho người lao động.

Thực hiện Kết luận số 126-KL/TW, bộ máy cơ quan LĐLĐ tỉnh hiện có 11 ban, văn phòng và 3 trung tâm. Thu nhập bình quân của người lao động trong các doanh nghiệp trên địa bàn đạt 6,9 triệu đồng/tháng.

3 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[4.000|mn t l3-2025 n=3 tháng cuối năm without year -> publication year]] đoàn viên, thành lập [[15|un t l3-2025]] CĐCS; chuẩn bị chu đáo chương trình “Tết Sum vầy” Xuân Bính Ngọ 2026 với mục tiêu chăm lo cho [[60.000|ben t y2026]] lượt đoàn viên, người lao động.

Nguyễn Hoàng
"""

CG15 = """Đại hội Công đoàn tỉnh Thanh Hóa lần thứ XX: Nhiệm kỳ qua kết nạp [[68.500|mn a t2018-2023 n=headline repeat of the term figure]] đoàn viên

Thứ Sáu, 25/08/2023 - 17:10

(Baothanhhoa.vn) - Trong 2 ngày 24 và 25/8, Liên đoàn Lao động tỉnh Thanh Hóa tổ chức Đại hội đại biểu Công đoàn tỉnh lần thứ XX, nhiệm kỳ 2023-2028. Dự đại hội có 350 đại biểu chính thức đại diện cho hơn [[312.000|mt a pub b=o n=the members a congress represents are the stock, rounded repeat of 312.460 (gold README 1, 7); the delegates are not records]] đoàn viên công đoàn trong tỉnh.

Báo cáo chính trị tại đại hội nêu rõ, nhiệm kỳ 2018-2023, các cấp công đoàn tỉnh kết nạp [[68.500|mn a t2018-2023]] đoàn viên, đạt [[137%|mn p t2018-2023]] chỉ tiêu đại hội; thành lập [[395|un a t2018-2023]] CĐCS. Hiện toàn tỉnh có [[3.012|ut a pub]] CĐCS với [[312.460|mt a pub]] đoàn viên. Các cấp công đoàn đã giới thiệu [[3.480|pr a t2018-2023]] đoàn viên ưu tú cho Đảng, trong đó [[2.650|pa a t2018-2023]] đồng chí đã được kết nạp Đảng.

Trong nhiệm kỳ, [[1.284|ca a t2018-2023]] bản thỏa ước lao động tập thể được ký kết; LĐLĐ tỉnh ký thêm [[26|wp a t2018-2023]] thỏa thuận hợp tác về Chương trình “Phúc lợi đoàn viên”, nâng tổng số thỏa thuận còn hiệu lực lên [[48|wp a pub n=agreements in force are the stock of their signings, at publication (gold README 7)]]. Chương trình “Mái ấm Công đoàn” hỗ trợ xây mới, sửa chữa [[512|sh a t2018-2023]] nhà với tổng số tiền [[24,6 tỷ|shf a t2018-2023]] đồng.

Riêng 6 tháng đầu năm 2023, toàn tỉnh kết nạp [[6.320|mn a h1-2023]] đoàn viên, thành lập [[41|un a h1-2023]] CĐCS. Thu nhập bình quân của người lao động trong các doanh nghiệp đạt 7,2 triệu đồng/tháng; 6 tháng xảy ra 9 vụ tai nạn lao động nghiêm trọng.

Đại hội thông qua 16 chỉ tiêu nhiệm kỳ 2023-2028, trong đó phấn đấu kết nạp [[70.000|mn t t2023-2028]] đoàn viên, thành lập [[350|un t t2023-2028]] CĐCS, giới thiệu [[3.500|pr t t2023-2028]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Phát biểu chỉ đạo đại hội, đồng chí Phó Bí thư Tỉnh ủy ghi nhận những kết quả nổi bật của tổ chức công đoàn tỉnh trong nhiệm kỳ qua, nhất là trong thời gian dịch Covid-19, khi các cấp công đoàn đã kịp thời hỗ trợ đoàn viên, người lao động bị mất việc, giảm thu nhập. Đồng chí đề nghị nhiệm kỳ tới, LĐLĐ tỉnh tập trung đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở; chú trọng phát triển đoàn viên tại các doanh nghiệp ngoài nhà nước, doanh nghiệp có vốn đầu tư nước ngoài ở Khu kinh tế Nghi Sơn và các KCN; làm tốt vai trò đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của người lao động.

Tham luận tại đại hội, đại diện Công đoàn Khu kinh tế Nghi Sơn và các KCN cho biết, hiện đơn vị có [[96.540|mt a pub s=Công đoàn Khu kinh tế Nghi Sơn và các KCN]] đoàn viên, chủ yếu là lao động nữ làm việc trong ngành da giày, may mặc. Nhiều ý kiến đề nghị quan tâm hơn đến nhà ở, nhà trẻ cho con công nhân và thiết chế văn hóa tại các KCN.

Đại hội đã bầu Ban Chấp hành khóa XX gồm 45 đồng chí và 17 đại biểu chính thức đi dự Đại hội XIII Công đoàn Việt Nam.

Phong Sắc
"""

ARTS = [
    ('cg11', 'https://nld.com.vn/cong-doan/ldld-quan-hoang-mai-ket-nap-2846-doan-vien-20170110211405271.htm', '2017-01-10', 'Hà Nội', CG11),
    ('cg12', 'https://baobinhdinh.vn/viewer.aspx?macm=12&macmp=12&mabb=150482', '2014-11-19', 'Bình Định', CG12),
    ('cg13', 'https://www.baosoctrang.org.vn/lao-dong-viec-lam/so-ket-hoat-dong-cong-doan-6-thang-dau-nam-2017-18841.html', None, 'Sóc Trăng', CG13),
    ('cg14', 'https://baolamdong.vn/lam-dong-9-thang-ket-nap-gan-9900-doan-vien-391205.html', '2025-10-15', 'Lâm Đồng', CG14),
    ('cg15', 'https://baothanhhoa.vn/dai-hoi-cong-doan-tinh-thanh-hoa-lan-thu-xx-nhiem-ky-qua-ket-nap-68500-doan-vien-193640.htm', '2023-08-25', 'Thanh Hóa', CG15),
]
