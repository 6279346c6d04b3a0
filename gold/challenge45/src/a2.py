"""ay06-ay10: Quảng Bình (nữ công), Kon Tum (VOV), Đắk Nông (Tiền Phong), Bình Thuận (VnExpress-like),
Trà Vinh (union portal, numbered list, undated)."""

A06 = """Quảng Bình: Nâng cao hiệu quả hoạt động nữ công

  • 08:42, 26/12/2014
  • icon gmail
  • icon facebook
  • icon youtube

(QBĐT) - Ngày 25-12, Ban Nữ công LĐLĐ tỉnh tổ chức hội nghị tổng kết công tác nữ công năm 2014, triển khai nhiệm vụ năm 2015.

Năm qua, các cấp công đoàn trong tỉnh đã thành lập mới [[23|wc a y2014 s=doanh nghiệp ngoài nhà nước n=năm qua in December -> the current year, also named in the lead (records.md); scope as written (gold README 10)]] ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước, giúp lao động nữ ở khu vực này có nơi phản ánh tâm tư, nguyện vọng. Ban Nữ công các cấp tổ chức [[14|tr a y2014]] lớp tập huấn nghiệp vụ cho [[860|te a y2014]] lượt cán bộ nữ công; phối hợp tuyên truyền pháp luật về chế độ, chính sách đối với lao động nữ cho hơn [[12.000|te a y2014 b=o n=persons reached by dissemination count as trainees (indicators.tsv)]] lượt nữ đoàn viên.

Nhân ngày Quốc tế Phụ nữ 8-3 và ngày Phụ nữ Việt Nam 20-10, các cấp công đoàn đã thăm hỏi, tặng quà cho [[1.150|ben a y2014]] nữ đoàn viên có hoàn cảnh khó khăn với tổng số tiền [[287 triệu|sf a y2014]] đồng. Có 2.340 nữ đoàn viên được công nhận danh hiệu "Giỏi việc nước, đảm việc nhà" cấp cơ sở.

Lãnh đạo LĐLĐ tỉnh tặng giấy khen cho các tập thể có thành tích xuất sắc trong công tác nữ công năm 2014.
Lãnh đạo LĐLĐ tỉnh tặng giấy khen cho các tập thể có thành tích xuất sắc trong công tác nữ công năm 2014.

Toàn tỉnh hiện có [[27.150|mt a pub s=nữ đoàn viên n=a part of the members on the books -> members_total with scope, dated at publication (gold README 6, 7); the 52,6% share is not a record (gold README 11)]] nữ đoàn viên, chiếm 52,6% tổng số đoàn viên công đoàn. Năm 2015, Ban Nữ công LĐLĐ tỉnh phấn đấu thành lập mới ít nhất [[15|wc t y2015 b=o]] ban nữ công quần chúng ở các doanh nghiệp có đông lao động nữ.

Thanh Hải
"""

A07 = """Kon Tum: Công đoàn tư vấn pháp luật cho hơn [[3.200|lc a y2017 b=o n=headline rounded repeat of 3.246 takes its period (gold README 1)]] lượt người lao động

Thứ Sáu, 06:45, 12/01/2018

VOV.VN - Năm qua, các cấp công đoàn tỉnh Kon Tum đã tư vấn pháp luật cho [[3.246|lc a y2017 n=năm qua published in January -> the previous year (records.md)]] lượt đoàn viên, người lao động, chủ yếu về tiền lương, bảo hiểm xã hội và hợp đồng lao động.

Ông Y Ngọc, Phó Chủ tịch LĐLĐ tỉnh Kon Tum cho biết, trong năm, LĐLĐ tỉnh chủ trì [[8|sv a y2017 n=trong năm -> the year named before (2017); held and joined supervisions are two mentions (indicators.tsv)]] cuộc giám sát và tham gia [[21|sv a y2017]] cuộc kiểm tra, giám sát cùng các ngành chức năng về việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp. Qua đó kiến nghị doanh nghiệp truy đóng bảo hiểm xã hội cho hơn 400 người lao động.

Cũng trong năm, Ủy ban Kiểm tra các cấp công đoàn đã kiểm tra tài chính [[64|fi a y2017]] công đoàn cơ sở, phát hiện 7 đơn vị chưa thực hiện đúng quy định về thu, chi, quản lý tài chính công đoàn. Công đoàn cũng đại diện tham gia tố tụng 3 vụ án lao động tại tòa án.

"Nhiều người lao động ở vùng sâu, vùng xa chưa có điều kiện tiếp cận luật sư, nên năm 2018 chúng tôi sẽ đưa tư vấn pháp luật xuống tận cơ sở, phấn đấu tư vấn cho ít nhất [[3.500|lc t y2018 b=o n=phấn đấu -> target; ít nhất -> over (gold README 4, 5)]] lượt người lao động và kiểm tra tài chính [[70|fi t y2018]] công đoàn cơ sở", ông Y Ngọc nói.

Quang Thắng/VOV-Tây Nguyên

Tin liên quan
Kon Tum: 1.200 công nhân cao su được tặng quà Tết
Công đoàn Kon Tum kết nạp 960 đoàn viên mới
"""

