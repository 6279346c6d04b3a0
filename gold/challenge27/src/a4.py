"""ag16-ag20: province year report 2013, education sector school year (undated), half-year 2024,
year report 2014 with losses and net change, merged province year report 2025."""

AG16 = """LĐLĐ tỉnh tổng kết hoạt động năm 2013

Thứ Sáu, 27/12/2013 - 08:52

(BHG) - Ngày 26/12, Ban Chấp hành LĐLĐ tỉnh tổ chức hội nghị lần thứ 9, khóa X, tổng kết phong trào CNVCLĐ và hoạt động công đoàn năm 2013, triển khai nhiệm vụ năm 2014.

Năm 2013, các cấp công đoàn đã kết nạp [[1.268|mn a y2013 n=province from the site (rule 10)]] đoàn viên, vượt [[5,7%|mn p y2013 v=105.7 n=vượt 5,7% chỉ tiêu -> 105.7 (rule 3)]] chỉ tiêu; thành lập mới [[11|un a y2013]] CĐCS. Tuy nhiên, do sắp xếp lại doanh nghiệp nhà nước, có [[5|ud a y2013]] CĐCS giải thể, giảm [[420|ml a y2013]] đoàn viên; số CĐCS thực tăng [[6|unet a y2013]] đơn vị. Hiện nay, toàn tỉnh có [[1.134|ut a pub]] CĐCS với [[29.815|mt a pub]] đoàn viên, trong đó khu vực sản xuất kinh doanh có [[72|ut a pub s=khu vực sản xuất kinh doanh]] CĐCS với [[3.460|mt a pub s=khu vực sản xuất kinh doanh]] đoàn viên.

Trong năm, [[1.096/1.102|oc a y2013 n=trong năm published in December -> 2013; x/y -> x]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức; các cấp công đoàn mở [[46|tr a y2013]] lớp tập huấn cho [[3.120|te a y2013]] lượt cán bộ công đoàn, tuyên truyền pháp luật cho trên [[15.000|te a y2013 b=o]] lượt đoàn viên. Quỹ "Mái ấm Công đoàn" tỉnh hỗ trợ xây dựng [[34|sh a y2013]] nhà cho đoàn viên nghèo, tổng số tiền [[1,02 tỷ|shf a y2013]] đồng; dịp Tết Quý Tỵ 2013 các cấp công đoàn thăm, tặng quà [[4.870|ben a y2013]] đoàn viên với số tiền gần [[1,5 tỷ|sf a y2013 b=u]] đồng. Năm 2013 đã giới thiệu [[312|pr a y2013]] đoàn viên ưu tú cho Đảng, [[245|pa a y2013]] đoàn viên được kết nạp Đảng.

Năm 2014, LĐLĐ tỉnh phấn đấu kết nạp [[1.200|mn t y2014]] đoàn viên, thành lập [[10|un t y2014]] CĐCS, hỗ trợ xây dựng [[30|sh t y2014]] nhà Mái ấm Công đoàn.

Dịp này, 18 tập thể, 25 cá nhân được Tổng LĐLĐ Việt Nam tặng bằng khen.

Minh Thu

Số lần đọc: 1.062
"""

