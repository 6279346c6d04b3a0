"""at11-at15."""
ARTS = []

ARTS.append(('at11', 'https://congdoanlangson.vn/tin-tuc/cap-gan-28800-the-doan-vien-cong-doan-dien-tu-2871.html',
             None, 'Lạng Sơn', """LIÊN ĐOÀN LAO ĐỘNG TỈNH LẠNG SƠN
Trang chủ  Tin tức  Hoạt động công đoàn  Văn bản  Thư viện ảnh

Cấp gần [[28.800|rec a f9-2024 b=u n=rounded headline repeat of the body 28.760 (gold README 1); gần -> under]] thẻ đoàn viên công đoàn điện tử

9 tháng năm 2024, các cấp công đoàn tỉnh Lạng Sơn đã cấp [[28.760|rec a f9-2024]] thẻ đoàn viên công đoàn điện tử, đạt [[82,2%|rec p f9-2024 n=part-way attainment after nine months takes the reporting period (gold README 4, 8)]] kế hoạch năm, trong đó khu vực hành chính sự nghiệp [[19.842|rec a f9-2024 s=khu vực hành chính sự nghiệp]] thẻ, khu vực doanh nghiệp [[8.918|rec a f9-2024 s=khu vực doanh nghiệp]] thẻ. Kế hoạch năm 2024 của LĐLĐ tỉnh là cấp [[35.000|rec t y2024]] thẻ đoàn viên điện tử.

Cũng trong 9 tháng, LĐLĐ tỉnh đã hướng dẫn công đoàn cơ sở rà soát, cập nhật dữ liệu của [[41.230|rec a f9-2024 n=members whose data were entered in the software (indicators.tsv member_records); cũng trong 9 tháng -> the nine months of 2024]] đoàn viên lên phần mềm Quản lý đoàn viên của Tổng Liên đoàn. Hiện toàn tỉnh có [[43.517|mt a null n=stock on an undated page -> null..null (records.md, gold README 7)]] đoàn viên công đoàn, sinh hoạt tại [[1.126|ut a null]] công đoàn cơ sở.

Thẻ đoàn viên điện tử được tích hợp trên ứng dụng Công đoàn Việt Nam, đến nay đã có hơn 12.000 lượt tải ứng dụng. Đoàn viên có thể sử dụng thẻ để hưởng ưu đãi từ các đối tác của chương trình “Phúc lợi đoàn viên công đoàn”.

Ảnh: Cán bộ công đoàn hướng dẫn đoàn viên cài đặt ứng dụng (ảnh 2/5)

Tin, ảnh: Hoàng Việt

Số lượt truy cập: 2.561.403
Đang trực tuyến: 52
"""))

