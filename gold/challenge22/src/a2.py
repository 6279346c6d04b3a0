"""Short event news ab08-ab13."""
ARTS = []

ARTS.append(('ab08', 'https://baokontum.com.vn/xa-hoi/ra-mat-ban-nu-cong-quan-chung-tai-cong-ty-tnhh-mtv-cao-su-kon-tum-15824.html', '2020-10-20', 'Kon Tum', """
Kon Tum: Ra mắt Ban Nữ công quần chúng tại Công ty TNHH MTV Cao su Kon Tum
20/10/2020 11:02
BKT- Chào mừng kỷ niệm 90 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2020), sáng 20/10, Liên đoàn Lao động tỉnh Kon Tum tổ chức ra mắt Ban Nữ công quần chúng Công ty TNHH MTV Cao su Kon Tum. Ban Nữ công gồm chín thành viên, đại diện cho hơn 600 lao động nữ của công ty.
Dịp này, LĐLĐ tỉnh trao [[40|ben a pub n=@PUB]] suất quà cho nữ công nhân có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng, tổng trị giá [[20 triệu|sf a pub n=total of the gifts of the event; the 500.000 đồng per gift is a per-item amount (gold README 11); @PUB]] đồng.
Ban Nữ công quần chúng ra mắt tại buổi lễ. Ảnh: N.H
Theo bà Y Hiên, Trưởng ban Nữ công LĐLĐ tỉnh, từ đầu năm 2020 đến nay, các cấp công đoàn đã vận động thành lập mới [[sáu|wc a 2020-01-01..2020-10-20 v=6 n=@WORD; @DENNAY]] Ban Nữ công quần chúng tại các doanh nghiệp ngoài nhà nước, nâng tổng số Ban Nữ công quần chúng toàn tỉnh lên [[27|wc a pub n=@STOCKF]] ban. Năm 2020, các cấp công đoàn phấn đấu thành lập [[10|wc t y2020 n=@TGT]] Ban Nữ công quần chúng.
Ban Nữ công quần chúng là nơi tập hợp, đại diện cho lao động nữ ở những doanh nghiệp chưa có tổ chức công đoàn, góp phần tạo nguồn phát triển đoàn viên, thành lập công đoàn cơ sở.
Ngọc Hân
"""))

ARTS.append(('ab09', 'https://baodongkhoi.vn/ben-tre-gioi-thieu-hon-1-200-doan-vien-uu-tu-cho-dang-10042025-a142316.html', '2025-04-10', 'Bến Tre', """
Bến Tre: Giới thiệu hơn [[1.200|pr a t2020-2025 b=o n=@HRR]] đoàn viên ưu tú cho Đảng xem xét kết nạp
Cập nhật lúc 10/04/2025 - 15:22
(BĐK) - Ngày 10/4, Liên đoàn Lao động (LĐLĐ) tỉnh Bến Tre tổ chức hội nghị sơ kết 5 năm thực hiện Quy định của Tổng LĐLĐ Việt Nam về công tác giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp, giai đoạn 2020 - 2025.
Qua 5 năm, các cấp công đoàn trong tỉnh đã giới thiệu [[1.214|pr a t2020-2025 n=period from "giai đoạn 2020 - 2025" of the lead; "5 năm" is a duration (records.md periods, gold README 11)]] đoàn viên ưu tú cho tổ chức Đảng xem xét kết nạp, trong đó có [[783|pa a t2020-2025]] đồng chí đã được kết nạp vào Đảng, đạt tỷ lệ 64,5%. Riêng khu vực ngoài nhà nước, đã giới thiệu [[156|pr a t2020-2025 s=khu vực ngoài nhà nước n=@BRK]] đoàn viên, kết nạp [[71|pa a t2020-2025 s=khu vực ngoài nhà nước n=@BRK]] đảng viên.
Quang cảnh hội nghị.
Trong quý I/2025, các cấp công đoàn đã giới thiệu [[48|pr a q1-2025]] đoàn viên ưu tú, có [[19|pa a q1-2025]] đồng chí được kết nạp vào Đảng.
Giai đoạn 2025 - 2030, LĐLĐ tỉnh phấn đấu giới thiệu ít nhất [[1.500|pr t t2025-2030 b=o n=@TGT; @ITNHAT]] đoàn viên ưu tú cho Đảng xem xét kết nạp. Dịp này, LĐLĐ tỉnh khen thưởng 12 tập thể và 18 cá nhân có thành tích xuất sắc.
Hữu Hiệp
"""))

