"""ak01-ak05: Tây Nguyên and Tây Bắc."""

A01 = """Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Bạn đọc
LĐLĐ tỉnh kết nạp mới hơn [[1.200|mn a y2019 b=o n=headline repeat of 1.236 below, takes its period (gold README 1); hơn -> over]] đoàn viên trong năm 2019

Thứ Năm, 26/12/2019 | 08:15

(BKT) - Ngày 25/12, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2019, triển khai nhiệm vụ năm 2020. Dự hội nghị có 120 đại biểu là cán bộ công đoàn chủ chốt các cấp.

Năm 2019, các cấp công đoàn trong tỉnh đã kết nạp mới [[1.236|mn a y2019 n=region Kon Tum from the site (baokontum), records.md regions]] đoàn viên, đạt [[123,6%|mn p y2019]] kế hoạch; thành lập mới [[21|un a y2019]] công đoàn cơ sở, vượt [[5%|un p y2019 v=105 n=vượt 5% chỉ tiêu -> attainment 105 (records.md status); vượt folded into the value, bound exact]] chỉ tiêu Tổng Liên đoàn giao. Đến nay, toàn tỉnh có [[968|ut a pub n=stock (đến nay) dated at publication (gold README 7)]] công đoàn cơ sở với [[31.402|mt a pub n=stock dated at publication (gold README 7)]] đoàn viên.

Công tác chăm lo cho đoàn viên, người lao động tiếp tục được quan tâm. Trong năm, các cấp công đoàn đã thăm hỏi, tặng quà cho [[5.817|ben a y2019 n=Trong năm -> the year named before, 2019 (records.md periods)]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn với tổng số tiền trên [[1,9 tỷ|sf a y2019 b=o]] đồng; hỗ trợ xây mới, sửa chữa [[14|sh a y2019]] nhà "Mái ấm Công đoàn", mỗi nhà từ 30 đến 50 triệu đồng. Các cấp công đoàn đã giới thiệu [[287|pr a y2019]] đoàn viên ưu tú cho cấp ủy xem xét, trong đó [[196|pa a y2019]] đồng chí đã được kết nạp vào Đảng.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 24 tập thể và 37 cá nhân có thành tích xuất sắc trong phong trào công nhân, viên chức, lao động và hoạt động công đoàn năm 2019.

Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp mới [[1.100|mn t y2020]] đoàn viên, thành lập mới [[18|un t y2020 b=o n=công đoàn cơ sở trở lên after the counted noun -> over (gold README 5)]] công đoàn cơ sở trở lên; 100% công đoàn cơ sở được xếp loại hoàn thành nhiệm vụ trở lên.

Thu Phương

Tin liên quan
- Hơn 700 công nhân được hỗ trợ vé xe về quê đón Tết (19/12/2019)
- Kon Plông: Bàn giao 2 nhà "Mái ấm Công đoàn" cho đoàn viên (10/12/2019)
- Ngọc Hồi: 15 doanh nghiệp tổ chức đối thoại định kỳ (02/12/2019)

Lượt xem: 1.384
"""

A02 = """Báo Đắk Nông - Đài Phát thanh - Truyền hình Đắk Nông
Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Đắk Nông 24h
Công đoàn Đắk Nông chăm lo Tết cho gần [[9.000|ben a y2023 b=u n=headline repeat of 8.946, takes its period (gold README 1); gần -> under]] đoàn viên, người lao động

Dịp Tết Nguyên đán Quý Mão 2023, các cấp công đoàn tỉnh Đắk Nông đã thăm hỏi, tặng quà cho [[8.946|ben a y2023 n=Tết Quý Mão 2023 -> the Tết year 2023 (challenge21 rule); undated page]] đoàn viên, người lao động với tổng kinh phí hơn [[4,3 tỷ|sf a y2023 b=o]] đồng.

Theo Liên đoàn Lao động tỉnh, trong số này, LĐLĐ tỉnh trực tiếp trao [[1.250|ben a y2023 s=LĐLĐ tỉnh n=breakdown of the total (gold README 6)]] suất quà, mỗi suất trị giá 700.000 đồng, cho đoàn viên, người lao động có hoàn cảnh khó khăn tại các huyện Tuy Đức, Đắk Glong, Krông Nô và TP. Gia Nghĩa. Các LĐLĐ huyện, thành phố, công đoàn ngành và công đoàn cơ sở đã trao [[7.696|ben a y2023 s=LĐLĐ huyện, thành phố, công đoàn ngành và công đoàn cơ sở n=breakdown (gold README 6)]] suất quà, trị giá trên [[3,4 tỷ|sf a y2023 b=o s=LĐLĐ huyện, thành phố, công đoàn ngành và công đoàn cơ sở]] đồng.

Lãnh đạo LĐLĐ tỉnh Đắk Nông trao quà Tết cho công nhân Khu công nghiệp Tâm Thắng
Lãnh đạo LĐLĐ tỉnh Đắk Nông trao quà Tết cho công nhân Khu công nghiệp Tâm Thắng

Tại chương trình "Tết Sum vầy" tổ chức ở Khu công nghiệp Tâm Thắng (huyện Cư Jút), Ban tổ chức đã phát 300 phiếu mua hàng 0 đồng tại gian hàng "Chợ Tết Công đoàn", mỗi phiếu trị giá 300.000 đồng; [[40|ben a y2023 s=Khu công nghiệp Tâm Thắng]] công nhân có hoàn cảnh đặc biệt khó khăn được nhận quà, mỗi suất 1 triệu đồng.

Bên cạnh đó, Công đoàn ngành Giáo dục tỉnh đã phối hợp với các nhà xe hỗ trợ [[120|ben a y2023 s=Công đoàn ngành Giáo dục n=free bus tickets given to members count as beneficiaries (gold README 9)]] vé xe miễn phí cho giáo viên công tác ở vùng sâu, vùng xa về quê đón Tết.

Hồng Thoan

Chia sẻ: Facebook | Zalo | In bài
Bình luận (0)
Tin cùng chuyên mục
- Đắk R'lấp: 35 đoàn viên được hỗ trợ sửa chữa nhà ở
- Hơn 1.000 lao động được tư vấn việc làm đầu năm
"""

