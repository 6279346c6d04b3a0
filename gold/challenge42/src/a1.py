"""av01-av05."""
ARTS = []

# av01 Hà Nam (-> Ninh Bình), provincial paper, year 2018 wrap-up, 2019 targets
ARTS.append(('av01', 'https://baohanam.com.vn/xa-hoi/lao-dong-viec-lam/nam-2018-ket-nap-moi-3126-doan-vien-cong-doan-51842.html',
             '2019-01-10', 'Hà Nam', """Năm 2018 kết nạp mới [[3.126|mn a y2018 n=headline repeat of the body figure: its region and period (gold README 1)]] đoàn viên công đoàn

Thứ Năm, 10/01/2019 | 08:15

BHN - Ngày 9/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2018, triển khai nhiệm vụ năm 2019. Đồng chí Nguyễn Đức Vượng, Phó Chủ tịch Tổng LĐLĐ Việt Nam dự và chỉ đạo hội nghị.

Năm 2018, các cấp công đoàn trong tỉnh đã kết nạp mới [[3.126|mn a y2018]] đoàn viên, đạt [[104,2%|mn p y2018]] kế hoạch; thành lập mới [[22|un a y2018]] công đoàn cơ sở (CĐCS) tại các doanh nghiệp ngoài nhà nước, vượt chỉ tiêu Tổng LĐLĐ Việt Nam giao. Đến nay, toàn tỉnh có [[1.027|ut a pub]] CĐCS với [[76.540|mt a pub]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước có [[31.288|mt a pub s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of the stock (gold README 6, 7)]] đoàn viên.

Công tác chăm lo đời sống, bảo vệ quyền lợi của đoàn viên, người lao động tiếp tục được quan tâm. Các cấp công đoàn đã thăm hỏi, tặng quà hơn [[12.450|ben a y2018 b=o]] lượt đoàn viên, người lao động với tổng số tiền trên [[5,3 tỷ|sf a y2018 b=o]] đồng; phối hợp với chuyên môn tổ chức đối thoại định kỳ tại [[46|wd a y2018]] doanh nghiệp. 100% cơ quan, đơn vị hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Cán bộ LĐLĐ tỉnh tặng quà công nhân Công ty TNHH Young Fast Việt Nam (KCN Đồng Văn II).
Cán bộ LĐLĐ tỉnh tặng quà công nhân Công ty TNHH Young Fast Việt Nam (KCN Đồng Văn II).

Năm 2019, LĐLĐ tỉnh phấn đấu kết nạp [[3.000|mn t y2019]] đoàn viên, thành lập [[20|un t y2019]] CĐCS; xây dựng [[15|sh t y2019]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 27 tập thể và 35 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2018.

Thu Hằng

Lượt xem: 1.214
"""))

# av02 Nam Định (-> Ninh Bình), Tháng Công nhân 2017 wrap-up, related list
ARTS.append(('av02', 'http://baonamdinh.com.vn/channel/5085/201706/soi-noi-thang-cong-nhan-nam-2017-2513984/',
             '2017-06-05', 'Nam Định', """Sôi nổi Tháng Công nhân năm 2017

Cập nhật: 05/06/2017 - 09:12

Tháng Công nhân năm 2017 với chủ đề "Công đoàn đồng hành cùng doanh nghiệp chăm lo lợi ích đoàn viên" đã được các cấp công đoàn tỉnh triển khai tại [[412|wmu a mo2017-05 n=Tháng Công nhân năm 2017: May 2017 (records.md)]] CĐCS, thu hút hơn 60 nghìn lượt đoàn viên, người lao động tham gia.

Theo LĐLĐ tỉnh Nam Định, trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà [[2.318|ben a mo2017-05 n=trong tháng: the Workers' Month named before (gold README 8)]] đoàn viên, công nhân lao động có hoàn cảnh khó khăn với tổng trị giá gần [[1,1 tỷ|sf a mo2017-05 b=u]] đồng; mỗi suất quà trị giá từ 300.000 đến 500.000 đồng. Công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại tại [[57|wd a mo2017-05]] doanh nghiệp; [[23|meal a mo2017-05]] doanh nghiệp điều chỉnh nâng mức bữa ăn ca cho công nhân lên từ 15.000 đồng/suất trở lên.

Lãnh đạo LĐLĐ tỉnh tặng quà công nhân Công ty TNHH Youngone Nam Định.
Lãnh đạo LĐLĐ tỉnh tặng quà công nhân Công ty TNHH Youngone Nam Định.

LĐLĐ tỉnh còn phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra việc thực hiện chính sách, pháp luật lao động tại [[18|sv a mo2017-05 n=joint inspections of enterprises with the labour department counted as supervisions]] doanh nghiệp; tư vấn pháp luật cho hơn [[640|lc a mo2017-05 b=o]] lượt người lao động. Dịp này, LĐLĐ tỉnh trao [[2|sh a mo2017-05 n=Dịp này: still the Workers' Month; per-house 40 triệu is a per-item amount (gold README 11)]] nhà "Mái ấm Công đoàn" cho đoàn viên ở huyện Hải Hậu và Nghĩa Hưng, mỗi nhà được hỗ trợ 40 triệu đồng.

Bài và ảnh: Minh Thu

Tin liên quan
- LĐLĐ huyện Ý Yên kết nạp 356 đoàn viên mới (31/05/2017)
- Khai mạc Tháng Công nhân năm 2017 (28/04/2017)
"""))

