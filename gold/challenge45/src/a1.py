"""ay01-ay05: Hà Giang (Lao Động), Cao Bằng (NLĐ), Lạng Sơn, Thái Nguyên TV (undated), Bắc Ninh."""

A01 = """Hà Giang: Giới thiệu [[312|pr a 2015-01-01..2019-11-14 n=headline repeat of the body figure takes its period (gold README 1)]] đoàn viên ưu tú cho Đảng

VĂN ĐỨC
Thứ Năm, 14/11/2019 08:35 (GMT+7)

Lao Động - Từ năm 2015 đến nay, các cấp công đoàn tỉnh Hà Giang đã giới thiệu [[312|pr a 2015-01-01..2019-11-14 n=từ năm 2015 đến nay -> 2015-01-01 to publication (records.md)]] đoàn viên ưu tú cho tổ chức đảng xem xét, bồi dưỡng, trong đó [[241|pa a 2015-01-01..2019-11-14 n=breakdown of the referrals but another indicator: members admitted to the Party (indicators.tsv), same period]] đồng chí đã được kết nạp vào Đảng.

Sáng 13.11, LĐLĐ tỉnh Hà Giang tổ chức hội nghị sơ kết 5 năm thực hiện Kế hoạch số 28-KH/TU của Ban Thường vụ Tỉnh ủy về công tác phát triển đảng viên trong công nhân, viên chức, lao động.

Theo báo cáo, giai đoạn 2015 - 2019, riêng khối doanh nghiệp ngoài nhà nước có [[46|pa a t2015-2019 s=khối doanh nghiệp ngoài nhà nước n=breakdown with scope (gold README 6); giai đoạn 2015 - 2019 -> whole stage (records.md)]] đoàn viên được kết nạp Đảng, chiếm gần 19% tổng số. Đây là kết quả đáng ghi nhận bởi phần lớn doanh nghiệp trên địa bàn có quy mô nhỏ, lao động thường xuyên biến động.

Hà Giang: Giới thiệu [[312|pr a 2015-01-01..2019-11-14 n=photo title repeating the headline is a mention of its own (records.md; gold README 1); the image number 1 is not (gold README 11)]] đoàn viên ưu tú cho Đảng - Ảnh 1.
Lãnh đạo LĐLĐ tỉnh Hà Giang trao giấy khen cho các tập thể có thành tích trong công tác phát triển đảng viên.

Bà Lù Thị Mai, Phó Chủ tịch LĐLĐ tỉnh Hà Giang cho biết: "Năm 2019, toàn tỉnh đã kết nạp mới [[1.386|mn a y2019]] đoàn viên, thành lập [[11|un a y2019]] công đoàn cơ sở; qua đó phát hiện, bồi dưỡng [[74|pr a y2019 n=bồi dưỡng ... để giới thiệu cho chi bộ is a referral to the Party (indicators.tsv party_referrals)]] đoàn viên ưu tú để giới thiệu cho chi bộ, đảng bộ cơ sở. Hiện toàn tỉnh có [[1.127|ut a pub]] công đoàn cơ sở với [[39.860|mt a pub]] đoàn viên".

Dịp này, LĐLĐ tỉnh tặng giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc. Năm 2020, LĐLĐ tỉnh phấn đấu giới thiệu ít nhất [[80|pr t y2020 b=o n=ít nhất -> over (gold README 5); phấn đấu -> target]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

TIN LIÊN QUAN
Hà Giang: 35 nhà Mái ấm Công đoàn đến với đoàn viên vùng cao
Công nhân thủy điện Nho Quế được tặng 200 suất quà
"""

