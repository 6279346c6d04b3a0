"""cr16-cr20: Gia Lai (company union), Đắk Lắk, Đắk Nông (damage), Lâm Đồng (post-merger), Nghệ An (national body)."""
NULLSTOCK = 'n=stock in an undated page -> null..null (gold README 7)'

ARTS = []

# cr16 Gia Lai, baogialai-like, undated: company union of a rubber company, Party work 2016, word number
CS = 's=Công đoàn Công ty TNHH MTV Cao su Chư Păh'
ARTS.append(('cr16', 'https://baogialai.com.vn/channel/1625/201701/cong-doan-cao-su-chu-pah-gioi-thieu-42-doan-vien-uu-tu-cho-dang-2523871/',
             None, 'Gia Lai', """Công đoàn Cao su Chư Păh giới thiệu [[42|pr a y2016 """ + CS + """ n=headline repeat: body's period and scope (gold README 1)]] đoàn viên ưu tú cho Đảng

(GLO)- Năm 2016, Công đoàn Công ty TNHH MTV Cao su Chư Păh đã giới thiệu [[42|pr a y2016 """ + CS + """ n=company union gives its province, scope as written (records.md regions)]] đoàn viên ưu tú cho Đảng bộ Công ty xem xét kết nạp, trong đó có [[ba|pr a y2016 v=3 s=đoàn viên người dân tộc thiểu số n=number written as a word (records.md); breakdown of the referrals (gold README 6)]] đoàn viên là người dân tộc thiểu số. Đến cuối năm, đã có [[35|pa a y2016 """ + CS + """]] đồng chí được kết nạp vào Đảng.

Hiện Công đoàn Công ty có [[2.460|mt a null """ + CS + ' ' + NULLSTOCK + """]] đoàn viên, sinh hoạt tại 21 công đoàn bộ phận ở các nông trường, xí nghiệp. Trong năm, Công đoàn đã thăm hỏi [[315|ben a y2016 """ + CS + """]] lượt đoàn viên ốm đau, gặp hoạn nạn với tổng số tiền [[126 triệu|sf a y2016 """ + CS + """]] đồng; phối hợp với chuyên môn xây dựng [[2|sh a y2016 """ + CS + """]] nhà “Mái ấm Công đoàn” cho công nhân ở Nông trường Ia Nhin, mỗi nhà 50 triệu đồng.

Theo Liên đoàn Lao động tỉnh Gia Lai, năm 2016, các cấp công đoàn trong tỉnh đã giới thiệu [[1.230|pr a y2016]] đoàn viên ưu tú cho Đảng, trong đó [[746|pa a y2016 n=đã được kết nạp: party_admitted of the sentence's year (indicators.tsv; gold README 7)]] đồng chí đã được kết nạp.

Tại hội nghị tổng kết, 8 tập thể, 15 cá nhân được Công đoàn Cao su Việt Nam tặng bằng khen.

NGUYỄN HOÀNG
"""))

# cr17 Đắk Lắk, baodaklak-like, dated: Tháng Công nhân 2019, rounded headline, meals (range not), June target
TCN = 'n=Tháng Công nhân -> May of its year (records.md periods)'
ARTS.append(('cr17', 'https://baodaklak.vn/channel/3483/201905/hon-11-ty-dong-cham-lo-doan-vien-trong-thang-cong-nhan-5617248/',
             '2019-05-30', 'Đắk Lắk', """Hơn [[1,1 tỷ|sf a mo2019-05 b=o n=headline rounds the body's 1,16 tỷ: body's period (gold README 1)]] đồng chăm lo đoàn viên trong Tháng Công nhân

Thứ Năm, 30/05/2019, 15:40 [GMT+7]

Ngày 29-5, Liên đoàn Lao động (LĐLĐ) tỉnh Đắk Lắk tổ chức tổng kết Tháng Công nhân năm 2019. Tháng Công nhân năm nay được tổ chức tại [[1.120|wmu a mo2019-05 """ + TCN + """]] công đoàn cơ sở (CĐCS) trên địa bàn tỉnh.

Trong tháng, các cấp công đoàn đã thăm, tặng [[3.860|ben a mo2019-05 """ + TCN + """]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, trị giá [[1,16 tỷ|sf a mo2019-05]] đồng; bàn giao [[5|sh a mo2019-05]] nhà “Mái ấm Công đoàn”; kết nạp [[1.450|mn a mo2019-05]] đoàn viên mới.

Công đoàn phối hợp với người sử dụng lao động ở [[47|meal a mo2019-05]] doanh nghiệp điều chỉnh nâng chất lượng bữa ăn ca, từ 15.000 đồng lên 18.000 - 20.000 đồng/suất; tổ chức đối thoại tại [[65|wd a mo2019-05]] doanh nghiệp; tham gia [[18|sv a mo2019-05]] cuộc kiểm tra, giám sát về an toàn, vệ sinh lao động.

Trong tháng 6, LĐLĐ tỉnh phấn đấu ký mới [[10|ca t mo2019-06 n=tháng 6 without a year -> June of the publication year (records.md periods)]] bản thỏa ước lao động tập thể ở các doanh nghiệp ngoài nhà nước có từ 100 lao động trở lên.

Hoàng Gia

Tin cùng chuyên mục
- Buôn Ma Thuột: 200 công nhân được khám sức khỏe miễn phí
- Trao 30 suất học bổng cho con công nhân khó khăn
"""))

