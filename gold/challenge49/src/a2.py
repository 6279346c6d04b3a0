"""challenge49 articles cb06-cb10."""
ARTS = []

ARTS.append(('cb06', 'https://baodanang.vn/xa-hoi/202509/cong-doan-phuong-hoi-an-ket-nap-86-doan-vien-4012587/', '2025-09-23', 'Quảng Nam', """Công đoàn phường Hội An kết nạp [[86|mn a 2025-07-01..2025-09-23 s=Công đoàn phường Hội An n=headline repeat of the body figure (rule 1)]] đoàn viên sau gần 3 tháng hoạt động

Thứ Ba, 23/09/2025, 10:05 [GMT+7]

(Báo Đà Nẵng) - Ngày 22/9, Công đoàn phường Hội An (thành phố Đà Nẵng) tổ chức hội nghị sơ kết hoạt động sau gần 3 tháng vận hành mô hình chính quyền địa phương hai cấp.

Từ ngày 1/7 đến nay, Công đoàn phường đã thành lập [[2|un a 2025-07-01..2025-09-23 s=Công đoàn phường Hội An n=ward union of the new Đà Nẵng lying in old Quảng Nam -> Quảng Nam (rule 10); từ ngày 1/7 đến nay -> 1 July to publication]] CĐCS tại Công ty TNHH Phố Hội Riverside và Hợp tác xã Dịch vụ Cẩm Thanh, kết nạp [[86|mn a 2025-07-01..2025-09-23 s=Công đoàn phường Hội An]] đoàn viên. Hiện Công đoàn phường có [[38|ut a pub s=Công đoàn phường Hội An]] CĐCS trực thuộc với [[1.260|mt a pub s=Công đoàn phường Hội An]] đoàn viên, trong đó [[27|ut a pub s=khu vực ngoài nhà nước n=breakdown of the stock (rule 6)]] CĐCS khu vực ngoài nhà nước.

Cũng trong thời gian này, Công đoàn phường phối hợp với các đơn vị trao [[120|ben a 2025-07-01..2025-09-23 s=Công đoàn phường Hội An]] suất quà cho đoàn viên, người lao động ngành du lịch bị ảnh hưởng bởi mưa lũ, mỗi suất trị giá 500.000 đồng.

Theo LĐLĐ thành phố Đà Nẵng, từ ngày 1/7 đến nay, toàn thành phố đã thành lập [[41|un a 2025-07-01..2025-09-23 r=Đà Nẵng n=the merged city's federation reports under the kept name (rule 10)]] CĐCS, kết nạp [[3.215|mn a 2025-07-01..2025-09-23 r=Đà Nẵng]] đoàn viên; 94 công đoàn xã, phường đã đi vào hoạt động ổn định.

Từ nay đến cuối năm 2025, Công đoàn phường Hội An phấn đấu kết nạp thêm [[150|mn t 2025-09-23..2025-12-31 s=Công đoàn phường Hội An n=từ nay đến cuối năm: publication day to year end (judgement, rule 8)]] đoàn viên, thành lập [[3|un t 2025-09-23..2025-12-31 s=Công đoàn phường Hội An]] CĐCS.

Thu Hà
"""))

