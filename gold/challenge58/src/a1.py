"""ck01-ck05: merged federations' half-year and year reviews, ward unions founded, Tết Bính Ngọ 2026."""

KV = 'n=rule 10: khu vực X (cũ) part of the merged federation -> the old province X; scope as written'
WARD = 'n=rule 10: a ward union reports for the old province its ward lies in'
HEAD = 'n=rule 1: headline repeat of the body figure takes its region and period'
PART = 'n=part-way attainment of the year target takes the reporting period (challenge42 convention)'

ARTS = []

# ck01 baoangiang-like, merged An Giang (+ Kiên Giang), H1 2025 reported after the merger
ARTS.append(('ck01', 'https://baoangiang.com.vn/ldld-tinh-an-giang-so-ket-6-thang-dau-nam-2025-a4712306.html',
             '2025-07-24', 'An Giang', '''Thứ Năm, 24/07/2025 | 08:40

LĐLĐ tỉnh An Giang: 6 tháng đầu năm kết nạp hơn [[9.200|mn a h1-2025 b=o ''' + HEAD + ''']] đoàn viên

(BAG) - Ngày 23/7, Liên đoàn Lao động (LĐLĐ) tỉnh An Giang tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị sơ kết đầu tiên của LĐLĐ tỉnh sau khi hợp nhất LĐLĐ tỉnh An Giang và LĐLĐ tỉnh Kiên Giang theo Nghị quyết số 202/2025/QH15 của Quốc hội.

Báo cáo do LĐLĐ tỉnh tổng hợp từ số liệu của hai đơn vị trước hợp nhất cho thấy, 6 tháng đầu năm 2025, các cấp công đoàn trong tỉnh thành lập mới [[41|un a h1-2025]] công đoàn cơ sở (CĐCS), kết nạp [[9.236|mn a h1-2025]] đoàn viên, đạt [[58,4%|mn p h1-2025 ''' + PART + ''']] chỉ tiêu năm. Trong đó, khu vực Kiên Giang (cũ) thành lập [[17|un a h1-2025 r=Kiên Giang s=khu vực Kiên Giang (cũ) ''' + KV + ''']] CĐCS, kết nạp [[3.915|mn a h1-2025 r=Kiên Giang s=khu vực Kiên Giang (cũ) ''' + KV + ''']] đoàn viên.

Công tác chăm lo tiếp tục được quan tâm. Các cấp công đoàn đã thăm hỏi, tặng quà, hỗ trợ [[31.540|ben a h1-2025]] lượt đoàn viên, người lao động với tổng kinh phí [[24,7 tỷ|sf a h1-2025]] đồng; xây mới, sửa chữa [[28|sh a h1-2025]] nhà “Mái ấm Công đoàn”. Công đoàn các cấp tổ chức và tham gia [[126|sv a h1-2025]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động; phối hợp với người sử dụng lao động tổ chức đối thoại tại nơi làm việc ở [[212|wd a h1-2025]] doanh nghiệp.

Sau sắp xếp, LĐLĐ tỉnh An Giang có 11 công đoàn ngành, Công đoàn các KCN và 102 công đoàn xã, phường, đặc khu trực thuộc, hiện quản lý [[3.486|ut a pub]] CĐCS với [[212.604|mt a pub]] đoàn viên.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[6.600|mn t l6-2025]] đoàn viên, thành lập [[30|un t l6-2025]] CĐCS; sớm ổn định tổ chức, bộ máy công đoàn cấp xã, bảo đảm hoạt động thông suốt, không để gián đoạn quyền lợi của đoàn viên.

Quang cảnh hội nghị. Ảnh: HỮU HUY

HỮU HUY
'''))

