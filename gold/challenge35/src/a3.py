# ao11-ao15
ARTS = []

ARTS.append(('ao11', 'http://m.baohaiduong.vn/lao-dong---viec-lam/cam-giang-thanh-lap-6-cong-doan-co-so-vuot-chi-tieu-ca-nam-98321', '2018-06-28', 'Hải Dương', '''Cẩm Giàng: Thành lập [[6|un a h1-2018 s=huyện Cẩm Giàng n=headline repeat of the body's half-year figure (gold README 1); district union -> its province with a scope (records.md)]] công đoàn cơ sở, vượt chỉ tiêu cả năm

THỨ NĂM, 28/06/2018 15:03:11

6 tháng đầu năm, LĐLĐ huyện Cẩm Giàng thành lập [[6|un a h1-2018 s=huyện Cẩm Giàng n=year-less 6 tháng đầu năm -> publication year (records.md)]] công đoàn cơ sở (CĐCS), vượt chỉ tiêu cả năm là [[5|un t y2018 s=huyện Cẩm Giàng n=chỉ tiêu cả năm -> full year (gold README 8)]] CĐCS

Sáng 27/6, Liên đoàn Lao động (LĐLĐ) huyện Cẩm Giàng tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2018. Trong 6 tháng, LĐLĐ huyện kết nạp [[1.050|mn a h1-2018 s=huyện Cẩm Giàng]] đoàn viên, bằng [[70%|mn p h1-2018 s=huyện Cẩm Giàng n=part-way attainment of the year plan -> the reporting half-year]] kế hoạch năm; thành lập mới [[6|un a h1-2018 s=huyện Cẩm Giàng]] CĐCS tại các doanh nghiệp ngoài nhà nước, đạt [[120%|un p h1-2018 s=huyện Cẩm Giàng]] chỉ tiêu cả năm. Trong số đoàn viên kết nạp có [[318|mn a h1-2018 s=CĐCS mới thành lập, huyện Cẩm Giàng n=members of newly founded unions -> members_new (gold README 9), a breakdown with scope (gold README 6)]] đoàn viên ở các CĐCS mới thành lập.

LĐLĐ huyện phối hợp với Phòng Lao động - Thương binh và Xã hội giám sát việc thực hiện chính sách, pháp luật lao động tại [[14|sv a h1-2018 s=huyện Cẩm Giàng]] doanh nghiệp; tổ chức [[3|tr a h1-2018 s=huyện Cẩm Giàng]] lớp tập huấn cho [[260|te a h1-2018 s=huyện Cẩm Giàng]] cán bộ công đoàn cơ sở. Hiện LĐLĐ huyện quản lý [[112|ut a pub s=huyện Cẩm Giàng]] CĐCS với gần [[19.400|mt a pub s=huyện Cẩm Giàng b=u]] đoàn viên.

6 tháng cuối năm, LĐLĐ huyện phấn đấu kết nạp [[450|mn t l6-2018 s=huyện Cẩm Giàng]] đoàn viên để hoàn thành kế hoạch [[1.500|mn t y2018 s=huyện Cẩm Giàng n=kế hoạch of the year restated beside the half-year target -> full year (gold README 8)]] đoàn viên của năm 2018.

Dịp này, LĐLĐ huyện tặng giấy khen cho 8 CĐCS có thành tích xuất sắc.

NGUYỄN HƯỜNG
'''))

