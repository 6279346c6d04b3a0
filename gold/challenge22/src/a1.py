"""Short event news ab01-ab07."""
ARTS = []

ARTS.append(('ab01', 'https://baolangson.vn/ldld-tinh-trao-350-suat-qua-tet-cho-doan-vien-kho-khan-5021734.html', '2024-01-30', 'Lạng Sơn', """
Trang chủ › Xã hội › Lao động - Việc làm
Thứ Ba, 30/01/2024 16:45
LĐLĐ tỉnh trao [[350|ben a y2024 n=@HR]] suất quà Tết cho đoàn viên khó khăn
(LSO) – Chiều 30/1, tại Cung Văn hóa tỉnh, Liên đoàn Lao động (LĐLĐ) tỉnh Lạng Sơn tổ chức chương trình “Tết Sum vầy” Xuân Giáp Thìn năm 2024, trao [[350|ben a y2024 n=@TET]] suất quà cho đoàn viên, người lao động (NLĐ) có hoàn cảnh khó khăn trên địa bàn thành phố Lạng Sơn và các huyện Cao Lộc, Chi Lăng.
Lãnh đạo LĐLĐ tỉnh trao quà Tết cho đoàn viên, NLĐ có hoàn cảnh khó khăn. Ảnh: Hoàng Hà
Dự chương trình có lãnh đạo Tỉnh ủy, UBND tỉnh, Ủy ban MTTQ Việt Nam tỉnh cùng hơn 500 đoàn viên, công nhân lao động. Mỗi suất quà gồm 1 triệu đồng tiền mặt và nhu yếu phẩm trị giá 300.000 đồng. Tổng trị giá quà trao tại chương trình là [[455 triệu|sf a y2024 n=@TET; the per-gift 1 triệu / 300.000 đồng are per-item amounts, not records (gold README 11)]] đồng, từ nguồn tài chính công đoàn và sự ủng hộ của các doanh nghiệp, nhà hảo tâm.
Phát biểu tại chương trình, ông Hoàng Văn Nghiệm, Chủ tịch LĐLĐ tỉnh cho biết: Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn trong tỉnh dự kiến thăm hỏi, tặng quà cho khoảng [[12.600|ben t y2024 b=a n=@TGT; @TET]] lượt đoàn viên, NLĐ với tổng kinh phí gần [[6,8 tỷ|sf t y2024 b=u n=@TGT; "gần" -> under (gold README 5)]] đồng. Đến nay, các cấp công đoàn đã trao [[7.845|ben a y2024 n="đến nay" with no start of its own: nearest earlier period phrase is Tết Giáp Thìn 2024 (records.md periods; @TET)]] suất quà, trị giá [[4 tỷ 120 triệu|sf a y2024 v=4120000000 n=@MONEY; period as the gifts of the same sentence]] đồng; các phần quà còn lại sẽ được trao trước ngày 8/2/2024 (tức 29 tháng Chạp).
Dịp này, LĐLĐ tỉnh cũng phối hợp với các nhà xe tổ chức đưa đón công nhân làm việc ở các tỉnh phía Nam về quê đón Tết.
HOÀNG HÀ
Tin liên quan
- Công đoàn ngành Y tế trao 120 suất quà Tết cho nhân viên y tế (29/01/2024)
- Hơn 1.000 công nhân được tặng vé xe về quê đón Tết (26/01/2024)
- Lạng Sơn: 15 doanh nghiệp thưởng Tết trên 10 triệu đồng (24/01/2024)
Lượt xem: 1.246
"""))

