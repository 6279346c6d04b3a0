"""challenge59 articles cl11-cl15."""

CL11 = """Thêm [[9|wp a pub n=headline repeat of the signing reported the day of publication (gold README 1)]] doanh nghiệp đồng hành chương trình "Phúc lợi đoàn viên"

20/09/2023 10:05

(TTH.VN) - Sáng 20/9, Liên đoàn Lao động tỉnh Thừa Thiên Huế tổ chức ký kết thỏa thuận hợp tác với [[9|wp a pub n=an event of the publication day, no other period named (records.md periods)]] doanh nghiệp thực hiện chương trình "Phúc lợi đoàn viên công đoàn" năm 2023.

Theo thỏa thuận, các doanh nghiệp cam kết giảm giá từ 5% đến 20% khi đoàn viên công đoàn mua hàng hóa, sử dụng dịch vụ như siêu thị, nhà hàng, cơ sở khám chữa bệnh, khách sạn, dịch vụ du lịch. Từ đầu năm 2023 đến nay, LĐLĐ tỉnh đã ký kết [[21|wp a 2023-01-01..2023-09-20]] thỏa thuận hợp tác, nâng tổng số thỏa thuận còn hiệu lực lên [[47|wp a pub n=partners in force are the stock of signings, dated at publication (gold README 7)]].

Cùng với đó, các cấp công đoàn đã nhập thông tin của [[72.315|rec a 2023-01-01..2023-09-20 n=software entries count as member_records (indicators.tsv); period from the earlier từ đầu năm 2023 đến nay]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[18.460|rec a 2023-01-01..2023-09-20]] thẻ đoàn viên công đoàn điện tử. Toàn tỉnh hiện có hơn [[79.600|mt a pub b=o]] đoàn viên, phấn đấu đến cuối năm 2023 có 100% đoàn viên được cấp thẻ điện tử.

Phát biểu tại buổi lễ, bà Nguyễn Thị Hoài Xuân, Phó Chủ tịch LĐLĐ tỉnh cho biết, chương trình giúp đoàn viên tiết kiệm chi tiêu, đồng thời là động lực để người lao động tham gia tổ chức công đoàn.

BẢO TRÂM

Lượt xem: 731
Bài liên quan
- LĐLĐ tỉnh trao 200 suất học bổng cho con đoàn viên
"""

CL12 = """Lao Động - Năm 2020, công tác tư vấn pháp luật, đại diện bảo vệ quyền lợi người lao động của các cấp công đoàn Hải Phòng có nhiều chuyển biến, dù chịu tác động của dịch Covid-19.

Theo báo cáo của LĐLĐ TP.Hải Phòng, trong năm, Văn phòng tư vấn pháp luật và các cấp công đoàn đã tư vấn cho [[l.482|lc a y2020 n=scraped l for 1 resolved (gold README 3)]] lượt đoàn viên, người lao động, chủ yếu về chế độ bảo hiểm xã hội, tiền lương, chấm dứt hợp đồng lao động. Các cấp công đoàn đã tổ chức [[12|tr a y2020]] lớp tập huấn kỹ năng thương lượng, đối thoại cho [[1.5 60|te a y2020 v=1560 n=scraped space inside the number resolved (gold README 3)]] cán bộ công đoàn cơ sở.

LĐLĐ thành phố cũng chủ trì, tham gia [[38|sv a y2020]] cuộc kiểm tra, giám sát việc thực hiện pháp luật lao động tại doanh nghiệp, kiến nghị khắc phục nhiều sai phạm về đóng bảo hiểm xã hội. Năm qua, trên địa bàn xảy ra 6 cuộc ngừng việc tập thể, giảm so với năm 2019; các cấp công đoàn đã kịp thời phối hợp giải quyết, không để kéo dài.

Ông Phạm Văn Thắng, Trưởng ban Chính sách - Pháp luật LĐLĐ thành phố cho biết, năm 2021 LĐLĐ thành phố phấn đấu tư vấn pháp luật cho ít nhất [[2.000|lc t y2021 b=o]] lượt người lao động, tổ chức [[15|tr t y2021]] lớp tập huấn cho cán bộ công đoàn.

Đường dây nóng của LĐLĐ TP Hải Phòng: 0225.3745.068.

Mai Dung
"""

