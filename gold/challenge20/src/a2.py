"""i10-i18: articles 2021-2026 with inline gold marks (see lib.py for the mark syntax)."""
ARTS = []


def A(*a):
    ARTS.append(a)


A('i10', 'https://baodaklak.vn/xa-hoi/krong-buk-trao-qua-cho-doan-vien-kho-khan', '2021-04-12', 'Đắk Lắk', '''
Krông Búk: [[Một trăm|ben a pub v=100 n=number words Một trăm -> 100; headline repeat of the body figure, takes its period (gold README 1)]] suất quà đến với đoàn viên khó khăn
LĐLĐ huyện Krông Búk (Đắk Lắk) vừa phối hợp với các nhà hảo tâm trao [[một trăm|ben a pub v=100 n=number words -> 100 (records.md); district union -> its province (records.md regions); no period phrase in or before the sentence -> publication date (records.md periods)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn trên địa bàn, mỗi suất trị giá 500.000 đồng, tổng trị giá [[50 triệu|sf a pub]] đồng.
Dịp này, LĐLĐ huyện cũng biểu dương hàng chục CĐCS tiêu biểu trong công tác phát triển đoàn viên. Từ đầu năm 2021 đến nay, LĐLĐ huyện đã thành lập mới [[mười hai|un a 2021-01-01..2021-04-12 v=12 n=number words mười hai -> 12; từ đầu năm 2021 đến nay -> 1 Jan to publication (records.md periods)]] CĐCS ở khu vực ngoài nhà nước với [[285|mn a 2021-01-01..2021-04-12 n=members of newly founded unions -> members_new (gold README 9)]] đoàn viên.
[[Năm|pr a 2021-01-01..2021-04-12 v=5 n=number word Năm at the start of a sentence -> 5, not the word for year (records.md); period from the nearest earlier phrase từ đầu năm 2021 đến nay]] đoàn viên ưu tú đã được công đoàn giới thiệu cho các chi bộ xem xét kết nạp Đảng; hiện đã có [[hai|pa a 2021-01-01..2021-04-12 v=2 n=number word hai -> 2; hiện đã kết nạp is a flow of the sentence period, not a stock (gold README 7)]] đồng chí được kết nạp.
''')

A('i11', 'https://baolongan.vn/ky-ket-thoa-thuan-phuc-loi-doan-vien-nam-2022', '2022-09-15', 'Long An', '''
Long An: Ký kết thỏa thuận "Phúc lợi đoàn viên" với [[23|wp a y2022 n=headline repeat of the body figure: takes its period (gold README 1)]] doanh nghiệp
Ngày 14/9, LĐLĐ tỉnh Long An tổ chức lễ ký kết thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" năm 2022 với [[23|wp a y2022 n=thỏa thuận hợp tác ... Phúc lợi đoàn viên -> welfare_partners (gold README 9); period from năm 2022 in the sentence]] doanh nghiệp, đơn vị cung cấp hàng hóa, dịch vụ trên địa bàn tỉnh. Với lễ ký kết này, tổng số đơn vị đối tác của chương trình được nâng lên [[58|wp a pub n=stock (tổng số ... nâng lên) dated at publication (records.md)]].
Theo thỏa thuận, đoàn viên công đoàn khi mua hàng, sử dụng dịch vụ tại các đơn vị đối tác được giảm giá từ 5% đến 30%, tùy mặt hàng. Hiện Long An có hơn [[176.000|mt a pub b=o n=hiện ... có -> stock dated at publication (records.md); hơn -> over]] đoàn viên, trong đó khoảng 70% làm việc tại các doanh nghiệp trong KCN.
Trong năm, LĐLĐ tỉnh cũng phối hợp với các đối tác trao [[350|ben a y2022]] phần quà cho đoàn viên có hoàn cảnh khó khăn, tổng trị giá [[175 triệu|sf a y2022]] đồng.
Năm 2023, LĐLĐ tỉnh phấn đấu ký kết thêm từ [[15|wp t y2023 b=o n=range từ 15 đến 20: recorded once at its lower end with bound over (challenge20 range rule)]] đến 20 đơn vị đối tác, tập trung vào lĩnh vực y tế, giáo dục, nhà ở xã hội.
''')

