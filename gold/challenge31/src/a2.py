"""ak06-ak10: Mekong delta and central coast."""

A06 = """Thứ Sáu, 08/07/2022 - 10:12
LĐLĐ tỉnh: Phát triển mới [[1.046|mn a h1-2022 n=headline repeat, takes the body's period (gold README 1)]] đoàn viên trong 6 tháng đầu năm

(BL) - Chiều 7/7, Ban Chấp hành LĐLĐ tỉnh tổ chức hội nghị lần thứ 7 (mở rộng) sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.

Theo báo cáo, 6 tháng đầu năm, các cấp công đoàn trong tỉnh đã phát triển mới [[1.046|mn a h1-2022 n=6 tháng đầu năm without a year -> publication year 2022 (gold README 8); region Bạc Liêu from the site]] đoàn viên, đạt [[52,3%|mn p h1-2022 n=part-way attainment of the year plan takes the reporting period (challenge21 rule)]] kế hoạch năm; thành lập mới [[6|un a h1-2022]] CĐCS, trong đó có [[4|un a h1-2022 s=doanh nghiệp ngoài nhà nước n=breakdown (gold README 6)]] CĐCS doanh nghiệp ngoài nhà nước. Hiện toàn tỉnh có [[1.019|ut a pub]] CĐCS với [[41.730|mt a pub]] đoàn viên.

Các CĐCS doanh nghiệp đã phối hợp tổ chức hội nghị người lao động tại [[63/71|wkc a h1-2022 n=x/y -> x (records.md value)]] doanh nghiệp đã có tổ chức công đoàn, tổ chức đối thoại định kỳ tại [[58|wd a h1-2022]] doanh nghiệp; ký kết mới [[12|ca a h1-2022]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[57|ca a pub n=stock stated with nâng tổng số ... lên -> dated at publication (records.md stocks; challenge21 least-certain 2)]] bản. Có [[9|meal a h1-2022]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca cho người lao động, mức bình quân đạt 22.000 đồng/suất.

Đại biểu biểu quyết thông qua các nội dung tại hội nghị. Ảnh: H.T
Đại biểu biểu quyết thông qua các nội dung tại hội nghị. Ảnh: H.T

Bên cạnh đó, LĐLĐ tỉnh đã chi hỗ trợ [[214|ben a h1-2022]] đoàn viên, người lao động bị tai nạn lao động, ốm đau, có hoàn cảnh khó khăn với số tiền [[321 triệu|sf a h1-2022]] đồng.

6 tháng cuối năm 2022, LĐLĐ tỉnh phấn đấu phát triển [[1.000|mn t h2-2022]] đoàn viên, thành lập [[5|un t h2-2022]] CĐCS, hoàn thành các chỉ tiêu Tổng Liên đoàn giao. Dịp này, LĐLĐ tỉnh tặng bằng khen cho 9 tập thể, 12 cá nhân có thành tích xuất sắc.

Hữu Thọ

Ý kiến bạn đọc
Tin liên quan
- Trao 20 nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn (30/06/2022)
- Công đoàn ngành Y tế tuyên dương 45 "Thầy thuốc tiêu biểu" (25/06/2022)
"""

