"""cr11-cr15: Phú Yên (damage), Khánh Hòa, Ninh Thuận, Bình Thuận (KCN), Kon Tum."""
NULLSTOCK = 'n=stock in an undated page -> null..null (gold README 7)'

ARTS = []

# cr11 Phú Yên, baophuyen-like, dated July 2015: yearless H1, one paragraph with stripped diacritics
ARTS.append(('cr11', 'http://www.baophuyen.com.vn/81/134265/ldld-tinh-so-ket-cong-tac-6-thang-dau-nam.html',
             '2015-07-21', 'Phú Yên', """LĐLĐ tỉnh sơ kết công tác 6 tháng đầu năm

Cập nhật lúc 16:05, Thứ Ba, 21/07/2015 (GMT+7)

Ngày 20/7, Liên đoàn Lao động tỉnh Phú Yên tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm.

6 tháng đầu năm, các cấp công đoàn trong tỉnh đã kết nạp [[1.126|mn a h1-2015 n=6 tháng đầu năm without a year -> the publication year 2015 (records.md periods)]] đoàn viên, đạt [[56,3%|mn p h1-2015 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm; thành lập mới [[14|un a h1-2015]] CĐCS. Hiện toàn tỉnh có [[1.038|ut a pub]] CĐCS với [[41.250|mt a pub]] đoàn viên.

Cac cap cong doan da phoi hop to chuc [[11|fi a h1-2015 n=stripped diacritics (scraping damage) read as written: kiem tra tai chinh -> financial_inspections]] cuoc kiem tra tai chinh cong doan, tham gia [[25|sv a h1-2015]] cuoc giam sat viec thuc hien chinh sach, phap luat tai doanh nghiep; tu van phap luat cho [[312|lc a h1-2015]] luot cong nhan lao dong. Nhan dip Thang Cong nhan, cac cap cong doan da tham hoi, tang qua [[2.140|ben a mo2015-05 n=Thang Cong nhan (stripped) -> May of the year (records.md periods)]] luot doan vien voi tong so tien [[865 trieu|sf a mo2015-05 v=865000000 n=stripped triệu read as trieu (scraping damage; gold README 3)]] dong.

Trong 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[900|mn t h2-2015]] đoàn viên, thành lập [[12|un t h2-2015]] CĐCS, xây dựng [[5|sh t h2-2015]] nhà “Mái ấm Công đoàn”; tổ chức tốt Đại hội Công đoàn tỉnh lần thứ VII.

HOÀNG TUẤN
"""))

# cr12 Khánh Hòa, baokhanhhoa-like, undated: Phúc lợi đoàn viên partners + stock, e-cards, software entries
NT = 's=LĐLĐ TP Nha Trang'
ARTS.append(('cr12', 'https://baokhanhhoa.vn/xa-hoi/202301/ldld-tp-nha-trang-mo-rong-chuong-trinh-phuc-loi-cho-doan-vien-8256714/',
             None, 'Khánh Hòa', """LĐLĐ TP. Nha Trang mở rộng chương trình phúc lợi cho đoàn viên

Năm 2022, Liên đoàn Lao động (LĐLĐ) TP. Nha Trang đã ký kết thỏa thuận hợp tác thực hiện Chương trình “Phúc lợi đoàn viên công đoàn” với [[6|wp a y2022 """ + NT + """ n=city union gives its province, scope as written (records.md regions)]] doanh nghiệp, nâng tổng số đơn vị đã ký kết lên [[18|wp a null """ + NT + """ n=agreements in force are the stock of their signings; undated -> null..null (gold README 7)]]. Các doanh nghiệp cam kết giảm giá từ 5 - 15% khi đoàn viên mua hàng, sử dụng dịch vụ khách sạn, nhà hàng, khám chữa bệnh.

Cũng trong năm, LĐLĐ thành phố đã nhập thông tin của [[28.600|rec a y2022 """ + NT + """]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[3.450|rec a y2022 """ + NT + """ n=e-cards issued -> member_records, a second figure not a breakdown (indicators.tsv)]] thẻ đoàn viên công đoàn điện tử. Đến nay, 92% CĐCS trực thuộc đã cập nhật đầy đủ dữ liệu đoàn viên.

Trên phạm vi toàn tỉnh, năm 2022 LĐLĐ tỉnh Khánh Hòa đã ký [[24|wp a y2022 n=reporting body LĐLĐ tỉnh Khánh Hòa, whole province: no scope (records.md regions)]] thỏa thuận hợp tác về phúc lợi cho đoàn viên với các doanh nghiệp, ngân hàng, siêu thị.

Năm 2023, LĐLĐ TP. Nha Trang phấn đấu ký thêm [[5|wp t y2023 """ + NT + """]] thỏa thuận hợp tác, cấp thẻ đoàn viên điện tử cho [[5.000|rec t y2023 b=o """ + NT + """ n=... trở lên after the counted noun -> over (gold README 5)]] đoàn viên trở lên.

Liên hệ: Văn phòng LĐLĐ TP. Nha Trang, số 2 Lê Thánh Tôn, điện thoại 0258.3822.417.

H.LAN
"""))

