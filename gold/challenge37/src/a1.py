"""aq01-aq05: crawled provincial news (new content)."""
HR = 'n=headline repeat of the body figure: takes its region and period (gold README 1)'
CAP = 'n=caption repeat of the body figure: takes its region and period (gold README 1)'


def SITE(site, prov):
    return ('n=region from the source site (%s): the reporting body is only called "tỉnh" '
            '(records.md Regions: else the source site\'s province) -> %s' % (site, prov))


ARTS = []

# aq01 -- baohanam-like: weekday dateline, site code, year report, awards, related list
ARTS.append(('aq01', 'https://baohanam.com.vn/xa-hoi/lao-dong-viec-lam/ldld-tinh-nam-2019-ket-nap-moi-hon-4100-doan-vien-41187.html', '2019-12-26', 'Hà Nam', """LĐLĐ tỉnh: Năm 2019 kết nạp mới hơn [[4.100|mn a y2019 b=o n=rounded headline repeat of 4.126 (gold README 1); region from the site baohanam.com.vn]] đoàn viên

Thứ Năm, 26/12/2019 | 15:08

(BHN) - Chiều 25/12, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 9 (khóa XVII) tổng kết hoạt động công đoàn năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Trần Thị Hòa, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.

Năm 2019, các cấp công đoàn trong tỉnh đã kết nạp mới [[4.126|mn a y2019 """ + SITE('baohanam.com.vn', 'Hà Nam') + """]] đoàn viên, đạt [[117,9%|mn p y2019]] kế hoạch; thành lập mới [[23|un a y2019]] công đoàn cơ sở (CĐCS), trong đó có [[21|un a y2019 s=khu vực ngoài nhà nước n=breakdown (trong đó) with a scope (gold README 6)]] CĐCS thuộc khu vực ngoài nhà nước. Hiện toàn tỉnh có [[1.048|ut a pub n=stock (Hiện) dated at publication (gold README 7)]] CĐCS với hơn [[68.500|mt a pub b=o]] đoàn viên.

Công tác chăm lo đời sống đoàn viên, người lao động (NLĐ) được quan tâm. Trong năm, các cấp công đoàn đã thăm hỏi, tặng quà cho [[12.340|ben a y2019 n=trong năm -> the year named before (2019)]] lượt đoàn viên, NLĐ với tổng kinh phí hơn [[5,2 tỷ|sf a y2019 b=o]] đồng; hỗ trợ xây mới, sửa chữa [[18|sh a y2019]] nhà "Mái ấm Công đoàn", mức hỗ trợ mỗi nhà từ 30 đến 50 triệu đồng. Có [[312|wkc a y2019]] doanh nghiệp tổ chức hội nghị người lao động, [[146|ca a y2019]] doanh nghiệp ký mới thỏa ước lao động tập thể.

Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp [[4.000|mn t y2020]] đoàn viên, thành lập mới [[20|un t y2020]] CĐCS; 100% CĐCS doanh nghiệp có từ 25 lao động trở lên tổ chức hội nghị NLĐ.

Phát biểu chỉ đạo hội nghị, đồng chí Phó Bí thư Tỉnh ủy đề nghị các cấp công đoàn trong tỉnh tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở; chủ động nắm bắt tâm tư, nguyện vọng của đoàn viên, người lao động ở các khu công nghiệp Đồng Văn, Châu Sơn, Thanh Liêm để kịp thời đề xuất giải quyết, không để xảy ra tranh chấp lao động tập thể, ngừng việc tập thể. Cùng với đó, công đoàn cần làm tốt công tác chuẩn bị đại hội công đoàn cơ sở tiến tới Đại hội Công đoàn tỉnh lần thứ XVIII, nhiệm kỳ 2023 - 2028, bảo đảm đúng tiến độ, chất lượng.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 14 tập thể và 26 cá nhân có thành tích xuất sắc trong hoạt động công đoàn năm 2019.

Lãnh đạo LĐLĐ tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc năm 2019.

Minh Thu

Tin liên quan
- Duy Tiên: 15 doanh nghiệp ký thỏa ước lao động tập thể (20/12/2019)
- Trao 200 suất quà cho công nhân KCN Đồng Văn II (18/12/2019)
- Kim Bảng tổ chức Hội thi "An toàn vệ sinh viên giỏi" năm 2019 (12/12/2019)
"""))

