"""az06-az10."""

A06 = """Hà Giang: Năm 2015 kết nạp mới trên [[4.000|mn a y2015 b=o n=rounded headline repeat of the scraped 4.0 12 (4012): body region and period, bound from its own word (gold README 1, 5)]] đoàn viên

Thứ Sáu, 15/01/2016 | 07:50

(HGĐT) - Ngày 14/1, LĐLĐ tỉnh Hà Giang tổ chức Hội nghị tổng kết hoạt động công đoàn năm 2015, triển khai nhiệm vụ năm 2016.

Năm qua, các cấp công đoàn trong tỉnh đã kết nạp mới [[4.0 12|mn a y2015 v=4012 n=scraped split number 4.0 12 -> 4012 (gold README 3); năm qua in January -> 2015 (records.md)]] đoàn viên, thành lập mới [[27|un a y2015]] CĐCS, vượt [[12,5%|un p y2015 v=112.5 n=vượt 12,5% chỉ tiêu -> 112.5 (records.md attainment)]] chỉ tiêu Nghị quyết Ban Chấp hành giao.

Cong tac tuyen truyen, giao duc duoc day manh, cac cap cong doan da to chuc [[126|tr a y2015 n=paragraph scraped without diacritics, still counts]] hoi nghi, lop tap huan cho [[9.845|te a y2015]] luot doan vien, nguoi lao dong. LDLD tinh chu tri va phoi hop tham gia [[38|sv a y2015]] cuoc kiem tra, giam sat viec thuc hien che do chinh sach tai cac don vi, doanh nghiep; Uy ban Kiem tra cac cap tien hanh kiem tra tai chinh [[52|fi a y2015 n=kiem tra tai chinh 52 cong doan co so counted as 52 financial inspections]] cong doan co so.

Các cấp công đoàn đã thăm hỏi, tặng quà [[3.120|ben a y2015]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn với số tiền gần [[1,3 tỷ|sf a y2015 b=u]] đồng. Hiện toàn tỉnh có [[1.246|ut a pub]] CĐCS với [[41.380|mt a pub]] đoàn viên.

Năm 2016, LĐLĐ tỉnh phấn đấu kết nạp mới [[3.500|mn t y2016]] đoàn viên, thành lập mới [[20|un t y2016]] CĐCS; 100% CĐCS khu vực hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức.

Tại hội nghị, LĐLĐ tỉnh đã tặng Bằng khen cho 19 tập thể và 31 cá nhân.

Minh Đức
Lượt xem: 2.314
"""

A07 = """LIÊN ĐOÀN LAO ĐỘNG TỈNH KON TUM
Tin tức | Hoạt động công đoàn | Tháng Công nhân | Thư viện

Kon Tum: Sôi nổi các hoạt động trong Tháng Công nhân 2015

05/06/2015

Theo báo cáo nhanh của LĐLĐ tỉnh Kon Tum, hưởng ứng Tháng Công nhân năm 2015 với chủ đề "Việc làm bền vững cho người lao động", có [[326|wmu a mo2015-05 n=Tháng Công nhân -> May of the year (records.md)]] công đoàn cơ sở đã tổ chức các hoạt động thiết thực chăm lo cho đoàn viên, công nhân lao động.

Trong tháng, các cấp công đoàn đã thăm hỏi, tặng [[1.150|ben a mo2015-05 n=trong tháng -> the Tháng Công nhân named before]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn, tổng trị giá hơn [[380 triệu|sf a mo2015-05 b=o]] đồng; mỗi suất từ 300.000 - 500.000 đồng. LĐLĐ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức đối thoại tại [[12|wd a mo2015-05]] doanh nghiệp; mở [[4|tr a mo2015-05]] lớp tập huấn Bộ luật Lao động năm 2012 cho [[320|te a mo2015-05]] công nhân các nhà máy thủy điện, chế biến cao su.

Dịp này, LĐLĐ tỉnh phối hợp với Công ty Cao su Kon Tum bàn giao [[một|sh a mo2015-05 v=1 n=number word một -> 1]] nhà "Mái ấm Công đoàn" trị giá [[40 triệu|shf a mo2015-05 n=money of the one house built in the month, a total not a per-item rate (gold README 11 compared)]] đồng cho đoàn viên Y Bưch ở huyện Sa Thầy.

Giải bóng đá công nhân lao động có 16 đội tham gia, diễn ra từ ngày 10 đến 17/5.

Ngọc Lan

Tin đã đưa:
• Tập huấn công tác nữ công năm 2015 (22/05/2015)
• Kết nạp 85 đoàn viên tại Công ty TNHH MTV Cao su Chư Mom Ray (14/05/2015)

Số người truy cập: 386.412
"""

A08 = """CÔNG ĐOÀN VIÊN CHỨC TỈNH LẠNG SƠN

Mở lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở

Trong 2 ngày (12 - 13/9), Công đoàn Viên chức tỉnh Lạng Sơn tổ chức lớp tập huấn nghiệp vụ công tác công đoàn năm 2016 cho [[135|te a y2016 s=Công đoàn Viên chức tỉnh n=undated page: the year of the sentence (năm 2016) gives the period]] học viên là chủ tịch, phó chủ tịch, ủy viên ban chấp hành và kế toán công đoàn cơ sở.

Đây là lớp tập huấn thứ hai trong năm; trước đó, trong tháng 4/2016, Công đoàn Viên chức tỉnh đã mở lớp cho [[120|te a mo2016-04 s=Công đoàn Viên chức tỉnh]] học viên. Theo kế hoạch, năm 2016 Công đoàn Viên chức tỉnh sẽ tổ chức [[3|tr t y2016 s=Công đoàn Viên chức tỉnh n=Theo kế hoạch ... sẽ tổ chức -> target (gold README 4)]] lớp tập huấn với khoảng [[400|te t y2016 b=a s=Công đoàn Viên chức tỉnh]] lượt học viên.

Sáu tháng đầu năm 2016, [[96/98|oc a h1-2016 s=Công đoàn Viên chức tỉnh]] cơ quan, đơn vị đã tổ chức hội nghị cán bộ, công chức, viên chức. Công đoàn Viên chức tỉnh hiện có [[98|ut a null s=Công đoàn Viên chức tỉnh n=stock on an undated page -> null..null (records.md)]] CĐCS với [[6.215|mt a null s=Công đoàn Viên chức tỉnh]] đoàn viên.

Ảnh: Quang cảnh lớp tập huấn.

Lượt xem: 412
"""

