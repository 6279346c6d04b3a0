"""l08-l13."""
from a1 import HR, CAP, SITE

ARTS = []

# l08 -- provincial union portal (congdoan.<tỉnh>.gov.vn): "Đăng lúc" line, visitor counter at the end
ARTS.append(('l08', 'https://congdoan.haugiang.gov.vn/i1942-ldld-tinh-so-ket-hoat-dong-cong-doan-quy-i-2022.aspx', '2022-04-12', 'Hậu Giang', """Đăng lúc: 12/04/2022 09:21:17 AM
 
LĐLĐ tỉnh sơ kết hoạt động công đoàn quý I/2022

Sáng 11/4, Liên đoàn Lao động tỉnh Hậu Giang tổ chức hội nghị sơ kết hoạt động công đoàn quý I, triển khai nhiệm vụ quý II/2022.

Theo báo cáo, quý I/2022, các cấp công đoàn trong tỉnh kết nạp [[612|mn a q1-2022]] đoàn viên, thành lập [[5|un a q1-2022]] công đoàn cơ sở (CĐCS). Công tác quản lý đoàn viên tiếp tục được đẩy mạnh: đã cấp [[1.820|rec a q1-2022 n=cards issued -> member_records (indicators.tsv)]] thẻ đoàn viên, cập nhật thông tin của [[3.450|rec a q1-2022 n=members entered into the software -> member_records]] đoàn viên lên phần mềm quản lý đoàn viên. Có [[84/86|oc a q1-2022 n=x/y form: the count is x (records.md 03/03 -> 3)]] cơ quan, đơn vị hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức đầu năm.

Ủy ban Kiểm tra LĐLĐ tỉnh đã tiến hành [[6|fi a q1-2022]] cuộc kiểm tra tài chính công đoàn cùng cấp và cấp dưới; các cấp công đoàn tham gia [[4|sv a q1-2022]] cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động tại doanh nghiệp.

Quý II/2022, LĐLĐ tỉnh đề ra chỉ tiêu kết nạp [[1.000|mn t q2-2022]] đoàn viên, thành lập [[6|un t q2-2022]] CĐCS; tổ chức các hoạt động Tháng Công nhân năm 2022 tại ít nhất [[150|wmu t mo2022-05 b=o n=item naming its own period: Tháng Công nhân -> May (gold README 8); ít nhất -> over (gold README 5)]] CĐCS.

Quang Minh

VĂN BẢN MỚI
LIÊN KẾT WEB
Thống kê truy cập
Hôm nay: 312
Hôm qua: 2,846
Tuần này: 8,117
Tuần trước: 19,402
Tháng này: 48,390
Tháng trước: 
Tổng lượt truy cập: 2,974,663
Số người online: 27
"""))

# l09 -- congdoanvietnam.vn-like: headline, "Tỉnh - sapo", body, "Tin liên quan" list
ARTS.append(('l09', 'https://congdoanvietnam.vn/hoat-dong-cong-doan/nghe-an-phat-dong-thang-cong-nhan-nam-2024-61873.tld', '2024-04-28', 'Nghệ An', """Nghệ An phát động Tháng Công nhân năm 2024
Nghệ An - Tháng Công nhân năm 2024 được triển khai với chủ đề "Công nhân làm chủ kỹ năng số - Công đoàn đồng hành chuyển đổi số", hướng mạnh về cơ sở.
Ngày 27.4, Liên đoàn Lao động (LĐLĐ) tỉnh Nghệ An tổ chức lễ phát động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2024 tại Khu công nghiệp VSIP Nghệ An.


Dự lễ phát động có đại diện lãnh đạo Tỉnh ủy, UBND tỉnh cùng hơn 1.000 đoàn viên, công nhân lao động.
Theo kế hoạch, trong Tháng Công nhân năm 2024, các cấp công đoàn trong tỉnh sẽ tổ chức hoạt động tại ít nhất [[1.300|wmu t mo2024-05 b=o n=kế hoạch -> target (gold README 4); Tháng Công nhân năm 2024 -> May 2024; ít nhất -> over]] CĐCS; thăm hỏi, tặng [[1.500|ben t mo2024-05]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn với tổng kinh phí dự kiến khoảng [[750 triệu|sf t mo2024-05 b=a]] đồng; hỗ trợ xây dựng [[10|sh t mo2024-05]] "Mái ấm Công đoàn"; phối hợp với người sử dụng lao động tổ chức đối thoại tại [[150|wd t mo2024-05]] doanh nghiệp.

Năm 2023, Tháng Công nhân được tổ chức tại [[1.230|wmu a mo2023-05 n=Tháng Công nhân of the year named (2023) -> May 2023]] CĐCS với [[18.600|ben a mo2023-05]] suất quà được trao tận tay công nhân lao động, tổng giá trị hơn [[9,3 tỷ|sf a mo2023-05 b=o]] đồng.

Phát biểu tại lễ phát động, Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn bám sát cơ sở, lắng nghe tâm tư, nguyện vọng của người lao động, tổ chức các hoạt động thiết thực, tránh hình thức.
Tin liên quan
Nghệ An: Hơn 2.100 đoàn viên được kết nạp trong quý I
Công đoàn Giáo dục Nghệ An trao 80 suất quà cho giáo viên vùng khó
"""))

