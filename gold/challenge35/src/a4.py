# ao16-ao20
ARTS = []

ARTS.append(('ao16', 'http://baonamdinh.com.vn/channel/5085/201605/se-tang-qua-cho-2000-cong-nhan-kho-khan-2471032/', '2016-05-04', 'Nam Định', '''Sẽ tặng quà cho [[2.000|ben t mo2016-05 n=headline repeat of the planned figure: sẽ -> target, period of the body (gold README 1, 4)]] công nhân khó khăn trong Tháng Công nhân

  • 15:12, 04/05/2016
  • icon gmail
  • icon facebook

(BNĐ) - Sáng 3/5, tại Nhà văn hóa Lao động tỉnh, Liên đoàn Lao động (LĐLĐ) tỉnh Nam Định tổ chức lễ phát động Tháng Công nhân năm 2016. Đây là năm đầu tiên Tổng LĐLĐ Việt Nam phát động Tháng Công nhân trên phạm vi cả nước.

Theo kế hoạch, trong tháng 5, các cấp công đoàn sẽ thăm hỏi, tặng quà cho [[2.000|ben t mo2016-05 n=planned activities of a programme -> target (gold README 4); trong tháng 5 of Tháng Công nhân 2016 -> May 2016]] đoàn viên, công nhân lao động có hoàn cảnh khó khăn, mỗi suất 300.000 đồng; phối hợp với người sử dụng lao động tổ chức đối thoại tại ít nhất [[60|wd t mo2016-05 b=o]] doanh nghiệp; vận động [[30|meal t mo2016-05 n=the 15.000 đồng level is a threshold, no record (records.md)]] doanh nghiệp nâng mức bữa ăn giữa ca lên từ 15.000 đồng/suất trở lên.

Tại lễ phát động, LĐLĐ tỉnh trao [[100|ben a mo2016-05]] suất quà, trị giá 500.000 đồng/suất cho công nhân các khu công nghiệp Hòa Xá, Bảo Minh và trao tiền hỗ trợ xây [[2|sh a mo2016-05]] nhà Mái ấm Công đoàn, mỗi nhà 30 triệu đồng.

Năm 2015, các cấp công đoàn tỉnh đã chăm lo cho [[18.700|ben a y2015]] lượt đoàn viên, người lao động với số tiền hơn [[5,2 tỷ|sf a y2015 b=o]] đồng; [[212|wd a y2015]] doanh nghiệp tổ chức đối thoại định kỳ.

Khoảng 1.000 công nhân lao động tham dự lễ phát động. Ban tổ chức cũng tổ chức khám sức khỏe, tư vấn dinh dưỡng miễn phí tại chỗ.

Hương Giang
'''))

