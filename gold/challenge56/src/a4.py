"""challenge56 articles ci16-ci20."""

ARTS = []

ARTS.append(('ci16', 'https://baocantho.com.vn/ho-tro-hon-2-100-doan-vien-nguoi-lao-dong-kho-khan-do-dich-covid-19-a138524.html', '2021-08-20', 'Cần Thơ', """
Hỗ trợ hơn [[2.100|ben a 2021-07-01..2021-08-20 b=o n=headline repeat of the body 2.136 (gold README 1), takes its period]] đoàn viên, người lao động khó khăn do dịch COVID-19

Thứ Sáu, 20/08/2021, 14:10

Từ đầu tháng 7 đến nay, Liên đoàn Lao động (LĐLĐ) TP Cần Thơ và các cấp công đoàn đã hỗ trợ [[2.1 36|ben a 2021-07-01..2021-08-20 v=2136 n=scraped split number 2.1 36 is 2136 (records.md values); từ đầu tháng 7 đến nay runs to the publication date]] đòan viên, người lao động bị ảnh hưởng bởi dịch COVID-19, với tổng số tiền hơn [[1,6 tỉ|sf a 2021-07-01..2021-08-20 b=o]] đồng. Trong đó, hỗ trợ [[412|ben a 2021-07-01..2021-08-20 s=trường hợp điều trị do nhiễm COVID-19 n=breakdown of the 2.136 (gold README 6); the 3 triệu per case is a per-item amount]] trường hợp phải điều trị do nhiễm COVID-19, mỗi trường hợp 3 triệu đồng; hỗ trợ [[1.724|ben a 2021-07-01..2021-08-20 s=lao động bị ngừng việc, mất việc làm]] lao động bị ngừng việc, mất việc làm.

Ngoài ra, LĐLĐ thành phố phối hợp với Công đoàn các Khu chế xuất và công nghiệp Cần Thơ trao [[3.500|ben a 2021-07-01..2021-08-20 n=gift packages count as beneficiaries (gold README 9); period from the nearest earlier phrase (records.md periods)]] phần quà gồm gạo, mì tôm, nhu yếu phẩm cho công nhân đang lưu trú tại các nhà trọ trong thời gian thành phố thực hiện giãn cách xã hội.

Theo LĐLĐ TP, từ đầu năm 2021 đến nay, các cấp công đoàn đã chi hỗ trợ đoàn viên, người lao động gặp khó khăn với tổng số tiền trên [[9,2 tỉ|sf a 2021-01-01..2021-08-20 b=o]] đồng, trong đó có [[26|sh a 2021-01-01..2021-08-20]] căn nhà Mái ấm Công đoàn được xây mới, sửa chữa.

Mỹ Hoa

Ý kiến bạn đọc
""".strip()))

ARTS.append(('ci17', 'https://tuyenquangtv.vn/tin-tuc/ldld-tinh-tuyen-truyen-phap-luat-cho-tren-18600-luot-doan-vien-nguoi-lao-dong-38214.html', None, 'Tuyên Quang', """
(TTV) - Năm 2019, Liên đoàn Lao động tỉnh Tuyên Quang đã chỉ đạo các cấp công đoàn tổ chức [[215|tr a y2019 n=dissemination conferences counted as trainings, their audiences as trainees (indicators.tsv)]] hội nghị tuyên truyền, phổ biến pháp luật lao động, Luật Công đoàn và Bộ luật Lao động năm 2019 cho trên [[18.600|te a y2019 b=o]] lượt đoàn viên, người lao động.

LĐLĐ tỉnh mở [[6|tr a y2019]] lớp tập huấn nghiệp vụ công tác kiểm tra, nữ công, tài chính công đoàn cho [[480|te a y2019]] cán bộ công đoàn cơ sở. Các cấp công đoàn tổ chức [[47|fi a y2019]] cuộc kiểm tra tài chính công đoàn tại các công đoàn cơ sở; phối hợp tổ chức [[26|sv a y2019]] cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động tại doanh nghiệp. Trong năm, có [[5|wc a y2019]] Ban nữ công quần chúng được thành lập tại các doanh nghiệp ngoài nhà nước.

Văn phòng tư vấn pháp luật của LĐLĐ tỉnh đã tư vấn cho [[356|lc a y2019]] lượt người lao động, chủ yếu về chế độ bảo hiểm xã hội, tiền lương, hợp đồng lao động.

Năm 2020, LĐLĐ tỉnh phấn đấu tổ chức [[10|tr t y2020]] lớp tập huấn cho cán bộ công đoàn cơ sở, tăng cường tuyên truyền Bộ luật Lao động 2019 có hiệu lực từ ngày 1/1/2021 đến đoàn viên, người lao động.

Minh Tuấn
""".strip()))

