"""challenge52 articles ce01-ce05 (markup: [[span|IND ST PERIOD b= s= r= v= n=]], see gold/tooling/markup.py)."""

ARTS = []

# ce01 - Hà Giang, provincial paper, year 2019 membership news
ARTS.append(('ce01', 'https://baohagiang.vn/xa-hoi/201912/ha-giang-ket-nap-moi-hon-2100-doan-vien-cong-doan-7184253/', '2019-12-18', 'Hà Giang', """Hà Giang: Kết nạp mới hơn [[2.100|mn a y2019 b=o n=headline repeat of the body's 2.135, rounded: takes its period (gold README 1) and keeps its own bound]] đoàn viên công đoàn

Thứ Tư, 18/12/2019 | 08:40

Số lần đọc: 1.126

(BHG) - Năm 2019, các cấp công đoàn trong tỉnh đã kết nạp mới [[2.135|mn a y2019]] đoàn viên, đạt [[106,7%|mn p y2019]] kế hoạch; thành lập mới [[12|un a y2019]] công đoàn cơ sở (CĐCS), trong đó có [[9|un a y2019 s=doanh nghiệp ngoài nhà nước n=breakdown with a scope (gold README 6)]] CĐCS tại doanh nghiệp ngoài nhà nước.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, ngay từ đầu năm, LĐLĐ tỉnh đã giao chỉ tiêu phát triển đoàn viên, thành lập CĐCS cho từng LĐLĐ huyện, thành phố và công đoàn ngành; thành lập các tổ công tác rà soát những doanh nghiệp có từ 10 lao động trở lên nhưng chưa có tổ chức công đoàn để tuyên truyền, vận động. Kết quả, số đoàn viên mới kết nạp ở khu vực ngoài nhà nước là [[1.248|mn a y2019 s=khu vực ngoài nhà nước]] người. Đến nay, toàn tỉnh có [[1.063|ut a pub]] CĐCS với [[36.820|mt a pub]] đoàn viên, trong đó khu vực doanh nghiệp có [[214|ut a pub s=khu vực doanh nghiệp]] CĐCS.

Cùng với phát triển đoàn viên, các cấp công đoàn đã phối hợp với tổ chức đảng bồi dưỡng, giới thiệu [[245|pr a y2019]] đoàn viên ưu tú cho Đảng xem xét kết nạp; [[187|pa a y2019]] đoàn viên đã được kết nạp vào Đảng. Nhiều LĐLĐ huyện vùng cao như Đồng Văn, Mèo Vạc, Hoàng Su Phì đã vượt chỉ tiêu được giao dù số doanh nghiệp trên địa bàn không nhiều.

Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp mới [[2.000|mn t y2020]] đoàn viên, thành lập mới [[10|un t y2020]] CĐCS; tiếp tục nâng cao chất lượng hoạt động của CĐCS khu vực ngoài nhà nước.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác phát triển đoàn viên, thành lập CĐCS.

Minh Hà
"""))

# ce02 - Cao Bằng, Tết Nhâm Dần 2022
ARTS.append(('ce02', 'https://baocaobang.vn/ldld-tinh-hon-42-ty-dong-cham-lo-tet-cho-doan-vien-nguoi-lao-dong-3151420.html', '2022-01-25', 'Cao Bằng', """LĐLĐ tỉnh: Hơn [[4,2 tỷ|sf a y2022 b=o n=headline repeat of the body total: Tết Nhâm Dần 2022 figures take the Tết year (gold README 1, 8)]] đồng chăm lo Tết cho đoàn viên, người lao động

25/01/2022 15:12

(Baocaobang.vn) - Tết Nguyên đán Nhâm Dần 2022, các cấp công đoàn trong tỉnh đã thăm, tặng [[8.650|ben a y2022 n=Tết Nhâm Dần 2022 -> year 2022 (gold README 8)]] suất quà cho đoàn viên, người lao động (NLĐ) có hoàn cảnh khó khăn với tổng trị giá hơn [[4,2 tỷ|sf a y2022 b=o]] đồng.

Trong đó, LĐLĐ tỉnh trực tiếp thăm, tặng [[1.200|ben a y2022 s=LĐLĐ tỉnh trực tiếp]] suất quà, trị giá [[840 triệu|sf a y2022 s=LĐLĐ tỉnh trực tiếp]] đồng cho đoàn viên, NLĐ tại các CĐCS trực thuộc và các huyện biên giới; Công đoàn ngành Giáo dục tặng [[1.350|ben a y2022 s=Công đoàn ngành Giáo dục]] suất quà trị giá [[675 triệu|sf a y2022 s=Công đoàn ngành Giáo dục]] đồng; LĐLĐ huyện Trùng Khánh tặng [[410|ben a y2022 s=LĐLĐ huyện Trùng Khánh n=district federation: its province, scope as written (records.md regions, gold README 10)]] suất quà. Mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm.

Chương trình "Tết Sum vầy" năm 2022 do LĐLĐ tỉnh tổ chức ngày 22/1 tại TP Cao Bằng đã trao [[300|ben a y2022 n=gifts of one event of the campaign, a mention of its own with the period the sentence names (năm 2022); no scope, the event is not a part of the organisation]] suất quà cho đoàn viên, NLĐ có hoàn cảnh khó khăn; hỗ trợ [[2|sh a y2022]] nhà "Mái ấm Công đoàn" với mức 50 triệu đồng/nhà; tổ chức "Chợ Tết Công đoàn" với 1.000 phiếu mua hàng 0 đồng.

Bên cạnh đó, LĐLĐ tỉnh phối hợp với các doanh nghiệp vận tải tặng [[150|ben a y2022 n=free bus tickets given to workers count as beneficiaries (gold README 9)]] vé xe miễn phí cho công nhân quê Cao Bằng đang làm việc tại các khu công nghiệp ngoài tỉnh về quê đón Tết.

Ảnh: Lãnh đạo LĐLĐ tỉnh trao quà Tết cho đoàn viên có hoàn cảnh khó khăn.

Bế Hằng
"""))

