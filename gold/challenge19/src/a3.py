ARTS = []

TOWN = 'town union (LĐLĐ thị xã): region is its province (records.md Regions), scope names the body (gold README 10)'

ARTS.append(('o13', 'https://baovinhlong.com.vn/ldld-thi-xa-binh-minh-nam-2014-ket-nap-286-doan-vien', '2015-02-10', 'Vĩnh Long', """
LĐLĐ thị xã Bình Minh: Năm 2014 kết nạp [[286|mn a y2014 n=HR]] đoàn viên
10/02/2015
(Baovinhlong.com.vn) - LĐLĐ thị xã Bình Minh (Vĩnh Long) vừa tổ chức hội nghị tổng kết công tác công đoàn năm 2014, triển khai nhiệm vụ năm 2015.
Năm qua, LĐLĐ thị xã đã kết nạp [[286|mn a y2014 n=năm qua published in February → the previous year (records.md Periods)]] đoàn viên, thành lập [[4|un a y2014]] CĐCS tại các doanh nghiệp ngoài nhà nước; xây dựng [[3|sh a y2014]] căn nhà "Mái ấm Công đoàn" với tổng kinh phí [[120 triệu|shf a y2014]] đồng cho đoàn viên ở phường Cái Vồn và xã Đông Thành.
Dịp Tết Nguyên đán Ất Mùi 2015, LĐLĐ thị xã đã trao [[350|ben a y2015 n=Tết Ất Mùi 2015 → year 2015 (challenge15 precedent: Tết figures take the Tết year)]] phần quà cho đoàn viên, công nhân lao động nghèo, tổng trị giá [[175 triệu|sf a y2015]] đồng.
Năm 2015, LĐLĐ thị xã Bình Minh phấn đấu kết nạp [[300|mn t y2015]] đoàn viên, thành lập mới [[05|un t y2015 v=5 n=leading zero (records.md value)]] CĐCS; phối hợp tổ chức hội nghị người lao động ở 100% doanh nghiệp có tổ chức công đoàn.
Phạm Quốc
""", dict(s='LĐLĐ thị xã Bình Minh', n=TOWN)))

SECT = 'sector union of the province: region is its province, scope names the body (records.md Regions; gold README 10)'

ARTS.append(('o14', 'https://baophutho.vn/dai-hoi-cong-doan-nganh-cong-thuong-lan-thu-iv', '2023-06-20', 'Phú Thọ', """
Đại hội Công đoàn ngành Công Thương tỉnh Phú Thọ lần thứ IV, nhiệm kỳ 2023-2028
20/06/2023 | 16:02
(Baophutho.vn) - Ngày 19/6, Công đoàn ngành Công Thương tỉnh Phú Thọ tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2023-2028. Dự đại hội có 125 đại biểu chính thức, đại diện cho hơn [[8.900|mt a pub b=o n=membership represented by the congress is a current stock dated at publication (gold README 7; challenge15 b02 precedent)]] đoàn viên trong toàn ngành.
Nhiệm kỳ 2018-2023, Công đoàn ngành đã kết nạp [[3.215|mn a t2018-2023 n=nhiệm kỳ 2018-2023 → 2018-01-01..2023-12-31 (records.md Periods)]] đoàn viên, vượt [[7%|mn p t2018-2023 v=107 n=vượt 7% chỉ tiêu → 107, bound exact (records.md status; challenge15 precedent)]] chỉ tiêu Nghị quyết đại hội đề ra; thành lập mới [[18|un a t2018-2023]] CĐCS. Các CĐCS đã thương lượng, ký kết mới và ký lại [[86|ca a t2018-2023]] bản thỏa ước lao động tập thể.
Công tác chăm lo đời sống được quan tâm: các cấp công đoàn trong ngành đã thăm hỏi, hỗ trợ [[12.640|ben a t2018-2023]] lượt đoàn viên với tổng kinh phí trên [[9 tỷ|sf a t2018-2023 b=o]] đồng; hỗ trợ xây mới, sửa chữa [[21|sh a t2018-2023]] nhà "Mái ấm Công đoàn" với tổng số tiền [[1,05 tỷ|shf a t2018-2023]] đồng. Đã giới thiệu [[265|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[198|pa a t2018-2023]] đồng chí đã được kết nạp.
Đại hội thống nhất các mục tiêu nhiệm kỳ 2023-2028: kết nạp ít nhất [[3.000|mn t t2023-2028 b=o n=congress goal → target; ít nhất → over (gold README 4, 5)]] đoàn viên; giới thiệu [[250|pr t t2023-2028]] đoàn viên ưu tú cho Đảng xem xét kết nạp; hằng năm có trên 80% CĐCS doanh nghiệp tổ chức đối thoại tại nơi làm việc.
Đại hội đã bầu Ban Chấp hành khóa IV gồm 15 đồng chí và bầu 8 đại biểu đi dự Đại hội Công đoàn tỉnh Phú Thọ lần thứ XX.
""", dict(s='Công đoàn ngành Công Thương', n=SECT)))