A09 = """LĐLĐ huyện Đức Hòa: Thành lập thêm [[hai mươi|wc a y2016 v=20 s=LĐLĐ huyện Đức Hòa n=number words hai mươi -> 20; headline repeat of the 2016 body figure (gold README 1)]] Ban nữ công quần chúng

08/03/2017 - 10:20 | Lượt xem: 1.087

Nhân kỷ niệm 107 năm Ngày Quốc tế Phụ nữ 8/3, LĐLĐ huyện Đức Hòa tổ chức họp mặt nữ cán bộ công đoàn, nữ đoàn viên tiêu biểu trên địa bàn huyện. Tại buổi họp mặt, LĐLĐ huyện đã tặng [[50|ben a pub s=LĐLĐ huyện Đức Hòa n=no period phrase before it -> publication day (records.md); the 500.000 đồng per gift is not a record]] suất quà cho nữ đoàn viên có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.

Theo báo cáo, năm 2016 LĐLĐ huyện đã chỉ đạo thành lập [[hai mươi|wc a y2016 v=20 s=LĐLĐ huyện Đức Hòa]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước trong các khu, cụm công nghiệp. Cũng trong năm 2016, LĐLĐ huyện kết nạp [[2.340|mn a y2016 s=LĐLĐ huyện Đức Hòa]] đoàn viên, thành lập mới [[11|un a y2016 s=LĐLĐ huyện Đức Hòa]] CĐCS; phối hợp tuyên truyền pháp luật về chế độ thai sản, nuôi con nhỏ cho gần [[3.000|te a y2016 b=u s=LĐLĐ huyện Đức Hòa]] lượt nữ công nhân.

Năm 2017, LĐLĐ huyện phấn đấu thành lập thêm ít nhất [[15|wc t y2017 b=o s=LĐLĐ huyện Đức Hòa]] Ban nữ công quần chúng, mỗi ban nữ công có từ 3 đến 5 thành viên.

Thanh Nhàn (LĐLĐ huyện Đức Hòa)

Các tin khác:
- Hội thi "Nữ công nhân khéo tay" năm 2017 (06/03/2017)
- Long An: 200 công nhân được khám sức khỏe miễn phí (01/03/2017)
"""

A10 = """Quảng Nam: Năm 2011 tăng [[3.215|mnet a y2011 n=headline repeat of the body's tăng tuyệt đối (gold README 1)]] đoàn viên

Thứ Ba, 10/01/2012, 15:02 (GMT+7)

(QNO) - Ngày 9.1, LĐLĐ tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2011, triển khai nhiệm vụ năm 2012.

Năm qua, các cấp công đoàn trong tỉnh đã kết nạp mới [[6.870|mn a y2011 n=năm qua in January -> 2011 (records.md)]] đoàn viên, thành lập mới [[58|un a y2011]] CĐCS. Tuy nhiên, do một số doanh nghiệp giải thể, ngừng hoạt động nên đã giảm [[3.655|ml a y2011]] đoàn viên và [[21|ud a y2011]] CĐCS; tính tăng tuyệt đối [[3.215|mnet a y2011]] đoàn viên, [[37|unet a y2011]] CĐCS. Đến nay, toàn tỉnh có [[1.780|ut a pub n=đến nay ... có stock dated at publication (gold README 7)]] CĐCS với [[72.406|mt a pub]] đoàn viên.

Công tác giới thiệu đoàn viên ưu tú cho Đảng được chú trọng, năm qua có [[412|pr a y2011]] đoàn viên được giới thiệu, [[265|pa a y2011]] đồng chí đã được kết nạp Đảng.

Năm 2012, LĐLĐ tỉnh phấn đấu kết nạp [[7.000|mn t y2012]] đoàn viên, thành lập [[60|un t y2012]] CĐCS, 90% CĐCS đạt vững mạnh.

VĂN SỰ

Bình luận
Gửi bình luận của bạn (0)
"""

ARTS = [
    ('az06', 'http://baohagiang.vn/xa-hoi/201601/nam-2015-ket-nap-moi-tren-4000-doan-vien-645210/', '2016-01-15', 'Hà Giang', A06),
    ('az07', 'http://congdoankontum.org.vn/tin-tuc/soi-noi-cac-hoat-dong-trong-thang-cong-nhan-2015-512.html', '2015-06-05', 'Kon Tum', A07),
    ('az08', 'http://congdoanvienchuclangson.vn/tin-tuc/mo-lop-tap-huan-nghiep-vu-cho-can-bo-cong-doan-co-so-88.html', None, 'Lạng Sơn', A08),
    ('az09', 'http://ldldduchoa.longan.gov.vn/tin-tuc/thanh-lap-them-hai-muoi-ban-nu-cong-quan-chung-231.html', '2017-03-08', 'Long An', A09),
    ('az10', 'http://baoquangnam.vn/xa-hoi/lao-dong/201201/nam-2011-tang-3215-doan-vien-215482/', '2012-01-10', 'Quảng Nam', A10),
]
