"""challenge55 articles ch06-ch10 (inline markup: [[span|IND ST PERIOD k=v ...]], see gold/tooling/markup.py)."""

CH06 = """Thời sự › Dân sinh

Cần Thơ: Công đoàn tư vấn pháp luật cho hơn [[1.100|lc a y2017 b=o n=headline repeat of the 1.126 (gold README 1)]] lượt người lao động

ĐÌNH TUYỂN
26/12/2017 07:30 GMT+7

Năm 2017, Văn phòng tư vấn pháp luật của Liên đoàn Lao động TP.Cần Thơ đã tư vấn cho [[1.126|lc a y2017]] lượt người lao động, chủ yếu về tiền lương, bảo hiểm xã hội và chấm dứt hợp đồng lao động.

Theo LĐLĐ TP.Cần Thơ, ngoài tư vấn trực tiếp tại văn phòng, cán bộ công đoàn còn tư vấn qua điện thoại và tổ chức các buổi tư vấn lưu động tại các khu công nghiệp Trà Nóc, Hưng Phú. Văn phòng cũng cử luật sư tham gia bảo vệ quyền lợi cho người lao động trong 9 vụ tranh chấp tại tòa án, giúp người lao động nhận lại hơn 1,5 tỉ đồng tiền lương, trợ cấp bị nợ.

Cán bộ công đoàn tư vấn pháp luật cho công nhân tại KCN Trà Nóc ẢNH: ĐÌNH TUYỂN

Cũng trong năm, các cấp công đoàn thành phố tổ chức [[96|tr a y2017]] hội nghị tuyên truyền pháp luật lao động cho [[8.540|te a y2017]] lượt đoàn viên, người lao động; tham gia [[32|sv a y2017]] đoàn kiểm tra, giám sát việc thực hiện pháp luật lao động tại doanh nghiệp. Có [[215|wd a y2017]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc, [[178|wkc a y2017]] doanh nghiệp tổ chức hội nghị người lao động.

Ông Nguyễn Văn Dũng, Phó chủ tịch LĐLĐ TP.Cần Thơ, cho biết năm 2018, văn phòng phấn đấu tư vấn cho ít nhất [[1.200|lc t y2018 b=o]] lượt người lao động và mở thêm điểm tư vấn tại Khu công nghiệp Thốt Nốt. Người lao động cần tư vấn có thể gọi số 0292.3821.456 trong giờ hành chính.

Bình luận (0)

Tin liên quan
Hậu Giang: 7.000 công nhân được tặng quà Tết
Sóc Trăng: Mở lớp tập huấn cho 200 cán bộ công đoàn cơ sở"""

CH07 = """Thứ hai, 13/01/2020 - 10:24

Nghệ An: Hơn [[21.000|ben a y2020 b=o n=headline repeat of the 21.540 (gold README 1)]] đoàn viên, người lao động được tặng quà Tết Canh Tý

(Dân trí) - Tết Canh Tý 2020, các cấp công đoàn tỉnh Nghệ An đã trao [[21.540|ben a y2020]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, với tổng trị giá gần [[13 tỷ|sf a y2020 b=u]] đồng.

Ngày 12/1, Liên đoàn Lao động (LĐLĐ) tỉnh Nghệ An tổ chức chương trình "Tết Sum vầy" năm 2020 tại Khu công nghiệp Bắc Vinh (TP Vinh), trao [[1.500|ben a y2020 s=chương trình Tết Sum vầy n=part of the Tết Canh Tý gifts (gold README 6)]] suất quà cho công nhân lao động có hoàn cảnh khó khăn.

Đại diện LĐLĐ tỉnh Nghệ An trao quà Tết cho công nhân Khu công nghiệp Bắc Vinh (Ảnh: Hoàng Lam).

Bà Lê Thị Hà, Phó Chủ tịch LĐLĐ tỉnh Nghệ An cho biết, ngoài quà tặng, năm nay LĐLĐ tỉnh còn phối hợp với các doanh nghiệp tặng [[850|ben a y2020 n=tickets given are beneficiaries (gold README 9); năm nay -> 2020]] vé xe cho công nhân làm việc xa quê về đón Tết; tổ chức 3 chuyến "Xe Tết Công đoàn" đưa công nhân từ các tỉnh phía Nam về Nghệ An.

Năm qua, Quỹ Xã hội Công đoàn tỉnh đã hỗ trợ xây mới, sửa chữa [[58|sh a y2019 n=năm qua in a January page -> the previous year (records.md periods)]] nhà Mái ấm Công đoàn với tổng số tiền [[2,3 tỷ|shf a y2019]] đồng; thăm hỏi, trợ cấp cho [[2.764|ben a y2019]] lượt đoàn viên ốm đau, tai nạn với số tiền hơn [[1,1 tỷ|sf a y2019 b=o]] đồng.

"Chúng tôi mong muốn không một đoàn viên nào phải đón Tết trong thiếu thốn", bà Hà chia sẻ.

Hoàng Lam

Từ khóa: công đoàn Nghệ An; tết sum vầy; quà tết công nhân

Tin liên quan
Hà Tĩnh: 500 công nhân được tặng vé xe về quê ăn Tết
Thanh Hóa: Chi hơn 8 tỷ đồng chăm lo Tết cho người lao động"""