A('i12', 'https://baoquangninh.vn/thang-cong-nhan-2023-lan-toa-toi-cac-cong-doan-co-so', '2023-06-05', 'Quảng Ninh', '''
Quảng Ninh: Tháng Công nhân 2023 lan tỏa tới hơn [[1.200|wmu a mo2023-05 b=o n=rounded headline repeat of the body figure 1.236 (gold README 1)]] công đoàn cơ sở
Tháng Công nhân năm 2023 tại Quảng Ninh được tổ chức ở [[1.236|wmu a mo2023-05 n=Tháng Công nhân năm 2023 -> May 2023 (records.md periods)]] CĐCS, chiếm 92% tổng số CĐCS trong tỉnh.
Các cấp công đoàn đã thăm hỏi, tặng [[8.750|ben a mo2023-05]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng trị giá [[4,38 tỷ|sf a mo2023-05]] đồng; xây mới, sửa chữa [[7|sh a mo2023-05]] nhà Mái ấm Công đoàn với số tiền hỗ trợ [[350 triệu|shf a mo2023-05]] đồng, mỗi nhà 50 triệu đồng. Riêng Công đoàn Than - Khoáng sản Việt Nam đã tặng [[2.500|ben a mo2023-05 s=Công đoàn Than - Khoáng sản Việt Nam n=a national body acting in the province -> that province (records.md regions); breakdown with a scope]] suất quà cho thợ lò, công nhân mỏ tại các đơn vị đóng trên địa bàn tỉnh. So với Tháng Công nhân năm 2022, số suất quà tăng 1.130 suất.
Đối thoại tại nơi làm việc được tổ chức ở [[186|wd a mo2023-05]] doanh nghiệp; công đoàn các cấp tổ chức [[46|sv a mo2023-05]] cuộc giám sát việc thực hiện chính sách về an toàn, vệ sinh lao động.
Tin liên quan:
- Hạ Long: 300 công nhân tham gia ngày hội văn hóa thể thao
- Cẩm Phả: Trao 15 nhà Mái ấm Công đoàn cho thợ mỏ
''')

A('i13', 'https://congdoan.vn/tin-tuc/thoi-su-487/thang-cong-nhan-2024-cham-lo-doan-vien', '2024-06-20', 'Việt Nam', '''
Tháng Công nhân 2024: Hơn [[1,25 triệu|ben a mo2024-05 b=o n=rounded headline repeat of the body figure 1.257.410 (gold README 1); 1,25 triệu -> 1250000]] lượt đoàn viên, người lao động được chăm lo
Theo báo cáo của Tổng LĐLĐ Việt Nam, Tháng Công nhân năm 2024 đã được tổ chức tại khoảng [[112.000|wmu a mo2024-05 b=a n=national total -> Việt Nam (records.md regions); khoảng -> about]] CĐCS trên cả nước. Các cấp công đoàn đã thăm hỏi, tặng quà, hỗ trợ [[1.257.410|ben a mo2024-05]] lượt đoàn viên, người lao động với tổng kinh phí [[812,6 tỷ|sf a mo2024-05]] đồng; trao [[325|sh a mo2024-05]] nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.
Đối thoại tại nơi làm việc được tổ chức ở [[13.845|wd a mo2024-05]] doanh nghiệp, cơ quan, đơn vị; công đoàn phối hợp điều chỉnh bữa ăn ca tại xấp xỉ [[9.600|meal a mo2024-05 b=a n=xấp xỉ -> about (records.md)]] doanh nghiệp, mức tăng phổ biến từ 2.000 đến 5.000 đồng/suất.
Một số địa phương có nhiều hoạt động nổi bật: LĐLĐ TP Hồ Chí Minh chăm lo cho [[186.500|ben a mo2024-05 r=Hồ Chí Minh n=the reporting body names a province -> that province (records.md regions)]] lượt đoàn viên, người lao động; LĐLĐ tỉnh Bình Dương chăm lo cho [[92.000|ben a mo2024-05 r=Bình Dương n=the reporting body names a province -> that province (records.md regions)]] lượt, tổ chức hàng chục chương trình "Bữa cơm Công đoàn".
''')

