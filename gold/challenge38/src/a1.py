# ar01-ar05
ARTS = []

ARTS.append(('ar01', 'https://baogialai.com.vn/cong-doan-gia-lai-ket-nap-9450-doan-vien-trong-nam-dau-hop-nhat-post571204.html',
             '2025-12-22', 'Gia Lai', """Công đoàn Gia Lai kết nạp [[9.450|mn a y2025 n=headline repeat of the body figure; rule 1]] đoàn viên trong năm đầu hợp nhất

Thứ Hai, 22/12/2025, 16:05

(GLO)- Chiều 22-12, Liên đoàn Lao động (LĐLĐ) tỉnh Gia Lai tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên tổ chức công đoàn tỉnh hoạt động theo mô hình mới sau khi hợp nhất LĐLĐ hai tỉnh Gia Lai và Bình Định.

Chủ tịch LĐLĐ tỉnh Gia Lai Nguyễn Thị Kim Oanh trao cờ thi đua cho các tập thể có thành tích xuất sắc. Ảnh: Minh Nguyệt

Báo cáo tại hội nghị cho biết, số liệu cả năm được tổng hợp từ báo cáo của LĐLĐ hai tỉnh trước hợp nhất và LĐLĐ tỉnh sau hợp nhất (từ ngày 1/7). Theo đó, năm 2025 các cấp công đoàn trong tỉnh đã kết nạp [[9.450|mn a y2025 n=the new province's federation reports the sum of both old provinces -> region Gia Lai (kept name); rule 10]] đoàn viên, đạt [[118%|mn p y2025]] kế hoạch; thành lập mới [[68|un a y2025]] công đoàn cơ sở (CĐCS), đạt [[113%|un p y2025]] kế hoạch.

Riêng 6 tháng đầu năm, LĐLĐ tỉnh Bình Định (trước hợp nhất) đã kết nạp [[4.120|mn a h1-2025 r=Bình Định n=figure of the old federation before the merger -> its old name; rule 10]] đoàn viên, thành lập [[27|un a h1-2025 r=Bình Định n=rule 10, as above]] CĐCS; LĐLĐ tỉnh Gia Lai (trước hợp nhất) kết nạp [[2.035|mn a h1-2025 n=old Gia Lai federation: same name as the new province, region Gia Lai; rule 10]] đoàn viên.

Hiện toàn tỉnh có [[3.912|ut a pub]] CĐCS với [[151.460|mt a pub]] đoàn viên; trong đó khu vực ngoài nhà nước có [[1.046|ut a pub s=khu vực ngoài nhà nước n=breakdown; rule 6]] CĐCS với [[88.730|mt a pub s=khu vực ngoài nhà nước n=breakdown; rule 6]] đoàn viên. Toàn tỉnh hiện có 135 công đoàn xã, phường và 9 công đoàn ngành, công đoàn khu kinh tế trực thuộc.

Năm qua, các cấp công đoàn đã thăm hỏi, tặng quà, hỗ trợ [[52.300|ben a y2025 n=năm qua published in December -> 2025; records.md]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[41,6 tỷ|sf a y2025 b=o]] đồng; hỗ trợ xây mới, sửa chữa [[96|sh a y2025]] nhà Mái ấm Công đoàn. Sau cơn bão số 13, LĐLĐ tỉnh kịp thời hỗ trợ đoàn viên bị thiệt hại với mức 3 triệu đồng/người.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[10.000|mn t y2026]] đoàn viên, thành lập mới [[60|un t y2026]] CĐCS; giới thiệu [[1.200|pr t y2026]] đoàn viên ưu tú cho Đảng xem xét kết nạp; 100% CĐCS đủ điều kiện được đánh giá, xếp loại.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 42 tập thể và 65 cá nhân có thành tích xuất sắc trong năm 2025.

MINH NGUYỆT

Tin liên quan
Gia Lai: 1.350 đoàn viên bị thiệt hại do bão được hỗ trợ kịp thời
Công đoàn phường Pleiku ra mắt Ban Chấp hành lâm thời
Trao 20 Mái ấm Công đoàn cho đoàn viên khu vực An Nhơn

Lượt xem: 1.284
"""))