ARTS.append(('at12', 'https://baohaiduong.vn/lao-dong-viec-lam/hon-4600-luot-doan-vien-nguoi-lao-dong-duoc-tham-tang-qua-trong-thang-cong-nhan-208344',
             '2022-06-02', 'Hải Dương', """Hơn [[4.600|ben a mo2022-05 b=o n=rounded headline repeat of the body 4.650, takes its period (gold README 1)]] lượt đoàn viên, người lao động được thăm, tặng quà trong Tháng Công nhân

THỨ NĂM, 02/06/2022 10:15:32

Tháng Công nhân năm 2022 được tổ chức tại [[1.128|wmu a mo2022-05]] công đoàn cơ sở trong tỉnh với nhiều hoạt động thiết thực.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Hải Dương, trong Tháng Công nhân, các cấp công đoàn đã thăm, tặng quà [[4.650|ben a mo2022-05 n=trong Tháng Công nhân -> May 2022 (gold README 8)]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn, bị ảnh hưởng bởi dịch Covid-19 với tổng kinh phí [[2,3 tỷ|sf a mo2022-05]] đồng. Các công đoàn cơ sở phối hợp với người sử dụng lao động tổ chức đối thoại tại [[186|wd a mo2022-05]] doanh nghiệp; phối hợp kiểm tra việc thực hiện chính sách, pháp luật lao động tại [[52|sv a mo2022-05 n=inspections joined at enterprises -> supervisions]] doanh nghiệp.

Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động, các cấp công đoàn đã tuyên truyền cho hơn [[38.000|te a mo2022-05 b=o]] lượt đoàn viên, người lao động về phòng chống tai nạn lao động, cháy nổ.

Hơn [[4.600|ben a mo2022-05 b=o n=photo-title repeat, rounded, of the body 4.650 (gold README 1)]] lượt đoàn viên, người lao động được thăm, tặng quà trong Tháng Công nhân
Lãnh đạo LĐLĐ tỉnh tặng quà công nhân Công ty TNHH Ford Việt Nam. Ảnh: THÀNH CHUNG

Điểm nhấn của Tháng Công nhân năm nay là chương trình “Bữa cơm Công đoàn” được tổ chức tại 25 doanh nghiệp, với sự tham gia của lãnh đạo tỉnh, lãnh đạo LĐLĐ tỉnh cùng ăn bữa ăn ca với công nhân. Qua đó, LĐLĐ tỉnh nắm bắt tâm tư, nguyện vọng của người lao động về chất lượng bữa ăn, nhà ở, việc đưa đón con đi học.

Cùng với đó, LĐLĐ tỉnh đã bàn giao [[5|sh a mo2022-05]] nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở với tổng số tiền hỗ trợ [[250 triệu|shf a mo2022-05]] đồng, mỗi nhà 50 triệu đồng; thành lập mới [[14|un a mo2022-05 n=Tháng cao điểm within the Workers' Month -> May 2022 (gold README 8)]] công đoàn cơ sở, kết nạp [[1.326|mn a mo2022-05]] đoàn viên trong “Tháng cao điểm phát triển đoàn viên”.

Ông Lê Văn Hiệu, Chủ tịch LĐLĐ tỉnh đánh giá, sau hai năm bị gián đoạn bởi dịch bệnh, Tháng Công nhân năm 2022 đã được tổ chức trực tiếp tại cơ sở, mang lại không khí phấn khởi cho công nhân lao động. Tuy vậy, một số công đoàn cơ sở khu vực doanh nghiệp ngoài nhà nước còn lúng túng trong tổ chức các hoạt động, chưa chủ động đề xuất với người sử dụng lao động.

Trong tháng 6, LĐLĐ tỉnh tiếp tục chỉ đạo các cấp công đoàn tổ chức tuyên truyền về phòng chống cháy nổ, ngộ độc thực phẩm tập thể tại doanh nghiệp; phối hợp với ngành chức năng kiểm tra điều kiện an toàn tại nhà trọ công nhân.

Dịp này, LĐLĐ tỉnh tôn vinh 90 công nhân lao động tiêu biểu; tổ chức giải bóng đá công nhân với 24 đội tham gia.

THÀNH CHUNG

Tin liên quan
- Hải Dương: 15 doanh nghiệp nâng mức bữa ăn ca lên 25.000 đồng
- Công đoàn các KCN tỉnh thành lập 9 công đoàn cơ sở
"""))

ARTS.append(('at13', 'https://baoquangtri.vn/dai-hoi-cong-doan-huyen-hai-lang-lan-thu-xii-182506.htm',
             None, 'Quảng Trị', """Đại hội Công đoàn huyện Hải Lăng lần thứ XII

Tham dự đại hội có 120 đại biểu chính thức. Nhiệm kỳ 2018-2023, Liên đoàn Lao động (LĐLĐ) huyện Hải Lăng đã kết nạp mới [[l.126|mn a t2018-2023 s=LĐLĐ huyện Hải Lăng n=scraped l for 1 -> 1126 (gold README 3); district federation -> its province with a scope (records.md regions)]] đoàn viên, thành lập mới [[21|un a t2018-2023 s=LĐLĐ huyện Hải Lăng]] công đoàn cơ sở (CĐCS), vượt chỉ tiêu Nghị quyết Đại hội XI đề ra.

Cac cap cong doan da gioi thieu [[164|pr a t2018-2023 s=LĐLĐ huyện Hải Lăng n=text scraped without diacritics; the term named before (gold README 8)]] doan vien uu tu cho Dang xem xet ket nap, trong do [[97|pa a t2018-2023 s=LĐLĐ huyện Hải Lăng]] doan vien da duoc ket nap Dang. LDLD huyen da ho tro xay moi, sua chua [[38|sh a t2018-2023 s=LĐLĐ huyện Hải Lăng]] nha Mai am Cong doan voi tong kinh phi hon [[1,5 ty|shf a t2018-2023 b=o v=1500000000 s=LĐLĐ huyện Hải Lăng n=ty without its mark is tỷ (gold README 3)]] dong.

Hiện LĐLĐ huyện có [[118|ut a null s=LĐLĐ huyện Hải Lăng n=stock on an undated page -> null..null (gold README 7)]] CĐCS với [[3.9 46|mt a null s=LĐLĐ huyện Hải Lăng n=scraped space inside the number -> 3946 (gold README 3); undated stock -> null..null]] đoàn viên.

Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2023-2028: kết nạp mới ít nhất [[1.000|mn t t2023-2028 b=o s=LĐLĐ huyện Hải Lăng]] đoàn viên; thành lập mới [[15|un t t2023-2028 s=LĐLĐ huyện Hải Lăng]] CĐCS; 100% CĐCS đủ điều kiện tổ chức hội nghị cán bộ, công chức, viên chức và hội nghị người lao động.

Đại hội đã bầu 17 đồng chí vào Ban Chấp hành LĐLĐ huyện khóa XII, nhiệm kỳ 2023-2028 và bầu 6 đại biểu dự Đại hội Công đoàn tỉnh lần thứ XVI.

Ngọc Trang

Chia sẻ bài viết
"""))

