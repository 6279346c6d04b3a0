"""j01-j05: district table with total row, indicator x plan/result/% table, year columns,
interview, congress speech."""

HEAD = 'headline repeat of the body figure: takes its region and period (gold README 1)'
TROW = 'table row of a district / sector union: breakdown with scope; period from the table heading (gold README 6, 8)'

J01 = f"""
LĐLĐ tỉnh Thái Nguyên: Năm 2013 phát triển mới [[6.215|mn a y2013 n={HEAD}]] đoàn viên
Cập nhật: 16:45 | 20/12/2013

Chiều 18/12, Liên đoàn Lao động (LĐLĐ) tỉnh Thái Nguyên tổ chức Hội nghị Ban Chấp hành lần thứ 10 (khóa XI) tổng kết công tác công đoàn năm 2013, triển khai nhiệm vụ năm 2014. Dự hội nghị có 120 đại biểu là ủy viên Ban Chấp hành, chủ tịch các công đoàn cấp trên trực tiếp cơ sở.

Báo cáo tại hội nghị cho biết, năm 2013, dù nhiều doanh nghiệp gặp khó khăn trong sản xuất, kinh doanh, các cấp công đoàn trong tỉnh đã tập trung chỉ đạo công tác phát triển đoàn viên, thành lập công đoàn cơ sở (CĐCS), nhất là tại các doanh nghiệp ngoài nhà nước và doanh nghiệp có vốn đầu tư nước ngoài. Kết quả, cả năm đã kết nạp [[6.215|mn a y2013]] đoàn viên, đạt [[112,6%|mn p y2013 n=đạt N% kế hoạch -> attainment of members_new (gold README 4)]] kế hoạch; thành lập mới [[58|un a y2013]] CĐCS, vượt [[16%|un p y2013 v=116 n=vượt 16% chỉ tiêu is 116% of the target, bound exact (records.md status; gold README 3)]] chỉ tiêu được giao. Những địa phương có nhiều khu, cụm công nghiệp như thị xã Sông Công, huyện Phổ Yên tiếp tục dẫn đầu toàn tỉnh.

Kết quả phát triển đoàn viên, thành lập CĐCS năm 2013 theo đơn vị:

| STT | Đơn vị | Kết nạp đoàn viên | Thành lập CĐCS |
|---|---|---|---|
| 1 | LĐLĐ TP. Thái Nguyên | [[2.076|mn a y2013 s=TP. Thái Nguyên n={TROW}; STT numbers are not records (gold README 11)]] | [[19|un a y2013 s=TP. Thái Nguyên n={TROW}]] |
| 2 | LĐLĐ thị xã Sông Công | [[1.325|mn a y2013 s=thị xã Sông Công n={TROW}]] | [[13|un a y2013 s=thị xã Sông Công n={TROW}]] |
| 3 | LĐLĐ huyện Phổ Yên | [[1.600|mn a y2013 s=huyện Phổ Yên n={TROW}]] | [[14|un a y2013 s=huyện Phổ Yên n={TROW}]] |
| 4 | Công đoàn các KCN Thái Nguyên | [[1.214|mn a y2013 s=Công đoàn các KCN Thái Nguyên n={TROW}; an industrial-zone union gives its province (records.md regions)]] | [[12|un a y2013 s=Công đoàn các KCN Thái Nguyên n={TROW}]] |
| | Tổng cộng | [[6.215|mn a y2013 n=table total row: a mention of its own of the province total, scope null (gold README 1)]] | [[58|un a y2013 n=table total row: a mention of its own of the province total, scope null (gold README 1)]] |

So với năm 2012, số đoàn viên kết nạp mới tăng 9,4%, số CĐCS thành lập mới tăng 7 đơn vị. Tuy nhiên, báo cáo cũng chỉ ra việc phát triển đoàn viên ở các doanh nghiệp nhỏ, doanh nghiệp tư nhân còn chậm; tình trạng "có đoàn viên nhưng không có công đoàn" ở một số nơi vẫn còn; một số CĐCS sau khi thành lập hoạt động cầm chừng, chưa thu hút được người lao động.

Năm 2014, LĐLĐ tỉnh xác định tiếp tục lấy phát triển đoàn viên là nhiệm vụ trọng tâm, tập trung vào các doanh nghiệp có từ 20 lao động trở lên chưa có tổ chức công đoàn, nhất là doanh nghiệp trong các khu công nghiệp Yên Bình, Sông Công, Điềm Thụy. Dịp này, Ban Thường vụ LĐLĐ tỉnh tặng Bằng khen cho 26 tập thể và 41 cá nhân có thành tích xuất sắc trong năm 2013.
"""

