"""az11-az15."""

A11 = """Bình Định: Tư vấn pháp luật cho hơn [[l.250|lc a f10-2013 b=o v=1250 n=scraped l. slip -> 1250; rounded headline repeat of the body's l.268 (gold README 1, 3)]] lượt người lao động

Thứ Năm, 21/11/2013 - 09:12

(BĐ) - Trong 10 tháng đầu năm 2013, Văn phòng tư vấn pháp luật LĐLĐ tỉnh Bình Định đã tư vấn cho [[l.268|lc a f10-2013 v=1268 n=scraped l. slip -> 1268 (gold README 3)]] lượt đoàn viên, người lao động về tiền lương, bảo hiểm xã hội, hợp đồng lao động, tăng 215 lượt so với cùng kỳ năm 2012. Trong đó, tư vấn trực tiếp tại văn phòng [[1.076|lc a f10-2013 s=tư vấn trực tiếp tại văn phòng]] lượt, qua điện thoại [[192|lc a f10-2013 s=qua điện thoại n=breakdown (gold README 6); tăng 215 lượt is a difference, not a record]] lượt.

LĐLĐ tỉnh cũng đã chủ trì, phối hợp tổ chức [[19|sv a f10-2013]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại các doanh nghiệp trên địa bàn; mở [[8|tr a f10-2013]] lớp tập huấn, tuyên truyền pháp luật lao động cho trên [[2.100|te a f10-2013 b=o]] lượt công nhân lao động.

Theo kế hoạch, đến cuối năm 2013, Văn phòng tư vấn pháp luật phấn đấu tư vấn cho [[1.500|lc t y2013]] lượt người lao động.

Mọi thắc mắc về pháp luật lao động, đoàn viên, người lao động liên hệ Văn phòng tư vấn pháp luật LĐLĐ tỉnh, số 02 Trần Phú, TP. Quy Nhơn, điện thoại: 056.3822416.

Hoài Thu

Lượt xem: 1.562
"""

A12 = """Công đoàn ngành Y tế: Trao gần [[900|ben a y2014 b=u s=Công đoàn ngành Y tế n=rounded headline repeat of 872 (gold README 1): under from gần]] suất quà Tết cho đoàn viên khó khăn

Nhân dịp Tết Nguyên đán Giáp Ngọ 2014, Công đoàn ngành Y tế Thanh Hóa đã tổ chức thăm hỏi, tặng [[872|ben a y2014 s=Công đoàn ngành Y tế n=Tết Giáp Ngọ 2014 -> 2014; region from the sector union's province (records.md)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn trong toàn ngành, tổng trị giá gần [[350 triệu|sf a y2014 b=u s=Công đoàn ngành Y tế]] đồng. Trong đó, Công đoàn ngành trực tiếp trao [[120|ben a y2014 s=Công đoàn ngành (trực tiếp) n=breakdown (gold README 6); mỗi suất 500.000 đồng not a record]] suất, mỗi suất 500.000 đồng; các công đoàn cơ sở trao [[752|ben a y2014 s=các công đoàn cơ sở]] suất.

Bên cạnh đó, lãnh đạo Công đoàn ngành còn đến thăm, tặng quà [[36|ben a y2014 s=Công đoàn ngành Y tế]] cán bộ, y bác sĩ trực Tết tại các bệnh viện tuyến tỉnh.

Công đoàn ngành Y tế Thanh Hóa hiện có [[94|ut a null s=Công đoàn ngành Y tế n=stock on an undated page -> null..null (records.md)]] CĐCS với hơn [[11.500|mt a null b=o s=Công đoàn ngành Y tế]] đoàn viên.

Ảnh: Đồng chí Chủ tịch Công đoàn ngành Y tế trao quà cho đoàn viên Bệnh viện Đa khoa tỉnh.

Tin liên quan:
- Bệnh viện Nhi Thanh Hóa tổ chức hội nghị viên chức năm 2014
- Trao 30 suất học bổng cho con đoàn viên ngành Y tế
"""

A13 = """Vĩnh Phúc: Ký thỏa thuận "Phúc lợi cho đoàn viên" với [[9|wp a y2017 n=headline repeat of the body signing (gold README 1)]] doanh nghiệp

14/11/2017 | 16:40

Ngày 13/11, LĐLĐ tỉnh Vĩnh Phúc tổ chức lễ ký kết thỏa thuận hợp tác với [[9|wp a y2017 n=thỏa thuận hợp tác ... Phúc lợi đoàn viên -> welfare_partners (gold README 9)]] doanh nghiệp, đơn vị cung cấp dịch vụ thực hiện Chương trình "Phúc lợi cho đoàn viên công đoàn" năm 2017. Theo thỏa thuận, đoàn viên công đoàn khi xuất trình thẻ đoàn viên sẽ được giảm giá từ 5% đến 15% khi mua hàng, sử dụng dịch vụ.

Trước đó, trong tháng 6/2017, LĐLĐ tỉnh đã ký kết với [[4|wp a mo2017-06]] đơn vị gồm siêu thị, nhà sách, phòng khám, nâng tổng số đơn vị tham gia chương trình lên [[13|wp a pub n=nâng tổng số ... lên: stock of the signings dated at publication (gold README 7)]].

Từ đầu năm 2017 đến nay, các cấp công đoàn trong tỉnh đã cấp [[48.620|rec a 2017-01-01..2017-11-14 n=cards given -> member_records; từ đầu năm đến nay -> start of year .. publication (records.md)]] thẻ đoàn viên công đoàn, đạt [[81%|rec p 2017-01-01..2017-11-14 n=part-way attainment of the year plan takes the reporting period]] kế hoạch năm. Năm 2018, LĐLĐ tỉnh phấn đấu mở rộng ký kết với ít nhất [[10|wp t y2018 b=o]] doanh nghiệp.

Minh Hương

Lượt xem: 947 | Bình luận (0)
"""

