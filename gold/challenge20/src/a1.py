"""i01-i09: articles 2013-2020 with inline gold marks (see lib.py for the mark syntax)."""
ARTS = []


def A(*a):
    ARTS.append(a)


A('i01', 'https://ldldbacgiang.org.vn/tin-tuc/tong-ket-cong-tac-cong-doan-nam-2013.html', '2013-12-26', 'Bắc Giang', '''
Bắc Giang: Hơn [[12.000|mn a y2013 b=o n=rounded headline repeat of the body figure 12.418: takes its region and period; hơn -> over (gold README 1, 5)]] đoàn viên mới trong năm 2013
Ngày 24/12, LĐLĐ tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác công đoàn năm 2013, triển khai nhiệm vụ năm 2014. Dự hội nghị có đại diện Tổng LĐLĐ Việt Nam, lãnh đạo tỉnh và 220 đại biểu là cán bộ công đoàn chủ chốt.
Theo báo cáo, năm 2013, các cấp công đoàn trong tỉnh đã kết nạp [[12.418|mn a y2013]] đoàn viên, đạt [[124,2%|mn p y2013 n=đạt N% kế hoạch -> attainment of what was attained (gold README 4)]] kế hoạch năm; thành lập mới [[57|un a y2013]] CĐCS, vượt [[14%|un p y2013 v=114 n=vượt 14% chỉ tiêu -> 114, i.e. 114% of the target (records.md status)]] chỉ tiêu được giao. Số đoàn viên kết nạp mới tăng 2.130 người so với năm 2012, chủ yếu ở các doanh nghiệp FDI trong các KCN Đình Trám, Quang Châu, Vân Trung.
Đến nay, toàn tỉnh có [[l.482|ut a pub n=OCR l.482 -> 1482 (records.md, gold README 3); đến nay ... có is a stock dated at publication (gold README 7)]] CĐCS với [[98.760|mt a pub n=stock (đến nay ... có) dated at publication (gold README 7)]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước chiếm 65%.
Công tác chăm lo đời sống, bảo vệ quyền lợi đoàn viên tiếp tục được quan tâm. Trong năm, các cấp công đoàn đã thăm hỏi, tặng quà cho [[8.540|ben a y2013]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn, bị tai nạn lao động, ốm đau dài ngày với tổng số tiền [[3,2 tỷ|sf a y2013]] đồng; mỗi suất quà trị giá từ 300.000 đến 500.000 đồng. Hàng nghìn lượt công nhân được tham gia các hoạt động văn hóa, thể thao do công đoàn tổ chức.
Phát biểu chỉ đạo hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh đề nghị năm 2014, các cấp công đoàn phấn đấu kết nạp ít nhất [[10.000|mn t y2014 b=o n=ít nhất -> over (gold README 5)]] đoàn viên, thành lập mới từ [[40|un t y2014 b=o n=range từ 40 đến 50: one statistic, recorded once at its lower end with bound over; the upper end 50 is not a separate record (challenge20 range rule)]] đến 50 CĐCS; 100% doanh nghiệp có từ 30 lao động trở lên phải có tổ chức công đoàn.
''')

A('i02', 'https://hanoi.org.vn/tin-tuc/tong-ket-thang-cong-nhan-nam-2014', '2014-05-30', 'Hà Nội', '''
Hà Nội: [[44 ngàn|ben a mo2014-05 n=rounded headline repeat of the body figure 44.215 (gold README 1): 44 ngàn -> 44000, no bound word so exact]] lượt đoàn viên được thăm hỏi, tặng quà trong Tháng Công nhân
Chiều 29/5, LĐLĐ thành phố Hà Nội tổ chức hội nghị tổng kết Tháng Công nhân năm 2014 với chủ đề "Đảm bảo việc làm, thu nhập, an toàn lao động cho công nhân".
Theo báo cáo, Tháng Công nhân năm nay được triển khai tại [[5.620|wmu a mo2014-05 n=Tháng Công nhân năm 2014 -> May 2014 (records.md periods)]] CĐCS, tăng 430 đơn vị so với năm 2013. Các cấp công đoàn Thủ đô đã thăm hỏi, tặng quà cho [[44.215|ben a mo2014-05]] lượt đoàn viên, người lao động với tổng kinh phí [[19.590.000.000|sf a mo2014-05 n=money in full digits -> 19590000000 (gold README 3)]] đồng; bình quân mỗi suất quà 300.000 đồng.
Cũng trong tháng, [[hai mươi lăm|ca a mo2014-05 v=25 n=number words hai mươi lăm -> 25 (records.md)]] doanh nghiệp đã ký kết mới thỏa ước lao động tập thể với nhiều điều khoản có lợi hơn cho người lao động. Công đoàn phối hợp với chủ doanh nghiệp điều chỉnh bữa ăn ca tại [[86|meal a mo2014-05]] doanh nghiệp, nâng mức bình quân lên 15.000 đồng/suất. Đối thoại tại nơi làm việc được tổ chức tại [[312|wd a mo2014-05]] doanh nghiệp, giải quyết hàng trăm kiến nghị của công nhân.
Văn phòng tư vấn pháp luật của LĐLĐ thành phố đã tư vấn miễn phí cho [[2.760|lc a mo2014-05]] lượt công nhân tại các KCN Thăng Long, Nội Bài, Quang Minh, chủ yếu về tiền lương, bảo hiểm xã hội.
Dịp này, LĐLĐ thành phố khen thưởng 45 tập thể và 60 cá nhân có thành tích xuất sắc trong tổ chức Tháng Công nhân năm 2014.
''')

