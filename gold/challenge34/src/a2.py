# an06-an10
ARTS = []

ARTS.append(('an06', 'http://ldldnamdinh.org.vn/tin-tuc/hoat-dong-tu-van-phap-luat-cho-doan-vien-nguoi-lao-dong-1842.html', None, 'Nam Định', """\
LIÊN ĐOÀN LAO ĐỘNG TỈNH NAM ĐỊNH
Trang chủ | Tin tức - Sự kiện | Chính sách pháp luật

Hơn [[1.200|lc a h1-2020 b=o n=headline repeat of the body 1.268 (rounded), takes its period (gold README 1)]] lượt đoàn viên, người lao động được tư vấn pháp luật

Trung tâm Tư vấn pháp luật Công đoàn tỉnh Nam Định vừa tổ chức buổi tư vấn pháp luật trực tiếp tại Công ty TNHH May Sông Hồng (huyện Xuân Trường), thu hút khoảng 400 công nhân tham dự.

Theo báo cáo của Trung tâm, 6 tháng đầu năm 2020, Trung tâm đã tư vấn pháp luật cho [[1.268|lc a h1-2020]] lượt đoàn viên, người lao động, trong đó tư vấn qua đường dây nóng gần [[700|lc a h1-2020 b=u s=qua đường dây nóng]] lượt; tham gia bảo vệ quyền lợi cho 11 người lao động trong các vụ tranh chấp lao động, giúp người lao động nhận lại hơn 430 triệu đồng tiền lương, bảo hiểm xã hội.

LĐLĐ tỉnh cũng đã phối hợp với các sở, ngành tổ chức [[26|sv a h1-2020 n=no period phrase in the sentence -> the nearest earlier one, 6 tháng đầu năm 2020 (records.md periods)]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại doanh nghiệp; mở [[9|tr a h1-2020]] lớp tập huấn pháp luật lao động, tuyên truyền, phổ biến pháp luật cho [[15.600|te a h1-2020]] lượt đoàn viên, người lao động.

Cán bộ Trung tâm Tư vấn pháp luật Công đoàn tỉnh giải đáp thắc mắc cho công nhân.

Đường dây nóng tư vấn pháp luật: 0228 3 849 186

Thống kê truy cập
Đang online: 27
Hôm nay: 612
Tổng lượt truy cập: 1,904,377
"""))

ARTS.append(('an07', 'https://baovinhphuc.com.vn/tin-tuc/thoi-su/hon-51000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-97412.html', '2023-01-17', 'Vĩnh Phúc', """\
Hơn [[51.000|ben a y2023 b=o n=headline repeat of the body 51.274, takes its period (gold README 1)]] đoàn viên, người lao động được chăm lo Tết

Cập nhật: Thứ Ba, 17/01/2023 09:12

Tết Nguyên đán Quý Mão 2023, các cấp công đoàn tỉnh Vĩnh Phúc đã thăm hỏi, tặng quà cho [[51.274|ben a y2023 n=Tết Quý Mão 2023 -> the Tết year 2023]] đoàn viên, người lao động với tổng kinh phí trên [[32,6 tỷ|sf a y2023 b=o]] đồng. Trong đó, Công đoàn các Khu công nghiệp tỉnh chăm lo cho [[18.930|ben a y2023 s=Công đoàn các Khu công nghiệp]] lượt công nhân, với kinh phí [[11,2 tỷ|sf a y2023 s=Công đoàn các Khu công nghiệp]] đồng.

Chương trình "Tết sum vầy" năm 2023 do LĐLĐ tỉnh tổ chức tại Khu công nghiệp Bá Thiện đã trao [[1.000|ben a y2023 s=Chương trình Tết sum vầy tại Khu công nghiệp Bá Thiện n=gift packages -> beneficiaries (gold README 9); mỗi suất 1 triệu đồng is a per-item amount]] suất quà, mỗi suất trị giá 1 triệu đồng; tặng [[600|ben a y2023 s=Chương trình Tết sum vầy tại Khu công nghiệp Bá Thiện n=bus tickets given to workers -> beneficiaries (gold README 9)]] vé xe cho công nhân về quê đón Tết. Tại gian hàng "Chợ Tết Công đoàn", Ban tổ chức phát 2.000 phiếu mua hàng 0 đồng cho đoàn viên.

Lãnh đạo tỉnh trao quà Tết cho công nhân Khu công nghiệp Bá Thiện.

Dịp Tết Nhâm Dần 2022, các cấp công đoàn trong tỉnh đã chăm lo cho khoảng [[47.000|ben a y2022 b=a]] đoàn viên, người lao động.

Thế Hùng

Chia sẻ: Facebook | Zalo | Twitter
"""))

