"""l01-l07: articles in the shapes of the real scraped dev articles (new content)."""
HR = 'n=headline repeat of the body figure: takes its region and period (gold README 1)'
CAP = 'n=caption repeat of the body figure: takes its region and period (gold README 1)'


def SITE(site, prov):
    return ('n=region from the source site (%s): the reporting body is only called "tỉnh" '
            '(records.md Regions: else the source site\'s province) -> %s' % (site, prov))


ARTS = []

# l01 -- baohaiduong-like layout (headline, WEEKDAY dateline, sapo, body, caption, byline)
ARTS.append(('l01', 'http://m.baobacgiang.vn/lao-dong-viec-lam/vuot-ke-hoach-phat-trien-doan-vien-thanh-lap-cong-doan-co-so-371204', '2022-01-14', 'Bắc Giang', """Vượt kế hoạch phát triển đoàn viên, thành lập công đoàn cơ sở

THỨ SÁU, 14/01/2022 10:42:05

Năm 2021, dù chịu tác động nặng nề của dịch Covid-19, toàn tỉnh vẫn kết nạp được [[9.215|mn a y2021 n=sapo repeat of the body figure, a mention of its own (gold README 1); region from the source site baobacgiang.vn (records.md Regions)]] đoàn viên, thành lập mới [[38|un a y2021 n=sapo mention (gold README 1)]] công đoàn cơ sở, vượt kế hoạch đề ra.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, năm 2021, các cấp công đoàn đã kết nạp [[9.215|mn a y2021 """ + SITE('baobacgiang.vn', 'Bắc Giang') + """]] đoàn viên, đạt [[115,2%|mn p y2021]] kế hoạch; thành lập mới [[38|un a y2021]] công đoàn cơ sở (CĐCS), vượt [[8,6%|un p y2021 v=108.6 n=vượt N% kế hoạch -> 100+N (records.md status, gold README 3)]] kế hoạch năm. Riêng Công đoàn các khu công nghiệp tỉnh kết nạp [[5.870|mn a y2021 s=Công đoàn các khu công nghiệp n=breakdown with a scope (gold README 6)]] đoàn viên, chiếm gần 64% tổng số đoàn viên kết nạp mới của toàn tỉnh.

Tuy nhiên, do nhiều doanh nghiệp phải tạm dừng hoạt động, cắt giảm lao động vì dịch bệnh, trong năm có [[41|ud a y2021 n=trong năm -> the year named before (2021)]] CĐCS giải thể, số đoàn viên giảm [[6.340|ml a y2021]] người. Hiện toàn tỉnh có [[1.412|ut a pub n=stock (Hiện) dated at publication (records.md, gold README 7)]] CĐCS với [[168.904|mt a pub]] đoàn viên, trong đó khu vực ngoài nhà nước có [[102.517|mt a pub s=khu vực ngoài nhà nước]] đoàn viên.

Năm 2022, LĐLĐ tỉnh đặt mục tiêu kết nạp [[10.000|mn t y2022]] đoàn viên, thành lập [[40|un t y2022]] CĐCS; tập trung vào các doanh nghiệp có từ 25 lao động trở lên chưa có tổ chức công đoàn tại các khu công nghiệp Quang Châu, Vân Trung, Song Khê - Nội Hoàng.

Công nhân Công ty TNHH Fuhong Precision Component (Bắc Giang) trong giờ sinh hoạt công đoàn. Ảnh: T.H

THANH HƯƠNG
"""))

