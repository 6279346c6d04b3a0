"""ai01-ai10."""
ARTS = []

# ai01 - nld excerpt scraped from the lead photo on, no dateline; Bình Dương (-> Hồ Chí Minh)
ARTS.append(('ai01',
 'https://nld.com.vn/cong-doan/binh-duong-cham-lo-tet-cho-hon-95000-cong-nhan-20180210195512347.htm',
 '2018-02-10', 'Bình Dương', '''Bình Dương: Chăm lo Tết cho hơn [[95.000|ben a y2018 b=o n=photo title repeating the body total 95.420 (rounded): body region and period, own bound (gold README 1, 5)]] công nhân - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Bình Dương trao quà Tết cho công nhân khó khăn tại KCN Sóng Thần

Theo LĐLĐ tỉnh Bình Dương, dịp Tết Mậu Tuất 2018, các cấp CĐ trong tỉnh đã thăm, tặng quà cho [[95.420|ben a y2018 n=Tết Mậu Tuất 2018 -> year 2018 (Tết figures take the Tết year)]] lượt CNVC-LĐ với tổng kinh phí hơn [[52,6 tỉ|sf a y2018 b=o]] đồng. Trong đó, CĐ các KCN đã chăm lo cho [[38.150|ben a y2018 s=CĐ các KCN n=breakdown of the provincial total (gold README 6); KCN union gives its province]] lượt CNLĐ với số tiền gần [[19 tỉ|sf a y2018 b=u s=CĐ các KCN]] đồng; mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng.

Ngoài ra, LĐLĐ tỉnh còn phối hợp với các doanh nghiệp tặng [[4.600|ben a y2018 n=bus tickets given to workers count as beneficiaries (gold README 9); the 42 buses are not a record]] vé xe cho công nhân về quê đón Tết và tổ chức 42 chuyến xe miễn phí đưa công nhân về các tỉnh miền Trung, miền Bắc.

Bình Dương: Chăm lo Tết cho hơn [[95.000|ben a y2018 b=o n=second photo title repeating the headline: a mention of its own (gold README 1, records.md)]] công nhân - Ảnh 2.

Hơn 2.000 công nhân tham dự chương trình “Tết sum vầy” tại TX Thuận An

Dịp này, LĐLĐ tỉnh đã tặng bằng khen cho 24 tập thể và 31 cá nhân có thành tích xuất sắc trong công tác chăm lo cho NLĐ.

Tin, ảnh: Lê Vĩnh
'''))

# ai02 - baohaiduong weekday dateline; Hải Dương (-> Hải Phòng); province from the site
ARTS.append(('ai02',
 'https://baohaiduong.vn/lao-dong---viec-lam/thang-cong-nhan-2023-hon-1200-doan-vien-duoc-tang-qua-224518',
 '2023-06-05', 'Hải Dương', '''Tháng Công nhân 2023: Hơn [[1.200|ben a mo2023-05 b=o n=headline repeat of 1.236 (rounded): body region and period (gold README 1)]] đoàn viên được tặng quà

THỨ HAI, 05/06/2023 10:14:52

Các cấp công đoàn tỉnh đã thăm, tặng quà [[1.236|ben a mo2023-05 n=region from the site (Hải Dương): the article only says "tỉnh" (records.md regions)]] đoàn viên, công nhân lao động có hoàn cảnh khó khăn trong Tháng Công nhân năm 2023 với tổng trị giá hơn [[1,4 tỷ|sf a mo2023-05 b=o]] đồng.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, Tháng Công nhân năm nay được tổ chức ở [[1.418|wmu a mo2023-05]] công đoàn cơ sở (CĐCS) với nhiều hoạt động thiết thực như thăm hỏi, tặng quà, tổ chức bữa cơm công đoàn, khám sức khỏe miễn phí. Mỗi suất quà trị giá từ 500.000 đồng đến 2 triệu đồng, gồm tiền mặt và nhu yếu phẩm.

Các cấp công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại tại [[62|wd a mo2023-05]] doanh nghiệp; [[17|meal a mo2023-05 n=meal upgrades; the 20.000 đồng meal level is a threshold, not a record (gold README 11)]] doanh nghiệp đã điều chỉnh tăng giá trị bữa ăn ca lên từ 20.000 đồng/suất trở lên.

Dịp này, LĐLĐ tỉnh khen thưởng 20 tập thể, 35 cá nhân có thành tích xuất sắc trong phong trào thi đua lao động giỏi, lao động sáng tạo.

THÀNH CHUNG
'''))