ARTS.append(('ab02', 'https://baocaobang.vn/ban-giao-nha-mai-am-cong-doan-cho-doan-vien-tai-huyen-ha-quang-3163752.html', '2023-05-18', 'Cao Bằng', """
Bàn giao nhà “Mái ấm Công đoàn” cho đoàn viên tại huyện Hà Quảng
Cập nhật: 18/05/2023 - 09:12
Sáng 18/5, Liên đoàn Lao động tỉnh Cao Bằng phối hợp với Công đoàn Giáo dục tỉnh tổ chức lễ bàn giao nhà “Mái ấm Công đoàn” cho chị Nông Thị Mai, giáo viên Trường Tiểu học Trường Hà, huyện Hà Quảng.
Lãnh đạo LĐLĐ tỉnh trao tượng trưng số tiền hỗ trợ [[50 triệu|shf a pub n=@CAP]] đồng cho gia đình chị Nông Thị Mai.
Chị Mai là đoàn viên có hoàn cảnh đặc biệt khó khăn, chồng mất sớm, một mình nuôi 2 con nhỏ, căn nhà cũ bằng gỗ đã xuống cấp nghiêm trọng. Ngôi nhà mới rộng 65 m2, được xây dựng với số tiền hỗ trợ [[50 triệu|shf a pub n=money of the one house handed over at the event: a shelter_funds record, not a per-item rate; @PUB]] đồng từ Quỹ “Mái ấm Công đoàn” của LĐLĐ tỉnh và [[20 triệu|shf a pub s=Công đoàn Giáo dục tỉnh n=second source for the same house: a shelter_funds record of its own with the sector union as scope; @PUB]] đồng của Công đoàn Giáo dục tỉnh, cùng sự giúp đỡ ngày công của bà con, dòng họ.
Theo LĐLĐ tỉnh Cao Bằng, từ đầu năm 2023 đến nay, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới [[9|sh a 2023-01-01..2023-05-18 n=@DENNAY; "xây mới 9 và sửa chữa 3" gives two shelter_houses records]] và sửa chữa [[3|sh a 2023-01-01..2023-05-18 n=@DENNAY; second part of "xây mới ... và sửa chữa ..."]] nhà “Mái ấm Công đoàn” với tổng số tiền [[610 triệu|shf a 2023-01-01..2023-05-18 n=@DENNAY]] đồng. Mức hỗ trợ xây mới là 50 triệu đồng/nhà, sửa chữa 30 triệu đồng/nhà.
Kế hoạch năm 2023, LĐLĐ tỉnh phấn đấu hỗ trợ xây mới, sửa chữa [[20|sh t y2023 n=@TGT]] nhà cho đoàn viên khó khăn về nhà ở.
Nhận chìa khóa ngôi nhà mới, chị Mai xúc động cảm ơn tổ chức công đoàn đã quan tâm, giúp đỡ gia đình có chỗ ở ổn định.
Minh Thu
Tin cùng chuyên mục
- Trùng Khánh: Tập huấn kỹ năng cho 80 cán bộ công đoàn cơ sở
- Hơn 2.000 đoàn viên được khám sức khỏe miễn phí
"""))