A08 = """Đắk Nông: Thêm [[6|sh a y2022 n=headline repeat of the body figure takes its period (gold README 1)]] "Mái ấm Công đoàn" cho đoàn viên khó khăn

TPO - Ngày 19/9, LĐLĐ tỉnh Đắk Nông trao quyết định hỗ trợ xây dựng [[6|sh a y2022 n=the sentence names năm 2022 (records.md)]] "Mái ấm Công đoàn" năm 2022 cho đoàn viên có hoàn cảnh khó khăn tại huyện Đắk Glong và Tuy Đức.

Hoàng Lâm
Thứ Ba, 20/09/2022 10:15 (GMT+7)

Mỗi căn nhà được hỗ trợ 50 triệu đồng từ Quỹ Xã hội Công đoàn tỉnh, tổng số tiền hỗ trợ đợt này là [[300 triệu|shf a y2022 n=total for the houses, the per-house 50 triệu is not a record (gold README 11)]] đồng. Các gia đình còn được công đoàn cơ sở, đồng nghiệp góp thêm ngày công, vật liệu để sớm hoàn thành nhà trước mùa mưa.

Từ đầu năm đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa [[18|sh a 2022-01-01..2022-09-20 n=từ đầu năm đến nay -> 2022-01-01 to publication (records.md)]] nhà Mái ấm Công đoàn với tổng kinh phí [[790 triệu|shf a 2022-01-01..2022-09-20]] đồng. Kế hoạch năm 2022 là [[25|sh t y2022 n=kế hoạch -> target (gold README 4)]] nhà, đến nay đã đạt [[72%|sh p 2022-01-01..2022-09-20 n=part-way attainment of the year plan takes the reporting period (gold README 4; challenge21 rule)]].

Mái ấm Công đoàn được bàn giao cho đoàn viên tại huyện Đắk Glong. Ảnh: H.L

Ông Phạm Tuấn Anh, Chủ tịch LĐLĐ tỉnh Đắk Nông cho biết: "Từ năm 2017 đến nay, các cấp công đoàn tỉnh đã xây mới, sửa chữa [[127|sh a 2017-01-01..2022-09-20]] Mái ấm Công đoàn với tổng kinh phí gần [[5,2 tỷ|shf a 2017-01-01..2022-09-20 b=u n=gần -> under (gold README 5)]] đồng. Nhiều đoàn viên từ chỗ ở tạm bợ nay đã có nhà kiên cố để yên tâm công tác".

Đọc tiếp
Đắk Nông: Trao 500 suất quà cho công nhân cao su
"""

A09 = """Bình Thuận: Gần [[8.000|ben a mo2020-05 b=u n=headline rounded repeat of 7.860 takes its period (gold README 1); gần -> under]] công nhân khó khăn được hỗ trợ trong Tháng Công nhân

Thứ sáu, 29/5/2020, 14:20 (GMT+7)

Các cấp công đoàn Bình Thuận dành gần [[2,1 tỷ|sf a mo2020-05 b=u n=sapo rounded repeat of 2,08 tỷ (gold README 1)]] đồng thăm hỏi, hỗ trợ người lao động bị ảnh hưởng bởi Covid-19 trong Tháng Công nhân năm nay.

Theo Liên đoàn Lao động tỉnh Bình Thuận, Tháng Công nhân 2020 được tổ chức tại [[395|wmu a mo2020-05]] công đoàn cơ sở, ít hơn năm trước do nhiều doanh nghiệp tạm ngừng hoạt động vì dịch bệnh. Trong tháng, các cấp công đoàn đã thăm, tặng quà, hỗ trợ [[7.860|ben a mo2020-05 n=trong tháng -> the Workers' Month named before (May 2020)]] lượt đoàn viên, người lao động với tổng số tiền [[2,08 tỷ|sf a mo2020-05]] đồng.

Trong đó, [[1.240|ben a mo2020-05 s=công nhân bị mất việc, giảm giờ làm n=breakdown (gold README 6); the 500.000 đồng each is a per-item amount (gold README 11)]] công nhân bị mất việc, giảm giờ làm được hỗ trợ mỗi người 500.000 đồng.

Công nhân một doanh nghiệp chế biến thủy sản ở TP Phan Thiết nhận quà của công đoàn. Ảnh: Việt Quốc

Ông Nguyễn Hồng Ngọc, Phó chủ tịch LĐLĐ tỉnh, cho biết công đoàn cũng phối hợp kiểm tra công tác phòng dịch và việc chấp hành pháp luật lao động tại [[31|sv a mo2020-05]] doanh nghiệp; [[18|meal a mo2020-05 n=the 2.000-5.000 đồng per meal is a per-item amount, not a record (gold README 11)]] doanh nghiệp được vận động nâng giá trị bữa ăn ca thêm 2.000-5.000 đồng mỗi suất.

Theo Sở Lao động - Thương binh và Xã hội, từ đầu năm đến nay tỉnh có 65 doanh nghiệp với khoảng 4.200 lao động phải tạm ngừng hoạt động, giãn việc.

Việt Quốc
"""

