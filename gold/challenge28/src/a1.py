ARTS = []

ARTS.append(('ah01', 'https://nld.com.vn/cong-doan/hon-4500-cong-nhan-duoc-tang-ve-xe-ve-que-don-tet-196240130104512877.htm', '2024-01-30', 'Hồ Chí Minh', """ date 2024-01-30 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Hơn [[4.500|ben a y2024 b=o n=headline repeat of the 4.560 free tickets (rule 1); tickets given to members count as beneficiaries (rule 9)]] công nhân được tặng vé xe về quê đón Tết

NGỌC LAN

(NLĐO)- Tết Giáp Thìn 2024, các cấp Công đoàn TP HCM đã chăm lo cho hơn [[520.000|ben a y2024 b=o n=sapo repeat of 521.400 (rule 1); Tết figures take the Tết year]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[410 tỉ|sf a y2024 b=o n=sapo repeat of 412,6 tỉ (rule 1)]] đồng

Sáng 30-1, tại Nhà Văn hóa Lao động TP HCM, LĐLĐ TP HCM tổ chức chương trình "Chuyến xe Công đoàn - Xuân Giáp Thìn 2024", đưa công nhân có hoàn cảnh khó khăn về quê đón Tết.

Năm nay, LĐLĐ TP phối hợp với các doanh nghiệp vận tải tặng [[4.560|ben a y2024 n=free bus tickets given to workers -> beneficiaries (rule 9); Năm nay -> Tết 2024]] vé xe miễn phí cho công nhân, trong đó [[1.200|ben a y2024 s=công nhân các khu chế xuất, khu công nghiệp n=breakdown (rule 6)]] vé dành cho công nhân các khu chế xuất, khu công nghiệp. Mỗi vé trị giá từ 300.000 đồng đến 1,2 triệu đồng. Đợt đầu có 62 chuyến xe xuất bến đi các tỉnh miền Trung, Tây Nguyên và phía Bắc.

Hơn [[4.500|ben a y2024 b=o n=photo-title line repeating the headline: a caption mention of its own (rule 1); Ảnh 1 is not a record]] công nhân được tặng vé xe về quê đón Tết - Ảnh 1.

Công nhân nhận vé xe và quà Tết tại Nhà Văn hóa Lao động TP HCM

Theo ông Nguyễn Văn Hùng, Phó Chủ tịch LĐLĐ TP HCM, tính đến ngày 29-1, các cấp Công đoàn TP đã thăm, tặng quà cho [[521.400|ben a y2024 n=Tính đến ngày 29-1 is a date: nearest earlier period phrase is Xuân Giáp Thìn 2024]] lượt đoàn viên, người lao động, tổng kinh phí [[412,6 tỉ|sf a y2024]] đồng; trong đó Công đoàn các khu chế xuất và công nghiệp TP chăm lo [[86.300|ben a y2024 s=Công đoàn các khu chế xuất và công nghiệp n=breakdown by body (rule 6)]] lượt. Ngoài ra, "Chợ Tết Công đoàn" đã phát hành 35.000 phiếu mua hàng 0 đồng cho công nhân.

Dịp này, Tổng LĐLĐ Việt Nam trao tặng [[300|ben a y2024 n=national body acting in the city gives the city (records.md Regions)]] suất quà, trị giá [[600 triệu|sf a y2024]] đồng cho công nhân TP HCM.

Tin liên quan
 Tặng 2.000 suất quà cho công nhân Khu chế xuất Tân Thuận
 Hơn 1.000 công nhân dự "Tết sum vầy" tại TP Thủ Đức

Bình luận (0)
"""))

