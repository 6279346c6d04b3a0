"""j06-j10: press release (Theo đó), numbered sections with a plan heading, lead total + district
bullets, Workers' Month with same-period comparison, press release (Cụ thể) with sector breakdown."""

HEAD = 'headline repeat of the body figure: takes its region and period (gold README 1)'

J06 = """
LĐLĐ tỉnh Thanh Hóa thông tin kết quả hoạt động công đoàn 9 tháng năm 2022
12/10/2022 | 14:20

Ngày 11/10, LĐLĐ tỉnh Thanh Hóa tổ chức họp báo định kỳ, thông tin kết quả hoạt động công đoàn 9 tháng năm 2022 và nhiệm vụ trọng tâm quý IV.

Theo đó, 9 tháng năm 2022, các cấp công đoàn trong tỉnh đã kết nạp [[8.765|mn a f9-2022]] đoàn viên, thành lập [[47|un a f9-2022]] CĐCS, lần lượt đạt [[73%|mn p f9-2022 n=lần lượt: first percentage goes with the first figure; part-way attainment dated to the 9 months (gold README 4)]] và [[67,1%|un p f9-2022 n=lần lượt: second percentage goes with unions_new (gold README 4)]] kế hoạch năm.

Về Chương trình "Phúc lợi đoàn viên công đoàn", LĐLĐ tỉnh đã ký kết [[12|wp a f9-2022]] thỏa thuận hợp tác với các doanh nghiệp, đơn vị cung cấp hàng hóa, dịch vụ, đạt [[80%|wp p f9-2022]] kế hoạch năm, nâng tổng số thỏa thuận còn hiệu lực lên [[53|wp a pub n=nâng tổng số ... lên: a stock dated at publication (records.md periods; gold README 7)]]. Các đối tác cam kết giảm giá từ 5% đến 30% khi đoàn viên sử dụng hàng hóa, dịch vụ như siêu thị, nhà hàng, khám chữa bệnh, du lịch.

Hoạt động đại diện, bảo vệ quyền lợi của người lao động tiếp tục được chú trọng. Các cấp công đoàn đã phối hợp tổ chức hội nghị người lao động tại [[1.126|wkc a f9-2022]] doanh nghiệp; đối thoại định kỳ tại nơi làm việc ở [[984|wd a f9-2022]] doanh nghiệp; ký mới [[73|ca a f9-2022]] bản thỏa ước lao động tập thể. Thông qua thương lượng, [[86|meal a f9-2022]] doanh nghiệp đã điều chỉnh tăng mức bữa ăn ca, trong đó [[31|meal a f9-2022 s=nâng mức từ 20.000 đồng/suất trở lên n=trong đó breakdown of meal upgrades; the 20.000 đồng level is a threshold, not a record (gold README 6, 11)]] doanh nghiệp nâng mức từ 20.000 đồng/suất trở lên.

Tại buổi họp báo, lãnh đạo LĐLĐ tỉnh cũng thông tin về việc triển khai chính sách hỗ trợ tiền thuê nhà cho người lao động theo Quyết định số 08/2022/QĐ-TTg; đến nay, công đoàn đã phối hợp rà soát danh sách tại gần 600 doanh nghiệp.

Quý IV/2022, LĐLĐ tỉnh phấn đấu kết nạp [[3.300|mn t q4-2022]] đoàn viên, hoàn thành các chỉ tiêu năm; đồng thời chuẩn bị chu đáo các hoạt động chăm lo Tết Quý Mão 2023 cho đoàn viên, người lao động.
"""

