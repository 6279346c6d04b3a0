# ae01-ae05: two interviews (Q&A turns), two national-site stories about one province,
# one regional cluster conference with five provinces.
ARTS = []

ARTS.append(('ae01', 'https://baobacgiang.vn/xa-hoi/202307/chu-tich-ldld-tinh-doan-vien-phai-thay-duoc-loi-ich-khi-vao-to-chuc-cong-doan-a1f0c27/',
             '2023-07-27', 'Bắc Giang', '''Chủ tịch LĐLĐ tỉnh Nguyễn Văn Dũng: “Đoàn viên phải thấy được lợi ích khi vào tổ chức Công đoàn”

Thứ Năm, 27/07/2023 - 07:15

BBG - Nhân kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2023), phóng viên Báo Bắc Giang có cuộc trao đổi với đồng chí Nguyễn Văn Dũng, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Giang. Nhiệm kỳ qua, hơn [[52.000|mn a t2018-2023 b=o n=sapo repeat of the term figure 52.480 (rounded, own bound word): takes the body's region and period (gold README 1)]] đoàn viên mới đã được kết nạp.

PV: Thưa đồng chí, nhìn lại nhiệm kỳ 2018-2023, công tác phát triển đoàn viên của tỉnh có những kết quả nổi bật nào?

Ông Nguyễn Văn Dũng: Nhiệm kỳ 2018-2023, các cấp công đoàn trong tỉnh đã kết nạp [[52.480|mn a t2018-2023 n=term period from the PV question and the answer (records.md nhiệm kỳ), although the congress was mid-2023]] đoàn viên, thành lập mới [[236|un a t2018-2023]] công đoàn cơ sở (CĐCS), vượt chỉ tiêu Đại hội đề ra. Riêng năm 2022, toàn tỉnh kết nạp [[12.615|mn a y2022]] đoàn viên, đạt [[126%|mn p y2022]] kế hoạch, trong đó khu vực các khu công nghiệp chiếm [[9.870|mn a y2022 s=khu vực các khu công nghiệp n=breakdown (gold README 6)]] người. Hiện toàn tỉnh có [[1.742|ut a pub]] CĐCS với hơn [[215.000|mt a pub b=o]] đoàn viên.

PV: Đời sống công nhân trong các khu công nghiệp còn nhiều khó khăn. Công đoàn đã chăm lo cho họ như thế nào?

Ông Nguyễn Văn Dũng: Chúng tôi xác định chăm lo là “chìa khóa” để thu hút đoàn viên. Dịp Tết Quý Mão 2023, các cấp công đoàn đã thăm, tặng quà [[38.200|ben a y2023 n=Tết Quý Mão 2023 -> 2023 (Tết figures take the Tết year)]] lượt đoàn viên, người lao động với tổng kinh phí [[29,6 tỷ|sf a y2023]] đồng; mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng. Từ năm 2019 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa [[164|sh a 2019-01-01..2023-07-27 n=từ năm 2019 đến nay -> 2019-01-01..publication (records.md)]] nhà Mái ấm Công đoàn với số tiền [[6,8 tỷ|shf a 2019-01-01..2023-07-27]] đồng.

Đồng chí Nguyễn Văn Dũng trao quà cho công nhân Công ty TNHH Fuhong Precision Component (Bắc Giang)

PV: Công tác đại diện, bảo vệ quyền lợi người lao động có điểm gì mới, thưa đồng chí?

Ông Nguyễn Văn Dũng: 6 tháng đầu năm nay, công đoàn các cấp đã phối hợp tổ chức [[312|wd a h1-2023 n=6 tháng đầu năm nay -> H1 of the publication year]] cuộc đối thoại tại nơi làm việc, ký mới [[87|ca a h1-2023]] bản thỏa ước lao động tập thể; Văn phòng tư vấn pháp luật của LĐLĐ tỉnh đã tư vấn cho [[1.146|lc a h1-2023]] lượt người lao động, giúp 9 người lao động đòi được quyền lợi. Năm 2023, chúng tôi phấn đấu kết nạp [[11.000|mn t y2023]] đoàn viên, thành lập [[40|un t y2023]] CĐCS. Điều quan trọng nhất là đoàn viên phải thấy được lợi ích khi vào tổ chức Công đoàn.

PV: Xin cảm ơn đồng chí!

Nguyễn Hương (thực hiện)

Lượt xem: 2.315
'''))

