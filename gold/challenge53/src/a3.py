"""cf11-cf15: Đà Nẵng, Ninh Thuận, Bình Thuận, Gia Lai (merged), Đà Nẵng ward (Quảng Nam)."""

ARTS = []

# cf11 - baodanang-like, half-year review 2024 ("6 tháng đầu năm" without a year), H2 targets
ARTS.append(('cf11', 'https://baodanang.vn/xa-hoi/202407/6-thang-ket-nap-hon-3200-doan-vien-cong-doan-3987412/',
             '2024-07-12', 'Đà Nẵng', """Đà Nẵng: 6 tháng kết nạp hơn [[3.200|mn a h1-2024 b=o n=rounded headline repeat of the body's 3.215, its period (gold README 1, 5)]] đoàn viên công đoàn

Thứ Sáu, 12/07/2024 06:45

Chiều 11-7, Liên đoàn Lao động (LĐLĐ) thành phố tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.

6 tháng đầu năm, các cấp công đoàn thành phố kết nạp [[3.215|mn a h1-2024 n="6 tháng đầu năm" without a year -> the publication year (records.md)]] đoàn viên, đạt [[53,6%|mn p h1-2024]] kế hoạch năm; thành lập mới [[21|un a h1-2024]] công đoàn cơ sở (CĐCS). Hiện toàn thành phố có [[1.861|ut a pub]] CĐCS với [[142.530|mt a pub]] đoàn viên. LĐLĐ thành phố đã cấp [[15.300|rec a h1-2024 n=e-cards issued -> member_records (indicators.tsv)]] thẻ đoàn viên công đoàn điện tử.

Các CĐCS đã thương lượng, ký mới [[38|ca a h1-2024]] bản thỏa ước lao động tập thể; vận động [[27|meal a h1-2024]] doanh nghiệp nâng mức bữa ăn ca cho công nhân, nhiều nơi đạt từ 25.000 đồng/suất trở lên. Các cấp công đoàn đã thăm hỏi, hỗ trợ [[6.780|ben a h1-2024]] lượt đoàn viên, người lao động gặp khó khăn với tổng kinh phí [[4,3 tỷ|sf a h1-2024]] đồng. Riêng trong Tháng Công nhân, có [[1.150|wmu a mo2024-05 n=an item naming Tháng Công nhân inside the half-year report -> May 2024 (gold README 8)]] CĐCS tổ chức các hoạt động thiết thực chăm lo cho người lao động.

6 tháng cuối năm, LĐLĐ thành phố phấn đấu kết nạp [[2.800|mn t l6-2024]] đoàn viên, thành lập [[25|un t l6-2024]] CĐCS, tập trung vào các doanh nghiệp ngoài nhà nước trong các khu công nghiệp Hòa Khánh, Liên Chiểu.

HOÀNG HIỆP
"""))

# cf12 - baoninhthuan-like, year 2022 ("Trong năm"), one paragraph with stripped diacritics (light damage)
ARTS.append(('cf12', 'https://baoninhthuan.com.vn/news/136952p24c34/nam-2022-cong-doan-tinh-tang-1046-doan-vien.htm',
             '2022-12-27', 'Ninh Thuận', """Năm 2022: Công đoàn tỉnh tăng [[1.046|mnet a y2022 n=headline repeat of the body's net increase, its period (gold README 1)]] đoàn viên

Thứ Ba, 27/12/2022 | 08:14

(NTO) Ngày 26-12, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2022, triển khai nhiệm vụ năm 2023.

Trong năm, các cấp công đoàn trong tỉnh kết nạp mới [[2.318|mn a y2022 n="Trong năm" published in December -> 2022 (records.md)]] đoàn viên, đạt [[115,9%|mn p y2022]] chỉ tiêu; thành lập mới [[19|un a y2022]] công đoàn cơ sở (CĐCS), đạt [[126,7%|un p y2022]] chỉ tiêu. Sau khi trừ số giảm do doanh nghiệp giải thể, ngừng hoạt động, số đoàn viên tăng tuyệt đối [[1.046|mnet a y2022]] người, số CĐCS tăng [[8|unet a y2022]] đơn vị. Các cấp công đoàn đã cập nhật thông tin của [[29.480|rec a y2022]] đoàn viên lên phần mềm quản lý đoàn viên; [[412|oc a y2022]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức.

Cac cap cong doan da tham hoi, ho tro [[3.650|ben a y2022]] luot doan vien, nguoi lao dong voi tong so tien [[1,2 ty|sf a y2022 v=1200000000 n=stripped diacritics ("ty" for tỷ) -> value resolved with v (gold README 3)]] dong. LDLD tinh ky ket thoa thuan hop tac voi [[6|wp a y2022]] doanh nghiep trong Chuong trinh "Phuc loi doan vien cong doan".

Năm 2023, LĐLĐ tỉnh phấn đấu kết nạp mới [[2.000|mn t y2023]] đoàn viên, thành lập mới [[15|un t y2023]] CĐCS; ký kết thêm [[4|wp t y2023]] thỏa thuận hợp tác chăm lo phúc lợi cho đoàn viên.

Dịp này, 18 tập thể, 24 cá nhân được tặng Bằng khen của Tổng Liên đoàn Lao động Việt Nam và LĐLĐ tỉnh.

Thu Thảo
"""))

