"""challenge57 articles cj11-cj15 (status, targets and progress)."""

ARTS = []

# cj11: Hải Phòng, April 2023: first quarter against the year plan, same quarter of 2022, Q2 and May plans
ARTS.append(('cj11', 'https://baohaiphong.com.vn/quy-i-ket-nap-2850-doan-vien-cong-doan-612874.html',
             '2023-04-12', 'Hải Phòng', """Quý I kết nạp [[2.850|mn a q1-2023 n=headline repeat (gold README 1)]] đoàn viên công đoàn

Thứ Tư, 12/04/2023 07:15

(BHP) - Theo LĐLĐ thành phố Hải Phòng, quý I/2023, các cấp công đoàn thành phố kết nạp [[2.850|mn a q1-2023]] đoàn viên, đạt [[19%|mn p q1-2023 n=part-way attainment takes the reporting period (gold README 4)]] kế hoạch năm ([[15.000|mn t y2023 n=the year plan in brackets -> target of the full year (gold README 8)]] đoàn viên); thành lập [[21|un a q1-2023]] CĐCS, đạt [[21%|un p q1-2023]] (kế hoạch [[100|un t y2023]] CĐCS). Cùng kỳ năm 2022, toàn thành phố kết nạp [[2.310|mn a q1-2022 n=cùng kỳ năm 2022 in a Q1 report -> Q1 of 2022]] đoàn viên và thành lập [[17|un a q1-2022]] CĐCS.

Trong quý, các cấp công đoàn đã tổ chức [[36|tr a q1-2023]] lớp tập huấn nghiệp vụ cho [[4.120|te a q1-2023]] lượt cán bộ công đoàn cơ sở; tham gia [[14|sv a q1-2023]] cuộc kiểm tra, giám sát việc thực hiện pháp luật lao động tại các doanh nghiệp.

Quý II, LĐLĐ thành phố đặt mục tiêu kết nạp thêm [[4.500|mn t q2-2023]] đoàn viên, tập trung tại các KCN Đình Vũ, Tràng Duệ, VSIP Hải Phòng và Nam Cầu Kiền - nơi có nhiều doanh nghiệp FDI mới đi vào hoạt động. Trong Tháng Công nhân năm 2023, các cấp công đoàn dự kiến thăm, tặng [[5.000|ben t mo2023-05]] suất quà cho công nhân có hoàn cảnh khó khăn, công nhân bị tai nạn lao động.

Đồng chí Nguyễn Văn Phương, Phó Chủ tịch LĐLĐ thành phố, yêu cầu các công đoàn cấp trên cơ sở rà soát 320 doanh nghiệp có từ 25 lao động trở lên chưa thành lập công đoàn để có giải pháp vận động phù hợp.

Minh Anh

Bài viết liên quan
Đại hội Công đoàn Khu kinh tế Hải Phòng nhiệm kỳ 2023 - 2028
"""))

# cj12: Lâm Đồng education union, undated: school-year results and the next school year's targets
ARTS.append(('cj12', 'http://congdoanlamdong.org.vn/cong-doan-nganh-giao-duc-trien-khai-nhiem-vu-nam-hoc-2019-2020-884.html',
             None, 'Lâm Đồng', """Công đoàn ngành Giáo dục triển khai nhiệm vụ năm học 2019 - 2020

Công đoàn ngành Giáo dục Lâm Đồng vừa tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2018 - 2019, triển khai nhiệm vụ năm học 2019 - 2020.

Trong năm học 2018 - 2019, các CĐCS trực thuộc đã kết nạp [[412|mn a sy2018 s=Công đoàn ngành Giáo dục n=sector union -> its province with a scope (gold README 10); năm học -> September to August]] đoàn viên mới. Hiện Công đoàn ngành có [[156|ut a null s=Công đoàn ngành Giáo dục n=stock in an undated page -> null (gold README 7)]] CĐCS với [[19.820|mt a null s=Công đoàn ngành Giáo dục]] đoàn viên. Công đoàn các cấp đã thăm hỏi, hỗ trợ [[2.640|ben a sy2018 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, có hoàn cảnh khó khăn với số tiền [[1,32 tỷ|sf a sy2018 s=Công đoàn ngành Giáo dục]] đồng; thành lập mới [[4|wc a sy2018 s=Công đoàn ngành Giáo dục]] Ban nữ công quần chúng; phối hợp xây dựng [[6|sh a sy2018 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn" cho giáo viên ở các huyện Đam Rông, Lạc Dương, Cát Tiên. Các CĐCS đã giới thiệu [[185|pr a sy2018 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho chi bộ xem xét, trong đó [[142|pa a sy2018 s=Công đoàn ngành Giáo dục]] đoàn viên đã được kết nạp vào Đảng.

Năm học 2019 - 2020, Công đoàn ngành phấn đấu giới thiệu [[150|pr t sy2019 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng; hỗ trợ xây dựng [[5|sh t sy2019 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn"; 100% CĐCS tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định; trên 90% CĐCS đạt vững mạnh.

Tại hội nghị, Công đoàn ngành đã khen thưởng 18 tập thể và 32 cá nhân có thành tích xuất sắc trong năm học 2018 - 2019.

Thu Hà

Các tin khác
"""))

