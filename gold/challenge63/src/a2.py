"""cp06-cp10: a mid-term review, post-merger congresses (ward union, merged sector union), 2018 and 2013 congresses."""

CONG = 'n=stock at the congress date, dated at publication (records.md stocks; gold README 7)'
VUOT = 'n=vượt N% chỉ tiêu read as 100+N% attainment, bound exact (records.md status; gold README 3)'
HEAD = 'n=headline repeat of the body figure, own bound word, body period (gold README 1)'
MID = 'n=part-way attainment of the term target takes the span reported, not the whole term (gold README 4, challenge42 convention)'
P7 = 'n=ward union of the new An Giang lying in the old Kiên Giang: old province (gold README 10)'
LD = 'n=merged sector union of the new Lâm Đồng, figures of the three old provinces together: new province under its kept name (gold README 10)'
KV = 'n=khu vực X (cũ) breakdown: the old province (gold README 10)'
S8 = 'Công đoàn Viên chức tỉnh'

ARTS = [
('cp06', 'https://baothanhhoa.vn/lao-dong-viec-lam/so-ket-giua-nhiem-ky-thuc-hien-nghi-quyet-dai-hoi-cong-doan-tinh-261845.htm', '2025-10-17', 'Thanh Hóa', f'''Thanh Hóa: Kết nạp hơn [[21.000|mn a 2023-07-01..2025-09-30 b=o {HEAD}]] đoàn viên sau nửa nhiệm kỳ

17/10/2025 08:20

Ngày 16/10, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Công đoàn tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2023 - 2028.

Theo báo cáo, từ tháng 7/2023 đến hết tháng 9/2025, các cấp công đoàn trong tỉnh đã kết nạp mới [[21.460|mn a 2023-07-01..2025-09-30]] đoàn viên, đạt [[71,5%|mn p 2023-07-01..2025-09-30 {MID}]] chỉ tiêu nhiệm kỳ; thành lập [[138|un a 2023-07-01..2025-09-30]] công đoàn cơ sở (CĐCS), đạt [[69%|un p 2023-07-01..2025-09-30 {MID}]]. Các cấp công đoàn đã giới thiệu [[3.240|pr a 2023-07-01..2025-09-30]] đoàn viên ưu tú cho tổ chức Đảng, trong đó [[2.106|pa a 2023-07-01..2025-09-30]] đồng chí đã được kết nạp. Dữ liệu của hơn [[198.000|rec a 2023-07-01..2025-09-30 b=o]] đoàn viên đã được nhập lên phần mềm quản lý đoàn viên.

Chương trình "Phúc lợi đoàn viên công đoàn" được mở rộng với [[26|wp a 2023-07-01..2025-09-30]] thỏa thuận hợp tác ký với doanh nghiệp, siêu thị, cơ sở y tế. Quỹ "Mái ấm Công đoàn" các cấp hỗ trợ xây mới, sửa chữa [[186|sh a 2023-07-01..2025-09-30]] nhà cho đoàn viên khó khăn về nhà ở với tổng kinh phí [[9,3 tỷ|shf a 2023-07-01..2025-09-30]] đồng, mỗi nhà được hỗ trợ từ 40 đến 60 triệu đồng.

Riêng 9 tháng năm 2025, toàn tỉnh kết nạp [[6.870|mn a f9-2025]] đoàn viên, thành lập [[41|un a f9-2025]] CĐCS. Hiện toàn tỉnh có [[3.912|ut a pub]] CĐCS với [[236.540|mt a pub]] đoàn viên.

Để hoàn thành chỉ tiêu Đại hội đề ra cho cả nhiệm kỳ (phát triển [[30.000|mn t t2023-2028]] đoàn viên, thành lập [[200|un t t2023-2028]] CĐCS), từ nay đến năm 2028 các cấp công đoàn phải kết nạp thêm khoảng [[8.540|mn t 2025-10-17..2028-12-31 b=a n=remaining part of the term target, from publication to the end of 2028 (records.md periods: từ ... đến nay pattern read forward)]] đoàn viên và thành lập [[62|un t 2025-10-17..2028-12-31 n=remaining part of the term target, from publication to the end of 2028 (records.md periods)]] CĐCS. Hội nghị cũng chỉ ra 4 nhóm nhiệm vụ trọng tâm cho nửa cuối nhiệm kỳ.

Lê Hà
'''),

('cp07', 'https://baoangiang.com.vn/dai-hoi-cong-doan-phuong-rach-gia-lan-thu-i-nhiem-ky-2025-2030-a471205.html', '2025-11-06', 'Kiên Giang', f'''Đại hội Công đoàn phường Rạch Giá lần thứ I, nhiệm kỳ 2025 - 2030

Thứ Năm, 06/11/2025, 16:05 (GMT+7)

(BAG) - Ngày 5/11, Công đoàn phường Rạch Giá (tỉnh An Giang) tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Đây là một trong 102 công đoàn xã, phường trực thuộc Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức đại hội sau sắp xếp.

Công đoàn phường Rạch Giá được thành lập từ ngày 1/7/2025 trên cơ sở tiếp nhận các công đoàn cơ sở (CĐCS) do LĐLĐ TP Rạch Giá (cũ) quản lý, hiện có [[96|ut a pub s=Công đoàn phường Rạch Giá {P7}]] CĐCS với [[4.318|mt a pub s=Công đoàn phường Rạch Giá {P7}]] đoàn viên.

Từ ngày 1/7 đến nay, Công đoàn phường đã thành lập mới [[3|un a 2025-07-01..2025-11-06 s=Công đoàn phường Rạch Giá]] CĐCS, kết nạp [[142|mn a 2025-07-01..2025-11-06 s=Công đoàn phường Rạch Giá]] đoàn viên; tổ chức [[2|tr a 2025-07-01..2025-11-06 s=Công đoàn phường Rạch Giá]] lớp tập huấn nghiệp vụ cho [[168|te a 2025-07-01..2025-11-06 s=Công đoàn phường Rạch Giá]] cán bộ CĐCS; tham gia [[4|sv a 2025-07-01..2025-11-06 s=Công đoàn phường Rạch Giá]] cuộc giám sát việc thực hiện chế độ, chính sách cho người lao động tại doanh nghiệp.

Tính chung 9 tháng năm 2025 (kể cả thời gian trực thuộc LĐLĐ TP Rạch Giá), các CĐCS trên địa bàn đã thăm hỏi, hỗ trợ [[1.205|ben a f9-2025 s=Công đoàn phường Rạch Giá]] lượt đoàn viên, người lao động với kinh phí [[486 triệu|sf a f9-2025 s=Công đoàn phường Rạch Giá]] đồng.

Nhiệm kỳ 2025 - 2030, Công đoàn phường phấn đấu phát triển mới [[600|mn t t2025-2030 s=Công đoàn phường Rạch Giá]] đoàn viên, thành lập [[10|un t t2025-2030 s=Công đoàn phường Rạch Giá]] CĐCS trở lên.

Theo LĐLĐ tỉnh An Giang, đến nay toàn tỉnh có [[3.846|ut a pub r=An Giang n=the new province's federation reports for the new province (gold README 10)]] CĐCS với hơn [[265.000|mt a pub r=An Giang b=o n=the new province's federation reports for the new province (gold README 10)]] đoàn viên.

Đại hội đã bầu Ban Chấp hành gồm 9 đồng chí; bà Nguyễn Thị Bích Ngọc được bầu giữ chức Chủ tịch Công đoàn phường.

Thùy Trang
'''),

('cp08', 'https://baolamdong.vn/dai-hoi-cong-doan-vien-chuc-tinh-lam-dong-lan-thu-i-nhiem-ky-2025-2030-412873.html', '2026-03-12', 'Lâm Đồng', f'''Công đoàn Viên chức tỉnh đại hội lần thứ I: hơn [[21.000|mt a pub b=o s={S8} {HEAD}]] đoàn viên

Cập nhật: 12/03/2026 - 09:15

Ngày 11/3, tại phường Xuân Hương - Đà Lạt, Công đoàn Viên chức tỉnh Lâm Đồng tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Công đoàn Viên chức tỉnh được thành lập trên cơ sở hợp nhất Công đoàn Viên chức ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận (cũ), hiện có [[412|ut a pub s={S8} {LD}]] CĐCS với [[21.356|mt a pub s={S8} {LD}]] đoàn viên; trong đó khu vực Lâm Đồng (cũ) [[9.870|mt a pub r=Lâm Đồng s=khu vực Lâm Đồng (cũ) {KV}]] đoàn viên, khu vực Đắk Nông (cũ) [[4.102|mt a pub r=Đắk Nông s=khu vực Đắk Nông (cũ) {KV}]] đoàn viên và khu vực Bình Thuận (cũ) [[7.384|mt a pub r=Bình Thuận s=khu vực Bình Thuận (cũ) {KV}]] đoàn viên.

Báo cáo tại Đại hội cho biết, giai đoạn 2023 - 2025, công đoàn viên chức ba tỉnh (cũ) và Công đoàn Viên chức tỉnh (mới) đã giới thiệu [[865|pr a t2023-2025 s={S8} {LD}]] đoàn viên ưu tú cho Đảng, [[612|pa a t2023-2025 s={S8}]] đồng chí được kết nạp; phối hợp tổ chức [[68|sv a t2023-2025 s={S8}]] cuộc giám sát việc thực hiện quy chế dân chủ ở cơ sở; tư vấn pháp luật cho [[2.430|lc a t2023-2025 s={S8}]] lượt đoàn viên; thăm hỏi, hỗ trợ [[5.760|ben a t2023-2025 s={S8}]] lượt đoàn viên ốm đau, gặp khó khăn với số tiền [[3,1 tỷ|sf a t2023-2025 s={S8}]] đồng.

Dịp Tết Nguyên đán Bính Ngọ 2026, Công đoàn Viên chức tỉnh đã trao [[2.150|ben a y2026 s={S8} n=Tết gifts take the Tết year (challenge42 convention; gold README 8)]] suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.

Nhiệm kỳ 2025 - 2030, Công đoàn Viên chức tỉnh phấn đấu giới thiệu ít nhất [[1.500|pr t t2025-2030 b=o s={S8}]] đoàn viên ưu tú cho Đảng; vận động hỗ trợ xây dựng [[30|sh t t2025-2030 s={S8}]] nhà "Mái ấm Công đoàn"; 100% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Đại hội bầu Ban Chấp hành khóa I gồm 27 đồng chí.

Văn Tâm
'''),

('cp09', 'https://baosoctrang.org.vn/chinh-tri/201807/dai-hoi-cong-doan-tinh-soc-trang-lan-thu-x-nhiem-ky-2018-2023-b61f0a2/', '2018-07-27', 'Sóc Trăng', f'''Đại hội Công đoàn tỉnh Sóc Trăng lần thứ X, nhiệm kỳ 2018 - 2023

Thứ Sáu, 27/07/2018 | 09:05

Sáng 26/7, Liên đoàn Lao động tỉnh Sóc Trăng khai mạc Đại hội Công đoàn tỉnh lần thứ X, nhiệm kỳ 2018 - 2023 với 300 đại biểu tham dự.

Nhiệm kỳ 2013 - 2018, các cấp công đoàn đã phát triển mới [[25.842|mn a t2013-2018]] đoàn viên, đạt [[129,2%|mn p t2013-2018]] chỉ tiêu Nghị quyết; thành lập mới [[162|un a t2013-2018]] công đoàn cơ sở (CĐCS), vượt [[8%|un p t2013-2018 v=108 {VUOT}]] chỉ tiêu. Năm 2017 là năm có kết quả cao nhất với [[6.315|mn a y2017]] đoàn viên được kết nạp và [[41|un a y2017]] CĐCS được thành lập.

Trong nhiệm kỳ, các CĐCS đã thương lượng, ký kết [[386|ca a t2013-2018 n=Trong nhiệm kỳ = the term 2013 - 2018 of the paragraph, not the nearer năm 2017 (records.md periods)]] bản thỏa ước lao động tập thể; Quỹ "Mái ấm Công đoàn" hỗ trợ xây dựng [[245|sh a t2013-2018]] căn nhà với tổng kinh phí hơn [[9,8 tỷ|shf a t2013-2018 b=o]] đồng. Sau 5 năm, số đoàn viên toàn tỉnh tăng tuyệt đối [[9.340|mnet a t2013-2018 n=Sau 5 năm = the term 2013 - 2018 of the paragraph (records.md nearest earlier period phrase)]] người, số CĐCS tăng tuyệt đối [[58|unet a t2013-2018]] đơn vị. Các cấp công đoàn tổ chức [[1.254|tr a t2013-2018]] hội nghị tuyên truyền pháp luật cho trên [[96.500|te a t2013-2018 b=o]] lượt đoàn viên, người lao động.

Đến nay, toàn tỉnh có [[1.386|ut a pub]] CĐCS với [[68.210|mt a pub]] đoàn viên.

Đại hội đề ra mục tiêu nhiệm kỳ 2018 - 2023: phát triển mới [[25.000|mn t t2018-2023]] đoàn viên, thành lập [[150|un t t2018-2023]] CĐCS; phấn đấu đến năm 2023 toàn tỉnh có [[80.000|mt t y2023 b=o n=a stock target dated at the year the sentence names, 2023 (records.md periods); trở lên after the noun: over (gold README 5)]] đoàn viên trở lên.

Đại hội diễn ra trong 2 ngày (26 - 27/7), dự kiến bầu 37 ủy viên Ban Chấp hành LĐLĐ tỉnh khóa X.

Quốc Cường
'''),

('cp10', 'https://baodongkhoi.vn/hop-bao-dai-hoi-cong-doan-tinh-ben-tre-lan-thu-ix-22052013-a21468.html', '2013-05-22', 'Bến Tre', f'''Họp báo Đại hội Công đoàn tỉnh Bến Tre lần thứ IX

Cập nhật ngày: 22/05/2013

Chiều 21-5, Liên đoàn Lao động (LĐLĐ) tỉnh họp báo giới thiệu Đại hội Công đoàn tỉnh lần thứ IX, nhiệm kỳ 2013 - 2018. Đại hội dự kiến diễn ra trong 2 ngày 28 và 29-5-2013 tại Hội trường Tỉnh ủy với 280 đại biểu chính thức.

Nhiệm kỳ 2008 - 2013, các cấp công đoàn phát triển được [[21.675|mn a t2008-2013]] đoàn viên, thành lập [[214|un a t2008-2013]] công đoàn cơ sở (CĐCS), nâng tổng số đoàn viên toàn tỉnh hiện có lên [[52.430|mt a pub]] người, sinh hoạt tại [[1.046|ut a pub]] CĐCS. Quỹ "Mái ấm Công đoàn" tỉnh đã xây dựng [[512|sh a t2008-2013]] căn nhà cho đoàn viên nghèo với tổng số tiền [[8,7 tỷ|shf a t2008-2013]] đồng. Các cấp công đoàn giới thiệu [[4.120|pr a t2008-2013]] đoàn viên ưu tú cho Đảng, [[2.310|pa a t2008-2013]] đồng chí đã được kết nạp.

Nhiệm kỳ 2013 - 2018, Công đoàn tỉnh phấn đấu phát triển [[20.000|mn t t2013-2018]] đoàn viên; 90% doanh nghiệp có từ 30 lao động trở lên thành lập tổ chức công đoàn; giới thiệu ít nhất [[4.000|pr t t2013-2018 b=o]] đoàn viên ưu tú cho Đảng; vận động xây dựng [[400|sh t t2013-2018]] căn nhà "Mái ấm Công đoàn".

Đại hội sẽ bầu Ban Chấp hành LĐLĐ tỉnh khóa IX gồm 31 ủy viên.

Minh Đức
'''),
]