AG17 = """Công đoàn ngành Giáo dục Đắk Nông tổng kết năm học 2020 - 2021

Công đoàn ngành Giáo dục và Đào tạo tỉnh Đắk Nông vừa tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2020 - 2021 theo hình thức trực tuyến do ảnh hưởng của dịch Covid-19, với 75 điểm cầu tại các huyện, thành phố.

Năm học 2020 - 2021, 100% CĐCS trực thuộc đã phối hợp tổ chức hội nghị cán bộ, công chức, viên chức; Công đoàn ngành kết nạp [[215|mn a sy2020 s=Công đoàn ngành Giáo dục và Đào tạo n=school year Sep-Aug (records.md); sector union scope (rule 10)]] đoàn viên mới, nâng tổng số đoàn viên toàn ngành lên [[12.480|mt a null s=Công đoàn ngành Giáo dục và Đào tạo n=stock, no publication date -> null..null (rule 7)]] người tại [[298|ut a null s=Công đoàn ngành Giáo dục và Đào tạo]] CĐCS. Các cấp công đoàn trong ngành thăm hỏi, hỗ trợ [[1.034|ben a sy2020 s=Công đoàn ngành Giáo dục và Đào tạo]] lượt nhà giáo, người lao động với số tiền trên [[620 triệu|sf a sy2020 b=o s=Công đoàn ngành Giáo dục và Đào tạo]] đồng. Chương trình "Mái ấm Công đoàn" của ngành xây mới [[4|sh a sy2020 s=Công đoàn ngành Giáo dục và Đào tạo n=the 50 triệu per house is a per-item amount (rule 11)]] nhà, mỗi nhà 50 triệu đồng; riêng Công đoàn Giáo dục huyện Tuy Đức vận động xây thêm [[1|sh a sy2020 s=Công đoàn Giáo dục huyện Tuy Đức n=riêng part (rule 6)]] nhà. Ngành đã giới thiệu [[96|pr a sy2020 s=Công đoàn ngành Giáo dục và Đào tạo]] đoàn viên ưu tú cho Đảng, đạt [[120%|pr p sy2020 s=Công đoàn ngành Giáo dục và Đào tạo]] chỉ tiêu; Ủy ban Kiểm tra Công đoàn ngành kiểm tra tài chính [[18|fi a sy2020 s=Công đoàn ngành Giáo dục và Đào tạo]] CĐCS.

Năm học 2021 - 2022, Công đoàn ngành phấn đấu kết nạp [[200|mn t sy2021 s=Công đoàn ngành Giáo dục và Đào tạo]] đoàn viên, xây dựng [[3|sh t sy2021 s=Công đoàn ngành Giáo dục và Đào tạo]] nhà "Mái ấm Công đoàn", kiểm tra tài chính ít nhất [[20|fi t sy2021 b=o s=Công đoàn ngành Giáo dục và Đào tạo]] CĐCS; 100% CĐCS đạt vững mạnh.

Tại hội nghị, Công đoàn ngành đã tặng giấy khen cho 35 tập thể và 62 cá nhân.

Hồng Thắm

Chia sẻ bài viết   In bài viết
"""

AG18 = """LĐLĐ tỉnh sơ kết hoạt động công đoàn 6 tháng đầu năm

  • 09:15, 10/07/2024
  • icon gmail
  • icon facebook
  • icon youtube

(QBĐT) - Sáng 10/7, LĐLĐ tỉnh tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.

6 tháng đầu năm, các cấp công đoàn trong tỉnh đã kết nạp [[1.932|mn a h1-2024 n=6 tháng đầu năm without year -> publication year (records.md)]] đoàn viên, đạt [[64,4%|mn p h1-2024 n=part-way attainment takes the reporting period]] kế hoạch năm, tăng 318 đoàn viên so với cùng kỳ năm 2023; thành lập mới [[12|un a h1-2024]] CĐCS. Hiện toàn tỉnh có [[1.486|ut a pub]] CĐCS với [[58.720|mt a pub]] đoàn viên.

Chương trình "Tết Sum vầy" Giáp Thìn 2024 được tổ chức ở 100% LĐLĐ cấp huyện, chăm lo cho [[11.540|ben a y2024 n=Tết year]] đoàn viên, người lao động với tổng kinh phí xấp xỉ [[5,9 tỷ|sf a y2024 b=a n=xấp xỉ -> about (rule 5)]] đồng. Trong Tháng Công nhân, [[1.212|wmu a mo2024-05]] CĐCS đã tổ chức các hoạt động hưởng ứng; LĐLĐ tỉnh trao [[650|ben a mo2024-05 n=the 500 nghìn per gift is a per-item amount (rule 11)]] suất quà, mỗi suất 500 nghìn đồng cho công nhân có hoàn cảnh khó khăn. Trong 6 tháng, Ban Quan hệ lao động tham gia [[14|sv a h1-2024]] cuộc giám sát, kiểm tra việc thực hiện chính sách pháp luật tại doanh nghiệp; Văn phòng tư vấn pháp luật tư vấn cho [[376|lc a h1-2024]] lượt đoàn viên, người lao động. Đến nay, [[8|wp a pub n=partners stated with đến nay: dated at publication (rule 7)]] doanh nghiệp đã ký thỏa thuận hợp tác với LĐLĐ tỉnh trong chương trình "Phúc lợi đoàn viên công đoàn".

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[1.100|mn t h2-2024]] đoàn viên, thành lập [[8|un t h2-2024]] CĐCS; ký thêm [[4|wp t h2-2024]] thỏa thuận hợp tác Phúc lợi đoàn viên.

Ngọc Mai

Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân khó khăn dịp Tháng Công nhân năm 2024.
"""

