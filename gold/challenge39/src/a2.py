"""as06-as10: social-insurance debt (undated), year report with fee collection, award ceremony
(no records), flood donations, enterprise counts of an industrial-zone union."""

AS06 = """Hải Dương: Hơn 157 tỷ đồng nợ bảo hiểm xã hội, người lao động chịu thiệt

Tính đến hết tháng 9/2021, toàn tỉnh có 1.326 đơn vị nợ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp với tổng số tiền hơn 157 tỷ đồng, bằng 4,1% số phải thu. Trong đó, 214 doanh nghiệp nợ kéo dài từ 3 tháng trở lên, 62 doanh nghiệp đã ngừng hoạt động, chủ bỏ trốn, khiến hơn 3.800 người lao động không được giải quyết chế độ.

Hải Dương: Hơn 157 tỷ đồng nợ bảo hiểm xã hội, người lao động chịu thiệt - Ảnh 1

Người lao động đến Bảo hiểm xã hội tỉnh hỏi về thời gian đóng bảo hiểm.

Theo Liên đoàn Lao động tỉnh Hải Dương, 9 tháng năm 2021, LĐLĐ tỉnh đã chủ trì, phối hợp tổ chức [[31|sv a f9-2021]] cuộc kiểm tra, giám sát việc thực hiện chính sách bảo hiểm xã hội tại doanh nghiệp; Văn phòng tư vấn pháp luật đã tư vấn cho [[412|lc a f9-2021]] lượt người lao động về chế độ bảo hiểm xã hội. LĐLĐ tỉnh cũng đã khởi kiện 4 doanh nghiệp ra tòa án, đòi được hơn 2,3 tỷ đồng tiền bảo hiểm cho 760 người lao động.

Theo quy định, doanh nghiệp chậm đóng từ 30 ngày trở lên bị tính lãi chậm đóng và có thể bị phạt đến 75 triệu đồng.

Theo Báo Hải Dương
"""

AS07 = """Kiên Giang: Kết nạp hơn [[6.200|mn a y2022 b=o n=gold README 1: rounded headline repeat of 6.215, bound from its own word]] đoàn viên trong năm 2022

Thứ Ba, 27/12/2022 | 15:40

(BKG) - Ngày 26/12, Liên đoàn Lao động (LĐLĐ) tỉnh Kiên Giang tổ chức hội nghị tổng kết hoạt động công đoàn năm 2022, triển khai nhiệm vụ năm 2023.

Năm 2022, các cấp công đoàn trong tỉnh kết nạp mới [[6.215|mn a y2022]] đoàn viên, đạt [[124,3%|mn p y2022]] kế hoạch; thành lập mới [[38|un a y2022]] công đoàn cơ sở (CĐCS), vượt [[8,6%|un p y2022 v=108.6 n=gold README 3: vượt 8,6% chỉ tiêu -> 108.6]] chỉ tiêu, nâng tổng số lên [[1.246|ut a pub]] CĐCS với [[98.730|mt a pub]] đoàn viên. Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ đạt 78%. Các cấp công đoàn giới thiệu [[412|pr a y2022]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[237|pa a y2022]] đồng chí đã được kết nạp.

Công tác chăm lo cho đoàn viên được chú trọng. Trong năm, các cấp công đoàn thăm hỏi, tặng quà, hỗ trợ cho hơn [[41.600|ben a y2022 b=o]] lượt đoàn viên, người lao động với tổng kinh phí [[23,8 tỷ|sf a y2022]] đồng, tăng 12% so với năm 2021; xây mới, sửa chữa [[26|sh a y2022]] Mái ấm Công đoàn với tổng kinh phí [[1,3 tỷ|shf a y2022]] đồng, mức hỗ trợ 50 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa. LĐLĐ tỉnh ký kết [[9|wp a y2022]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" với các doanh nghiệp, ưu đãi giảm giá từ 5% đến 30% cho đoàn viên.

Về tài chính, năm 2022 toàn tỉnh thu kinh phí công đoàn hơn 71,4 tỷ đồng, đạt 103% dự toán; thu đoàn phí 14,2 tỷ đồng, đạt 98,5%. Số doanh nghiệp chưa đóng kinh phí công đoàn còn 1.120 đơn vị.

Năm 2023, LĐLĐ tỉnh phấn đấu kết nạp [[5.500|mn t y2023]] đoàn viên, thành lập mới [[30|un t y2023]] CĐCS.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 42 tập thể và 65 cá nhân có thành tích xuất sắc.

Kim Ngân

Ý kiến bạn đọc (0)
"""

