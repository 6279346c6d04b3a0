"""Reports ab14-ab19."""
ARTS = []

ARTS.append(('ab14', 'https://congdoanquangninh.org.vn/tin-tuc/cong-doan-quang-ninh-so-ket-cong-tac-6-thang-dau-nam-2024-12873.html', '2024-07-12', 'Quảng Ninh', """
Trang chủ / Tin tức - Sự kiện / Hoạt động công đoàn
Công đoàn Quảng Ninh sơ kết công tác 6 tháng đầu năm 2024
12/07/2024 09:31 | Lượt xem: 1.208
Ngày 11/7, Ban Chấp hành LĐLĐ tỉnh Quảng Ninh tổ chức hội nghị lần thứ 6 (khóa XIV) sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Dự hội nghị có 65 ủy viên Ban Chấp hành và lãnh đạo các công đoàn cấp trên trực tiếp cơ sở.
Quang cảnh hội nghị. Ảnh: Thu Trang
Theo báo cáo, 6 tháng đầu năm, các cấp công đoàn tỉnh đã kết nạp [[6.215|mn a h1-2024 n=year-less "6 tháng đầu năm" takes the publication year (records.md periods)]] đoàn viên, đạt [[62,2%|mn p h1-2024 n=@PART]] kế hoạch năm, tăng 8,5% so với cùng kỳ năm 2023; thành lập mới [[28|un a h1-2024]] CĐCS. Hiện toàn tỉnh có [[2.208|ut a pub n=@STOCK]] CĐCS với [[181.354|mt a pub n=@STOCK]] đoàn viên.
Công tác đại diện, bảo vệ quyền lợi hợp pháp, chính đáng của đoàn viên được chú trọng. Các cấp công đoàn đã tham gia [[243|sv a h1-2024]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp; tư vấn pháp luật cho [[1.326|lc a h1-2024]] lượt đoàn viên, NLĐ. LĐLĐ tỉnh và các công đoàn cấp trên tổ chức [[46|tr a h1-2024]] lớp tập huấn cho [[5.780|te a h1-2024]] lượt cán bộ công đoàn, đoàn viên.
Chương trình “Tết Sum vầy” Xuân Giáp Thìn 2024 đã chăm lo cho [[57.900|ben a y2024 n=@TET]] đoàn viên, NLĐ với tổng kinh phí [[38,7 tỷ|sf a y2024 n=@TET]] đồng. Trong Tháng Công nhân năm 2024, có [[1.985|wmu a mo2024-05 n=@TCN]] CĐCS tổ chức các hoạt động với nhiều hình thức phong phú; ngành Than là đơn vị dẫn đầu.
6 tháng cuối năm 2024, LĐLĐ tỉnh phấn đấu kết nạp [[3.800|mn t l6-2024 n=@TGT]] đoàn viên, thành lập [[25|un t l6-2024 n=@TGT]] CĐCS; chuẩn bị chu đáo các điều kiện tổ chức Đại hội Công đoàn cơ sở nhiệm kỳ mới.
Hội nghị đã bầu bổ sung 2 ủy viên Ban Chấp hành LĐLĐ tỉnh khóa XIV, nhiệm kỳ 2023 - 2028.
Thu Trang
In bài viết  |  Gửi email
Các tin khác
- Công đoàn Than Quảng Ninh trao 120 suất học bổng (10/07/2024)
- Cẩm Phả: Đối thoại với 300 công nhân mỏ (08/07/2024)
"""))

