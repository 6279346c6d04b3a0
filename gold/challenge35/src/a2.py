# ao06-ao10
ARTS = []

ARTS.append(('ao06', 'https://baokontum.com.vn/xa-hoi/hoan-thanh-12-12-nha-mai-am-cong-doan-nam-2015-9021.html', '2016-01-20', 'Kon Tum', '''Hoàn thành [[12/12|sh a y2015 n=headline x/y of the plan: the done part (records.md 03/03); period of the body statement, Năm qua in January -> 2015 (records.md, gold README 1)]] nhà Mái ấm Công đoàn năm 2015

THỨ TƯ, 20/01/2016 - 07:45

(BKT) - Năm qua, Liên đoàn Lao động (LĐLĐ) tỉnh Kon Tum đã bàn giao [[12|sh a y2015 n=Năm qua published in January -> the previous year (records.md)]] nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở, hoàn thành [[100%|sh p y2015 n=hoàn thành 100% kế hoạch -> attainment (gold README 4)]] kế hoạch năm với tổng kinh phí [[480 triệu|shf a y2015]] đồng, trong đó Quỹ Mái ấm Công đoàn tỉnh hỗ trợ 40 triệu đồng/nhà.

Theo báo cáo tổng kết của LĐLĐ tỉnh, các cấp công đoàn đã thăm hỏi, tặng quà gần [[900|ben a y2015 b=u]] đoàn viên, người lao động ốm đau, gặp khó khăn với số tiền hơn [[1,1 tỷ|sf a y2015 b=o]] đồng. Công tác tuyên truyền, tập huấn được đẩy mạnh: tổ chức [[24|tr a y2015]] lớp tập huấn nghiệp vụ cho khoảng [[2.100|te a y2015 b=a]] lượt cán bộ công đoàn; Văn phòng Tư vấn pháp luật Công đoàn tỉnh tư vấn cho [[460|lc a y2015]] lượt người lao động. Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[35|fi a y2015]] công đoàn cơ sở, phát hiện 4 đơn vị chi sai mục đích.

Năm 2016, LĐLĐ tỉnh phấn đấu hỗ trợ xây mới, sửa chữa [[15|sh t y2016]] nhà Mái ấm Công đoàn, tổ chức ít nhất [[20|tr t y2016 b=o]] lớp tập huấn cho cán bộ công đoàn cơ sở; tỷ lệ công đoàn cơ sở vững mạnh đạt từ 70% trở lên.

Đoàn viên Y Hiên (huyện Đắk Hà) nhận nhà Mái ấm Công đoàn
Đoàn viên Y Hiên (huyện Đắk Hà) nhận nhà Mái ấm Công đoàn

Hồng Thắm

Lượt xem: 1.204
'''))

ARTS.append(('ao07', 'https://baodaknong.vn/phat-trien-doan-vien-6-thang-chua-dat-30-ke-hoach-110582.html', '2021-07-08', 'Đắk Nông', '''Đắk Nông: Phát triển đoàn viên 6 tháng chưa đạt [[30%|mn p h1-2021 b=u n=headline repeat of the body's chưa đến 30%: chưa đạt / chưa đến -> under (records.md, gold README 1)]] kế hoạch

Cập nhật lúc 15:22, Thứ Năm, 08/07/2021 (GMT+7)

Do ảnh hưởng của dịch COVID-19, 6 tháng đầu năm 2021, Liên đoàn Lao động (LĐLĐ) tỉnh Đắk Nông chỉ kết nạp được [[436|mn a h1-2021]] đoàn viên, chưa đến [[30%|mn p h1-2021 b=u n=chưa đến -> under (records.md); part-way attainment takes the reporting period]] kế hoạch năm.

Theo báo cáo sơ kết của LĐLĐ tỉnh, kế hoạch năm 2021 đề ra phát triển [[1.500|mn t y2021]] đoàn viên và thành lập [[20|un t y2021]] công đoàn cơ sở (CĐCS). Tuy nhiên, đến hết tháng 6, toàn tỉnh chưa thành lập được CĐCS mới nào do nhiều doanh nghiệp tạm dừng sản xuất; trong khi đó đã có [[3|ud a h1-2021]] CĐCS giải thể, số đoàn viên giảm [[612|ml a h1-2021]] người. Hiện toàn tỉnh có [[598|ut a pub]] CĐCS với [[26.740|mt a pub]] đoàn viên.

Trong 6 tháng, các cấp công đoàn đã hỗ trợ [[2.315|ben a h1-2021]] đoàn viên, người lao động bị ảnh hưởng bởi dịch với tổng số tiền [[1,15 tỷ|sf a h1-2021]] đồng, mức hỗ trợ từ 300.000 đồng đến 1 triệu đồng/người. Không có bản thỏa ước lao động tập thể nào được ký mới trong quý II.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp từ [[800|mn t l6-2021 b=o n=range: both ends are records, the lower end over and the upper end under (least certain)]] đến [[1.000|mn t l6-2021 b=u n=range: upper end under (least certain)]] đoàn viên, thành lập ít nhất [[10|un t l6-2021 b=o]] CĐCS. Lãnh đạo LĐLĐ tỉnh thừa nhận việc hoàn thành chỉ tiêu cả năm là rất khó khăn.

Công nhân Công ty Nhôm Đắk Nông nhận hỗ trợ của công đoàn. Ảnh: T.H
Công nhân Công ty Nhôm Đắk Nông nhận hỗ trợ của công đoàn. Ảnh: T.H

Thanh Hoa
'''))