# ce03 - Lạng Sơn, Mái ấm Công đoàn handover with year-to-date figures
ARTS.append(('ce03', 'https://baolangson.vn/trao-ho-tro-xay-dung-nha-mai-am-cong-doan-cho-doan-vien-kho-khan-5021734.html', '2023-08-10', 'Lạng Sơn', """Trao hỗ trợ xây dựng nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn

Thứ Năm, 10/08/2023 | 07:25

(LSO) – Ngày 9/8, LĐLĐ huyện Cao Lộc phối hợp với Công đoàn Trường THCS xã Hòa Cư tổ chức trao kinh phí hỗ trợ xây dựng nhà "Mái ấm Công đoàn" cho đoàn viên Hoàng Thị Mai, nhân viên của trường.

Gia đình chị Mai thuộc hộ cận nghèo, chồng bị bệnh hiểm nghèo, ngôi nhà cũ xuống cấp nghiêm trọng. Tổng chi phí xây dựng ngôi nhà mới khoảng 350 triệu đồng, trong đó có kinh phí hỗ trợ từ Quỹ Xã hội Công đoàn tỉnh theo mức 50 triệu đồng/nhà, số còn lại do gia đình tự có và vay mượn.

Được biết, từ đầu năm 2023 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới [[14|sh a 2023-01-01..2023-08-10 n=từ đầu năm 2023 đến nay -> start of 2023 to publication (records.md periods)]] nhà, sửa chữa [[6|sh a 2023-01-01..2023-08-10]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[1,02 tỷ|shf a 2023-01-01..2023-08-10]] đồng; trong đó địa bàn huyện Cao Lộc có [[3|sh a 2023-01-01..2023-08-10 s=huyện Cao Lộc]] nhà. Kế hoạch năm 2023, LĐLĐ tỉnh phấn đấu hỗ trợ [[25|sh t y2023]] nhà "Mái ấm Công đoàn" cho đoàn viên, NLĐ khó khăn về nhà ở.

Cũng trong 7 tháng năm 2023, các cấp công đoàn đã thăm hỏi, trợ cấp [[640|ben a f7-2023]] lượt đoàn viên ốm đau, tai nạn, gặp hoàn cảnh khó khăn đột xuất với số tiền [[312 triệu|sf a f7-2023]] đồng.

Giai đoạn 2018 - 2023, toàn tỉnh đã hỗ trợ xây mới, sửa chữa [[118|sh a t2018-2023 n=a stage still running at publication, dated as written (records.md periods: giai đoạn 2018-2023)]] nhà "Mái ấm Công đoàn" với tổng số tiền trên [[5,6 tỷ|shf a t2018-2023 b=o]] đồng, góp phần giúp đoàn viên yên tâm công tác, gắn bó với tổ chức công đoàn.

Thu Trang
"""))