ARTS.append(('ao17', 'https://nld.com.vn/cong-doan/cong-doan-hepza-ky-moi-126-thoa-uoc-vuot-26-ke-hoach-196241230153216845.htm', '2024-12-30', 'Hồ Chí Minh', ''' date 2024-12-30 HOTLINE: 0903.343.439

Công đoàn

Công đoàn HEPZA ký mới [[126|ca a y2024 s=Công đoàn HEPZA n=headline repeat of the body figure (gold README 1)]] thỏa ước, vượt [[26%|ca p y2024 s=Công đoàn HEPZA v=126]] kế hoạch

Ngọc Sơn

(NLĐO)- Năm 2024, Công đoàn Khu chế xuất và công nghiệp TP HCM (Công đoàn HEPZA) đã thương lượng, ký mới [[126|ca a y2024 s=Công đoàn HEPZA n=industrial-zone union -> its city with a scope (records.md)]] bản thỏa ước lao động tập thể, vượt [[26%|ca p y2024 s=Công đoàn HEPZA v=126 n=vượt 26% kế hoạch -> 126 (records.md)]] kế hoạch; [[84|meal a y2024 s=Công đoàn HEPZA]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn giữa ca thêm từ 2.000 đến 5.000 đồng/suất.

Cũng trong năm, do nhiều doanh nghiệp cắt giảm lao động, số đoàn viên giảm [[9.850|ml a y2024 s=Công đoàn HEPZA]] người; tuy vậy nhờ kết nạp mới [[11.960|mn a y2024 s=Công đoàn HEPZA]] đoàn viên nên số đoàn viên vẫn tăng tuyệt đối [[2.110|mnet a y2024 s=Công đoàn HEPZA]] người. Công đoàn HEPZA thành lập [[18|un a y2024 s=Công đoàn HEPZA]] công đoàn cơ sở (CĐCS), giải thể [[11|ud a y2024 s=Công đoàn HEPZA]] CĐCS, tăng tuyệt đối [[7|unet a y2024 s=Công đoàn HEPZA]] CĐCS. Hiện Công đoàn HEPZA có [[1.085|ut a pub s=Công đoàn HEPZA]] CĐCS với khoảng [[285.000|mt a pub s=Công đoàn HEPZA b=a]] đoàn viên.

Công nhân Công ty TNHH Freetrend (KCX Linh Trung) trong giờ nghỉ trưa - Ảnh 1.

Công nhân Công ty TNHH Freetrend (KCX Linh Trung) trong giờ nghỉ trưa

Trong năm, [[412|wd a y2024 s=Công đoàn HEPZA]] doanh nghiệp tổ chức đối thoại định kỳ; công đoàn tham gia giải quyết 23 vụ ngừng việc tập thể. Năm 2025, Công đoàn HEPZA phấn đấu ký mới [[130|ca t y2025 s=Công đoàn HEPZA]] bản thỏa ước, kết nạp [[12.000|mn t y2025 s=Công đoàn HEPZA]] đoàn viên.
'''))

ARTS.append(('ao18', 'https://baobackan.vn/xa-hoi/201803/ldld-tinh-de-ra-15-chi-tieu-nam-2018-2047516/', '2018-03-02', 'Bắc Kạn', '''LĐLĐ tỉnh đề ra 15 chỉ tiêu năm 2018

Cập nhật: 02/03/2018 08:05

(BBK) - Năm 2018, Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Kạn phấn đấu thành lập mới [[10|un t y2018]] công đoàn cơ sở (CĐCS), kết nạp [[1.200|mn t y2018]] đoàn viên; giới thiệu [[150|pr t y2018]] đoàn viên ưu tú cho Đảng; tư vấn pháp luật cho [[500|lc t y2018]] lượt người lao động; xây dựng [[8|sh t y2018]] nhà Mái ấm Công đoàn. Đây là 5 trong số 15 chỉ tiêu được Ban Chấp hành LĐLĐ tỉnh thông qua tại hội nghị lần thứ 7.

Theo đánh giá, năm 2017, chỉ tiêu thành lập [[10|un t y2017 n=a past year's target named beside its shortfall is a target record (gold README 4)]] CĐCS chưa hoàn thành, toàn tỉnh mới thành lập được [[7|un a y2017]] CĐCS; không có CĐCS nào phải giải thể. Số đoàn viên kết nạp mới đạt [[1.134|mn a y2017]] người, bằng [[94,5%|mn p y2017]] kế hoạch. Trong năm 2017, các cấp công đoàn đã giới thiệu [[142|pr a y2017]] đoàn viên ưu tú cho Đảng, [[98|pa a y2017]] đồng chí đã được kết nạp. Toàn tỉnh hiện có [[426|ut a pub]] CĐCS với [[23.170|mt a pub]] đoàn viên.

Chủ tịch LĐLĐ tỉnh Hoàng Thu Trang cho biết, khu vực doanh nghiệp ngoài nhà nước của tỉnh còn ít, quy mô nhỏ, nhiều doanh nghiệp dưới 10 lao động nên việc thành lập CĐCS gặp nhiều khó khăn.

Ngọc Anh

Tin liên quan
Bắc Kạn: 300 suất quà Tết cho đoàn viên khó khăn
'''))