AS08 = """Nam Định: Tuyên dương 125 công nhân lao động giỏi, cán bộ công đoàn tiêu biểu

15/10/2024 - 16:20

Tối 14/10, Liên đoàn Lao động tỉnh Nam Định tổ chức lễ tuyên dương công nhân lao động giỏi, cán bộ công đoàn cơ sở tiêu biểu năm 2024, hướng tới kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024).

95 công nhân lao động giỏi và 30 cán bộ công đoàn cơ sở tiêu biểu được tuyên dương năm nay là những người có nhiều năm gắn bó với doanh nghiệp, đơn vị; nhiều người là tác giả của các sáng kiến, cải tiến kỹ thuật. Năm 2024, phong trào "Lao động giỏi, lao động sáng tạo" trong tỉnh có 1.150 sáng kiến được công nhận, làm lợi hơn 18 tỷ đồng.

Lãnh đạo tỉnh trao bằng khen cho các công nhân lao động giỏi.
Lãnh đạo tỉnh trao bằng khen cho các công nhân lao động giỏi.

Tại buổi lễ, 10 công nhân tiêu biểu được trao Giải thưởng Nguyễn Đức Cảnh cấp tỉnh lần thứ V; mỗi cá nhân được tặng bằng khen kèm 5 triệu đồng. Các cá nhân còn lại được tặng giấy khen và 2 triệu đồng mỗi người.

Anh Vũ Văn Thắng, 34 tuổi, thợ vận hành máy tại Công ty CP Dệt may Sơn Nam, có 3 sáng kiến trong 2 năm, giúp doanh nghiệp tiết kiệm gần 900 triệu đồng mỗi năm.

Ngọc Lan

Lượt xem: 842 | Bình luận (0)
"""

AS09 = """Hơn [[4 tỷ|sf a 2020-10-15..2020-11-24 b=o n=gold README 1: rounded headline repeat of the body's 4,1 tỷ, takes its period; bound from its own word]] đồng hỗ trợ đoàn viên, người lao động vùng lũ

THANH HẢI | 24/11/2020 08:12

(QNO) - Sau các cơn bão số 9, số 13 và mưa lũ lịch sử, hàng nghìn đoàn viên, người lao động trong tỉnh bị thiệt hại về nhà cửa, tài sản. Từ ngày 15/10/2020 đến nay, Liên đoàn Lao động (LĐLĐ) tỉnh Quảng Nam đã tiếp nhận hơn 5,6 tỷ đồng cùng nhiều hàng hóa do Tổng LĐLĐ Việt Nam, LĐLĐ các tỉnh, thành phố và doanh nghiệp ủng hộ, trong đó Tổng LĐLĐ Việt Nam chuyển 2 tỷ đồng. Cán bộ, đoàn viên công đoàn trong tỉnh cũng quyên góp được 1,2 tỷ đồng.

Từ nguồn này, LĐLĐ tỉnh đã trao hỗ trợ cho [[2.348|ben a 2020-10-15..2020-11-24]] đoàn viên, người lao động bị thiệt hại với tổng số tiền [[4,1 tỷ|sf a 2020-10-15..2020-11-24 n=money given out, not the 5,6 tỷ received (receipts are not support)]] đồng, mức từ 1 đến 3 triệu đồng/người tùy mức độ thiệt hại. LĐLĐ tỉnh cũng hỗ trợ xây mới [[15|sh a 2020-10-15..2020-11-24]] nhà Mái ấm Công đoàn cho đoàn viên có nhà bị sập, trôi hoàn toàn, tổng kinh phí [[750 triệu|shf a 2020-10-15..2020-11-24]] đồng, mỗi nhà 50 triệu đồng.

LĐLĐ tỉnh trao Mái ấm Công đoàn cho đoàn viên tại huyện Nam Trà My.

Theo thống kê của LĐLĐ tỉnh, có khoảng 2.900 đoàn viên bị thiệt hại, trong đó 47 hộ bị sập, trôi nhà hoàn toàn và hơn 600 hộ bị tốc mái.

TAGS: Công đoàn, lũ lụt, hỗ trợ
"""

