"""n18-n25: everyday short news, 2024-2026 and two undated pages."""

N_REPEAT = 'headline repeat of the body figure, takes its region and period (rule 1)'

ARTS = []

# n18 Bắc Giang: conferences, dialogues, agreements (9 months 2024)
ARTS.append(('n18', 'https://baobacgiang.vn/bg/xa-hoi/412873/phat-huy-dan-chu-o-co-so-qua-hoi-nghi-nguoi-lao-dong-doi-thoai.html',
             '2024-10-22', 'Bắc Giang', '''\
Bắc Giang: Phát huy dân chủ ở cơ sở qua hội nghị người lao động, đối thoại
22/10/2024 08:30
BBG - Theo LĐLĐ tỉnh Bắc Giang, 9 tháng năm 2024, toàn tỉnh có [[1.430|oc a f9-2024]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[1.012|wkc a f9-2024]] doanh nghiệp tổ chức hội nghị người lao động và [[846|wd a f9-2024]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Các CĐCS đã thương lượng, ký mới [[118|ca a f9-2024]] bản thỏa ước lao động tập thể.
Tại các KCN, Công đoàn các KCN tỉnh hướng dẫn [[286|wkc a f9-2024 s=Công đoàn các KCN tỉnh n=breakdown with scope (rule 6); từ 1.000 lao động trở lên is a threshold (rule 11)]] doanh nghiệp tổ chức hội nghị người lao động, trong đó nhiều doanh nghiệp có từ 1.000 lao động trở lên như Công ty TNHH Fuhong Precision, Công ty TNHH Luxshare-ICT.
Trong khối giáo dục, đầu năm học 2024-2025, đã có [[712/718|oc a sy2024 s=Công đoàn ngành Giáo dục n=x/y form: value is the first number (records.md 03/03); năm học 2024-2025 -> 2024-09-01..2025-08-31]] cơ sở giáo dục hoàn thành hội nghị viên chức, người lao động.
Quý IV/2024, LĐLĐ tỉnh phấn đấu hướng dẫn ký mới thêm [[30|ca t q4-2024]] bản thỏa ước lao động tập thể, tập trung ở doanh nghiệp ngoài nhà nước.
Thu Hương'''))

# n19 Sơn La: Mái ấm Công đoàn handover
ARTS.append(('n19', 'https://baosonla.vn/xa-hoi/son-la-ban-giao-5-nha-mai-am-cong-doan-cho-doan-vien-kho-khan-Ys8kQzXnR.html',
             '2024-09-05', 'Sơn La', '''\
Sơn La: Bàn giao [[5|sh a pub n=''' + N_REPEAT + ''']] nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn
Thứ Năm, 05/09/2024 - 15:45
Ngày 5/9, LĐLĐ tỉnh Sơn La tổ chức bàn giao [[05|sh a pub n=event day is the publication date]] nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở tại huyện Mộc Châu và huyện Vân Hồ. Mỗi ngôi nhà được LĐLĐ tỉnh hỗ trợ 60 triệu đồng từ nguồn Quỹ Xã hội; tổng kinh phí hỗ trợ là [[300 triệu|shf a pub n=the total is a record, the 60 triệu per house is not (rule 11)]] đồng.
[[Năm|sh a pub v=5 n=number word at sentence start; a second mention of the 5 houses is a record of its own (rule 1)]] ngôi nhà được xây dựng kiên cố, diện tích từ 60 - 70 m2, bảo đảm “3 cứng” (nền cứng, khung cứng, mái cứng), giúp các gia đình ổn định cuộc sống.
6 tháng đầu năm 2024, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa [[16|sh a h1-2024]] nhà “Mái ấm Công đoàn” với số tiền [[845 triệu|shf a h1-2024]] đồng. Kế hoạch năm 2024, LĐLĐ tỉnh phấn đấu hỗ trợ xây mới, sửa chữa [[30|sh t y2024]] nhà “Mái ấm Công đoàn” cho đoàn viên.
Ảnh: Lãnh đạo LĐLĐ tỉnh trao biển nhà “Mái ấm Công đoàn” cho gia đình đoàn viên Lò Thị Xuân, xã Tân Lập, huyện Mộc Châu.
Lò Hùng'''))