# ck02 baogialai-like, ward union of the new Gia Lai in the old Bình Định
ARTS.append(('ck02', 'https://baogialai.com.vn/ra-mat-cong-doan-phuong-quy-nhon-dong-post561204.html',
             '2025-07-11', 'Gia Lai', '''Thứ Sáu, 11/07/2025, 16:20 (GMT+7)

Ra mắt Công đoàn phường Quy Nhơn Đông

(GLO)- Sáng 11-7, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Gia Lai tổ chức công bố quyết định thành lập Công đoàn phường Quy Nhơn Đông và chỉ định Ban Chấp hành lâm thời gồm 9 đồng chí.

Công đoàn phường Quy Nhơn Đông được thành lập trên cơ sở tiếp nhận các CĐCS trước đây do LĐLĐ TP. Quy Nhơn (tỉnh Bình Định cũ) quản lý, đóng trên địa bàn phường. Hiện Công đoàn phường quản lý [[38|ut a pub r=Bình Định s=Công đoàn phường Quy Nhơn Đông ''' + WARD + ''' (Quy Nhơn, Bình Định)]] CĐCS với [[1.954|mt a pub r=Bình Định s=Công đoàn phường Quy Nhơn Đông ''' + WARD + ''']] đoàn viên, trong đó có [[9|ut a pub r=Bình Định s=doanh nghiệp ngoài nhà nước ''' + WARD + '''; rule 6 breakdown]] CĐCS doanh nghiệp ngoài nhà nước.

Tại buổi lễ, Công đoàn phường đã trao [[20|ben a pub r=Bình Định s=Công đoàn phường Quy Nhơn Đông ''' + WARD + '''; no period phrase, publication day]] suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 500.000 đồng, tổng trị giá [[10 triệu|sf a pub r=Bình Định s=Công đoàn phường Quy Nhơn Đông ''' + WARD + ''']] đồng.

Phát biểu giao nhiệm vụ, Phó Chủ tịch LĐLĐ tỉnh Gia Lai đề nghị Ban Chấp hành lâm thời sớm xây dựng quy chế làm việc, nắm chắc tình hình đoàn viên, người lao động trên địa bàn. Trong 6 tháng cuối năm 2025, Công đoàn phường phấn đấu phát triển [[300|mn t l6-2025 r=Bình Định s=Công đoàn phường Quy Nhơn Đông ''' + WARD + ''']] đoàn viên, thành lập [[3|un t l6-2025 r=Bình Định s=Công đoàn phường Quy Nhơn Đông ''' + WARD + ''']] CĐCS ở các doanh nghiệp có từ 25 lao động trở lên.

Theo LĐLĐ tỉnh Gia Lai, đến nay toàn tỉnh đã ra mắt 135 công đoàn xã, phường. LĐLĐ tỉnh hiện quản lý [[4.812|ut a pub]] CĐCS với [[186.540|mt a pub]] đoàn viên.

MINH NHẬT
'''))

# ck03 Lao Động page, ward union of the new Ninh Bình in the old Nam Định
ARTS.append(('ck03', 'https://laodong.vn/cong-doan/cong-doan-phuong-nam-dinh-ket-nap-215-doan-vien-1561402.ldo',
             '2025-08-19', 'Nam Định', '''Công đoàn phường Nam Định kết nạp [[215|mn a 2025-07-01..2025-08-19 s=Công đoàn phường Nam Định ''' + WARD + '''; rule 1 headline repeat]] đoàn viên sau hơn 1 tháng hoạt động

Lao Động | 19/08/2025 14:05

Ngày 18.8, Công đoàn phường Nam Định (tỉnh Ninh Bình) tổ chức hội nghị đánh giá hoạt động sau hơn 1 tháng thực hiện mô hình chính quyền địa phương 2 cấp.

Công đoàn phường Nam Định được thành lập trên cơ sở các CĐCS trước đây thuộc LĐLĐ TP Nam Định, tỉnh Nam Định. Từ ngày 1.7 đến nay, Công đoàn phường đã thành lập mới [[4|un a 2025-07-01..2025-08-19 s=Công đoàn phường Nam Định ''' + WARD + '''; từ ngày 1.7 đến nay, year of publication]] CĐCS, kết nạp [[215|mn a 2025-07-01..2025-08-19 s=Công đoàn phường Nam Định ''' + WARD + ''']] đoàn viên; thăm hỏi, hỗ trợ [[47|ben a 2025-07-01..2025-08-19 s=Công đoàn phường Nam Định ''' + WARD + ''']] đoàn viên ốm đau, có hoàn cảnh khó khăn với số tiền [[38,5 triệu|sf a 2025-07-01..2025-08-19 s=Công đoàn phường Nam Định ''' + WARD + ''']] đồng.

Hiện Công đoàn phường Nam Định quản lý [[126|ut a pub s=Công đoàn phường Nam Định ''' + WARD + ''']] CĐCS với [[9.870|mt a pub s=Công đoàn phường Nam Định ''' + WARD + ''']] đoàn viên, là một trong những công đoàn cấp xã có số đoàn viên đông nhất tỉnh.

Ông Trần Văn Hưng - Chủ tịch Công đoàn phường Nam Định cho biết, từ nay đến cuối năm 2025, đơn vị phấn đấu kết nạp [[500|mn t 2025-08-19..2025-12-31 s=Công đoàn phường Nam Định ''' + WARD + '''; từ nay đến cuối năm read as publication day to year end]] đoàn viên, tập trung vào các hộ kinh doanh và doanh nghiệp nhỏ mới thành lập.

Theo LĐLĐ tỉnh Ninh Bình, sau sắp xếp, toàn tỉnh có 129 công đoàn xã, phường; LĐLĐ tỉnh hiện quản lý [[7.562|ut a pub r=Ninh Bình n=rule 10: the new province's federation reports under its kept name]] CĐCS với [[401.236|mt a pub r=Ninh Bình n=rule 10: the new province's federation reports under its kept name]] đoàn viên.

Nam Dương
'''))

