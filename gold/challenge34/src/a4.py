# an16-an20
ARTS = []

ARTS.append(('an16', 'https://congdoanbaclieu.org.vn/tin-tuc/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2022-2023-612.html', None, 'Bạc Liêu', """\
Công đoàn ngành Giáo dục tổng kết năm học 2022 - 2023

Ngày 10/8, Công đoàn ngành Giáo dục tỉnh Bạc Liêu tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2022 - 2023, triển khai nhiệm vụ năm học 2023 - 2024.

Trong năm học, 100% CĐCS trong ngành đã phối hợp với thủ trưởng đơn vị tổ chức hội nghị cán bộ, công chức, viên chức ([[354/354|oc a sy2022 s=Công đoàn ngành Giáo dục n=x/y -> x; the 100% share is not a record (gold README 11); Trong năm học -> năm học 2022-2023]] đơn vị). Các cấp công đoàn đã thăm hỏi, hỗ trợ [[1.126|ben a sy2022 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, gặp khó khăn với số tiền hơn [[685 triệu|sf a sy2022 b=o s=Công đoàn ngành Giáo dục]] đồng; hỗ trợ sửa chữa [[4|sh a sy2022 s=Công đoàn ngành Giáo dục]] căn nhà "Mái ấm Công đoàn" cho giáo viên, mỗi căn 40 triệu đồng. Công đoàn ngành hiện có [[354|ut a null s=Công đoàn ngành Giáo dục n=stock, no publication date -> null..null (gold README 7)]] CĐCS với [[9.870|mt a null s=Công đoàn ngành Giáo dục]] đoàn viên.

Năm học 2023 - 2024, Công đoàn ngành phấn đấu xây dựng, sửa chữa [[5|sh t sy2023 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn"; giới thiệu ít nhất [[60|pr t sy2023 b=o s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng.

Dịp này, Công đoàn ngành Giáo dục tặng giấy khen cho 28 tập thể và 45 cá nhân có thành tích xuất sắc.

Minh Thư

Lượt xem: 986
"""))

ARTS.append(('an17', 'https://baolangson.vn/10-thang-thanh-lap-moi-23-cong-doan-co-so-5061873.html', '2017-11-21', 'Lạng Sơn', """\
10 tháng, thành lập mới [[23|un a f10-2017 n=headline repeat of the body figure, takes its period (gold README 1)]] công đoàn cơ sở

Thứ Ba, 21/11/2017 08:45

(LSO) - Theo Liên đoàn Lao động tỉnh, 10 tháng đầu năm 2017, các cấp công đoàn trong tỉnh đã thành lập mới [[23|un a f10-2017 n=region from the site (LĐLĐ tỉnh unnamed, records.md regions)]] CĐCS, kết nap [[2.136|mn a f10-2017 n=stripped diacritic in the cue (nap for nạp) does not change the record]] đoàn viên, đạt [[106,8%|mn p f10-2017 n=part-way attainment of the year target, dated to the reporting period]] chỉ tiêu năm; trao [[4.870|rec a f10-2017 n=membership cards given -> member_records (indicators.tsv)]] thẻ đoàn viên công đoàn cho đoàn viên.

Các cấp công đoàn đã mở [[48|tr a f10-2017]] lớp tập huấn, tuyên truyền pháp luật lao động cho [[6.300|te a f10-2017]] lượt đoàn viên, người lao động; tham gia giải quyết 3 vụ ngừng việc tập thể tại doanh nghiệp ở KCN Đồng Đăng.

Trao quyết định thành lập CĐCS Công ty TNHH Dệt may Hữu Nghị. Ảnh: LSO

Từ nay đến cuối năm, LĐLĐ tỉnh phấn đấu thành lập thêm [[5|un t 2017-11-21..2017-12-31 n=từ nay đến cuối năm target -> publication date .. end of year]] CĐCS, kết nạp [[500|mn t 2017-11-21..2017-12-31]] đoàn viên.

HẢI YẾN

Tin khác
- Tổng kết 20 năm thực hiện Chỉ thị số 07 về phong trào thi đua
"""))