ARTS.append(('ab10', 'https://baobaclieu.vn/lao-dong-viec-lam/ky-ket-thoa-uoc-lao-dong-tap-the-tai-doanh-nghiep-thuy-san-59874.html', '2019-06-27', 'Bạc Liêu', """
Ký kết thỏa ước lao động tập thể tại doanh nghiệp thủy sản
Thứ Năm, 27/06/2019 - 17:05
Sáng 27/6, Công đoàn cơ sở Công ty cổ phần Thủy sản Minh Hải Bạc Liêu và Ban Giám đốc công ty tổ chức lễ ký kết thỏa ước lao động tập thể (TƯLĐTT) với nhiều điều khoản có lợi cho người lao động.
Theo đó, thỏa ước có hiệu lực 3 năm, áp dụng cho hơn 1.100 lao động của công ty. Người lao động được nâng mức bữa ăn ca từ 15.000 đồng lên 20.000 đồng/suất, được tặng quà sinh nhật 300.000 đồng/người, hỗ trợ tiền nhà trọ 200.000 đồng/tháng.
Đại diện công ty và công đoàn cơ sở ký kết thỏa ước. Ảnh: Cẩm Thu
Theo LĐLĐ tỉnh Bạc Liêu, 6 tháng đầu năm 2019, các CĐCS đã ký mới [[hai mươi mốt|ca a h1-2019 v=21 n=@WORD]] bản TƯLĐTT, nâng tổng số bản TƯLĐTT còn hiệu lực lên [[268|ca a pub n=@STOCKF]] bản. Thông qua thương lượng, [[12|meal a h1-2019]] doanh nghiệp đã điều chỉnh tăng mức bữa ăn ca cho công nhân.
Các CĐCS cũng phối hợp tổ chức hội nghị người lao động tại [[174|wkc a h1-2019]] doanh nghiệp và đối thoại định kỳ tại [[96|wd a h1-2019]] đơn vị. Năm 2019, LĐLĐ tỉnh phấn đấu ký mới [[40|ca t y2019 n=@TGT]] bản thỏa ước, tập trung ở doanh nghiệp thủy sản và may mặc.
CẨM THU
"""))

ARTS.append(('ab11', 'https://baolaocai.vn/trao-1000-suat-qua-tet-cho-cong-nhan-lao-dong-khu-vuc-yen-bai-post648215.html', '2026-01-27', 'Lào Cai', """
Lào Cai: Trao [[1.000|ben a y2026 r=Yên Bái s=khu vực Yên Bái (cũ) n=@HR]] suất quà Tết cho công nhân lao động khu vực Yên Bái
Thứ Ba, 27/01/2026 - 17:40
Ngày 27/1, tại phường Văn Phú, Liên đoàn Lao động tỉnh Lào Cai tổ chức Chương trình “Tết Sum vầy - Xuân ơn Đảng” Xuân Bính Ngọ 2026 cho đoàn viên, người lao động khu vực Yên Bái (cũ).
Tại chương trình, Ban tổ chức đã trao [[1.000|ben a y2026 r=Yên Bái s=khu vực Yên Bái (cũ) n=@OLD; @TET]] suất quà, mỗi suất 1,2 triệu đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá [[1,2 tỷ|sf a y2026 r=Yên Bái s=khu vực Yên Bái (cũ) n=@OLD; the 1,2 triệu đồng per gift is a per-item amount (gold README 11)]] đồng; tặng [[200|ben a y2026 r=Yên Bái s=khu vực Yên Bái (cũ) n=@TICKET; @OLD]] vé xe cho công nhân quê ở xa về đón Tết.
Tại “Chợ Tết Công đoàn” tổ chức song song, Ban tổ chức phát 600 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng cho đoàn viên.
Đoàn viên, người lao động mua sắm tại Chợ Tết Công đoàn.
Theo LĐLĐ tỉnh, Tết Bính Ngọ 2026, các cấp công đoàn toàn tỉnh dự kiến chăm lo cho [[38.500|ben t y2026 n=@TGT; @NEWP; @TET]] đoàn viên, NLĐ với tổng kinh phí [[31,6 tỷ|sf t y2026 n=@TGT; @NEWP]] đồng. Đến ngày 26/1, đã trao [[24.180|ben a y2026 n=@NEWP; "đến ngày 26/1" is a date, the period is the Tết year (@TET)]] suất quà, đạt [[62,8%|ben p y2026 n=part-way attainment of the Tết plan (gold README 4)]] kế hoạch.
Minh Khang
Tin liên quan
- Công đoàn Khu kinh tế tỉnh trao 500 suất quà Tết (25/01/2026)
- Lào Cai: 37 doanh nghiệp đăng ký thưởng Tết bằng tiền (22/01/2026)
"""))