A10 = """LIÊN ĐOÀN LAO ĐỘNG TỈNH TRÀ VINH SƠ KẾT HOẠT ĐỘNG CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2024

Ngày 12/7/2024, Ban Chấp hành Liên đoàn Lao động tỉnh Trà Vinh tổ chức Hội nghị lần thứ 9 (mở rộng) sơ kết hoạt động công đoàn 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024.

Đồng chí Kim Ngọc Thái, Chủ tịch Liên đoàn Lao động tỉnh chủ trì hội nghị

Theo báo cáo, 6 tháng đầu năm 2024, các cấp công đoàn trong tỉnh đạt được một số kết quả nổi bật như sau:
1. Kết nạp mới [[1.152|mn a h1-2024 n=a numbered list takes its heading's period (gold README 8)]] đoàn viên, đạt [[57,6%|mn p h1-2024 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm; thành lập mới [[8|un a h1-2024]] công đoàn cơ sở.
2. Phối hợp tổ chức hội nghị cán bộ, công chức, viên chức tại [[612/615|oc a h1-2024 v=612 n=x/y -> the achieved count (records.md)]] cơ quan, đơn vị; hội nghị người lao động tại [[138|wkc a h1-2024]] doanh nghiệp.
3. Tổ chức đối thoại tại nơi làm việc ở [[96|wd a h1-2024]] doanh nghiệp; thương lượng, ký kết [[21|ca a h1-2024]] bản thỏa ước lao động tập thể.
4. Tư vấn pháp luật cho [[1.035|lc a h1-2024]] lượt đoàn viên, người lao động; tham gia [[14|sv a h1-2024]] cuộc giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp.
5. Giới thiệu [[45|pr a h1-2024]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó đã có [[19|pa a h1-2024 n=đã có ... được kết nạp is a flow of the list period, not a stock (gold README 7)]] đồng chí được kết nạp.
6. Ủy ban Kiểm tra các cấp kiểm tra tài chính [[37|fi a h1-2024]] công đoàn cơ sở.

Toàn tỉnh hiện có [[1.086|ut a null n=stock on an undated page -> null..null (records.md)]] công đoàn cơ sở với [[62.715|mt a null n=stock on an undated page -> null..null (records.md)]] đoàn viên.

6 tháng cuối năm, Liên đoàn Lao động tỉnh phấn đấu kết nạp thêm ít nhất [[850|mn t h2-2024 b=o n=year-less 6 tháng cuối năm on an undated page: the year of the meeting named in the lead (6 tháng cuối năm 2024)]] đoàn viên, thành lập [[12|un t h2-2024]] công đoàn cơ sở; phấn đấu 100% công đoàn cơ sở được xếp loại hoàn thành tốt nhiệm vụ trở lên.

Tin, ảnh: THU DÂN
Các tin khác
Trao 120 suất quà cho công nhân khó khăn tại thị xã Duyên Hải
0918544418
02943862456
"""

ARTS = [
    ('ay06', 'https://www.baoquangbinh.vn/xa-hoi/201412/nang-cao-hieu-qua-hoat-dong-nu-cong-2122430/', '2014-12-26', 'Quảng Bình', A06),
    ('ay07', 'https://vov.vn/xa-hoi/kon-tum-cong-doan-tu-van-phap-luat-cho-hon-3200-luot-nguoi-lao-dong-713502.vov', '2018-01-12', 'Kon Tum', A07),
    ('ay08', 'https://tienphong.vn/dak-nong-them-6-mai-am-cong-doan-cho-doan-vien-kho-khan-post1470312.tpo', '2022-09-20', 'Đắk Nông', A08),
    ('ay09', 'https://vnexpress.net/gan-8-000-cong-nhan-kho-khan-duoc-ho-tro-trong-thang-cong-nhan-4107215.html', '2020-05-29', 'Bình Thuận', A09),
    ('ay10', 'https://congdoantravinh.com.vn/tin-tuc/so-ket-hoat-dong-cong-doan-6-thang-dau-nam-2024', None, 'Trà Vinh', A10),
]
