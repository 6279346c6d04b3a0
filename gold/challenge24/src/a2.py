"""ad06-ad10: 9 months 2025, year 2025, ward Mái ấm, Phúc lợi đoàn viên, Tết 2027 plan."""

AD06 = '''Công đoàn Cà Mau kết nạp hơn [[3.400|mn a f9-2025 b=o n=rounded headline repeat of 3.426: the body's region and period, bound 'hơn' (gold README 1)]] đoàn viên trong 9 tháng

Thứ Tư, 08/10/2025 | 15:32

(CM) - Ngày 7/10, LĐLĐ tỉnh Cà Mau tổ chức hội nghị sơ kết công tác công đoàn 9 tháng đầu năm 2025. Đây là lần sơ kết đầu tiên kể từ khi LĐLĐ tỉnh Cà Mau (mới) chính thức hoạt động trên cơ sở hợp nhất LĐLĐ hai tỉnh Cà Mau và Bạc Liêu.

Theo báo cáo, 9 tháng qua, các cấp công đoàn trong tỉnh kết nạp [[3.426|mn a f9-2025 n='9 tháng qua' takes the year of the lead (9 tháng đầu năm 2025)]] đoàn viên, thành lập [[18|un a f9-2025]] CĐCS. Riêng khu vực Bạc Liêu (cũ) kết nạp [[1.509|mn a f9-2025 r=Bạc Liêu n=khu vực Bạc Liêu (cũ) -> region Bạc Liêu, region_2025 Cà Mau (records.md, challenge21 README)]] đoàn viên, thành lập [[7|un a f9-2025 r=Bạc Liêu]] CĐCS.

Công tác đại diện, bảo vệ quyền lợi người lao động được chú trọng: có [[1.126/1.180|wkc a f9-2025 v=1126 n=x/y: the enterprises that held the conference (gold README 3)]] doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động; tổ chức đối thoại tại nơi làm việc ở [[342|wd a f9-2025]] đơn vị; ký mới [[56|ca a f9-2025]] bản thỏa ước lao động tập thể; tư vấn pháp luật cho hơn [[1.500|lc a f9-2025 b=o]] lượt đoàn viên, người lao động.

Đến nay, toàn tỉnh có [[1.962|ut a pub n='Đến nay ... có' stock -> publication date (gold README 7)]] CĐCS với [[97.845|mt a pub]] đoàn viên.

Quý IV, LĐLĐ tỉnh tập trung hoàn thành chỉ tiêu năm 2025: kết nạp [[5.000|mn t y2025 n=a list under 'chỉ tiêu năm 2025' takes the year (gold README 8), not Quý IV]] đoàn viên, thành lập [[30|un t y2025]] CĐCS.

Hội nghị lần thứ 2 Ban Chấp hành LĐLĐ tỉnh khóa mới cũng đã kiện toàn 3 ủy viên Ban Thường vụ.

Thanh Tâm
'''

AD07 = '''Lào Cai: Năm 2025 kết nạp [[9.215|mn a y2025 n=headline repeat of the body figure (gold README 1)]] đoàn viên công đoàn, vượt [[15%|mn p y2025 v=115 n='vượt 15% kế hoạch' -> attainment 115 (records.md)]] kế hoạch

Cập nhật lúc 17:10, Thứ Sáu, 26/12/2025 (GMT+7)

Chiều 25/12, LĐLĐ tỉnh Lào Cai tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của LĐLĐ tỉnh Lào Cai sau hợp nhất với LĐLĐ tỉnh Yên Bái.

Năm 2025, các cấp công đoàn trong tỉnh kết nạp [[9.215|mn a y2025]] đoàn viên, vượt [[15%|mn p y2025 v=115]] kế hoạch; thành lập mới [[62|un a y2025]] CĐCS. Trong đó, khu vực Yên Bái (cũ) đóng góp [[4.102|mn a y2025 r=Yên Bái n=khu vực Yên Bái (cũ) -> region Yên Bái, region_2025 Lào Cai]] đoàn viên và [[27|un a y2025 r=Yên Bái]] CĐCS.

Công đoàn các cấp đã giới thiệu [[468|pr a y2025]] đoàn viên ưu tú cho Đảng xem xét kết nạp; [[251|pa a y2025]] đoàn viên được kết nạp vào Đảng. Xây mới, sửa chữa [[48|sh a y2025]] "Mái ấm Công đoàn" với tổng kinh phí [[2,4 tỷ|shf a y2025]] đồng, mức hỗ trợ 50 triệu đồng/nhà xây mới và 30 triệu đồng/nhà sửa chữa.

Công tác chuyển đổi số được đẩy mạnh: cập nhật thông tin [[118.500|rec a y2025]] đoàn viên lên phần mềm quản lý đoàn viên, cấp [[22.300|rec a y2025 n=cards issued -> member_records (indicators.tsv)]] thẻ đoàn viên công đoàn điện tử.

Năm 2026, LĐLĐ tỉnh đặt mục tiêu kết nạp [[9.500|mn t y2026]] đoàn viên, xây dựng ít nhất [[40|sh t y2026 b=o]] "Mái ấm Công đoàn"; 100% CĐCS khu vực doanh nghiệp có từ 25 lao động trở lên tổ chức hội nghị người lao động.

Dịp này, 20 tập thể và 35 cá nhân được tặng Bằng khen của LĐLĐ tỉnh.

Tin, ảnh: Lê Hà
'''

