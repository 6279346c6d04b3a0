"""n10-n17: everyday short news, 2020-2024."""

N_REPEAT = 'headline repeat of the body figure, takes its region and period (rule 1)'

ARTS = []

# n10 Long An: collective agreements, workers' conferences, dialogues (year 2020)
ARTS.append(('n10', 'https://baolongan.vn/nang-cao-chat-luong-thuong-luong-ky-ket-thoa-uoc-lao-dong-tap-the-a108734.html',
             '2020-12-18', 'Long An', '''\
Nâng cao chất lượng thương lượng, ký kết thỏa ước lao động tập thể
Cập nhật: 18/12/2020 | Lượt xem: 1.046
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, các cấp công đoàn tỉnh Long An vẫn chủ động hướng dẫn, hỗ trợ công đoàn cơ sở (CĐCS) thương lượng, ký kết thỏa ước lao động tập thể (TƯLĐTT) với người sử dụng lao động.
Theo LĐLĐ tỉnh, trong năm, các CĐCS đã thương lượng, ký mới [[126|ca a y2020 n=trong năm, published in December -> 2020]] bản TƯLĐTT, đạt [[105%|ca p y2020 n=đạt N% kế hoạch năm -> attainment of collective_agreements (rule 4)]] kế hoạch năm; đến nay toàn tỉnh có [[1.037|ca a pub n=đến nay ... có: a stock of enterprises with an agreement, dated at publication (rule 7); the 78% share is not a record]] doanh nghiệp có thỏa ước còn hiệu lực, chiếm 78% số doanh nghiệp đã thành lập CĐCS. Riêng Công đoàn các KCN tỉnh hướng dẫn ký mới [[41|ca a y2020 s=Công đoàn các KCN tỉnh n=breakdown with scope (rule 6)]] bản thỏa ước.
Bên cạnh đó, có [[1.152|wkc a y2020]] doanh nghiệp tổ chức hội nghị người lao động và [[987|wd a y2020]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Nhiều bản thỏa ước có nội dung có lợi hơn cho người lao động như: nâng tiền ăn giữa ca lên 18.000-20.000 đồng/suất, hỗ trợ tiền nhà trọ 200.000 đồng/tháng, tặng quà sinh nhật cho công nhân.
Năm 2021, LĐLĐ tỉnh đề ra chỉ tiêu ký mới [[150|ca t y2021]] bản thỏa ước lao động tập thể, phấn đấu có trên 80% CĐCS doanh nghiệp ký kết được thỏa ước.
Bảo Ngọc'''))

# n11 Quảng Ninh: inspection committee year-end review 2021
ARTS.append(('n11', 'https://baoquangninh.vn/tong-ket-cong-tac-kiem-tra-cong-doan-nam-2021-3164521.html',
             '2021-12-24', 'Quảng Ninh', '''\
Tổng kết công tác kiểm tra công đoàn năm 2021
24/12/2021 | 10:36
Ngày 24/12, Ủy ban Kiểm tra (UBKT) LĐLĐ tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2021, triển khai nhiệm vụ năm 2022.
Năm 2021, UBKT công đoàn các cấp trong tỉnh đã tiến hành [[312|sv a y2021]] cuộc kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam; [[286|fi a y2021]] cuộc kiểm tra tài chính đối với CĐCS và công đoàn cấp trên cơ sở; [[45|sv a y2021 n=supervisions (giám sát) are the same indicator as inspections: a second record]] cuộc giám sát việc thực hiện nghị quyết, chỉ thị của công đoàn cấp trên. Riêng UBKT LĐLĐ tỉnh trực tiếp kiểm tra tài chính [[24|fi a y2021 s=UBKT LĐLĐ tỉnh n=breakdown with scope (rule 6)]] đơn vị.
Qua kiểm tra, UBKT các cấp đã kiến nghị thu hồi, nộp về công đoàn cấp trên hơn 820 triệu đồng kinh phí, đoàn phí công đoàn.
LĐLĐ tỉnh cũng phối hợp với Sở Lao động - Thương binh và Xã hội tham gia [[18|sv a y2021 n=inspections joined count (indicators.tsv: held or joined)]] đoàn thanh tra, kiểm tra việc thực hiện pháp luật lao động tại các doanh nghiệp.
Năm 2022, UBKT LĐLĐ tỉnh sẽ kiểm tra tài chính [[40|fi t y2022 n=planned activity -> target (rule 4); the 100 triệu đồng/năm level is a threshold (rule 11)]] công đoàn cấp trên cơ sở và CĐCS trực thuộc, tập trung vào các đơn vị có số thu kinh phí công đoàn từ 100 triệu đồng/năm trở lên.
Hội nghị đã trao Bằng khen của Tổng LĐLĐ Việt Nam cho 3 tập thể, 4 cá nhân có thành tích xuất sắc.
Thu Nguyệt'''))