# av03 Thanh Hóa, Lao Động page, undated, one paragraph with stripped diacritics
ARTS.append(('av03', 'https://laodong.vn/cong-doan/thanh-hoa-ho-tro-xay-moi-sua-chua-68-mai-am-cong-doan-1077316.ldo',
             None, 'Thanh Hóa', """Thanh Hóa: Hỗ trợ xây mới, sửa chữa [[68|sh a f7-2022 n=headline repeat of the 7-month figure: its period (gold README 1)]] "Mái ấm Công đoàn"

Sáng 14.8, LĐLĐ tỉnh Thanh Hóa phối hợp với LĐLĐ huyện Như Thanh trao kinh phí hỗ trợ xây mới "Mái ấm Công đoàn" cho [[4|sh a null n=members helped to build a house count as shelter_houses (gold README 9); no period phrase before it and no publication date -> null (records.md)]] đoàn viên có hoàn cảnh khó khăn về nhà ở. Mỗi trường hợp được hỗ trợ 50 triệu đồng.

Theo báo cáo của LĐLĐ tỉnh, 7 tháng đầu năm 2022, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới, sửa chữa [[68|sh a f7-2022]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[3,12 tỷ|shf a f7-2022]] đồng, đạt [[68%|sh p f7-2022 n=part-way attainment takes the reporting period (gold README 4)]] kế hoạch năm. Năm 2022, LĐLĐ tỉnh đặt mục tiêu hỗ trợ xây mới, sửa chữa [[100|sh t y2022]] nhà "Mái ấm Công đoàn".

Trong 5 nam qua (2017-2021), cac cap cong doan tinh Thanh Hoa da ho tro xay moi, sua chua [[412|sh a t2017-2021 n=paragraph scraped without diacritics; period from the bracket (2017-2021)]] nha Mai am Cong doan voi tong kinh phi hon [[16,8 ty|shf a t2017-2021 b=o v=16800000000 n=ty is tỷ with the marks stripped (records.md value resolution)]] dong. Muc ho tro tu 30 den 50 trieu dong/nha.

Ông Võ Mạnh Sơn - Chủ tịch LĐLĐ tỉnh Thanh Hóa - cho biết: Mái ấm Công đoàn không chỉ là ngôi nhà mà còn là động lực để đoàn viên yên tâm lao động, sản xuất.

Quách Du

Bình luận (0)
"""))

