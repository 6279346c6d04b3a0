"""challenge54 articles cg06-cg10."""

CG06 = """Tổng kết Tháng Công nhân năm 2022: [[1.126|wmu a mo2022-05 n=headline repeat of the body figure; Tháng Công nhân -> May (records.md Periods)]] CĐCS tham gia tổ chức các hoạt động

Thứ Tư, 08/06/2022 07:52

(Baothainguyen) - Ngày 7/6, Liên đoàn Lao động (LĐLĐ) tỉnh Thái Nguyên tổ chức hội nghị tổng kết Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2022.

Theo báo cáo của Ban Chỉ đạo, Tháng Công nhân năm 2022 có [[1.126|wmu a mo2022-05]] CĐCS tổ chức các hoạt động hưởng ứng, vượt kế hoạch đề ra là [[1.000|wmu t mo2022-05 n=the plan's figure named beside the result: target of the same month (gold README 4)]] CĐCS, tăng 140 đơn vị so với Tháng Công nhân năm 2021 (năm 2021 có [[986|wmu a mo2021-05 n=the compared year's Workers' Month -> May 2021]] CĐCS tham gia). Các hoạt động thu hút hơn 150.000 lượt công nhân, viên chức, lao động tham gia.

Trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà [[12.560|ben a mo2022-05 n=trong tháng -> the month named before]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn, bị tai nạn lao động, với tổng kinh phí [[6,8 tỷ|sf a mo2022-05]] đồng; trong đó LĐLĐ thành phố Phổ Yên trao [[2.140|ben a mo2022-05 s=LĐLĐ thành phố Phổ Yên]] suất quà cho công nhân các KCN Yên Bình và Điềm Thụy. Nhân dịp này, [[3|sh a mo2022-05]] nhà “Mái ấm Công đoàn” được khởi công, mỗi nhà được hỗ trợ 60 triệu đồng.

Chương trình “Đối thoại tháng 5” được tổ chức tại [[214|wd a mo2022-05]] doanh nghiệp; qua đối thoại, [[38|meal a mo2022-05]] doanh nghiệp đã nâng giá trị bữa ăn ca lên từ 20.000 đến 25.000 đồng/suất. Công đoàn các cấp phối hợp tổ chức [[56|sv a mo2022-05]] cuộc kiểm tra, giám sát công tác an toàn, vệ sinh lao động tại doanh nghiệp.

Cũng trong tháng 5, toàn tỉnh xảy ra 4 vụ tai nạn lao động, làm 4 người bị thương nặng. Lương tối thiểu vùng I áp dụng tại thành phố Thái Nguyên hiện ở mức 4,68 triệu đồng/tháng.

Tại hội nghị, LĐLĐ tỉnh đã tặng Giấy khen cho 21 tập thể và 34 cá nhân có thành tích xuất sắc trong tổ chức Tháng Công nhân năm 2022.

Hà Linh

Tin liên quan:
- Thái Nguyên: 3.600 công nhân được khám sức khỏe miễn phí
- Phổ Yên: Trao 200 suất quà cho công nhân KCN Yên Bình
"""

CG07 = """Long An: Chăm lo Tết Giáp Thìn cho [[96.300|ben a y2024 n=headline repeat of the body figure; Tết Giáp Thìn 2024 -> year 2024]] lượt đoàn viên, người lao động

Thứ Tư, 06/03/2024, 14:20 (GMT+7)

(BLA) - Ngày 5/3, Liên đoàn Lao động (LĐLĐ) tỉnh Long An tổ chức hội nghị tổng kết chương trình “Tết Sum vầy” và hoạt động chăm lo Tết Nguyên đán Giáp Thìn năm 2024 cho đoàn viên, người lao động (NLĐ).

Theo báo cáo, Tết Giáp Thìn 2024, các cấp công đoàn tỉnh đã chăm lo cho [[96.300|ben a y2024]] lượt đoàn viên, NLĐ với tổng kinh phí [[78,5 tỷ|sf a y2024]] đồng, đạt [[107%|ben p y2024]] kế hoạch; kế hoạch ban đầu đặt ra chăm lo cho [[90.000|ben t y2024]] lượt người. Trong đó, Công đoàn các KCN tỉnh chăm lo [[41.200|ben a y2024 s=Công đoàn các KCN]] suất quà, LĐLĐ huyện Đức Hòa chăm lo [[12.600|ben a y2024 s=LĐLĐ huyện Đức Hòa]] suất, LĐLĐ huyện Bến Lức [[8.450|ben a y2024 s=LĐLĐ huyện Bến Lức]] suất.

So với Tết Quý Mão 2023 (chăm lo [[88.100|ben a y2023 n=Tết Quý Mão 2023 -> year 2023]] lượt NLĐ, kinh phí [[70,2 tỷ|sf a y2023]] đồng), số người được chăm lo tăng hơn 9%. Dịp Tết Giáp Thìn, các cấp công đoàn còn tặng [[2.850|ben a y2024 n=free tickets given to members count as beneficiaries (gold README 9)]] vé xe, vé tàu cho công nhân về quê đón Tết. Tại “Chợ Tết Công đoàn” tổ chức ở 3 KCN, 4.500 phiếu mua hàng trị giá 500.000 đồng/phiếu đã được trao cho công nhân.

Mức thưởng Tết Giáp Thìn bình quân tại doanh nghiệp ngoài nhà nước là 7,1 triệu đồng/người, cao nhất 265 triệu đồng; còn 12 doanh nghiệp nợ lương với gần 1.300 lao động, đã được công đoàn kiến nghị giải quyết trước Tết.

Hội nghị đã đánh giá cao việc 100% CĐCS tổ chức các hoạt động chăm lo Tết. Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 18 tập thể, 26 cá nhân.

Năm 2024, LĐLĐ tỉnh đặt chỉ tiêu kết nạp [[9.500|mn t y2024]] đoàn viên và thành lập [[35|un t y2024]] CĐCS; tiếp tục chương trình “Mái ấm Công đoàn” với [[20|sh t y2024]] căn nhà.

Trần Đông

Số lượt đọc: 1.846
"""

