"""az01-az05."""

A01 = """LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Pháp luật lao động | Liên hệ

Quý I/2012: Thành lập mới [[9|un a q1-2012 n=headline repeat of the body figure, takes its period (gold README 1)]] công đoàn cơ sở

Ngày đăng: 10/04/2012

Trong quý I/2012, các cấp công đoàn tỉnh Thái Bình đã tập trung đẩy mạnh công tác phát triển đoàn viên, thành lập công đoàn cơ sở trong các doanh nghiệp ngoài nhà nước. Kết quả, toàn tỉnh đã thành lập mới [[9|un a q1-2012]] CĐCS, kết nạp [[1.126|mn a q1-2012]] đoàn viên, trong đó khu vực ngoài nhà nước [[874|mn a q1-2012 s=khu vực ngoài nhà nước n=breakdown with scope (gold README 6)]] đoàn viên.

LĐLĐ tỉnh đã phối hợp với Sở Lao động - Thương binh và Xã hội mở [[3|tr a q1-2012]] lớp tập huấn về Bộ luật Lao động (sửa đổi) cho [[215|te a q1-2012]] cán bộ công đoàn cơ sở và chủ doanh nghiệp; hướng dẫn 27 doanh nghiệp mới đi vào hoạt động xây dựng nội quy lao động.

Hiện nay, LĐLĐ tỉnh Thái Bình đang quản lý [[1.312|ut a pub n=stock hiện nay dated at publication (records.md, gold README 7)]] CĐCS với [[98.450|mt a pub]] đoàn viên. Năm 2012, LĐLĐ tỉnh phấn đấu thành lập mới ít nhất [[35|un t y2012 b=o n=ít nhất -> over (gold README 5)]] CĐCS, phát triển [[4.000|mn t y2012]] đoàn viên công đoàn.

Ban Tổ chức

Tin đã đưa:
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 5, khóa XIX (02/04/2012)
- Trao 15 suất quà cho công nhân Khu công nghiệp Phúc Khánh (28/03/2012)
- Giải bóng chuyền CNVCLĐ năm 2012 có 18 đội tham gia (21/03/2012)

Lượt truy cập: 1.204.577 | Đang online: 37
"""

A02 = """Công đoàn Nghệ An > Hoạt động công đoàn huyện, thành, thị

Diễn Châu: Bàn giao [[2|sh a null s=LĐLĐ huyện Diễn Châu n=headline repeat of the body handover; undated page and no earlier period phrase -> null..null (records.md)]] nhà "Mái ấm Công đoàn"

Vừa qua, LĐLĐ huyện Diễn Châu phối hợp với Công đoàn cơ sở Trường THCS Diễn Hồng tổ chức bàn giao [[2|sh a null s=LĐLĐ huyện Diễn Châu n=no publication date and no period phrase before it -> null..null (records.md); district union gives its province (records.md Regions)]] nhà "Mái ấm Công đoàn" cho đoàn viên Nguyễn Thị Hoa và đoàn viên Trần Văn Lương. Mỗi ngôi nhà được hỗ trợ 30 triệu đồng từ Quỹ Mái ấm Công đoàn tỉnh và 5 triệu đồng từ LĐLĐ huyện, phần còn lại do gia đình, anh em họ hàng đóng góp; tổng trị giá mỗi căn khoảng 120-150 triệu đồng.

Phát biểu tại buổi lễ, đồng chí Chủ tịch LĐLĐ huyện cho biết: Giai đoạn 2009-2013, LĐLĐ huyện Diễn Châu đã vận động xây mới và sửa chữa [[17|sh a t2009-2013 s=LĐLĐ huyện Diễn Châu]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở với tổng số tiền hỗ trợ hơn [[510 triệu|shf a t2009-2013 b=o s=LĐLĐ huyện Diễn Châu]] đồng. Năm 2014, LĐLĐ huyện phấn đấu hỗ trợ xây mới thêm [[5|sh t y2014 s=LĐLĐ huyện Diễn Châu]] nhà.

Ảnh: Lãnh đạo LĐLĐ huyện trao quyết định hỗ trợ cho gia đình đoàn viên Nguyễn Thị Hoa.

Hữu Tình - LĐLĐ huyện Diễn Châu

Lượt xem: 865
"""