# av04 Yên Bái (-> Lào Cai), Party referrals 2011-2016
ARTS.append(('av04', 'http://www.baoyenbai.com.vn/12/141265/Gioi_thieu_1146_doan_vien_cong_doan_uu_tu_cho_Dang.aspx',
             '2016-12-14', 'Yên Bái', """Giới thiệu [[1.146|pr a t2011-2016 n=headline repeat: the body's period (gold README 1)]] đoàn viên công đoàn ưu tú cho Đảng

Thứ Tư, 14/12/2016 | 7:48:25 AM

YBĐT - Ngày 13/12, Liên đoàn Lao động tỉnh Yên Bái tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy về công tác phát triển đảng viên trong công nhân lao động.

Giai đoạn 2011 - 2016, các cấp công đoàn tỉnh Yên Bái đã giới thiệu [[1.146|pr a t2011-2016]] đoàn viên ưu tú cho các tổ chức Đảng xem xét, bồi dưỡng, kết nạp; trong đó có [[872|pa a t2011-2016]] đồng chí đã được kết nạp vào Đảng. Riêng năm 2016, LĐLĐ tỉnh giới thiệu [[231|pr a y2016]] đoàn viên ưu tú, đạt [[112%|pr p y2016 n=đạt 112% chỉ tiêu follows the referrals: attainment of party_referrals (gold README 4)]] chỉ tiêu; [[168|pa a y2016]] đồng chí đã được kết nạp vào Đảng.

Tuy vậy, tỷ lệ đảng viên trong công nhân lao động khu vực ngoài nhà nước mới đạt 3,4%. Toàn tỉnh hiện có [[892|ut a pub]] CĐCS với [[49.610|mt a pub]] đoàn viên.

Năm 2017, LĐLĐ tỉnh phấn đấu giới thiệu ít nhất [[220|pr t y2017 b=o]] đoàn viên ưu tú cho Đảng, trong đó có [[60|pr t y2017 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of the target (gold README 6)]] đoàn viên ở khu vực doanh nghiệp ngoài nhà nước.

Thanh Ba

Số lượt đọc: 862
"""))

# av05 Bắc Giang (-> Bắc Ninh), KCN union, baomoi copy, undated
ARTS.append(('av05', 'https://baomoi.com/cong-doan-cac-kcn-bac-giang-9-thang-ky-moi-46-thoa-uoc-lao-dong-tap-the/c/40813562.epi',
             None, 'Bắc Giang', """Công đoàn các KCN Bắc Giang: 9 tháng ký mới [[46|ca a f9-2021 s=Công đoàn các KCN n=headline repeat: the body's period and scope (gold README 1)]] thỏa ước lao động tập thể

Báo Bắc Giang

9 tháng năm 2021, Công đoàn các khu công nghiệp (KCN) tỉnh Bắc Giang đã hướng dẫn, hỗ trợ CĐCS thương lượng, ký mới [[46|ca a f9-2021 s=Công đoàn các KCN]] bản thỏa ước lao động tập thể (TƯLĐTT), nâng tổng số TƯLĐTT còn hiệu lực lên [[318|ca a null s=Công đoàn các KCN n=agreements in force are the stock of their signings (gold README 7); stock with no publication date -> null]] bản.

Có [[201|wkc a f9-2021 s=Công đoàn các KCN]] doanh nghiệp tổ chức hội nghị người lao động; [[87|wd a f9-2021 s=Công đoàn các KCN]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Trong bối cảnh dịch Covid-19, Công đoàn các KCN đã vận động [[34|meal a f9-2021 s=Công đoàn các KCN]] doanh nghiệp nâng giá trị bữa ăn ca, bảo đảm mức bình quân 18.000 - 22.000 đồng/suất; tham gia [[26|sv a f9-2021 s=Công đoàn các KCN]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động.

Công nhân Công ty TNHH Fuhong Precision Component (KCN Đình Trám) trong giờ nghỉ giữa ca.

Cùng với đó, Công đoàn các KCN đã hỗ trợ hơn [[12.640|ben a f9-2021 b=o s=Công đoàn các KCN]] lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với số tiền trên [[7,8 tỷ|sf a f9-2021 b=o s=Công đoàn các KCN]] đồng. Hiện Công đoàn các KCN quản lý [[386|ut a null s=Công đoàn các KCN n=stock with no publication date -> null (gold README 7)]] CĐCS với hơn [[170.000|mt a null b=o s=Công đoàn các KCN]] đoàn viên.

Theo Báo Bắc Giang
"""))