CH08 = """Thứ Năm, 28/07/2022 14:05
Hoàng Long

Quảng Ninh: Hơn [[3.800|te a h1-2022 b=o n=headline repeat of the 3.860 (gold README 1)]] lượt cán bộ công đoàn được tập huấn

TPO - Sáu tháng đầu năm 2022, Liên đoàn Lao động tỉnh Quảng Ninh đã tổ chức [[42|tr a h1-2022]] lớp tập huấn cho [[3.860|te a h1-2022]] lượt cán bộ công đoàn, thành lập mới [[15|wc a h1-2022]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước.

Chiều 28/7, LĐLĐ tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2022.

Theo báo cáo, các lớp tập huấn tập trung vào kỹ năng thương lượng tập thể, đối thoại, nghiệp vụ tài chính và công tác nữ công. Trong đó, LĐLĐ tỉnh trực tiếp mở [[8|tr a h1-2022 s=LĐLĐ tỉnh trực tiếp]] lớp cho [[960|te a h1-2022 s=LĐLĐ tỉnh trực tiếp n=breakdown of the 42 classes and 3.860 trainees (gold README 6)]] cán bộ công đoàn cơ sở khu vực ngoài nhà nước.

Công tác phát triển đoàn viên đạt kết quả khả quan: kết nạp [[2.430|mn a h1-2022]] đoàn viên, thành lập [[19|un a h1-2022]] CĐCS, đạt lần lượt [[54%|mn p h1-2022 n=lần lượt pairs 54% with members and 63,3% with unions; part-way attainment takes the half-year (gold README 4)]] và [[63,3%|un p h1-2022]] kế hoạch năm. Toàn tỉnh đã nhập thông tin [[82.450|rec a h1-2022 n=software entries and e-cards are both member_records (as challenge42)]] đoàn viên lên phần mềm quản lý đoàn viên, cấp [[6.200|rec a h1-2022]] thẻ đoàn viên công đoàn điện tử.

Cán bộ nữ công công đoàn cơ sở tham gia lớp tập huấn kỹ năng. Ảnh: H.L

Ủy ban Kiểm tra các cấp công đoàn đã kiểm tra tài chính [[28|fi a h1-2022]] CĐCS; kiểm tra việc chấp hành Điều lệ Công đoàn tại [[35|sv a h1-2022 n=inspections of compliance with the Charter, not financial -> supervisions (indicators.tsv)]] CĐCS.

Hiện toàn tỉnh có [[1.470|ut a pub]] CĐCS với hơn [[158.000|mt a pub b=o]] đoàn viên.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu thành lập thêm [[12|wc t h2-2022]] Ban nữ công quần chúng, mở [[30|tr t h2-2022]] lớp tập huấn cho cán bộ công đoàn cơ sở mới thành lập.

Tags: Quảng Ninh  công đoàn  Ban nữ công  tập huấn

Tin cùng chuyên mục
Hải Phòng: 1.000 đoàn viên thanh niên công nhân được khám sức khỏe miễn phí"""

CH09 = """Trang chủ » Tin tức » Xây dựng tổ chức

Gia Lai: Hơn [[2.100|pr a t2018-2023 b=o n=headline repeat of the 2.146 of the term (gold README 1)]] đoàn viên công đoàn ưu tú được giới thiệu cho Đảng

Nhiệm kỳ 2018 - 2023, các cấp công đoàn tỉnh Gia Lai đã giới thiệu [[2.146|pr a t2018-2023]] đoàn viên ưu tú cho cấp ủy Đảng xem xét, bồi dưỡng, đạt [[134%|pr p t2018-2023]] chỉ tiêu Nghị quyết Đại hội Công đoàn tỉnh lần thứ XV đề ra (chỉ tiêu [[1.600|pr t t2018-2023]] đoàn viên).

Trong số đó, [[1.398|pa a t2018-2023]] đồng chí đã được kết nạp vào Đảng, nhiều người là công nhân trực tiếp sản xuất tại các công ty cao su, thủy điện, chế biến nông sản.

Ông Phạm Văn Thành, Chủ tịch LĐLĐ tỉnh Gia Lai cho biết, Công đoàn ngành Giáo dục tỉnh là đơn vị dẫn đầu với [[312|pr a t2018-2023 s=Công đoàn ngành Giáo dục]] đoàn viên được giới thiệu; khu vực doanh nghiệp ngoài nhà nước có [[186|pr a t2018-2023 s=doanh nghiệp ngoài nhà nước]] đoàn viên được giới thiệu, [[97|pa a t2018-2023 s=doanh nghiệp ngoài nhà nước]] đồng chí được kết nạp. Riêng năm 2022, toàn tỉnh giới thiệu [[412|pr a y2022]] đoàn viên ưu tú, trong đó [[276|pa a y2022]] đồng chí đã được kết nạp.

"Công nhân được kết nạp Đảng ngay tại doanh nghiệp là nguồn động viên rất lớn, giúp tổ chức công đoàn gắn bó hơn với người lao động", ông Thành nói.

Hiện toàn tỉnh có [[1.578|ut a null n=stock in an undated page -> null period (records.md)]] công đoàn cơ sở với [[68.420|mt a null]] đoàn viên, trong đó có 9.850 đoàn viên là đảng viên.

Nhiệm kỳ 2023 - 2028, LĐLĐ tỉnh phấn đấu giới thiệu [[2.000|pr t t2023-2028]] đoàn viên ưu tú cho Đảng, trong đó ít nhất [[1.000|pa t t2023-2028 b=o]] đồng chí được kết nạp.

In bài viết | Gửi cho bạn bè | Số lượt xem: 1.025

Tin khác
Kon Tum: Trao 20 Mái ấm Công đoàn cho đoàn viên khó khăn
Đắk Nông: Hơn 1.500 công nhân được hỗ trợ dịp Tết"""

