"""challenge48 articles ca06-ca10."""
ARTS = []

ARTS.append(('ca06', 'https://baoangiang.com.vn/ldld-tinh-an-giang-10-thang-ket-nap-hon-9-800-doan-vien-a468215.html',
             '2025-11-14', 'An Giang', """LĐLĐ tỉnh An Giang: 10 tháng kết nạp hơn [[9.800|mn a f10-2025 b=o n=rounded headline repeat of 9.846 (rule 1)]] đoàn viên

Thứ Sáu, 14/11/2025 - 16:20

(BAG) - Sau hợp nhất, Liên đoàn Lao động (LĐLĐ) tỉnh An Giang tập trung ổn định tổ chức, đồng thời đẩy mạnh phát triển đoàn viên, thành lập công đoàn cơ sở (CĐCS) ở các khu vực.

Theo LĐLĐ tỉnh An Giang, 10 tháng năm 2025, các cấp công đoàn trong tỉnh kết nạp [[9.846|mn a f10-2025 n=the merged federation reports for the new province under its kept name (rule 10)]] đoàn viên, đạt [[82%|mn p f10-2025]] kế hoạch năm; thành lập [[41|un a f10-2025]] CĐCS. Trong đó, khu vực Kiên Giang (cũ) kết nạp [[4.120|mn a f10-2025 r=Kiên Giang n=khu vực Kiên Giang (cũ) -> the old province, scope left null as the figure covers the whole old province (rule 10)]] đoàn viên, thành lập [[17|un a f10-2025 r=Kiên Giang]] CĐCS.

Hiện toàn tỉnh có [[3.412|ut a pub]] CĐCS với [[285.760|mt a pub]] đoàn viên, hoạt động tại 102 xã, phường, đặc khu.

Về chăm lo, 10 tháng qua các cấp công đoàn đã thăm hỏi, hỗ trợ hơn [[26.500|ben a f10-2025 b=o]] lượt đoàn viên, người lao động với tổng số tiền [[18,6 tỷ|sf a f10-2025]] đồng; trao [[22|sh a f10-2025]] nhà Mái ấm Công đoàn.

Dịp Tết Nguyên đán Bính Ngọ 2026, LĐLĐ tỉnh dự kiến chăm lo cho khoảng [[40.000|ben t y2026 b=a n=planned Tết programme is a target; Tết Bính Ngọ 2026 -> year 2026 (rules 4, 8)]] đoàn viên, người lao động, mỗi suất quà trị giá 500.000 đồng.

Hữu Huynh

Bài viết liên quan
- Công đoàn xã Vĩnh Thạnh Trung ra mắt Ban Chấp hành lâm thời
- Hơn 3.000 công nhân tham gia Ngày hội Công đoàn khu vực Rạch Giá"""))

ARTS.append(('ca07', 'https://caobangtv.vn/tin-tuc/quy-i-2016-ldld-tinh-thanh-lap-moi-6-cong-doan-co-so-31542',
             '2016-04-05', 'Cao Bằng', """Quý I/2016: LĐLĐ tỉnh thành lập mới [[6|un a q1-2016 n=headline repeat (rule 1)]] công đoàn cơ sở

05/04/2016 07:32 | Lượt xem: 512

CBTV - Liên đoàn Lao động (LĐLĐ) tỉnh Cao Bằng vừa tổ chức hội nghị Ban Thường vụ đánh giá kết quả hoạt động công đoàn quý I và triển khai nhiệm vụ quý II/2016.

Quý I/2016, LĐLĐ tỉnh đã thành lập mới [[6|un a q1-2016]] công đoàn cơ sở (CĐCS), kết nạp [[412|mn a q1-2016]] đoàn viên; giải thể [[2|ud a q1-2016]] CĐCS do doanh nghiệp ngừng hoạt động. Các cấp công đoàn đã giới thiệu [[35|pr a q1-2016]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng kết nạp, đạt [[23,3%|pr p q1-2016 n=part-way attainment of the year target takes the quarter (rule 4)]] chỉ tiêu năm; đã có [[12|pa a q1-2016]] đồng chí được kết nạp vào Đảng.

LĐLĐ tỉnh tổ chức [[4|tr a q1-2016]] lớp tập huấn cho [[310|te a q1-2016]] cán bộ CĐCS về nghiệp vụ công tác công đoàn và Nghị quyết Đại hội XI Công đoàn Việt Nam.

Toàn tỉnh hiện có [[1.034|ut a pub]] CĐCS với [[36.215|mt a pub]] đoàn viên.

Quý II, LĐLĐ tỉnh tập trung tổ chức Tháng Công nhân, phấn đấu cả năm 2016 giới thiệu [[150|pr t y2016 n=cả năm 2016 is the full year (rule 8)]] đoàn viên ưu tú cho Đảng và kết nạp [[1.500|mn t y2016]] đoàn viên mới.

Tin, ảnh: Hoàng Ánh"""))