CDP = 'Công đoàn phường Hoàng Mai'

AD08 = '''Công đoàn phường Hoàng Mai trao "Mái ấm Công đoàn" cho nữ công nhân khó khăn

16/09/2025 10:25

(LĐTĐ) Ngày 15/9, Công đoàn phường Hoàng Mai (Hà Nội) phối hợp với LĐLĐ thành phố Hà Nội trao [[80 triệu|shf a pub s=''' + CDP + ''' n=one house handed over on 15/9, no period phrase -> publication date (records.md fallback)]] đồng hỗ trợ xây dựng "Mái ấm Công đoàn" cho chị Nguyễn Thị Lan, đoàn viên CĐCS Công ty CP May Thăng Long. Đây là căn nhà thứ 15 do Công đoàn phường vận động xây dựng.

Đại diện Công đoàn phường Hoàng Mai trao biển "Mái ấm Công đoàn" cho gia đình chị Lan.

Công đoàn phường Hoàng Mai được thành lập sau khi sắp xếp đơn vị hành chính cấp xã, hiện có [[112|ut a pub s=''' + CDP + ''']] CĐCS với hơn [[9.800|mt a pub b=o s=''' + CDP + ''']] đoàn viên. Dịp này, Công đoàn phường tặng [[30|ben a pub s=''' + CDP + ''']] suất quà cho đoàn viên có con chuẩn bị vào năm học mới.

Từ đầu năm 2025 đến nay, LĐLĐ thành phố Hà Nội đã hỗ trợ xây mới, sửa chữa [[126|sh a 2025-01-01..2025-09-16 n='Từ đầu năm 2025 đến nay' -> to publication (records.md)]] "Mái ấm Công đoàn" với tổng kinh phí hơn [[6,3 tỷ|shf a 2025-01-01..2025-09-16 b=o]] đồng. Riêng từ khi vận hành chính quyền địa phương hai cấp (1/7), các công đoàn phường, xã đã đề xuất 34 trường hợp cần hỗ trợ. Từ nay đến cuối năm 2025, thành phố sẽ hỗ trợ thêm [[50|sh t 2025-09-16..2025-12-31 n='sẽ' planned -> target; 'Từ nay đến cuối năm 2025' from publication to year end]] "Mái ấm Công đoàn".

Bảo Anh
Từ khóa: Mái ấm Công đoàn, Công đoàn phường Hoàng Mai
'''