J02 = """
Hải Phòng: Nhiều chỉ tiêu công đoàn đạt trên 50% kế hoạch sau 6 tháng
15/07/2016 08:30

Ngày 13/7, LĐLĐ thành phố Hải Phòng tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016.

Theo báo cáo, 6 tháng đầu năm 2016, các cấp công đoàn thành phố đã bám sát chương trình công tác năm, tập trung thực hiện các chỉ tiêu do Nghị quyết Đại hội Công đoàn thành phố lần thứ XIV đề ra. Số đoàn viên kết nạp mới tăng 8,5% so với cùng kỳ năm 2015, chủ yếu tại các doanh nghiệp trong các KCN Nomura, Tràng Duệ và Khu kinh tế Đình Vũ – Cát Hải.

Kết quả thực hiện một số chỉ tiêu chủ yếu 6 tháng đầu năm 2016:

Chỉ tiêu\tKế hoạch năm 2016\tThực hiện 6 tháng\tTỷ lệ so KH (%)
Kết nạp đoàn viên mới\t[[12.000|mn t y2016 n=column Kế hoạch năm 2016: target for the whole year (gold README 4, 8)]]\t[[7.436|mn a h1-2016 n=column Thực hiện 6 tháng under the heading 6 tháng đầu năm 2016 (gold README 8)]]\t[[62,0|mn p h1-2016 n=column Tỷ lệ so KH (%): attainment of the row's indicator, dated to the reporting half-year; the cell has no % sign, the header gives the unit (records.md status)]]
Thành lập CĐCS mới\t[[90|un t y2016 n=column Kế hoạch năm 2016: target for the whole year (gold README 4, 8)]]\t[[51|un a h1-2016]]\t[[56,7|un p h1-2016 n=column Tỷ lệ so KH (%): attainment, reporting half-year (records.md status)]]
Doanh nghiệp ký thỏa ước lao động tập thể\t[[120|ca t y2016 n=column Kế hoạch năm 2016: target for the whole year (gold README 4, 8)]]\t[[68|ca a h1-2016]]\t[[56,7|ca p h1-2016 n=column Tỷ lệ so KH (%): attainment, reporting half-year (records.md status)]]
Doanh nghiệp tổ chức hội nghị người lao động\t[[450|wkc t y2016 n=column Kế hoạch năm 2016: target for the whole year (gold README 4, 8)]]\t[[312|wkc a h1-2016]]\t[[69,3|wkc p h1-2016 n=column Tỷ lệ so KH (%): attainment, reporting half-year (records.md status)]]

Cũng trong 6 tháng, Văn phòng Tư vấn pháp luật Công đoàn thành phố đã tư vấn trực tiếp và qua điện thoại cho [[1.126|lc a h1-2016]] lượt người lao động, chủ yếu về tiền lương, bảo hiểm xã hội, chế độ thai sản; cử luật sư tham gia bảo vệ quyền lợi cho người lao động trong 7 vụ án lao động tại tòa án các cấp. Các cấp công đoàn đã tham gia giải quyết kịp thời các vụ tranh chấp lao động, không để xảy ra điểm nóng.

Tuy nhiên, hội nghị cũng thẳng thắn chỉ ra một số hạn chế: việc thành lập CĐCS tại doanh nghiệp ngoài nhà nước còn chậm; chất lượng thỏa ước lao động tập thể chưa cao, nhiều bản còn sao chép quy định của pháp luật; một số doanh nghiệp chưa đóng kinh phí công đoàn đầy đủ.

Phát biểu kết luận hội nghị, ông Đỗ Mạnh Cường, Chủ tịch LĐLĐ thành phố đề nghị các cấp công đoàn khẩn trương khắc phục hạn chế, phấn đấu kết nạp ít nhất [[4.600|mn t h2-2016 b=o n=ít nhất -> over; a target for the second half (gold README 4, 5)]] đoàn viên trong 6 tháng cuối năm để hoàn thành vượt mức chỉ tiêu cả năm.
"""

