"""cc11-cc15."""
ARTS = []

# cc11 Long An (-> Tây Ninh), Lao Động excerpt starting mid-article, undated, scraping damage
ARTS.append(('cc11', 'https://laodong.vn/cong-doan/long-an-quy-i-ket-nap-gan-1500-doan-vien-794513.ldo',
             None, 'Long An', """cũng như quyền lợi của người lao động khi gia nhập tổ chức công đoàn, nhất là tại các doanh nghiệp mới đi vào hoạt động.

Quý I/2020, các cấp công đoàn tỉnh Long An đã kết nạp [[l.482|mn a q1-2020 v=1482 n=l.482 is 1.482 with a letter l for the digit 1 (records.md value resolution)]] đoàn viên, đạt [[16,5%|mn p q1-2020 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm; thành lập mới [[12|un a q1-2020]] CĐCS. Kêt nạp nhiều nhất là Công đoàn các KCN tỉnh với [[906|mn a q1-2020 s=Công đoàn các KCN tỉnh n=Kêt is a typo of Kết; an industrial-zone union gives its province, with a scope (gold README 6, records.md regions)]] đoàn viên tại 37 doanh nghiệp.

Do ảnh hưởng của dịch COVID-19, nhiều doanh nghiệp thiếu nguyên liệu, phải cho công nhân nghỉ luân phiên. LĐLĐ tỉnh đã kịp thời hỗ trợ [[356|ben a q1-2020 n=no period phrase in the sentence: the nearest earlier one, quý I/2020 (records.md)]] đoàn viên bị ngừng việc, giảm giờ làm với tổng số tiền [[178 triệu|sf a q1-2020]] đồng, mỗi người 500.000 đồng.

Hiện toàn tỉnh có [[1.690|ut a null n=stock in an undated page: null..null (records.md)]] CĐCS với [[212.530|mt a null]] đoàn viên.

Theo ông Nguyễn Văn Thành - Phó Chủ tịch LĐLĐ tỉnh Long An, năm 2020 LĐLĐ tỉnh phấn đấu kết nạp [[9.000|mn t y2020]] đoàn viên, thành lập [[45|un t y2020]] CĐCS, trong đó tập trung vào các doanh nghiệp có từ 25 lao động trở lên ở các huyện Đức Hòa, Bến Lức, Cần Giuộc.

Hồng Phúc

Bình luận (0)
"""))

# cc12 Tiền Giang (-> Đồng Tháp), provincial TV site, workers' conferences 2013
ARTS.append(('cc12', 'http://www.thtg.vn/tien-giang-412-doanh-nghiep-to-chuc-hoi-nghi-nguoi-lao-dong/',
             '2014-03-19', 'Tiền Giang', """Tiền Giang: [[412|wkc a y2013 n=headline repeat of the body figure: its period (gold README 1)]] doanh nghiệp tổ chức hội nghị người lao động

Thứ Tư, 19/03/2014 - 16:45

(THTG) Ngày 18/3, Liên đoàn Lao động tỉnh Tiền Giang phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức hội nghị đánh giá việc thực hiện quy chế dân chủ ở cơ sở năm 2013.

Năm 2013, toàn tỉnh có [[1.032|oc a y2013]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, chiếm 98,7% tổng số đơn vị; [[412|wkc a y2013]] doanh nghiệp tổ chức hội nghị người lao động, trong đó [[41|wkc a y2013 s=khu công nghiệp n=breakdown (gold README 6)]] doanh nghiệp trong các khu công nghiệp. Công đoàn cơ sở phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ tại [[236|wd a y2013]] doanh nghiệp; thương lượng, ký kết mới [[64|ca a y2013]] bản thỏa ước lao động tập thể.

Tuy nhiên, vẫn còn một số doanh nghiệp ngoài nhà nước tổ chức hội nghị người lao động mang tính hình thức, nội dung thỏa ước chủ yếu sao chép quy định của pháp luật.

Năm 2014, LĐLĐ tỉnh phấn đấu có ít nhất [[450|wkc t y2014 b=o]] doanh nghiệp tổ chức hội nghị người lao động, ký mới [[70|ca t y2014]] bản thỏa ước lao động tập thể có nhiều điều khoản có lợi hơn cho người lao động.

Ngọc Diễm
"""))

