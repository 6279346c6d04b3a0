"""challenge44 articles ax01-ax10 (markup: [[span|IND ST PERIOD k=v ...]], see lib.py)."""

ARTS = []

# ax01 Quảng Nam, provincial federation, year 2018, published in January ("Năm qua" -> 2018)
ARTS.append(('ax01', 'https://baoquangnam.vn/xa-hoi/ket-nap-hon-6200-doan-vien-cong-doan-trong-nam-2018-101846.html',
             '2019-01-10', 'Quảng Nam', """Kết nạp hơn [[6.200|mn a y2018 b=o n=rule 1: rounded headline repeat of the body's 6.214 takes its region and period; bound from its own word hơn]] đoàn viên công đoàn trong năm 2018

N.ĐOAN |  10/01/2019 07:12

Năm qua, các cấp công đoàn trong tỉnh đã kết nạp [[6.214|mn a y2018 n=records.md: năm qua in a January article is the previous year]] đoàn viên, đạt [[124%|mn p y2018 n=rule 4: đạt N% kế hoạch is attainment of what was attained]] kế hoạch Tổng Liên đoàn giao; thành lập mới [[41|un a y2018]] công đoàn cơ sở (CĐCS).

Theo Liên đoàn Lao động tỉnh Quảng Nam, trong năm 2018, khu vực doanh nghiệp ngoài nhà nước tiếp tục là nơi phát triển đoàn viên nhiều nhất với [[5.102|mn a y2018 s=khu vực doanh nghiệp ngoài nhà nước n=rule 6: breakdown with scope]] đoàn viên mới và [[37|un a y2018 s=khu vực doanh nghiệp ngoài nhà nước n=rule 6: breakdown with scope]] CĐCS. So với năm 2017, số đoàn viên kết nạp tăng 812 người, số CĐCS thành lập mới tăng 6 đơn vị.

Tuy nhiên, do một số doanh nghiệp may mặc, chế biến gỗ ngừng hoạt động, trong năm có [[1.950|ml a y2018]] đoàn viên giảm và [[18|ud a y2018]] CĐCS giải thể. Tính đến cuối tháng 12/2018, toàn tỉnh hiện có [[68.530|mt a pub n=rule 7: hiện có is a stock dated at publication, not at the end of December]] đoàn viên, sinh hoạt tại [[1.412|ut a pub n=rule 7: stock dated at publication]] CĐCS.

Cũng trong năm, các CĐCS đã giới thiệu [[112|pr a y2018]] đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng; [[64|pa a y2018]] đồng chí đã được kết nạp vào Đảng.

Năm 2019, LĐLĐ tỉnh phấn đấu kết nạp [[6.000|mn t y2019]] đoàn viên, thành lập mới ít nhất [[35|un t y2019 b=o n=rule 5: ít nhất -> over; the threshold từ 25 lao động trở lên is not the figure's bound]] CĐCS tại các doanh nghiệp có từ 25 lao động trở lên.

N.ĐOAN

TAGS
công đoàn đoàn viên Quảng Nam

Tin liên quan
- Hội An: 300 công nhân được khám sức khỏe miễn phí
- Tặng 150 suất quà cho công nhân Khu công nghiệp Điện Nam - Điện Ngọc
"""))