A03 = """CÔNG ĐOÀN BẮC NINH - Cổng thông tin điện tử
Trang chủ   Tin tức   Công đoàn các KCN   Văn bản   Thư viện ảnh

Công đoàn các KCN Bắc Ninh: Kết nạp [[6.850|mn a h1-2014 s=Công đoàn các KCN n=headline repeat; period of the body statement (gold README 1)]] đoàn viên trong 6 tháng

Thứ Tư, 16/07/2014 - 08:35

Ngày 15/7, Công đoàn các Khu công nghiệp tỉnh Bắc Ninh tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014.

Theo báo cáo, 6 tháng đầu năm, Công đoàn các KCN đã thành lập mới [[14|un a h1-2014 s=Công đoàn các KCN n=6 tháng đầu năm without year takes the publication year (records.md)]] CĐCS, kết nạp [[6.850|mn a h1-2014 s=Công đoàn các KCN]] đoàn viên, đạt [[68,5%|mn p h1-2014 s=Công đoàn các KCN n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm. Hiện Công đoàn các KCN tỉnh đang quản lý [[298|ut a pub s=Công đoàn các KCN]] CĐCS với gần [[112.000|mt a pub b=u s=Công đoàn các KCN]] đoàn viên.

Các CĐCS đã chủ động phối hợp với người sử dụng lao động tổ chức hội nghị người lao động, kết quả có [[187/226|wkc a h1-2014 s=Công đoàn các KCN n=x/y share -> x (records.md value rule)]] doanh nghiệp tổ chức hội nghị NLĐ; [[143|ca a h1-2014 s=Công đoàn các KCN]] doanh nghiệp đã ký kết thỏa ước lao động tập thể. Công đoàn các KCN đã tư vấn pháp luật cho [[1.420|lc a h1-2014 s=Công đoàn các KCN]] lượt người lao động, tham gia giải quyết 6 vụ ngừng việc tập thể.

Đáng chú ý, có [[35|meal a h1-2014 s=Công đoàn các KCN n=the 12.000 and 15.000 - 18.000 đồng meal levels are not records (gold README 11)]] doanh nghiệp điều chỉnh nâng mức bữa ăn giữa ca từ 12.000 đồng lên 15.000 - 18.000 đồng/suất.

6 tháng cuối năm, Công đoàn các KCN phấn đấu kết nạp thêm [[3.150|mn t l6-2014 s=Công đoàn các KCN]] đoàn viên, thành lập mới [[10|un t l6-2014 s=Công đoàn các KCN]] CĐCS; 100% doanh nghiệp có CĐCS tổ chức đối thoại định kỳ.

Thu Hằng

Các tin khác:
» Khánh thành nhà văn hóa công nhân KCN Quế Võ (08/07/2014)
» Trao 200 suất học bổng cho con công nhân (02/07/2014)
"""

A04 = """Công đoàn Giáo dục Quảng Bình tổng kết năm học 2013-2014

Cập nhật: 20/08/2014

(QBĐT) - Ngày 19/8, Công đoàn ngành Giáo dục tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2013-2014, triển khai phương hướng nhiệm vụ năm học 2014-2015.

Trong năm học, các công đoàn cơ sở đã phối hợp với thủ trưởng đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học, trong đó [[212/215|oc a sy2013 s=Công đoàn ngành Giáo dục n=x/y -> x; school year 2013-2014 -> 2013-09-01..2014-08-31 (records.md)]] đơn vị tổ chức đúng thời gian quy định.

Công đoàn ngành đã giới thiệu [[286|pr a sy2013 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho tổ chức Đảng xem xét, trong đó có [[198|pa a sy2013 s=Công đoàn ngành Giáo dục n=trong đó ... đã được kết nạp -> party_admitted, its own indicator rather than a breakdown]] đồng chí đã được kết nạp vào Đảng. Các cấp công đoàn thăm hỏi, trợ cấp cho [[1.035|ben a sy2013 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, gặp hoàn cảnh khó khăn với số tiền trên [[420 triệu|sf a sy2013 b=o s=Công đoàn ngành Giáo dục]] đồng.

Hiện Công đoàn ngành quản lý [[482|ut a pub s=Công đoàn ngành Giáo dục]] CĐCS với [[16.720|mt a pub s=Công đoàn ngành Giáo dục]] đoàn viên. Năm học 2014-2015, Công đoàn ngành phấn đấu giới thiệu ít nhất [[250|pr t sy2014 b=o s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng.

Dịp này, Công đoàn ngành Giáo dục tỉnh đã khen thưởng 24 tập thể, 56 cá nhân có thành tích xuất sắc trong năm học.

Hồng Lam

Bình luận (0)
"""

