"""aq11-aq15: crawled provincial news (new content)."""
from a1 import HR, CAP, SITE

ARTS = []
KCN = 'Công đoàn các Khu công nghiệp'

# aq11 -- baohaiduong-like: WEEKDAY dateline, KCN union 10 months 2014, lost / net / dissolved
ARTS.append(('aq11', 'http://baohaiduong.vn/lao-dong-viec-lam/cong-doan-cac-khu-cong-nghiep-10-thang-thanh-lap-19-cdcs-46218', '2014-11-08', 'Hải Dương', """Công đoàn các Khu công nghiệp: 10 tháng thành lập [[19|un a f10-2014 s=""" + KCN + """ n=headline repeat of the body figure: takes its region and period (gold README 1)]] CĐCS

THỨ BẢY, 08/11/2014 16:20:31

Ngày 7.11, Công đoàn các Khu công nghiệp (KCN) tỉnh tổ chức hội nghị sơ kết công tác 10 tháng năm 2014.

Trong 10 tháng năm 2014, Công đoàn các KCN tỉnh đã thành lập mới [[19|un a f10-2014 s=""" + KCN + """ n=10 tháng năm 2014 -> Jan-Oct 2014; region from the site baohaiduong.vn (the body is only called tỉnh), scope the KCN union (gold README 6, 10)]] công đoàn cơ sở (CĐCS), đạt [[86,4%|un p f10-2014 s=""" + KCN + """]] chỉ tiêu cả năm (chỉ tiêu năm 2014 là [[22|un t y2014 s=""" + KCN + """ n=chỉ tiêu năm 2014 -> target for the full year (gold README 8)]] CĐCS); kết nạp [[5.640|mn a f10-2014 s=""" + KCN + """]] đoàn viên. Tuy nhiên, do một số doanh nghiệp giải thể, phá sản, chủ bỏ trốn, có [[11|ud a f10-2014 s=""" + KCN + """]] CĐCS giải thể, số đoàn viên giảm [[3.980|ml a f10-2014 s=""" + KCN + """]] người. Như vậy, trong 10 tháng, số đoàn viên tăng tuyệt đối [[1.660|mnet a f10-2014 s=""" + KCN + """]] người, số CĐCS tăng tuyệt đối [[8|unet a f10-2014 s=""" + KCN + """]] đơn vị.

Hiện Công đoàn các KCN tỉnh có [[186|ut a pub s=""" + KCN + """ n=stock (Hiện) dated at publication (gold README 7)]] CĐCS với [[72.430|mt a pub s=""" + KCN + """]] đoàn viên, trong đó hơn 70% là nữ. Thu nhập bình quân của công nhân trong các KCN đạt 3,9 triệu đồng/người/tháng.

Theo đánh giá của Công đoàn các KCN, đời sống của công nhân vẫn còn nhiều khó khăn. Phần lớn công nhân là lao động từ các huyện Thanh Hà, Kim Thành, Cẩm Giàng và các tỉnh lân cận, phải thuê nhà trọ chật chội, thiếu các thiết chế văn hóa; nhiều người có con nhỏ nhưng chưa có nhà trẻ gần nơi làm việc. Một số doanh nghiệp vẫn còn tình trạng tăng ca quá giờ quy định, chậm đóng bảo hiểm xã hội.

Trong 10 tháng, các CĐCS đã phối hợp với chủ doanh nghiệp tổ chức đối thoại tại [[64|wd a f10-2014 s=""" + KCN + """]] doanh nghiệp; Công đoàn các KCN tham gia [[9|sv a f10-2014 s=""" + KCN + """ n=cuộc giám sát joined -> supervisions]] cuộc giám sát việc thực hiện pháp luật lao động cùng Ban Quản lý các KCN tỉnh.

Công nhân Công ty TNHH Ford Việt Nam trong giờ làm việc. Ảnh: Thành Chung

PV
"""))

