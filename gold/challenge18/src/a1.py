"""Short event news (400-1,200 chars): a01-a09."""
HR = 'n=headline repeat of the body figure: takes its region and period (gold README 1)'
TET = 'Tết of a named year: the year of that Tết (challenge15 convention)'
ARTS = []

ARTS.append(('a01', 'short', 'https://ldldthanhhoa.org.vn/tin-tuc/trao-300-suat-qua-tet-cho-cong-nhan-kkt-nghi-son', '2019-01-24', 'Thanh Hóa', """
Thanh Hóa: Trao [[300|ben a y2019 n=headline repeat of the body figure: takes its region and period (gold README 1); gift packages count as beneficiaries (gold README 9)]] suất quà Tết cho công nhân Khu kinh tế Nghi Sơn
24/01/2019 | 09:40
Sáng 24/1, Liên đoàn Lao động tỉnh Thanh Hóa phối hợp với Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tổ chức chương trình "Tết Sum vầy" Xuân Kỷ Hợi 2019, trao [[300|ben a y2019 n=gift packages count as beneficiaries (gold README 9); Tết Sum vầy Xuân Kỷ Hợi 2019 in the sentence: year 2019 (challenge15 convention)]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn đang làm việc tại Khu kinh tế. Mỗi suất quà gồm 500.000 đồng tiền mặt và một phần quà hiện vật trị giá 300.000 đồng; tổng kinh phí của chương trình là [[240 triệu|sf a y2019 n=per-item 500.000 / 300.000 đồng are not records (gold README 11); the total is]] đồng, do LĐLĐ tỉnh và các doanh nghiệp đồng hành đóng góp.
Phát biểu tại chương trình, đồng chí Lê Văn Tùng, Phó Chủ tịch LĐLĐ tỉnh, cảm ơn sự cống hiến của công nhân và đề nghị các doanh nghiệp trả lương, thưởng Tết đầy đủ, đúng hạn, bố trí xe đưa đón người lao động về quê ăn Tết an toàn.
Được biết, dịp Tết Nguyên đán Kỷ Hợi 2019, các cấp công đoàn tỉnh Thanh Hóa dự kiến thăm hỏi, tặng quà cho khoảng [[45.000|ben t y2019 b=a n=dự kiến: planned → target (gold README 4); khoảng → about]] đoàn viên, người lao động với tổng kinh phí hơn [[20 tỷ|sf t y2019 b=o n=dự kiến → target (gold README 4); hơn → over]] đồng.
Ảnh: Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân tại Khu kinh tế Nghi Sơn.
"""))

ARTS.append(('a02', 'short', 'https://baoquangbinh.vn/xa-hoi/201608/ban-giao-3-nha-mai-am-cong-doan-cho-doan-vien-kho-khan', '2016-08-12', 'Quảng Bình', """
Quảng Bình: Bàn giao [[3|sh a pub n=headline repeat of the body figure (ba): takes its region and period (gold README 1)]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn
Ngày 12/8, Liên đoàn Lao động tỉnh Quảng Bình phối hợp với LĐLĐ huyện Bố Trạch tổ chức bàn giao [[ba|sh a pub v=3 n=number word (records.md); event on the publication day and no earlier period phrase: publication date (records.md Periods)]] ngôi nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở tại các xã Hòa Trạch, Phú Định và Sơn Lộc. Mỗi ngôi nhà được hỗ trợ 40 triệu đồng từ Quỹ Xã hội LĐLĐ tỉnh, tổng số tiền hỗ trợ là [[120 triệu|shf a pub n=per-house 40 triệu is a per-item amount, not a record (gold README 11)]] đồng.
Chị Trần Thị Mai, công nhân Công ty CP Gạch ngói Bố Trạch, xúc động: "Cả đời vợ chồng tôi chưa dám nghĩ sẽ có ngôi nhà kiên cố thế này. Công đoàn đã cho chúng tôi chỗ dựa để yên tâm làm việc".
Từ đầu năm 2016 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới [[11|sh a 2016-01-01..2016-08-12 n=list with và leaving the noun out: each figure is a record (xây mới, sửa chữa)]] và sửa chữa [[3|sh a 2016-01-01..2016-08-12 n=second item of the và list, noun left out (see 11)]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[520 triệu|shf a 2016-01-01..2016-08-12]] đồng. Năm 2016, LĐLĐ tỉnh phấn đấu hỗ trợ [[20|sh t y2016]] nhà "Mái ấm Công đoàn" cho đoàn viên.
"""))