ARTS.append(('at14', 'https://baoninhbinh.org.vn/cong-doan-phuong-phu-ly-thanh-lap-them-cong-doan-co-so-20250923.htm',
             '2025-09-23', 'Ninh Bình', """ date 2025-09-23 Đường dây nóng: 0229.3871.255 | Liên hệ quảng cáo

Công đoàn phường Phủ Lý thành lập thêm công đoàn cơ sở

Chiều 22/9, Công đoàn phường Phủ Lý (tỉnh Ninh Bình) tổ chức đại hội thành lập Công đoàn cơ sở Công ty TNHH May mặc Hà An với [[43|mn a pub r=Hà Nam s=Công đoàn phường Phủ Lý n=members of a newly founded union are members_new (gold README 9); ward union after the merger -> its old province Hà Nam (gold README 10); no period phrase before it -> publication date]] đoàn viên.

Công đoàn phường Phủ Lý thành lập thêm công đoàn cơ sở - Ảnh 1.
Lãnh đạo Công đoàn phường trao quyết định thành lập Công đoàn cơ sở.

Đại hội đã bầu Ban Chấp hành Công đoàn cơ sở lâm thời gồm 3 thành viên, nhiệm kỳ 2025-2030.

Từ ngày 1/7/2025 đến nay, Công đoàn phường Phủ Lý đã thành lập mới [[6|un a 2025-07-01..2025-09-23 r=Hà Nam s=Công đoàn phường Phủ Lý]] công đoàn cơ sở, kết nạp [[214|mn a 2025-07-01..2025-09-23 r=Hà Nam s=Công đoàn phường Phủ Lý]] đoàn viên. Hiện Công đoàn phường quản lý [[87|ut a pub r=Hà Nam s=Công đoàn phường Phủ Lý]] công đoàn cơ sở với [[5.312|mt a pub r=Hà Nam s=Công đoàn phường Phủ Lý]] đoàn viên.

Theo Liên đoàn Lao động tỉnh Ninh Bình, 8 tháng năm 2025, toàn tỉnh đã thành lập mới [[58|un a f8-2025 n=the merged province's federation reports under the kept name Ninh Bình (gold README 10)]] công đoàn cơ sở, kết nạp [[6.420|mn a f8-2025]] đoàn viên, đạt [[71,3%|mn p f8-2025]] kế hoạch năm.

Hồng Nhung
"""))

ARTS.append(('at15', 'https://baosonla.org.vn/Print.aspx?NewsID=20200114093215',
             None, 'Sơn La', """Sơn La: [[1.642|oc a y2019 n=headline repeat of the body figure (gold README 1); undated print page, period from the body]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức

Năm 2019, Liên đoàn Lao động (LĐLĐ) tỉnh Sơn La đã chỉ đạo các cấp công đoàn phối hợp với thủ trưởng cơ quan, người sử dụng lao động thực hiện tốt quy chế dân chủ ở cơ sở. Toàn tỉnh có [[1.642/1.650|oc a y2019 n=x/y -> x (records.md value)]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[212/236|wkc a y2019]] doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Các công đoàn cơ sở đã phối hợp tổ chức đối thoại định kỳ tại [[198|wd a y2019]] doanh nghiệp, đạt [[105%|wd p y2019]] kế hoạch; thương lượng, ký mới [[41|ca a y2019]] bản thỏa ước lao động tập thể, tỷ lệ doanh nghiệp có thỏa ước đạt 61,5%.

LĐLĐ tỉnh đã tham gia [[17|sv a y2019]] đoàn kiểm tra, giám sát liên ngành về thực hiện chính sách, pháp luật lao động tại doanh nghiệp; phát hiện 9 doanh nghiệp chậm đóng bảo hiểm xã hội với số tiền trên 3,2 tỷ đồng.

Năm 2020, LĐLĐ tỉnh phấn đấu ký mới ít nhất [[45|ca t y2020 b=o]] bản thỏa ước lao động tập thể, 100% doanh nghiệp tổ chức đối thoại.

Xuân Thủy
"""))