# cr13 Ninh Thuận, baoninhthuan-like, dated Oct 2022: legal dissemination, trainings, inspections; rounded headline
ARTS.append(('cr13', 'http://baoninhthuan.com.vn/news/132745p24c32/ninh-thuan-hon-2-800-luot-doan-vien-duoc-tuyen-truyen-phap-luat.htm',
             '2022-10-14', 'Ninh Thuận', """Hơn [[2.800|te a f9-2022 b=o v=2800 n=headline rounds the body's 2.846: body's region and period (gold README 1)]] lượt đoàn viên được tuyên truyền pháp luật

Thứ Sáu, 14/10/2022 - 08:12

9 tháng đầu năm, Liên đoàn Lao động tỉnh đã tổ chức [[32|tr a f9-2022 n=9 tháng đầu năm without a year -> the publication year 2022; dissemination conferences -> trainings (records.md periods; indicators.tsv)]] hội nghị tuyên truyền, phổ biến pháp luật cho [[2.846|te a f9-2022]] lượt đoàn viên, người lao động tại các doanh nghiệp, nhất là ở Khu công nghiệp Thành Hải, Du Long.

Văn phòng Tư vấn pháp luật LĐLĐ tỉnh đã tư vấn pháp luật cho [[146|lc a f9-2022]] lượt người lao động, chủ yếu về hợp đồng lao động, chế độ bảo hiểm xã hội; hỗ trợ khởi kiện 2 vụ tranh chấp lao động. Liên đoàn Lao động tỉnh cũng tổ chức [[6|tr a f9-2022]] lớp tập huấn nghiệp vụ cho [[410|te a f9-2022]] cán bộ công đoàn cơ sở.

Bên cạnh đó, LĐLĐ tỉnh đã phối hợp với các sở, ngành tham gia [[18|sv a f9-2022]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại doanh nghiệp; Ủy ban Kiểm tra LĐLĐ tỉnh kiểm tra tài chính tại [[7|fi a f9-2022]] CĐCS.

Quý IV/2022, LĐLĐ tỉnh phấn đấu tổ chức thêm [[10|tr t q4-2022]] hội nghị tuyên truyền pháp luật tại các doanh nghiệp ngoài nhà nước.

Người lao động cần tư vấn có thể liên hệ đường dây nóng 0259.3836.205 hoặc đến trực tiếp số 56 đường 16 Tháng 4, TP. Phan Rang - Tháp Chàm.

K.Nguyên
"""))

