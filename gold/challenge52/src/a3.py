"""challenge52 articles ce11-ce15 (markup: [[span|IND ST PERIOD b= s= r= v= n=]], see gold/tooling/markup.py)."""

ARTS = []

# ce11 - Hưng Yên, aggregator page without a date: Phúc lợi đoàn viên agreements, 2020
ARTS.append(('ce11', 'https://vietnam.vn/hungyen/?p=318462', None, 'Hưng Yên', """Hưng Yên: Ký kết thỏa thuận "Phúc lợi cho đoàn viên" với [[6|wp a y2020 n=headline repeat of the body figure: takes its period năm 2020 (gold README 1)]] doanh nghiệp

Thực hiện chương trình "Phúc lợi cho đoàn viên công đoàn" năm 2020, ngày 13/10, LĐLĐ tỉnh Hưng Yên đã ký kết thỏa thuận hợp tác với [[6|wp a y2020 n=the sentence names năm 2020 (records.md periods); thỏa thuận hợp tác ... Phúc lợi đoàn viên -> welfare_partners (gold README 9)]] doanh nghiệp kinh doanh siêu thị, điện máy, nha khoa và du lịch trên địa bàn tỉnh, nâng tổng số doanh nghiệp, đơn vị ký kết thỏa thuận với LĐLĐ tỉnh lên [[23|wp a null n=nâng tổng số ... lên: the stock of agreements in force (gold README 7), dated at publication; no publication date -> null]].

Theo nội dung thỏa thuận, đoàn viên công đoàn khi xuất trình thẻ đoàn viên được giảm từ 5% đến 15% giá hàng hóa, dịch vụ; được mua hàng trả chậm không lãi suất tại một số siêu thị điện máy. LĐLĐ tỉnh cho biết sẽ hoàn thành ký kết thỏa thuận với [[3|wp t q4-2020 n=planned signings in quý IV of the year named before -> target Q4 2020 (gold README 4, 8)]] doanh nghiệp còn lại trong quý IV năm nay.

Cũng trong 9 tháng năm 2020, các cấp công đoàn tỉnh đã hỗ trợ [[3.250|ben a f9-2020]] đoàn viên, NLĐ bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền hơn [[1,6 tỷ|sf a f9-2020 b=o]] đồng; kết nạp [[4.630|mn a f9-2020]] đoàn viên, thành lập mới [[27|un a f9-2020]] CĐCS tại các doanh nghiệp ngoài nhà nước. Số đoàn viên kết nạp mới đạt [[92,6%|mn p f9-2020 n=part-way attainment takes the reporting period of the sentence before (gold README 4)]] kế hoạch; chỉ tiêu năm 2020 của LĐLĐ tỉnh là kết nạp [[5.000|mn t y2020]] đoàn viên.

Minh Thu (Báo Hưng Yên)
"""))

# ce12 - Hải Phòng after the merger with Hải Dương, year 2025 review
ARTS.append(('ce12', 'https://baohaiphong.vn/ldld-thanh-pho-nam-2025-ket-nap-hon-21000-doan-vien-528114.html', '2025-12-23', 'Hải Phòng', """LĐLĐ thành phố: Năm 2025 kết nạp hơn [[21.000|mn a y2025 b=o n=headline repeat of the body's 21.460, rounded (gold README 1)]] đoàn viên

Thứ Ba, 23/12/2025 16:20

Chiều 23/12, LĐLĐ thành phố tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất LĐLĐ thành phố Hải Phòng và LĐLĐ tỉnh Hải Dương.

Năm 2025, các cấp công đoàn thành phố đã kết nạp [[21.460|mn a y2025 n=the merged city federation reports under the kept name (gold README 10)]] đoàn viên, đạt [[107,3%|mn p y2025]] kế hoạch, thành lập [[96|un a y2025]] CĐCS; trong đó khu vực Hải Dương (cũ) kết nạp [[7.830|mn a y2025 r=Hải Dương s=khu vực Hải Dương (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] đoàn viên, thành lập [[31|un a y2025 r=Hải Dương s=khu vực Hải Dương (cũ)]] CĐCS. Riêng Công đoàn Khu kinh tế thành phố thành lập [[22|un a y2025 s=Công đoàn Khu kinh tế]] CĐCS, kết nạp [[9.140|mn a y2025 s=Công đoàn Khu kinh tế]] đoàn viên. Hiện LĐLĐ thành phố có [[4.210|ut a pub]] CĐCS với [[498.600|mt a pub]] đoàn viên.

Các cấp công đoàn đã tổ chức, tham gia [[312|sv a y2025]] cuộc giám sát, kiểm tra việc thực hiện chính sách, pháp luật tại doanh nghiệp; tư vấn pháp luật cho [[6.850|lc a y2025]] lượt đoàn viên, người lao động.

Dịp Tết Nguyên đán Ất Tỵ 2025, công đoàn các cấp đã thăm, tặng quà [[186.500|ben a y2025 n=Tết Ất Tỵ 2025 -> year 2025 (gold README 8); reported by the merged federation under the kept name]] đoàn viên, người lao động với tổng kinh phí hơn [[142 tỷ|sf a y2025 b=o]] đồng. Trong năm, công đoàn hỗ trợ xây mới, sửa chữa [[58|sh a y2025]] nhà "Mái ấm Công đoàn" với tổng số tiền [[3,4 tỷ|shf a y2025]] đồng. Công đoàn các cấp cũng đã cấp [[12.350|rec a y2025 n=cards issued -> member_records (indicators.tsv); Trong năm -> 2025]] thẻ đoàn viên công đoàn điện tử cho đoàn viên tại các doanh nghiệp.

Năm 2026, LĐLĐ thành phố phấn đấu kết nạp [[20.000|mn t y2026]] đoàn viên, thành lập [[80|un t y2026]] CĐCS; đẩy mạnh hoạt động của công đoàn tại 114 xã, phường, đặc khu.

Tại hội nghị, LĐLĐ thành phố tặng Bằng khen cho 45 tập thể, 62 cá nhân có thành tích xuất sắc.

Hoàng Dũng
"""))

