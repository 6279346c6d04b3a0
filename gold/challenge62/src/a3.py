"""challenge62 co11-co15."""

ARTS = []

# co11: Lao Động excerpt, starts and stops mid-article, undated; Tết Giáp Thìn 2024 in Thừa Thiên Huế.
ARTS.append(('co11', 'https://laodong.vn/cong-doan/thua-thien-hue-hon-21000-suat-qua-tet-den-voi-doan-vien-1298471.ldo', None, 'Thừa Thiên Huế', """nhiều công nhân ở lại làm việc xuyên Tết tại các nhà máy dệt may, sợi trong KCN Phú Bài và Phong Điền.

Theo LĐLĐ tỉnh Thừa Thiên Huế, dịp Tết Nguyên đán Giáp Thìn 2024, công đoàn các cấp trong tỉnh đã thăm, tặng [[21.350|ben a y2024 n=Tết Giáp Thìn 2024 gives the year 2024 (Tết year convention of the earlier sets)]] suất quà cho đoàn viên, người lao động, tổng trị giá gần [[12,8 tỉ|sf a y2024 b=u]] đồng. Trong đó, LĐLĐ tỉnh trực tiếp trao [[3.100|ben a y2024 s=LĐLĐ tỉnh trực tiếp n=breakdown of the 21.350 (gold README 6)]] suất quà, mỗi suất 500.000 đồng; Tổng LĐLĐ Việt Nam hỗ trợ [[200|ben a y2024 s=Tổng LĐLĐ Việt Nam n=a national body acting in one province gives that province (records.md regions)]] suất quà Tết cho đoàn viên có hoàn cảnh đặc biệt khó khăn trên địa bàn tỉnh.

Tại Chương trình "Tết sum vầy" tổ chức ở KCN Phú Bài, Công đoàn các KCN tỉnh đã trao [[500|ben a y2024 s=Công đoàn các KCN tỉnh n=a zone union gives its province (records.md regions); period from the earlier Tết Giáp Thìn 2024]] suất quà cho công nhân; "Chợ Tết Công đoàn" phát 2.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

Ngoài ra, LĐLĐ tỉnh phối hợp với các doanh nghiệp vận tải tổ chức "Chuyến xe Tết Công đoàn", tặng [[540|ben a y2024 n=free bus tickets given to workers count as beneficiaries (gold README 9)]] vé xe miễn phí cho công nhân quê ở các tỉnh phía Bắc và Tây Nguyên về quê đón Tết.

Ông Nguyễn Đình Đức, Chủ tịch LĐLĐ tỉnh Thừa Thiên Huế, cho biết năm nay các cấp công đoàn ưu tiên đoàn viên mất việc, giảm giờ làm, đoàn viên mắc bệnh hiểm nghèo và những người có hoàn cảnh khó khăn về nhà ở. Theo ông Đức, ngay sau Tết, LĐLĐ tỉnh sẽ tiếp tục rà soát để"""))

# co12: baomoi copy of Báo Lạng Sơn, undated; party referrals 2018-2022; a scraped 'l' for 1.
ARTS.append(('co12', 'https://baomoi.com/lang-son-5-nam-gioi-thieu-hon-1-100-doan-vien-uu-tu-cho-dang/c/45220931.epi', None, 'Lạng Sơn', """Lạng Sơn: 5 năm giới thiệu hơn [[1.100|pr a t2018-2022 b=o n=headline repeat of the 1.126 of giai đoạn 2018 - 2022 (gold README 1)]] đoàn viên ưu tú cho Đảng

Báo Lạng Sơn

Giai đoạn 2018 - 2022, các cấp công đoàn tỉnh Lạng Sơn đã giới thiệu [[l.126|pr a t2018-2022 v=1126 n=scraped l for 1 resolved (gold README 3)]] đoàn viên ưu tú cho các cấp ủy đảng xem xét, bồi dưỡng, kết nạp (đạt [[112,6%|pr p t2018-2022]] kế hoạch); trong đó [[874|pa a t2018-2022]] đồng chí đã được kết nạp vào Đảng, khu vực doanh nghiệp ngoài nhà nước có [[96|pa a t2018-2022 s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of the 874 (gold README 6)]] đồng chí.

Riêng năm 2022, công đoàn các cấp giới thiệu [[241|pr a y2022]] đoàn viên ưu tú, có [[187|pa a y2022]] đồng chí được kết nạp Đảng. Nhiều CĐCS ở các doanh nghiệp ngoài nhà nước như Công ty CP Xi măng Đồng Bành, Công ty TNHH Hoa Sen Lạng Sơn đã phối hợp với chi bộ doanh nghiệp bồi dưỡng nguồn kết nạp ngay trong đội ngũ công nhân trực tiếp sản xuất.

Ông Hoàng Văn Nghiệm, Chủ tịch LĐLĐ tỉnh cho biết, để làm tốt công tác này, LĐLĐ tỉnh đã ban hành Kế hoạch số 46/KH-LĐLĐ về thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy; chỉ đạo các CĐCS lựa chọn đoàn viên tiêu biểu trong phong trào thi đua để giới thiệu.

Năm 2023, các cấp công đoàn tỉnh phấn đấu giới thiệu ít nhất [[230|pr t y2023 b=o]] đoàn viên ưu tú cho Đảng xem xét, kết nạp.

Thu Hà

Theo Báo Lạng Sơn
"""))