A03 = """Trang chủ / Thời sự / Xã hội
Tổng kết Tháng Công nhân năm 2016
Cập nhật: 30/05/2016 - 16:42
(LTV) - Chiều 30/5, Liên đoàn Lao động tỉnh Lai Châu tổ chức hội nghị tổng kết Tháng Công nhân năm 2016 với chủ đề "Nâng cao hiệu quả đối thoại tại nơi làm việc".

Hưởng ứng Tháng Công nhân, đã có [[312|wmu a mo2016-05 n=Tháng Công nhân năm 2016 -> May 2016 (records.md periods)]] công đoàn cơ sở tổ chức các hoạt động thiết thực, vượt 12 đơn vị so với kế hoạch. Các cấp công đoàn đã phối hợp với người sử dụng lao động tổ chức [[146|wd a mo2016-05]] cuộc đối thoại tại nơi làm việc; phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại [[27|sv a mo2016-05 n=joint inspection of enterprises counted as supervisions (challenge21 least-certain 4)]] doanh nghiệp.

Nhân dịp này, các cấp công đoàn đã thăm hỏi, tặng [[2.134|ben a mo2016-05 n=gift packages count as beneficiaries (gold README 9)]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn, tổng trị giá gần [[640 triệu|sf a mo2016-05 b=u]] đồng; tổ chức [[9|tr a mo2016-05]] lớp tập huấn pháp luật lao động cho [[760|te a mo2016-05]] lượt đoàn viên tại các công trường thủy điện. Công đoàn cơ sở Công ty Cổ phần Thủy điện Nậm Na 2 đã thương lượng với lãnh đạo công ty nâng mức bữa ăn giữa ca từ 15.000 đồng lên 20.000 đồng/suất.

Công nhân Công ty Cổ phần Thủy điện Nậm Na 2 trong giờ nghỉ giữa ca. Ảnh: Thu Hà

Tại hội nghị, Liên đoàn Lao động tỉnh đã tặng giấy khen cho 10 tập thể, 15 cá nhân có thành tích xuất sắc trong tổ chức Tháng Công nhân năm 2016.

Phát biểu bế mạc hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn tiếp tục theo dõi, đôn đốc các doanh nghiệp thực hiện kiến nghị sau đối thoại; phấn đấu đến cuối năm 2016 có ít nhất [[85|ca t y2016 b=o n=phấn đấu đến cuối năm 2016 -> target of the year 2016; ít nhất -> over (gold README 4, 5)]] doanh nghiệp ký kết thỏa ước lao động tập thể.

Hoàng Phương - Thu Hà

Tin khác
- Lai Châu: Hơn 1.000 công nhân thủy điện được khám sức khỏe miễn phí
- Tam Đường tổ chức Hội thi "An toàn vệ sinh viên giỏi" năm 2016
Lượt xem: 845
"""

