"""challenge56 articles ci06-ci10."""

ARTS = []

ARTS.append(('ci06', 'https://baotayninh.vn/cong-doan-xa-duc-hoa-thanh-lap-them-3-cong-doan-co-so-a198436.html', '2025-10-15', 'Long An', """
Công đoàn xã Đức Hòa thành lập thêm [[3|un a 2025-07-01..2025-10-15 s=Công đoàn xã Đức Hòa n=headline repeat of the body 3, takes its region and period (gold README 1)]] công đoàn cơ sở

Thứ Tư, 15/10/2025 - 10:12

(BTN) - Sáng 15/10, Công đoàn xã Đức Hòa (tỉnh Tây Ninh) tổ chức đại hội thành lập Công đoàn cơ sở Công ty TNHH May mặc Hoàng Gia với [[412|mn a pub s=Công đoàn xã Đức Hòa n=members of a newly founded union count as members_new (gold README 9); the founding is on the publication day; commune union of the old Long An reports for Long An (gold README 10)]] đoàn viên. Đây là công đoàn cơ sở thứ ba được thành lập trên địa bàn xã kể từ khi chính quyền địa phương hai cấp đi vào hoạt động.

Từ ngày 1/7 đến nay, Công đoàn xã Đức Hòa đã thành lập [[3|un a 2025-07-01..2025-10-15 s=Công đoàn xã Đức Hòa n=từ ngày 1/7 đến nay runs to the publication date (records.md periods)]] công đoàn cơ sở, kết nạp [[1.036|mn a 2025-07-01..2025-10-15 s=Công đoàn xã Đức Hòa]] đoàn viên. Hiện Công đoàn xã quản lý [[87|ut a pub s=Công đoàn xã Đức Hòa]] công đoàn cơ sở với [[14.250|mt a pub s=Công đoàn xã Đức Hòa]] đoàn viên, phần lớn là công nhân các khu công nghiệp Đức Hòa I, Tân Đức, Hải Sơn.

Theo LĐLĐ tỉnh Tây Ninh, 9 tháng năm 2025, toàn tỉnh thành lập mới [[64|un a f9-2025 r=Tây Ninh n=the merged federation reports for the new province under its kept name (gold README 10)]] công đoàn cơ sở, kết nạp [[18.420|mn a f9-2025 r=Tây Ninh]] đoàn viên, đạt [[92%|mn p f9-2025 r=Tây Ninh]] kế hoạch năm. Trong đó, khu vực Long An (cũ) kết nạp [[12.684|mn a f9-2025 n=khu vực Long An (cũ) gives the old province (gold README 10)]] đoàn viên.

Chỉ tiêu năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[20.000|mn t y2025 r=Tây Ninh]] đoàn viên, thành lập mới [[80|un t y2025 r=Tây Ninh]] công đoàn cơ sở.

Thanh Hải
""".strip()))

ARTS.append(('ci07', 'https://laodong.vn/cong-doan/quang-ninh-tu-van-phap-luat-cho-hon-3000-luot-cnld-889214.ldo', None, 'Quảng Ninh', """
Quảng Ninh: Tư vấn pháp luật cho hơn [[3.000|lc a y2020 b=o n=headline repeat of the body 3.214 (gold README 1), takes its period]] lượt CNLĐ

Quang Minh |

Năm 2020, Văn phòng tư vấn pháp luật LĐLĐ tỉnh Quảng Ninh đã tư vấn pháp luật trực tiếp và qua điện thoại cho [[3.214|lc a y2020]] lượt đoàn viên, người lao động, chủ yếu về tiền lương, bảo hiểm xã hội, chấm dứt hợp đồng lao động; tham gia tố tụng bảo vệ quyền lợi tại tòa án cho 7 người lao động, giúp người lao động được nhận lại hơn 1,2 tỉ đồng tiền lương, trợ cấp.

Các cấp công đoàn trong tỉnh đã tổ chức [[186|tr a y2020 n=dissemination conferences counted as trainings, their audiences as trainees (indicators.tsv)]] hội nghị tuyên truyền, phổ biến pháp luật cho hơn [[21.000|te a y2020 b=o]] lượt đoàn viên, người lao động; mở [[14|tr a y2020]] lớp tập huấn nghiệp vụ cho [[1.050|te a y2020]] cán bộ công đoàn cơ sở. LĐLĐ tỉnh chủ trì [[9|sv a y2020]] cuộc giám sát và phối hợp với cơ quan chức năng tham gia [[23|sv a y2020]] cuộc kiểm tra việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp.

Tiếp tục phát huy hiệu quả của đường dây nóng 0203.3835.668, năm 2021, LĐLĐ tỉnh phấn đấu tư vấn pháp luật cho [[3.500|lc t y2021]] lượt đoàn viên, người lao động.

Bình luận (0)
""".strip()))