ARTS.append(('cb07', 'https://baodaklak.vn/xa-hoi/201708/ldld-huyen-krong-pac-so-ket-7-thang-4a6b3c1/', '2017-08-16', 'Đắk Lắk', """LĐLĐ huyện Krông Pắc sơ kết 7 tháng đầu năm

Thứ Tư, 16/08/2017, 07:20

(Baodaklak.vn) - Ngày 15/8, LĐLĐ huyện Krông Pắc tổ chức hội nghị sơ kết hoạt động công đoàn 7 tháng đầu năm 2017.

Trong 7 thang dau nam 2017, LDLD huyen da ket nap [[318|mn a f7-2017 s=LĐLĐ huyện Krông Pắc n=paragraph scraped without diacritics, read as written]] doan vien, thanh lap moi [[5|un a f7-2017 s=LĐLĐ huyện Krông Pắc]] CDCS, dat [[62,5%|un p f7-2017 s=LĐLĐ huyện Krông Pắc n=part-way attainment of the year's plan takes the reporting period (as challenge42)]] ke hoach nam. Cac cap cong doan da xay moi [[2|sh a f7-2017 s=LĐLĐ huyện Krông Pắc]] nha "Mai am Cong doan" voi tong kinh phi [[90 trieu|shf a f7-2017 s=LĐLĐ huyện Krông Pắc v=90000000 n=stripped triệu resolved (rule 3)]] dong.

Trong Tháng Công nhân năm 2017, LĐLĐ huyện đã thăm, tặng [[215|ben a mo2017-05 s=LĐLĐ huyện Krông Pắc n=Tháng Công nhân -> May even inside a 7-month report (rule 8)]] suất quà cho công nhân lao động khó khăn với tổng trị giá gần [[86 triệu|sf a mo2017-05 b=u s=LĐLĐ huyện Krông Pắc]] đồng; phối hợp tổ chức đối thoại tại [[6|wd a mo2017-05 s=LĐLĐ huyện Krông Pắc]] doanh nghiệp, công ty cà phê trên địa bàn.

Những tháng cuối năm, LĐLĐ huyện tập trung vận động thành lập [[3|un t l5-2017 s=LĐLĐ huyện Krông Pắc n=những tháng cuối năm after a 7-month report -> Aug..Dec (judgement, rule 8)]] CĐCS còn lại theo kế hoạch, tổ chức [[4|tr t l5-2017 s=LĐLĐ huyện Krông Pắc]] lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở.

H.Yến

Số lượt đọc: 512
"""))

ARTS.append(('cb08', 'https://baodongnai.com.vn/xa-hoi/202001/cong-doan-cong-ty-changshin-trao-1500-ve-xe-tet-2992184/', '2020-01-14', 'Đồng Nai', """Công đoàn Công ty Changshin trao [[1.500|ben a y2020 s=Công đoàn Công ty TNHH Changshin Việt Nam n=headline repeat; Tết Canh Tý 2020 -> 2020 (as challenge42); tickets count as beneficiaries (rule 9)]] vé xe Tết cho công nhân

Thứ Ba, 14/01/2020 - 16:40

(ĐN) - Ngày 14-1, Công đoàn Công ty TNHH Changshin Việt Nam (huyện Vĩnh Cửu) tổ chức trao vé xe miễn phí cho công nhân về quê đón Tết Canh Tý 2020.

Theo đó, Công đoàn Công ty trao [[1.500|ben a y2020 s=Công đoàn Công ty TNHH Changshin Việt Nam]] vé xe cho công nhân quê ở các tỉnh miền Trung, miền Bắc, với 36 chuyến xe khởi hành từ ngày 18 đến 21-1. Ngoài ra, Công đoàn Công ty phối hợp với doanh nghiệp tặng [[3.200|ben a y2020 s=Công đoàn Công ty TNHH Changshin Việt Nam]] suất quà Tết cho công nhân có hoàn cảnh khó khăn, tổng trị giá [[1,6 tỷ|sf a y2020 s=Công đoàn Công ty TNHH Changshin Việt Nam]] đồng, mỗi suất 500 ngàn đồng.

Chủ tịch Công đoàn Công ty cho biết, hiện Công đoàn có gần [[38.000|mt a pub b=u s=Công đoàn Công ty TNHH Changshin Việt Nam n=company union -> its province with a scope (records.md regions); gần -> under]] đoàn viên. Năm 2019, Công đoàn Công ty phối hợp với Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn pháp luật cho [[320|lc a y2019 s=Công đoàn Công ty TNHH Changshin Việt Nam]] lượt công nhân, tiếp nhận và chuyển 23 kiến nghị của người lao động tới Ban Giám đốc.

Công nhân Công ty TNHH Changshin Việt Nam nhận vé xe về quê đón Tết. Ảnh: B.Nguyên

Bình Nguyên
"""))

