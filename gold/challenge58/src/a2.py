"""ck06-ck10: Tháng Công nhân 2026, pre-merger figures reported by the new body, ward unions reporting."""

KV = 'n=rule 10: khu vực X (cũ) part of the merged federation -> the old province X; scope as written'
WARD = 'n=rule 10: a ward union reports for the old province its ward lies in'
HEAD = 'n=rule 1: headline repeat of the body figure takes its region and period'
OLD = 'n=records.md regions: the reporting body named (the old provincial federation, before the merger) gives its province'

ARTS = []

# ck06 NLĐ-like, merged TP HCM (+ Bình Dương, Bà Rịa - Vũng Tàu), Tháng Công nhân 2026 launch
ARTS.append(('ck06', 'https://nld.com.vn/phat-dong-thang-cong-nhan-nam-2026-tai-khu-vuc-binh-duong-196260428164512.htm',
             '2026-04-28', 'Hồ Chí Minh', '''Thứ Ba, 28/04/2026 16:45 (GMT+7)

Phát động Tháng Công nhân năm 2026 tại khu vực Bình Dương

(NLĐO) - Trong Tháng Công nhân năm nay, các cấp công đoàn TP HCM dự kiến chăm lo cho [[200.000|ben t mo2026-05 ''' + HEAD.replace('headline', 'sapo') + ''']] đoàn viên, người lao động

Sáng 28-4, tại phường Thủ Dầu Một, Liên đoàn Lao động (LĐLĐ) TP HCM tổ chức lễ phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2026. Đây là lần đầu tiên lễ phát động cấp thành phố được tổ chức tại khu vực Bình Dương (cũ) kể từ khi hợp nhất.

Theo kế hoạch, trong Tháng Công nhân năm 2026, các cấp công đoàn thành phố sẽ thăm hỏi, tặng quà [[200.000|ben t mo2026-05 n=planned activities of a programme are targets (rule 4); Tháng Công nhân -> May]] đoàn viên, người lao động với kinh phí dự kiến [[150 tỷ|sf t mo2026-05]] đồng; phối hợp tổ chức đối thoại tại nơi làm việc ở [[1.000|wd t mo2026-05]] doanh nghiệp; kết nạp mới [[20.000|mn t mo2026-05]] đoàn viên. Riêng khu vực Bình Dương (cũ) sẽ trao [[50.000|ben t mo2026-05 r=Bình Dương s=khu vực Bình Dương (cũ) ''' + KV + ''']] phần quà cho công nhân lao động tại các khu công nghiệp.

Tháng Công nhân năm 2025, khi chưa hợp nhất, LĐLĐ TP HCM đã chăm lo cho hơn [[250.000|ben a mo2025-05 b=o]] lượt đoàn viên, người lao động; LĐLĐ tỉnh Bình Dương chăm lo cho [[82.400|ben a mo2025-05 r=Bình Dương ''' + OLD + ''']] lượt đoàn viên, người lao động.

Hiện LĐLĐ TP HCM có 168 công đoàn phường, xã, đặc khu và nhiều công đoàn ngành, công đoàn các khu chế xuất, khu công nghiệp, quản lý [[36.915|ut a pub]] CĐCS với hơn [[2,1 triệu|mt a pub b=o]] đoàn viên.

Tại lễ phát động, đại diện 500 công nhân lao động đã ký cam kết thực hiện tốt các quy định về an toàn, vệ sinh lao động.

Tin liên quan
Công đoàn phường Vũng Tàu trao 300 phần quà cho ngư dân
'''))

# ck07 baoquangtri-like, merged Quảng Trị (+ Quảng Bình), Tháng Công nhân 2026 summary
MAY = 'n=Tháng Công nhân năm 2026 -> May 2026'
ARTS.append(('ck07', 'https://baoquangtri.vn/xa-hoi/thang-cong-nhan-nam-2026-cham-lo-cho-hon-21-000-doan-vien-nguoi-lao-dong-201764.htm',
             '2026-06-04', 'Quảng Trị', '''Tháng Công nhân năm 2026: Chăm lo cho hơn [[21.000|ben a mo2026-05 b=o ''' + HEAD + ''']] đoàn viên, người lao động

04/06/2026 07:30

QTO - Ngày 3/6, Liên đoàn Lao động (LĐLĐ) tỉnh Quảng Trị cho biết, Tháng Công nhân năm 2026 được tổ chức tại [[1.486|wmu a mo2026-05 ''' + MAY + ''']] công đoàn cơ sở (CĐCS) trên địa bàn tỉnh.

Trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà cho [[21.364|ben a mo2026-05 n=trong tháng -> the month named before (May 2026)]] lượt đoàn viên, người lao động với tổng kinh phí [[9,8 tỷ|sf a mo2026-05]] đồng; [[146|wd a mo2026-05]] doanh nghiệp tổ chức đối thoại tại nơi làm việc; [[38|meal a mo2026-05]] doanh nghiệp nâng mức bữa ăn ca, bình quân đạt 20.000 đồng/suất; bàn giao [[12|sh a mo2026-05]] nhà “Mái ấm Công đoàn”. Riêng khu vực Quảng Bình (cũ) có [[9.120|ben a mo2026-05 r=Quảng Bình s=khu vực Quảng Bình (cũ) ''' + KV + ''']] lượt đoàn viên, người lao động được chăm lo với kinh phí [[4,1 tỷ|sf a mo2026-05 r=Quảng Bình s=khu vực Quảng Bình (cũ) ''' + KV + ''']] đồng.

Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động, công đoàn các cấp tham gia [[24|sv a mo2026-05]] đoàn kiểm tra, giám sát tại doanh nghiệp; tổ chức [[56|tr a mo2026-05]] hội nghị tuyên truyền, tập huấn cho [[4.870|te a mo2026-05]] lượt người lao động.

Năm nay, Tháng Công nhân diễn ra trong bối cảnh tỉnh mới vừa hoàn thành năm đầu vận hành chính quyền địa phương 2 cấp với 78 xã, phường, đặc khu. LĐLĐ tỉnh đánh giá, nhiều công đoàn xã, phường lần đầu chủ trì hoạt động đã chủ động, sáng tạo.

Lê Na
'''))

