"""challenge55 articles ch01-ch05 (inline markup: [[span|IND ST PERIOD k=v ...]], see gold/tooling/markup.py)."""

CH01 = """ date 2019-01-22 HOTLINE: 0903.343.439 - ĐẶT MUA BÁO
Công đoàn

Bình Dương: Hơn [[52.000|ben a y2019 b=o n=headline repeat of the 52.316 of the body: its Tết Kỷ Hợi 2019 period (gold README 1)]] lượt công nhân được chăm lo Tết Kỷ Hợi

ĐÌNH TRỌNG

(NLĐO)- Các cấp công đoàn tỉnh Bình Dương đã chi hơn [[28 tỉ|sf a y2019 b=o n=sapo repeat of the 28,7 tỉ of the body (gold README 1)]] đồng chăm lo Tết cho đoàn viên, người lao động, trong đó có hơn [[4.000|ben a y2019 b=o n=sapo repeat of the 4.120 free tickets; tickets given count as beneficiaries (gold README 9)]] vé xe đưa công nhân về quê.

Chiều 22-1, ông Nguyễn Văn Lộc, Phó Chủ tịch LĐLĐ tỉnh Bình Dương, cho biết tính đến ngày 20-1, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà Tết Kỷ Hợi 2019 cho [[52.316|ben a y2019 n=Tết Kỷ Hợi 2019 -> the year 2019, not the days up to 20-1 (records.md periods, as challenge42)]] lượt đoàn viên, người lao động (NLĐ) có hoàn cảnh khó khăn với tổng kinh phí [[28,7 tỉ|sf a y2019]] đồng. Trong đó, LĐLĐ tỉnh trực tiếp trao [[6.500|ben a y2019 s=LĐLĐ tỉnh trực tiếp n=breakdown of the 52.316 (gold README 6); the 500.000 đồng per gift is a per-item amount]] phần quà, mỗi phần trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm.

Bình Dương: Hơn [[52.000|ben a y2019 b=o n=NLĐ caption repeating the headline is a mention of its own; the image number 1 is not (gold README 1, 11)]] lượt công nhân được chăm lo Tết Kỷ Hợi - Ảnh 1.

Công nhân một doanh nghiệp trong KCN Việt Nam - Singapore nhận quà Tết từ tổ chức Công đoàn. Ảnh: ĐÌNH TRỌNG

Năm nay, LĐLĐ tỉnh phối hợp với các doanh nghiệp tặng [[4.120|ben a y2019 n=Năm nay -> the publication year 2019; free tickets are beneficiaries (gold README 9)]] vé xe miễn phí cho công nhân có hoàn cảnh khó khăn về quê đón Tết. Các chuyến xe sẽ xuất bến từ ngày 1-2 (tức 27 tháng Chạp) đi các tỉnh miền Trung, miền Bắc và Tây Nguyên.

Bên cạnh đó, chương trình "Tết Sum vầy" năm 2019 sẽ diễn ra vào ngày 27-1 tại Nhà Văn hóa Lao động tỉnh, có gian hàng "Chợ Tết Công đoàn" bán hàng bình ổn giá và 10.000 phiếu mua hàng 0 đồng dành cho công nhân.

Ông Lộc cho biết thêm, trong năm 2018, các cấp công đoàn tỉnh đã xây mới, sửa chữa [[35|sh a y2018]] căn nhà Mái ấm Công đoàn với tổng kinh phí [[1,4 tỉ|shf a y2018]] đồng, mỗi căn được hỗ trợ từ 30 đến 50 triệu đồng; hỗ trợ [[1.236|ben a y2018]] đoàn viên bị mất việc làm, mỗi người 1 triệu đồng.

"Nhiều công nhân đã 2-3 năm chưa về quê ăn Tết vì tiền vé quá cao. Công đoàn sẽ cố gắng để không ai phải đón Tết một mình nơi phòng trọ" - ông Lộc nói.

Hiện Bình Dương có hơn 1 triệu lao động làm việc tại 29 khu công nghiệp, trong đó khoảng 60% là lao động đến từ các tỉnh, thành khác.

Từ khóa: Tết Kỷ Hợi, chăm lo Tết, LĐLĐ tỉnh Bình Dương, vé xe miễn phí

Tin liên quan
TP HCM: Hơn 1.200 công nhân được tặng vé máy bay về quê
Đồng Nai: Công đoàn chi 35 tỉ đồng chăm lo Tết cho người lao động

Bình luận (0)"""