# l10 -- baothanhhoa-like " date ... Hotline" strip; post-merger province; ward union; Chợ Tết tokens
ARTS.append(('l10', 'https://baoninhbinh.org.vn/cong-doan-phuong-hoa-lu-to-chuc-chuong-trinh-tet-sum-vay-xuan-on-dang-nam-2026-1002603021532.htm', '2026-02-03', 'Ninh Bình', """ date 2026-02-03 Đường dây nóng: 0229.3871.163   |

Công đoàn phường Hoa Lư tổ chức chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026

Minh Hà
(BNB) - Ngày 2/2, Công đoàn phường Hoa Lư tổ chức chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026 cho đoàn viên, người lao động (NLĐ) có hoàn cảnh khó khăn.

Tại chương trình, Công đoàn phường đã trao [[85|ben a y2026 s=Công đoàn phường Hoa Lư n=a ward union gives its province, Ninh Bình (merged in 2025; the ward lies in the pre-merger Ninh Bình too); Tết Sum vầy năm 2026 -> 2026]] suất quà Tết, mỗi suất gồm 1 triệu đồng tiền mặt và quà hiện vật, tổng trị giá [[127,5 triệu|sf a y2026 s=Công đoàn phường Hoa Lư]] đồng. Dịp này, Liên đoàn Lao động (LĐLĐ) tỉnh trao thêm [[30|ben a y2026 n=the provincial union acting in the ward: region Ninh Bình, no scope]] suất quà cho công nhân các doanh nghiệp trên địa bàn phường.

Lãnh đạo Liên đoàn Lao động tỉnh trao quà Tết cho đoàn viên, NLĐ có hoàn cảnh khó khăn.

Tại gian hàng "Chợ Tết Công đoàn", Ban tổ chức tặng 400 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300 nghìn đồng, giúp đoàn viên mua sắm Tết tiết kiệm.

Được biết, dịp Tết Nguyên đán Bính Ngọ 2026, LĐLĐ tỉnh dự kiến chăm lo cho hơn [[95.000|ben t y2026 b=o n=dự kiến: planned figure of the Tết programme -> target (gold README 4)]] lượt đoàn viên, NLĐ với tổng kinh phí khoảng [[68 tỷ|sf t y2026 b=a]] đồng. Tính đến ngày 2/2, các cấp công đoàn trong tỉnh đã trao quà cho [[61.420|ben a y2026 n=no period phrase in the sentence (a date only): nearest earlier period phrase, Tết Bính Ngọ 2026 -> 2026]] lượt đoàn viên, NLĐ.

Chương trình "Tết Sum vầy - Xuân ơn Đảng" là hoạt động thường niên, thể hiện sự quan tâm, sẻ chia của tổ chức công đoàn với đoàn viên, NLĐ mỗi dịp Tết đến, Xuân về.
"""))

# l11 -- nld.com.vn with hotline strip, section name, byline, (NLĐO) sapo, "- Ảnh 1." caption
ARTS.append(('l11', 'https://nld.com.vn/ba-ria-vung-tau-ky-moi-45-thoa-uoc-lao-dong-tap-the-196241015190212455.htm', '2024-10-15', 'Bà Rịa - Vũng Tàu', """ date 2024-10-15 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Bà Rịa - Vũng Tàu: Ký mới [[45|ca a f9-2024 """ + HR + """]] thỏa ước lao động tập thể

ĐÔNG HÀ

(NLĐO)- 9 tháng đầu năm 2024, các cấp công đoàn tỉnh Bà Rịa - Vũng Tàu đã ký mới [[45|ca a f9-2024 n=sapo mention (gold README 1)]] bản thỏa ước lao động tập thể, góp phần nâng cao phúc lợi cho người lao động

Ngày 14-10, LĐLĐ tỉnh Bà Rịa - Vũng Tàu cho biết 9 tháng đầu năm 2024, các CĐ cơ sở trong tỉnh đã thương lượng, ký mới [[45|ca a f9-2024]] bản thỏa ước lao động tập thể (TƯLĐTT), nâng tổng số TƯLĐTT còn hiệu lực lên [[612|ca a pub n=nâng tổng số ... lên: stock of agreements in force, dated at publication (records.md, gold README 7)]] bản. Nhiều bản thỏa ước có lợi hơn cho NLĐ so với quy định của pháp luật như: hỗ trợ tiền xăng xe, nhà trọ 300.000 đồng/tháng, tặng quà sinh nhật, khám sức khỏe định kỳ 2 lần/năm.

Bà Rịa - Vũng Tàu: Ký mới 45 thỏa ước lao động tập thể - Ảnh 1.

Công nhân một doanh nghiệp tại KCN Phú Mỹ I trong giờ nghỉ trưa

Qua thương lượng, [[38|meal a f9-2024 n=the 25.000 đồng average meal is a per-item level, not a record]] doanh nghiệp đã điều chỉnh tăng giá trị bữa ăn giữa ca, bình quân đạt 25.000 đồng/suất. Riêng Công đoàn các KCN tỉnh đã hướng dẫn [[127|wd a f9-2024 s=Công đoàn các KCN n=KCN union gives its province (records.md Regions); period from the nearest earlier phrase]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc và tham gia [[12|sv a f9-2024 s=Công đoàn các KCN]] cuộc giám sát việc thực hiện pháp luật lao động.

Theo Chủ tịch LĐLĐ tỉnh, từ nay đến cuối năm, các cấp công đoàn phấn đấu ký mới thêm [[20|ca t 2024-10-15..2024-12-31 n=phấn đấu -> target; từ nay đến cuối năm -> publication..31 Dec]] bản TƯLĐTT, trong đó ưu tiên các doanh nghiệp có đông lao động nữ.
"""))

