# ap16-ap20
ARTS = []

ARTS.append(('ap16', 'https://baocantho.com.vn/ldld-thanh-pho-so-ket-hoat-dong-6-thang-dau-nam-2024-a172514.html', '2024-07-10', 'Cần Thơ', '''LĐLĐ thành phố sơ kết hoạt động 6 tháng đầu năm 2024

Thứ Tư, 10/07/2024 - 14:55

(CT) - Ngày 10-7, Liên đoàn Lao động (LĐLĐ) TP Cần Thơ tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.

6 tháng đầu năm 2024, các cấp công đoàn thành phố kết nạp [[4.186|mn a h1-2024]] đoàn viên, đạt [[52,3%|mn p h1-2024 n=part-way attainment: reporting period (challenge21 rule)]] kế hoạch năm; thành lập [[27|un a h1-2024]] công đoàn cơ sở (CĐCS). Kết quả ở các đơn vị dẫn đầu như sau:

| Đơn vị | Kết nạp đoàn viên | Thành lập CĐCS |
| LĐLĐ quận Ninh Kiều | [[1.052|mn a h1-2024 s=LĐLĐ quận Ninh Kiều n=table row: district union breakdown (rule 6)]] | [[8|un a h1-2024 s=LĐLĐ quận Ninh Kiều]] |
| LĐLĐ quận Bình Thủy | [[736|mn a h1-2024 s=LĐLĐ quận Bình Thủy]] | [[5|un a h1-2024 s=LĐLĐ quận Bình Thủy]] |
| Công đoàn các KCN và chế xuất | [[1.318|mn a h1-2024 s=Công đoàn các KCN và chế xuất]] | [[6|un a h1-2024 s=Công đoàn các KCN và chế xuất]] |

Số đoàn viên kết nạp mới tăng 15% so với cùng kỳ năm 2023. Cũng trong 6 tháng, các cấp công đoàn đã nhập dữ liệu [[5.420|rec a h1-2024]] đoàn viên lên phần mềm quản lý; tư vấn pháp luật cho [[962|lc a h1-2024]] lượt đoàn viên, người lao động; tổ chức [[24|tr a h1-2024]] lớp tập huấn cho [[2.105|te a h1-2024]] lượt cán bộ công đoàn.

Trong dịp Tết Giáp Thìn 2024, các cấp công đoàn đã thăm, tặng [[21.640|ben a y2024 n=Tết Giáp Thìn 2024 -> the year 2024 (challenge21 rule: Tết figures take the Tết year)]] suất quà với tổng kinh phí [[11,2 tỷ|sf a y2024]] đồng. Tháng Công nhân năm 2024 được tổ chức tại [[986|wmu a mo2024-05 n=Tháng Công nhân -> May (records.md)]] CĐCS.

6 tháng cuối năm, LĐLĐ thành phố phấn đấu kết nạp thêm [[3.900|mn t h2-2024]] đoàn viên, thành lập [[25|un t h2-2024]] CĐCS.

Tin, ảnh: Gia Bảo

Lượt xem: 1.874

Tin liên quan
Trao 150 suất quà cho công nhân KCN Trà Nóc
LĐLĐ quận Cái Răng kết nạp 300 đoàn viên
'''))

