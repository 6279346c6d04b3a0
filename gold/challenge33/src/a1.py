"""am01-am05: dated figures in realistic provincial news (new content)."""
HR = 'n=headline repeat of the body figure: takes its region and period (gold README 1)'
CAP = 'n=caption repeat of the body figure: takes its region and period (gold README 1)'
STOCK = 'n=stock stated as current: dated at publication (records.md, gold README 7)'
ARTS = []

# am01 -- baothainguyen-like; "Năm qua" in January -> the previous year; "Năm nay" -> publication year
NQJ = 'n=năm qua in an article published in January 2019 -> 2018 (records.md period table)'
ARTS.append(('am01', 'https://baothainguyen.vn/lao-dong-viec-lam/201901/ket-nap-hon-7300-doan-vien-cong-doan-248815.html', '2019-01-10', 'Thái Nguyên', """Kết nạp hơn [[7.300|mn a y2018 b=o v=7300 """ + HR + """]] đoàn viên công đoàn

Thứ Năm, 10/01/2019 | 08:15 GMT+7

(TN) - Năm qua, các cấp công đoàn trong tỉnh đã kết nạp [[7.362|mn a y2018 """ + NQJ + """; sapo mention]] đoàn viên, thành lập mới [[46|un a y2018 """ + NQJ + """]] công đoàn cơ sở (CĐCS), đều vượt chỉ tiêu Tổng Liên đoàn giao.

Tại hội nghị tổng kết công tác công đoàn diễn ra sáng 9/1, Liên đoàn Lao động (LĐLĐ) tỉnh cho biết, trong năm qua số đoàn viên kết nạp mới đạt [[121%|mn p y2018 n=năm qua in January -> 2018 (records.md)]] kế hoạch; khu vực doanh nghiệp ngoài nhà nước chiếm [[5.108|mn a y2018 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown with a scope (gold README 6); năm qua -> 2018]] đoàn viên. Do một số doanh nghiệp giải thể, thu hẹp sản xuất, số đoàn viên giảm trong năm là [[4.215|ml a y2018 n=trong năm after năm qua -> the same year 2018 (nearest earlier period phrase)]] người; như vậy, đoàn viên tăng tuyệt đối [[3.147|mnet a y2018 n=so với cuối năm 2017 is the baseline date, not the period: the net change is over năm qua (2018)]] người so với cuối năm 2017.

Hiện toàn tỉnh có [[1.398|ut a pub """ + STOCK + """]] CĐCS với [[168.240|mt a pub """ + STOCK + """]] đoàn viên. Các cấp công đoàn đã giới thiệu [[312|pr a y2018]] đoàn viên ưu tú cho cấp ủy Đảng xem xét, bồi dưỡng; [[198|pa a y2018]] đồng chí đã được kết nạp vào Đảng.

Năm nay, LĐLĐ tỉnh phấn đấu kết nạp [[6.500|mn t y2019 n=năm nay in an article published 2019-01-10 -> 2019 (a year-less phrase takes the publication year, records.md)]] đoàn viên, thành lập [[35|un t y2019 n=năm nay -> 2019 (publication year)]] CĐCS, tập trung vào các doanh nghiệp trong Khu công nghiệp Yên Bình, Điềm Thụy.

Dịp này, 37 tập thể và 52 cá nhân được LĐLĐ tỉnh tặng Bằng khen vì có thành tích xuất sắc trong năm 2018.

Minh Hằng

Số lượt xem: 1.204
"""))

