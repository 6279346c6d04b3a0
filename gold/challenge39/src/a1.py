"""as01-as05: job fair, sports meet (no records), minimum wage, work stoppages, occupational accidents."""

AS01 = """Hơn 3.200 vị trí việc làm tại phiên giao dịch việc làm đầu xuân

Thứ Ba, 12/03/2019 - 09:15

BBG - Sáng 11/3, tại Nhà văn hóa công nhân KCN Quang Châu (Việt Yên), Trung tâm Dịch vụ việc làm tỉnh phối hợp với Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Giang tổ chức phiên giao dịch việc làm đầu xuân Kỷ Hợi.

Phiên giao dịch thu hút 46 doanh nghiệp tham gia tuyển dụng với hơn 3.200 vị trí, trong đó khoảng 65% là lao động phổ thông. Mức lương khởi điểm dao động từ 5,5 đến 8 triệu đồng/tháng, cao hơn khoảng 10% so với cùng kỳ năm trước. Trong buổi sáng đã có gần 1.400 lượt người đến tìm hiểu thông tin, 620 người được phỏng vấn trực tiếp và 215 người được nhận vào làm ngay.

Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch.
Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch.

Bên cạnh các gian tuyển dụng, LĐLĐ tỉnh bố trí gian tư vấn pháp luật miễn phí về hợp đồng lao động, bảo hiểm xã hội, chế độ thai sản. Theo bà Nguyễn Thị Hạnh, Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh, trong năm 2018, Văn phòng tư vấn pháp luật của LĐLĐ tỉnh đã tư vấn cho [[1.126|lc a y2018]] lượt đoàn viên, người lao động. Từ đầu năm 2019 đến nay, văn phòng tiếp tục tư vấn cho [[184|lc a 2019-01-01..2019-03-12 n=gold README 8 / records.md: từ đầu năm 2019 đến nay runs to the publication date]] lượt, chủ yếu qua đường dây nóng 0204.3856.118.

Theo kế hoạch, năm 2019 Trung tâm Dịch vụ việc làm tỉnh sẽ tổ chức 24 phiên giao dịch việc làm định kỳ và 6 phiên lưu động tại các huyện.

Minh Thu

Lượt xem: 1.326

Tin liên quan
- LĐLĐ huyện Lục Nam kết nạp 320 đoàn viên mới
- Hơn 2.000 công nhân được tặng vé xe về quê đón Tết
- Tập huấn nghiệp vụ cho 150 cán bộ công đoàn cơ sở
"""

AS02 = """Sôi nổi Hội thao CNVCLĐ tỉnh Quảng Bình lần thứ VII

  • 16:40, 22/05/2017
  • icon gmail
  • icon facebook
  • icon youtube

(QBĐT) - Từ ngày 19 đến 21/5, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Hội thao công nhân, viên chức, lao động tỉnh lần thứ VII năm 2017, chào mừng Tháng Công nhân và kỷ niệm 88 năm Ngày thành lập Công đoàn Việt Nam.

Hội thao có 38 đoàn với gần 1.100 vận động viên là đoàn viên công đoàn đến từ các LĐLĐ huyện, thị xã, thành phố, công đoàn ngành và công đoàn cơ sở trực thuộc tham gia tranh tài ở 6 môn: bóng đá nam, bóng chuyền hơi, cầu lông, bóng bàn, kéo co và cờ tướng. Đây là kỳ hội thao có số vận động viên đông nhất từ trước đến nay, tăng gần 200 người so với kỳ trước.

Các vận động viên tranh tài ở nội dung kéo co nữ.
Các vận động viên tranh tài ở nội dung kéo co nữ.

Sau 3 ngày thi đấu, Ban Tổ chức đã trao 6 giải nhất, 9 giải nhì và 14 giải ba cho các đội và vận động viên. Đội bóng đá của Công đoàn Điện lực Quảng Bình giành chức vô địch sau khi thắng 3-1 trong trận chung kết; giải nhất toàn đoàn thuộc về Công đoàn ngành Giáo dục với 11 huy chương các loại. Tổng giá trị giải thưởng hơn 120 triệu đồng, mỗi giải nhất được thưởng 3 triệu đồng.

Đồng chí Trần Văn Tuân, Chủ tịch LĐLĐ tỉnh, cho biết hội thao được tổ chức 2 năm một lần, là dịp để hơn 60.000 công nhân, viên chức, lao động trong tỉnh rèn luyện sức khỏe, giao lưu, học hỏi.

Thu Hằng
"""

