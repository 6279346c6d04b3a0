"""av16-av20."""
ARTS = []

# av16 Quảng Trị, Lao Động excerpt starting mid-article, undated, typo Kêt nạp
ARTS.append(('av16', 'http://tamlongvang.laodong.com.vn/cong-doan/quang-tri-tu-van-phap-luat-cho-846-luot-doan-vien-nld-612093.bld',
             None, 'Quảng Trị', """Trong năm 2016, Văn phòng Tư vấn pháp luật Công đoàn tỉnh Quảng Trị đã tư vấn trực tiếp và qua điện thoại cho [[846|lc a y2016]] lượt đoàn viên, NLĐ, chủ yếu về tiền lương, bảo hiểm xã hội, chế độ thai sản. Các cấp CĐ tổ chức [[112|tr a y2016 n=dissemination conferences held count as trainings (indicators.tsv)]] hội nghị tuyên truyền, phổ biến pháp luật cho hơn [[9.340|te a y2016 b=o]] lượt đoàn viên; phối hợp với ngành chức năng kiểm tra [[27|sv a y2016]] doanh nghiệp về thực hiện pháp luật lao động.

Số điện thoại tư vấn pháp luật miễn phí của LĐLĐ tỉnh: 053.3852.126.

Cán bộ Văn phòng Tư vấn pháp luật CĐ Quảng Trị tư vấn cho công nhân tại KCN Nam Đông Hà.

Kêt nạp mới [[1.872|mn a y2016 n=Kêt is the typo of Kết; period from the earlier Trong năm 2016 (records.md)]] đoàn viên, thành lập [[19|un a y2016]] CĐCS; thăm hỏi, trợ cấp [[1.046|ben a y2016]] đoàn viên ốm đau, gặp khó khăn với số tiền [[412 triệu|sf a y2016]] đồng. Trong năm, CĐ tham gia giải quyết 3 cuộc ngừng việc tập thể, không để xảy ra đình công kéo dài.

Hưng Thơ
"""))

# av17 Phú Thọ, H1 2018 report of the provincial federation
ARTS.append(('av17', 'https://baophutho.vn/xa-hoi/201808/cong-doan-phu-tho-so-ket-6-thang-dau-nam-2018-156204',
             '2018-08-02', 'Phú Thọ', """Công đoàn Phú Thọ sơ kết 6 tháng đầu năm 2018

Cập nhật: 02/08/2018 08:42

Ngày 1/8, LĐLĐ tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 7, khóa XVIII sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018.

6 tháng đầu năm 2018, các cấp công đoàn tỉnh Phú Thọ kết nạp [[3.416|mn a h1-2018]] đoàn viên, thành lập mới [[21|un a h1-2018]] CĐCS, đạt [[52,5%|un p h1-2018]] chỉ tiêu năm (chỉ tiêu năm 2018 là [[40|un t y2018 n=chỉ tiêu cả năm -> the full year (gold README 8)]] CĐCS). Có [[1.204/1.218|oc a h1-2018 v=1204 n=x/y -> x (records.md)]] cơ quan, đơn vị hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức; ký mới [[58|ca a h1-2018]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[547|ca a pub n=agreements in force: stock of signings dated at publication (gold README 7)]] bản. Các CĐCS khu vực ngoài nhà nước đã thành lập [[9|wc a h1-2018]] Ban Nữ công quần chúng.

Tháng Công nhân năm 2018 được tổ chức tại hơn [[1.020|wmu a mo2018-05 b=o]] CĐCS; các cấp công đoàn thăm hỏi, tặng quà [[3.850|ben a mo2018-05 n=still the Workers' Month named in the sentence]] đoàn viên, người lao động khó khăn.

Ủy ban Kiểm tra các cấp đã kiểm tra tài chính đồng cấp và cấp dưới tại [[87|fi a h1-2018]] đơn vị. LĐLĐ tỉnh tổ chức [[26|tr a h1-2018]] lớp tập huấn nghiệp vụ cho [[2.650|te a h1-2018]] cán bộ công đoàn cơ sở.

Đại biểu biểu quyết thông qua nghị quyết hội nghị.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[3.600|mn t h2-2018]] đoàn viên, xây dựng [[20|sh t h2-2018]] nhà "Mái ấm Công đoàn".

Thanh Nga
"""))