# cr18 Đắk Nông, undated copy with light damage (l.235, 1.0 52, broken marks): year 2018
ARTS.append(('cr18', 'http://congdoandaknong.org.vn/tin-tuc/ldld-tinh-dak-nong-tong-ket-cong-tac-nam-2018-a1432.html',
             None, 'Đắk Nông', """LĐLĐ tỉnh Đắk Nông tổng kết công tác công đoàn năm 2018

Năm 2018, các cấp công đoàn tỉnh Đắk Nông đã kêt nạp [[l.235|mn a y2018 v=1235 n=l.482-type scraping damage: l read as 1 (records.md value; gold README 3)]] đoàn viên, thành lập mới [[27|un a y2018]] CĐCS; thành lập [[9|wc a y2018]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước. Toàn tỉnh hiện có [[628|ut a null """ + NULLSTOCK + """]] CĐCS với [[19.840|mt a null """ + NULLSTOCK + """]] đoàn viên.

Uy ban Kiêm tra các câp đã tiến hành kiểm tra tài chính [[16|fi a y2018]] CĐCS, phát hiện và kiến nghị thu hồi một số khoản chi sai quy định. Công tác chăm lo được chú trọng: các cấp công đoàn hỗ trợ [[1.0 52|ben a y2018 v=1052 n=digits split by scraping (1.5 60-type damage) read as 1052 (records.md value; gold README 3)]] lượt đoàn viên khó khăn, tổng số tiền [[524 triệu|sf a y2018]] đồng; xây mới [[3|sh a y2018]] nhà “Mái ấm Công đoàn”, mỗi nhà 40 triệu đồng.

Năm 2019, LĐLĐ tỉnh phấn đấu kết nạp [[1.000|mn t y2019 b=o n=... trở lên after the counted noun -> over (gold README 5)]] đoàn viên trở lên, thành lập [[20|un t y2019]] CĐCS.

Nguồn: LĐLĐ tỉnh Đắk Nông
"""))

