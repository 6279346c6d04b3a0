"""am16-am20: undated pages (published null)."""
from a1 import HR, CAP
ARTS = []
NOPUB = 'n=stock stated as current in an article with no publication date and no dateline -> null..null (records.md)'

# am16 -- baomoi copy without dateline; Hà Giang year 2015; "trong năm" after "Năm 2015"; stocks null
ARTS.append(('am16', 'https://baomoi.com/ha-giang-thanh-lap-moi-29-cong-doan-co-so/c/18452217.epi', None, 'Hà Giang', """Hà Giang: Thành lập mới [[29|un a y2015 """ + HR + """]] công đoàn cơ sở

Năm 2015, LĐLĐ tỉnh Hà Giang đã chỉ đạo các cấp công đoàn đẩy mạnh phát triển đoàn viên, thành lập CĐCS tại các doanh nghiệp ngoài nhà nước và các hợp tác xã.

Kết quả, năm 2015 toàn tỉnh thành lập mới [[29|un a y2015]] CĐCS, kết nạp [[2.146|mn a y2015]] đoàn viên. Tuy nhiên, trong năm có [[15|ud a y2015 n=trong năm after Năm 2015 -> 2015 (nearest earlier period phrase; no publication date)]] CĐCS giải thể do doanh nghiệp ngừng hoạt động, nên số CĐCS chỉ tăng tuyệt đối [[14|unet a y2015 n=trong năm -> 2015 (nearest earlier period phrase)]] đơn vị.

Hiện toàn tỉnh có [[1.187|ut a null """ + NOPUB + """]] CĐCS với [[41.320|mt a null """ + NOPUB + """]] đoàn viên, trong đó khu vực sản xuất kinh doanh có [[6.840|mt a null s=khu vực sản xuất kinh doanh """ + NOPUB + """; breakdown (gold README 6)]] đoàn viên.

Năm 2016, LĐLĐ tỉnh phấn đấu thành lập mới [[25|un t y2016]] CĐCS, kết nạp [[2.000|mn t y2016 b=o n=... trở lên after the counted noun -> over (gold README 5)]] đoàn viên trở lên.

Theo Báo Hà Giang

Xem thêm: Công đoàn Hà Giang
"""))

# am17 -- baoquangnam-like undated page with an update line; "9 tháng đầu năm" -> year of the dateline
DL17 = ('published is null but the page prints Cập nhật: 03-10-2020; the dateline is the article\'s publication '
        'date (records.md: else from the article\'s publication date)')
F9 = 'n=9 tháng đầu năm without a year -> 2020, the year of the printed dateline (' + DL17 + ')'
ARTS.append(('am17', 'https://baoquangnam.vn/xa-hoi/lao-dong-viec-lam/202010/9-thang-cong-doan-tu-van-phap-luat-cho-hon-2-100-luot-nguoi-lao-dong-973402/', None, 'Quảng Nam', """9 tháng, công đoàn tư vấn pháp luật cho hơn [[2.100|lc a f9-2020 b=o v=2100 """ + HR + """]] lượt người lao động

ANH THƯ | Cập nhật: 03-10-2020 | 09:15

(QNO) - 9 tháng đầu năm, Trung tâm Tư vấn pháp luật Công đoàn và các cấp công đoàn trong tỉnh đã tư vấn pháp luật cho [[2.164|lc a f9-2020 """ + F9 + """]] lượt người lao động, tăng 37% so với cùng kỳ năm trước ([[1.580|lc a f9-2019 n=cùng kỳ năm trước -> the first 9 months of 2019 (the dateline year minus one)]] lượt).

Các cấp công đoàn đã tổ chức [[38|tr a f9-2020 """ + F9 + """]] hội nghị tập huấn, tuyên truyền pháp luật cho [[5.260|te a f9-2020]] lượt đoàn viên, NLĐ; tham gia [[27|sv a f9-2020]] cuộc giám sát việc thực hiện chính sách pháp luật tại doanh nghiệp.

Hiện toàn tỉnh có [[1.402|ut a pub n=stock stated as current -> the printed dateline date 2020-10-03 (""" + DL17 + """; gold README 7)]] CĐCS với [[86.750|mt a pub n=stock stated as current -> the dateline date 2020-10-03 (gold README 7)]] đoàn viên.

TAGS: Công đoàn Quảng Nam, tư vấn pháp luật
""", '2020-10-03'))

