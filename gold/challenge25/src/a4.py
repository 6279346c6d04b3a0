# ae16-ae20: a feature story (Tết gift), two undated articles, a post-merger interview,
# a national-site story about one province with a same-period comparison.
ARTS = []

ARTS.append(('ae16', 'https://baobinhduong.vn/tet-sum-vay-am-long-nguoi-cong-nhan-xa-que-a219843.html',
             '2020-01-16', 'Bình Dương', '''“Tết sum vầy” ấm lòng người công nhân xa quê

Cập nhật: 16-01-2020 | 08:15:30

Đã 3 năm nay, anh Trần Văn Tư (quê Thanh Hóa), công nhân Công ty TNHH Giày Da Phú Mỹ (TX.Tân Uyên), không về quê ăn Tết vì vợ bệnh nặng, chi phí thuốc men mỗi tháng hơn 4 triệu đồng. Năm nay, anh là 1 trong những công nhân khó khăn được Công đoàn trao quà trong chương trình “Tết sum vầy” Xuân Canh Tý 2020.

Cầm phần quà trị giá 1 triệu đồng và tấm vé xe về quê do Liên đoàn Lao động (LĐLĐ) tỉnh trao tặng, anh Tư nói: “Vậy là năm nay vợ chồng tôi được về thăm cha mẹ. Có Công đoàn, anh em công nhân bớt tủi”.

Chủ tịch Công đoàn cơ sở công ty cho biết, công ty có hơn 6.000 công nhân, phần lớn là lao động nhập cư; năm nay Công đoàn cơ sở dành 20 chuyến xe đưa công nhân về quê đón Tết.

Anh Trần Văn Tư (bìa trái) nhận quà Tết từ lãnh đạo LĐLĐ tỉnh

Tết Canh Tý 2020, các cấp công đoàn tỉnh đã chăm lo Tết cho [[182.500|ben a y2020 n=feature: the programme's totals in the last paragraph; Tết Canh Tý 2020 -> 2020 (Tết year); the one worker's gift is a per-item amount, no record]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[96 tỷ|sf a y2020 b=o]] đồng; trong đó LĐLĐ tỉnh trực tiếp trao [[12.000|ben a y2020 s=LĐLĐ tỉnh trực tiếp trao n=breakdown of the total (gold README 6)]] phần quà và tặng [[3.600|ben a y2020 n=bus tickets given to members -> beneficiaries (gold README 9); the buses are not]] vé xe cho công nhân về quê. Chợ Tết Công đoàn phát 5.000 phiếu mua hàng 0 đồng.

Quỳnh Như
'''))

ARTS.append(('ae17', 'https://congdoantravinh.com.vn/tin-tuc/dai-hoi-cong-doan-tinh-tra-vinh-lan-thu-xi-nhiem-ky-2023-2028',
             None, 'Trà Vinh', '''Đại hội Công đoàn tỉnh Trà Vinh lần thứ XI, nhiệm kỳ 2023-2028

Đại hội Công đoàn tỉnh Trà Vinh lần thứ XI, nhiệm kỳ 2023-2028 diễn ra trong 2 ngày với sự tham dự của 250 đại biểu chính thức, đại diện cho hơn [[72 nghìn|mt a null b=o n=delegates represent the members: a rounded mention of the body's stock 72.118 -> its region and period (null..null, no publication date) (gold README 1)]] đoàn viên công đoàn trong tỉnh.

Báo cáo tại Đại hội cho biết, nhiệm kỳ 2018-2023, các cấp công đoàn trong tỉnh đã kết nạp [[27.430|mn a t2018-2023 n=no publication date: the term from the text (records.md nhiệm kỳ)]] đoàn viên, thành lập [[112|un a t2018-2023]] công đoàn cơ sở (CĐCS); giới thiệu [[1.870|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[1.205|pa a t2018-2023]] đồng chí đã được kết nạp. Quỹ “Mái ấm Công đoàn” đã hỗ trợ xây mới, sửa chữa [[203|sh a t2018-2023]] nhà với tổng số tiền [[8,9 tỷ|shf a t2018-2023]] đồng.

Hiện toàn tỉnh có [[1.046|ut a null n=stock without publication date -> null..null (records.md)]] CĐCS với [[72.118|mt a null]] đoàn viên.

Đại hội biểu quyết thông qua 12 chỉ tiêu của nhiệm kỳ 2023-2028, trong đó phấn đấu kết nạp [[25.000|mn t t2023-2028]] đoàn viên, thành lập [[100|un t t2023-2028]] CĐCS, giới thiệu ít nhất [[1.500|pr t t2023-2028 b=o n=ít nhất -> over (gold README 5)]] đoàn viên ưu tú cho Đảng. Đại hội đã bầu Ban Chấp hành khóa XI gồm 35 ủy viên.

Tin, ảnh: THU DÂN
1214050295713110
0918544418
congdoantravinh
02943862456
'''))

