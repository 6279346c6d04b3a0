"""cf06-cf10: Khánh Hòa, Phú Yên, Bình Định, Quảng Ngãi, Quảng Nam."""

ARTS = []

# cf06 - baokhanhhoa-like, 9 months 2015, agreements and dialogues, quarter target; body in the headline
ARTS.append(('cf06', 'http://www.baokhanhhoa.vn/xa-hoi/201510/ldld-khanh-hoa-9-thang-ky-moi-46-thoa-uoc-lao-dong-tap-the-8021544/',
             '2015-10-20', 'Khánh Hòa', """LĐLĐ Khánh Hòa: 9 tháng ký mới [[46|ca a f9-2015 n=headline repeat of the body figure, its period (gold README 1)]] thỏa ước lao động tập thể

Cập nhật lúc 08:42, Thứ Ba, 20/10/2015 (GMT+7)

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, 9 tháng đầu năm 2015, các công đoàn cơ sở trong tỉnh đã thương lượng, ký mới [[46|ca a f9-2015]] bản thỏa ước lao động tập thể (TƯLĐTT), nâng tổng số TƯLĐTT còn hiệu lực lên [[612|ca a pub n=agreements in force -> the stock of collective_agreements, dated at publication (gold README 7)]] bản. Có [[378|wkc a f9-2015]] doanh nghiệp tổ chức hội nghị người lao động và [[215|wd a f9-2015]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Riêng Công đoàn Khu kinh tế Vân Phong đã phối hợp tổ chức [[12|wd a f9-2015 s=Công đoàn Khu kinh tế Vân Phong n=economic-zone union -> its province with a scope (records.md Regions)]] cuộc đối thoại với doanh nghiệp trong khu kinh tế.

LĐLĐ tỉnh cũng đã phối hợp với Sở Lao động - Thương binh và Xã hội tham gia [[28|sv a f9-2015]] cuộc kiểm tra việc thực hiện pháp luật lao động tại các doanh nghiệp. Qua kiểm tra, đoàn đã kiến nghị doanh nghiệp khắc phục các sai sót về hợp đồng lao động, đóng bảo hiểm xã hội.

Tuy nhiên, chất lượng nhiều bản thỏa ước chưa cao; khoảng 60% bản chỉ chép lại quy định của pháp luật, ít điều khoản có lợi hơn cho người lao động.

Trong quý IV, LĐLĐ tỉnh phấn đấu ký mới thêm [[20|ca t q4-2015]] bản TƯLĐTT, tập trung vào các doanh nghiệp có từ 50 lao động trở lên; tổ chức [[3|tr t q4-2015]] lớp tập huấn kỹ năng thương lượng cho chủ tịch công đoàn cơ sở.

HẢI LĂNG
"""))

# cf07 - congdoan Phú Yên portal, undated; party referrals over a term, explicit periods
ARTS.append(('cf07', 'http://congdoanphuyen.vn/tin-tuc/xay-dung-to-chuc/gioi-thieu-doan-vien-uu-tu-cho-dang-ket-qua-nhiem-ky-2013-2018-1186.html',
             None, 'Phú Yên', """Trang chủ > Tin tức > Xây dựng tổ chức

Giới thiệu đoàn viên ưu tú cho Đảng: Kết quả nhiệm kỳ 2013-2018

Nhiệm kỳ 2013-2018, các cấp công đoàn tỉnh Phú Yên đã giới thiệu [[2.146|pr a t2013-2018]] đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng kết nạp, vượt [[7,3%|pr p t2013-2018 v=107.3 n="vượt 7,3% chỉ tiêu" -> 107.3 (records.md status); bound exact, the "vượt" being part of the conversion]] chỉ tiêu Nghị quyết Đại hội Công đoàn tỉnh lần thứ XV đề ra; trong số đó có [[1.589|pa a t2013-2018]] đoàn viên đã được kết nạp vào Đảng.

Công đoàn ngành Giáo dục là đơn vị có số đoàn viên được giới thiệu nhiều nhất với [[564|pr a t2013-2018 s=Công đoàn ngành Giáo dục]] người. Ở khu vực doanh nghiệp ngoài nhà nước, công tác này còn nhiều khó khăn, cả nhiệm kỳ mới giới thiệu được [[86|pr a t2013-2018 s=khu vực doanh nghiệp ngoài nhà nước]] đoàn viên.

Riêng năm 2017, các cấp công đoàn giới thiệu [[452|pr a y2017]] đoàn viên ưu tú, [[318|pa a y2017]] đồng chí đã được kết nạp.

Nhiệm kỳ 2018-2023, LĐLĐ tỉnh phấn đấu giới thiệu ít nhất [[2.000|pr t t2018-2023 b=o]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[1.000|pr t t2018-2023 s=công nhân lao động trực tiếp sản xuất n=breakdown of the term target (gold README 6)]] người là công nhân lao động trực tiếp sản xuất.

Lượt xem: 512

Tin khác
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 14, khóa XV
"""))