# cr14 Bình Thuận, undated: Công đoàn các KCN 2020; number in words; attainment; approximate stock; Covid support
KCN = 's=Công đoàn các KCN'
ARTS.append(('cr14', 'https://baobinhthuan.com.vn/xa-hoi/cong-doan-cac-khu-cong-nghiep-nam-2020-thanh-lap-moi-12-cong-doan-co-so-128904.html',
             None, 'Bình Thuận', """Công đoàn các Khu công nghiệp: Năm 2020 thành lập mới [[12|un a y2020 """ + KCN + """ n=headline repeat: body's period and scope (gold README 1)]] công đoàn cơ sở

Năm 2020, Công đoàn các khu công nghiệp (KCN) Bình Thuận đã thành lập mới [[mười hai|un a y2020 v=12 """ + KCN + """ n=number written as words (records.md); KCN union gives its province]] công đoàn cơ sở (CĐCS), đạt [[120%|un p y2020 """ + KCN + """]] kế hoạch, kết nạp [[1.930|mn a y2020 """ + KCN + """]] đoàn viên. Hiện Công đoàn các KCN đang quản lý [[64|ut a null """ + KCN + ' ' + NULLSTOCK + """]] CĐCS với khoảng [[21.500|mt a null b=a """ + KCN + ' ' + NULLSTOCK + """]] đoàn viên.

Do ảnh hưởng của dịch Covid-19, nhiều doanh nghiệp thiếu đơn hàng, phải cắt giảm lao động. Công đoàn các KCN đã kịp thời hỗ trợ [[3.200|ben a y2020 """ + KCN + """]] lượt công nhân lao động bị ảnh hưởng với tổng số tiền [[1,1 tỷ|sf a y2020 """ + KCN + """]] đồng.

Tháng Công nhân năm 2020 được tổ chức ở [[58|wmu a mo2020-05 """ + KCN + """ n=Tháng Công nhân -> May of its year (records.md periods)]] CĐCS. Trong năm, [[18|wkc a y2020 """ + KCN + """]] doanh nghiệp tổ chức hội nghị người lao động đúng quy định; [[5|ca a y2020 """ + KCN + """ n=trong năm 2020; the threshold từ 300 lao động trở lên qualifies the enterprises and is not a record nor the figure's bound (gold README 5, 11)]] doanh nghiệp có từ 300 lao động trở lên đã ký mới thỏa ước lao động tập thể.

Năm 2021, Công đoàn các KCN phấn đấu thành lập mới [[10|un t y2021 """ + KCN + """]] CĐCS, kết nạp [[1.500|mn t y2021 """ + KCN + """]] đoàn viên.

Q.Thành
"""))

# cr15 Kon Tum, kontumtv-like, dated March 2013: year 2012 review, attainment, stocks, 2013 targets
ARTS.append(('cr15', 'https://kontumtv.vn/tin-tuc/tin-dia-phuong/ldld-tinh-kon-tum-tong-ket-cong-tac-cong-doan-nam-2012',
             '2013-03-08', 'Kon Tum', """Kon Tum: Kết nạp mới hơn [[1.200|mn a y2012 b=o v=1200 n=headline rounds the body's 1.215 (gold README 1)]] đoàn viên trong năm 2012

08/03/2013

(kontumtv.vn) – Ngày 7/3, Liên đoàn Lao động tỉnh Kon Tum tổ chức hội nghị tổng kết công tác công đoàn năm 2012, triển khai nhiệm vụ năm 2013.

Năm 2012, các cấp công đoàn trong tỉnh đã kết nạp mới [[1.215|mn a y2012]] đoàn viên, thành lập [[23|un a y2012]] công đoàn cơ sở, đạt [[153%|un p y2012]] kế hoạch. Toàn tỉnh hiện có [[845|ut a pub]] công đoàn cơ sở với [[31.620|mt a pub]] đoàn viên.

Công tác chăm lo đời sống đoàn viên được các cấp công đoàn quan tâm. Trong năm, đã thăm hỏi, tặng quà [[2.650|ben a y2012]] lượt đoàn viên có hoàn cảnh khó khăn với số tiền gần [[800 triệu|sf a y2012 b=u]] đồng; xây dựng [[7|sh a y2012]] nhà “Mái ấm Công đoàn”, mỗi nhà 30 triệu đồng.

Năm 2013, LĐLĐ tỉnh đề ra mục tiêu kết nạp [[1.000|mn t y2013]] đoàn viên, thành lập [[15|un t y2013]] công đoàn cơ sở, phấn đấu 70% công đoàn cơ sở đạt vững mạnh.

HOI NGHI TONG KET CONG DOAN NAM 2012.mpg

Minh Tâm

Trả lời
"""))