# am02 -- baoquangninh-like; "Năm qua" in December -> that year; "Trong năm" -> the same year
NQD = 'n=năm qua in an article published in December 2023 -> 2023 (records.md period table)'
ARTS.append(('am02', 'https://www.baoquangninh.vn/hon-21-ty-dong-cham-lo-cho-doan-vien-nguoi-lao-dong-3261457.html', '2023-12-22', 'Quảng Ninh', """Hơn [[21 tỷ|sf a y2023 b=o """ + HR + """]] đồng chăm lo cho đoàn viên, người lao động

Cập nhật lúc 15:40, Thứ Sáu, 22/12/2023 (GMT+7)

Năm qua, LĐLĐ tỉnh và các cấp công đoàn đã thăm hỏi, tặng quà, hỗ trợ [[48.350|ben a y2023 """ + NQD + """]] lượt đoàn viên, người lao động (NLĐ) với tổng kinh phí hơn [[21,4 tỷ|sf a y2023 b=o """ + NQD + """]] đồng.

Đáng chú ý, trong năm, Quỹ Xã hội Công đoàn tỉnh đã hỗ trợ xây mới, sửa chữa [[57|sh a y2023 n=trong năm -> 2023 (records.md: trong năm, published 2023-12-22)]] nhà Mái ấm Công đoàn với số tiền [[2,85 tỷ|shf a y2023]] đồng; mức hỗ trợ mỗi nhà từ 40 đến 60 triệu đồng. LĐLĐ tỉnh cũng ký kết [[9|wp a y2023]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" với các siêu thị, nhà hàng, cơ sở y tế, nâng tổng số thỏa thuận còn hiệu lực lên [[64|wp a pub n=stock stated with nâng tổng số ... lên: dated at publication (records.md); welfare_partners has no _total code]]; đoàn viên được giảm giá từ 5% đến 15% khi mua hàng, sử dụng dịch vụ.

Công tác đào tạo, bồi dưỡng cán bộ tiếp tục được quan tâm với [[14|tr a y2023]] lớp tập huấn cho [[1.860|te a y2023]] lượt cán bộ công đoàn cơ sở.

Lãnh đạo LĐLĐ tỉnh trao hỗ trợ xây nhà Mái ấm Công đoàn cho đoàn viên Công ty CP Than Cao Sơn (TP Cẩm Phả). Ảnh: Thu Hà

Năm 2024, LĐLĐ tỉnh phấn đấu xây mới, sửa chữa ít nhất [[60|sh t y2024 b=o n=ít nhất -> over (gold README 5); target (phấn đấu)]] nhà Mái ấm Công đoàn, ký thêm [[10|wp t y2024]] thỏa thuận Phúc lợi đoàn viên.

Thu Hà

Từ khóa: công đoàn Quảng Ninh, phúc lợi đoàn viên

Ý kiến bạn đọc (0)
"""))

# am03 -- baobinhduong-like, no dateline; "quý này" and "9 tháng đầu năm" without year; same period of 2020
Q3 = 'n=quý này in an article published 2021-09-28 -> the quarter of publication, Q3/2021 (year-less phrase takes the publication date, records.md)'
ARTS.append(('am03', 'https://baobinhduong.vn/cong-doan-ho-tro-gan-212-000-luot-cong-nhan-bi-anh-huong-dich-a251384.html', '2021-09-28', 'Bình Dương', """Công đoàn hỗ trợ gần [[212.000|ben a f9-2021 b=u """ + HR + """]] lượt công nhân bị ảnh hưởng dịch

(BDO) 9 tháng đầu năm, các cấp công đoàn trong tỉnh đã hỗ trợ [[211.940|ben a f9-2021 n=9 tháng đầu năm without a year -> 2021 (publication year, records.md)]] lượt đoàn viên, NLĐ bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền gần [[96,5 tỷ|sf a f9-2021 b=u]] đồng.

Theo LĐLĐ tỉnh, phần lớn số hỗ trợ được thực hiện trong quý này, khi nhiều doanh nghiệp phải tạm dừng hoạt động hoặc tổ chức "3 tại chỗ". Riêng quý III, toàn tỉnh hỗ trợ [[158.600|ben a q3-2021 n=Riêng quý III without a year -> Q3/2021 (publication year, records.md)]] lượt với kinh phí [[71,3 tỷ|sf a q3-2021 n=quý III without a year -> 2021]] đồng. Trong quý này, Công đoàn các KCN Bình Dương đã trao hỗ trợ cho [[36.500|ben a q3-2021 s=Công đoàn các KCN """ + Q3 + """; breakdown with a scope (gold README 6)]] công nhân đang lưu trú tại các khu nhà trọ, mỗi người 1 triệu đồng.

So với cùng kỳ năm 2020 (hỗ trợ [[70.120|ben a f9-2020 n=cùng kỳ năm 2020 in a 9-month report -> the first 9 months of 2020]] lượt), số lượt đoàn viên, NLĐ được hỗ trợ tăng gấp 3 lần.

Bên cạnh đó, các cấp công đoàn đã tư vấn pháp luật cho [[4.230|lc a f9-2021 n=no period in the sentence -> the nearest earlier period phrase that covers the report: 9 tháng đầu năm 2021]] lượt NLĐ qua đường dây nóng 0274.3822.134 và các nhóm Zalo.

Quý IV, LĐLĐ tỉnh dự kiến tiếp tục hỗ trợ khoảng [[50.000|ben t q4-2021 b=a n=dự kiến -> target (gold README 4); Quý IV without a year -> 2021]] lượt NLĐ gặp khó khăn khi doanh nghiệp khôi phục sản xuất.

NGỌC THANH

Tin liên quan
- Thuận An: Trao 2.000 phần quà cho công nhân khu trọ
- Dĩ An hỗ trợ 1.500 túi an sinh cho người lao động
"""))

