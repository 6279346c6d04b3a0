"""ck16-ck20: an undated damaged ward report, a 2026 plan conference, H1 2026, an undated Mái ấm handover, 10 months 2026."""

KV = 'n=rule 10: khu vực X (cũ) part of the merged federation -> the old province X; scope as written'
WARD = 'n=rule 10: a ward union reports for the old province its ward lies in'
HEAD = 'n=rule 1: headline repeat of the body figure takes its region and period'
PART = 'n=part-way attainment of the year target takes the reporting period (challenge42 convention)'

ARTS = []

# ck16 union portal copy, undated, light damage: ward union of the new Khánh Hòa in the old Ninh Thuận
WNT = WARD + ' (Phan Rang, Ninh Thuận)'
H2 = '2025-07-01..2025-12-31'
ARTS.append(('ck16', 'http://congdoankhanhhoa.vn/index.php/tin-tuc/cong-doan-phuong-phan-rang-6-thang-dau-hoat-dong',
             None, 'Ninh Thuận', '''Công đoàn phường Phan Rang: 6 tháng đầu hoạt độngCông đoàn phường Phan Rang: 6 tháng đầu hoạt động

Công đoàn phường Phan Rang (tỉnh Khánh Hòa) được thành lập trên cơ sở các CĐCS trước đây thuộc LĐLĐ TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận. Sau 6 tháng hoạt động (từ ngày 1/7 đến 31/12/2025), Công đoàn phường đã thành lập [[3|un a ''' + H2 + ''' s=Công đoàn phường Phan Rang ''' + WNT + ''']] CĐCS, kêt nạp [[312|mn a ''' + H2 + ''' s=Công đoàn phường Phan Rang ''' + WNT + '''; kêt nạp typo (damage)]] đoàn viên; thăm hỏi, tặng quà [[l.085|ben a ''' + H2 + ''' s=Công đoàn phường Phan Rang ''' + WNT + '''; damaged l.085 -> 1085 (records.md)]] lượt đoàn viên, người lao động với tổng kinh phí [[482 triệu|sf a ''' + H2 + ''' s=Công đoàn phường Phan Rang ''' + WNT + ''']] đồng.

Công đoàn phường chỉ đạo các CĐCS cập nhật thông tin của [[3.960|rec a ''' + H2 + ''' s=Công đoàn phường Phan Rang ''' + WNT + ''']] đoàn viên lên phần mềm quản lý đoàn viên; giới thiệu [[9|pr a ''' + H2 + ''' s=Công đoàn phường Phan Rang ''' + WNT + ''']] đoàn viên ưu tú cho Đảng. Hiện Công đoàn phường quản lý [[67|ut a null s=Công đoàn phường Phan Rang ''' + WNT + '''; undated page, stock null (rule 7)]] CĐCS với [[4.215|mt a null s=Công đoàn phường Phan Rang ''' + WNT + '''; undated page, stock null (rule 7)]] đoàn viên.

Năm 2026, Công đoàn phường phấn đấu kết nạp [[400|mn t y2026 s=Công đoàn phường Phan Rang ''' + WNT + ''']] đoàn viên, thành lập [[3|un t y2026 s=Công đoàn phường Phan Rang ''' + WNT + ''']] CĐCS; phối hợp tổ chức Tháng Công nhân, chương trình “Tết Sum vầy” cho công nhân lao động tại KCN Thành Hải.

Tin: Thu Trang
Số lần đọc: 1 246
'''))

