"""challenge56 articles ci11-ci15."""

ARTS = []

ARTS.append(('ci11', 'https://congdoan.vn/tin-tuc/cham-lo-doi-song-3570/dien-bien-ky-ket-6-thoa-thuan-phuc-loi-cho-doan-vien-724516.tld', None, 'Điện Biên', """
Điện Biên: Ký kết [[6|wp a y2023 n=headline repeat of the body 6 (gold README 1)]] thỏa thuận phúc lợi cho đoàn viên

Ngày 12/6, LĐLĐ tỉnh Điện Biên tổ chức ký kết thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi cho đoàn viên công đoàn" năm 2023 với [[6|wp a y2023 n=undated page; the sentence names the programme năm 2023, so the year 2023 (records.md periods)]] doanh nghiệp, đơn vị trên địa bàn, gồm siêu thị, nhà thuốc, phòng khám và khách sạn. Theo thỏa thuận, đoàn viên công đoàn khi xuất trình thẻ đoàn viên được giảm từ 5-15% giá dịch vụ, sản phẩm.

Như vậy, đến nay LĐLĐ tỉnh đã ký kết [[21|wp a null n=đến nay stock of the signings (gold README 7), null..null in an undated page]] thỏa thuận hợp tác về phúc lợi đoàn viên với các đối tác.

Cũng theo LĐLĐ tỉnh Điện Biên, 5 tháng đầu năm 2023, các cấp công đoàn trong tỉnh đã cấp [[2.380|rec a f5-2023 n=cards issued count as member_records (indicators.tsv)]] thẻ đoàn viên điện tử; nhập dữ liệu của [[31.650|rec a f5-2023]] đoàn viên lên phần mềm quản lý đoàn viên, đạt 94% tổng số đoàn viên. Toàn tỉnh hiện có [[1.037|ut a null]] CĐCS với [[33.670|mt a null]] đoàn viên. Theo Tổng LĐLĐ Việt Nam, cũng trong 5 tháng đầu năm 2023, các cấp công đoàn cả nước đã cấp hơn [[1,2 triệu|rec a f5-2023 b=o r=Việt Nam n=national total, region Việt Nam (records.md regions)]] thẻ đoàn viên điện tử.

Đến hết năm 2023, LĐLĐ tỉnh phấn đấu nâng tổng số thỏa thuận hợp tác phúc lợi đoàn viên lên [[30|wp t y2023 n=a planned stock of the signings, target of the year (gold README 4, 7)]].

Trung Dũng
""".strip()))

ARTS.append(('ci12', 'https://baonghean.vn/nghe-an-6-thang-dau-nam-thanh-lap-moi-52-cong-doan-co-so-post98713.html', '2015-07-17', 'Nghệ An', """
Nghệ An: 6 tháng đầu năm thành lập mới [[52|un a h1-2015 n=headline repeat of the body 52 (gold README 1)]] công đoàn cơ sở

Thứ Sáu, 17/07/2015, 09:35 (GMT+7)

(Baonghean.vn) - Sáng 16/7, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015.

6 tháng đầu năm 2015, các cấp công đoàn trong tỉnh đã thành lập mới [[52|un a h1-2015 n=LĐLĐ tỉnh with no province named gives the site's province (records.md regions)]] công đoàn cơ sở (CĐCS), kết nạp [[4.187|mn a h1-2015]] đoàn viên, đạt [[59,8%|mn p h1-2015 n=part-way attainment takes the reporting period (challenge42 convention)]] kế hoạch năm. Các cấp công đoàn đã phối hợp tổ chức hội nghị người lao động tại [[318|wkc a h1-2015]] doanh nghiệp, ký mới [[41|ca a h1-2015]] bản thỏa ước lao động tập thể; [[1.174|oc a h1-2015]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức.

Cac cap cong doan da tham hoi, tro cap cho [[3.920|ben a h1-2015 n=scraped paragraph with stripped diacritics, read as written]] luot doan vien om dau, gap kho khan voi so tien hon [[1,3 ty|sf a h1-2015 b=o v=1300000000 n=stripped tỷ, value resolved (gold README 3)]] dong; ho tro xay dung [[17|sh a h1-2015]] nha Mai am Cong doan.

Tuy vậy, việc phát triển đoàn viên ở khu vực doanh nghiệp ngoài nhà nước còn gặp nhiều khó khăn; một số doanh nghiệp nợ đóng kinh phí công đoàn kéo dài.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[2.800|mn t h2-2015 n=6 tháng cuối năm without a year takes the publication year (records.md periods)]] đoàn viên, thành lập [[35|un t h2-2015]] CĐCS, hoàn thành chỉ tiêu cả năm.

Thu Giang
""".strip()))