CH02 = """Thanh Hóa: 9 tháng kết nạp hơn [[7.200|mn a f9-2016 b=o n=headline repeat of the 7.214 (gold README 1)]] đoàn viên công đoàn
Thứ Ba, 11/10/2016 | 09:15 GMT+7
XUÂN HÙNG

Chín tháng đầu năm 2016, các cấp công đoàn tỉnh Thanh Hóa đã thành lập mới [[68|un a f9-2016]] công đoàn cơ sở (CĐCS), kết nạp [[7.214|mn a f9-2016]] đoàn viên, đạt [[80,2%|mn p f9-2016 n=part-way attainment of the year plan takes the reporting period, 9 months (as challenge42)]] kế hoạch năm.

Theo LĐLĐ tỉnh Thanh Hóa, để đạt kết quả trên, ngay từ đầu năm LĐLĐ tỉnh đã giao chỉ tiêu cụ thể cho từng LĐLĐ huyện, thị xã, thành phố và công đoàn ngành; phối hợp với Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp rà soát những doanh nghiệp đủ điều kiện nhưng chưa có tổ chức công đoàn.

Trong số CĐCS mới thành lập, có [[52|un a f9-2016 s=doanh nghiệp ngoài nhà nước]] CĐCS ở doanh nghiệp ngoài nhà nước với [[5.980|mn a f9-2016 s=doanh nghiệp ngoài nhà nước n=members of newly founded unions count as members_new (gold README 9), a breakdown of the 7.214 (README 6)]] đoàn viên. Tuy nhiên, cũng trong 9 tháng, do doanh nghiệp giải thể, ngừng hoạt động, toàn tỉnh phải giải thể [[21|ud a f9-2016]] CĐCS, giảm [[1.156|ml a f9-2016]] đoàn viên; như vậy số đoàn viên tăng tuyệt đối [[6.058|mnet a f9-2016]] người, số CĐCS tăng thực [[47|unet a f9-2016]] đơn vị.

Hiện toàn tỉnh có [[3.412|ut a pub]] CĐCS với [[196.250|mt a pub]] đoàn viên.

Năm 2016, LĐLĐ tỉnh Thanh Hóa phấn đấu kết nạp [[9.000|mn t y2016]] đoàn viên, thành lập mới [[80|un t y2016]] CĐCS. Ông Lê Văn Hoan, Trưởng ban Tổ chức LĐLĐ tỉnh, cho biết: "Những tháng cuối năm, chúng tôi tập trung vận động tại 135 doanh nghiệp có từ 10 lao động trở lên chưa có công đoàn, chủ yếu là doanh nghiệp may mặc, da giày ở các huyện Triệu Sơn, Hoằng Hóa, Hậu Lộc".

Cán bộ công đoàn tuyên truyền, vận động công nhân gia nhập tổ chức công đoàn. Ảnh: X.H

XEM THÊM
Nghệ An: 120 công nhân khó khăn được hỗ trợ làm nhà
Ninh Bình: Ký kết 15 thỏa ước lao động tập thể nhóm ngành dệt may"""

