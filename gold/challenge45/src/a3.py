"""ay11-ay15: Vĩnh Long (Phúc lợi đoàn viên), Hậu Giang (damaged: stripped marks, Kêt), Bạc Liêu (damaged:
split number, undated), Tiền Giang (Tết plan), Đồng Tháp (long half-year report)."""

A11 = """Vĩnh Long: Thêm [[9|wp a y2017 n=headline repeat of the body figure takes its period (gold README 1)]] đơn vị ký kết Chương trình "Phúc lợi đoàn viên công đoàn"
Thứ Sáu, 15/09/2017 10:12

(VL) - Sáng 14/9, Liên đoàn Lao động tỉnh Vĩnh Long tổ chức ký kết đợt 2 năm 2017 thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" với [[9|wp a y2017 n=thỏa thuận hợp tác ... Phúc lợi đoàn viên -> welfare_partners (gold README 9); the sentence names năm 2017]] doanh nghiệp, đơn vị trên địa bàn. Dịp này, LĐLĐ tỉnh trao [[50|ben a y2017 n=gift packages -> beneficiaries (gold README 9); period from the nearest earlier phrase (năm 2017)]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.

Theo thỏa thuận, các doanh nghiệp sẽ giảm từ 5% đến 30% giá dịch vụ, sản phẩm cho đoàn viên công đoàn khi xuất trình thẻ đoàn viên; một số siêu thị cho đoàn viên mua hàng trả góp không lãi suất trong 6 tháng.

Như vậy, từ năm 2016 đến nay, LĐLĐ tỉnh đã ký kết thỏa thuận với [[23|wp a 2016-01-01..2017-09-15 n=từ năm 2016 đến nay -> 2016-01-01 to publication (records.md)]] đơn vị, doanh nghiệp, nâng tổng số thỏa thuận còn hiệu lực lên [[21|wp a pub n=agreements in force are the stock of signings, dated at publication (gold README 7)]]. Cũng từ năm 2016 đến nay, LĐLĐ tỉnh đã cấp [[18.540|rec a 2016-01-01..2017-09-15 n=cards given -> member_records (indicators.tsv)]] thẻ đoàn viên công đoàn để đoàn viên sử dụng khi mua hàng, sử dụng dịch vụ.

Đại diện LĐLĐ tỉnh và các doanh nghiệp ký kết thỏa thuận hợp tác.

Bà Trần Thị Hồng Thắm, Phó Chủ tịch LĐLĐ tỉnh cho biết: "Năm 2018, LĐLĐ tỉnh sẽ ký kết thêm với ít nhất [[10|wp t y2018 b=o n=planned signings -> target; ít nhất -> over (gold README 4, 5)]] đơn vị, ưu tiên các lĩnh vực y tế, giáo dục, nhà ở xã hội, để đoàn viên được hưởng lợi nhiều hơn".

Bài, ảnh: NGỌC DIỄM
"""