ARTS.append(('o15', 'https://baohaiphong.com.vn/cong-doan-nganh-xay-dung-trao-380-suat-qua-thang-cong-nhan', '2024-05-31', 'Hải Phòng', """
Công đoàn ngành Xây dựng Hải Phòng trao [[380|ben a mo2024-05 n=HR]] suất quà dịp Tháng Công nhân
31/05/2024 - 11:20
(Baohaiphong.com.vn) - Trong Tháng Công nhân năm 2024, [[42|wmu a mo2024-05 n=Tháng Công nhân năm 2024 → May 2024 (records.md Periods)]] công đoàn cơ sở trực thuộc Công đoàn ngành Xây dựng Hải Phòng đã tổ chức các hoạt động thiết thực chăm lo cho đoàn viên, người lao động với chủ đề "Công nhân chủ động, sáng tạo; Công đoàn đổi mới, gắn bó".
Công đoàn ngành đã thăm, tặng [[380|ben a mo2024-05]] suất quà cho công nhân lao động đang làm việc tại các công trình trọng điểm của thành phố như cầu Nguyễn Trãi, tuyến đường ven sông Lạch Tray, tổng trị giá [[190 triệu|sf a mo2024-05]] đồng. Công đoàn ngành phối hợp với người sử dụng lao động tổ chức đối thoại tại nơi làm việc ở [[15|wd a mo2024-05]] doanh nghiệp; qua đối thoại, [[12|meal a mo2024-05]] doanh nghiệp đã nâng mức bữa ăn ca lên 25.000 đồng/suất trở lên.
Tính từ đầu năm đến nay, Công đoàn ngành Xây dựng Hải Phòng đã kết nạp [[620|mn a 2024-01-01..pub n=year-less 'từ đầu năm đến nay' → 1 Jan..publication (records.md Periods)]] đoàn viên mới, thành lập [[bốn|un a 2024-01-01..pub v=4 n=number written as a word (records.md)]] CĐCS doanh nghiệp ngoài nhà nước.
Hoàng Dũng
""", dict(s='Công đoàn ngành Xây dựng', n=SECT)))

ARTS.append(('o16', 'https://baosonla.org.vn/cong-doan-nganh-nong-nghiep-va-ptnt-tong-ket-nam-2013', '2013-12-20', 'Sơn La', """
Công đoàn ngành Nông nghiệp và PTNT Sơn La tổng kết năm 2013
20/12/2013
(Baosonla.org.vn) - Ngày 19/12, Công đoàn ngành Nông nghiệp và Phát triển nông thôn (PTNT) tỉnh Sơn La tổ chức hội nghị tổng kết hoạt động công đoàn năm 2013, triển khai nhiệm vụ năm 2014.
Năm 2013, Công đoàn ngành đã phối hợp với chuyên môn chỉ đạo [[28/28|oc a y2013]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; kết nạp [[215|mn a y2013]] đoàn viên, đạt [[143%|mn p y2013]] kế hoạch; cấp thẻ đoàn viên công đoàn cho [[1.350|rec a y2013 n=cards issued → member_records (indicators.tsv)]] đoàn viên.
Công đoàn ngành tổ chức [[5|tr a y2013]] lớp tập huấn nghiệp vụ công tác công đoàn, pháp luật lao động cho [[310|te a y2013]] lượt cán bộ công đoàn cơ sở, đoàn viên; Ủy ban Kiểm tra Công đoàn ngành đã kiểm tra tài chính [[6|fi a y2013]] công đoàn cơ sở.
Từ nguồn Quỹ "Mái ấm Công đoàn", Công đoàn ngành đã hỗ trợ [[4|sh a y2013 n=members helped to build a house count as shelter_houses (gold README 9)]] đoàn viên xây dựng nhà ở với số tiền [[120 triệu|shf a y2013]] đồng, mỗi đoàn viên 30 triệu đồng.
Năm 2014, Công đoàn ngành phấn đấu kết nạp [[200|mn t y2014]] đoàn viên, 100% công đoàn cơ sở được kiểm tra tài chính.
""", dict(s='Công đoàn ngành Nông nghiệp và PTNT', n=SECT)))

FED = 'national federation citing a provincial federation: region of the province it names (records.md Regions); period of the lead sentence, 9 tháng đầu năm 2024 (records.md Periods)'