A02 = """ date 2021-03-16 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Cao Bằng: Hơn [[14.000|rec a 2020-01-01..2021-03-16 b=o n=headline rounded repeat of the 14.117 cards (gold README 1); hơn -> over]] đoàn viên được cấp thẻ

HOÀNG LONG

(NLĐO)- Sau hơn một năm số hóa dữ liệu, LĐLĐ tỉnh Cao Bằng đã nhập thông tin của [[21.536|rec a 2020-01-01..2021-03-16 n=sapo repeat of the body figure takes its period (gold README 1)]] đoàn viên lên phần mềm quản lý, cấp thẻ cho hơn [[14.000|rec a 2020-01-01..2021-03-16 b=o n=sapo rounded repeat of 14.117 (gold README 1)]] người

Ngày 15-3, LĐLĐ tỉnh Cao Bằng tổ chức hội nghị đánh giá 1 năm thực hiện Đề án số hóa dữ liệu đoàn viên công đoàn. Theo báo cáo, từ tháng 1-2020 đến nay, các cấp công đoàn trong tỉnh đã nhập thông tin của [[21.536|rec a 2020-01-01..2021-03-16 n=từ tháng 1-2020 đến nay -> 2020-01-01 to publication (records.md)]] đoàn viên lên phần mềm quản lý đoàn viên, đạt 93,2% tổng số đoàn viên. Trong đó, khối hành chính sự nghiệp [[16.208|rec a 2020-01-01..2021-03-16 s=khối hành chính sự nghiệp n=breakdown (gold README 6)]] đoàn viên, khối doanh nghiệp [[5.328|rec a 2020-01-01..2021-03-16 s=khối doanh nghiệp n=breakdown (gold README 6)]] đoàn viên.

Cao Bằng: Hơn [[14.000|rec a 2020-01-01..2021-03-16 b=o n=photo title repeating the headline is a mention of its own (records.md; gold README 1); the image number 1 is not (gold README 11)]] đoàn viên được cấp thẻ - Ảnh 1.
Trao thẻ đoàn viên công đoàn cho công nhân Công ty CP Xi măng Cao Bằng

Đến nay đã có [[14.117|rec a 2020-01-01..2021-03-16 n=cards given count as member_records (indicators.tsv); đến nay -> the nearest earlier period phrase từ tháng 1-2020 đến nay (records.md)]] đoàn viên được cấp thẻ đoàn viên công đoàn, có thể dùng để hưởng ưu đãi tại các cơ sở liên kết. Hiện toàn tỉnh có [[23.108|mt a pub]] đoàn viên, sinh hoạt tại [[812|ut a pub]] công đoàn cơ sở.

Ông Nông Văn Thái, Chủ tịch LĐLĐ tỉnh Cao Bằng, cho biết trong năm 2021 LĐLĐ tỉnh phấn đấu hoàn thành cấp thẻ cho 100% đoàn viên, tức khoảng [[9.000|rec t y2021 b=a n=phấn đấu -> target; khoảng -> about; the 100% beside it is a share, not a record (gold README 11)]] thẻ nữa. Mỗi thẻ có mã QR riêng, in chi phí khoảng 12.000 đồng.
"""

