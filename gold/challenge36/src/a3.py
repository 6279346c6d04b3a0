# ap11-ap15
ARTS = []

ARTS.append(('ap11', 'https://www.travinh.gov.vn/tin-tuc/ldld-tinh-tong-ket-hoat-dong-cong-doan-nam-2015-1452.html', '2016-01-15', 'Trà Vinh', '''LĐLĐ tỉnh tổng kết hoạt động công đoàn năm 2015

Ngày đăng: 15/01/2016 14:20

Sáng 15/01/2016, Liên đoàn Lao động (LĐLĐ) tỉnh Trà Vinh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2015, tổng kết 5 năm thực hiện Nghị quyết Đại hội Công đoàn tỉnh lần thứ IX và triển khai nhiệm vụ năm 2016. Đến dự có đại diện lãnh đạo Tổng LĐLĐ Việt Nam, Tỉnh ủy, UBND tỉnh cùng 215 đại biểu là cán bộ công đoàn các cấp.

Năm qua, dù tình hình kinh tế còn nhiều khó khăn, một số doanh nghiệp thu hẹp sản xuất, song các cấp công đoàn trong tỉnh đã bám sát cơ sở, hoàn thành và vượt nhiều chỉ tiêu đề ra. Toàn tỉnh kết nạp [[3.215|mn a y2015 n=Năm qua published in January -> the previous year (records.md)]] đoàn viên, đạt [[128,6%|mn p y2015]] kế hoạch; thành lập mới [[23|un a y2015]] công đoàn cơ sở (CĐCS), trong đó có [[17|un a y2015 s=CĐCS doanh nghiệp ngoài nhà nước n=trong đó breakdown (rule 6)]] CĐCS doanh nghiệp ngoài nhà nước. Do giải thể, sáp nhập, trong năm giảm [[6|ud a y2015]] CĐCS, tăng tuyệt đối [[17|unet a y2015 n=tăng tuyệt đối ... CĐCS -> unions_net]] CĐCS. Hiện toàn tỉnh có [[689|ut a pub n=stock -> publication (rule 7)]] CĐCS với [[42.617|mt a pub n=stock -> publication (rule 7)]] đoàn viên.

Công tác chăm lo, bảo vệ quyền lợi người lao động tiếp tục được quan tâm. Các cấp công đoàn phối hợp với chuyên môn tổ chức hội nghị cán bộ, công chức, viên chức ở [[1.120|oc a y2015]] cơ quan, đơn vị và hội nghị người lao động tại [[164|wkc a y2015]] doanh nghiệp. Trong năm, các cấp công đoàn thăm, tặng quà [[9.870|ben a y2015]] lượt đoàn viên, người lao động với tổng số tiền [[2.418 triệu|sf a y2015 n=2.418 triệu -> 2418000000 (rule 3)]] đồng; mỗi căn nhà Mái ấm Công đoàn được hỗ trợ 35 triệu đồng.

Tổng kết 5 năm thực hiện Nghị quyết Đại hội Công đoàn tỉnh lần thứ IX (2011-2015), các cấp công đoàn đã kết nạp [[14.960|mn a t2011-2015 n=the term named in the sentence (records.md)]] đoàn viên, thành lập mới [[112|un a t2011-2015]] CĐCS; giới thiệu [[1.034|pr a t2011-2015]] đoàn viên ưu tú cho Đảng, trong đó [[612|pa a t2011-2015]] đoàn viên được kết nạp Đảng. Lũy kế 5 năm, chương trình Mái ấm Công đoàn đã trao [[158|sh a t2011-2015 n=lũy kế 5 năm = the 2011-2015 term of the previous sentence (rule 8)]] căn nhà với tổng trị giá [[5,1 tỉ|shf a t2011-2015]] đồng.

Phát biểu chỉ đạo hội nghị, đồng chí Phó Chủ tịch Tổng LĐLĐ Việt Nam ghi nhận những kết quả LĐLĐ tỉnh đạt được, đồng thời lưu ý: “Số đoàn viên tăng nhưng tỷ lệ tập hợp đoàn viên ở khu vực doanh nghiệp ngoài nhà nước mới đạt 54%, còn thấp so với bình quân chung cả nước. Các cấp công đoàn cần đổi mới phương thức vận động, lấy người lao động làm trung tâm, thành lập công đoàn ở những nơi có từ 20 lao động trở lên”.

Năm 2016, LĐLĐ tỉnh phấn đấu kết nạp [[3.000|mn t y2016]] đoàn viên, thành lập [[20|un t y2016]] CĐCS; 70% doanh nghiệp có công đoàn ký kết thỏa ước lao động tập thể.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 35 tập thể và 52 cá nhân có thành tích xuất sắc trong 5 năm (2011-2015).

Thanh Hòa
'''))

