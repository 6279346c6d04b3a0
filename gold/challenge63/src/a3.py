"""cp11-cp15: a damaged undated sector congress, a first-year review, a district and a zone congress, a Lao Động page."""

NUL = 'n=stock in an undated page: null period (records.md stocks)'
HEAD = 'n=headline repeat of the body figure, own bound word, body period (gold README 1)'
VUOT = 'n=vượt N% chỉ tiêu read as 100+N% attainment, bound exact (records.md status; gold README 3)'
REP = 'n=stock given as the members the delegates represent, dated at publication (records.md stocks; gold README 7)'
NODIA = 'n=paragraph scraped without diacritics, value read through the damage (gold README 3)'
S11 = 'Công đoàn ngành Y tế'
S13 = 'LĐLĐ huyện Thủy Nguyên'
S14 = 'Công đoàn các Khu chế xuất và công nghiệp Cần Thơ'

ARTS = [
('cp11', 'https://baohagiang.vn/xa-hoi/dai-hoi-cong-doan-nganh-y-te-tinh-lan-thu-vi-nhiem-ky-2023-2028-8f2a61.html', None, 'Hà Giang', f'''Đại hội Công đoàn ngành Y tế tỉnh lần thứ VI, nhiệm kỳ 2023 - 2028

Công đoàn ngành Y tế tỉnh Hà Giang vừa tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2023 - 2028. Ngành Y tế hiện có [[52|ut a null s={S11} {NUL}]] công đoàn cơ sở (CĐCS) với [[3.984|mt a null s={S11} {NUL}]] đoàn viên, phần lớn công tác tại các trạm y tế xã vùng cao.

Nhiệm kỳ 2018 - 2023, các CĐCS trong ngành kết nạp mới [[l.205|mn a t2018-2023 s={S11} n=l for 1 in a scraped figure (gold README 3)]] đoàn viên.

Nhiem ky qua, Cong doan nganh da gioi thieu [[318|pr a t2018-2023 s={S11} {NODIA}]] doan vien uu tu cho Dang xem xet ket nap, co [[205|pa a t2018-2023 s={S11} {NODIA}]] dong chi duoc ket nap; ho tro xay moi [[12|sh a t2018-2023 s={S11} {NODIA}]] nha "Mai am Cong doan" voi tong kinh phi [[600 trieu|shf a t2018-2023 s={S11} v=600000000 {NODIA}]] dong.

Các cấp công đoàn đã thăm hỏi [[2.460|ben a t2018-2023 s={S11}]] lượt đoàn viên ốm đau, có hoàn cảnh khó khăn với số tiền [[1,15 tỷ|sf a t2018-2023 s={S11}]] đồng. Năm 2022, [[52/52|oc a y2022 s={S11} n=x/y read as the first number (gold README 3)]] CĐCS phối hợp với thủ trưởng đơn vị tổ chức hội nghị cán bộ, công chức, viên chức.

Nhiệm kỳ 2023 - 2028, Công đoàn ngành phấn đấu giới thiệu [[300|pr t t2023-2028 s={S11}]] đoàn viên ưu tú cho Đảng; hỗ trợ xây dựng [[10|sh t t2023-2028 s={S11}]] nhà "Mái ấm Công đoàn"; 100% CĐCS đạt tiêu chuẩn "Cơ quan, đơn vị đạt chuẩn văn hóa".

Đại hội đã bầu 15 đồng chí vào Ban Chấp hành khóa VI.

Số lượt xem: 642
'''),

('cp12', 'https://baokhanhhoa.vn/xa-hoi/202501/ldld-tinh-tong-ket-nam-2024-nam-dau-thuc-hien-nghi-quyet-dai-hoi-a3c41e7/', '2025-01-09', 'Khánh Hòa', f'''Khánh Hòa: Kết nạp hơn [[5.200|mn a y2024 b=o {HEAD}]] đoàn viên trong năm đầu nhiệm kỳ

Thứ Năm, 09/01/2025 - 10:40

Ngày 8/1, Liên đoàn Lao động (LĐLĐ) tỉnh Khánh Hòa tổ chức hội nghị tổng kết hoạt động công đoàn năm 2024, năm đầu thực hiện Nghị quyết Đại hội Công đoàn tỉnh lần thứ X, nhiệm kỳ 2023 - 2028.

Năm 2024, các cấp công đoàn trong tỉnh kết nạp [[5.214|mn a y2024]] đoàn viên, đạt [[104,3%|mn p y2024]] kế hoạch năm (kế hoạch [[5.000|mn t y2024]] đoàn viên) và bằng [[20,9%|mn p y2024 n=part-way attainment of the term target takes the year reported (gold README 4, challenge42 convention)]] chỉ tiêu cả nhiệm kỳ ([[25.000|mn t t2023-2028]] đoàn viên); thành lập [[28|un a y2024]] công đoàn cơ sở (CĐCS). Do một số doanh nghiệp giải thể, thu hẹp sản xuất, trong năm có [[19|ud a y2024]] CĐCS giải thể và [[3.120|ml a y2024]] đoàn viên giảm; các cấp công đoàn đã cấp [[18.600|rec a y2024 n=e-cards issued: member_records (indicators.tsv)]] thẻ đoàn viên công đoàn điện tử.

Chương trình "Phúc lợi đoàn viên công đoàn" có thêm [[12|wp a y2024]] thỏa thuận hợp tác, nâng tổng số thỏa thuận còn hiệu lực lên [[47|wp a pub n=agreements in force are the stock of their signings, dated at publication (gold README 7)]]. Dịp Tết Giáp Thìn và Tháng Công nhân năm 2024, các cấp công đoàn chăm lo cho [[86.400|ben a y2024]] lượt đoàn viên, người lao động với tổng kinh phí [[52,6 tỷ|sf a y2024]] đồng; hỗ trợ xây dựng [[38|sh a y2024]] nhà "Mái ấm Công đoàn".

Năm qua, LĐLĐ tỉnh chủ trì và phối hợp tổ chức [[36|sv a y2024 n=năm qua in a January page: the year before (records.md periods)]] cuộc giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp. Hiện toàn tỉnh có [[1.582|ut a pub]] CĐCS với [[112.760|mt a pub]] đoàn viên.

Năm 2025, LĐLĐ tỉnh đặt chỉ tiêu kết nạp [[5.500|mn t y2025]] đoàn viên, thành lập [[30|un t y2025]] CĐCS. Dịp này, 25 tập thể và 40 cá nhân được tặng bằng khen của LĐLĐ tỉnh.

Phương Linh
'''),

('cp13', 'https://baohaiphong.com.vn/dai-hoi-cong-doan-huyen-thuy-nguyen-lan-thu-xx-nhiem-ky-2023-2028-512874.html', '2023-06-02', 'Hải Phòng', f'''Đại hội Công đoàn huyện Thủy Nguyên lần thứ XX, nhiệm kỳ 2023 - 2028

06:45 02/06/2023

Ngày 1/6, Liên đoàn Lao động huyện Thủy Nguyên tổ chức Đại hội Công đoàn huyện lần thứ XX, nhiệm kỳ 2023 - 2028. LĐLĐ huyện hiện quản lý [[268|ut a pub s={S13}]] công đoàn cơ sở (CĐCS) với [[21.450|mt a pub s={S13}]] đoàn viên, trong đó [[172|ut a pub s=CĐCS doanh nghiệp n=breakdown of the stock (gold README 6)]] CĐCS doanh nghiệp.

Nhiệm kỳ 2018 - 2023, LĐLĐ huyện đã kết nạp mới [[3.860|mn a t2018-2023 s={S13}]] đoàn viên, đạt [[128,7%|mn p t2018-2023 s={S13}]] chỉ tiêu Đại hội; thành lập [[34|un a t2018-2023 s={S13}]] CĐCS; hướng dẫn CĐCS thương lượng, ký kết [[95|ca a t2018-2023 s={S13}]] bản thỏa ước lao động tập thể; vận động [[46|meal a t2018-2023 s={S13}]] doanh nghiệp nâng giá trị bữa ăn ca. Ủy ban Kiểm tra LĐLĐ huyện đã kiểm tra tài chính [[146|fi a t2018-2023 s={S13}]] lượt CĐCS.

Năm 2022, có [[112|wkc a y2022 s={S13}]] doanh nghiệp tổ chức hội nghị người lao động, tăng 18 doanh nghiệp so với năm 2018.

Nhiệm kỳ 2023 - 2028, LĐLĐ huyện phấn đấu kết nạp mới [[4.000|mn t t2023-2028 s={S13}]] đoàn viên, thành lập [[30|un t t2023-2028 s={S13}]] CĐCS; 100% CĐCS được kiểm tra tài chính ít nhất một lần trong nhiệm kỳ.

Đại hội bầu Ban Chấp hành khóa XX gồm 21 đồng chí, bầu 10 đại biểu dự Đại hội Công đoàn thành phố Hải Phòng lần thứ XVI.

Hoàng Anh
'''),

('cp14', 'https://congdoancantho.org.vn/dai-hoi-cong-doan-cac-kcx-va-cn-can-tho-lan-thu-v', None, 'Cần Thơ', f'''Đại hội Công đoàn các Khu chế xuất và công nghiệp Cần Thơ lần thứ V

Công đoàn các Khu chế xuất và công nghiệp Cần Thơ vừa tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2023 - 2028. Hiện Công đoàn các KCX-CN quản lý [[176|ut a null s={S14} {NUL}]] công đoàn cơ sở (CĐCS) với [[52.840|mt a null s={S14} {NUL}]] đoàn viên.

Nhiệm kỳ 2018 - 2023, Công đoàn các KCX-CN đã thành lập [[42|un a t2018-2023 s={S14}]] CĐCS, kết nạp [[14.650|mn a t2018-2023 s={S14}]] đoàn viên; phối hợp tổ chức [[186|tr a t2018-2023 s={S14}]] lớp tập huấn, tuyên truyền pháp luật cho trên [[24.300|te a t2018-2023 b=o s={S14}]] lượt công nhân lao động; tư vấn pháp luật [[3.120|lc a t2018-2023 s={S14}]] lượt; tham gia [[58|sv a t2018-2023 s={S14}]] cuộc giám sát việc thực hiện chế độ, chính sách tại doanh nghiệp.

Năm 2021, trong thời điểm dịch Covid-19 bùng phát, Công đoàn các KCX-CN đã hỗ trợ [[9.654|ben a y2021 s={S14}]] lượt công nhân lao động với số tiền [[8,2 tỷ|sf a y2021 s={S14}]] đồng. Năm 2022, có [[118|wd a y2022 s={S14}]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Nhiệm kỳ 2023 - 2028, Công đoàn các KCX-CN phấn đấu phát triển mới [[15.000|mn t t2023-2028 s={S14}]] đoàn viên; 80% doanh nghiệp có công đoàn ký kết thỏa ước lao động tập thể.

Đại hội đã bầu 17 đồng chí vào Ban Chấp hành, bầu 8 đại biểu dự Đại hội Công đoàn thành phố Cần Thơ lần thứ XI.
'''),

('cp15', 'https://laodong.vn/cong-doan/dai-hoi-cong-doan-tinh-dien-bien-lan-thu-xiii-bau-33-dong-chi-vao-ban-chap-hanh-1223517.ldo', '2023-07-27', 'Điện Biên', f'''Đại hội Công đoàn tỉnh Điện Biên lần thứ XIII: Bầu 33 đồng chí vào Ban Chấp hành

27/07/2023 11:32

Ngày 26.7, Đại hội Công đoàn tỉnh Điện Biên lần thứ XIII, nhiệm kỳ 2023 - 2028 đã diễn ra với sự tham dự của 220 đại biểu chính thức, đại diện cho hơn [[41.800|mt a pub b=o {REP}]] đoàn viên công đoàn trong tỉnh.

Nhiệm kỳ 2018 - 2023, Liên đoàn Lao động (LĐLĐ) tỉnh Điện Biên đã chỉ đạo các cấp công đoàn kết nạp [[9.842|mn a t2018-2023]] đoàn viên, vượt [[12,5%|mn p t2018-2023 v=112.5 {VUOT}]] chỉ tiêu Đại hội; thành lập [[96|un a t2018-2023]] công đoàn cơ sở (CĐCS). Các cấp công đoàn đã xây mới, sửa chữa [[204|sh a t2018-2023]] nhà "Mái ấm Công đoàn" với kinh phí [[8,4 tỷ|shf a t2018-2023]] đồng; giới thiệu [[1.780|pr a t2018-2023]] đoàn viên ưu tú cho Đảng, trong đó [[1.102|pa a t2018-2023]] đồng chí đã được kết nạp.

Đến nay, toàn tỉnh có [[1.016|ut a pub]] CĐCS với [[41.860|mt a pub]] đoàn viên.

Đại hội đề ra chỉ tiêu nhiệm kỳ 2023 - 2028: kết nạp [[10.000|mn t t2023-2028]] đoàn viên, thành lập [[80|un t t2023-2028]] CĐCS; giới thiệu [[1.500|pr t t2023-2028]] đoàn viên ưu tú cho Đảng; xây dựng, sửa chữa [[150|sh t t2023-2028]] nhà "Mái ấm Công đoàn".

Đại hội đã bầu 33 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XIII. Ban Chấp hành đã bầu Ban Thường vụ gồm 9 đồng chí; bà Lò Thị Hương tái đắc cử Chủ tịch LĐLĐ tỉnh. Dịp này, 8 tập thể, 10 cá nhân được nhận Bằng khen của Tổng LĐLĐ Việt Nam.

Bình luận (0)
'''),
]