ARTS.append(('ab15', 'https://baonamdinh.vn/xa-hoi/202110/cong-doan-nam-dinh-9-thang-nam-2021-ket-nap-4106-doan-vien-1d5bb6e/', '2021-10-06', 'Nam Định', """
Công đoàn Nam Định: 9 tháng năm 2021 kết nạp [[4.106|mn a f9-2021 n=@HR]] đoàn viên
Cập nhật: 06/10/2021 - 08:20
Ngày 5/10, LĐLĐ tỉnh Nam Định tổ chức hội nghị sơ kết công tác công đoàn 9 tháng, triển khai nhiệm vụ quý IV/2021.
Theo báo cáo, 9 tháng năm 2021, do ảnh hưởng của dịch Covid-19, nhiều doanh nghiệp dệt may, da giày thu hẹp sản xuất, cắt giảm lao động. Tuy vậy, các cấp công đoàn đã kết nạp [[4.106|mn a f9-2021]] đoàn viên, thành lập [[17|un a f9-2021]] CĐCS; số đoàn viên giảm [[2.871|ml a f9-2021]] người, giải thể [[9|ud a f9-2021]] CĐCS do doanh nghiệp ngừng hoạt động, phá sản. Như vậy, toàn tỉnh tăng tuyệt đối [[1.235|mnet a f9-2021]] đoàn viên và [[8|unet a f9-2021]] CĐCS. Hiện toàn tỉnh có [[1.417|ut a pub n=@STOCK]] CĐCS với [[142.608|mt a pub n=@STOCK]] đoàn viên.
Về công tác chăm lo, các cấp công đoàn đã hỗ trợ [[31.452|ben a f9-2021]] lượt đoàn viên, NLĐ bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền [[12.846.500.000|sf a f9-2021]] đồng, trong đó có hỗ trợ theo Nghị quyết số 68/NQ-CP của Chính phủ. Mức hỗ trợ từ 500.000 đồng đến 3 triệu đồng/người tùy từng trường hợp.
Ông Trần Văn Khải, Chủ tịch LĐLĐ tỉnh đề nghị: quý IV/2021, các cấp công đoàn phấn đấu kết nạp thêm [[1.900|mn t q4-2021 n=@TGT]] đoàn viên để hoàn thành chỉ tiêu năm là [[6.000|mn t y2021 n=@TGT; "chỉ tiêu năm" is the full year (gold README 8)]] đoàn viên; thành lập [[8|un t q4-2021 n=@TGT]] CĐCS, đồng thời chuẩn bị chu đáo kế hoạch chăm lo Tết Nhâm Dần 2022.
Phương Liên
Số lần đọc: 734
"""))

ARTS.append(('ab16', 'https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=1&mabb=248131', '2020-01-09', 'Bình Định', """
Thứ năm, 09/01/2020 - 10:15 (GMT+7)
Bình Định: Năm 2019, các cấp công đoàn chăm lo cho hơn [[96.000|ben a y2019 b=o n=@HRR]] lượt đoàn viên
(BĐ) - Ngày 8/1, LĐLĐ tỉnh Bình Định tổ chức hội nghị tổng kết công tác công đoàn năm 2019 và triển khai nhiệm vụ năm 2020.
Năm qua, các cấp công đoàn tỉnh đã thăm hỏi, tặng quà, hỗ trợ [[96.412|ben a y2019 n="năm qua" published in January -> the previous year (records.md periods)]] lượt đoàn viên, NLĐ với tổng số tiền [[41,3 tỷ|sf a y2019]] đồng; xây mới và sửa chữa [[48|sh a y2019]] nhà “Mái ấm Công đoàn”, tổng kinh phí hỗ trợ [[2,06 tỷ|shf a y2019]] đồng.
Công tác đại diện, bảo vệ quyền lợi của đoàn viên có nhiều chuyển biến. Có [[1.284|oc a y2019 n=no period phrase in the sentence: nearest earlier phrase "năm qua" (records.md periods)]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[512|wkc a y2019]] doanh nghiệp tổ chức hội nghị người lao động; ký mới [[63|ca a y2019]] bản thỏa ước lao động tập thể. Các cấp công đoàn tham gia [[118|sv a y2019]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật; Ủy ban Kiểm tra các cấp công đoàn kiểm tra tài chính [[205|fi a y2019]] CĐCS.
Đại diện lãnh đạo Tổng LĐLĐ Việt Nam tặng Cờ thi đua cho LĐLĐ tỉnh. Ảnh: Hoài Thu
Năm 2019, toàn tỉnh kết nạp [[5.720|mn a y2019]] đoàn viên, đạt [[114,4%|mn p y2019]] chỉ tiêu, đứng thứ 2 khu vực miền Trung - Tây Nguyên. Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp [[5.000|mn t y2020 n=@TGT]] đoàn viên, thành lập [[35|un t y2020 n=@TGT]] CĐCS.
Dịp này, 25 tập thể và 40 cá nhân được nhận Bằng khen của Tổng LĐLĐ Việt Nam và UBND tỉnh.
HOÀI THU
"""))