A07 = """Cổng thông tin điện tử huyện Vị Thủy - tỉnh Hậu Giang
Trang chủ > Tin tức - Sự kiện > Hoạt động đoàn thể
LĐLĐ huyện Vị Thủy tổng kết hoạt động công đoàn năm 2017

Chiều ngày 11/01/2018, Liên đoàn Lao động huyện Vị Thủy tổ chức hội nghị tổng kết hoạt động công đoàn năm 2017 và triển khai phương hướng, nhiệm vụ năm 2018.&nbsp;

Năm 2017, LĐLĐ huyện đã chỉ đạo các công đoàn cơ sở kết nạp [[186|mn a y2017 s=LĐLĐ huyện Vị Thủy n=district union gives its province, Hậu Giang from the portal's header (records.md regions)]] đoàn viên mới, đạt [[116,25%|mn p y2017 s=LĐLĐ huyện Vị Thủy]] chỉ tiêu; thành lập mới [[3|un a y2017 s=LĐLĐ huyện Vị Thủy, khu vực ngoài nhà nước]] công đoàn cơ sở khu vực ngoài nhà nước. Hiện LĐLĐ huyện quản lý [[74|ut a null s=LĐLĐ huyện Vị Thủy n=stock (hiện) with no publication date -> null..null (gold README 7)]] công đoàn cơ sở với [[2.915|mt a null s=LĐLĐ huyện Vị Thủy n=stock, undated page -> null..null (gold README 7)]] đoàn viên.

Trong năm, cac cap cong doan da tham hoi, tang qua cho [[1.1 40|ben a y2017 s=LĐLĐ huyện Vị Thủy n=scraping damage: stripped marks and a split number, 1.1 40 -> 1140 (records.md value); Trong năm -> 2017 named before]] luot doan vien, nguoi lao dong co hoan canh kho khan voi tong so tien tren [[290 trieu|sf a y2017 b=o s=LĐLĐ huyện Vị Thủy v=290000000 n=trieu without marks still the multiplier (gold README 3)]] dong; phoi hop xay dung [[3|sh a y2017 s=LĐLĐ huyện Vị Thủy]] nha "Mai am Cong doan" tri gia [[120 trieu|shf a y2017 s=LĐLĐ huyện Vị Thủy v=120000000]] dong.

Công đoàn cơ sở các cơ quan, đơn vị hành chính sự nghiệp đã tổ chức hội nghị cán bộ, công chức, viên chức đạt 100%; có [[21|wkc a y2017 s=LĐLĐ huyện Vị Thủy]] doanh nghiệp tổ chức hội nghị người lao động.

Năm 2018, LĐLĐ huyện phấn đấu kết nạp [[170|mn t y2018 s=LĐLĐ huyện Vị Thủy]] đoàn viên, thành lập mới [[2|un t y2018 s=LĐLĐ huyện Vị Thủy]] công đoàn cơ sở; vận động xây dựng ít nhất [[2|sh t y2018 b=o s=LĐLĐ huyện Vị Thủy]] nhà "Mái ấm Công đoàn".

Tin: Ngọc Hân - Ảnh: Minh Trí
[Trở về]   [In]   [Đầu trang]
Số lượt xem: 214
"""

A08 = """Đài Phát thanh và Truyền hình Trà Vinh
THỜI SỰ | KINH TẾ | XÃ HỘI | VĂN HÓA | THỂ THAO | VIDEO
LĐLĐ tỉnh ký kết thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên" với [[9|wp a y2025 n=headline repeat of the body statement, takes its period (gold README 1)]] doanh nghiệp
14/03/2025 | 15:20 GMT+7
THTV - Sáng 14/3, Liên đoàn Lao động tỉnh Trà Vinh tổ chức lễ ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên công đoàn" năm 2025 với [[9|wp a y2025 n=the sentence names năm 2025 (the programme year) -> 2025 (records.md periods); pre-merger Trà Vinh -> Vĩnh Long]] doanh nghiệp trên địa bàn tỉnh. Dịp này, LĐLĐ tỉnh trao [[50|ben a y2025 n=nearest earlier period phrase is năm 2025 (records.md periods)]] suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 500.000 đồng; trao thẻ đoàn viên cho [[120|rec a y2025 n=cards handed to members -> member_records (indicators.tsv cấp thẻ)]] công nhân mới được kết nạp của Công ty TNHH Giày da Mỹ Phong.

Theo thỏa thuận, các doanh nghiệp cam kết giảm giá từ 5% đến 15% khi đoàn viên công đoàn sử dụng dịch vụ, mua sắm hàng hóa tại đơn vị như siêu thị, nhà sách, phòng khám, nhà hàng, cơ sở đào tạo lái xe. Đoàn viên chỉ cần xuất trình thẻ đoàn viên công đoàn hoặc thẻ đoàn viên điện tử trên ứng dụng "Công đoàn Việt Nam".

Lãnh đạo LĐLĐ tỉnh và đại diện các doanh nghiệp ký kết thỏa thuận hợp tác.

Năm 2024, LĐLĐ tỉnh đã ký kết thỏa thuận với [[14|wp a y2024]] doanh nghiệp, nâng tổng số đơn vị tham gia chương trình lên [[38|wp a pub n=stock stated with nâng tổng số ... lên -> publication date whatever period the sentence names (records.md stocks)]] doanh nghiệp.

Năm 2025, LĐLĐ tỉnh đặt mục tiêu ký kết thêm ít nhất [[10|wp t y2025 b=o]] doanh nghiệp tham gia chương trình, trong đó ưu tiên các đơn vị cung cấp dịch vụ y tế, giáo dục và nhu yếu phẩm.

Ngọc Ngân - Quốc Huy

Tin cùng chuyên mục
- Hơn 3.000 đoàn viên được hỗ trợ nhân dịp Tết Ất Tỵ
- Châu Thành: Thành lập 3 công đoàn cơ sở mới
Lượt xem: 1.102
Đường dây nóng: 0294.3862.999
"""