ARTS.append(('ci13', 'http://tamlongvang.laodong.com.vn/cong-doan/cd-cac-kcn-cx-da-nang-ky-moi-28-thoa-uoc-lao-dong-tap-the-584213.bld', None, 'Đà Nẵng', """
Năm 2017, CĐ các KCN-CX Đà Nẵng đã hướng dẫn, hỗ trợ CĐCS thương lượng, ký mới [[28|ca a y2017 s=CĐ các KCN-CX Đà Nẵng n=industrial-zone union gives its province (records.md regions) with a scope]] bản thỏa ước lao động tập thể (TƯLĐTT), nâng tổng số doanh nghiệp có TƯLĐTT còn hiệu lực lên [[96|ca a null s=CĐ các KCN-CX Đà Nẵng n=documents in force are the stock of their signings (gold README 7); null..null in an undated page]]. Có [[104|wkc a y2017 s=CĐ các KCN-CX Đà Nẵng]] doanh nghiệp tổ chức hội nghị người lao động, [[87|wd a y2017 s=CĐ các KCN-CX Đà Nẵng]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Đáng chú ý, CĐ các KCN-CX đã phối hợp với người sử dụng lao động điều chỉnh tăng giá trị bữa ăn ca tại [[42|meal a y2017 s=CĐ các KCN-CX Đà Nẵng]] doanh nghiệp, mức bình quân từ 15.000 đồng lên 17.000-20.000 đồng/suất.

Trong năm, CĐ các KCN-CX Đà Nẵng thành lập mới [[9|un a y2017 s=CĐ các KCN-CX Đà Nẵng]] CĐCS, kết nạp [[3.105|mn a y2017 s=CĐ các KCN-CX Đà Nẵng]] đoàn viên. Hiện CĐ các KCN-CX quản lý [[131|ut a null s=CĐ các KCN-CX Đà Nẵng]] CĐCS với hơn [[45.000|mt a null b=o s=CĐ các KCN-CX Đà Nẵng]] đoàn viên, làm việc tại các doanh nghiệp trong Khu công nghệ cao, Khu công nghiệp Hòa Khánh, Liên Chiểu, Đà Nẵng...
""".strip()))

ARTS.append(('ci14', 'https://baodaklak.vn/xa-hoi/202602/gan-48000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-binh-ngo-2026-5a3c1e2/', '2026-02-03', 'Đắk Lắk', """
Gần [[48.000|ben a y2026 b=u n=rounded headline repeat of the body 47.815 (gold README 1)]] đoàn viên, người lao động được chăm lo Tết Bính Ngọ 2026

Thứ Ba, 03/02/2026 - 16:05

(BĐL) - Theo Liên đoàn Lao động (LĐLĐ) tỉnh Đắk Lắk, tính đến ngày 2/2, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà Tết Nguyên đán Bính Ngọ 2026 cho [[47.815|ben a y2026 n=Tết Bính Ngọ 2026 dated to the year 2026 (challenge42 convention); merged federation under its kept name (gold README 10)]] đoàn viên, người lao động với tổng kinh phí trên [[38,4 tỷ|sf a y2026 b=o]] đồng. Trong đó, khu vực Phú Yên (cũ) chăm lo cho [[16.230|ben a y2026 r=Phú Yên n=khu vực Phú Yên (cũ) gives the old province (gold README 10)]] đoàn viên, người lao động với kinh phí [[12,7 tỷ|sf a y2026 r=Phú Yên]] đồng.

Chương trình "Tết Sum vầy - Xuân ơn Đảng" được tổ chức tại 4 điểm, trao [[2.400|ben a y2026]] suất quà, tặng [[650|ben a y2026 n=tickets given to members count as beneficiaries (gold README 9)]] vé xe, vé tàu cho công nhân về quê ăn Tết. Chợ Tết Công đoàn bán hàng bình ổn giá, tặng 3.000 phiếu mua hàng trị giá 200.000 đồng/phiếu.

Cũng dịp này, LĐLĐ tỉnh hỗ trợ [[12|sh a y2026 n=members helped to build houses count as shelter_houses (gold README 9); period from the Tết 2026 phrase before]] đoàn viên xây nhà Mái ấm Công đoàn, mỗi nhà 60 triệu đồng.

Theo kế hoạch, đến hết dịp Tết, toàn tỉnh sẽ chăm lo cho khoảng [[55.000|ben t y2026 b=a]] đoàn viên, người lao động.

Hoàng Thư

Từ khóa: Tết Sum vầy, Liên đoàn Lao động tỉnh
""".strip()))