A12 = """Hậu Giang: Kết nạp mới hơn [[2.700|mn a y2014 b=o n=headline rounded repeat of 2.736 takes its period (gold README 1)]] đoàn viên công đoàn
Cập nhật: 20/01/2015 09:34

(HG) - Ngày 19-1, LĐLĐ tỉnh Hậu Giang tổ chức hội nghị tổng kết hoạt động công đoàn năm 2014 và triển khai phương hướng, nhiệm vụ năm 2015.

Năm qua, các cấp công đoàn trong tỉnh đã Kêt nạp mới [[2.736|mn a y2014 n=scraped typo Kêt nạp = kết nạp; năm qua published in January -> 2014 (records.md)]] đoàn viên, thành lập mới [[27|un a y2014]] công đoàn cơ sở (vượt [[12,5%|un p y2014 v=112.5 n=vượt 12,5% chỉ tiêu -> attainment 112.5 (records.md)]] chỉ tiêu).

Tuy nhien, do mot so doanh nghiep giai the, ngung hoat dong nen trong nam giam [[9|ud a y2014 n=paragraph scraped without diacritics; giam ... cong doan co so -> unions_dissolved]] cong doan co so voi [[1.014|ml a y2014 n=members of the closed unions -> members_lost (indicators.tsv giảm ... đoàn viên)]] doan vien. Tinh den cuoi nam 2014, toan tinh hien co [[612|ut a pub n=hien co -> stock dated at publication whatever period the sentence names (records.md)]] cong doan co so voi [[39.480|mt a pub n=hien co -> stock dated at publication (records.md)]] doan vien, tang tuyet doi [[18|unet a y2014 n=tang tuyet doi -> net change; period from the nearest earlier phrase (records.md)]] cong doan co so va [[1.722|mnet a y2014]] doan vien so voi nam 2013.

Trong năm, công đoàn các cấp đã phối hợp tổ chức [[86|tr a y2014]] lớp tập huấn cho [[5.230|te a y2014]] lượt cán bộ công đoàn, đoàn viên; giới thiệu [[118|pr a y2014]] đoàn viên ưu tú cho Đảng xem xét kết nạp. Dịp này, 16 tập thể và 24 cá nhân được nhận bằng khen của Tổng LĐLĐ Việt Nam.

Năm 2015, LĐLĐ tỉnh phấn đấu kết nạp mới [[2.500|mn t y2015]] đoàn viên, thành lập [[20|un t y2015]] công đoàn cơ sở, phấn đấu 85% công đoàn cơ sở khu vực ngoài nhà nước đạt vững mạnh.

Thanh Phong
"""

A13 = """Công đoàn Bạc Liêu: Chăm lo, bảo vệ quyền lợi người lao động

6 tháng đầu năm 2013, các cấp công đoàn tỉnh Bạc Liêu đã tư vấn pháp luật cho [[3.4 20|lc a h1-2013 n=scraped number split by a space, 3.420 (records.md 1.5 60)]] lượt đoàn viên, người lao động; phối hợp tổ chức hội nghị người lao động ở [[74|wkc a h1-2013 n=the 82% beside it is a coverage rate with no target (gold README 11)]] doanh nghiệp, đạt 82% số doanh nghiệp có tổ chức công đoàn; [[45|wd a h1-2013]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Công nhân Công ty CP Thủy sản Bạc Liêu trong ca làm việc

LĐLĐ tỉnh đã hỗ trợ [[236|ben a h1-2013]] đoàn viên có hoàn cảnh khó khăn, bị tai nạn lao động với số tiền [[118 triệu|sf a h1-2013]] đồng. Ủy ban Kiểm tra công đoàn các cấp đã kiểm tra [[19|sv a h1-2013 n=inspections of unions' compliance -> supervisions (indicators.tsv kiểm tra)]] cuộc việc chấp hành Điều lệ Công đoàn Việt Nam, trong đó [[11|fi a h1-2013 n=breakdown of the inspections, but financial -> financial_inspections (indicators.tsv)]] cuộc kiểm tra tài chính công đoàn cơ sở.

Chỉ tiêu cả năm 2013 là kết nạp [[1.800|mn t y2013 n=chỉ tiêu cả năm -> the full year (gold README 8)]] đoàn viên; đến nay đã kết nạp [[1.064|mn a h1-2013 n=đến nay on an undated page -> the nearest earlier period phrase (6 tháng đầu năm 2013)]] đoàn viên, đạt [[59,1%|mn p h1-2013]], thành lập mới [[6|un a h1-2013 s=khu vực ngoài nhà nước n=đến nay -> the nearest earlier period phrase (6 tháng đầu năm 2013); scope as written]] công đoàn cơ sở ở khu vực ngoài nhà nước.

Theo ông Lê Minh Phụng, Chủ tịch LĐLĐ tỉnh, khó khăn lớn nhất hiện nay là nhiều doanh nghiệp dưới 10 lao động, người lao động thường xuyên nghỉ việc nên việc phát triển đoàn viên chưa bền vững.

Minh Khang
"""

