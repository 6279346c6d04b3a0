"""challenge62 co01-co05."""

ARTS = []

# co01: baomoi copy of Báo Tuyên Quang, undated; half-year 2019 membership.
ARTS.append(('co01', 'https://baomoi.com/tuyen-quang-ket-nap-hon-1-300-doan-vien-cong-doan-trong-6-thang/c/30612847.epi', None, 'Tuyên Quang', """Tuyên Quang: Kết nạp hơn [[1.300|mn a h1-2019 b=o n=headline repeat of the 1.356 of 6 tháng đầu năm 2019; keeps its own bound (gold README 1, 5)]] đoàn viên công đoàn trong 6 tháng

Báo Tuyên Quang

Thông tin từ Liên đoàn Lao động (LĐLĐ) tỉnh, 6 tháng đầu năm 2019, các cấp công đoàn trong tỉnh đã thành lập mới [[9|un a h1-2019]] công đoàn cơ sở (CĐCS), kết nạp [[1.356|mn a h1-2019]] đoàn viên, đạt [[54,2%|mn p h1-2019 n=part-way attainment of the year plan takes the reporting half-year (records.md periods: from the sentence)]] kế hoạch năm.

Trong số đoàn viên mới kết nạp, khu vực doanh nghiệp ngoài nhà nước là [[871|mn a h1-2019 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of the 1.356 (gold README 6)]] người. Các CĐCS mới thành lập chủ yếu ở các công ty may mặc, chế biến gỗ tại huyện Sơn Dương, Yên Sơn và Khu công nghiệp Long Bình An.

Cũng trong 6 tháng, do doanh nghiệp giải thể, ngừng hoạt động, toàn tỉnh giải thể [[4|ud a h1-2019]] CĐCS, giảm [[518|ml a h1-2019]] đoàn viên. Hiện toàn tỉnh có [[1.048|ut a null n=stock (hiện) in an undated page: null..null (records.md, gold README 7)]] CĐCS với [[49.630|mt a null n=stock (hiện) in an undated page: null..null (gold README 7)]] đoàn viên.

Để hoàn thành chỉ tiêu năm 2019 là kết nạp [[2.500|mn t y2019]] đoàn viên, thành lập [[15|un t y2019]] CĐCS, LĐLĐ tỉnh đề nghị LĐLĐ các huyện, thành phố và công đoàn ngành rà soát các doanh nghiệp sử dụng từ 10 lao động trở lên chưa có tổ chức công đoàn, phân công cán bộ bám cơ sở, tuyên truyền trực tiếp tới người lao động; gắn chỉ tiêu phát triển đoàn viên với kết quả thi đua cuối năm của từng đơn vị.

Tuấn Anh

Theo Báo Tuyên Quang

Xem thêm: Công đoàn | Tuyên Quang | phát triển đoàn viên
"""))

# co02: NLĐ page, dated 2021-02-05; Tết Tân Sửu 2021 in Long An.
ARTS.append(('co02', 'https://nld.com.vn/cong-doan/long-an-cham-lo-tet-cho-hon-31000-doan-vien-nguoi-lao-dong-20210205201533214.htm', '2021-02-05', 'Long An', """Long An: Chăm lo Tết cho hơn [[31.000|ben a y2021 b=o n=headline repeat of 31.482; Tết Tân Sửu 2021 gives the year 2021 (gold README 1; Tết year convention)]] đoàn viên, người lao động

05-02-2021 - 20:16 | Công đoàn

(NLĐO) - Tổng kinh phí chăm lo Tết Tân Sửu 2021 của các cấp Công đoàn tỉnh Long An hơn [[16 tỉ|sf a y2021 b=o n=sapo repeat of the body figure (gold README 1)]] đồng

Ngày 5-2, LĐLĐ tỉnh Long An cho biết trong dịp Tết Nguyên đán Tân Sửu 2021, các cấp Công đoàn trong tỉnh đã thăm, tặng quà cho [[31.482|ben a y2021]] đoàn viên, người lao động (NLĐ) với tổng kinh phí hơn [[16 tỉ|sf a y2021 b=o]] đồng. Trong đó, LĐLĐ tỉnh trực tiếp trao [[2.150|ben a y2021 s=LĐLĐ tỉnh trực tiếp n=breakdown of the 31.482 (gold README 6)]] suất quà, trị giá [[1,07 tỉ|sf a y2021 s=LĐLĐ tỉnh trực tiếp]] đồng; CĐ các KCN tỉnh trao [[9.640|ben a y2021 s=CĐ các KCN tỉnh n=a KCN union gives its province (records.md regions), breakdown with scope]] suất quà, mỗi suất từ 400.000 đến 600.000 đồng.

Long An: Chăm lo Tết cho hơn [[31.000|ben a y2021 b=o n=NLĐ image caption repeating the headline is a mention (gold README 1; challenge50 note)]] đoàn viên, người lao động - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Long An trao quà Tết cho công nhân Công ty TNHH Giày Fulgent Sun (huyện Đức Hòa)

Do ảnh hưởng của dịch Covid-19, năm nay LĐLĐ tỉnh không tổ chức Chợ Tết Công đoàn tập trung mà phối hợp với 3 siêu thị trên địa bàn phát 2.500 phiếu mua hàng giảm giá cho công nhân. Bên cạnh đó, các cấp Công đoàn phối hợp với doanh nghiệp tặng [[320|ben a y2021 n=free bus tickets given to workers count as beneficiaries (gold README 9)]] vé xe miễn phí cho công nhân quê ở các tỉnh miền Tây và miền Trung về quê đón Tết.

Ông Võ Văn Thượng, Phó Chủ tịch LĐLĐ tỉnh Long An, cho biết toàn tỉnh hiện có hơn 290.000 công nhân lao động đang làm việc tại 24 KCN, cụm công nghiệp; phần lớn được doanh nghiệp thưởng Tết bình quân từ 1 đến 1,5 tháng lương.

HỒNG ÁNH
"""))

