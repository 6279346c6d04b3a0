"""challenge54 articles cg16-cg20."""

CG16 = """Công đoàn Giáo dục Đắk Lắk tổng kết năm học 2015-2016

Trang chủ > Tin tức - Sự kiện > Hoạt động công đoàn

Công đoàn Giáo dục tỉnh Đắk Lắk vừa tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2015-2016, triển khai nhiệm vụ năm học 2016-2017.

Năm học 2015-2016, Công đoàn Giáo dục tỉnh đã chỉ đạo công đoàn các trường học, đơn vị trực thuộc phối hợp với thủ trưởng đơn vị tổ chức tốt hội nghị cán bộ, công chức, viên chức đầu năm học: có [[812/815|oc a sy2015 s=Công đoàn Giáo dục tỉnh n=x/y form: the count is the first number (gold README 3); năm học -> 1 Sep to 31 Aug (records.md Periods)]] đơn vị tổ chức hội nghị đúng quy trình. Trong năm học, toàn ngành kết nạp [[620|mn a sy2015 s=Công đoàn Giáo dục tỉnh]] đoàn viên mới, chủ yếu là giáo viên hợp đồng ở các trường mầm non ngoài công lập. Hiện Công đoàn Giáo dục tỉnh có [[815|ut a null s=Công đoàn Giáo dục tỉnh n=stock in an undated page: null..null (records.md Periods)]] CĐCS với [[31.450|mt a null s=Công đoàn Giáo dục tỉnh]] đoàn viên.

Công tác chăm lo đời sống nhà giáo được quan tâm: các cấp công đoàn ngành đã thăm hỏi, trợ cấp [[2.460|ben a sy2015 s=Công đoàn Giáo dục tỉnh]] lượt đoàn viên với số tiền [[1,05 tỷ|sf a sy2015 s=Công đoàn Giáo dục tỉnh]] đồng; hỗ trợ [[4|sh a sy2015 s=Công đoàn Giáo dục tỉnh]] giáo viên ở vùng sâu, vùng xa xây nhà “Mái ấm Công đoàn” với tổng số tiền [[160 triệu|shf a sy2015 s=Công đoàn Giáo dục tỉnh]] đồng. Công đoàn ngành đã giới thiệu [[215|pr a sy2015 s=Công đoàn Giáo dục tỉnh]] đoàn viên ưu tú cho các chi bộ, đến nay đã có [[168|pa a sy2015 s=Công đoàn Giáo dục tỉnh n=hiện đã / đến nay đã kết nạp is a flow of the sentence's period, not a stock (gold README 7)]] đồng chí được kết nạp Đảng.

Trong năm học, toàn ngành có 48 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh; tỷ lệ giáo viên đạt chuẩn trở lên đạt 97,6%. Thu nhập bình quân của giáo viên đạt khoảng 5,8 triệu đồng/tháng.

Năm học 2016-2017, Công đoàn Giáo dục tỉnh phấn đấu giới thiệu [[200|pr t sy2016 s=Công đoàn Giáo dục tỉnh]] đoàn viên ưu tú cho Đảng; hỗ trợ xây [[5|sh t sy2016 s=Công đoàn Giáo dục tỉnh]] nhà “Mái ấm Công đoàn” cho giáo viên có hoàn cảnh khó khăn về nhà ở.

Hội nghị đã trao Bằng khen của Công đoàn Giáo dục Việt Nam cho 7 tập thể, 11 cá nhân.

Y Khoa
"""

