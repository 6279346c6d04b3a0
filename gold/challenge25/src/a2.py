# ae06-ae10: a northern cluster conference, two year-on-year comparisons, two press-release bullet lists.
ARTS = []

ARTS.append(('ae06', 'http://baotuyenquang.com.vn/xa-hoi/lao-dong/cum-thi-dua-cac-tinh-mien-nui-phia-bac-tong-ket-nam-2016-89214.html',
             '2016-12-09', 'Tuyên Quang', '''Cụm thi đua LĐLĐ các tỉnh miền núi phía Bắc tổng kết năm 2016

Thứ Sáu, 09/12/2016 - 10:25

(BTQ) - Ngày 8/12, LĐLĐ tỉnh Tuyên Quang, đơn vị Trưởng cụm, tổ chức hội nghị tổng kết công tác thi đua năm 2016 của Cụm thi đua LĐLĐ các tỉnh Tuyên Quang, Hà Giang, Lào Cai và Yên Bái. Dự hội nghị có hơn 80 đại biểu.

Năm 2016, LĐLĐ tỉnh Tuyên Quang kết nạp [[2.380|mn a y2016]] đoàn viên, đạt [[119%|mn p y2016]] kế hoạch. Ủy ban Kiểm tra LĐLĐ tỉnh tiến hành kiểm tra tài chính tại [[38|fi a y2016 n=kiểm tra tài chính tại 38 CĐCS -> 38 financial inspections (one per union inspected)]] công đoàn cơ sở; các cấp công đoàn trong tỉnh tổ chức và tham gia [[214|sv a y2016]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp.

LĐLĐ tỉnh Hà Giang giới thiệu [[412|pr a y2016 r=Hà Giang n=each province reports its own figures (records.md: the reporting organisation)]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[276|pa a y2016 r=Hà Giang]] đồng chí đã được kết nạp vào Đảng. Tại Lào Cai, LĐLĐ tỉnh đã cấp [[9.300|rec a y2016 r=Lào Cai]] thẻ đoàn viên công đoàn, nâng số đoàn viên có thẻ lên [[41.250|rec a pub r=Lào Cai n=nâng số ... lên: a stock of cards issued, a member_records record dated at publication (no _total code; stocks rule 7)]] người.

LĐLĐ tỉnh Yên Bái cho biết, năm 2016 có [[1.126|oc a y2016 r=Yên Bái]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; các cấp công đoàn thành lập mới [[15|wc a y2016 r=Yên Bái]] Ban nữ công quần chúng tại doanh nghiệp ngoài nhà nước.

Lãnh đạo LĐLĐ các tỉnh ký kết giao ước thi đua năm 2017

Tại hội nghị, các đơn vị đã ký kết giao ước thi đua năm 2017, trong đó LĐLĐ tỉnh Tuyên Quang đăng ký kết nạp [[2.500|mn t y2017]] đoàn viên, thành lập [[25|un t y2017]] công đoàn cơ sở. LĐLĐ tỉnh Lào Cai được suy tôn dẫn đầu cụm năm 2016.

Thu Hằng
'''))

