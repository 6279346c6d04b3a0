# ar16-ar20
ARTS = []

ARTS.append(('ar16', 'https://baolongan.vn/cong-doan-cac-kcn-ket-nap-9-870-doan-vien-trong-nam-2024-a189320.html',
             '2025-03-05', 'Long An', """Công đoàn các KCN kết nạp [[9.870|mn a y2024 s=Công đoàn các KCN n=headline repeat; rule 1]] đoàn viên trong năm 2024

05/03/2025 - 14:22 | Lượt xem: 1.532

(LA) - Ngày 5/3, Công đoàn các khu công nghiệp (KCN) tỉnh Long An tổ chức hội nghị tổng kết hoạt động công đoàn năm 2024 và triển khai nhiệm vụ năm 2025.

Năm 2024, Công đoàn các KCN tỉnh đã thành lập mới [[21|un a y2024 s=Công đoàn các KCN n=KCN union gives its province, pre-merger Long An -> region_2025 Tây Ninh; records.md and rule 10]] công đoàn cơ sở (CĐCS), kết nạp [[9.870|mn a y2024 s=Công đoàn các KCN]] đoàn viên, đạt [[123%|mn p y2024 s=Công đoàn các KCN]] kế hoạch. Do doanh nghiệp ngừng hoạt động, chuyển địa điểm, [[17|ud a y2024 s=Công đoàn các KCN]] CĐCS đã giải thể.

Hiện Công đoàn các KCN tỉnh quản lý [[486|ut a pub s=Công đoàn các KCN]] CĐCS với [[172.340|mt a pub s=Công đoàn các KCN]] đoàn viên.

Trong năm, [[402/428|wkc a y2024 s=Công đoàn các KCN n=x/y -> x; records.md]] doanh nghiệp tổ chức hội nghị người lao động; các CĐCS ký mới, ký lại [[126|ca a y2024 s=Công đoàn các KCN]] bản thỏa ước lao động tập thể. Công đoàn các KCN tổ chức [[14|tr a y2024 s=Công đoàn các KCN]] lớp tập huấn cho [[1.260|te a y2024 s=Công đoàn các KCN]] lượt cán bộ công đoàn; trao [[6|sh a y2024 s=Công đoàn các KCN]] Mái ấm Công đoàn, mức hỗ trợ 50 triệu đồng/căn.

Năm 2025, Công đoàn các KCN tỉnh phấn đấu kết nạp [[8.000|mn t y2025 s=Công đoàn các KCN]] đoàn viên, thành lập mới [[18|un t y2025 s=Công đoàn các KCN]] CĐCS; 90% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Dịp này, Công đoàn các KCN tỉnh tặng giấy khen cho 26 tập thể và 38 cá nhân.

Văn Đạt

Bình luận (0)
"""))

ARTS.append(('ar17', 'https://baoquangngai.vn/xa-hoi/202601/cong-doan-phuong-kon-tum-31-co-quan-to-chuc-hoi-nghi-can-bo-cong-chuc-2026-a61c0d4/',
             '2026-01-13', 'Kon Tum', """Cập nhật lúc: 13/01/2026 10:15

Công đoàn phường Kon Tum: [[31/33|oc a 2025-12-15..2026-01-13 s=Công đoàn phường Kon Tum n=headline repeat; x/y -> x; rule 1 and records.md]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức

(BQN) - Từ ngày 15/12/2025 đến nay, [[31/33|oc a 2025-12-15..2026-01-13 s=Công đoàn phường Kon Tum n=ward in old Kon Tum -> region Kon Tum, region_2025 Quảng Ngãi; rule 10]] cơ quan, đơn vị thuộc Công đoàn phường Kon Tum (tỉnh Quảng Ngãi) đã tổ chức hội nghị cán bộ, công chức, viên chức năm 2026.

Công đoàn phường Kon Tum được thành lập từ ngày 1/7/2025. Hiện Công đoàn phường quản lý [[58|ut a pub s=Công đoàn phường Kon Tum n=rules 7 and 10]] CĐCS với [[3.124|mt a pub s=Công đoàn phường Kon Tum]] đoàn viên, chủ yếu là cán bộ, công chức, giáo viên.

6 tháng cuối năm 2025, Công đoàn phường tổ chức [[4|tr a l6-2025 s=Công đoàn phường Kon Tum]] lớp tập huấn nghiệp vụ cho [[260|te a l6-2025 s=Công đoàn phường Kon Tum]] lượt cán bộ công đoàn; Ủy ban Kiểm tra Công đoàn phường kiểm tra tài chính tại [[12|fi a l6-2025 s=Công đoàn phường Kon Tum]] CĐCS; phối hợp giám sát việc thực hiện chế độ, chính sách tại [[7|sv a l6-2025 s=Công đoàn phường Kon Tum]] đơn vị.

Theo LĐLĐ tỉnh Quảng Ngãi, toàn tỉnh hiện có 96 công đoàn xã, phường, đặc khu. Năm 2026, LĐLĐ tỉnh phấn đấu thành lập mới [[40|un t y2026 r=Quảng Ngãi n=new province's federation -> Quảng Ngãi; rule 10]] CĐCS, kết nạp [[6.500|mn t y2026 r=Quảng Ngãi]] đoàn viên.

Y Thu

Thống kê truy cập
Hôm nay: 1,126
Hôm qua: 3,402
Tổng lượt truy cập: 4,218,775
"""))