ARTS.append(('ao12', 'https://baomoi.com/ubkt-ldld-tinh-tien-giang-9-thang-kiem-tra-tai-chinh-38-don-vi/c/32675143.epi', None, 'Tiền Giang', '''UBKT LĐLĐ tỉnh Tiền Giang: 9 tháng kiểm tra tài chính [[38|fi a f9-2019 n=headline repeat of the body figure, body's period (gold README 1)]] đơn vị

Ngày 14/10, Ủy ban Kiểm tra (UBKT) LĐLĐ tỉnh Tiền Giang tổ chức hội nghị sơ kết công tác kiểm tra 9 tháng đầu năm 2019.

9 tháng đầu năm 2019, UBKT các cấp công đoàn tỉnh Tiền Giang đã kiểm tra tài chính [[38|fi a f9-2019]] đơn vị, đạt [[76%|fi p f9-2019 n=part-way attainment -> the reporting period]] kế hoạch năm ([[50|fi t y2019 n=kế hoạch năm -> full year (gold README 8)]] đơn vị); kiểm tra việc chấp hành Điều lệ Công đoàn tại [[15|sv a f9-2019 n=kiểm tra chấp hành Điều lệ -> supervisions (indicators.tsv: inspections and supervisions)]] công đoàn cơ sở và phối hợp tổ chức [[22|sv a f9-2019]] cuộc giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp. Qua kiểm tra, phát hiện 7 đơn vị có sai sót, kiến nghị thu hồi hơn 46 triệu đồng.

UBKT LĐLĐ tỉnh cũng mở [[2|tr a f9-2019]] lớp tập huấn nghiệp vụ cho [[180|te a f9-2019]] ủy viên UBKT công đoàn cơ sở.

Quý IV/2019, UBKT dự kiến kiểm tra tài chính thêm [[12|fi t q4-2019 n=dự kiến -> target of the quarter named]] đơn vị và giám sát khoảng [[8|sv t q4-2019 b=a]] doanh nghiệp; phấn đấu 100% công đoàn cơ sở được kiểm tra ít nhất 1 lần trong nhiệm kỳ.

Theo Báo Ấp Bắc
'''))

ARTS.append(('ao13', 'https://baogialai.com.vn/ldld-tinh-gia-lai-nam-2025-ket-nap-hon-21000-doan-vien-vuot-7-ke-hoach-post330415.html', '2026-01-08', 'Gia Lai', ''' date 2026-01-08 LĐLĐ tỉnh Gia Lai: Năm 2025 kết nạp hơn [[21.000|mn a y2025 b=o n=rounded headline repeat of 21.436 (gold README 1)]] đoàn viên, vượt [[7%|mn p y2025 v=107 n=headline vượt 7% kế hoạch -> 107, repeat of the body's đạt 107% (records.md)]] kế hoạch

Ngày 7/1, Liên đoàn Lao động (LĐLĐ) tỉnh Gia Lai tổ chức hội nghị tổng kết công tác công đoàn năm 2025 và triển khai nhiệm vụ năm 2026, năm đầu tiên thực hiện Nghị quyết Đại hội XIV của Đảng.

Năm 2025, các cấp công đoàn trong tỉnh kết nạp [[21.436|mn a y2025 n=figure of the merged province -> Gia Lai (challenge21 post-merger convention)]] đoàn viên, đạt [[107%|mn p y2025]] kế hoạch; trong đó khu vực Bình Định (cũ) [[13.920|mn a y2025 r=Bình Định s=khu vực Bình Định (cũ) n=khu vực X (cũ) -> region X before the merger, region_2025 the merged province (challenge21)]] đoàn viên, khu vực Gia Lai (cũ) [[7.516|mn a y2025 s=khu vực Gia Lai (cũ)]] đoàn viên. Toàn tỉnh thành lập [[134|un a y2025]] công đoàn cơ sở (CĐCS), chỉ đạt [[89%|un p y2025 n=a plan not met is still attainment (gold README 4)]] kế hoạch do nhiều doanh nghiệp nhỏ chưa đủ điều kiện.

Trong chương trình "Phúc lợi đoàn viên", LĐLĐ tỉnh đã ký [[14|wp a y2025]] thỏa thuận hợp tác với các doanh nghiệp cung cấp hàng hóa, dịch vụ cho đoàn viên với mức ưu đãi từ 5% đến 30%. Hiện toàn tỉnh có [[3.962|ut a pub]] CĐCS với [[214.300|mt a pub]] đoàn viên.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[20.000|mn t y2026]] đoàn viên, thành lập [[120|un t y2026]] CĐCS, xây mới và sửa chữa [[60|sh t y2026]] nhà "Mái ấm Công đoàn".

Hội nghị đã khen thưởng 36 tập thể, 54 cá nhân có thành tích xuất sắc năm 2025.

Phó Chủ tịch LĐLĐ tỉnh Gia Lai trình bày báo cáo tại hội nghị.

Lê Hòa
'''))