# ai03 - baomoi copy, undated; Quảng Ngãi
ARTS.append(('ai03',
 'https://baomoi.com/ldld-tinh-quang-ngai-thanh-lap-moi-11-cong-doan-co-so/c/30125784.epi',
 None, 'Quảng Ngãi', '''LĐLĐ tỉnh Quảng Ngãi: Thành lập mới [[11|un a q1-2019 n=headline repeat of the body figure: body period (gold README 1)]] công đoàn cơ sở

Trong quý I/2019, LĐLĐ tỉnh Quảng Ngãi đã chỉ đạo các cấp CĐ rà soát các doanh nghiệp chưa có tổ chức CĐ để tuyên truyền, vận động thành lập.

LĐLĐ tỉnh Quảng Ngãi: Thành lập mới [[11|un a q1-2019 n=image title repeating the headline: a mention of its own (gold README 1)]] công đoàn cơ sở - Ảnh 1

Kết quả, trong quý, toàn tỉnh thành lập mới [[11|un a q1-2019 n="trong quý" -> quý I/2019 named before (nearest earlier period phrase)]] CĐCS, kết nạp [[1.342|mn a q1-2019]] đoàn viên; giải thể [[3|ud a q1-2019]] CĐCS do doanh nghiệp ngừng hoạt động, giảm [[287|ml a q1-2019]] đoàn viên. Như vậy, so với cuối năm 2018, toàn tỉnh tăng thực [[8|unet a q1-2019]] CĐCS và [[1.055|mnet a q1-2019 n=net change in members (tăng thực); period of the quarter, not "cuối năm 2018" which is the baseline]] đoàn viên. Các cấp CĐ tổ chức [[9|tr a q1-2019]] lớp tập huấn nghiệp vụ công tác CĐ cho [[640|te a q1-2019]] cán bộ CĐ cơ sở. Chỉ đạo 27 CĐCS đến nhiệm kỳ tổ chức đại hội...

Thu Hằng
'''))

# ai04 - congress news, baolangson dateline; Lạng Sơn
ARTS.append(('ai04',
 'https://baolangson.vn/dai-hoi-cong-doan-tinh-lang-son-lan-thu-xvii-nhiem-ky-2023-2028-5021453.html',
 '2023-08-24', 'Lạng Sơn', '''Đại hội Công đoàn tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2023 – 2028

Thứ Năm, 24/08/2023 - 15:20

(LSO) – Sáng 24/8, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Đại hội Công đoàn tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2023 – 2028. Dự đại hội có 250 đại biểu chính thức.

Báo cáo tại đại hội cho thấy, nhiệm kỳ 2018 – 2023, các cấp công đoàn trong tỉnh đã kết nạp mới [[9.640|mn a t2018-2023 n=term actual dated to the whole term (records.md: nhiệm kỳ 2018-2023)]] đoàn viên, thành lập mới [[83|un a t2018-2023]] công đoàn cơ sở (CĐCS), vượt chỉ tiêu đại hội đề ra; giới thiệu [[1.135|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[716|pa a t2018-2023]] đồng chí đã được kết nạp. Chương trình “Mái ấm Công đoàn” hỗ trợ xây mới, sửa chữa [[58|sh a t2018-2023]] nhà với tổng kinh phí [[2,9 tỷ|shf a t2018-2023]] đồng. Hiện toàn tỉnh có [[1.274|ut a pub n=stock (hiện) dated at publication (gold README 7)]] CĐCS với [[52.316|mt a pub]] đoàn viên.

Đại hội thống nhất 12 chỉ tiêu cho nhiệm kỳ mới, trong đó phấn đấu kết nạp mới [[10.000|mn t t2023-2028]] đoàn viên, thành lập mới ít nhất [[70|un t t2023-2028 b=o]] CĐCS; giới thiệu [[1.200|pr t t2023-2028]] đoàn viên ưu tú cho Đảng xem xét, kết nạp; 100% cơ quan, đơn vị khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức.

Đại hội đã bầu 35 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XVII; bầu 19 đại biểu đi dự Đại hội XIII Công đoàn Việt Nam.

HOÀNG HẢI
'''))