# co03: Lao Động excerpt, starts and stops mid-article, undated; legal aid 2017 in Bà Rịa - Vũng Tàu.
ARTS.append(('co03', 'https://laodong.vn/cong-doan/ba-ria-vung-tau-tu-van-phap-luat-cho-hon-1200-luot-nguoi-lao-dong-587412.ldo', None, 'Bà Rịa - Vũng Tàu', """các CĐCS trong các doanh nghiệp có đông công nhân, nhất là tại KCN Phú Mỹ I, Mỹ Xuân A và Đông Xuyên.

Theo LĐLĐ tỉnh Bà Rịa - Vũng Tàu, năm 2017, Văn phòng Tư vấn pháp luật Công đoàn tỉnh đã tư vấn pháp luật cho [[1.246|lc a y2017]] lượt đoàn viên, NLĐ, chủ yếu về tiền lương, BHXH, chấm dứt hợp đồng lao động. Riêng qua đường dây nóng, cán bộ văn phòng đã tư vấn trực tiếp cho [[214|lc a y2017 s=qua đường dây nóng n=breakdown of the 1.246 (gold README 6); period from the earlier năm 2017]] lượt NLĐ. Văn phòng cũng tham gia giải quyết 37 vụ tranh chấp lao động, giúp NLĐ nhận lại hơn 2,1 tỉ đồng tiền lương, trợ cấp bị nợ.

Cùng với tư vấn, các cấp CĐ trong tỉnh đã tổ chức [[58|tr a y2017 n=dissemination conferences count as trainings (indicators.tsv trainings: hội nghị)]] hội nghị tuyên truyền, phổ biến pháp luật cho hơn [[9.400|te a y2017 b=o]] lượt đoàn viên, NLĐ; phối hợp với Sở LĐTBXH, BHXH tỉnh kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại [[46|sv a y2017 n=enterprises inspected jointly counted as supervisions held or joined (indicators.tsv supervisions)]] doanh nghiệp.

Năm 2018, LĐLĐ tỉnh đặt mục tiêu tư vấn pháp luật cho ít nhất [[1.300|lc t y2018 b=o]] lượt NLĐ, mở thêm 2 điểm tư vấn lưu động tại các KCN, đồng thời phấn đấu 100% CĐCS doanh nghiệp có cán bộ được bồi dưỡng kỹ năng thương lượng.

Theo bà Phạm Thị Thu Hà, Trưởng Ban Chính sách - Pháp luật LĐLĐ tỉnh, nhiều vụ việc kéo dài do chủ doanh nghiệp bỏ trốn, doanh nghiệp nợ BHXH nhiều tháng liền. "Thời gian tới, chúng tôi sẽ tiếp tục phối hợp với các cơ quan chức năng tăng cường kiểm tra các doanh nghiệp nợ đọng BHXH kéo dài, đồng thời"""))

