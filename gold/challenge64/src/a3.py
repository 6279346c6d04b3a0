"""cq11-cq15."""

ARTS = [
('cq11', 'https://daknongtv.vn/tin-tuc/thoi-su/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2017-16204.html', None, 'Đắk Nông', """(daknongtv.vn) – Sáng 16/01, Liên đoàn Lao động tỉnh Đắk Nông tổ chức Hội nghị tổng kết công tác công đoàn và phong trào công nhân viên chức, lao động năm 2017, triển khai phương hướng, nhiệm vụ năm 2018.

TONG KET CONG DOAN DAK NONG 2017.mp4

Năm 2017, các cấp công đoàn tỉnh Đắk Nông đã kết nạp [[2.135|mn a y2017]] đoàn viên, thành lập mới [[18|un a y2017]] công đoàn cơ sở, nâng tổng số công đoàn cơ sở toàn tỉnh lên [[712|ut a null n=nâng tổng số ... lên is a stock; the page has no publication date, so null (records.md Periods, gold README 7)]], với [[31.480|mt a null n=stock in an undated page, null (gold README 7)]] đoàn viên. Công tác chăm lo đời sống đoàn viên được các cấp công đoàn quan tâm; trong năm đã thăm hỏi, hỗ trợ hơn [[9.300|ben a y2017 b=o]] lượt đoàn viên, người lao động gặp khó khăn, ốm đau, tai nạn lao động với tổng kinh phí trên [[4,6 tỷ|sf a y2017 b=o]] đồng. Các cấp công đoàn cũng đã giới thiệu [[276|pr a y2017]] đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng kết nạp.

Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: việc phát triển đoàn viên tại các doanh nghiệp ngoài nhà nước còn chậm, một số công đoàn cơ sở hoạt động còn hình thức, chưa thực sự là chỗ dựa của người lao động.

Năm 2018, các cấp công đoàn tỉnh tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở; tập trung phát triển đoàn viên ở khu vực doanh nghiệp, hợp tác xã, trang trại cà phê, hồ tiêu. Dịp này, Liên đoàn Lao động tỉnh khen thưởng 18 tập thể và 26 cá nhân có thành tích xuất sắc.

Hữu Phước – Thu Hiền

Để lại bình luận

Họ và tên

Nội dung bình luận
"""),

('cq12', 'http://baodongnai.com.vn/tintuc/201707/cong-doan-cac-khu-cong-nghiep-thanh-lap-moi-34-cong-doan-co-so-2812460/', '2017-07-13', 'Đồng Nai', """Công đoàn các KCN thành lập mới [[34|un a h1-2017 s=Công đoàn các KCN n=headline repeat of the body's 6 tháng đầu năm 2017 figure (gold README 1)]] công đoàn cơ sở

Cập nhật lúc 16:20, Thứ Năm, 13/07/2017 (GMT+7)

(ĐN)- Theo Công đoàn các KCN Đồng Nai, trong 6 tháng đầu năm 2017, đơn vị đã thành lập mới [[34|un a h1-2017 s=Công đoàn các KCN]] công đoàn cơ sở, kết nạp [[11.620|mn a h1-2017 s=Công đoàn các KCN]] đoàn viên. Hiện Công đoàn các KCN Đồng Nai có [[1.106|ut a pub s=Công đoàn các KCN n=hiện có is a stock at publication (gold README 7)]] công đoàn cơ sở với [[398.540|mt a pub s=Công đoàn các KCN]] đoàn viên.

Cũng trong 6 tháng, có [[62|meal a h1-2017 s=Công đoàn các KCN n=period from the nearest earlier phrase, 6 tháng đầu năm 2017 (records.md Periods)]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn giữa ca cho công nhân, mức phổ biến từ 15.000 - 18.000 đồng/suất.

Đặng Công

.
.
"""),

('cq13', 'https://tinmoinhat.news/soc-trang-vuot-chi-tieu-thanh-lap-cong-doan-co-so-nam-2021/', None, 'Sóc Trăng', """Sóc Trăng: Vượt chỉ tiêu thành lập công đoàn cơ sở năm 2021

Dù chịu ảnh hưởng nặng nề của dịch Covid-19, nhiều doanh nghiệp phải tạm ngừng hoạt động, các cấp công đoàn tỉnh Sóc Trăng vẫn duy trì công tác phát triển đoàn viên, thành lập công đoàn cơ sở.

Theo LĐLĐ tỉnh Sóc Trăng, trong năm 2021, các cấp công đoàn đã kết nạp [[1.126|mn a y2021]] đoàn viên, thành lập mới [[9|un a y2021]] CĐCS (đạt [[112,5%|un p y2021 n=the bracketed attainment follows the 9 CĐCS, so it is unions_new (gold README 4)]] chỉ tiêu), chủ yếu tại các doanh nghiệp chế biến thủy sản ở TP Sóc Trăng và thị xã Vĩnh Châu.

Cac cap cong doan trong tinh cung da tham hoi, tang qua cho [[5.420|ben a y2021 n=paragraph scraped without diacritics; the figure is read as written (gold README 3)]] luot doan vien, nguoi lao dong bi anh huong boi dich benh voi tong kinh phi hon [[2,7 ty|sf a y2021 b=o v=2700000000 n=stripped tỷ read as tỷ (gold README 2, 3)]] dong.

Tin khác:
- Hậu Giang: Trao 50 suất quà cho công nhân khó khăn
- Bạc Liêu: Kết nạp hơn 600 đoàn viên trong quý III
"""),

('cq14', 'https://laodong.vn/cong-doan/bac-lieu-hon-1000-doan-vien-moi-trong-nam-2020-872145.ldo', None, 'Bạc Liêu', """Bạc Liêu: Hơn [[1.000|mn a y2020 b=o n=headline repeat of the body's 1.048 (gold README 1)]] đoàn viên mới trong năm 2020

Năm 2020, các cấp công đoàn tỉnh Bạc Liêu đã kết nạp [[1.0 48|mn a y2020 v=1048 n=number split by a stray space in the scrape, read as 1048 (gold README 3)]] đoàn viên, thành lập mới [[7|un a y2020]] CĐCS, chủ yếu trong các doanh nghiệp nuôi trồng, chế biến thủy sản và muối.

Theo LÐLÐ tỉnh Bạc Liêu, hiện toàn tỉnh có [[31.250|mt a null n=stock in an undated page, null (gold README 7)]] đoàn viên, sinh hoạt tại [[684|ut a null]] CĐCS. Tuy vậy, số doanh nghiệp nhỏ chưa có tổ chức công đoàn còn nhiều, người lao động làm việc thời vụ, thường xuyên thay đổi chỗ làm nên việc vận động gặp khó khăn.

Bình luận (0)

Gửi bình luận

;
.
.
"""),

('cq15', 'https://baoangiang.com.vn/cong-doan-nganh-y-te-trao-150-suat-qua-tet-cho-doan-vien-kho-khan-a358214.html', '2023-01-12', 'An Giang', """Công đoàn ngành Y tế trao [[150|ben a y2023 s=Công đoàn ngành Y tế n=headline repeat of the body's Tết Quý Mão 2023 figure, dated to the year 2023 (gold README 1)]] suất quà Tết cho đoàn viên khó khăn

Cập nhật: 12/01/2023 - 14:05

Ngày 11/1, Công đoàn ngành Y tế tỉnh An Giang tổ chức trao quà Tết Quý Mão 2023 cho đoàn viên có hoàn cảnh khó khăn đang công tác tại các bệnh viện, trung tâm y tế trong tỉnh.

Dịp này, Công đoàn ngành trao [[150|ben a y2023 s=Công đoàn ngành Y tế]] suất quà (mỗi suất 800.000 đồng, gồm tiền mặt và nhu yếu phẩm) cho đoàn viên thuộc 19 đơn vị trực thuộc, tổng trị giá [[120 triệu|sf a y2023 s=Công đoàn ngành Y tế]] đồng, trích từ quỹ xã hội của Công đoàn ngành và nguồn vận động các nhà tài trợ.

Phát biểu tại buổi trao quà, Chủ tịch Công đoàn ngành Y tế ghi nhận những đóng góp của đội ngũ y, bác sĩ, nhân viên y tế trong công tác khám, chữa bệnh cho nhân dân, nhất là thời gian phòng, chống dịch Covid-19 vừa qua; mong các đoàn viên vượt qua khó khăn, đón Tết vui tươi, đầm ấm.

Lãnh đạo Công đoàn ngành Y tế trao quà cho đoàn viên.

THU THẢO
"""),
]
