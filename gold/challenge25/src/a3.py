# ae11-ae15: a notice (Thông báo), a news-in-brief column (Tin vắn), two commentaries citing national
# figures and one province's, one feature story about a worker helped with the programme's totals at the end.
ARTS = []

ARTS.append(('ae11', 'https://congdoanninhthuan.vn/thong-bao/ket-qua-xet-ho-tro-mai-am-cong-doan-dot-2-nam-2020-2174.html',
             '2020-09-14', 'Ninh Thuận', '''Trang chủ » Thông báo

Cập nhật: 14-09-2020 | 15:02:10

THÔNG BÁO
Kết quả xét hỗ trợ xây dựng, sửa chữa nhà “Mái ấm Công đoàn” đợt 2 năm 2020

Căn cứ Quyết định số 412/QĐ-LĐLĐ ngày 10/9/2020 của Ban Thường vụ Liên đoàn Lao động tỉnh Ninh Thuận, Ban Quản lý Quỹ “Mái ấm Công đoàn” tỉnh thông báo kết quả xét hỗ trợ đợt 2 năm 2020 như sau:
- Số đoàn viên được hỗ trợ: [[14|sh a y2020 n=a notice of support already decided (Quyết định): actual; members helped to build a house -> shelter_houses (gold README 9); đợt 2 năm 2020 -> year 2020]] trường hợp (danh sách kèm theo);
- Tổng kinh phí hỗ trợ: [[560 triệu|shf a y2020]] đồng, mức hỗ trợ 40 triệu đồng/trường hợp.
Thời gian bàn giao kinh phí: trước ngày 30/9/2020. Mọi thắc mắc xin liên hệ Ban Chính sách - Pháp luật LĐLĐ tỉnh, điện thoại 0259.3822.315.

BAN QUẢN LÝ QUỸ “MÁI ẤM CÔNG ĐOÀN” TỈNH NINH THUẬN

Lượt xem: 431
'''))

ARTS.append(('ae12', 'http://baovinhphuc.com.vn/lao-dong-viec-lam/tin-van-lao-dong-cong-doan-18042017-40212.html',
             '2017-04-18', 'Vĩnh Phúc', '''Tin vắn lao động - công đoàn

Thứ Ba, 18/04/2017 - 16:05

* Quý I/2017, LĐLĐ huyện Bình Xuyên kết nạp [[412|mn a q1-2017 s=LĐLĐ huyện Bình Xuyên n=district union -> its province (the site's, baovinhphuc) with a scope]] đoàn viên tại các doanh nghiệp trong Khu công nghiệp Bá Thiện.

* Từ đầu năm đến nay, Văn phòng tư vấn pháp luật LĐLĐ tỉnh đã tư vấn cho [[186|lc a 2017-01-01..2017-04-18 n=Từ đầu năm đến nay -> 1 January of the publication year .. publication]] lượt người lao động, chủ yếu về chế độ bảo hiểm xã hội. Số điện thoại đường dây nóng: 0211.3862.475.

* Theo kế hoạch, Tháng Công nhân năm 2017 sẽ được tổ chức tại [[650|wmu t mo2017-05 n=Theo kế hoạch ... sẽ -> target; Tháng Công nhân -> May 2017]] công đoàn cơ sở với chủ đề “Đoàn kết, sáng tạo, năng suất, hiệu quả”.

* Ngày 22/4, LĐLĐ tỉnh tổ chức Hội thi “An toàn, vệ sinh viên giỏi” năm 2017 với 32 đội tham gia.

Vĩnh Phúc Online
'''))

ARTS.append(('ae13', 'https://laodong.vn/binh-luan/phat-trien-doan-vien-dung-chi-nhin-vao-con-so-ket-nap-1310425.ldo',
             '2024-03-02', 'Việt Nam', '''Phát triển đoàn viên: Đừng chỉ nhìn vào con số kết nạp

02/03/2024 06:00 (GMT+7)

Bình luận

Mỗi dịp tổng kết năm, báo cáo của các cấp công đoàn thường mở đầu bằng số đoàn viên mới được kết nạp. Nhưng con số ấy chỉ kể được một nửa câu chuyện.

Năm 2023, cả nước kết nạp hơn [[1,01 triệu|mn a y2023 n=commentary: national figures -> Việt Nam (records.md regions: national totals)]] đoàn viên, thành lập [[3.540|un a y2023]] công đoàn cơ sở. Thế nhưng cũng trong năm đó, số đoàn viên giảm lên tới gần [[800.000|ml a y2023 b=u]] người, phần lớn do doanh nghiệp thiếu đơn hàng, cắt giảm lao động. Hiện cả nước có hơn [[11 triệu|mt a pub b=o]] đoàn viên, nhưng tỷ lệ đoàn viên trên tổng số lao động có quan hệ lao động vẫn chỉ khoảng 40%.

Bình Dương, nơi có đông công nhân nhất cả nước, là ví dụ rõ nhất. Năm 2023, LĐLĐ tỉnh Bình Dương kết nạp [[52.300|mn a y2023 r=Bình Dương n=the one province the commentary cites: its own region]] đoàn viên, nhưng số đoàn viên giảm lên tới [[78.600|ml a y2023 r=Bình Dương]] người. Nói cách khác, cứ 10 người được kết nạp thì có 15 người rời tổ chức.

Năm 2024, Tổng LĐLĐ Việt Nam đặt chỉ tiêu kết nạp [[1 triệu|mn t y2024]] đoàn viên. Chỉ tiêu ấy không khó đạt nếu chỉ nhìn vào số kết nạp. Cái khó là giữ chân người lao động, mà muốn giữ chân thì phải bằng lợi ích thiết thực: năm 2023, các cấp công đoàn cả nước ký mới khoảng [[5.400|ca a y2023 b=a]] bản thỏa ước lao động tập thể, nhưng nhiều bản vẫn chỉ chép lại luật.

Đã đến lúc báo cáo của công đoàn phải đặt con số kết nạp bên cạnh con số giảm, để thấy tổ chức thực sự lớn lên hay chỉ đang “đổ nước vào thùng không đáy”.

ĐỨC MINH

Bình luận (0)
'''))