# ax02 Đà Nẵng, industrial-zone union, Tháng Công nhân 2016
ARTS.append(('ax02', 'https://baodanang.vn/channel/5404/201605/cham-lo-cong-nhan-cac-khu-cong-nghiep-trong-thang-cong-nhan-2491733/',
             '2016-05-27', 'Đà Nẵng', """Chăm lo công nhân các khu công nghiệp trong Tháng Công nhân

Thứ Sáu, 27/05/2016, 06:45 [GMT+7]

Trong Tháng Công nhân năm 2016, Công đoàn các Khu công nghiệp và chế xuất (KCN-CX) Đà Nẵng đã phối hợp với các doanh nghiệp trao hơn [[1.200|ben a mo2016-05 b=o s=Công đoàn các KCN-CX Đà Nẵng n=rule 9: gift packages count as beneficiaries; records.md: Tháng Công nhân is May]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất từ 300.000 đến 500.000 đồng, tổng kinh phí gần [[520 triệu|sf a mo2016-05 b=u s=Công đoàn các KCN-CX Đà Nẵng n=rule 5: gần -> under; the per-gift range is not a record (rule 11)]] đồng.

Trao quà cho công nhân Công ty TNHH Mabuchi Motor Đà Nẵng. Ảnh: H.LÂM
Trao quà cho công nhân Công ty TNHH Mabuchi Motor Đà Nẵng. Ảnh: H.LÂM

Có [[96|wmu a mo2016-05 s=Công đoàn các KCN-CX Đà Nẵng n=period from the nearest earlier period phrase, Tháng Công nhân năm 2016]] CĐCS tổ chức các hoạt động hưởng ứng Tháng Công nhân như thăm hỏi, giao lưu văn nghệ, thể thao. Công đoàn các KCN-CX cùng CĐCS tổ chức đối thoại với người sử dụng lao động tại [[27|wd a mo2016-05 s=Công đoàn các KCN-CX Đà Nẵng]] doanh nghiệp; qua đối thoại, [[14|meal a mo2016-05 s=Công đoàn các KCN-CX Đà Nẵng n=rule 11: the meal levels 12.000 and 15.000 đồng are thresholds, the record is the enterprises]] doanh nghiệp đồng ý nâng mức bữa ăn giữa ca từ 12.000 đồng lên 15.000 đồng/suất.

Hiện Công đoàn các KCN-CX Đà Nẵng quản lý [[131|ut a pub s=Công đoàn các KCN-CX Đà Nẵng n=rule 7: hiện -> stock at publication; rule 10: industrial-zone union gives its province]] CĐCS với hơn [[52.000|mt a pub b=o s=Công đoàn các KCN-CX Đà Nẵng n=rule 7: stock at publication]] đoàn viên. Dịp này, Công đoàn các KCN-CX tuyên dương 60 công nhân lao động giỏi, tiêu biểu.

HOÀNG LÂM

Ý kiến bạn đọc (0)
"""))

# ax03 Thừa Thiên Huế, sector union (Giáo dục), school year 2017-2018, undated page
ARTS.append(('ax03', 'https://congdoanhue.vn/tin-tuc/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2017-2018-1482.html',
             None, 'Thừa Thiên Huế', """Công đoàn ngành Giáo dục tổng kết hoạt động năm học 2017-2018

Ngày 4/8, Công đoàn ngành Giáo dục tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2017-2018, triển khai nhiệm vụ năm học 2018-2019.

Trong năm học, [[598/603|oc a sy2017 n=x/y -> the first number (records.md 03/03); records.md: năm học is September to August]] đơn vị trường học đã tổ chức hội nghị viên chức đúng quy định, công khai các khoản thu chi, chế độ chính sách của nhà giáo. Công đoàn ngành đã kết nạp mới [[312|mn a sy2017]] đoàn viên, chủ yếu là giáo viên hợp đồng, nhân viên cấp dưỡng; giới thiệu [[74|pr a sy2017]] đoàn viên ưu tú cho chi bộ xem xét, [[49|pa a sy2017]] đồng chí đã được kết nạp Đảng.

Quỹ Mái ấm Công đoàn ngành đã hỗ trợ xây mới [[3|sh a sy2017 n=rule 1: xây mới 3 and sửa chữa 5 are two mentions, two records]] và sửa chữa [[5|sh a sy2017]] nhà cho đoàn viên khó khăn về nhà ở với tổng số tiền [[340 triệu|shf a sy2017]] đồng; mức hỗ trợ xây mới 60 triệu đồng/nhà. Các cấp công đoàn cũng thăm hỏi, trợ cấp [[426|ben a sy2017]] lượt đoàn viên ốm đau, gặp hoàn cảnh khó khăn với tổng số tiền hơn [[510 triệu|sf a sy2017 b=o]] đồng.

Hiện Công đoàn ngành có [[258|ut a null n=rule 7: stock on a page without publication date -> null..null]] CĐCS với gần [[14.600|mt a null b=u n=rule 7: stock without publication date -> null..null; gần -> under]] đoàn viên.

Năm học 2018-2019, Công đoàn ngành phấn đấu 100% đơn vị tổ chức hội nghị viên chức, kết nạp ít nhất [[250|mn t sy2018 b=o]] đoàn viên mới, xây dựng [[4|sh t sy2018]] nhà Mái ấm Công đoàn.

Dịp này, Công đoàn ngành Giáo dục tặng giấy khen cho 36 tập thể và 58 cá nhân có thành tích xuất sắc.

Minh Thư
"""))

