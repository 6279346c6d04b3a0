"""cf01-cf05: Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông, Lâm Đồng."""

ARTS = []

# cf01 - baokontum-like, year review reported in January ("Năm qua" -> 2018), body named in the headline
ARTS.append(('cf01', 'https://baokontum.com.vn/xa-hoi/ldld-tinh-kon-tum-nam-qua-ket-nap-moi-hon-1200-doan-vien-15214.html',
             '2019-01-15', 'Kon Tum', """LĐLĐ tỉnh Kon Tum: Năm qua kết nạp mới hơn [[1.200|mn a y2018 b=o n=rounded headline repeat of the body's 1.215 (gold README 1, 5); "Năm qua" published in January -> 2018 (records.md)]] đoàn viên

Thứ Ba, 15/01/2019 | 08:20

Sáng 14/1, Liên đoàn Lao động (LĐLĐ) tỉnh Kon Tum tổ chức hội nghị tổng kết hoạt động công đoàn và phong trào công nhân, viên chức, lao động, triển khai nhiệm vụ năm 2019.

Năm qua, các cấp công đoàn trong tỉnh đã kết nạp mới [[1.215|mn a y2018]] đoàn viên, đạt [[101,3%|mn p y2018]] chỉ tiêu Tổng Liên đoàn Lao động Việt Nam giao; thành lập mới [[14|un a y2018]] công đoàn cơ sở (CĐCS), trong đó [[9|un a y2018 s=doanh nghiệp ngoài nhà nước]] CĐCS ở doanh nghiệp ngoài nhà nước. Riêng tại các công ty cao su trên địa bàn, công đoàn đã vận động được [[326|mn a y2018 s=các công ty cao su]] công nhân nhận khoán vườn cây gia nhập tổ chức công đoàn. Hiện toàn tỉnh có [[1.032|ut a pub]] CĐCS với [[38.674|mt a pub]] đoàn viên.

Công tác chăm lo đời sống cho người lao động tiếp tục được quan tâm. Trong năm, các cấp công đoàn đã thăm hỏi, tặng quà cho [[4.120|ben a y2018 n="Trong năm" continues the "Năm qua" of the paragraph before -> 2018 (records.md, nearest earlier period phrase)]] lượt đoàn viên, người lao động với tổng số tiền hơn [[1,6 tỷ|sf a y2018 b=o]] đồng. Các CĐCS đã giới thiệu [[212|pr a y2018]] đoàn viên ưu tú cho cấp ủy xem xét, bồi dưỡng; [[148|pa a y2018]] đồng chí đã được kết nạp vào Đảng.

Năm 2019, LĐLĐ tỉnh phấn đấu kết nạp mới [[1.200|mn t y2019]] đoàn viên, thành lập mới [[12|un t y2019]] CĐCS; trên 85% CĐCS được xếp loại hoàn thành tốt nhiệm vụ.

Dịp này, 25 tập thể và 40 cá nhân được LĐLĐ tỉnh tặng bằng khen vì có thành tích xuất sắc trong phong trào thi đua năm 2018.

Thanh Như

Số lượt xem: 1.027

Tin cùng chuyên mục
Huyện Đăk Hà: Trao 120 suất quà cho hộ nghèo đón Tết
"""))

# cf02 - baogialai-like, dateline abbreviation (GLO), "LĐLĐ tỉnh" without name -> site province
ARTS.append(('cf02', 'https://baogialai.com.vn/channel/1625/201705/hon-2300-suat-qua-trao-cong-nhan-trong-thang-cong-nhan-2547312/',
             '2017-05-30', 'Gia Lai', """Hơn [[2.300|ben a mo2017-05 b=o n=rounded headline repeat of the body's 2.350 (gold README 1, 5); takes the Tháng Công nhân period of the body]] suất quà trao công nhân trong Tháng Công nhân

Cập nhật lúc 16:35, Thứ Ba, 30/05/2017 (GMT+7)

(GLO)- Ngày 29-5, Liên đoàn Lao động tỉnh cho biết, Tháng Công nhân năm 2017 với chủ đề "Tăng cường đối thoại, thực hiện dân chủ, cải thiện điều kiện làm việc" đã được triển khai tại [[856|wmu a mo2017-05 n=Tháng Công nhân năm 2017 -> May 2017 (records.md)]] công đoàn cơ sở trong toàn tỉnh.

Trong tháng, các cấp công đoàn đã thăm, tặng [[2.350|ben a mo2017-05 n="Trong tháng" -> the Tháng Công nhân named before (gold README 8)]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn với tổng trị giá gần [[780 triệu|sf a mo2017-05 b=u]] đồng. Riêng Công đoàn Công ty TNHH MTV Cao su Chư Păh đã tặng [[300|ben a mo2017-05 s=Công đoàn Công ty TNHH MTV Cao su Chư Păh]] suất quà, mỗi suất 300.000 đồng, cho công nhân các nông trường.

Công đoàn các cấp cũng phối hợp với người sử dụng lao động tổ chức [[42|wd a mo2017-05]] cuộc đối thoại tại nơi làm việc; tham gia [[15|sv a mo2017-05]] đoàn kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp; tư vấn pháp luật cho [[410|lc a mo2017-05]] lượt công nhân lao động. LĐLĐ tỉnh khởi công xây dựng [[3|sh a mo2017-05]] nhà "Mái ấm Công đoàn", mỗi nhà hỗ trợ 40 triệu đồng.

Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân Công ty TNHH MTV Cao su Chư Păh. Ảnh: M.T

Hoàng Ngọc

Các tin khác
- Phát động Tháng hành động về an toàn, vệ sinh lao động năm 2017
"""))