# cf08 - Bình Định union portal copy, undated; inspection committee year 2019, explicit years
ARTS.append(('cf08', 'http://congdoanbinhdinh.org.vn/uy-ban-kiem-tra/ubkt-cong-doan-cac-cap-tinh-binh-dinh-tong-ket-cong-tac-kiem-tra-nam-2019-2384.html',
             None, 'Bình Định', """UBKT công đoàn các cấp tỉnh Bình Định tổng kết công tác kiểm tra năm 2019

Liên đoàn Lao động tỉnh Bình Định vừa tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2019 và triển khai nhiệm vụ năm 2020.

Năm 2019, Ủy ban Kiểm tra (UBKT) công đoàn các cấp trong tỉnh đã tổ chức [[223|fi a y2019]] cuộc kiểm tra tài chính công đoàn, trong đó [[9|fi a y2019 s=công đoàn cấp trên trực tiếp cơ sở]] cuộc tại công đoàn cấp trên trực tiếp cơ sở; kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại [[118|sv a y2019 n=inspections of Điều lệ compliance held -> supervisions]] đơn vị và giám sát [[45|sv a y2019]] cuộc. Qua kiểm tra, UBKT phát hiện 17 đơn vị có sai sót trong quản lý, sử dụng tài chính, kiến nghị thu hồi, xử lý 86 triệu đồng.

Trong năm, LĐLĐ tỉnh mở [[2|tr a y2019]] lớp tập huấn nghiệp vụ cho [[160|te a y2019]] ủy viên UBKT công đoàn cơ sở.

Năm 2020, UBKT LĐLĐ tỉnh đề ra kế hoạch kiểm tra tài chính [[230|fi t y2020]] công đoàn cơ sở và công đoàn cấp trên trực tiếp cơ sở; giám sát ít nhất [[50|sv t y2020 b=o]] cuộc.

Dịp này, 6 tập thể và 9 cá nhân được LĐLĐ tỉnh tặng Bằng khen vì có thành tích xuất sắc trong công tác kiểm tra.

Hồng Phúc
"""))