ARTS.append(('ae02', 'https://nld.com.vn/cong-doan/long-an-cong-doan-phai-di-truoc-mot-buoc-20191230193512774.htm',
             '2019-12-30', 'Long An', ''' date 2019-12-30 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Long An: “Công đoàn phải đi trước một bước”

NGỌC GIÀU

(NLĐO)- Trao đổi với phóng viên Báo Người Lao Động, bà Trần Thị Kim Phượng, Chủ tịch LĐLĐ tỉnh Long An, cho biết số đoàn viên mới kết nạp tăng đều qua 3 năm gần đây.

- PV: Thưa bà, những năm gần đây lực lượng công nhân ở Long An tăng rất nhanh. Công tác phát triển đoàn viên có theo kịp?

- Bà Trần Thị Kim Phượng: Long An hiện có 25 khu công nghiệp và hơn 60 cụm công nghiệp đang hoạt động, thu hút trên 300.000 lao động. Năm 2017, các cấp công đoàn kết nạp [[14.320|mn a y2017 n=comparison over several years: every year's figure is a record of its own year]] đoàn viên; sang năm 2018 con số này là [[17.905|mn a y2018]] và năm 2019 đạt [[21.460|mn a y2019]] đoàn viên, vượt [[43%|mn p y2019 v=143 n=vượt 43% kế hoạch -> attainment 143 (records.md)]] kế hoạch. Đến nay, toàn tỉnh có [[1.315|ut a pub]] CĐCS với [[186.540|mt a pub]] đoàn viên, trong đó khu vực ngoài nhà nước là [[152.300|mt a pub s=khu vực ngoài nhà nước]] đoàn viên.

Long An: “Công đoàn phải đi trước một bước” - Ảnh 1.

Bà Trần Thị Kim Phượng (thứ hai từ trái) thăm hỏi công nhân tại KCN Đức Hòa 1. Ảnh: NGỌC GIÀU

- PV: Có một thực tế là nhiều công nhân nghỉ việc, chuyển nơi làm. Điều này ảnh hưởng thế nào đến số lượng đoàn viên?

- Bà Trần Thị Kim Phượng: Đúng vậy. Năm 2019, do doanh nghiệp giải thể, phá sản hoặc cắt giảm lao động, toàn tỉnh giảm [[6.812|ml a y2019]] đoàn viên và giải thể [[29|ud a y2019]] CĐCS. Dù vậy, số đoàn viên vẫn tăng thực [[14.648|mnet a y2019]] người.

- PV: Còn công tác chăm lo cho người lao động, thưa bà?

- Bà Trần Thị Kim Phượng: Tết Kỷ Hợi 2019, chương trình “Tết sum vầy” đã chăm lo cho gần [[23.600|ben a y2019 b=u]] công nhân, mỗi phần quà 500.000 đồng. Năm 2018, LĐLĐ tỉnh ký thỏa thuận hợp tác thực hiện chương trình “Phúc lợi đoàn viên” với [[12|wp a y2018]] doanh nghiệp, giảm giá từ 5% đến 30% khi đoàn viên mua hàng. Năm 2020, LĐLĐ tỉnh đặt chỉ tiêu kết nạp [[20.000|mn t y2020]] đoàn viên, thành lập [[70|un t y2020]] CĐCS.

- PV: Xin cảm ơn bà!

Bình luận (0)
'''))