# aq02 -- nld.com.vn 2016: dd-mm-yyyy dateline, (NLĐO)-, - Ảnh 1. caption, Tết figures
ARTS.append(('aq02', 'https://nld.com.vn/cong-doan/dong-nai-cham-lo-tet-cho-hon-52000-cong-nhan-20160125214412873.htm', '2016-01-25', 'Đồng Nai', """Đồng Nai: Chăm lo Tết cho hơn [[52.000|ben t y2016 b=o n=headline repeat of the planned 52.000 (dự kiến -> target): takes its region and period (gold README 1, 4)]] công nhân

25-01-2016 - 21:14

(NLĐO)- Dịp Tết Bính Thân 2016, các cấp Công đoàn tỉnh Đồng Nai dự kiến chăm lo cho hơn [[52.000|ben t y2016 b=o n=dự kiến -> target (gold README 4); Tết Bính Thân 2016 -> year 2016]] lượt đoàn viên, công nhân lao động (CNLĐ) với tổng kinh phí khoảng [[31 tỉ|sf t y2016 b=a n=dự kiến covers both figures -> target; khoảng -> about]] đồng.

Ngày 25-1, ông Lê Văn Quang, Chủ tịch LĐLĐ tỉnh Đồng Nai, cho biết đến nay các cấp Công đoàn đã trao quà cho [[38.600|ben a y2016 n=Đến nay: actual, period from the nearest earlier period phrase (Tết Bính Thân 2016)]] lượt CNLĐ với số tiền gần [[22,5 tỉ|sf a y2016 b=u]] đồng. Mỗi suất quà trị giá từ 300.000 đến 500.000 đồng, gồm tiền mặt và nhu yếu phẩm. Riêng Công đoàn các KCN Đồng Nai đã chăm lo cho [[17.250|ben a y2016 s=Công đoàn các KCN n=breakdown of an industrial-zone union, region its province (records.md Regions, gold README 6)]] CNLĐ có hoàn cảnh khó khăn.

Đồng Nai: Chăm lo Tết cho hơn [[52.000|ben t y2016 b=o n=photo title repeat of the planned 52.000: a mention of its own, takes its region and period (gold README 1)]] công nhân - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Đồng Nai trao quà Tết cho công nhân Công ty TNHH Changshin Việt Nam

Bên cạnh đó, LĐLĐ tỉnh phối hợp với các doanh nghiệp tổ chức 45 chuyến xe miễn phí và tặng [[2.400|ben a y2016 n=bus tickets given to members count as beneficiaries (gold README 9); the 45 buses are not a record]] vé xe cho công nhân về quê đón Tết. Từ ngày 28-1 đến 5-2, các công đoàn cơ sở sẽ tiếp tục thăm hỏi công nhân ở lại nhà trọ trong dịp Tết.

Đợt này, LĐLĐ tỉnh cũng trao "Mái ấm Công đoàn" cho [[6|sh a y2016 n=members helped to build a Mái ấm Công đoàn house count as shelter_houses (gold README 9)]] đoàn viên ở huyện Trảng Bom và Nhơn Trạch, mỗi căn 40 triệu đồng.

Hà Anh Chiến
"""))

# aq03 -- undated baomoi copy of a provincial paper: meal upgrades, dialogues, agreements
ARTS.append(('aq03', 'https://baomoi.com/quang-ngai-46-doanh-nghiep-nang-chat-luong-bua-an-ca/c/22814637.epi', None, 'Quảng Ngãi', """Quảng Ngãi: [[46|meal a h1-2017 """ + HR + """]] doanh nghiệp nâng chất lượng bữa ăn ca

Báo Quảng Ngãi

Sau khi Tổng LĐLĐ Việt Nam triển khai chương trình nâng cao chất lượng bữa ăn ca cho người lao động, LĐLĐ tỉnh Quảng Ngãi đã chỉ đạo các CĐCS chủ động thương lượng với người sử dụng lao động.

Kết quả, trong 6 tháng đầu năm 2017, có [[46|meal a h1-2017 n=6 tháng đầu năm 2017 -> Jan-Jun 2017 (records.md Periods)]] doanh nghiệp đã điều chỉnh tăng giá trị bữa ăn ca lên từ 15.000 đồng/suất trở lên, trong đó Công đoàn KKT Dung Quất có [[21|meal a h1-2017 s=Công đoàn KKT Dung Quất n=breakdown of a zone union, region its province; 15.000 đồng is a threshold, not a record (records.md)]] doanh nghiệp. Các CĐCS đã phối hợp tổ chức đối thoại tại nơi làm việc ở [[128|wd a h1-2017]] doanh nghiệp; [[97/142|wkc a h1-2017 n=x/y -> x (records.md value)]] doanh nghiệp có tổ chức công đoàn đã tổ chức hội nghị người lao động (tỷ lệ 68%); ký mới [[35|ca a h1-2017]] bản thỏa ước lao động tập thể.

Tuy vậy, vẫn còn nhiều doanh nghiệp nhỏ tổ chức bữa ăn ca dưới 12.000 đồng/suất, chất lượng chưa bảo đảm. 6 tháng cuối năm 2017, LĐLĐ tỉnh phấn đấu vận động thêm [[30|meal t l6-2017 n=phấn đấu -> target (gold README 4); 6 tháng cuối năm 2017 -> Jul-Dec 2017]] doanh nghiệp nâng mức bữa ăn ca và ký mới [[20|ca t l6-2017]] bản thỏa ước.

Theo Báo Quảng Ngãi

Cùng chuyên mục
- Quảng Ngãi: Trao 120 suất quà cho công nhân khó khăn
- Bình Sơn: 3 doanh nghiệp được biểu dương về an toàn lao động
"""))

