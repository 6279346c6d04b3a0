"""ck11-ck15: year review 2025 and Tết 2026 of merged federations, an undated damaged quarter report, 9 months 2025,
a ward union's Workers' Month."""

KV = 'n=rule 10: khu vực X (cũ) part of the merged federation -> the old province X; scope as written'
WARD = 'n=rule 10: a ward union reports for the old province its ward lies in'
HEAD = 'n=rule 1: headline repeat of the body figure takes its region and period'
TET = 'n=Tết Bính Ngọ 2026 -> the year 2026 (challenge42 convention)'

ARTS = []

# ck11 baothainguyen-like, merged Thái Nguyên (+ Bắc Kạn), year 2025 and 2026 targets
ARTS.append(('ck11', 'https://baothainguyen.vn/cong-doan/202601/ldld-tinh-trien-khai-nhiem-vu-nam-2026-8a41c7e/',
             '2026-01-08', 'Thái Nguyên', '''Thứ Năm, 08/01/2026, 10:25 [GMT+7]

LĐLĐ tỉnh triển khai nhiệm vụ năm 2026

Ngày 7/1, Liên đoàn Lao động (LĐLĐ) tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025, LĐLĐ tỉnh (số liệu gồm cả LĐLĐ tỉnh Bắc Kạn trước thời điểm hợp nhất) đã kết nạp [[15.742|mn a y2025 n=rule 10: the merged federation's sum, including the months before the merger, takes the kept name]] đoàn viên, đạt [[112,4%|mn p y2025]] kế hoạch; thành lập mới [[58|un a y2025]] công đoàn cơ sở (CĐCS). Khu vực Bắc Kạn (cũ) kết nạp [[2.106|mn a y2025 r=Bắc Kạn s=khu vực Bắc Kạn (cũ) ''' + KV + ''']] đoàn viên, thành lập [[11|un a y2025 r=Bắc Kạn s=khu vực Bắc Kạn (cũ) ''' + KV + ''']] CĐCS. Toàn tỉnh hiện có [[2.986|ut a pub]] CĐCS với [[231.450|mt a pub]] đoàn viên.

Trong năm, [[1.642|oc a y2025]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[612|wkc a y2025]] doanh nghiệp tổ chức hội nghị người lao động. Các cấp công đoàn giới thiệu [[2.315|pr a y2025]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; [[1.180|pa a y2025]] đồng chí được kết nạp Đảng. Công đoàn cơ sở doanh nghiệp thành lập [[14|wc a y2025]] Ban nữ công quần chúng.

Năm 2026, LĐLĐ tỉnh đề ra chỉ tiêu kết nạp [[15.000|mn t y2026]] đoàn viên, thành lập [[50|un t y2026]] CĐCS, giới thiệu [[2.000|pr t y2026]] đoàn viên ưu tú cho Đảng. Đồng chí Chủ tịch LĐLĐ tỉnh đề nghị các công đoàn xã, phường tập trung rà soát các doanh nghiệp từ 25 lao động trở lên chưa có tổ chức công đoàn để vận động thành lập.

Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng cờ thi đua cho 2 tập thể; LĐLĐ tỉnh tặng bằng khen cho 21 tập thể, 30 cá nhân.

Hồng Nhung
'''))