# ai05 - interview, laodong.vn; Kon Tum (-> Quảng Ngãi)
ARTS.append(('ai05',
 'https://laodong.vn/cong-doan/chu-tich-ldld-tinh-kon-tum-khong-de-doan-vien-kho-khan-nao-bi-bo-lai-1101234.ldo',
 '2022-10-12', 'Kon Tum', '''Chủ tịch LĐLĐ tỉnh Kon Tum: Không để đoàn viên khó khăn nào bị bỏ lại

Thứ Tư, 12/10/2022 07:05 (GMT+7)

Những tháng cuối năm, Liên đoàn Lao động (LĐLĐ) tỉnh Kon Tum dồn sức cho công tác phát triển đoàn viên và chăm lo đời sống người lao động. Phóng viên Báo Lao Động có cuộc trao đổi với bà Nguyễn Thị Thu Hà - Chủ tịch LĐLĐ tỉnh Kon Tum.

- Thưa bà, 9 tháng qua công tác phát triển đoàn viên của tỉnh đạt kết quả ra sao?

- 9 tháng đầu năm 2022, các cấp công đoàn đã kết nạp [[1.168|mn a f9-2022]] đoàn viên, đạt [[83,4%|mn p f9-2022 n=part-way attainment of the year plan takes the reporting period (9 months)]] kế hoạch năm; thành lập mới [[12|un a f9-2022]] công đoàn cơ sở. Kon Tum ít doanh nghiệp lớn, lao động phân tán, có doanh nghiệp chỉ 10 - 15 lao động nên mỗi đoàn viên mới là cả một quá trình vận động.

- Công tác chăm lo cho đoàn viên được thực hiện thế nào, thưa bà?

- Chúng tôi xác định chăm lo là cách thu hút người lao động hiệu quả nhất. Từ đầu năm đến nay, các cấp công đoàn đã thăm hỏi, hỗ trợ [[2.430|ben a 2022-01-01..2022-10-12]] lượt đoàn viên, người lao động với số tiền hơn [[1,6 tỉ|sf a 2022-01-01..2022-10-12 b=o]] đồng; hỗ trợ xây mới [[9|sh a 2022-01-01..2022-10-12]] nhà “Mái ấm Công đoàn”, mỗi nhà 50 triệu đồng. Văn phòng tư vấn pháp luật của LĐLĐ tỉnh cũng đã tư vấn cho [[312|lc a 2022-01-01..2022-10-12 n=no period phrase in the sentence: nearest earlier one (từ đầu năm đến nay)]] lượt người lao động.

- Kế hoạch những tháng cuối năm của LĐLĐ tỉnh là gì?

- Từ nay đến cuối năm, chúng tôi phấn đấu kết nạp thêm khoảng [[250|mn t 2022-10-12..2022-12-31 b=a n=target "từ nay đến cuối năm": publication day to year end (judgement: the phrase names that span)]] đoàn viên, xây thêm [[5|sh t 2022-10-12..2022-12-31]] nhà Mái ấm. Dịp Tết Nguyên đán Quý Mão 2023, LĐLĐ tỉnh dự kiến trao [[1.500|ben t y2023 n=planned (dự kiến) -> target; Tết Quý Mão 2023 -> 2023]] suất quà cho đoàn viên, người lao động khó khăn.

- Xin cảm ơn bà!

TRẦN TUẤN
'''))

