"""au01-au05."""
ARTS = []

# au01 - provincial paper (báo tỉnh), weekday dateline, site code, share line, related list
ARTS.append(('au01', 'https://baothaibinh.com.vn/tin-tuc/3/128475/nam-2019-ket-nap-moi-hon-5200-doan-vien-cong-doan',
'2019-12-26', 'Thái Bình', """Trang chủ » Xã hội » Lao động - Việc làm

Năm 2019: Kết nạp mới hơn [[5.200|mn a y2019 b=o n=rule 1: rounded headline repeat of the body's 5.236, takes its region (site province) and period; bound from its own word hơn]] đoàn viên công đoàn

Thứ Năm, 26/12/2019 - 09:15

(TBO) - Ngày 25/12, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2019, triển khai nhiệm vụ năm 2020.

Năm 2019, các cấp công đoàn trong tỉnh đã kết nạp mới [[5.236|mn a y2019 n=records.md regions: LĐLĐ tỉnh without a name, the site's province (Thái Bình -> Hưng Yên)]] đoàn viên, đạt [[116,4%|mn p y2019]] kế hoạch; thành lập mới [[41|un a y2019]] công đoàn cơ sở (CĐCS), trong đó khu vực doanh nghiệp ngoài nhà nước [[36|un a y2019 s=khu vực doanh nghiệp ngoài nhà nước n=rule 6 breakdown]] CĐCS. Do doanh nghiệp giải thể, ngừng hoạt động, có [[17|ud a y2019]] CĐCS giải thể, giảm [[2.140|ml a y2019]] đoàn viên. Đến nay, toàn tỉnh có [[1.612|ut a pub n=rule 7 stock dated at publication]] CĐCS với [[121.450|mt a pub n=rule 7 stock dated at publication]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi người lao động (NLĐ) có chuyển biến rõ nét. Toàn tỉnh có [[684|wkc a y2019]] doanh nghiệp tổ chức hội nghị người lao động; [[212|ca a y2019]] doanh nghiệp ký kết thỏa ước lao động tập thể (TƯLĐTT), nhiều bản có lợi hơn cho NLĐ so với quy định của pháp luật. Các cấp công đoàn tổ chức thành công chuỗi hoạt động kỷ niệm 90 năm Ngày thành lập Công đoàn Việt Nam.

Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp [[5.000|mn t y2020]] đoàn viên, thành lập [[35|un t y2020]] CĐCS; 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Dịp này, 28 tập thể và 35 cá nhân được nhận Bằng khen của LĐLĐ tỉnh vì có thành tích xuất sắc trong phong trào công nhân, viên chức, lao động năm 2019.

Minh Hằng

Chia sẻ  Facebook  Zalo  In bài

Tin cùng chuyên mục
- Hơn 1.200 công nhân được khám sức khỏe miễn phí (20/12/2019)
- Huyện Quỳnh Phụ: 45 lao động được hỗ trợ học nghề (18/12/2019)
- Tuyển 300 lao động đi làm việc tại Nhật Bản (16/12/2019)
"""))

# au02 - provincial union portal, menu, breadcrumb, views, visitor counter
ARTS.append(('au02', 'https://congdoanquangbinh.org.vn/tin-tuc-su-kien/hoat-dong-cong-doan/6-thang-dau-nam-2021-178-doanh-nghiep-to-chuc-hoi-nghi-nguoi-lao-dong-2145.html',
'2021-07-15', 'Quảng Bình', """TRANG CHỦ | GIỚI THIỆU | TIN TỨC - SỰ KIỆN | VĂN BẢN | THƯ VIỆN ẢNH | LIÊN HỆ
Trang chủ > Tin tức - Sự kiện > Hoạt động công đoàn

Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở trong 6 tháng đầu năm 2021

Ngày đăng: 15/07/2021 | Lượt xem: 412

Mặc dù chịu ảnh hưởng của dịch Covid-19, 6 tháng đầu năm 2021, các cấp công đoàn tỉnh Quảng Bình vẫn duy trì tốt việc thực hiện quy chế dân chủ ở cơ sở.

Theo báo cáo của Ban Chính sách - Pháp luật LĐLĐ tỉnh, đã có [[326/340|oc a h1-2021 n=rule 3: x/y form, the value is the units that held a conference]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[178|wkc a h1-2021]] doanh nghiệp tổ chức hội nghị người lao động và [[95|wd a h1-2021]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Các CĐCS đã ký mới [[22|ca a h1-2021]] bản TƯLĐTT, nâng tổng số thỏa ước còn hiệu lực lên [[265|ca a pub n=rule 7: documents in force are the stock of their signings, dated at publication]] bản.

Công tác tư vấn pháp luật tiếp tục được quan tâm: Văn phòng tư vấn pháp luật đã tư vấn cho [[1.130|lc a h1-2021]] lượt đoàn viên, NLĐ, chủ yếu về tiền lương, bảo hiểm xã hội và chế độ ngừng việc do dịch bệnh. LĐLĐ tỉnh tổ chức [[14|tr a h1-2021]] lớp tập huấn cho [[1.050|te a h1-2021]] cán bộ công đoàn cơ sở; phối hợp với Sở Lao động - Thương binh và Xã hội tham gia [[9|sv a h1-2021 n=supervisions: inspections joined with the labour department count]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại doanh nghiệp. Tỷ lệ doanh nghiệp có TƯLĐTT đạt chất lượng loại A chiếm 18%.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu có ít nhất [[100|wd t l6-2021 b=o n=rule 5: ít nhất -> over; year-less 6 tháng cuối năm takes the publication year]] doanh nghiệp tổ chức đối thoại định kỳ; đường dây nóng 0232.3822.148 tiếp nhận phản ánh của NLĐ 24/24 giờ.

Ngọc Lan - Ban CS-PL

Các tin khác
- LĐLĐ huyện Lệ Thủy trao 50 suất quà cho công nhân khó khăn (12/07/2021)
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 9, khóa XVII (08/07/2021)

Thống kê truy cập
Đang online: 23
Hôm nay: 318
Tổng truy cập: 1.254.907
"""))