A('i03', 'https://congdoannghean.vn/mai-am-cong-doan/60-ngoi-nha-mai-am-cong-doan-nam-2014', '2015-01-10', 'Nghệ An', '''
Nghệ An: [[60|sh a y2014 n=headline repeat of the body figure 60: takes its region and period (gold README 1)]] ngôi nhà Mái ấm Công đoàn đến với đoàn viên khó khăn
Năm qua, LĐLĐ tỉnh Nghệ An đã vận động, hỗ trợ xây mới và sửa chữa [[60|sh a y2014 n=năm qua in an article published in January -> the previous year 2014 (records.md periods)]] nhà Mái ấm Công đoàn (xây mới [[48|sh a y2014 s=xây mới n=breakdown -> same indicator with a scope (gold README 6)]] nhà, sửa chữa [[12|sh a y2014 s=sửa chữa n=breakdown -> same indicator with a scope (gold README 6)]] nhà) với tổng kinh phí [[2 tỷ 350 triệu|shf a y2014 v=2350000000 n=mixed money 2 tỷ 350 triệu -> 2350000000 (gold README 3)]] đồng. Mỗi nhà xây mới được hỗ trợ từ 40 đến 45 triệu đồng, nhà sửa chữa từ 10 đến 20 triệu đồng.
Theo đồng chí Phó Chủ tịch LĐLĐ tỉnh, nguồn kinh phí chủ yếu từ Quỹ Xã hội Công đoàn tỉnh (chiếm khoảng 70%), phần còn lại do các doanh nghiệp, nhà hảo tâm đóng góp. Những ngôi nhà được bàn giao đúng tiến độ, phần lớn ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong.
Cùng với chương trình Mái ấm, năm qua các cấp công đoàn đã thăm hỏi, trợ cấp khó khăn cho [[6.935|ben a y2014]] lượt đoàn viên với số tiền [[1,8 tỷ|sf a y2014]] đồng.
Từ năm 1999 đến nay, công đoàn toàn tỉnh đã xây dựng, sửa chữa [[1.5 60|sh a 1999-01-01..2015-01-10 n=scraped split 1.5 60 -> 1560 (records.md); từ năm 1999 đến nay -> 1999-01-01 to publication (records.md periods), a cumulative flow, not a stock]] nhà Mái ấm Công đoàn với tổng kinh phí hơn [[47 tỷ|shf a 1999-01-01..2015-01-10 b=o]] đồng, giúp hàng nghìn đoàn viên có chỗ ở ổn định.
Năm 2015, LĐLĐ tỉnh phấn đấu xây mới, sửa chữa từ [[50|sh t y2015 b=o n=range từ 50 đến 60: recorded once at its lower end with bound over (challenge20 range rule)]] đến 60 nhà, ưu tiên đoàn viên là người dân tộc thiểu số.
''')