J03 = """
Quảng Ninh: Tết Kỷ Hợi, công đoàn dự kiến chăm lo cho hơn [[52.000|ben t y2019 b=o n=headline repeat of the planned figure of the lead: target of Tết Kỷ Hợi 2019 (gold README 1, 4)]] lượt đoàn viên, người lao động
Thứ Ba, 15/01/2019 - 10:12

Với phương châm "Tết sum vầy – Xuân chia sẻ", Tết Nguyên đán Kỷ Hợi 2019, các cấp công đoàn tỉnh Quảng Ninh dự kiến thăm hỏi, tặng quà cho hơn [[52.000|ben t y2019 b=o n=dự kiến: planned activity -> target; Tết Kỷ Hợi 2019 -> year 2019 (gold README 4)]] lượt đoàn viên, người lao động với tổng kinh phí khoảng [[38 tỷ|sf t y2019 b=a n=dự kiến: planned -> target; khoảng -> about (gold README 4, 5)]] đồng, mức cao nhất từ trước đến nay.

Theo số liệu của LĐLĐ tỉnh, kết quả chăm lo Tết của công đoàn Quảng Ninh trong 3 năm gần đây như sau:

| Nội dung | Tết Đinh Dậu 2017 | Tết Mậu Tuất 2018 | Tết Kỷ Hợi 2019 (kế hoạch) |
|---|---|---|---|
| Lượt đoàn viên, NLĐ được thăm, tặng quà | [[41.250|ben a y2017 n=year column Tết Đinh Dậu 2017: actual of that year (column heading sets the period)]] | [[46.830|ben a y2018 n=year column Tết Mậu Tuất 2018: actual of that year]] | [[52.000|ben t y2019 n=column marked (kế hoạch): target (gold README 4)]] |
| Tổng kinh phí (tỷ đồng) | [[28,6|sf a y2017 v=28600000000 n=multiplier tỷ đồng from the row label; value resolved (gold README 3)]] | [[33,4|sf a y2018 v=33400000000 n=multiplier tỷ đồng from the row label]] | [[38,0|sf t y2019 v=38000000000 n=multiplier tỷ đồng from the row label; column (kế hoạch) -> target]] |

Ông Nguyễn Văn Hùng, Phó Chủ tịch LĐLĐ tỉnh Quảng Ninh cho biết, số lượt đoàn viên được chăm lo dịp Tết Mậu Tuất 2018 đã tăng 13,5% so với Tết Đinh Dậu 2017. "Năm nay, chúng tôi ưu tiên công nhân ngành Than, công nhân có hoàn cảnh đặc biệt khó khăn, công nhân ở lại làm việc trong những ngày Tết và đoàn viên bị tai nạn lao động, bệnh nghề nghiệp", ông Hùng nói.

Theo kế hoạch, LĐLĐ tỉnh sẽ trực tiếp trao [[2.500|ben t y2019 s=LĐLĐ tỉnh trực tiếp trao n=gift packages count as beneficiaries; sẽ -> planned -> target; part of the province total (gold README 4, 6, 9)]] suất quà, mỗi suất trị giá 1 triệu đồng gồm tiền mặt và hiện vật. Chương trình "Chuyến xe mùa xuân" năm nay dự kiến bố trí 15 chuyến xe đưa khoảng [[600|ben t y2019 b=a n=free rides home count as beneficiaries (support); the buses are not records (gold README 9, 11)]] công nhân quê ở Thanh Hóa, Nghệ An, Hà Tĩnh về quê đón Tết. Ngoài ra, "Chợ Tết Công đoàn" sẽ được tổ chức tại TP. Hạ Long và TP. Cẩm Phả với 3.000 phiếu mua hàng trị giá 300.000 đồng/phiếu dành cho công nhân.

Để bảo đảm nguồn lực, LĐLĐ tỉnh đã đề nghị chuyên môn các doanh nghiệp trích quỹ phúc lợi, đồng thời vận động các nhà hảo tâm chung tay cùng tổ chức công đoàn. Các hoạt động thăm, tặng quà sẽ được triển khai trước ngày 31/1/2019 (tức ngày 26 tháng Chạp).
"""