# ck17 baoquangngai-like, merged Quảng Ngãi (+ Kon Tum), year 2025 and 2026 plan
ARTS.append(('ck17', 'https://baoquangngai.vn/xa-hoi/lao-dong/202601/ldld-tinh-trien-khai-nhiem-vu-nam-2026-f4b1a2c/',
             '2026-01-15', 'Quảng Ngãi', '''15/01/2026 09:12

LĐLĐ tỉnh triển khai nhiệm vụ năm 2026

(Báo Quảng Ngãi)- Ngày 14/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2025 và triển khai nhiệm vụ năm 2026.

Năm 2025, các cấp công đoàn trong tỉnh kết nạp [[9.870|mn a y2025]] đoàn viên, đạt [[123%|mn p y2025]] kế hoạch; thành lập mới [[52|un a y2025]] công đoàn cơ sở (CĐCS). Trong đó, khu vực Kon Tum (cũ) kết nạp [[3.412|mn a y2025 r=Kon Tum s=khu vực Kon Tum (cũ) ''' + KV + ''']] đoàn viên, thành lập [[21|un a y2025 r=Kon Tum s=khu vực Kon Tum (cũ) ''' + KV + ''']] CĐCS. Toàn tỉnh hiện có [[2.750|ut a pub]] CĐCS với [[168.900|mt a pub]] đoàn viên.

Công đoàn các cấp đã chăm lo cho hơn [[68.000|ben a y2025 b=o]] lượt đoàn viên, người lao động với tổng kinh phí [[41,3 tỷ|sf a y2025]] đồng; hỗ trợ xây mới, sửa chữa [[35|sh a y2025]] nhà “Mái ấm Công đoàn” với số tiền [[2,45 tỷ|shf a y2025]] đồng. LĐLĐ tỉnh ký [[4|wp a y2025]] thỏa thuận hợp tác thực hiện chương trình “Phúc lợi đoàn viên công đoàn” với các doanh nghiệp, siêu thị, cơ sở y tế.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[10.000|mn t y2026]] đoàn viên, thành lập [[50|un t y2026]] CĐCS, hỗ trợ xây dựng [[30|sh t y2026]] nhà “Mái ấm Công đoàn”.

Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh đề nghị tổ chức công đoàn quan tâm hơn nữa đến công nhân lao động tại Khu kinh tế Dung Quất và khu vực Tây Nguyên của tỉnh. Dịp này, 16 tập thể và 24 cá nhân được LĐLĐ tỉnh tặng bằng khen.

THANH NHI
'''))

# ck18 baotuyenquang-like, merged Tuyên Quang (+ Hà Giang), H1 2026
ARTS.append(('ck18', 'https://baotuyenquang.com.vn/xa-hoi/lao-dong/6-thang-dau-nam-cong-doan-ket-nap-4-215-doan-vien-219840.html',
             '2026-07-10', 'Tuyên Quang', '''Thứ Sáu, 10/07/2026 08:20

6 tháng đầu năm, công đoàn kết nạp [[4.215|mn a h1-2026 ''' + HEAD + ''']] đoàn viên

Ngày 9/7, Liên đoàn Lao động (LĐLĐ) tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2026.

6 tháng đầu năm, LĐLĐ tỉnh kết nạp [[4.215|mn a h1-2026]] đoàn viên, đạt [[52,7%|mn p h1-2026 ''' + PART + ''']] kế hoạch năm; thành lập [[19|un a h1-2026]] công đoàn cơ sở (CĐCS). [[2.846|oc a h1-2026]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức. Tháng Công nhân năm 2026 được tổ chức tại [[1.120|wmu a mo2026-05 n=rule 8: an item naming Tháng Công nhân takes May 2026]] CĐCS. Công đoàn các cấp tham gia [[64|sv a h1-2026]] cuộc kiểm tra, giám sát; tổ chức [[22|tr a h1-2026]] lớp tập huấn cho [[1.980|te a h1-2026]] lượt cán bộ công đoàn.

Công đoàn phường Hà Giang 1 (khu vực Hà Giang cũ) là một trong những đơn vị dẫn đầu phong trào, kết nạp [[265|mn a h1-2026 r=Hà Giang s=Công đoàn phường Hà Giang 1 ''' + WARD + ''' (Hà Giang 1, Hà Giang)]] đoàn viên, thành lập [[3|un a h1-2026 r=Hà Giang s=Công đoàn phường Hà Giang 1 ''' + WARD + ''']] CĐCS ở các hợp tác xã và doanh nghiệp du lịch.

Hiện toàn tỉnh có [[2.415|ut a pub]] CĐCS với [[128.600|mt a pub]] đoàn viên. 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[3.800|mn t l6-2026]] đoàn viên.

Hội nghị đã khen thưởng 12 tập thể, 15 cá nhân có thành tích xuất sắc trong 6 tháng đầu năm 2026.

Thu Phương
'''))