ARTS.append(('ab03', 'https://baodienbienphu.info.vn/tin-tuc/chinh-tri/212840/tap-huan-nghiep-vu-cho-135-can-bo-cong-doan-co-so', '2022-08-12', 'Điện Biên', """
Tập huấn nghiệp vụ cho [[135|te a pub n=@HR]] cán bộ công đoàn cơ sở
Thứ Sáu, 12/08/2022, 10:05 [GMT+7]
ĐBP - Ngày 12/8, Liên đoàn Lao động tỉnh Điện Biên khai mạc lớp tập huấn nghiệp vụ công tác công đoàn cho [[135|te a pub n=persons trained at a training are trainees, not mere participants (indicators.tsv trainees); @PUB]] cán bộ công đoàn cơ sở khối hành chính sự nghiệp và doanh nghiệp.
Quang cảnh lớp tập huấn. Ảnh: Thu Hằng
Lớp tập huấn diễn ra trong 3 ngày (từ 12 - 14/8). Các học viên được báo cáo viên của Trường Đại học Công đoàn truyền đạt 4 chuyên đề: kỹ năng thương lượng, ký kết thỏa ước lao động tập thể; tổ chức đối thoại tại nơi làm việc; công tác kiểm tra, giám sát của công đoàn; quản lý tài chính, tài sản công đoàn cơ sở.
Phát biểu khai mạc, ông Lò Văn Tâm, Phó Chủ tịch LĐLĐ tỉnh đề nghị các học viên nghiêm túc nghiên cứu, vận dụng kiến thức vào thực tiễn hoạt động ở cơ sở.
Theo kế hoạch, năm 2022 LĐLĐ tỉnh tổ chức [[7|tr t y2022 n=@TGT]] lớp tập huấn cho khoảng [[850|te t y2022 b=a n=@TGT]] lượt cán bộ công đoàn. Từ đầu năm đến nay đã tổ chức được [[4|tr a 2022-01-01..2022-08-12 n=year-less "từ đầu năm đến nay" takes the publication year (records.md periods)]] lớp với [[496|te a 2022-01-01..2022-08-12 n=year-less "từ đầu năm đến nay" (records.md periods)]] lượt học viên; [[ba|tr t q4-2022 v=3 n=@WORD; remaining classes planned for quý IV: target of that quarter (gold README 4)]] lớp còn lại sẽ được tổ chức trong quý IV.
Thanh Hương
Tin liên quan:
- Công đoàn ngành Giáo dục trao 45 suất học bổng cho con đoàn viên
- Mường Ảng: Ra mắt 2 công đoàn cơ sở mới
"""))

ARTS.append(('ab04', 'https://baosonla.org.vn/xa-hoi/tu-van-phap-luat-mien-phi-cho-cong-nhan-lao-dong-Z9YwBNq4R.html', '2021-11-09', 'Sơn La', """
Tư vấn pháp luật miễn phí cho [[73|lc a pub n=@HR]] lượt công nhân
09/11/2021 | 15:20
Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11), sáng nay, Trung tâm Tư vấn pháp luật Công đoàn tỉnh Sơn La phối hợp với Công đoàn cơ sở Công ty cổ phần Mía đường Sơn La tổ chức buổi tư vấn pháp luật miễn phí cho công nhân lao động.
Tại buổi tư vấn, các luật sư, tư vấn viên đã giải đáp trực tiếp cho [[73|lc a pub n=@PUB]] lượt công nhân những vướng mắc về chế độ bảo hiểm xã hội, hợp đồng lao động, tiền lương, thời giờ làm việc, nghỉ ngơi. Nhiều câu hỏi gửi qua đường dây nóng 0212.3856.170 cũng được trả lời ngay.
Theo Trung tâm, từ đầu năm 2021 đến nay, Trung tâm đã tư vấn pháp luật cho [[1.046|lc a 2021-01-01..2021-11-09 n=@DENNAY]] lượt đoàn viên, NLĐ; tham gia bảo vệ quyền lợi cho 9 người lao động tại tòa án; phối hợp tổ chức [[18|tr a 2021-01-01..2021-11-09 n=dissemination conferences held count as trainings (indicators.tsv: courses or conferences held); @DENNAY]] hội nghị tuyên truyền, phổ biến pháp luật với trên [[3.200|te a 2021-01-01..2021-11-09 b=o n=persons reached by dissemination are trainees (indicators.tsv), not mere participants; "trên" -> over]] lượt đoàn viên, NLĐ tham dự.
Ông Cầm Văn Thủy, Giám đốc Trung tâm cho biết, năm 2021 Trung tâm phấn đấu tư vấn pháp luật cho ít nhất [[1.200|lc t y2021 b=o n=@TGT; @ITNHAT]] lượt NLĐ, tập trung vào công nhân các nhà máy chế biến nông sản, thủy điện.
Nguyễn Thanh - Trung tâm TVPL Công đoàn tỉnh
Lượt xem: 856
"""))