ARTS.append(('an08', 'https://baobinhdinh.com.vn/viewer.aspx?macm=5&macmp=5&mabb=78412', '2016-08-23', 'Bình Định', """\
Kiểm tra tài chính công đoàn tại [[58|fi a f7-2016 n=headline repeat of the body figure, takes its period (gold README 1)]] đơn vị

Thứ Ba, 23/08/2016, 14:05 [GMT+7]

(BĐ) - Theo Ủy ban Kiểm tra LĐLĐ tỉnh, 7 tháng đầu năm 2016, Ủy ban Kiểm tra các cấp công đoàn trong tỉnh đã tiến hành kiểm tra tài chính đồng cấp và cấp dưới tại [[58|fi a f7-2016 n=kiểm tra tài chính tại 58 đơn vị -> 58 financial inspections]] đơn vị, đạt [[72,5%|fi p f7-2016 n=part-way attainment of the year plan, dated to the reporting period (challenge21 rule)]] kế hoạch năm; qua kiểm tra, kiến nghị thu hồi hơn 126 triệu đồng chi sai nguyên tắc.

Ngoài ra, các cấp công đoàn đã tổ chức [[19|sv a f7-2016 n=inspections of the Điều lệ held -> supervisions (indicators.tsv)]] cuộc kiểm tra việc chấp hành Điều lệ Công đoàn và tham gia [[32|sv a f7-2016]] cuộc giám sát cùng các cơ quan chức năng về việc thực hiện chế độ, chính sách đối với người lao động. Đến hết tháng 7, toàn tỉnh thu kinh phí công đoàn được 21,8 tỷ đồng, đạt 61% dự toán.

Kế hoạch năm 2016, Ủy ban Kiểm tra các cấp công đoàn sẽ kiểm tra tài chính tại [[80|fi t y2016]] đơn vị.

NGỌC NHUẬN

Các tin khác:
- Quy Nhơn: 12 công đoàn cơ sở được thành lập mới
- LĐLĐ tỉnh khen thưởng 35 tập thể, cá nhân
"""))

ARTS.append(('an09', 'https://baogialai.com.vn/cong-doan-phuong-quy-nhon-nam-trao-320-suat-qua-tet-cho-doan-vien-post571204.html', '2026-01-30', 'Gia Lai', """\
Công đoàn phường Quy Nhơn Nam trao [[320|ben a y2026 s=Công đoàn phường Quy Nhơn Nam r=Bình Định n=headline repeat of the body figure (gold README 1); ward named after the old city: region by the province's name before the merger (records.md region field), Bình Định; region_2025 Gia Lai (session 10 correction)]] suất quà Tết cho đoàn viên

30/01/2026 - 17:45

(GLO)- Chiều 29/1, Công đoàn phường Quy Nhơn Nam (tỉnh Gia Lai) tổ chức chương trình "Tết sum vầy - Xuân ơn Đảng" năm 2026, trao [[320|ben a y2026 s=Công đoàn phường Quy Nhơn Nam r=Bình Định n=ward union of the merged province -> region Gia Lai with the ward as scope (gold README 10); ward named after the old city: region by the province's name before the merger (records.md region field), Bình Định; region_2025 Gia Lai (session 10 correction)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, tổng trị giá [[256 triệu|sf a y2026 s=Công đoàn phường Quy Nhơn Nam r=Bình Định n=ward named after the old city: region by the province's name before the merger (records.md region field), Bình Định; region_2025 Gia Lai (session 10 correction)]] đồng.

Mỗi suất quà gồm 500.000 đồng tiền mặt và các nhu yếu phẩm trị giá 300.000 đồng.

Theo Liên đoàn Lao động tỉnh Gia Lai, dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn trong tỉnh dự kiến chăm lo cho khoảng [[62.000|ben t y2026 b=a n=dự kiến -> target (gold README 4)]] đoàn viên, người lao động với tổng kinh phí hơn [[45 tỷ|sf t y2026 b=o]] đồng. Tính đến ngày 28/1, đã có [[38.415|ben a y2026 n=Tính đến ngày 28/1 is a date -> the nearest earlier period phrase, Tết 2026 (records.md periods)]] đoàn viên, người lao động được thăm hỏi, tặng quà với số tiền [[27,9 tỷ|sf a y2026]] đồng; trong đó khu vực Bình Định (cũ) là [[24.760|ben a y2026 r=Bình Định s=khu vực Bình Định (cũ)]] người.

Lãnh đạo Công đoàn phường Quy Nhơn Nam trao quà Tết cho đoàn viên.

QUANG TUẤN

Tin liên quan:
- Gia Lai: Hơn 1.200 công nhân được tặng vé xe về quê ăn Tết
- Chợ Tết Công đoàn năm 2026 có 45 gian hàng
"""))