CL13 = """Thứ Năm, 22/01/2026 08:15

An Giang: Dự kiến chi khoảng [[86 tỷ|sf t y2026 b=a n=headline repeat of the planned total; Tết Bính Ngọ 2026 dated to the Tết year]] đồng chăm lo Tết cho đoàn viên, người lao động

(BAG) - Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn tỉnh An Giang dự kiến chăm lo cho [[98.400|ben t y2026 n=planned Tết care is a target (gold README 4); the merged federation reports for the new province (gold README 10)]] lượt đoàn viên, người lao động với tổng kinh phí khoảng [[86 tỷ|sf t y2026 b=a]] đồng.

Theo Liên đoàn Lao động tỉnh An Giang, đây là năm đầu tiên tổ chức công đoàn thực hiện chăm lo Tết sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang. Tính đến ngày 20/1, các cấp công đoàn đã trao [[41.250|ben a y2026 n=gifts handed out up to 20/1 for Tết Bính Ngọ take the Tết year, like the plan (records.md periods; nearest earlier period phrase)]] suất quà, trị giá [[35,6 tỷ|sf a y2026]] đồng, trong đó khu vực Kiên Giang (cũ) trao [[17.830|ben a y2026 r=Kiên Giang s=khu vực Kiên Giang (cũ) n=a part named as the old province reports for it (gold README 10)]] suất, trị giá [[14,2 tỷ|sf a y2026 r=Kiên Giang s=khu vực Kiên Giang (cũ)]] đồng.

Chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026 sẽ được tổ chức tại 3 điểm: phường Long Xuyên, phường Rạch Giá và KCN Tân Kim. LĐLĐ tỉnh đã hỗ trợ [[2.400|ben a y2026 n=tickets given to members count as beneficiaries (gold README 9)]] vé xe, vé tàu cho công nhân về quê đón Tết; mỗi phần quà có giá trị từ 500.000 đồng đến 1 triệu đồng. Tại các điểm tổ chức "Chợ Tết Công đoàn", ban tổ chức phát 5.000 phiếu mua hàng trị giá 300.000 đồng/phiếu.

Năm 2025, các cấp công đoàn toàn tỉnh đã hỗ trợ xây mới, sửa chữa [[64|sh a y2025]] nhà "Mái ấm Công đoàn".

Thanh Tiến

Lượt xem: 2.315
Tin liên quan
- Công đoàn phường Rạch Giá trao 150 suất quà cho công nhân
"""

CL14 = """Công đoàn ngành Giáo dục tổng kết năm học 2011-2012

Ngày đăng: 14/09/2012

Ngày 12/9, Công đoàn ngành Giáo dục Lâm Đồng tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2011-2012, triển khai nhiệm vụ năm học 2012-2013.

Năm học qua, [[412|oc a sy2011 s=Công đoàn ngành Giáo dục n=the school year named in the lead (records.md periods)]] đơn vị trường học đã tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định, đạt 100%. Công đoàn ngành đã kết nạp [[356|mn a sy2011 s=Công đoàn ngành Giáo dục]] đoàn viên mới; giới thiệu [[148|pr a sy2011 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[97|pa a sy2011 s=Công đoàn ngành Giáo dục]] đồng chí đã được kết nạp vào Đảng. Hiện Công đoàn ngành có [[587|ut a pub s=Công đoàn ngành Giáo dục]] công đoàn cơ sở với [[23.460|mt a pub s=Công đoàn ngành Giáo dục]] đoàn viên.

Các cấp công đoàn đã trợ cấp khó khăn cho [[1.245|ben a sy2011 s=Công đoàn ngành Giáo dục]] lượt đoàn viên với số tiền [[623 triệu|sf a sy2011 s=Công đoàn ngành Giáo dục]] đồng; phối hợp xây dựng [[5|sh a sy2011 s=Công đoàn ngành Giáo dục]] "Mái ấm công đoàn" cho giáo viên vùng sâu.

Năm học 2012-2013, Công đoàn ngành phấn đấu giới thiệu [[120|pr t sy2012 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng, xây dựng [[6|sh t sy2012 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm công đoàn".

Hội nghị đã khen thưởng 32 tập thể và 45 cá nhân.

Văn Hùng

Các tin khác:
- Hội thi giáo viên chủ nhiệm giỏi cấp tỉnh năm 2012
"""