# ck12 baovinhlong-like, merged Vĩnh Long (+ Bến Tre, Trà Vinh), Tết Bính Ngọ 2026
ARTS.append(('ck12', 'https://baovinhlong.com.vn/xa-hoi/202601/ldld-tinh-danh-hon-85-ty-dong-cham-lo-tet-3198204/',
             '2026-01-27', 'Vĩnh Long', '''Thứ Ba, 27/01/2026 | 15:30

LĐLĐ tỉnh dành hơn [[85 tỷ|sf t y2026 b=o ''' + HEAD + ''']] đồng chăm lo Tết cho đoàn viên, người lao động

(VLO) Theo Liên đoàn Lao động (LĐLĐ) tỉnh Vĩnh Long, dịp Tết Nguyên đán Bính Ngọ năm 2026, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho [[72.540|ben a y2026 ''' + TET + ''']] lượt đoàn viên, người lao động với kinh phí [[48,6 tỷ|sf a y2026]] đồng. Kế hoạch toàn đợt, công đoàn các cấp chăm lo cho [[126.000|ben t y2026 n=kế hoạch -> target (rule 4)]] lượt với tổng kinh phí hơn [[85 tỷ|sf t y2026 b=o]] đồng.

Trong số đoàn viên, người lao động đã được chăm lo, khu vực Bến Tre (cũ) có [[24.310|ben a y2026 r=Bến Tre s=khu vực Bến Tre (cũ) ''' + KV + ''']] lượt, khu vực Trà Vinh (cũ) [[19.870|ben a y2026 r=Trà Vinh s=khu vực Trà Vinh (cũ) ''' + KV + ''']] lượt, khu vực Vĩnh Long (cũ) [[28.360|ben a y2026 s=khu vực Vĩnh Long (cũ) ''' + KV + ''']] lượt. LĐLĐ tỉnh cũng hỗ trợ vé xe cho [[2.400|ben a y2026 n=rule 9: tickets given to members count as beneficiaries]] đoàn viên, người lao động về quê đón Tết trên 60 chuyến xe.

Tại khu vực Bến Tre (cũ), Công đoàn phường Phú Khương phối hợp với các doanh nghiệp trên địa bàn trao [[300|ben a y2026 r=Bến Tre s=Công đoàn phường Phú Khương ''' + WARD + ''']] phần quà, mỗi phần 500.000 đồng, tổng trị giá [[150 triệu|sf a y2026 r=Bến Tre s=Công đoàn phường Phú Khương ''' + WARD + ''']] đồng. Chợ Tết Công đoàn tổ chức ở 3 khu vực với 2.000 phiếu mua hàng miễn phí.

Thanh Thảo
'''))

# ck13 aggregator copy, undated, light damage: merged Hải Phòng (+ Hải Dương), Q1/2026
ARTS.append(('ck13', 'https://baomoi.com/hai-phong-quy-i-thanh-lap-moi-27-cong-doan-co-so-c54120387.epi',
             None, 'Hải Phòng', '''Hải Phòng: Quý I thành lập mới [[27|un a q1-2026 ''' + HEAD + ''']] công đoàn cơ sở

Quý I/2026, Liên đoàn Lao động (LĐLĐ) thành phố Hải Phòng đã thành lập mới [[27|un a q1-2026]] công đoàn cơ sở (CĐCS), kết nạp [[6.318|mn a q1-2026]] đoàn viên, đạt [[21,1%|mn p q1-2026 n=part-way attainment of the year target takes the reporting period]] kế hoạch năm. Khu vuc Hai Duong (cu) thanh lap [[11|un a q1-2026 r=Hải Dương s=khu vực Hải Dương (cũ) ''' + KV + '''; stripped diacritics (damage)]] CDCS, ket nap [[2.4 05|mn a q1-2026 r=Hải Dương s=khu vực Hải Dương (cũ) ''' + KV + '''; damaged 2.4 05 -> 2405 (records.md)]] doan vien.

Dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn thành phố đã chăm lo cho [[l18.650|ben a y2026 n=damaged l18.650 -> 118650; Tết Bính Ngọ 2026 -> the year 2026]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[96 tỷ|sf a y2026 b=o]] đồng. Trong quý I, [[1.048|wkc a q1-2026 n=Trong quý I -> Q1 of the year named before (2026)]] doanh nghiệp đã tổ chức hội nghị người lao động, [[2.210|oc a q1-2026]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức.

Hiện LĐLĐ thành phố có 114 công đoàn xã, phường, đặc khu và 12 công đoàn ngành, Công đoàn các KCN, quản lý [[5.640|ut a null n=undated page, stock null (rule 7)]] CĐCS với [[498.120|mt a null n=undated page, stock null (rule 7)]] đoàn viên.

Quý II/2026, LĐLĐ thành phố phấn đấu kết nạp [[8.000|mn t q2-2026]] đoàn viên, tập trung vào các doanh nghiệp mới tại khu kinh tế ven biển.

Theo Báo Hải Phòng
Copy link
Link bài gốc
'''))