# ce04 - Tuyên Quang, Lao Động page without a date: half-year 2017 representation work
ARTS.append(('ce04', 'http://tamlongvang.laodong.com.vn/cong-doan/tuyen-quang-tu-van-phap-luat-cho-hon-1200-luot-nguoi-lao-dong-548217.bld', None, 'Tuyên Quang', """Tuyên Quang: Tư vấn pháp luật cho hơn [[1.200|lc a h1-2017 b=o n=headline repeat of the body's 1.236: takes its period 6 tháng đầu năm 2017 (gold README 1)]] lượt người lao động

Trong 6 tháng đầu năm 2017, LĐLĐ tỉnh Tuyên Quang đã chỉ đạo các cấp công đoàn tổ chức [[48|sv a h1-2017]] cuộc giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp; phối hợp với Sở LĐ-TB&XH, Bảo hiểm xã hội tỉnh tham gia [[31|sv a h1-2017 n=inspections joined with state agencies are supervisions too (indicators.tsv: held or joined)]] cuộc thanh tra, kiểm tra. Qua giám sát, công đoàn đã kiến nghị 17 doanh nghiệp khắc phục tồn tại trong việc đóng bảo hiểm xã hội, trả lương làm thêm giờ cho NLĐ.

Văn phòng Tư vấn pháp luật của LĐLĐ tỉnh đã tư vấn cho [[1.236|lc a h1-2017]] lượt đoàn viên, NLĐ, tham gia bảo vệ quyền lợi cho NLĐ trong 4 vụ tranh chấp lao động tại tòa án. Các cấp công đoàn tổ chức [[62|tr a h1-2017 n=dissemination conferences counted as trainings, their audience as trainees (indicators.tsv)]] hội nghị tuyên truyền pháp luật cho hơn [[9.500|te a h1-2017 b=o]] lượt đoàn viên, NLĐ.

Công tác đại diện, bảo vệ quyền lợi NLĐ tại doanh nghiệp có chuyển biến: [[51|wkc a h1-2017]] doanh nghiệp đã tổ chức hội nghị người lao động; ký mới [[9|ca a h1-2017]] bản thỏa ước lao động tập thể. Hiện toàn tỉnh có [[86|ca a null n=agreements in force are the stock of their signings (gold README 7), a stock dated at publication: no publication date -> null]] bản thỏa ước lao động tập thể còn hiệu lực. Ủy ban Kiểm tra LĐLĐ tỉnh đã kiểm tra tài chính [[23|fi a h1-2017]] CĐCS.

6 tháng cuối năm 2017, LĐLĐ tỉnh phấn đấu tổ chức ít nhất [[40|sv t l6-2017 b=o n=target with ít nhất -> over (gold README 4, 5)]] cuộc giám sát tại các doanh nghiệp có đông lao động.

Ngọc Anh
"""))

# ce05 - Thái Nguyên, industrial-zone union, collective agreements
ARTS.append(('ce05', 'https://baothainguyen.vn/cong-doan/201811/cong-doan-cac-kcn-thai-nguyen-ky-moi-27-ban-thoa-uoc-lao-dong-tap-the-2a51c3e/', '2018-11-06', 'Thái Nguyên', """Công đoàn các KCN Thái Nguyên: Ký mới [[27|ca a 2018-01-01..2018-11-06 s=Công đoàn các KCN Thái Nguyên n=headline repeat of the body figure: takes its period từ đầu năm đến nay (gold README 1)]] bản thỏa ước lao động tập thể

Thứ Ba, 06/11/2018 - 09:15

(Baothainguyen.vn) – Từ đầu năm đến nay, Công đoàn các Khu công nghiệp (KCN) Thái Nguyên đã hướng dẫn, hỗ trợ các CĐCS thương lượng, ký mới [[27|ca a 2018-01-01..2018-11-06 s=Công đoàn các KCN Thái Nguyên n=industrial-zone union: its province (records.md regions), từ đầu năm đến nay -> 2018-01-01 to publication]] bản thỏa ước lao động tập thể (TƯLĐTT), nâng tổng số TƯLĐTT còn hiệu lực tại các doanh nghiệp trong KCN lên [[134|ca a pub s=Công đoàn các KCN Thái Nguyên n=nâng tổng số TƯLĐTT còn hiệu lực lên: collective_agreements stock at publication (gold README 7)]] bản.

Theo đánh giá của Công đoàn các KCN, nhiều bản thỏa ước có nội dung có lợi hơn cho người lao động so với quy định của pháp luật như: hỗ trợ tiền xăng xe, nhà trọ từ 100.000 đến 300.000 đồng/người/tháng; tiền ăn ca từ 18.000 đồng/suất trở lên; tặng quà sinh nhật, ngày 8/3 cho lao động nữ.

Cùng với đó, [[52|wkc a 2018-01-01..2018-11-06 s=Công đoàn các KCN Thái Nguyên]] doanh nghiệp đã tổ chức hội nghị người lao động, [[45|wd a 2018-01-01..2018-11-06 s=Công đoàn các KCN Thái Nguyên]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc; [[16|meal a 2018-01-01..2018-11-06 s=Công đoàn các KCN Thái Nguyên]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca cho công nhân. Công đoàn các KCN phối hợp với Ban Quản lý các KCN tỉnh tổ chức [[12|sv a 2018-01-01..2018-11-06 s=Công đoàn các KCN Thái Nguyên]] cuộc kiểm tra việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp.

Trong 10 tháng năm 2018, Công đoàn các KCN thành lập mới [[9|un a f10-2018 s=Công đoàn các KCN Thái Nguyên]] CĐCS, kết nạp [[4.870|mn a f10-2018 s=Công đoàn các KCN Thái Nguyên]] đoàn viên. Hiện Công đoàn các KCN Thái Nguyên quản lý [[118|ut a pub s=Công đoàn các KCN Thái Nguyên]] CĐCS với hơn [[98.400|mt a pub b=o s=Công đoàn các KCN Thái Nguyên]] đoàn viên, phần lớn là lao động trẻ, lao động nữ làm việc tại các doanh nghiệp điện tử.

Tin liên quan:
- Thái Nguyên: 3 doanh nghiệp được biểu dương vì chăm lo tốt cho người lao động
- Phổ Yên: Trao 20 suất quà cho công nhân có hoàn cảnh khó khăn

Quang Huy
"""))