ARTS.append(('ca08', 'https://baoquangnam.vn/xa-hoi/lao-dong-viec-lam/cong-doan-quang-nam-tong-ket-nam-2022-137854.html',
             '2023-01-10', 'Quảng Nam', """Công đoàn Quảng Nam tổng kết năm 2022: Kết nạp [[7.215|mn a y2022 n=headline repeat (rule 1)]] đoàn viên

Thứ Ba, 10/01/2023, 16:25 (GMT+7)

(QNO) - Chiều 10/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2022, triển khai nhiệm vụ năm 2023. Dự hội nghị có 150 đại biểu.

Năm 2022, các cấp công đoàn trong tỉnh đã kết nạp [[7.215|mn a y2022]] đoàn viên, đạt [[120,3%|mn p y2022]] kế hoạch; thành lập [[38|un a y2022]] công đoàn cơ sở (CĐCS), vượt [[8,6%|un p y2022 v=108.6 n=vượt 8,6% kế hoạch -> 108.6, bound exact as vượt is part of the conversion (rule 3)]] kế hoạch. Do một số doanh nghiệp giải thể, thu hẹp sản xuất nên giảm [[2.940|ml a y2022]] đoàn viên, giải thể [[15|ud a y2022]] CĐCS; tăng tuyệt đối [[4.275|mnet a y2022]] đoàn viên và [[23|unet a y2022 n=list leaves the verb out: tăng tuyệt đối ... 23 CĐCS]] CĐCS. Hiện toàn tỉnh có [[2.064|ut a pub]] CĐCS với [[132.480|mt a pub]] đoàn viên; trong đó khu vực doanh nghiệp ngoài nhà nước có [[86.120|mt a pub s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of a stock (rules 6, 7)]] đoàn viên, chiếm 65%.

Công tác đại diện, bảo vệ quyền lợi người lao động có chuyển biến. Có [[1.426|oc a y2022]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[612|wkc a y2022]] doanh nghiệp tổ chức hội nghị người lao động; [[318|wd a y2022]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Các CĐCS đã ký mới [[47|ca a y2022]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[584|ca a pub n=documents in force are the stock of their signings, dated at publication (rule 7)]] bản.

Năm qua, các cấp công đoàn thăm hỏi, hỗ trợ hơn [[54.300|ben a y2022 b=o]] lượt đoàn viên, người lao động với tổng kinh phí [[31,8 tỷ|sf a y2022]] đồng; xây mới, sửa chữa [[36|sh a y2022]] nhà Mái ấm Công đoàn với tổng kinh phí [[1,62 tỷ|shf a y2022]] đồng. Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[74|fi a y2022]] CĐCS; LĐLĐ tỉnh chủ trì, tham gia [[21|sv a y2022]] cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động.

Năm 2023, LĐLĐ tỉnh phấn đấu kết nạp [[6.500|mn t y2023]] đoàn viên, thành lập [[35|un t y2023]] CĐCS; mỗi CĐCS ở doanh nghiệp có từ 50 lao động trở lên tổ chức ít nhất 1 cuộc đối thoại.

Dịp này, Tổng LĐLĐ Việt Nam và LĐLĐ tỉnh tặng bằng khen cho 24 tập thể, 31 cá nhân.

VĂN PHIN"""))