# ck14 baotayninh-like, merged Tây Ninh (+ Long An), 9 months 2025 straddling the merger
ARTS.append(('ck14', 'https://baotayninh.vn/9-thang-ket-nap-gan-19-000-doan-vien-cong-doan-a196204.html',
             '2025-10-16', 'Tây Ninh', '''9 tháng, kết nạp gần [[19.000|mn a f9-2025 b=u ''' + HEAD + ''']] đoàn viên công đoàn

Cập nhật ngày: 16/10/2025 - 10:20

BTN - 9 tháng năm 2025, Liên đoàn Lao động (LĐLĐ) tỉnh Tây Ninh (gồm số liệu của LĐLĐ tỉnh Long An và LĐLĐ tỉnh Tây Ninh trước hợp nhất) kết nạp [[18.906|mn a f9-2025 n=rule 10: the merged federation's sum, including the months before the merger, takes the kept name]] đoàn viên, đạt [[75,6%|mn p f9-2025]] kế hoạch năm; thành lập [[73|un a f9-2025]] công đoàn cơ sở (CĐCS). Cùng kỳ, số đoàn viên giảm [[12.480|ml a f9-2025 n=cùng kỳ -> the 9 months named before]] người, tăng tuyệt đối [[6.426|mnet a f9-2025]] đoàn viên. Khu vực Long An (cũ) chiếm phần lớn với [[12.115|mn a f9-2025 r=Long An s=khu vực Long An (cũ) ''' + KV + ''']] đoàn viên và [[49|un a f9-2025 r=Long An s=khu vực Long An (cũ) ''' + KV + ''']] CĐCS mới.

Công đoàn các cấp ký mới [[96|ca a f9-2025]] bản thỏa ước lao động tập thể; tư vấn pháp luật cho [[2.310|lc a f9-2025]] lượt đoàn viên, người lao động. Ủy ban Kiểm tra LĐLĐ tỉnh kiểm tra tài chính công đoàn tại [[38|fi a f9-2025]] đơn vị.

Hiện toàn tỉnh có [[4.108|ut a pub]] CĐCS với [[583.260|mt a pub]] đoàn viên. 3 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[6.100|mn t l3-2025]] đoàn viên để hoàn thành chỉ tiêu năm 2025.

Vy Khánh
'''))

# ck15 baodanang-like, ward union of the new Đà Nẵng in the old Quảng Nam, Tháng Công nhân 2026
MAY = 'Tháng Công nhân năm 2026 -> May 2026'
WQN = WARD + ' (Tam Kỳ, Quảng Nam)'
ARTS.append(('ck15', 'https://baodanang.vn/cong-doan-phuong-tam-ky-trao-420-suat-qua-cho-cong-nhan-3301562.html',
             '2026-05-20', 'Quảng Nam', '''Thứ Tư, 20/05/2026 14:10

Công đoàn phường Tam Kỳ trao [[420|ben a mo2026-05 s=Công đoàn phường Tam Kỳ ''' + WQN + '''; rule 1 headline repeat]] suất quà cho công nhân

Hưởng ứng Tháng Công nhân năm 2026, Công đoàn phường Tam Kỳ (thành phố Đà Nẵng, khu vực Quảng Nam cũ) đã thăm, tặng [[420|ben a mo2026-05 s=Công đoàn phường Tam Kỳ ''' + WQN + '''; ''' + MAY + ''']] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn, tổng trị giá [[210 triệu|sf a mo2026-05 s=Công đoàn phường Tam Kỳ ''' + WQN + ''']] đồng; phối hợp [[12|wd a mo2026-05 s=Công đoàn phường Tam Kỳ ''' + WQN + ''']] doanh nghiệp tổ chức đối thoại tại nơi làm việc. Trên địa bàn phường, [[36|wmu a mo2026-05 s=Công đoàn phường Tam Kỳ ''' + WQN + ''']] CĐCS tổ chức các hoạt động hưởng ứng Tháng Công nhân.

Hiện Công đoàn phường Tam Kỳ quản lý [[94|ut a pub s=Công đoàn phường Tam Kỳ ''' + WQN + ''']] CĐCS với [[4.870|mt a pub s=Công đoàn phường Tam Kỳ ''' + WQN + ''']] đoàn viên.

Theo Liên đoàn Lao động thành phố Đà Nẵng, trong Tháng Công nhân năm nay, các cấp công đoàn thành phố dự kiến chăm lo cho [[45.000|ben t mo2026-05 r=Đà Nẵng n=rule 10: the new city's federation reports under its kept name; dự kiến -> target]] lượt đoàn viên, người lao động với kinh phí khoảng [[30 tỷ|sf t mo2026-05 r=Đà Nẵng b=a]] đồng; trao [[20|sh t mo2026-05 r=Đà Nẵng]] nhà “Mái ấm Công đoàn”, mỗi nhà 80 triệu đồng.

Ảnh: Đại diện Công đoàn phường trao quà cho công nhân

Tin, ảnh: NGỌC HÀ
'''))