A('i14', 'https://baothanhhoa.vn/thoi-su/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2024', '2024-12-25', 'Thanh Hóa', '''
Thanh Hóa: Năm 2024 kết nạp trên [[15.000|mn a y2024 b=o n=rounded headline repeat of the body figure 15.284 (gold README 1); trên -> over]] đoàn viên
Ngày 23/12, LĐLĐ tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác công đoàn năm 2024.
Theo báo cáo, năm 2024 các cấp công đoàn tỉnh Thanh Hóa đã kết nạp [[15.284|mn a y2024]] đoàn viên, đạt [[101,9%|mn p y2024]] chỉ tiêu Tổng LĐLĐ Việt Nam giao; thành lập mới [[64|un a y2024]] CĐCS.
Có [[1.732/1.765|oc a y2024 n=x/y figure -> the numerator 1732 (records.md 03/03)]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[614|wkc a y2024]] doanh nghiệp tổ chức hội nghị người lao động, chiếm 87,3% số doanh nghiệp có tổ chức công đoàn. Các CĐCS đã ký mới [[96|ca a y2024]] bản thỏa ước lao động tập thể, trong đó có [[41|ca a y2024 s=doanh nghiệp có vốn đầu tư nước ngoài n=breakdown trong đó -> same indicator with a scope (gold README 6)]] bản tại doanh nghiệp có vốn đầu tư nước ngoài.
Công đoàn các cấp đã tuyên truyền, phổ biến pháp luật cho trên [[320.000|te a y2024 b=o n=dissemination reach -> trainees (indicators.tsv); trên -> over]] lượt đoàn viên, người lao động; tư vấn pháp luật cho xấp xỉ [[6.000|lc a y2024 b=a n=xấp xỉ -> about (records.md)]] lượt người.
Trong năm, tổng số đoàn viên, người lao động được thăm hỏi, hỗ trợ là [[216.540|ben a y2024]] lượt với tổng kinh phí [[118,7 tỷ|sf a y2024]] đồng, tăng 9,6% so với năm 2023.
Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[12.000|mn t y2025 b=o n=... trở lên after the counted noun -> over (gold README 5)]] đoàn viên trở lên; 100% doanh nghiệp có từ 25 lao động trở lên có tổ chức công đoàn.
''')

A('i15', 'https://baotayninh.vn/ldld-tinh-so-ket-cong-tac-cong-doan-9-thang-nam-2025', '2025-10-10', 'Tây Ninh', '''
LĐLĐ tỉnh Tây Ninh: 9 tháng năm 2025 phát triển mới [[9.860|mn a f9-2025 n=headline repeat of the body figure (gold README 1)]] đoàn viên
Ngày 8/10, LĐLĐ tỉnh Tây Ninh tổ chức hội nghị sơ kết công tác công đoàn 9 tháng năm 2025. Đây là lần sơ kết đầu tiên sau khi LĐLĐ tỉnh Tây Ninh và LĐLĐ tỉnh Long An hợp nhất.
Theo báo cáo, 9 tháng năm 2025, công đoàn toàn tỉnh Tây Ninh đã kết nạp [[9.860|mn a f9-2025 n=the merged province keeps the name Tây Ninh (records.md regions; as challenge15 b10 for Khánh Hòa)]] đoàn viên, đạt [[78,9%|mn p f9-2025 n=part-way attainment of the year plan takes the reporting period (challenge15 rule)]] kế hoạch năm; thành lập mới [[47|un a f9-2025]] CĐCS. Trong đó, khu vực Long An (cũ) kết nạp [[6.215|mn a f9-2025 r=Long An n=khu vực Long An (cũ) -> region by its pre-merger name Long An, region_2025 Tây Ninh (records.md regions); scope left null since the region says it]] đoàn viên.
Hiện toàn tỉnh có [[3.412|ut a pub n=hiện ... có -> stock dated at publication (records.md)]] CĐCS với gần [[487 nghìn|mt a pub b=u n=487 nghìn -> 487000; gần -> under; stock dated at publication]] đoàn viên.
Trong 9 tháng, công tác tuyên truyền, tập huấn được chú trọng với [[126|tr a f9-2025]] hội nghị tập huấn cho [[11.640|te a f9-2025]] lượt cán bộ công đoàn. Công đoàn các cấp đã hỗ trợ [[2.315|ben a f9-2025]] đoàn viên bị giảm giờ làm, mất việc do doanh nghiệp cắt giảm đơn hàng với tổng số tiền [[1 tỷ 157 triệu 500 nghìn|sf a f9-2025 v=1157500000 n=mixed money 1 tỷ 157 triệu 500 nghìn -> 1157500000 (gold README 3)]] đồng, mức 500.000 đồng/người.
Quý IV/2025, LĐLĐ tỉnh phấn đấu kết nạp thêm [[2.640|mn t q4-2025]] đoàn viên, thành lập mới ít nhất [[15|un t q4-2025 b=o n=ít nhất -> over (gold README 5)]] CĐCS để hoàn thành chỉ tiêu năm.
''')