# am18 -- district union congress, undated page without dateline: "nhiệm kỳ qua", last year of the term, stocks null
HH = 'huyện Hải Hậu'
NK = 'n=nhiệm kỳ qua -> nhiệm kỳ 2013-2018 named in the lead (records.md: nhiệm kỳ 2013-2018 -> 2013-01-01..2018-12-31)'
ARTS.append(('am18', 'http://www.namdinh.gov.vn/portal/Pages/2018-6-5/Dai-hoi-Cong-doan-huyen-Hai-Hau-lan-thu-XXII-8d9a4e.aspx', None, 'Nam Định', """Đại hội Công đoàn huyện Hải Hậu lần thứ XXII, nhiệm kỳ 2018-2023

Liên đoàn Lao động huyện Hải Hậu vừa tổ chức Đại hội Công đoàn huyện lần thứ XXII, nhiệm kỳ 2018-2023, đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2013-2018. Về dự có 150 đại biểu đại diện cho đoàn viên toàn huyện.

Nhiệm kỳ qua, LĐLĐ huyện đã phát triển mới [[3.420|mn a t2013-2018 s=""" + HH + """ """ + NK + """; district union -> its province Nam Định (the source site namdinh.gov.vn; records.md Regions), scope the district]] đoàn viên, thành lập [[41|un a t2013-2018 s=""" + HH + """ """ + NK + """]] CĐCS; giới thiệu [[286|pr a t2013-2018 s=""" + HH + """ """ + NK + """]] đoàn viên ưu tú cho Đảng. Các cấp công đoàn đã hỗ trợ xây mới, sửa chữa [[52|sh a t2013-2018 s=""" + HH + """ """ + NK + """]] nhà "Mái ấm Công đoàn".

Riêng năm 2017, năm cuối nhiệm kỳ, LĐLĐ huyện kết nạp [[812|mn a y2017 s=""" + HH + """]] đoàn viên, thành lập [[9|un a y2017 s=""" + HH + """]] CĐCS.

Hiện nay, LĐLĐ huyện có [[215|ut a null s=""" + HH + """ """ + NOPUB + """]] CĐCS với [[9.870|mt a null s=""" + HH + """ """ + NOPUB + """]] đoàn viên.

Nhiệm kỳ 2018-2023, Đại hội đề ra chỉ tiêu phát triển mới [[3.000|mn t t2018-2023 s=""" + HH + """ n=nhiệm kỳ 2018-2023 -> 2018-01-01..2023-12-31; target (chỉ tiêu)]] đoàn viên, thành lập [[35|un t t2018-2023 s=""" + HH + """]] CĐCS, xây dựng [[50|sh t t2018-2023 s=""" + HH + """]] nhà "Mái ấm Công đoàn".

Đại hội bầu 25 đồng chí vào Ban Chấp hành khóa XXII; bầu 15 đại biểu đi dự Đại hội Công đoàn tỉnh.

Văn Thành - LĐLĐ huyện Hải Hậu
"""))

# am19 -- baobinhdinh-like undated page with "Ngày đăng: 21/12/2014": "Năm qua" in December; "năm tới" targets
DL19 = ('published is null but the page prints Ngày đăng: 21/12/2014, the article\'s publication date '
        '(records.md: else from the article\'s publication date)')
NQ14 = 'n=năm qua in an article dated in December 2014 -> 2014 (records.md period table; ' + DL19 + ')'
ARTS.append(('am19', 'http://www.baobinhdinh.com.vn/xahoi/2014/12/156203/', None, 'Bình Định', """Công đoàn Bình Định: Tư vấn pháp luật cho gần [[1.900|lc a y2014 b=u v=1900 """ + HR + """]] lượt người lao động

Ngày đăng: 21/12/2014

(BĐ) - Năm qua, các cấp công đoàn trong tỉnh đã tư vấn pháp luật cho [[1.862|lc a y2014 """ + NQ14 + """]] lượt người lao động; tổ chức [[26|tr a y2014 """ + NQ14 + """]] lớp tập huấn cho [[3.150|te a y2014]] lượt cán bộ công đoàn cơ sở.

Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[42|fi a y2014 n=no period in the sentence -> the nearest earlier period phrase (năm qua -> 2014)]] đơn vị. Có [[138|wkc a y2014]] doanh nghiệp tổ chức hội nghị người lao động; [[57|ca a y2014]] doanh nghiệp ký kết thỏa ước lao động tập thể.

Hiện toàn tỉnh có [[1.236|ut a pub n=stock stated as current -> the printed dateline date 2014-12-21 (""" + DL19 + """; gold README 7)]] CĐCS với [[98.650|mt a pub n=stock stated as current -> the dateline date 2014-12-21 (gold README 7)]] đoàn viên.

Năm tới, LĐLĐ tỉnh phấn đấu tư vấn pháp luật cho [[2.000|lc t y2015 b=o n=năm tới in an article dated December 2014 -> 2015; target (phấn đấu); trở lên -> over (gold README 5)]] lượt NLĐ trở lên, tổ chức [[30|tr t y2015 n=năm tới -> 2015 (the year after the dateline year)]] lớp tập huấn.

NGUYỄN HÂN

Các tin khác:
- Quy Nhơn: 250 công nhân được khám sức khỏe (18/12/2014)
""", '2014-12-21'))

# am20 -- district page without any date or year: "Tháng Công nhân", "quý II" -> null..null
NY = ('n=no year anywhere in the article and no publication date -> null..null '
      '(records.md: nothing found and no publication date)')
ARTS.append(('am20', 'http://ldldhanam.org.vn/tin-tuc/kim-bang-soi-noi-thang-cong-nhan-t1284.html', None, 'Hà Nam', """Kim Bảng sôi nổi Tháng Công nhân

Hưởng ứng Tháng Công nhân, LĐLĐ huyện Kim Bảng đã chỉ đạo [[64|wmu a null s=huyện Kim Bảng """ + NY + """; Tháng Công nhân without a year; district union -> its province Hà Nam, from the source site ldldhanam.org.vn (records.md Regions)]] CĐCS tổ chức các hoạt động chăm lo cho đoàn viên, người lao động.

Trong tháng, LĐLĐ huyện và các CĐCS đã thăm, tặng [[520|ben a null s=huyện Kim Bảng """ + NY + """]] suất quà cho công nhân có hoàn cảnh khó khăn, tổng trị giá gần [[210 triệu|sf a null b=u s=huyện Kim Bảng """ + NY + """]] đồng; mỗi suất quà 400.000 đồng. [[18|wd a null s=huyện Kim Bảng """ + NY + """]] doanh nghiệp tổ chức đối thoại tại nơi làm việc nhân dịp này.

Trong quý II, LĐLĐ huyện phối hợp Phòng Lao động - Thương binh và Xã hội tổ chức [[3|tr a null s=huyện Kim Bảng """ + NY + """; quý II without a year]] hội nghị tập huấn Bộ luật Lao động cho [[460|te a null s=huyện Kim Bảng """ + NY + """]] lượt công nhân.

Nguyễn Hằng - LĐLĐ huyện Kim Bảng

Lượt truy cập: 1.152.307
"""))