J04 = """
Chủ tịch LĐLĐ thành phố Hà Nội: "Tháng Công nhân năm nay hướng về đoàn viên khó khăn"
28/04/2021 06:00

Nhân dịp Tháng Công nhân năm 2021, phóng viên có cuộc trao đổi với ông Lê Đức Minh, Chủ tịch LĐLĐ thành phố Hà Nội, về kết quả hoạt động của công đoàn Thủ đô thời gian qua.

- PV: Thưa ông, năm 2020 là năm đầy khó khăn do dịch Covid-19. Công đoàn Thủ đô đã làm được những gì để chăm lo cho đoàn viên?

- Ông Lê Đức Minh: Năm 2020, các cấp công đoàn Thủ đô đã hỗ trợ cho hơn [[295.000|ben a y2020 b=o n=figure quoted by the chairperson in an interview answer: năm 2020 in the answer sets the period, region of his LĐLĐ (records.md periods, regions)]] lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với tổng kinh phí trên [[122 tỷ|sf a y2020 b=o]] đồng. Dù nhiều doanh nghiệp phải thu hẹp sản xuất, chúng tôi vẫn kết nạp được [[68.412|mn a y2020]] đoàn viên, thành lập [[512|un a y2020]] CĐCS, đạt [[114%|mn p y2020 n=đạt N% kế hoạch về phát triển đoàn viên -> attainment of members_new (gold README 4)]] kế hoạch về phát triển đoàn viên. Hiện công đoàn Thủ đô có gần [[1,1 triệu|mt a pub b=u n=Hiện ... có: stock dated at publication; gần -> under (gold README 5, 7)]] đoàn viên.

- PV: Còn từ đầu năm đến nay thì sao, thưa ông?

- Ông Lê Đức Minh: Từ đầu năm 2021 đến nay, các cấp công đoàn thành phố đã kết nạp [[14.265|mn a 2021-01-01..pub n=từ đầu năm 2021 đến nay -> 1 January to publication (records.md periods)]] đoàn viên. Văn phòng Tư vấn pháp luật của LĐLĐ thành phố đã tư vấn trực tiếp và qua đường dây nóng 024.3942.1468 cho [[2.318|lc a 2021-01-01..pub n=phone number is not a record (gold README 11)]] lượt đoàn viên, người lao động. Các bài viết, video tuyên truyền về pháp luật lao động, phòng chống dịch trên trang thông tin và mạng xã hội của công đoàn đã tiếp cận hơn [[1,2 triệu|te a 2021-01-01..pub b=o n=persons reached by dissemination count as trainees (indicators.tsv); 1,2 triệu resolved (gold README 3)]] lượt đoàn viên.

- PV: Tháng Công nhân năm nay có điểm gì mới, thưa ông?

- Ông Lê Đức Minh: Tháng Công nhân năm 2021 có chủ đề "Đoàn kết, đổi mới, sáng tạo vì việc làm bền vững và cuộc sống tốt hơn của đoàn viên, người lao động". Dự kiến có khoảng [[4.000|wmu t mo2021-05 b=a n=dự kiến -> target; Tháng Công nhân năm 2021 -> May 2021 (records.md periods; gold README 4)]] CĐCS tổ chức các hoạt động hưởng ứng. LĐLĐ thành phố sẽ thăm, tặng quà cho [[15.000|ben t mo2021-05 n=sẽ: planned activity of the Month -> target, May 2021 (gold README 4, 8)]] đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất 500.000 đồng; đồng thời tổ chức đối thoại, lắng nghe tâm tư của công nhân tại các khu công nghiệp, khu chế xuất. Chúng tôi muốn mỗi hoạt động đều thiết thực, hướng về những người đang khó khăn nhất.

- PV: Xin cảm ơn ông!
"""

