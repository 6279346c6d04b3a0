"""challenge61 articles cn01-cn05."""
N7 = 'n=rule 7: agreements in force are the stock of their signings, dated at publication'

ARTS = [
('cn01', 'http://baobacninh.com.vn/news/-/details/20182/cong-doan-cac-kcn-126-doanh-nghiep-to-chuc-doi-thoai-dinh-ky', '2019-07-18', 'Bắc Ninh', """Công đoàn các KCN: [[126|wd a h1-2019 s=Công đoàn các KCN]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc

Thứ Năm, 18/07/2019 | 08:15

(BBN) - Sáu tháng đầu năm 2019, Công đoàn các khu công nghiệp (KCN) tỉnh Bắc Ninh đã hướng dẫn, phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ tại nơi làm việc ở [[126|wd a h1-2019 s=Công đoàn các KCN]] doanh nghiệp và tổ chức hội nghị người lao động tại [[148|wkc a h1-2019 s=Công đoàn các KCN]] doanh nghiệp.

Hiện Công đoàn các KCN tỉnh quản lý [[402|ut a pub s=Công đoàn các KCN]] CĐCS với hơn [[205.000|mt a pub b=o s=Công đoàn các KCN]] đoàn viên, phần lớn làm việc trong các doanh nghiệp có vốn đầu tư nước ngoài. Thông qua đối thoại, nhiều kiến nghị chính đáng của người lao động (NLĐ) được giải quyết ngay như bổ sung phụ cấp đi lại, hỗ trợ tiền nhà trọ, tăng thời gian nghỉ giữa ca. Tiền lương bình quân của công nhân trong các KCN hiện đạt khoảng 6,8 triệu đồng/người/tháng, cao hơn nhiều so với mức lương tối thiểu vùng I (4.180.000 đồng/tháng) áp dụng từ ngày 1/1/2019.

Công tác thương lượng, ký kết thỏa ước lao động tập thể (TƯLĐTT) có chuyển biến rõ nét. Trong 6 tháng, các CĐCS đã ký mới [[37|ca a h1-2019 s=Công đoàn các KCN]] bản TƯLĐTT, nâng tổng số TƯLĐTT còn hiệu lực lên [[318|ca a pub s=Công đoàn các KCN """ + N7 + """]] bản, chiếm 79% số doanh nghiệp đã có tổ chức công đoàn. Nhiều bản thỏa ước có nội dung có lợi hơn cho NLĐ so với quy định của pháp luật như thưởng tháng lương thứ 13, hỗ trợ 300.000 đồng/tháng tiền nhà trọ cho công nhân ở xa.

Đáng chú ý, qua thương lượng, [[52|meal a h1-2019 s=Công đoàn các KCN]] doanh nghiệp đã nâng giá trị bữa ăn ca, từ mức 15.000 - 18.000 đồng lên 20.000 - 25.000 đồng/suất; một số doanh nghiệp lớn nâng lên 30.000 đồng/suất.

Bộ phận tư vấn pháp luật của Công đoàn các KCN đã tư vấn trực tiếp và qua điện thoại cho [[2.340|lc a h1-2019 s=Công đoàn các KCN]] lượt công nhân, chủ yếu về tiền lương, bảo hiểm xã hội, chấm dứt hợp đồng lao động; phối hợp tham gia [[14|sv a h1-2019 s=Công đoàn các KCN]] cuộc kiểm tra liên ngành về pháp luật lao động và an toàn, vệ sinh lao động, qua đó chỉ ra 27 lỗi vi phạm, chủ yếu là chậm đóng BHXH và chưa huấn luyện ATVSLĐ định kỳ. Trong 6 tháng, trên địa bàn các KCN xảy ra 3 cuộc ngừng việc tập thể với khoảng 1.200 công nhân tham gia, đều được giải quyết ổn định trong ngày.

Sáu tháng cuối năm, Công đoàn các KCN phấn đấu ký mới thêm [[40|ca t h2-2019 s=Công đoàn các KCN]] bản TƯLĐTT, vận động ít nhất [[30|meal t h2-2019 b=o s=Công đoàn các KCN n=rule 5: ít nhất before the number is an over bound]] doanh nghiệp nâng giá trị bữa ăn ca và mở [[6|tr t h2-2019 s=Công đoàn các KCN]] lớp tập huấn kỹ năng thương lượng cho cán bộ CĐCS.

Ngọc Mai

Lượt xem: 1.146

Tin liên quan
- Canon Việt Nam tặng 500 suất quà cho công nhân khó khăn
- Khánh thành nhà ở xã hội cho 1.000 công nhân KCN Quế Võ
"""),

('cn02', 'http://baolaichau.vn/xa-hoi/tren-1500-luot-doan-vien-duoc-tu-van-phap-luat-412556', '2018-12-20', 'Lai Châu', """Công đoàn Lai Châu: Trên [[1.500|lc a 2015-01-01..2018-12-20 b=o n=rule 1: headline repeat of the body's cumulative figure takes its period (từ năm 2015 đến nay)]] lượt đoàn viên được tư vấn pháp luật

Cập nhật lúc: 09:32, Thứ Năm, 20/12/2018

(BLC) - Năm 2018, Liên đoàn Lao động (LĐLĐ) tỉnh Lai Châu tiếp tục duy trì hoạt động của Văn phòng tư vấn pháp luật công đoàn, trực tiếp tư vấn cho [[356|lc a y2018]] lượt đoàn viên, người lao động, trong đó [[74|lc a y2018 s=tư vấn qua điện thoại]] lượt tư vấn qua điện thoại.

Nội dung tư vấn tập trung vào hợp đồng lao động, chế độ ốm đau, thai sản, bảo hiểm xã hội và quyền lợi khi nghỉ việc. Văn phòng cũng cử cán bộ tham gia hòa giải 5 vụ tranh chấp lao động cá nhân, giúp người lao động nhận được tiền lương, trợ cấp thôi việc với tổng số tiền hơn 215 triệu đồng. Trên địa bàn tỉnh vẫn còn nhiều doanh nghiệp xây dựng, thủy điện trả lương cho lao động phổ thông chỉ xấp xỉ mức lương tối thiểu vùng IV (2.760.000 đồng/tháng).

Cùng với tư vấn, các cấp công đoàn đã tổ chức [[42|tr a y2018 n=indicators: dissemination conferences count as trainings, their audience as trainees]] hội nghị tuyên truyền, phổ biến pháp luật cho hơn [[6.800|te a y2018 b=o]] lượt đoàn viên, người lao động; phối hợp với Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh tham gia [[11|sv a y2018]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại 58 doanh nghiệp, đơn vị. Qua kiểm tra, có 21 doanh nghiệp nợ BHXH với tổng số tiền trên 4,6 tỷ đồng; đoàn đã kiến nghị các đơn vị xây dựng lộ trình trả nợ.

LĐLĐ tỉnh còn mở [[8|tr a y2018]] lớp tập huấn nghiệp vụ cho [[620|te a y2018]] cán bộ công đoàn cơ sở, trong đó có chuyên đề kỹ năng hướng dẫn NLĐ giải quyết tranh chấp.

Từ năm 2015 đến nay, Văn phòng tư vấn pháp luật LĐLĐ tỉnh đã tư vấn cho trên [[1.500|lc a 2015-01-01..2018-12-20 b=o]] lượt đoàn viên, người lao động, góp phần giảm các vụ khiếu nại vượt cấp. Năm 2019, LĐLĐ tỉnh đặt mục tiêu tư vấn pháp luật cho ít nhất [[400|lc t y2019 b=o]] lượt đoàn viên, người lao động và mở rộng tư vấn lưu động tới các công trường ở huyện Mường Tè, Nậm Nhùn.

Thanh Hương
"""),

('cn03', 'http://baothanhhoa.vn/xa-hoi/nang-chat-luong-bua-an-ca-cho-cong-nhan-lao-dong/40516.htm', '2014-03-12', 'Thanh Hóa', """Nâng chất lượng bữa ăn ca cho công nhân lao động

Cập nhật: 08:20 AM, 12/03/2014

Năm 2013, LĐLĐ tỉnh Thanh Hóa đã chỉ đạo các công đoàn cơ sở thương lượng với người sử dụng lao động, vận động [[64|meal a y2013]] doanh nghiệp nâng giá trị bữa ăn giữa ca. Mức phổ biến hiện nay từ 10.000 đến 15.000 đồng/suất, tăng 2.000 - 3.000 đồng so với năm 2012; tuy vậy, vẫn còn không ít doanh nghiệp may mặc, giày da tổ chức bữa ăn chỉ 8.000 - 9.000 đồng/suất.

Bữa ăn thiếu chất không chỉ ảnh hưởng đến sức khỏe mà còn tiềm ẩn nguy cơ mất an toàn thực phẩm. Trong năm 2013, trên địa bàn tỉnh xảy ra 2 vụ ngộ độc thực phẩm tại bếp ăn tập thể doanh nghiệp, khiến 146 công nhân phải đi cấp cứu. LĐLĐ tỉnh đã phối hợp với Sở Y tế tổ chức [[35|sv a y2013]] cuộc kiểm tra vệ sinh an toàn thực phẩm tại bếp ăn tập thể, nhắc nhở 12 đơn vị chưa bảo đảm điều kiện bếp ăn.

Cũng trong năm, các CĐCS đã thương lượng, ký kết [[96|ca a y2013]] bản thỏa ước lao động tập thể, trong đó [[28|ca a y2013 s=có điều khoản về bữa ăn ca n=rule 6: a breakdown of the agreements signed, with scope]] bản có điều khoản cụ thể về chế độ bữa ăn ca. Toàn tỉnh hiện có [[612|ca a pub """ + N7 + """]] bản thỏa ước còn hiệu lực. LĐLĐ tỉnh tổ chức [[4|tr a y2013]] lớp tập huấn kỹ năng thương lượng tập thể cho [[280|te a y2013]] cán bộ CĐCS.

Theo khảo sát của LĐLĐ tỉnh, tiền lương bình quân của người lao động trong doanh nghiệp ngoài nhà nước năm 2013 khoảng 3,2 triệu đồng/tháng, nên nhiều công nhân rất quan tâm đến bữa ăn tại doanh nghiệp. "Có nơi bữa ăn 10.000 đồng nhưng đủ chất vì doanh nghiệp trực tiếp tổ chức bếp ăn, công đoàn được giám sát thực đơn hằng ngày", một cán bộ Ban Chính sách - Pháp luật LĐLĐ tỉnh cho biết.

Năm 2014, LĐLĐ tỉnh đặt chỉ tiêu vận động [[80|meal t y2014]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca, phấn đấu ký mới [[110|ca t y2014]] bản thỏa ước lao động tập thể, đồng thời đề nghị đưa tiêu chí bữa ăn ca vào bình xét doanh nghiệp vì người lao động.

Minh Hằng
"""),

('cn04', 'https://congdoantravinh.com.vn/tin-tuc/ubkt-cong-doan-tinh-kiem-tra-tai-chinh-26-don-vi-trong-nam-2021', None, 'Trà Vinh', """UBKT Công đoàn tỉnh kiểm tra tài chính [[26|fi a y2021 n=rule 1: headline repeat takes the body's period]] đơn vị trong năm 2021

Năm 2021, mặc dù chịu ảnh hưởng của dịch COVID-19, Ủy ban Kiểm tra (UBKT) Liên đoàn Lao động tỉnh Trà Vinh đã tham mưu Ban Thường vụ LĐLĐ tỉnh kiểm tra tài chính đồng cấp [[1|fi a y2021]] cuộc; trực tiếp kiểm tra tài chính [[26|fi a y2021]] công đoàn cơ sở và công đoàn cấp trên trực tiếp cơ sở.

UBKT công đoàn cấp trên trực tiếp cơ sở kiểm tra tài chính [[112|fi a y2021 s=UBKT công đoàn cấp trên trực tiếp cơ sở]] CĐCS; UBKT công đoàn cơ sở kiểm tra tài chính đồng cấp tại [[284|fi a y2021 s=UBKT công đoàn cơ sở]] đơn vị, bằng 95,6% số CĐCS có UBKT. Qua kiểm tra, đã phát hiện 9 đơn vị thu kinh phí, đoàn phí công đoàn chưa đầy đủ; kiến nghị truy thu, nộp về công đoàn cấp trên hơn 38 triệu đồng và chấn chỉnh việc chi sai nguyên tắc ở 4 đơn vị.

Ngoài kiểm tra tài chính, UBKT LĐLĐ tỉnh kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại [[14|sv a y2021 n=indicators: supervisions counts inspections held; a charter-compliance inspection that is not financial goes here]] CĐCS, tổ chức [[9|sv a y2021]] cuộc giám sát việc thực hiện nghị quyết, quy chế hoạt động; tiếp nhận và giải quyết 2 đơn khiếu nại của đoàn viên đúng thời hạn.

Nhằm nâng cao năng lực cho đội ngũ làm công tác kiểm tra, UBKT LĐLĐ tỉnh phối hợp tổ chức [[1|tr a y2021]] lớp tập huấn nghiệp vụ cho [[95|te a y2021]] ủy viên UBKT công đoàn các cấp. Hiện toàn tỉnh có 297 UBKT công đoàn cơ sở với 890 ủy viên.

Năm 2022, UBKT LĐLĐ tỉnh xây dựng kế hoạch kiểm tra tài chính [[30|fi t y2022]] đơn vị, tập trung vào các CĐCS khu vực doanh nghiệp và các đơn vị có nguồn thu lớn.

Ngọc Trân

Lượt xem: 512
"""),

('cn05', 'https://baodanang.vn/xa-hoi/201610/phat-huy-vai-tro-ban-nu-cong-cong-doan-2519034/', '2016-10-19', 'Đà Nẵng', """Phát huy vai trò Ban nữ công công đoàn

Thứ Tư, 19/10/2016, 07:45 (GMT+7)

Nhân kỷ niệm 86 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2016), LĐLĐ thành phố Đà Nẵng đánh giá hoạt động nữ công 9 tháng đầu năm 2016.

Theo đó, 9 tháng đầu năm 2016, các cấp công đoàn thành phố đã thành lập mới [[38|wc a f9-2016]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước, nơi có đông lao động nữ. Toàn thành phố hiện có hơn [[78.000|mt a pub b=o s=nữ đoàn viên n=rule 6: female members, a breakdown of the member stock]] nữ đoàn viên, chiếm 47,5% tổng số đoàn viên công đoàn.

Ban Nữ công LĐLĐ thành phố phối hợp tổ chức [[12|tr a f9-2016]] lớp tập huấn kiến thức về giới, kỹ năng hoạt động nữ công cho [[960|te a f9-2016]] cán bộ nữ công cơ sở; tư vấn pháp luật về chế độ thai sản, nghỉ dưỡng sức, hợp đồng lao động cho [[540|lc a f9-2016]] lượt lao động nữ. Các cấp công đoàn cũng tổ chức [[17|sv a f9-2016]] cuộc giám sát việc thực hiện chính sách đối với lao động nữ tại doanh nghiệp. Qua giám sát, có 3 doanh nghiệp chưa bố trí phòng vắt, trữ sữa và 5 doanh nghiệp chưa tổ chức khám phụ khoa định kỳ cho lao động nữ.

Để chăm lo cho nữ đoàn viên khó khăn về nhà ở, LĐLĐ thành phố đã bàn giao [[2|sh a f9-2016]] nhà "Mái ấm Công đoàn", mỗi nhà được hỗ trợ 40 triệu đồng. Trong tháng 10/2016, LĐLĐ thành phố thăm, tặng [[250|ben a mo2016-10]] suất quà cho nữ đoàn viên, lao động nữ có hoàn cảnh khó khăn, mỗi suất 500.000 đồng, tổng trị giá [[125 triệu|sf a mo2016-10]] đồng.

Quý IV/2016, Ban Nữ công LĐLĐ thành phố phấn đấu thành lập thêm [[15|wc t q4-2016]] Ban nữ công quần chúng, tiếp tục triển khai chương trình "Nhà trẻ cho con công nhân" tại Khu công nghiệp Hòa Khánh.

Hồng Vân
"""),
]
