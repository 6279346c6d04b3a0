ARTS = []

ARTS.append(('ah16', 'https://laodong.vn/cong-doan/thai-nguyen-ky-ket-phuc-loi-doan-vien-voi-9-doi-tac-893415.ldo', '2021-03-25', 'Thái Nguyên', """Thái Nguyên: Ký kết phúc lợi đoàn viên với [[9|wp a pub n=headline repeat of the signing (rule 1)]] đối tác

Lao Động
25/03/2021 | 10:12

Việt Bắc

(LĐO) Ngày 24.3, Liên đoàn Lao động tỉnh Thái Nguyên tổ chức ký kết thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên công đoàn" với [[9|wp a pub n=no period phrase before -> publication date; thỏa thuận hợp tác Phúc lợi đoàn viên (rule 9)]] doanh nghiệp, siêu thị và bệnh viện trên địa bàn, nâng tổng số đối tác lên [[57|wp a pub n=nâng tổng số ... lên: stock of partners dated at publication (records.md)]].

Các đối tác cam kết giảm giá từ 3% đến 15% cho đoàn viên khi xuất trình thẻ đoàn viên công đoàn.

Lễ ký kết chương trình Phúc lợi đoàn viên. Ảnh: Việt Bắc
Lễ ký kết chương trình Phúc lợi đoàn viên. Ảnh: Việt Bắc

Quý I/2021, LĐLĐ tỉnh đã cập nhật thông tin của [[12.600|rec a q1-2021 n=members entered into the membership software -> member_records]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[9.450|rec a q1-2021 n=cards issued -> member_records]] thẻ đoàn viên. Cũng trong quý, các cấp công đoàn kết nạp [[2.310|mn a q1-2021]] đoàn viên, thành lập [[11|un a q1-2021]] công đoàn cơ sở.

Năm 2021, LĐLĐ tỉnh Thái Nguyên phấn đấu ký kết thêm [[20|wp t y2021]] đối tác và cấp [[30.000|rec t y2021]] thẻ đoàn viên. Hiện toàn tỉnh có [[1.182|ut a pub n=stock dated at publication (rule 7)]] công đoàn cơ sở với hơn [[124.000|mt a pub b=o]] đoàn viên.

Tin liên quan
 Thái Nguyên: 1.000 công nhân Samsung được tư vấn pháp luật
"""))

ARTS.append(('ah17', 'https://congdoan.vn/tin-tuc/hoat-dong-cong-doan/long-an-thanh-lap-cong-doan-co-so-va-ban-nu-cong-tai-doanh-nghiep-fdi-516208.tld', None, 'Long An', """Long An: Thành lập CĐCS và Ban Nữ công tại doanh nghiệp FDI

Long An - Công đoàn các Khu công nghiệp tỉnh Long An vừa ra mắt Công đoàn cơ sở Công ty TNHH Giày Kim Phát Long An với [[2.150|mn a null s=Công đoàn các Khu công nghiệp n=members of a new union -> members_new (rule 9); no period phrase and no publication date -> null]] đoàn viên, đồng thời thành lập Ban Nữ công quần chúng của công ty.

Công ty có 2.600 lao động, trong đó lao động nữ chiếm 78%. Ban Chấp hành lâm thời gồm 11 người, Ban Nữ công quần chúng gồm 7 thành viên.

Ra mắt Công đoàn cơ sở Công ty TNHH Giày Kim Phát Long An.
Ra mắt Công đoàn cơ sở Công ty TNHH Giày Kim Phát Long An.

Năm 2019, Công đoàn các Khu công nghiệp tỉnh thành lập [[31|un a y2019 s=Công đoàn các Khu công nghiệp]] công đoàn cơ sở, kết nạp [[12.480|mn a y2019 s=Công đoàn các Khu công nghiệp]] đoàn viên, đạt [[124,8%|mn p y2019 s=Công đoàn các Khu công nghiệp]] kế hoạch; thành lập [[23|wc a y2019 s=Công đoàn các Khu công nghiệp]] Ban Nữ công quần chúng; thương lượng, ký mới [[28|ca a y2019 s=Công đoàn các Khu công nghiệp]] bản thỏa ước lao động tập thể. Hiện Công đoàn các Khu công nghiệp quản lý [[412|ut a null s=Công đoàn các Khu công nghiệp n=stock, no publication date -> null (rule 7)]] công đoàn cơ sở.

Năm 2020, Công đoàn các Khu công nghiệp phấn đấu thành lập [[25|un t y2020 s=Công đoàn các Khu công nghiệp]] công đoàn cơ sở và [[20|wc t y2020 s=Công đoàn các Khu công nghiệp n=phấn đấu -> target of the year (rule 4)]] Ban Nữ công quần chúng.

Minh Hiếu

Tin liên quan
 Long An: 3.500 công nhân được tặng quà Tháng Công nhân
"""))

