"""ak16-ak20: Mekong delta (post-merger), Tây Bắc, central coast."""

A16 = """Cập nhật ngày: 05/12/2025 09:40:11
11 tháng, Công đoàn tỉnh kết nạp hơn [[9.600|mn a f11-2025 b=o n=rounded headline repeat of 9.684, takes its period (gold README 1)]] đoàn viên
ĐTO - Theo Liên đoàn Lao động tỉnh Đồng Tháp, 11 tháng năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[9.684|mn a f11-2025 n=11 tháng năm 2025 -> Jan-Nov 2025 (records.md periods); figures of the merged province -> Đồng Tháp]] đoàn viên, đạt [[96,8%|mn p f11-2025]] kế hoạch năm; thành lập mới [[41|un a f11-2025]] công đoàn cơ sở.

Trong đó, khu vực Tiền Giang (cũ) kết nạp [[6.215|mn a f11-2025 r=Tiền Giang n=khu vực Tiền Giang (cũ) -> region Tiền Giang, region_2025 Đồng Tháp (challenge21 post-merger rule)]] đoàn viên, thành lập [[27|un a f11-2025 r=Tiền Giang]] CĐCS, chủ yếu tại các khu công nghiệp Long Giang, Tân Hương. Hiện toàn tỉnh có [[2.874|ut a pub]] công đoàn cơ sở với [[268.310|mt a pub]] đoàn viên.

Công tác chăm lo cho đoàn viên, người lao động được quan tâm. Từ đầu năm đến hết tháng 11, các cấp công đoàn đã hỗ trợ [[32.406|ben a f11-2025 n=từ đầu năm đến hết tháng 11 -> Jan-Nov 2025]] lượt đoàn viên, người lao động với tổng kinh phí [[41,7 tỷ|sf a f11-2025]] đồng; trao [[85|sh a f11-2025]] nhà "Mái ấm Công đoàn", trong đó khu vực Đồng Tháp (cũ) [[38|sh a f11-2025 s=khu vực Đồng Tháp (cũ) n=the old province keeps its name, so the part is a scope (gold README 10)]] căn.

Lãnh đạo LĐLĐ tỉnh trao Mái ấm Công đoàn cho đoàn viên xã Mỹ Thọ.

Từ nay đến cuối năm, LĐLĐ tỉnh tập trung chỉ đạo các công đoàn cơ sở rà soát, vận động người lao động chưa vào công đoàn, phấn đấu kết nạp thêm khoảng [[400|mn t 2025-12-05..2025-12-31 b=a n=từ nay đến cuối năm -> publication to 31 Dec (judgement, gold README 8)]] đoàn viên để hoàn thành chỉ tiêu [[10.000|mn t y2025 n=chỉ tiêu of the year 2025 -> full year (gold README 8)]] đoàn viên năm 2025.

Thanh Tâm

Bình luận
Tin liên quan
- Chợ Gạo: 200 công nhân được tặng quà (03/12/2025)
- Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động (28/11/2025)
"""

A17 = """Thứ sáu, 14/09/2012 15:30
LĐLĐ tỉnh Vĩnh Long: 8 tháng kết nạp [[1.560|mn a f8-2012 n=headline repeat, takes the body's period (gold README 1)]] đoàn viên
(THVL) - Theo Liên đoàn Lao động tỉnh Vĩnh Long, trong 8 tháng đầu năm 2012, các cấp công đoàn đã kết nạp [[1.5 60|mn a f8-2012 n=scraping damage: space inside the number, 1.5 60 -> 1560 (records.md value)]] đoàn viên, thành lập mới [[14|un a f8-2012]] công đoàn cơ sở (đạt [[70%|un p f8-2012 n=part-way attainment, in brackets after the unions -> unions_new (gold README 4)]] kế hoạch năm).

Tuy nhiên, cũng trong thời gian này có [[9|ud a f8-2012]] công đoàn cơ sở giải thể do doanh nghiệp ngưng hoạt động, làm giảm [[612|ml a f8-2012]] đoàn viên. Hiện toàn tỉnh có [[1.203|ut a pub n=stock dated at publication (gold README 7); broken line inside the sentence]] công
đoàn cơ sở với [[58.417|mt a pub]] đoàn viên.

Các công đoàn cơ sở trong doanh nghiệp đã phối hợp tổ chức [[68|wkc a f8-2012]] hội nghị người lao động, ký mới [[23|ca a f8-2012]] thỏa ước lao động tập thể.

Từ nay đến cuối năm 2012, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.000|mn t 2012-09-14..2012-12-31 n=từ nay đến cuối năm 2012 -> publication to 31 Dec (judgement, gold README 8)]] đoàn viên, thành lập [[6|un t 2012-09-14..2012-12-31]] công đoàn cơ sở.

Đức Thọ

Ý kiến của bạn
Tin đã đưa
- Trà Ôn: 120 đoàn viên được hỗ trợ sửa chữa nhà (10/09/2012)
- Bình Minh: Hội thi "Nữ công nhân khéo tay" lần thứ 3 (05/09/2012)
"""