# cr19 Lâm Đồng after the merger (Bình Thuận and Đắk Nông merged in): year 2025 report, old-province parts, 2026 targets
ARTS.append(('cr19', 'https://baolamdong.vn/xa-hoi/202512/ldld-tinh-lam-dong-ket-nap-hon-9800-doan-vien-trong-nam-2025-5a71c20/',
             '2025-12-29', 'Lâm Đồng', """LĐLĐ tỉnh Lâm Đồng: Kết nạp hơn [[9.800|mn a y2025 b=o v=9800 n=headline rounds the body's 9.840 (gold README 1)]] đoàn viên trong năm 2025

Thứ Hai, 29/12/2025 - 10:05

Chiều 28/12, Liên đoàn Lao động (LĐLĐ) tỉnh Lâm Đồng tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, năm đầu tiên hoạt động sau khi hợp nhất LĐLĐ ba tỉnh Lâm Đồng, Bình Thuận, Đắk Nông.

Năm 2025, các cấp công đoàn toàn tỉnh đã kết nạp [[9.840|mn a y2025 n=the merged federation reports for the new Lâm Đồng (gold README 10)]] đoàn viên, đạt [[109%|mn p y2025]] kế hoạch; thành lập mới [[86|un a y2025]] CĐCS. Trong đó, khu vực Bình Thuận (cũ) kết nạp [[4.210|mn a y2025 r=Bình Thuận s=khu vực Bình Thuận (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] đoàn viên, khu vực Đắk Nông (cũ) kết nạp [[1.870|mn a y2025 r=Đắk Nông s=khu vực Đắk Nông (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] đoàn viên. Hiện toàn tỉnh có [[3.960|ut a pub]] CĐCS với [[187.400|mt a pub]] đoàn viên.

Các cấp công đoàn đã thăm hỏi, hỗ trợ [[46.300|ben a y2025]] lượt đoàn viên, người lao động với tổng kinh phí [[39,2 tỷ|sf a y2025]] đồng; tổ chức và tham gia [[212|sv a y2025]] cuộc giám sát, kiểm tra việc thực hiện chính sách pháp luật; [[1.430|wkc a y2025]] doanh nghiệp tổ chức hội nghị người lao động.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[10.000|mn t y2026]] đoàn viên, thành lập [[90|un t y2026]] CĐCS.

Sau sắp xếp, tỉnh Lâm Đồng có 124 xã, phường, đặc khu, giảm 38 đơn vị hành chính cấp xã so với trước.

Đức Tuấn
"""))

# cr20 Nghệ An, undated: Tổng LĐLĐ Việt Nam (national body) supports flood-hit members in Nghệ An in 2022; province's own support
TLD = 's=Tổng LĐLĐ Việt Nam'
ARTS.append(('cr20', 'https://laodongnghean.vn/tin-tuc/tong-ldld-viet-nam-danh-1-ty-dong-ho-tro-doan-vien-vung-lu-nghe-an-a2184.html',
             None, 'Nghệ An', """Tổng LĐLĐ Việt Nam dành [[1 tỷ|sf a y2022 """ + TLD + """ n=headline repeat of the body figure: body's region and period (gold README 1)]] đồng hỗ trợ đoàn viên vùng lũ Nghệ An

Năm 2022, các đợt mưa lũ liên tiếp đã gây thiệt hại nặng nề cho nhiều huyện miền Tây Nghệ An, trong đó có hàng trăm gia đình đoàn viên, người lao động.

Trong năm 2022, Tổng Liên đoàn Lao động Việt Nam đã trao [[500|ben a y2022 """ + TLD + """ n=national body acting in one province gives that province, scope as written (records.md regions)]] suất quà cho đoàn viên bị thiệt hại do mưa lũ tại Nghệ An, mỗi suất 2 triệu đồng, với tổng số tiền [[1 tỷ|sf a y2022 """ + TLD + """]] đồng; đồng thời hỗ trợ [[10|sh a y2022 """ + TLD + """ n=members helped to rebuild a Mái ấm Công đoàn house count as shelter_houses (gold README 9)]] đoàn viên có nhà bị sập, trôi xây dựng lại “Mái ấm Công đoàn”, tổng kinh phí [[500 triệu|shf a y2022 """ + TLD + """]] đồng.

Cũng trong năm, Liên đoàn Lao động tỉnh Nghệ An đã trích quỹ hỗ trợ [[1.260|ben a y2022]] đoàn viên bị ảnh hưởng bởi bão số 4 với số tiền [[630 triệu|sf a y2022]] đồng, mức 500.000 đồng/người. LĐLĐ các huyện Kỳ Sơn, Tương Dương, Con Cuông đã vận động được gần [[hai trăm|ben a y2022 v=200 b=u s=LĐLĐ các huyện Kỳ Sơn, Tương Dương, Con Cuông n=number written as words (records.md); gần -> under (gold README 5)]] suất quà từ các doanh nghiệp, nhà hảo tâm trao cho đoàn viên.

Riêng đợt mưa lũ từ ngày 21 đến 24/9/2022 đã làm hơn 2.000 ngôi nhà của người dân bị ngập, trong đó có nhiều nhà của công nhân, viên chức, người lao động.

Hải Yến
"""))