ARTS.append(('ab12', 'https://baolongan.vn/doi-thoai-giua-lanh-dao-tinh-voi-cong-nhan-lao-dong-cac-khu-cong-nghiep-a131907.html', '2022-04-05', 'Long An', """
Đối thoại giữa lãnh đạo tỉnh với công nhân lao động các khu công nghiệp
05/04/2022 - 16:02
(LA) – Chiều 05/4, tại huyện Đức Hòa, Liên đoàn Lao động (LĐLĐ) tỉnh Long An phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với công nhân lao động các khu công nghiệp. Tham dự có hơn 300 công nhân lao động đại diện cho 42 doanh nghiệp.
Tại hội nghị, công nhân đã nêu 27 ý kiến, kiến nghị liên quan đến nhà ở, trường học cho con công nhân, tiền lương và bảo hiểm xã hội.
Theo báo cáo của LĐLĐ tỉnh, năm 2021, dù dịch bệnh Covid-19 diễn biến phức tạp, các CĐCS đã phối hợp tổ chức đối thoại định kỳ tại nơi làm việc ở [[812|wd a y2021 s=đối thoại định kỳ]] doanh nghiệp, đối thoại đột xuất tại [[36|wd a y2021 s=đối thoại đột xuất n=second kind of dialogue in the same sentence: a workplace_dialogues record of its own]] doanh nghiệp; tổ chức hội nghị người lao động ở [[1.037|wkc a y2021]] doanh nghiệp.
Từ đầu năm 2022 đến nay, LĐLĐ tỉnh đã hỗ trợ [[2 tỉ 350 triệu|sf a 2022-01-01..2022-04-05 v=2350000000 n=@MONEY; @DENNAY]] đồng cho [[4.720|ben a 2022-01-01..2022-04-05 n=@DENNAY]] đoàn viên, NLĐ bị ảnh hưởng bởi dịch Covid-19. Trong quý I/2022, toàn tỉnh xảy ra 4 cuộc ngừng việc tập thể, đều được giải quyết kịp thời.
Lãnh đạo tỉnh trả lời ý kiến của công nhân.
Hoài Thanh
Ý kiến bạn đọc (0)
"""))

ARTS.append(('ab13', 'https://www.baotravinh.vn/xa-hoi/tra-vinh-day-nhanh-tien-do-cap-the-doan-vien-cong-doan-dien-tu-41702.html', '2023-10-17', 'Trà Vinh', """
Trà Vinh: Hơn [[48.900|rec a 2023-01-01..2023-10-17 b=o n=@HRR]] đoàn viên được cập nhật dữ liệu lên phần mềm quản lý
17/10/2023 | 07:45
Thực hiện chỉ đạo của Tổng LĐLĐ Việt Nam, Liên đoàn Lao động tỉnh Trà Vinh đang đẩy nhanh việc cập nhật dữ liệu đoàn viên lên phần mềm quản lý đoàn viên và cấp thẻ đoàn viên công đoàn điện tử.
Từ đầu năm 2023 đến nay, các cấp công đoàn trong tỉnh đã nhập thông tin của [[48.916|rec a 2023-01-01..2023-10-17 n=@DENNAY]] đoàn viên lên phần mềm, đạt 91,3% tổng số đoàn viên; cấp [[21.450|rec a 2023-01-01..2023-10-17 s=thẻ đoàn viên điện tử n=cards given count as member_records (indicators.tsv); @DENNAY]] thẻ đoàn viên công đoàn điện tử. Hiện toàn tỉnh có [[1.046|ut a pub n=@STOCK]] CĐCS với [[53.580|mt a pub n=@STOCK]] đoàn viên.
Cán bộ công đoàn hướng dẫn đoàn viên cài đặt ứng dụng thẻ điện tử. Ảnh: H.L
Năm 2023, LĐLĐ tỉnh đặt chỉ tiêu cấp thẻ đoàn viên điện tử cho ít nhất [[40.000|rec t y2023 b=o n=@TGT; @ITNHAT]] đoàn viên. Đoàn viên có thẻ điện tử được hưởng ưu đãi tại các đơn vị tham gia chương trình “Phúc lợi đoàn viên công đoàn”, liên hệ tổng đài 1900.6125 để được hỗ trợ.
Hồng Lam
"""))