A18 = """Báo Yên Bái điện tử
Chính trị | Kinh tế | Xã hội | Văn hóa - Thể thao | Quốc phòng - An ninh
Tháng Công nhân 2019: Công đoàn Yên Bái phấn đấu thăm, tặng quà [[3.000|ben t mo2019-05 n=headline repeat of the planned figure (gold README 1)]] đoàn viên

Năm 2019, Tháng Công nhân được tổ chức với chủ đề "Vì việc làm bền vững, thu nhập và phúc lợi cho đoàn viên".

Theo kế hoạch của LĐLĐ tỉnh, trong Tháng Công nhân năm 2019, các cấp công đoàn phấn đấu có ít nhất [[280|wmu t mo2019-05 b=o n=Theo kế hoạch / phấn đấu -> target; Tháng Công nhân -> May (gold README 4, 8)]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng; thăm hỏi, tặng quà cho [[3.000|ben t mo2019-05]] đoàn viên, người lao động có hoàn cảnh khó khăn với kinh phí khoảng [[900 triệu|sf t mo2019-05 b=a]] đồng; tổ chức đối thoại tại [[50|wd t mo2019-05]] doanh nghiệp; phối hợp kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại [[30|sv t mo2019-05]] doanh nghiệp. LĐLĐ tỉnh cũng sẽ trao [[4|sh t mo2019-05 n=planned activity of the programme -> target (gold README 4)]] nhà "Mái ấm Công đoàn" cho đoàn viên huyện Văn Chấn và Trạm Tấu, mỗi nhà 40 triệu đồng.

Tháng Công nhân năm 2018, đã có [[263|wmu a mo2018-05]] công đoàn cơ sở tổ chức các hoạt động; [[2.740|ben a mo2018-05]] lượt đoàn viên, người lao động được thăm hỏi, tặng quà với tổng trị giá [[812 triệu|sf a mo2018-05]] đồng.

Thanh Ba

Các tin khác
- Lục Yên: 50 công nhân được khám sức khỏe miễn phí
- Hội thi "Cán bộ công đoàn giỏi" lần thứ 4
Tổng số lượt truy cập: 8.452.117
"""

A19 = """Ngày đăng: 22/01/2026 | Lượt xem: 1.204
Chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026 tại phường Mường Thanh
Sáng 22/1, Liên đoàn Lao động tỉnh Điện Biên phối hợp với Công đoàn phường Mường Thanh tổ chức chương trình "Tết Sum vầy - Xuân ơn Đảng" Xuân Bính Ngọ 2026.

Tại chương trình, Ban tổ chức trao [[200|ben a y2026 s=phường Mường Thanh n=Xuân Bính Ngọ 2026 -> the Tết year 2026 (challenge21 rule)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất gồm 1 triệu đồng tiền mặt và nhu yếu phẩm, tổng trị giá [[260 triệu|sf a y2026 s=phường Mường Thanh]] đồng. Gian hàng "Chợ Tết Công đoàn" phát 500 phiếu mua hàng trị giá 200.000 đồng/phiếu cho đoàn viên.

Lãnh đạo LĐLĐ tỉnh trao quà Tết cho đoàn viên khó khăn phường Mường Thanh.

Theo LĐLĐ tỉnh, dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn trong tỉnh dự kiến chăm lo cho khoảng [[12.500|ben t y2026 b=a n=dự kiến -> target (challenge21 rule); Tết year 2026]] đoàn viên, người lao động với tổng kinh phí trên [[6,8 tỷ|sf t y2026 b=o]] đồng. Tính đến ngày 20/1, đã có [[7.935|ben a y2026 n=Tính đến ngày 20/1 is a date -> nearest earlier period phrase, Tết 2026 (challenge21 rule)]] đoàn viên, người lao động được nhận quà, tiền hỗ trợ.

Hiện Công đoàn phường Mường Thanh quản lý [[64|ut a pub s=Công đoàn phường Mường Thanh n=ward union gives its province (records.md regions); stock at publication]] công đoàn cơ sở với [[3.218|mt a pub s=Công đoàn phường Mường Thanh]] đoàn viên.

Phòng Tuyên giáo - Nữ công

Tin cùng chuyên mục
- Công đoàn xã Tuần Giáo tặng 80 suất quà Tết
- Trao 3 nhà "Mái ấm Công đoàn" tại xã Mường Ảng
LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN
Địa chỉ: Tổ dân phố 5, phường Mường Thanh, tỉnh Điện Biên. Điện thoại: 0215.3825.246
Đang online: 15
"""