ARTS.append(('a03', 'short', 'https://baobacgiang.com.vn/bg/xa-hoi/ngay-hoi-tu-van-phap-luat-cong-doan-kcn-quang-chau', '2018-06-17', 'Bắc Giang', """
Hơn [[350|lc a pub b=o """ + HR + """]] lượt công nhân KCN Quang Châu được tư vấn pháp luật
Chủ nhật 17/6, Liên đoàn Lao động tỉnh Bắc Giang tổ chức "Ngày hội Tư vấn pháp luật công đoàn" tại Khu công nghiệp Quang Châu (huyện Việt Yên). Các luật sư, tư vấn viên của Văn phòng Tư vấn pháp luật LĐLĐ tỉnh đã trực tiếp giải đáp, tư vấn cho hơn [[350|lc a pub b=o n=event on the publication day, no period phrase: publication date (records.md Periods)]] lượt công nhân về tiền lương, thời giờ làm việc, bảo hiểm xã hội và hợp đồng lao động; đồng thời phát 2.000 tờ gấp tìm hiểu Bộ luật Lao động.
Dịp này, Ban Tổ chức trao [[50|ben a pub]] suất quà, mỗi suất 500.000 đồng, cho công nhân có hoàn cảnh khó khăn.
Theo ông Nguyễn Văn Thắng, Phó Chủ tịch LĐLĐ tỉnh, từ đầu năm 2018 đến nay, văn phòng đã tư vấn pháp luật cho [[1.246|lc a 2018-01-01..2018-06-17 n=từ đầu năm 2018 đến nay: start of 2018 to publication (records.md)]] lượt đoàn viên, người lao động, tham gia bảo vệ quyền lợi cho 6 vụ tranh chấp lao động tại tòa; các cấp công đoàn trong tỉnh tổ chức [[37|tr a 2018-01-01..2018-06-17]] hội nghị tập huấn, tuyên truyền pháp luật cho trên [[5.800|te a 2018-01-01..2018-06-17 b=o]] lượt đoàn viên.
Đường dây nóng tư vấn pháp luật miễn phí: 0204.3855.618.
"""))

ARTS.append(('a04', 'short', 'https://baodanang.vn/xa-hoi/202303/ky-ket-6-thoa-thuan-hop-tac-phuc-loi-doan-vien', '2023-03-09', 'Đà Nẵng', """
Đà Nẵng: Ký kết [[6|wp a pub """ + HR + """]] thỏa thuận hợp tác "Phúc lợi đoàn viên công đoàn"
Chiều 9/3, Liên đoàn Lao động thành phố Đà Nẵng tổ chức lễ ký kết thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" với [[6|wp a pub n=event on the publication day, no period phrase: publication date (records.md Periods); thỏa thuận hợp tác Phúc lợi đoàn viên → welfare_partners (gold README 9)]] đơn vị, doanh nghiệp trong các lĩnh vực siêu thị, nha khoa, đào tạo ngoại ngữ và vận tải hành khách.
Theo thỏa thuận, đoàn viên công đoàn khi xuất trình thẻ đoàn viên được giảm giá từ 5% đến 30% khi mua hàng, sử dụng dịch vụ tại các đơn vị đối tác.
Như vậy, đến nay LĐLĐ thành phố đã ký thỏa thuận hợp tác với [[58|wp a pub n=đến nay ... đã ký with no start: a stock of partners, dated at publication (gold README 7; challenge15 partner stock)]] đơn vị, doanh nghiệp; riêng năm 2022 ký mới [[11|wp a y2022 n=previous-year figure is an actual of its own period]] thỏa thuận.
"Năm 2023, LĐLĐ thành phố phấn đấu ký kết thêm ít nhất [[10|wp t y2023 b=o n=phấn đấu → target (gold README 4); ít nhất → over (gold README 5)]] thỏa thuận, ưu tiên các dịch vụ thiết yếu như khám chữa bệnh, nhà ở, giáo dục cho con đoàn viên", bà Phan Thị Thu Hà, Phó Chủ tịch LĐLĐ thành phố cho biết.
"""))