AD09 = '''Tây Ninh: Ký kết chương trình "Phúc lợi đoàn viên" với [[12|wp a pub n=headline repeat of the body's signing (the event of 20/8, no period phrase -> publication date)]] doanh nghiệp

Thứ Năm, 21/08/2025 - 08:45

(BTNO) - Ngày 20/8, tại phường Long An, LĐLĐ tỉnh Tây Ninh tổ chức lễ ký kết thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên" với [[12|wp a pub]] doanh nghiệp trong lĩnh vực siêu thị, y tế, giáo dục, du lịch. Theo đó, đoàn viên công đoàn được ưu đãi giảm giá từ 5% đến 30% khi sử dụng sản phẩm, dịch vụ của các đơn vị.

Đây là đợt ký kết đầu tiên của LĐLĐ tỉnh Tây Ninh (mới), nâng tổng số đối tác tham gia chương trình trên địa bàn tỉnh lên [[87|wp a pub n='nâng tổng số ... lên' stock of partners -> welfare_partners at publication (challenge21 README)]], trong đó khu vực Long An (cũ) [[52|wp a pub r=Long An n=khu vực Long An (cũ) breakdown of the stock -> region Long An, region_2025 Tây Ninh]] đối tác, khu vực Tây Ninh (cũ) [[35|wp a pub n=khu vực Tây Ninh (cũ): the former province of the same name]] đối tác.

Lãnh đạo LĐLĐ tỉnh Tây Ninh và đại diện các doanh nghiệp ký kết thỏa thuận hợp tác.

Dịp này, LĐLĐ tỉnh trao [[100|ben a pub]] suất quà cho đoàn viên khó khăn đang làm việc tại các KCN, mỗi suất trị giá 500.000 đồng. Trong 4 tháng cuối năm 2025, LĐLĐ tỉnh phấn đấu ký kết thêm ít nhất [[20|wp t l4-2025 b=o]] thỏa thuận hợp tác. Năm 2024, LĐLĐ tỉnh Long An đã ký [[9|wp a y2024 r=Long An n=the former province's own body (LĐLĐ tỉnh Long An) before the merger]] thỏa thuận hợp tác với doanh nghiệp.

Thanh Nga
Tổng đài: 0272 3826 123
'''

AD10 = '''Quảng Trị dự kiến chăm lo Tết Đinh Mùi 2027 cho [[32.000|ben t y2027 n=headline repeat of the planned figure: the body's region and period; no bound word in the headline -> exact (gold README 1, 5)]] đoàn viên, người lao động

15/12/2026 07:30

QTO - LĐLĐ tỉnh Quảng Trị vừa ban hành kế hoạch tổ chức các hoạt động chăm lo Tết Nguyên đán Đinh Mùi 2027 cho đoàn viên, người lao động. Đây là năm thứ hai LĐLĐ tỉnh tổ chức chăm lo Tết sau khi hợp nhất hai tỉnh Quảng Bình và Quảng Trị.

Theo kế hoạch, các cấp công đoàn phấn đấu chăm lo cho khoảng [[32.000|ben t y2027 b=a n=Tết programme plan -> target of the Tết year 2027 (gold README 4; challenge21 README)]] đoàn viên, người lao động với tổng kinh phí dự kiến [[29,5 tỷ|sf t y2027]] đồng; trong đó khu vực Quảng Bình (cũ) khoảng [[17.500|ben t y2027 b=a r=Quảng Bình n=khu vực Quảng Bình (cũ) -> region Quảng Bình, region_2025 Quảng Trị]] người.

Chương trình "Tết Sum vầy" năm 2027 dự kiến trao [[3.000|ben t y2027]] suất quà cho đoàn viên khó khăn, mỗi suất 1,2 triệu đồng. Chương trình "Chuyến xe Công đoàn" bố trí 30 chuyến xe đưa khoảng [[1.600|ben t y2027 b=a n=workers carried home free -> beneficiaries (as bus tickets, challenge21 README); the 30 buses are not a record]] công nhân về quê đón Tết. LĐLĐ tỉnh cũng sẽ hỗ trợ xây dựng [[10|sh t y2027]] "Mái ấm Công đoàn" trước Tết.

Tết Bính Ngọ 2026, LĐLĐ tỉnh đã chăm lo cho [[30.845|ben a y2026]] đoàn viên, người lao động với tổng kinh phí [[27,6 tỷ|sf a y2026]] đồng.

Ý kiến bạn đọc (0)
'''

ARTS = [
    ('ad06', 'https://baocamau.vn/cong-doan-ca-mau-ket-nap-hon-3-400-doan-vien-trong-9-thang-a41280.html', '2025-10-08', 'Cà Mau', AD06),
    ('ad07', 'https://baolaocai.vn/lao-cai-nam-2025-ket-nap-9215-doan-vien-post418227.html', '2025-12-26', 'Lào Cai', AD07),
    ('ad08', 'https://laodongthudo.vn/cong-doan-phuong-hoang-mai-trao-mai-am-cong-doan-184522.html', '2025-09-16', 'Hà Nội', AD08),
    ('ad09', 'https://baotayninh.vn/ky-ket-chuong-trinh-phuc-loi-doan-vien-voi-12-doanh-nghiep-a196402.html', '2025-08-21', 'Tây Ninh', AD09),
    ('ad10', 'https://baoquangtri.vn/quang-tri-du-kien-cham-lo-tet-dinh-mui-2027-201455.htm', '2026-12-15', 'Quảng Trị', AD10),
]
