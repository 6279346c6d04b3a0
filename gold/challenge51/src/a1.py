"""challenge51 articles cd01-cd05."""

CD01 = """Sơn La: Hơn [[2.100|ben a mo2016-05 b=o n=rounded headline repeat of the body's 2.146 takes its period (gold README 1)]] lượt đoàn viên, người lao động được thăm hỏi trong Tháng Công nhân

Cập nhật: 30/05/2016 | 09:15 | Lượt xem: 486

(SL) - Ngày 28/5, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết Tháng Công nhân năm 2016 với chủ đề "Đoàn viên công đoàn tích cực thi đua lao động sản xuất, chấp hành pháp luật".

Theo báo cáo, Tháng Công nhân năm nay được tổ chức tại [[412|wmu a mo2016-05]] công đoàn cơ sở trên địa bàn tỉnh. Các cấp công đoàn đã thăm hỏi, tặng quà [[2.146|ben a mo2016-05]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí [[1,38 tỷ|sf a mo2016-05]] đồng; trong đó LĐLĐ tỉnh trực tiếp trao [[350|ben a mo2016-05 s=LĐLĐ tỉnh trực tiếp n=breakdown of the month's gifts (gold README 6); the per-gift 500.000 đồng is not a record]] suất quà, mỗi suất trị giá 500.000 đồng.

Công đoàn cơ sở phối hợp với người sử dụng lao động tổ chức [[38|wd a mo2016-05]] cuộc đối thoại tại nơi làm việc; các cấp công đoàn tham gia [[27|sv a mo2016-05]] cuộc kiểm tra, giám sát việc thực hiện chế độ, chính sách đối với người lao động tại các doanh nghiệp. Trong tháng, toàn tỉnh kết nạp mới [[615|mn a mo2016-05]] đoàn viên, thành lập [[9|un a mo2016-05]] công đoàn cơ sở, chủ yếu tại các hợp tác xã và doanh nghiệp ngoài nhà nước.

Dịp này, LĐLĐ tỉnh hỗ trợ xây dựng [[5|sh a mo2016-05]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở, mỗi nhà 30 triệu đồng. So với Tháng Công nhân năm 2015, số lượt đoàn viên được thăm hỏi tăng 14%.

Hội nghị đã tặng giấy khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong tổ chức Tháng Công nhân năm 2016.

Minh Thu"""

CD02 = """Gần [[53 tỷ|sf a y2019 b=u n=rounded headline repeat of the body's 52,8 tỷ takes its period (gold README 1)]] đồng chăm lo Tết cho công nhân lao động

Thứ Hai, 28/01/2019, 16:40 (GMT+7)

(BDO) Theo Liên đoàn Lao động tỉnh Bình Dương, đến ngày 27/1, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà Tết Nguyên đán Kỷ Hợi 2019 cho [[186.730|ben a y2019 n=Tết Kỷ Hợi 2019 figures take the Tết year (gold README 8, as earlier sets)]] lượt đoàn viên, người lao động với tổng kinh phí [[52,8 tỷ|sf a y2019]] đồng. Riêng Công đoàn các KCN tỉnh chăm lo cho [[41.250|ben a y2019 s=Công đoàn các KCN]] lượt công nhân với số tiền [[9,7 tỷ|sf a y2019 s=Công đoàn các KCN]] đồng.

Trong chương trình "Tết sum vầy", LĐLĐ tỉnh phối hợp với các hãng xe tổ chức 65 chuyến xe miễn phí đưa [[2.900|ben a y2019 n=free bus seats given to members count as beneficiaries (gold README 9); the 65 buses are not]] công nhân về quê đón Tết. Tại "Chợ Tết Công đoàn", 8.000 phiếu mua hàng trị giá 300.000 đồng/phiếu đã được trao cho công nhân có hoàn cảnh khó khăn.

Theo khảo sát của LĐLĐ tỉnh tại 1.215 doanh nghiệp, mức thưởng Tết bình quân năm nay khoảng 6,2 triệu đồng/người, cao hơn năm trước khoảng 8%. Lương tối thiểu vùng I áp dụng từ ngày 1/1/2019 là 4.180.000 đồng/tháng theo Nghị định số 157/2018/NĐ-CP.

Hiện toàn tỉnh có [[1.796|ut a pub]] công đoàn cơ sở với [[472.815|mt a pub]] đoàn viên, phần lớn là công nhân trong các doanh nghiệp có vốn đầu tư nước ngoài.

THANH HÀ"""

