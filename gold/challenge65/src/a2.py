"""cr06-cr10: Thừa Thiên Huế, Đà Nẵng, Quảng Nam, Quảng Ngãi (post-merger), Bình Định (national sector union)."""
NULLSTOCK = 'n=stock in an undated page -> null..null (gold README 7)'

ARTS = []

# cr06 Thừa Thiên Huế, undated, Công đoàn các KCN 2021: agreements + agreements in force, meals, dialogues
KCN = 's=Công đoàn các KCN'
ARTS.append(('cr06', 'https://baothuathienhue.vn/chinh-tri-xa-hoi/lao-dong-viec-lam/cong-doan-cac-kcn-ky-moi-12-ban-thoa-uoc-lao-dong-tap-the-a108342.html',
             None, 'Thừa Thiên Huế', """Công đoàn các KCN Thừa Thiên Huế: Ký mới [[12|ca a y2021 """ + KCN + """ n=headline repeat of the body figure: body's period and scope (gold README 1)]] bản thỏa ước lao động tập thể

Chiều 28/12, Công đoàn các Khu công nghiệp (KCN) tỉnh tổ chức hội nghị tổng kết hoạt động năm 2021, triển khai nhiệm vụ năm 2022.

Năm 2021, dù chịu ảnh hưởng nặng nề của dịch Covid-19, Công đoàn các KCN đã phát triển [[1.845|mn a y2021 """ + KCN + """ n=industrial-zone union gives its province, scope as written (records.md regions)]] đoàn viên, thành lập [[6|un a y2021 """ + KCN + """]] CĐCS. Hiện Công đoàn các KCN quản lý [[96|ut a null """ + KCN + ' ' + NULLSTOCK + """]] CĐCS với hơn [[27.000|mt a null b=o """ + KCN + ' ' + NULLSTOCK + """]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi NLĐ được chú trọng. Trong năm, [[38|wkc a y2021 """ + KCN + """ n=trong năm -> the year named before, 2021 (records.md periods)]] doanh nghiệp tổ chức hội nghị người lao động; phối hợp tổ chức đối thoại tại nơi làm việc ở [[42|wd a y2021 """ + KCN + """]] doanh nghiệp; ký mới [[12|ca a y2021 """ + KCN + """]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[57|ca a null """ + KCN + """ n=agreements in force are the stock of their signings; undated -> null..null (gold README 7)]] bản. Công đoàn vận động [[9|meal a y2021 """ + KCN + """]] doanh nghiệp nâng giá trị bữa ăn ca từ 15.000 đồng lên 18.000 - 20.000 đồng/suất.

Bên cạnh đó, Công đoàn các KCN đã tư vấn pháp luật cho [[215|lc a y2021 """ + KCN + """]] lượt công nhân; hỗ trợ [[1.630|ben a y2021 """ + KCN + """]] đoàn viên bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền [[812 triệu|sf a y2021 """ + KCN + """]] đồng, mỗi người từ 300.000 - 1 triệu đồng.

Dịp này, 6 tập thể và 11 cá nhân được Công đoàn các KCN tặng giấy khen.

Hoài Thương
"""))

# cr07 Đà Nẵng, NLĐ-like, undated: words for numbers, yearless event date -> null, term 2018-2023
ARTS.append(('cr07', 'https://nld.com.vn/cong-doan/da-nang-hon-2-ti-dong-xay-sua-mai-am-cong-doan-20231115.htm',
             None, 'Đà Nẵng', """Đà Nẵng: Hơn [[2 tỉ|shf a y2023 b=o n=headline rounds the body's 2,05 tỉ: body's region and period (gold README 1)]] đồng xây, sửa "Mái ấm Công đoàn"

(NLĐO) - Trong năm 2023, LĐLĐ TP Đà Nẵng đã hỗ trợ xây mới và sửa chữa [[hai mươi mốt|sh a y2023 v=21 n=number written as words (records.md)]] căn nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở

Ngày 14-11, LĐLĐ quận Cẩm Lệ phối hợp với Công đoàn cơ sở Công ty CP Dệt may 29/3 bàn giao [[hai|sh a y2023 s=LĐLĐ quận Cẩm Lệ v=2 n=number as a word; yearless day in an undated page -> nearest earlier period phrase, the sapo's năm 2023 (records.md periods)]] căn nhà "Mái ấm Công đoàn" cho đoàn viên. Mỗi nhà được hỗ trợ 60 triệu đồng từ quỹ xã hội của Công đoàn thành phố. Dịp này, LĐLĐ quận cũng trao [[30|ben a y2023 s=LĐLĐ quận Cẩm Lệ n=dịp này: nearest earlier period phrase, the sapo's năm 2023 (records.md periods)]] suất quà cho đoàn viên có hoàn cảnh khó khăn.

Bàn giao "Mái ấm Công đoàn" cho đoàn viên quận Cẩm Lệ - Ảnh 1.

Đại diện LĐLĐ quận Cẩm Lệ trao quyết định hỗ trợ nhà cho đoàn viên

Theo LĐLĐ TP Đà Nẵng, trong năm 2023, các cấp công đoàn thành phố đã hỗ trợ xây mới và sửa chữa [[hai mươi mốt|sh a y2023 v=21 n=number written as words (records.md)]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[2,05 tỉ|shf a y2023]] đồng, mỗi nhà từ 50 đến 100 triệu đồng tùy mức độ. Trong đó, quận Cẩm Lệ có [[4|sh a y2023 s=quận Cẩm Lệ n=breakdown of the city's 2023 houses (gold README 6)]] nhà, huyện Hòa Vang có [[6|sh a y2023 s=huyện Hòa Vang]] nhà.

Giai đoạn 2018-2023, Quỹ "Mái ấm Công đoàn" thành phố đã hỗ trợ [[128|sh a t2018-2023]] căn nhà với tổng số tiền hơn [[9 tỉ|shf a t2018-2023 b=o]] đồng, góp phần giúp đoàn viên, người lao động an cư.

MINH TUẤN
"""))