AS03 = """ date 2023-07-03 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Bình Dương: Giám sát việc tăng lương tối thiểu vùng

THẢO NGUYÊN

(NLĐO)- Từ ngày 1-7-2023, lương tối thiểu vùng tăng thêm 6%, trong đó vùng I là 4.680.000 đồng/tháng

Theo Sở LĐ-TB-XH tỉnh Bình Dương, toàn tỉnh có 5 thành phố thuộc vùng I và 4 huyện thuộc vùng II, với khoảng 1,2 triệu lao động đang làm việc tại hơn 64.000 doanh nghiệp. Thu nhập bình quân của người lao động 6 tháng đầu năm 2023 khoảng 8,6 triệu đồng/người/tháng, giảm nhẹ so với cùng kỳ do nhiều doanh nghiệp thiếu đơn hàng; 42 doanh nghiệp chậm trả lương cho hơn 9.500 lao động.

Bình Dương: Giám sát việc tăng lương tối thiểu vùng - Ảnh 1.

Công nhân một doanh nghiệp giày da tại TP Thuận An tan ca

Ông Lê Minh Hòa, Phó Chủ tịch LĐLĐ tỉnh Bình Dương, cho biết 6 tháng đầu năm 2023, các cấp CĐ đã chủ trì và tham gia [[126|sv a h1-2023]] cuộc kiểm tra, giám sát việc thực hiện chính sách tiền lương tại doanh nghiệp; phối hợp tổ chức đối thoại tại [[48|wd a h1-2023]] doanh nghiệp về điều chỉnh thang bảng lương. Trong 6 tháng cuối năm 2023, LĐLĐ tỉnh sẽ phối hợp với Sở LĐ-TB-XH tổ chức ít nhất [[200|sv t l6-2023 b=o n=gold README 4-5: planned activity with ít nhất -> target, over]] cuộc giám sát việc điều chỉnh lương theo mức mới.

"Doanh nghiệp nào trả thấp hơn mức lương tối thiểu vùng, CĐ sẽ kiến nghị cơ quan chức năng xử lý", ông Hòa nói.
"""

AS04 = """Giảm ngừng việc tập thể nhờ đối thoại

Thứ Ba, 10/07/2018, 10:25 (GMT+7)

ĐN - Theo LĐLĐ tỉnh Đồng Nai, 6 tháng đầu năm 2018, trên địa bàn tỉnh xảy ra 21 vụ ngừng việc tập thể với hơn 14.000 lao động tham gia, giảm 9 vụ so với cùng kỳ năm 2017. Có 13/21 vụ xuất phát từ tiền lương, tiền thưởng; 5 vụ do doanh nghiệp chậm đóng bảo hiểm xã hội; 3 vụ do bữa ăn ca kém chất lượng. Các cấp công đoàn đã tham gia giải quyết cả 21 vụ, không có vụ nào kéo dài quá 3 ngày.

Theo ông Nguyễn Văn Hưng, Trưởng ban Quan hệ lao động LĐLĐ tỉnh, kết quả này có phần đóng góp của việc đẩy mạnh đối thoại. Trong 6 tháng, các CĐCS đã phối hợp với người sử dụng lao động tổ chức hội nghị người lao động tại [[1.148|wkc a h1-2018]] doanh nghiệp, đối thoại định kỳ tại [[936|wd a h1-2018]] doanh nghiệp; thương lượng, ký mới [[214|ca a h1-2018]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[1.720|ca a pub n=gold README 7: agreements in force are the stock of their signings, dated at publication]] bản.

Công đoàn các KCN Đồng Nai đã vận động [[87|meal a h1-2018 s=Công đoàn các KCN n=gold README 10: KCN union gives its province, scope as written]] doanh nghiệp nâng giá trị bữa ăn ca từ 15.000 đồng lên 18.000 - 22.000 đồng/suất. Tuy vậy, vẫn còn khoảng 30% doanh nghiệp có bữa ăn ca dưới 16.000 đồng.

6 tháng cuối năm 2018, LĐLĐ tỉnh phấn đấu ký mới thêm [[150|ca t l6-2018]] bản thỏa ước, nâng tỷ lệ doanh nghiệp có CĐCS ký thỏa ước lên 75%.

Hoàng Anh

Đường dây nóng LĐLĐ tỉnh: 0251.3822.609
"""