ARTS.append(('ap12', 'https://baoquangbinh.vn/chinh-tri/202308/dai-hoi-cong-doan-tinh-lan-thu-xvii-nhiem-ky-2023-2028-2213045/', '2023-08-10', 'Quảng Bình', '''Đại hội Công đoàn tỉnh lần thứ XVII, nhiệm kỳ 2023-2028: Đổi mới, hướng về cơ sở

  • 17:32, 10/08/2023
  • icon gmail
  • icon facebook
  • icon youtube

(QBĐT) - Trong 2 ngày 9 và 10/8, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Đại hội Công đoàn tỉnh lần thứ XVII, nhiệm kỳ 2023-2028. Tham dự đại hội có 250 đại biểu chính thức, đại diện cho hơn [[61.000|mt a pub b=o n=rounded mention of the member stock 61.572 stated later (rule 1); stock -> publication (rule 7)]] đoàn viên công đoàn trong tỉnh.

Báo cáo chính trị của Ban Chấp hành khóa XVI trình đại hội nêu rõ, nhiệm kỳ 2018-2023, các cấp công đoàn đã phát triển được [[18.426|mn a t2018-2023 n=term -> whole term (records.md)]] đoàn viên, đạt [[122,8%|mn p t2018-2023]] chỉ tiêu đại hội; thành lập mới [[241|un a t2018-2023]] công đoàn cơ sở (CĐCS). Đến nay, toàn tỉnh có [[1.308|ut a pub n=đến nay ... có -> stock at publication (rule 7)]] CĐCS với [[61.572|mt a pub n=stock -> publication (rule 7)]] đoàn viên.

Các chỉ tiêu chủ yếu của nhiệm kỳ 2018-2023:
1. Tư vấn pháp luật cho [[14.380|lc a t2018-2023 n=numbered list under a heading: the heading's period (rule 8)]] lượt đoàn viên, người lao động;
2. Tổ chức [[214|tr a t2018-2023]] lớp tập huấn cho [[17.860|te a t2018-2023]] lượt cán bộ công đoàn;
3. Tham gia [[356|sv a t2018-2023]] cuộc kiểm tra, giám sát tại doanh nghiệp;
4. Ký kết [[248|ca a t2018-2023]] bản thỏa ước lao động tập thể;
5. Hỗ trợ xây mới, sửa chữa [[392|sh a t2018-2023]] nhà Mái ấm Công đoàn với tổng kinh phí [[18,6 tỷ|shf a t2018-2023]] đồng.

Đặc biệt, trong đợt lũ lịch sử cuối năm 2020, LĐLĐ tỉnh đã tiếp nhận, phân bổ kịp thời [[7,8 tỷ|sf a y2020 n=lũ cuối năm 2020: the year 2020 (records.md: năm 2020)]] đồng hỗ trợ [[6.250|ben a y2020]] đoàn viên, người lao động bị thiệt hại, mỗi người từ 1 đến 2 triệu đồng.

Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy ghi nhận: “Công đoàn tỉnh đã đồng hành cùng người lao động vượt qua những thời điểm khó khăn nhất của đại dịch Covid-19. Trong 5 năm, các cấp công đoàn đã chăm lo cho gần [[297.000|ben a t2018-2023 b=u n=5 năm in the speech = the term 2018-2023 (rule 8); gần -> under (rule 5)]] lượt đoàn viên với tổng số tiền hơn [[152 tỷ|sf a t2018-2023 b=o]] đồng. Đó là những con số rất đáng trân trọng”.

Nhiệm kỳ 2023-2028, đại hội đề ra mục tiêu:
- Phát triển mới [[20.000|mn t t2023-2028]] đoàn viên, thành lập [[200|un t t2023-2028]] CĐCS;
- Phấn đấu 80% CĐCS được xếp loại hoàn thành tốt nhiệm vụ;
- Hỗ trợ [[400|sh t t2023-2028]] nhà Mái ấm Công đoàn.

Đại hội đã bầu 35 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XVII; bầu 14 đại biểu chính thức đi dự Đại hội XIII Công đoàn Việt Nam.

Phan Phương

Tin liên quan
Công đoàn ngành Giáo dục tổ chức đại hội nhiệm kỳ 2023-2028
Trao 20 Mái ấm Công đoàn cho đoàn viên huyện Minh Hóa
'''))