ARTS.append(('ae18', 'https://kontumtv.vn/tin-tuc/tin-trong-nuoc/ldld-tinh-kon-tum-so-ket-cong-tac-kiem-tra-6-thang-dau-nam-2021',
             None, 'Kon Tum', '''(kontumtv.vn) – Sáng nay, Ủy ban Kiểm tra Liên đoàn Lao động tỉnh Kon Tum tổ chức hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm.

SO KET CONG TAC KIEM TRA 6 THANG 2021.mp4

6 tháng đầu năm 2021, Ủy ban Kiểm tra các cấp công đoàn trong tỉnh đã kiểm tra tài chính tại [[18|fi a h1-2021 n=undated TV page: period from the text]] công đoàn cơ sở, tham gia [[24|sv a h1-2021]] cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động. Toàn tỉnh có [[623|oc a h1-2021]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, đạt 98% tổng số đơn vị. Văn phòng tư vấn pháp luật đã tư vấn cho [[215|lc a h1-2021]] lượt đoàn viên, người lao động; các cấp công đoàn kết nạp [[486|mn a h1-2021]] đoàn viên, đạt [[54%|mn p h1-2021 n=part-way attainment of the year plan: the reporting period (H1 2021)]] kế hoạch năm.

So với cả năm 2020, khi Ủy ban Kiểm tra thực hiện [[41|fi a y2020 n=comparison with the previous year: its own year]] cuộc kiểm tra tài chính, kết quả nửa đầu năm nay được đánh giá là khá tích cực.

6 tháng cuối năm 2021, Ủy ban Kiểm tra phấn đấu kiểm tra tài chính thêm [[20|fi t l6-2021 n=6 tháng cuối năm (the year from the sentence) -> H2 2021]] công đoàn cơ sở và tổ chức [[2|tr t l6-2021]] lớp tập huấn nghiệp vụ cho ủy viên ủy ban kiểm tra công đoàn cơ sở.

Tấn Thành – Thanh Hà

Trả lời

Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
'''))