ARTS.append(('ah18', 'https://vov.vn/xa-hoi/son-la-cong-doan-giao-duc-tong-ket-nam-hoc-2019-2020-1012876.vov', '2020-08-10', 'Sơn La', """Sơn La: Công đoàn Giáo dục tổng kết năm học 2019-2020

VOV.VN - Thứ Hai, 09:30, 10/08/2020

VOV.VN - Ngày 9/8, Công đoàn ngành Giáo dục tỉnh Sơn La tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2019-2020, triển khai nhiệm vụ năm học 2020-2021.

Năm học 2019-2020, [[482/487|oc a sy2019 s=Công đoàn ngành Giáo dục n=x/y written count -> the numerator (records.md)]] đơn vị trường học tổ chức hội nghị viên chức đúng quy định; Ủy ban Kiểm tra Công đoàn ngành kiểm tra tài chính [[36|fi a sy2019 s=Công đoàn ngành Giáo dục]] công đoàn cơ sở, giám sát [[12|sv a sy2019 s=Công đoàn ngành Giáo dục]] cuộc việc thực hiện chế độ, chính sách cho nhà giáo. Các cấp công đoàn thăm hỏi [[1.240|ben a sy2019 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, gặp khó khăn với tổng số tiền [[620 triệu|sf a sy2019 s=Công đoàn ngành Giáo dục]] đồng.

Hội nghị tổng kết năm học 2019-2020 Công đoàn ngành Giáo dục Sơn La.
Hội nghị tổng kết năm học 2019-2020 Công đoàn ngành Giáo dục Sơn La.

Hiện Công đoàn ngành Giáo dục Sơn La có [[487|ut a pub s=Công đoàn ngành Giáo dục n=stock dated at publication although the sentence follows a school-year report (rule 7)]] công đoàn cơ sở với [[22.860|mt a pub s=Công đoàn ngành Giáo dục]] đoàn viên.

Năm học 2020-2021, Công đoàn ngành phấn đấu kiểm tra tài chính ít nhất [[40|fi t sy2020 s=Công đoàn ngành Giáo dục b=o]] công đoàn cơ sở. Dịp này, 18 tập thể và 30 cá nhân được tặng giấy khen.

Quốc Toản/VOV-Tây Bắc

Tin liên quan
 Sơn La: 2.000 giáo viên vùng cao được tặng quà
"""))

