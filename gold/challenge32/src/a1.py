"""al01-al05."""
ARTS = []

ARTS.append(('al01', 'https://baothaibinh.com.vn/tin-tuc/4/85214/cong-doan-tinh-vuot-chi-tieu-phat-trien-doan-vien-nam-2018',
             '2019-01-10', 'Thái Bình', '''Công đoàn tỉnh vượt chỉ tiêu phát triển đoàn viên năm 2018

Thứ Năm, 10/01/2019 - 15:42

(TBO) - Năm 2018, các cấp công đoàn trong tỉnh kết nạp mới [[4.216|mn a y2018 n=rule 1: sapo mention, a record of its own]] đoàn viên, đạt [[120,5%|mn p y2018]] kế hoạch năm.

Sáng 9/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2018, triển khai nhiệm vụ năm 2019. Dự hội nghị có đồng chí Nguyễn Hồng Diên, Bí thư Tỉnh ủy cùng hơn 180 đại biểu là chủ tịch công đoàn cấp trên cơ sở và công đoàn cơ sở tiêu biểu.

Theo báo cáo, trong năm, các cấp công đoàn đã thành lập mới [[37|un a y2018]] công đoàn cơ sở (CĐCS) với [[2.904|mn a y2018 s=CĐCS mới thành lập n=rule 9: members of newly founded unions are members_new; rule 6 breakdown of the 4.216]] đoàn viên; kết nạp [[1.312|mn a y2018 s=nơi đã có CĐCS n=rule 6: breakdown of the 4.216]] đoàn viên ở những nơi đã có CĐCS. Đến nay, toàn tỉnh có [[1.438|ut a pub n=rule 7: Đến nay stock dated at publication]] CĐCS với [[98.760|mt a pub]] đoàn viên, trong đó khu vực ngoài nhà nước có [[41.225|mt a pub s=khu vực ngoài nhà nước n=rule 6 and 7: breakdown of the stock]] đoàn viên.

Công đoàn các khu công nghiệp tỉnh đã thương lượng, ký mới [[46|ca a y2018 s=Công đoàn các khu công nghiệp tỉnh n=rule 10: industrial-zone union gives its province, with a scope; province from the site]] bản thỏa ước lao động tập thể, trong đó nhiều bản có lợi hơn cho người lao động so với quy định của pháp luật. Các cấp công đoàn đã thăm hỏi, tặng quà [[5.870|ben a y2018]] lượt đoàn viên, công nhân lao động có hoàn cảnh khó khăn với tổng số tiền [[3,2 tỷ|sf a y2018]] đồng.

Năm 2019, LĐLĐ tỉnh phấn đấu kết nạp [[4.000|mn t y2019]] đoàn viên, thành lập mới ít nhất [[30|un t y2019 b=o n=rule 5: ít nhất -> over]] CĐCS, giới thiệu [[500|pr t y2019]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Dịp này, 12 tập thể và 20 cá nhân được tặng bằng khen của Tổng LĐLĐ Việt Nam.

Minh Thu

Tin liên quan
Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 8, khóa XVI (27/12/2018)
Trao 25 suất quà cho công nhân Công ty TNHH Giầy Ngọc Tề (18/12/2018)
'''))