# n20 Lâm Đồng (merged): half-year review 2025
ARTS.append(('n20', 'https://baolamdong.vn/ldld-tinh-lam-dong-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2025-386452.html',
             '2025-08-15', 'Lâm Đồng', '''\
LĐLĐ tỉnh Lâm Đồng sơ kết công tác công đoàn 6 tháng đầu năm 2025
15/08/2025 14:05
Ngày 14/8, tại phường Xuân Hương - Đà Lạt, LĐLĐ tỉnh Lâm Đồng tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị sơ kết đầu tiên của LĐLĐ tỉnh sau khi hợp nhất LĐLĐ 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.
Theo báo cáo, 6 tháng đầu năm 2025, các cấp công đoàn trên địa bàn tỉnh đã kết nạp [[6.214|mn a h1-2025 n=figure of the merged province -> Lâm Đồng (records.md regions; challenge15 b10 practice)]] đoàn viên, thành lập mới [[31|un a h1-2025]] CĐCS. Trong đó, khu vực Bình Thuận (cũ) kết nạp [[2.870|mn a h1-2025 r=Bình Thuận s=khu vực Bình Thuận (cũ) n=khu vực X (cũ) -> the pre-merger province X (records.md regions)]] đoàn viên, khu vực Đắk Nông (cũ) kết nạp [[1.105|mn a h1-2025 r=Đắk Nông s=khu vực Đắk Nông (cũ)]] đoàn viên.
Tháng Công nhân năm 2025 được tổ chức tại [[1.980|wmu a mo2025-05]] CĐCS; các cấp công đoàn đã thăm hỏi, tặng quà cho [[12.400|ben a mo2025-05]] đoàn viên, người lao động với tổng số tiền hơn [[4,3 tỷ|sf a mo2025-05 b=o]] đồng.
Hiện LĐLĐ tỉnh Lâm Đồng có [[4.126|ut a pub]] CĐCS với [[264.300|mt a pub]] đoàn viên.
6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[7.000|mn t l6-2025 n=year-less 6 tháng cuối năm takes the publication year (rule 8)]] đoàn viên, thành lập mới [[35|un t l6-2025]] CĐCS.
Ảnh: Quang cảnh hội nghị.
Quỳnh Uyển'''))

# n21 Đà Nẵng: first congress of a ward union after the 2025 reorganisation
ARTS.append(('n21', 'https://ldld.danang.gov.vn/tin-tuc/dai-hoi-cong-doan-phuong-hoa-khanh-lan-thu-i-nhiem-ky-2025-2030',
             '2025-11-20', 'Đà Nẵng', '''\
Đại hội Công đoàn phường Hòa Khánh lần thứ I, nhiệm kỳ 2025 - 2030
20/11/2025
Sáng 20/11, Công đoàn phường Hòa Khánh (thành phố Đà Nẵng) tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có 120 đại biểu đại diện cho [[12.380|mt a pub s=Công đoàn phường Hòa Khánh n=delegates represent the current membership: a stock dated at publication (rule 7); the 120 delegates are participants (rule 11)]] đoàn viên công đoàn đang sinh hoạt tại [[46|ut a pub s=Công đoàn phường Hòa Khánh]] CĐCS trực thuộc.
Từ khi thành lập (tháng 7/2025) đến nay, Công đoàn phường đã phát triển mới [[735|mn a 2025-07-01..2025-11-20 s=Công đoàn phường Hòa Khánh n=từ tháng 7/2025 đến nay -> 1 July 2025 to publication]] đoàn viên. [[Năm|un a 2025-07-01..2025-11-20 v=5 s=Công đoàn phường Hòa Khánh n=number word at sentence start; period of the nearest earlier phrase]] CĐCS mới đã được thành lập tại các doanh nghiệp trong KCN Hòa Khánh và KCN Liên Chiểu.
Đại hội thông qua các chỉ tiêu nhiệm kỳ 2025 - 2030: phát triển mới [[5.000|mn t t2025-2030 s=Công đoàn phường Hòa Khánh]] đoàn viên; thành lập mới [[30|un t t2025-2030 s=Công đoàn phường Hòa Khánh]] CĐCS; giới thiệu [[150|pr t t2025-2030 s=Công đoàn phường Hòa Khánh]] đoàn viên ưu tú cho Đảng xem xét kết nạp; hằng năm có trên 90% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.
Đại hội đã bầu 11 đồng chí vào Ban Chấp hành Công đoàn phường khóa I và 3 đại biểu dự Đại hội Công đoàn thành phố.
Văn Toàn'''))