# ax04 Quảng Ngãi, provincial federation, "6 tháng đầu năm" without year
ARTS.append(('ax04', 'https://congdoan.quangngai.gov.vn/i2911-6-thang-dau-nam-218-doanh-nghiep-to-chuc-hoi-nghi-nguoi-lao-dong.aspx',
             '2021-06-25', 'Quảng Ngãi', """Đăng lúc: 25/06/2021 03:15:40 PM

6 tháng đầu năm, [[218|wkc a h1-2021 s=doanh nghiệp ngoài nhà nước n=rule 1: headline repeat takes the body's period (and scope)]] doanh nghiệp tổ chức hội nghị người lao động

Theo báo cáo của Ban Chính sách - Pháp luật, LĐLĐ tỉnh, 6 tháng đầu năm, các cấp công đoàn đã phối hợp hướng dẫn [[218|wkc a h1-2021 s=doanh nghiệp ngoài nhà nước n=records.md: a period phrase with no year takes the publication year]] doanh nghiệp ngoài nhà nước tổ chức hội nghị người lao động, tăng 23 doanh nghiệp so với cùng kỳ năm 2020; [[164|wd a h1-2021]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Công đoàn đã thương lượng, ký kết mới [[37|ca a h1-2021]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[402|ca a pub n=rule 7: agreements in force are the stock of their signings, dated at publication]] bản.

Về công tác tuyên truyền, LĐLĐ tỉnh và các công đoàn cấp trên cơ sở tổ chức [[46|tr a h1-2021]] lớp tập huấn pháp luật lao động cho [[3.870|te a h1-2021]] lượt cán bộ công đoàn và người lao động. Văn phòng Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho [[295|lc a h1-2021]] lượt người lao động, giảm 14% so với cùng kỳ do ảnh hưởng của dịch Covid-19.

Các cấp công đoàn còn phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại [[58|sv a h1-2021]] doanh nghiệp. Đồng thời, LĐLĐ tỉnh hỗ trợ [[1.046|ben a h1-2021]] đoàn viên, người lao động bị ảnh hưởng bởi dịch bệnh với số tiền trên [[1,5 tỷ|sf a h1-2021 b=o]] đồng.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu có thêm ít nhất [[60|wkc t l6-2021 b=o s=doanh nghiệp ngoài nhà nước]] doanh nghiệp ngoài nhà nước tổ chức hội nghị người lao động, ký mới [[30|ca t l6-2021]] bản thỏa ước.

 Thanh Hương 

VĂN BẢN MỚI
LIÊN KẾT WEB
Thống kê truy cập
Hôm nay: 512
Hôm qua: 3,904
Tuần này: 19,227
Tổng lượt truy cập: 2,410,377
Số người online: 27
"""))

