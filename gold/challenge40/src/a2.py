"""at06-at10."""
ARTS = []

ARTS.append(('at06', 'http://baodongnai.com.vn/xahoi/202310/cong-doan-cac-khu-cong-nghiep-ky-moi-86-thoa-uoc-lao-dong-tap-the-3171245/',
             '2023-10-24', 'Đồng Nai', """Công đoàn các khu công nghiệp ký mới [[86|ca a f9-2023 s=Công đoàn các KCN n=headline repeat of the body figure, takes its region and period (gold README 1)]] thỏa ước lao động tập thể

Cập nhật lúc 08:12, Thứ Ba, 24/10/2023 (GMT+7)

(ĐN)- Theo Công đoàn các khu công nghiệp (KCN) Đồng Nai, 9 tháng năm 2023, các công đoàn cơ sở trong các KCN đã thương lượng, ký mới [[86|ca a f9-2023 s=Công đoàn các KCN n=KCN union of the province -> the province, scope as written (records.md regions; gold README 10)]] bản thỏa ước lao động tập thể (TƯLĐTT), nâng tổng số TƯLĐTT còn hiệu lực lên [[1.104|ca a pub s=Công đoàn các KCN n=agreements in force with nâng tổng số ... lên -> collective_agreements dated at publication (gold README 7)]] bản.

Nhiều bản thỏa ước có điều khoản có lợi hơn cho người lao động so với quy định của pháp luật như: hỗ trợ tiền nhà trọ, tiền đi lại, thưởng chuyên cần, tăng ngày nghỉ phép năm. Cũng trong 9 tháng, có [[47|meal a f9-2023 s=Công đoàn các KCN]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn giữa ca cho người lao động, mức bình quân đạt khoảng 23.500 đồng/suất.

Công đoàn các KCN cũng đã phối hợp với Ban Quản lý các KCN tỉnh hướng dẫn [[612|wd a f9-2023 s=Công đoàn các KCN]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc và [[574|wkc a f9-2023 s=Công đoàn các KCN]] doanh nghiệp tổ chức hội nghị người lao động.

So với cùng kỳ năm 2022, số bản thỏa ước ký mới tăng 12 bản; cả năm 2022, Công đoàn các KCN đã ký mới [[104|ca a y2022 s=Công đoàn các KCN n=a compared year named in the sentence takes its own period (records.md periods); the difference 12 is not a record (gold README 11)]] bản TƯLĐTT.

Bà Nguyễn Thị Thu Trang, Chủ tịch Công đoàn các KCN Đồng Nai cho biết: “Khó khăn lớn nhất hiện nay là nhiều doanh nghiệp bị cắt giảm đơn hàng, nên việc thương lượng nâng các điều khoản phúc lợi gặp trở ngại. Công đoàn cơ sở phải chuẩn bị kỹ, lấy ý kiến người lao động trước khi bước vào thương lượng, ưu tiên các nội dung người lao động quan tâm nhất như tiền thưởng cuối năm, bữa ăn ca, tiền hỗ trợ nhà trọ”.

Theo bà Trang, những doanh nghiệp ký thỏa ước có chất lượng thường ít xảy ra tranh chấp lao động. Từ đầu năm đến nay, trong các KCN chỉ xảy ra 4 vụ ngừng việc tập thể với khoảng 1.900 lao động tham gia, giảm so với cùng kỳ; các vụ việc đều được công đoàn phối hợp giải quyết trong ngày.

Hiện các KCN trên địa bàn tỉnh có hơn 1.400 doanh nghiệp đang hoạt động với khoảng 560.000 lao động; tiền lương bình quân của người lao động đạt 8,3 triệu đồng/tháng. Tỷ lệ doanh nghiệp có công đoàn cơ sở ký kết TƯLĐTT đạt 92%.

Trong quý IV/2023, Công đoàn các KCN phấn đấu ký mới thêm [[30|ca t q4-2023 s=Công đoàn các KCN]] bản TƯLĐTT, tập trung vào các doanh nghiệp có từ 500 lao động trở lên chưa ký thỏa ước.

Hải Quân

Tin liên quan:
- Đồng Nai: 21 doanh nghiệp nợ bảo hiểm xã hội trên 50 tỷ đồng
- Trao 300 suất học bổng cho con công nhân khó khăn
"""))

