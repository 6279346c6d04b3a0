"""ak11-ak15: central coast, Tây Nguyên (interview, congress)."""

A11 = """Báo Bình Định
Tiêu điểm | Thời sự | Kinh tế | Xã hội | Pháp luật | Thể thao
Giữ chân đoàn viên trong bối cảnh dịch bệnh

Năm 2020, dịch Covid-19 khiến nhiều doanh nghiệp thu hẹp sản xuất, số đoàn viên công đoàn biến động mạnh. PV Báo Bình Định đã có cuộc trao đổi với ông Nguyễn Văn Hồng, Chủ tịch LĐLĐ tỉnh, về vấn đề này.

* Thưa ông, công tác phát triển đoàn viên năm 2020 của tỉnh gặp những khó khăn gì?

- Năm 2020, các cấp công đoàn trong tỉnh kết nạp được [[7.215|mn a y2020 n=region Bình Định from the site and the LĐLĐ tỉnh of the lead (records.md regions); undated page, year from the text]] đoàn viên, chỉ đạt [[80,2%|mn p y2020]] chỉ tiêu; trong khi đó giảm [[6.870|ml a y2020]] đoàn viên do doanh nghiệp giải thể, người lao động nghỉ việc, nên cả năm chỉ tăng tuyệt đối [[345|mnet a y2020]] đoàn viên. Về tổ chức, chúng tôi thành lập mới [[19|un a y2020]] công đoàn cơ sở nhưng cũng phải giải thể [[12|ud a y2020]] CĐCS vì doanh nghiệp ngừng hoạt động, tăng tuyệt đối [[7|unet a y2020]] CĐCS.

* Công đoàn đã làm gì để giữ chân đoàn viên, thưa ông?

- Chúng tôi xác định chăm lo thiết thực là cách tốt nhất để đoàn viên gắn bó. Năm qua, LĐLĐ tỉnh đã hỗ trợ [[3.412|ben a y2020 n=Năm qua inside an undated interview -> 2020, the year the answers are about (records.md: nearest earlier period phrase)]] đoàn viên bị mất việc, giảm thu nhập do dịch Covid-19 với số tiền gần [[1,6 tỷ|sf a y2020 b=u]] đồng; cấp [[5.140|rec a y2020]] thẻ đoàn viên để đoàn viên được hưởng ưu đãi của chương trình "Phúc lợi đoàn viên".

* Hiện tổng số đoàn viên của tỉnh là bao nhiêu?

- Đến nay, toàn tỉnh có [[1.362|ut a null n=stock with no publication date -> null..null (gold README 7)]] công đoàn cơ sở với [[103.480|mt a null n=stock, undated -> null..null (gold README 7)]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước chiếm khoảng 58%.

* Năm 2021, LĐLĐ tỉnh đặt ra mục tiêu gì?

- Năm 2021, chúng tôi phấn đấu kết nạp mới [[8.000|mn t y2021]] đoàn viên, thành lập ít nhất [[20|un t y2021 b=o]] CĐCS. Mỗi LĐLĐ huyện, thị xã, thành phố phải thành lập tối thiểu 1 CĐCS ở doanh nghiệp ngoài nhà nước.

- Xin cảm ơn ông!

HOÀNG MAI (thực hiện)

Các tin, bài viết khác
- Trao 10 nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn
- Hoài Nhơn: 2 doanh nghiệp ký thỏa ước lao động tập thể nhóm
Bình luận
"""

A12 = """Báo Phú Yên Online
Thời sự | Kinh tế | Văn hóa - Xã hội | Pháp luật | Phóng sự
Công đoàn Phú Yên giới thiệu [[312|pr a f9-2018 n=headline repeat, takes the body's period (gold README 1)]] đoàn viên ưu tú cho Đảng

Thông tin từ LĐLĐ tỉnh Phú Yên, trong 9 tháng năm 2018, các cấp công đoàn đã giới thiệu [[312|pr a f9-2018 n=9 tháng năm 2018 -> Jan-Sep 2018 (records.md periods); undated page]] đoàn viên ưu tú cho cấp ủy xem xét, bồi dưỡng; trong số này, [[205|pa a f9-2018]] người đã được kết nạp vào Đảng, tăng 38 người so với cùng kỳ năm 2017.

Đáng chú ý, ở khu vực doanh nghiệp ngoài nhà nước, công đoàn đã giới thiệu [[47|pr a f9-2018 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown (gold README 6)]] đoàn viên là công nhân trực tiếp sản xuất, [[19|pa a f9-2018 s=khu vực doanh nghiệp ngoài nhà nước]] người đã được kết nạp Đảng, riêng Công ty CP Đường Tuy Hòa có [[6|pa a f9-2018 s=Công ty CP Đường Tuy Hòa n=enterprise-level breakdown (gold README 6)]] người.

Cùng với đó, các cấp công đoàn đã thành lập mới [[14|wc a f9-2018]] ban nữ công quần chúng tại các doanh nghiệp có đông lao động nữ, nâng tổng số ban nữ công quần chúng trong tỉnh lên [[96|wc a null n=stock via nâng tổng số ... lên with no publication date -> null..null (records.md stocks)]].

Lễ kết nạp đảng viên mới tại Chi bộ Công ty CP Đường Tuy Hòa. Ảnh: T.H

Năm 2018, LĐLĐ tỉnh phấn đấu giới thiệu [[400|pr t y2018]] đoàn viên ưu tú cho Đảng, trong đó ít nhất [[250|pa t y2018 b=o]] người được kết nạp.

MINH TUẤN

Chia sẻ | In bài | Gửi email
Tin mới hơn:
- Đông Hòa: 25 công nhân được tặng quà nhân Ngày Phụ nữ Việt Nam
Tin cũ hơn:
- Hơn 600 đoàn viên tham gia Hội thao công nhân viên chức lao động
Bản quyền © Báo Phú Yên
"""