# aq04 -- baoquangninh-like: Tháng Công nhân 2021, related list with figures
ARTS.append(('aq04', 'https://www.baoquangninh.com.vn/hon-1-100-cong-doan-co-so-huong-ung-thang-cong-nhan-2021-2931604.html', '2021-05-28', 'Quảng Ninh', """Hơn [[1.100|wmu a mo2021-05 b=o n=rounded headline repeat of 1.126 (gold README 1)]] công đoàn cơ sở hưởng ứng Tháng Công nhân

Thứ Sáu, 28/05/2021 09:15

Tháng Công nhân năm 2021 được các cấp công đoàn tỉnh Quảng Ninh tổ chức trong điều kiện vừa phòng chống dịch Covid-19, vừa bảo đảm hoạt động sản xuất, kinh doanh.

Theo LĐLĐ tỉnh Quảng Ninh, trong Tháng Công nhân, toàn tỉnh có [[1.126|wmu a mo2021-05 n=Tháng Công nhân năm 2021 -> May 2021 (records.md Periods)]] CĐCS tổ chức các hoạt động hưởng ứng. Các cấp công đoàn đã thăm hỏi, tặng [[9.450|ben a mo2021-05 n=gift packages count as beneficiaries (gold README 9)]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn, bị ảnh hưởng bởi dịch bệnh với tổng trị giá hơn [[4,1 tỷ|sf a mo2021-05 b=o]] đồng.

Công tác đại diện, bảo vệ quyền lợi của NLĐ được chú trọng. Công đoàn đã phối hợp tổ chức đối thoại tại [[215|wd a mo2021-05]] doanh nghiệp; tư vấn pháp luật cho [[2.300|lc a mo2021-05]] lượt đoàn viên, NLĐ; phối hợp với ngành chức năng kiểm tra, giám sát việc thực hiện chế độ, chính sách và công tác an toàn vệ sinh lao động tại [[42|sv a mo2021-05]] doanh nghiệp.

Đặc biệt, Công đoàn Than - Khoáng sản Việt Nam đã trao [[350|ben a mo2021-05 n=national sector union acting in Quảng Ninh -> Quảng Ninh (records.md Regions)]] suất quà cho thợ lò ở các mỏ than Hạ Long, Cẩm Phả, mỗi suất 1 triệu đồng.

Lãnh đạo LĐLĐ tỉnh tặng quà công nhân Công ty Than Hà Lầm.

Thu Chung

Tin liên quan
- Trao 30 "Mái ấm Công đoàn" cho công nhân ngành Than
- Uông Bí: Hơn 2.000 công nhân được khám sức khỏe miễn phí
- 235 doanh nghiệp ký cam kết an toàn phòng dịch

Số lượt xem: 1.318
"""))