# am04 -- baohoabinh-like; "Tháng qua" published 2 June -> May; Tháng Công nhân 2020 and 2019
TQ = 'n=tháng qua in an article published 2020-06-02 -> May 2020, the month before publication (by analogy with năm qua early in the year; the article is the Tháng Công nhân wrap-up)'
ARTS.append(('am04', 'http://www.baohoabinh.com.vn/12/139620/Thang-Cong-nhan-nam-2020-Hon-5300-doan-vien-duoc-tham-tang-qua.htm', '2020-06-02', 'Hòa Bình', """Tháng Công nhân năm 2020: Hơn [[5.300|ben a mo2020-05 b=o v=5300 """ + HR + """]] đoàn viên được thăm, tặng quà

Thứ Ba, 02/06/2020 | 07:48

(HBĐT) - Tháng qua, dù phải điều chỉnh nhiều hoạt động do dịch Covid-19, các cấp công đoàn tỉnh đã thăm, tặng quà [[5.320|ben a mo2020-05 """ + TQ + """]] đoàn viên, công nhân lao động có hoàn cảnh khó khăn với tổng kinh phí hơn [[1,6 tỷ|sf a mo2020-05 b=o """ + TQ + """]] đồng.

Theo LĐLĐ tỉnh, Tháng Công nhân năm 2020 được tổ chức tại [[412|wmu a mo2020-05 n=Tháng Công nhân năm 2020 -> May 2020 (records.md)]] CĐCS, tăng 114 đơn vị so với năm 2019 ([[298|wmu a mo2019-05 n=năm 2019 in a Tháng Công nhân comparison -> the Workers' Month of 2019, May 2019 (records.md Tháng Công nhân row)]] CĐCS). Trong tháng, [[86|wd a mo2020-05 n=trong tháng -> the Workers' Month named before (May 2020)]] doanh nghiệp tổ chức đối thoại tại nơi làm việc; [[38|meal a mo2020-05]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca từ 15.000 đồng lên 20.000 đồng/suất.

LĐLĐ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra việc thực hiện pháp luật lao động tại [[24|sv a mo2020-05 n=joint inspections of enterprises count as supervisions; period from Tháng Công nhân 2020]] doanh nghiệp, kiến nghị khắc phục 17 nội dung còn tồn tại.

Ảnh: Lãnh đạo LĐLĐ tỉnh tặng quà công nhân Công ty TNHH Sản xuất hàng may mặc Lạc Thủy.

Thu Trang
"""))

# am05 -- baodongnai-like; "Từ đầu năm đến nay", "Cũng trong thời gian này", 2023 comparison, 2024 targets
FD = 'n=từ đầu năm đến nay, published 2024-08-15 -> 2024-01-01..2024-08-15 (records.md)'
SAME = 'n=cũng trong thời gian này -> the span named before (từ đầu năm đến nay)'
ARTS.append(('am05', 'https://baodongnai.com.vn/xa-hoi/202408/thanh-lap-moi-41-cong-doan-co-so-tu-dau-nam-3177924/', '2024-08-15', 'Đồng Nai', """Đồng Nai: Thành lập mới [[41|un a 2024-01-01..2024-08-15 """ + HR + """]] công đoàn cơ sở từ đầu năm

Thứ năm, 15/08/2024 - 14:05 | Lượt xem: 2.318

Từ đầu năm đến nay, LĐLĐ tỉnh đã thành lập mới [[41|un a 2024-01-01..2024-08-15 """ + FD + """]] CĐCS, kết nạp [[12.640|mn a 2024-01-01..2024-08-15 """ + FD + """]] đoàn viên, đạt [[63,2%|mn p 2024-01-01..2024-08-15 n=part-way attainment of the year plan takes the reporting span (từ đầu năm đến nay)]] kế hoạch năm. Trong đó, Công đoàn các KCN tỉnh kết nạp [[9.875|mn a 2024-01-01..2024-08-15 s=Công đoàn các KCN n=breakdown with a scope (gold README 6); period from từ đầu năm đến nay]] đoàn viên.

Cũng trong thời gian này, có [[37|ud a 2024-01-01..2024-08-15 """ + SAME + """]] CĐCS giải thể do doanh nghiệp ngừng hoạt động, số đoàn viên giảm [[9.320|ml a 2024-01-01..2024-08-15 """ + SAME + """]] người. Các cấp công đoàn đã ký mới [[46|ca a 2024-01-01..2024-08-15 """ + SAME + """]] bản thỏa ước lao động tập thể.

Hiện toàn tỉnh có [[2.985|ut a pub """ + STOCK + """]] CĐCS với [[482.510|mt a pub """ + STOCK + """]] đoàn viên, là một trong những địa phương có số đoàn viên đông nhất cả nước.

Năm 2023, toàn tỉnh thành lập [[58|un a y2023]] CĐCS, kết nạp [[19.870|mn a y2023]] đoàn viên. Chỉ tiêu năm 2024 là kết nạp [[20.000|mn t y2024]] đoàn viên, thành lập [[60|un t y2024]] CĐCS.

Công nhân KCN Amata (TP Biên Hòa) tìm hiểu thông tin về tổ chức công đoàn. Ảnh: Hải Quân

Hải Quân
"""))