# cr08 Quảng Nam, baoquangnam-like, dated Jan 2018: year 2017 review, lost, net, targets
ARTS.append(('cr08', 'https://baoquangnam.vn/xa-hoi/lao-dong-viec-lam/ldld-tinh-phat-trien-moi-hon-7000-doan-vien-91245.html',
             '2018-01-12', 'Quảng Nam', """LĐLĐ tỉnh: Phát triển mới hơn [[7.000|mn a y2017 b=o n=headline rounds the body's 7.132 (gold README 1)]] đoàn viên

VINH ANH | 12/01/2018 07:15

Ngày 11.1, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2017 và triển khai nhiệm vụ năm 2018.

Năm 2017, các cấp công đoàn trong tỉnh đã phát triển mới [[7.132|mn a y2017 n=LĐLĐ tỉnh on the Quảng Nam paper -> Quảng Nam (records.md regions)]] đoàn viên (đạt [[118,9%|mn p y2017]] kế hoạch), thành lập mới [[41|un a y2017]] công đoàn cơ sở. Do doanh nghiệp giải thể, ngừng hoạt động, trong năm có [[15|ud a y2017]] CĐCS bị giải thể và giảm [[2.310|ml a y2017]] đoàn viên; số đoàn viên tăng tuyệt đối là [[4.822|mnet a y2017]] người, số CĐCS tăng tuyệt đối [[26|unet a y2017]] đơn vị. Đến nay, toàn tỉnh có [[2.395|ut a pub]] CĐCS với [[96.480|mt a pub]] đoàn viên.

Các cấp công đoàn đã giới thiệu [[845|pr a y2017]] đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng; [[512|pa a y2017]] đoàn viên công đoàn đã được kết nạp vào Đảng. Công tác chăm lo được quan tâm với [[18.640|ben a y2017]] lượt đoàn viên, NLĐ được thăm hỏi, tặng quà.

Năm 2018, LĐLĐ tỉnh đề ra chỉ tiêu phát triển mới [[6.000|mn t y2018]] đoàn viên, thành lập [[35|un t y2018]] CĐCS; 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Dịp này, 14 tập thể, 22 cá nhân được nhận bằng khen của Tổng LĐLĐ Việt Nam.

Số lần đọc: 1.044
"""))