# ai06 - post-merger, baotuyenquang; merged Tuyên Quang with a "khu vực Hà Giang (cũ)" part
ARTS.append(('ai06',
 'https://baotuyenquang.com.vn/xa-hoi/202510/cong-doan-tinh-phat-trien-hon-5600-doan-vien-moi-trong-9-thang-7d41c2a/',
 '2025-10-14', 'Tuyên Quang', '''Công đoàn tỉnh phát triển hơn [[5.600|mn a f9-2025 b=o n=headline repeat of 5.612: body region and period (gold README 1)]] đoàn viên mới trong 9 tháng

Cập nhật: 14/10/2025 08:12

(BTQ) - 9 tháng năm 2025, các cấp công đoàn tỉnh Tuyên Quang đã kết nạp [[5.612|mn a f9-2025 n=figure of the merged province -> its name (post-merger convention of challenge21 l23)]] đoàn viên, đạt [[80,2%|mn p f9-2025]] chỉ tiêu năm; thành lập mới [[41|un a f9-2025]] công đoàn cơ sở (CĐCS). Trong đó, khu vực Hà Giang (cũ) kết nạp [[2.087|mn a f9-2025 r=Hà Giang s=khu vực Hà Giang (cũ) n=part named by its former province -> region Hà Giang, region_2025 Tuyên Quang (gold README 6, 10)]] đoàn viên, thành lập [[15|un a f9-2025 r=Hà Giang s=khu vực Hà Giang (cũ)]] CĐCS.

Sau hợp nhất, Liên đoàn Lao động (LĐLĐ) tỉnh hiện quản lý [[2.964|ut a pub]] CĐCS với [[118.540|mt a pub n=stock (hiện) dated at publication (gold README 7)]] đoàn viên. Thực hiện mô hình chính quyền địa phương hai cấp, LĐLĐ tỉnh đã kiện toàn 124 công đoàn xã, phường và 9 công đoàn ngành, công đoàn viên chức.

Các cấp công đoàn đã tổ chức [[186|tr a f9-2025]] hội nghị tập huấn, tuyên truyền pháp luật cho hơn [[21.000|te a f9-2025 b=o]] lượt đoàn viên, người lao động.

Những tháng cuối năm, LĐLĐ tỉnh phấn đấu hoàn thành chỉ tiêu cả năm 2025 là kết nạp [[7.000|mn t y2025 n=chỉ tiêu cả năm -> the full year (gold README 8)]] đoàn viên, thành lập mới [[55|un t y2025]] CĐCS.

Phạm Hòa
'''))