ARTS.append(('a05', 'short', 'https://baolaocai.vn/tap-huan-nghiep-vu-cho-120-can-bo-cong-doan-co-so', '2014-04-18', 'Lào Cai', """
Lào Cai: Tập huấn nghiệp vụ cho [[120|te a y2014 """ + HR + """]] cán bộ công đoàn cơ sở
Sáng 18/4, Liên đoàn Lao động tỉnh Lào Cai khai mạc lớp tập huấn nghiệp vụ công tác công đoàn năm 2014 cho [[120|te a y2014 n=period from the sentence: năm 2014 (records.md Periods)]] học viên là chủ tịch, phó chủ tịch, ủy viên ban chấp hành CĐCS khối doanh nghiệp và khối hành chính sự nghiệp.
Trong 3 ngày, học viên được nghe các chuyên đề: kỹ năng thương lượng, ký kết thỏa ước lao động tập thể; tổ chức hội nghị người lao động; công tác tài chính công đoàn và kỹ năng phát triển đoàn viên ở doanh nghiệp ngoài nhà nước.
Theo kế hoạch, năm 2014 LĐLĐ tỉnh mở [[8|tr t y2014 n=theo kế hoạch → target (gold README 4)]] lớp tập huấn cho khoảng [[900|te t y2014 b=a]] lượt cán bộ công đoàn; riêng quý I đã tổ chức [[2|tr a q1-2014 n=quý I without a year takes the year of the nearest phrase / publication: 2014]] lớp với [[215|te a q1-2014]] học viên. Lớp học lần này là lớp thứ ba trong năm.
"""))

ARTS.append(('a06', 'short', 'https://baolongan.vn/cong-doan-cac-kcn-ra-mat-4-cdcs-moi-a103512.html', '2020-10-15', 'Long An', """
Công đoàn các KCN Long An ra mắt [[4|un a pub """ + HR + """]] công đoàn cơ sở mới
Ngày 15/10, Công đoàn các Khu công nghiệp tỉnh Long An tổ chức lễ công bố quyết định thành lập và ra mắt Ban Chấp hành lâm thời [[4|un a pub n=event on the publication day: publication date (records.md Periods); an industrial-zone union gives its province, scope Công đoàn các KCN (records.md Regions)]] công đoàn cơ sở tại các doanh nghiệp trong KCN Phúc Long và KCN Tân Kim, kêt nạp [[1.135|mn a pub n=members of newly founded unions → members_new (gold README 9); scraped typo kêt nạp / doan vien]] doan vien.
Phát biểu tại buổi lễ, ông Lê Hoàng Nam, Chủ tịch Công đoàn các KCN tỉnh, đề nghị Ban Chấp hành lâm thời các CĐCS sớm ổn định tổ chức, xây dựng quy chế phối hợp với người sử dụng lao động, chăm lo tốt hơn đời sống đoàn viên.
Từ đầu năm đến nay, Công đoàn các KCN đã thành lâp mới [[19|un a 2020-01-01..2020-10-15 n=từ đầu năm đến nay, year-less: publication year, start of year to publication (records.md)]] CĐCS, phát triển [[6.240|mn a 2020-01-01..2020-10-15]] đoàn viên, đạt [[104%|mn p 2020-01-01..2020-10-15 n=đạt N% kế hoạch → attainment of members_new (gold README 4), reporting period]] kế hoạch năm. Hiện Công đoàn các KCN tỉnh Long An quản lý [[412|ut a pub n=Hiện: stock dated at publication (gold README 7)]] CĐCS với hơn [[98.000|mt a pub b=o]] đoàn viên, chiếm gần 60% số đoàn viên toàn tỉnh.
""", 'Công đoàn các KCN'))