# co13: union portal of the merged Đồng Nai, dated 2025-09-22; ward union in the former Bình Phước.
ARTS.append(('co13', 'https://congdoandongnai.vn/tin-tuc/hoat-dong-cong-doan/cong-doan-phuong-dong-xoai-thanh-lap-them-4-cong-doan-co-so-4518.html', '2025-09-22', 'Bình Phước', """Trang chủ / Tin tức / Hoạt động công đoàn

Công đoàn phường Đồng Xoài thành lập thêm [[4|un a 2025-07-01..2025-09-22 s=Công đoàn phường Đồng Xoài n=headline repeat of the body figure (gold README 1)]] công đoàn cơ sở

22/09/2025 08:15 | Lượt xem: 287

Công đoàn phường Đồng Xoài (tỉnh Đồng Nai) vừa tổ chức hội nghị sơ kết hoạt động sau gần 3 tháng đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp. Dịp này, Công đoàn phường trao [[20|ben a pub s=Công đoàn phường Đồng Xoài n=no period phrase before this sentence: publication date (records.md periods); a ward union reports for the old province its ward lies in (gold README 10)]] suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng.

Theo báo cáo, từ ngày 1/7/2025 đến nay, Công đoàn phường đã thành lập [[4|un a 2025-07-01..2025-09-22 s=Công đoàn phường Đồng Xoài n=từ ngày 1/7/2025 đến nay runs to publication (records.md periods)]] CĐCS với [[186|mn a 2025-07-01..2025-09-22 s=Công đoàn phường Đồng Xoài n=members of newly founded unions count as members_new (gold README 9)]] đoàn viên. Hiện Công đoàn phường quản lý [[63|ut a pub s=Công đoàn phường Đồng Xoài]] CĐCS với [[4.912|mt a pub s=Công đoàn phường Đồng Xoài]] đoàn viên.

Năm 2025, Công đoàn phường phấn đấu thành lập thêm [[3|un t y2025 s=Công đoàn phường Đồng Xoài]] CĐCS, kết nạp [[150|mn t y2025 s=Công đoàn phường Đồng Xoài]] đoàn viên tại các doanh nghiệp, hộ kinh doanh trên địa bàn.

Cũng theo LĐLĐ tỉnh Đồng Nai, từ khi hợp nhất đến nay, toàn tỉnh đã thành lập [[37|un a 2025-07-01..2025-09-22 r=Đồng Nai n=the new province's federation reports for the new province (gold README 10); từ khi hợp nhất (1 July 2025) đến nay]] CĐCS, kết nạp [[6.540|mn a 2025-07-01..2025-09-22 r=Đồng Nai]] đoàn viên.

Tin khác:
- Công đoàn xã Tân Phú trao 30 suất quà cho công nhân khó khăn
- Phường Bình Phước: 120 đoàn viên tham gia hội thao chào mừng Quốc khánh 2/9

Lượt truy cập: 4.218.330
"""))