AG19 = """Năm 2014: Số đoàn viên công đoàn toàn tỉnh thực tăng [[1.385|mnet a y2014 n=headline repeat (rule 1)]] người

Cập nhật ngày: 16/01/2015 - 10:05

Ngày 15/1, LĐLĐ tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2014 và triển khai nhiệm vụ năm 2015.

Năm qua, các cấp công đoàn trong tỉnh đã kết nạp mới [[3.270|mn a y2014 n=năm qua published in January -> 2014 (records.md); province from the site (rule 10)]] đoàn viên, đạt [[109%|mn p y2014]] chỉ tiêu; thành lập mới [[24|un a y2014]] CĐCS. Do nhiều doanh nghiệp khó khăn, giải thể, có [[11|ud a y2014]] CĐCS ngừng hoạt động và giải thể, giảm [[1.885|ml a y2014]] đoàn viên. Như vậy, số đoàn viên thực tăng [[1.385|mnet a y2014]] người, số CĐCS tăng tuyệt đối [[13|unet a y2014]] đơn vị, nâng tổng số đoàn viên toàn tỉnh lên [[38.960|mt a pub]] người, sinh hoạt tại [[812|ut a pub]] CĐCS. Riêng khối doanh nghiệp ngoài nhà nước hiện có [[214|ut a pub s=khối doanh nghiệp ngoài nhà nước]] CĐCS với [[11.430|mt a pub s=khối doanh nghiệp ngoài nhà nước]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi của người lao động có nhiều chuyển biến: năm 2014 có [[156|wkc a y2014]] doanh nghiệp tổ chức hội nghị người lao động; [[74|ca a y2014]] doanh nghiệp ký thỏa ước lao động tập thể; các cấp công đoàn tham gia [[28|sv a y2014]] cuộc kiểm tra, giám sát việc thực hiện pháp luật lao động. Quỹ "Mái ấm Công đoàn" tỉnh hỗ trợ [[1,26 tỷ|shf a y2014]] đồng xây dựng, sửa chữa [[36|sh a y2014]] nhà cho đoàn viên khó khăn. Dịp Tết Giáp Ngọ 2014, công đoàn các cấp trao [[5.620|ben a y2014]] suất quà, trị giá [[1,83 tỷ|sf a y2014]] đồng.

Năm 2015, LĐLĐ tỉnh phấn đấu kết nạp [[3.000|mn t y2015]] đoàn viên, thành lập [[20|un t y2015]] CĐCS; 85% doanh nghiệp có công đoàn tổ chức hội nghị người lao động.

Văn Miên

Các tin khác
- Hỗ trợ 200 suất quà Tết cho công nhân khó khăn (14/01/2015)
- Ký kết thỏa ước lao động tập thể ngành Muối (12/01/2015)
"""