# ck08 baobacninh-like, merged Bắc Ninh (+ Bắc Giang), figures before the merger reported by the new body
ARTS.append(('ck08', 'https://baobacninhtv.vn/ldld-tinh-tong-hop-ket-qua-cong-tac-cong-doan-truoc-va-sau-hop-nhat-postid424019.bbg',
             '2025-08-14', 'Bắc Ninh', '''Thứ Năm, 14/08/2025 - 09:30

LĐLĐ tỉnh tổng hợp kết quả công tác công đoàn trước và sau hợp nhất

BẮC NINH - Ngày 13/8, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Ninh họp đánh giá kết quả công tác công đoàn 7 tháng năm 2025, thống nhất số liệu của hai đơn vị trước hợp nhất.

Báo cáo cho biết, từ đầu năm đến ngày 30/6/2025, LĐLĐ tỉnh Bắc Giang đã thành lập [[24|un a h1-2025 r=Bắc Giang ''' + OLD + ''']] CĐCS, kết nạp [[7.105|mn a h1-2025 r=Bắc Giang ''' + OLD + ''']] đoàn viên; LĐLĐ tỉnh Bắc Ninh (cũ) thành lập [[19|un a h1-2025 n=the old Bắc Ninh federation keeps the name Bắc Ninh (records.md)]] CĐCS, kết nạp [[6.480|mn a h1-2025]] đoàn viên. Từ ngày 1/7 đến ngày 31/7/2025, LĐLĐ tỉnh Bắc Ninh sau hợp nhất thành lập [[6|un a 2025-07-01..2025-07-31]] CĐCS, kết nạp [[1.312|mn a 2025-07-01..2025-07-31]] đoàn viên.

Về công tác đại diện, 7 tháng năm 2025, công đoàn các cấp trong tỉnh ký kết mới [[131|ca a f7-2025]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[1.964|ca a pub n=rule 7: agreements in force are the stock of their signings, dated at publication]] bản; ký [[5|wp a f7-2025]] thỏa thuận hợp tác thực hiện chương trình “Phúc lợi đoàn viên công đoàn”.

Hiện LĐLĐ tỉnh Bắc Ninh có 99 công đoàn xã, phường và các công đoàn ngành, Công đoàn các KCN trực thuộc, quản lý [[3.912|ut a pub]] CĐCS với [[596.870|mt a pub]] đoàn viên.

5 tháng cuối năm 2025, LĐLĐ tỉnh phấn đấu thành lập [[40|un t l5-2025]] CĐCS, tập trung vào doanh nghiệp FDI mới đi vào hoạt động tại các KCN.

Ngọc Hân
'''))