# n12 Đồng Nai: shift-meal upgrades
ARTS.append(('n12', 'https://baodongnai.com.vn/xa-hoi/202208/hon-300-doanh-nghiep-nang-gia-tri-bua-an-ca-cho-cong-nhan-3128745/',
             '2022-08-09', 'Đồng Nai', '''\
Hơn [[300|meal a 2022-01-01..2022-08-09 b=o n=''' + N_REPEAT + ''']] doanh nghiệp nâng giá trị bữa ăn ca cho công nhân
Cập nhật lúc: 09/08/2022 - 07:45
(ĐN)- Từ đầu năm 2022 đến nay, qua thương lượng của CĐCS, đã có [[316|meal a 2022-01-01..2022-08-09]] doanh nghiệp trên địa bàn tỉnh điều chỉnh tăng giá trị bữa ăn ca cho người lao động, đạt [[79%|meal p 2022-01-01..2022-08-09 n=part-way attainment of the year target takes the reporting period (rule 4)]] chỉ tiêu năm. Trong đó, Công đoàn các KCN Đồng Nai đã vận động được [[188|meal a 2022-01-01..2022-08-09 s=Công đoàn các KCN Đồng Nai n=breakdown with scope (rule 6)]] doanh nghiệp nâng bữa ăn ca.
Mức tăng phổ biến từ 2.000-5.000 đồng/suất; nhiều doanh nghiệp đã nâng bữa ăn ca lên 25.000-30.000 đồng/suất. Năm 2021, do ảnh hưởng của dịch Covid-19, cả tỉnh chỉ có [[97|meal a y2021]] doanh nghiệp điều chỉnh bữa ăn ca.
Theo ông Nguyễn Văn Hùng, Phó Chủ tịch LĐLĐ tỉnh, chỉ tiêu năm 2022 là vận động [[400|meal t y2022]] doanh nghiệp nâng chất lượng bữa ăn ca. Từ nay đến cuối năm, LĐLĐ tỉnh sẽ tổ chức [[60|sv t 2022-08-09..2022-12-31 n=planned activity -> target; từ nay đến cuối năm -> publication to 31 Dec]] cuộc giám sát việc tổ chức bữa ăn ca tại các doanh nghiệp có đông lao động.
Ảnh: Công nhân một doanh nghiệp ở KCN Amata dùng bữa ăn ca.
Hải Quân'''))

# n13 Thái Bình: women's committee talk and 9-month review
ARTS.append(('n13', 'https://baothaibinh.com.vn/tin-tuc/2/158924/toa-dam-ky-niem-92-nam-ngay-thanh-lap-hoi-lhpn-viet-nam',
             '2022-10-18', 'Thái Bình', '''\
Tọa đàm kỷ niệm 92 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam
18/10/2022 | 16:20 | Lượt xem: 512
Ngày 18/10, Ban Nữ công LĐLĐ tỉnh Thái Bình tổ chức tọa đàm kỷ niệm 92 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2022) và sơ kết công tác nữ công 9 tháng năm 2022.
Hiện toàn tỉnh có hơn [[68.000|mt a pub b=o s=nữ đoàn viên n=stock of women members dated at publication (rule 7); the 57% share is not a record]] nữ đoàn viên, chiếm 57% tổng số đoàn viên. 9 tháng năm 2022, các CĐCS đã thành lập mới [[21|wc a f9-2022]] Ban nữ công quần chúng, nâng tổng số Ban nữ công quần chúng toàn tỉnh lên [[386|wc a pub n=nâng tổng số ... lên: stock dated at publication (records.md)]].
Các cấp công đoàn đã thăm hỏi, tặng quà cho [[1.245|ben a f9-2022 s=nữ đoàn viên]] lượt nữ đoàn viên có hoàn cảnh khó khăn với tổng số tiền [[620 triệu|sf a f9-2022 s=nữ đoàn viên]] đồng; phối hợp tổ chức [[18|tr a f9-2022]] lớp tập huấn về bình đẳng giới, chăm sóc sức khỏe sinh sản cho [[2.300|te a f9-2022]] nữ công nhân lao động.
Ảnh: Các đại biểu dự tọa đàm.
Minh Thu'''))

