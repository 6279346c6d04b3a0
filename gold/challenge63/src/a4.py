"""cp16-cp20: a post-merger commune congress, a city union, Hồ Chí Minh City, a damaged mid-term review, Đà Nẵng 2018."""

NUL = 'n=stock in an undated page: null period (records.md stocks)'
HEAD = 'n=headline repeat of the body figure, own bound word, body period (gold README 1)'
VUOT = 'n=vượt N% chỉ tiêu read as 100+N% attainment, bound exact (records.md status; gold README 3)'
REP = 'n=stock given as the members the delegates represent, dated at publication (records.md stocks; gold README 7)'
MID = 'n=part-way attainment of the term target takes the span reported (gold README 4, challenge42 convention)'
S16 = 'Công đoàn xã Chợ Gạo'
S17 = 'LĐLĐ thành phố Hạ Long'
S19 = 'LĐLĐ huyện Hải Hậu'
P19 = '2023-06-01..2024-12-31'

ARTS = [
('cp16', 'https://baodongthap.vn/chinh-tri/dai-hoi-cong-doan-xa-cho-gao-lan-thu-i-nhiem-ky-2025-2030-139882.aspx', '2026-01-16', 'Tiền Giang', f'''Đại hội Công đoàn xã Chợ Gạo lần thứ I, nhiệm kỳ 2025 - 2030

Thứ Sáu, 16/01/2026 - 15:20

Ngày 15/1, Công đoàn xã Chợ Gạo tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Công đoàn xã được thành lập theo Quyết định số 1286/QĐ-LĐLĐ ngày 1/7/2025 của Liên đoàn Lao động tỉnh Đồng Tháp, hiện quản lý [[64|ut a pub s={S16} n=commune union of the new Đồng Tháp lying in the old Tiền Giang: old province (gold README 10)]] công đoàn cơ sở (CĐCS) với [[2.875|mt a pub s={S16} n=commune union lying in the old Tiền Giang: old province (gold README 10)]] đoàn viên.

Trong 6 tháng cuối năm 2025, Công đoàn xã đã thành lập [[2|un a l6-2025 s={S16}]] CĐCS, phát triển [[87|mn a l6-2025 s={S16}]] đoàn viên; thăm hỏi [[214|ben a l6-2025 s={S16}]] lượt đoàn viên ốm đau, gặp khó khăn với số tiền [[96 triệu|sf a l6-2025 s={S16}]] đồng; phối hợp tổ chức [[3|tr a l6-2025 s={S16}]] hội nghị tuyên truyền pháp luật lao động cho [[320|te a l6-2025 s={S16}]] lượt đoàn viên, người lao động.

Dịp Tết Nguyên đán Bính Ngọ 2026, Công đoàn xã dự kiến trao [[450|ben t y2026 s={S16} n=dự kiến: a plan, target (gold README 4); Tết year (challenge42 convention)]] phần quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi phần trị giá 500.000 đồng.

Nhiệm kỳ 2025 - 2030, Công đoàn xã phấn đấu phát triển mới [[400|mn t t2025-2030 s={S16}]] đoàn viên, thành lập [[8|un t t2025-2030 s={S16}]] CĐCS; 90% CĐCS đạt tiêu chuẩn hoàn thành tốt nhiệm vụ.

Đại hội đã bầu Ban Chấp hành khóa I gồm 7 đồng chí.

Thanh Vũ
'''),

('cp17', 'https://baoquangninh.vn/dai-hoi-cong-doan-thanh-pho-ha-long-nhiem-ky-2023-2028-3241087.html', None, 'Quảng Ninh', f'''Đại hội Công đoàn thành phố Hạ Long nhiệm kỳ 2023 - 2028

Liên đoàn Lao động thành phố Hạ Long vừa tổ chức Đại hội Công đoàn thành phố lần thứ XXIV, nhiệm kỳ 2023 - 2028. LĐLĐ thành phố hiện quản lý [[402|ut a null s={S17} {NUL}]] công đoàn cơ sở (CĐCS) với [[28.640|mt a null s={S17} {NUL}]] đoàn viên.

Nhiệm kỳ 2018 - 2023, các cấp công đoàn thành phố kết nạp [[5.318|mn a t2018-2023 s={S17}]] đoàn viên; hướng dẫn ký kết [[148|ca a t2018-2023 s={S17}]] bản thỏa ước lao động tập thể; thành lập [[24|wc a t2018-2023 s={S17}]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước. Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[210|fi a t2018-2023 s={S17}]] lượt CĐCS; LĐLĐ thành phố chủ trì và tham gia [[85|sv a t2018-2023 s={S17}]] cuộc kiểm tra, giám sát. Các cấp công đoàn mở [[36|tr a t2018-2023 s={S17}]] lớp tập huấn cho [[3.450|te a t2018-2023 s={S17}]] lượt cán bộ công đoàn.

Riêng năm 2022, có [[312|oc a y2022 s={S17}]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức và [[164|wkc a y2022 s={S17}]] doanh nghiệp tổ chức hội nghị người lao động.

Nhiệm kỳ 2023 - 2028, LĐLĐ thành phố phấn đấu phát triển mới [[5.000|mn t t2023-2028 s={S17}]] đoàn viên, thành lập [[40|un t t2023-2028 s={S17}]] CĐCS.

Đại hội đã bầu 27 đồng chí vào Ban Chấp hành khóa XXIV; bầu 14 đại biểu dự Đại hội Công đoàn tỉnh Quảng Ninh lần thứ XIV.

Hoàng Quý
'''),

('cp18', 'https://nld.com.vn/cong-doan/dai-hoi-cong-doan-tp-hcm-lan-thu-xii-cham-lo-cho-hon-7-trieu-luot-doan-vien-196230914205512345.htm', '2023-09-14', 'Hồ Chí Minh', f'''Đại hội Công đoàn TP HCM lần thứ XII: Chăm lo cho hơn [[7 triệu|ben a t2018-2023 b=o {HEAD}]] lượt đoàn viên

14/09/2023 20:55

(NLĐO) - Sáng 14-9, Đại hội Công đoàn TP HCM lần thứ XII, nhiệm kỳ 2023 - 2028 khai mạc với 600 đại biểu chính thức đại diện cho gần [[1,3 triệu|mt a pub b=u {REP}]] đoàn viên.

Báo cáo của Ban Chấp hành LĐLĐ TP HCM khóa XI cho biết nhiệm kỳ 2018 - 2023, các cấp công đoàn thành phố đã kết nạp mới [[634.180|mn a t2018-2023]] đoàn viên, đạt [[105,7%|mn p t2018-2023]] chỉ tiêu Đại hội ([[600.000|mn t t2018-2023 n=the past term's own target, given in brackets (gold README 4)]] đoàn viên); thành lập [[2.846|un a t2018-2023]] công đoàn cơ sở (CĐCS).

Công đoàn thành phố đã chăm lo cho hơn [[7,2 triệu|ben a t2018-2023 b=o]] lượt đoàn viên, người lao động với tổng kinh phí gần [[3.900 tỷ|sf a t2018-2023 b=u]] đồng, trong đó có giai đoạn dịch Covid-19. Chương trình "Phúc lợi đoàn viên" ký [[132|wp a t2018-2023]] thỏa thuận hợp tác với doanh nghiệp cung ứng hàng hóa, dịch vụ; Quỹ "Mái ấm Công đoàn" xây mới, sửa chữa [[1.120|sh a t2018-2023]] căn nhà với số tiền [[56 tỷ|shf a t2018-2023]] đồng.

Riêng 8 tháng đầu năm 2023, các cấp công đoàn kết nạp [[58.300|mn a f8-2023]] đoàn viên. Hiện toàn thành phố có [[12.148|ut a pub]] CĐCS với [[1.286.540|mt a pub]] đoàn viên.

Nhiệm kỳ 2023 - 2028, Công đoàn TP HCM đặt mục tiêu phát triển mới [[500.000|mn t t2023-2028]] đoàn viên; giới thiệu [[80.000|pr t t2023-2028]] đoàn viên ưu tú cho Đảng; phấn đấu đến năm 2028 có [[1,5 triệu|mt t y2028 n=a stock target dated at the year the sentence names, 2028 (records.md periods)]] đoàn viên.

Đại hội diễn ra trong 2 ngày 14 và 15-9.

Đức Tuấn
'''),

('cp19', 'https://namdinh.gov.vn/ldld-huyen-hai-hau-so-ket-giua-nhiem-ky-2023-2028', None, 'Nam Định', f'''LĐLĐ huyện Hải Hậu sơ kết giữa nhiệm kỳ 2023 - 2028

Liên đoàn Lao động huyện Hải Hậu vừa tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Công đoàn huyện lần thứ XIX, nhiệm kỳ 2023 - 2028.

Từ đầu nhiệm kỳ (tháng 6/2023) đến hết năm 2024, các cấp công đoàn trong huyện đã kết nạp [[l.O36|mn a {P19} s={S19} n=l and O for 1 and 0 in a scraped figure (gold README 3)]] đoàn viên, đạt [[69,1%|mn p {P19} s={S19} {MID}]] chỉ tiêu nhiệm kỳ (chỉ tiêu [[1.500|mn t t2023-2028 s={S19}]] đoàn viên); thành lập [[12|un a {P19} s={S19}]] công đoàn cơ sở (CĐCS), đạt [[60%|un p {P19} s={S19} {MID}]] chỉ tiêu ([[20|un t t2023-2028 s={S19}]] CĐCS).

Các cấp công đoàn đã thăm hỏi, tặng quà cho [[1.2 45|ben a {P19} s={S19} n=a figure split by a stray space (gold README 3)]] lượt đoàn viên, người lao động với số tiền [[486 triệu|sf a {P19} s={S19}]] đồng; hỗ trợ xây dựng [[6|sh a {P19} s={S19}]] nhà "Mái ấm Công đoàn", mỗi nhà 50 triệu đồng. Tháng Công nhân năm 2024 được tổ chức tại [[58|wmu a mo2024-05 s={S19}]] CĐCS.

Hiện LĐLĐ huyện quản lý [[176|ut a null s={S19} {NUL}]] CĐCS với [[9.820|mt a null s={S19} {NUL}]] đoàn viên.

Hội nghị đề ra 5 nhóm giải pháp để hoàn thành các chỉ tiêu Nghị quyết Đại hội trong nửa cuối nhiệm kỳ.

Thu Hằng
'''),

('cp20', 'https://baodanang.vn/channel/5404/201808/dai-hoi-cong-doan-thanh-pho-lan-thu-xi-3145872/', '2018-08-01', 'Đà Nẵng', f'''Đà Nẵng: Kết nạp gần [[39.000|mn a t2013-2018 b=u {HEAD}]] đoàn viên trong nhiệm kỳ 2013 - 2018

Thứ Tư, 01/08/2018, 06:10 (GMT+7)

Ngày 31/7, Liên đoàn Lao động thành phố khai mạc Đại hội Công đoàn thành phố Đà Nẵng lần thứ XI, nhiệm kỳ 2018 - 2023.

Nhiệm kỳ 2013 - 2018, các cấp công đoàn thành phố kết nạp [[38.650|mn a t2013-2018]] đoàn viên, vượt [[28,8%|mn p t2013-2018 v=128.8 {VUOT}]] chỉ tiêu Nghị quyết; thành lập [[412|un a t2013-2018]] công đoàn cơ sở (CĐCS); hướng dẫn ký mới [[1.086|ca a t2013-2018]] bản thỏa ước lao động tập thể. Quỹ "Mái ấm Công đoàn" thành phố đã hỗ trợ xây mới, sửa chữa [[1.286|sh a t2013-2018]] nhà cho đoàn viên với tổng kinh phí [[38,5 tỷ|shf a t2013-2018]] đồng.

Riêng 6 tháng đầu năm 2018, toàn thành phố kết nạp [[4.216|mn a h1-2018]] đoàn viên. Hiện Đà Nẵng có [[2.680|ut a pub]] CĐCS với [[158.300|mt a pub]] đoàn viên.

Nhiệm kỳ 2018 - 2023, Công đoàn thành phố phấn đấu kết nạp [[30.000|mn t t2018-2023]] đoàn viên, thành lập [[300|un t t2018-2023]] CĐCS; hỗ trợ xây mới, sửa chữa [[1.000|sh t t2018-2023]] nhà "Mái ấm Công đoàn".

Đại hội diễn ra đến hết ngày 1/8, dự kiến bầu 35 ủy viên Ban Chấp hành khóa XI.

Hải Minh

Tin liên quan:
- LĐLĐ quận Liên Chiểu trao 200 suất quà cho công nhân khó khăn
- Công đoàn các KCN Đà Nẵng thành lập mới 12 CĐCS trong 6 tháng
'''),
]