ARTS.append(('ao08', 'https://baoninhthuan.com.vn/news/127645p24c32/trao-25-nha-mai-am-cong-doan-vuot-ke-hoach-nam-2020.htm', '2020-11-05', 'Ninh Thuận', '''Trao [[25|sh a y2020 n=headline repeat of the body's 25 houses of 2020 (gold README 1)]] nhà Mái ấm Công đoàn, vượt kế hoạch năm 2020

Cập nhật ngày: 05/11/2020

(NTO) Ngày 4-11, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức bàn giao nhà "Mái ấm Công đoàn" cho đoàn viên Nguyễn Thị Hoa, giáo viên Trường Tiểu học Phước Hà (huyện Thuận Nam), hoàn thành chương trình Mái ấm Công đoàn năm 2020.

Năm 2020, LĐLĐ tỉnh Ninh Thuận đã hỗ trợ xây mới, sửa chữa [[25|sh a y2020]] nhà Mái ấm Công đoàn, vượt 5 nhà so với kế hoạch [[20|sh t y2020 n=the plan figure is a target; the difference vượt 5 nhà is no record (gold README 11)]] nhà, đạt [[125%|sh p y2020]] kế hoạch. Trong đó, xây mới [[17|sh a y2020 s=xây mới n=breakdown by kind of work -> scope (gold README 6)]] nhà, sửa chữa [[8|sh a y2020 s=sửa chữa]] nhà; tổng kinh phí hỗ trợ hơn [[1,3 tỷ|shf a y2020 b=o]] đồng, mức hỗ trợ xây mới 60 triệu đồng/nhà, sửa chữa 30 triệu đồng/nhà.

Ông Lê Văn Bình, Chủ tịch LĐLĐ tỉnh cho biết: Từ năm 2016 đến nay, chương trình đã hỗ trợ [[131|sh a 2016-01-01..2020-11-05 n=từ năm 2016 đến nay -> 2016-01-01 .. publication (records.md)]] nhà với tổng số tiền gần [[6,8 tỷ|shf a 2016-01-01..2020-11-05 b=u]] đồng. Năm 2021, LĐLĐ tỉnh dự kiến hỗ trợ [[22|sh t y2021 n=dự kiến -> target (gold README 4)]] nhà cho đoàn viên khó khăn về nhà ở.

Chị Hoa xúc động chia sẻ, căn nhà cũ của gia đình được dựng từ năm 1998, nay đã xuống cấp nghiêm trọng.

Lãnh đạo LĐLĐ tỉnh trao quyết định hỗ trợ nhà Mái ấm Công đoàn cho chị Nguyễn Thị Hoa.

Hoàng Nhung

Số lần đọc: 2.315
'''))