ARTS.append(('ae07', 'https://baohaiduong.vn/lao-dong-viec-lam/nam-2024-ket-nap-3450-doan-vien-tang-hon-nam-truoc-401238.html',
             '2025-01-08', 'Hải Dương', '''Năm 2024, kết nạp [[3.450|mn a y2024 n=headline repeat of the body figure]] đoàn viên, tăng hơn năm trước

THỨ TƯ, 08/01/2025 10:20:11

Năm 2024, các cấp công đoàn tỉnh kết nạp [[3.450|mn a y2024]] đoàn viên, tăng 350 người so với năm 2023.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, năm 2023 toàn tỉnh kết nạp [[3.100|mn a y2023 n=year-on-year comparison: both years are records, each with its own year; the difference 350 is no record (province from the site: LĐLĐ tỉnh, baohaiduong)]] đoàn viên, năm 2024 tăng lên [[3.450|mn a y2024]] đoàn viên. Số công đoàn cơ sở (CĐCS) thành lập mới cũng tăng từ [[19|un a y2023 n=từ X lên Y: X is the earlier year's figure]] lên [[27|un a y2024]]. Số đoàn viên giảm do doanh nghiệp cắt giảm lao động năm 2024 là [[2.140|ml a y2024]] người, thấp hơn nhiều so với [[4.870|ml a y2023]] người của năm 2023.

Các cấp công đoàn giới thiệu [[520|pr a y2024]] đoàn viên ưu tú cho Đảng xem xét kết nạp (năm 2023 là [[468|pr a y2023 n=previous year in a parenthesis -> 2023]] người). Dịp Tết Giáp Thìn 2024, tổng kinh phí chăm lo cho đoàn viên, người lao động đạt [[23,7 tỷ|sf a y2024]] đồng, so với [[19,2 tỷ|sf a y2023 n=Tết Quý Mão 2023 -> 2023]] đồng của Tết Quý Mão 2023.

Hiện toàn tỉnh có [[1.956|ut a pub]] CĐCS với [[231.070|mt a pub]] đoàn viên. Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[3.500|mn t y2025]] đoàn viên, thành lập [[25|un t y2025]] CĐCS.

Lãnh đạo LĐLĐ tỉnh trao quyết định thành lập công đoàn cơ sở tại Công ty TNHH Haivina Kim Liên (TP Hải Dương)

THÀNH CHUNG

Tin liên quan
Công đoàn các khu công nghiệp tỉnh: Thêm 12 công đoàn cơ sở
Trao 40 suất quà cho công nhân khó khăn
'''))

ARTS.append(('ae08', 'https://www.baoquangbinh.vn/xa-hoi/201601/ldld-tinh-nam-2015-thanh-lap-moi-46-cdcs-2131844/',
             '2016-01-20', 'Quảng Bình', '''LĐLĐ tỉnh: Năm 2015, thành lập mới [[46|un a y2015 n=headline repeat]] CĐCS

  • 08:35, 20/01/2016
  • icon gmail
  • icon facebook
  • icon youtube

(QBĐT) - Ngày 19/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2015, triển khai nhiệm vụ năm 2016.

Năm qua, các cấp công đoàn trong tỉnh thành lập mới [[46|un a y2015 n=Năm qua in January -> 2015 (records.md); the site's province (QBĐT)]] công đoàn cơ sở (CĐCS), gấp đôi năm 2014 ([[23|un a y2014 n=the previous year's figure in a parenthesis -> 2014]] CĐCS); kết nạp [[3.812|mn a y2015]] đoàn viên, so với [[2.960|mn a y2014 n=năm trước -> 2014]] đoàn viên của năm trước. Công tác tuyên truyền được đổi mới: LĐLĐ tỉnh tổ chức [[126|tr a y2015]] lớp tập huấn cho [[9.870|te a y2015]] lượt cán bộ, đoàn viên, trong khi năm 2014 chỉ tổ chức được [[98|tr a y2014]] lớp.

Có [[512|oc a y2015]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức và [[88|wkc a y2015]] doanh nghiệp tổ chức hội nghị người lao động. Toàn tỉnh hiện có [[1.217|ut a pub]] CĐCS với [[56.300|mt a pub]] đoàn viên.

Năm 2016, LĐLĐ tỉnh phấn đấu thành lập [[40|un t y2016]] CĐCS, kết nạp [[3.500|mn t y2016]] đoàn viên. Dịp này, 20 tập thể và 15 cá nhân được tặng bằng khen của LĐLĐ tỉnh.

Hoài Thương
'''))