A('i16', 'https://nld.com.vn/cong-doan/tp-hcm-tong-ket-cham-lo-tet-binh-ngo-2026', '2026-03-05', 'Hồ Chí Minh', '''
TP Hồ Chí Minh: Gần [[1.500 tỷ|sf a y2026 b=u n=rounded headline repeat of the body figure 1.486,2 tỷ (gold README 1); gần -> under]] đồng chăm lo Tết Bính Ngọ cho đoàn viên, người lao động
LĐLĐ TP Hồ Chí Minh vừa tổng kết công tác chăm lo Tết Bính Ngọ 2026 cho đoàn viên, người lao động, lần đầu tiên trên địa bàn thành phố sau khi hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu.
Theo báo cáo, Tết Bính Ngọ 2026, công đoàn các cấp thành phố đã chăm lo cho [[1.124.600|ben a y2026 n=Tết Bính Ngọ 2026 -> the Tết year (challenge15 convention)]] lượt đoàn viên, người lao động với tổng kinh phí [[1.486,2 tỷ|sf a y2026 n=thousands dot and decimal comma before tỷ -> 1486200000000 (records.md)]] đồng, trong đó nguồn tài chính công đoàn là [[212 tỷ 600 triệu|sf a y2026 s=nguồn tài chính công đoàn v=212600000000 n=mixed money -> 212600000000; breakdown with a scope (gold README 3, 6)]] đồng, còn lại do doanh nghiệp và các nhà tài trợ đóng góp. Mỗi suất quà có giá trị từ 500.000 đồng đến 1 triệu đồng.
Tại khu vực Bình Dương (cũ), công đoàn chăm lo cho [[318.400|ben a y2026 r=Bình Dương n=khu vực Bình Dương (cũ) -> region Bình Dương, region_2025 Hồ Chí Minh (records.md regions)]] lượt; khu vực Bà Rịa - Vũng Tàu (cũ) chăm lo cho [[74.900|ben a y2026 r=Bà Rịa - Vũng Tàu n=khu vực Bà Rịa - Vũng Tàu (cũ) -> that pre-merger region (records.md regions)]] lượt.
Chương trình "Tết Sum vầy" đã bố trí 1.200 chuyến xe cùng vé tàu, vé máy bay đưa [[36.000|ben a y2026 s=Chương trình Tết Sum vầy n=free rides home -> beneficiaries; vehicles are not records (challenge15 convention)]] công nhân về quê đón Tết. Tại 25 điểm Chợ Tết Công đoàn, hơn 100.000 phiếu mua hàng 0 đồng đã được trao cho công nhân. So với Tết Ất Tỵ 2025, số lượt đoàn viên được chăm lo tăng 14%.
''')