# ax05 Bình Định (-> Gia Lai), district federation, Mái ấm handover, "Trong năm" -> 2017
ARTS.append(('ax05', 'https://baobinhdinh.vn/viewnews.aspx?id=186540',
             '2017-12-28', 'Bình Định', """LĐLĐ huyện Phù Cát bàn giao [[4|sh a y2017 s=LĐLĐ huyện Phù Cát n=rule 1: headline repeat of the year's 4 houses takes its period]] nhà Mái ấm Công đoàn

Cập nhật ngày: 28/12/2017 - 16:05

(BĐ) - Ngày 27.12, LĐLĐ huyện Phù Cát tổ chức bàn giao nhà Mái ấm Công đoàn cho đoàn viên Nguyễn Thị Hạnh, nhân viên Trường Tiểu học số 2 Cát Hanh. Ngôi nhà có diện tích 60 m2, được Quỹ Mái ấm Công đoàn hỗ trợ 50 triệu đồng/căn theo quy định, phần còn lại do gia đình và đồng nghiệp góp sức.

Trong năm, LĐLĐ huyện đã phối hợp xây mới, sửa chữa [[4|sh a y2017 s=LĐLĐ huyện Phù Cát n=records.md: trong năm -> the publication year; rule 10: a district federation gives its province with a scope]] nhà Mái ấm Công đoàn với tổng kinh phí hỗ trợ [[200 triệu|shf a y2017 s=LĐLĐ huyện Phù Cát]] đồng. Cũng trong năm 2017, LĐLĐ huyện đã thăm hỏi, tặng quà cho [[675|ben a y2017 s=LĐLĐ huyện Phù Cát]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn, tổng số tiền gần [[230 triệu|sf a y2017 b=u s=LĐLĐ huyện Phù Cát]] đồng; kết nạp mới [[418|mn a y2017 s=LĐLĐ huyện Phù Cát]] đoàn viên, thành lập [[6|un a y2017 s=LĐLĐ huyện Phù Cát]] CĐCS.

LĐLĐ huyện Phù Cát trao nhà Mái ấm Công đoàn cho đoàn viên Nguyễn Thị Hạnh.

NGỌC TÚ

Các tin khác
- LĐLĐ tỉnh tặng 400 suất quà Tết cho công nhân KCN Phú Tài
- Hội thao CNVCLĐ huyện Tuy Phước thu hút 520 vận động viên
"""))

# ax06 Phú Yên (-> Đắk Lắk), Tết Canh Tý 2020, breakdown by body
ARTS.append(('ax06', 'https://baophuyen.vn/77/232110/hon-6800-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet.html',
             '2020-02-05', 'Phú Yên', """Hơn [[6.800|ben a y2020 b=o n=rule 1: rounded headline repeat of 6.842 takes the body's period]] đoàn viên, người lao động được chăm lo Tết

Thứ Tư, 05/02/2020, 08:20

(BPY) - Theo LĐLĐ tỉnh, dịp Tết Nguyên đán Canh Tý 2020, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho [[6.842|ben a y2020 n=the Tết figures take the Tết year (Tết Canh Tý 2020)]] đoàn viên, người lao động với tổng kinh phí khoảng [[3,1 tỷ|sf a y2020 b=a n=rule 5: khoảng -> about]] đồng, tăng 9% so với Tết Kỷ Hợi 2019.

Trong đó, LĐLĐ tỉnh trực tiếp trao [[1.500|ben a y2020 s=LĐLĐ tỉnh n=rule 6: breakdown by body; rule 9: gift packages count as beneficiaries]] suất quà, mỗi suất 500.000 đồng; Công đoàn các KCN tỉnh tặng [[1.120|ben a y2020 s=Công đoàn các KCN tỉnh]] suất quà, trị giá [[560 triệu|sf a y2020 s=Công đoàn các KCN tỉnh]] đồng; Công đoàn ngành Y tế tặng quà cho [[430|ben a y2020 s=Công đoàn ngành Y tế]] đoàn viên với số tiền hơn [[215 triệu|sf a y2020 b=o s=Công đoàn ngành Y tế]] đồng.

Tại Chương trình "Tết Sum vầy" ở KCN Hòa Hiệp, Công đoàn các KCN tỉnh còn tặng [[200|ben a y2020 s=Công đoàn các KCN tỉnh n=rule 9: tickets given to members count as beneficiaries]] vé xe cho công nhân về quê đón Tết. Gian hàng "0 đồng" của chương trình phát 1.000 phiếu mua hàng cho công nhân.

Công nhân KCN Hòa Hiệp nhận quà Tết từ Công đoàn. Ảnh: T.AN

TRẦN AN

Gửi bình luận | In bài | Chia sẻ
"""))