ARTS.append(('ab05', 'https://baohatinh.vn/ldld-ha-tinh-ky-ket-thoa-thuan-phuc-loi-doan-vien-voi-7-doanh-nghiep-post243195.html', '2023-03-22', 'Hà Tĩnh', """
LĐLĐ Hà Tĩnh ký kết thỏa thuận Phúc lợi đoàn viên với [[7|wp a pub n=@HR]] doanh nghiệp
(Baohatinh.vn) - Chiều 22/3, Liên đoàn Lao động tỉnh Hà Tĩnh tổ chức lễ ký kết thỏa thuận hợp tác thực hiện chương trình “Phúc lợi đoàn viên công đoàn” với [[7|wp a pub n=@PUB]] doanh nghiệp, đơn vị trên địa bàn.
Các đơn vị tham gia ký kết gồm: Bệnh viện Đa khoa TTH Hà Tĩnh, Công ty CP Dược Hà Tĩnh, siêu thị điện máy Hoàng Minh, Nhà hàng Sen Hồng, Công ty Du lịch Thiên Cầm, Trung tâm Anh ngữ Quốc tế Hồng Lĩnh và Công ty TNHH Viễn thông Nam Hà.
Đại diện LĐLĐ tỉnh và các doanh nghiệp ký kết thỏa thuận hợp tác. Ảnh: Thu Phương
Theo thỏa thuận, đoàn viên công đoàn khi sử dụng sản phẩm, dịch vụ của các doanh nghiệp sẽ được giảm giá từ 5 - 30%, được mua trả góp không lãi suất một số mặt hàng thiết yếu. Với lễ ký kết này, LĐLĐ tỉnh đã nâng tổng số đơn vị ký kết thỏa thuận hợp tác Phúc lợi đoàn viên lên [[41|wp a pub n=@STOCKF]] doanh nghiệp, đơn vị.
Hiện toàn tỉnh có [[1.123|ut a pub n=@STOCK]] công đoàn cơ sở với hơn [[72.000|mt a pub b=o n=@STOCK]] đoàn viên, trong đó gần 60% làm việc trong khu vực hành chính sự nghiệp.
Phát biểu tại lễ ký kết, bà Trần Thị Thanh Hoa, Chủ tịch LĐLĐ tỉnh đề nghị các doanh nghiệp thực hiện đúng cam kết, bảo đảm chất lượng hàng hóa, dịch vụ. Năm 2023, LĐLĐ tỉnh phấn đấu ký kết thêm ít nhất [[10|wp t y2023 b=o n=@TGT; @ITNHAT]] thỏa thuận hợp tác Phúc lợi đoàn viên.
Thu Phương
"""))

ARTS.append(('ab06', 'https://baobacgiang.vn/ra-mat-cong-doan-co-so-cong-ty-tnhh-fukang-technology-210745.bbg', '2019-10-14', 'Bắc Giang', """
Ra mắt Công đoàn cơ sở Công ty TNHH Fukang Technology
Thứ hai, 14/10/2019 - 14:30
BBG - Ngày 14/10, Công đoàn các Khu công nghiệp (KCN) tỉnh Bắc Giang tổ chức lễ công bố quyết định thành lập và ra mắt Công đoàn cơ sở Công ty TNHH Fukang Technology (KCN Quang Châu, huyện Việt Yên).
Công ty hiện có hơn 1.800 lao động, chủ yếu là lao động nữ. Sau thời gian tuyên truyền, vận động, đã có [[1.327|mn a pub s=Công đoàn cơ sở Công ty TNHH Fukang Technology n=@NEWU; @PUB; the company's workforce (1.800 lao động) is not a union figure]] người lao động tự nguyện gia nhập tổ chức công đoàn. Ban Chấp hành lâm thời gồm 7 đồng chí, do ông Trần Văn Hùng, Trưởng phòng Hành chính làm Chủ tịch.
Lãnh đạo Công đoàn các KCN trao quyết định thành lập Công đoàn cơ sở cho Ban Chấp hành lâm thời.
Từ đầu năm 2019 đến nay, Công đoàn các KCN tỉnh đã thành lập mới [[41|un a 2019-01-01..2019-10-14 n=@DENNAY]] CĐCS, kết nạp [[10.562|mn a 2019-01-01..2019-10-14 n=@DENNAY]] đoàn viên, vượt [[12%|mn p 2019-01-01..2019-10-14 v=112 n=@VUOT; @PART]] kế hoạch năm. Hiện Công đoàn các KCN tỉnh quản lý [[318|ut a pub n=@STOCK]] CĐCS với [[129.450|mt a pub n=@STOCK]] đoàn viên.
Phát biểu tại buổi lễ, lãnh đạo Công đoàn các KCN đề nghị Ban Chấp hành lâm thời sớm xây dựng quy chế hoạt động, phối hợp với người sử dụng lao động chăm lo đời sống, việc làm cho công nhân.
Hà Linh
""", 'Công đoàn các KCN'))