ARTS.append(('an18', 'https://baodongthap.vn/xa-hoi/nam-2025-doan-vien-cong-doan-tang-thuc-hon-3400-nguoi-131877.aspx', '2026-03-05', 'Đồng Tháp', """\
Năm 2025: Đoàn viên công đoàn tăng thực hơn [[3.400|mnet a y2025 b=o n=headline repeat of the body 3.435 (rounded, gold README 1)]] người
Cập nhật ngày: 05/03/2026 08:20:11
ĐTO - Ngày 4/3, Liên đoàn Lao động tỉnh Đồng Tháp tổ chức hội nghị tổng kết công tác phát triển đoàn viên, thành lập công đoàn cơ sở năm 2025 và triển khai nhiệm vụ năm 2026.
Năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[15.820|mn a y2025]] đoàn viên, thành lập mới [[96|un a y2025]] CĐCS. Tuy nhiên, do doanh nghiệp giải thể, thu hẹp sản xuất và sắp xếp lại bộ máy, toàn tỉnh giảm [[12.385|ml a y2025]] đoàn viên và giải thể [[71|ud a y2025]] CĐCS; tăng thực [[3.435|mnet a y2025]] đoàn viên và [[25|unet a y2025]] CĐCS. Trong đó, khu vực Tiền Giang (cũ) kết nạp [[9.604|mn a y2025 r=Tiền Giang s=khu vực Tiền Giang (cũ) n=khu vực X (cũ) -> region X (gold README 10)]] đoàn viên, thành lập [[58|un a y2025 r=Tiền Giang s=khu vực Tiền Giang (cũ)]] CĐCS. Hiện toàn tỉnh có [[3.118|ut a pub]] CĐCS với [[271.540|mt a pub]] đoàn viên.
Lãnh đạo LĐLĐ tỉnh khen thưởng các tập thể có thành tích trong công tác phát triển đoàn viên năm 2025
Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[16.000|mn t y2026]] đoàn viên, tăng thực ít nhất [[4.000|mnet t y2026 b=o]] đoàn viên; 100% doanh nghiệp có từ 25 lao động trở lên thành lập CĐCS.
Thanh Tâm
"""))

ARTS.append(('an19', 'https://baoyenbai.com.vn/12/245871/ngay-hoi-van-hoa-the-thao-cong-nhan-lao-dong-khu-cong-nghiep-phia-nam.aspx', None, 'Yên Bái', """\
Ngày hội văn hóa, thể thao công nhân lao động Khu công nghiệp phía Nam

YBĐT - Liên đoàn Lao động tỉnh Yên Bái phối hợp với Công đoàn Khu công nghiệp tỉnh tổ chức Ngày hội văn hóa, thể thao công nhân lao động năm 2023 tại Khu công nghiệp phía Nam (huyện Văn Yên), thu hút hơn 1.200 công nhân tham gia.

Trong khuôn khổ ngày hội, Ban tổ chức tổ chức hội thi "Tìm hiểu pháp luật lao động" với 12 đội dự thi, tư vấn pháp luật cho gần [[240|lc a y2023 b=u n=period from the event's năm 2023 in the lead (records.md periods)]] lượt công nhân; trao [[200|ben a y2023]] suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.

Công nhân tham gia thi kéo co tại ngày hội.

Năm 2023, Công đoàn Khu công nghiệp tỉnh đã thành lập mới [[6|un a y2023 s=Công đoàn Khu công nghiệp]] CĐCS, kết nạp [[815|mn a y2023 s=Công đoàn Khu công nghiệp]] đoàn viên; phối hợp tổ chức đối thoại tại [[28|wd a y2023 s=Công đoàn Khu công nghiệp]] doanh nghiệp.

Kết thúc ngày hội, Ban tổ chức trao 3 giải nhất, 4 giải nhì và 6 giải ba cho các đội.

Thanh Chi

Các tin khác
- Lục Yên: 150 đoàn viên được tặng quà
"""))