# ax07 Khánh Hòa, company union, year 2022, undated page
ARTS.append(('ax07', 'https://congdoankhanhhoa.vn/tin-tuc/cong-doan-cong-ty-cp-thuy-san-cam-ranh-cham-lo-thiet-thuc-cho-nguoi-lao-dong',
             None, 'Khánh Hòa', """Công đoàn Công ty CP Thủy sản Cam Ranh: Chăm lo thiết thực cho người lao động

Công đoàn Công ty cổ phần Thủy sản Cam Ranh hiện có [[1.126|mt a null s=Công đoàn Công ty cổ phần Thủy sản Cam Ranh n=rule 7: stock on an undated page -> null..null; company union gives its province]] đoàn viên trên tổng số 1.180 lao động của công ty.

Năm 2022, Công đoàn công ty đã phối hợp với Ban giám đốc tổ chức đối thoại định kỳ mỗi quý, thương lượng và ký kết [[01|ca a y2022 s=Công đoàn Công ty cổ phần Thủy sản Cam Ranh n=rule 3: 01 -> 1]] bản thỏa ước lao động tập thể mới (lần thứ 5) với 12 điều khoản có lợi hơn cho người lao động so với quy định của pháp luật. Mức ăn giữa ca được nâng từ 18.000 đồng lên 22.000 đồng/suất.

Trong năm, công đoàn đã thăm hỏi [[215|ben a y2022 s=Công đoàn Công ty cổ phần Thủy sản Cam Ranh]] lượt đoàn viên ốm đau, thai sản với số tiền [[96,5 triệu|sf a y2022 s=Công đoàn Công ty cổ phần Thủy sản Cam Ranh]] đồng; kết nạp [[38|mn a y2022 s=Công đoàn Công ty cổ phần Thủy sản Cam Ranh]] đoàn viên mới, giới thiệu [[3|pr a y2022 s=Công đoàn Công ty cổ phần Thủy sản Cam Ranh]] đoàn viên ưu tú cho chi bộ công ty. Công đoàn cũng phối hợp tổ chức [[2|tr a y2022 s=Công đoàn Công ty cổ phần Thủy sản Cam Ranh]] lớp tập huấn an toàn, vệ sinh lao động cho [[240|te a y2022 s=Công đoàn Công ty cổ phần Thủy sản Cam Ranh]] lượt người lao động.

Với những kết quả trên, Công đoàn công ty được LĐLĐ tỉnh tặng bằng khen năm 2022.

Hồng Nhung
"""))