ARTS.append(('ap17', 'https://congdoangiaoduc.khanhhoa.gov.vn/tin-tuc/tong-ket-hoat-dong-cong-doan-nam-hoc-2014-2015.html', None, 'Khánh Hòa', '''Công đoàn ngành Giáo dục tổng kết hoạt động năm học 2014-2015

Trang chủ > Tin hoạt động

Công đoàn ngành Giáo dục tỉnh Khánh Hòa vừa tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2014-2015, triển khai nhiệm vụ năm học 2015-2016.

Năm học 2014-2015, Công đoàn ngành có [[412|ut a null s=Công đoàn ngành Giáo dục n=stock in an undated article -> null..null (records.md)]] công đoàn cơ sở (CĐCS) với [[15.836|mt a null s=Công đoàn ngành Giáo dục n=stock, no publication date -> null (rule 7)]] đoàn viên; kết nạp mới [[603|mn a sy2014 s=Công đoàn ngành Giáo dục n=năm học -> 1 September .. 31 August (records.md)]] đoàn viên. Có [[409/412|oc a sy2014 s=Công đoàn ngành Giáo dục v=409 n=x/y: the numerator (rule 3)]] đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học.

Trong năm học, các công đoàn cơ sở đã phối hợp với chuyên môn tổ chức tốt các cuộc vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”, phong trào thi đua “Dạy tốt - Học tốt”; tham gia xây dựng, sửa đổi quy chế chi tiêu nội bộ, quy chế dân chủ ở cơ sở, bảo đảm quyền lợi hợp pháp của nhà giáo và người lao động trong các nhà trường.

Công đoàn ngành đã thăm hỏi [[1.374|ben a sy2014 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, gặp khó khăn với số tiền [[687 triệu|sf a sy2014 s=Công đoàn ngành Giáo dục]] đồng; hỗ trợ [[8|sh a sy2014 s=Công đoàn ngành Giáo dục]] giáo viên xây nhà Mái ấm Công đoàn, mỗi nhà 30 triệu đồng. Công đoàn ngành phối hợp với Sở Giáo dục và Đào tạo tổ chức [[3|tr a sy2014 s=Công đoàn ngành Giáo dục]] lớp tập huấn cho [[450|te a sy2014 s=Công đoàn ngành Giáo dục]] cán bộ công đoàn trường học; Ủy ban Kiểm tra tiến hành kiểm tra tài chính [[21|fi a sy2014 s=Công đoàn ngành Giáo dục]] CĐCS.

Năm học 2013-2014, số đoàn viên được thăm hỏi là [[1.102|ben a sy2013 s=Công đoàn ngành Giáo dục n=comparison school year: a record of that year]] lượt.

Năm học 2015-2016, Công đoàn ngành phấn đấu kết nạp [[500|mn t sy2015 s=Công đoàn ngành Giáo dục]] đoàn viên, hỗ trợ [[10|sh t sy2015 s=Công đoàn ngành Giáo dục]] nhà Mái ấm Công đoàn cho giáo viên khó khăn.

Tại hội nghị, 25 tập thể và 40 cá nhân được Công đoàn Giáo dục Việt Nam và Công đoàn ngành tặng bằng khen.

Số lượt truy cập: 245.118
'''))