A('i17', 'https://baocantho.com.vn/ldld-thanh-pho-so-ket-quy-i-2026', '2026-04-08', 'Cần Thơ', '''
Cần Thơ: Quý I/2026 thành lập mới [[21|un a q1-2026 n=headline repeat of the body figure (gold README 1)]] công đoàn cơ sở
Quý I/2026, LĐLĐ thành phố Cần Thơ đã thành lập mới [[21|un a q1-2026]] CĐCS, kết nạp [[2.357|mn a q1-2026]] đoàn viên, đạt lần lượt [[26,3%|un p q1-2026 n=đạt lần lượt: the first percent goes with the first figure (unions_new); part-way attainment takes the reporting period]] và [[23,6%|mn p q1-2026 n=đạt lần lượt: the second percent goes with the second figure (members_new)]] chỉ tiêu năm. Cũng trong quý, do doanh nghiệp phá sản, ngừng hoạt động, đã giải thể [[6|ud a q1-2026]] CĐCS.
Các cấp công đoàn đã giới thiệu [[43|pr a q1-2026]] đoàn viên ưu tú cho Đảng, trong đó [[19|pa a q1-2026]] đồng chí đã được kết nạp. Ủy ban Kiểm tra LĐLĐ thành phố kiểm tra tài chính tại [[35|fi a q1-2026]] CĐCS.
Hiện nay, thành phố Cần Thơ có [[2.781|ut a pub n=hiện nay ... có -> stock dated at publication (records.md); the merged city keeps the name Cần Thơ]] CĐCS với gần [[392.000|mt a pub b=u]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước chiếm hơn 60%.
Năm 2026, LĐLĐ thành phố phấn đấu thành lập mới [[80|un t y2026]] CĐCS, kết nạp [[10.000|mn t y2026]] đoàn viên. Trong quý II, LĐLĐ thành phố sẽ tổ chức Tháng Công nhân năm 2026 tại ít nhất [[1.500|wmu t mo2026-05 b=o n=planned activity naming its own period, Tháng Công nhân năm 2026 -> May 2026 (gold README 4, 8)]] CĐCS.
''')

A('i18', 'https://baolaocai.vn/ldld-tinh-so-ket-6-thang-dau-nam-2025', '2025-08-12', 'Lào Cai', '''
Lào Cai: 6 tháng đầu năm 2025 kết nạp gần [[2.800|mn a h1-2025 b=u n=rounded headline repeat of the body figure 2.777 (gold README 1); gần -> under]] đoàn viên
Theo báo cáo của LĐLĐ tỉnh Lào Cai, 6 tháng đầu năm 2025, công đoàn toàn tỉnh (tính cả khu vực Yên Bái cũ) đã kết nạp [[2.777|mn a h1-2025 n=figure of the merged province named Lào Cai (records.md regions)]] đoàn viên; trong đó LĐLĐ tỉnh Yên Bái (cũ) kết nạp [[1.214|mn a h1-2025 r=Yên Bái n=old province named -> region Yên Bái, region_2025 Lào Cai (records.md regions)]] đoàn viên, LĐLĐ tỉnh Lào Cai (cũ) kết nạp [[1.563|mn a h1-2025 s=Lào Cai (cũ) n=the old province has the merged one's name: region Lào Cai with a scope (gold README 6)]] đoàn viên.
Công đoàn các cấp đã thành lập [[16|wc a h1-2025]] Ban nữ công quần chúng; cập nhật dữ liệu [[8.430|rec a h1-2025]] đoàn viên lên phần mềm quản lý và cấp [[3.150|rec a h1-2025 n=cards given -> member_records (indicators.tsv)]] thẻ đoàn viên điện tử.
Công tác tập huấn được duy trì với [[21|tr a h1-2025]] lớp cho hơn [[1.900|te a h1-2025 b=o]] lượt cán bộ công đoàn; công đoàn các cấp tham gia [[58|sv a h1-2025]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động.
Tháng Công nhân năm 2025 được triển khai tại [[1.172|wmu a mo2025-05 n=Tháng Công nhân năm 2025 -> May 2025; of both old provinces -> merged Lào Cai]] CĐCS của hai tỉnh, với nhiều hoạt động thiết thực hướng về công nhân lao động.
''')