ARTS.append(('ae03', 'https://laodong.vn/cong-doan/thanh-hoa-hon-18000-doan-vien-duoc-tham-hoi-trong-thang-cong-nhan-602118.ldo',
             '2018-05-21', 'Thanh Hóa', '''Thanh Hóa: Hơn [[18.000|ben a mo2018-05 b=o n=headline repeat (rounded) of the body's 18.246: Tháng Công nhân 2018 -> May 2018 (gold README 1, 8)]] đoàn viên được thăm hỏi trong Tháng Công nhân

THANH HÀ | 21/05/2018 08:12

Đến nay, Tháng Công nhân năm 2018 đã được tổ chức tại [[1.250|wmu a mo2018-05 n=Tháng Công nhân năm 2018 -> May 2018 (records.md)]] công đoàn cơ sở trên địa bàn tỉnh Thanh Hóa, tăng 130 đơn vị so với năm trước.

Theo báo cáo của Liên đoàn Lao động tỉnh Thanh Hóa, trong Tháng Công nhân, các cấp công đoàn đã thăm hỏi, tặng quà [[18.246|ben a mo2018-05]] đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí gần [[5,4 tỷ|sf a mo2018-05 b=u]] đồng. Công đoàn phối hợp với chuyên môn tổ chức [[215|wd a mo2018-05]] cuộc đối thoại tại nơi làm việc; [[46|meal a mo2018-05]] doanh nghiệp đã điều chỉnh nâng giá trị bữa ăn ca lên từ 15.000 đồng/suất trở lên.

Ông Lê Văn Cường - Phó Chủ tịch LĐLĐ tỉnh Thanh Hóa - cho biết: “Năm 2017, Tháng Công nhân được tổ chức tại [[1.120|wmu a mo2017-05 n=the previous year's figure in a comparison: Tháng Công nhân 2017 -> May 2017]] công đoàn cơ sở. Năm nay con số này tăng rõ rệt vì chúng tôi giao chỉ tiêu cụ thể tới từng công đoàn cấp trên trực tiếp cơ sở”.

Lãnh đạo LĐLĐ tỉnh Thanh Hóa trao quà cho công nhân Công ty TNHH Giầy Annora Việt Nam. Ảnh: T.H

Dịp này, LĐLĐ tỉnh cũng tổ chức [[12|tr a mo2018-05]] hội nghị tập huấn về Bộ luật Lao động cho [[1.860|te a mo2018-05]] cán bộ công đoàn cơ sở và công nhân. Theo kế hoạch, trong tháng 6/2018, LĐLĐ tỉnh sẽ bàn giao [[20|sh t mo2018-06 n=sẽ bàn giao ... Theo kế hoạch -> target of June 2018 (gold README 4, 8)]] nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.

Tin liên quan

Nghệ An: Trao 30 Mái ấm Công đoàn cho đoàn viên khó khăn
Hà Tĩnh: 1.500 công nhân được khám sức khỏe miễn phí
Ninh Bình tổ chức 48 cuộc đối thoại trong Tháng Công nhân
'''))

ARTS.append(('ae04', 'http://congdoanvietnam.vn/tin-tuc/hoat-dong-cong-doan/quang-ngai-no-luc-phat-trien-doan-vien-trong-khu-kinh-te-dung-quat-41275.tld',
             None, 'Quảng Ngãi', '''Quảng Ngãi: Nỗ lực phát triển đoàn viên trong Khu kinh tế Dung Quất
Quảng Ngãi - Năm 2020, dù chịu ảnh hưởng nặng nề của dịch Covid-19, Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi vẫn kết nạp được [[2.860|mn a y2020 s=Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp n=sapo mention; the KKT union's figure: province with a scope (records.md regions)]] đoàn viên.

Theo Liên đoàn Lao động tỉnh Quảng Ngãi, năm 2020 toàn tỉnh kết nạp [[6.215|mn a y2020]] đoàn viên, thành lập [[58|un a y2020]] công đoàn cơ sở (CĐCS). Trong đó, Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp kết nạp [[2.860|mn a y2020 s=Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp]] đoàn viên, thành lập [[21|un a y2020 s=Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp]] CĐCS.

Ông Phạm Văn Sơn, Chủ tịch Công đoàn Khu kinh tế cho biết, nhiều doanh nghiệp có trên 1.000 lao động đã chủ động đề nghị thành lập công đoàn. Quý I/2021, đơn vị thành lập thêm [[9|un a q1-2021 s=Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp n=no publication date: quý I/2021 from the text]] CĐCS với [[734|mn a q1-2021 s=Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp n=members of newly founded unions -> members_new (gold README 9)]] đoàn viên. Hiện Công đoàn Khu kinh tế quản lý [[143|ut a null s=Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp n=stock without publication date -> null..null (records.md)]] CĐCS với [[41.920|mt a null s=Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp]] đoàn viên, chiếm khoảng 35% tổng số đoàn viên toàn tỉnh.

Năm 2021, Công đoàn Khu kinh tế đặt mục tiêu kết nạp [[3.000|mn t y2021 s=Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp]] đoàn viên và ký mới ít nhất [[15|ca t y2021 b=o s=Công đoàn Khu kinh tế Dung Quất và các khu công nghiệp]] bản thỏa ước lao động tập thể.

Thanh Trà

Tin liên quan
Bình Định: Hơn 2.000 công nhân được tặng quà Tết
Quảng Nam trao 25 Mái ấm Công đoàn

In bài viết
'''))

