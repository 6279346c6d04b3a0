# ap06-ap10
ARTS = []

ARTS.append(('ap06', 'https://nld.com.vn/cong-doan/kien-giang-cham-lo-cho-hon-52000-luot-doan-vien-20171228194512331.htm', '2017-12-28', 'Kiên Giang', '''Kiên Giang: Chăm lo cho hơn [[52.000|ben a y2017 b=o n=headline repeat of the body 52.340 (rule 1): body period]] lượt đoàn viên

28/12/2017 - 19:45

(NLĐO) - Ngày 28-12, LĐLĐ tỉnh Kiên Giang tổ chức hội nghị tổng kết hoạt động công đoàn năm 2017 và triển khai phương hướng, nhiệm vụ năm 2018.

Năm qua, các cấp Công đoàn tỉnh đã thăm hỏi, hỗ trợ [[52.340|ben a y2017 n=năm qua published in December -> the publication year (records.md)]] lượt đoàn viên, người lao động (NLĐ) với số tiền [[15,6 tỉ|sf a y2017]] đồng. Các cấp công đoàn kết nạp [[6.128|mn a y2017]] đoàn viên, thành lập [[38|un a y2017]] công đoàn cơ sở (CĐCS); trong đó LĐLĐ TP Rạch Giá kết nạp [[1.420|mn a y2017 s=LĐLĐ TP Rạch Giá n=district union breakdown (rule 6)]] đoàn viên, LĐLĐ huyện Kiên Lương kết nạp [[986|mn a y2017 s=LĐLĐ huyện Kiên Lương n=breakdown (rule 6)]] đoàn viên.

Phát biểu tại hội nghị, ông Lê Văn Thành, Chủ tịch LĐLĐ tỉnh, nói: “Từ đầu nhiệm kỳ đến nay, chúng ta đã kết nạp được [[27.560|mn a 2013-01-01..2017-12-28 n=từ đầu nhiệm kỳ (2013-2018, named later in the article) đến nay -> term start .. publication (records.md: từ đầu năm X đến nay); least certain]] đoàn viên, vượt chỉ tiêu nhiệm kỳ 2013-2018 đề ra trước 1 năm. Tuy vậy, chất lượng hoạt động ở nhiều CĐCS khu vực ngoài nhà nước vẫn còn hạn chế, vẫn còn tình trạng đoàn viên bỏ sinh hoạt”. Hiện toàn tỉnh có [[1.311|ut a pub n=stock (hiện) -> publication (rule 7)]] CĐCS với [[89.764|mt a pub n=stock -> publication (rule 7)]] đoàn viên.

Cũng trong năm, các cấp công đoàn tổ chức tư vấn pháp luật cho [[2.315|lc a y2017]] lượt NLĐ; tham gia cùng ngành chức năng thanh tra, kiểm tra [[64|sv a y2017]] doanh nghiệp; hỗ trợ xây dựng [[42|sh a y2017]] nhà Mái ấm Công đoàn, mỗi căn 40 triệu đồng. Tính từ năm 2013 đến nay, đã có [[186|sh a 2013-01-01..2017-12-28 n=tính từ năm 2013 đến nay -> 2013-01-01 .. publication (records.md)]] căn nhà được trao.

Năm 2018, LĐLĐ tỉnh phấn đấu kết nạp [[5.000|mn t y2018]] đoàn viên, thành lập [[30|un t y2018]] CĐCS; 100% doanh nghiệp có từ 30 lao động trở lên thành lập công đoàn.

Dịp này, Tổng LĐLĐ Việt Nam tặng bằng khen cho 5 tập thể, 7 cá nhân.

Ngọc Hòa

Ý kiến bạn đọc (0)
'''))

