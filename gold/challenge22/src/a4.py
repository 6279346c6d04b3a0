"""Reports ab20-ab25."""
ARTS = []

ARTS.append(('ab20', 'https://baodaknong.vn/quy-i-2019-cong-doan-dak-nong-phat-trien-1482-doan-vien-moi-82315.html', '2019-04-18', 'Đắk Nông', """
Quý I/2019: Công đoàn Đắk Nông phát triển [[1.482|mn a q1-2019 n=@HR]] đoàn viên mới
18/04/2019 10:20
Theo Liên đoàn Lao động (LĐLĐ) tỉnh Đắk Nông, trong quý I/2019, các cấp công đoàn đã kết nạp [[1.482|mn a q1-2019]] đoàn viên, đạt [[49,4%|mn p q1-2019 n=@PART]] chỉ tiêu năm; thành lập [[12|un a q1-2019]] CĐCS, chủ yếu ở doanh nghiệp ngoài nhà nước.
Dịp Tết Nguyên đán Kỷ Hợi 2019, các cấp công đoàn đã thăm, tặng [[9.870|ben a y2019 n=@TET]] suất quà cho đoàn viên, NLĐ có hoàn cảnh khó khăn với tổng trị giá [[3,95 tỉ|sf a y2019 n=@TET]] đồng; mỗi suất quà trị giá từ 300.000 đồng đến 1 triệu đồng.
Cũng trong quý I, các cấp công đoàn đã tham gia [[26|sv a q1-2019 n=year-less "quý I" takes the publication year (records.md periods)]] cuộc kiểm tra, giám sát về an toàn, vệ sinh lao động; phối hợp tổ chức [[214|oc a q1-2019]] hội nghị cán bộ, công chức, viên chức tại cơ quan, đơn vị.
Cán bộ LĐLĐ tỉnh tuyên truyền, vận động công nhân gia nhập công đoàn tại một doanh nghiệp ở huyện Đắk R’lấp.
Quý II/2019, LĐLĐ tỉnh tập trung tổ chức Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động; phấn đấu kết nạp [[800|mn t q2-2019 n=@TGT]] đoàn viên, thành lập ít nhất [[6|un t q2-2019 b=o n=@TGT; @ITNHAT]] CĐCS.
Ngọc Thảo
Tin cùng chuyên mục
- Gia Nghĩa: 500 công nhân được khám sức khỏe miễn phí
- Đắk Mil: Trao 20 suất quà cho đoàn viên khó khăn
"""))

ARTS.append(('ab21', 'https://baoyenbai.com.vn/12/287514/Cong-doan-Yen-Bai-Hoan-thanh-vuot-nhieu-chi-tieu-nam-2022.aspx', '2022-12-28', 'Yên Bái', """
Công đoàn Yên Bái: Hoàn thành vượt nhiều chỉ tiêu năm 2022
Thứ Tư, 28/12/2022 | 15:10:32
YênBái - Ngày 28/12, Ban Chấp hành LĐLĐ tỉnh Yên Bái tổ chức hội nghị lần thứ 8, khóa XVIII tổng kết công tác công đoàn năm 2022, triển khai nhiệm vụ năm 2023.
Trong năm, các cấp công đoàn tỉnh đã kết nạp [[3.164|mn a y2022 n="trong năm" -> the publication year (records.md periods)]] đoàn viên, vượt [[5,5%|mn p y2022 v=105.5 n=@VUOT]] kế hoạch; thành lập [[21|un a y2022]] CĐCS.
Ủy ban Kiểm tra các cấp công đoàn đã kiểm tra tài chính [[146|fi a y2022]] đơn vị; các cấp công đoàn chủ trì và tham gia [[87|sv a y2022]] cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động, trong đó chủ trì [[32|sv a y2022 s=chủ trì n=@BRK]] cuộc. Có [[1.012|oc a y2022]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[198|wkc a y2022]] doanh nghiệp tổ chức hội nghị người lao động.
Quang cảnh hội nghị. Ảnh: Thanh Chi
Tháng Công nhân năm 2022 có [[1.120|wmu a mo2022-05 n=@TCN]] CĐCS tổ chức các hoạt động thiết thực chăm lo cho đoàn viên.
Dự kiến dịp Tết Nguyên đán Quý Mão 2023, các cấp công đoàn sẽ chăm lo cho khoảng [[15.000|ben t y2023 b=a n=@TGT; @TET]] đoàn viên, NLĐ với tổng kinh phí xấp xỉ [[7 tỷ|sf t y2023 b=a n=@TGT; @TET]] đồng. Năm 2023, LĐLĐ tỉnh phấn đấu kết nạp [[3.000|mn t y2023 n=@TGT]] đoàn viên.
Thanh Chi
Các tin khác:
- Văn Yên: Ra mắt Công đoàn cơ sở Công ty TNHH Quế Hồi (26/12/2022)
- Trao 50 suất quà cho công nhân Khu công nghiệp phía Nam (24/12/2022)
"""))