A('i04', 'https://baodongnai.com.vn/xa-hoi/201602/cong-doan-cham-lo-tet-binh-than', '2016-02-03', 'Đồng Nai', '''
Đồng Nai: Gần [[100 tỷ|sf a y2016 b=u n=rounded headline repeat of the body figure 96,4 tỷ: takes its region and period; gần -> under (gold README 1, 5)]] đồng chăm lo Tết cho đoàn viên, người lao động
Tết Bính Thân 2016, các cấp công đoàn tỉnh Đồng Nai đã chăm lo cho gần [[150.000|ben a y2016 b=u n=Tết Bính Thân 2016 -> the Tết year 2016 (challenge15 convention); gần -> under]] lượt đoàn viên, người lao động với tổng kinh phí [[96,4 tỷ|sf a y2016 n=96,4 tỷ -> 96400000000 (records.md)]] đồng.
Theo LĐLĐ tỉnh Đồng Nai, trong tổng kinh phí trên, phần do doanh nghiệp chi chiếm khoảng 80%, còn lại từ nguồn tài chính công đoàn và các nhà tài trợ. Riêng Công đoàn các KCN Đồng Nai đã chăm lo cho [[86.300|ben a y2016 s=Công đoàn các KCN]] lượt đoàn viên với số tiền [[52,7 tỷ|sf a y2016 s=Công đoàn các KCN]] đồng. Mỗi suất quà có giá trị từ 300.000 đến 500.000 đồng tùy hoàn cảnh. So với Tết Ất Mùi năm trước, kinh phí chăm lo tăng 12,6 tỷ đồng.
Chương trình "Tết Sum vầy" năm nay được dành [[1 tỷ 450 triệu|sf a y2016 s=Chương trình Tết Sum vầy v=1450000000 n=mixed money 1 tỷ 450 triệu -> 1450000000 (gold README 3)]] đồng. Ban tổ chức đã bố trí 45 chuyến xe đưa [[1.850|ben a y2016 s=Chương trình Tết Sum vầy n=free rides home -> beneficiaries; the 45 buses are not records (challenge15 convention)]] công nhân về quê đón Tết và tặng [[1.200|ben a y2016 s=Chương trình Tết Sum vầy]] suất quà cho công nhân ở lại nhà trọ. Tại Chợ Tết Công đoàn, 5.000 phiếu mua hàng 0 đồng đã được phát cho công nhân có thu nhập thấp.
Lãnh đạo LĐLĐ tỉnh cho biết, hàng chục doanh nghiệp đã chủ động thưởng Tết cao hơn năm trước, góp phần giúp người lao động yên tâm gắn bó lâu dài.
''')

A('i05', 'https://baothaibinh.com.vn/tin-tuc/so-ket-cong-tac-cong-doan-6-thang-dau-nam-2017', '2017-07-15', 'Thái Bình', '''
Thái Bình: Hơn [[3.100|mn a h1-2017 b=o n=rounded headline repeat of the body figure 3.125: takes its region and period (gold README 1)]] đoàn viên được kết nạp trong 6 tháng đầu năm
Ngày 13/7, LĐLĐ tỉnh Thái Bình tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2017.
Báo cáo cho biết, 6 tháng qua, các cấp công đoàn trong tỉnh đã kết nạp [[3.125|mn a h1-2017]] đoàn viên, đạt [[62,5%|mn p h1-2017 n=part-way attainment of the year plan takes the reporting period (challenge15 rule)]] kế hoạch năm; thành lập mới [[18|un a h1-2017]] CĐCS, chủ yếu ở doanh nghiệp ngoài nhà nước tại các KCN Tiền Hải, Phúc Khánh, Nguyễn Đức Cảnh. Công đoàn các cấp cũng thành lập mới [[14|wc a h1-2017]] Ban nữ công quần chúng.
Hội nghị người lao động được tổ chức ở [[412/538|wkc a h1-2017 n=x/y figure -> the numerator 412; 538 is the reference total, not a record (records.md 03/03)]] doanh nghiệp có tổ chức công đoàn. Công tác tư vấn pháp luật được đẩy mạnh với [[1.320|lc a h1-2017]] lượt đoàn viên, người lao động được tư vấn, tăng 18% so với cùng kỳ.
Công tác phát triển Đảng được chú trọng: công đoàn các cấp đã giới thiệu [[96|pr a h1-2017]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; trong đó [[71|pa a h1-2017]] đồng chí đã được kết nạp vào Đảng.
6 tháng cuối năm 2017, LĐLĐ tỉnh đề ra chỉ tiêu kết nạp tối thiểu [[2.000|mn t l6-2017 b=o n=tối thiểu ... trở lên = at least -> over (gold README 5, like ít nhất)]] đoàn viên trở lên, thành lập mới ít nhất [[12|un t l6-2017 b=o n=ít nhất -> over (gold README 5)]] CĐCS, phấn đấu hoàn thành toàn diện các chỉ tiêu Nghị quyết năm 2017.
''')