KKT = 's=Công đoàn Khu kinh tế'

CL15 = """Công đoàn Khu kinh tế Quảng Ninh: 6 tháng đầu năm 2024 kết nạp [[2.840|mn a h1-2024 """ + KKT + """ n=headline repeat of the body figure (gold README 1)]] đoàn viên

6 tháng đầu năm 2024, Công đoàn Khu kinh tế tỉnh Quảng Ninh đã thành lập mới [[11|un a h1-2024 """ + KKT + """]] công đoàn cơ sở, kết nạp [[2.840|mn a h1-2024 """ + KKT + """]] đoàn viên, đạt [[71%|mn p h1-2024 """ + KKT + """ n=part-way attainment takes the reporting period (gold README 8)]] kế hoạch năm. Hiện Công đoàn Khu kinh tế có [[134|ut a null """ + KKT + """ n=stock in an undated page (gold README 7)]] CĐCS với [[38.912|mt a null """ + KKT + """]] đoàn viên.

Dịp Tết Nguyên đán Giáp Thìn 2024, Công đoàn Khu kinh tế phối hợp với các doanh nghiệp trao [[3.200|ben a y2024 """ + KKT + """ n=a Tết sentence names its own period, the Tết year]] suất quà cho công nhân có hoàn cảnh khó khăn, tổng trị giá [[1,6 tỷ|sf a y2024 """ + KKT + """]] đồng.

Trong 6 tháng, các CĐCS đã phối hợp tổ chức đối thoại định kỳ tại [[96|wd a h1-2024 """ + KKT + """]] doanh nghiệp, ký mới [[18|ca a h1-2024 """ + KKT + """]] bản thỏa ước lao động tập thể; vận động [[23|meal a h1-2024 """ + KKT + """]] doanh nghiệp nâng giá trị bữa ăn ca, mức bình quân đạt 22.000 đồng/suất.

Tháng Công nhân năm 2024, Công đoàn Khu kinh tế tổ chức [[5|tr a mo2024-05 """ + KKT + """ n=Tháng Công nhân names May (records.md periods)]] hội nghị tuyên truyền pháp luật lao động cho hơn [[1.100|te a mo2024-05 b=o """ + KKT + """]] công nhân tại KCN Cái Lân, Việt Hưng và Đông Mai.

Nguyễn Hoa

Nguồn: Báo Quảng Ninh
"""

ARTS = [
    ('cl11', 'https://baothuathienhue.vn/chinh-polit-xa-hoi/lao-dong/them-9-doanh-nghiep-dong-hanh-chuong-trinh-phuc-loi-doan-vien-128460.html',
     '2023-09-20', 'Thừa Thiên Huế', CL11),
    ('cl12', 'https://laodong.vn/cong-doan/hai-phong-tu-van-phap-luat-cho-1482-luot-nguoi-lao-dong-882315.ldo', None,
     'Hải Phòng', CL12),
    ('cl13', 'https://baoangiang.com.vn/an-giang-du-kien-chi-khoang-86-ty-dong-cham-lo-tet-cho-doan-vien-a471520.html',
     '2026-01-22', 'An Giang', CL13),
    ('cl14', 'http://congdoanlamdong.org.vn/tin-tuc/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2011-2012-522.html',
     '2012-09-14', 'Lâm Đồng', CL14),
    ('cl15', 'https://www.baomoi.com/cong-doan-khu-kinh-te-quang-ninh-6-thang-dau-nam-2024-ket-nap-2840-doan-vien/c/49530217.epi',
     None, 'Quảng Ninh', CL15),
]