# ax08 Hà Nội, city federation, year 2022 report with sector breakdown, net changes
ARTS.append(('ax08', 'https://hanoimoi.vn/cong-doan-thu-do-ket-nap-gan-46000-doan-vien-trong-nam-2022-589214.html',
             '2022-12-20', 'Hà Nội', """Công đoàn Thủ đô kết nạp gần [[46.000|mn a y2022 b=u n=rule 1: rounded headline repeat of 45.862 takes the body's period; gần -> under]] đoàn viên trong năm 2022

Thứ Ba, 20/12/2022 - 15:32

Năm 2022, các cấp công đoàn Thủ đô đã kết nạp [[45.862|mn a y2022 n=rule 1: the sapo is a mention of its own]] đoàn viên, thành lập [[512|un a y2022]] công đoàn cơ sở, đều vượt chỉ tiêu Tổng Liên đoàn giao.

Thông tin tại hội nghị tổng kết công tác công đoàn năm 2022 do LĐLĐ thành phố Hà Nội tổ chức chiều 19/12, các cấp công đoàn Thủ đô đã kết nạp [[45.862|mn a y2022]] đoàn viên (đạt [[114,6%|mn p y2022]] kế hoạch), thành lập [[512|un a y2022]] CĐCS (vượt [[12%|un p y2022 v=112 n=records.md: vượt 12% chỉ tiêu -> 112% attainment]] chỉ tiêu). Trong đó, khu vực ngoài nhà nước kết nạp [[39.417|mn a y2022 s=khu vực ngoài nhà nước n=rule 6: breakdown by sector with scope]] đoàn viên, thành lập [[486|un a y2022 s=khu vực ngoài nhà nước]] CĐCS; khu vực nhà nước kết nạp [[6.445|mn a y2022 s=khu vực nhà nước]] đoàn viên, thành lập [[26|un a y2022 s=khu vực nhà nước]] CĐCS.

Lãnh đạo LĐLĐ thành phố Hà Nội tặng cờ thi đua cho các tập thể xuất sắc. Ảnh: Hải Ninh

Tuy nhiên, do doanh nghiệp giải thể, thu hẹp sản xuất, trong năm có [[31.208|ml a y2022]] đoàn viên giảm, [[207|ud a y2022]] CĐCS giải thể. Như vậy, số đoàn viên tăng tuyệt đối [[14.654|mnet a y2022]] người, số CĐCS tăng tuyệt đối [[305|unet a y2022]] đơn vị. Tính đến ngày 30/11/2022, toàn thành phố có [[1.021.570|mt a pub n=rule 7: a stock stated at a date is dated at publication]] đoàn viên, sinh hoạt tại [[15.284|ut a pub n=rule 7: stock dated at publication]] CĐCS.

Trong năm, các cấp công đoàn đã cấp mới [[52.300|rec a y2022 n=indicators.tsv: cards given count as member_records]] thẻ đoàn viên công đoàn; ký kết [[9|wp a y2022]] thỏa thuận hợp tác với các doanh nghiệp trong chương trình "Phúc lợi đoàn viên", nâng tổng số thỏa thuận còn hiệu lực lên [[58|wp a pub n=rule 7: partners in force are the stock of their signings, dated at publication]]. Các CĐCS đã giới thiệu [[5.126|pr a y2022]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[3.018|pa a y2022]] đoàn viên đã được kết nạp vào Đảng.

Năm 2023, LĐLĐ thành phố đặt mục tiêu kết nạp [[40.000|mn t y2023]] đoàn viên, thành lập [[400|un t y2023]] CĐCS, giới thiệu ít nhất [[4.000|pr t y2023 b=o]] đoàn viên ưu tú cho Đảng. Dịp này, LĐLĐ thành phố tặng cờ thi đua cho 25 tập thể, bằng khen cho 80 tập thể và 120 cá nhân.

Hải Ninh
"""))