ARTS.append(('ab22', 'https://baocamau.vn/cong-doan-cac-cap-cham-lo-hon-96-4-ty-dong-cho-doan-vien-nguoi-lao-dong-a41925.html', '2025-12-19', 'Cà Mau', """
Cà Mau: Công đoàn các cấp chăm lo hơn [[96,4 tỷ|sf a f11-2025 b=o n=@HR]] đồng cho đoàn viên, người lao động
(CMO) Thứ Sáu, 19/12/2025 | 16:40
Chiều 18/12, Ban Thường vụ Liên đoàn Lao động tỉnh Cà Mau tổ chức hội nghị đánh giá kết quả hoạt động công đoàn 11 tháng năm 2025, triển khai nhiệm vụ trọng tâm năm 2026. Đây là năm đầu tiên LĐLĐ tỉnh hoạt động sau hợp nhất LĐLĐ tỉnh Cà Mau và LĐLĐ tỉnh Bạc Liêu.
11 tháng năm 2025, các cấp công đoàn toàn tỉnh đã thăm hỏi, hỗ trợ [[84.215|ben a f11-2025 n=@NEWP]] lượt đoàn viên, NLĐ với tổng số tiền [[96,4 tỷ|sf a f11-2025 n=@NEWP]] đồng, trong đó khu vực Bạc Liêu (cũ) là [[41,2 tỷ|sf a f11-2025 r=Bạc Liêu s=khu vực Bạc Liêu (cũ) n=@BRK; @OLD]] đồng. Các cấp công đoàn xây mới, sửa chữa [[57|sh a f11-2025]] nhà “Mái ấm Công đoàn”, trị giá [[2,93 tỷ|shf a f11-2025]] đồng.
Công tác phát triển đoàn viên gặp nhiều khó khăn do một số doanh nghiệp thủy sản thiếu nguyên liệu, cắt giảm lao động. Các cấp công đoàn kết nạp [[5.630|mn a f11-2025 n=no period phrase in the sentence: nearest earlier phrase "11 tháng năm 2025" (records.md periods)]] đoàn viên, thành lập [[26|un a f11-2025]] CĐCS; số đoàn viên giảm [[3.118|ml a f11-2025]] người do doanh nghiệp giải thể, NLĐ nghỉ việc; giải thể [[14|ud a f11-2025]] CĐCS.
Trong Tháng Công nhân năm 2025, có [[742|wmu a mo2025-05 n=@TCN]] CĐCS tổ chức các hoạt động hưởng ứng.
Dịp Tết Nguyên đán Bính Ngọ 2026, LĐLĐ tỉnh dự kiến chăm lo cho [[45.000|ben t y2026 n=@TGT; @TET]] đoàn viên, NLĐ với kinh phí khoảng [[40 tỷ|sf t y2026 b=a n=@TGT; @TET]] đồng; mỗi suất quà tối thiểu 1 triệu đồng.
Hồng Nhung
"""))