# co04: union portal, Bạc Liêu, dated 2018-10-12; Mái ấm of the education sector union.
ARTS.append(('co04', 'http://congdoanbaclieu.org.vn/tin-tuc-su-kien/hoat-dong-cong-doan/ban-giao-3-mai-am-cong-doan-cho-doan-vien-nganh-giao-duc-1642.html', '2018-10-12', 'Bạc Liêu', """Trang chủ » Tin tức - Sự kiện » Hoạt động Công đoàn

Bàn giao [[3|sh a pub s=Công đoàn ngành Giáo dục n=headline repeat of the body handover (gold README 1)]] "Mái ấm Công đoàn" cho đoàn viên ngành Giáo dục

Ngày đăng: 12/10/2018 | Lượt xem: 1.532

Vừa qua, Công đoàn ngành Giáo dục tỉnh Bạc Liêu đã tổ chức bàn giao [[3|sh a pub s=Công đoàn ngành Giáo dục n=vừa qua with no period phrase before it: publication date (records.md periods); a sector union gives its province with a scope (records.md regions)]] căn nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở tại huyện Hồng Dân, Phước Long và thị xã Giá Rai. Mỗi căn được hỗ trợ 40 triệu đồng từ Quỹ Xã hội Công đoàn ngành, phần còn lại do gia đình đoàn viên và người thân góp thêm.

Cũng dịp này, Công đoàn ngành đã đến thăm, tặng [[25|ben a pub s=Công đoàn ngành Giáo dục]] suất quà cho đoàn viên là giáo viên bị bệnh hiểm nghèo, mỗi suất 1 triệu đồng.

Theo báo cáo, từ đầu năm 2018 đến nay, Công đoàn ngành Giáo dục tỉnh đã hỗ trợ xây mới [[6|sh a 2018-01-01..2018-10-12 s=Công đoàn ngành Giáo dục n=từ đầu năm 2018 đến nay runs to the publication date (records.md periods)]] và sửa chữa [[2|sh a 2018-01-01..2018-10-12 s=Công đoàn ngành Giáo dục n=houses repaired are shelter_houses too (indicators.tsv)]] nhà Mái ấm Công đoàn, với tổng số tiền [[290 triệu|shf a 2018-01-01..2018-10-12 s=Công đoàn ngành Giáo dục]] đồng. Tính từ năm 2010 đến nay, toàn ngành đã xây dựng [[41|sh a 2010-01-01..2018-10-12 s=Công đoàn ngành Giáo dục n=từ năm 2010 đến nay: a flow from 2010 to publication, not a stock (records.md periods)]] căn nhà Mái ấm Công đoàn cho đoàn viên.

Các tin khác:
- LĐLĐ huyện Hòa Bình kết nạp 120 đoàn viên tại các doanh nghiệp tư nhân (05/10/2018)
- Hội thao CNVCLĐ thị xã Giá Rai năm 2018 thu hút 350 vận động viên (28/9/2018)
- Tập huấn nghiệp vụ cho 90 chủ tịch công đoàn cơ sở khối xã, phường (21/9/2018)

Lượt truy cập: 2.184.559 | Đang trực tuyến: 41
"""))

# co05: provincial TV site, Lai Châu, undated; year 2020 review; one paragraph with stripped diacritics.
ARTS.append(('co05', 'http://laichautv.vn/tin-tuc/xa-hoi/ldld-tinh-trien-khai-nhiem-vu-nam-2021-28563.html', None, 'Lai Châu', """LĐLĐ tỉnh triển khai nhiệm vụ năm 2021

Xem video

(LTV) - Sáng 26/1, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2020, triển khai nhiệm vụ năm 2021.

Năm 2020, mặc dù chịu ảnh hưởng của dịch Covid-19, các cấp công đoàn trong tỉnh đã kết nạp mới [[1.128|mn a y2020]] đoàn viên; thành lập mới [[11|un a y2020]] công đoàn cơ sở, đạt [[137,5%|un p y2020]] kế hoạch. Các cấp công đoàn đã giới thiệu [[112|pr a y2020]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng, trong đó [[64|pa a y2020]] đồng chí đã được kết nạp.

Cong doan cac cap da tham, tang qua cho [[3.215|ben a y2020 n=stripped-diacritics paragraph; period from the earlier năm 2020 (records.md periods)]] luot doan vien, nguoi lao dong co hoan canh kho khan voi tong kinh phi tren [[1,9 ty|sf a y2020 b=o v=1900000000 n=damaged tỷ written ty; value resolved (gold README 3)]] dong; ho tro xay moi [[5|sh a y2020]] nha Mai am Cong doan.

Toàn tỉnh hiện có [[652|ut a null n=stock (hiện có) in an undated page: null..null (gold README 7)]] công đoàn cơ sở với [[21.360|mt a null n=stock (hiện có) in an undated page: null..null (gold README 7)]] đoàn viên.

Năm 2021, các cấp công đoàn trong tỉnh phấn đấu kết nạp [[1.000|mn t y2021]] đoàn viên, thành lập [[8|un t y2021]] công đoàn cơ sở; giới thiệu [[90|pr t y2021]] đoàn viên ưu tú cho Đảng; 75% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Dịp này, 9 tập thể và 14 cá nhân được Liên đoàn Lao động tỉnh tặng Bằng khen vì có thành tích xuất sắc trong hoạt động công đoàn năm 2020.

Hồng Nhung - Văn Tuấn
"""))
