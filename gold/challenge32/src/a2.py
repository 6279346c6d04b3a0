"""al06-al10."""
ARTS = []

ARTS.append(('al06', 'https://baonghean.vn/9-thang-ket-nap-hon-6100-doan-vien-cong-doan-post124587.html',
             '2015-10-08', 'Nghệ An', '''9 tháng, kết nạp hơn [[6.100|mn a f9-2015 b=o n=rule 1: rounded headline repeat of 6.148 takes its period]] đoàn viên công đoàn

08/10/2015 09:26

(Baonghean) - Chiều 7/10, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết công tác công đoàn 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2015.

Theo báo cáo, 9 tháng đầu năm 2015, các cấp công đoàn trong tỉnh đã kết nạp [[6.148|mn a f9-2015]] đoàn viên, đạt [[76,9%|mn p f9-2015 n=part-way attainment takes the reporting period]] kế hoạch năm là [[8.000|mn t y2015 n=rule 8: the year plan covers the full year]] đoàn viên; thành lập mới [[52|un a f9-2015]] công đoàn cơ sở (CĐCS), chủ yếu ở khu vực doanh nghiệp ngoài nhà nước.

Các cấp công đoàn đã giới thiệu [[1.035|pr a f9-2015]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó đã có [[742|pa a f9-2015]] đồng chí được kết nạp vào Đảng. LĐLĐ tỉnh và LĐLĐ các huyện, thành, thị mở [[38|tr a f9-2015]] lớp tập huấn nghiệp vụ cho [[3.420|te a f9-2015]] lượt cán bộ công đoàn cơ sở; Văn phòng tư vấn pháp luật công đoàn tỉnh tư vấn cho [[1.260|lc a f9-2015]] lượt đoàn viên, người lao động.

Đồng chí Trần Văn Mão, Phó Chủ tịch LĐLĐ tỉnh phát biểu kết luận hội nghị.

Những tháng cuối năm, LĐLĐ tỉnh yêu cầu các cấp công đoàn tập trung hoàn thành chỉ tiêu phát triển đoàn viên, chuẩn bị tốt các điều kiện tiến tới Đại hội Công đoàn tỉnh lần thứ XVI.

Thanh Lê
'''))

ARTS.append(('al07', 'https://baohatinh.vn/dai-hoi-cong-doan-thi-xa-ky-anh-lan-thu-iv-post246813.html',
             None, 'Hà Tĩnh', '''Đại hội Công đoàn thị xã Kỳ Anh lần thứ IV, nhiệm kỳ 2023-2028

Ngày 20/6, 150 đại biểu đại diện cho đoàn viên công đoàn trên địa bàn thị xã Kỳ Anh tham dự đại hội.

Nhiệm kỳ 2018-2023, Liên đoàn Lao động (LĐLĐ) thị xã Kỳ Anh đã kết nạp mới [[1.826|mn a t2018-2023 s=LĐLĐ thị xã Kỳ Anh n=rule 10: district union gives Hà Tĩnh with a scope; term phrase -> whole term]] đoàn viên, thành lập [[21|un a t2018-2023 s=LĐLĐ thị xã Kỳ Anh]] công đoàn cơ sở (CĐCS), vượt chỉ tiêu đại hội đề ra. Công đoàn thị xã hỗ trợ xây mới, sửa chữa [[18|sh a t2018-2023 s=LĐLĐ thị xã Kỳ Anh]] nhà “Mái ấm Công đoàn” với số tiền [[2,1 tỷ|shf a t2018-2023 s=LĐLĐ thị xã Kỳ Anh]] đồng; giới thiệu [[164|pr a t2018-2023 s=LĐLĐ thị xã Kỳ Anh]] đoàn viên ưu tú cho Đảng, [[97|pa a t2018-2023 s=LĐLĐ thị xã Kỳ Anh]] đồng chí đã được kết nạp.

Hiện LĐLĐ thị xã có [[86|ut a null s=LĐLĐ thị xã Kỳ Anh n=rule 7: stock, no publication date -> null..null]] CĐCS với gần [[4.950|mt a null b=u s=LĐLĐ thị xã Kỳ Anh n=rule 7: stock, no publication date -> null..null]] đoàn viên.

Nhiệm kỳ 2023-2028, đại hội đề ra 12 chỉ tiêu, trong đó phấn đấu kết nạp mới [[1.500|mn t t2023-2028 s=LĐLĐ thị xã Kỳ Anh]] đoàn viên, thành lập ít nhất [[15|un t t2023-2028 b=o s=LĐLĐ thị xã Kỳ Anh]] CĐCS, hỗ trợ xây dựng [[20|sh t t2023-2028 s=LĐLĐ thị xã Kỳ Anh]] nhà “Mái ấm Công đoàn”.

Đại hội đã bầu 19 đồng chí vào Ban Chấp hành LĐLĐ thị xã khóa IV; bầu 8 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XIX.

Thu Phương
'''))