ARTS.append(('at07', 'https://baobinhduong.vn/them-9-doi-tac-tham-gia-chuong-trinh-phuc-loi-doan-vien-a328417.html',
             '2024-06-12', 'Bình Dương', """Thêm [[9|wp a pub n=headline repeat of the body figure (gold README 1)]] đối tác tham gia chương trình “Phúc lợi đoàn viên”

Cập nhật: 12-06-2024 | 10:21:05

Sáng 11-6, Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương tổ chức lễ ký kết thỏa thuận hợp tác thực hiện chương trình “Phúc lợi đoàn viên công đoàn” với [[9|wp a pub n=the signing of the article's event; no period phrase before it -> publication date (records.md periods)]] doanh nghiệp trong lĩnh vực y tế, bán lẻ, giáo dục và vận tải.

Theo thỏa thuận, đoàn viên công đoàn khi xuất trình thẻ đoàn viên được giảm giá từ 5% đến 30% khi mua hàng, khám chữa bệnh, học ngoại ngữ, đi xe khách. Các doanh nghiệp cũng cam kết hỗ trợ 200 suất khám sức khỏe miễn phí cho đoàn viên có hoàn cảnh khó khăn trong quý III.

Từ đầu năm 2024 đến nay, LĐLĐ tỉnh đã ký kết [[15|wp a 2024-01-01..2024-06-12]] thỏa thuận hợp tác “Phúc lợi đoàn viên”, nâng tổng số thỏa thuận còn hiệu lực lên [[74|wp a pub n=stock of agreements in force -> welfare_partners dated at publication (gold README 7)]]. Năm 2024, LĐLĐ tỉnh phấn đấu ký mới ít nhất [[25|wp t y2024 b=o]] thỏa thuận.

Thêm [[9|wp a pub n=photo-title repeat of the headline and body figure (gold README 1); the Ảnh 1 number is not a record]] đối tác tham gia chương trình “Phúc lợi đoàn viên” - Ảnh 1.
Đại diện LĐLĐ tỉnh và các doanh nghiệp ký kết thỏa thuận hợp tác.

Trong Tháng Công nhân năm 2024, các cấp công đoàn tỉnh đã tổ chức 6 phiên “Chợ phúc lợi đoàn viên”, tặng 3.000 phiếu mua hàng 0 đồng cho công nhân có thu nhập thấp.

Quang Tám

Bình luận
"""))

ARTS.append(('at08', 'https://baohanam.com.vn/xa-hoi/lao-dong-viec-lam/58-doanh-nghiep-nang-muc-bua-an-ca-cho-cong-nhan-112604.html',
             None, 'Hà Nam', """Xã hội > Lao động - Việc làm

[[58|meal a y2022 n=headline repeat of the body figure (gold README 1); undated page, period from the body's năm 2022]] doanh nghiệp nâng mức bữa ăn ca cho công nhân

Năm 2022, các công đoàn cơ sở trên địa bàn tỉnh Hà Nam đã chủ động thương lượng với người sử dụng lao động điều chỉnh tăng giá trị bữa ăn giữa ca tại [[58|meal a y2022]] doanh nghiệp, trong đó [[37|meal a y2022 s=doanh nghiệp trong các KCN]] doanh nghiệp trong các KCN. Mức bữa ăn ca phổ biến từ 18.000 đến 25.000 đồng/suất, một số doanh nghiệp FDI đạt 30.000 đồng/suất.

Hưởng ứng chương trình “Bữa cơm Công đoàn”, LĐLĐ tỉnh phối hợp với công đoàn cơ sở tổ chức bữa cơm tại 14 doanh nghiệp, phục vụ hơn 3.200 suất ăn cho công nhân, mỗi suất được công đoàn hỗ trợ thêm 10.000 đồng.

Cùng với nâng chất lượng bữa ăn ca, năm qua các công đoàn cơ sở đã thương lượng, ký mới [[64|ca a y2022]] bản thỏa ước lao động tập thể; phối hợp tổ chức đối thoại định kỳ tại [[210|wd a y2022]] doanh nghiệp.

Năm 2023, LĐLĐ tỉnh Hà Nam đặt chỉ tiêu vận động thêm [[40|meal t y2023]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca, phấn đấu không còn doanh nghiệp có mức bữa ăn dưới 18.000 đồng/suất.

P.V

Chia sẻ:  Facebook  Zalo  Twitter
"""))