# l02 -- nld.com.vn excerpt that starts mid-article, "- Ảnh 1." caption, "Tin-ảnh:" byline
ARTS.append(('l02', 'https://nld.com.vn/cong-doan/tay-ninh-cham-lo-cho-hon-12000-luot-doan-vien-20160108203115472.htm', '2016-01-08', 'Tây Ninh', """Năm qua, bên cạnh việc đại diện, bảo vệ quyền lợi hợp pháp của người lao động (NLĐ), các cấp CĐ tỉnh Tây Ninh đã dành nhiều nguồn lực cho công tác chăm lo. Theo LĐLĐ tỉnh Tây Ninh, các cấp CĐ đã thăm hỏi, tặng quà cho [[12.480|ben a y2015 n=năm qua in a January article -> the previous year (records.md Periods)]] lượt đoàn viên, CNVC-LĐ có hoàn cảnh khó khăn, bị tai nạn lao động, ốm đau với tổng kinh phí hơn [[6,2 tỉ|sf a y2015 b=o n=tỉ spelling of tỷ; hơn -> over]] đồng, tăng 1.200 lượt so với năm 2014. LĐLĐ tỉnh đã xây mới [[24|sh a y2015]] "Mái ấm Công đoàn", mỗi căn được hỗ trợ 40 triệu đồng, tổng số tiền [[960 triệu|shf a y2015 n=the total is a record, the 40 triệu per house is not (gold README 11)]] đồng. Văn phòng tư vấn pháp luật của LĐLĐ tỉnh đã tư vấn cho [[1.150|lc a y2015]] lượt NLĐ, cử cán bộ tham gia bảo vệ quyền lợi cho NLĐ trong 9 vụ án lao động tại tòa án.

Tây Ninh: Chăm lo cho hơn [[12.000|ben a y2015 b=o n=caption/title repeat of 12.480 (rounded, hơn): takes its region and period (gold README 1)]] lượt đoàn viên - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Tây Ninh trao bằng khen cho 25 tập thể có thành tích xuất sắc năm 2015

Năm 2016, LĐLĐ tỉnh Tây Ninh đề ra chỉ tiêu kết nạp [[6.000|mn t y2016]] đoàn viên, thành lập mới [[30|un t y2016]] CĐ cơ sở, xây dựng [[20|sh t y2016]] "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở; đồng thời tiếp tục đẩy mạnh việc tổ chức đối thoại, thương lượng tập thể tại các doanh nghiệp ở KCN Trảng Bàng, KCN Phước Đông.

Tin-ảnh: Hoàng Phương
"""))

# l03 -- baolamdong-like byline + time dateline
ARTS.append(('l03', 'https://baobinhthuan.com.vn/xa-hoi/thang-cong-nhan-nam-2017-hon-300-cong-doan-co-so-tham-gia-81420.html', '2017-06-02', 'Bình Thuận', """Tháng Công nhân năm 2017: Hơn [[300|wmu a mo2017-05 b=o """ + HR + """]] công đoàn cơ sở tham gia

N.LÂN 07:35, 02/06/2017

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Bình Thuận, trong Tháng Công nhân năm 2017, có [[327|wmu a mo2017-05 n=Tháng Công nhân năm 2017 -> May 2017 (records.md Periods)]] công đoàn cơ sở (CĐCS) trên địa bàn tỉnh tổ chức các hoạt động hưởng ứng với chủ đề "Đoàn kết, kỷ cương, năng suất, hiệu quả".

Các cấp công đoàn đã thăm hỏi, tặng [[1.450|ben a mo2017-05 n=period from the nearest earlier period phrase (Tháng Công nhân năm 2017)]] suất quà cho công nhân lao động có hoàn cảnh khó khăn, mỗi suất trị giá 400.000 đồng, tổng trị giá [[580 triệu|sf a mo2017-05]] đồng. Thông qua các buổi "Đối thoại tháng Năm", [[42|wd a mo2017-05]] doanh nghiệp đã tổ chức đối thoại với người lao động; [[17|meal a mo2017-05 n=the 15.000 đồng meal level is a threshold, not a record (records.md)]] doanh nghiệp điều chỉnh tăng mức bữa ăn giữa ca lên từ 15.000 đồng/suất trở lên. Ngoài ra, LĐLĐ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra việc thực hiện chính sách lao động tại [[11|sv a mo2017-05 n=enterprises inspected jointly -> supervisions (inspections joined)]] doanh nghiệp ở KCN Phan Thiết và KCN Hàm Kiệm.

Trong tháng 6, LĐLĐ tỉnh sẽ tổ chức [[8|tr t mo2017-06 n=planned activity (sẽ tổ chức) -> target (gold README 4); trong tháng 6 -> June of the publication year]] lớp tập huấn về an toàn, vệ sinh lao động cho cán bộ công đoàn cơ sở ở các huyện Tuy Phong, Bắc Bình, Đức Linh.
"""))