ARTS.append(('ae09', 'https://congdoanbinhdinh.org.vn/tin-tuc/thong-cao-bao-chi-ket-qua-hoat-dong-cong-doan-9-thang-dau-nam-2022-i1384.aspx',
             '2022-10-05', 'Bình Định', '''Đăng lúc: 05/10/2022 09:12:40 AM

THÔNG CÁO BÁO CHÍ
Kết quả hoạt động công đoàn 9 tháng đầu năm 2022

Liên đoàn Lao động tỉnh Bình Định thông tin một số kết quả nổi bật 9 tháng đầu năm 2022 như sau:

1. Phát triển đoàn viên, thành lập công đoàn cơ sở
- Kết nạp: [[1.230|mn a f9-2022 n=bullet list under the heading's period (gold README 8)]] đoàn viên;
- Thành lập mới: [[14|un a f9-2022]] công đoàn cơ sở (CĐCS);
- Giải thể: [[6|ud a f9-2022]] CĐCS do doanh nghiệp ngừng hoạt động;
- Tổng số đoàn viên hiện có: [[98.415|mt a pub]] người; tổng số CĐCS: [[1.388|ut a pub n=stock in the same bullet as hiện có -> publication date]].

2. Đại diện, bảo vệ quyền lợi người lao động
- Tổ chức hội nghị người lao động: [[310|wkc a f9-2022]] doanh nghiệp;
- Đối thoại tại nơi làm việc: [[275|wd a f9-2022]] cuộc;
- Tư vấn pháp luật: [[842|lc a f9-2022]] lượt người lao động;
- Tham gia giám sát, kiểm tra: [[57|sv a f9-2022]] cuộc.

3. Chăm lo đời sống đoàn viên
- Hỗ trợ đoàn viên khó khăn: [[2.915|ben a f9-2022]] lượt, số tiền [[1,46 tỷ|sf a f9-2022]] đồng;
- Mái ấm Công đoàn: [[9|sh a f9-2022]] nhà, kinh phí [[450 triệu|shf a f9-2022]] đồng (mỗi nhà 50 triệu đồng).

4. Chỉ tiêu 3 tháng cuối năm
- Kết nạp thêm: [[600|mn t l3-2022 n=3 tháng cuối năm -> Oct-Dec 2022]] đoàn viên.

Mọi thông tin xin liên hệ: Ban Tuyên giáo LĐLĐ tỉnh, ĐT: 0256.3822.549.

VĂN BẢN MỚI
Thống kê truy cập
Hôm nay: 312
Hôm qua: 1,907
'''))

ARTS.append(('ae10', 'https://baolamdong.vn/xa-hoi/202512/ldld-tinh-10-ket-qua-noi-bat-nam-2025-4f1a2c9/',
             '2025-12-26', 'Lâm Đồng', ''' date 2025-12-26 Hotline: 0263.3822.180   |

LĐLĐ tỉnh Lâm Đồng: 10 kết quả nổi bật năm 2025

(LĐ) - Năm 2025 là năm đầu tiên Liên đoàn Lao động (LĐLĐ) tỉnh Lâm Đồng hoạt động sau khi hợp nhất ba tỉnh Lâm Đồng, Bình Thuận và Đắk Nông. Dưới đây là các kết quả nổi bật:

- Kết nạp [[12.640|mn a y2025 n=figures of the merged province -> its name (Lâm Đồng)]] đoàn viên, đạt [[105,3%|mn p y2025]] kế hoạch; trong đó khu vực Bình Thuận (cũ) [[5.210|mn a y2025 r=Bình Thuận n=khu vực Bình Thuận (cũ) -> region Bình Thuận, region_2025 Lâm Đồng]] đoàn viên, khu vực Đắk Nông (cũ) [[2.180|mn a y2025 r=Đắk Nông]] đoàn viên.
- Thành lập mới [[83|un a y2025]] công đoàn cơ sở (CĐCS).
- Cập nhật dữ liệu của [[35.700|rec a y2025]] đoàn viên lên phần mềm quản lý đoàn viên.
- Thành lập mới [[21|wc a y2025]] Ban nữ công quần chúng.
- Tết Ất Tỵ 2025, chăm lo cho [[64.300|ben a y2025]] lượt đoàn viên, người lao động với tổng kinh phí [[48,2 tỷ|sf a y2025]] đồng.
- Tháng Công nhân năm 2025 được tổ chức tại [[2.410|wmu a mo2025-05]] CĐCS.
- Ký [[26|wp a y2025]] thỏa thuận hợp tác về “Phúc lợi đoàn viên” với doanh nghiệp, ưu đãi giảm giá từ 5% đến 15%.
- Hiện toàn tỉnh có [[4.872|ut a pub]] CĐCS với [[236.900|mt a pub]] đoàn viên.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[13.000|mn t y2026]] đoàn viên và thành lập [[90|un t y2026]] CĐCS.

Minh Hiền

Chia sẻ
'''))