ARTS.append(('ci18', 'https://nld.com.vn/cong-doan/cong-doan-hepza-ket-nap-hon-17000-doan-vien-20240110193204587.htm', '2024-01-10', 'Hồ Chí Minh', """
Công đoàn HEPZA kết nạp hơn [[17.000|mn a y2023 b=o s=Công đoàn HEPZA n=headline repeat of the body 17.342 (gold README 1)]] đoàn viên

10-01-2024 - 19:32

(NLĐO) - Năm 2023, Công đoàn Khu chế xuất và công nghiệp TP HCM (HEPZA) đã thành lập mới [[28|un a y2023 s=Công đoàn HEPZA n=industrial-zone union gives its city (records.md regions) with a scope]] công đoàn cơ sở, kết nạp [[17.342|mn a y2023 s=Công đoàn HEPZA]] đoàn viên, đạt [[115,6%|mn p y2023 s=Công đoàn HEPZA]] chỉ tiêu.

Ngày 10-1, Công đoàn HEPZA tổ chức hội nghị tổng kết hoạt động công đoàn năm 2023. Theo báo cáo, do tình hình khó khăn về đơn hàng, nhiều doanh nghiệp trong các khu chế xuất, khu công nghiệp phải cắt giảm lao động, khiến số đoàn viên giảm [[21.480|ml a y2023 s=Công đoàn HEPZA]] người. Hiện Công đoàn HEPZA có [[1.062|ut a pub s=Công đoàn HEPZA]] công đoàn cơ sở với [[298.614|mt a pub s=Công đoàn HEPZA]] đoàn viên.

Lãnh đạo Công đoàn HEPZA trao quà cho công nhân có hoàn cảnh khó khăn - Ảnh 1.

Trong năm, Công đoàn HEPZA đã chăm lo cho [[84.230|ben a y2023 s=Công đoàn HEPZA n=trong năm after năm 2023 (records.md periods), not the year before the January publication]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[52 tỉ|sf a y2023 b=o s=Công đoàn HEPZA]] đồng.

Năm 2024, Công đoàn HEPZA phấn đấu kết nạp [[15.000|mn t y2024 s=Công đoàn HEPZA]] đoàn viên, thành lập [[25|un t y2024 s=Công đoàn HEPZA]] công đoàn cơ sở; tiếp tục thương lượng nâng giá trị bữa ăn giữa ca cho công nhân.

Dịp này, Công đoàn HEPZA trao bằng khen cho 42 tập thể và 56 cá nhân có thành tích xuất sắc.

Huy Lân
""".strip()))

ARTS.append(('ci19', 'https://vietnam.vn/bentre/?p=482106', None, 'Bến Tre', """
Sáu tháng đầu năm 2022, các cấp công đoàn tỉnh Bến Tre đã thành lập mới [[7|un a h1-2022]] công đoàn cơ sở, kết nạp [[l.024|mn a h1-2022 n=scraped l for 1, l.024 is 1024 (records.md values)]] đoàn viên, đạt [[51,2%|mn p h1-2022]] kế hoạch năm. Hợn [[2.300|ben a h1-2022 b=o n=Hợn is a typo of Hơn, bound over (gold README 5)]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn được thăm hỏi, hỗ trợ với số tiền trên [[1,1 tỷ|sf a h1-2022 b=o]] đồng. LĐLĐ tỉnh phối hợp tổ chức [[12|sv a h1-2022]] cuộc giám sát việc thực hiện chính sách pháp luật tại doanh nghiệp. Hiện toàn tỉnh có [[1.186|ut a null n=stock in an undated page, null..null (records.md)]] CĐCS với [[61.205|mt a null]] đoàn viền.

6 tháng cuối năm 2022, LĐLĐ tỉnh tập trung tuyên truyền, vận động người lao động gia nhập tổ chức công đoàn; phấn đấu kết nạp [[1.000|mn t h2-2022]] đoàn viên, hoàn thành xây dựng [[20|sh t h2-2022]] nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.

Minh Hải
Nguồn: https://baodongkhoi.vn/ben-tre-6-thang-ket-nap-hon-1-000-doan-vien-a98214.html
""".strip()))