ARTS.append(('al02', 'https://baohungyen.vn/xa-hoi/202305/hon-16000-doan-vien-nguoi-lao-dong-duoc-tham-hoi-tang-qua-trong-thang-cong-nhan-2023-f8a1c2b/',
             '2023-05-29', 'Hưng Yên', '''Hơn [[16.000|ben a mo2023-05 b=o n=rule 1: headline repeat (rounded) of the 16.342 of Tháng Công nhân 2023]] đoàn viên, người lao động được thăm hỏi, tặng quà trong Tháng Công nhân

Cập nhật: 29/05/2023 | 10:15

BHY - Ngày 28/5, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2023.

Tháng Công nhân năm 2023 có chủ đề “Đoàn kết công nhân - Triển khai nghị quyết”. Trong tháng, có [[412|wmu a mo2023-05]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng Tháng Công nhân. Các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà [[16.342|ben a mo2023-05]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[8,7 tỷ|sf a mo2023-05 b=o]] đồng; mỗi suất quà trị giá từ 300.000 đồng đến 1 triệu đồng.

Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân Công ty TNHH Canon Việt Nam - Chi nhánh Phố Nối (KCN Phố Nối A). Ảnh: Hồng Nhung

Công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại tại [[58|wd a mo2023-05]] doanh nghiệp; phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra, giám sát việc thực hiện pháp luật an toàn, vệ sinh lao động tại [[23|sv a mo2023-05 n=indicators.tsv: joint inspections with the labour department count as supervisions]] doanh nghiệp. Có [[36|meal a mo2023-05]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca, mức thấp nhất 20.000 đồng/suất.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc.

Nguyễn Hằng

Lượt xem: 1.204
'''))

ARTS.append(('al03', 'http://baobacninh.com.vn/news/-/details/20182/cong-doan-cac-kcn-6-thang-ky-moi-87-thoa-uoc-lao-dong-tap-the',
             None, 'Bắc Ninh', '''Công đoàn các KCN: 6 tháng ký mới [[87|ca a h1-2017 s=Công đoàn các KCN n=rule 1: headline repeat of the body figure]] thỏa ước lao động tập thể

Thứ Hai, 14/08/2017 - 08:35

Sáu tháng đầu năm 2017, Công đoàn các khu công nghiệp (KCN) Bắc Ninh đã hướng dẫn, hỗ trợ công đoàn cơ sở (CĐCS) thương lượng, ký mới [[87|ca a h1-2017 s=Công đoàn các KCN n=rule 10: KCN union of Bắc Ninh -> Bắc Ninh with scope]] bản thỏa ước lao động tập thể, nâng tổng số doanh nghiệp có thỏa ước còn hiệu lực lên [[401|ca a null s=Công đoàn các KCN n=rule 7: a nâng tổng số stock of agreements in force, no _total code so collective_agreements; no publication date -> null..null]].

Trong 6 tháng, có [[312/356|wkc a h1-2017 s=Công đoàn các KCN n=rule 3: x/y -> x]] doanh nghiệp tổ chức hội nghị người lao động; [[64|meal a h1-2017 s=Công đoàn các KCN]] doanh nghiệp điều chỉnh tăng mức bữa ăn giữa ca, phổ biến từ 15.000 đến 20.000 đồng/suất. Công đoàn các KCN đã thành lập mới [[21|un a h1-2017 s=Công đoàn các KCN]] CĐCS, kết nạp [[14.630|mn a h1-2017 s=Công đoàn các KCN]] đoàn viên.

Hiện Công đoàn các KCN Bắc Ninh quản lý [[623|ut a null s=Công đoàn các KCN n=rule 7: published is null (the page shows a dateline but no publication date was scraped) -> null..null]] CĐCS với [[215.400|mt a null s=Công đoàn các KCN n=rule 7: no publication date -> null..null]] đoàn viên, chiếm hơn 87% tổng số lao động trong các doanh nghiệp có tổ chức công đoàn.

Công nhân Công ty TNHH Samsung Electronics Việt Nam (KCN Yên Phong) trong giờ nghỉ giữa ca.

Ngọc Hà
'''))

