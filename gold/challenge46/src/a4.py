"""az16-az20."""

A16 = """LIÊN ĐOÀN LAO ĐỘNG TỈNH TIỀN GIANG
Trang chủ | Tin hoạt động | Chính sách - Pháp luật | Gương điển hình | Liên hệ

Tiền Giang: Trao [[12|sh a mo2010-11 n=headline repeat of the November handover (gold README 1)]] căn nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn

Thứ Sáu, 26/11/2010

Trong tháng 11/2010, LĐLĐ tỉnh Tiền Giang đã tổ chức bàn giao [[12|sh a mo2010-11]] căn nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn ở các huyện Cái Bè, Cai Lậy, Gò Công Đông; mỗi căn được hỗ trợ từ 15 đến 20 triệu đồng, tổng kinh phí [[210 triệu|shf a mo2010-11 n=per-house range 15 đến 20 triệu not a record (gold README 11)]] đồng.

Từ năm 2005 đến nay, Quỹ "Mái ấm Công đoàn" tỉnh đã hỗ trợ xây dựng và sửa chữa [[276|sh a 2005-01-01..2010-11-26 n=từ năm 2005 đến nay -> 2005-01-01 .. publication (records.md)]] căn nhà với tổng số tiền trên [[3,4 tỷ|shf a 2005-01-01..2010-11-26 b=o]] đồng. Năm 2011, LĐLĐ tỉnh phấn đấu vận động xây mới [[35|sh t y2011]] căn nhà mái ấm.

Ngoài ra, trong năm 2010, các cấp công đoàn trong tỉnh đã trợ cấp khó khăn cho [[1.460|ben a y2010]] lượt đoàn viên với số tiền [[438 triệu|sf a y2010]] đồng.

Văn phòng LĐLĐ tỉnh

Tin đã đưa:
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 7 (18/11/2010)
- Họp mặt kỷ niệm 80 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/2010)

Số lượt truy cập: 0215478
"""

A17 = """Ninh Thuận: Sơ kết hoạt động công đoàn 6 tháng đầu năm 2017

Thứ Tư, 12/07/2017 - 14:05

(NTO) - Ngày 11/7, Ban Chấp hành LĐLĐ tỉnh khóa X tổ chức hội nghị lần thứ 9 sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2017.

6 tháng đầu năm, các cấp công đoàn đã kết nạp [[1.356|mn a h1-2017]] đoàn viên, đạt [[54,2%|mn p h1-2017 n=part-way attainment takes the reporting period]] kế hoạch năm; thành lập mới [[8|un a h1-2017 s=ngoài khu vực nhà nước n=the whole figure is non-state: scope as written (gold README 10)]] CĐCS ngoài khu vực nhà nước. Công tác tuyên truyền được đẩy mạnh với [[46|tr a h1-2017]] hội nghị, lớp tập huấn, tuyên truyền pháp luật cho hơn [[5.600|te a h1-2017 b=o]] lượt đoàn viên, người lao động; Văn phòng tư vấn pháp luật tư vấn cho [[312|lc a h1-2017]] lượt người lao động. LĐLĐ tỉnh tham gia [[15|sv a h1-2017]] đoàn kiểm tra liên ngành về an toàn, vệ sinh lao động tại các doanh nghiệp.

Trong Tháng Công nhân năm 2017, có [[154|wmu a mo2017-05]] CĐCS tổ chức các hoạt động; các cấp công đoàn thăm hỏi, tặng [[2.430|ben a mo2017-05 n=the item names its own period: Tháng Công nhân -> May (gold README 8)]] suất quà cho công nhân lao động với tổng số tiền [[729 triệu|sf a mo2017-05]] đồng.

Hiện toàn tỉnh có [[786|ut a pub]] CĐCS với [[31.940|mt a pub]] đoàn viên.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.150|mn t l6-2017]] đoàn viên, thành lập [[6|un t l6-2017]] CĐCS; hoàn thành xây dựng [[5|sh t l6-2017]] nhà "Mái ấm Công đoàn"; 100% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Hội nghị đã biểu dương 12 tập thể có thành tích xuất sắc trong 6 tháng đầu năm.

BẢO NGỌC
"""

A18 = """Công ty TNHH Giày da Phước Hòa tổ chức Hội nghị người lao động năm 2016

Ngày 15/1, Công đoàn cơ sở Công ty TNHH Giày da Phước Hòa (KCN Mỹ Phước, huyện Bến Cát, Bình Dương) phối hợp với Ban Giám đốc tổ chức Hội nghị người lao động năm 2016 với sự tham gia của 180 đại biểu.

Năm 2015, CĐCS Công ty đã kết nạp [[640|mn a y2015 s=CĐCS Công ty TNHH Giày da Phước Hòa n=enterprise union gives its province (records.md Regions)]] đoàn viên, nâng tổng số đoàn viên lên [[4.215|mt a null s=CĐCS Công ty TNHH Giày da Phước Hòa n=nâng tổng số ... lên is a stock; undated page -> null..null (records.md)]] người trên tổng số 4.480 lao động. Công đoàn đã thăm hỏi, trợ cấp cho [[212|ben a y2015 s=CĐCS Công ty TNHH Giày da Phước Hòa]] lượt đoàn viên ốm đau, tai nạn, gia đình có hoàn cảnh khó khăn với số tiền [[96 triệu|sf a y2015 s=CĐCS Công ty TNHH Giày da Phước Hòa]] đồng.

Tại hội nghị, hai bên đã thống nhất sửa đổi, bổ sung thỏa ước lao động tập thể, trong đó nâng tiền ăn giữa ca từ 14.000 đồng lên 16.000 đồng/suất, hỗ trợ tiền xăng xe 150.000 đồng/người/tháng.

Năm 2016, CĐCS phấn đấu kết nạp [[500|mn t y2016 s=CĐCS Công ty TNHH Giày da Phước Hòa]] đoàn viên mới, phối hợp với Ban Giám đốc tặng [[300|ben t y2016 s=CĐCS Công ty TNHH Giày da Phước Hòa]] suất quà Tết cho công nhân có hoàn cảnh khó khăn.

Ảnh: Đại diện Ban Giám đốc và Chủ tịch CĐCS Công ty ký kết thỏa ước lao động tập thể.

Thanh Tùng - Công đoàn các KCN Bình Dương
"""