ARTS.append(('ar18', 'https://baotuyenquang.com.vn/xa-hoi/lao-dong/cong-doan-tuyen-quang-tong-ket-nam-2025-222518.html',
             '2026-01-15', 'Tuyên Quang', """Công đoàn Tuyên Quang: Năm 2025 nhập dữ liệu gần [[112.000|rec a y2025 b=u n=headline, rounded repeat of 111.846; rule 1]] đoàn viên lên phần mềm

Thứ Năm, 15/01/2026 - 09:47

(BTQ) - Ngày 15/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2025 - năm đầu tiên tổ chức công đoàn tỉnh Tuyên Quang hoạt động sau khi hợp nhất với LĐLĐ tỉnh Hà Giang.

Năm qua, các cấp công đoàn trong tỉnh đã kết nạp [[6.214|mn a y2025 n=năm qua published in January -> the previous year 2025 (records.md); new federation -> Tuyên Quang (rule 10)]] đoàn viên, đạt [[103,6%|mn p y2025]] kế hoạch, thành lập mới [[39|un a y2025]] công đoàn cơ sở (CĐCS); nhập, cập nhật thông tin của [[111.846|rec a y2025]] đoàn viên lên phần mềm quản lý đoàn viên; thành lập [[16|wc a y2025]] Ban nữ công quần chúng; giới thiệu [[428|pr a y2025]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[203|pa a y2025]] đồng chí đã được kết nạp.

Riêng 6 tháng đầu năm 2025, LĐLĐ tỉnh Hà Giang (cũ) kết nạp [[1.742|mn a h1-2025 r=Hà Giang n=old federation before the merger -> Hà Giang; rule 10]] đoàn viên, thành lập [[11|un a h1-2025 r=Hà Giang n=rule 10]] CĐCS.

Đồng chí Hoàng Thị Hạnh, Chủ tịch LĐLĐ tỉnh phát biểu tại hội nghị.

Hiện toàn tỉnh có [[2.876|ut a pub]] CĐCS với [[118.230|mt a pub]] đoàn viên. Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[6.000|mn t y2026]] đoàn viên, thành lập mới [[30|un t y2026]] CĐCS, giới thiệu [[450|pr t y2026]] đoàn viên ưu tú cho Đảng.

Dịp này, 24 tập thể, 36 cá nhân được tặng bằng khen của LĐLĐ tỉnh; 3 tập thể nhận cờ thi đua của Tổng LĐLĐ Việt Nam.

Thu Phương
"""))