CD03 = """Trao nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn

(CMO) Ngày 12/9, Liên đoàn Lao động huyện Trần Văn Thời phối hợp với Công đoàn cơ sở Trường Tiểu học Khánh Bình Tây 2 bàn giao nhà "Mái ấm Công đoàn" cho chị Lê Thị Hồng, giáo viên của trường. Căn nhà có diện tích 48 m2, được xây dựng với mức hỗ trợ 50 triệu đồng/căn từ Quỹ Xã hội Công đoàn tỉnh, phần còn lại do gia đình và đồng nghiệp góp sức.

Theo Liên đoàn Lao động tỉnh Cà Mau, năm 2022, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới, sửa chữa [[49|sh a y2022]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[2,15 tỷ|shf a y2022]] đồng.

Năm 2023, LĐLĐ tỉnh đặt chỉ tiêu hỗ trợ xây mới, sửa chữa ít nhất [[50|sh t y2023 b=o]] căn. Trong 8 tháng đầu năm 2023, toàn tỉnh đã hỗ trợ [[31|sh a f8-2023]] căn với số tiền [[1,45 tỷ|shf a f8-2023]] đồng, đạt [[62%|sh p f8-2023 n=part-way attainment of the year's target takes the reporting period (gold README 4, 8)]] kế hoạch năm. Cũng trong thời gian này, LĐLĐ tỉnh trợ cấp khó khăn đột xuất cho [[214|ben a f8-2023]] đoàn viên với tổng số tiền [[428 triệu|sf a f8-2023]] đồng.

Chị Hồng xúc động chia sẻ: "Gần 10 năm nay, gia đình tôi ở trong căn nhà tạm lợp lá, mùa mưa nước tràn vào nhà. Có được căn nhà mới, tôi yên tâm công tác".

Hoàng Vũ"""

CD04 = """Chủ tịch LĐLĐ tỉnh: "Đoàn viên phải thấy được lợi ích từ tổ chức công đoàn"

Thứ Ba, 20/12/2022, 07:52

Năm 2022, các cấp công đoàn tỉnh Đắk Lắk hoàn thành và vượt 12/14 chỉ tiêu Nghị quyết Đại hội giao cho năm. Phóng viên Báo Đắk Lắk đã có cuộc trao đổi với ông Nguyễn Văn Hòa, Chủ tịch Liên đoàn Lao động tỉnh về kết quả này.

* Thưa ông, công tác phát triển đoàn viên năm 2022 của tỉnh có những kết quả gì nổi bật?

- Năm 2022, các cấp công đoàn đã kết nạp [[5.214|mn a y2022]] đoàn viên, đạt [[130,4%|mn p y2022]] chỉ tiêu Tổng Liên đoàn giao; thành lập mới [[41|un a y2022]] công đoàn cơ sở. Hiện nay, toàn tỉnh có [[1.746|ut a pub]] công đoàn cơ sở với [[81.930|mt a pub]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước chiếm khoảng 38%. Cùng với đó, các cấp công đoàn đã giới thiệu [[612|pr a y2022]] đoàn viên ưu tú cho Đảng, có [[418|pa a y2022]] đồng chí đã được kết nạp.

* Còn công tác chăm lo, bảo vệ quyền lợi người lao động thì sao, thưa ông?

- Trong năm, các cấp công đoàn đã thăm hỏi, hỗ trợ [[23.400|ben a y2022]] lượt đoàn viên, người lao động với tổng số tiền trên [[11,2 tỷ|sf a y2022 b=o]] đồng. Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn cho [[1.085|lc a y2022]] lượt người lao động, tham gia giải quyết 2 cuộc ngừng việc tập thể với khoảng 600 công nhân. Đến nay, toàn tỉnh có [[312|ca a pub n=agreements in force are the stock of their signings, dated at publication (gold README 7)]] bản thỏa ước lao động tập thể còn hiệu lực.

* Năm 2023, công đoàn tỉnh đặt ra những mục tiêu gì?

- Chúng tôi phấn đấu kết nạp ít nhất [[4.500|mn t y2023 b=o]] đoàn viên, thành lập [[30|un t y2023]] công đoàn cơ sở; chăm lo Tết Quý Mão 2023 cho khoảng [[25.000|ben t y2023 b=a n=Tết Quý Mão 2023 target takes the Tết year (gold README 4, 8)]] đoàn viên, người lao động. Đồng thời hoàn thành việc cập nhật dữ liệu đoàn viên, đến cuối năm nhập thông tin cho trên [[75.000|rec t y2023 b=o n=the year named by the question (Năm 2023) is the period of this target (gold README 8)]] đoàn viên lên phần mềm quản lý.

* Xin cảm ơn ông!

Ông Nguyễn Văn Hòa sinh năm 1968, có hơn 30 năm công tác trong tổ chức công đoàn, là Chủ tịch LĐLĐ tỉnh khóa X, nhiệm kỳ 2018-2023.

Hồng Nhung (thực hiện)"""