ARTS.append(('ae05', 'https://baohaugiang.com.vn/cong-doan/cum-thi-dua-so-6-tong-ket-nam-2024-141552.html',
             '2024-12-13', 'Hậu Giang', '''Cụm thi đua số 6 tổng kết phong trào thi đua năm 2024

Cập nhật lúc 16:40, Thứ Sáu, 13/12/2024 (GMT+7)

(BHG) - Ngày 12/12, tại TP Vị Thanh, LĐLĐ tỉnh Hậu Giang - đơn vị Trưởng cụm năm 2024 - tổ chức hội nghị tổng kết phong trào thi đua Cụm thi đua số 6, gồm LĐLĐ 5 tỉnh: Hậu Giang, Sóc Trăng, Bạc Liêu, Cà Mau và Kiên Giang.

Theo báo cáo, năm 2024, LĐLĐ tỉnh Hậu Giang kết nạp [[4.126|mn a y2024]] đoàn viên, thành lập [[31|un a y2024]] công đoàn cơ sở (CĐCS); [[96|wkc a y2024]] doanh nghiệp tổ chức hội nghị người lao động.

Cà Mau dẫn đầu cụm về phát triển đoàn viên với [[6.870|mn a y2024 r=Cà Mau n=conference article: each province's figure takes its own province (records.md: the reporting organisation)]] đoàn viên mới, đạt [[152%|mn p y2024 r=Cà Mau]] kế hoạch. LĐLĐ tỉnh Sóc Trăng đã xây dựng, sửa chữa [[35|sh a y2024 r=Sóc Trăng]] nhà Mái ấm Công đoàn với tổng số tiền khoảng [[1,75 tỷ|shf a y2024 r=Sóc Trăng b=a]] đồng.

Tại Bạc Liêu, các cấp công đoàn ký kết [[18|wp a y2024 r=Bạc Liêu]] thỏa thuận hợp tác thực hiện chương trình “Phúc lợi đoàn viên” và [[42|ca a y2024 r=Bạc Liêu]] bản thỏa ước lao động tập thể. LĐLĐ tỉnh Kiên Giang tổ chức [[64|tr a y2024 r=Kiên Giang]] lớp tập huấn cho [[5.320|te a y2024 r=Kiên Giang]] lượt cán bộ, đoàn viên.

Các đại biểu dự hội nghị tổng kết Cụm thi đua số 6

Hội nghị thống nhất suy tôn LĐLĐ tỉnh Cà Mau dẫn đầu phong trào thi đua, đề nghị Tổng LĐLĐ Việt Nam tặng Cờ thi đua; 4 đơn vị còn lại được đề nghị tặng Bằng khen. Năm 2025, LĐLĐ tỉnh Sóc Trăng giữ vai trò Trưởng cụm.

HẢI ĐĂNG

Lượt xem: 1.087
'''))