A20 = """Báo Thừa Thiên Huế Online
Kinh tế | Xã hội | Lao động - Việc làm
Công đoàn các KCN tỉnh: [[18|meal a y2019 s=Công đoàn các Khu công nghiệp n=headline repeat, takes the body's period (gold README 1)]] doanh nghiệp nâng mức bữa ăn ca

Năm 2019, Công đoàn các Khu công nghiệp tỉnh Thừa Thiên Huế đã vận động [[18|meal a y2019 s=Công đoàn các Khu công nghiệp n=KCN union gives its province (records.md regions); undated page]] doanh nghiệp nâng giá trị bữa ăn giữa ca, nâng mức bình quân lên 18.500 đồng/suất, cao hơn 1.500 đồng so với năm 2018.

Trong năm, có [[52/56|wkc a y2019 s=Công đoàn các Khu công nghiệp]] doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động; [[38|ca a y2019 s=Công đoàn các Khu công nghiệp n=ký kết mới, sửa đổi counted as agreements signed (judgement, indicators.tsv)]] doanh nghiệp ký kết mới, sửa đổi thỏa ước lao động tập thể; thành lập mới [[7|un a y2019 s=Công đoàn các Khu công nghiệp]] công đoàn cơ sở, kết nạp [[2.346|mn a y2019 s=Công đoàn các Khu công nghiệp]] đoàn viên, đạt [[117,3%|mn p y2019 s=Công đoàn các Khu công nghiệp]] kế hoạch. Công đoàn các KCN cũng đã thành lập [[5|wc a y2019 s=Công đoàn các Khu công nghiệp]] ban nữ công quần chúng tại các doanh nghiệp dệt may, da giày.

Bữa ăn giữa ca của công nhân Công ty CP Sợi Phú Bài. Ảnh: A.P

Nhân dịp Tết Canh Tý 2020, Công đoàn các KCN đã trao [[1.200|ben a y2020 s=Công đoàn các Khu công nghiệp n=Tết Canh Tý 2020 -> 2020; undated page so no check against publication]] suất quà cho công nhân có hoàn cảnh khó khăn, tổng trị giá [[600 triệu|sf a y2020 s=Công đoàn các Khu công nghiệp]] đồng.

Năm 2020, Công đoàn các KCN phấn đấu kết nạp [[2.000|mn t y2020 s=Công đoàn các Khu công nghiệp]] đoàn viên, thành lập mới [[6|un t y2020 s=Công đoàn các Khu công nghiệp]] CĐCS.

Anh Phong

Bình luận (0)
Xem thêm
- Phong Điền: 30 đoàn viên được hỗ trợ vay vốn
- Khai mạc Giải bóng đá công nhân các KCN năm 2020
"""

ARTS = [
    ('ak16', 'https://baodongthap.vn/xa-hoi/11-thang-cong-doan-tinh-ket-nap-hon-9600-doan-vien-136472.aspx',
     '2025-12-05', 'Đồng Tháp', A16),
    ('ak17', 'https://www.thvl.vn/ldld-tinh-vinh-long-8-thang-ket-nap-1560-doan-vien/',
     '2012-09-14', 'Vĩnh Long', A17),
    ('ak18', 'http://www.baoyenbai.com.vn/12/174822/Thang-Cong-nhan-2019-Cong-doan-Yen-Bai-phan-dau-tham-tang-qua-3000-doan-vien.aspx',
     None, 'Yên Bái', A18),
    ('ak19', 'https://congdoandienbien.vn/tin-tuc/chuong-trinh-tet-sum-vay-xuan-on-dang-nam-2026-tai-phuong-muong-thanh-2817.html',
     '2026-01-22', 'Điện Biên', A19),
    ('ak20', 'https://baothuathienhue.vn/kinh-te/cong-doan-cac-kcn-tinh-18-doanh-nghiep-nang-muc-bua-an-ca-a81254.html',
     None, 'Thừa Thiên Huế', A20),
]