ARTS.append(('ab23', 'https://baohanam.com.vn/xa-hoi/lao-dong-viec-lam/cong-doan-ha-nam-tong-ket-cong-tac-nam-2020-72190.html', '2021-01-12', 'Hà Nam', """
Hà Nam: Công đoàn tổng kết công tác năm 2020
12/01/2021 | 14:25
Chiều 11/1, LĐLĐ tỉnh Hà Nam tổ chức Hội nghị Ban Chấp hành mở rộng tổng kết công tác công đoàn năm 2020, triển khai nhiệm vụ năm 2021.
Năm qua, dù chịu tác động nặng nề của dịch Covid-19, các cấp công đoàn tỉnh vẫn kết nạp [[4.830|mn a y2020 n="năm qua" published in January -> the previous year (records.md periods)]] đoàn viên, thành lập [[24|un a y2020]] CĐCS, đều vượt chỉ tiêu được giao, đưa tổng số đoàn viên toàn tỉnh lên [[106.215|mt a pub n=@STOCK]] người.
Các cấp công đoàn đã hỗ trợ [[12.406|ben a y2020]] đoàn viên, NLĐ bị ảnh hưởng bởi dịch Covid-19 với số tiền [[5 tỷ 640 triệu|sf a y2020 v=5640000000 n=@MONEY]] đồng. Tổ chức [[64|tr a y2020]] hội nghị tập huấn, tuyên truyền pháp luật cho gần [[9.000|te a y2020 b=u n="gần" -> under (gold README 5)]] lượt cán bộ, đoàn viên; tư vấn pháp luật cho [[715|lc a y2020]] lượt NLĐ. Thông qua thương lượng, [[23|meal a y2020 n=the 16.000 - 20.000 đồng meal levels are thresholds, not records (gold README 11)]] doanh nghiệp đã điều chỉnh nâng giá trị bữa ăn ca lên mức từ 16.000 - 20.000 đồng/suất.
Đồng chí Phó Chủ tịch Tổng LĐLĐ Việt Nam phát biểu chỉ đạo hội nghị.
Năm 2021, LĐLĐ tỉnh phấn đấu kết nạp [[4.500|mn t y2021 n=@TGT]] đoàn viên, thành lập [[20|un t y2021 n=@TGT]] CĐCS; giới thiệu [[150|pr t y2021 n=@TGT]] đoàn viên ưu tú cho Đảng xem xét kết nạp.
Dịp này, Tổng LĐLĐ Việt Nam tặng Cờ thi đua cho 3 tập thể; LĐLĐ tỉnh khen thưởng 36 tập thể, 52 cá nhân.
Minh Phương
Lượt xem: 1.073
"""))