ARTS.append(('ah19', 'https://tienphong.vn/gia-lai-11-thang-ket-nap-hon-14000-doan-vien-post1802314.tpo', '2025-12-10', 'Gia Lai', """Gia Lai: 11 tháng kết nạp hơn [[14.000|mn a f11-2025 b=o n=headline repeat of 14.260 (rule 1)]] đoàn viên

10/12/2025 | 09:15

Hồng Phúc

TPO - Ngày 9/12, Ban Chấp hành Liên đoàn Lao động tỉnh Gia Lai tổ chức hội nghị lần thứ 3, đánh giá kết quả hoạt động 11 tháng năm 2025.

Theo báo cáo, 11 tháng năm 2025, các cấp công đoàn tỉnh kết nạp [[14.260|mn a f11-2025]] đoàn viên, trong đó khu vực Bình Định (cũ) [[8.120|mn a f11-2025 r=Bình Định s=khu vực Bình Định (cũ) n=post-merger breakdown of a former province -> that province]] đoàn viên; giảm [[6.930|ml a f11-2025]] đoàn viên, tăng tuyệt đối [[7.330|mnet a f11-2025]] đoàn viên. Thành lập [[58|un a f11-2025]] công đoàn cơ sở, giải thể [[41|ud a f11-2025]] công đoàn cơ sở do doanh nghiệp ngừng hoạt động, tăng tuyệt đối [[17|unet a f11-2025]] công đoàn cơ sở.

Quang cảnh hội nghị. Ảnh: Hồng Phúc
Quang cảnh hội nghị. Ảnh: Hồng Phúc

Hiện toàn tỉnh có [[2.984|ut a pub n=stock dated at publication (rule 7)]] công đoàn cơ sở với [[186.400|mt a pub]] đoàn viên. Cũng trong 11 tháng, LĐLĐ tỉnh hỗ trợ xây mới [[4|sh a f11-2025 n=Cũng trong 11 tháng -> the 11 months of 2025 named before (rule 8)]] nhà Mái ấm Công đoàn cho đoàn viên khó khăn ở các xã phía Tây, mỗi nhà 80 triệu đồng.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[15.000|mn t y2026]] đoàn viên, thành lập mới [[60|un t y2026]] công đoàn cơ sở.

Tin cùng chuyên mục
 Gia Lai: 2.000 công nhân cao su được chăm lo Tết
"""))

ARTS.append(('ah20', 'https://dantri.com.vn/lao-dong-viec-lam/vinh-phuc-1850-cong-nhan-duoc-tang-ve-xe-ve-que-an-tet-20190125084512603.htm', None, 'Vĩnh Phúc', """Vĩnh Phúc: [[1.850|ben a y2019 n=headline repeat of the free tickets (rule 1); tickets count as beneficiaries (rule 9)]] công nhân được tặng vé xe về quê ăn Tết

(Dân trí) - Chương trình "Chuyến xe mùa xuân" Tết Kỷ Hợi 2019 của Liên đoàn Lao động tỉnh Vĩnh Phúc đã tặng [[1.850|ben a y2019 n=Tết year (Kỷ Hợi 2019)]] vé xe miễn phí cho công nhân các khu công nghiệp về quê đón Tết.

Sáng nay, 32 xe khách xuất phát từ Khu công nghiệp Bình Xuyên đưa công nhân về các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình. Mỗi vé trị giá từ 250.000 đến 450.000 đồng.

Công nhân lên xe về quê đón Tết.
Công nhân lên xe về quê đón Tết.

Tết Kỷ Hợi 2019, các cấp công đoàn tỉnh Vĩnh Phúc chăm lo cho [[23.500|ben a y2019]] đoàn viên, người lao động với tổng kinh phí [[9,6 tỷ|sf a y2019]] đồng; trong đó Công đoàn các Khu công nghiệp chăm lo [[6.300|ben a y2019 s=Công đoàn các Khu công nghiệp]] lượt. "Chợ Tết Công đoàn" phát 3.000 phiếu mua hàng 0 đồng cho công nhân thu nhập thấp.

Năm 2018, LĐLĐ tỉnh kết nạp gần [[8.500|mn a y2018 b=u n=gần -> under (rule 5)]] đoàn viên, thành lập [[46|un a y2018]] công đoàn cơ sở; tổ chức đối thoại tại [[215|wd a y2018]] doanh nghiệp.

Nguyễn Thùy

Xem thêm:
 Bắc Ninh: 3.000 vé xe miễn phí cho công nhân
 Hà Nam: 500 công nhân được đưa về quê ăn Tết
"""))