A13 = """Ngày 20/01/2015 - 09:14
Công đoàn đẩy mạnh tuyên truyền, tư vấn pháp luật cho người lao động

NTO - Năm qua, Liên đoàn Lao động tỉnh và các cấp công đoàn đã tổ chức [[46|tr a y2014 n=Năm qua in January -> previous year 2014 (records.md periods); region Ninh Thuận from the site]] lớp tập huấn, hội nghị tuyên truyền Bộ luật Lao động năm 2012, Luật Công đoàn năm 2012 cho hơn [[5.300|te a y2014 b=o]] lượt cán bộ, đoàn viên, người lao động.

Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn pháp luật trực tiếp và qua điện thoại cho [[418|lc a y2014]] lượt người lao động; tham gia bảo vệ quyền lợi cho 3 người lao động tại tòa án. Thông qua tư vấn, đã giúp người lao động được chi trả trên 210 triệu đồng tiền lương, bảo hiểm xã hội bị nợ đọng.

Cán bộ Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn cho công nhân Công ty TNHH Hoa Sen. Ảnh: Văn Nỷ
Cán bộ Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn cho công nhân Công ty TNHH Hoa Sen. Ảnh: Văn Nỷ

Các cấp công đoàn cũng đã phối hợp với Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh tổ chức [[18|sv a y2014]] cuộc kiểm tra, giám sát việc thực hiện pháp luật lao động tại doanh nghiệp; tổ chức đối thoại tại [[35|wd a y2014]] doanh nghiệp.

Năm 2015, LĐLĐ tỉnh phấn đấu tổ chức ít nhất [[40|tr t y2015 b=o]] lớp tập huấn, tư vấn pháp luật cho [[500|lc t y2015 b=o]] lượt người lao động trở lên. Người lao động cần tư vấn có thể liên hệ đường dây nóng của Trung tâm: 068.3827.150.

Văn Nỷ

Các tin khác
- Trao 1.500 suất quà Tết cho công nhân lao động (18/01/2015)
- Ninh Phước: 7 công đoàn cơ sở tổ chức đại hội (15/01/2015)
"""

A14 = """UBND HUYỆN HƯỚNG HÓA - TỈNH QUẢNG TRỊ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính
LĐLĐ huyện Hướng Hóa chăm lo Tết Canh Tý 2020 cho đoàn viên, người lao động

Nhân dịp Tết Nguyên đán Canh Tý 2020, Liên đoàn Lao động huyện Hướng Hóa đã phối hợp với các đơn vị, nhà hảo tâm tổ chức thăm hỏi, tặng quà cho [[l.250|ben a y2020 s=LĐLĐ huyện Hướng Hóa n=scraping damage l.250 -> 1250 (records.md value); Tết Canh Tý 2020 -> 2020]] đoàn viên, người lao động có hoàn cảnh khó khăn trên địa bàn huyện, tổng trị giá trên [[480 triệu|sf a y2020 b=o s=LĐLĐ huyện Hướng Hóa]] đồng.

Trong đó, LĐLĐ tỉnh hỗ trợ [[150|ben a y2020 s=LĐLĐ tỉnh n=breakdown (gold README 6)]] suất quà, mỗi suất 500.000 đồng; LĐLĐ huyện trao [[320|ben a y2020 s=LĐLĐ huyện Hướng Hóa]] suất; các công đoàn cơ sở trao [[780|ben a y2020 s=các công đoàn cơ sở]] suất quà cho đoàn viên là giáo viên, nhân viên y tế đang công tác tại các xã biên giới Lìa, Thanh, Xy, A Dơi.

Ngay 14/01/2020, doan cong tac cua LDLD huyen da den tham, tang [[40|ben a y2020 s=Công ty CP Cao su Khe Sanh n=stripped marks; scope repaired (gold README 10)]] suat qua cho cong nhan Cong ty CP Cao su Khe Sanh va [[25|ben a y2020 s=CĐCS Trường Tiểu học Thị trấn Lao Bảo]] suat qua cho doan vien Cong doan co so Truong Tieu hoc Thi tran Lao Bao.

Bên cạnh đó, LĐLĐ huyện đã phối hợp với nhà xe Hướng Hóa hỗ trợ [[60|ben a y2020 s=LĐLĐ huyện Hướng Hóa n=free bus tickets to workers count as beneficiaries (gold README 9)]] vé xe miễn phí cho công nhân lao động đi làm ăn xa về quê đón Tết.

Tác giả: Hồ Thị Thúy - LĐLĐ huyện
Số lượt xem: 457
Xem tiếp
Thống kê truy cập
Đang online: 7
Hôm nay: 312
Tổng: 1,204,559
"""