# ck09 baocantho-like, ward union of the new Cần Thơ in the old Sóc Trăng
WSD = WARD + ' (Phú Lợi, formerly Sóc Trăng city)'
ARTS.append(('ck09', 'https://baocantho.com.vn/cong-doan-phuong-phu-loi-ket-nap-620-doan-vien-a198412.html',
             '2025-11-18', 'Sóc Trăng', '''Thứ Ba, 18/11/2025, 09:05 (GMT+7)

Công đoàn phường Phú Lợi kết nạp [[620|mn a 2025-07-01..2025-11-18 s=Công đoàn phường Phú Lợi ''' + WSD + '''; rule 1 headline repeat]] đoàn viên

Sau hơn 4 tháng đi vào hoạt động, Công đoàn phường Phú Lợi (TP Cần Thơ) đã từng bước ổn định tổ chức, tạo được niềm tin với đoàn viên, người lao động. Phường Phú Lợi được thành lập trên cơ sở các phường trước đây thuộc TP Sóc Trăng, tỉnh Sóc Trăng.

Từ ngày 1/7/2025 đến nay, Công đoàn phường đã kết nạp [[620|mn a 2025-07-01..2025-11-18 s=Công đoàn phường Phú Lợi ''' + WSD + ''']] đoàn viên, trong đó có [[312|mn a 2025-07-01..2025-11-18 s=CĐCS mới thành lập ''' + WSD + '''; rule 9: members of new unions are members_new, rule 6 breakdown]] đoàn viên ở [[5|un a 2025-07-01..2025-11-18 s=Công đoàn phường Phú Lợi ''' + WSD + ''']] CĐCS mới thành lập. Công đoàn phường thăm hỏi, hỗ trợ [[86|ben a 2025-07-01..2025-11-18 s=Công đoàn phường Phú Lợi ''' + WSD + ''']] đoàn viên ốm đau, tai nạn, có hoàn cảnh khó khăn với tổng số tiền [[64 triệu|sf a 2025-07-01..2025-11-18 s=Công đoàn phường Phú Lợi ''' + WSD + ''']] đồng; phối hợp LĐLĐ thành phố mở [[3|tr a 2025-07-01..2025-11-18 s=Công đoàn phường Phú Lợi ''' + WSD + ''']] lớp tập huấn nghiệp vụ cho [[145|te a 2025-07-01..2025-11-18 s=Công đoàn phường Phú Lợi ''' + WSD + ''']] cán bộ công đoàn cơ sở.

Hiện Công đoàn phường Phú Lợi quản lý [[74|ut a pub s=Công đoàn phường Phú Lợi ''' + WSD + ''']] CĐCS với [[5.236|mt a pub s=Công đoàn phường Phú Lợi ''' + WSD + ''']] đoàn viên. Bà Lâm Thị Mỹ Hạnh, Chủ tịch Công đoàn phường cho biết, khó khăn lớn nhất hiện nay là nhiều CĐCS khu vực hành chính sự nghiệp thay đổi đầu mối sau sắp xếp, cán bộ công đoàn kiêm nhiệm còn thiếu kinh nghiệm.

Toàn TP Cần Thơ hiện có 103 công đoàn xã, phường trực thuộc LĐLĐ thành phố.

TRÚC LINH
'''))

# ck10 union portal, undated: ward union of the new Đắk Lắk in the old Phú Yên, year 2025 and 2026 targets
WPY = WARD + ' (Tuy Hòa, Phú Yên)'
ARTS.append(('ck10', 'https://congdoandaklak.org.vn/tin-tuc/cong-doan-phuong-tuy-hoa-tong-ket-hoat-dong-nam-2025-2286.html',
             None, 'Phú Yên', '''Trang chủ > Tin tức - Sự kiện > Hoạt động công đoàn

Công đoàn phường Tuy Hòa tổng kết hoạt động năm 2025

Công đoàn phường Tuy Hòa (khu vực Phú Yên cũ) vừa tổ chức hội nghị tổng kết hoạt động năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025, đặc biệt từ khi tiếp nhận các CĐCS do LĐLĐ TP Tuy Hòa (cũ) bàn giao, Công đoàn phường đã kết nạp [[418|mn a y2025 s=Công đoàn phường Tuy Hòa ''' + WPY + ''']] đoàn viên, thành lập [[4|un a y2025 s=Công đoàn phường Tuy Hòa ''' + WPY + ''']] CĐCS; chăm lo cho [[1.126|ben a y2025 s=Công đoàn phường Tuy Hòa ''' + WPY + ''']] lượt đoàn viên, người lao động với kinh phí [[512 triệu|sf a y2025 s=Công đoàn phường Tuy Hòa ''' + WPY + ''']] đồng; phối hợp trao [[2|sh a y2025 s=Công đoàn phường Tuy Hòa ''' + WPY + ''']] nhà “Mái ấm Công đoàn”, mỗi nhà được hỗ trợ 60 triệu đồng. Các CĐCS đã giới thiệu [[12|pr a y2025 s=Công đoàn phường Tuy Hòa ''' + WPY + ''']] đoàn viên ưu tú cho Đảng xem xét, trong đó [[7|pa a y2025 s=Công đoàn phường Tuy Hòa ''' + WPY + ''']] đồng chí đã được kết nạp vào Đảng.

Hiện Công đoàn phường quản lý [[88|ut a null s=Công đoàn phường Tuy Hòa ''' + WPY + '''; undated page, stock null (rule 7)]] CĐCS với [[6.104|mt a null s=Công đoàn phường Tuy Hòa ''' + WPY + '''; undated page, stock null (rule 7)]] đoàn viên.

Năm 2026, Công đoàn phường phấn đấu kết nạp [[450|mn t y2026 s=Công đoàn phường Tuy Hòa ''' + WPY + ''']] đoàn viên, thành lập [[5|un t y2026 s=Công đoàn phường Tuy Hòa ''' + WPY + ''']] CĐCS, 100% CĐCS tổ chức Tháng Công nhân.

Dịp này, LĐLĐ tỉnh Đắk Lắk tặng giấy khen cho 6 tập thể và 9 cá nhân có thành tích xuất sắc.

Ban Tuyên giáo
'''))