CH10 = """Long An: Hơn [[140|ca a y2020 s=Công đoàn các khu công nghiệp b=o n=headline repeat of the 146 of 2020 (gold README 1)]] thỏa ước lao động tập thể được ký mới trong khu công nghiệp

Người Lao Động

(NLĐO)- Năm 2020, Công đoàn các khu công nghiệp tỉnh Long An đã thương lượng, ký mới [[146|ca a y2020 s=Công đoàn các khu công nghiệp n=an industrial-zone union gives its province with a scope (records.md regions)]] bản thỏa ước lao động tập thể, nhiều thỏa ước có nội dung có lợi hơn cho công nhân.

Theo ông Trần Văn Tâm, Chủ tịch Công đoàn các KCN tỉnh Long An, dù chịu tác động của dịch Covid-19, công tác thương lượng tập thể vẫn được duy trì. Với [[146|ca a y2020 s=Công đoàn các KCN]] bản ký mới, tổng số thỏa ước còn hiệu lực tại các doanh nghiệp trong KCN là [[512|ca a null s=Công đoàn các KCN n=documents in force are the stock of their signings (gold README 7); undated page -> null]] bản.

Long An: Hơn [[140|ca a y2020 s=Công đoàn các khu công nghiệp b=o n=NLĐ caption repeating the headline is a mention; the image number is not (gold README 1, 11)]] thỏa ước lao động tập thể được ký mới trong khu công nghiệp - Ảnh 1.

Ký kết thỏa ước lao động tập thể tại một doanh nghiệp trong KCN Đức Hòa. Ảnh: CAO NGUYÊN

Cũng trong năm 2020, có [[386|wd a y2020 s=Công đoàn các KCN]] doanh nghiệp tổ chức đối thoại định kỳ, [[74|wd a y2020 s=Công đoàn các KCN n=ad hoc dialogues are workplace dialogues too, a second figure]] doanh nghiệp tổ chức đối thoại đột xuất khi có yêu cầu của người lao động.

Cong doan cac KCN da to chuc [[48|tr a y2020 s=Công đoàn các KCN n=paragraph with stripped diacritics; scope repaired (gold README 10)]] lop tap huan ky nang thuong luong, doi thoai cho [[2.150|te a y2020 s=Công đoàn các KCN]] luot can bo cong doan co so va nguoi lao dong; tu van phap luat cho [[1.240|lc a y2020 s=Công đoàn các KCN]] luot cong nhan.

Hiện Công đoàn các KCN tỉnh quản lý [[412|ut a null s=Công đoàn các KCN]] CĐCS với hơn [[156.000|mt a null s=Công đoàn các KCN b=o]] đoàn viên.

Theo Người Lao Động

Bài liên quan
Long An: Công nhân được hỗ trợ 2 tỉ đồng tiền thuê nhà
Tây Ninh: 300 suất quà cho công nhân khó khăn"""

ARTS = [
    ('ch06', 'https://thanhnien.vn/can-tho-cong-doan-tu-van-phap-luat-cho-hon-1100-luot-nguoi-lao-dong-185734412.htm',
     '2017-12-26', 'Cần Thơ', CH06),
    ('ch07', 'https://dantri.com.vn/viec-lam/nghe-an-hon-21000-doan-vien-nguoi-lao-dong-duoc-tang-qua-tet-canh-ty-20200113102412345.htm',
     '2020-01-13', 'Nghệ An', CH07),
    ('ch08', 'https://tienphong.vn/quang-ninh-hon-3800-luot-can-bo-cong-doan-duoc-tap-huan-post1457212.tpo',
     '2022-07-28', 'Quảng Ninh', CH08),
    ('ch09', 'http://www.congdoan.vn/tin-tuc/xay-dung-to-chuc-512/gia-lai-hon-2100-doan-vien-cong-doan-uu-tu-duoc-gioi-thieu-cho-dang-681204.tld',
     None, 'Gia Lai', CH09),
    ('ch10', 'https://baomoi.com/long-an-hon-140-thoa-uoc-lao-dong-tap-the-duoc-ky-moi-trong-khu-cong-nghiep/c/37812456.epi',
     None, 'Long An', CH10),
]