ARTS.append(('ao09', 'https://thtv.vn/tra-vinh-du-kien-cham-lo-tet-cho-khoang-8500-doan-vien-nguoi-lao-dong-68921.html', '2022-01-14', 'Trà Vinh', '''Trà Vinh: Dự kiến chăm lo Tết cho khoảng [[8.500|ben t y2022 b=a n=headline repeat of the body's planned figure (gold README 1)]] đoàn viên, người lao động

14/01/2022 - 09:30 | Lượt xem: 876

(THO) - Ngày 13/1, Liên đoàn Lao động (LĐLĐ) tỉnh Trà Vinh phát động Chương trình "Tết Sum vầy" Xuân Nhâm Dần 2022 và trao quà cho công nhân lao động tại Khu công nghiệp Long Đức.

Theo kế hoạch, dịp Tết Nguyên đán Nhâm Dần 2022, các cấp công đoàn tỉnh dự kiến thăm hỏi, tặng quà cho khoảng [[8.500|ben t y2022 b=a n=dự kiến / theo kế hoạch of a programme -> target; Tết figures take the Tết year (gold README 4, challenge21)]] đoàn viên, người lao động với tổng kinh phí hơn [[4 tỷ|sf t y2022 b=o]] đồng. Trong đó, khu vực doanh nghiệp ngoài nhà nước khoảng [[6.000|ben t y2022 b=a s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of the planned total -> scope (gold README 6)]] người.

Tại buổi lễ, ban tổ chức đã trao [[300|ben a y2022]] phần quà cho công nhân có hoàn cảnh khó khăn, mỗi phần gồm 500.000 đồng tiền mặt và nhu yếu phẩm; tặng [[150|ben a y2022 n=bus tickets given to members count as beneficiaries (gold README 9)]] vé xe cho công nhân về quê đón Tết. Gian hàng "Chợ Tết Công đoàn" cũng phát hành 2.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 200.000 đồng.

Tết Tân Sửu 2021, các cấp công đoàn tỉnh đã chăm lo cho [[7.920|ben a y2021 n=Tết Tân Sửu 2021 -> year 2021 (Tết year)]] đoàn viên, người lao động với tổng số tiền gần [[3,6 tỷ|sf a y2021 b=u]] đồng.

Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân Khu công nghiệp Long Đức.
Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân Khu công nghiệp Long Đức.

Ngọc Hân

Ý kiến bạn đọc (0)
'''))

ARTS.append(('ao10', 'https://baothuathienhue.vn/xa-hoi/cong-doan-nganh-giao-duc-phat-trien-doan-vien-dat-98-ke-hoach-128734.html', '2023-08-24', 'Thừa Thiên Huế', '''Công đoàn ngành Giáo dục: Phát triển đoàn viên đạt [[98%|mn p sy2022 s=Công đoàn ngành Giáo dục n=headline repeat of the body's attainment (gold README 1)]] kế hoạch

Thứ Năm, 24/08/2023 - 10:12

(TTH.VN) - Ngày 23/8, Công đoàn ngành Giáo dục tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024.

Năm học 2022-2023, Công đoàn ngành đã kết nạp [[490|mn a sy2022 s=Công đoàn ngành Giáo dục n=năm học -> 1 Sep .. 31 Aug (records.md); a sector union gives its province with a scope (gold README 10)]] đoàn viên mới, đạt [[98%|mn p sy2022 s=Công đoàn ngành Giáo dục]] kế hoạch; [[612/612|oc a sy2022 s=Công đoàn ngành Giáo dục n=x/y count, not a share (records.md 03/03)]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Các cấp công đoàn trong ngành tư vấn pháp luật cho trên [[1.500|lc a sy2022 s=Công đoàn ngành Giáo dục b=o]] lượt đoàn viên; thăm hỏi, hỗ trợ [[340|ben a sy2022 s=Công đoàn ngành Giáo dục]] đoàn viên ốm đau, gặp khó khăn với số tiền gần [[700 triệu|sf a sy2022 s=Công đoàn ngành Giáo dục b=u]] đồng; sửa chữa [[6|sh a sy2022 s=Công đoàn ngành Giáo dục]] nhà Mái ấm Công đoàn.

Công đoàn ngành đã giới thiệu [[104|pr a sy2022 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; [[87|pa a sy2022 s=Công đoàn ngành Giáo dục]] đồng chí đã được kết nạp vào Đảng. Hiện Công đoàn ngành có [[618|ut a pub s=Công đoàn ngành Giáo dục]] công đoàn cơ sở với [[17.860|mt a pub s=Công đoàn ngành Giáo dục]] đoàn viên.

Năm học 2023-2024, Công đoàn ngành phấn đấu kết nạp [[500|mn t sy2023 s=Công đoàn ngành Giáo dục]] đoàn viên, giới thiệu [[120|pr t sy2023 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng; 95% công đoàn cơ sở đạt vững mạnh.

Dịp này, Công đoàn ngành khen thưởng 52 tập thể và 80 cá nhân có thành tích xuất sắc trong năm học.

Minh Văn
'''))