# l12 -- baoquangnam-like: headline, "BYLINE |", no dateline, no publication date, TAGS
ARTS.append(('l12', 'https://baophuyen.vn/xa-hoi/lien-doan-lao-dong-tinh-ket-nap-hon-4100-doan-vien-moi-301852.html', None, 'Phú Yên', """Liên đoàn Lao động tỉnh kết nạp hơn [[4.100|mn a y2022 b=o n=rounded headline repeat of 4.120 (gold README 1); the headline names no year, it takes the body's period]] đoàn viên mới

PHƯƠNG NGUYÊN |

Sáng 14.12, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 12 (khóa VII) tổng kết công tác công đoàn năm 2022, triển khai nhiệm vụ năm 2023.

Theo báo cáo, năm 2022, các cấp công đoàn trong tỉnh đã kết nạp [[4.120|mn a y2022 """ + SITE('baophuyen.vn', 'Phú Yên') + """]] đoàn viên (đạt [[103%|mn p y2022]] so với chỉ tiêu giao là [[4.000|mn t y2022 n=chỉ tiêu giao -> target (gold README 4)]] đoàn viên), thành lập mới [[19|un a y2022]] công đoàn cơ sở (đạt [[126,7%|un p y2022 n=đạt N% after the unions figure -> attainment of unions_new (gold README 4)]]). Các cấp công đoàn đã giới thiệu [[187|pr a y2022]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; trong đó [[96|pa a y2022]] đoàn viên đã được kết nạp vào Đảng.

Hoạt động đại diện, bảo vệ quyền lợi người lao động có nhiều chuyển biến: số doanh nghiệp tổ chức đối thoại tại nơi làm việc đạt [[108%|wd p y2022]] kế hoạch; công tác chăm lo Tết, hỗ trợ đoàn viên gặp khó khăn được thực hiện kịp thời. Năm 2022, LĐLĐ tỉnh hoàn thành và vượt 15 chỉ tiêu do Tổng LĐLĐ Việt Nam giao.

Năm 2023, LĐLĐ tỉnh đặt mục tiêu kết nạp [[4.500|mn t y2023]] đoàn viên, thành lập [[20|un t y2023]] CĐCS, tiếp tục đổi mới nội dung, phương thức hoạt động hướng về cơ sở.

TAGS
"""))

# l13 -- tamlongvang.laodong.com.vn excerpt that starts mid-article; no publication date
ARTS.append(('l13', 'http://tamlongvang.laodong.com.vn/cong-doan/hung-yen-thanh-lap-moi-17-cdcs-trong-6-thang-734512.bld', None, 'Hưng Yên', """Trong 6 tháng đầu năm 2019, các cấp công đoàn tỉnh Hưng Yên đã thành lập mới [[17|un a h1-2019]] CĐCS. Trong đó, thành lập [[11|un a h1-2019 s=doanh nghiệp ngoài nhà nước n=breakdown (gold README 6)]] CĐCS doanh nghiệp ngoài nhà nước với [[2.340|mn a h1-2019 s=doanh nghiệp ngoài nhà nước n=members of newly founded unions count as members_new (gold README 9)]] đoàn viên; Công đoàn các KCN tỉnh thành lập [[4|un a h1-2019 s=Công đoàn các KCN]] CĐCS.

Tính chung, các cấp công đoàn đã kết nạp [[3.905|mn a h1-2019 n=period from the nearest earlier phrase, 6 tháng đầu năm 2019]] đoàn viên, đạt [[55,8%|mn p h1-2019]] chỉ tiêu cả năm ([[7.000|mn t y2019 n=chỉ tiêu cả năm -> the full year (gold README 8)]] đoàn viên).

Hưng Yên: Thành lập mới [[17|un a h1-2019 """ + CAP + """]] CĐCS trong 6 tháng - Ảnh 1.

Đại hội thành lập CĐCS Công ty TNHH May mặc Phố Nối. Ảnh: P.T

LĐLĐ tỉnh Hưng Yên cũng đã phối hợp tổ chức [[9|tr a h1-2019]] hội nghị tập huấn kỹ năng thương lượng tập thể cho gần [[620|te a h1-2019 b=u]] lượt cán bộ CĐCS; hướng dẫn các CĐCS mới thành lập xây dựng quy chế hoạt động, mở tài khoản công đoàn.

Tin-ảnh: Phạm Tuấn
"""))