# l04 -- baoquangbinh-like bullet dateline and share icons, district union, duplicated caption
ARTS.append(('l04', 'https://baohatinh.vn/lao-dong/cam-xuyen-ky-niem-89-nam-ngay-thanh-lap-cong-doan-viet-nam-153318.htm', '2018-07-27', 'Hà Tĩnh', """Cẩm Xuyên: Kỷ niệm 89 năm Ngày thành lập Công đoàn Việt Nam

  • 15:12, 27/07/2018
  • icon gmail
  • icon facebook
  • icon zalo

(Baohatinh.vn) - Chiều 26/7, Liên đoàn Lao động (LĐLĐ) huyện Cẩm Xuyên tổ chức gặp mặt kỷ niệm 89 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2018) và biểu dương 30 cán bộ công đoàn cơ sở tiêu biểu.

Những năm qua, hoạt động công đoàn trên địa bàn huyện ngày càng đi vào chiều sâu, hướng mạnh về cơ sở. Từ năm 2013 đến nay, LĐLĐ huyện đã vận động kết nạp [[1.280|mn a 2013-01-01..2018-07-27 s=huyện Cẩm Xuyên n=từ năm 2013 đến nay -> 2013-01-01..publication (records.md); a district union gives its province Hà Tĩnh, scope the district (records.md Regions)]] đoàn viên, thành lập mới [[27|un a 2013-01-01..2018-07-27 s=huyện Cẩm Xuyên]] công đoàn cơ sở (CĐCS), chủ yếu ở các doanh nghiệp ngoài nhà nước và hợp tác xã. Đến nay, toàn huyện có [[112|ut a pub s=huyện Cẩm Xuyên n=stock (Đến nay ... có) dated at publication (gold README 7)]] CĐCS với gần [[4.950|mt a pub b=u s=huyện Cẩm Xuyên]] đoàn viên.

Cũng trong giai đoạn này, các CĐCS đã giới thiệu [[64|pr a 2013-01-01..2018-07-27 s=huyện Cẩm Xuyên n=giai đoạn này refers back to từ năm 2013 đến nay]] đoàn viên ưu tú cho Đảng xem xét, trong đó có [[41|pa a 2013-01-01..2018-07-27 s=huyện Cẩm Xuyên]] đồng chí đã được kết nạp vào Đảng. Từ nguồn quỹ xã hội, LĐLĐ huyện hỗ trợ xây dựng [[9|sh a 2013-01-01..2018-07-27 s=huyện Cẩm Xuyên]] nhà "Mái ấm Công đoàn" với tổng số tiền [[315 triệu|shf a 2013-01-01..2018-07-27 s=huyện Cẩm Xuyên]] đồng cho đoàn viên nghèo.

Lãnh đạo huyện Cẩm Xuyên trao giấy khen cho các cán bộ công đoàn tiêu biểu.
Lãnh đạo huyện Cẩm Xuyên trao giấy khen cho các cán bộ công đoàn tiêu biểu.

Với những kết quả đạt được, LĐLĐ huyện Cẩm Xuyên nhiều năm liền được LĐLĐ tỉnh tặng cờ thi đua xuất sắc. Năm 2017, LĐLĐ huyện được Tổng LĐLĐ Việt Nam tặng bằng khen vì có thành tích trong phong trào thi đua
"""))

