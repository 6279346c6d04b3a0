"""challenge56 articles ci01-ci05."""

ARTS = []

ARTS.append(('ci01', 'https://baobacninh.vn/lao-dong-viec-lam/-/view_content/1482613-bac-ninh-nam-2018-ket-nap-moi-hon-12-000-doan-vien-cong-doan.html', '2018-12-26', 'Bắc Ninh', """
Bắc Ninh: Năm 2018 kết nạp mới hơn [[12.000|mn a y2018 b=o n=headline repeat of the body 12.374 (gold README 1), own bound word]] đoàn viên công đoàn

Thứ Tư, 26/12/2018 - 15:42

(BBN) - Theo báo cáo của Liên đoàn Lao động (LĐLĐ) tỉnh tại hội nghị tổng kết công tác phát triển đoàn viên, thành lập công đoàn cơ sở tổ chức chiều 25/12, năm 2018, các cấp công đoàn trong tỉnh đã kết nạp mới [[12.374|mn a y2018]] đoàn viên, đạt [[123,7%|mn p y2018]] kế hoạch; thành lập mới [[68|un a y2018]] công đoàn cơ sở (CĐCS), vượt [[13%|un p y2018 v=113 n=vượt 13% chỉ tiêu is 113% of the target (records.md attainment); vượt read as part of the conversion, bound exact]] chỉ tiêu năm. Trong đó, khu vực doanh nghiệp ngoài nhà nước thành lập [[61|un a y2018 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of the 68 (gold README 6)]] CĐCS với [[9.832|mn a y2018 s=khu vực doanh nghiệp ngoài nhà nước n=members of newly founded unions count as members_new (gold README 9), a breakdown of the 12.374]] đoàn viên.

Riêng Công đoàn các Khu công nghiệp tỉnh đã kết nạp [[8.150|mn a y2018 s=Công đoàn các Khu công nghiệp tỉnh n=industrial-zone union gives its province (records.md regions) with a scope]] đoàn viên, thành lập [[39|un a y2018 s=Công đoàn các Khu công nghiệp tỉnh]] CĐCS.

Hiện toàn tỉnh có [[1.472|ut a pub n=stock hiện có dated at publication (records.md)]] CĐCS với [[168.905|mt a pub]] đoàn viên, trong đó khu vực ngoài nhà nước chiếm 71%. Năm qua, các cấp công đoàn đã giới thiệu [[712|pr a y2018 n=năm qua in a December page is the publication year (records.md periods)]] đoàn viên ưu tú cho cấp ủy đảng xem xét, trong đó [[486|pa a y2018]] đồng chí đã được kết nạp vào Đảng.

Tại hội nghị, LĐLĐ tỉnh khen thưởng 18 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác phát triển đoàn viên, thành lập CĐCS.

Năm 2019, LĐLĐ tỉnh phấn đấu kết nạp mới [[10.000|mn t y2019]] đoàn viên, thành lập mới [[50|un t y2019]] CĐCS.

Hoàng Anh

Lượt xem: 1.087
""".strip()))