# cf13 - Lao Động-like copy, undated; Tết Giáp Thìn 2024, province in the headline only
ARTS.append(('cf13', 'https://laodong.vn/cong-doan/binh-thuan-hon-32000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-1298014.ldo',
             None, 'Bình Thuận', """Bình Thuận: Hơn [[32.000|ben a y2024 b=o n=headline repeat of the body's total, its Tết period (gold README 1)]] đoàn viên, người lao động được chăm lo Tết

DUY TUẤN

Dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn tỉnh Bình Thuận đã chăm lo Tết cho hơn [[32.000|ben a y2024 b=o n=Tết Giáp Thìn 2024 -> year 2024 (the Tết year); undated page, the period comes from the text]] đoàn viên, người lao động với tổng kinh phí trên [[16 tỷ|sf a y2024 b=o]] đồng.

Trong đó, LĐLĐ tỉnh trực tiếp trao [[5.600|ben a y2024 s=LĐLĐ tỉnh trực tiếp]] suất quà, trị giá [[2,8 tỷ|sf a y2024 s=LĐLĐ tỉnh trực tiếp]] đồng, cho đoàn viên có hoàn cảnh khó khăn, công nhân bị mất việc, giảm giờ làm. Công đoàn các Khu công nghiệp tỉnh tặng [[900|ben a y2024 s=Công đoàn các Khu công nghiệp tỉnh]] suất quà cho công nhân các doanh nghiệp chế biến thủy sản, may mặc ở KCN Phan Thiết và KCN Hàm Kiệm.

Tại Chương trình "Tết Sum vầy", LĐLĐ tỉnh tặng [[350|ben a y2024 n=tickets given to workers -> beneficiaries (gold README 9)]] vé xe cho công nhân về quê đón Tết, bố trí 8 chuyến xe đưa công nhân về các tỉnh miền Trung. Phiên "Chợ Tết Công đoàn" phát 1.500 phiếu mua hàng trị giá 300.000 đồng/phiếu.

Mỗi suất quà gồm 500.000 đồng tiền mặt và các nhu yếu phẩm.

Bình luận (0)
"""))