ARTS.append(('ap13', 'https://baolamdong.vn/xa-hoi/202601/lien-doan-lao-dong-tinh-tong-ket-nam-2025-b3e1f27/', '2026-01-09', 'Lâm Đồng', '''Liên đoàn Lao động tỉnh Lâm Đồng tổng kết hoạt động năm 2025

09/01/2026 11:18

Ngày 9/1, Liên đoàn Lao động tỉnh Lâm Đồng tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025 - năm đầu tiên hoạt động sau hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận - và triển khai nhiệm vụ năm 2026.

Năm 2025, các cấp công đoàn trong tỉnh kết nạp [[14.835|mn a y2025 n=figure of the merged province -> its name (challenge21 post-merger convention)]] đoàn viên, thành lập [[62|un a y2025]] công đoàn cơ sở (CĐCS). Trong đó, khu vực Bình Thuận (cũ) kết nạp [[7.920|mn a y2025 r=Bình Thuận s=khu vực Bình Thuận (cũ) n=khu vực X (cũ) -> region X, region_2025 the merged province (challenge21 l23 convention)]] đoàn viên; khu vực Đắk Nông (cũ) kết nạp [[2.365|mn a y2025 r=Đắk Nông s=khu vực Đắk Nông (cũ) n=khu vực X (cũ) -> region X (challenge21 l23)]] đoàn viên. Hiện LĐLĐ tỉnh quản lý [[3.912|ut a pub n=stock -> publication (rule 7)]] CĐCS với [[236.480|mt a pub n=stock -> publication (rule 7)]] đoàn viên.

Chương trình “Tết Sum vầy” năm 2025 đã trao [[27.300|ben a y2025]] suất quà cho đoàn viên, người lao động với tổng kinh phí [[16,4 tỷ|sf a y2025]] đồng. Các cấp công đoàn hỗ trợ xây mới, sửa chữa [[58|sh a y2025]] nhà Mái ấm Công đoàn, tổng kinh phí [[3,05 tỷ|shf a y2025]] đồng. Số tiền hỗ trợ mỗi nhà xây mới là 60 triệu đồng, sửa chữa 30 triệu đồng.

Cũng trong năm, [[1.486|wkc a y2025]] doanh nghiệp tổ chức hội nghị người lao động; [[1.392|wd a y2025]] doanh nghiệp tổ chức đối thoại định kỳ; ký mới [[104|ca a y2025]] thỏa ước lao động tập thể. Các cấp công đoàn kiểm tra tài chính [[265|fi a y2025]] CĐCS; tổ chức [[72|tr a y2025]] lớp tập huấn cho [[5.940|te a y2025]] lượt cán bộ công đoàn.

Năm 2026, LĐLĐ tỉnh đặt chỉ tiêu kết nạp [[13.000|mn t y2026]] đoàn viên, thành lập [[50|un t y2026]] CĐCS; dự kiến trao [[30.000|ben t y2026 n=dự kiến -> target (rule 4); Tết 2026 -> the year 2026]] suất quà dịp Tết Bính Ngọ 2026.

Dịp này, 15 tập thể, 27 cá nhân được Tổng LĐLĐ Việt Nam tặng bằng khen. Liên hệ: 0263.3822.418.

K.Phương
'''))