# n22 An Giang (merged): Tết Bính Ngọ 2026 plan
ARTS.append(('n22', 'https://baoangiang.com.vn/an-giang-du-kien-cham-lo-tet-cho-hon-60-000-doan-vien-nguoi-lao-dong-a472318.html',
             '2026-01-21', 'An Giang', '''\
An Giang: Dự kiến chăm lo Tết cho hơn [[60.000|ben t y2026 b=o n=''' + N_REPEAT + ''']] đoàn viên, người lao động
21/01/2026 - 09:12
Tết Nguyên đán Bính Ngọ năm 2026, LĐLĐ tỉnh An Giang dự kiến thăm hỏi, tặng quà cho [[62.500|ben t y2026 n=dự kiến -> target (rule 4); the merged province -> An Giang]] đoàn viên, người lao động với tổng kinh phí khoảng [[96,4 tỷ|sf t y2026 b=a]] đồng. Trong đó, khu vực Kiên Giang (cũ) dự kiến chăm lo cho [[27.300|ben t y2026 r=Kiên Giang s=khu vực Kiên Giang (cũ) n=khu vực Kiên Giang (cũ) -> Kiên Giang, 2025 An Giang (records.md regions)]] đoàn viên.
Mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm. Chương trình "Tết Sum vầy" sẽ được tổ chức tại 12 điểm, tập trung ở các phường, xã có đông công nhân lao động. Chương trình "Chuyến xe Công đoàn" dự kiến đưa [[1.500|ben t y2026 n=free rides -> beneficiaries (rule 9); period of the nearest earlier phrase Tết Bính Ngọ năm 2026]] công nhân về quê đón Tết.
Tết Ất Tỵ 2025, LĐLĐ tỉnh An Giang (cũ) đã chăm lo cho [[31.200|ben a y2025 r=An Giang n=pre-merger An Giang body -> An Giang]] lượt đoàn viên, người lao động; LĐLĐ tỉnh Kiên Giang (cũ) chăm lo cho [[26.450|ben a y2025 r=Kiên Giang n=reporting body LĐLĐ tỉnh Kiên Giang (cũ) -> Kiên Giang (rule 10)]] lượt.
Tin liên quan:
- Đồng Tháp: Hơn 40.000 đoàn viên được nhận quà Tết
- Khánh thành nhà Mái ấm Công đoàn tại xã Vĩnh Hanh'''))

# n23 Huế: first-quarter review 2026
ARTS.append(('n23', 'https://ldld.hue.gov.vn/tin-tuc/so-ket-cong-tac-cong-doan-quy-i-2026',
             '2026-04-10', 'Thừa Thiên Huế', '''\
LĐLĐ thành phố Huế sơ kết công tác công đoàn quý I/2026
10/04/2026
Ngày 9/4, LĐLĐ thành phố Huế tổ chức hội nghị sơ kết công tác công đoàn quý I, triển khai nhiệm vụ quý II/2026.
Quý I/2026, các cấp công đoàn thành phố đã kết nạp [[1.126|mn a q1-2026 n=LĐLĐ thành phố Huế -> canonical pre-merger name Thừa Thiên Huế, 2025 name Huế (regions.tsv)]] đoàn viên, đạt [[28,2%|mn p q1-2026 n=part-way attainment of the year target takes the reporting period (rule 4)]] chỉ tiêu năm; thành lập mới [[6|un a q1-2026]] CĐCS. Trung tâm Tư vấn pháp luật Công đoàn thành phố đã tư vấn cho [[215|lc a q1-2026 s=Trung tâm Tư vấn pháp luật Công đoàn thành phố]] lượt người lao động. LĐLĐ thành phố ký kết [[02|wp a q1-2026]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên" với các doanh nghiệp. Trong quý, các cấp công đoàn đã nhập thông tin [[3.480|rec a q1-2026]] đoàn viên lên phần mềm quản lý đoàn viên.
Tháng Công nhân năm 2026, LĐLĐ thành phố phấn đấu tổ chức các hoạt động tại [[650|wmu t mo2026-05 n=Tháng Công nhân năm 2026 -> May 2026 (records.md)]] CĐCS; thăm hỏi, tặng quà cho [[2.000|ben t mo2026-05]] đoàn viên, người lao động; bàn giao [[04|sh t mo2026-05]] nhà “Mái ấm Công đoàn”.
Ngọc Hà'''))