ARTS.append(('ao14', 'https://baoquangnam.vn/dai-hoi-cong-doan-huyen-nui-thanh-nhiem-ky-2023-2028-3134812.html', '2023-06-14', 'Quảng Nam', '''Đại hội Công đoàn huyện Núi Thành nhiệm kỳ 2023-2028

NGUYỄN ĐOAN | 14/06/2023

(QNO) - Ngày 13.6, Liên đoàn Lao động (LĐLĐ) huyện Núi Thành tổ chức Đại hội Công đoàn huyện lần thứ XII, nhiệm kỳ 2023-2028 với sự tham dự của 150 đại biểu, đại diện cho hơn [[12.000|mt a pub s=huyện Núi Thành b=o n=the membership the delegates stand for is a stock at publication, rounded repeat of 12.386 (gold README 1, 7); the 150 delegates are no record]] đoàn viên công đoàn trong toàn huyện.

Nhiệm kỳ 2018-2023, LĐLĐ huyện đã kết nạp [[5.640|mn a t2018-2023 s=huyện Núi Thành]] đoàn viên, đạt [[112%|mn p t2018-2023 s=huyện Núi Thành]] chỉ tiêu Nghị quyết đại hội đề ra; thành lập [[38|un a t2018-2023 s=huyện Núi Thành]] công đoàn cơ sở (CĐCS); giới thiệu [[86|pr a t2018-2023 s=huyện Núi Thành]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[61|pa a t2018-2023 s=huyện Núi Thành]] đồng chí đã được kết nạp vào Đảng. Hiện toàn huyện có [[164|ut a pub s=huyện Núi Thành]] CĐCS với [[12.386|mt a pub s=huyện Núi Thành]] đoàn viên.

Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2023-2028: kết nạp ít nhất [[5.000|mn t t2023-2028 s=huyện Núi Thành b=o]] đoàn viên; thành lập [[30|un t t2023-2028 s=huyện Núi Thành b=o n=... trở lên after the noun -> over (gold README 5)]] CĐCS trở lên; giới thiệu [[100|pr t t2023-2028 s=huyện Núi Thành]] đoàn viên ưu tú cho Đảng; hằng năm có trên 90% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Đại hội đã bầu 23 đồng chí vào Ban Chấp hành LĐLĐ huyện khóa XII và chọn 9 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XV.

Ban Chấp hành LĐLĐ huyện Núi Thành khóa XII ra mắt đại hội.
'''))

ARTS.append(('ao15', 'https://baohagiang.vn/xa-hoi/202212/cong-doan-ha-giang-hoan-thanh-vuot-chi-tieu-cap-the-doan-vien-812045/', '2022-12-26', 'Hà Giang', '''Công đoàn Hà Giang hoàn thành vượt chỉ tiêu cấp thẻ đoàn viên

Thứ Hai, 26/12/2022 | 16:05

(BHG) - Năm 2022, Liên đoàn Lao động (LĐLĐ) tỉnh Hà Giang đã cấp [[4.230|rec a y2022 n=cards issued -> member_records (indicators.tsv)]] thẻ đoàn viên công đoàn, đạt [[105,7%|rec p y2022]] kế hoạch; cập nhật thông tin của [[31.560|rec a y2022]] đoàn viên lên phần mềm quản lý đoàn viên, đạt gần 95% tổng số đoàn viên toàn tỉnh.

Bên cạnh đó, các cấp công đoàn đã thành lập [[9|wc a y2022]] Ban nữ công quần chúng; tổ chức [[18|tr a y2022]] lớp tập huấn cho hơn [[1.400|te a y2022 b=o]] lượt cán bộ công đoàn cơ sở. Tuy nhiên, công tác phát triển đoàn viên chưa đạt yêu cầu: cả năm kết nạp [[1.820|mn a y2022]] đoàn viên, bằng [[91%|mn p y2022 n=đạt gần 95% tổng số đoàn viên above is a share with no target and no record; bằng 91% kế hoạch is attainment (gold README 4, 11)]] kế hoạch.

Năm 2023, LĐLĐ tỉnh đặt chỉ tiêu cấp [[4.000|rec t y2023]] thẻ đoàn viên, kết nạp [[2.000|mn t y2023]] đoàn viên mới; phấn đấu 100% đoàn viên được cập nhật lên phần mềm.

Cán bộ công đoàn hướng dẫn đoàn viên cài đặt ứng dụng "Công đoàn Việt Nam".
Cán bộ công đoàn hướng dẫn đoàn viên cài đặt ứng dụng "Công đoàn Việt Nam".

Thu Phương

Tin liên quan
Hà Giang: 12 đoàn viên được hỗ trợ xây nhà Mái ấm
Tập huấn nghiệp vụ cho 150 cán bộ nữ công
'''))