# cf09 - congdoan.quangngai.gov.vn-like portal, Q1 2022, legal consultations, access counter
ARTS.append(('cf09', 'https://congdoan.quangngai.gov.vn/i2907-tu-van-phap-luat-cho-186-luot-doan-vien-nguoi-lao-dong.aspx',
             '2022-04-12', 'Quảng Ngãi', """Đăng lúc: 12/04/2022 09:15:20 AM

Tư vấn pháp luật cho [[186|lc a q1-2022 n=headline repeat of the body figure, its period (gold README 1)]] lượt đoàn viên, người lao động

Trong quý I/2022, Văn phòng Tư vấn pháp luật Công đoàn tỉnh đã tư vấn pháp luật trực tiếp và qua điện thoại cho [[186|lc a q1-2022]] lượt đoàn viên, người lao động, đạt [[26,6%|lc p q1-2022 n=part-way attainment of the year plan takes the quarter (gold README 4)]] kế hoạch năm; tham gia bảo vệ quyền lợi cho người lao động tại tòa án 3 vụ việc. Nội dung tư vấn chủ yếu liên quan đến hợp đồng lao động, tiền lương, bảo hiểm xã hội và chế độ cho người lao động bị ảnh hưởng bởi dịch Covid-19.

Công đoàn các Khu công nghiệp tỉnh đã tư vấn cho [[62|lc a q1-2022 s=Công đoàn các Khu công nghiệp tỉnh]] lượt công nhân tại các doanh nghiệp ở Khu công nghiệp Tịnh Phong và Khu kinh tế Dung Quất. Văn phòng cũng phối hợp tổ chức [[14|tr a q1-2022]] hội nghị tuyên truyền pháp luật tại doanh nghiệp với [[1.250|te a q1-2022]] lượt công nhân tham dự.

Năm 2022, Liên đoàn Lao động tỉnh phấn đấu tư vấn pháp luật cho [[700|lc t y2022]] lượt đoàn viên, người lao động.

Đoàn viên, người lao động cần tư vấn có thể liên hệ đường dây nóng 0255.3822.615 hoặc đến trực tiếp trụ sở Văn phòng tại số 56 Hùng Vương, TP Quảng Ngãi.

 Minh Hà 

VĂN BẢN MỚI
LIÊN KẾT WEB
Thống kê truy cập
Hôm nay: 312
Hôm qua: 3,907
Tổng lượt truy cập: 2,845,117
"""))

# cf10 - baoquangnam-like excerpt, undated, cut at the start; trainings 2014; light damage (Kêt, mid-word start)
ARTS.append(('cf10', 'https://baoquangnam.vn/cong-doan/nang-cao-chat-luong-dao-tao-boi-duong-can-bo-cong-doan-co-so-51207.html',
             None, 'Quảng Nam', """...ng tác đào tạo, bồi dưỡng cán bộ công đoàn cơ sở được Liên đoàn Lao động tỉnh Quảng Nam xác định là khâu then chốt.

D.LỆ |

Năm 2014, LĐLĐ tỉnh đã tổ chức [[18|tr a y2014]] lớp tập huấn nghiệp vụ (đạt [[112,5%|tr p y2014 n=the bracketed attainment follows the number of courses -> trainings (gold README 4)]] kế hoạch) cho [[1.420|te a y2014]] lượt cán bộ công đoàn cơ sở. Bên cạnh đó, LĐLĐ các huyện, thành phố tổ chức [[46|tr a y2014 s=LĐLĐ các huyện, thành phố]] lớp với [[3.150|te a y2014 s=LĐLĐ các huyện, thành phố]] lượt học viên tham dự. Nội dung tập huấn tập trung vào kỹ năng thương lượng, đối thoại, công tác tài chính và kiểm tra công đoàn.

Kêt quả, nhiều chủ tịch công đoàn cơ sở ở doanh nghiệp ngoài nhà nước đã mạnh dạn hơn khi đại diện người lao động đối thoại với chủ doanh nghiệp. Các cấp công đoàn cũng tuyên truyền pháp luật cho hơn [[25.000|te a y2014 b=o n=persons reached by dissemination -> trainees]] lượt đoàn viên, người lao động và thành lập mới [[12|wc a y2014]] Ban nữ công quần chúng.

Năm 2015, LĐLĐ tỉnh phấn đấu mở [[20|tr t y2015]] lớp tập huấn, trong đó ít nhất [[6|tr t y2015 b=o s=khu vực ngoài nhà nước]] lớp dành cho cán bộ công đoàn khu vực ngoài nhà nước.
"""))