AS05 = """Thanh Hóa: 19 người chết vì tai nạn lao động trong năm 2019

Thứ Tư, 06/05/2020 - 08:30

(Baothanhhoa.vn) - Năm 2019, toàn tỉnh xảy ra 42 vụ tai nạn lao động làm 45 người bị nạn, trong đó 19 người chết, 11 người bị thương nặng; thiệt hại về vật chất khoảng 8,6 tỷ đồng. So với năm 2018, số vụ tăng 5 vụ (13,5%), số người chết tăng 3 người.

Tháng hành động về an toàn, vệ sinh lao động năm 2020 diễn ra từ ngày 1 đến 31/5 với chủ đề "Tăng cường quản lý an toàn, vệ sinh lao động trong phòng, chống dịch bệnh". Do ảnh hưởng của dịch Covid-19, tỉnh không tổ chức lễ phát động tập trung.

Cán bộ công đoàn kiểm tra trang bị bảo hộ tại một doanh nghiệp may ở KKT Nghi Sơn.

Theo LĐLĐ tỉnh, năm 2019, các cấp công đoàn đã tổ chức [[64|tr a y2019]] lớp tập huấn về an toàn, vệ sinh lao động cho [[5.230|te a y2019]] lượt cán bộ công đoàn, an toàn vệ sinh viên; hiện toàn tỉnh có hơn 11.400 an toàn vệ sinh viên ở các doanh nghiệp. Các cấp công đoàn cũng đã thăm hỏi, hỗ trợ [[37|ben a y2019]] người lao động bị tai nạn lao động và gia đình có người tử vong với số tiền [[186 triệu|sf a y2019]] đồng, mức hỗ trợ từ 2 đến 10 triệu đồng/trường hợp.

Tỷ lệ doanh nghiệp xây dựng kế hoạch an toàn, vệ sinh lao động hằng năm mới đạt 61%.

Lê Hà

Xem thêm: 14 doanh nghiệp bị xử phạt 410 triệu đồng vì vi phạm an toàn lao động
"""

ARTS = [
    ('as01', 'https://baobacgiang.vn/bg/xa-hoi/lao-dong-viec-lam/hon-3200-vi-tri-viec-lam-tai-phien-giao-dich-viec-lam-dau-xuan.bbg', '2019-03-12', 'Bắc Giang', AS01),
    ('as02', 'https://www.baoquangbinh.vn/the-thao/201705/soi-noi-hoi-thao-cnvcld-tinh-quang-binh-lan-thu-vii-2148830', '2017-05-22', 'Quảng Bình', AS02),
    ('as03', 'https://nld.com.vn/cong-doan/binh-duong-giam-sat-viec-tang-luong-toi-thieu-vung-196230703184211521.htm', '2023-07-03', 'Bình Dương', AS03),
    ('as04', 'https://baodongnai.com.vn/xa-hoi/201807/giam-ngung-viec-tap-the-nho-doi-thoai-2903177/', '2018-07-10', 'Đồng Nai', AS04),
    ('as05', 'https://baothanhhoa.vn/xa-hoi/19-nguoi-chet-vi-tai-nan-lao-dong-trong-nam-2019-118542.htm', '2020-05-06', 'Thanh Hóa', AS05),
]