ARTS.append(('at09', 'https://baocantho.com.vn/286-co-quan-don-vi-to-chuc-hoi-nghi-can-bo-cong-chuc-vien-chuc-a58174.html',
             '2015-03-10', 'Cần Thơ', """Thứ Ba, 10/03/2015 - 15:30

[[286|oc a y2014 s=Công đoàn Viên chức TP n=headline repeat of the body figure, takes its scope and period (gold README 1)]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức

(CT) - Theo Công đoàn Viên chức TP Cần Thơ, năm 2014, có [[286/291|oc a y2014 s=Công đoàn Viên chức TP n=x/y -> x (records.md value)]] cơ quan, đơn vị hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định; [[23/25|wkc a y2014 s=doanh nghiệp nhà nước n=x/y -> x; state enterprises under the city federation, scope as written (gold README 6, 10)]] doanh nghiệp nhà nước do LĐLĐ thành phố quản lý tổ chức hội nghị người lao động.

Hội nghị đã giúp công chức, viên chức được tham gia đóng góp ý kiến xây dựng quy chế chi tiêu nội bộ, quy chế thi đua, khen thưởng và thực hiện dân chủ ở cơ sở theo Nghị định 04/2015/NĐ-CP của Chính phủ.

Từ đầu năm 2015 đến nay, đã có [[174|oc a 2015-01-01..2015-03-10 s=Công đoàn Viên chức TP]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức năm 2015. Công đoàn Viên chức thành phố đã mở [[4|tr a 2015-01-01..2015-03-10 s=Công đoàn Viên chức TP]] lớp tập huấn kỹ năng tổ chức hội nghị cho [[390|te a 2015-01-01..2015-03-10 s=Công đoàn Viên chức TP]] chủ tịch, phó chủ tịch công đoàn cơ sở.

Trong quý I/2015, Công đoàn Viên chức thành phố phấn đấu tất cả [[291|oc t q1-2015 s=Công đoàn Viên chức TP]] cơ quan, đơn vị hoàn thành hội nghị cán bộ, công chức, viên chức.

Hiện Công đoàn Viên chức TP Cần Thơ có [[304|ut a pub s=Công đoàn Viên chức TP]] công đoàn cơ sở với hơn [[19.000|mt a pub b=o s=Công đoàn Viên chức TP n=sector union stock dated at publication (gold README 7)]] đoàn viên.

T.X

Các tin đã đưa:
- 1.500 vé xe miễn phí cho công nhân về quê đón Tết (03/02/2015)
- Cần Thơ: Thành lập 45 công đoàn cơ sở trong năm 2014 (12/01/2015)
"""))

ARTS.append(('at10', 'https://baokontum.com.vn/xa-hoi/hon-24800-doan-vien-duoc-cap-nhat-du-lieu-len-phan-mem-14172.html',
             '2020-12-18', 'Kon Tum', """Hơn [[24.800|rec a 2019-06-01..2020-12-18 b=o n=rounded headline repeat of the body 24.816 (gold README 1); hơn -> over]] đoàn viên được cập nhật dữ liệu lên phần mềm

Thứ Sáu, 18/12/2020, 16:05 [GMT+7]

Từ tháng 6/2019 đến nay, Liên đoàn Lao động tỉnh Kon Tum đã nhập thông tin của [[24.816|rec a 2019-06-01..2020-12-18 n=từ tháng 6/2019 đến nay -> June 2019 to publication (records.md periods)]] đoàn viên lên phần mềm quản lý đoàn viên công đoàn, đạt 97,8% tổng số đoàn viên toàn tỉnh. Riêng trong năm 2020, LĐLĐ tỉnh đã in, cấp mới [[6.320|rec a y2020]] thẻ đoàn viên công đoàn.

Hiện toàn tỉnh có [[25.374|mt a pub]] đoàn viên, sinh hoạt tại [[1.018|ut a pub]] công đoàn cơ sở. Năm 2020, các cấp công đoàn kết nạp mới [[1.236|mn a y2020]] đoàn viên, đạt [[103%|mn p y2020]] kế hoạch; giảm [[842|ml a y2020]] đoàn viên do nghỉ hưu, chuyển công tác, doanh nghiệp ngừng hoạt động; tăng tuyệt đối [[394|mnet a y2020]] đoàn viên so với cuối năm 2019.

Hơn [[24.800|rec a 2019-06-01..2020-12-18 b=o n=photo-title repeat of the body 24.816 (gold README 1)]] đoàn viên được cập nhật dữ liệu lên phần mềm
Cán bộ Liên đoàn Lao động tỉnh hướng dẫn công đoàn cơ sở cập nhật dữ liệu đoàn viên.

Theo LĐLĐ tỉnh, việc quản lý đoàn viên bằng phần mềm giúp cấp trên nắm chắc biến động đoàn viên tại từng cơ sở. Tuy nhiên, ở một số công đoàn cơ sở khu vực doanh nghiệp, do lao động biến động thường xuyên nên việc cập nhật còn chậm.

Năm 2021, LĐLĐ tỉnh phấn đấu cập nhật dữ liệu cho 100% đoàn viên, kết nạp mới [[1.300|mn t y2021]] đoàn viên.

Thu Hằng
"""))