CG17 = """Công đoàn Khu kinh tế Hải Phòng kết nạp hơn [[18.600|mn a y2025 b=o s=Công đoàn Khu kinh tế Hải Phòng n=headline repeat of 18.640, rounded (gold README 1)]] đoàn viên năm 2025

Thứ Sáu, 09/01/2026 09:12

(HPO) - Ngày 8/1, Công đoàn Khu kinh tế Hải Phòng tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên đơn vị quản lý thêm các KCN khu vực Hải Dương (cũ) sau khi hợp nhất hai tỉnh, thành phố từ ngày 1/7/2025.

Năm 2025, Công đoàn Khu kinh tế Hải Phòng kết nạp [[18.640|mn a y2025 s=Công đoàn Khu kinh tế Hải Phòng]] đoàn viên, đạt [[116,5%|mn p y2025 s=Công đoàn Khu kinh tế Hải Phòng]] kế hoạch; trong đó tại các KCN khu vực Hải Dương (cũ) kết nạp [[7.310|mn a y2025 r=Hải Dương s=Công đoàn Khu kinh tế Hải Phòng, các KCN khu vực Hải Dương (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] đoàn viên. Năm 2024, đơn vị kết nạp [[14.200|mn a y2024 s=Công đoàn Khu kinh tế Hải Phòng]] đoàn viên. Trong năm 2025, toàn đơn vị thành lập [[52|un a y2025 s=Công đoàn Khu kinh tế Hải Phòng]] CĐCS; hiện đang quản lý [[612|ut a pub s=Công đoàn Khu kinh tế Hải Phòng]] CĐCS với [[285.400|mt a pub s=Công đoàn Khu kinh tế Hải Phòng]] đoàn viên.

Hoạt động đại diện, bảo vệ người lao động tiếp tục được đẩy mạnh. Đối thoại định kỳ tại nơi làm việc được tổ chức ở [[298|wd a y2025 s=Công đoàn Khu kinh tế Hải Phòng]] doanh nghiệp; ký mới [[64|ca a y2025 s=Công đoàn Khu kinh tế Hải Phòng]] bản thỏa ước lao động tập thể; [[85|meal a y2025 s=Công đoàn Khu kinh tế Hải Phòng]] doanh nghiệp nâng giá trị bữa ăn ca, phổ biến từ 25.000 đến 30.000 đồng/suất. Thu nhập bình quân của công nhân trong các KCN năm 2025 đạt 9,6 triệu đồng/tháng; trong năm xảy ra 3 cuộc ngừng việc tập thể tại doanh nghiệp FDI.

Ông Lê Văn Tuấn, Chủ tịch Công đoàn Khu kinh tế Hải Phòng cho biết, thực hiện Quyết định số 2290/QĐ-TLĐ, năm 2026 đơn vị phấn đấu kết nạp [[16.000|mn t y2026 s=Công đoàn Khu kinh tế Hải Phòng]] đoàn viên, thành lập [[45|un t y2026 s=Công đoàn Khu kinh tế Hải Phòng]] CĐCS. Dịp Tết Bính Ngọ 2026, đơn vị dự kiến chăm lo cho khoảng [[45.000|ben t y2026 b=a s=Công đoàn Khu kinh tế Hải Phòng n=dự kiến: a planned figure -> target; Tết Bính Ngọ 2026 -> year 2026]] công nhân lao động.

Tại hội nghị, Công đoàn Khu kinh tế Hải Phòng tặng Giấy khen cho 35 tập thể, 52 cá nhân.

Đ.Tuấn
"""