ARTS.append(('ao19', 'https://baohoabinh.com.vn/268/196218/thang-cong-nhan-nam-2025-da-co-312-cdcs-to-chuc-hoat-dong.htm', None, 'Hòa Bình', '''Tháng Công nhân năm 2025: Đã có [[312|wmu a mo2025-05 n=headline repeat of the body figure (gold README 1)]] CĐCS tổ chức hoạt động

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Hòa Bình, trong Tháng Công nhân năm 2025, tính đến ngày 15/5, toàn tỉnh đã có [[312|wmu a mo2025-05 n=tính đến ngày 15/5 is a date, period from the Tháng Công nhân named in the sentence (records.md, gold README 8)]] công đoàn cơ sở (CĐCS) tổ chức các hoạt động hưởng ứng, đạt [[78%|wmu p mo2025-05]] kế hoạch ([[400|wmu t mo2025-05]] CĐCS).

Các cấp công đoàn đã thăm hỏi, tặng quà cho [[4.150|ben a mo2025-05]] đoàn viên, người lao động với tổng số tiền [[2,07 tỷ|sf a mo2025-05]] đồng; tổ chức [[46|wd a mo2025-05]] cuộc đối thoại giữa người sử dụng lao động với người lao động. Dự kiến đến hết tháng 5, số đoàn viên được chăm lo sẽ đạt khoảng [[6.000|ben t mo2025-05 b=a n=dự kiến ... sẽ -> target of the month (gold README 4)]] người với kinh phí gần [[3 tỷ|sf t mo2025-05 b=u]] đồng.

Ba giải thể thao của công nhân đã thu hút hơn 800 vận động viên tham gia. Hiện LĐLĐ tỉnh Hòa Bình có [[1.034|ut a pub n=stock with no publication date -> null..null (gold README 7)]] CĐCS với hơn [[61.000|mt a pub b=o]] đoàn viên.

Người lao động Công ty TNHH Sewon Hòa Bình nhận quà trong Tháng Công nhân.
'''))

ARTS.append(('ao20', 'https://congdoan.vn/tin-tuc/thoi-su-487/6-thang-dau-nam-2025-ca-nuoc-phat-trien-hon-512000-doan-vien-751234.tld', '2025-07-10', 'Việt Nam', '''6 tháng đầu năm 2025: Cả nước phát triển hơn [[512.000|mn a h1-2025 b=o n=rounded headline repeat of 512.340 (gold README 1)]] đoàn viên

Thứ Năm, 10/07/2025 09:30

Hà Nội - Theo Tổng Liên đoàn Lao động Việt Nam, 6 tháng đầu năm 2025, các cấp công đoàn trong cả nước đã kết nạp [[512.340|mn a h1-2025 n=national totals -> Việt Nam (records.md)]] đoàn viên, đạt [[51,2%|mn p h1-2025]] chỉ tiêu năm ([[1 triệu|mn t y2025 n=chỉ tiêu năm -> the full year (gold README 8)]] đoàn viên); thành lập [[2.870|un a h1-2025]] công đoàn cơ sở (CĐCS), bằng [[57%|un p h1-2025]] kế hoạch năm.

Cùng kỳ, số đoàn viên giảm [[398.600|ml a h1-2025]] người, [[1.940|ud a h1-2025]] CĐCS giải thể, chủ yếu do doanh nghiệp phá sản, cắt giảm lao động. Tổng số đoàn viên cả nước hiện đạt hơn [[11,2 triệu|mt a pub b=o]] người.

Các cấp công đoàn đã ký mới [[4.300|ca a h1-2025]] bản thỏa ước lao động tập thể và tư vấn pháp luật cho gần [[160.000|lc a h1-2025 b=u]] lượt đoàn viên, người lao động. Tỷ lệ doanh nghiệp có tổ chức công đoàn ký thỏa ước đạt khoảng 30%.

6 tháng cuối năm, Tổng LĐLĐ Việt Nam yêu cầu các cấp công đoàn phấn đấu kết nạp thêm ít nhất [[490.000|mn t l6-2025 b=o]] đoàn viên để hoàn thành chỉ tiêu cả năm; phấn đấu 100% công đoàn cơ sở hoàn thành việc sắp xếp theo mô hình chính quyền địa phương 2 cấp.

Hồng Nhung
'''))