ARTS.append(('o17', 'https://laodong.vn/cong-doan/9-thang-ca-nuoc-ket-nap-hon-612000-doan-vien', '2024-10-15', 'Việt Nam', """
9 tháng, cả nước kết nạp hơn [[612.000|mn a f9-2024 b=o n=rounded headline repeat of 612.450: takes its region and period (gold README 1)]] đoàn viên
15/10/2024 06:30
(LĐO) - Theo Ban Tổ chức Tổng Liên đoàn Lao động Việt Nam, 9 tháng đầu năm 2024, các cấp công đoàn cả nước đã kết nạp [[612.450|mn a f9-2024 n=national federation, national total → Việt Nam (records.md Regions)]] đoàn viên, đạt [[61,2%|mn p f9-2024 n=part-way attainment takes the reporting period (challenge15 precedent)]] chỉ tiêu năm; thành lập [[2.876|un a f9-2024]] CĐCS. Chỉ tiêu năm 2024 Tổng LĐLĐ Việt Nam giao cho các cấp công đoàn là kết nạp [[1 triệu|mn t y2024]] đoàn viên.
Một số LĐLĐ tỉnh, thành phố có kết quả phát triển đoàn viên cao là: TP Hồ Chí Minh [[98.560|mn a f9-2024 r=Hồ Chí Minh n=FED]], Bình Dương [[56.120|mn a f9-2024 r=Bình Dương n=FED]], Bắc Ninh [[41.300|mn a f9-2024 r=Bắc Ninh n=FED]] đoàn viên. Ở khối công đoàn ngành trung ương, Công đoàn Dệt May Việt Nam kết nạp [[4.230|mn a f9-2024 s=Công đoàn Dệt May Việt Nam n=national sector union acting nationwide → Việt Nam, scope names it (records.md Regions)]] đoàn viên, đứng đầu khối.
Tuy nhiên, cũng trong 9 tháng, số đoàn viên giảm là [[318.200|ml a f9-2024]] người, chủ yếu do người lao động nghỉ việc, doanh nghiệp thu hẹp sản xuất, cắt giảm lao động; [[1.420|ud a f9-2024]] CĐCS giải thể do doanh nghiệp phá sản, ngừng hoạt động. Như vậy, tăng tuyệt đối [[294.250|mnet a f9-2024]] đoàn viên.
Hiện cả nước có khoảng [[11,2 triệu|mt a pub b=a]] đoàn viên, sinh hoạt tại hơn [[137 nghìn|ut a pub b=o]] CĐCS.
Ban Tổ chức Tổng LĐLĐ Việt Nam đề nghị các LĐLĐ tỉnh, thành phố, công đoàn ngành trung ương tập trung cao điểm trong quý IV/2024 để hoàn thành chỉ tiêu năm.
""".replace('n=FED', 'n=' + FED), dict(s=None)))

ARTS.append(('o18', 'https://baolongan.vn/ldld-huyen-can-giuoc-tong-ket-hoat-dong-cong-doan-nam-2020', '2020-12-28', 'Long An', """
LĐLĐ huyện Cần Giuộc tổng kết hoạt động công đoàn năm 2020
28/12/2020 17:30
(Baolongan.vn) - Ngày 27/12, LĐLĐ huyện Cần Giuộc (Long An) tổ chức hội nghị tổng kết hoạt động công đoàn năm 2020, triển khai phương hướng, nhiệm vụ năm 2021.
Năm 2020, LĐLĐ huyện đã kết nạp [[1.846|mn a y2020]] đoàn viên, thành lập [[12|un a y2020]] CĐCS. Tuy nhiên, do ảnh hưởng của dịch Covid-19, nhiều doanh nghiệp thu hẹp sản xuất, số đoàn viên giảm [[1.102|ml a y2020]] người, [[6|ud a y2020]] CĐCS giải thể. Như vậy, trong năm tăng tuyệt đối [[744|mnet a y2020]] đoàn viên và [[6|unet a y2020]] CĐCS. Hiện LĐLĐ huyện quản lý [[128|ut a pub]] CĐCS với [[21.350|mt a pub]] đoàn viên.
LĐLĐ huyện đã hướng dẫn [[34|wkc a y2020]] doanh nghiệp tổ chức hội nghị người lao động, [[21|ca a y2020]] doanh nghiệp ký kết thỏa ước lao động tập thể. Các cấp công đoàn đã hỗ trợ [[2.310|ben a y2020]] đoàn viên, người lao động bị mất việc làm, giảm thu nhập do dịch bệnh với số tiền [[1,386 tỷ|sf a y2020]] đồng, bên cạnh chính sách hỗ trợ theo Nghị quyết số 42/NQ-CP của Chính phủ.
Dịp này, 12 tập thể và 20 cá nhân được LĐLĐ tỉnh Long An tặng Bằng khen.
""", dict(s='LĐLĐ huyện Cần Giuộc', n='district union: region is its province (records.md Regions), scope names the body (gold README 10)')))
