ARTS = []

ARTS.append(('ah11', 'https://congdoan.vn/tin-tuc/cham-lo-bao-ve/ca-mau-trao-2-mai-am-cong-doan-cho-giao-vien-kho-khan-651043.tld', None, 'Cà Mau', """Cà Mau: Trao [[2|sh a null n=headline repeat; no period phrase and no publication date -> null (records.md)]] Mái ấm Công đoàn cho giáo viên khó khăn

Cà Mau - Công đoàn ngành Giáo dục tỉnh Cà Mau vừa phối hợp với Công đoàn cơ sở Trường THCS Tân Thành bàn giao [[2|sh a null s=Công đoàn ngành Giáo dục n=no period phrase before and no publication date -> null..null (records.md)]] căn nhà "Mái ấm Công đoàn" cho giáo viên có hoàn cảnh khó khăn về nhà ở.

Mỗi căn được Công đoàn ngành hỗ trợ 60 triệu đồng, phần còn lại do gia đình và đồng nghiệp đóng góp. Dịp này, Công đoàn ngành trao [[30|ben a null s=Công đoàn ngành Giáo dục n=no period phrase before and no publication date -> null]] suất quà cho giáo viên có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng.

Bàn giao Mái ấm Công đoàn cho cô giáo Trường THCS Tân Thành.
Bàn giao Mái ấm Công đoàn cho cô giáo Trường THCS Tân Thành.

Năm học 2022-2023, Công đoàn ngành Giáo dục đã xây mới, sửa chữa [[11|sh a sy2022 s=Công đoàn ngành Giáo dục]] nhà Mái ấm Công đoàn với tổng kinh phí [[620 triệu|shf a sy2022 s=Công đoàn ngành Giáo dục]] đồng. Hiện Công đoàn ngành có [[486|ut a null s=Công đoàn ngành Giáo dục n=stock, no publication date -> null (rule 7)]] công đoàn cơ sở với [[13.700|mt a null s=Công đoàn ngành Giáo dục]] đoàn viên.

Giai đoạn 2015-2022, LĐLĐ tỉnh Cà Mau đã xây dựng, sửa chữa [[512|sh a t2015-2022]] nhà Mái ấm Công đoàn, tổng kinh phí hơn [[19,4 tỷ|shf a t2015-2022 b=o]] đồng. Năm học 2023-2024, Công đoàn ngành Giáo dục phấn đấu hỗ trợ xây mới [[10|sh t sy2023 s=Công đoàn ngành Giáo dục]] nhà.

Hoàng Vũ

Tin liên quan
 Cà Mau: 2.500 suất quà Tết cho công nhân thủy sản
 Trao 5 Mái ấm Công đoàn cho đoàn viên huyện Ngọc Hiển
"""))