# n14 Kiên Giang: membership software and cards
ARTS.append(('n14', 'https://baokiengiang.vn/xa-hoi/hon-71-000-doan-vien-duoc-cap-nhat-thong-tin-len-phan-mem-quan-ly-52187.html',
             '2023-03-08', 'Kiên Giang', '''\
Hơn [[71.000|rec a pub b=o n=''' + N_REPEAT + ''']] đoàn viên được cập nhật thông tin lên phần mềm quản lý
Ngày đăng: 08/03/2023 | 09:15
Theo LĐLĐ tỉnh Kiên Giang, đến nay các cấp công đoàn trong tỉnh đã nhập thông tin của [[71.436|rec a pub n=cumulative đến nay with no start and no earlier period phrase -> publication date (records.md); 97,2% of members is a share, not a record]] đoàn viên lên phần mềm quản lý đoàn viên của Tổng LĐLĐ Việt Nam, đạt 97,2% tổng số đoàn viên hiện có.
Hiện toàn tỉnh có [[73.480|mt a pub]] đoàn viên, sinh hoạt tại [[1.216|ut a pub]] CĐCS. Năm 2022, LĐLĐ tỉnh đã cấp [[12.750|rec a y2022 n=membership cards issued -> member_records (indicators.tsv)]] thẻ đoàn viên công đoàn cho đoàn viên.
Năm 2023, LĐLĐ tỉnh phấn đấu cấp thêm [[10.000|rec t y2023]] thẻ đoàn viên, hoàn thành việc cấp thẻ cho 100% đoàn viên trong năm 2024.
Theo bà Trần Thị Thu, Phó Chủ tịch LĐLĐ tỉnh, hiện có [[35|wp a pub n=current stock of Phúc lợi đoàn viên partners dated at publication (rules 7, 9); discount rates are not records]] đơn vị tham gia Chương trình “Phúc lợi đoàn viên” của LĐLĐ tỉnh; đoàn viên xuất trình thẻ được giảm giá từ 5-20% khi mua hàng, sử dụng dịch vụ.
Phương Vũ'''))

# n15 Gia Lai: a training course
ARTS.append(('n15', 'https://baogialai.com.vn/tap-huan-nghiep-vu-cho-120-can-bo-cong-doan-co-so-post254318.html',
             '2023-06-14', 'Gia Lai', '''\
Gia Lai: Tập huấn nghiệp vụ cho [[120|te a pub n=''' + N_REPEAT + ''']] cán bộ công đoàn cơ sở
14/06/2023, 16:10
(GLO)- Ngày 14/6, LĐLĐ tỉnh Gia Lai khai mạc lớp tập huấn nghiệp vụ công tác công đoàn cho [[120|te a pub n=event day is the publication date; 2 ngày is a duration (rule 11)]] cán bộ công đoàn cơ sở các huyện, thị xã phía Đông của tỉnh. Lớp tập huấn diễn ra trong 2 ngày.
Các học viên được truyền đạt 5 chuyên đề: kỹ năng thương lượng tập thể, tổ chức đối thoại tại nơi làm việc, quản lý tài chính công đoàn, công tác kiểm tra và công tác nữ công.
Từ đầu năm đến nay, LĐLĐ tỉnh và các công đoàn cấp trên cơ sở đã tổ chức [[27|tr a 2023-01-01..2023-06-14]] lớp tập huấn cho [[2.940|te a 2023-01-01..2023-06-14]] lượt cán bộ công đoàn; phối hợp tuyên truyền pháp luật cho hơn [[44 ngàn|te a 2023-01-01..2023-06-14 b=o n=dissemination reach counts as trainees (indicators.tsv); 44 ngàn -> 44000 (rule 3)]] lượt đoàn viên, người lao động.
Theo kế hoạch, trong năm 2023, LĐLĐ tỉnh sẽ tổ chức [[45|tr t y2023]] lớp tập huấn nghiệp vụ cho cán bộ công đoàn các cấp.
Ảnh: Quang cảnh lớp tập huấn. Ảnh: Ngọc Minh'''))