A('i06', 'https://baobinhdinh.vn/xa-hoi/ldld-tinh-tang-cuong-tap-huan-giam-sat-kiem-tra', '2018-01-05', 'Bình Định', '''
LĐLĐ tỉnh Bình Định: Tăng cường tập huấn, giám sát và kiểm tra
Năm qua, LĐLĐ tỉnh Bình Định đã tổ chức [[48|tr a y2017 n=năm qua in an article published in January -> the previous year 2017 (records.md periods)]] lớp tập huấn cho [[5.230|te a y2017]] lượt cán bộ công đoàn cơ sở về kỹ năng thương lượng, đối thoại và nghiệp vụ tài chính.
Công đoàn các cấp đã chủ trì và tham gia [[36|sv a y2017]] cuộc giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp; trong đó LĐLĐ tỉnh chủ trì [[9|sv a y2017 s=LĐLĐ tỉnh chủ trì n=breakdown trong đó -> same indicator with a scope (gold README 6)]] cuộc. Qua giám sát, công đoàn đã kiến nghị doanh nghiệp truy đóng bảo hiểm xã hội cho hàng trăm người lao động.
Ủy ban Kiểm tra công đoàn các cấp đã kiểm tra tài chính [[128|fi a y2017 s=CĐCS n=two parts with no stated total: one record each, with its scope]] CĐCS và [[6|fi a y2017 s=công đoàn cấp trên cơ sở]] công đoàn cấp trên cơ sở, phát hiện một số đơn vị sử dụng kinh phí chưa đúng quy định và kiến nghị khắc phục. Tỷ lệ CĐCS được xếp loại hoàn thành tốt nhiệm vụ đạt 82%.
Dịp Tết Đinh Dậu, LĐLĐ tỉnh đã trao [[420|ben a y2017 n=Tết Đinh Dậu -> the Tết year 2017 (challenge15 convention)]] suất quà cho đoàn viên nghèo, tổng trị giá [[210 trieu|sf a y2017 n=scraped missing diacritics trieu dong -> triệu đồng: 210000000 (gold README 3)]] dong, mỗi suất 500.000 đồng.
Năm 2018, LĐLĐ tỉnh phấn đấu tổ chức ít nhất [[50|tr t y2018 b=o n=ít nhất -> over (gold README 5)]] lớp tập huấn; mỗi CĐCS có từ 2 cán bộ trở lên được bồi dưỡng nghiệp vụ.
Lượt xem: 2.145
''')

A('i07', 'https://nld.com.vn/cong-doan/hepza-so-ket-6-thang-dau-nam-2018', '2018-07-20', 'Hồ Chí Minh', '''
Công đoàn KCX-KCN TP HCM: [[1.245|wkc a h1-2018 n=headline repeat of the body figure 1.245/1.530: takes its region and period (gold README 1)]] doanh nghiệp tổ chức hội nghị người lao động
Theo báo cáo sơ kết 6 tháng đầu năm 2018 của Công đoàn các Khu chế xuất và công nghiệp TP HCM (HEPZA), trong 6 tháng, [[1.245/1.530|wkc a h1-2018 n=x/y figure -> the numerator 1245 (records.md 03/03); 1.530 is the reference total, not a record]] doanh nghiệp có tổ chức công đoàn đã tổ chức hội nghị người lao động, chiếm 81,4%.
Công đoàn HEPZA đã tổ chức [[52|sv a h1-2018]] cuộc giám sát tại doanh nghiệp; qua đó, [[45/52|wd a h1-2018 n=x/y figure -> 45 enterprises holding dialogues (records.md 03/03); 52 repeats the supervision count as denominator]] doanh nghiệp được giám sát có tổ chức đối thoại định kỳ đúng quy định. Trong 6 tháng, các CĐCS đã thương lượng, ký mới [[138|ca a h1-2018]] bản thỏa ước lao động tập thể, nâng tổng số doanh nghiệp có thỏa ước lên [[1.112|ca a pub n=stock (nâng tổng số ... lên) dated at publication (records.md, gold README 7); collective_agreements has no _total code, so the stock keeps this code]].
Công tác bồi dưỡng cán bộ được quan tâm với [[27|tr a h1-2018]] lớp tập huấn kỹ năng thương lượng cho [[1.860|te a h1-2018]] cán bộ CĐCS. Công đoàn đã phối hợp điều chỉnh bữa ăn ca tại [[213|meal a h1-2018]] doanh nghiệp; mức phổ biến từ 16.000 đến 20.000 đồng/suất, một số doanh nghiệp trên 25.000 đồng/suất.
Văn phòng tư vấn pháp luật của Công đoàn HEPZA đã tư vấn trực tiếp cho khoảng [[4.500|lc a h1-2018 b=a n=khoảng -> about (records.md)]] lượt người lao động. Hiện nay, các khu chế xuất, khu công nghiệp trên địa bàn thành phố thu hút hơn 280.000 lao động.
''')