ARTS.append(('ci08', 'https://baothainguyen.vn/chinh-tri/202401/cong-doan-tinh-hoan-thanh-vuot-muc-1416-chi-tieu-nam-2023-9b21f4d/', '2024-01-05', 'Thái Nguyên', """
Công đoàn tỉnh hoàn thành vượt mức 14/16 chỉ tiêu năm 2023

Thứ Sáu, 05/01/2024, 08:20 [GMT+7]

Ngày 4/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 4, khóa XIV, tổng kết hoạt động công đoàn năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, các cấp công đoàn trong tỉnh đã thành lập mới [[38|un a y2023]] công đoàn cơ sở (CĐCS), kết nạp [[9.652|mn a y2023]] đoàn viên, đạt [[120,7%|mn p y2023]] kế hoạch. Tuy nhiên, do nhiều doanh nghiệp cắt giảm lao động, số đoàn viên giảm [[7.318|ml a y2023]] người, số CĐCS giảm [[21|ud a y2023 n=CĐCS giảm counts as unions_dissolved (indicators.tsv)]] đơn vị. Đến nay, toàn tỉnh có [[1.608|ut a pub n=đến nay ... có is a stock at publication (gold README 7)]] CĐCS với [[186.275|mt a pub]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi của người lao động được chú trọng. Các cấp công đoàn đã tham gia với người sử dụng lao động tổ chức hội nghị người lao động tại [[612|wkc a y2023]] doanh nghiệp; thương lượng, ký kết [[47|ca a y2023]] bản thỏa ước lao động tập thể; phối hợp tổ chức đối thoại tại [[395|wd a y2023]] doanh nghiệp. LĐLĐ tỉnh và công đoàn cấp trên cơ sở tổ chức [[74|sv a y2023]] cuộc kiểm tra, giám sát việc thực hiện chế độ, chính sách đối với người lao động.

Hoạt động chăm lo cho đoàn viên được triển khai đồng bộ. Trong năm, các cấp công đoàn đã thăm hỏi, hỗ trợ [[41.526|ben a y2023 n=trong năm after năm 2023 (records.md periods)]] lượt đoàn viên, người lao động với tổng kinh phí trên [[18,6 tỷ|sf a y2023 b=o]] đồng; hỗ trợ xây mới, sửa chữa [[52|sh a y2023]] nhà "Mái ấm Công đoàn". Chương trình "Phúc lợi đoàn viên công đoàn" có thêm [[9|wp a y2023]] thỏa thuận hợp tác được ký kết, nâng tổng số thỏa thuận còn hiệu lực lên [[46|wp a pub n=nâng tổng số thỏa thuận còn hiệu lực lên is the stock of the signings, dated at publication (gold README 7)]].

Công tác tham gia xây dựng Đảng được quan tâm; các cấp công đoàn đã giới thiệu [[1.124|pr a y2023]] đoàn viên ưu tú cho Đảng xem xét, kết nạp; [[768|pa a y2023]] đoàn viên đã được kết nạp vào Đảng.

Phát biểu chỉ đạo hội nghị, đồng chí Phó Bí thư Tỉnh ủy ghi nhận những kết quả mà các cấp công đoàn đạt được, đề nghị LĐLĐ tỉnh tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, chăm lo thiết thực hơn cho đoàn viên, người lao động trong các doanh nghiệp ngoài nhà nước.

Năm 2024, LĐLĐ tỉnh đặt mục tiêu phát triển [[9.000|mn t y2024]] đoàn viên, thành lập [[35|un t y2024]] CĐCS; 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 34 tập thể, 46 cá nhân có thành tích xuất sắc trong năm 2023.

Bài, ảnh: Minh Hằng

Tin liên quan
- LĐLĐ TP Sông Công trao 150 suất quà Tết cho công nhân
- Phổ Yên: Gần 2.000 công nhân được hỗ trợ vé xe về quê
""".strip()))