A04 = """LIÊN ĐOÀN LAO ĐỘNG TỈNH SƠN LA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thư viện ảnh | Liên hệ
Sơ kết hoạt động công đoàn 6 tháng đầu năm 2021

Sáng ngày 15/7/2021, Ban Chấp hành Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021.

Theo báo cáo, 6 tháng đầu năm 2021, các cấp công đoàn đã kết nạp [[1.318|mn a h1-2021 n=undated page; period from the sentence (records.md periods)]] đoàn viên, thành lập [[11|un a h1-2021]] công đoàn cơ sở; thực hiện nhập dữ liệu của [[42.560|rec a h1-2021]] đoàn viên lên phần mềm quản lý đoàn viên, đạt 71% tổng số đoàn viên toàn tỉnh.

Công tác tuyên truyền, tư vấn pháp luật được duy trì; các cấp công đoàn đã tổ chức [[37|tr a h1-2021]] lớp tập huấn, tuyên truyền pháp luật cho trên [[4.200|te a h1-2021 b=o]] lượt đoàn viên, người lao động; tư vấn pháp luật cho [[356|lc a h1-2021]] lượt người lao động, chủ yếu về bảo hiểm xã hội và hợp đồng lao động. Do ảnh hưởng của dịch Covid-19, LĐLĐ tỉnh đã hỗ trợ [[1.074|ben a h1-2021]] đoàn viên bị giảm giờ làm, ngừng việc với mức 500.000 đồng/người, tổng số tiền [[537 triệu|sf a h1-2021]] đồng.

Ủy ban Kiểm tra LĐLĐ tỉnh đã kiểm tra tài chính tại [[8|fi a h1-2021 s=công đoàn cơ sở n=two counts in one list, one record each with its scope (gold README 1, 6)]] công đoàn cơ sở và [[2|fi a h1-2021 s=LĐLĐ huyện]] LĐLĐ huyện.

6 tháng cuối năm 2021, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.700|mn t h2-2021]] đoàn viên, thành lập [[9|un t h2-2021]] công đoàn cơ sở, đưa 100% dữ liệu đoàn viên lên phần mềm.

Phòng Tuyên giáo - Nữ công

Các tin khác
- Trao 5 nhà "Mái ấm Công đoàn" cho đoàn viên huyện Mộc Châu
- LĐLĐ huyện Yên Châu tổ chức Đại hội lần thứ XIX, nhiệm kỳ 2018-2023

Bản quyền thuộc Liên đoàn Lao động tỉnh Sơn La
Địa chỉ: Số 8, đường Tô Hiệu, TP. Sơn La. Điện thoại: 0212.3852.467
Đang truy cập: 12 | Tổng lượt truy cập: 1.026.318
"""

A05 = """Báo Hòa Bình điện tử
Xã hội | Lao động - Việc làm
Bàn giao [[5|sh a pub n=headline repeat of the body statement (gold README 1)]] nhà "Mái ấm Công đoàn" cho đoàn viên huyện Mai Châu và Đà Bắc
Thứ Ba, 12/08/2014, 09:35

(Baohoabinh.com.vn) - Sáng 12/8, LĐLĐ tỉnh phối hợp với LĐLĐ huyện Mai Châu, Đà Bắc tổ chức bàn giao [[5|sh a pub n=no period phrase before it; event on the publication day -> publication date (records.md periods)]] nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở. Mỗi nhà được hỗ trợ 30 triệu đồng từ Quỹ Xã hội công đoàn tỉnh, tổng số tiền [[150 triệu|shf a pub]] đồng.

Lãnh đạo LĐLĐ tỉnh trao tiền hỗ trợ xây nhà cho chị Xa Thị Hạnh, đoàn viên Công đoàn cơ sở Trường Mầm non Tân Mai (Mai Châu).

Từ đầu năm 2014 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa [[23|sh a 2014-01-01..2014-08-12 n=từ đầu năm 2014 đến nay -> 1 Jan to publication (records.md periods)]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[640 triệu|shf a 2014-01-01..2014-08-12]] đồng; trong đó xây mới [[17|sh a 2014-01-01..2014-08-12 s=xây mới]] nhà, sửa chữa [[6|sh a 2014-01-01..2014-08-12 s=sửa chữa]] nhà. Theo kế hoạch, từ nay đến cuối năm 2014, LĐLĐ tỉnh sẽ tiếp tục hỗ trợ xây dựng thêm [[12|sh t 2014-08-12..2014-12-31 n=Theo kế hoạch -> target; từ nay đến cuối năm 2014 -> publication to 31 Dec (judgement, gold README 4, 8)]] nhà.

Dịp này, LĐLĐ huyện Đà Bắc trao [[20|ben a pub s=LĐLĐ huyện Đà Bắc]] suất quà cho nữ đoàn viên có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.

Thúy Hằng

Các tin khác:
- Kỳ Sơn: 12 doanh nghiệp ký kết thỏa ước lao động tập thể (08/08/2014)
- Hội thi "Cán bộ nữ công giỏi" năm 2014 (05/08/2014)
Số lượt đọc: 632
"""

ARTS = [
    ('ak01', 'https://baokontum.com.vn/xa-hoi/ldld-tinh-ket-nap-moi-hon-1200-doan-vien-trong-nam-2019-12873.html',
     '2019-12-26', 'Kon Tum', A01),
    ('ak02', 'https://baodaknong.vn/cong-doan-dak-nong-cham-lo-tet-cho-gan-9000-doan-vien-nguoi-lao-dong-176214.html',
     None, 'Đắk Nông', A02),
    ('ak03', 'https://laichautv.vn/tin-tuc/xa-hoi/tong-ket-thang-cong-nhan-nam-2016-14562.html',
     '2016-05-30', 'Lai Châu', A03),
    ('ak04', 'http://ldldsonla.org.vn/tin-tuc-su-kien/so-ket-hoat-dong-cong-doan-6-thang-dau-nam-2021-1487.html',
     None, 'Sơn La', A04),
    ('ak05', 'http://www.baohoabinh.com.vn/12/92516/Ban-giao-5-nha-Mai-am-Cong-doan-cho-doan-vien-huyen-Mai-Chau-va-Da-Bac.htm',
     '2014-08-12', 'Hòa Bình', A05),
]