ARTS.append(('ci02', 'http://tamlongvang.laodong.com.vn/cong-doan/cao-bang-trao-hon-2100-suat-qua-tet-cho-cnvcld-kho-khan-612384.bld', None, 'Cao Bằng', """
Theo LĐLĐ tỉnh Cao Bằng, dịp Tết Nguyên đán Đinh Dậu 2017, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng [[2.136|ben a y2017 n=Tết Đinh Dậu 2017 dated to the year 2017 (Tết of a named year, as the earlier sets)]] suất quà cho đoàn viên, CNVCLĐ có hoàn cảnh khó khăn, tổng trị giá hơn [[1,04 tỉ|sf a y2017 b=o]] đồng. Trong đó, LĐLĐ tỉnh trực tiếp trao [[450|ben a y2017 s=LĐLĐ tỉnh n=breakdown of the 2.136 (gold README 6)]] suất quà, mỗi suất 500.000 đồng; Công đoàn ngành Giáo dục trao [[620|ben a y2017 s=Công đoàn ngành Giáo dục n=sector union gives its province (records.md regions), breakdown]] suất.

Chiều 18.1, tại Nhà văn hóa huyện Hòa An, LĐLĐ tỉnh phối hợp với Quỹ Xã hội từ thiện Tấm lòng Vàng Lao Động tổ chức chương trình "Tết Sum vầy" năm 2017, trao [[200|ben a y2017 n=the sentence names Tết Sum vầy năm 2017, so the year 2017 (records.md periods)]] suất quà (mỗi suất gồm 500.000 đồng tiền mặt và hàng hóa) cho công nhân lao động nghèo của các doanh nghiệp trên địa bàn. Nhiều công nhân cho biết, đây là lần đầu tiên họ được nhận quà Tết từ tổ chức công đoàn.

Cũng trong dịp này, LĐLĐ tỉnh đã hỗ trợ [[3|sh a y2017 n=members helped to build a Mái ấm house count as shelter_houses (gold README 9); period from the earlier Tết 2017 phrase]] đoàn viên xây dựng nhà Mái ấm Công đoàn với số tiền [[120 triệu|shf a y2017]] đồng.

Phương Thảo
""".strip()))

ARTS.append(('ci03', 'https://nld.com.vn/cong-doan/dong-nai-hon-900-doanh-nghiep-nang-bua-an-ca-cho-cong-nhan-20160530211504231.htm', '2016-05-30', 'Đồng Nai', """
Đồng Nai: Hơn [[900|meal a mo2016-05 b=o n=headline repeat of the body 914 (gold README 1), dated by the body's Tháng Công nhân 2016]] doanh nghiệp nâng bữa ăn ca cho công nhân

30-05-2016 - 21:15

(NLĐO) - Ngày 30-5, LĐLĐ tỉnh Đồng Nai tổng kết Tháng Công nhân năm 2016. Trong tháng, các cấp công đoàn đã phối hợp với chủ doanh nghiệp điều chỉnh tăng giá trị bữa ăn giữa ca tại [[914|meal a mo2016-05 n=trong tháng after Tháng Công nhân năm 2016 is May 2016 (records.md periods)]] doanh nghiệp, nâng mức bình quân lên 15.000-18.000 đồng/suất.

Công đoàn cơ sở tại [[326|wd a mo2016-05]] doanh nghiệp đã tổ chức đối thoại với người sử dụng lao động; [[58|ca a mo2016-05]] doanh nghiệp ký mới thỏa ước lao động tập thể. LĐLĐ tỉnh cùng các sở, ngành tổ chức [[12|sv a mo2016-05]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại doanh nghiệp.

Dịp này, các cấp công đoàn đã thăm, tặng quà cho [[5.420|ben a mo2016-05]] công nhân khó khăn, bị tai nạn lao động với tổng số tiền hơn [[2,7 tỉ|sf a mo2016-05 b=o]] đồng; riêng LĐLĐ tỉnh trao [[1.000|ben a mo2016-05 s=LĐLĐ tỉnh n=riêng ... breakdown of the 5.420 (gold README 6)]] suất quà cho công nhân các khu công nghiệp.

Trong Tháng Công nhân, có [[1.286|wmu a mo2016-05]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng với chủ đề "Vì việc làm bền vững, thu nhập và phúc lợi của đoàn viên".

Công nhân Công ty TNHH Pouchen Việt Nam trong giờ ăn ca

Tin-ảnh: Lê Vĩnh
""".strip()))