A14 = """Tiền Giang: Dự kiến chăm lo Tết cho hơn [[21.000|ben t y2022 b=o n=headline rounded repeat of the planned 21.350 (gold README 1); dự kiến -> target]] đoàn viên, người lao động
Thứ Tư, 22/12/2021 - 08:05

(ẤP BẮC) - Theo kế hoạch của LĐLĐ tỉnh Tiền Giang, dịp Tết Nguyên đán Nhâm Dần 2022, các cấp công đoàn dự kiến thăm, tặng quà cho [[21.350|ben t y2022 n=kế hoạch, dự kiến -> target (gold README 4); Tết Nhâm Dần 2022 -> the Tết year (challenge21 rule)]] đoàn viên, người lao động với tổng kinh phí khoảng [[10,7 tỷ|sf t y2022 b=a]] đồng.

Trong đó, LĐLĐ tỉnh sẽ trao [[2.500|ben t y2022 s=công nhân tại các khu công nghiệp n=breakdown of the plan (gold README 6); the 1 triệu đồng per gift is a per-item amount (gold README 11)]] suất quà, mỗi suất 1 triệu đồng cho công nhân có hoàn cảnh khó khăn tại các khu công nghiệp. Chương trình "Tết Sum vầy" sẽ được tổ chức tại 3 điểm, kèm theo "Chợ Tết Công đoàn" với 3.000 phiếu mua hàng 0 đồng.

Dịp Tết Tân Sửu 2021, các cấp công đoàn tỉnh đã chăm lo cho [[19.870|ben a y2021]] lượt đoàn viên, người lao động với tổng số tiền hơn [[9,6 tỷ|sf a y2021 b=o]] đồng.

Ông Trần Văn Hiền, Chủ tịch LĐLĐ tỉnh cho biết: "Năm 2021, dịch bệnh ảnh hưởng nặng nề đến việc làm, thu nhập của công nhân. Các cấp công đoàn đã hỗ trợ [[34.612|ben a y2021]] lượt đoàn viên, người lao động bị ảnh hưởng bởi Covid-19 với số tiền trên [[15,2 tỷ|sf a y2021 b=o n=trên -> over (gold README 5)]] đồng. Tết này, chúng tôi ưu tiên những người mất việc, không có điều kiện về quê".

Công nhân Khu công nghiệp Long Giang nhận quà Tết của công đoàn (ảnh tư liệu).

Hồng Nhung
Lượt xem: 2.075
"""