CG18 = """Tây Ninh: Tháng Công nhân năm 2026 chăm lo cho [[38.600|ben a mo2026-05 n=headline repeat; Tháng Công nhân -> May (records.md Periods)]] lượt đoàn viên, người lao động

Thứ Sáu, 05/06/2026 - 15:45

(BTN) - Ngày 4/6, Liên đoàn Lao động (LĐLĐ) tỉnh Tây Ninh tổ chức hội nghị tổng kết Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2026. Đây là lần đầu tiên Tháng Công nhân được tổ chức trên địa bàn tỉnh Tây Ninh sau hợp nhất với tỉnh Long An.

Theo báo cáo, Tháng Công nhân năm 2026 có [[2.140|wmu a mo2026-05 n=the merged federation reports under the kept name (gold README 10)]] CĐCS tổ chức các hoạt động, vượt kế hoạch đề ra ([[2.000|wmu t mo2026-05]] CĐCS). Các cấp công đoàn đã thăm hỏi, tặng quà [[38.600|ben a mo2026-05]] lượt đoàn viên, người lao động với tổng kinh phí [[24,3 tỷ|sf a mo2026-05]] đồng, trong đó khu vực Long An (cũ) [[26.100|ben a mo2026-05 r=Long An n=khu vực X (cũ) -> the old province (gold README 10)]] lượt, khu vực Tây Ninh (cũ) [[12.500|ben a mo2026-05 r=Tây Ninh s=khu vực Tây Ninh (cũ) n=the old Tây Ninh part; same name as the merged province, scope kept to tell it from the whole]] lượt. So với Tháng Công nhân năm 2025 (hai tỉnh chăm lo [[33.500|ben a mo2025-05 n=sum of the two old provinces before the merger -> the merged province (gold README 10; as challenge38)]] lượt người), số người được chăm lo tăng 15%.

Trong Tháng Công nhân 2026, chương trình “Đối thoại tháng 5” được tổ chức tại [[410|wd a mo2026-05]] doanh nghiệp; sau đối thoại, [[126|meal a mo2026-05]] doanh nghiệp cam kết nâng mức bữa ăn ca. Công đoàn các cấp tham gia [[72|sv a mo2026-05]] đoàn kiểm tra, giám sát công tác an toàn, vệ sinh lao động; tư vấn pháp luật cho [[2.900|lc a mo2026-05]] lượt người lao động; bàn giao [[12|sh a mo2026-05]] nhà “Mái ấm Công đoàn”, mỗi căn trị giá 80 triệu đồng.

Ngày hội công nhân tổ chức tại KCN Phước Đông thu hút hơn 2.500 công nhân tham gia. Trong tháng, trên địa bàn tỉnh xảy ra 2 vụ tai nạn lao động làm 2 người chết. Mức lương tối thiểu vùng I áp dụng tại một số phường của tỉnh từ ngày 1/1/2026 là 5,31 triệu đồng/tháng.

Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể, 15 cá nhân; LĐLĐ tỉnh tặng Bằng khen cho 30 tập thể, 45 cá nhân.

Ngọc Hân
"""

CG19 = """Cà Mau: Năm 2012 kết nạp [[3.140|mn a y2012 n=headline repeat of the body figure]] đoàn viên công đoàn

Thứ Năm, 17/01/2013 08:20

(CMO) - Ngày 16/1, Liên đoàn Lao động tỉnh Cà Mau tổ chức hội nghị tổng kết công tác công đoàn năm 2012 và triển khai phương hướng, nhiệm vụ năm 2013.

Năm 2012, các cấp công đoàn trong tỉnh đã kêt nạp [[3.140|mn a y2012 n=the typo kêt nạp is scraping damage; still members_new]] đoàn viên, đạt [[104,7%|mn p y2012]] kế hoạch; thành lập mới [[28|un a y2012]] CĐCS, nâng tổng số CĐCS toàn tỉnh lên [[842|ut a pub n=nâng tổng số ... lên: stock at publication (records.md Periods)]] với [[46.280|mt a pub]] đoàn viên. Riêng quý IV/2012, đợt cao điểm phát triển đoàn viên kết nạp được [[1.120|mn a q4-2012]] người.

Trong năm qua, các cấp công đoàn mở [[54|tr a y2012 n=trong năm qua in a January page -> the year before (records.md Periods)]] lớp tập huấn nghiệp vụ cho [[3.900|te a y2012]] lượt cán bộ công đoàn cơ sở; Văn phòng tư vấn pháp luật Công đoàn tỉnh tư vấn cho [[1.0 46|lc a y2012 n=scraped stray space inside the number (gold README 3)]] lượt người lao động. Cac cap cong doan da tham hoi, tro cap [[6.820|ben a y2012]] luot doan vien kho khan voi so tien [[2,35 ty|sf a y2012 v=2350000000 n=paragraph scraped without diacritics: ty is tỷ]] dong; xay dung [[15|sh a y2012]] nha Mai am Cong doan voi so tien [[450 trieu|shf a y2012 v=450000000]] dong.

Năm 2012, trên địa bàn tỉnh xảy ra 6 vụ tai nạn lao động làm chết 6 người; tiền lương bình quân của công nhân chế biến thủy sản khoảng 3,2 triệu đồng/tháng.

Năm 2013, LĐLĐ tỉnh phấn đấu kết nạp [[3.000|mn t y2013]] đoàn viên, thành lập [[25|un t y2013]] CĐCS. Dịp Tết Quý Tỵ 2013, LĐLĐ tỉnh dự kiến tặng [[5.500|ben t y2013 n=dự kiến: a planned figure -> target]] phần quà cho công nhân lao động, mỗi phần 300.000 đồng.

Phát biểu tại hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn tập trung vận động thành lập công đoàn tại các doanh nghiệp tư nhân chế biến thủy sản, nơi tập trung đông lao động nhưng tỷ lệ tham gia tổ chức công đoàn còn thấp. Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 16 tập thể và 22 cá nhân.

Huỳnh Lâm
"""