J07 = """
Nghệ An: Công đoàn tổng kết năm 2020, đề ra 7 chỉ tiêu chủ yếu năm 2021
30/12/2020 - 09:15

Ngày 29/12, LĐLĐ tỉnh Nghệ An tổ chức Hội nghị Ban Chấp hành lần thứ 9, khóa XVIII tổng kết hoạt động công đoàn năm 2020, triển khai nhiệm vụ năm 2021. Hội nghị được tổ chức theo hình thức trực tiếp, bảo đảm các quy định phòng, chống dịch Covid-19.

I. KẾT QUẢ NỔI BẬT NĂM 2020

1. Phát triển đoàn viên, xây dựng tổ chức công đoàn: kết nạp [[9.326|mn a y2020 n=numbered section under the heading KẾT QUẢ NỔI BẬT NĂM 2020 (gold README 8)]] đoàn viên, đạt [[103,6%|mn p y2020]] kế hoạch; thành lập mới [[61|un a y2020]] CĐCS. Giới thiệu [[1.286|pr a y2020]] đoàn viên ưu tú cho Đảng xem xét, kết nạp.

2. Hoạt động đại diện, bảo vệ quyền lợi: [[2.145|oc a y2020]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; ký mới [[96|ca a y2020]] bản thỏa ước lao động tập thể. Văn phòng Tư vấn pháp luật LĐLĐ tỉnh duy trì tư vấn trực tiếp và qua điện thoại cho người lao động.

3. Chăm lo đời sống đoàn viên: thăm hỏi, hỗ trợ [[48.650|ben a y2020]] lượt đoàn viên, người lao động với tổng kinh phí [[21,7 tỷ|sf a y2020]] đồng, trong đó có đoàn viên bị ảnh hưởng bởi dịch Covid-19 và đợt mưa lũ tháng 10/2020; xây mới, sửa chữa [[125|sh a y2020]] nhà "Mái ấm Công đoàn".

4. Kiểm tra, giám sát: Ủy ban Kiểm tra các cấp tiến hành kiểm tra tài chính [[214|fi a y2020]] CĐCS; các cấp công đoàn tham gia [[86|sv a y2020]] cuộc giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021

Năm 2021, LĐLĐ tỉnh đề ra 7 chỉ tiêu chủ yếu, trong đó:
- Kết nạp [[9.000|mn t y2021 n=bullet under the heading PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021: target of 2021 (gold README 4, 8); 7 chỉ tiêu is a count of plan items, not a record (gold README 11)]] đoàn viên, thành lập [[50|un t y2021 n=bullet under the 2021 plan heading: target (gold README 8)]] CĐCS;
- 80% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động;
- Xây dựng, sửa chữa [[100|sh t y2021 n=bullet under the 2021 plan heading: target (gold README 8)]] nhà "Mái ấm Công đoàn";
- 100% CĐCS được kiểm tra tài chính ít nhất một lần trong năm.

Phát biểu bế mạc hội nghị, ông Hoàng Văn Tiến, Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn bám sát cơ sở, tăng cường đối thoại với người sử dụng lao động, kịp thời nắm bắt tâm tư, nguyện vọng của đoàn viên, nhất là trong bối cảnh dịch bệnh còn diễn biến phức tạp. Dịp này, LĐLĐ tỉnh trao Bằng khen cho 35 tập thể và 48 cá nhân.
"""

J08 = f"""
Hà Tĩnh: Hơn [[1.100|sh a 2009-01-01..pub b=o n=rounded headline repeat of the body figure 1.125: takes its period (gold README 1)]] "Mái ấm Công đoàn" đến với đoàn viên khó khăn
26/05/2014

(HTO) - Từ năm 2009 đến nay, LĐLĐ tỉnh Hà Tĩnh đã vận động, hỗ trợ xây mới, sửa chữa [[1.125|sh a 2009-01-01..pub n=từ năm 2009 đến nay -> 1 January 2009 to publication (records.md periods)]] nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở, với tổng kinh phí hơn [[22 tỷ|shf a 2009-01-01..pub b=o]] đồng.

Năm 2014, LĐLĐ tỉnh đặt chỉ tiêu hỗ trợ [[150|sh t y2014]] nhà. Từ đầu năm đến nay, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới [[62|sh a 2014-01-01..pub s=xây mới n=breakdown new-built / repaired with scope; từ đầu năm đến nay takes the publication year (gold README 6, 8)]] nhà, sửa chữa [[24|sh a 2014-01-01..pub s=sửa chữa n=breakdown with scope (gold README 6)]] nhà, tổng cộng [[86|sh a 2014-01-01..pub]] nhà với kinh phí [[2 tỷ 580 triệu|shf a 2014-01-01..pub v=2580000000 n=mixed form resolved (gold README 3)]] đồng, đạt [[57,3%|sh p 2014-01-01..pub n=part-way attainment of the year target, dated to the span reported (gold README 4)]] kế hoạch năm. Mức hỗ trợ từ 30 đến 40 triệu đồng/nhà xây mới và 15 triệu đồng/nhà sửa chữa.

Các đơn vị thực hiện tốt gồm:
- LĐLĐ huyện Kỳ Anh: [[14|sh a 2014-01-01..pub s=huyện Kỳ Anh n=bullet breakdown by district union, period of the lead-in (gold README 6, 8)]] nhà;
- LĐLĐ huyện Hương Khê: [[12|sh a 2014-01-01..pub s=huyện Hương Khê n=bullet breakdown by district union (gold README 6)]] nhà;
- LĐLĐ huyện Cẩm Xuyên: [[11|sh a 2014-01-01..pub s=huyện Cẩm Xuyên n=bullet breakdown by district union (gold README 6)]] nhà;
- Công đoàn ngành Giáo dục: [[18|sh a 2014-01-01..pub s=Công đoàn ngành Giáo dục n=bullet breakdown by sector union (gold README 6)]] nhà.

Gia đình anh Nguyễn Văn Bình, công nhân Công ty CP Môi trường và Công trình đô thị, nhiều năm sống trong căn nhà tạm lụp xụp. Vợ anh làm ruộng, 3 con đang tuổi ăn học. Ngày 20/5 vừa qua, ngôi nhà cấp 4 rộng 60 m2 của gia đình anh đã được khánh thành nhờ sự hỗ trợ của Quỹ "Mái ấm Công đoàn" cùng anh em, đồng nghiệp góp công, góp sức. "Có được ngôi nhà mới, vợ chồng tôi yên tâm lo cho các cháu ăn học", anh Bình xúc động chia sẻ.

Nhiều địa phương, đơn vị đã có cách làm sáng tạo như huy động đoàn viên trong cơ quan đóng góp ngày công, vận động doanh nghiệp hỗ trợ vật liệu xây dựng, gắn việc trao nhà với các phong trào thi đua của công đoàn. Việc lựa chọn đối tượng được xem xét công khai, dân chủ tại CĐCS, bảo đảm đúng người, đúng hoàn cảnh.

Theo lãnh đạo LĐLĐ tỉnh, thời gian tới, công đoàn sẽ tiếp tục phối hợp với các doanh nghiệp, nhà hảo tâm vận động nguồn lực, ưu tiên hỗ trợ đoàn viên ở vùng thường xuyên bị ảnh hưởng bởi bão lũ.
"""