A15 = """Đồng Tháp: Công đoàn sơ kết hoạt động 6 tháng đầu năm 2019
Cập nhật ngày: 18/07/2019 16:05:12

ĐTO - Ngày 17/7, Liên đoàn Lao động tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 6 (khóa IX) sơ kết hoạt động công đoàn 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm.

Theo báo cáo, trong 6 tháng, các cấp công đoàn đã kết nạp [[2.148|mn a h1-2019 n=trong 6 tháng -> the half year named before (records.md); region from the site (records.md)]] đoàn viên, đạt [[71,6%|mn p h1-2019 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] chỉ tiêu năm; thành lập mới [[14|un a h1-2019]] công đoàn cơ sở, đạt [[70%|un p h1-2019]] kế hoạch. Tuy nhiên, có [[5|ud a h1-2019]] công đoàn cơ sở giải thể do doanh nghiệp ngừng hoạt động, làm giảm [[326|ml a h1-2019]] đoàn viên. Hiện toàn tỉnh có [[1.318|ut a pub]] công đoàn cơ sở với [[71.904|mt a pub]] đoàn viên.

Về công tác đại diện, bảo vệ quyền lợi người lao động, có [[587/596|oc a h1-2019 v=587 n=x/y -> the achieved count (records.md)]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[213|wkc a h1-2019]] doanh nghiệp tổ chức hội nghị người lao động; [[166|wd a h1-2019]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Các công đoàn cơ sở đã thương lượng, ký mới [[29|ca a h1-2019]] bản thỏa ước lao động tập thể; vận động [[11|meal a h1-2019]] doanh nghiệp nâng giá trị bữa ăn giữa ca, nâng mức bình quân toàn tỉnh lên khoảng 18.000 đồng/suất.

Các cấp công đoàn đã thăm, tặng quà [[6.420|ben a h1-2019]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn với kinh phí [[2,87 tỷ|sf a h1-2019]] đồng; bàn giao [[9|sh a h1-2019]] nhà Mái ấm Công đoàn, trị giá [[450 triệu|shf a h1-2019]] đồng. Tháng Công nhân năm 2019 được tổ chức ở [[742|wmu a mo2019-05 n=an item naming its own period: Tháng Công nhân -> May 2019 (gold README 8)]] công đoàn cơ sở với nhiều hoạt động thiết thực.

Ông Nguyễn Văn Hợi, Chủ tịch LĐLĐ tỉnh Đồng Tháp phát biểu tại hội nghị.

Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[48|fi a h1-2019 s=công đoàn cơ sở n=two objects in one sentence, one record each with scope (gold README 6)]] công đoàn cơ sở và [[6|fi a h1-2019 s=LĐLĐ huyện]] LĐLĐ huyện, thành phố; tham gia [[22|sv a h1-2019]] cuộc giám sát việc thực hiện chế độ, chính sách tại doanh nghiệp. Công đoàn các cấp đã giới thiệu [[97|pr a h1-2019]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; [[41|pa a h1-2019]] đoàn viên được kết nạp Đảng.

Phát biểu chỉ đạo, ông Nguyễn Văn Hợi, Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn 6 tháng cuối năm phấn đấu kết nạp thêm [[900|mn t h2-2019 n=year-less 6 tháng cuối năm -> the publication year (records.md)]] đoàn viên, thành lập [[6|un t h2-2019]] công đoàn cơ sở, hoàn thành chỉ tiêu năm là [[3.000|mn t y2019 n=chỉ tiêu năm -> the full year (gold README 8)]] đoàn viên; đồng thời chuẩn bị tốt các điều kiện tiến tới Đại hội Công đoàn tỉnh lần thứ X, nhiệm kỳ 2023 - 2028.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 12 tập thể và 19 cá nhân có thành tích xuất sắc trong phong trào thi đua 6 tháng đầu năm.

NGỌC TRANG
"""

ARTS = [
    ('ay11', 'https://baovinhlong.com.vn/thoi-su/201709/them-9-don-vi-ky-ket-chuong-trinh-phuc-loi-doan-vien-cong-doan-2849931/', '2017-09-15', 'Vĩnh Long', A11),
    ('ay12', 'https://baohaugiang.com.vn/lao-dong-viec-lam/ket-nap-moi-hon-2700-doan-vien-cong-doan-41226.html', '2015-01-20', 'Hậu Giang', A12),
    ('ay13', 'http://www.baobaclieu.vn/xa-hoi/cong-doan-bac-lieu-cham-lo-bao-ve-quyen-loi-nguoi-lao-dong-20387.html', None, 'Bạc Liêu', A13),
    ('ay14', 'https://baoapbac.vn/xa-hoi/202112/du-kien-cham-lo-tet-cho-hon-21000-doan-vien-nguoi-lao-dong-1008811/', '2021-12-22', 'Tiền Giang', A14),
    ('ay15', 'https://baodongthap.vn/xa-hoi/cong-doan-so-ket-hoat-dong-6-thang-dau-nam-2019-82416.aspx', '2019-07-18', 'Đồng Tháp', A15),
]