J05 = """
Khai mạc Đại hội Công đoàn tỉnh Nam Định lần thứ XX, nhiệm kỳ 2018-2023
03/08/2018

Sáng 2/8, tại Trung tâm Văn hóa tỉnh, Đại hội Công đoàn tỉnh Nam Định lần thứ XX, nhiệm kỳ 2018-2023 khai mạc trọng thể. Dự đại hội có 280 đại biểu chính thức, đại diện cho hơn [[118.000|mt a pub b=o n=the members the delegates represent: a stock of members dated at publication; the 280 delegates are not records (gold README 7, 11)]] đoàn viên công đoàn trong tỉnh.

Phát biểu khai mạc, bà Trần Thị Thu Hà, Chủ tịch LĐLĐ tỉnh khẳng định, nhiệm kỳ 2013-2018, trong bối cảnh còn nhiều khó khăn, các cấp công đoàn tỉnh đã nỗ lực vượt bậc, hoàn thành và hoàn thành vượt mức hầu hết các chỉ tiêu Nghị quyết Đại hội lần thứ XIX đề ra.

Theo báo cáo chính trị trình đại hội, trong nhiệm kỳ qua, các cấp công đoàn đã kết nạp [[41.260|mn a t2013-2018 n=nhiệm kỳ qua -> the term 2013-2018 named earlier (records.md periods)]] đoàn viên, đạt [[137,5%|mn p t2013-2018]] chỉ tiêu Đại hội; thành lập mới [[286|un a t2013-2018]] CĐCS, vượt [[43%|un p t2013-2018 v=143 n=vượt 43% chỉ tiêu -> 143 (records.md status)]] chỉ tiêu. Công tác đại diện, bảo vệ quyền lợi hợp pháp của người lao động có nhiều chuyển biến, chất lượng thương lượng, ký kết thỏa ước lao động tập thể từng bước được nâng lên. Các cấp công đoàn đã giới thiệu [[3.124|pr a t2013-2018]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[1.987|pa a t2013-2018 n=trong đó ... đã được kết nạp: a different indicator (party_admitted), not a scoped breakdown]] đồng chí đã được kết nạp vào Đảng. Chương trình "Mái ấm Công đoàn" đã hỗ trợ xây mới, sửa chữa [[412|sh a t2013-2018]] nhà với tổng kinh phí [[14 tỷ 700 triệu|shf a t2013-2018 v=14700000000 n=mixed form 14 tỷ 700 triệu resolved (gold README 3)]] đồng, mỗi nhà được hỗ trợ từ 30 đến 50 triệu đồng.

Đại hội thống nhất đề ra 10 chỉ tiêu chủ yếu cho nhiệm kỳ 2018-2023, trong đó:
1. Phấn đấu kết nạp [[40.000|mn t t2018-2023 n=numbered list under the term heading: target of the term 2018-2023 (gold README 8)]] đoàn viên mới; thành lập ít nhất [[250|un t t2018-2023 b=o n=ít nhất -> over (gold README 5)]] CĐCS.
2. Hằng năm có trên 85% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.
3. Giới thiệu [[3.000|pr t t2018-2023]] đoàn viên ưu tú cho Đảng xem xét kết nạp.
4. 100% CĐCS được kiểm tra tài chính ít nhất một lần trong nhiệm kỳ.

Năm 2018 cũng là năm kỷ niệm 90 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2018). Trong phiên làm việc thứ nhất, đại hội đã nghe tham luận của 9 đơn vị và biểu quyết thông qua số lượng 39 ủy viên Ban Chấp hành khóa mới.
"""

ARTS = [
    ('j01', 'https://congdoanthainguyen.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-cong-doan-nam-2013', '2013-12-20', 'Thái Nguyên', J01),
    ('j02', 'https://baohaiphong.com.vn/ldld-thanh-pho-so-ket-cong-tac-6-thang-dau-nam-2016', '2016-07-15', 'Hải Phòng', J02),
    ('j03', 'https://baoquangninh.vn/cong-doan-quang-ninh-cham-lo-tet-ky-hoi-2019', '2019-01-15', 'Quảng Ninh', J03),
    ('j04', 'https://laodongthudo.vn/chu-tich-ldld-thanh-pho-ha-noi-thang-cong-nhan-nam-nay', '2021-04-28', 'Hà Nội', J04),
    ('j05', 'https://namdinh.gov.vn/khai-mac-dai-hoi-cong-doan-tinh-lan-thu-xx', '2018-08-03', 'Nam Định', J05),
]