ARTS.append(('ci20', 'https://baohaiphong.vn/hai-phong-9-thang-ket-nap-gan-29-000-doan-vien-cong-doan-524318.html', '2025-10-21', 'Hải Phòng', """
Hải Phòng: 9 tháng kết nạp gần [[29.000|mn a f9-2025 b=u n=rounded headline repeat of the body 28.764 (gold README 1)]] đoàn viên công đoàn

Thứ Ba, 21/10/2025 08:15

Chiều 20/10, Liên đoàn Lao động (LĐLĐ) thành phố tổ chức hội nghị sơ kết hoạt động công đoàn 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2025.

Theo báo cáo, 9 tháng năm 2025, các cấp công đoàn thành phố đã kết nạp [[28.764|mn a f9-2025 n=the merged city federation reports under the kept name Hải Phòng (gold README 10)]] đoàn viên, thành lập mới [[96|un a f9-2025]] công đoàn cơ sở (CĐCS), đạt [[82,2%|mn p f9-2025 n=part-way attainment of the members plan takes the reporting period (challenge42 convention)]] kế hoạch năm về phát triển đoàn viên. Trong đó, khu vực Hải Dương (cũ) kết nạp [[10.415|mn a f9-2025 r=Hải Dương n=khu vực Hải Dương (cũ) gives the old province (gold README 10)]] đoàn viên, thành lập [[37|un a f9-2025 r=Hải Dương]] CĐCS. Hiện LĐLĐ thành phố có [[4.382|ut a pub]] CĐCS với [[512.960|mt a pub]] đoàn viên.

Từ ngày 1/7, sau khi sắp xếp tổ chức bộ máy, LĐLĐ thành phố đã thành lập và kiện toàn công đoàn 114 xã, phường, đặc khu; các công đoàn cấp xã nhanh chóng ổn định tổ chức, đi vào hoạt động.

Công tác đại diện, bảo vệ quyền lợi của người lao động được duy trì. Trong 9 tháng, công đoàn các cấp phối hợp tổ chức đối thoại tại [[1.215|wd a f9-2025]] doanh nghiệp; thương lượng, ký kết [[186|ca a f9-2025]] bản thỏa ước lao động tập thể. Các cấp công đoàn đã thăm hỏi, hỗ trợ [[36.540|ben a f9-2025]] lượt đoàn viên, người lao động với tổng kinh phí [[27,3 tỷ|sf a f9-2025]] đồng; xây mới, sửa chữa [[64|sh a f9-2025]] nhà Mái ấm Công đoàn. LĐLĐ thành phố ký kết [[11|wp a f9-2025]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn".

Hội nghị cũng thảo luận giải pháp hỗ trợ người lao động tại các doanh nghiệp bị ảnh hưởng bởi chính sách thuế đối ứng, duy trì việc làm cho công nhân ở các khu công nghiệp.

3 tháng cuối năm, LĐLĐ thành phố phấn đấu kết nạp [[6.200|mn t l3-2025 n=3 tháng cuối năm takes the year named earlier (records.md periods)]] đoàn viên, thành lập [[24|un t l3-2025]] CĐCS; chuẩn bị chu đáo Chương trình "Tết Sum vầy" năm 2026, dự kiến chăm lo cho khoảng [[60.000|ben t y2026 b=a n=Tết Sum vầy năm 2026 plan dated to the year 2026 (challenge42 convention)]] đoàn viên, người lao động.

Đức Thịnh
""".strip()))