# aq12 -- undated aggregator copy: women committees, official conferences, inspections
ARTS.append(('aq12', 'https://tinmoinhat.news/can-tho-ldld-thanh-pho-tong-ket-cong-tac-kiem-tra-nam-2019/', None, 'Cần Thơ', """Cần Thơ: LĐLĐ thành phố tổng kết công tác kiểm tra năm 2019

Tin Mới Nhất | Chính trị - Xã hội

Ủy ban Kiểm tra Liên đoàn Lao động (LĐLĐ) TP Cần Thơ vừa tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2019 và triển khai phương hướng năm 2020.

Năm 2019, Ủy ban Kiểm tra công đoàn các cấp đã kiểm tra tài chính [[126|fi a y2019 n=kiểm tra tài chính 126 CĐCS -> 126 financial inspections]] công đoàn cơ sở (CĐCS), đạt [[105%|fi p y2019]] kế hoạch; phối hợp tham gia [[48|sv a y2019]] cuộc giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp. Qua kiểm tra, phát hiện 7 đơn vị thu, chi chưa đúng quy định, kiến nghị thu hồi hơn 38 triệu đồng.

Cũng trong năm, [[84/89|oc a y2019 n=x/y -> x (records.md value)]] cơ quan, đơn vị hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức; thành lập mới [[34|wc a y2019]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước.

Năm 2020, Ủy ban Kiểm tra LĐLĐ thành phố phấn đấu kiểm tra tài chính ít nhất [[130|fi t y2020 b=o n=phấn đấu -> target; ít nhất -> over (gold README 4, 5)]] CĐCS và 100% công đoàn cấp trên cơ sở.

Theo Báo Cần Thơ

Tin cùng chuyên mục
- Hơn 1.500 công nhân được khám sức khỏe định kỳ
- Cần Thơ: Trao 120 suất học bổng cho con công nhân
"""))

# aq13 -- baobinhdinh-like excerpt starting mid-article, light damage (zero-width space, old tone marks)
ARTS.append(('aq13', 'https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=1&mabb=236812', '2022-06-30', 'Bình Định', """trong 6 tháng đầu năm, công tác chuyển đổi số trong quản lý đoàn viên được LĐLĐ tỉnh đặc biệt chú trọng. Các cấp công đoàn đã nhập thông tin [[14.​320|rec a h1-2022 v=14320 n=zero-width space inside the number (scraping damage) -> 14320; 6 tháng đầu năm without year -> the publication year 2022 (records.md Periods); region from the site baobinhdinh.vn, the body is only called tỉnh (records.md Regions)]] đoàn viên lên phần mềm quản lý đoàn viên, cấp [[6.200|rec a h1-2022 n=cards given -> member_records (indicators.tsv)]] thẻ đòan viên công đoàn.

Công tác tuyên truyền, phổ biến pháp luật tiếp tục được đổi mới. LĐLĐ tỉnh và các công đoàn cấp trên cơ sở đã tổ chức [[24|tr a h1-2022]] lớp tập huấn cho cán bộ công đoàn cơ sở; tuyên truyền, phổ biến pháp luật cho [[38.600|te a h1-2022]] lượt đòan viên, người lao động. Văn phòng Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho [[1.140|lc a h1-2022]] lượt người lao động, chủ yếu về chế độ bảo hiểm xã hội, trợ cấp thôi việc.

Bên cạnh đó, Công đoàn các KCN tỉnh phối hợp tổ chức hội nghị người lao động tại [[57|wkc a h1-2022 s=Công đoàn các KCN]] doanh nghiệp, đối thoại định kỳ tại [[43|wd a h1-2022 s=Công đoàn các KCN]] doanh nghiệp.

6 tháng cuối năm, LĐLĐ tỉnh đặt mục tiêu nhập thông tin thêm [[10.000|rec t l6-2022 n=đặt mục tiêu -> target; 6 tháng cuối năm -> Jul-Dec of the publication year]] đoàn viên lên phần mềm, hoàn thành việc cập nhật dữ liệu đoàn viên trong toàn tỉnh.

NGỌC NHUẬN

 Ý kiến bạn đọc (0)
 30/06/2022 - 10:12
"""))