# ax09 Hồ Chí Minh, industrial-zone union (HEPZA), 9 months 2018, part-way attainment
ARTS.append(('ax09', 'https://nld.com.vn/cong-doan/them-96-doanh-nghiep-nang-bua-an-ca-cho-cong-nhan-20181015205511874.htm',
             '2018-10-15', 'Hồ Chí Minh', """ date 2018-10-15 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Thêm [[96|meal a f9-2018 s=Công đoàn các KCX-KCN TP HCM n=rule 1: headline repeat takes the body's period and region]] doanh nghiệp nâng bữa ăn ca cho công nhân

THU HÀ

(NLĐO)- 9 tháng năm 2018, Công đoàn các KCX-KCN TP HCM đã thương lượng thành công với [[96|meal a f9-2018 s=Công đoàn các KCX-KCN TP HCM n=rule 10: industrial-zone union gives its province with a scope]] doanh nghiệp nâng giá trị bữa ăn giữa ca

Theo Công đoàn các KCX-KCN TP HCM, 9 tháng năm 2018, công đoàn đã ký mới [[148|ca a f9-2018 s=Công đoàn các KCX-KCN TP HCM]] bản thỏa ước lao động tập thể, đạt [[82%|ca p f9-2018 s=Công đoàn các KCX-KCN TP HCM n=part-way attainment of the year plan takes the reporting period (9 months)]] kế hoạch năm. Có [[574|wkc a f9-2018 s=Công đoàn các KCX-KCN TP HCM]] doanh nghiệp tổ chức hội nghị người lao động, tăng 38 doanh nghiệp so với cùng kỳ; [[301|wd a f9-2018 s=Công đoàn các KCX-KCN TP HCM]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Bữa ăn giữa ca của công nhân Công ty TNHH Nidec Việt Nam (KCX Tân Thuận). Ảnh: THU HÀ

Công đoàn cũng phối hợp với Ban Quản lý các KCX-KCN kiểm tra việc chấp hành pháp luật lao động tại [[72|sv a f9-2018 s=Công đoàn các KCX-KCN TP HCM]] doanh nghiệp. Về phát triển tổ chức, 9 tháng qua công đoàn thành lập mới [[43|un a f9-2018 s=Công đoàn các KCX-KCN TP HCM]] CĐCS, kết nạp [[21.560|mn a f9-2018 s=Công đoàn các KCX-KCN TP HCM]] đoàn viên, nâng tổng số đoàn viên lên hơn [[360.000|mt a pub b=o s=Công đoàn các KCX-KCN TP HCM n=rule 7: nâng tổng số ... lên is a stock dated at publication]].

Quý IV/2018, Công đoàn các KCX-KCN TP HCM phấn đấu ký mới thêm [[40|ca t q4-2018 s=Công đoàn các KCX-KCN TP HCM]] bản thỏa ước, trong đó ưu tiên các doanh nghiệp có trên 1.000 lao động.

Ý kiến của bạn
Tin liên quan
- Gần 2.000 công nhân được tư vấn pháp luật miễn phí
"""))

# ax10 Hải Phòng, inspection committee, Q1/2024, year target
ARTS.append(('ax10', 'https://baohaiphong.vn/uy-ban-kiem-tra-ldld-thanh-pho-quy-i-kiem-tra-tai-chinh-27-don-vi-481732.html',
             '2024-04-12', 'Hải Phòng', """Quý I, kiểm tra tài chính [[27|fi a q1-2024 n=rule 1: headline repeat takes the body's period]] đơn vị công đoàn

Thứ Sáu, 12/04/2024 10:15

Quý I/2024, Ủy ban Kiểm tra các cấp công đoàn thành phố Hải Phòng đã tiến hành kiểm tra tài chính tại [[27|fi a q1-2024]] công đoàn cơ sở và công đoàn cấp trên cơ sở, đạt [[24,5%|fi p q1-2024 n=part-way attainment of the year plan takes the reporting period]] kế hoạch năm ([[110|fi t y2024 n=rule 4: the year plan in brackets is a target of the full year]] cuộc). Qua kiểm tra, phát hiện 3 đơn vị chi sai quy định với tổng số tiền 48 triệu đồng, đã yêu cầu thu hồi.

Cùng với đó, các cấp công đoàn đã tổ chức và tham gia [[19|sv a q1-2024]] cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động tại doanh nghiệp, trong đó có [[7|sv a q1-2024 s=Công đoàn Khu kinh tế Hải Phòng n=rule 6: breakdown by body with scope]] cuộc do Công đoàn Khu kinh tế Hải Phòng chủ trì.

LĐLĐ thành phố cũng tổ chức [[2|tr a q1-2024]] hội nghị tập huấn nghiệp vụ công tác kiểm tra cho [[315|te a q1-2024]] cán bộ làm công tác kiểm tra ở các cấp công đoàn.

Hội nghị tập huấn nghiệp vụ kiểm tra năm 2024. Ảnh: Đ.KHÔI

ĐÌNH KHÔI

Lượt xem: 1.247
"""))