ARTS.append(('ah12', 'https://tienphong.vn/hai-duong-hon-14500-luot-cong-nhan-duoc-cham-lo-trong-thang-cong-nhan-post1643218.tpo', '2024-06-05', 'Hải Dương', """Hải Dương: Hơn [[14.500|ben a mo2024-05 b=o n=headline repeat of 14.620 (rule 1)]] lượt công nhân được chăm lo trong Tháng Công nhân

05/06/2024 | 15:40

Thành Công

TPO - Ngày 4/6, Liên đoàn Lao động tỉnh Hải Dương tổ chức tổng kết Tháng Công nhân năm 2024 và tuyên dương 25 tập thể, 40 cá nhân có thành tích xuất sắc.

Theo báo cáo, trong tháng, [[876|wmu a mo2024-05 n=trong tháng -> the Workers' Month named before]] công đoàn cơ sở đã tổ chức các hoạt động Tháng Công nhân, đạt [[104%|wmu p mo2024-05]] chỉ tiêu; các cấp công đoàn thăm, tặng quà [[14.620|ben a mo2024-05]] lượt đoàn viên, người lao động, vượt [[21%|ben p mo2024-05 v=121 n=vượt 21% kế hoạch -> 121 (rule 3)]] kế hoạch, với tổng kinh phí [[7,84 tỷ|sf a mo2024-05]] đồng.

Công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại tại [[312|wd a mo2024-05]] doanh nghiệp; tham gia giám sát [[64|sv a mo2024-05]] doanh nghiệp về an toàn, vệ sinh lao động; [[58|meal a mo2024-05]] doanh nghiệp nâng giá trị bữa ăn ca lên từ 25.000 đồng/suất trở lên.

Lãnh đạo LĐLĐ tỉnh Hải Dương trao bằng khen cho các tập thể. Ảnh: Thành Công
Lãnh đạo LĐLĐ tỉnh Hải Dương trao bằng khen cho các tập thể. Ảnh: Thành Công

So với Tháng Công nhân năm 2023 ([[12.080|ben a mo2023-05 n=comparison figure of the previous Workers' Month]] lượt được chăm lo), số lượt đoàn viên được thăm, tặng quà tăng 21%.

Năm 2024, LĐLĐ tỉnh phấn đấu thành lập [[35|un t y2024]] công đoàn cơ sở, kết nạp [[6.000|mn t y2024]] đoàn viên.

Tin cùng chuyên mục
 Hải Dương: 300 công nhân được tư vấn pháp luật
"""))

ARTS.append(('ah13', 'https://www.vietnamplus.vn/da-nang-doi-thoai-phap-luat-lao-dong-voi-cong-nhan-khu-cong-nghiep-post479213.vnp', '2017-11-22', 'Đà Nẵng', """Đà Nẵng: Đối thoại pháp luật lao động với công nhân khu công nghiệp

Thứ Tư, 22/11/2017 17:05 (GMT+7)

Ngày 22/11, Liên đoàn Lao động thành phố Đà Nẵng tổ chức chương trình "Đối thoại chính sách pháp luật lao động" với hơn 500 công nhân Khu công nghiệp Hòa Khánh.

Tại chương trình, luật sư của Trung tâm Tư vấn pháp luật Công đoàn thành phố đã tư vấn trực tiếp cho khoảng [[70|lc a pub b=a n=no period phrase before -> publication date; khoảng -> about (rule 5)]] trường hợp về hợp đồng lao động, bảo hiểm xã hội và trợ cấp thôi việc.

Công nhân đặt câu hỏi tại chương trình đối thoại. (Ảnh: Văn Dũng/TTXVN)
Công nhân đặt câu hỏi tại chương trình đối thoại. (Ảnh: Văn Dũng/TTXVN)

Theo Trung tâm, 10 tháng năm 2017, trung tâm đã tư vấn cho [[2.347|lc a f10-2017]] lượt người lao động, trong đó tư vấn qua tổng đài [[1.120|lc a f10-2017 s=qua tổng đài n=breakdown by channel (rule 6)]] lượt; tham gia bảo vệ quyền lợi cho người lao động tại 16 vụ án. Cũng trong 10 tháng, các cấp công đoàn tổ chức [[46|tr a f10-2017]] lớp tập huấn pháp luật cho [[4.380|te a f10-2017]] lượt đoàn viên, người lao động.

Đoàn viên cần hỗ trợ có thể gọi đường dây nóng 0236.3822.158.

Văn Dũng (TTXVN/Vietnam+)

Tags: Đà Nẵng tư vấn pháp luật Công đoàn

Chia sẻ | Bình luận
"""))