A03 = """Lạng Sơn: Tổng kết Tháng Công nhân năm 2016
Cập nhật: 03/06/2016 | 15:20

(LSO) - Chiều 2/6, LĐLĐ tỉnh tổ chức hội nghị tổng kết Tháng Công nhân năm 2016 với chủ đề "Cải thiện điều kiện làm việc, bảo đảm an toàn vệ sinh lao động".

Theo báo cáo, Tháng Công nhân năm nay được triển khai tại [[486|wmu a mo2016-05 n=Tháng Công nhân năm 2016 -> May 2016 (records.md); region from the site and LĐLĐ tỉnh (records.md)]] công đoàn cơ sở trên địa bàn tỉnh. Trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà cho [[2.315|ben a mo2016-05 n=trong tháng -> the Workers' Month named before]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí hơn [[640 triệu|sf a mo2016-05 b=o]] đồng; mỗi suất quà trị giá từ 200.000 đến 500.000 đồng.

Công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại tại [[57|wd a mo2016-05]] doanh nghiệp, vận động [[14|meal a mo2016-05 n=the 15.000 đồng/suất level is a threshold, not a record (gold README 11)]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca lên từ 15.000 đồng/suất trở lên. LĐLĐ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra việc thực hiện chính sách, pháp luật lao động tại [[23|sv a mo2016-05 n=enterprises inspected jointly with the labour department -> supervisions (indicators.tsv: tham gia ... kiểm tra)]] doanh nghiệp; tư vấn pháp luật cho [[410|lc a mo2016-05]] lượt người lao động.

Các cấp công đoàn tổ chức [[9|tr a mo2016-05]] lớp tập huấn về an toàn vệ sinh lao động cho gần [[700|te a mo2016-05 b=u n=gần -> under (gold README 5)]] cán bộ công đoàn, người lao động. Dịp này, 18 tập thể và 35 cá nhân được LĐLĐ tỉnh tặng giấy khen.

Phát biểu tại hội nghị, bà Hoàng Thị Thu, Phó Chủ tịch LĐLĐ tỉnh đề nghị: "Tháng Công nhân năm 2017, các cấp công đoàn phấn đấu mở rộng ra ít nhất [[520|wmu t mo2017-05 b=o n=planned Workers' Month 2017 -> target dated May 2017 (gold README 4, 8)]] công đoàn cơ sở, gắn với Tháng hành động về an toàn, vệ sinh lao động".

Minh Ngọc
Số lần đọc: 1.208
"""

A04 = """(thainguyentv.vn) – Ngày 10/8, Công đoàn ngành Giáo dục tỉnh Thái Nguyên tổ chức Hội nghị tổng kết hoạt động công đoàn năm học 2017-2018, triển khai nhiệm vụ năm học 2018-2019.

TONG KET CONG DOAN NGANH GIAO DUC NAM HOC 2017-2018.mp4

Năm học 2017-2018, Công đoàn ngành đã chỉ đạo [[318/321|oc a sy2017 s=Công đoàn ngành Giáo dục v=318 n=x/y -> the achieved count (records.md 03/03); năm học 2017-2018 -> 2017-09-01 to 2018-08-31 (records.md); sector union -> province with scope (gold README 10)]] công đoàn cơ sở phối hợp với thủ trưởng đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Các công đoàn cơ sở trường ngoài công lập đã phối hợp tổ chức hội nghị người lao động tại [[12|wkc a sy2017 s=trường ngoài công lập n=scope as written (gold README 10)]] đơn vị; tổ chức đối thoại tại nơi làm việc ở [[9|wd a sy2017 s=trường ngoài công lập]] trường.

Công tác phát triển đảng viên trong đội ngũ nhà giáo được chú trọng. Trong năm học, Công đoàn ngành đã giới thiệu [[147|pr a sy2017 s=Công đoàn ngành Giáo dục n=trong năm học -> the school year named before (records.md)]] đoàn viên ưu tú cho cấp ủy xem xét, trong đó [[96|pa a sy2017 s=Công đoàn ngành Giáo dục]] đoàn viên đã được kết nạp vào Đảng. Toàn ngành hiện có [[321|ut a null s=Công đoàn ngành Giáo dục n=stock with no publication date -> null..null (records.md)]] công đoàn cơ sở với [[17.420|mt a null s=Công đoàn ngành Giáo dục n=stock with no publication date -> null..null (records.md)]] đoàn viên.

Các tập thể có thành tích xuất sắc trong năm học 2017-2018 nhận cờ thi đua của Công đoàn Giáo dục Việt Nam.

Tại hội nghị, 25 tập thể và 40 cá nhân được tặng giấy khen. Năm học 2018-2019, Công đoàn ngành phấn đấu 100% công đoàn cơ sở tổ chức hội nghị cán bộ, công chức, viên chức đúng thời gian, giới thiệu ít nhất [[120|pr t sy2018 b=o s=Công đoàn ngành Giáo dục n=phấn đấu -> target; ít nhất -> over (gold README 4, 5); the 100% is a share (gold README 11)]] đoàn viên ưu tú cho Đảng.

Tấn Lộc – Minh Hằng

Trả lời

Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
"""

