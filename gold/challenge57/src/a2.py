"""challenge57 articles cj06-cj10 (status, targets and progress)."""

ARTS = []

# cj06: TP HCM, January 2022: year targets given out, last year's shortfall, Tết plan
ARTS.append(('cj06', 'https://laodong.vn/cong-doan/tphcm-giao-chi-tieu-phat-trien-60000-doan-vien-nam-2022-989412.ldo',
             '2022-01-05', 'Hồ Chí Minh', """Công đoàn

TPHCM giao chỉ tiêu phát triển [[60.000|mn t y2022 n=headline repeat of the 2022 target (gold README 1)]] đoàn viên năm 2022

Nam Dương | Thứ Tư, 05/01/2022 16:30

Năm 2022, Liên đoàn Lao động TPHCM giao chỉ tiêu cho các công đoàn cấp trên trực tiếp cơ sở phát triển [[60.000|mn t y2022]] đoàn viên, thành lập [[200|un t y2022]] công đoàn cơ sở trong các doanh nghiệp ngoài nhà nước.

Năm 2021, do ảnh hưởng nặng nề của đợt dịch COVID-19 lần thứ tư, các cấp công đoàn thành phố chỉ kết nạp được [[42.310|mn a y2021]] đoàn viên, đạt [[70,5%|mn p y2021]] chỉ tiêu; thành lập [[146|un a y2021]] công đoàn cơ sở, đạt [[73%|un p y2021 n=đạt 73% following a chỉ tiêu figure -> attainment of unions_new (gold README 4)]]. Trong khi đó, số đoàn viên giảm do doanh nghiệp giải thể, NLĐ nghỉ việc, về quê lên tới [[186.500|ml a y2021]] người. Hiện thành phố có [[1,42 triệu|mt a pub]] đoàn viên đang sinh hoạt tại hơn [[11.000|ut a pub b=o]] công đoàn cơ sở.

Đối với Chương trình "Phúc lợi đoàn viên công đoàn", năm 2021, LĐLĐ TPHCM đã ký kết [[38|wp a y2021]] thỏa thuận hợp tác với các doanh nghiệp; năm 2022 phấn đấu ký thêm [[20|wp t y2022]] thỏa thuận, ưu tiên các lĩnh vực siêu thị, y tế, nhà trọ và vận tải.

Để chăm lo Tết Nhâm Dần 2022, LĐLĐ TPHCM dự kiến chăm lo cho khoảng [[800.000|ben t y2022 b=a]] lượt đoàn viên, NLĐ với tổng kinh phí trên [[750 tỷ|sf t y2022 b=o]] đồng, trong đó ưu tiên NLĐ mất việc, giảm thu nhập, F0 và gia đình có người mất do dịch bệnh. Mỗi suất quà trị giá từ 500.000 đồng trở lên.

Bình luận (0)
"""))

# cj07: Nghệ An, August 2017: Mái ấm plan and progress; damage: one paragraph without diacritics
ARTS.append(('cj07', 'https://baonghean.vn/moi-ban-giao-28-60-nha-mai-am-cong-doan-187345.html',
             '2017-08-22', 'Nghệ An', """Nghệ An: Mới bàn giao [[28/60|sh a y2017 n=x/y headline: 28 houses handed over of the 60 planned (gold README 1, 3); the period of the body statement]] nhà Mái ấm Công đoàn

Thứ Ba, 22/08/2017 - 09:05

(Baonghean.vn) - Theo kế hoạch năm 2017, LĐLĐ tỉnh Nghệ An hỗ trợ xây mới, sửa chữa [[60|sh t y2017]] nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở với tổng kinh phí dự kiến [[2,4 tỷ|shf t y2017]] đồng. Đến nay, đã có [[28|sh a y2017 n=the sentence continues the plan of năm 2017 (records.md nearest earlier period phrase)]] nhà hoàn thành, bàn giao, đạt [[46,7%|sh p y2017]] kế hoạch; số nhà còn lại đang được các địa phương khẩn trương hoàn thiện.

Tu dau nam den nay, Quy Mai am Cong doan tinh da giai ngan [[1,26 ty|shf a 2017-01-01..2017-08-22 v=1260000000 n=scraping damage: stripped diacritics, 1,26 ty -> 1,26 tỷ (gold README 3); từ đầu năm đến nay -> 1 January to publication]] dong ho tro xay, sua nha cho doan vien. Muc ho tro moi nha tu 30 den 50 trieu dong, tuy theo muc do kho khan.

Năm 2016, toàn tỉnh đã bàn giao [[55|sh a y2016]] nhà Mái ấm Công đoàn, vượt [[10%|sh p y2016 v=110 n=vượt 10% kế hoạch -> 110 (records.md status)]] kế hoạch.

Trong quý IV, LĐLĐ tỉnh sẽ tập trung hoàn thành [[32|sh t q4-2017 n=sẽ tập trung hoàn thành -> target; quý IV without year -> publication year (gold README 8)]] nhà còn lại, phấn đấu bàn giao toàn bộ trước ngày 31/12/2017.

Thanh Quỳnh

Số lượt đọc: 2.418
"""))