ARTS.append(('ar02', 'https://nld.com.vn/gan-1000-doan-vien-phuong-quy-nhon-nam-duoc-cham-lo-tet-196260128193522417.htm',
             '2026-01-28', 'Bình Định', """ date 2026-01-28 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Gần [[1.000|ben a y2026 b=u n=headline, rounded repeat of the body 976 (value 1000 as written); ward of old Bình Định -> region Bình Định; rules 1 and 10 s=Công đoàn phường Quy Nhơn Nam]] đoàn viên phường Quy Nhơn Nam được chăm lo Tết

THU HIỀN

(NLĐO)- Công đoàn phường Quy Nhơn Nam (tỉnh Gia Lai) dành gần [[1 tỉ|sf a y2026 b=u s=Công đoàn phường Quy Nhơn Nam n=sapo, rounded repeat of 982 triệu, value as written; rule 1]] đồng chăm lo Tết Bính Ngọ 2026 cho đoàn viên, người lao động

Sáng 28-1, Công đoàn phường Quy Nhơn Nam, tỉnh Gia Lai tổ chức chương trình "Tết sum vầy - Xuân ơn Đảng" năm 2026 cho đoàn viên, người lao động đang làm việc tại các cơ quan, doanh nghiệp trên địa bàn phường.

Tại chương trình, Công đoàn phường trao [[320|ben a y2026 s=Công đoàn phường Quy Nhơn Nam n=Tết 2026 -> year 2026; ward union of old Bình Định; rule 10]] suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng gồm tiền mặt và nhu yếu phẩm.

Gần [[1.000|ben a y2026 b=u s=Công đoàn phường Quy Nhơn Nam n=image caption repeating the headline is a mention of its own; the image number is not; rules 1 and 11]] đoàn viên phường Quy Nhơn Nam được chăm lo Tết - Ảnh 1.

Lãnh đạo Công đoàn phường Quy Nhơn Nam trao quà Tết cho đoàn viên, người lao động

Ông Trần Văn Hưng, Chủ tịch Công đoàn phường Quy Nhơn Nam, cho biết tính chung dịp Tết, Công đoàn phường và các CĐCS trực thuộc đã thăm hỏi, tặng quà cho [[976|ben a y2026 s=Công đoàn phường Quy Nhơn Nam]] đoàn viên, người lao động với tổng kinh phí [[982 triệu|sf a y2026 s=Công đoàn phường Quy Nhơn Nam]] đồng. Ngoài ra, Công đoàn phường phối hợp với doanh nghiệp tặng [[58|ben a y2026 s=Công đoàn phường Quy Nhơn Nam n=bus tickets given to members count as beneficiaries; rule 9]] vé xe cho công nhân ở xa về quê đón Tết.

Tại gian hàng "Chợ Tết Công đoàn", ban tổ chức phát 600 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

Hiện Công đoàn phường Quy Nhơn Nam quản lý [[74|ut a pub s=Công đoàn phường Quy Nhơn Nam n=stock of a ward union of old Bình Định; rules 7 and 10]] CĐCS với [[2.860|mt a pub s=Công đoàn phường Quy Nhơn Nam n=rules 7 and 10]] đoàn viên.

Tin liên quan

Gia Lai: Hơn 400 công nhân được tặng vé xe về quê đón Tết
Công đoàn xã Tuy Phước trao 150 suất quà cho người lao động
"""))