ARTS.append(('ap14', 'https://baohagiang.vn/xa-hoi/202403/so-ket-5-nam-thuc-hien-chi-thi-ve-phat-trien-doan-vien-812536/', '2024-03-15', 'Hà Giang', '''Sơ kết 5 năm thực hiện Chỉ thị số 21-CT/TU về phát triển đoàn viên, thành lập công đoàn cơ sở

Cập nhật: 15/03/2024 | 09:47

BHG - Ngày 15/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 21-CT/TU ngày 12/3/2019 về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác phát triển đoàn viên, thành lập công đoàn cơ sở (CĐCS) giai đoạn 2019-2023.

Theo báo cáo của Liên đoàn Lao động (LĐLĐ) tỉnh, sau 5 năm thực hiện Chỉ thị, các cấp công đoàn trong tỉnh đã kết nạp mới [[9.412|mn a t2019-2023 n=giai đoạn 2019-2023 named before (records.md); sau 5 năm thực hiện = that stage]] đoàn viên, đạt [[117,6%|mn p t2019-2023]] mục tiêu Chỉ thị đề ra; thành lập mới [[96|un a t2019-2023]] CĐCS, trong đó có [[71|un a t2019-2023 s=doanh nghiệp ngoài nhà nước n=breakdown (rule 6)]] CĐCS tại doanh nghiệp ngoài nhà nước. Riêng năm 2023, toàn tỉnh kết nạp [[1.835|mn a y2023 n=riêng năm 2023: its own year (records.md)]] đoàn viên, thành lập [[18|un a y2023]] CĐCS. Tính đến nay, toàn tỉnh có [[1.214|ut a pub n=stock -> publication (rule 7)]] CĐCS với [[44.306|mt a pub n=stock -> publication (rule 7)]] đoàn viên.

Kết quả thực hiện ở một số đơn vị giai đoạn 2019-2023:

Đơn vị | Kết nạp đoàn viên | Thành lập CĐCS
LĐLĐ thành phố Hà Giang | [[1.604|mn a t2019-2023 s=LĐLĐ thành phố Hà Giang n=table row: body breakdown (rule 6); period from the table caption (rule 8)]] | [[22|un a t2019-2023 s=LĐLĐ thành phố Hà Giang]]
LĐLĐ huyện Bắc Quang | [[1.288|mn a t2019-2023 s=LĐLĐ huyện Bắc Quang]] | [[17|un a t2019-2023 s=LĐLĐ huyện Bắc Quang]]
Công đoàn Viên chức tỉnh | [[742|mn a t2019-2023 s=Công đoàn Viên chức tỉnh]] | [[3|un a t2019-2023 s=Công đoàn Viên chức tỉnh]]

Qua phát triển đoàn viên, các cấp công đoàn đã giới thiệu [[385|pr a t2019-2023]] đoàn viên ưu tú cho Đảng xem xét, kết nạp. Đến nay, 100% doanh nghiệp nhà nước và 68% doanh nghiệp ngoài nhà nước có từ 25 lao động trở lên đã thành lập CĐCS.

Phát biểu kết luận, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu các cấp ủy tiếp tục quán triệt Chỉ thị, phấn đấu giai đoạn 2024-2028 kết nạp mới ít nhất [[10.000|mn t t2024-2028 b=o n=phấn đấu ... ít nhất -> target, over (rules 4, 5)]] đoàn viên, thành lập [[100|un t t2024-2028]] CĐCS.

Hội nghị đã khen thưởng 10 tập thể, 15 cá nhân có thành tích xuất sắc trong 5 năm thực hiện Chỉ thị số 21.

Bùi Luận
'''))

