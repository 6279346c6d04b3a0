from lib import *

add("d01", "https://baohagiang.vn/xa-hoi/201901/ha-giang-ket-nap-gan-2100-doan-vien-trong-nam-2018-712345/", "2019-01-10", """
Hà Giang: Kết nạp gần 2.100 đoàn viên trong năm 2018

Cập nhật: 10/01/2019 | 15:42

(BHG) - Sáng 9/1, Liên đoàn Lao động tỉnh tổ chức Hội nghị tổng kết công tác công đoàn năm 2018, triển khai nhiệm vụ năm 2019. Dự hội nghị có đồng chí Trần Văn Thuần, Phó Chủ tịch Tổng LĐLĐ Việt Nam.

Năm qua, các cấp công đoàn trong tỉnh đã kết nạp mới 2.087 đoàn viên, đạt 104,3% chỉ tiêu Tổng Liên đoàn giao; thành lập mới 23 công đoàn cơ sở, trong đó có 9 CĐCS tại doanh nghiệp ngoài nhà nước. Đến nay, toàn tỉnh hiện có 41.356 đoàn viên sinh hoạt tại 1.164 CĐCS.

Công tác chăm lo đời sống đoàn viên tiếp tục được quan tâm. Trong năm 2018, các cấp công đoàn đã thăm hỏi, tặng quà 6.540 lượt đoàn viên, người lao động có hoàn cảnh khó khăn với tổng số tiền hơn 2,1 tỷ đồng. Quỹ Xã hội Công đoàn tỉnh hỗ trợ xây mới 18 nhà Mái ấm Công đoàn và sửa chữa 5 nhà cho đoàn viên nghèo, mỗi nhà được hỗ trợ 40 triệu đồng.

Phát biểu tại hội nghị, đồng chí Trần Văn Thuần ghi nhận những kết quả mà công đoàn Hà Giang đạt được trong điều kiện một tỉnh miền núi, biên giới, doanh nghiệp ít và quy mô nhỏ. Năm 2019, LĐLĐ tỉnh phấn đấu phát triển 1.800 đoàn viên, thành lập 15 CĐCS trở lên, tập trung vào các doanh nghiệp có từ 10 lao động trở lên.

Dịp này, 12 tập thể và 25 cá nhân được tặng Bằng khen của Tổng LĐLĐ Việt Nam vì đã có thành tích xuất sắc trong phong trào CNVCLĐ và hoạt động công đoàn năm 2018.

Hoàng Anh
""", [
    R("members_new", 2100, "2.100", bound="under", note="headline repeat of 2.087 (rounded, gần)"),
    R("members_new", 2087, "2.087", note="'Năm qua' published in January -> previous year"),
    R("members_new", 104.3, "104,3%", status="attainment"),
    R("unions_new", 23, "23"),
    R("unions_new", 9, "9", scope="doanh nghiệp ngoài nhà nước"),
    R("members_total", 41356, "41.356", per=D("2019-01-10")),
    R("unions_total", 1164, "1.164", per=D("2019-01-10")),
    R("beneficiaries", 6540, "6.540"),
    R("support_funds", 2100000000, "2,1 tỷ", bound="over"),
    R("shelter_houses", 18, "18"),
    R("shelter_houses", 5, "5", note="sửa chữa 5 nhà: repaired houses count"),
    R("members_new", 1800, "1.800", status="target", per=Y(2019)),
    R("unions_new", 15, "15", status="target", bound="over", per=Y(2019), note="'15 CĐCS trở lên' is the figure's own bound; 'từ 10 lao động trở lên' is a threshold"),
], region="Hà Giang", per=Y(2018))