# cr09 Quảng Ngãi after the merger (Kon Tum merged in): Tết Bính Ngọ 2026, old-province parts, ward union of old Kon Tum
TET = 'n=Tết Bính Ngọ 2026 dated to the Tết year 2026 (records.md periods; gold README 8)'
ARTS.append(('cr09', 'https://baoquangngai.vn/xa-hoi/202602/quang-ngai-hon-38000-suat-qua-tet-den-voi-doan-vien-nguoi-lao-dong-2f41c07/',
             '2026-02-06', 'Quảng Ngãi', """Quảng Ngãi: Hơn [[38.000|ben a y2026 b=o v=38000 n=headline rounds the body's 38.460: body's period (gold README 1)]] suất quà Tết đến với đoàn viên, người lao động

Thứ Sáu, 06/02/2026 | 09:20

(Báo Quảng Ngãi) - Tính đến ngày 5/2, các cấp công đoàn tỉnh Quảng Ngãi đã trao [[38.460|ben a y2026 """ + TET + """]] suất quà Tết Bính Ngọ 2026 cho đoàn viên, người lao động, với tổng trị giá [[21,6 tỷ|sf a y2026]] đồng.

Theo Liên đoàn Lao động tỉnh, trong số quà trên, khu vực Quảng Ngãi (cũ) trao [[24.260|ben a y2026 s=khu vực Quảng Ngãi (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] suất, khu vực Kon Tum (cũ) trao [[14.200|ben a y2026 r=Kon Tum s=khu vực Kon Tum (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] suất. LĐLĐ tỉnh cũng hỗ trợ vé xe cho [[1.150|ben a y2026 n=bus tickets for workers are beneficiaries (gold README 9)]] công nhân về quê đón Tết.

Tết Bính Ngọ 2026, các cấp công đoàn tỉnh dự kiến chăm lo cho khoảng [[52.000|ben t y2026 b=a]] đoàn viên, người lao động với tổng kinh phí trên [[30 tỷ|sf t y2026 b=o]] đồng. Mỗi suất quà trị giá từ 500.000 đồng đến 1,5 triệu đồng.

Ngày 5/2, Công đoàn phường Kon Tum tổ chức chương trình “Tết sum vầy” năm 2026, trao [[320|ben a y2026 r=Kon Tum s=Công đoàn phường Kon Tum n=ward union in the old Kon Tum -> Kon Tum (gold README 10)]] suất quà cho đoàn viên khó khăn; tại “Chợ Tết Công đoàn”, 2.000 phiếu mua hàng 0 đồng được phát cho công nhân.

Theo kế hoạch, từ nay đến trước Tết, LĐLĐ tỉnh sẽ bàn giao thêm [[4|sh t y2026]] nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở.

Thanh Nhị
"""))

# cr10 Bình Định, undated: Công đoàn Giáo dục Việt Nam gives in Bình Định; provincial sector union's school year
CDGD = 's=Công đoàn Giáo dục Việt Nam n=national body acting in one province gives that province (records.md regions); Tết Quý Mão 2023 -> year 2023'
NGANH = 's=Công đoàn ngành Giáo dục'
ARTS.append(('cr10', 'https://baobinhdinh.vn/viewer.aspx?macm=12&macmp=12&mabb=289433',
             None, 'Bình Định', """Công đoàn Giáo dục Việt Nam trao quà Tết cho nhà giáo Bình Định

Nhân dịp Tết Nguyên đán Quý Mão 2023, Công đoàn Giáo dục Việt Nam đã trao [[60|ben a y2023 """ + CDGD + """]] suất quà cho nhà giáo, người lao động ngành giáo dục tỉnh Bình Định có hoàn cảnh khó khăn, mỗi suất 2 triệu đồng; đồng thời hỗ trợ [[2|sh a y2023 """ + CDGD + """]] nhà “Mái ấm Công đoàn” cho giáo viên ở huyện Vĩnh Thạnh và An Lão, mỗi nhà 50 triệu đồng. Tổng trị giá quà và hỗ trợ là [[220 triệu|sf a y2023 """ + CDGD + """]] đồng.

Theo Công đoàn ngành Giáo dục tỉnh, năm học 2021-2022, các cấp công đoàn trong ngành đã thăm hỏi, hỗ trợ [[1.085|ben a sy2021 """ + NGANH + """ n=sector union of the province, scope as written; năm học -> Sept..Aug (records.md periods)]] lượt đoàn viên ốm đau, gặp khó khăn với tổng số tiền hơn [[1,3 tỷ|sf a sy2021 b=o """ + NGANH + """]] đồng; [[712|oc a sy2021 """ + NGANH + """ n=school units holding the public employees' conference -> official_conferences (indicators.tsv)]] đơn vị trường học tổ chức hội nghị viên chức đầu năm học; giới thiệu [[146|pr a sy2021 """ + NGANH + """]] đoàn viên ưu tú cho Đảng, trong đó [[98|pa a sy2021 """ + NGANH + """]] đồng chí đã được kết nạp.

Hiện Công đoàn ngành Giáo dục tỉnh có [[726|ut a null """ + NGANH + ' ' + NULLSTOCK + """]] CĐCS với gần [[24.300|mt a null b=u """ + NGANH + ' ' + NULLSTOCK + """]] đoàn viên. Năm học 2022-2023, Công đoàn ngành phấn đấu vận động xây dựng [[10|sh t sy2022 """ + NGANH + """]] nhà “Mái ấm Công đoàn” cho đoàn viên.

Tại buổi trao quà, 100% đoàn viên nhận quà là giáo viên công tác tại vùng sâu, vùng xa.

NGỌC NHUẬN
"""))