ARTS.append(('ap15', 'https://baobacninh.vn/cong-doan-cac-khu-cong-nghiep-tong-ket-nam-2019-2175344.html', '2019-12-27', 'Bắc Ninh', '''Công đoàn các Khu công nghiệp tổng kết năm 2019

Thứ Sáu, 27/12/2019 - 08:15

(BNO) - Ngày 26/12, Công đoàn các Khu công nghiệp (KCN) tỉnh Bắc Ninh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2019, triển khai nhiệm vụ năm 2020.

Hiện nay, Công đoàn các KCN Bắc Ninh đang quản lý [[612|ut a pub s=Công đoàn các KCN n=stock (hiện nay) -> publication (rule 7)]] CĐCS với [[286.950|mt a pub s=Công đoàn các KCN n=stock -> publication (rule 7)]] đoàn viên, trong đó CĐCS doanh nghiệp có vốn đầu tư nước ngoài là [[478|ut a pub s=CĐCS doanh nghiệp có vốn đầu tư nước ngoài n=stock breakdown (rules 6, 7)]] đơn vị. Năm 2019, Công đoàn các KCN thành lập mới [[58|un a y2019 s=Công đoàn các KCN]] CĐCS, kết nạp [[31.240|mn a y2019 s=Công đoàn các KCN]] đoàn viên, vượt [[4,1%|mn p y2019 s=Công đoàn các KCN v=104.1 n=vượt 4,1% kế hoạch -> 104.1 (records.md)]] kế hoạch. Năm 2018, con số này là [[27.905|mn a y2018 s=Công đoàn các KCN n=previous-year figure for comparison: a record of 2018]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi hợp pháp của người lao động có nhiều chuyển biến. Trong năm có [[534|wkc a y2019 s=Công đoàn các KCN]] doanh nghiệp tổ chức hội nghị người lao động; [[121|ca a y2019 s=Công đoàn các KCN]] thỏa ước lao động tập thể được ký mới, nâng tổng số thỏa ước còn hiệu lực lên [[497|ca a pub s=Công đoàn các KCN n=stock of agreements in force (nâng tổng số ... lên) -> publication date (records.md)]] bản. Có [[203|meal a y2019 s=Công đoàn các KCN]] doanh nghiệp nâng giá trị bữa ăn ca, mức bình quân 18.000 đồng/suất, tăng 2.000 đồng so với năm 2018.

Công đoàn các KCN đã tư vấn pháp luật cho [[4.862|lc a y2019 s=Công đoàn các KCN]] lượt người lao động; phối hợp giải quyết 12 cuộc ngừng việc tập thể. Nhân dịp Tết Canh Tý 2020, Công đoàn các KCN dự kiến trao [[3.500|ben t y2020 s=Công đoàn các KCN n=dự kiến -> target (rule 4); Tết Canh Tý 2020 -> the year 2020]] suất quà, mỗi suất 500.000 đồng, cho công nhân có hoàn cảnh khó khăn.

Ông Nguyễn Văn Đông, Chủ tịch Công đoàn các KCN cho biết: “Năm 2020, chúng tôi phấn đấu kết nạp [[30.000|mn t y2020 s=Công đoàn các KCN]] đoàn viên, thành lập [[50|un t y2020 s=Công đoàn các KCN]] CĐCS và phối hợp giám sát ít nhất [[60|sv t y2020 b=o s=Công đoàn các KCN]] doanh nghiệp”.

Ngọc Minh

Bình luận (0)
'''))