add("d02", "https://baokiengiang.vn/cong-doan/thang-cong-nhan-2023-cham-lo-cho-hon-11-nghin-luot-doan-vien-58231.html", "2023-05-30", """
Kiên Giang: Tháng Công nhân 2023 chăm lo cho hơn 11 nghìn lượt đoàn viên

Thứ Ba, 30/05/2023 - 16:20

(BKG) - Chiều 29-5, Liên đoàn Lao động (LĐLĐ) tỉnh Kiên Giang tổ chức sơ kết Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động (ATVSLĐ) năm 2023.

Theo báo cáo, Tháng Công nhân năm 2023 được triển khai sâu rộng với sự tham gia của 386 công đoàn cơ sở trên địa bàn tỉnh. Các cấp công đoàn đã thăm hỏi, tặng quà cho 11.274 lượt đoàn viên, người lao động (NLĐ) có hoàn cảnh khó khăn, bị tai nạn lao động; tổng trị giá các phần quà gần 3,8 tỷ đồng, mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng.

LĐLĐ tỉnh phối hợp với người sử dụng lao động tổ chức đối thoại tại nơi làm việc ở 47 doanh nghiệp; vận động 29 doanh nghiệp nâng giá trị bữa ăn giữa ca cho công nhân. Công đoàn các Khu kinh tế tỉnh ký kết thêm 6 thỏa thuận hợp tác với các đối tác cung cấp sản phẩm, dịch vụ cho đoàn viên trong Chương trình “Phúc lợi đoàn viên công đoàn”. Chương trình “Chuyến xe Công đoàn” trao 320 vé xe miễn phí cho đoàn viên về quê.

Ngày hội việc làm do Trung tâm Dịch vụ việc làm tổ chức trong dịp này thu hút lao động trong độ tuổi từ 18 đến 45, với hơn 2.000 vị trí cần tuyển.

Phát biểu kết luận, ông Lê Văn Dũng, Chủ tịch LĐLĐ tỉnh, đề nghị các cấp công đoàn tiếp tục bám sát cơ sở, kịp thời nắm bắt tâm tư, nguyện vọng của NLĐ. Mọi phản ánh của đoàn viên xin gọi đường dây nóng 0297.3862.555.

Ảnh: Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân Công ty TNHH Giày Kiên Giang.

Tin liên quan
Phú Quốc đón hơn 1,9 triệu lượt khách trong 5 tháng
Kiên Giang: 12 CĐCS tổ chức Đại hội điểm nhiệm kỳ 2023-2028
""", [
    R("beneficiaries", 11000, "11 nghìn", bound="over", note="headline repeat of 11.274"),
    R("workers_month_units", 386, "386"),
    R("beneficiaries", 11274, "11.274"),
    R("support_funds", 3800000000, "3,8 tỷ", bound="under"),
    R("workplace_dialogues", 47, "47"),
    R("meal_upgrades", 29, "29"),
    R("welfare_partners", 6, "6", scope="Công đoàn các Khu kinh tế tỉnh"),
    R("beneficiaries", 320, "320", note="free tickets given to members count as beneficiaries (guideline 9)"),
], region="Kiên Giang", per=M(5, 2023))

add("d03", "https://baoquangbinh.vn/xa-hoi/201708/cong-doan-quang-binh-tu-van-phap-luat-cho-tren-1300-luot-nguoi-lao-dong-2147301/", "2017-08-15", """
Công đoàn Quảng Bình: Tư vấn pháp luật cho trên 1.300 lượt người lao động

15/08/2017 09:12

Bảy tháng đầu năm, hoạt động tư vấn pháp luật của Trung tâm Tư vấn pháp luật thuộc LĐLĐ tỉnh tiếp tục được duy trì thường xuyên. Trung tâm đã tư vấn pháp luật cho 1.326 lượt đoàn viên, người lao động, chủ yếu về chế độ BHXH, tiền lương, hợp đồng lao động; trực tiếp tham gia bảo vệ quyền lợi cho 14 trường hợp tại Tòa án nhân dân các cấp.

Cùng với đó, các cấp công đoàn phối hợp với Sở Tư pháp tổ chức 42 hội nghị tuyên truyền, phổ biến pháp luật cho hơn 5.600 lượt CNVCLĐ. Tính đến cuối tháng 7, đã có 132/150 doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động; số thỏa ước lao động tập thể được ký mới là 17.

LĐLĐ tỉnh cũng tham gia cùng các sở, ngành kiểm tra, giám sát việc thực hiện pháp luật lao động tại 38 doanh nghiệp. Qua kiểm tra phát hiện nhiều doanh nghiệp chậm đóng BHXH cho người lao động với số tiền nợ trên 21 tỷ đồng; đoàn đã kiến nghị cơ quan chức năng xử lý theo quy định.

Theo ông Nguyễn Lương Bình, Chủ tịch LĐLĐ tỉnh Quảng Bình, thời gian tới, Trung tâm sẽ đẩy mạnh tư vấn lưu động tại các KCN Tây Bắc Đồng Hới và Hòn La, nơi tập trung đông công nhân. Người lao động cần tư vấn có thể liên hệ số điện thoại 0232.3822.418 trong giờ hành chính.

Thanh Hải

Số lần đọc: 1254
""", [
    R("legal_consultations", 1300, "1.300", bound="over", note="headline repeat of 1.326"),
    R("legal_consultations", 1326, "1.326"),
    R("trainings", 42, "42", note="dissemination conferences held counted as trainings"),
    R("trainees", 5600, "5.600", bound="over"),
    R("worker_conferences", 132, "132/150", chk=False, note="132/150: 132 enterprises held the conference; 150 is the base"),
    R("collective_agreements", 17, "17"),
    R("supervisions", 38, "38"),
], region="Quảng Bình", per=("2017-01-01", "2017-07-31"))