CG08 = """Quảng Ninh: [[386|sh a t2018-2023 n=headline repeat of the stage total]] nhà “Mái ấm Công đoàn” sau 5 năm

Thứ Sáu, 22/09/2023 | 15:30

Liên đoàn Lao động tỉnh Quảng Ninh vừa tổ chức hội nghị tổng kết chương trình “Mái ấm Công đoàn” giai đoạn 2018-2023 và triển khai giai đoạn 2023-2028.

Theo báo cáo, giai đoạn 2018-2023, các cấp công đoàn tỉnh đã hỗ trợ xây mới, sửa chữa [[386|sh a t2018-2023]] nhà “Mái ấm Công đoàn” với tổng số tiền [[19,3 tỷ|shf a t2018-2023]] đồng, gồm xây mới [[248|sh a t2018-2023 s=xây mới n=breakdown (gồm) of the stage total (gold README 6)]] nhà và sửa chữa [[138|sh a t2018-2023 s=sửa chữa]] nhà. Mức hỗ trợ xây mới là 60 triệu đồng/nhà, sửa chữa 30 triệu đồng/nhà; ngoài ra, các gia đình được huy động thêm từ người thân, doanh nghiệp trung bình 150 triệu đồng mỗi căn.

Ngành Than là đơn vị có số nhà nhiều nhất: Công đoàn Than - Khoáng sản Việt Nam tại Quảng Ninh đã phối hợp hỗ trợ [[132|sh a t2018-2023 s=Công đoàn Than - Khoáng sản Việt Nam tại Quảng Ninh n=a national sector union acting in one province gives that province (records.md Regions)]] nhà cho thợ mỏ. LĐLĐ thành phố Cẩm Phả hỗ trợ [[41|sh a t2018-2023 s=LĐLĐ thành phố Cẩm Phả]] nhà, LĐLĐ thành phố Uông Bí [[27|sh a t2018-2023 s=LĐLĐ thành phố Uông Bí]] nhà.

Riêng 8 tháng đầu năm 2023, toàn tỉnh hỗ trợ [[62|sh a f8-2023]] nhà với số tiền [[3,1 tỷ|shf a f8-2023]] đồng, đạt [[103,3%|sh p f8-2023 n=part-way attainment takes the reporting period (as challenge42 did)]] kế hoạch năm 2023 là [[60|sh t y2023 n=kế hoạch năm 2023 -> full-year target (gold README 8)]] nhà. Năm 2022, con số này là [[71|sh a y2022 n=con số này refers back to the houses; the sentence names its own year]] nhà với [[3,9 tỷ|shf a y2022]] đồng. Qua khảo sát, hiện còn khoảng 540 đoàn viên đang ở nhà tạm, nhà xuống cấp.

Anh Nguyễn Văn Hùng, thợ lò Công ty Than Mông Dương, là một trong những đoàn viên vừa nhận nhà mới tháng 8/2023. Gia đình anh có 4 người, nhiều năm sống trong căn nhà cấp bốn dột nát ở phường Mông Dương, thành phố Cẩm Phả. Với 60 triệu đồng hỗ trợ từ Quỹ Xã hội công đoàn, cộng với tiền vay người thân và ngày công của đồng nghiệp trong tổ, căn nhà rộng 62 m2 được hoàn thành sau gần 3 tháng thi công. “Có nhà mới, tôi yên tâm đi làm, các con có chỗ học hành tử tế”, anh Hùng chia sẻ.

Hội nghị cũng chỉ ra một số hạn chế: việc bình xét đối tượng ở một số đơn vị còn chậm; nguồn vận động xã hội hóa chủ yếu tập trung ở ngành than, các địa phương miền núi như Bình Liêu, Ba Chẽ, Tiên Yên còn ít nguồn lực; một số công trình chậm bàn giao do giá vật liệu tăng.

Giai đoạn 2023-2028, LĐLĐ tỉnh đặt mục tiêu hỗ trợ [[400|sh t t2023-2028]] nhà “Mái ấm Công đoàn”, ưu tiên công nhân ngành than, công nhân các KCN có hoàn cảnh khó khăn về nhà ở. Hội nghị đã quán triệt Quyết định số 1680/QĐ-TLĐ của Tổng LĐLĐ Việt Nam về quản lý Quỹ Xã hội công đoàn.

Dịp này, LĐLĐ tỉnh khen thưởng 12 tập thể và 15 cá nhân có thành tích xuất sắc trong thực hiện chương trình.

Hoàng Nga

Lượt xem: 2.315
"""