CG20 = """Quảng Trị: Sơ kết hoạt động công đoàn 6 tháng đầu năm 2020

Liên đoàn Lao động tỉnh Quảng Trị vừa tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020 theo hình thức trực tuyến.

Theo báo cáo, 6 tháng đầu năm 2020, dịch Covid-19 khiến nhiều doanh nghiệp phải thu hẹp sản xuất, hơn 2.300 lao động bị giảm việc làm. LĐLĐ tỉnh và các cấp công đoàn đã hỗ trợ [[1.860|ben a h1-2020 n=the sentence before names 6 tháng đầu năm 2020]] đoàn viên, người lao động bị mất việc, giảm thu nhập với tổng số tiền [[1,3 tỷ|sf a h1-2020]] đồng, mỗi người từ 500.000 đồng đến 1 triệu đồng.

Trong 6 tháng đầu năm 2020, toàn tỉnh kết nạp [[1.050|mn a h1-2020]] đoàn viên, đạt [[42%|mn p h1-2020 n=part-way attainment takes the reporting period (as challenge42 did)]] kế hoạch năm; thành lập [[8|un a h1-2020]] CĐCS. Cũng trong 6 tháng, [[5|ud a h1-2020]] CĐCS giải thể do doanh nghiệp ngừng hoạt động, [[420|ml a h1-2020]] đoàn viên giảm; tăng tuyệt đối [[630|mnet a h1-2020]] đoàn viên và [[3|unet a h1-2020 n=tăng tuyệt đối ... CĐCS: net change of unions (8 founded less 5 dissolved)]] CĐCS. Hiện toàn tỉnh có [[786|ut a null n=stock in an undated page: null..null (records.md Periods)]] CĐCS với [[41.900|mt a null]] đoàn viên.

Đến cuối tháng 6, đã có 312/786 CĐCS tổ chức đại hội nhiệm kỳ 2020-2025. Ủy ban Kiểm tra các cấp kiểm tra tài chính [[31|fi a h1-2020]] CĐCS. Tháng Công nhân năm 2020 được điều chỉnh nội dung phù hợp với yêu cầu phòng, chống dịch.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[1.450|mn t l6-2020]] đoàn viên để hoàn thành chỉ tiêu năm 2020 là [[2.500|mn t y2020 n=chỉ tiêu năm 2020 -> full-year target (gold README 8)]] đoàn viên; thành lập thêm [[12|un t l6-2020]] CĐCS.

Hội nghị cũng thống nhất tiếp tục duy trì các hoạt động hỗ trợ người lao động bị ảnh hưởng bởi dịch bệnh, phối hợp với ngành lao động rà soát đối tượng được hưởng chính sách theo Nghị quyết số 42/NQ-CP của Chính phủ; chuẩn bị các điều kiện tổ chức Đại hội Công đoàn tỉnh lần thứ XVIII.

Theo Báo Quảng Trị
"""

ARTS = [
    ('cg16', 'https://congdoangiaoduc.daklak.gov.vn/tin-tuc/cong-doan-giao-duc-dak-lak-tong-ket-nam-hoc-2015-2016-312.html', None, 'Đắk Lắk', CG16),
    ('cg17', 'https://baohaiphong.vn/cong-doan-khu-kinh-te-hai-phong-ket-nap-hon-18600-doan-vien-nam-2025-531207.html', '2026-01-09', 'Hải Phòng', CG17),
    ('cg18', 'https://baotayninh.vn/tay-ninh-thang-cong-nhan-nam-2026-cham-lo-cho-38-600-luot-doan-vien-nguoi-lao-dong-a198345.html', '2026-06-05', 'Tây Ninh', CG18),
    ('cg19', 'https://baocamau.vn/nam-2012-ket-nap-3140-doan-vien-cong-doan-a15420.html', '2013-01-17', 'Cà Mau', CG19),
    ('cg20', 'http://baoquangtri.vn/Xa-hoi/modid/420/ItemID/148203', None, 'Quảng Trị', CG20),
]