ARTS.append(('ap18', 'https://baodaknong.vn/lien-doan-lao-dong-tinh-tong-ket-hoat-dong-cong-doan-nam-2021-129734.html', '2021-12-30', 'Đắk Nông', '''Liên đoàn Lao động tỉnh tổng kết hoạt động công đoàn năm 2021

Thứ Năm, 30/12/2021, 16:10 [GMT+7]

Ngày 30/12, Liên đoàn Lao động (LĐLĐ) tỉnh Đắk Nông tổ chức hội nghị tổng kết hoạt động công đoàn năm 2021 và triển khai nhiệm vụ năm 2022.

Năm 2021, các cấp công đoàn trong tỉnh kết nạp [[1.968|mn a y2021]] đoàn viên, đạt [[112,5%|mn p y2021]] kế hoạch; thành lập [[12|un a y2021]] công đoàn cơ sở (CĐCS). Tính từ đầu nhiệm kỳ 2018-2023 đến nay, toàn tỉnh kết nạp được [[7.436|mn a 2018-01-01..2021-12-30 n=từ đầu nhiệm kỳ 2018-2023 đến nay -> term start .. publication (records.md: từ đầu năm X đến nay)]] đoàn viên, thành lập [[51|un a 2018-01-01..2021-12-30]] CĐCS, đạt [[85%|un p 2018-01-01..2021-12-30 n=part-way attainment of the term target: the period of the sentence (challenge21 rule)]] chỉ tiêu nhiệm kỳ.

Để hỗ trợ người lao động bị ảnh hưởng bởi dịch Covid-19, trong năm các cấp công đoàn đã chi hơn [[4,3 tỷ|sf a y2021 b=o]] đồng hỗ trợ [[8.126|ben a y2021]] lượt đoàn viên, người lao động; trong đó LĐLĐ tỉnh trực tiếp hỗ trợ [[1.410|ben a y2021 s=LĐLĐ tỉnh trực tiếp n=trong đó breakdown by the body that paid (rule 6)]] lượt với số tiền [[920 triệu|sf a y2021 s=LĐLĐ tỉnh trực tiếp]] đồng. Lũy kế 2 năm 2020-2021, tổng kinh phí hỗ trợ phòng, chống dịch đạt [[7,1 tỷ|sf a t2020-2021 n=lũy kế 2 năm 2020-2021 -> the named years (records.md: giai đoạn)]] đồng.

Chương trình “Mái ấm Công đoàn” năm 2021 hỗ trợ [[9|sh a y2021]] nhà, mỗi nhà 50 triệu đồng. Các cấp công đoàn giới thiệu [[64|pr a y2021]] đoàn viên ưu tú cho Đảng; phối hợp tổ chức hội nghị người lao động tại [[153|wkc a y2021]] doanh nghiệp.

Năm 2022, LĐLĐ tỉnh phấn đấu kết nạp [[2.000|mn t y2022]] đoàn viên, thành lập [[15|un t y2022]] CĐCS, hỗ trợ xây dựng [[10|sh t y2022]] nhà Mái ấm Công đoàn.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 20 tập thể và 31 cá nhân.

Hoàng Oanh

Chia sẻ: Facebook | Zalo
'''))

ARTS.append(('ap19', 'https://baolongan.vn/ldld-tinh-tong-ket-nam-2023-trien-khai-tet-sum-vay-a168203.html', '2024-01-12', 'Long An', '''LĐLĐ tỉnh tổng kết năm 2023, triển khai chương trình “Tết Sum vầy” 2024

Cập nhật ngày: 12/01/2024 - 10:26

BLA - Ngày 12/01, Liên đoàn Lao động (LĐLĐ) tỉnh Long An tổ chức hội nghị tổng kết hoạt động công đoàn năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, các cấp công đoàn trong tỉnh kết nạp [[16.382|mn a y2023]] đoàn viên, đạt [[109%|mn p y2023]] chỉ tiêu; thành lập [[64|un a y2023]] công đoàn cơ sở (CĐCS). Tuy nhiên, do nhiều doanh nghiệp thiếu đơn hàng, cắt giảm lao động, số đoàn viên giảm [[19.550|ml a y2023]] người, giải thể [[38|ud a y2023]] CĐCS. Hiện toàn tỉnh có [[2.387|ut a pub n=stock -> publication (rule 7)]] CĐCS với [[287.204|mt a pub n=stock -> publication (rule 7)]] đoàn viên.

Riêng quý IV/2023, các cấp công đoàn kết nạp [[3.215|mn a q4-2023 n=quý IV/2023 (records.md)]] đoàn viên, thành lập [[14|un a q4-2023]] CĐCS.

Năm 2023, các cấp công đoàn trong tỉnh đã:
- Hỗ trợ [[8.940|ben a y2023 n=bullet list under a heading with its year (rule 8)]] đoàn viên bị mất việc, giảm giờ làm với số tiền [[4,47 tỷ|sf a y2023]] đồng;
- Xây mới, sửa chữa [[31|sh a y2023]] nhà Mái ấm Công đoàn;
- Ký kết [[12|wp a y2023]] thỏa thuận hợp tác Chương trình “Phúc lợi đoàn viên công đoàn”;
- Tham gia [[87|sv a y2023]] cuộc kiểm tra, giám sát tại doanh nghiệp.

Về chương trình “Tết Sum vầy” năm 2024, LĐLĐ tỉnh dự kiến chăm lo cho [[32.000|ben t y2024 n=planned (dự kiến) -> target (rule 4); Tết 2024 -> the year 2024]] đoàn viên, người lao động với tổng kinh phí khoảng [[17 tỷ|sf t y2024 b=a]] đồng. Mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng; tổ chức 5 chuyến xe miễn phí đưa công nhân về quê đón Tết.

Phát biểu tại hội nghị, bà Nguyễn Thị Ngọc Hà, Chủ tịch LĐLĐ tỉnh nhấn mạnh: “Năm 2024, chúng ta phải kết nạp ít nhất [[15.000|mn t y2024 b=o n=a target stated in the quoted speech (rule 4)]] đoàn viên, thành lập [[50|un t y2024]] CĐCS, đồng thời giữ vững số đoàn viên hiện có”.

Minh Khang
'''))