CG09 = """LĐLĐ tỉnh An Giang tổng kết hoạt động công đoàn năm 2025

Thứ Sáu, 26/12/2025 - 10:05

(AGO) - Ngày 25/12, Liên đoàn Lao động (LĐLĐ) tỉnh An Giang tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, năm đầu tiên hoạt động theo mô hình mới sau khi hợp nhất LĐLĐ hai tỉnh An Giang và Kiên Giang từ ngày 1/7/2025.

Năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[14.860|mn a y2025 n=the merged federation reports under the kept name An Giang (gold README 10)]] đoàn viên, đạt [[104%|mn p y2025]] kế hoạch; trong đó khu vực Kiên Giang (cũ) kết nạp [[6.920|mn a y2025 r=Kiên Giang n=khu vực X (cũ) -> the old province (gold README 10, dev y15)]] đoàn viên. Toàn tỉnh thành lập [[64|un a y2025]] CĐCS, đạt [[106,7%|un p y2025]] kế hoạch. Đến nay, LĐLĐ tỉnh có [[3.905|ut a pub]] CĐCS với [[312.480|mt a pub]] đoàn viên, trong đó khu vực An Giang (cũ) có [[168.220|mt a pub r=An Giang s=khu vực An Giang (cũ) n=the old An Giang part; same name as the merged province, scope kept to tell it from the whole]] đoàn viên. Sau sắp xếp đơn vị hành chính, tỉnh có 102 xã, phường, đặc khu; các công đoàn xã, phường được kiện toàn theo Nghị quyết số 202/2025/QH15.

Chương trình “Tết Sum vầy” Xuân Ất Tỵ 2025 do hai tỉnh tổ chức trước hợp nhất đã chăm lo cho [[142.000|ben a y2025]] lượt đoàn viên, người lao động với tổng kinh phí [[118 tỷ|sf a y2025]] đồng. Trong năm, công đoàn các cấp hỗ trợ xây mới, sửa chữa [[45|sh a y2025]] nhà “Mái ấm Công đoàn”; ký [[14|wp a y2025]] thỏa thuận hợp tác thực hiện Chương trình “Phúc lợi đoàn viên” với các doanh nghiệp, siêu thị, bệnh viện.

Công tác đại diện, bảo vệ người lao động được duy trì trong quá trình sắp xếp bộ máy. Năm 2025, các cấp công đoàn phối hợp tổ chức đối thoại tại nơi làm việc ở [[386|wd a y2025]] doanh nghiệp; tham gia [[124|sv a y2025]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động; tư vấn pháp luật cho [[3.450|lc a y2025]] lượt người lao động. Việc chuyển đổi số được đẩy mạnh: trong năm đã nhập thông tin [[52.300|rec a y2025]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[41.800|rec a y2025 n=e-cards issued are member_records (indicators.tsv: cấp thẻ); a second figure, not a breakdown]] thẻ đoàn viên điện tử. Sau hợp nhất, cơ quan LĐLĐ tỉnh có 9 ban và 2 đơn vị sự nghiệp, số cán bộ chuyên trách giảm 28 người so với trước khi sắp xếp.

Thu nhập bình quân của người lao động trong doanh nghiệp năm 2025 ước đạt 7,8 triệu đồng/tháng. Trong năm, trên địa bàn tỉnh xảy ra 11 vụ tai nạn lao động chết người.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[15.000|mn t y2026]] đoàn viên, thành lập [[60|un t y2026]] CĐCS; chăm lo Tết Bính Ngọ 2026 cho khoảng [[150.000|ben t y2026 b=a]] lượt đoàn viên, người lao động.

Hội nghị đã trao Bằng khen của Tổng LĐLĐ Việt Nam cho 6 tập thể, 9 cá nhân.

Minh Hiển
"""