# co14: provincial TV site, Quảng Ninh, dated 2020-12-24; Phúc lợi đoàn viên and e-cards 2020, Tết 2021 plan.
ARTS.append(('co14', 'https://www.qtv.vn/xa-hoi/ldld-tinh-ky-ket-12-thoa-thuan-phuc-loi-doan-vien-nam-2020-98531.html', '2020-12-24', 'Quảng Ninh', """LĐLĐ tỉnh ký kết [[12|wp a y2020 n=headline repeat of the body figure (gold README 1)]] thỏa thuận "Phúc lợi đoàn viên" năm 2020

Cập nhật lúc 18:35 - 24/12/2020

QTV - Chiều 24/12, Liên đoàn Lao động tỉnh Quảng Ninh tổ chức ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên công đoàn" với các doanh nghiệp trên địa bàn tỉnh.

Trong năm 2020, Liên đoàn Lao động tỉnh đã ký kết [[12|wp a y2020]] thỏa thuận hợp tác với các doanh nghiệp kinh doanh siêu thị, nhà hàng, khách sạn, cơ sở y tế, nâng tổng số thỏa thuận còn hiệu lực lên [[57|wp a pub n=agreements in force (nâng tổng số ... lên) are a stock dated at publication (gold README 7)]]. Đoàn viên công đoàn khi sử dụng dịch vụ được giảm giá từ 5 đến 30%.

Cũng trong năm, các cấp công đoàn trong tỉnh đã cấp [[31.000|rec a y2020]] thẻ đoàn viên công đoàn điện tử, cập nhật thông tin của [[86.410|rec a y2020 n=entries into the membership software in the year (indicators.tsv member_records); a second member_records figure, not a breakdown]] đoàn viên lên phần mềm quản lý đoàn viên.

Năm 2021, Liên đoàn Lao động tỉnh phấn đấu ký kết thêm [[10|wp t y2021]] thỏa thuận hợp tác.

Dịp Tết Nguyên đán Tân Sửu 2021, Liên đoàn Lao động tỉnh dự kiến thăm, tặng quà [[25.000|ben t y2021 n=planned Tết care is a target; Tết Tân Sửu 2021 gives the year 2021 (gold README 4)]] đoàn viên, người lao động với kinh phí khoảng [[15 tỷ|sf t y2021 b=a]] đồng.

Minh Châu - Quang Huy
"""))

# co15: baomoi copy of a Người Lao Động story, undated; Bến Tre, first half of 2022.
ARTS.append(('co15', 'https://baomoi.com/ben-tre-58-doanh-nghiep-nang-bua-an-giua-ca/c/43106752.epi', None, 'Bến Tre', """Bến Tre: [[58|meal a h1-2022 n=headline repeat of the body figure of 6 tháng đầu năm 2022 (gold README 1)]] doanh nghiệp nâng bữa ăn giữa ca

Người Lao Động

(NLĐO) - 6 tháng đầu năm 2022, các cấp CĐ tỉnh Bến Tre đã đối thoại, thương lượng thành công với [[58|meal a h1-2022]] doanh nghiệp nâng giá trị bữa ăn giữa ca cho NLĐ, đạt [[72,5%|meal p h1-2022 n=part-way attainment takes the reporting half-year (records.md periods)]] kế hoạch năm. Mức tăng phổ biến từ 2.000 đến 5.000 đồng/suất.

Trong đó, CĐ các KCN tỉnh thương lượng thành công tại [[34|meal a h1-2022 s=CĐ các KCN tỉnh n=breakdown of the 58 (gold README 6)]] doanh nghiệp, chủ yếu là doanh nghiệp may mặc, chế biến dừa tại KCN Giao Long và An Hiệp. Hiện mức ăn giữa ca tại các doanh nghiệp trong KCN phổ biến từ 18.000 đến 25.000 đồng/suất.

Cũng trong 6 tháng, [[96|wkc a h1-2022]] doanh nghiệp tổ chức hội nghị NLĐ; CĐCS phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ tại [[127|wd a h1-2022]] doanh nghiệp; ký mới [[21|ca a h1-2022]] bản thỏa ước lao động tập thể.

Năm 2022, LĐLĐ tỉnh đặt kế hoạch vận động [[80|meal t y2022]] doanh nghiệp điều chỉnh tăng bữa ăn giữa ca.

Theo lãnh đạo LĐLĐ tỉnh Bến Tre, bữa ăn giữa ca là nội dung được công nhân quan tâm hàng đầu trong các kỳ đối thoại, nhất là khi giá cả thực phẩm tăng cao.

Lê Phong

Theo Người Lao Động
"""))