# au03 - Lao Động regional page, no dateline (undated), tags, latest-news list
ARTS.append(('au03', 'https://laodong.vn/cong-doan/gia-lai-hon-15800-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-1301224.ldo',
None, 'Gia Lai', """Lao Động  Công đoàn  Thời sự  Xã hội  Kinh tế  Bạn đọc

Gia Lai: Hơn [[15.800|ben a y2024 b=o n=rule 1: headline repeat of 15.820, takes the body's Tết 2024 period]] đoàn viên, người lao động được chăm lo Tết

ĐỨC NHẬT

Dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn tỉnh Gia Lai đã thăm, tặng quà cho [[15.820|ben a y2024 n=Tết Giáp Thìn 2024 -> the year 2024 (rule 8 period of the named event)]] đoàn viên, người lao động với tổng kinh phí [[12,6 tỉ|sf a y2024]] đồng.

Trong đó, khu vực doanh nghiệp có [[9.340|ben a y2024 s=khu vực doanh nghiệp n=rule 6 breakdown]] người được nhận quà. Mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng gồm tiền mặt và nhu yếu phẩm.

Phần quà Tết được trao tận tay đoàn viên tại Khu công nghiệp Trà Đa. Ảnh: Đức Nhật

Bên cạnh đó, LĐLĐ tỉnh phối hợp tổ chức "Chợ Tết Công đoàn" tại Khu công nghiệp Trà Đa, phát 1.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 500.000 đồng; tặng [[420|ben a y2024 n=rule 9: bus tickets given to members count as beneficiaries]] vé xe cho công nhân về quê đón Tết.

Cũng trong dịp này, LĐLĐ tỉnh bàn giao [[5|sh a y2024]] nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở với tổng kinh phí hỗ trợ [[300 triệu|shf a y2024]] đồng, mỗi nhà 60 triệu đồng.

Theo dõi Báo Lao Động trên Google News

#Tết Sum vầy  #Công đoàn Gia Lai  #Chăm lo Tết

Tin mới nhất
Kon Tum: 2.300 công nhân nhận vé xe miễn phí về quê
Đắk Lắk dành 8 tỉ đồng chăm lo Tết cho người lao động
"""))