# aq14 -- undated: education sector union, Tết Giáp Thìn 2024, national union in the province
ARTS.append(('aq14', 'https://sonla.edu.vn/tin-tuc/cong-doan-nganh/cong-doan-giao-duc-tinh-trao-qua-tet-giap-thin-2024-cho-doan-vien-kho-khan.html', None, 'Sơn La', """Công đoàn Giáo dục tỉnh trao quà Tết Giáp Thìn 2024 cho đoàn viên khó khăn

Đăng bởi: Quản trị | Lượt xem: 1.046

Thực hiện Chương trình "Tết Sum vầy" năm 2024, Công đoàn Giáo dục tỉnh Sơn La đã tổ chức trao [[320|ben a y2024 s=Công đoàn Giáo dục tỉnh n=Tết Giáp Thìn 2024 -> year 2024; sector union gives its province with a scope (records.md Regions)]] suất quà cho đoàn viên là nhà giáo, người lao động có hoàn cảnh khó khăn tại các huyện Sốp Cộp, Mường La, Bắc Yên, Phù Yên. Mỗi suất quà trị giá 600.000 đồng, tổng trị giá [[192 triệu|sf a y2024 s=Công đoàn Giáo dục tỉnh n=total is a record; 600.000 đồng per gift is not (gold README 11)]] đồng.

Cùng dịp, Công đoàn Giáo dục Việt Nam đã trao [[40|ben a y2024 n=national sector union acting in Sơn La -> Sơn La (records.md Regions)]] suất quà, mỗi suất 1 triệu đồng, cho giáo viên các điểm trường vùng cao huyện Sốp Cộp.

Theo kế hoạch, trong dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn ngành Giáo dục Sơn La sẽ chăm lo cho khoảng [[1.850|ben t y2024 b=a s=công đoàn ngành Giáo dục n=Theo kế hoạch ... sẽ -> target (gold README 4); khoảng -> about]] đoàn viên với tổng kinh phí [[1,1 tỷ|sf t y2024 s=công đoàn ngành Giáo dục]] đồng, trích từ quỹ công đoàn các cấp và nguồn xã hội hóa.

Công đoàn Giáo dục tỉnh trao quà cho giáo viên trường Phổ thông Dân tộc bán trú Tiểu học Mường Lạn.

Lò Thị Thủy - Công đoàn Giáo dục tỉnh

Bài viết khác:
- Hội thao giáo viên năm học 2023-2024
- 45 nhà giáo được tặng Kỷ niệm chương
"""))

# aq15 -- baovinhphuc-like: Covid support since the start of 2020, hotline
ARTS.append(('aq15', 'http://www.baovinhphuc.com.vn/xa-hoi/63852/gan-23-ty-dong-ho-tro-doan-vien-bi-anh-huong-dich-covid-19.html', '2020-08-14', 'Vĩnh Phúc', """Gần [[2,3 tỷ|sf a 2020-01-01..2020-08-14 b=u n=rounded headline repeat of the body figure: takes its region and period (gold README 1)]] đồng hỗ trợ đoàn viên bị ảnh hưởng dịch Covid-19

Cập nhật: 14/08/2020 10:25

Từ đầu năm 2020 đến nay, các cấp công đoàn tỉnh Vĩnh Phúc đã hỗ trợ [[3.426|ben a 2020-01-01..2020-08-14 n=từ đầu năm 2020 đến nay -> Jan 1 .. publication (records.md Periods)]] đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với tổng kinh phí gần [[2,3 tỷ|sf a 2020-01-01..2020-08-14 b=u]] đồng, trong đó khoảng [[1.200|ben a 2020-01-01..2020-08-14 b=a s=doanh nghiệp trong các KCN n=breakdown (trong đó) with a scope (gold README 6)]] người lao động làm việc tại các doanh nghiệp trong các KCN. Mức hỗ trợ từ 500.000 đồng đến 1 triệu đồng/người.

Theo LĐLĐ tỉnh, do ảnh hưởng của dịch bệnh, nhiều doanh nghiệp phải thu hẹp sản xuất, cắt giảm lao động, khiến số đoàn viên giảm [[4.310|ml a 2020-01-01..2020-08-14]] người so với cuối năm 2019. Dù vậy, các cấp công đoàn vẫn kết nạp được [[2.875|mn a 2020-01-01..2020-08-14]] đoàn viên, thành lập [[17|un a 2020-01-01..2020-08-14]] CĐCS. Hiện toàn tỉnh có hơn [[121.500|mt a pub b=o n=stock (Hiện) dated at publication (gold README 7)]] đoàn viên sinh hoạt tại [[1.184|ut a pub]] CĐCS.

Người lao động cần hỗ trợ có thể liên hệ đường dây nóng của LĐLĐ tỉnh: 0211.3862.514.

Lãnh đạo LĐLĐ tỉnh trao hỗ trợ cho người lao động Công ty TNHH Honda Việt Nam.

Hà Phương
"""))