ARTS.append(('ab07', 'https://baoquangngai.vn/xa-hoi/lao-dong-viec-lam/202405/soi-noi-cac-hoat-dong-thang-cong-nhan-nam-2024-3e41b07/', '2024-05-29', 'Quảng Ngãi', """
Quảng Ngãi: Sôi nổi các hoạt động Tháng Công nhân năm 2024
Thứ Tư, 29/05/2024, 08:10 (GMT+7)
(Baoquangngai.vn)- Tháng Công nhân năm 2024 với chủ đề “Đoàn kết công nhân - Triển khai nghị quyết”, các cấp công đoàn tỉnh đã tổ chức nhiều hoạt động thiết thực, chăm lo cho đoàn viên, người lao động.
Theo LĐLĐ tỉnh Quảng Ngãi, đã có [[486|wmu a mo2024-05 n=@TCN]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng Tháng Công nhân, chiếm 92% tổng số CĐCS trong tỉnh.
Các cấp công đoàn đã thăm, tặng [[3.150|ben a mo2024-05 n=@TCN]] suất quà cho đoàn viên, NLĐ có hoàn cảnh khó khăn, bị tai nạn lao động, với tổng số tiền [[1,62 tỷ|sf a mo2024-05 n=@TCN]] đồng; trong đó LĐLĐ tỉnh trực tiếp trao [[400|ben a mo2024-05 s=LĐLĐ tỉnh n=@BRK; the 500.000 đồng per gift is a per-item amount (gold README 11)]] suất, mỗi suất 500.000 đồng.
Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân Khu kinh tế Dung Quất.
Các CĐCS đã phối hợp tổ chức đối thoại tại nơi làm việc ở [[57|wd a mo2024-05 n=@TCN]] doanh nghiệp; vận động [[14|meal a mo2024-05 n=@TCN; the meal levels are thresholds, not records (gold README 11)]] doanh nghiệp nâng mức bữa ăn ca từ 18.000 đồng lên 22.000 - 25.000 đồng/suất.
Trong Tháng Công nhân, LĐLĐ tỉnh đặt mục tiêu kết nạp [[1.000|mn t mo2024-05 n=@TGT; @TCN]] đoàn viên. Đến nay đã kết nạp được [[812|mn a mo2024-05 n="đến nay" inside the Tháng Công nhân paragraph: nearest earlier period phrase (records.md periods)]] đoàn viên, đạt [[81,2%|mn p mo2024-05 n=attainment of the month's target (gold README 4)]] mục tiêu.
Thanh Nhị
Chia sẻ:
Tin khác
- Sơn Tịnh: Trao 30 suất quà cho công nhân khó khăn
- Bình Sơn: Ra mắt 3 công đoàn cơ sở doanh nghiệp
"""))