ARTS.append(('an20', 'https://baoquangngai.vn/xa-hoi/202508/cong-doan-phuong-kon-tum-thanh-lap-2-cong-doan-co-so-doanh-nghiep-f7c2a19/', '2025-08-27', 'Quảng Ngãi', """\
Công đoàn phường Kon Tum thành lập [[2|un a pub s=Công đoàn phường Kon Tum r=Kon Tum n=headline repeat of the body figure (gold README 1); ward named after the old city: region by the province's name before the merger (records.md region field), Kon Tum; region_2025 Quảng Ngãi (session 10 correction)]] công đoàn cơ sở doanh nghiệp

Thứ Tư, 27/08/2025 | 16:15

(Baoquangngai.vn) - Ngày 26/8, Công đoàn phường Kon Tum, tỉnh Quảng Ngãi trao quyết định thành lập [[2|un a pub s=Công đoàn phường Kon Tum r=Kon Tum n=Ngày 26/8 is a date and no period phrase comes before -> publication date (records.md periods); ward of the merged province -> Quảng Ngãi; ward named after the old city: region by the province's name before the merger (records.md region field), Kon Tum; region_2025 Quảng Ngãi (session 10 correction)]] CĐCS: CĐCS Công ty TNHH Xây dựng Hoàng Phát với [[38|mn a pub s=CĐCS Công ty TNHH Xây dựng Hoàng Phát r=Kon Tum n=members of a newly founded union -> members_new (gold README 9); ward named after the old city: region by the province's name before the merger (records.md region field), Kon Tum; region_2025 Quảng Ngãi (session 10 correction)]] đoàn viên và CĐCS Công ty TNHH Dược liệu Ngọc Linh với [[25|mn a pub s=CĐCS Công ty TNHH Dược liệu Ngọc Linh r=Kon Tum n=ward named after the old city: region by the province's name before the merger (records.md region field), Kon Tum; region_2025 Quảng Ngãi (session 10 correction)]] đoàn viên.

Từ ngày 1/7 đến nay, Công đoàn phường Kon Tum đã thành lập mới [[4|un a 2025-07-01..2025-08-27 s=Công đoàn phường Kon Tum r=Kon Tum n=ward named after the old city: region by the province's name before the merger (records.md region field), Kon Tum; region_2025 Quảng Ngãi (session 10 correction)]] CĐCS, kết nạp [[136|mn a 2025-07-01..2025-08-27 s=Công đoàn phường Kon Tum r=Kon Tum n=ward named after the old city: region by the province's name before the merger (records.md region field), Kon Tum; region_2025 Quảng Ngãi (session 10 correction)]] đoàn viên; hiện quản lý [[57|ut a pub s=Công đoàn phường Kon Tum r=Kon Tum n=ward named after the old city: region by the province's name before the merger (records.md region field), Kon Tum; region_2025 Quảng Ngãi (session 10 correction)]] CĐCS với [[2.918|mt a pub s=Công đoàn phường Kon Tum r=Kon Tum n=ward named after the old city: region by the province's name before the merger (records.md region field), Kon Tum; region_2025 Quảng Ngãi (session 10 correction)]] đoàn viên.

Lãnh đạo Công đoàn phường Kon Tum trao quyết định thành lập CĐCS.

Theo LĐLĐ tỉnh Quảng Ngãi, 7 tháng đầu năm 2025, khu vực Kon Tum (cũ) đã thành lập mới [[21|un a f7-2025 r=Kon Tum s=khu vực Kon Tum (cũ)]] CĐCS, kết nạp [[1.094|mn a f7-2025 r=Kon Tum s=khu vực Kon Tum (cũ)]] đoàn viên.

Thanh Hương
"""))