ARTS.append(('ap07', 'https://baodongnai.com.vn/xa-hoi/202201/cong-doan-cac-khu-cong-nghiep-chi-gan-44-ty-dong-ho-tro-cong-nhan-3107142/', '2022-01-14', 'Đồng Nai', '''Công đoàn các khu công nghiệp chi gần [[44 tỷ|sf a y2021 b=u s=Công đoàn các KCN n=headline repeat of the body 43,6 tỷ, rounded (rule 1); gần -> under (rule 5)]] đồng hỗ trợ công nhân

Thứ Sáu, 14/01/2022 - 10:32

Ngày 14-1, Công đoàn các khu công nghiệp (KCN) Đồng Nai tổ chức hội nghị tổng kết hoạt động công đoàn năm 2021.

Năm 2021, trong bối cảnh dịch Covid-19 diễn biến phức tạp, Công đoàn các KCN đã hỗ trợ [[118.240|ben a y2021 s=Công đoàn các KCN n=an industrial-zone union gives its province, scope as written (records.md)]] lượt công nhân lao động với tổng kinh phí [[43,6 tỷ|sf a y2021 s=Công đoàn các KCN]] đồng, tăng 139% so với năm 2020. Năm 2020, số tiền hỗ trợ là [[18,2 tỷ|sf a y2020 s=Công đoàn các KCN n=previous-year figure stated for comparison: a record of 2020]] đồng.

Trong đó:
- Hỗ trợ công nhân bị F0, F1: [[26.512|ben a y2021 s=công nhân bị F0, F1 n=bullet breakdown (rule 6)]] người, số tiền [[1.250 triệu|sf a y2021 s=công nhân bị F0, F1 n=1.250 triệu = 1250000000 (rule 3)]] đồng;
- Hỗ trợ công nhân ngừng việc, tạm hoãn hợp đồng: [[8.450|ben a y2021 s=công nhân ngừng việc, tạm hoãn hợp đồng]] người, số tiền [[850 triệu|sf a y2021 s=công nhân ngừng việc, tạm hoãn hợp đồng]] đồng;
- Tặng túi an sinh công đoàn: [[42.000|ben a y2021 s=túi an sinh công đoàn n=gift packages count as beneficiaries (rule 9); bullet of the breakdown (rule 6); the 300.000 đồng per bag is a per-item amount (rule 11)]] túi, mỗi túi trị giá 300.000 đồng.

Công tác phát triển đoàn viên gặp nhiều khó khăn. Trong năm, Công đoàn các KCN kết nạp [[12.605|mn a y2021 s=Công đoàn các KCN]] đoàn viên, đạt [[63%|mn p y2021 s=Công đoàn các KCN]] kế hoạch; thành lập [[17|un a y2021 s=Công đoàn các KCN]] CĐCS. Do doanh nghiệp cắt giảm lao động, số đoàn viên giảm [[21.930|ml a y2021 s=Công đoàn các KCN]] người. Hiện Công đoàn các KCN có [[512|ut a pub s=Công đoàn các KCN n=stock -> publication (rule 7)]] CĐCS với [[398.412|mt a pub s=Công đoàn các KCN n=stock -> publication (rule 7)]] đoàn viên.

Dù khó khăn, [[95|meal a y2021 s=Công đoàn các KCN]] doanh nghiệp vẫn điều chỉnh nâng giá trị bữa ăn giữa ca, mức bình quân đạt 22.000 đồng/suất; [[46|ca a y2021 s=Công đoàn các KCN]] thỏa ước lao động tập thể được ký mới.

Năm 2022, Công đoàn các KCN đặt chỉ tiêu kết nạp [[15.000|mn t y2022 s=Công đoàn các KCN]] đoàn viên.

Tin, ảnh: Hải Quân

Tin liên quan
Hơn 3.000 công nhân được tặng vé xe về quê đón Tết
LĐLĐ tỉnh trao 500 suất quà cho công nhân KCN Nhơn Trạch
'''))