A09 = """Báo Cà Mau điện tử
Xã hội
Nâng chất công tác kiểm tra, giám sát của công đoàn
Cập nhật ngày 10/01/2024, 09:05:00
(CMO) Ngày 9/1, Ủy ban Kiểm tra Liên đoàn Lao động tỉnh Cà Mau tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2023, triển khai nhiệm vụ năm 2024.

Năm qua, Ủy ban Kiểm tra công đoàn các cấp đã tổ chức kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại [[96|sv a y2023 n=Năm qua in January -> previous year (records.md periods); inspections of unions -> supervisions]] công đoàn cơ sở; kiểm tra tài chính đồng cấp [[64|fi a y2023]] cuộc, đạt [[106,7%|fi p y2023]] kế hoạch; tham gia cùng cơ quan chức năng giám sát việc thực hiện chính sách, pháp luật lao động tại [[41|sv a y2023]] doanh nghiệp. Qua kiểm tra, đã kiến nghị khắc phục 17 đơn vị chưa trích nộp kinh phí công đoàn đầy đủ, số tiền trên 380 triệu đồng.

Cũng trong năm 2023, [[428/436|oc a y2023]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[187|wkc a y2023]] doanh nghiệp tổ chức hội nghị người lao động; [[152|wd a y2023]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Quang cảnh hội nghị. Ảnh: HỒNG NHUNG

Năm 2024, Ủy ban Kiểm tra LĐLĐ tỉnh phấn đấu kiểm tra tài chính ít nhất [[60|fi t y2024 b=o]] cuộc, giám sát [[30|sv t y2024 b=o n=cuộc trở lên after the counted noun -> over (gold README 5)]] cuộc trở lên.

Hồng Nhung

Tin liên quan
- Hơn 2.600 đoàn viên được hỗ trợ Tết Giáp Thìn (08/01/2024)
- Năm Căn: Thành lập mới 4 công đoàn cơ sở (05/01/2024)
Ý kiến bạn đọc (0)
"""