ARTS.append(('a07', 'short', 'https://baonghean.vn/phat-dong-thang-cong-nhan-nam-2024-tai-hon-2000-cdcs', '2024-05-03', 'Nghệ An', """
Nghệ An phát động Tháng Công nhân tại hơn [[2.000|wmu t mo2024-05 b=o n=rounded headline repeat of the target 2.146: takes its status, region and period (gold README 1)]] công đoàn cơ sở
Tối 2/5, tại Quảng trường Hồ Chí Minh (TP Vinh), Liên đoàn Lao động tỉnh Nghệ An tổ chức lễ phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2024.
Theo kế hoạch, Tháng Công nhân năm 2024 được triển khai tại [[2.146|wmu t mo2024-05 n=theo kế hoạch → target (gold README 4); Tháng Công nhân năm 2024 → May 2024 (records.md)]] CĐCS trong toàn tỉnh với chủ đề "Đoàn kết công nhân - Phát triển bền vững đất nước". Các cấp công đoàn sẽ thăm, tặng quà cho [[5.000|ben t mo2024-05 n=planned activity of the programme (sẽ, theo kế hoạch) → target (gold README 4)]] đoàn viên, người lao động có hoàn cảnh khó khăn với kinh phí khoảng [[2,5 tỷ|sf t mo2024-05 b=a n=planned activity of the programme → target (gold README 4)]] đồng; phối hợp với chủ doanh nghiệp tổ chức đối thoại, giải quyết kiến nghị của người lao động.
Tại lễ phát động, LĐLĐ tỉnh và các nhà tài trợ đã trao [[100|ben a mo2024-05 n=nearest earlier period phrase: Tháng Công nhân năm 2024 (records.md Periods)]] suất quà, mỗi suất 1 triệu đồng, cho công nhân có hoàn cảnh khó khăn.
Năm 2023, Tháng Công nhân được tổ chức tại [[1.980|wmu a mo2023-05 n=Tháng Công nhân 2023 → May 2023 (records.md)]] CĐCS, thu hút hơn 150.000 lượt người tham gia các hoạt động.
"""))

ARTS.append(('a08', 'short', 'http://www.baosoctrang.org.vn/xa-hoi/201502/trao-200-phan-qua-tet-cho-cong-nhan', '2015-02-05', 'Sóc Trăng', """
LĐLĐ tỉnh Sóc Trăng trao [[200|ben a y2015 """ + HR + """]] phần quà Tết cho công nhân
Chiều 4/2, Liên đoàn Lao động tỉnh Sóc Trăng phối hợp với Công đoàn Khu công nghiệp An Nghiệp trao [[200|ben a y2015 n=""" + TET + """; gift packages → beneficiaries (gold README 9)]] phần quà Tết Ất Mùi 2015 cho doan vien, công nhân lao động có hoàn cảnh khó khăn. Mỗi phần quà gồm 500.000 đồng tiền mặt và một số nhu yếu phẩm. Tổng trị giá quà là [[120 trieu|sf a y2015 n=scraped trieu → triệu]] đồng, trong đó Quỹ Xã hội LĐLĐ tỉnh hỗ trợ [[80 trieu|sf a y2015 s=Quỹ Xã hội LĐLĐ tỉnh n=breakdown by source (gold README 6)]] đồng, số còn lại do các doanh nghiệp đóng góp.
Theo LĐLĐ tỉnh, đến nay các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà Tết cho [[9.870|ben a y2015 n=đến nay with no start: nearest earlier period phrase Tết Ất Mùi 2015 (records.md Periods)]] đoàn viên, người lao động với tổng kinh phí [[3,95 ty|sf a y2015 n=scraped ty → tỷ]] đồng.
"""))

ARTS.append(('a09', 'short', 'https://ldldbinhphuoc.org.vn/tin-tuc/46-doanh-nghiep-nang-chat-luong-bua-an-ca', None, 'Bình Phước', """
Bình Phước: [[46|meal a y2017 """ + HR + """]] doanh nghiệp nâng chất lượng bữa ăn ca cho công nhân
Năm 2017, Liên đoàn Lao động tỉnh Bình Phước đã phối hợp với các sở, ngành vận động [[46|meal a y2017]] doanh nghiệp điều chỉnh bữa ăn ca cho người lao động, nâng mức bình quân từ 13.000 đồng lên 16.000 đồng/suất. Trong đó, riêng Khu công nghiệp Minh Hưng - Hàn Quốc có [[12|meal a y2017 s=Khu công nghiệp Minh Hưng - Hàn Quốc n=riêng: breakdown (gold README 6)]] doanh nghiệp.
Các cấp công đoàn cũng tổ chức [[9|sv a y2017]] cuộc giám sát việc thực hiện bữa ăn ca, an toàn vệ sinh thực phẩm tại doanh nghiệp; qua đó phát hiện 3 doanh nghiệp có mức ăn dưới 15.000 đồng/suất và kiến nghị điều chỉnh.
Hiện toàn tỉnh có [[364|ut a null s=doanh nghiệp ngoài nhà nước n=Hiện: stock; no publication date → null..null (records.md)]] CĐCS doanh nghiệp ngoài nhà nước. Năm 2018, LĐLĐ tỉnh đặt mục tiêu vận động thêm [[60|meal t y2018 n=mục tiêu → target (gold README 4)]] doanh nghiệp nâng mức ăn ca lên tối thiểu 17.000 đồng/suất.
"""))