CD05 = """Công đoàn tỉnh hoàn thành vượt mức nhiều chỉ tiêu năm 2017

Thứ Sáu, 12/01/2018 - 10:25

(Baoquangngai.vn)- Ngày 11/1, Liên đoàn Lao động tỉnh tổ chức hội nghị Ban Chấp hành mở rộng tổng kết công tác công đoàn năm 2017, triển khai nhiệm vụ năm 2018.

Năm 2017, trong điều kiện kinh tế của tỉnh có nhiều chuyển biến tích cực, nhất là tại Khu kinh tế Dung Quất và các khu công nghiệp, các cấp công đoàn đã tập trung phát triển đoàn viên, thành lập công đoàn cơ sở. Kết quả, toàn tỉnh kết nạp mới [[6.382|mn a y2017]] đoàn viên, đạt [[127,6%|mn p y2017]] kế hoạch; thành lập [[58|un a y2017]] CĐCS, vượt [[16%|un p y2017 v=116 n=vượt 16% kế hoạch is 116% of the plan (records.md status); bound exact, the vượt being the conversion]] kế hoạch. Riêng Công đoàn Khu kinh tế Dung Quất kết nạp [[2.140|mn a y2017 s=Công đoàn Khu kinh tế Dung Quất]] đoàn viên. Tuy nhiên, do doanh nghiệp giải thể, ngừng hoạt động nên trong năm đã giảm [[1.905|ml a y2017]] đoàn viên và [[21|ud a y2017]] CĐCS. Đến nay, toàn tỉnh có [[1.318|ut a pub]] CĐCS với [[68.745|mt a pub]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi người lao động có nhiều chuyển biến. Có [[412|wkc a y2017]] doanh nghiệp tổ chức hội nghị người lao động, [[286|wd a y2017]] doanh nghiệp tổ chức đối thoại định kỳ; ký mới [[74|ca a y2017]] bản thỏa ước lao động tập thể. Các cấp công đoàn tham gia [[63|sv a y2017]] cuộc kiểm tra, giám sát việc thực hiện pháp luật lao động. Năm 2017, trên địa bàn tỉnh xảy ra 3 cuộc ngừng việc tập thể và 15 vụ tai nạn lao động làm 17 người chết; thu nhập bình quân của người lao động trong doanh nghiệp khoảng 5,6 triệu đồng/tháng.

Trong công tác chăm lo đời sống, các cấp công đoàn đã thăm hỏi, tặng quà cho [[27.560|ben a y2017]] lượt đoàn viên, người lao động với số tiền [[9,74 tỷ|sf a y2017]] đồng; hỗ trợ xây mới [[22|sh a y2017]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[880 triệu|shf a y2017]] đồng.

Năm 2018, LĐLĐ tỉnh đề ra mục tiêu kết nạp [[5.500|mn t y2018]] đoàn viên, thành lập [[45|un t y2018]] CĐCS, giới thiệu [[500|pr t y2018]] đoàn viên ưu tú cho Đảng xem xét kết nạp; 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 32 tập thể, 41 cá nhân; Tổng LĐLĐ Việt Nam tặng Cờ thi đua cho 2 đơn vị có thành tích xuất sắc.

Thanh Nhị"""

ARTS = [
    ('cd01', 'https://baosonla.org.vn/xa-hoi/son-la-hon-2100-luot-doan-vien-nguoi-lao-dong-duoc-tham-hoi-trong-thang-cong-nhan-1469.html',
     '2016-05-30', 'Sơn La', CD01),
    ('cd02', 'https://baobinhduong.vn/gan-53-ty-dong-cham-lo-tet-cho-cong-nhan-lao-dong-a191473.html',
     '2019-01-28', 'Bình Dương', CD02),
    ('cd03', 'https://baocamau.vn/trao-nha-mai-am-cong-doan-cho-doan-vien-kho-khan-a31824.html',
     None, 'Cà Mau', CD03),
    ('cd04', 'https://baodaklak.vn/phong-su-ky-su/202212/chu-tich-ldld-tinh-doan-vien-phai-thay-duoc-loi-ich-tu-to-chuc-cong-doan-6c20b5a/',
     '2022-12-20', 'Đắk Lắk', CD04),
    ('cd05', 'http://baoquangngai.vn/channel/2025/201801/cong-doan-tinh-hoan-thanh-vuot-muc-nhieu-chi-tieu-nam-2017-2860412/',
     '2018-01-12', 'Quảng Ngãi', CD05),
]