# ck04 baodongnai-like, merged Đồng Nai (+ Bình Phước), year 2025 review
ARTS.append(('ck04', 'https://baodongnai.com.vn/xa-hoi/202512/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2025-6f31b2c/',
             '2025-12-26', 'Đồng Nai', '''Năm 2025: Các cấp công đoàn kết nạp hơn [[52.000|mn a y2025 b=o ''' + HEAD + ''']] đoàn viên

Cập nhật lúc 10:15, Thứ Sáu, 26/12/2025 (GMT+7)

(ĐN)- Ngày 25-12, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025, dù phải vừa thực hiện nhiệm vụ chuyên môn, vừa sắp xếp tổ chức bộ máy sau hợp nhất với LĐLĐ tỉnh Bình Phước, các cấp công đoàn trong tỉnh đã kết nạp [[52.318|mn a y2025]] đoàn viên, thành lập [[164|un a y2025]] công đoàn cơ sở (CĐCS), vượt [[9%|un p y2025 v=109 n=records.md: vượt 9% kế hoạch is 109% of the target; bound exact as in challenge42]] kế hoạch. Riêng khu vực Bình Phước (cũ) kết nạp [[11.042|mn a y2025 r=Bình Phước s=khu vực Bình Phước (cũ) ''' + KV + ''']] đoàn viên, thành lập [[37|un a y2025 r=Bình Phước s=khu vực Bình Phước (cũ) ''' + KV + ''']] CĐCS.

Cũng trong năm, số đoàn viên giảm [[38.410|ml a y2025]] người do doanh nghiệp giải thể, cắt giảm lao động; [[96|ud a y2025]] CĐCS giải thể. Toàn tỉnh hiện có [[5.126|ut a pub]] CĐCS với [[712.450|mt a pub]] đoàn viên.

Công tác chăm lo được các cấp công đoàn triển khai thường xuyên với hơn [[486.000|ben a y2025 b=o]] lượt đoàn viên, người lao động được thăm hỏi, tặng quà, hỗ trợ, tổng kinh phí trên [[312 tỷ|sf a y2025 b=o]] đồng. LĐLĐ tỉnh hỗ trợ xây dựng [[62|sh a y2025]] “Mái ấm Công đoàn” với số tiền [[3,1 tỷ|shf a y2025]] đồng. Công đoàn các cấp phối hợp ký kết [[214|ca a y2025]] bản thỏa ước lao động tập thể.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[50.000|mn t y2026]] đoàn viên, thành lập [[150|un t y2026]] CĐCS.

Dịp này, UBND tỉnh tặng bằng khen cho 18 tập thể, 25 cá nhân có thành tích xuất sắc trong phong trào công nhân, viên chức, lao động năm 2025.

Hải Quân
'''))

# ck05 baolamdong-like, merged Lâm Đồng (+ Bình Thuận, Đắk Nông), Tết Bính Ngọ 2026
TET = 'n=Tết Bính Ngọ 2026 -> the year 2026 (challenge42 convention)'
ARTS.append(('ck05', 'https://baolamdong.vn/cong-doan-cham-lo-tet-binh-ngo-2026-412870.html',
             '2026-02-05', 'Lâm Đồng', '''Thứ Năm, 05/02/2026 08:12

LĐLĐ tỉnh Lâm Đồng chăm lo Tết cho gần [[98.000|ben a y2026 b=u ''' + HEAD + ''']] lượt đoàn viên, người lao động

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Lâm Đồng, dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho [[97.860|ben a y2026 ''' + TET + ''']] lượt đoàn viên, người lao động với tổng kinh phí hơn [[72,4 tỷ|sf a y2026 b=o ''' + TET + ''']] đồng. Trong đó, khu vực Lâm Đồng (cũ) [[38.125|ben a y2026 s=khu vực Lâm Đồng (cũ) ''' + KV + ''']] lượt, khu vực Bình Thuận (cũ) [[42.310|ben a y2026 r=Bình Thuận s=khu vực Bình Thuận (cũ) ''' + KV + ''']] lượt, khu vực Đắk Nông (cũ) [[17.425|ben a y2026 r=Đắk Nông s=khu vực Đắk Nông (cũ) ''' + KV + ''']] lượt.

Chương trình “Tết Sum vầy” do LĐLĐ tỉnh tổ chức ở cả 3 khu vực đã trao [[1.500|ben a y2026 s=Chương trình “Tết Sum vầy” n=rule 9: gift packages count as beneficiaries]] suất quà, mỗi suất trị giá 1 triệu đồng; tặng [[320|ben a y2026 s=Chương trình “Tết Sum vầy” n=rule 9: tickets given to members count as beneficiaries]] vé xe cho đoàn viên về quê đón Tết. Tại các gian hàng “Chợ Tết Công đoàn”, ban tổ chức phát 4.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

Tại khu vực Bình Thuận (cũ), Công đoàn phường Phan Thiết phối hợp với doanh nghiệp trao [[200|ben a y2026 r=Bình Thuận s=Công đoàn phường Phan Thiết ''' + WARD + ''']] suất quà cho công nhân lao động có hoàn cảnh khó khăn không có điều kiện về quê.

Bà Nguyễn Thị Thu Hà, Chủ tịch LĐLĐ tỉnh cho biết, đây là năm đầu tiên công tác chăm lo Tết được triển khai đồng bộ trên địa bàn tỉnh mới với 124 xã, phường, đặc khu.

K.PHƯƠNG
'''))