# ai07 - post-merger ward union, baonghean; Nghệ An
ARTS.append(('ai07',
 'https://baonghean.vn/cong-doan-phuong-truong-vinh-trao-320-suat-qua-tet-cho-doan-vien-10318842.html',
 '2026-01-30', 'Nghệ An', '''Công đoàn phường Trường Vinh trao [[320|ben a y2026 s=Công đoàn phường Trường Vinh n=headline repeat: body region, period and scope (gold README 1)]] suất quà Tết cho đoàn viên

Thứ Sáu, 30/01/2026 - 16:40

Ngày 30/1, Công đoàn phường Trường Vinh tổ chức chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026 cho đoàn viên, người lao động có hoàn cảnh khó khăn.

Đại diện Công đoàn phường Trường Vinh trao quà Tết cho đoàn viên có hoàn cảnh khó khăn.

Tại chương trình, Công đoàn phường phối hợp với các doanh nghiệp trên địa bàn trao [[320|ben a y2026 s=Công đoàn phường Trường Vinh n=ward union -> its province with a scope (records.md regions, gold README 10); Tết 2026 -> 2026]] suất quà, mỗi suất trị giá 700.000 đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá [[224 triệu|sf a y2026 s=Công đoàn phường Trường Vinh]] đồng. Gian hàng “Chợ Tết Công đoàn” cũng phát 400 phiếu mua hàng 0 đồng cho đoàn viên.

Dịp Tết Nguyên đán Bính Ngọ 2026, LĐLĐ tỉnh Nghệ An dự kiến chăm lo cho khoảng [[62.000|ben t y2026 b=a n=dự kiến -> target (gold README 4)]] đoàn viên, người lao động với tổng kinh phí hơn [[40 tỷ|sf t y2026 b=o]] đồng. Tính đến ngày 29/1, các cấp công đoàn trong tỉnh đã trao quà cho [[38.650|ben a y2026 n="Tính đến ngày 29/1" is a date, not a period: nearest earlier period phrase (Tết Bính Ngọ 2026)]] đoàn viên, người lao động.

Thanh Nga

Tin liên quan
Công đoàn xã Diễn Châu trao 150 suất quà Tết cho công nhân
LĐLĐ tỉnh tặng 1.200 vé xe cho công nhân về quê đón Tết
'''))

# ai08 - nld excerpt starting mid-article; Đồng Nai
ARTS.append(('ai08',
 'https://nld.com.vn/cong-doan/dong-nai-them-126-thoa-uoc-co-loi-cho-nld-20140918213344812.htm',
 '2014-09-18', 'Đồng Nai', '''Theo LĐLĐ tỉnh Đồng Nai, từ đầu năm đến nay, các cấp CĐ trong tỉnh đã thương lượng, ký kết mới [[126|ca a 2014-01-01..2014-09-18]] bản thỏa ước lao động tập thể (TƯLĐTT), nâng tổng số bản TƯLĐTT còn hiệu lực lên [[1.148|ca a pub n=stock of agreements in force stated with nâng tổng số: a collective_agreements record dated at publication (gold README 7; as challenge21 l11)]] bản. Trong đó, CĐ các KCN ký mới [[78|ca a 2014-01-01..2014-09-18 s=CĐ các KCN]] bản, nhiều bản có điều khoản có lợi hơn cho NLĐ so với quy định của pháp luật như trợ cấp nhà trọ, xăng xe, quà sinh nhật.

Đồng Nai: Thêm [[126|ca a 2014-01-01..2014-09-18 n=photo title (the headline) repeating the body figure: body period (gold README 1)]] thỏa ước có lợi cho NLĐ - Ảnh 1.

Đại diện CĐ cơ sở và doanh nghiệp ký kết TƯLĐTT tại KCN Biên Hòa 2

Qua thương lượng, [[95|meal a 2014-01-01..2014-09-18]] doanh nghiệp đã điều chỉnh tăng giá trị bữa ăn giữa ca cho NLĐ, phổ biến ở mức 12.000 - 15.000 đồng/suất. Các cấp CĐ cũng phối hợp tổ chức hội nghị NLĐ tại [[1.036|wkc a 2014-01-01..2014-09-18]] doanh nghiệp và đối thoại định kỳ tại [[412|wd a 2014-01-01..2014-09-18]] doanh nghiệp.

Tuy nhiên, theo LĐLĐ tỉnh, chất lượng thỏa ước ở nhiều nơi chưa cao, vẫn còn khoảng 30% bản sao chép lại quy định của pháp luật.

Tin, ảnh: Tấn Thạnh
'''))