A05 = """BÁO SÓC TRĂNG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Lao động - Việc làm | Văn hóa

Sóc Trăng: Hơn [[1,5 tỷ|sf t y2016 b=o n=headline repeats the planned total (dự kiến) of the body: same status, region and period (gold README 1, 4)]] đồng chăm lo Tết cho đoàn viên, công nhân lao động

28/01/2016 09:15

Tết Nguyên đán Bính Thân 2016, các cấp công đoàn tỉnh Sóc Trăng dự kiến trao [[5.200|ben t y2016 n=dự kiến -> target; Tết figures take the Tết year]] phần quà cho đoàn viên, CNLĐ có hoàn cảnh khó khăn với tổng kinh phí hơn [[1,5 tỷ|sf t y2016 b=o]] đồng. Tính đến ngày 27/1, LĐLĐ tỉnh và các công đoàn cấp trên cơ sở đã trao [[3.860|ben a y2016 n=Tính đến ngày 27/1 is a date, not a period: nearest earlier period phrase Tết 2016]] suất quà, trị giá [[1,12 tỷ|sf a y2016]] đồng. Mỗi suất quà trị giá từ 200.000 đến 500.000 đồng, gồm tiền mặt và nhu yếu phẩm.

Ngày 26/1, LĐLĐ tỉnh phối hợp tổ chức chương trình "Tết Sum vầy" tại Khu công nghiệp An Nghiệp, trao [[400|ben a y2016 s=Tết Sum vầy tại Khu công nghiệp An Nghiệp]] suất quà cho công nhân và tặng [[150|ben a y2016 s=Tết Sum vầy tại Khu công nghiệp An Nghiệp n=tickets given to workers count as beneficiaries (gold README 9)]] vé xe cho công nhân về quê ăn Tết. Cũng dịp này, LĐLĐ thị xã Vĩnh Châu trao [[120|ben a y2016 s=LĐLĐ thị xã Vĩnh Châu]] phần quà cho đoàn viên là ngư dân, công nhân chế biến thủy sản, trị giá [[36 triệu|sf a y2016 s=LĐLĐ thị xã Vĩnh Châu]] đồng.

Ảnh: Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân KCN An Nghiệp.

KIM THOA

Các tin đã đưa:
- Hội nghị tổng kết công tác Công đoàn năm 2015 (15/01/2016)
- Gần 60 doanh nghiệp thưởng Tết bình quân 4 triệu đồng (12/01/2016)
"""

ARTS = [
    ('az01', 'http://congdoanthaibinh.org.vn/tin-tuc/quy-i-2012-thanh-lap-moi-9-cong-doan-co-so-1182.html', '2012-04-10', 'Thái Bình', A01),
    ('az02', 'http://congdoannghean.vn/dien-chau-ban-giao-2-nha-mai-am-cong-doan-t2215.html', None, 'Nghệ An', A02),
    ('az03', 'http://congdoanbacninh.org.vn/tin-tuc/cong-doan-cac-kcn-ket-nap-6850-doan-vien-trong-6-thang-2406.html', '2014-07-16', 'Bắc Ninh', A03),
    ('az04', 'http://baoquangbinh.vn/giao-duc/201408/cong-doan-giao-duc-quang-binh-tong-ket-nam-hoc-2013-2014-2116540/', '2014-08-20', 'Quảng Bình', A04),
    ('az05', 'http://baosoctrang.org.vn/lao-dong-viec-lam/201601/hon-15-ty-dong-cham-lo-tet-cho-doan-vien-cong-nhan-lao-dong-687412/', '2016-01-28', 'Sóc Trăng', A05),
]