CH03 = """VOV.VN
Thứ Sáu, 08:32, 04/06/2021

Đắk Lắk hỗ trợ xây dựng, sửa chữa [[25|sh a f5-2021 n=headline repeat of the sapo's 5-month figure (gold README 1)]] Mái ấm Công đoàn

VOV.VN - 5 tháng đầu năm 2021, Quỹ Mái ấm Công đoàn tỉnh Đắk Lắk đã hỗ trợ xây mới, sửa chữa [[25|sh a f5-2021]] căn nhà cho đoàn viên có hoàn cảnh khó khăn về nhà ở, đạt [[62,5%|sh p f5-2021 n=part-way attainment takes the reporting period (as challenge42)]] kế hoạch năm.

Theo ông Trần Văn Quang, Phó Chủ tịch Liên đoàn Lao động (LĐLĐ) tỉnh Đắk Lắk, trong 5 tháng đầu năm, Quỹ đã hỗ trợ xây mới [[18|sh a f5-2021 s=xây mới n=part of the 25 (gold README 6); year-less 5 tháng đầu năm -> 2021, the publication year (README 8)]] căn, sửa chữa [[7|sh a f5-2021 s=sửa chữa]] căn với tổng số tiền [[1,02 tỷ|shf a f5-2021]] đồng. Năm 2021, LĐLĐ tỉnh đặt mục tiêu hỗ trợ [[40|sh t y2021]] Mái ấm Công đoàn.

Sáng 4/6, LĐLĐ tỉnh Đắk Lắk tổ chức trao kinh phí hỗ trợ xây dựng [[5|sh a pub n=the sentence's own day, Sáng 4/6 = the publication day, not the 5-month phrase it falls outside (records.md periods)]] căn nhà Mái ấm Công đoàn cho đoàn viên ở huyện Krông Pắc và huyện Ea Kar, mỗi căn 50 triệu đồng.

Lãnh đạo LĐLĐ tỉnh Đắk Lắk trao kinh phí hỗ trợ xây nhà cho đoàn viên.

Giai đoạn 2016 - 2020, Quỹ Mái ấm Công đoàn tỉnh đã hỗ trợ xây mới, sửa chữa [[236|sh a t2016-2020]] căn nhà với tổng kinh phí trên [[10,5 tỷ|shf a t2016-2020 b=o]] đồng, trong đó Công đoàn ngành Giáo dục tỉnh vận động xây dựng [[64|sh a t2016-2020 s=Công đoàn ngành Giáo dục n=a provincial sector union gives its province with a scope (records.md regions)]] căn.

Nguồn quỹ được hình thành từ sự đóng góp tự nguyện của cán bộ, đoàn viên, mỗi người 1 ngày lương mỗi năm, cùng sự hỗ trợ của các doanh nghiệp. "Có được ngôi nhà mới, gia đình tôi yên tâm hơn trong mùa mưa năm nay", chị H'Lan, công nhân Công ty Cà phê Phước An, chia sẻ.

Quang Sáng/VOV-Tây Nguyên

Tin liên quan
Đắk Lắk: Hơn 3.000 công nhân được hỗ trợ do dịch COVID-19
Gia Lai trao 12 Mái ấm Công đoàn cho đoàn viên khó khăn

* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Tiếng nói Việt Nam tại VOVgo"""

CH04 = """Thời sự › Lao động - Việc làm
Thứ năm, 9/3/2023, 16:20 (GMT+7)

Hơn [[300|ca a y2022 b=o n=headline repeat of the 312 of 2022 (gold README 1)]] thỏa ước lao động tập thể được ký mới ở Đồng Nai

Năm 2022, công đoàn các cấp ở Đồng Nai thương lượng, ký mới [[312|ca a y2022]] thỏa ước lao động tập thể, nhiều bản có điều khoản có lợi hơn quy định của pháp luật cho người lao động.

Số liệu được Liên đoàn Lao động tỉnh Đồng Nai công bố tại hội nghị tổng kết công tác thương lượng tập thể, chiều 9/3. Với [[312|ca a y2022]] bản ký mới, tổng số thỏa ước còn hiệu lực trên địa bàn tỉnh nâng lên [[1.874|ca a pub n=documents in force are the stock of their signings, dated at publication (gold README 7)]] bản, bao phủ khoảng 620.000 người lao động.

Bà Nguyễn Thị Thu Hà, Phó chủ tịch LĐLĐ tỉnh, cho biết ngoài tiền lương, tiền thưởng, nhiều thỏa ước ký năm qua có thêm điều khoản hỗ trợ tiền nhà trọ, tiền gửi trẻ, tăng ngày nghỉ phép so với luật. "Công đoàn chọn cách thương lượng từng điều khoản, không chạy theo số lượng", bà Hà nói.

Cũng trong năm 2022, [[1.265|wd a y2022]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc, [[1.090|wkc a y2022]] doanh nghiệp tổ chức hội nghị người lao động. Có [[87|meal a y2022]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn giữa ca, mức phổ biến từ 20.000 đến 25.000 đồng một suất.

Công đoàn các cấp còn tham gia [[146|sv a y2022]] cuộc kiểm tra, giám sát việc thực hiện chính sách lao động tại doanh nghiệp, kiến nghị khắc phục nhiều sai phạm về đóng bảo hiểm xã hội, bảo hiểm y tế.

Năm nay, LĐLĐ tỉnh đặt chỉ tiêu ký mới ít nhất [[300|ca t y2023 b=o n=ít nhất -> over (gold README 5); từ 100 lao động trở lên is a threshold]] thỏa ước, tập trung vào doanh nghiệp có từ 100 lao động trở lên chưa có thỏa ước.

Đồng Nai có 32 khu công nghiệp đang hoạt động với hơn 1.800 doanh nghiệp, thu hút khoảng 600.000 lao động.

Phước Tuấn

Công nhân được tăng 5% lương nhờ thỏa ước ngành dệt may
Thỏa ước lao động tập thể: Nhiều bản ký cho có

Đồng Nai  thỏa ước lao động tập thể  công đoàn

Ý kiến (3)"""