# n24 Cà Mau: union development in 2019, page without a date
ARTS.append(('n24', 'https://congdoancamau.org.vn/tin-tuc/ca-mau-phat-trien-hon-3200-doan-vien-trong-nam-2019',
             None, 'Cà Mau', '''\
Cà Mau: Phát triển hơn [[3.200|mn a y2019 b=o n=''' + N_REPEAT + ''']] đoàn viên trong năm 2019
LĐLĐ tỉnh Cà Mau cho biết, năm 2019, các cấp công đoàn trong tỉnh đã phát triển mới [[3.214|mn a y2019]] đoàn viên, thành lập mới [[12|un a y2019]] CĐCS, vượt [[20%|un p y2019 v=120 n=vượt 20% kế hoạch -> 120 (records.md attainment), bound exact]] kế hoạch. Trong đó, Công đoàn Khu kinh tế tỉnh thành lập [[4|un a y2019 s=Công đoàn Khu kinh tế tỉnh]] CĐCS với [[386|mn a y2019 s=Công đoàn Khu kinh tế tỉnh n=members of newly founded unions count as members_new (rule 9)]] đoàn viên.
Tuy nhiên, do một số doanh nghiệp giải thể, ngừng hoạt động nên trong năm có [[3|ud a y2019]] CĐCS giải thể, giảm [[1.045|ml a y2019]] đoàn viên.
Hiện toàn tỉnh có [[1.024|ut a null n=stock without a publication date -> null period (rule 7)]] CĐCS với [[62.870|mt a null n=stock without a publication date -> null period (rule 7)]] đoàn viên.
Năm 2020, LĐLĐ tỉnh phấn đấu phát triển mới [[3.500|mn t y2020]] đoàn viên, thành lập mới [[10|un t y2020]] CĐCS.
Tin, ảnh: Hồng Nhung'''))

# n25 Trà Vinh: dialogues, legal aid, inspections (2022), page without a date
ARTS.append(('n25', 'https://ldld.travinh.gov.vn/tin-tuc/cong-doan-tra-vinh-day-manh-doi-thoai-tu-van-phap-luat-cho-nguoi-lao-dong',
             None, 'Trà Vinh', '''\
Công đoàn Trà Vinh đẩy mạnh đối thoại, tư vấn pháp luật cho người lao động
Thực hiện Nghị định số 145/2020/NĐ-CP của Chính phủ, năm 2022, các cấp công đoàn tỉnh Trà Vinh đã phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ tại [[412|wd a y2022 n=decree number is not a record (rule 11)]] doanh nghiệp, cơ quan, đơn vị. Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn cho [[1.870|lc a y2022 s=Trung tâm Tư vấn pháp luật Công đoàn tỉnh]] lượt người lao động, đạt [[124,6%|lc p y2022]] kế hoạch, chủ yếu về bảo hiểm xã hội, trợ cấp thôi việc.
Các cấp công đoàn đã tham gia [[21|sv a y2022]] đoàn thanh tra, kiểm tra việc thực hiện pháp luật lao động; UBKT công đoàn các cấp tiến hành [[96|fi a y2022]] cuộc kiểm tra tài chính công đoàn.
Công đoàn Khu kinh tế Trà Vinh vận động [[14|meal a y2022 s=Công đoàn Khu kinh tế Trà Vinh n=the 20.000 đồng meal level is a threshold (rule 11)]] doanh nghiệp tăng giá trị bữa ăn ca cho công nhân lên từ 20.000 đồng/suất trở lên.
Năm 2023, LĐLĐ tỉnh đặt chỉ tiêu tổ chức đối thoại tại [[450|wd t y2023]] doanh nghiệp, cơ quan, đơn vị, tư vấn pháp luật cho [[2.000|lc t y2023]] lượt người lao động.
Ban Chính sách – Pháp luật LĐLĐ tỉnh'''))