ARTS.append(('ab17', 'https://baogialai.com.vn/dai-hoi-cong-doan-tinh-gia-lai-lan-thu-xiii-nhiem-ky-2023-2028-post264512.html', '2023-08-15', 'Gia Lai', """
Đại hội Công đoàn tỉnh Gia Lai lần thứ XIII, nhiệm kỳ 2023-2028
15/08/2023, 18:05
(GLO)- Ngày 15/8, tại Hội trường 2-9 (TP. Pleiku), Liên đoàn Lao động tỉnh Gia Lai tổ chức Đại hội Công đoàn tỉnh lần thứ XIII, nhiệm kỳ 2023-2028. Dự đại hội có 250 đại biểu chính thức, đại diện cho hơn [[68.000|mt a pub b=o n=@REPR; the 250 delegates are not a record (gold README 11)]] đoàn viên công đoàn trong toàn tỉnh.
Các đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Đức Thụy
Nhiệm kỳ 2018-2023, các cấp công đoàn tỉnh đã kết nạp [[21.350|mn a t2018-2023]] đoàn viên, thành lập [[312|un a t2018-2023]] CĐCS (vượt [[4%|un p t2018-2023 v=104 n=@VUOT; the bracket follows the CĐCS figure, so it is the attainment of unions_new]] chỉ tiêu Nghị quyết đại hội). Giới thiệu [[2.845|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[1.912|pa a t2018-2023]] đồng chí đã được kết nạp.
Các cấp công đoàn đã chăm lo cho hơn [[1,1 triệu|ben a t2018-2023 b=o]] lượt đoàn viên, NLĐ với tổng kinh phí trên [[412 tỷ|sf a t2018-2023 b=o]] đồng; hỗ trợ xây mới, sửa chữa [[176|sh a t2018-2023 n=no period phrase in the sentence: nearest earlier phrase "nhiệm kỳ 2018-2023" (records.md periods)]] nhà “Mái ấm Công đoàn”.
Đại hội đề ra các chỉ tiêu nhiệm kỳ 2023-2028: phấn đấu kết nạp [[20.000|mn t t2023-2028 n=@TGT]] đoàn viên, thành lập [[250|un t t2023-2028 n=@TGT]] CĐCS; hằng năm có trên 90% CĐCS được xếp loại hoàn thành tốt nhiệm vụ; giới thiệu ít nhất [[2.500|pr t t2023-2028 b=o n=@TGT; @ITNHAT]] đoàn viên ưu tú cho Đảng xem xét kết nạp.
Đại hội đã bầu Ban Chấp hành khóa XIII gồm 35 ủy viên và bầu 11 đại biểu dự Đại hội Công đoàn Việt Nam lần thứ XIII.
Đức Thụy
"""))