ARTS.append(('ah02', 'https://laodong.vn/cong-doan/bac-giang-thanh-lap-cong-doan-co-so-tai-doanh-nghiep-fdi-hon-1200-doan-vien-1231587.ldo', '2023-08-15', 'Bắc Giang', """Bắc Giang: Thành lập công đoàn cơ sở tại doanh nghiệp FDI có hơn [[1.200|mn a pub b=o n=headline repeat of the 1.236 members of the new union; members of newly founded unions count as members_new (rule 9)]] đoàn viên

Lao Động
15/08/2023 | 16:42

Quang Hưng

(LĐO) Ngày 15.8, Công đoàn các Khu công nghiệp tỉnh Bắc Giang tổ chức lễ công bố quyết định thành lập Công đoàn cơ sở Công ty TNHH Kỹ thuật Hengli Việt Nam (KCN Quang Châu) với [[1.236|mn a pub s=Công đoàn các Khu công nghiệp n=members of a newly founded union -> members_new (rule 9); no period phrase before -> publication date]] đoàn viên.

Ban Chấp hành lâm thời gồm 9 thành viên. Dịp này, Công đoàn các Khu công nghiệp tặng [[50|ben a pub s=Công đoàn các Khu công nghiệp n=no period phrase yet -> publication date]] suất quà cho công nhân có hoàn cảnh khó khăn của công ty, mỗi suất 500.000 đồng.

Lễ ra mắt Công đoàn cơ sở Công ty TNHH Kỹ thuật Hengli Việt Nam. Ảnh: Quang Hưng
Lễ ra mắt Công đoàn cơ sở Công ty TNHH Kỹ thuật Hengli Việt Nam. Ảnh: Quang Hưng

Từ đầu năm 2023 đến nay, Công đoàn các Khu công nghiệp tỉnh đã thành lập [[21|un a 2023-01-01..2023-08-15 s=Công đoàn các Khu công nghiệp]] CĐCS, kết nạp [[9.870|mn a 2023-01-01..2023-08-15 s=Công đoàn các Khu công nghiệp]] đoàn viên, đạt [[65,8%|mn p 2023-01-01..2023-08-15 s=Công đoàn các Khu công nghiệp n=part-way attainment takes the reporting period (rule 4)]] kế hoạch năm.

Toàn tỉnh, 7 tháng đầu năm 2023 thành lập mới [[38|un a f7-2023]] CĐCS, kết nạp [[14.205|mn a f7-2023]] đoàn viên. Hiện LĐLĐ tỉnh Bắc Giang quản lý [[1.318|ut a pub n=stock dated at publication (rule 7)]] CĐCS với [[238.460|mt a pub]] đoàn viên, trong đó khu vực doanh nghiệp có vốn đầu tư nước ngoài có [[171.900|mt a pub s=khu vực doanh nghiệp có vốn đầu tư nước ngoài n=breakdown of a stock (rules 6, 7)]] đoàn viên.

Năm 2023, LĐLĐ tỉnh phấn đấu kết nạp [[20.000|mn t y2023]] đoàn viên, thành lập mới [[50|un t y2023]] CĐCS.

Xem thêm:
 Bắc Giang: 600 công nhân được khám sức khỏe miễn phí
 Công đoàn KCN Vân Trung ra mắt 3 công đoàn cơ sở
"""))

ARTS.append(('ah03', 'https://congdoan.vn/tin-tuc/cham-lo-bao-ve/thanh-hoa-ban-giao-2-mai-am-cong-doan-cho-doan-vien-kho-khan-442917.tld', '2019-09-20', 'Thanh Hóa', """Thanh Hóa: Bàn giao [[2|sh a pub n=headline repeat of the handover; no period phrase before -> publication date]] Mái ấm Công đoàn cho đoàn viên khó khăn

20/09/2019 10:15

Thanh Hóa - Ngày 19/9, LĐLĐ tỉnh Thanh Hóa phối hợp với LĐLĐ huyện Quảng Xương tổ chức bàn giao [[2|sh a pub n=no period phrase before -> publication date (records.md)]] nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh đặc biệt khó khăn.

Hai ngôi nhà có diện tích 60 m2, tổng giá trị mỗi căn khoảng 180 triệu đồng, trong đó Quỹ Xã hội Công đoàn tỉnh hỗ trợ 50 triệu đồng/nhà, phần còn lại do gia đình, người thân và công đoàn cơ sở giúp đỡ.

Lãnh đạo LĐLĐ tỉnh Thanh Hóa trao quyết định hỗ trợ Mái ấm Công đoàn cho đoàn viên.
Lãnh đạo LĐLĐ tỉnh Thanh Hóa trao quyết định hỗ trợ Mái ấm Công đoàn cho đoàn viên.

Từ đầu năm 2019 đến nay, các cấp công đoàn tỉnh đã xây mới, sửa chữa [[37|sh a 2019-01-01..2019-09-20]] nhà Mái ấm Công đoàn với tổng kinh phí hơn [[1,7 tỷ|shf a 2019-01-01..2019-09-20 b=o]] đồng, đạt [[92,5%|sh p 2019-01-01..2019-09-20 n=part-way attainment takes the reporting period (rule 4)]] kế hoạch năm ([[40|sh t y2019 n=year plan in brackets -> target of the full year (rule 8)]] nhà).

Giai đoạn 2014-2018, LĐLĐ tỉnh Thanh Hóa đã hỗ trợ xây dựng [[312|sh a t2014-2018]] nhà, tổng số tiền [[12,48 tỷ|shf a t2014-2018]] đồng. Năm 2020, LĐLĐ tỉnh đặt mục tiêu hỗ trợ [[45|sh t y2020]] nhà Mái ấm Công đoàn, ưu tiên đoàn viên ở các huyện miền núi.

Ngọc Anh

Tin liên quan
 Thanh Hóa: 5.000 đoàn viên được khám bệnh miễn phí
 Công đoàn Thanh Hóa tặng 300 suất quà cho công nhân khu kinh tế Nghi Sơn
"""))