CG10 = """Đại hội Công đoàn ngành Y tế thành phố Đà Nẵng lần thứ V

Công đoàn ngành Y tế thành phố Đà Nẵng vừa tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2023-2028, với sự tham gia của 160 đại biểu đại diện cho các CĐCS trực thuộc.

Nhiệm kỳ 2018-2023, Công đoàn ngành đã kết nạp [[1.240|mn a t2018-2023 s=Công đoàn ngành Y tế n=a city sector union gives its city (records.md Regions); scope as written]] đoàn viên mới; thành lập [[5|un a t2018-2023 s=Công đoàn ngành Y tế]] CĐCS tại các bệnh viện, phòng khám tư nhân. Hiện nay, Công đoàn ngành có [[46|ut a null s=Công đoàn ngành Y tế n=stock in an undated page: null..null (records.md Periods)]] CĐCS trực thuộc với [[9.870|mt a null s=Công đoàn ngành Y tế]] đoàn viên, trong đó nữ chiếm 68%.

Hằng năm, các đơn vị đều tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định; năm 2022, [[44/46|oc a y2022 s=Công đoàn ngành Y tế n=x/y form: the count is the first number (gold README 3)]] đơn vị tổ chức hội nghị cán bộ, công chức, viên chức. Trong nhiệm kỳ, Công đoàn ngành mở [[38|tr a t2018-2023 s=Công đoàn ngành Y tế n=period from the nearest earlier phrase, the term (records.md Periods)]] lớp tập huấn cho [[4.600|te a t2018-2023 s=Công đoàn ngành Y tế]] lượt cán bộ công đoàn; giới thiệu [[312|pr a t2018-2023 s=Công đoàn ngành Y tế]] đoàn viên ưu tú cho Đảng, trong đó [[245|pa a t2018-2023 s=Công đoàn ngành Y tế]] người đã được kết nạp.

Trong hai năm 2020-2021, hàng nghìn y, bác sĩ tham gia tuyến đầu chống dịch Covid-19; Công đoàn ngành đã thăm hỏi, hỗ trợ [[6.500|ben a 2020-01-01..2021-12-31 s=Công đoàn ngành Y tế]] lượt đoàn viên với tổng kinh phí [[4,2 tỷ|sf a 2020-01-01..2021-12-31 s=Công đoàn ngành Y tế]] đồng. 27 đoàn viên được Chủ tịch UBND thành phố tặng Bằng khen vì thành tích phòng, chống dịch.

Nhiệm kỳ 2023-2028, đại hội đề ra mục tiêu kết nạp ít nhất [[1.000|mn t t2023-2028 b=o s=Công đoàn ngành Y tế]] đoàn viên; giới thiệu [[250|pr t t2023-2028 s=Công đoàn ngành Y tế]] đoàn viên ưu tú cho Đảng xem xét kết nạp; phấn đấu 90% CĐCS đạt vững mạnh.

Đại hội đã bầu Ban Chấp hành khóa V gồm 25 đồng chí, bầu 8 đại biểu dự Đại hội Công đoàn thành phố Đà Nẵng lần thứ XII.

Theo Báo Đà Nẵng
"""

ARTS = [
    ('cg06', 'https://baothainguyen.vn/cong-doan/tong-ket-thang-cong-nhan-nam-2022-300884.html', '2022-06-08', 'Thái Nguyên', CG06),
    ('cg07', 'https://baolongan.vn/long-an-cham-lo-tet-giap-thin-cho-96-300-luot-doan-vien-nguoi-lao-dong-a171220.html', '2024-03-06', 'Long An', CG07),
    ('cg08', 'https://baoquangninh.vn/quang-ninh-386-nha-mai-am-cong-doan-sau-5-nam-3255812.html', '2023-09-22', 'Quảng Ninh', CG08),
    ('cg09', 'https://baoangiang.com.vn/ldld-tinh-an-giang-tong-ket-hoat-dong-cong-doan-nam-2025-a470211.html', '2025-12-26', 'An Giang', CG09),
    ('cg10', 'https://congdoandanang.vn/tin-tuc/dai-hoi-cong-doan-nganh-y-te-thanh-pho-da-nang-lan-thu-v-6241.html', None, 'Đà Nẵng', CG10),
]