# ck19 union portal, undated: merged Cà Mau (+ Bạc Liêu), Mái ấm Công đoàn handover in the old Bạc Liêu
ARTS.append(('ck19', 'https://congdoancamau.org.vn/tin-tuc/ban-giao-mai-am-cong-doan-tai-khu-vuc-bac-lieu-1342.html',
             None, 'Cà Mau', '''Bàn giao “Mái ấm Công đoàn” tại khu vực Bạc Liêu

Năm 2026, từ nguồn Quỹ Xã hội công đoàn và vận động xã hội hóa, Liên đoàn Lao động (LĐLĐ) tỉnh Cà Mau phấn đấu hỗ trợ xây mới, sửa chữa [[48|sh t y2026]] nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở.

Đợt này, LĐLĐ tỉnh bàn giao [[6|sh a y2026 r=Bạc Liêu s=khu vực Bạc Liêu (cũ) n=rule 10 (dev y15): the federation acting in khu vực Bạc Liêu gives the old province; period from the earlier năm 2026]] căn nhà tại phường Bạc Liêu, phường Hiệp Thành và xã Vĩnh Trạch (khu vực Bạc Liêu cũ), mỗi căn hỗ trợ 60 triệu đồng, tổng số tiền [[360 triệu|shf a y2026 r=Bạc Liêu s=khu vực Bạc Liêu (cũ) ''' + KV + ''']] đồng. Dịp này, Công đoàn phường Bạc Liêu trao [[30|ben a y2026 r=Bạc Liêu s=Công đoàn phường Bạc Liêu ''' + WARD + ''']] suất quà cho đoàn viên khó khăn, tổng trị giá [[15 triệu|sf a y2026 r=Bạc Liêu s=Công đoàn phường Bạc Liêu ''' + WARD + ''']] đồng.

Năm 2025, các cấp công đoàn trong tỉnh đã hỗ trợ xây dựng [[57|sh a y2025 n=rule 10: the merged federation's sum takes the kept name]] “Mái ấm Công đoàn”, tổng kinh phí [[3,42 tỷ|shf a y2025]] đồng, trong đó khu vực Bạc Liêu (cũ) [[23|sh a y2025 r=Bạc Liêu s=khu vực Bạc Liêu (cũ) ''' + KV + ''']] căn.

Hiện LĐLĐ tỉnh Cà Mau quản lý [[1.985|ut a null n=undated page, stock null (rule 7)]] CĐCS với [[122.400|mt a null n=undated page, stock null (rule 7)]] đoàn viên, trong đó khoảng 1/3 ở khu vực Bạc Liêu (cũ).

Ban Nữ công
'''))

# ck20 baodongthap-like, merged Đồng Tháp (+ Tiền Giang), 10 months 2026
ARTS.append(('ck20', 'https://baodongthap.vn/xa-hoi/10-thang-nam-2026-ket-nap-hon-11-000-doan-vien-142718.aspx',
             '2026-11-12', 'Đồng Tháp', '''10 tháng năm 2026, kết nạp hơn [[11.000|mn a f10-2026 b=o ''' + HEAD + ''']] đoàn viên

Thứ Năm, 12/11/2026 - 07:45

(ĐTO) - Theo Liên đoàn Lao động (LĐLĐ) tỉnh Đồng Tháp, 10 tháng năm 2026, các cấp công đoàn trong tỉnh kết nạp [[11.260|mn a f10-2026]] đoàn viên, đạt [[93,8%|mn p f10-2026 ''' + PART + ''']] kế hoạch năm; thành lập [[45|un a f10-2026]] công đoàn cơ sở (CĐCS), giải thể [[21|ud a f10-2026]] CĐCS do doanh nghiệp ngừng hoạt động, tăng tuyệt đối [[24|unet a f10-2026]] CĐCS. Khu vực Tiền Giang (cũ) kết nạp [[5.840|mn a f10-2026 r=Tiền Giang s=khu vực Tiền Giang (cũ) ''' + KV + ''']] đoàn viên.

LĐLĐ tỉnh ký kết [[7|wp a f10-2026]] thỏa thuận hợp tác chương trình “Phúc lợi đoàn viên công đoàn”, nâng tổng số thỏa thuận còn hiệu lực lên [[38|wp a pub n=rule 7: partners in force are the stock of their signings, dated at publication]]. Công đoàn các cấp tư vấn pháp luật cho [[3.120|lc a f10-2026]] lượt đoàn viên, người lao động; kiểm tra tài chính [[52|fi a f10-2026]] CĐCS; vận động [[86|meal a f10-2026]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca.

Hiện toàn tỉnh có 102 công đoàn xã, phường, quản lý [[3.215|ut a pub]] CĐCS với [[289.470|mt a pub]] đoàn viên.

2 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[1.800|mn t l2-2026]] đoàn viên; chuẩn bị chăm lo Tết Nguyên đán Đinh Mùi 2027 cho khoảng [[95.000|ben t y2027 b=a n=planned Tết Đinh Mùi 2027 care -> target of the year 2027]] lượt đoàn viên, người lao động.

Hữu Nghĩa
'''))