ARTS.append(('an10', 'https://baoquangnam.vn/dai-hoi-cong-doan-huyen-nui-thanh-lan-thu-viii-3141577.html', None, 'Quảng Nam', """\
Đại hội Công đoàn huyện Núi Thành lần thứ VIII

HOÀNG LIÊN |

Ngày 14.6, Liên đoàn Lao động huyện Núi Thành tổ chức Đại hội Công đoàn huyện lần thứ VIII, nhiệm kỳ 2023 - 2028, với 150 đại biểu đại diện cho hơn [[6.700|mt a null b=o s=LĐLĐ huyện Núi Thành n=members represented by the delegates: a rounded repeat of the stock 6.746 (gold README 1); a stock with no publication date -> null..null (gold README 7)]] đoàn viên công đoàn trong huyện tham dự.

Nhiệm kỳ 2018 - 2023, các cấp công đoàn huyện đã kết nạp mới [[3.952|mn a t2018-2023 s=LĐLĐ huyện Núi Thành n=district union -> its province with a scope (records.md regions)]] đoàn viên, thành lập mới [[27|un a t2018-2023 s=LĐLĐ huyện Núi Thành]] CĐCS, đạt [[135%|un p t2018-2023 s=LĐLĐ huyện Núi Thành n=the attainment follows the unions founded only]] chỉ tiêu nghị quyết đại hội; giới thiệu [[186|pr a t2018-2023 s=LĐLĐ huyện Núi Thành]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[121|pa a t2018-2023 s=LĐLĐ huyện Núi Thành]] đồng chí đã được kết nạp. Hiện LĐLĐ huyện quản lý [[118|ut a null s=LĐLĐ huyện Núi Thành]] CĐCS với [[6.746|mt a null s=LĐLĐ huyện Núi Thành]] đoàn viên.

Đại hội đề ra mục tiêu nhiệm kỳ 2023 - 2028: phát triển mới ít nhất [[3.500|mn t t2023-2028 b=o s=LĐLĐ huyện Núi Thành]] đoàn viên, thành lập [[20|un t t2023-2028 s=LĐLĐ huyện Núi Thành]] CĐCS; xây dựng, sửa chữa [[15|sh t t2023-2028 s=LĐLĐ huyện Núi Thành]] nhà "Mái ấm Công đoàn"; 80% CĐCS đạt tiêu chuẩn vững mạnh.

Đại hội đã bầu 23 đồng chí vào Ban Chấp hành LĐLĐ huyện khóa VIII và 5 đại biểu dự Đại hội Công đoàn tỉnh Quảng Nam lần thứ XIV.

TAGS
Núi Thành | Đại hội công đoàn | LĐLĐ huyện
"""))