ARTS.append(('ah04', 'https://vov.vn/xa-hoi/lai-chau-hon-200-luot-doan-vien-duoc-tu-van-phap-luat-tai-ngay-hoi-917254.vov', None, 'Lai Châu', """Lai Châu: Hơn [[200|lc a y2021 b=o n=headline repeat of the 230 consultations; takes the body's period (rule 1)]] lượt đoàn viên được tư vấn pháp luật tại Ngày hội

VOV.VN - Ngày hội Tư vấn pháp luật cho đoàn viên, người lao động năm 2021 do Liên đoàn Lao động tỉnh Lai Châu tổ chức đã tư vấn trực tiếp cho [[230|lc a y2021 n=period from the sentence (năm 2021); no publication date]] lượt người.

Tham gia ngày hội có gần 500 đoàn viên, người lao động đến từ 26 công đoàn cơ sở trên địa bàn thành phố Lai Châu. Các luật sư, cán bộ Văn phòng Tư vấn pháp luật Công đoàn giải đáp các vướng mắc về hợp đồng lao động, bảo hiểm xã hội, chế độ tai nạn lao động.

Đoàn viên, người lao động được tư vấn pháp luật tại ngày hội.
Đoàn viên, người lao động được tư vấn pháp luật tại ngày hội.

Theo bà Lò Thị Hiền, Phó Chủ tịch LĐLĐ tỉnh Lai Châu, trong năm 2021, các cấp công đoàn tỉnh đã mở [[12|tr a y2021]] lớp tập huấn nghiệp vụ, tuyên truyền pháp luật cho hơn [[6.200|te a y2021 b=o]] lượt đoàn viên; tư vấn pháp luật cho [[1.150|lc a y2021]] lượt; tham gia [[18|sv a y2021]] cuộc giám sát việc thực hiện chính sách tại doanh nghiệp.

Năm 2022, LĐLĐ tỉnh phấn đấu tổ chức ít nhất [[15|tr t y2022 b=o n=ít nhất -> over (rule 5)]] lớp tập huấn. Đoàn viên cần tư vấn có thể liên hệ số điện thoại 0213.3876.120.

Thu Hằng/VOV-Tây Bắc

Tin liên quan
 Lai Châu trao 150 suất quà cho công nhân thủy điện
 Điện Biên: 3 doanh nghiệp đối thoại với người lao động
"""))

ARTS.append(('ah05', 'https://tienphong.vn/binh-duong-khai-mac-thang-cong-nhan-2022-post1435620.tpo', '2022-05-02', 'Bình Dương', """Bình Dương khai mạc Tháng Công nhân 2022

02/05/2022 | 18:25

Trần Hoàng

TPO - Tối 1/5, Liên đoàn Lao động tỉnh Bình Dương tổ chức lễ khai mạc Tháng Công nhân năm 2022 với chủ đề "Đoàn kết, đổi mới - Thích ứng, phục hồi - Tăng cường đối thoại, cải thiện đời sống công nhân".

Tại lễ khai mạc, LĐLĐ tỉnh trao [[500|ben a mo2022-05 n=nearest earlier period phrase Tháng Công nhân năm 2022 -> May 2022]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng; khoảng 2.000 công nhân tham gia chương trình văn nghệ.

Lãnh đạo tỉnh Bình Dương trao quà cho công nhân tại lễ khai mạc. Ảnh: Trần Hoàng
Lãnh đạo tỉnh Bình Dương trao quà cho công nhân tại lễ khai mạc. Ảnh: Trần Hoàng

Trong Tháng Công nhân năm nay, các cấp Công đoàn tỉnh phấn đấu thăm, tặng quà [[30.000|ben t mo2022-05]] lượt đoàn viên, người lao động với kinh phí khoảng [[15 tỷ|sf t mo2022-05 b=a]] đồng; dự kiến [[1.850|wmu t mo2022-05 n=dự kiến -> target (rule 4)]] CĐCS tổ chức các hoạt động Tháng Công nhân. 100% CĐCS được yêu cầu phối hợp tổ chức đối thoại với người sử dụng lao động.

Tháng Công nhân năm 2021, dù ảnh hưởng dịch Covid-19, toàn tỉnh có [[1.712|wmu a mo2021-05]] CĐCS tổ chức hoạt động, chăm lo cho [[26.480|ben a mo2021-05]] lượt đoàn viên với tổng kinh phí [[13,2 tỷ|sf a mo2021-05]] đồng.

Hiện toàn tỉnh có [[2.968|ut a pub n=stock dated at publication (rule 7)]] CĐCS với hơn [[471.000|mt a pub b=o]] đoàn viên, trong đó hơn 80% làm việc tại các khu công nghiệp.

Tin cùng chuyên mục
 Bình Dương: 1.200 công nhân được khám sức khỏe miễn phí
 Công nhân nhà trọ được hỗ trợ 500.000 đồng tiền điện
"""))