ARTS.append(('ar19', 'https://baoquangnam.vn/xa-hoi/cong-doan-phuong-tam-ky-doi-thoai-tai-18-doanh-nghiep-3162804.html',
             '2025-11-18', 'Quảng Nam', """Công đoàn phường Tam Kỳ đối thoại tại [[18|wd a 2025-07-01..2025-11-18 s=Công đoàn phường Tam Kỳ n=headline repeat; rule 1]] doanh nghiệp

HOÀNG LIÊN |

Từ tháng 7 đến nay, Công đoàn phường Tam Kỳ (TP Đà Nẵng) đã phối hợp tổ chức đối thoại tại nơi làm việc ở [[18|wd a 2025-07-01..2025-11-18 s=Công đoàn phường Tam Kỳ n=ward in old Quảng Nam -> Quảng Nam, region_2025 Đà Nẵng; year-less phrase takes the publication year; rules 8 and 10]] doanh nghiệp, tiếp nhận và giải quyết 46 kiến nghị của người lao động.

Cụ thể, Công đoàn phường tổ chức [[9|sv a 2025-07-01..2025-11-18 s=Công đoàn phường Tam Kỳ]] cuộc giám sát việc thực hiện chế độ tiền lương, bảo hiểm xã hội tại doanh nghiệp; tư vấn pháp luật cho [[265|lc a 2025-07-01..2025-11-18 s=Công đoàn phường Tam Kỳ]] lượt người lao động; tuyên truyền pháp luật lao động cho hơn [[2.400|te a 2025-07-01..2025-11-18 b=o s=Công đoàn phường Tam Kỳ]] lượt đoàn viên, người lao động.

Theo LĐLĐ TP Đà Nẵng, 10 tháng năm 2025, các cấp công đoàn thành phố đã tư vấn pháp luật cho [[2.140|lc a f10-2025 r=Đà Nẵng n=new city's federation -> Đà Nẵng (kept name); rule 10]] lượt người; tổ chức, tham gia [[318|sv a f10-2025 r=Đà Nẵng]] cuộc kiểm tra, giám sát.

Người lao động có thể liên hệ tư vấn pháp luật miễn phí qua số điện thoại 0235.3851.427.

TAGS
"""))

ARTS.append(('ar20', 'https://baohungyen.vn/lao-dong-viec-lam/toan-tinh-tang-tuyet-doi-4550-doan-vien-trong-nam-2025-3187712.html',
             '2025-12-18', 'Hưng Yên', """Toàn tỉnh tăng tuyệt đối [[4.550|mnet a y2025 n=headline repeat; rule 1]] đoàn viên trong năm 2025

THỨ NĂM, 18/12/2025 11:02:05

Năm 2025, toàn tỉnh kết nạp [[16.420|mn a y2025 n=new province's federation, sum incl. old Thái Bình -> Hưng Yên; rule 10]] đoàn viên, giảm [[11.870|ml a y2025]] đoàn viên, tăng tuyệt đối [[4.550|mnet a y2025]] đoàn viên; số đoàn viên kết nạp mới vượt [[9,5%|mn p y2025 v=109.5 n=vượt 9,5% kế hoạch -> 109.5; records.md and rule 3]] kế hoạch; thành lập mới [[84|un a y2025]] công đoàn cơ sở (CĐCS), giải thể [[61|ud a y2025]] CĐCS, tăng tuyệt đối [[23|unet a y2025]] CĐCS.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, trong số đoàn viên kết nạp mới, khu vực Thái Bình (cũ) có [[7.905|mn a y2025 r=Thái Bình n=khu vực X (cũ) -> old province; rule 10]] đoàn viên. Công đoàn phường Thái Bình kết nạp [[612|mn a y2025 r=Thái Bình s=Công đoàn phường Thái Bình n=ward in old Thái Bình -> Thái Bình; rule 10]] đoàn viên, cao nhất trong các công đoàn xã, phường.

Hiện toàn tỉnh có [[2.615|ut a pub]] CĐCS với [[268.400|mt a pub]] đoàn viên; trong đó khu vực Thái Bình (cũ) có [[1.203|ut a pub r=Thái Bình n=stock of the old-province part; rules 7 and 10]] CĐCS.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[15.000|mn t y2026]] đoàn viên, thành lập mới [[70|un t y2026]] CĐCS; tỷ lệ đoàn viên trên tổng số lao động đạt 60%.

Toàn tỉnh hiện có 104 công đoàn xã, phường và 4 công đoàn ngành.

Khánh Linh

Tin liên quan
Hưng Yên: 1.800 công nhân được tặng quà Tết
"""))