A19 = """Hậu Giang: Triển khai Tháng Công nhân năm 2013

24/04/2013

LĐLĐ tỉnh Hậu Giang vừa ban hành kế hoạch tổ chức Tháng Công nhân năm 2013 với chủ đề "Vì việc làm bền vững và thu nhập của người lao động". Theo kế hoạch, Tháng Công nhân năm 2013 sẽ được tổ chức tại ít nhất [[250|wmu t mo2013-05 b=o n=Theo kế hoạch ... sẽ -> target; Tháng Công nhân -> May (gold README 4, 8)]] công đoàn cơ sở.

Trong tháng, các cấp công đoàn sẽ thăm hỏi, tặng khoảng [[1.000|ben t mo2013-05 b=a]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn. LĐLĐ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức đối thoại tại [[5|wd t mo2013-05]] doanh nghiệp có đông lao động; khởi công [[3|sh t mo2013-05]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở.

Năm 2012, Tháng Công nhân được tổ chức tại [[231|wmu a mo2012-05 n=Tháng Công nhân of 2012 -> May 2012]] CĐCS; các cấp công đoàn đã tặng [[940|ben a mo2012-05]] suất quà, trị giá [[282 triệu|sf a mo2012-05]] đồng, mỗi suất 300.000 đồng.

P.V

Tin đã đưa:
• Vị Thanh: Kết nạp 120 đoàn viên trong quý I (10/04/2013)
• Hội thao công nhân viên chức lao động năm 2013 (02/04/2013)

Đang truy cập: 21 - Tổng lượt truy cập: 734.905
"""

A20 = """Yên Bái: Năm 2016 thành lập mới [[31|un a y2016 n=headline repeat (gold README 1)]] công đoàn cơ sở

Thứ Sáu, 13/01/2017 | 10:15

(YBĐT) - Ngày 12/1, LĐLĐ tỉnh Yên Bái tổ chức hội nghị tổng kết phong trào công nhân, viên chức, lao động và hoạt động công đoàn năm 2016.

Năm qua, các cấp công đoàn đã kết nạp [[2.580|mn a y2016 n=năm qua in January -> 2016 (records.md)]] đoàn viên, thành lập mới [[31|un a y2016]] CĐCS; giải thể [[12|ud a y2016]] CĐCS do doanh nghiệp ngừng hoạt động, giảm [[1.106|ml a y2016]] đoàn viên. Toàn tỉnh hiện có [[1.028|ut a pub]] CĐCS với [[52.300|mt a pub]] đoàn viên.

Các cấp công đoàn đã thành lập [[17|wc a y2016]] Ban nữ công quần chúng trong các doanh nghiệp; Ủy ban Kiểm tra các cấp kiểm tra tài chính tại [[64|fi a y2016 n=kiểm tra tài chính tại 64 CĐCS counted as 64 inspections]] CĐCS; tổ chức [[28|sv a y2016]] cuộc giám sát việc thực hiện chế độ, chính sách cho người lao động. Có [[538|pr a y2016]] đoàn viên ưu tú được giới thiệu cho tổ chức Đảng xem xét, kết nạp.

Năm 2017, LĐLĐ tỉnh phấn đấu kết nạp [[2.500|mn t y2017]] đoàn viên, thành lập [[25|un t y2017]] CĐCS; 100% CĐCS khu vực sản xuất kinh doanh có Ban nữ công.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 40 tập thể, 62 cá nhân.

Thanh Chi

Lượt xem: 1.976
"""

ARTS = [
    ('az16', 'http://congdoantiengiang.org.vn/index.php/tin-hoat-dong/trao-12-can-nha-mai-am-cong-doan-cho-doan-vien-kho-khan', '2010-11-26', 'Tiền Giang', A16),
    ('az17', 'http://baoninhthuan.com.vn/news/so-ket-hoat-dong-cong-doan-6-thang-dau-nam-2017-78215.html', '2017-07-12', 'Ninh Thuận', A17),
    ('az18', 'http://congdoankcnbinhduong.org.vn/tin-tuc/cong-ty-giay-da-phuoc-hoa-to-chuc-hoi-nghi-nguoi-lao-dong-nam-2016-391.html', None, 'Bình Dương', A18),
    ('az19', 'http://congdoanhaugiang.org.vn/tin-tuc/trien-khai-thang-cong-nhan-nam-2013-206.html', '2013-04-24', 'Hậu Giang', A19),
    ('az20', 'http://baoyenbai.com.vn/12/141286/nam-2016-thanh-lap-moi-31-cong-doan-co-so.aspx', '2017-01-13', 'Yên Bái', A20),
]