AG20 = """ date 2026-01-09 Hotline: 0269.3823.456 |

Gia Lai: Năm 2025 kết nạp hơn [[21.000|mn a y2025 b=o n=rounded headline repeat of 21.486 (rule 1)]] đoàn viên công đoàn

Minh Châu
(GLO) - Ngày 8/1, Liên đoàn Lao động tỉnh Gia Lai tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Công đoàn tỉnh hoạt động theo mô hình mới sau khi hợp nhất Công đoàn 2 tỉnh Gia Lai và Bình Định.

Năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[21.486|mn a y2025 n=figure of the merged province -> Gia Lai (post-merger convention)]] đoàn viên, đạt [[107,4%|mn p y2025]] kế hoạch, thành lập [[96|un a y2025]] CĐCS; trong đó khu vực Bình Định (cũ) kết nạp [[12.905|mn a y2025 r=Bình Định s=khu vực Bình Định (cũ) n=part named by a former province -> that province (rule 6, 10)]] đoàn viên, thành lập [[58|un a y2025 r=Bình Định s=khu vực Bình Định (cũ)]] CĐCS. Hiện toàn tỉnh có [[3.902|ut a pub]] CĐCS với [[236.140|mt a pub]] đoàn viên.

Chương trình "Tết Sum vầy" Ất Tỵ 2025 và Tháng Công nhân năm 2025 được tổ chức sôi nổi; riêng Tháng Công nhân có [[3.415|wmu a mo2025-05]] CĐCS tổ chức hoạt động, [[412|wd a mo2025-05]] doanh nghiệp tổ chức đối thoại tại nơi làm việc. Cả năm 2025, các cấp công đoàn chăm lo cho [[142.600|ben a y2025]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[98 tỷ|sf a y2025 b=o]] đồng; xây mới, sửa chữa [[64|sh a y2025]] nhà Mái ấm Công đoàn với tổng kinh phí [[3,2 tỷ|shf a y2025]] đồng; tổ chức [[215|tr a y2025]] lớp tập huấn cho [[14.380|te a y2025]] lượt cán bộ công đoàn và người lao động.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[20.000|mn t y2026]] đoàn viên, thành lập mới [[80|un t y2026]] CĐCS; dịp Tết Bính Ngọ 2026 chăm lo cho ít nhất [[60.000|ben t y2026 b=o]] đoàn viên, người lao động với kinh phí dự kiến [[45 tỷ|sf t y2026 n=dự kiến -> target (rule 4)]] đồng.

Tin liên quan
- Công đoàn phường Quy Nhơn Nam trao 120 suất quà Tết cho công nhân
- Gia Lai: 1.250 công nhân được hỗ trợ vé xe về quê đón Tết
"""

ARTS = [
    ('ag16', 'https://baohagiang.vn/xa-hoi/201312/ldld-tinh-tong-ket-hoat-dong-nam-2013-534127/',
     '2013-12-27', 'Hà Giang', AG16),
    ('ag17', 'https://baodaknong.vn/cong-doan-nganh-giao-duc-dak-nong-tong-ket-nam-hoc-2020-2021-118406.html',
     None, 'Đắk Nông', AG17),
    ('ag18', 'https://www.baoquangbinh.vn/xa-hoi/202407/ldld-tinh-so-ket-hoat-dong-cong-doan-6-thang-dau-nam-2221347/',
     '2024-07-10', 'Quảng Bình', AG18),
    ('ag19', 'http://baoninhthuan.com.vn/news/59812p1c26/nam-2014-so-doan-vien-cong-doan-toan-tinh-thuc-tang-1385-nguoi.htm',
     '2015-01-16', 'Ninh Thuận', AG19),
    ('ag20', 'https://baogialai.com.vn/gia-lai-nam-2025-ket-nap-hon-21000-doan-vien-cong-doan-post571240.html',
     '2026-01-09', 'Gia Lai', AG20),
]