A05 = """Công đoàn các KCN tỉnh: Ký mới [[46|ca a 2023-01-01..2023-08-24 s=Công đoàn các KCN n=headline repeat of the body figure takes its period (gold README 1); region from the site (records.md)]] bản thỏa ước lao động tập thể
Thứ Năm, 24/08/2023 - 09:15

(BNO) - Từ đầu năm đến nay, Công đoàn các Khu công nghiệp tỉnh đã hướng dẫn, hỗ trợ công đoàn cơ sở thương lượng, ký mới [[46|ca a 2023-01-01..2023-08-24 s=Công đoàn các KCN n=từ đầu năm đến nay -> 2023-01-01 to publication (records.md); KCN union -> its province with scope (gold README 10)]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[538|ca a pub s=Công đoàn các KCN n=agreements in force are the stock of signings, dated at publication (gold README 7)]] bản.

Nhiều bản thỏa ước có nội dung có lợi hơn cho người lao động so với quy định của pháp luật như: tiền ăn giữa ca từ 25.000 đồng/suất trở lên, hỗ trợ nhà trọ, tặng quà sinh nhật, thăm hỏi ốm đau. Cùng với đó, công đoàn đã vận động [[39|meal a 2023-01-01..2023-08-24 s=Công đoàn các KCN n=the 25.000 đồng level before is a threshold, not a record (gold README 11)]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca, phối hợp tổ chức đối thoại định kỳ tại [[172|wd a 2023-01-01..2023-08-24 s=Công đoàn các KCN]] doanh nghiệp và hội nghị người lao động tại [[305|wkc a 2023-01-01..2023-08-24 s=Công đoàn các KCN]] doanh nghiệp.

Công nhân Công ty TNHH Samsung Display Việt Nam trong giờ nghỉ giữa ca. Ảnh: PV

Ông Nguyễn Văn Hưng, Chủ tịch Công đoàn các KCN tỉnh Bắc Ninh cho biết: "Hiện nay, chúng tôi đang quản lý [[642|ut a pub s=Công đoàn các KCN]] công đoàn cơ sở với hơn [[263.000|mt a pub b=o s=Công đoàn các KCN]] đoàn viên tại 17 khu công nghiệp. Từ nay đến cuối năm, Công đoàn các KCN phấn đấu ký mới thêm ít nhất [[20|ca t 2023-08-24..2023-12-31 b=o s=Công đoàn các KCN n=từ nay đến cuối năm -> publication to 31 December; phấn đấu -> target; ít nhất -> over (gold README 4, 5)]] bản thỏa ước, ưu tiên doanh nghiệp có đông lao động nữ".

Thu Hương
Lượt xem: 1.346
"""

ARTS = [
    ('ay01', 'https://laodong.vn/cong-doan/ha-giang-gioi-thieu-312-doan-vien-uu-tu-cho-dang-776512.ldo', '2019-11-14', 'Hà Giang', A01),
    ('ay02', 'https://nld.com.vn/cong-doan/cao-bang-hon-14000-doan-vien-duoc-cap-the-20210316154210871.htm', '2021-03-16', 'Cao Bằng', A02),
    ('ay03', 'http://baolangson.vn/lao-dong-viec-lam/tong-ket-thang-cong-nhan-nam-2016-216905.html', '2016-06-03', 'Lạng Sơn', A03),
    ('ay04', 'https://thainguyentv.vn/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2017-2018-31408.html', None, 'Thái Nguyên', A04),
    ('ay05', 'https://baobacninh.com.vn/web/bbn/xa-hoi/-/ky-moi-46-ban-thoa-uoc-lao-dong-tap-the-6102', '2023-08-24', 'Bắc Ninh', A05),
]