ARTS.append(('ap20', 'https://baoquangninh.vn/ldld-tinh-so-ket-9-thang-nam-2016-3014420.html', '2016-10-14', 'Quảng Ninh', '''LĐLĐ tỉnh sơ kết 9 tháng năm 2016

Thứ Sáu, 14/10/2016, 09:30 [GMT+7]

Ngày 14/10, LĐLĐ tỉnh Quảng Ninh tổ chức hội nghị Ban Chấp hành sơ kết hoạt động công đoàn 9 tháng năm 2016, triển khai nhiệm vụ 3 tháng cuối năm.

9 tháng qua, các cấp công đoàn trong tỉnh kết nạp [[5.128|mn a f9-2016 n=9 tháng năm 2016 -> January..September (records.md)]] đoàn viên, thành lập [[33|un a f9-2016]] công đoàn cơ sở (CĐCS); tăng tuyệt đối [[2.347|mnet a f9-2016]] đoàn viên và [[Năm|unet a f9-2016 v=5 n=number word (records.md: Năm đoàn viên -> 5)]] CĐCS. Trong đó, Công đoàn Than - Khoáng sản Việt Nam trên địa bàn tỉnh kết nạp [[1.846|mn a f9-2016 s=Công đoàn Than - Khoáng sản Việt Nam n=a national sector union acting in one province gives that province (records.md regions)]] đoàn viên.

Các cấp công đoàn đã phối hợp tổ chức hội nghị người lao động tại [[628|wkc a f9-2016]] doanh nghiệp; ký mới [[74|ca a f9-2016]] thỏa ước lao động tập thể; thành lập [[6|wc a f9-2016]] Ban nữ công quần chúng. Công tác chăm lo được chú trọng: thăm hỏi [[6.715|ben a f9-2016]] lượt đoàn viên với số tiền [[3,46 tỷ|sf a f9-2016]] đồng; xây mới [[22|sh a f9-2016]] nhà Mái ấm Công đoàn với kinh phí [[990 triệu|shf a f9-2016]] đồng.

Quý III/2016, Ủy ban Kiểm tra LĐLĐ tỉnh kiểm tra tài chính [[18|fi a q3-2016]] CĐCS, phát hiện 3 đơn vị sử dụng kinh phí chưa đúng quy định.

Phát biểu kết luận hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh đánh giá: 9 tháng qua, dù ngành than gặp khó khăn về tiêu thụ, nhiều doanh nghiệp phải giãn việc, các cấp công đoàn vẫn giữ ổn định tổ chức, kịp thời nắm bắt tâm tư, nguyện vọng của người lao động, không để xảy ra ngừng việc tập thể trên địa bàn. Tuy nhiên, việc thành lập công đoàn ở doanh nghiệp ngoài nhà nước còn chậm, một số công đoàn cơ sở hoạt động còn hình thức.

3 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.900|mn t l3-2016 n=3 tháng cuối năm -> October..December of the publication year (rule 8)]] đoàn viên, hoàn thành chỉ tiêu cả năm [[7.000|mn t y2016 n=chỉ tiêu cả năm -> full year (rule 8)]] đoàn viên.

Thu Chung

Bình luận (0) | Lượt xem: 986
'''))