# cj13: Thái Nguyên, January 2024: 2023 results, 2024 targets and the Tết campaign under way
ARTS.append(('cj13', 'https://baothainguyen.vn/lao-dong-viec-lam/202401/nam-2024-cong-doan-thai-nguyen-phan-dau-ket-nap-7500-doan-vien-5a2c1f3/',
             '2024-01-18', 'Thái Nguyên', """Năm 2024, Công đoàn Thái Nguyên phấn đấu kết nạp [[7.500|mn t y2024 n=headline repeat of the 2024 target (gold README 1)]] đoàn viên

Thứ Năm, 18/01/2024 - 15:20

(BTN) - Năm 2023, các cấp công đoàn trong tỉnh đã kết nạp [[7.215|mn a y2023]] đoàn viên, đạt [[103%|mn p y2023]] kế hoạch; thành lập [[24|un a y2023]] CĐCS. LĐLĐ tỉnh ký kết [[12|wp a y2023]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn", nâng tổng số thỏa thuận còn hiệu lực lên [[57|wp a pub n=nâng tổng số thỏa thuận còn hiệu lực lên -> welfare_partners stock at publication (gold README 7)]]; cấp [[18.400|rec a y2023 n=cards issued -> member_records (indicators.tsv)]] thẻ đoàn viên công đoàn điện tử. Công đoàn các cấp đã hỗ trợ xây dựng, sửa chữa [[15|sh a y2023]] nhà "Mái ấm Công đoàn" với tổng số tiền [[750 triệu|shf a y2023]] đồng.

Năm 2024, LĐLĐ tỉnh đề ra mục tiêu kết nạp [[7.500|mn t y2024]] đoàn viên, thành lập [[25|un t y2024]] CĐCS; ký thêm [[10|wp t y2024]] thỏa thuận hợp tác phúc lợi; hỗ trợ xây dựng, sửa chữa [[20|sh t y2024]] nhà "Mái ấm Công đoàn"; 100% đoàn viên được cập nhật dữ liệu lên phần mềm quản lý.

Về chăm lo Tết Giáp Thìn 2024, các cấp công đoàn dự kiến thăm, tặng quà cho [[41.000|ben t y2024 n=Tết Giáp Thìn 2024 -> 2024; dự kiến -> target (gold README 4)]] đoàn viên, NLĐ với kinh phí [[22 tỷ|sf t y2024]] đồng. Tính đến ngày 17/1, đã có [[9.800|ben a y2024 n=early result of the Tết 2024 campaign -> the Tết year (gold README 8)]] suất quà được trao tận tay đoàn viên, NLĐ.

Phạm Hằng

Lượt xem: 876
"""))