ARTS.append(('ar03', 'https://baohanam.com.vn/xa-hoi/ldld-tinh-quy-i-ket-nap-1126-doan-vien-152317.html',
             '2025-04-15', 'Hà Nam', """LĐLĐ tỉnh: Quý I kết nạp [[1.126|mn a q1-2025 n=headline repeat; rule 1]] đoàn viên

Thứ Ba, 15/04/2025 | 09:12

(BHN) - Quý I/2025, các cấp công đoàn trong tỉnh thành lập mới [[7|un a q1-2025 n=pre-merger article: region Hà Nam, region_2025 Ninh Bình; rule 10]] công đoàn cơ sở (CĐCS), kết nạp [[1.126|mn a q1-2025]] đoàn viên, đạt [[22,5%|mn p q1-2025 n=part-way attainment takes the reporting period (quarter); rule 4]] kế hoạch năm.

Theo báo cáo của Liên đoàn Lao động (LĐLĐ) tỉnh, năm 2025 LĐLĐ tỉnh được giao chỉ tiêu kết nạp [[5.000|mn t y2025]] đoàn viên, thành lập [[25|un t y2025]] CĐCS. Trong quý I, do một số doanh nghiệp giải thể, thu hẹp sản xuất nên đã giảm [[4|ud a q1-2025]] CĐCS và [[612|ml a q1-2025]] đoàn viên.

Công tác cập nhật dữ liệu đoàn viên được đẩy mạnh: đã nhập thông tin của [[2.480|rec a q1-2025]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[1.950|rec a q1-2025 n=cards given count as member_records (indicators.tsv)]] thẻ đoàn viên điện tử. LĐLĐ tỉnh tổ chức [[6|tr a q1-2025]] hội nghị tập huấn nghiệp vụ cho [[540|te a q1-2025]] lượt cán bộ công đoàn cơ sở.

Hiện toàn tỉnh có [[1.088|ut a pub]] CĐCS với [[98.417|mt a pub]] đoàn viên, trong đó khu vực doanh nghiệp có [[47.902|mt a pub s=khu vực doanh nghiệp n=breakdown; rule 6]] đoàn viên.

Thực hiện chủ trương sắp xếp đơn vị hành chính, hợp nhất tỉnh Hà Nam với tỉnh Nam Định và tỉnh Ninh Bình, LĐLĐ tỉnh đã chỉ đạo 6 LĐLĐ huyện, thị xã, thành phố rà soát hồ sơ, tài chính, tài sản, bảo đảm hoạt động công đoàn thông suốt, không gián đoạn.

Thanh Tâm

Tin khác
Phủ Lý: 350 công nhân được khám sức khỏe miễn phí
Công đoàn ngành Y tế trao 40 suất quà cho đoàn viên khó khăn

Lượt xem: 876
"""))

ARTS.append(('ar04', 'https://nld.com.vn/cong-doan-phuong-thu-dau-mot-thanh-lap-them-5-cong-doan-co-so-196250912204118733.htm',
             '2025-09-12', 'Bình Dương', """Thứ Sáu, 12/09/2025 - 20:41

Công đoàn phường Thủ Dầu Một thành lập thêm [[5|un a 2025-07-01..2025-09-12 s=Công đoàn phường Thủ Dầu Một n=headline repeat of the body figure; rule 1]] công đoàn cơ sở

NAM DƯƠNG

(NLĐO)- Hiện Công đoàn phường Thủ Dầu Một, TP HCM quản lý [[214|ut a pub s=Công đoàn phường Thủ Dầu Một n=ward of old Bình Dương -> region Bình Dương, region_2025 Hồ Chí Minh; rules 7 and 10]] Công đoàn cơ sở với [[41.570|mt a pub s=Công đoàn phường Thủ Dầu Một n=rules 7 and 10]] đoàn viên

Chiều 12-9, Công đoàn phường Thủ Dầu Một tổ chức đại hội thành lập Công đoàn cơ sở Công ty TNHH May mặc Phú Thịnh với [[286|mn a pub s=Công đoàn phường Thủ Dầu Một n=members of a newly founded union count as members_new (rule 9); no period phrase before it -> publication date (records.md)]] đoàn viên, bầu Ban Chấp hành lâm thời gồm 7 thành viên.

Công đoàn phường Thủ Dầu Một thành lập thêm [[5|un a 2025-07-01..2025-09-12 s=Công đoàn phường Thủ Dầu Một n=image caption repeating the headline; rules 1 and 11]] công đoàn cơ sở - Ảnh 1.

Lãnh đạo Công đoàn phường Thủ Dầu Một trao quyết định thành lập Công đoàn cơ sở

Theo bà Phạm Thị Thu Hà, Chủ tịch Công đoàn phường Thủ Dầu Một, từ ngày 1-7 đến nay, Công đoàn phường đã thành lập mới [[5|un a 2025-07-01..2025-09-12 s=Công đoàn phường Thủ Dầu Một n=từ ngày 1-7 đến nay -> 1 July .. publication; records.md]] Công đoàn cơ sở, kết nạp [[1.318|mn a 2025-07-01..2025-09-12 s=Công đoàn phường Thủ Dầu Một]] đoàn viên; phối hợp tổ chức đối thoại tại nơi làm việc ở [[12|wd a 2025-07-01..2025-09-12 s=Công đoàn phường Thủ Dầu Một]] doanh nghiệp và tư vấn pháp luật cho [[430|lc a 2025-07-01..2025-09-12 s=Công đoàn phường Thủ Dầu Một]] lượt người lao động.

Theo LĐLĐ TP HCM, sau khi hợp nhất với LĐLĐ tỉnh Bình Dương và LĐLĐ tỉnh Bà Rịa - Vũng Tàu, toàn thành phố hiện có hơn [[2,3 triệu|mt a pub b=o r=Hồ Chí Minh n=the new city's federation reports for the new city under its kept name; rule 10]] đoàn viên. Công đoàn phường Thủ Dầu Một là một trong những công đoàn phường có số đoàn viên đông nhất thành phố.

Công đoàn phường Thủ Dầu Một thành lập thêm [[5|un a 2025-07-01..2025-09-12 s=Công đoàn phường Thủ Dầu Một n=second image caption repeating the headline; rules 1 and 11]] công đoàn cơ sở - Ảnh 2.

Hơn 300 công nhân dự đại hội thành lập Công đoàn cơ sở

Tin liên quan
Công đoàn phường Chánh Hiệp kết nạp 420 đoàn viên
TP HCM: 1.200 công nhân được tặng vé xe về quê
"""))