ARTS.append(('ae14', 'https://congdoanvacuocsong.wordpress.com/2023/phuc-loi-doan-vien-dung-de-thanh-phong-trao/',
             None, 'Việt Nam', '''Phúc lợi đoàn viên: đừng để thành phong trào

Posted by Trần Hải | Góc nhìn

Chương trình “Phúc lợi đoàn viên” ra đời với kỳ vọng mang lại lợi ích cụ thể cho người lao động: mua hàng giảm giá, vay vốn ưu đãi, khám chữa bệnh với chi phí thấp. Sau vài năm triển khai, đã đến lúc nhìn lại một cách thẳng thắn.

Riêng năm 2022, Tổng LĐLĐ Việt Nam ký [[14|wp a y2022 n=commentary without publication date: the national body's figure -> Việt Nam; period from the text]] thỏa thuận hợp tác với các tập đoàn, doanh nghiệp lớn. Giai đoạn 2019-2023, các cấp công đoàn cả nước hỗ trợ xây mới, sửa chữa [[9.340|sh a t2019-2023]] nhà “Mái ấm Công đoàn”. Đó là những con số đáng ghi nhận.

Nhưng ở địa phương, câu chuyện không đồng đều. Đồng Nai là tỉnh làm bài bản: năm 2022, LĐLĐ tỉnh Đồng Nai ký [[21|wp a y2022 r=Đồng Nai]] thỏa thuận hợp tác, nâng tổng số đối tác lên [[63|wp a null r=Đồng Nai n=nâng tổng số ... lên: a stock, dated at publication; no publication date -> null..null (records.md)]] doanh nghiệp, với mức giảm giá từ 3% đến 10%. Tết Nhâm Dần 2022, tỉnh này chăm lo cho hơn [[115.000|ben a y2022 r=Đồng Nai b=o]] đoàn viên, người lao động. Hiện LĐLĐ tỉnh Đồng Nai có [[1.611|ut a null r=Đồng Nai]] công đoàn cơ sở.

Ngược lại, không ít nơi ký thỏa thuận cho có, đoàn viên không biết đến ưu đãi, doanh nghiệp đối tác cũng không mặn mà. Phúc lợi đoàn viên chỉ có ý nghĩa khi người công nhân thực sự dùng được nó.

Trả lời

Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
'''))

ARTS.append(('ae15', 'https://baonghean.vn/ngoi-nha-moi-cua-nu-cong-nhan-may-o-nghia-dan-10238741.html',
             '2022-08-18', 'Nghệ An', '''Ngôi nhà mới của nữ công nhân may ở Nghĩa Đàn

18/08/2022 - 09:30

(Baonghean.vn) - Sau gần 10 năm ở nhờ nhà ngoại, chị Lương Thị Hà, công nhân Công ty TNHH May Minh Anh - Kim Liên, đã có ngôi nhà mới nhờ sự hỗ trợ của Quỹ “Mái ấm Công đoàn”.

Căn nhà cấp 4 rộng khoảng 60 m2 của chị Hà ở xóm Đồng Tâm, xã Nghĩa Lâm, huyện Nghĩa Đàn vừa được khánh thành sáng 17/8. Chồng chị mất năm 2015 trong một vụ tai nạn lao động, một mình chị nuôi 2 con nhỏ bằng đồng lương công nhân khoảng 6,5 triệu đồng mỗi tháng.

Biết hoàn cảnh của chị, Công đoàn cơ sở công ty đề xuất LĐLĐ huyện Nghĩa Đàn và LĐLĐ tỉnh xem xét hỗ trợ. Theo mức hỗ trợ của Quỹ “Mái ấm Công đoàn” tỉnh là 50 triệu đồng/căn, cộng với 20 triệu đồng của công ty và hàng trăm ngày công của đồng nghiệp, sau 3 tháng căn nhà đã hoàn thành với tổng chi phí 180 triệu đồng.

“Tôi không nghĩ có ngày mẹ con mình có nhà riêng. Giờ mưa bão không còn phải lo nữa”, chị Hà xúc động.

Chị Lương Thị Hà (bìa phải) nhận quyết định hỗ trợ xây nhà “Mái ấm Công đoàn”. Ảnh: Quang An

Từ đầu năm 2022 đến nay, LĐLĐ tỉnh Nghệ An đã hỗ trợ xây mới, sửa chữa [[45|sh a 2022-01-01..2022-08-18 n=feature: the programme's totals in the last paragraph; the one worker's house and its per-house amounts are no records]] nhà “Mái ấm Công đoàn” với tổng kinh phí [[2,25 tỷ|shf a 2022-01-01..2022-08-18]] đồng, đạt [[64%|sh p 2022-01-01..2022-08-18 n=part-way attainment of the year target: the reporting period]] chỉ tiêu năm là [[70|sh t y2022]] nhà. Từ năm 2017 đến nay, Quỹ đã giúp [[412|sh a 2017-01-01..2022-08-18 n=members helped to have a house -> shelter_houses (gold README 9)]] đoàn viên có nhà ở ổn định.

Quang An
'''))