ARTS.append(('al08', 'https://www.baoquangbinh.vn/xa-hoi/201607/ubkt-ldld-tinh-kiem-tra-tai-chinh-27-cong-doan-co-so-2139847/',
             '2016-07-15', 'Quảng Bình', '''UBKT LĐLĐ tỉnh: Kiểm tra tài chính [[27|fi a h1-2016 n=rule 1: headline repeat of the body figure]] công đoàn cơ sở

  • 10:12, 15/07/2016
  • icon gmail
  • icon facebook
  • icon youtube

(QBĐT) - 6 tháng đầu năm 2016, Ủy ban Kiểm tra (UBKT) Liên đoàn Lao động (LĐLĐ) tỉnh và UBKT công đoàn các cấp đã kiểm tra tài chính [[27|fi a h1-2016]] công đoàn cơ sở, đạt [[54%|fi p h1-2016 n=rule 4: part-way attainment of the year plan, period of the report]] kế hoạch năm; tổ chức, tham gia [[14|sv a h1-2016]] cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động.

Qua kiểm tra đã phát hiện 5 đơn vị sai sót trong công tác thu, chi tài chính công đoàn, kiến nghị thu hồi 38 triệu đồng.

Cũng trong 6 tháng, có [[412/418|oc a h1-2016 n=rule 3: x/y -> x]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức và [[96|wkc a h1-2016]] doanh nghiệp tổ chức hội nghị người lao động.

Kế hoạch năm 2016, UBKT LĐLĐ tỉnh kiểm tra tài chính [[50|fi t y2016]] đơn vị; 6 tháng cuối năm tiếp tục kiểm tra tài chính [[23|fi t l6-2016 n=rule 4: planned -> target; 6 tháng cuối năm]] đơn vị còn lại.

P.V
'''))

ARTS.append(('al09', 'https://baoquangtri.vn/ldld-tinh-ky-ket-thoa-thuan-chuong-trinh-phuc-loi-doan-vien-voi-6-doanh-nghiep-172318.htm',
             '2022-11-04', 'Quảng Trị', '''LĐLĐ tỉnh ký kết thỏa thuận chương trình “Phúc lợi đoàn viên” với [[6|wp a pub n=rule 1: headline repeat of the signing figure]] doanh nghiệp

Thứ Sáu, 04/11/2022 - 07:30

QTO - Sáng 3/11, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức lễ ký kết thỏa thuận hợp tác thực hiện chương trình “Phúc lợi đoàn viên” với [[6|wp a pub n=records.md: a date is no period phrase and none comes before -> publication date]] doanh nghiệp trên địa bàn tỉnh.

Theo thỏa thuận, các doanh nghiệp sẽ giảm giá từ 5% đến 20% khi đoàn viên công đoàn sử dụng sản phẩm, dịch vụ như siêu thị, nhà hàng, khám chữa bệnh, du lịch.

Đại diện LĐLĐ tỉnh và các doanh nghiệp ký kết thỏa thuận hợp tác.

Từ đầu năm 2022 đến nay, LĐLĐ tỉnh đã ký thỏa thuận hợp tác với [[11|wp a 2022-01-01..2022-11-04]] doanh nghiệp, nâng tổng số đơn vị tham gia chương trình lên [[28|wp a pub n=rule 7: nâng tổng số stock dated at publication; no _total code so welfare_partners]]. Cũng trong năm 2022, các cấp công đoàn đã nhập thông tin của [[36.540|rec a y2022]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[12.800|rec a y2022]] thẻ đoàn viên công đoàn.

Đoàn viên có thể liên hệ số điện thoại 0233.3852.417 để được hướng dẫn.

Thanh Lê

Bình luận (0)
'''))

ARTS.append(('al10', 'https://nld.com.vn/cong-doan/6-thang-ket-nap-hon-420000-doan-vien-196240712183547215.htm',
             '2024-07-12', 'Việt Nam', ''' date 2024-07-12 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

6 tháng, kết nạp hơn [[420.000|mn a h1-2024 b=o n=rule 1: rounded headline repeat of 423.517 takes its national region and period]] đoàn viên

NGỌC HẬU

(NLĐO) - Thanh Hóa là một trong những địa phương dẫn đầu cả nước về phát triển đoàn viên 6 tháng đầu năm 2024

Theo Ban Tổ chức Tổng LĐLĐ Việt Nam, 6 tháng đầu năm 2024, các cấp công đoàn cả nước đã kết nạp [[423.517|mn a h1-2024]] đoàn viên, thành lập [[1.842|un a h1-2024]] công đoàn cơ sở (CĐCS). Tuy nhiên, do doanh nghiệp giải thể, cắt giảm lao động, số đoàn viên giảm [[312.450|ml a h1-2024]] người, tăng thực [[111.067|mnet a h1-2024]] đoàn viên. Hiện cả nước có hơn [[11,2 triệu|mt a pub b=o n=rule 7: Hiện stock dated at publication]] đoàn viên.

Tại Thanh Hóa, các cấp công đoàn đã kết nạp [[14.230|mn a h1-2024 r=Thanh Hóa n=records.md region: the sentence names the province]] đoàn viên, đạt [[71%|mn p h1-2024 r=Thanh Hóa]] kế hoạch năm; thành lập [[48|un a h1-2024 r=Thanh Hóa]] CĐCS, chủ yếu tại doanh nghiệp da giày, may mặc ở Khu kinh tế Nghi Sơn và các KCN.

6 tháng, kết nạp hơn [[420.000|mn a h1-2024 b=o n=rule 1: the photo title repeats the headline; a mention of its own with the body's region and period]] đoàn viên - Ảnh 1.

Công nhân Công ty TNHH Giày Aleron Việt Nam (Thanh Hóa) tham gia hoạt động do công đoàn tổ chức. Ảnh: NGỌC HẬU

Năm 2024, Tổng LĐLĐ Việt Nam đặt mục tiêu kết nạp [[1 triệu|mn t y2024]] đoàn viên, thành lập ít nhất [[3.500|un t y2024 b=o]] CĐCS.
'''))