# cf14 - baogialai-like, 9 months 2025 of the merged Gia Lai, `khu vực X (cũ)` parts
ARTS.append(('cf14', 'https://baogialai.com.vn/9-thang-ket-nap-hon-6200-doan-vien-cong-doan-post328415.html',
             '2025-10-16', 'Gia Lai', """9 tháng, kết nạp hơn [[6.200|mn a f9-2025 b=o n=rounded headline repeat of the body's 6.240 (gold README 1, 5)]] đoàn viên công đoàn

Thứ Năm, 16/10/2025, 07:30

(GLO)- Ngày 15-10, Liên đoàn Lao động (LĐLĐ) tỉnh Gia Lai tổ chức hội nghị sơ kết công tác công đoàn 9 tháng năm 2025, triển khai nhiệm vụ quý IV.

9 tháng năm 2025, các cấp công đoàn toàn tỉnh kết nạp mới [[6.240|mn a f9-2025 n=the merged province's federation -> Gia Lai under the kept name (gold README 10)]] đoàn viên, đạt [[78%|mn p f9-2025]] kế hoạch năm; thành lập [[64|un a f9-2025]] công đoàn cơ sở (CĐCS). Trong đó, khu vực Bình Định (cũ) kết nạp [[3.905|mn a f9-2025 r=Bình Định s=khu vực Bình Định (cũ) n=`khu vực X (cũ)` -> the old province (gold README 10)]] đoàn viên, thành lập [[41|un a f9-2025 r=Bình Định s=khu vực Bình Định (cũ)]] CĐCS; khu vực Gia Lai (cũ) kết nạp [[2.335|mn a f9-2025 s=khu vực Gia Lai (cũ)]] đoàn viên, thành lập [[23|un a f9-2025 s=khu vực Gia Lai (cũ)]] CĐCS, phần lớn tại các công ty cao su, cà phê và doanh nghiệp ngoài nhà nước.

Hiện toàn tỉnh có [[4.512|ut a pub]] CĐCS với [[198.640|mt a pub]] đoàn viên. Sau sắp xếp, hệ thống công đoàn của tỉnh gồm 135 công đoàn xã, phường và 9 công đoàn ngành, công đoàn cơ quan tỉnh.

Ủy ban Kiểm tra các cấp đã tiến hành [[96|fi a f9-2025]] cuộc kiểm tra tài chính công đoàn; các cấp công đoàn thăm hỏi, hỗ trợ [[7.430|ben a f9-2025]] lượt đoàn viên, người lao động với số tiền hơn [[5,6 tỷ|sf a f9-2025 b=o]] đồng.

Quý IV, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.760|mn t q4-2025]] đoàn viên. Dịp Tết Nguyên đán Bính Ngọ 2026, dự kiến các cấp công đoàn sẽ chăm lo cho khoảng [[40.000|ben t y2026 b=a n=planned Tết Bính Ngọ care -> target of 2026, the Tết year (gold README 4)]] đoàn viên, người lao động.

MINH NGUYỆT
"""))

# cf15 - NLĐ-like, ward union of the new Đà Nẵng in old Hội An (Quảng Nam), founding a CĐCS
ARTS.append(('cf15', 'https://nld.com.vn/thanh-lap-cong-doan-co-so-tai-phuong-hoi-an-196250905183512447.htm',
             '2025-09-05', 'Quảng Nam', """ date 2025-09-05 HOTLINE: 0903.343.439 - ĐẶT MUA BÁO
Công đoàn

Công đoàn phường Hội An thành lập thêm công đoàn cơ sở

TRẦN THƯỜNG

(NLĐO)- Hiện Công đoàn phường Hội An, TP Đà Nẵng quản lý [[87|ut a pub s=Công đoàn phường Hội An n=ward union of the new Đà Nẵng lying in old Hội An -> Quảng Nam (gold README 10); stock at publication]] CĐCS với [[2.940|mt a pub s=Công đoàn phường Hội An]] đoàn viên

Chiều 4-9, Công đoàn phường Hội An tổ chức đại hội thành lập Công đoàn cơ sở Công ty TNHH Thủ công mỹ nghệ Phố Hội với [[68|mn a pub s=Công đoàn phường Hội An n=members of a newly founded union -> members_new (gold README 9); no period phrase before it -> publication day (records.md)]] đoàn viên là công nhân, người lao động của công ty.

Công đoàn phường Hội An thành lập thêm công đoàn cơ sở - Ảnh 1.

Ban Chấp hành Công đoàn cơ sở nhiệm kỳ 2025-2030 ra mắt đại hội

Ông Nguyễn Văn Lực, Chủ tịch Công đoàn phường Hội An, cho biết từ ngày 1-7 đến nay, Công đoàn phường đã thành lập mới [[5|un a 2025-07-01..2025-09-05 s=Công đoàn phường Hội An]] CĐCS, kết nạp [[214|mn a 2025-07-01..2025-09-05 s=Công đoàn phường Hội An]] đoàn viên. Năm 2025, Công đoàn phường phấn đấu thành lập thêm [[4|un t y2025 s=Công đoàn phường Hội An]] CĐCS tại các doanh nghiệp du lịch, dịch vụ.

Theo LĐLĐ TP Đà Nẵng, từ đầu năm đến nay, các cấp công đoàn thành phố đã kết nạp [[9.870|mn a 2025-01-01..2025-09-05 r=Đà Nẵng n=the city federation after the merger -> Đà Nẵng under the kept name (gold README 10)]] đoàn viên. Toàn thành phố hiện có 93 công đoàn xã, phường, đặc khu.
"""))