# aq05 -- laodong.vn interview (Q&A), H1 2023, year targets, Party, Mái ấm
ARTS.append(('aq05', 'https://laodong.vn/cong-doan/chu-tich-ldld-thanh-hoa-khong-chay-theo-so-luong-doan-vien-1222874.ldo', '2023-07-27', 'Thanh Hóa', """Chủ tịch LĐLĐ Thanh Hóa: Không chạy theo số lượng đoàn viên

27/07/2023 06:30

Công đoàn

Thanh Hóa - Sáu tháng đầu năm 2023, nhiều doanh nghiệp da giày, may mặc trên địa bàn tỉnh thiếu đơn hàng, cắt giảm lao động. Phóng viên Báo Lao Động đã có cuộc trao đổi với ông Lê Đình Hưng - Chủ tịch LĐLĐ tỉnh Thanh Hóa - xung quanh công tác phát triển đoàn viên.

Thưa ông, kết quả phát triển đoàn viên 6 tháng qua của Thanh Hóa ra sao?

- 6 tháng đầu năm 2023, các cấp công đoàn tỉnh Thanh Hóa kết nạp được [[5.312|mn a h1-2023]] đoàn viên, mới đạt [[53%|mn p h1-2023 n=part-way attainment of the year plan, dated to the reporting period (6 tháng đầu năm 2023)]] kế hoạch năm; thành lập mới [[31|un a h1-2023]] CĐCS. Cùng thời gian, số đoàn viên giảm [[2.140|ml a h1-2023]] người, chủ yếu do doanh nghiệp cắt giảm lao động, thu hẹp sản xuất. Chỉ tiêu năm 2023 Tổng LĐLĐ Việt Nam giao cho tỉnh là kết nạp [[10.000|mn t y2023]] đoàn viên và thành lập [[60|un t y2023]] CĐCS, đây là con số không nhỏ.

Ông có thể nói rõ hơn về cách làm của Thanh Hóa?

- Chúng tôi xác định không chạy theo số lượng. Hiện trên địa bàn tỉnh còn hơn 3.000 doanh nghiệp có từ 10 lao động trở lên chưa thành lập công đoàn; LĐLĐ tỉnh chọn những nơi có điều kiện, cử cán bộ xuống tận khu trọ gặp gỡ công nhân. Song song, công đoàn phải chăm lo thiết thực: trong 6 tháng, chúng tôi đã hỗ trợ xây mới [[9|sh a h1-2023 n=trong 6 tháng -> the H1 2023 named before]] nhà "Mái ấm Công đoàn", mỗi căn 50 triệu đồng.

Còn công tác xây dựng Đảng trong doanh nghiệp thì sao, thưa ông?

- Các cấp công đoàn đã giới thiệu [[412|pr a h1-2023]] đoàn viên ưu tú cho Đảng xem xét kết nạp; [[187|pa a h1-2023]] đồng chí đã được kết nạp vào Đảng, trong đó có [[64|pa a h1-2023 s=công nhân trực tiếp sản xuất n=breakdown with a scope (gold README 6)]] công nhân trực tiếp sản xuất.

Người lao động ở nhiều doanh nghiệp đang bị giảm giờ làm, thu nhập sụt giảm. Công đoàn đã làm gì để đồng hành cùng họ?

- Khi doanh nghiệp thiếu đơn hàng, điều người lao động lo nhất là mất việc, bị nợ lương, nợ bảo hiểm xã hội. Vì vậy, chúng tôi yêu cầu công đoàn cơ sở phải nắm chắc tình hình, đề nghị người sử dụng lao động công khai kế hoạch sản xuất, phương án sử dụng lao động. 6 tháng qua, các cấp công đoàn đã phối hợp tổ chức đối thoại tại [[318|wd a h1-2023 n=6 tháng qua in a July article -> H1 2023, the period named before]] doanh nghiệp, riêng ở các doanh nghiệp da giày tại huyện Hậu Lộc, Hoằng Hóa, Thiệu Hóa, việc đối thoại được tổ chức đột xuất nhiều lần. Nhờ đó, phần lớn các vụ việc được giải quyết ngay tại doanh nghiệp, không để xảy ra ngừng việc tập thể kéo dài.

Cùng với đó, LĐLĐ tỉnh đã ký [[11|wp a h1-2023]] thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên" với các siêu thị, bệnh viện, trường học, ngân hàng, để đoàn viên được hưởng giá ưu đãi khi mua hàng, khám chữa bệnh. Đây là những lợi ích nhỏ nhưng thiết thực, giúp người lao động thấy rõ vì sao họ nên tham gia tổ chức công đoàn. Tôi cho rằng, khi đoàn viên cảm nhận được quyền lợi cụ thể, việc phát triển đoàn viên sẽ bền vững hơn, không phải chạy theo chỉ tiêu.

Những tháng cuối năm, LĐLĐ tỉnh sẽ tập trung vào đâu, thưa ông?

- Chúng tôi sẽ tập trung vào khu vực doanh nghiệp FDI ở Khu kinh tế Nghi Sơn và các khu công nghiệp Lễ Môn, Hoàng Long, Bỉm Sơn, nơi có đông công nhân trẻ. Cán bộ công đoàn phải đến với công nhân cả ngoài giờ làm việc, ở khu nhà trọ, ở các điểm sinh hoạt văn hóa. Chúng tôi cũng kiến nghị chính quyền địa phương quan tâm hơn đến nhà ở xã hội, nhà trẻ cho con công nhân, vì đó là những nhu cầu rất bức thiết hiện nay.

Xin cảm ơn ông!

Minh Hoàng

Đọc thêm
- Thanh Hóa: Hơn 600 công nhân mất việc được hỗ trợ
"""))