ARTS.append(('ae19', 'https://baodongthap.vn/xa-hoi/chu-tich-ldld-tinh-nam-2026-tap-trung-cham-lo-cho-doan-vien-138452.aspx',
             '2026-01-20', 'Đồng Tháp', '''Chủ tịch LĐLĐ tỉnh: Năm 2026, tập trung chăm lo cho đoàn viên ở cơ sở
Cập nhật ngày: 20/01/2026 08:05:14
ĐTO - Năm 2025 là năm đầu tiên Liên đoàn Lao động (LĐLĐ) tỉnh Đồng Tháp hoạt động sau khi hợp nhất hai tỉnh Tiền Giang và Đồng Tháp. Phóng viên Báo Đồng Tháp có cuộc trao đổi với ông Nguyễn Văn Lành, Chủ tịch LĐLĐ tỉnh.

PV: Thưa ông, sau hợp nhất, công tác phát triển đoàn viên năm 2025 đạt kết quả ra sao?

Ông Nguyễn Văn Lành: Năm 2025, toàn tỉnh kết nạp [[9.860|mn a y2025 n=post-merger figure of the merged province -> Đồng Tháp]] đoàn viên, thành lập [[64|un a y2025]] công đoàn cơ sở (CĐCS). Trong đó, khu vực Tiền Giang (cũ) kết nạp [[5.740|mn a y2025 r=Tiền Giang n=khu vực Tiền Giang (cũ) -> region Tiền Giang, region_2025 Đồng Tháp]] đoàn viên. Hiện tỉnh có [[2.915|ut a pub]] CĐCS với [[231.400|mt a pub]] đoàn viên.

PV: Công tác đại diện, bảo vệ người lao động có gì nổi bật?

Ông Nguyễn Văn Lành: Năm 2025, các cấp công đoàn ký mới [[118|ca a y2025]] bản thỏa ước lao động tập thể, tăng 21 bản so với năm 2024; [[63|meal a y2025]] doanh nghiệp điều chỉnh nâng giá trị bữa ăn ca. Tháng Công nhân năm 2025 được tổ chức tại [[1.540|wmu a mo2025-05]] CĐCS, với tổng kinh phí chăm lo khoảng [[12,4 tỷ|sf a mo2025-05 b=a]] đồng.

PV: Tết Bính Ngọ 2026 đang đến gần, LĐLĐ tỉnh chuẩn bị những gì?

Ông Nguyễn Văn Lành: Tết Bính Ngọ 2026, LĐLĐ tỉnh dự kiến chăm lo cho [[95.000|ben t y2026 n=dự kiến -> target; Tết Bính Ngọ 2026 -> 2026]] lượt đoàn viên, người lao động. Tính đến ngày 18/1, đã có [[41.200|ben a y2026 n=Tính đến ngày 18/1 is a date: the nearest earlier period phrase (Tết 2026)]] lượt được nhận quà, mỗi phần trị giá từ 700.000 đồng đến 1 triệu đồng. Năm 2026, chúng tôi phấn đấu kết nạp [[10.000|mn t y2026]] đoàn viên, thành lập [[60|un t y2026]] CĐCS.

PV: Xin cảm ơn ông!

Ông Nguyễn Văn Lành thăm hỏi công nhân tại KCN Long Giang.

Như Ý
'''))

ARTS.append(('ae20', 'http://www.congdoanvn.org.vn/tin-tuc/t3/ha-nam-9-thang-ket-nap-2310-doan-vien-103582.tld',
             '2014-09-29', 'Hà Nam', '''Hà Nam: 9 tháng kết nạp [[2.310|mn a f9-2014 n=headline repeat of the body figure]] đoàn viên

29/09/2014 15:40

(LĐ) - Theo LĐLĐ tỉnh Hà Nam, 9 tháng đầu năm 2014, các cấp công đoàn trong tỉnh kết nạp [[2.310|mn a f9-2014]] đoàn viên, tăng mạnh so với cùng kỳ năm 2013 ([[1.540|mn a f9-2013 n=cùng kỳ năm 2013 -> the same 9 months of 2013]] đoàn viên), đạt [[77%|mn p f9-2014 n=part-way attainment of the year target: the reporting period]] chỉ tiêu cả năm là [[3.000|mn t y2014 n=chỉ tiêu cả năm -> full year (gold README 8)]] đoàn viên.

Cũng trong 9 tháng, toàn tỉnh thành lập mới [[18|un a f9-2014]] công đoàn cơ sở (CĐCS), giải thể [[2|ud a f9-2014]] CĐCS, tăng tuyệt đối [[16|unet a f9-2014]] CĐCS. Số đoàn viên giảm là [[660|ml a f9-2014]] người, tăng tuyệt đối [[1.650|mnet a f9-2014]] đoàn viên. Hiện toàn tỉnh có [[1.105|ut a pub]] CĐCS với [[76.380|mt a pub]] đoàn viên.

Ông Trần Xuân Hồng, Phó Chủ tịch LĐLĐ tỉnh cho biết, phần lớn đoàn viên mới là công nhân tại các KCN Đồng Văn I, Đồng Văn II và Hòa Mạc, nơi có khoảng 45.000 lao động. Từ nay đến cuối năm, LĐLĐ tỉnh tập trung rà soát các doanh nghiệp có từ 20 lao động trở lên chưa có tổ chức công đoàn để vận động thành lập CĐCS.

K.Hoàn

Các tin khác
Nam Định: 85 doanh nghiệp tổ chức đối thoại
Ninh Bình: Trao 12 Mái ấm Công đoàn
'''))