ARTS.append(('ci15', 'https://congdoanangiang.org.vn/tin-tuc/dai-hoi-cong-doan-huyen-thoai-son-lan-thu-xi-nhiem-ky-2023-2028-1245.html', None, 'An Giang', """
Đại hội Công đoàn huyện Thoại Sơn lần thứ XI, nhiệm kỳ 2023 - 2028

Ngày 21/7, Liên đoàn Lao động huyện Thoại Sơn tổ chức Đại hội Công đoàn huyện lần thứ XI, nhiệm kỳ 2023 - 2028. Dự đại hội có 150 đại biểu chính thức, đại diện cho hơn [[4.600|mt a null b=o s=LĐLĐ huyện Thoại Sơn n=a stock of members mentioned with the delegates (the delegates are not records, gold README 11); null..null in an undated page; district union gives its province (records.md regions)]] đoàn viên công đoàn trong huyện.

Báo cáo tại đại hội cho thấy, nhiệm kỳ 2018 - 2023, các cấp công đoàn huyện đã kết nạp mới [[1.286|mn a t2018-2023 s=LĐLĐ huyện Thoại Sơn]] đoàn viên, đạt [[128,6%|mn p t2018-2023 s=LĐLĐ huyện Thoại Sơn]] chỉ tiêu nghị quyết; thành lập mới [[14|un a t2018-2023 s=LĐLĐ huyện Thoại Sơn]] CĐCS, vượt 4 CĐCS so với chỉ tiêu. Công đoàn đã phối hợp tổ chức hội nghị cán bộ, công chức, viên chức hằng năm tại 100% cơ quan, đơn vị; hướng dẫn [[12|wkc a t2018-2023 s=LĐLĐ huyện Thoại Sơn]] doanh nghiệp tổ chức hội nghị người lao động và ký kết [[9|ca a t2018-2023 s=LĐLĐ huyện Thoại Sơn]] bản thỏa ước lao động tập thể.

Công tác chăm lo đời sống đoàn viên được quan tâm thực hiện. Trong nhiệm kỳ, các cấp công đoàn đã thăm hỏi, tặng quà cho [[6.840|ben a t2018-2023 s=LĐLĐ huyện Thoại Sơn]] lượt đoàn viên, người lao động với số tiền trên [[3,2 tỷ|sf a t2018-2023 b=o s=LĐLĐ huyện Thoại Sơn]] đồng; hỗ trợ xây dựng, sửa chữa [[46|sh a t2018-2023 s=LĐLĐ huyện Thoại Sơn]] căn nhà Mái ấm Công đoàn với tổng số tiền gần [[1,9 tỷ|shf a t2018-2023 b=u s=LĐLĐ huyện Thoại Sơn]] đồng. Riêng hai năm 2020 - 2021, trong đại dịch Covid-19, Công đoàn huyện đã hỗ trợ [[2.150|ben a 2020-01-01..2021-12-31 s=LĐLĐ huyện Thoại Sơn n=hai năm 2020 - 2021 is its own period]] đoàn viên, người lao động bị ảnh hưởng với số tiền [[860 triệu|sf a 2020-01-01..2021-12-31 s=LĐLĐ huyện Thoại Sơn]] đồng.

Các cấp công đoàn đã giới thiệu [[158|pr a t2018-2023 s=LĐLĐ huyện Thoại Sơn n=period from the nhiệm kỳ 2018 - 2023 phrase, not the nearer Covid years, which name a part only (gold README 8)]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[97|pa a t2018-2023 s=LĐLĐ huyện Thoại Sơn]] đồng chí đã được kết nạp Đảng.

Hiện nay, LĐLĐ huyện Thoại Sơn có [[87|ut a null s=LĐLĐ huyện Thoại Sơn]] CĐCS trực thuộc với [[4.652|mt a null s=LĐLĐ huyện Thoại Sơn]] đoàn viên.

Nhiệm kỳ 2023 - 2028, Đại hội đề ra một số chỉ tiêu chủ yếu: kết nạp mới [[1.500|mn t t2023-2028 s=LĐLĐ huyện Thoại Sơn]] đoàn viên; thành lập mới [[15|un t t2023-2028 s=LĐLĐ huyện Thoại Sơn]] CĐCS; hằng năm có 90% trở lên CĐCS đạt vững mạnh; hỗ trợ xây dựng, sửa chữa [[50|sh t t2023-2028 s=LĐLĐ huyện Thoại Sơn]] nhà Mái ấm Công đoàn.

Đại hội đã bầu Ban Chấp hành LĐLĐ huyện khóa XI gồm 21 đồng chí, bầu 9 đại biểu đi dự Đại hội Công đoàn tỉnh An Giang lần thứ XI.

Thanh Tâm
""".strip()))