# av18 Hưng Yên, Q1 2024: Phúc lợi đoàn viên partners, e-cards
ARTS.append(('av18', 'https://baohungyen.vn/quy-i-2024-ldld-tinh-ky-ket-6-thoa-thuan-phuc-loi-doan-vien-3170512.html',
             '2024-04-16', 'Hưng Yên', """Quý I/2024: LĐLĐ tỉnh ký kết [[6|wp a q1-2024 n=headline repeat: the body's period (gold README 1)]] thỏa thuận Phúc lợi đoàn viên

Thứ Ba, 16/04/2024 - 14:20

(BHY) - Quý I/2024, Liên đoàn Lao động (LĐLĐ) tỉnh ký kết thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" với [[6|wp a q1-2024]] doanh nghiệp, nâng tổng số thỏa thuận còn hiệu lực lên [[38|wp a pub n=partners in force: stock of agreements dated at publication (gold README 7)]]. Đoàn viên được giảm từ 5 - 20% giá sản phẩm, dịch vụ tại các siêu thị, phòng khám, cửa hàng điện máy.

Trong quý, các cấp công đoàn cấp [[5.120|rec a q1-2024]] thẻ đoàn viên công đoàn điện tử; kết nạp [[1.408|mn a q1-2024]] đoàn viên, thành lập [[7|un a q1-2024]] CĐCS. Hiện toàn tỉnh có [[1.312|ut a pub]] CĐCS với [[158.270|mt a pub]] đoàn viên.

Năm 2024, LĐLĐ tỉnh phấn đấu ký kết thêm [[10|wp t y2024]] thỏa thuận hợp tác, cấp thẻ đoàn viên điện tử cho [[20.000|rec t y2024]] đoàn viên.

Mai Hương

Lượt đọc: 1.209
"""))

# av19 Ninh Bình, education sector union, school year 2022-2023, undated
ARTS.append(('av19', 'https://nbtv.vn/tin-tuc/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2022-2023-58124.html',
             None, 'Ninh Bình', """Công đoàn ngành Giáo dục tổng kết năm học 2022 - 2023

Công đoàn ngành Giáo dục tỉnh Ninh Bình vừa tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2022 - 2023, triển khai nhiệm vụ năm học 2023 - 2024.

Năm học 2022 - 2023, Công đoàn ngành đã chỉ đạo [[418/418|oc a sy2022 s=Công đoàn ngành Giáo dục n=x/y -> x (records.md); sector union with a scope]] trường học, đơn vị trực thuộc tổ chức hội nghị viên chức đúng quy định. Các cấp công đoàn đã thăm hỏi, hỗ trợ [[1.236|ben a sy2022 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, có hoàn cảnh khó khăn với số tiền [[864 triệu|sf a sy2022 s=Công đoàn ngành Giáo dục]] đồng; hỗ trợ xây [[3|sh a sy2022 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn" cho giáo viên, mỗi nhà 50 triệu đồng, tổng kinh phí [[150 triệu|shf a sy2022 s=Công đoàn ngành Giáo dục]] đồng. Công đoàn ngành giới thiệu [[146|pr a sy2022 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng, trong đó [[98|pa a sy2022 s=Công đoàn ngành Giáo dục]] đồng chí đã được kết nạp.

Hiện Công đoàn ngành có [[425|ut a null s=Công đoàn ngành Giáo dục n=stock with no publication date -> null (gold README 7)]] CĐCS với [[15.860|mt a null s=Công đoàn ngành Giáo dục]] đoàn viên.

Năm học 2023 - 2024, Công đoàn ngành phấn đấu giới thiệu [[120|pr t sy2023 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng, 100% CĐCS đạt vững mạnh.

Dịp này, Công đoàn ngành tặng Giấy khen cho 42 tập thể và 65 cá nhân.

Hoàng Hiệp
"""))

# av20 Hưng Yên after the merger (Thái Bình merged in), year 2025 and 2026 targets
ARTS.append(('av20', 'https://baohungyen.vn/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2025-3189244.html',
             '2025-12-24', 'Hưng Yên', """LĐLĐ tỉnh Hưng Yên tổng kết công tác công đoàn năm 2025

Thứ Tư, 24/12/2025 - 15:05

(BHY) - Chiều 23/12, Liên đoàn Lao động (LĐLĐ) tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên LĐLĐ tỉnh hoạt động sau khi hợp nhất LĐLĐ hai tỉnh Hưng Yên và Thái Bình.

Năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[14.620|mn a y2025 n=the merged province's federation reports under its kept name (gold README 10)]] đoàn viên, thành lập [[88|un a y2025]] CĐCS, đạt [[110%|un p y2025]] kế hoạch. Trong đó, khu vực Thái Bình (cũ) kết nạp [[6.905|mn a y2025 r=Thái Bình s=khu vực Thái Bình (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] đoàn viên.

Các cấp công đoàn thăm hỏi, tặng quà hơn [[96.300|ben a y2025 b=o]] lượt đoàn viên, người lao động với tổng kinh phí [[72,4 tỷ|sf a y2025]] đồng; xây mới, sửa chữa [[52|sh a y2025]] nhà "Mái ấm Công đoàn"; tham gia [[214|sv a y2025]] cuộc kiểm tra, giám sát việc thực hiện chế độ, chính sách cho người lao động. Hiện toàn tỉnh có [[3.104|ut a pub]] CĐCS với [[402.880|mt a pub]] đoàn viên, sinh hoạt tại 104 xã, phường.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[15.000|mn t y2026]] đoàn viên, thành lập [[80|un t y2026]] CĐCS; ký kết [[4|wp t y2026]] thỏa thuận hợp tác mới về Phúc lợi đoàn viên.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 40 tập thể, 55 cá nhân.

Khánh Linh
"""))