ARTS.append(('ab18', 'https://baotuyenquang.com.vn/xa-hoi/lao-dong/cong-doan-tinh-tuyen-quang-tong-ket-nam-2025-224516.html', '2026-01-22', 'Tuyên Quang', """
Công đoàn tỉnh Tuyên Quang tổng kết năm 2025
22/01/2026 14:07
Sáng 22/1, Liên đoàn Lao động tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên LĐLĐ tỉnh hoạt động sau hợp nhất Liên đoàn Lao động hai tỉnh Tuyên Quang và Hà Giang.
Năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[7.462|mn a y2025 n=@NEWP]] đoàn viên, thành lập mới [[39|un a y2025 n=@NEWP]] CĐCS, đạt lần lượt [[111,4%|mn p y2025 n=@LAN]] và [[130%|un p y2025 n=@LAN]] kế hoạch. Trong đó, khu vực Hà Giang (cũ) kết nạp [[2.915|mn a y2025 r=Hà Giang s=khu vực Hà Giang (cũ) n=@BRK; @OLD]] đoàn viên, thành lập [[16|un a y2025 r=Hà Giang s=khu vực Hà Giang (cũ) n=@BRK; @OLD]] CĐCS.
Hiện LĐLĐ tỉnh có [[3.518|ut a pub n=@STOCK]] CĐCS với [[131.250|mt a pub n=@STOCK]] đoàn viên.
Đồng chí Chủ tịch LĐLĐ tỉnh phát biểu tại hội nghị.
Các cấp công đoàn đã chăm lo cho [[71.300|ben a y2025]] lượt đoàn viên, NLĐ với tổng số tiền [[52,7 tỷ|sf a y2025]] đồng; hỗ trợ xây mới, sửa chữa [[64|sh a y2025]] nhà “Mái ấm Công đoàn” với số tiền [[3 tỷ 280 triệu|shf a y2025 v=3280000000 n=@MONEY]] đồng, mỗi nhà được hỗ trợ từ 40 đến 60 triệu đồng.
Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[7.000|mn t y2026 n=@TGT]] đoàn viên, thành lập [[30|un t y2026 n=@TGT]] CĐCS; nâng cao chất lượng hội nghị cán bộ, công chức, viên chức và hội nghị người lao động.
Dịp này, Ban Thường vụ LĐLĐ tỉnh tặng Bằng khen cho 28 tập thể, 41 cá nhân có thành tích xuất sắc.
Thu Phương
"""))

ARTS.append(('ab19', 'https://baoangiang.com.vn/an-giang-9-thang-nam-2025-cac-cap-cong-doan-phat-trien-hon-10-000-doan-vien-a468215.html', '2025-10-14', 'An Giang', """
An Giang: 9 tháng năm 2025, các cấp công đoàn phát triển hơn [[10.000|mn a f9-2025 b=o n=@HRR]] đoàn viên
Thứ Ba, 14/10/2025 - 08:52
Chiều 13/10, tại phường Rạch Giá, Liên đoàn Lao động (LĐLĐ) tỉnh An Giang tổ chức hội nghị sơ kết công tác công đoàn 9 tháng, triển khai nhiệm vụ quý IV năm 2025.
Theo báo cáo, 9 tháng năm 2025, các cấp công đoàn tỉnh kết nạp [[10.384|mn a f9-2025 n=@NEWP]] đoàn viên, thành lập [[47|un a f9-2025 n=@NEWP]] CĐCS, tăng 12% so với cùng kỳ; trong đó khu vực Kiên Giang (trước sáp nhập) kết nạp [[5.902|mn a f9-2025 r=Kiên Giang s=khu vực Kiên Giang (trước sáp nhập) n=@BRK; @OLD]] đoàn viên.
Các cấp công đoàn tổ chức [[138|tr a f9-2025]] lớp tập huấn, tuyên truyền pháp luật cho hơn [[24 ngàn|te a f9-2025 b=o]] lượt đoàn viên, NLĐ; tư vấn pháp luật cho gần [[2.200|lc a f9-2025 b=u n="gần" -> under (gold README 5)]] lượt. Ủy ban Kiểm tra các cấp công đoàn kiểm tra tài chính [[164|fi a f9-2025]] CĐCS cùng cấp và cấp dưới.
Đối với chương trình “Phúc lợi đoàn viên công đoàn”, LĐLĐ tỉnh ký kết mới [[19|wp a f9-2025]] thỏa thuận hợp tác với doanh nghiệp, nâng tổng số thỏa thuận còn hiệu lực lên [[87|wp a pub n=@STOCKF]]. Trong Tháng Công nhân năm 2025, các cấp công đoàn trao [[8.640|ben a mo2025-05 n=@TCN]] suất quà, trị giá [[4,3 tỷ|sf a mo2025-05 n=@TCN]] đồng.
Quang cảnh hội nghị. Ảnh: Hữu Huy
Quý IV/2025, LĐLĐ tỉnh phấn đấu kết nạp [[3.500|mn t q4-2025 n=@TGT]] đoàn viên, thành lập [[15|un t q4-2025 n=@TGT]] CĐCS, bảo đảm “Tết Sum vầy” năm 2026 không để đoàn viên nào không có Tết.
Hữu Huy
Bình luận (0)
"""))