ARTS.append(('cb09', 'http://congdoan.longan.gov.vn/tin-tuc/cong-doan-cac-kcn-9-thang-nam-2022-1257.html', None, 'Long An', """Công đoàn các KCN tỉnh Long An: 9 tháng năm 2022 thành lập [[21|un a f9-2022 s=Công đoàn các KCN n=headline repeat of the body figure (rule 1)]] CĐCS

Trang chủ > Tin tức - Sự kiện > Hoạt động công đoàn

Công đoàn các KCN tỉnh Long An vừa tổ chức hội nghị sơ kết công tác công đoàn 9 tháng năm 2022.

Trong 9 tháng năm 2022, Công đoàn các KCN đã thành lập [[21|un a f9-2022 s=Công đoàn các KCN]] CĐCS, kết nạp [[5.630|mn a f9-2022 s=Công đoàn các KCN]] đoàn viên. Đến nay, Công đoàn các KCN có [[512|ut a null s=Công đoàn các KCN n=stock in an undated page -> null..null (rule 7)]] CĐCS với [[168.400|mt a null s=Công đoàn các KCN]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi người lao động có nhiều chuyển biến. Các CĐCS đã ký kết [[34|ca a f9-2022 s=Công đoàn các KCN]] bản thỏa ước lao động tập thể; [[286|wkc a f9-2022 s=Công đoàn các KCN]] doanh nghiệp tổ chức hội nghị người lao động; [[198|wd a f9-2022 s=Công đoàn các KCN]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Qua thương lượng, [[46|meal a f9-2022 s=Công đoàn các KCN]] doanh nghiệp đã điều chỉnh nâng giá trị bữa ăn giữa ca, mức phổ biến từ 18.000 - 25.000 đồng/suất.

Tuy nhiên, tình trạng thiếu đơn hàng khiến 14 doanh nghiệp phải cắt giảm lao động, ảnh hưởng đến việc làm của gần 3.100 người lao động.

Quý IV/2022, Công đoàn các KCN phấn đấu kết nạp [[2.000|mn t q4-2022 s=Công đoàn các KCN]] đoàn viên, thành lập [[6|un t q4-2022 s=Công đoàn các KCN]] CĐCS.

Lượt xem: 2.315
"""))

ARTS.append(('cb10', 'http://baovinhphuc.com.vn/xa-hoi/18526/ldld-huyen-yen-lac-tong-ket-nam-2014.html', '2014-12-26', 'Vĩnh Phúc', """LĐLĐ huyện Yên Lạc tổng kết công tác năm 2014

Thứ Sáu, 26/12/2014 - 8:30 AM

VP - Ngày 25/12, LĐLĐ huyện Yên Lạc tổ chức hội nghị tổng kết hoạt động công đoàn năm 2014, triển khai nhiệm vụ năm 2015.

Năm 2014, LĐLĐ huyện đã thành lập [[3|un a y2014 s=LĐLĐ huyện Yên Lạc]] CĐCS với [[146|mn a y2014 s=LĐLĐ huyện Yên Lạc n=members of newly founded unions count as members_new (rule 9)]] đoàn viên, chỉ đạo thành lập [[4|wc a y2014 s=LĐLĐ huyện Yên Lạc]] Ban nữ công quần chúng tại các doanh nghiệp. Ủy ban kiểm tra LĐLĐ huyện tiến hành kiểm tra tài chính [[16|fi a y2014 s=LĐLĐ huyện Yên Lạc]] CĐCS; LĐLĐ huyện tham gia [[5|sv a y2014 s=LĐLĐ huyện Yên Lạc]] đoàn giám sát việc thực hiện chính sách bảo hiểm xã hội tại doanh nghiệp.

Các cấp công đoàn tổ chức [[7|tr a y2014 s=LĐLĐ huyện Yên Lạc]] lớp tập huấn cho [[530|te a y2014 s=LĐLĐ huyện Yên Lạc]] lượt cán bộ công đoàn; thăm hỏi, tặng quà [[275|ben a y2014 s=LĐLĐ huyện Yên Lạc]] đoàn viên ốm đau, có hoàn cảnh khó khăn với tổng số tiền trên [[96 triệu|sf a y2014 b=o s=LĐLĐ huyện Yên Lạc]] đồng.

Năm 2015, LĐLĐ huyện phấn đấu kiểm tra tài chính [[18|fi t y2015 s=LĐLĐ huyện Yên Lạc]] CĐCS, kết nạp [[300|mn t y2015 b=o s=LĐLĐ huyện Yên Lạc n=trở lên after the counted noun -> over (rule 5)]] đoàn viên trở lên.

Kim Liên
"""))