# ce13 - Quảng Ninh, Tết Đinh Dậu 2017, with a national sector union acting in the province
ARTS.append(('ce13', 'https://baoquangninh.com.vn/hon-31-ty-dong-cham-lo-tet-cho-cong-nhan-lao-dong-2332568.html', '2017-01-20', 'Quảng Ninh', """Hơn [[31 tỷ|sf a y2017 b=o n=headline repeat of the body total: Tết Đinh Dậu 2017 -> year 2017 (gold README 1, 8)]] đồng chăm lo Tết cho công nhân lao động

Thứ Sáu, 20/01/2017 07:30

Tết Nguyên đán Đinh Dậu 2017, các cấp công đoàn tỉnh đã trích kinh phí và vận động doanh nghiệp thăm, tặng quà cho [[68.400|ben a y2017]] lượt đoàn viên, công nhân lao động (CNLĐ) với tổng số tiền hơn [[31 tỷ|sf a y2017 b=o]] đồng.

Trong đó, LĐLĐ tỉnh trực tiếp thăm, tặng [[1.500|ben a y2017 s=LĐLĐ tỉnh trực tiếp]] suất quà cho CNLĐ có hoàn cảnh khó khăn, trị giá [[750 triệu|sf a y2017 s=LĐLĐ tỉnh trực tiếp]] đồng (500.000 đồng/suất). Công đoàn Than - Khoáng sản Việt Nam phối hợp với Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tặng quà cho [[4.200|ben a y2017 s=Công đoàn Than - Khoáng sản Việt Nam n=national sector union acting in one province -> that province (records.md regions)]] thợ lò, công nhân có hoàn cảnh khó khăn tại các đơn vị trên địa bàn tỉnh, tổng trị giá [[2,1 tỷ|sf a y2017 s=Công đoàn Than - Khoáng sản Việt Nam]] đồng.

Chương trình "Tết Sum vầy" năm nay, LĐLĐ tỉnh tổ chức 12 chuyến xe, tặng [[480|ben a y2017 n=free tickets given to workers count as beneficiaries (gold README 9); năm nay -> 2017]] vé xe cho công nhân ở các tỉnh miền Trung, miền Bắc về quê đón Tết.

Cùng với chăm lo Tết, năm qua, các cấp công đoàn đã hỗ trợ xây mới, sửa chữa [[36|sh a y2016 n=năm qua in a January article -> the year before (records.md periods)]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở với tổng kinh phí [[1,8 tỷ|shf a y2016]] đồng.

Theo báo cáo của LĐLĐ tỉnh, đến ngày 19/1, đã có 92% doanh nghiệp trên địa bàn thông báo thưởng Tết cho người lao động; mức thưởng bình quân khoảng 6,2 triệu đồng/người.

Thanh Hằng
"""))