ARTS.append(('ar05', 'https://baohaiphong.vn/ky-moi-312-thoa-uoc-lao-dong-tap-the-trong-9-thang-518842.html',
             '2025-10-20', 'Hải Phòng', """Hải Phòng: Ký mới [[312|ca a f9-2025 n=headline repeat; rule 1]] thỏa ước lao động tập thể trong 9 tháng

Thứ Hai, 20/10/2025 07:30

BHP - 9 tháng năm 2025, các cấp công đoàn thành phố đã ký mới [[312|ca a f9-2025 n=new city's federation, sum incl. old Hải Dương -> Hải Phòng; rule 10]] bản thỏa ước lao động tập thể (TƯLĐTT), đạt [[78%|ca p f9-2025 n=part-way attainment takes the 9 months; rule 4]] kế hoạch năm.

Theo báo cáo của Liên đoàn Lao động (LĐLĐ) thành phố, số liệu 9 tháng bao gồm kết quả của LĐLĐ tỉnh Hải Dương và LĐLĐ thành phố Hải Phòng trước khi hợp nhất. Các cấp công đoàn đã phối hợp tổ chức hội nghị người lao động tại [[2.146|wkc a f9-2025]] doanh nghiệp, đối thoại định kỳ tại [[1.870|wd a f9-2025]] đơn vị; nâng tổng số TƯLĐTT còn hiệu lực lên [[3.254|ca a pub n=documents in force are the stock of signings, dated at publication; rule 7]] bản.

Riêng khu vực Hải Dương (cũ), các cấp công đoàn ký mới [[118|ca a f9-2025 r=Hải Dương n=khu vực X (cũ) -> the old province; rule 10]] bản thỏa ước, vận động [[64|meal a f9-2025 r=Hải Dương n=rule 10]] doanh nghiệp nâng mức bữa ăn ca từ 18.000 đồng lên 22.000 đồng/suất. Toàn thành phố có [[236|meal a f9-2025]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca, tăng 9,4% so với cùng kỳ.

Cùng với đó, các cấp công đoàn tổ chức, tham gia [[146|sv a f9-2025]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp.

Cả năm 2025, LĐLĐ thành phố phấn đấu ký mới [[400|ca t y2025]] bản TƯLĐTT, trong đó ít nhất [[30|ca t y2025 b=o s=thỏa ước nhóm doanh nghiệp n=breakdown of a target; rules 5 and 6]] bản thỏa ước nhóm doanh nghiệp.

Hiện Hải Phòng có 114 xã, phường, đặc khu; 101 công đoàn xã, phường đã đi vào hoạt động ổn định.

Hương Giang

Bình luận (0)
"""))