A10 = """Thứ Năm, 18/04/2013, 07:58 [GMT+7]
Công đoàn Khu kinh tế Dung Quất: Ký mới [[7|ca a q1-2013 s=Công đoàn Khu kinh tế Dung Quất n=headline repeat, takes the body's period (gold README 1)]] bản thỏa ước lao động tập thể
(Baoquangngai.vn)- Trong quý I/2013, Công đoàn Khu kinh tế Dung Quất đã hướng dẫn, hỗ trợ [[7|ca a q1-2013 s=Công đoàn Khu kinh tế Dung Quất n=economic-zone union gives its province, Quảng Ngãi (records.md regions)]] công đoàn cơ sở thương lượng, ký kết mới thỏa ước lao động tập thể, nâng tổng số thỏa ước lao động tập thể có hiệu lực lên [[46|ca a pub s=Công đoàn Khu kinh tế Dung Quất n=stock via nâng tổng số ... lên -> publication date (records.md stocks)]] bản.

Nhiều bản thỏa ước có nội dung có lợi hơn cho người lao động so với quy định của pháp luật, như: tiền thưởng Tết từ 1 tháng lương trở lên, hỗ trợ tiền xăng xe, nhà trọ 200.000 - 300.000 đồng/tháng. Trong quý, Công đoàn Khu kinh tế cũng đã phối hợp đề nghị [[11|meal a q1-2013 s=Công đoàn Khu kinh tế Dung Quất]] doanh nghiệp nâng mức bữa ăn giữa ca lên từ 12.000 đồng/suất trở lên; [[19|wd a q1-2013 s=Công đoàn Khu kinh tế Dung Quất]] doanh nghiệp tổ chức đối thoại với người lao động.

Ngoài ra, Công đoàn Khu kinh tế đã thành lập mới [[5|un a q1-2013 s=Công đoàn Khu kinh tế Dung Quất]] công đoàn cơ sở, kết nạp [[734|mn a q1-2013 s=Công đoàn Khu kinh tế Dung Quất]] đoàn viên; tổ chức [[3|tr a q1-2013 s=Công đoàn Khu kinh tế Dung Quất]] lớp tập huấn nghiệp vụ cho [[145|te a q1-2013 s=Công đoàn Khu kinh tế Dung Quất]] cán bộ công đoàn cơ sở. Hiện Công đoàn Khu kinh tế Dung Quất có [[92|ut a pub s=Công đoàn Khu kinh tế Dung Quất]] công đoàn cơ sở với gần [[14.000|mt a pub b=u s=Công đoàn Khu kinh tế Dung Quất]] đoàn viên.

Công nhân Nhà máy Lọc dầu Dung Quất. Ảnh: T.N

Quý II/2013, Công đoàn Khu kinh tế phấn đấu ký mới thêm [[5|ca t q2-2013 s=Công đoàn Khu kinh tế Dung Quất]] bản thỏa ước, thành lập mới [[4|un t q2-2013 s=Công đoàn Khu kinh tế Dung Quất]] công đoàn cơ sở.

Thanh Nhị

Lượt xem: 3.214
Tin cùng chuyên mục:
- Bình Sơn: 1.200 công nhân được khám sức khỏe định kỳ (16/04/2013)
- Trao 3 nhà "Mái ấm Công đoàn" ở Sơn Hà (12/04/2013)
"""

ARTS = [
    ('ak06', 'https://www.baobaclieu.vn/chinh-tri/ldld-tinh-phat-trien-moi-1046-doan-vien-trong-6-thang-dau-nam-85634.html',
     '2022-07-08', 'Bạc Liêu', A06),
    ('ak07', 'https://vithuy.haugiang.gov.vn/tin-tuc-su-kien/hoat-dong-doan-the/ldld-huyen-vi-thuy-tong-ket-hoat-dong-cong-doan-nam-2017-1542',
     None, 'Hậu Giang', A07),
    ('ak08', 'https://thtv.vn/xa-hoi/ldld-tinh-ky-ket-thoa-thuan-hop-tac-chuong-trinh-phuc-loi-doan-vien-voi-9-doanh-nghiep-a41257.html',
     '2025-03-14', 'Trà Vinh', A08),
    ('ak09', 'https://baocamau.vn/nang-chat-cong-tac-kiem-tra-giam-sat-cua-cong-doan-a318862.html',
     '2024-01-10', 'Cà Mau', A09),
    ('ak10', 'https://baoquangngai.vn/channel/2027/201304/cong-doan-khu-kinh-te-dung-quat-ky-moi-7-ban-thoa-uoc-lao-dong-tap-the-2211048/',
     '2013-04-18', 'Quảng Ngãi', A10),
]