add("d04", "https://baobinhphuoc.com.vn/news/4/15-can-nha-mai-am-cong-doan-den-voi-doan-vien-kho-khan-145872.html", "2022-12-27", """
Bình Phước: 15 căn nhà Mái ấm Công đoàn đến với đoàn viên khó khăn

Cập nhật: 27/12/2022 | 10:05

BPO - Ngày 26-12, LĐLĐ huyện Bù Đăng tổ chức bàn giao nhà Mái ấm Công đoàn cho gia đình chị Điểu Thị Lan, công nhân Nông trường cao su Đồng Nai. Căn nhà có diện tích 60 m2, được xây dựng trong 45 ngày.

Theo LĐLĐ tỉnh Bình Phước, trong năm, các cấp công đoàn đã vận động xây mới mười lăm căn nhà Mái ấm Công đoàn với tổng số tiền hỗ trợ 750 triệu đồng, mỗi căn được hỗ trợ 50 triệu đồng. Ngoài ra, LĐLĐ tỉnh hỗ trợ sửa chữa 7 căn nhà, số tiền 140 triệu đồng.

Năm 2022, Quỹ Xã hội Công đoàn tỉnh đã tiếp nhận hơn 1,2 tỷ đồng ủng hộ từ các doanh nghiệp, đơn vị. Các cấp công đoàn trong tỉnh cũng đã trao 4.850 suất quà cho đoàn viên, NLĐ bị mất việc làm, giảm giờ làm, tổng trị giá 2,425 tỷ đồng.

Kế hoạch năm 2023, LĐLĐ tỉnh đặt mục tiêu xây dựng 20 nhà Mái ấm Công đoàn, tập trung cho công nhân cao su và lao động trong các KCN Minh Hưng, Chơn Thành.

Nhận chìa khóa căn nhà mới, chị Lan xúc động: “Vợ chồng tôi làm công nhân cạo mủ đã 12 năm, con nhỏ, ở nhà tạm nhiều năm nay. Có căn nhà này, gia đình yên tâm làm việc”.

Ảnh: Lãnh đạo LĐLĐ huyện Bù Đăng trao quyết định hỗ trợ nhà Mái ấm Công đoàn.

Tin, ảnh: Minh Luân
""", [
    R("shelter_houses", 15, "15", note="headline repeat of 'mười lăm'"),
    R("shelter_houses", 15, "mười lăm", chk=False),
    R("shelter_funds", 750000000, "750 triệu"),
    R("shelter_houses", 7, "7"),
    R("shelter_funds", 140000000, "140 triệu"),
    R("beneficiaries", 4850, "4.850"),
    R("support_funds", 2425000000, "2,425 tỷ"),
    R("shelter_houses", 20, "20", status="target", per=Y(2023)),
], region="Bình Phước", per=Y(2022))

add("d05", "https://laodong.vn/cong-doan/cong-doan-viet-nam-nam-2023-phat-trien-hon-1-trieu-doan-vien-moi-1290417.ldo", "2024-01-10", """
Công đoàn Việt Nam năm 2023: Phát triển hơn 1 triệu đoàn viên mới

10/01/2024 07:30

Năm 2023, trong bối cảnh tăng trưởng GDP cả nước đạt 5,05%, nhiều doanh nghiệp thiếu đơn hàng, các cấp công đoàn vẫn nỗ lực thực hiện mục tiêu phát triển đoàn viên theo Nghị quyết số 02-NQ/TW.

Theo báo cáo của Tổng LĐLĐ Việt Nam, năm 2023 toàn hệ thống đã kết nạp 1.009.587 đoàn viên, thành lập 3.147 công đoàn cơ sở. Tuy nhiên, do doanh nghiệp giải thể, cắt giảm lao động, số đoàn viên giảm trong năm là 693.112 người; 2.960 CĐCS bị giải thể, ngừng hoạt động. Như vậy, số đoàn viên tăng tuyệt đối là 316.475 người, số CĐCS tăng tuyệt đối 187 đơn vị. Cả nước hiện có hơn 11,3 triệu đoàn viên.

Theo ông Ngọ Duy Hiểu, Phó Chủ tịch Tổng LĐLĐ Việt Nam, kết quả này cho thấy nỗ lực rất lớn của các cấp công đoàn trong bối cảnh có tới hơn 900.000 lao động bị cắt giảm giờ làm hoặc mất việc làm trong năm.

Bước sang năm 2024, Tổng LĐLĐ Việt Nam đặt chỉ tiêu kết nạp 1 triệu đoàn viên, thành lập mới 3.000 CĐCS, đồng thời đẩy mạnh chuyển đổi số trong quản lý đoàn viên. Đây cũng là năm bản lề chuẩn bị tiến tới Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028 đã được tổ chức thành công vào tháng 12/2023.

Dịp này, Tổng LĐLĐ Việt Nam tặng Cờ thi đua cho 20 đơn vị có thành tích xuất sắc.

Đức Nam
""", [
    R("members_new", 1000000, "1 triệu", bound="over", note="headline repeat of 1.009.587"),
    R("members_new", 1009587, "1.009.587"),
    R("unions_new", 3147, "3.147"),
    R("members_lost", 693112, "693.112"),
    R("unions_dissolved", 2960, "2.960"),
    R("members_net", 316475, "316.475"),
    R("unions_net", 187, "187"),
    R("members_total", 11300000, "11,3 triệu", bound="over", per=D("2024-01-10")),
    R("members_new", 1000000, "1 triệu", status="target", per=Y(2024)),
    R("unions_new", 3000, "3.000", status="target", per=Y(2024)),
], region="Việt Nam", per=Y(2023))