# l05 -- baodongthap-like "Cập nhật ngày" line and site code, sector union, Tết
ARTS.append(('l05', 'https://baodongkhoi.vn/cong-doan-nganh-y-te-trao-qua-tet-cho-doan-vien-kho-khan-24012019-a61452.html', '2019-01-24', 'Bến Tre', """Công đoàn ngành Y tế trao quà tết cho đoàn viên khó khăn
Cập nhật ngày: 24/01/2019 16:05:10
BĐK - Ngày 23/1, Công đoàn ngành Y tế tỉnh tổ chức trao quà Tết Nguyên đán Kỷ Hợi 2019 cho đoàn viên có hoàn cảnh khó khăn tại Bệnh viện Nguyễn Đình Chiểu và các trung tâm y tế huyện.
Bác sĩ, điều dưỡng có hoàn cảnh khó khăn của Bệnh viện Nguyễn Đình Chiểu nhận quà tết của Công đoàn ngành Y tế tỉnh
Dịp này, Công đoàn ngành Y tế tỉnh trao [[120|ben a y2019 s=Công đoàn ngành Y tế """ + SITE('baodongkhoi.vn', 'Bến Tre') + """; Tết Kỷ Hợi 2019 -> the year 2019 (Tết figures take the Tết year, challenge15)]] suất quà (mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm) với tổng kinh phí [[84 triệu|sf a y2019 s=Công đoàn ngành Y tế n=the 500.000 đồng per gift is a per-item amount, not a record]] đồng, trích từ quỹ xã hội của Công đoàn ngành.
Theo Công đoàn ngành Y tế tỉnh, dịp Tết Kỷ Hợi năm 2019, các CĐCS trong ngành đã chăm lo cho [[2.315|ben a y2019 s=Công đoàn ngành Y tế]] đoàn viên với tổng số tiền hơn [[1,1 tỷ|sf a y2019 b=o s=Công đoàn ngành Y tế]] đồng. Công đoàn ngành hiện có [[46|ut a pub s=Công đoàn ngành Y tế]] CĐCS trực thuộc với [[4.210|mt a pub s=Công đoàn ngành Y tế]] đoàn viên, trong đó nữ chiếm hơn 70%.
Đây là hoạt động thường niên nằm trong Chương trình "Tết Sum vầy" của Công đoàn ngành Y tế tỉnh, nhằm động viên đội ngũ y, bác sĩ yên tâm công tác, phục vụ người bệnh trong những ngày tết.
Hương Lan
"""))

# l06 -- baodongnai-like "Cập nhật lúc ..., Thứ ..., (GMT+7)" and "(BP)-" lead
ARTS.append(('l06', 'http://baobinhphuoc.com.vn/news/9/152317/binh-phuoc-9-thang-phat-trien-hon-3-400-doan-vien', '2023-10-26', 'Bình Phước', """Bình Phước: 9 tháng phát triển hơn [[3.400|mn a f9-2023 b=o n=rounded headline repeat of 3.412 (gold README 1)]] đoàn viên

Cập nhật lúc 10:05, Thứ Năm, 26/10/2023 (GMT+7)

(BP) - Ngày 25/10, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị sơ kết công tác công đoàn 9 tháng đầu năm, triển khai nhiệm vụ quý IV/2023.

Theo báo cáo, 9 tháng đầu năm 2023, các cấp công đoàn trong tỉnh đã kết nạp [[3.412|mn a f9-2023]] đoàn viên, đạt [[68,2%|mn p f9-2023 n=part-way attainment of the year plan takes the reporting period (challenge15 rule)]] kế hoạch năm; thành lập mới [[14|un a f9-2023]] công đoàn cơ sở. Có [[156|wkc a f9-2023]] doanh nghiệp tổ chức hội nghị người lao động, [[211|wd a f9-2023]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc; các công đoàn cơ sở đã thương lượng, ký mới [[23|ca a f9-2023]] bản thỏa ước lao động tập thể.

Công tác tuyên truyền, tư vấn pháp luật được chú trọng. LĐLĐ tỉnh và các công đoàn cấp trên trực tiếp cơ sở đã tổ chức [[18|tr a f9-2023]] lớp tập huấn cho [[1.340|te a f9-2023]] lượt cán bộ công đoàn; tư vấn pháp luật cho [[1.026|lc a f9-2023]] lượt đoàn viên, người lao động, chủ yếu về tiền lương, bảo hiểm xã hội và chế độ thai sản.

Quý IV, LĐLĐ tỉnh tập trung hoàn thành chỉ tiêu phát triển [[5.000|mn t y2023 n=chỉ tiêu of the year 2023 (gold README 4, 8)]] đoàn viên năm 2023, chuẩn bị chu đáo các hoạt động chăm lo Tết Nguyên đán Giáp Thìn 2024 cho đoàn viên, người lao động.

THU HÀ
"""))