AS10 = """Công đoàn các KCN Vĩnh Phúc: Còn 46 doanh nghiệp chưa có công đoàn cơ sở

29/03/2016 09:12

VP - Theo Ban Quản lý các KCN tỉnh, đến nay các KCN trên địa bàn tỉnh có 214 doanh nghiệp FDI và 97 doanh nghiệp trong nước đang hoạt động, sử dụng khoảng 75.000 lao động, trong đó 68% là lao động nữ. Năm 2015, các KCN thu hút thêm 31 dự án với tổng vốn đăng ký hơn 520 triệu USD.

Hiện Công đoàn các KCN tỉnh quản lý [[168|ut a pub s=Công đoàn các KCN n=gold README 7 and 10: stock dated at publication; KCN union gives its province, scope as written]] CĐCS với [[62.450|mt a pub s=Công đoàn các KCN]] đoàn viên. Năm 2015, Công đoàn các KCN thành lập mới [[21|un a y2015 s=Công đoàn các KCN]] CĐCS, kết nạp [[9.600|mn a y2015 s=Công đoàn các KCN]] đoàn viên; đồng thời giải thể [[6|ud a y2015 s=Công đoàn các KCN]] CĐCS do doanh nghiệp ngừng hoạt động, giảm [[3.150|ml a y2015 s=Công đoàn các KCN]] đoàn viên do người lao động nghỉ việc, chuyển chỗ làm.

Tuy vậy, vẫn còn 46 doanh nghiệp có từ 30 lao động trở lên chưa thành lập CĐCS, chủ yếu là doanh nghiệp nhỏ của Hàn Quốc và Đài Loan (Trung Quốc). Số doanh nghiệp FDI có tổ chức công đoàn chiếm 81%.

Năm 2016, Công đoàn các KCN phấn đấu thành lập mới [[25|un t y2016 s=Công đoàn các KCN]] CĐCS, phát triển [[10.000|mn t y2016 s=Công đoàn các KCN]] đoàn viên.

Thanh Nga
"""

ARTS = [
    ('as06', 'https://baomoi.com/hai-duong-hon-157-ty-dong-no-bao-hiem-xa-hoi-nguoi-lao-dong-chiu-thiet/c/40722915.epi', None, 'Hải Dương', AS06),
    ('as07', 'https://baokiengiang.vn/xa-hoi/ket-nap-hon-6200-doan-vien-trong-nam-2022-28741.html', '2022-12-27', 'Kiên Giang', AS07),
    ('as08', 'https://baonamdinh.vn/xa-hoi/202410/tuyen-duong-125-cong-nhan-lao-dong-gioi-can-bo-cong-doan-tieu-bieu-8a13e51/', '2024-10-15', 'Nam Định', AS08),
    ('as09', 'https://baoquangnam.vn/xa-hoi/hon-4-ty-dong-ho-tro-doan-vien-nguoi-lao-dong-vung-lu-92314.html', '2020-11-24', 'Quảng Nam', AS09),
    ('as10', 'http://www.baovinhphuc.com.vn/xa-hoi/cong-doan-cac-kcn-con-46-doanh-nghiep-chua-co-cong-doan-co-so-51822.html', '2016-03-29', 'Vĩnh Phúc', AS10),
]