ARTS.append(('ah14', 'https://dantri.com.vn/lao-dong-viec-lam/kon-tum-gan-2700-doan-vien-kho-khan-duoc-tang-qua-tet-20250118102534219.htm', None, 'Kon Tum', """Kon Tum: Gần [[2.700|ben a y2025 b=u n=headline repeat of 2.680 (rule 1); gần -> under (rule 5)]] đoàn viên khó khăn được tặng quà Tết

(Dân trí) - Tết Ất Tỵ 2025, Liên đoàn Lao động tỉnh Kon Tum trao [[2.680|ben a y2025 n=Tết year (Ất Tỵ 2025)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí hơn [[1,8 tỷ|sf a y2025 b=o]] đồng.

Tại chương trình "Tết Sum vầy" tổ chức ở thành phố Kon Tum, Tổng LĐLĐ Việt Nam trao [[300|ben a y2025 n=national body acting in the province -> Kon Tum (records.md Regions)]] suất quà cho công nhân các khu công nghiệp, mỗi suất 700.000 đồng. Gian hàng "Chợ Tết Công đoàn" phát 1.000 phiếu mua hàng 0 đồng; 12 chuyến xe đưa công nhân về quê.

Đoàn viên, người lao động nhận quà tại chương trình Tết Sum vầy.
Đoàn viên, người lao động nhận quà tại chương trình Tết Sum vầy.

Dịp này, LĐLĐ tỉnh trao [[3|sh a y2025 n=Dịp này -> the Tết named before]] nhà Mái ấm Công đoàn, mỗi căn hỗ trợ 60 triệu đồng.

Tết Giáp Thìn 2024, LĐLĐ tỉnh đã trao [[2.310|ben a y2024]] suất quà cho đoàn viên. Toàn tỉnh hiện có [[742|ut a null n=stock, no publication date -> null (rule 7)]] công đoàn cơ sở với [[31.560|mt a null]] đoàn viên.

Thanh Tuấn

Xem thêm:
 Gia Lai: 5.000 công nhân được tặng vé xe về quê
 Quảng Ngãi chi 10 tỷ đồng chăm lo Tết cho người lao động
"""))

ARTS.append(('ah15', 'https://nld.com.vn/ninh-binh-hon-31000-doan-vien-duoc-cham-lo-tet-binh-ngo-196260122153027441.htm', '2026-01-22', 'Ninh Bình', """ date 2026-01-22 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Lao động

Ninh Bình: Hơn [[31.000|ben a y2026 b=o n=headline repeat of 31.450 (rule 1)]] đoàn viên được chăm lo Tết Bính Ngọ

HOÀNG TÚ

(NLĐO)- Tết Bính Ngọ 2026, các cấp Công đoàn tỉnh Ninh Bình dự kiến chăm lo cho [[38.000|ben t y2026 n=dự kiến -> target (rule 4); Tết year]] đoàn viên, người lao động với kinh phí khoảng [[42 tỉ|sf t y2026 b=a]] đồng

Ngày 21-1, LĐLĐ tỉnh Ninh Bình tổ chức chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026, trao [[500|ben a y2026]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng.

Ninh Bình: Hơn [[31.000|ben a y2026 b=o n=photo-title line repeating the headline: a caption mention of its own (rule 1)]] đoàn viên được chăm lo Tết Bính Ngọ - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Ninh Bình trao quà cho công nhân

Tính đến ngày 21-1, các cấp công đoàn đã trao [[31.450|ben a y2026 n=Tính đến ngày 21-1 is a date -> nearest earlier period phrase (Tết 2026)]] suất quà, tổng trị giá [[33,6 tỉ|sf a y2026]] đồng; trong đó khu vực Nam Định (cũ) [[14.200|ben a y2026 r=Nam Định s=khu vực Nam Định (cũ) n=post-merger breakdown of a former province -> that province (challenge21 convention)]] suất, khu vực Hà Nam (cũ) [[9.870|ben a y2026 r=Hà Nam s=khu vực Hà Nam (cũ)]] suất. Chương trình "Chợ Tết Công đoàn" phát hành 2.000 phiếu mua hàng 0 đồng.

Tết Ất Tỵ 2025, LĐLĐ tỉnh Ninh Bình (cũ) chăm lo cho [[9.640|ben a y2025 n=figure of the pre-merger province of the same name]] lượt đoàn viên.

Bình luận (0)
"""))