# cj14: Đồng Nai, November 2018: ten months against the year plan; damage: split number, l for 1, stripped marks
ARTS.append(('cj14', 'http://baodongnai.com.vn/xahoi/201811/10-thang-ket-nap-hon-31000-doan-vien-2915742/',
             '2018-11-07', 'Đồng Nai', """Cập nhật ngày 07/11/2018 lúc 09:48

10 tháng, kết nạp hơn [[31.000|mn a f10-2018 b=o n=rounded headline repeat of 31.4 50 (gold README 1, 5)]] đoàn viên

(ĐN)- Theo LĐLĐ tỉnh Đồng Nai, 10 tháng năm 2018, các cấp công đoàn trong tỉnh đã kết nạp [[31.4 50|mn a f10-2018 n=scraping damage: space inside the number, 31.4 50 -> 31450 (gold README 3)]] đoàn viên, đạt [[78,6%|mn p f10-2018]] kế hoạch năm (kế hoạch năm là [[40.000|mn t y2018]] đoàn viên); thành lập [[62|un a f10-2018]] CĐCS. So voi cung ky nam 2017, so doan vien ket nap moi tang 2.140 nguoi.

Cũng trong 10 tháng, các CĐCS đã ký mới [[148|ca a f10-2018]] bản thỏa ước lao động tập thể, đạt [[92,5%|ca p f10-2018]] kế hoạch. Tong so doan vien toan tinh hien nay la [[5l2.800|mt a pub v=512800 n=scraping damage: l for 1 and stripped diacritics, 5l2.800 -> 512800; hiện nay -> publication (gold README 3, 7)]] nguoi.

Từ nay đến cuối năm, LĐLĐ tỉnh chỉ đạo các công đoàn cấp trên cơ sở phấn đấu hoàn thành chỉ tiêu kết nạp [[40.000|mn t y2018 n=second mention of the year target (gold README 1)]] đoàn viên; đồng thời chuẩn bị chăm lo Tết Kỷ Hợi 2019, dự kiến trao [[60.000|ben t y2019 n=Tết Kỷ Hợi 2019 plan -> 2019 (gold README 8)]] suất quà cho đoàn viên, NLĐ có hoàn cảnh khó khăn.

Kim Liễu
"""))

# cj15: Bến Tre industrial-zone union, undated: a peak campaign with its quota, progress and what is left
ARTS.append(('cj15', 'https://www.baomoi.com/cong-doan-cac-kcn-ben-tre-ket-nap-820-doan-vien-trong-dot-cao-diem/c/47381205.epi',
             None, 'Bến Tre', """Công đoàn các KCN Bến Tre kết nạp [[820|mn a 2023-08-15..2023-09-05 s=Công đoàn các KCN n=headline repeat of the progress figure (gold README 1)]] đoàn viên trong đợt cao điểm

Thực hiện đợt cao điểm phát triển đoàn viên, thành lập CĐCS từ ngày 15/8 đến ngày 15/9/2023, Công đoàn các KCN tỉnh Bến Tre được LĐLĐ tỉnh giao chỉ tiêu kết nạp [[1.500|mn t 2023-08-15..2023-09-15 s=Công đoàn các KCN n=giao chỉ tiêu for the campaign -> target of the campaign dates (records.md periods)]] đoàn viên, thành lập [[5|un t 2023-08-15..2023-09-15 s=Công đoàn các KCN]] CĐCS.

Tính đến ngày 5/9, đơn vị đã kết nạp [[820|mn a 2023-08-15..2023-09-05 s=Công đoàn các KCN n=tính đến ngày 5/9 inside the campaign -> campaign start to 5 September 2023 (records.md periods, từ ... đến nay)]] đoàn viên, đạt [[54,7%|mn p 2023-08-15..2023-09-05 s=Công đoàn các KCN]] chỉ tiêu; thành lập [[3|un a 2023-08-15..2023-09-05 s=Công đoàn các KCN]] CĐCS tại các doanh nghiệp trong KCN Giao Long và KCN An Hiệp với [[214|mn a 2023-08-15..2023-09-05 s=Công đoàn các KCN n=members of newly founded unions -> members_new (gold README 9)]] đoàn viên. Hiện Công đoàn các KCN tỉnh quản lý [[86|ut a null s=Công đoàn các KCN n=stock in an undated page -> null (gold README 7)]] CĐCS với [[31.240|mt a null s=Công đoàn các KCN]] đoàn viên.

Theo bà Trần Thị Kim Phượng, Chủ tịch Công đoàn các KCN tỉnh, khó khăn lớn nhất là nhiều công nhân mới vào làm việc chưa hiểu quyền lợi khi tham gia công đoàn. Từ nay đến hết đợt, đơn vị sẽ tiếp tục vận động tại 12 doanh nghiệp chưa có tổ chức công đoàn, phấn đấu kết nạp thêm [[680|mn t 2023-08-15..2023-09-15 s=Công đoàn các KCN n=sẽ ... phấn đấu kết nạp thêm until the end of the campaign -> target of the campaign dates]] đoàn viên để hoàn thành chỉ tiêu.

Theo Báo Đồng Khởi
"""))