# cc13 Tây Ninh, provincial paper, year 2014 review with lost, dissolved and net figures
ARTS.append(('cc13', 'http://baotayninh.vn/thoi-su/nam-2014-tang-tuyet-doi-3-947-doan-vien-cong-doan-a79615.html',
             '2015-01-20', 'Tây Ninh', """Năm 2014: Tăng tuyệt đối [[3.947|mnet a y2014 n=headline repeat of the body figure: its period (gold README 1)]] đoàn viên công đoàn

Cập nhật ngày: 20/01/2015 - 09:40

(BTN) - Ngày 19.1, Liên đoàn Lao động (LĐLĐ) tỉnh Tây Ninh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2014 và triển khai nhiệm vụ năm 2015.

Năm 2014, các cấp công đoàn trong tỉnh kết nạp [[7.862|mn a y2014]] đoàn viên, thành lập [[41|un a y2014]] công đoàn cơ sở (CĐCS). Do doanh nghiệp giải thể, phá sản, ngừng hoạt động, trong năm giảm [[23|ud a y2014]] CĐCS và [[3.915|ml a y2014]] đoàn viên. Như vậy, so với năm 2013 tăng tuyệt đối [[18|unet a y2014]] CĐCS và [[3.947|mnet a y2014]] đoàn viên. Hiện toàn tỉnh có [[1.127|ut a pub]] CĐCS với [[108.652|mt a pub]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước có [[64.318|mt a pub s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of the stock (gold README 6, 7)]] đoàn viên.

Các cấp công đoàn đã giới thiệu [[412|pr a y2014]] đoàn viên ưu tú cho Đảng xem xét, kết nạp; có [[287|pa a y2014]] đoàn viên được kết nạp vào Đảng.

Quang cảnh hội nghị.

Năm 2015, LĐLĐ tỉnh phấn đấu kết nạp [[7.000|mn t y2015]] đoàn viên, thành lập [[35|un t y2015]] CĐCS; giới thiệu [[400|pr t y2015]] đoàn viên ưu tú cho Đảng. Dịp này, LĐLĐ tỉnh tặng bằng khen cho 18 tập thể, 26 cá nhân.

T.Hòa

Lượt xem: 1.386
"""))

# cc14 Bình Phước (-> Đồng Nai), provincial paper without a date, welfare programme and member records
ARTS.append(('cc14', 'https://baobinhphuoc.com.vn/news/9/138412/phuc-loi-doan-vien-den-gan-hon-voi-nguoi-lao-dong',
             None, 'Bình Phước', """"Phúc lợi đoàn viên" đến gần hơn với người lao động

BP - Năm 2022, Liên đoàn Lao động tỉnh Bình Phước đã ký kết thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" với [[16|wp a y2022]] doanh nghiệp, đơn vị, nâng tổng số thỏa thuận lên [[53|wp a null n=agreements in force are the stock of their signings (gold README 7); undated page: null..null]]. Các đối tác cam kết giảm giá từ 5% đến 30% khi đoàn viên mua sắm, khám chữa bệnh, sử dụng dịch vụ.

Cùng với đó, các cấp công đoàn đã cập nhật thông tin của [[96.480|rec a y2022 n=entries into the membership software (indicators.tsv member_records)]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[12.350|rec a y2022 n=cards issued are member_records too, a second figure, not a breakdown]] thẻ đoàn viên công đoàn điện tử. Đoàn viên có thể dùng thẻ điện tử trên điện thoại để nhận ưu đãi tại các điểm bán hàng đã ký kết.

Chị Trần Thị Kim Loan, công nhân Công ty TNHH Kỹ nghệ gỗ Hoa Nét (huyện Chơn Thành), chia sẻ: "Nhờ có thẻ đoàn viên, tôi được giảm 10% khi mua đồ dùng cho con đi học".

Năm 2023, LĐLĐ tỉnh phấn đấu ký thêm [[10|wp t y2023]] thỏa thuận hợp tác, cấp [[20.000|rec t y2023]] thẻ đoàn viên điện tử và tổ chức "Chợ phiên công nhân" tại các khu công nghiệp.

Thanh Nga
"""))

# cc15 Bình Dương (-> Hồ Chí Minh), provincial paper, Tết Giáp Thìn 2024
ARTS.append(('cc15', 'https://baobinhduong.vn/hon-152-ty-dong-cham-lo-tet-cho-doan-vien-nguoi-lao-dong-a322816.html',
             '2024-01-30', 'Bình Dương', """Hơn [[152 tỷ|sf a y2024 b=o n=rounded headline repeat of the 152,6 tỷ of the body: its period, its own bound (gold README 1, 5)]] đồng chăm lo Tết cho đoàn viên, người lao động

Cập nhật: 30-01-2024 | 08:15:22

Tết Nguyên đán Giáp Thìn 2024, Liên đoàn Lao động (LĐLĐ) tỉnh cùng các cấp công đoàn chăm lo cho [[247.615|ben a y2024 n=Tết Giáp Thìn 2024: the Tết year (gold README 8 practice)]] lượt đoàn viên, người lao động với tổng kinh phí [[152,6 tỷ|sf a y2024]] đồng.

Đến nay, LĐLĐ tỉnh đã trao [[20.000|ben a y2024 n=gift packages count as beneficiaries (gold README 9); Tết Giáp Thìn 2024]] phần quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi phần quà trị giá 500.000 đồng. Chương trình "Chuyến xe Công đoàn" tặng [[3.800|ben a y2024 n=tickets given to members count as beneficiaries (gold README 9)]] vé xe và [[120|ben a y2024]] vé máy bay cho công nhân ở xa về quê đón Tết.

Bên cạnh đó, "Chợ Tết Công đoàn" năm 2024 được tổ chức tại 6 điểm, phát hành 50.000 phiếu mua hàng trị giá 300.000 đồng/phiếu cho đoàn viên.

Công nhân nhận vé xe về quê đón Tết
Công nhân nhận vé xe về quê đón Tết

Theo ông Nguyễn Văn Lộc - Chủ tịch LĐLĐ tỉnh, dù kinh phí công đoàn còn khó khăn do doanh nghiệp thiếu đơn hàng, các cấp công đoàn vẫn bảo đảm mỗi đoàn viên khó khăn đều được chăm lo Tết.

K.LIÊN
"""))