A14 = """BÁO HẢI DƯƠNG
Thời sự  Kinh tế  Xã hội  Lao động  Pháp luật

Nâng chất lượng thỏa ước lao động tập thể trong các KCN

Cập nhật: 24-09-2015 | 08:20:11

(BHD) - Từ đầu năm 2015 đến nay, Công đoàn các KCN tỉnh đã hướng dẫn các CĐCS ký kết mới [[23|ca a 2015-01-01..2015-09-24 s=Công đoàn các KCN n=region from the site's province (records.md Regions: site)]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[112|ca a pub s=Công đoàn các KCN n=agreements in force: stock of signings dated at publication (gold README 7)]] bản.

Nhiều thỏa ước có điều khoản có lợi hơn cho người lao động như hỗ trợ tiền nhà trọ 100.000 - 200.000 đồng/tháng, tặng quà sinh nhật, tham quan nghỉ mát hằng năm. Đáng chú ý, [[19|meal a 2015-01-01..2015-09-24 s=Công đoàn các KCN n=the 15.000 đồng level is a threshold, not a record (gold README 11)]] doanh nghiệp đã điều chỉnh nâng mức bữa ăn ca lên từ 15.000 đồng/suất trở lên.

Trong 9 tháng, Công đoàn các KCN phối hợp tổ chức đối thoại định kỳ tại [[41|wd a f9-2015 s=Công đoàn các KCN n=Trong 9 tháng -> first 9 months of the publication year (records.md), although the page is dated 24/9]] doanh nghiệp và hội nghị người lao động tại [[87|wkc a f9-2015 s=Công đoàn các KCN]] doanh nghiệp. Hiện Công đoàn các KCN tỉnh có [[186|ut a pub s=Công đoàn các KCN]] CĐCS với hơn [[79.000|mt a pub b=o s=Công đoàn các KCN]] đoàn viên.

Mục tiêu đến cuối năm 2015, Công đoàn các KCN vận động ký mới thêm [[10|ca t y2015 s=Công đoàn các KCN]] bản thỏa ước.

THÀNH NAM

Tin cùng chuyên mục:
- Hơn 1.000 công nhân được khám sức khỏe định kỳ
- Khởi công nhà Mái ấm Công đoàn tại Thanh Hà
"""

A15 = """Đắk Nông: 9 tháng phát triển [[1.124|mn a f9-2014 n=headline repeat (gold README 1)]] đoàn viên mới

Theo LĐLĐ tỉnh Đắk Nông, 9 tháng đầu năm 2014, các cấp công đoàn trong tỉnh đã kết nạp [[1.124|mn a f9-2014]] đoàn viên, đạt [[80,3%|mn p f9-2014 n=part-way attainment takes the reporting period]] chỉ tiêu năm ([[1.400|mn t y2014 n=chỉ tiêu năm in brackets -> target of the full year (gold README 8)]] đoàn viên); thành lập mới [[9|un a f9-2014]] CĐCS, trong đó [[7|un a f9-2014 s=khu vực ngoài nhà nước]] CĐCS thuộc khu vực ngoài nhà nước.

Đến nay, toàn tỉnh có [[612|ut a null n=undated page: stock -> null..null (records.md)]] CĐCS với [[24.870|mt a null]] đoàn viên.

Công tác chăm lo đời sống đoàn viên được quan tâm. Quỹ "Mái ấm Công đoàn" tỉnh đã hỗ trợ xây mới [[6|sh a f9-2014]] nhà cho đoàn viên khó khăn về nhà ở, tổng số tiền [[210 triệu|shf a f9-2014]] đồng, mỗi nhà 35 triệu đồng. Ủy ban Kiểm tra các cấp công đoàn đã tiến hành [[14|fi a f9-2014]] cuộc kiểm tra tài chính công đoàn.

Ảnh: LĐLĐ tỉnh trao quyết định thành lập CĐCS Công ty TNHH Cà phê Đắk Nông.

Theo congdoandaknong.org.vn
"""

ARTS = [
    ('az11', 'http://baobinhdinh.com.vn/viewer.aspx?macm=12&macmp=12&mabb=62413', '2013-11-21', 'Bình Định', A11),
    ('az12', 'http://congdoanthanhhoa.org.vn/tin-tuc/cong-doan-nganh-y-te-trao-gan-900-suat-qua-tet-412.html', None, 'Thanh Hóa', A12),
    ('az13', 'http://congdoanvinhphuc.vn/tin-tuc/ky-thoa-thuan-phuc-loi-cho-doan-vien-voi-9-doanh-nghiep-1704.html', '2017-11-14', 'Vĩnh Phúc', A13),
    ('az14', 'http://baohaiduong.vn/lao-dong/nang-chat-luong-thoa-uoc-lao-dong-tap-the-trong-cac-kcn-31452', '2015-09-24', 'Hải Dương', A14),
    ('az15', 'http://www.baomoi.com/dak-nong-9-thang-phat-trien-1124-doan-vien-moi/c/15006271.epi', None, 'Đắk Nông', A15),
]
