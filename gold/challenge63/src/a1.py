"""cp01-cp05: provincial, district, industrial-zone, sector and company congresses."""

REP = 'n=stock given as the members or unions the delegates represent, dated at publication (records.md stocks; gold README 7)'
CONG = 'n=stock at the congress date, dated at publication (records.md stocks; gold README 7)'
VUOT = 'n=vượt N% chỉ tiêu read as 100+N% attainment, bound exact (records.md status; gold README 3)'
HEAD = 'n=headline repeat of the body figure, own bound word, body period (gold README 1)'
TERM_T = 'n=term target of the new term (gold README 4)'

ARTS = [
('cp01', 'https://baotuyenquang.com.vn/chinh-tri/dai-hoi-cong-doan-tinh-tuyen-quang-lan-thu-xvii-173542.html', '2023-07-14', 'Tuyên Quang', f'''Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII: Kết nạp hơn [[12.000|mn a t2018-2023 b=o {HEAD}]] đoàn viên trong nhiệm kỳ qua

Thứ Sáu, 14/07/2023 - 10:25

(BTQ) - Ngày 13/7, Liên đoàn Lao động tỉnh tổ chức Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023 - 2028. Dự Đại hội có 250 đại biểu chính thức đại diện cho gần [[59.000|mt a pub b=u {REP}]] đoàn viên công đoàn trong toàn tỉnh.

Báo cáo tại Đại hội cho biết, nhiệm kỳ 2018 - 2023, các cấp công đoàn trong tỉnh đã kết nạp mới [[12.416|mn a t2018-2023]] đoàn viên, đạt [[124,2%|mn p t2018-2023]] chỉ tiêu Nghị quyết Đại hội XVI đề ra; thành lập mới [[86|un a t2018-2023]] công đoàn cơ sở (CĐCS), vượt [[7,5%|un p t2018-2023 v=107.5 {VUOT}]] chỉ tiêu.

Công tác giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp được chú trọng. Trong 5 năm qua, các cấp công đoàn đã giới thiệu [[2.135|pr a t2018-2023 n=5 năm qua = the term 2018 - 2023 named just before (records.md nearest earlier period phrase)]] đoàn viên ưu tú, trong đó [[1.460|pa a t2018-2023]] đồng chí đã được kết nạp vào Đảng.

Hoạt động chăm lo đời sống đoàn viên có nhiều đổi mới. Các cấp công đoàn đã hỗ trợ xây mới, sửa chữa [[112|sh a t2018-2023]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[5,6 tỷ|shf a t2018-2023]] đồng; thăm hỏi, tặng quà cho trên [[148.500|ben a t2018-2023 b=o]] lượt đoàn viên, người lao động với tổng số tiền trên [[61 tỷ|sf a t2018-2023 b=o]] đồng.

Riêng 6 tháng đầu năm 2023, toàn tỉnh kết nạp [[1.284|mn a h1-2023]] đoàn viên, thành lập [[9|un a h1-2023]] CĐCS. Đến thời điểm Đại hội, toàn tỉnh có [[1.128|ut a pub {CONG}]] CĐCS với [[58.730|mt a pub {CONG}]] đoàn viên; 85% CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên.

Đại hội thống nhất mục tiêu nhiệm kỳ 2023 - 2028: phát triển mới [[12.000|mn t t2023-2028 {TERM_T}]] đoàn viên, thành lập mới [[80|un t t2023-2028]] CĐCS; giới thiệu ít nhất [[2.000|pr t t2023-2028 b=o]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Đại hội đã bầu 35 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XVII và 12 đại biểu chính thức đi dự Đại hội XIII Công đoàn Việt Nam.

Thanh Phúc
'''),

('cp02', 'https://baodaklak.vn/chinh-tri/202305/dai-hoi-cong-doan-huyen-krong-pac-lan-thu-xi-nhiem-ky-2023-2028-4d81f3a/', '2023-05-19', 'Đắk Lắk', f'''Đại hội Công đoàn huyện Krông Pắc lần thứ XI, nhiệm kỳ 2023 - 2028

Thứ Sáu, 19/05/2023, 08:12 [GMT+7]

Ngày 18/5, Liên đoàn Lao động (LĐLĐ) huyện Krông Pắc tổ chức Đại hội Công đoàn huyện lần thứ XI, nhiệm kỳ 2023 - 2028 với sự tham dự của 120 đại biểu đại diện cho [[3.146|mt a pub s=LĐLĐ huyện Krông Pắc {REP}]] đoàn viên của [[68|ut a pub s=LĐLĐ huyện Krông Pắc {REP}]] công đoàn cơ sở (CĐCS) trực thuộc.

Nhiệm kỳ 2018 - 2023, LĐLĐ huyện đã chỉ đạo các CĐCS khối hành chính sự nghiệp phối hợp với thủ trưởng đơn vị tổ chức tốt hội nghị cán bộ, công chức, viên chức hằng năm. Riêng năm 2022, có [[63|oc a y2022 s=LĐLĐ huyện Krông Pắc]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức (100% số đơn vị).

Trong nhiệm kỳ, các cấp công đoàn kết nạp mới [[1.052|mn a t2018-2023 s=LĐLĐ huyện Krông Pắc n=Trong nhiệm kỳ = the term 2018 - 2023 of the paragraph before, not the nearer năm 2022 of a single-year aside (records.md periods)]] đoàn viên, đạt [[131,5%|mn p t2018-2023 s=LĐLĐ huyện Krông Pắc]] chỉ tiêu Đại hội; thành lập mới [[7|un a t2018-2023 s=LĐLĐ huyện Krông Pắc]] CĐCS; giới thiệu [[245|pr a t2018-2023 s=LĐLĐ huyện Krông Pắc]] đoàn viên ưu tú cho cấp ủy xem xét, có [[168|pa a t2018-2023 s=LĐLĐ huyện Krông Pắc]] đoàn viên được kết nạp vào Đảng.

Hoạt động chăm lo cho đoàn viên được quan tâm. 5 năm qua, các cấp công đoàn trong huyện đã tặng [[6.820|ben a t2018-2023 s=LĐLĐ huyện Krông Pắc]] suất quà cho đoàn viên, người lao động với tổng trị giá [[2,74 tỷ|sf a t2018-2023 s=LĐLĐ huyện Krông Pắc]] đồng; hỗ trợ xây dựng [[15|sh a t2018-2023 s=LĐLĐ huyện Krông Pắc]] nhà "Mái ấm Công đoàn", mỗi nhà 50 triệu đồng.

Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2023 - 2028: phát triển mới [[1.000|mn t t2023-2028 s=LĐLĐ huyện Krông Pắc]] đoàn viên, thành lập [[5|un t t2023-2028 s=LĐLĐ huyện Krông Pắc]] CĐCS trở lên; giới thiệu [[250|pr t t2023-2028 s=LĐLĐ huyện Krông Pắc]] đoàn viên ưu tú cho Đảng; phấn đấu 80% CĐCS đạt tiêu chuẩn vững mạnh.

Đại hội đã bầu Ban Chấp hành khóa XI gồm 19 đồng chí và bầu 9 đại biểu dự Đại hội Công đoàn tỉnh Đắk Lắk lần thứ XI.

Minh Thuận
'''),

('cp03', 'https://baolongan.vn/dai-hoi-cong-doan-cac-khu-cong-nghiep-tinh-lan-thu-iii-a58214.html', '2018-06-22', 'Long An', f'''Đại hội Công đoàn các khu công nghiệp tỉnh lần thứ III, nhiệm kỳ 2018 - 2023

Cập nhật: 22/06/2018 - 14:35

(LA) - Ngày 21/6, Công đoàn các khu công nghiệp (KCN) tỉnh Long An tổ chức Đại hội lần thứ III, nhiệm kỳ 2018 - 2023. Hiện Công đoàn các KCN quản lý [[312|ut a pub s=Công đoàn các KCN]] CĐCS với [[118.460|mt a pub s=Công đoàn các KCN]] đoàn viên, trong đó lao động nữ chiếm 68%.

Nhiệm kỳ 2013 - 2018, Công đoàn các KCN đã phối hợp thành lập mới [[198|un a t2013-2018 s=Công đoàn các KCN]] CĐCS, kết nạp hơn [[96.300|mn a t2013-2018 b=o s=Công đoàn các KCN]] đoàn viên; thương lượng, ký kết [[251|ca a t2013-2018 s=Công đoàn các KCN]] bản thỏa ước lao động tập thể; vận động [[187|meal a t2013-2018 s=Công đoàn các KCN]] doanh nghiệp nâng giá trị bữa ăn ca từ 15.000 đồng lên 18.000 - 25.000 đồng/suất.

Công tác đại diện, bảo vệ quyền lợi người lao động có chuyển biến. Riêng năm 2017, có [[236|wd a y2017 s=Công đoàn các KCN]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc và [[241|wkc a y2017 s=Công đoàn các KCN]] doanh nghiệp tổ chức hội nghị người lao động. Cả nhiệm kỳ 2013 - 2018, Công đoàn các KCN phối hợp tổ chức [[42|sv a t2013-2018 s=Công đoàn các KCN]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại doanh nghiệp; tư vấn pháp luật cho trên [[5.800|lc a t2013-2018 b=o s=Công đoàn các KCN]] lượt công nhân.

Nhiệm kỳ 2018 - 2023, Công đoàn các KCN phấn đấu phát triển mới [[80.000|mn t t2018-2023 s=Công đoàn các KCN]] đoàn viên, thành lập [[150|un t t2018-2023 s=Công đoàn các KCN]] CĐCS; 70% doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể có nhiều điểm có lợi cho người lao động.

Đại hội bầu Ban Chấp hành gồm 21 đồng chí; bầu 11 đại biểu dự Đại hội Công đoàn tỉnh lần thứ X.

Thanh Hương
'''),

('cp04', 'https://baoquangngai.vn/xa-hoi/202304/dai-hoi-cong-doan-nganh-giao-duc-tinh-lan-thu-viii-e1f72c4/', '2023-04-08', 'Quảng Ngãi', f'''Đại hội Công đoàn ngành Giáo dục tỉnh lần thứ VIII

Thứ Bảy, 08/04/2023 - 07:45

(Baoquangngai.vn) - Ngày 7/4, Công đoàn ngành Giáo dục tỉnh tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2023 - 2028. Hiện Công đoàn ngành có [[486|ut a pub s=Công đoàn ngành Giáo dục]] CĐCS trực thuộc với [[19.872|mt a pub s=Công đoàn ngành Giáo dục]] đoàn viên.

Nhiệm kỳ 2018 - 2023, các cấp công đoàn trong ngành đã giới thiệu [[1.136|pr a t2018-2023 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng, đạt [[113,6%|pr p t2018-2023 s=Công đoàn ngành Giáo dục]] chỉ tiêu; trong đó [[874|pa a t2018-2023 s=Công đoàn ngành Giáo dục]] đồng chí được kết nạp. Quỹ "Mái ấm Công đoàn" của ngành hỗ trợ xây mới và sửa chữa [[27|sh a t2018-2023 s=Công đoàn ngành Giáo dục]] nhà cho đoàn viên khó khăn với số tiền [[1,35 tỷ|shf a t2018-2023 s=Công đoàn ngành Giáo dục]] đồng. Các cấp công đoàn thăm hỏi, hỗ trợ [[9.640|ben a t2018-2023 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, gặp hoạn nạn với kinh phí hơn [[4,2 tỷ|sf a t2018-2023 b=o s=Công đoàn ngành Giáo dục]] đồng.

Trong năm học 2022 - 2023, [[482/486|oc a sy2022 s=Công đoàn ngành Giáo dục n=x/y read as the first number, the units that held the conference (gold README 3)]] CĐCS đã phối hợp tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học.

Nhiệm kỳ 2023 - 2028, Công đoàn ngành phấn đấu giới thiệu [[1.000|pr t t2023-2028 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng; vận động xây dựng, sửa chữa [[25|sh t t2023-2028 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn"; 100% CĐCS tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Đại hội đã bầu 25 đồng chí vào Ban Chấp hành khóa VIII. Dịp này, 18 tập thể và 32 cá nhân được LĐLĐ tỉnh tặng bằng khen.

Hồng Yến
'''),

('cp05', 'https://congdoandongnai.org.vn/tin-tuc/cdcs-cong-ty-tnhh-giay-vinh-phu-dai-hoi-nhiem-ky-2023-2028', None, 'Đồng Nai', f'''CĐCS Công ty TNHH Giày Vĩnh Phú tổ chức Đại hội nhiệm kỳ 2023 - 2028

Trang chủ > Tin tức > Hoạt động công đoàn cơ sở

Ngày 15/4, Công đoàn cơ sở Công ty TNHH Giày Vĩnh Phú (KCN Nhơn Trạch 3, huyện Nhơn Trạch) tổ chức Đại hội lần thứ IV, nhiệm kỳ 2023 - 2028. Công ty hiện có 6.420 lao động, trong đó [[6.185|mt a null s=CĐCS Công ty TNHH Giày Vĩnh Phú n=stock in an undated page: null period (records.md stocks)]] người là đoàn viên công đoàn.

Nhiệm kỳ 2018 - 2023, CĐCS đã phối hợp với Ban Giám đốc thương lượng, ký kết [[2|ca a t2018-2023 s=CĐCS Công ty TNHH Giày Vĩnh Phú]] bản thỏa ước lao động tập thể với nhiều điều khoản có lợi hơn luật, trong đó giá trị bữa ăn ca được nâng từ 16.000 đồng lên 25.000 đồng/suất. Trong nhiệm kỳ, CĐCS kết nạp mới [[2.940|mn a t2018-2023 s=CĐCS Công ty TNHH Giày Vĩnh Phú]] đoàn viên; thăm hỏi [[3.215|ben a t2018-2023 s=CĐCS Công ty TNHH Giày Vĩnh Phú]] lượt đoàn viên ốm đau, thai sản, có người thân qua đời với số tiền hơn [[1,9 tỷ|sf a t2018-2023 b=o s=CĐCS Công ty TNHH Giày Vĩnh Phú]] đồng.

Dịp Tết Nguyên đán Quý Mão 2023, CĐCS phối hợp với công ty tặng [[6.300|ben a y2023 s=CĐCS Công ty TNHH Giày Vĩnh Phú n=Tết gifts take the Tết year (gold README 8, challenge42 convention)]] phần quà cho người lao động, mỗi phần trị giá 300.000 đồng. Năm 2021, khi công ty phải tạm dừng sản xuất do dịch Covid-19, CĐCS đã đề xuất LĐLĐ tỉnh hỗ trợ [[1.870|ben a y2021 s=CĐCS Công ty TNHH Giày Vĩnh Phú]] đoàn viên bị ngừng việc với số tiền [[2,8 tỷ|sf a y2021 s=CĐCS Công ty TNHH Giày Vĩnh Phú]] đồng.

Nhiệm kỳ 2023 - 2028, CĐCS phấn đấu 95% người lao động gia nhập công đoàn; giới thiệu [[10|pr t t2023-2028 s=CĐCS Công ty TNHH Giày Vĩnh Phú]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí; ông Trần Văn Lực tái đắc cử Chủ tịch CĐCS.

Lượt xem: 1.087
'''),
]