ARTS.append(('ci09', 'https://sttv.vn/xa-hoi/tet-sum-vay-xuan-giap-thin-2024-tai-kcn-an-nghiep-43827.html', None, 'Sóc Trăng', """
Sóc Trăng: Trao [[500|ben a y2024 n=headline repeat of the body 500 (gold README 1)]] phần quà Tết Sum vầy cho công nhân KCN An Nghiệp

(STV) – Sáng 27/1, Liên đoàn Lao động tỉnh Sóc Trăng phối hợp với các doanh nghiệp tổ chức chương trình "Tết Sum vầy - Xuân Giáp Thìn 2024" tại Khu công nghiệp An Nghiệp.

Tại chương trình, Ban tổ chức trao [[500|ben a y2024 n=undated page; the event is the Tết Sum vầy - Xuân Giáp Thìn 2024 named just before, so the year 2024 (records.md periods, nearest earlier period phrase)]] phần quà, mỗi phần trị giá 600.000 đồng cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn; tặng [[120|ben a y2024 n=tickets given to members count as beneficiaries (gold README 9)]] vé xe cho công nhân về quê đón Tết. Bên cạnh đó, gian hàng "Chợ Tết Công đoàn" bán 2.000 sản phẩm giảm giá từ 10 đến 30%, tặng 1.000 phiếu mua hàng 0 đồng cho công nhân.

Dịp Tết Nguyên đán Giáp Thìn năm 2024, các cấp công đoàn tỉnh Sóc Trăng dự kiến thăm, tặng quà cho khoảng [[12.000|ben t y2024 b=a n=dự kiến is a plan, status target (gold README 4)]] đoàn viên, người lao động với tổng kinh phí hơn [[6 tỷ|sf t y2024 b=o]] đồng. Trong đó, Liên đoàn Lao động tỉnh trực tiếp trao [[3.500|ben t y2024 s=Liên đoàn Lao động tỉnh n=part of the dự kiến plan, target breakdown (gold README 4, 6)]] phần quà.

Quốc Huy – Ngọc Giàu
""".strip()))

ARTS.append(('ci10', 'https://nld.com.vn/cong-doan/hai-phong-gan-1000-cong-nhan-duoc-ket-nap-dang-20131022204115632.htm', '2013-10-22', 'Hải Phòng', """
Hải Phòng: Gần [[1.000|pa a 2011-01-01..2013-10-22 b=u n=rounded headline repeat of the body 986 (gold README 1), takes its period]] công nhân được kết nạp Đảng

22-10-2013 - 20:41

(NLĐO) - Ngày 22-10, LĐLĐ TP Hải Phòng tổ chức sơ kết 3 năm thực hiện Chương trình "Công đoàn tham gia xây dựng Đảng trong doanh nghiệp ngoài nhà nước". Theo báo cáo, từ năm 2011 đến nay, các cấp công đoàn thành phố đã giới thiệu [[2.847|pr a 2011-01-01..2013-10-22 n=từ năm 2011 đến nay runs to the publication date (records.md periods)]] đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng; trong đó [[986|pa a 2011-01-01..2013-10-22]] người đã được kết nạp Đảng, riêng khu vực doanh nghiệp ngoài nhà nước là [[412|pa a 2011-01-01..2013-10-22 s=khu vực doanh nghiệp ngoài nhà nước]] người.

Năm 2013, LĐLĐ TP đã giới thiệu [[1.035|pr a y2013]] đoàn viên ưu tú, vượt [[3,5%|pr p y2013 v=103.5 n=vượt 3,5% chỉ tiêu is 103,5% of it (records.md attainment)]] chỉ tiêu năm, trong đó có [[318|pr a y2013 s=công nhân trực tiếp sản xuất n=breakdown (gold README 6)]] công nhân trực tiếp sản xuất.

Hiện Hải Phòng có 36 tổ chức cơ sở Đảng trong doanh nghiệp ngoài nhà nước với 1.460 đảng viên. Tuy vậy, số doanh nghiệp có tổ chức Đảng vẫn còn ít so với số doanh nghiệp đang hoạt động.

Dịp này, LĐLĐ TP khen thưởng 15 tập thể, 20 cá nhân có thành tích xuất sắc.

Hoàng Tùng
""".strip()))