# cf03 - baomoi copy of Báo Đắk Lắk, undated; half year 2016, non-state and coffee enterprises
ARTS.append(('cf03', 'https://baomoi.com/dak-lak-thanh-lap-17-cong-doan-co-so-trong-doanh-nghiep-ngoai-nha-nuoc/c/19843217.epi',
             None, 'Đắk Lắk', """Đắk Lắk: Thành lập [[17|un a h1-2016 s=khu vực doanh nghiệp ngoài nhà nước n=headline repeat of the body's non-state breakdown, takes its scope and period (gold README 1, 6)]] công đoàn cơ sở trong doanh nghiệp ngoài nhà nước

6 tháng đầu năm 2016, Liên đoàn Lao động tỉnh Đắk Lắk đã thành lập mới [[23|un a h1-2016]] công đoàn cơ sở (CĐCS), kết nạp [[1.364|mn a h1-2016]] đoàn viên, đạt [[45,5%|mn p h1-2016 n=part-way attainment of the year plan takes the reporting half-year, as the figure attained is of that half-year]] kế hoạch năm; trong đó khu vực doanh nghiệp ngoài nhà nước có [[17|un a h1-2016 s=khu vực doanh nghiệp ngoài nhà nước]] CĐCS với [[642|mn a h1-2016 s=khu vực doanh nghiệp ngoài nhà nước]] đoàn viên.

Đáng chú ý, tại các công ty cà phê đã chuyển sang mô hình cổ phần, Công đoàn ngành Nông nghiệp và Phát triển nông thôn đã vận động thành lập [[4|un a h1-2016 s=Công đoàn ngành Nông nghiệp và Phát triển nông thôn]] CĐCS với [[215|mn a h1-2016 s=Công đoàn ngành Nông nghiệp và Phát triển nông thôn n=members of newly founded unions -> members_new (gold README 9)]] đoàn viên là công nhân nhận khoán vườn cà phê.

Tuy nhiên, do nhiều doanh nghiệp giải thể, ngừng hoạt động nên trong 6 tháng qua có [[11|ud a h1-2016]] CĐCS bị giải thể, giảm [[587|ml a h1-2016]] đoàn viên. Hiện toàn tỉnh có [[1.698|ut a null n=stock in an undated page -> null..null (records.md)]] CĐCS với [[74.210|mt a null n=stock in an undated page -> null..null (records.md)]] đoàn viên.

Cả năm 2016, LĐLĐ tỉnh phấn đấu kết nạp [[3.000|mn t y2016]] đoàn viên, thành lập mới [[40|un t y2016]] CĐCS.

Theo Báo Đắk Lắk
"""))