# l07 -- baobinhduong-like "Cập nhật: dd-mm-yyyy | hh:mm:ss", share line, reader-comment notice
ARTS.append(('l07', 'https://baolongan.vn/hon-23-000-luot-doan-vien-nguoi-lao-dong-duoc-ho-tro-trong-nam-2020-a106714.html', '2020-12-27', 'Long An', """Hơn [[23.000|ben a y2020 b=o n=rounded headline repeat of 23.500 (gold README 1)]] lượt đoàn viên, người lao động được hỗ trợ trong năm 2020

Cập nhật: 27-12-2020 | 08:41:12

Năm 2020, dịch Covid-19 ảnh hưởng nặng nề đến việc làm, thu nhập của người lao động (NLĐ) trên địa bàn tỉnh. Trong bối cảnh đó, Liên đoàn Lao động (LĐLĐ) tỉnh Long An đã chỉ đạo các cấp công đoàn kịp thời hỗ trợ [[23.500|ben a y2020]] lượt đoàn viên, NLĐ bị giảm giờ làm, ngừng việc, mất việc với tổng số tiền gần [[11,4 tỷ|sf a y2020 b=u]] đồng.

Bên cạnh đó, LĐLĐ tỉnh hỗ trợ xây mới, sửa chữa [[15|sh a y2020]] "Mái ấm Công đoàn" với tổng kinh phí [[675 triệu|shf a y2020]] đồng; mức hỗ trợ xây mới 50 triệu đồng/căn, sửa chữa 30 triệu đồng/căn. Chương trình "Phúc lợi đoàn viên công đoàn" tiếp tục được mở rộng: trong năm, LĐLĐ tỉnh ký kết thỏa thuận hợp tác với [[12|wp a y2020]] doanh nghiệp, nâng tổng số đơn vị tham gia chương trình lên [[47|wp a pub n=nâng tổng số ... lên: a stock dated at publication (records.md, gold README 7)]], với mức ưu đãi từ 5% đến 20% khi đoàn viên mua hàng, sử dụng dịch vụ.

Năm 2021, LĐLĐ tỉnh phấn đấu hỗ trợ xây dựng [[20|sh t y2021]] "Mái ấm Công đoàn", ký kết thêm [[10|wp t y2021]] thỏa thuận hợp tác trong Chương trình "Phúc lợi đoàn viên công đoàn", tiếp tục đồng hành cùng NLĐ vượt qua khó khăn.

NGỌC MẪN

Chia sẻ bài viết

LƯU Ý: Báo Long An sẽ biên tập ý kiến của bạn đọc trước khi xuất bản. Vui lòng gõ tiếng Việt có dấu, cám ơn sự đóng góp của bạn đọc.

Gửi file đính kèm không quá 10MB Đính kèm File
Quay lên trên
"""))