ARTS.append(('ap08', 'https://laodongthudo.vn/ldld-huyen-dong-anh-tong-ket-hoat-dong-cong-doan-nam-2024-189412.html', '2024-12-24', 'Hà Nội', '''LĐLĐ huyện Đông Anh tổng kết hoạt động công đoàn năm 2024

Thứ Ba, 24/12/2024 - 15:40

(LĐTĐ) Chiều 24/12, Liên đoàn Lao động huyện Đông Anh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2024, triển khai nhiệm vụ năm 2025.

Báo cáo tại hội nghị cho biết, trong năm, LĐLĐ huyện đã kết nạp [[2.146|mn a y2024 s=LĐLĐ huyện Đông Anh n=trong năm -> publication year (records.md); district union: province Hà Nội with scope]] đoàn viên, đạt [[107,3%|mn p y2024 s=LĐLĐ huyện Đông Anh]] chỉ tiêu; thành lập [[11|un a y2024 s=LĐLĐ huyện Đông Anh]] công đoàn cơ sở. Hiện LĐLĐ huyện có [[274|ut a pub s=LĐLĐ huyện Đông Anh n=stock -> publication (rule 7)]] CĐCS trực thuộc với [[31.205|mt a pub s=LĐLĐ huyện Đông Anh n=stock -> publication (rule 7)]] đoàn viên.

Công tác chuyển đổi số được đẩy mạnh: [[28.960|rec a y2024 s=LĐLĐ huyện Đông Anh]] đoàn viên đã được cập nhật thông tin lên phần mềm quản lý đoàn viên, [[24.300|rec a y2024 s=LĐLĐ huyện Đông Anh n=cards issued count as member_records (indicators.tsv)]] đoàn viên được cấp thẻ đoàn viên điện tử.

Thực hiện Chương trình “Phúc lợi đoàn viên công đoàn”, LĐLĐ huyện ký kết [[9|wp a y2024 s=LĐLĐ huyện Đông Anh]] thỏa thuận hợp tác với các doanh nghiệp, nâng tổng số lên [[23|wp a pub s=LĐLĐ huyện Đông Anh n=stock of partners (nâng tổng số lên) -> publication date (records.md)]] đơn vị; đoàn viên được giảm giá từ 5% đến 30% khi sử dụng dịch vụ.

Cũng trong năm, các cấp công đoàn giới thiệu [[96|pr a y2024 s=LĐLĐ huyện Đông Anh]] đoàn viên ưu tú cho Đảng, [[58|pa a y2024 s=LĐLĐ huyện Đông Anh]] đồng chí đã được kết nạp; thăm hỏi, tặng quà [[3.820|ben a y2024 s=LĐLĐ huyện Đông Anh]] lượt đoàn viên với số tiền [[1,9 tỷ|sf a y2024 s=LĐLĐ huyện Đông Anh]] đồng. Đặc biệt, sau bão số 3 (Yagi), LĐLĐ huyện đã hỗ trợ [[412|ben a y2024 s=LĐLĐ huyện Đông Anh n=a separate mention of a part of the year's support; kept as a record of its own (rule 1)]] đoàn viên bị thiệt hại, mỗi người 1 triệu đồng.

Năm 2025, LĐLĐ huyện phấn đấu kết nạp [[2.000|mn t y2025 s=LĐLĐ huyện Đông Anh]] đoàn viên, thành lập [[10|un t y2025 s=LĐLĐ huyện Đông Anh]] CĐCS, ký thêm ít nhất [[5|wp t y2025 b=o s=LĐLĐ huyện Đông Anh]] thỏa thuận hợp tác phúc lợi đoàn viên.

Tại hội nghị, LĐLĐ huyện khen thưởng 22 tập thể, 36 cá nhân xuất sắc.

Minh Châu

Lượt xem: 2.316
'''))