ARTS.append(('ab24', 'https://baophuyen.vn/xa-hoi/202306/dai-hoi-cong-doan-giao-duc-tinh-lan-thu-viii-nhiem-ky-2023-2028-3046591/', '2023-06-02', 'Phú Yên', """
Đại hội Công đoàn Giáo dục tỉnh Phú Yên lần thứ VIII, nhiệm kỳ 2023 - 2028
Thứ sáu, 02/06/2023, 09:40
(BPY) - Ngày 1/6, Công đoàn Giáo dục tỉnh Phú Yên tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2023 - 2028. 180 đại biểu về dự đại hội, đại diện cho [[9.460|mt a pub n=@REPR; the 180 delegates are not a record (gold README 11)]] đoàn viên của [[196|ut a pub n=@REPR]] CĐCS trực thuộc.
Nhiệm kỳ 2018 - 2023, Công đoàn ngành đã giới thiệu [[412|pr a t2018-2023]] đoàn viên ưu tú cho Đảng, trong đó [[367|pa a t2018-2023]] đồng chí được kết nạp; hỗ trợ xây [[29|sh a t2018-2023]] nhà “Mái ấm Công đoàn” với tổng kinh phí [[1 tỷ 85 triệu|shf a t2018-2023 v=1085000000 n=@MONEY]] đồng; thăm hỏi, trợ cấp cho [[6.830|ben a t2018-2023]] lượt đoàn viên ốm đau, gặp khó khăn với số tiền [[4,72 tỷ|sf a t2018-2023]] đồng.
Năm học 2022 - 2023, [[196/196|oc a sy2022 n=@XY; school year -> 1 September .. 31 August (records.md periods)]] đơn vị trường học tổ chức hội nghị viên chức, người lao động đúng quy định.
Các đại biểu biểu quyết thông qua Nghị quyết đại hội.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2023 - 2028: hỗ trợ xây dựng ít nhất [[30|sh t t2023-2028 b=o n=@TGT; @ITNHAT]] nhà “Mái ấm Công đoàn”; giới thiệu [[400|pr t t2023-2028 n=@TGT]] đoàn viên ưu tú cho Đảng xem xét kết nạp; hằng năm có trên 85% CĐCS đạt tiêu chuẩn “vững mạnh”.
Đại hội đã bầu Ban Chấp hành Công đoàn Giáo dục tỉnh khóa VIII gồm 21 đồng chí.
Thúy Hằng
""", 'Công đoàn Giáo dục tỉnh'))

ARTS.append(('ab25', 'https://baobariavungtau.com.vn/xa-hoi/202307/cong-doan-cac-kcn-6-thang-dau-nam-thanh-lap-9-cdcs-1012345/', '2023-07-06', 'Bà Rịa - Vũng Tàu', """
Công đoàn các KCN: 6 tháng đầu năm thành lập [[9|un a h1-2023 n=@HR]] CĐCS
Thứ Năm, 06/07/2023, 07:15 [GMT+7]
Theo Công đoàn các Khu công nghiệp (KCN) tỉnh Bà Rịa - Vũng Tàu, 6 tháng đầu năm 2023, đơn vị đã thành lập mới [[9|un a h1-2023]] CĐCS, kết nạp [[2.146|mn a h1-2023]] đoàn viên. Tuy nhiên, do nhiều doanh nghiệp cắt giảm đơn hàng, số đoàn viên giảm [[3.402|ml a h1-2023]] người. Hiện Công đoàn các KCN quản lý [[236|ut a pub n=@STOCK]] CĐCS với [[58.917|mt a pub n=@STOCK]] đoàn viên.
Công đoàn các KCN đã hướng dẫn CĐCS tổ chức hội nghị người lao động tại [[188|wkc a h1-2023]] doanh nghiệp; thương lượng, ký mới [[17|ca a h1-2023]] bản thỏa ước lao động tập thể; vận động [[11|meal a h1-2023 n=the average meal level is a threshold, not a record (gold README 11)]] doanh nghiệp tăng giá trị bữa ăn ca (hiện mức bình quân 22.000 đồng/suất).
Công nhân KCN Phú Mỹ I nhận quà của Công đoàn các KCN.
Trong Tháng Công nhân năm 2023, [[218/236|wmu a mo2023-05 n=@XY; @TCN]] CĐCS đã tổ chức các hoạt động hưởng ứng. Công đoàn các KCN trao [[2.400|ben a mo2023-05 n=no period phrase in the sentence: nearest earlier phrase "Tháng Công nhân năm 2023" (records.md periods)]] suất quà cho công nhân có hoàn cảnh khó khăn.
6 tháng cuối năm, Công đoàn các KCN phấn đấu thành lập [[5|un t l6-2023 n=@TGT; year-less "6 tháng cuối năm" takes the publication year]] CĐCS, kết nạp [[1.500|mn t l6-2023 n=@TGT]] đoàn viên.
HỒNG LAM
""", 'Công đoàn các KCN'))