A('i08', 'https://baokiengiang.vn/chinh-tri/ldld-tinh-tong-ket-hoat-dong-cong-doan-nam-2019', '2019-12-20', 'Kiên Giang', '''
Kiên Giang: Hơn [[4.800|mn a y2019 b=o n=rounded headline repeat of the body figure 4.812 (gold README 1)]] đoàn viên mới trong năm 2019
Ngày 18/12, LĐLĐ tỉnh Kiên Giang tổ chức hội nghị tổng kết hoạt động công đoàn năm 2019.
Năm 2019, LĐLĐ tỉnh Kiên Giang kết nạp [[4.812|mn a y2019]] đoàn viên, vượt [[20,3%|mn p y2019 v=120.3 n=vượt 20,3% chỉ tiêu -> 120.3 (records.md status)]] chỉ tiêu; thành lập [[27|un a y2019]] CĐCS, đạt [[135%|un p y2019 n=đạt 135% kế hoạch -> 135, unlike vượt (records.md status)]] kế hoạch. Tuy nhiên, do nhiều doanh nghiệp giải thể, ngừng hoạt động, trong năm giảm [[1.096|ml a y2019]] đoàn viên và giải thể [[9|ud a y2019]] CĐCS. Như vậy, so với đầu năm, toàn tỉnh tăng tuyệt đối [[3.716|mnet a y2019 n=tăng tuyệt đối is the net change, itself the indicator (indicators.tsv)]] đoàn viên và [[18|unet a y2019]] CĐCS, nâng tổng số lên [[1.064|ut a pub n=nâng tổng số ... lên -> stock dated at publication (records.md)]] CĐCS với [[86.295|mt a pub]] đoàn viên.
Chương trình "Mái ấm Công đoàn" được triển khai hiệu quả: năm qua đã xây mới [[32|sh a y2019]] nhà, đạt [[106,7%|sh p y2019]] kế hoạch, với tổng kinh phí [[1,6 tỷ|shf a y2019]] đồng; mỗi căn được hỗ trợ 50 triệu đồng. So với năm 2018, số nhà tăng 7 căn.
Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp [[5.000|mn t y2020]] đoàn viên, tiếp tục nâng cao chất lượng hoạt động của CĐCS.
''')

A('i09', 'https://baohaiphong.com.vn/ldld-thanh-pho-ho-tro-doan-vien-anh-huong-dich-covid-19', '2020-07-08', 'Hải Phòng', '''
Hải Phòng: Hơn [[6 tỷ|sf a h1-2020 b=o n=rounded headline repeat of the body figure 6.317.000.000 (gold README 1)]] đồng hỗ trợ đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19
6 tháng đầu năm 2020, LĐLĐ thành phố Hải Phòng đã hỗ trợ [[12.634|ben a h1-2020]] đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền [[6.317.000.000|sf a h1-2020 n=money in full digits (gold README 3); the 500.000 đồng/người level is a per-item amount, not a record]] đồng, mức hỗ trợ 500.000 đồng/người.
Ngoài ra, công đoàn các cấp đã trao [[1.150|ben a h1-2020]] suất quà cho công nhân thuê trọ tại các KCN Nomura, Đình Vũ, Tràng Duệ; mỗi suất gồm tiền mặt và nhu yếu phẩm trị giá 850 nghìn đồng.
Do ảnh hưởng của dịch bệnh, nhiều doanh nghiệp phải thu hẹp sản xuất, cắt giảm lao động. Trong 6 tháng, toàn thành phố giảm [[3.412|ml a h1-2020]] đoàn viên, giải thể [[11|ud a h1-2020]] CĐCS; số đoàn viên kết nạp mới chỉ đạt [[2.105|mn a h1-2020 n=đạt with a count, not a percent: an actual, not an attainment]] người, thành lập mới [[9|un a h1-2020]] CĐCS, giảm 42% so với cùng kỳ.
Công tác quản lý đoàn viên được đẩy mạnh: 6 tháng qua, LĐLĐ thành phố đã cập nhật thông tin [[42.380|rec a h1-2020]] đoàn viên lên phần mềm quản lý đoàn viên và cấp mới [[25.000|rec a h1-2020 n=cards given -> member_records (indicators.tsv)]] thẻ đoàn viên.
''')