ARTS.append(('ap09', 'https://congdoanthuathienhue.vn/tin-tuc/so-ket-hoat-dong-cong-doan-6-thang-dau-nam-2019-6742.html', '2019-07-12', 'Thừa Thiên Huế', '''Sơ kết hoạt động công đoàn 6 tháng đầu năm 2019

Cập nhật lúc 10:05, Thứ Sáu, 12/07/2019 (GMT+7)

Ngày 12/7, LĐLĐ tỉnh Thừa Thiên Huế tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019. Đồng chí Nguyễn Văn Phương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo.

6 tháng đầu năm, các cấp công đoàn trong tỉnh đạt được một số kết quả nổi bật:
- Kết nạp [[2.734|mn a h1-2019 n=list under a heading: the heading's period, 6 tháng đầu năm with the publication year (rule 8)]] đoàn viên, thành lập [[14|un a h1-2019]] công đoàn cơ sở (CĐCS);
- Thành lập [[9|wc a h1-2019]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước;
- Tổ chức [[19|tr a h1-2019]] lớp tập huấn cho [[1.460|te a h1-2019]] lượt cán bộ công đoàn;
- Tuyên truyền pháp luật lao động cho hơn [[18.000|te a h1-2019 b=o n=persons reached by dissemination count as trainees (indicators.tsv)]] lượt đoàn viên, người lao động;
- Phối hợp giám sát [[22|sv a h1-2019]] doanh nghiệp về thực hiện chế độ, chính sách.

Trong Tháng Công nhân năm 2019, các cấp công đoàn thăm, tặng quà [[2.930|ben a mo2019-05 n=Tháng Công nhân -> May (records.md)]] công nhân với kinh phí [[1,12 tỷ|sf a mo2019-05]] đồng; tổ chức “Bữa cơm công đoàn” tại 35 doanh nghiệp.

Tuy nhiên, số đoàn viên kết nạp mới chỉ đạt [[42%|mn p h1-2019 n=part-way attainment: reporting period (challenge21 rule)]] kế hoạch năm; 8 doanh nghiệp có biểu hiện nợ đọng bảo hiểm xã hội kéo dài.

Phát biểu chỉ đạo, Chủ tịch UBND tỉnh đề nghị LĐLĐ tỉnh tập trung hoàn thành chỉ tiêu kết nạp [[6.500|mn t y2019 n=chỉ tiêu of the year -> full year (rule 8)]] đoàn viên và thành lập [[30|un t y2019]] CĐCS trong năm 2019.

Tin, ảnh: Hoài Thương

Lượt truy cập: 1.205.486
'''))

ARTS.append(('ap10', 'https://baovinhphuc.com.vn/xa-hoi/128443/liên-doan-lao-dong-tinh-tong-ket-cong-tac-nam-2024.html', '2025-01-08', 'Vĩnh Phúc', '''Liên đoàn Lao động tỉnh tổng kết công tác năm 2024

Cập nhật lúc: 08/01/2025 16:22

(BVP) – Ngày 8/1, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn và phong trào công nhân, viên chức, lao động năm 2024; triển khai nhiệm vụ năm 2025.

Năm 2024, các cấp công đoàn trong tỉnh kết nạp [[11.284|mn a y2024]] đoàn viên, thành lập [[43|un a y2024]] công đoàn cơ sở; số đoàn viên tăng tuyệt đối [[3.516|mnet a y2024]] người so với cuối năm 2023. Các cấp công đoàn giải thể [[21|ud a y2024]] CĐCS do doanh nghiệp phá sản, ngừng hoạt động.

Chương trình “Phúc lợi đoàn viên công đoàn” được mở rộng với [[14|wp a y2024]] thỏa thuận hợp tác mới. Các cấp công đoàn tổ chức “Tết Sum vầy” năm 2024, trao [[18.600|ben a y2024 n=Tết Sum vầy năm 2024 -> the year 2024 (challenge21 rule: Tết figures take the Tết year)]] suất quà với tổng kinh phí [[9,3 tỷ|sf a y2024]] đồng; hỗ trợ [[1,2 tỷ|sf a y2024 s=đoàn viên bị ảnh hưởng bởi bão số 3 n=a part of the support named by who received it (rule 6)]] đồng cho đoàn viên bị ảnh hưởng bởi bão số 3; xây mới, sửa chữa [[17|sh a y2024]] nhà Mái ấm Công đoàn với số tiền [[850 triệu|shf a y2024]] đồng.

Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[126|fi a y2024]] CĐCS, đạt [[105%|fi p y2024]] kế hoạch; tham gia [[38|sv a y2024]] cuộc giám sát việc thực hiện pháp luật lao động. Các CĐCS phối hợp tổ chức hội nghị người lao động tại [[836|wkc a y2024]] doanh nghiệp, đối thoại định kỳ tại [[791|wd a y2024]] doanh nghiệp.

Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[10.000|mn t y2025]] đoàn viên; dự kiến trao [[20.000|ben t y2025 n=planned Tết 2025 gifts (dự kiến) -> target of the Tết year (rule 4)]] suất quà Tết Ất Tỵ 2025 cho đoàn viên, người lao động có hoàn cảnh khó khăn.

Phát biểu tại hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh cho biết năm 2024 có 98 CĐCS được Tổng LĐLĐ Việt Nam và LĐLĐ tỉnh tặng bằng khen.

Thanh Nga

Tin cùng chuyên mục
Hơn 200 công nhân được khám sức khỏe miễn phí
'''))