CH05 = """TP.HCM: Tháng Công nhân chăm lo hơn [[200.000|ben t mo2024-05 b=o n=headline repeat of the planned figure of the sapo: target of Tháng Công nhân 2024 (gold README 4, 8)]] lượt người lao động
05/05/2024 11:42 GMT+7

TTO - Tháng Công nhân năm 2024, các cấp công đoàn TP.HCM dự kiến chăm lo cho hơn [[200.000|ben t mo2024-05 b=o]] lượt đoàn viên, người lao động với tổng kinh phí khoảng [[100 tỉ|sf t mo2024-05 b=a]] đồng.

Sáng 5-5, tại Nhà Văn hóa Lao động TP.HCM, Liên đoàn Lao động TP.HCM tổ chức lễ phát động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2024.

Tại buổi lễ, LĐLĐ TP.HCM trao [[1.000|ben a mo2024-05 n=the event of the launch takes the nearest earlier period phrase, Tháng Công nhân năm 2024 (records.md periods); 1 triệu đồng per gift is per-item]] phần quà cho công nhân có hoàn cảnh khó khăn, mỗi phần trị giá 1 triệu đồng, đồng thời trao tặng [[10|sh a mo2024-05]] căn nhà Mái ấm Công đoàn cho đoàn viên.

LĐLĐ TP.HCM trao [[10|sh a mo2024-05 n=caption repeat of the 10 houses (gold README 1)]] căn Mái ấm Công đoàn cho đoàn viên khó khăn - Ảnh: THU HẰNG

Cũng trong dịp này, LĐLĐ TP.HCM ký kết thỏa thuận hợp tác chương trình "Phúc lợi đoàn viên" với [[12|wp a mo2024-05 n=dịp này -> Tháng Công nhân 2024]] doanh nghiệp, đơn vị, nâng tổng số đối tác của chương trình lên [[186|wp a pub n=nâng tổng số ... lên: stock of agreements dated at publication (gold README 7)]].

Theo ông Võ Khánh Hưng, Phó chủ tịch LĐLĐ TP.HCM, Tháng Công nhân năm nay được triển khai tại [[2.150|wmu t mo2024-05 n=theo kế hoạch / planned units -> target]] công đoàn cơ sở theo kế hoạch, tập trung vào đối thoại tại nơi làm việc, chương trình "Bữa cơm Công đoàn", khám sức khỏe miễn phí và "Phiên chợ Công đoàn" với 20.000 phiếu mua hàng 0 đồng.

Năm 2023, Tháng Công nhân được tổ chức tại [[2.036|wmu a mo2023-05]] công đoàn cơ sở; các cấp công đoàn đã chăm lo cho [[185.400|ben a mo2023-05 n=Tháng Công nhân of 2023 -> May 2023 (records.md periods)]] lượt đoàn viên, người lao động với kinh phí [[96,4 tỉ|sf a mo2023-05]] đồng.

"Mỗi phần quà, mỗi bữa cơm là lời cảm ơn của tổ chức Công đoàn tới những người công nhân đã vượt qua một năm nhiều khó khăn", ông Hưng nói.

Tháng công nhân  Công đoàn TP.HCM  Mái ấm Công đoàn

TIN LIÊN QUAN
Hơn 5.000 công nhân được khám sức khỏe miễn phí
Công nhân khu chế xuất nhận 3.000 suất ăn nghĩa tình"""

ARTS = [
    ('ch01', 'https://nld.com.vn/cong-doan/binh-duong-hon-52000-luot-cong-nhan-duoc-cham-lo-tet-ky-hoi-20190122184512367.htm',
     '2019-01-22', 'Bình Dương', CH01),
    ('ch02', 'https://laodong.vn/cong-doan/thanh-hoa-9-thang-ket-nap-hon-7200-doan-vien-cong-doan-597214.ldo',
     '2016-10-11', 'Thanh Hóa', CH02),
    ('ch03', 'https://vov.vn/xa-hoi/dak-lak-ho-tro-xay-dung-sua-chua-25-mai-am-cong-doan-864120.vov',
     '2021-06-04', 'Đắk Lắk', CH03),
    ('ch04', 'https://vnexpress.net/hon-300-thoa-uoc-lao-dong-tap-the-duoc-ky-moi-o-dong-nai-4579312.html',
     '2023-03-09', 'Đồng Nai', CH04),
    ('ch05', 'https://tuoitre.vn/tp-hcm-thang-cong-nhan-cham-lo-hon-200000-luot-nguoi-lao-dong-20240505114212345.htm',
     '2024-05-05', 'Hồ Chí Minh', CH05),
]
