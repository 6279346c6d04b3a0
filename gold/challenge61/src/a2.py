"""challenge61 articles cn06-cn10."""
N7 = 'n=rule 7: agreements in force are the stock of their signings, dated at publication'

ARTS = [
('cn06', 'https://baodongnai.com.vn/xa-hoi/202510/ky-moi-146-thoa-uoc-lao-dong-tap-the-trong-9-thang-3f21c8a/', '2025-10-22', 'Đồng Nai', """Ký mới [[146|ca a f9-2025 n=rule 1: headline repeat takes the body's period and region (the merged federation)]] thỏa ước lao động tập thể trong 9 tháng

Thứ Tư, 22/10/2025 | 06:40

(ĐN) - Theo Liên đoàn Lao động (LĐLĐ) tỉnh Đồng Nai, 9 tháng năm 2025, các cấp công đoàn trong tỉnh đã thương lượng, ký mới [[146|ca a f9-2025]] bản thỏa ước lao động tập thể (TƯLĐTT), đạt [[76,8%|ca p f9-2025]] kế hoạch năm; trong đó khu vực Bình Phước (cũ) ký mới [[31|ca a f9-2025 r=Bình Phước s=khu vực Bình Phước (cũ) n=rule 10: a khu vực X (cũ) part reports for the old province]] bản. Kế hoạch năm 2025 đặt ra ký mới [[190|ca t y2025]] bản.

Hiện toàn tỉnh có [[2.135|ca a pub """ + N7 + """]] bản TƯLĐTT còn hiệu lực, bao phủ khoảng 71% doanh nghiệp đã có tổ chức công đoàn. Nhiều bản thỏa ước quy định mức lương cao hơn lương tối thiểu vùng từ 5% đến 12%, có thêm chế độ thưởng, hỗ trợ nhà trọ, xăng xe.

Cũng trong 9 tháng, [[512|wd a f9-2025]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc và [[498|wkc a f9-2025]] doanh nghiệp tổ chức hội nghị người lao động. Qua thương lượng, [[84|meal a f9-2025]] doanh nghiệp đã tăng giá trị bữa ăn ca, mức bình quân đạt 25.000 - 28.000 đồng/suất, nơi cao nhất 45.000 đồng/suất.

Lương bình quân của người lao động trong các doanh nghiệp trên địa bàn khoảng 9,2 triệu đồng/tháng. Từ ngày 1/1/2026, lương tối thiểu vùng I sẽ tăng lên 5.310.000 đồng/tháng, công đoàn các cấp đang rà soát để thương lượng bổ sung thỏa ước cho phù hợp. Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 5 vụ ngừng việc tập thể với hơn 2.300 người lao động tham gia, chủ yếu liên quan tiền thưởng và chế độ làm thêm giờ.

Văn phòng tư vấn pháp luật của LĐLĐ tỉnh đã tư vấn cho [[1.872|lc a f9-2025]] lượt đoàn viên, người lao động; đại diện tham gia tố tụng 6 vụ án lao động, giúp người lao động được bồi thường, nhận lại hơn 1,1 tỷ đồng.

Lãnh đạo LĐLĐ tỉnh cho biết, những tháng cuối năm, công đoàn các cấp tập trung thương lượng tại các doanh nghiệp mới thành lập công đoàn, nhất là ở các khu công nghiệp thuộc khu vực Bình Phước (cũ).

Hạnh Dung
"""),

('cn07', 'https://baokhanhhoa.vn/xa-hoi/201706/tong-ket-thang-hanh-dong-ve-an-toan-ve-sinh-lao-dong-nam-2017-8031764/', '2017-06-08', 'Khánh Hòa', """Tổng kết Tháng hành động về an toàn, vệ sinh lao động năm 2017

Thứ Năm, 08/06/2017 - 10:12

Ngày 7-6, Ban Chỉ đạo Tháng hành động về an toàn, vệ sinh lao động (ATVSLĐ) tỉnh Khánh Hòa tổ chức hội nghị tổng kết Tháng hành động năm 2017.

Trong Tháng hành động (từ ngày 1-5 đến ngày 31-5-2017), LĐLĐ tỉnh và các cấp công đoàn đã phối hợp tổ chức [[9|tr a mo2017-05]] lớp huấn luyện ATVSLĐ cho [[1.240|te a mo2017-05]] an toàn vệ sinh viên và người lao động; tham gia [[42|sv a mo2017-05]] cuộc kiểm tra, giám sát việc thực hiện pháp luật về ATVSLĐ tại doanh nghiệp. Qua kiểm tra, các đoàn đã kiến nghị khắc phục 136 tồn tại, xử phạt 4 doanh nghiệp với tổng số tiền 86 triệu đồng.

Các cấp công đoàn cũng thăm hỏi, hỗ trợ [[27|ben a mo2017-05]] người lao động bị tai nạn lao động, bệnh nghề nghiệp với số tiền [[54 triệu|sf a mo2017-05]] đồng; tư vấn về chế độ bồi thường, trợ cấp tai nạn lao động cho [[215|lc a mo2017-05]] lượt người lao động. Song song với Tháng hành động, Tháng Công nhân được tổ chức ở [[320|wmu a mo2017-05]] CĐCS với nhiều hoạt động thiết thực.

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, năm 2016 toàn tỉnh xảy ra 19 vụ tai nạn lao động làm 21 người bị nạn, trong đó 8 người chết; thiệt hại về tài sản và chi phí điều trị khoảng 3,2 tỷ đồng. Phần lớn các vụ tai nạn xảy ra trong lĩnh vực xây dựng và khai thác đá, nguyên nhân chủ yếu do người sử dụng lao động không huấn luyện ATVSLĐ và người lao động vi phạm quy trình làm việc.

Phát biểu tại hội nghị, lãnh đạo LĐLĐ tỉnh đề nghị các doanh nghiệp duy trì hoạt động của mạng lưới an toàn vệ sinh viên, không chỉ làm phong trào trong tháng 5.

Nhiều tập thể, cá nhân có thành tích được tặng giấy khen.

Văn Giang
"""),

('cn08', 'https://baomoi.com/gia-lai-hon-38-000-doan-vien-duoc-cap-the-doan-vien-dien-tu/c/51208446.epi', None, 'Gia Lai', """Gia Lai: Hơn [[38.000|rec a y2024 b=o n=rule 1: rounded headline repeat of 38.124, with its own bound word]] đoàn viên được cấp thẻ đoàn viên điện tử

Năm 2024, LĐLĐ tỉnh Gia Lai tập trung số hóa dữ liệu đoàn viên. Các cấp công đoàn đã cập nhật thông tin của [[45.860|rec a y2024]] đoàn viên lên phần mềm quản lý đoàn viên của Tổng LĐLĐ Việt Nam; xác thực và cấp [[38.124|rec a y2024 n=indicators: e-cards issued are member_records, a second figure beside the software entries, not a breakdown]] thẻ đoàn viên công đoàn điện tử, bằng 83% số đoàn viên đã có dữ liệu.

Thẻ đoàn viên điện tử được tích hợp trên ứng dụng "Công đoàn Việt Nam", giúp đoàn viên tra cứu thông tin, nhận thông báo và hưởng ưu đãi giảm giá từ 5% đến 20% khi mua sắm, khám chữa bệnh. Năm 2024, LĐLĐ tỉnh ký thỏa thuận hợp tác với [[9|wp a y2024]] doanh nghiệp trong Chương trình "Phúc lợi đoàn viên công đoàn".

Để cán bộ cơ sở sử dụng thành thạo phần mềm, LĐLĐ tỉnh tổ chức [[3|tr a y2024]] lớp tập huấn cho [[410|te a y2024]] cán bộ công đoàn phụ trách công tác tổ chức. Trong năm, toàn tỉnh kết nạp [[3.240|mn a y2024]] đoàn viên, thành lập mới [[21|un a y2024]] công đoàn cơ sở. Đến nay, toàn tỉnh có [[1.512|ut a null n=rule 7: a stock in an undated page is null..null]] công đoàn cơ sở với [[88.560|mt a null]] đoàn viên.

Lãnh đạo LĐLĐ tỉnh cho biết, khó khăn lớn nhất là nhiều đoàn viên ở vùng sâu, vùng xa chưa có điện thoại thông minh, còn 12 CĐCS chưa cập nhật xong dữ liệu. Năm 2025, LĐLĐ tỉnh phấn đấu 100% đoàn viên có dữ liệu trên phần mềm được cấp thẻ điện tử, kết nạp [[3.000|mn t y2025]] đoàn viên mới.

Theo Báo Gia Lai
"""),

('cn09', 'https://baolongan.vn/dong-hanh-cung-nguoi-lao-dong-qua-doi-thoai-va-tu-van-phap-luat-a148217.html', '2022-12-14', 'Long An', """LĐLĐ tỉnh Long An: Đồng hành cùng người lao động qua đối thoại và tư vấn pháp luật

Cập nhật: 14/12/2022 - 08:05

(BLA) - Năm 2022, Liên đoàn Lao động (LĐLĐ) tỉnh Long An chỉ đạo các cấp công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ tại [[l.125|wd a y2022 n=rule 3: scraped l.125 read as 1125]] doanh nghiệp, trong đó [[86|wd a y2022 s=đối thoại chuyên đề về tiền lương, thưởng Tết n=rule 6: breakdown of the dialogues, with scope]] doanh nghiệp tổ chức đối thoại chuyên đề về tiền lương, thưởng Tết; [[1.046|wkc a y2022]] doanh nghiệp tổ chức hội nghị người lao động.

Tỉnh hiện có khoảng 430.000 lao động làm việc trong các doanh nghiệp; tiền lương bình quân khoảng 7,8 triệu đồng/tháng. Từ ngày 1/7/2022, mức lương tối thiểu vùng I (4.680.000 đồng/tháng) được áp dụng tại TP.Tân An và các huyện Đức Hòa, Bến Lức, Cần Giuộc.

Các cấp công đoàn ký mới [[164|ca a y2022]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[1.038|ca a pub """ + N7 + """]] bản. Qua thương lượng, [[57|meal a y2022]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca, mức phổ biến 18.000 - 25.000 đồng/suất.

Van phong tu van phap luat Cong doan tinh da tu van cho [[2.3 16|lc a y2022 v=2316 n=rule 3: scraped split digits 2.3 16 read as 2316; the stripped paragraph keeps the year of the lead]] luot doan vien, nguoi lao dong; tro giup phap ly, dai dien cho nguoi lao dong tham gia to tung 4 vu an, giup nguoi lao dong duoc boi thuong hon 620 trieu dong.

LĐLĐ tỉnh cũng mở [[5|tr a y2022]] lớp tập huấn kỹ năng đối thoại, thương lượng cho [[350|te a y2022]] cán bộ CĐCS. Năm 2023, LĐLĐ tỉnh đề ra chỉ tiêu 90% doanh nghiệp có tổ chức công đoàn tổ chức đối thoại định kỳ.

Thanh Phong

Bình luận (0)
"""),

('cn10', 'https://laodongthudo.vn/ky-thoa-thuan-hop-tac-phuc-loi-doan-vien-voi-12-doanh-nghiep-162035.html', '2023-11-28', 'Hà Nội', """LĐLĐ thành phố Hà Nội ký thỏa thuận hợp tác "Phúc lợi đoàn viên" với [[12|wp a pub n=rule 1: headline repeat takes the body's period]] doanh nghiệp

Thứ Ba, 28/11/2023 - 15:20

(LĐTĐ) Chiều 27/11, LĐLĐ thành phố Hà Nội tổ chức ký kết thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên" với [[12|wp a pub n=records.md periods: a bare day is no period phrase and nothing earlier names one, so the publication date (as challenge42 av11)]] doanh nghiệp trong các lĩnh vực bán lẻ, du lịch, y tế, giáo dục và tài chính.

Theo thỏa thuận, đoàn viên xuất trình thẻ đoàn viên công đoàn (thẻ cứng hoặc thẻ điện tử trên ứng dụng "Công đoàn Việt Nam") được giảm giá từ 5% đến 50% khi sử dụng sản phẩm, dịch vụ của các doanh nghiệp. Như vậy, LĐLĐ thành phố đã nâng tổng số doanh nghiệp ký thỏa thuận hợp tác lên [[87|wp a pub n=rule 7: partners in force are the stock of their agreements, dated at publication]] doanh nghiệp. Năm 2023, đoàn viên Thủ đô đã sử dụng ưu đãi với tổng giá trị giao dịch khoảng 14 tỷ đồng, tiết kiệm được khoảng 2,3 tỷ đồng.

Cũng trong năm 2023, các cấp công đoàn thành phố đã cập nhật dữ liệu [[312.450|rec a y2023]] đoàn viên lên phần mềm và cấp thẻ đoàn viên điện tử cho [[254.800|rec a y2023]] đoàn viên. Hiện Thủ đô có hơn [[1,1 triệu|mt a pub b=o]] đoàn viên công đoàn.

Từ đầu năm 2023 đến nay, LĐLĐ thành phố tổ chức [[16|tr a 2023-01-01..2023-11-28]] lớp tập huấn nghiệp vụ cho [[2.150|te a 2023-01-01..2023-11-28]] cán bộ công đoàn cơ sở, trong đó có chuyên đề khai thác dữ liệu đoàn viên và giới thiệu chương trình Phúc lợi đoàn viên.

Phát biểu tại lễ ký kết, Phó Chủ tịch LĐLĐ thành phố đề nghị các doanh nghiệp bảo đảm chất lượng sản phẩm, dịch vụ và mức ưu đãi đã cam kết. Năm 2024, LĐLĐ thành phố phấn đấu ký thêm [[20|wp t y2024]] thỏa thuận, ưu tiên các doanh nghiệp gần khu công nghiệp, khu nhà trọ công nhân.

Hà Anh
"""),
]