# cj08: Kiên Giang, undated: Workers' Month launch with planned activities, first gifts, last year's month
ARTS.append(('cj08', 'http://congdoankiengiang.org.vn/tin-hoat-dong/phat-dong-thang-cong-nhan-nam-2019-2187.html',
             None, 'Kiên Giang', """Kiên Giang: Tháng Công nhân 2019 dự kiến chăm lo [[3.500|ben t mo2019-05 n=headline repeat of the planned gifts; Tháng Công nhân năm 2019 -> May 2019 (records.md periods)]] đoàn viên

Sáng 2/5, tại KCN Thạnh Lộc, LĐLĐ tỉnh Kiên Giang tổ chức lễ phát động Tháng Công nhân năm 2019 với chủ đề "Công nhân Việt Nam học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".

Theo kế hoạch, trong Tháng Công nhân năm nay, các cấp công đoàn dự kiến thăm, tặng [[3.500|ben t mo2019-05]] suất quà cho đoàn viên, CNLĐ có hoàn cảnh khó khăn với kinh phí khoảng [[1,75 tỷ|sf t mo2019-05 b=a]] đồng; phối hợp tổ chức [[40|wd t mo2019-05]] cuộc đối thoại tại nơi làm việc; xây mới [[10|sh t mo2019-05 n=item of the Tháng Công nhân plan takes the heading's period (gold README 8)]] nhà "Mái ấm Công đoàn". LĐLĐ tỉnh phấn đấu có [[320|wmu t mo2019-05]] CĐCS tổ chức các hoạt động hưởng ứng Tháng Công nhân.

Ngay tại lễ phát động, LĐLĐ tỉnh đã trao [[200|ben a mo2019-05 n=Sáng 2/5 has no year; nearest earlier period phrase Tháng Công nhân năm 2019 (records.md periods)]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm.

Tháng Công nhân năm 2018, các cấp công đoàn trong tỉnh đã thăm, tặng [[3.120|ben a mo2018-05]] suất quà trị giá [[1,56 tỷ|sf a mo2018-05]] đồng; tổ chức [[34|wd a mo2018-05]] cuộc đối thoại giữa người sử dụng lao động và NLĐ.

Trong tháng, LĐLĐ tỉnh cũng sẽ tổ chức giải bóng đá công nhân với 16 đội tham gia và hội thi "An toàn, vệ sinh viên giỏi".

Ngọc Trân
"""))