# cf04 - baodaknong-like, Mái ấm Công đoàn, "Từ đầu năm đến nay" and a past stage
ARTS.append(('cf04', 'https://baodaknong.vn/dak-nong-ho-tro-xay-sua-12-nha-mai-am-cong-doan-108215.html',
             '2021-07-28', 'Đắk Nông', """Đắk Nông hỗ trợ xây, sửa [[12|sh a 2021-01-01..2021-07-28 n=headline sum of the 9 new and 3 repaired houses of the body, its period (gold README 1)]] nhà "Mái ấm Công đoàn"

Thứ Tư, 28/07/2021 | 09:15

Từ đầu năm đến nay, LĐLĐ tỉnh Đắk Nông đã hỗ trợ xây mới [[9|sh a 2021-01-01..2021-07-28 n="Từ đầu năm đến nay" -> 1 January to publication (records.md)]] nhà và sửa chữa [[3|sh a 2021-01-01..2021-07-28]] nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở, với tổng kinh phí [[560 triệu|shf a 2021-01-01..2021-07-28]] đồng. Trong đó, Quỹ Xã hội Công đoàn tỉnh hỗ trợ [[420 triệu|shf a 2021-01-01..2021-07-28 s=Quỹ Xã hội Công đoàn tỉnh n=part of the 560 triệu paid by the provincial fund -> breakdown with scope (gold README 6)]] đồng, số còn lại do công đoàn cấp trên cơ sở và công đoàn cơ sở vận động. Mỗi nhà xây mới được hỗ trợ từ 40 đến 50 triệu đồng, sửa chữa từ 20 đến 30 triệu đồng.

Nhiều đoàn viên được hỗ trợ là công nhân nhận khoán tại các công ty cà phê, cao su ở huyện Đắk Mil, Đắk Song, Tuy Đức. Bà H'Linh, công nhân một nông trường cà phê ở huyện Đắk Mil, chia sẻ: "Có Công đoàn hỗ trợ, gia đình tôi mới dựng được căn nhà trước mùa mưa".

Giai đoạn 2016-2020, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới, sửa chữa [[68|sh a t2016-2020]] nhà "Mái ấm Công đoàn" với tổng số tiền hơn [[3,1 tỷ|shf a t2016-2020 b=o]] đồng.

Năm 2021, LĐLĐ tỉnh phấn đấu hỗ trợ xây mới, sửa chữa [[15|sh t y2021]] nhà "Mái ấm Công đoàn"; đến nay đã đạt [[80%|sh p 2021-01-01..2021-07-28 n=12 of the 15 planned -> attainment of the period so far (gold README 4)]] kế hoạch.

Minh Thuận

Lượt xem: 642
"""))

# cf05 - baolamdong-like, Tết Quý Mão 2023 reported before Tết
ARTS.append(('cf05', 'https://baolamdong.vn/xa-hoi/202301/hon-15-ty-dong-cham-lo-tet-cho-doan-vien-nguoi-lao-dong-3a51f27/',
             '2023-01-12', 'Lâm Đồng', """Hơn [[15 tỷ|sf a y2023 b=o n=rounded headline repeat of the body's 15,2 tỷ; Tết Quý Mão 2023 -> year 2023 (gold README 1)]] đồng chăm lo Tết cho đoàn viên, người lao động

N.Hân 07:12, 12/01/2023

Theo Liên đoàn Lao động tỉnh Lâm Đồng, dịp Tết Nguyên đán Quý Mão 2023, các cấp công đoàn trong tỉnh đã và đang thăm hỏi, tặng quà cho [[28.500|ben a y2023 n=Tết Quý Mão 2023 -> year 2023 (the Tết year)]] đoàn viên, người lao động với tổng kinh phí trên [[15,2 tỷ|sf a y2023 b=o]] đồng.

Trong đó, LĐLĐ TP Đà Lạt chăm lo cho [[3.800|ben a y2023 s=LĐLĐ TP Đà Lạt]] đoàn viên với kinh phí [[1,9 tỷ|sf a y2023 s=LĐLĐ TP Đà Lạt]] đồng; Công đoàn ngành Giáo dục trao [[4.200|ben a y2023 s=Công đoàn ngành Giáo dục n=gift packages -> beneficiaries (gold README 9)]] suất quà, trị giá hơn [[2,1 tỷ|sf a y2023 b=o s=Công đoàn ngành Giáo dục]] đồng. Các suất quà có giá trị từ 300.000 đến 1 triệu đồng.

Chương trình "Tết Sum vầy" năm nay còn tặng [[620|ben a y2023 n=bus tickets given to workers -> beneficiaries (gold README 9)]] vé xe cho công nhân ở xa về quê đón Tết. Tại phiên "Chợ Tết Công đoàn", Ban tổ chức phát hành 2.000 phiếu mua hàng, mỗi phiếu trị giá 200.000 đồng, để đoàn viên mua sắm hàng hóa.

Gần 300 công nhân tham gia chương trình giao lưu văn nghệ, bốc thăm trúng thưởng tại Khu công nghiệp Lộc Sơn (TP Bảo Lộc).

TIN LIÊN QUAN
Đức Trọng: 500 suất quà Tết cho người nghèo
"""))