# n16 Hồ Chí Minh: Chuyến xe Công đoàn, Tết Giáp Thìn
ARTS.append(('n16', 'https://nld.com.vn/cong-doan/hon-5000-cong-nhan-ve-que-don-tet-tren-chuyen-xe-cong-doan-196240203103212.htm',
             '2024-02-03', 'Hồ Chí Minh', '''\
Hơn [[5.000|ben a pub b=o n=''' + N_REPEAT + ''']] công nhân về quê đón Tết trên "Chuyến xe Công đoàn"
03-02-2024 - 10:32 | Công đoàn
(NLĐO) - Sáng 3-2, tại Nhà Văn hóa Lao động TP HCM, LĐLĐ TP HCM tổ chức lễ tiễn [[5.200|ben a pub n=free rides given to workers count as beneficiaries (rule 9); the 120 buses are not records; event day is the publication date]] công nhân, lao động về quê đón Tết Giáp Thìn trên 120 chuyến xe miễn phí. Mỗi công nhân còn được tặng một phần quà trị giá 300.000 đồng.
Cùng ngày, Công đoàn các Khu chế xuất và công nghiệp TP HCM (Hepza) trao [[1.000|ben a pub s=Công đoàn các Khu chế xuất và công nghiệp TP HCM n=tickets -> beneficiaries (rule 9); cùng ngày -> the event day]] vé xe miễn phí cho công nhân các KCX-KCN; LĐLĐ TP phối hợp với Vietnam Airlines tặng [[300|ben a pub]] vé máy bay cho công nhân quê ở các tỉnh miền Trung, miền Bắc.
Theo LĐLĐ TP HCM, dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn thành phố dự kiến chăm lo cho [[1,2 triệu|ben t y2024 n=dự kiến -> target (rule 4); Tết Giáp Thìn 2024 -> year 2024]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[480 tỷ|sf t y2024 b=o]] đồng. Tết Quý Mão 2023, công đoàn thành phố đã chăm lo cho hơn [[1,05 triệu|ben a y2023 b=o]] lượt đoàn viên, người lao động.
Trên cả nước, Tổng LĐLĐ Việt Nam dự kiến chăm lo Tết Giáp Thìn 2024 cho khoảng [[11 triệu|ben t y2024 b=a r=Việt Nam n=national body, national total -> Việt Nam (records.md regions)]] lượt đoàn viên, người lao động.
Ảnh: Hơn [[5.000|ben a pub b=o n=caption repeat of the body figure 5.200 (rule 1)]] công nhân được tiễn về quê đón Tết. Ảnh: Hoàng Triều'''))

# n17 Phú Thọ: year-end review 2023 with losses and net change
ARTS.append(('n17', 'https://baophutho.vn/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2023-205673.htm',
             '2023-12-27', 'Phú Thọ', '''\
LĐLĐ tỉnh tổng kết công tác công đoàn năm 2023
27/12/2023 | Số lần đọc: 1.390
(BPTO) - Ngày 27/12, LĐLĐ tỉnh Phú Thọ tổ chức Hội nghị Ban Chấp hành lần thứ 12, khóa XIX tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, các cấp công đoàn trong tỉnh đã kết nạp mới [[9.846|mn a y2023]] đoàn viên, đạt [[123%|mn p y2023]] chỉ tiêu; thành lập mới [[42|un a y2023]] CĐCS. Tuy nhiên, do nhiều doanh nghiệp thiếu đơn hàng, cắt giảm lao động nên trong năm số đoàn viên giảm [[7.120|ml a y2023]] người, có [[27|ud a y2023]] CĐCS giải thể do doanh nghiệp ngừng hoạt động. Như vậy, số đoàn viên tăng tuyệt đối [[2.726|mnet a y2023]], số CĐCS tăng tuyệt đối [[15|unet a y2023]]. Hiện toàn tỉnh có [[132.518|mt a pub]] đoàn viên, sinh hoạt tại [[1.706|ut a pub]] CĐCS.
Trong năm, các cấp công đoàn đã thăm hỏi, tặng quà cho [[48.230|ben a y2023 n=trong năm, published in December -> 2023]] lượt đoàn viên, người lao động với tổng kinh phí [[21,6 tỷ|sf a y2023]] đồng.
Năm 2024, LĐLĐ tỉnh phấn đấu kết nạp [[8.000|mn t y2024]] đoàn viên, 100% CĐCS khu vực doanh nghiệp tổ chức hội nghị người lao động.
Dịp này, 12 tập thể, 20 cá nhân được nhận Bằng khen của Tổng LĐLĐ Việt Nam.
Hồng Nhung'''))