# cj09: Quảng Ngãi, end of 2021: year results against plan, comparisons, net change, 2022 targets
ARTS.append(('cj09', 'https://baoquangngai.vn/xa-hoi/lao-dong-viec-lam/202112/quang-ngai-ket-nap-4620-doan-vien-vuot-ke-hoach-nam-2021-3115478/',
             '2021-12-28', 'Quảng Ngãi', """Quảng Ngãi: Kết nạp [[4.620|mn a y2021 n=headline repeat (gold README 1)]] đoàn viên, vượt kế hoạch năm 2021

Thứ Ba, 28/12/2021 - 10:12

(Baoquangngai.vn) - Ngày 27/12, LĐLĐ tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2021. Trong năm, các cấp công đoàn đã kết nạp [[4.620|mn a y2021]] đoàn viên, đạt [[115,5%|mn p y2021]] kế hoạch, tăng 580 đoàn viên so với năm 2020; thành lập [[31|un a y2021]] CĐCS, vượt [[3,3%|un p y2021 v=103.3 n=vượt 3,3% kế hoạch -> 103.3 (records.md status)]] kế hoạch.

Cũng trong năm, do doanh nghiệp giải thể, ngừng hoạt động vì dịch bệnh, toàn tỉnh giải thể [[12|ud a y2021]] CĐCS, giảm [[2.480|ml a y2021]] đoàn viên. Tổng số đoàn viên hiện nay là [[71.850|mt a pub]] người, tăng [[2.140|mnet a 2021-01-01..2021-12-28 n=net change since the end of 2020, beside a stock -> members_net from 1 January to publication (records.md periods, từ đầu năm đến nay)]] đoàn viên so với cuối năm 2020; toàn tỉnh có [[1.012|ut a pub n=stock in the same current statement -> publication (gold README 7)]] CĐCS, tăng [[19|unet a 2021-01-01..2021-12-28 n=net change of unions since the end of 2020 -> unions_net, same period as the members_net figure]] CĐCS.

Công đoàn các cấp đã chăm lo cho [[36.400|ben a y2021]] lượt đoàn viên, NLĐ với tổng kinh phí [[14,6 tỷ|sf a y2021]] đồng, trong đó hỗ trợ NLĐ bị ảnh hưởng bởi dịch COVID-19 theo Nghị quyết 68/NQ-CP và các gói hỗ trợ của Tổng LĐLĐ Việt Nam.

Năm 2022, LĐLĐ tỉnh phấn đấu kết nạp [[4.500|mn t y2022]] đoàn viên, thành lập [[30|un t y2022]] CĐCS; tăng tỷ lệ tập hợp đoàn viên khu vực ngoài nhà nước lên 75%.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 30 tập thể, 45 cá nhân.

P.Lý
"""))

# cj10: Gia Lai after the merger, December 2025: Tết 2026 plan by old-province area, 2025 results
ARTS.append(('cj10', 'https://baogialai.com.vn/du-kien-cham-lo-tet-cho-hon-52000-doan-vien-nguoi-lao-dong-post572214.html',
             '2025-12-16', 'Gia Lai', """Gia Lai: Dự kiến chăm lo Tết cho hơn [[52.000|ben t y2026 b=o n=headline repeat of the Tết Bính Ngọ 2026 plan -> the year 2026 (gold README 1)]] đoàn viên, người lao động

Thứ Ba, 16/12/2025, 15:10

(GLO)- Chiều 16/12, Ban Thường vụ LĐLĐ tỉnh Gia Lai ban hành kế hoạch tổ chức các hoạt động chăm lo Tết Nguyên đán Bính Ngọ năm 2026. Theo kế hoạch, các cấp công đoàn trong tỉnh dự kiến thăm, tặng quà cho hơn [[52.000|ben t y2026 b=o n=merged federation under its kept name (gold README 10); Tết Bính Ngọ 2026 -> 2026]] đoàn viên, NLĐ với tổng kinh phí khoảng [[39,5 tỷ|sf t y2026 b=a]] đồng. Trong đó, khu vực Bình Định (cũ) khoảng [[30.800|ben t y2026 b=a r=Bình Định s=khu vực Bình Định (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] người, khu vực Gia Lai (cũ) khoảng [[21.400|ben t y2026 b=a r=Gia Lai s=khu vực Gia Lai (cũ) n=khu vực Gia Lai (cũ) -> old Gia Lai, same name as the new province (gold README 10)]] người.

LĐLĐ tỉnh sẽ tổ chức chương trình "Tết Sum vầy" tại 4 điểm là Quy Nhơn, An Nhơn, Pleiku và KCN Trà Đa; trao [[2.000|ben t y2026 n=planned tickets given to members -> beneficiaries target (gold README 9)]] vé xe, vé tàu cho đoàn viên về quê đón Tết. Mức quà tối thiểu 500.000 đồng/suất.

Năm 2025, dù trải qua sắp xếp tổ chức bộ máy, các cấp công đoàn toàn tỉnh đã kết nạp [[9.420|mn a y2025 n=year figure of the merged province, both old provinces together -> Gia Lai (gold README 10)]] đoàn viên, đạt [[104,7%|mn p y2025]] kế hoạch; thành lập [[58|un a y2025]] CĐCS. Tết Ất Tỵ 2025, công đoàn hai tỉnh Gia Lai và Bình Định (trước hợp nhất) đã chăm lo cho [[49.600|ben a y2025 n=sum of the two old provinces reported by the merged federation -> Gia Lai (gold README 10)]] lượt đoàn viên, NLĐ với kinh phí [[36,2 tỷ|sf a y2025]] đồng.

Hiện toàn tỉnh có [[2.310|ut a pub]] CĐCS với [[128.600|mt a pub]] đoàn viên.

Đức Thụy

Tin cùng chuyên mục
"""))
