"""au11-au15."""
ARTS = []

# au11 - provincial paper, mobile page, uppercase weekday dateline
ARTS.append(('au11', 'http://m.baohaiduong.vn/lao-dong---viec-lam/9-thang-tang-tuyet-doi-4440-doan-vien-68213',
'2014-10-09', 'Hải Dương', """9 tháng, tăng tuyệt đối [[4.440|mnet a f9-2014 n=rule 1: headline repeat of the body figure; 9 tháng without a year takes 2014]] đoàn viên

THỨ NĂM, 09/10/2014 15:02:11

Dù nhiều doanh nghiệp gặp khó khăn, công tác phát triển đoàn viên, thành lập công đoàn cơ sở của tỉnh 9 tháng qua vẫn đạt khá.

Theo LĐLĐ tỉnh, 9 tháng đầu năm, các cấp công đoàn kết nạp [[7.560|mn a f9-2014 n=records.md: year-less period takes the publication year; LĐLĐ tỉnh -> the site's province (Hải Dương -> Hải Phòng)]] đoàn viên, vượt [[8%|mn p f9-2014 v=108 n=rule 3: vượt 8% kế hoạch -> attainment 108]] kế hoạch năm; thành lập [[44|un a f9-2014]] CĐCS. Tuy nhiên, do doanh nghiệp giải thể, phá sản, có [[29|ud a f9-2014]] CĐCS giải thể, giảm [[3.120|ml a f9-2014]] đoàn viên. Như vậy, số đoàn viên tăng tuyệt đối [[4.440|mnet a f9-2014]] người, số CĐCS tăng tuyệt đối [[15|unet a f9-2014]] đơn vị.

Trong 9 tháng, LĐLĐ tỉnh đã cấp [[5.200|rec a f9-2014 n=rule 9 / indicators: cards given count as member_records]] thẻ đoàn viên công đoàn cho đoàn viên tại các doanh nghiệp ngoài nhà nước.

Từ nay đến cuối năm, LĐLĐ tỉnh tiếp tục chỉ đạo các công đoàn cấp trên cơ sở rà soát các doanh nghiệp có từ 10 lao động trở lên chưa có tổ chức công đoàn để vận động thành lập.

PHẠM HƯỜNG
"""))

# au12 - Lao Động regional page, weekday dateline with GMT, byline, related
ARTS.append(('au12', 'https://laodong.vn/cong-doan/quang-nam-gan-1900-luot-nguoi-lao-dong-duoc-tu-van-phap-luat-mien-phi-1088462.ldo',
'2022-09-05', 'Quảng Nam', """Quảng Nam: Gần [[1.900|lc a 2022-01-01..2022-09-05 b=u n=rule 1: rounded headline repeat of 1.876; bound from its own word gần]] lượt người lao động được tư vấn pháp luật miễn phí

Thứ Hai, 05/09/2022 07:30 (GMT+7)

THANH CHUNG

Từ đầu năm 2022 đến nay, Trung tâm Tư vấn pháp luật Công đoàn tỉnh Quảng Nam đã tư vấn pháp luật cho [[1.876|lc a 2022-01-01..2022-09-05 n=records.md: từ đầu năm ... đến nay -> 1 January to publication]] lượt đoàn viên, người lao động.

Nội dung tư vấn chủ yếu liên quan đến tiền lương, bảo hiểm xã hội, chấm dứt hợp đồng lao động. Trung tâm đã tham gia bảo vệ quyền lợi cho người lao động trong 12 vụ tranh chấp, giúp người lao động nhận lại hơn 1,2 tỉ đồng tiền lương, trợ cấp thôi việc và tiền bảo hiểm xã hội.

Luật sư Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn cho công nhân tại KCN Điện Nam - Điện Ngọc. Ảnh: Thanh Chung

Cùng thời gian, LĐLĐ tỉnh phối hợp tổ chức [[46|tr a 2022-01-01..2022-09-05]] hội nghị tuyên truyền, phổ biến pháp luật cho [[5.600|te a 2022-01-01..2022-09-05]] lượt đoàn viên, người lao động; tham gia [[7|sv a 2022-01-01..2022-09-05]] cuộc kiểm tra, giám sát việc thực hiện pháp luật lao động tại doanh nghiệp. Các CĐCS thành lập mới [[15|wc a 2022-01-01..2022-09-05]] Ban nữ công quần chúng tại doanh nghiệp.

Tổng đài tư vấn 1900.6176 hoạt động từ 7h30 đến 17h các ngày trong tuần.

Tin liên quan
Đà Nẵng: 3.000 công nhân được tư vấn pháp luật trong Tháng Công nhân
Quảng Ngãi tổ chức 20 hội nghị đối thoại

Bình luận (0)
"""))