# ai09 - provincial union portal with visitor counter; Vĩnh Phúc (-> Phú Thọ)
ARTS.append(('ai09',
 'https://ldld.vinhphuc.gov.vn/tin-tuc/uy-ban-kiem-tra-ldld-tinh-trien-khai-nhiem-vu-nam-2021-2319.html',
 '2021-03-22', 'Vĩnh Phúc', '''Đăng lúc: 22/03/2021 09:05:11 AM
 
Ủy ban Kiểm tra LĐLĐ tỉnh triển khai nhiệm vụ năm 2021

Ngày 19/3, Ủy ban Kiểm tra Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công tác kiểm tra năm 2020, triển khai nhiệm vụ năm 2021.

Năm 2020, Ủy ban Kiểm tra các cấp công đoàn trong tỉnh đã kiểm tra tài chính tại [[164|fi a y2020 n=units whose finances were inspected count as financial inspections (as challenge21 l14)]] công đoàn cơ sở; tổ chức [[58|sv a y2020]] cuộc kiểm tra việc chấp hành Điều lệ Công đoàn và tham gia [[23|sv a y2020 n=inspections held and joined are both supervisions (indicators.tsv)]] cuộc giám sát cùng cơ quan chức năng tại doanh nghiệp. Qua kiểm tra, đã kiến nghị thu nộp về công đoàn cấp trên hơn 312 triệu đồng kinh phí, đoàn phí công đoàn.

Năm 2021, Ủy ban Kiểm tra phấn đấu kiểm tra tài chính ít nhất [[170|fi t y2021 b=o]] công đoàn cơ sở, tổ chức [[60|sv t y2021]] cuộc kiểm tra, giám sát. Ngay sau hội nghị, LĐLĐ tỉnh tổ chức tập huấn nghiệp vụ cho [[126|te a y2021 n=no period phrase in the sentence: nearest earlier one (năm 2021); actual, the course was held]] ủy viên ủy ban kiểm tra công đoàn cơ sở.

Quang Minh

VĂN BẢN MỚI
LIÊN KẾT WEB
Thống kê truy cập
Hôm nay: 312
Hôm qua: 1,045
Tuần này: 6,218
Tuần trước: 7,904
Tổng lượt truy cập: 1,906,337
Số người online: 17
'''))

# ai10 - tamlongvang aggregator, undated; Thanh Hóa
ARTS.append(('ai10',
 'http://tamlongvang.laodong.com.vn/cong-doan/thanh-hoa-trao-12-mai-am-cong-doan-cho-doan-vien-kho-khan-415602.bld',
 None, 'Thanh Hóa', '''Thanh Hóa: Trao [[12|sh a null n=headline repeat of the body figure: body period, here null..null (gold README 1)]] “Mái ấm Công đoàn” cho đoàn viên khó khăn

LĐLĐ tỉnh Thanh Hóa vừa tổ chức trao kinh phí hỗ trợ xây dựng “Mái ấm Công đoàn” cho [[12|sh a null n=members helped to build a house count as shelter_houses (gold README 9); no period phrase before it and no publication date -> null..null (records.md)]] đoàn viên có hoàn cảnh khó khăn về nhà ở tại các huyện Như Xuân, Thường Xuân, Quan Hóa. Mỗi trường hợp được hỗ trợ 50 triệu đồng, tổng số tiền [[600 triệu|shf a null]] đồng, trích từ Quỹ Xã hội Công đoàn tỉnh.

Thanh Hóa: Trao [[12|sh a null n=image title repeating the headline: a mention of its own (gold README 1)]] “Mái ấm Công đoàn” cho đoàn viên khó khăn - Ảnh 1

Lãnh đạo LĐLĐ tỉnh Thanh Hóa trao biển tượng trưng hỗ trợ Mái ấm Công đoàn cho đoàn viên

Giai đoạn 2015 - 2019, LĐLĐ tỉnh Thanh Hóa đã hỗ trợ xây mới, sửa chữa [[486|sh a t2015-2019]] nhà “Mái ấm Công đoàn” với tổng kinh phí [[19,4 tỷ|shf a t2015-2019]] đồng, giúp nhiều đoàn viên có nơi ở ổn định, yên tâm công tác.

Minh Hằng
'''))