J09 = f"""
Thừa Thiên Huế: Tháng Công nhân 2017 chăm lo cho gần [[10.000|ben a mo2017-05 b=u n=rounded headline repeat of 9.870; gần -> under; takes the body's period (gold README 1, 5)]] đoàn viên, người lao động
05/06/2017

Theo báo cáo của LĐLĐ tỉnh Thừa Thiên Huế, Tháng Công nhân năm 2017 với chủ đề "Vì việc làm bền vững, thu nhập và cuộc sống tốt hơn cho đoàn viên, người lao động" đã được triển khai tại [[1.046|wmu a mo2017-05 n=Tháng Công nhân năm 2017 -> May 2017 (records.md periods)]] CĐCS, tăng 58 đơn vị so với năm 2016.

Trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà cho [[9.870|ben a mo2017-05]] đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí [[3,26 tỷ|sf a mo2017-05]] đồng, tăng 12% so với cùng kỳ. Tháng Công nhân năm 2016, con số này là [[7.950|ben a mo2016-05 n=same-period contrast: actual of Tháng Công nhân 2016; the 12% increase is a pure comparison, not a record (gold README 11)]] người với [[2,91 tỷ|sf a mo2016-05]] đồng. Dịp này, LĐLĐ tỉnh trao [[sáu|sh a mo2017-05 v=6 n=number word sáu -> 6 (records.md)]] "Mái ấm Công đoàn" cho đoàn viên tại các huyện Phong Điền, A Lưới, Phú Lộc, mỗi nhà 40 triệu đồng.

Hoạt động đại diện, bảo vệ quyền lợi người lao động được đẩy mạnh. Các cấp công đoàn đã phối hợp tổ chức đối thoại tại [[214|wd a mo2017-05]] doanh nghiệp; vận động [[42|meal a mo2017-05 n=meal upgrades counted by enterprises; the 15.000 đồng level is a threshold (gold README 11)]] doanh nghiệp nâng giá trị bữa ăn giữa ca lên từ 15.000 đồng/suất trở lên; tuyên truyền, phổ biến pháp luật cho hơn [[25.000|te a mo2017-05 b=o]] lượt đoàn viên. Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động, công đoàn phối hợp với ngành Lao động – Thương binh và Xã hội tham gia [[35|sv a mo2017-05]] cuộc kiểm tra, giám sát tại doanh nghiệp.

Bà Nguyễn Thị Lài, Phó Chủ tịch LĐLĐ tỉnh cho biết, điểm mới của Tháng Công nhân năm nay là nhiều CĐCS đã chủ động tổ chức "Bữa cơm công đoàn", chương trình "Gặp gỡ, đối thoại" ngay tại khu nhà trọ của công nhân. Lễ phát động được tổ chức ngày 28/4 tại KCN Phú Bài với sự tham gia của 1.500 công nhân lao động.

"Chúng tôi mong muốn các hoạt động không chỉ dừng lại trong một tháng mà được duy trì thường xuyên, để người lao động thực sự cảm nhận tổ chức công đoàn là chỗ dựa tin cậy", bà Lài nói.
"""