# au13 - provincial paper after the 2025 merger (Vĩnh Long = Vĩnh Long + Bến Tre + Trà Vinh)
ARTS.append(('au13', 'https://baovinhlong.com.vn/xa-hoi/202601/hon-21000-doan-vien-nguoi-lao-dong-nhan-qua-tet-cong-doan-3198472/',
'2026-01-28', 'Vĩnh Long', """Xã hội

Hơn [[21.000|ben a y2026 b=o n=rule 1: rounded headline repeat of 21.350; Tết Bính Ngọ 2026 -> 2026]] đoàn viên, người lao động nhận quà Tết Công đoàn

Cập nhật lúc 10:20, Thứ Tư, 28/01/2026 (GMT+7)

(VL) - Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn tỉnh dự kiến chăm lo cho khoảng [[45.000|ben t y2026 b=a n=rule 4: dự kiến -> target of the Tết year]] lượt đoàn viên, người lao động với kinh phí hơn [[38 tỷ|sf t y2026 b=o]] đồng.

Theo Liên đoàn Lao động tỉnh, tính đến ngày 27/1, các cấp công đoàn đã trao [[21.350|ben a y2026 n=Tính đến ngày 27/1 is a date: the nearest earlier period phrase (Tết 2026)]] suất quà, tổng trị giá [[17,8 tỷ|sf a y2026]] đồng; trong đó khu vực Trà Vinh (cũ) [[6.120|ben a y2026 r=Trà Vinh s=khu vực Trà Vinh (cũ) n=rule 10: khu vực X (cũ) -> the old province]] suất, khu vực Bến Tre (cũ) [[7.040|ben a y2026 r=Bến Tre s=khu vực Bến Tre (cũ) n=rule 10: khu vực X (cũ) -> the old province]] suất. Mỗi suất quà trị giá 500.000 đồng đến 1,5 triệu đồng.

Tại Chợ Tết Công đoàn ở KCN Hòa Phú, Ban tổ chức phát hành 3.000 phiếu mua hàng 0 đồng cho công nhân có thu nhập thấp. LĐLĐ tỉnh cũng tặng [[860|ben a y2026 n=rule 9: bus tickets count as beneficiaries; Chợ Tết tokens do not]] vé xe cho công nhân về quê đón Tết.

Công nhân mua sắm tại Chợ Tết Công đoàn. Ảnh: THANH HUY

Tin, ảnh: MINH THƯ

Chia sẻ bài viết:
Bình luận (0)
"""))

# au14 - provincial paper, 2013, Ban nữ công, 8/3
ARTS.append(('au14', 'http://baolangson.vn/xa-hoi/lao-dong/76215-nam-2012-thanh-lap-moi-16-ban-nu-cong-quan-chung.html',
'2013-03-07', 'Lạng Sơn', """Năm 2012: Thành lập mới [[16|wc a y2012 n=rule 1: headline repeat of the body figure]] ban nữ công quần chúng

Thứ Năm, 07/03/2013 08:05

(LSO) - Từ ngày 1/3 đến ngày 6/3/2013, nhân kỷ niệm 103 năm Ngày Quốc tế Phụ nữ, Liên đoàn Lao động tỉnh Lạng Sơn đã thăm, tặng quà [[230|ben a 2013-03-01..2013-03-06]] nữ đoàn viên có hoàn cảnh khó khăn với tổng trị giá [[69 triệu|sf a 2013-03-01..2013-03-06]] đồng, mỗi suất 300.000 đồng.

Năm 2012, các cấp công đoàn trong tỉnh đã thành lập mới [[16|wc a y2012]] ban nữ công quần chúng, trong đó tại doanh nghiệp ngoài nhà nước [[11|wc a y2012 s=doanh nghiệp ngoài nhà nước n=rule 6 breakdown]] ban. Công tác tuyên truyền được đẩy mạnh với [[4.500|te a y2012]] lượt nữ đoàn viên được phổ biến các chế độ, chính sách đối với lao động nữ.

Phong trào "Giỏi việc nước, đảm việc nhà" có hơn 6.200 nữ đoàn viên đạt danh hiệu cấp cơ sở. Năm 2013, LĐLĐ tỉnh phấn đấu thành lập mới [[10|wc t y2013]] ban nữ công quần chúng.

Hoàng Anh

Các tin đã đưa
- Đại hội Công đoàn ngành Giáo dục lần thứ XV
- 500 công nhân tham gia ngày hội thể thao
"""))

# au15 - city portal, undated, scraping damage (a paragraph with stripped marks, l.250, 1.5 20)
ARTS.append(('au15', 'https://quynhon.binhdinh.gov.vn/vi/news/mat-tran-doan-the/ldld-thanh-pho-tong-ket-hoat-dong-cong-doan-nam-2017-3327.html',
None, 'Bình Định', """UBND THÀNH PHỐ QUY NHƠN
Trang chủ > Tin tức > Mặt trận - Đoàn thể

LĐLĐ thành phố tổng kết hoạt động công đoàn năm 2017

Ngày 9/1, Liên đoàn Lao động thành phố Quy Nhơn tổ chức hội nghị tổng kết hoạt động công đoàn năm 2017, triển khai nhiệm vụ năm 2018.

Nam 2017, LDLD thanh pho da ket nap [[l.250|mn a y2017 s=thành phố Quy Nhơn n=rule 3: scraped l.250 -> 1250; a city federation gives its province (Bình Định -> Gia Lai) with a scope]] doan vien, thanh lap moi [[12|un a y2017 s=thành phố Quy Nhơn]] cong doan co so, vuot chi tieu duoc giao.

Các cấp công đoàn thành phố đã thăm, tặng quà cho [[1.5 20|ben a y2017 s=thành phố Quy Nhơn v=1520 n=rule 3: broken 1.5 20 -> 1520]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn, tổng kinh phí [[486 triệu|sf a y2017 s=thành phố Quy Nhơn]] đồng. Hiện LĐLĐ thành phố có [[214|ut a null s=thành phố Quy Nhơn n=rule 7: stock on an undated page -> null..null]] CĐCS với [[15.630|mt a null s=thành phố Quy Nhơn n=rule 7: stock on an undated page -> null..null]] đoàn viên.

Năm 2018, LĐLĐ thành phố phấn đấu kết nạp [[1.300|mn t y2018 s=thành phố Quy Nhơn]] đoàn viên, thành lập [[10|un t y2018 s=thành phố Quy Nhơn]] CĐCS.

Hội nghị đã tặng giấy khen cho 18 tập thể, 25 cá nhân.

Lượt xem: 387 | In | Gửi email
"""))