# ce14 - Bắc Ninh, industrial-zone union, undated, light damage (stripped paragraph, split number)
ARTS.append(('ce14', 'http://www.bacninhtv.vn/tin-tuc/cong-doan-cac-kcn-bac-ninh-nam-2019-thanh-lap-moi-38-cdcs-t52816.html', None, 'Bắc Ninh', """Công đoàn các KCN Bắc Ninh: Năm 2019 thành lập mới [[38|un a y2019 s=Công đoàn các KCN Bắc Ninh n=headline repeat of the body figure (gold README 1)]] CĐCS

Năm 2019, Công đoàn các Khu công nghiệp (KCN) Bắc Ninh đã thành lập mới [[38|un a y2019 s=Công đoàn các KCN Bắc Ninh n=industrial-zone union: its province (records.md regions)]] CĐCS, kết nạp [[2 1.460|mn a y2019 s=Công đoàn các KCN Bắc Ninh n=scraped number with a stray space, resolved as 21460 (records.md: 1.5 60 -> 1560)]] đoàn viên; trong số CĐCS mới có [[31|un a y2019 s=doanh nghiệp có vốn đầu tư nước ngoài]] CĐCS tại doanh nghiệp có vốn đầu tư nước ngoài. Hiện Công đoàn các KCN quản lý [[512|ut a null s=Công đoàn các KCN Bắc Ninh n=stock (hiện) on a page without a publication date -> null (gold README 7)]] CĐCS với hơn [[268.000|mt a null b=o s=Công đoàn các KCN Bắc Ninh]] đoàn viên.

Cong doan cac KCN da huong dan [[47|wkc a y2019 s=Công đoàn các KCN Bắc Ninh n=paragraph scraped without diacritics; no period in it -> nearest earlier phrase Năm 2019]] doanh nghiep to chuc hoi nghi nguoi lao dong, [[29|ca a y2019 s=Công đoàn các KCN Bắc Ninh]] doanh nghiep ky moi thoa uoc lao dong tap the; phoi hop voi Ban Quan ly cac KCN kiem tra [[18|sv a y2019 s=Công đoàn các KCN Bắc Ninh]] doanh nghiep ve viec thuc hien phap luat lao dong.

Trong năm, Công đoàn các KCN đã thăm hỏi, tặng quà cho [[5.120|ben a y2019 s=Công đoàn các KCN Bắc Ninh]] lượt công nhân có hoàn cảnh khó khăn với số tiền [[2,56 tỷ|sf a y2019 s=Công đoàn các KCN Bắc Ninh]] đồng; tổ chức "Chuyến xe Công đoàn" tặng vé cho [[1.200|ben a y2019 s=Công đoàn các KCN Bắc Ninh n=free tickets given to workers count as beneficiaries (gold README 9)]] công nhân về quê đón Tết.

Năm 2020, Công đoàn các KCN phấn đấu thành lập mới [[35|un t y2020 s=Công đoàn các KCN Bắc Ninh]] CĐCS, kết nạp [[20.000|mn t y2020 s=Công đoàn các KCN Bắc Ninh]] đoàn viên; tiếp tục triển khai chương trình phúc lợi cho đoàn viên tại các KCN Yên Phong, Quế Võ, Tiên Sơn, VSIP.

Bắc Ninh TV
"""))

# ce15 - Hà Nội, district federation, year 2022 review
ARTS.append(('ce15', 'http://hanoimoi.com.vn/tin-tuc/Xa-hoi/1052684/dong-anh-nam-2022-ket-nap-3120-doan-vien-cong-doan', '2022-12-27', 'Hà Nội', """Đông Anh: Năm 2022 kết nạp [[3.120|mn a y2022 s=LĐLĐ huyện Đông Anh n=headline repeat of the body figure (gold README 1)]] đoàn viên công đoàn

Thứ Ba, 27/12/2022 - 15:40

(HNMO) - Ngày 27/12, LĐLĐ huyện Đông Anh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2022, triển khai nhiệm vụ năm 2023.

Năm 2022, LĐLĐ huyện đã thành lập [[21|un a y2022 s=LĐLĐ huyện Đông Anh n=district federation: its city with a scope (records.md regions)]] CĐCS tại doanh nghiệp ngoài nhà nước, kết nạp [[3.120|mn a y2022 s=LĐLĐ huyện Đông Anh]] đoàn viên, đạt [[124,8%|mn p y2022 s=LĐLĐ huyện Đông Anh]] chỉ tiêu LĐLĐ thành phố giao. Đến nay, LĐLĐ huyện có [[412|ut a pub s=LĐLĐ huyện Đông Anh]] CĐCS với [[38.650|mt a pub s=LĐLĐ huyện Đông Anh]] đoàn viên.

Các CĐCS doanh nghiệp đã phối hợp với người sử dụng lao động tổ chức [[176|wkc a y2022 s=LĐLĐ huyện Đông Anh]] hội nghị người lao động; [[58|ca a y2022 s=LĐLĐ huyện Đông Anh]] doanh nghiệp ký mới thỏa ước lao động tập thể, nhiều bản có lợi hơn cho người lao động so với quy định của pháp luật.

Công tác chăm lo đời sống đoàn viên được chú trọng. Trong năm, các cấp công đoàn huyện đã thăm hỏi, tặng quà [[4.350|ben a y2022 s=LĐLĐ huyện Đông Anh]] lượt đoàn viên, người lao động với tổng kinh phí trên [[2,3 tỷ|sf a y2022 b=o s=LĐLĐ huyện Đông Anh]] đồng; phối hợp với LĐLĐ thành phố Hà Nội trao [[5|sh a y2022 s=LĐLĐ huyện Đông Anh]] nhà "Mái ấm Công đoàn". LĐLĐ huyện giới thiệu [[86|pr a y2022 s=LĐLĐ huyện Đông Anh]] đoàn viên ưu tú cho Đảng, [[64|pa a y2022 s=LĐLĐ huyện Đông Anh]] đồng chí đã được kết nạp.

Năm 2023, LĐLĐ huyện phấn đấu thành lập [[15|un t y2023 s=LĐLĐ huyện Đông Anh]] CĐCS, kết nạp [[2.500|mn t y2023 s=LĐLĐ huyện Đông Anh]] đoàn viên.

Bài liên quan
- Sóc Sơn: Trao 120 suất quà cho công nhân khó khăn
- LĐLĐ quận Long Biên biểu dương 50 chủ tịch CĐCS tiêu biểu

Đức Anh
"""))