J10 = f"""
Đà Nẵng: Công đoàn chăm lo Tết Quý Mão 2023 cho [[58.730|ben a y2023 n={HEAD}]] lượt đoàn viên
08/02/2023 10:05

LĐLĐ thành phố Đà Nẵng vừa có báo cáo tổng kết công tác chăm lo Tết Nguyên đán Quý Mão 2023 cho đoàn viên, người lao động. Cụ thể, các cấp công đoàn thành phố đã thăm hỏi, tặng quà cho [[58.730|ben a y2023 n=Tết Quý Mão 2023 -> year 2023 (records.md periods)]] lượt đoàn viên, người lao động với tổng kinh phí [[41,2 tỷ|sf a y2023]] đồng (trong đó, kinh phí công đoàn [[12,5 tỷ|sf a y2023 s=kinh phí công đoàn n=breakdown by source of money, scope as written (gold README 6)]] đồng; doanh nghiệp và các nguồn xã hội hóa [[28,7 tỷ|sf a y2023 s=doanh nghiệp và các nguồn xã hội hóa n=breakdown by source of money (gold README 6)]] đồng). So với Tết Nhâm Dần 2022, số lượt đoàn viên được chăm lo tăng 8,3%.

Trong đó, Công đoàn các KCN và Khu công nghệ cao Đà Nẵng chăm lo cho [[21.400|ben a y2023 s=Công đoàn các KCN và Khu công nghệ cao Đà Nẵng n=breakdown by an industrial-zone union (gold README 6)]] lượt công nhân với kinh phí [[9,6 tỷ|sf a y2023 s=Công đoàn các KCN và Khu công nghệ cao Đà Nẵng]] đồng; Công đoàn ngành Giáo dục thăm, tặng quà [[4.860|ben a y2023 s=Công đoàn ngành Giáo dục n=breakdown by sector union (gold README 6)]] lượt đoàn viên. LĐLĐ thành phố trực tiếp trao [[1.500|ben a y2023 s=LĐLĐ thành phố trực tiếp trao n=gift packages -> beneficiaries (gold README 9); per-package value is not a record]] suất quà, mỗi suất trị giá 1 triệu đồng, cho đoàn viên có hoàn cảnh đặc biệt khó khăn.

Với Chương trình "Tết Sum vầy", LĐLĐ thành phố phối hợp với các doanh nghiệp vận tải hỗ trợ [[3.200|ben a y2023 n=bus and train tickets given to members count as beneficiaries; the 12 buses are not records (gold README 9, 11)]] vé xe, vé tàu cho công nhân về quê đón Tết; bố trí 12 chuyến xe miễn phí đưa công nhân về các tỉnh Quảng Ngãi, Bình Định, Quảng Trị. "Chợ Tết Công đoàn" năm nay được tổ chức tại KCN Hòa Khánh với 5.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

Ông Phan Văn Tuấn, Chủ tịch LĐLĐ thành phố cho biết, năm nay nhiều doanh nghiệp gặp khó khăn về đơn hàng, nhưng tổ chức công đoàn vẫn nỗ lực để không đoàn viên nào không có Tết. Ngay sau Tết, các cấp công đoàn tiếp tục nắm tình hình việc làm, thu nhập của người lao động, kịp thời hỗ trợ những trường hợp bị mất việc, giảm giờ làm.

Trong năm 2023, LĐLĐ thành phố phấn đấu kết nạp [[4.500|mn t y2023]] đoàn viên, tập trung vào các doanh nghiệp ngoài nhà nước.
"""

ARTS = [
    ('j06', 'https://baothanhhoa.vn/ldld-tinh-thong-tin-ket-qua-hoat-dong-9-thang-nam-2022', '2022-10-12', 'Thanh Hóa', J06),
    ('j07', 'https://congdoannghean.vn/tong-ket-hoat-dong-cong-doan-nam-2020', '2020-12-30', 'Nghệ An', J07),
    ('j08', 'https://baohatinh.vn/hon-1100-mai-am-cong-doan-den-voi-doan-vien-kho-khan', '2014-05-26', 'Hà Tĩnh', J08),
    ('j09', 'https://baothuathienhue.vn/thang-cong-nhan-2017-cham-lo-cho-gan-10000-doan-vien', '2017-06-05', 'Thừa Thiên Huế', J09),
    ('j10', 'https://baodanang.vn/cong-doan-cham-lo-tet-quy-mao-2023', '2023-02-08', 'Đà Nẵng', J10),
]