ARTS.append(('al04', 'https://baophutho.vn/xa-hoi/202109/ldld-tinh-ban-giao-12-nha-mai-am-cong-doan-178452',
             '2021-09-22', 'Phú Thọ', '''LĐLĐ tỉnh bàn giao [[12|sh a pub n=rule 1: headline repeat of the handover figure]] nhà “Mái ấm Công đoàn”

Cập nhật: 22/09/2021 07:48

Ngày 21/9, Liên đoàn Lao động (LĐLĐ) tỉnh phối hợp với LĐLĐ huyện Thanh Sơn, Tân Sơn tổ chức bàn giao [[12|sh a pub n=records.md: the event date is no period phrase and none comes before it -> publication date]] nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở.

Mỗi nhà được LĐLĐ tỉnh hỗ trợ 50 triệu đồng từ Quỹ Xã hội Công đoàn, tổng số tiền hỗ trợ đợt này là [[600 triệu|shf a pub]] đồng. Phần còn lại do gia đình, anh em, họ hàng và cơ quan, đơn vị nơi đoàn viên công tác giúp đỡ.

Đồng chí Nguyễn Thị Hương, Chủ tịch LĐLĐ tỉnh trao quyết định hỗ trợ “Mái ấm Công đoàn” cho đoàn viên Hà Thị Lan, Trường Mầm non xã Kiệt Sơn (huyện Tân Sơn).

Từ đầu năm 2021 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa [[47|sh a 2021-01-01..2021-09-22]] nhà “Mái ấm Công đoàn” với tổng kinh phí [[2,35 tỷ|shf a 2021-01-01..2021-09-22]] đồng. Theo kế hoạch, năm 2021 LĐLĐ tỉnh hỗ trợ [[60|sh t y2021]] nhà. Giai đoạn 2016-2020, các cấp công đoàn tỉnh đã hỗ trợ [[214|sh a t2016-2020]] đoàn viên xây mới, sửa chữa nhà ở với tổng số tiền trên [[9,6 tỷ|shf a t2016-2020 b=o]] đồng.

Thu Hà
'''))

ARTS.append(('al05', 'https://baothanhhoa.vn/ldld-tinh-to-chuc-chuong-trinh-tet-sum-vay-nam-2024-cho-cong-nhan-khu-kinh-te-nghi-son-198421.htm',
             '2024-01-29', 'Thanh Hóa', ''' date 2024-01-29 Hotline: 0822.173.636   |

LĐLĐ tỉnh tổ chức chương trình “Tết Sum vầy” năm 2024 cho công nhân Khu kinh tế Nghi Sơn

Quốc Hương
(Baothanhhoa.vn) - Ngày 28/1, tại thị xã Nghi Sơn, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức chương trình “Tết Sum vầy” năm 2024 cho đoàn viên, người lao động (NLĐ) Khu kinh tế Nghi Sơn và các khu công nghiệp.

Ngày 28/1, tại thị xã Nghi Sơn, LĐLĐ tỉnh tổ chức chương trình “Tết Sum vầy” năm 2024 cho đoàn viên, NLĐ Khu kinh tế Nghi Sơn và các khu công nghiệp.

Tại chương trình, LĐLĐ tỉnh trao [[500|ben a y2024 n=Tết Giáp Thìn 2024 figures take the Tết year]] suất quà cho đoàn viên, NLĐ có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng; tặng [[320|ben a y2024 n=rule 9: free tickets given to members are beneficiaries]] vé xe cho công nhân về quê đón Tết. Gian hàng “Chợ Tết Công đoàn” phát 1.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân có hoàn cảnh khó khăn.

Theo kế hoạch, dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn tỉnh Thanh Hóa dự kiến chăm lo cho trên [[45.000|ben t y2024 b=o n=rule 4: dự kiến / Theo kế hoạch -> target]] đoàn viên, NLĐ với tổng kinh phí khoảng [[52 tỷ|sf t y2024 b=a]] đồng. Riêng Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp đã trao [[2.150|ben a y2024 s=Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp]] suất quà, trị giá [[1,6 tỷ|sf a y2024 s=Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp]] đồng.

Chương trình “Tết Sum vầy” là hoạt động thường niên, thể hiện sự quan tâm của tổ chức công đoàn đối với đoàn viên, NLĐ, giúp người lao động có thêm điều kiện đón Tết đầm ấm.
'''))