ARTS.append(('ca09', 'https://congdoandienbien.vn/hoat-dong-cong-doan/nang-cao-chat-luong-thuc-hien-quy-che-dan-chu-co-so-2156.html',
             None, 'Điện Biên', """Trang chủ » Hoạt động công đoàn

Nâng cao chất lượng thực hiện quy chế dân chủ ở cơ sở

Năm 2019, các cấp công đoàn tỉnh Điện Biên tiếp tục phối hợp với chính quyền, người sử dụng lao động triển khai thực hiện quy chế dân chủ ở cơ sở theo Nghị định số 149/2018/NĐ-CP của Chính phủ.

Theo Ban Chính sách - Pháp luật LĐLĐ tỉnh, năm 2019 toàn tỉnh có [[1.150|oc a y2019]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, đạt 98,6% số đơn vị thuộc diện tổ chức; [[42|wkc a y2019]] doanh nghiệp tổ chức hội nghị người lao động. Các CĐCS doanh nghiệp đã phối hợp tổ chức [[27|wd a y2019]] cuộc đối thoại định kỳ tại nơi làm việc; ký kết [[18|ca a y2019]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực hiện nay lên [[96|ca a null n=documents in force are the stock of their signings (rule 7); undated page -> null]] bản.

LĐLĐ tỉnh đã tổ chức [[9|tr a y2019]] hội nghị tập huấn, tuyên truyền pháp luật cho [[1.080|te a y2019]] lượt cán bộ công đoàn và người lao động.

Hiện toàn tỉnh có [[986|ut a null n=stock in an undated page -> null..null (rule 7)]] CĐCS với trên [[29.000|mt a null b=o]] đoàn viên.

Đường dây nóng LĐLĐ tỉnh: 0215.3825.119

Các tin khác
- Công đoàn ngành Giáo dục trao 45 suất quà cho giáo viên vùng cao
- Điện Biên: Hơn 600 công nhân được khám sức khỏe miễn phí

Đang truy cập: 41 | Tổng lượt truy cập: 2.108.573"""))

ARTS.append(('ca10', 'https://baobinhphuoc.com.vn/news/4/158642/ldld-tinh-ky-thoa-thuan-phuc-loi-doan-vien-voi-6-doanh-nghiep',
             '2024-08-22', 'Bình Phước', """LĐLĐ tỉnh ký thỏa thuận phúc lợi đoàn viên với [[6|wp a pub n=headline repeat (rule 1)]] doanh nghiệp

Thứ Năm, 22/08/2024 | 15:10

Số lượt đọc: 748

BPO - Chiều 21/8, Liên đoàn Lao động (LĐLĐ) tỉnh Bình Phước tổ chức lễ ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên công đoàn" với [[6|wp a pub n=a dated event with no period phrase before it -> publication date (records.md fallback)]] doanh nghiệp trên địa bàn tỉnh.

Theo thỏa thuận, các doanh nghiệp cam kết giảm giá từ 5% đến 15% khi đoàn viên công đoàn sử dụng sản phẩm, dịch vụ. Như vậy, từ đầu năm 2024 đến nay, LĐLĐ tỉnh đã ký [[14|wp a 2024-01-01..2024-08-22]] thỏa thuận hợp tác, nâng tổng số thỏa thuận còn hiệu lực lên [[52|wp a pub n=agreements in force are the stock of their signings (rule 7)]].

Cũng trong 7 tháng đầu năm 2024, các cấp công đoàn đã cập nhật thông tin của [[12.380|rec a f7-2024]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[9.640|rec a f7-2024 n=e-cards issued are member_records (rule 9 practice)]] thẻ đoàn viên công đoàn điện tử; kết nạp [[2.146|mn a f7-2024]] đoàn viên mới.

Phát biểu tại buổi lễ, bà Nguyễn Thị Xuân Hòa, Chủ tịch LĐLĐ tỉnh đề nghị các doanh nghiệp thực hiện đúng cam kết, bảo đảm quyền lợi thiết thực cho đoàn viên trên địa bàn.

Đến hết năm 2024, LĐLĐ tỉnh phấn đấu ký thêm [[8|wp t y2024]] thỏa thuận và cấp [[20.000|rec t y2024]] thẻ đoàn viên điện tử.

Ngọc Thu"""))