A15 = """Thứ Tư, 28/06/2023 | 16:05
Công đoàn ngành Giáo dục Gia Lai: Hơn [[1.280|mn a t2018-2023 b=o s=Công đoàn ngành Giáo dục n=rounded headline repeat of 1.284, takes its period (gold README 1)]] đoàn viên mới trong nhiệm kỳ 2018-2023

(GLO)- Ngày 27-6, Công đoàn ngành Giáo dục tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ XVII, nhiệm kỳ 2023-2028. Dự đại hội có 150 đại biểu đại diện cho đoàn viên công đoàn trong toàn ngành. Hiện Công đoàn ngành có [[128|ut a pub s=Công đoàn ngành Giáo dục n=stock dated at publication (gold README 7)]] công đoàn cơ sở trực thuộc với [[16.942|mt a pub s=Công đoàn ngành Giáo dục]] đoàn viên.

Nhiệm kỳ 2018-2023, Công đoàn ngành đã phát triển mới [[1.284|mn a t2018-2023 s=Công đoàn ngành Giáo dục n=term actuals dated to the whole term (records.md periods)]] đoàn viên, đạt [[128,4%|mn p t2018-2023 s=Công đoàn ngành Giáo dục]] chỉ tiêu đại hội đề ra; thành lập mới [[6|un a t2018-2023 s=Công đoàn ngành Giáo dục]] công đoàn cơ sở trường ngoài công lập. 100% cơ quan, đơn vị trường học tổ chức hội nghị cán bộ, công chức, viên chức hằng năm đúng quy định.

Các cấp công đoàn trong ngành đã giới thiệu [[1.037|pr a t2018-2023 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng, trong đó [[812|pa a t2018-2023 s=Công đoàn ngành Giáo dục]] đoàn viên được kết nạp; vận động xây dựng, sửa chữa [[58|sh a t2018-2023 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn" với tổng kinh phí hơn [[2,9 tỷ|shf a t2018-2023 b=o s=Công đoàn ngành Giáo dục]] đồng; thăm hỏi, tặng quà cho trên [[21.000|ben a t2018-2023 b=o s=Công đoàn ngành Giáo dục]] lượt đoàn viên với số tiền khoảng [[6,4 tỷ|sf a t2018-2023 b=a s=Công đoàn ngành Giáo dục]] đồng.

Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Vũ Thảo
Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Vũ Thảo

Đại hội đề ra 10 chỉ tiêu cho nhiệm kỳ 2023-2028, trong đó: phấn đấu phát triển mới [[1.000|mn t t2023-2028 b=o s=Công đoàn ngành Giáo dục n=đoàn viên trở lên after the counted noun -> over (gold README 5); 10 chỉ tiêu not a record]] đoàn viên trở lên; giới thiệu ít nhất [[1.000|pr t t2023-2028 b=o s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng; hằng năm 100% công đoàn cơ sở tổ chức hội nghị cán bộ, công chức, viên chức.

Đại hội đã bầu 19 đồng chí vào Ban Chấp hành khóa XVII; bầu 11 đại biểu dự Đại hội Công đoàn tỉnh lần thứ XI.

VŨ THẢO

Tin liên quan
- Đại hội Công đoàn Viên chức tỉnh lần thứ VI thành công tốt đẹp
- Hơn 4.000 công nhân tham gia Ngày hội "Vì an toàn vệ sinh lao động"
"""

ARTS = [
    ('ak11', 'https://baobinhdinh.vn/viewer.aspx?macm=12&macmp=12&mabb=214573',
     None, 'Bình Định', A11),
    ('ak12', 'https://baophuyen.vn/89/207515/cong-doan-phu-yen-gioi-thieu-312-doan-vien-uu-tu-cho-dang.html',
     None, 'Phú Yên', A12),
    ('ak13', 'http://baoninhthuan.com.vn/news/56127p24c33/cong-doan-day-manh-tuyen-truyen-tu-van-phap-luat-cho-nguoi-lao-dong.htm',
     '2015-01-20', 'Ninh Thuận', A13),
    ('ak14', 'https://huonghoa.quangtri.gov.vn/ldld-huyen-huong-hoa-cham-lo-tet-canh-ty-2020-cho-doan-vien-nguoi-lao-dong-3256.html',
     None, 'Quảng Trị', A14),
    ('ak15', 'https://baogialai.com.vn/channel/8202/202306/cong-doan-nganh-giao-duc-gia-lai-hon-1280-doan-vien-moi-trong-nhiem-ky-2018-2023-5808744/',
     '2023-06-28', 'Gia Lai', A15),
]