# au04 - Người Lao Động, date strip + hotline, section, byline, (NLĐO) sapo, photo caption
ARTS.append(('au04', 'https://nld.com.vn/cong-doan/binh-duong-hon-1100-cdcs-to-chuc-thang-cong-nhan-20230528193015482.htm',
'2023-05-28', 'Bình Dương', """ date 2023-05-28 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Bình Dương: Hơn [[1.100|wmu a mo2023-05 b=o n=rule 1: headline repeat of 1.126, Workers' Month 2023 -> May 2023]] CĐCS tổ chức Tháng Công nhân

CAO THẮNG

(NLĐO)- Các cấp công đoàn tỉnh Bình Dương đã chăm lo thiết thực cho đoàn viên, người lao động trong Tháng Công nhân năm 2023

Theo LĐLĐ tỉnh Bình Dương, trong Tháng Công nhân năm 2023, có [[1.126|wmu a mo2023-05]] CĐCS tổ chức các hoạt động hưởng ứng với chủ đề "Đoàn kết công nhân - Vững bước tương lai". Các cấp công đoàn đã thăm, tặng quà cho [[8.540|ben a mo2023-05]] đoàn viên, công nhân lao động có hoàn cảnh khó khăn, tổng trị giá [[4,3 tỉ|sf a mo2023-05]] đồng.

Bình Dương: Hơn 1.100 CĐCS tổ chức Tháng Công nhân - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Bình Dương trao quà cho công nhân Công ty TNHH Giày Ching Luh. Ảnh: CAO THẮNG

Đáng chú ý, qua thương lượng của công đoàn, [[57|meal a mo2023-05]] doanh nghiệp đã điều chỉnh tăng giá trị bữa ăn giữa ca, mức bình quân từ 18.000 đồng lên 22.000 đồng/suất; [[312|wd a mo2023-05]] doanh nghiệp tổ chức đối thoại tại nơi làm việc với NLĐ.

Theo ông Nguyễn Văn Lộc, Chủ tịch LĐLĐ tỉnh, hiện nhiều doanh nghiệp vẫn thiếu đơn hàng, hơn 20.000 công nhân bị giảm giờ làm. Từ nay đến cuối năm, LĐLĐ tỉnh phấn đấu kết nạp mới [[25.000|mn t 2023-05-28..2023-12-31 n=rule 4 phấn đấu -> target; từ nay đến cuối năm -> publication to 31 December, by analogy with records.md từ đầu năm ... đến nay]] đoàn viên.

Tin liên quan
TP HCM: 60.000 công nhân được chăm lo trong Tháng Công nhân
Đồng Nai: Ký 12 thỏa ước lao động tập thể nhóm

Ý kiến bạn đọc (0)
"""))

# au05 - district portal, undated, congress report of a district federation
ARTS.append(('au05', 'https://bacquang.hagiang.gov.vn/tin-tuc-su-kien/mat-tran-doan-the/dai-hoi-cong-doan-huyen-bac-quang-lan-thu-xiv-nhiem-ky-2018-2023',
None, 'Hà Giang', """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC QUANG - TỈNH HÀ GIANG
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Thủ tục hành chính | Liên hệ
Tin tức - Sự kiện > Mặt trận - Đoàn thể

Đại hội Công đoàn huyện Bắc Quang lần thứ XIV, nhiệm kỳ 2018 - 2023

Về dự Đại hội có 120 đại biểu đại diện cho hơn [[3.800|mt a null b=o s=huyện Bắc Quang n=rule 1: rounded repeat of the stock 3.870 in the lead (delegates' sentence); the delegates (120) are not records (rule 11); stock on an undated page -> null..null]] đoàn viên công đoàn toàn huyện.

Nhiệm kỳ 2013 - 2018, Liên đoàn Lao động huyện đã kết nạp mới [[2.146|mn a t2013-2018 s=huyện Bắc Quang n=records.md regions: a district federation gives its province (Hà Giang -> Tuyên Quang) with a scope; term actuals span the whole term]] đoàn viên, thành lập mới [[18|un a t2013-2018 s=huyện Bắc Quang]] CĐCS. Các cấp công đoàn đã giới thiệu [[214|pr a t2013-2018 s=huyện Bắc Quang]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[167|pa a t2013-2018 s=huyện Bắc Quang]] đồng chí đã được kết nạp vào Đảng. Vận động xây dựng [[23|sh a t2013-2018 s=huyện Bắc Quang]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[1,15 tỷ|shf a t2013-2018 s=huyện Bắc Quang]] đồng.

Hiện nay, LĐLĐ huyện có [[96|ut a null s=huyện Bắc Quang n=rule 7: stock on an undated page -> null..null]] CĐCS với [[3.870|mt a null s=huyện Bắc Quang n=rule 7: stock on an undated page -> null..null]] đoàn viên.

Đại hội đề ra mục tiêu nhiệm kỳ 2018 - 2023: kết nạp [[2.500|mn t t2018-2023 s=huyện Bắc Quang]] đoàn viên, thành lập [[20|un t t2018-2023 s=huyện Bắc Quang]] CĐCS; 100% CĐCS được xếp loại hoàn thành nhiệm vụ trở lên.

Đại hội đã bầu Ban Chấp hành khóa XIV gồm 21 đồng chí và bầu 9 đại biểu dự Đại hội Công đoàn tỉnh Hà Giang lần thứ XVI.

Hoàng Thu - Trung tâm VH-TT huyện

In trang | Gửi email | Về đầu trang

Các tin khác
- Hội nghị Ban Thường vụ Huyện ủy tháng 6
- Xã Việt Vinh ra mắt 12 tổ hòa giải
"""))