ARTS.append(('ci04', 'http://congdoanbinhdinh.org.vn/tin-tuc/ho-tro-xay-dung-sua-chua-27-nha-mai-am-cong-doan-2581.html', '2021-09-14', 'Bình Định', """
Trang chủ » Tin tức - Sự kiện » Hoạt động công đoàn

Hỗ trợ xây dựng, sửa chữa [[27|sh a 2021-01-01..2021-09-14 n=headline sum of the body's 19 new and 8 repaired houses, dated as the body statement (từ đầu năm 2021 đến nay)]] nhà Mái ấm Công đoàn

Ngày đăng: 14/09/2021 | Lượt xem: 642

Từ đầu năm 2021 đến nay, Liên đoàn Lao động tỉnh Bình Định đã hỗ trợ xây mới [[19|sh a 2021-01-01..2021-09-14 n=từ đầu năm đến nay runs to the publication date (records.md periods)]] nhà và sửa chữa [[8|sh a 2021-01-01..2021-09-14]] nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở, với tổng số tiền [[1,15 tỷ|shf a 2021-01-01..2021-09-14]] đồng từ Quỹ Xã hội Công đoàn tỉnh. Mức hỗ trợ xây mới 50 triệu đồng/nhà, sửa chữa từ 20 đến 30 triệu đồng/nhà.

Ngày 10/9, LĐLĐ tỉnh phối hợp LĐLĐ thị xã Hoài Nhơn trao quyết định hỗ trợ xây nhà Mái ấm Công đoàn cho đoàn viên Nguyễn Thị Lài, giáo viên Trường Tiểu học số 2 Tam Quan Bắc, có chồng mất sớm, một mình nuôi hai con nhỏ.

Theo kế hoạch năm 2021, LĐLĐ tỉnh phấn đấu hỗ trợ xây mới, sửa chữa [[35|sh t y2021]] nhà Mái ấm Công đoàn. Từ năm 2013 đến nay, các cấp công đoàn trong tỉnh đã hỗ trợ xây dựng, sửa chữa [[412|sh a 2013-01-01..2021-09-14 n=từ năm 2013 đến nay, like từ đầu năm 2018 đến nay in records.md]] nhà Mái ấm Công đoàn với tổng kinh phí trên [[14 tỷ|shf a 2013-01-01..2021-09-14 b=o]] đồng.

Tin khác
- Trao 200 suất quà cho công nhân khó khăn do dịch Covid-19 (08/09/2021)
- LĐLĐ huyện Phù Cát tổng kết phong trào thi đua yêu nước (30/08/2021)

Đang truy cập: 25 | Tổng truy cập: 1.842.770
""".strip()))

ARTS.append(('ci05', 'https://baomoi.com/lam-dong-9-thang-ket-nap-gan-4-000-doan-vien/c/32581734.epi', None, 'Lâm Đồng', """
Lâm Đồng: 9 tháng kết nạp gần [[4.000|mn a f9-2019 b=u n=headline repeat of the body 3.926 (gold README 1), takes its period]] đoàn viên

Trong 9 tháng đầu năm 2019, các cấp công đoàn tỉnh Lâm Đồng đã kết nạp mới [[3.926|mn a f9-2019]] đoàn viên, đạt [[78,5%|mn p f9-2019 n=part-way attainment of the year plan takes the reporting period (challenge42 convention)]] kế hoạch năm; thành lập mới [[31|un a f9-2019]] CĐCS, trong đó có [[24|un a f9-2019 s=khu vực ngoài nhà nước]] CĐCS khu vực ngoài nhà nước. Tuy nhiên, do một số doanh nghiệp giải thể, ngừng hoạt động nên đã giảm [[1.108|ml a f9-2019]] đoàn viên và [[9|ud a f9-2019]] CĐCS.

Hiện nay, toàn tỉnh có [[1.563|ut a null n=stock in an undated page, null..null (records.md)]] CĐCS với [[72.418|mt a null]] đoàn viên.

Theo ông Đặng Trí Dũng, Phó Chủ tịch LĐLĐ tỉnh, để hoàn thành chỉ tiêu phát triển [[5.000|mn t y2019]] đoàn viên, thành lập [[40|un t y2019]] CĐCS trong năm 2019, thời gian tới LĐLĐ tỉnh tập trung rà soát các doanh nghiệp có từ 10 lao động trở lên chưa có tổ chức công đoàn ở các huyện Đức Trọng, Di Linh, Bảo Lâm và TP Bảo Lộc để vận động thành lập...

Theo Báo Lâm Đồng
""".strip()))
