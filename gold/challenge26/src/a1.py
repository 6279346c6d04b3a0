"""challenge26 articles af01-af10 (markup: [[span|IND STATUS PERIOD k=v ...]])."""
ARTS = []

ARTS.append(('af01', 'http://m.baohaiduong.vn/lao-dong---viec-lam/thanh-mien-nam-2018-ket-nap-hon-1100-doan-vien-cong-doan-103958',
'2019-03-12', 'Hải Dương', """Thanh Miện: Năm 2018 kết nạp hơn [[1.100|mn a y2018 b=o s=LĐLĐ huyện Thanh Miện n=headline repeat of the body 1.126, takes its period (gold README 1, 5)]] đoàn viên công đoàn

THỨ BA, 12/03/2019 15:20:41

Năm 2018, Liên đoàn Lao động (LĐLĐ) huyện Thanh Miện đã kết nạp [[1.126|mn a y2018 s=LĐLĐ huyện Thanh Miện]] đoàn viên, thành lập mới [[7|un a y2018 s=LĐLĐ huyện Thanh Miện]] công đoàn cơ sở, vượt chỉ tiêu tỉnh giao

Sáng 11.3, LĐLĐ huyện Thanh Miện tổ chức hội nghị tổng kết phong trào công nhân, viên chức, lao động và hoạt động công đoàn năm 2018, triển khai nhiệm vụ năm 2019.

Theo báo cáo, trong năm 2018, LĐLĐ huyện đã kết nạp [[1.126|mn a y2018 s=LĐLĐ huyện Thanh Miện]] đoàn viên, đạt [[112,6%|mn p y2018 s=LĐLĐ huyện Thanh Miện]] kế hoạch; thành lập mới [[7|un a y2018 s=LĐLĐ huyện Thanh Miện]] công đoàn cơ sở (CĐCS) tại các doanh nghiệp ngoài nhà nước. Hiện LĐLĐ huyện quản lý [[142|ut a pub s=LĐLĐ huyện Thanh Miện n=stock (hiện) dated at publication (gold README 7)]] CĐCS với [[9.870|mt a pub s=LĐLĐ huyện Thanh Miện n=stock (hiện) dated at publication (gold README 7)]] đoàn viên.

Các cấp công đoàn trong huyện đã thăm hỏi, tặng quà [[1.350|ben a y2018 s=LĐLĐ huyện Thanh Miện]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí gần [[640 triệu|sf a y2018 b=u s=LĐLĐ huyện Thanh Miện]] đồng; giới thiệu [[38|pr a y2018 s=LĐLĐ huyện Thanh Miện]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[21|pa a y2018 s=LĐLĐ huyện Thanh Miện n=trong đó ... đã được kết nạp: Party admissions, not a breakdown of referrals (gold README 6)]] đồng chí đã được kết nạp.

Năm 2019, LĐLĐ huyện phấn đấu kết nạp [[1.000|mn t y2019 s=LĐLĐ huyện Thanh Miện]] đoàn viên, thành lập mới [[5|un t y2019 s=LĐLĐ huyện Thanh Miện]] CĐCS. Dịp này, LĐLĐ huyện khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc.

THU HÀ

Ý kiến bạn đọc
"""))

ARTS.append(('af02', 'https://nld.com.vn/cong-doan/nam-dinh-cham-lo-cho-hon-4000-cong-nhan-trong-thang-cong-nhan-20150527213544812.htm',
'2015-05-27', 'Nam Định', """Nam Định: Chăm lo cho hơn [[4.000|ben a mo2015-05 b=o n=photo-title line repeating the headline: a mention; rounded repeat of 4.215 takes its period (gold README 1)]] công nhân trong Tháng Công nhân - Ảnh 1.

Lãnh đạo LĐLĐ tỉnh Nam Định trao quà cho công nhân Công ty TNHH Youngone Nam Định

Theo LĐLĐ tỉnh Nam Định, trong Tháng Công nhân năm 2015, đã có [[386|wmu a mo2015-05]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng; các cấp CĐ đã thăm, tặng quà [[4.215|ben a mo2015-05]] lượt đoàn viên, công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động với tổng số tiền hơn [[1,6 tỉ|sf a mo2015-05 b=o]] đồng, mỗi suất từ 300.000 đồng đến 500.000 đồng.

CĐ cơ sở đã phối hợp với người sử dụng lao động tổ chức đối thoại tại [[57|wd a mo2015-05 n=trong tháng: period of the Workers' Month named before (gold README 8)]] doanh nghiệp; vận động [[34|meal a mo2015-05]] doanh nghiệp nâng mức bữa ăn giữa ca lên từ 15.000 đồng/suất trở lên. Cùng với đó, LĐLĐ tỉnh phối hợp với Sở LĐ-TB-XH kiểm tra việc thực hiện chính sách, pháp luật lao động tại [[25|sv a mo2015-05 n=enterprises inspected jointly with the labour department counted as supervisions (indicators.tsv)]] doanh nghiệp; tư vấn pháp luật cho [[1.120|lc a mo2015-05]] lượt người lao động tại các khu công nghiệp Hòa Xá, Bảo Minh.

Dịp này, LĐLĐ tỉnh tuyên dương 90 công nhân lao động giỏi, tiêu biểu năm 2015 và trao 20 suất học bổng cho con công nhân học giỏi.

Tin-ảnh: Văn Duẩn
"""))

ARTS.append(('af03', 'https://laodong.vn/cong-doan/vinh-phuc-nam-2017-ket-nap-hon-9400-doan-vien-581274.ldo',
None, 'Vĩnh Phúc', """Vĩnh Phúc: Năm 2017 kết nạp hơn [[9.400|mn a y2017 b=o n=headline repeat of 9.412 (gold README 1)]] đoàn viên

Thu Nguyệt |

LĐLĐ tỉnh Vĩnh Phúc vừa tổ chức hội nghị tổng kết công tác phát triển đoàn viên, thành lập công đoàn cơ sở (CĐCS) năm 2017.

Theo báo cáo, năm 2017 các cấp CĐ tỉnh Vĩnh Phúc đã kết nạp [[9.412|mn a y2017]] đoàn viên, đạt [[117,6%|mn p y2017]] chỉ tiêu Tổng LĐLĐ Việt Nam giao; thành lập mới [[41|un a y2017]] CĐCS với [[3.860|mn a y2017 n=members of newly founded unions count as members_new (gold README 9)]] đoàn viên. Tuy nhiên, trong năm cũng có [[2.937|ml a y2017]] đoàn viên giảm do doanh nghiệp giải thể, phá sản hoặc người lao động nghỉ việc; [[19|ud a y2017]] CĐCS bị giải thể.

Đến nay, toàn tỉnh có [[1.268|ut a null n=stock with no publication date and no dateline -> null..null (gold README 7)]] CĐCS với [[98.540|mt a null n=stock with no publication date and no dateline -> null..null (gold README 7)]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước có [[412|ut a null s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of a stock, no publication date (gold README 6, 7)]] CĐCS với [[61.208|mt a null s=khu vực doanh nghiệp ngoài nhà nước n=breakdown of a stock, no publication date (gold README 6, 7)]] đoàn viên.

Năm 2018, LĐLĐ tỉnh phấn đấu kết nạp [[8.000|mn t y2018]] đoàn viên, thành lập [[35|un t y2018]] CĐCS. Dịp này, 18 tập thể, 27 cá nhân được LĐLĐ tỉnh tặng bằng khen.

TIN LIÊN QUAN
Vĩnh Phúc: Hơn 3.000 công nhân được hỗ trợ khi bị giảm giờ làm
Công đoàn KCN Bình Xuyên thành lập thêm 5 công đoàn cơ sở
"""))

ARTS.append(('af04', 'https://congdoan.vn/tin-tuc/hoat-dong-cong-doan-3569/lang-son-phan-dau-tham-tang-qua-3500-doan-vien-trong-thang-cong-nhan-2022-612877.tld',
None, 'Lạng Sơn', """Lạng Sơn: Phấn đấu thăm, tặng quà [[3.500|ben t mo2022-05 n=headline repeat of the planned 3.500 of Tháng Công nhân 2022 (gold README 1, 4)]] đoàn viên trong Tháng Công nhân 2022

Lạng Sơn - Tháng Công nhân năm 2022 với chủ đề “Đoàn viên công đoàn - Tiên phong, gương mẫu, sáng tạo”, LĐLĐ tỉnh Lạng Sơn đặt mục tiêu ít nhất [[250|wmu t mo2022-05 b=o n=ít nhất -> over (gold README 5)]] công đoàn cơ sở tổ chức các hoạt động trong tháng.

Theo kế hoạch, các cấp công đoàn trong tỉnh sẽ thăm, tặng quà [[3.500|ben t mo2022-05]] đoàn viên, người lao động có hoàn cảnh khó khăn với kinh phí khoảng [[1,4 tỷ|sf t mo2022-05 b=a]] đồng; tổ chức đối thoại tại ít nhất [[60|wd t mo2022-05 b=o]] doanh nghiệp; xây mới, sửa chữa [[12|sh t mo2022-05]] nhà “Mái ấm Công đoàn”. LĐLĐ tỉnh cũng sẽ phối hợp tổ chức [[15|tr t mo2022-05]] hội nghị tập huấn pháp luật lao động cho cán bộ công đoàn cơ sở.

Tháng Công nhân năm 2021, dù chịu ảnh hưởng của dịch Covid-19, các cấp công đoàn tỉnh đã thăm, tặng quà [[2.874|ben a mo2021-05]] lượt đoàn viên, người lao động với số tiền hơn [[1,1 tỷ|sf a mo2021-05 b=o]] đồng; [[212|wmu a mo2021-05]] CĐCS đã tổ chức các hoạt động hưởng ứng.

Dịp này, LĐLĐ tỉnh sẽ tuyên dương 50 công nhân lao động tiêu biểu và tổ chức Diễn đàn “Lắng nghe người lao động nói” với 200 đoàn viên tham dự.

Hoàng Linh

Tin liên quan
Lạng Sơn: Trao 20 Mái ấm Công đoàn cho đoàn viên khó khăn
Hơn 1.200 công nhân Lạng Sơn được khám sức khỏe miễn phí
"""))

ARTS.append(('af05', 'https://www.sggp.org.vn/long-an-xay-moi-sua-chua-45-mai-am-cong-doan-trong-9-thang-post763412.html',
'2024-10-15', 'Long An', """ date 2024-10-15 Long An: Xây mới, sửa chữa [[45|sh a f9-2024 n=headline total of the 31 new and 14 repaired houses of the body (gold README 1, 9)]] Mái ấm Công đoàn trong 9 tháng

NGUYỄN NAM

9 tháng năm 2024, Liên đoàn Lao động (LĐLĐ) tỉnh Long An đã hỗ trợ xây mới [[31|sh a f9-2024]] và sửa chữa [[14|sh a f9-2024]] nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở với tổng kinh phí hơn [[2,3 tỷ|shf a f9-2024 b=o]] đồng; mức hỗ trợ 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa.

Lãnh đạo LĐLĐ tỉnh Long An trao Mái ấm Công đoàn cho đoàn viên tại huyện Cần Giuộc. Ảnh: NGUYỄN NAM

Cũng trong 9 tháng, LĐLĐ tỉnh đã ký mới [[14|wp a f9-2024]] thỏa thuận hợp tác với các doanh nghiệp, siêu thị, cơ sở y tế để thực hiện chương trình “Phúc lợi đoàn viên”, nâng tổng số đối tác lên [[63|wp a pub n=nâng tổng số ... lên: a stock of partners, dated at publication (records.md stocks)]]. Đoàn viên được giảm từ 5% đến 30% khi mua sắm, khám chữa bệnh tại các đơn vị này.

Các cấp công đoàn đã thăm hỏi, hỗ trợ [[6.480|ben a f9-2024]] lượt đoàn viên, người lao động ốm đau, tai nạn lao động, gặp khó khăn với số tiền gần [[2,9 tỷ|sf a f9-2024 b=u]] đồng.

Từ nay đến cuối năm, LĐLĐ tỉnh phấn đấu xây mới thêm [[15|sh t 2024-10-15..2024-12-31]] Mái ấm Công đoàn, trong đó ưu tiên công nhân các khu công nghiệp ở huyện Đức Hòa, Bến Lức.

Tin liên quan
Long An: Gần 500 công nhân được tặng vé xe về quê
Trao 10 Mái ấm Công đoàn cho đoàn viên Tây Ninh

Từ khóa: Long An Mái ấm Công đoàn LĐLĐ tỉnh Long An
"""))

ARTS.append(('af06', 'https://www.baoquangbinh.vn/xa-hoi/202112/quang-binh-nam-2021-phat-trien-3215-doan-vien-cong-doan-2196457/',
'2021-12-28', 'Quảng Bình', """Quảng Bình: Năm 2021 phát triển [[3.215|mn a y2021]] đoàn viên công đoàn

  • 10:15, 28/12/2021
  • icon gmail
  • icon facebook
  • icon youtube

(QBĐT) - Chiều 27/12, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 6, khóa XVIII, tổng kết hoạt động công đoàn năm 2021.

Năm 2021, dù chịu tác động nặng nề của dịch Covid-19, các cấp công đoàn trong tỉnh đã phát triển [[3.215|mn a y2021]] đoàn viên, đạt [[107%|mn p y2021]] kế hoạch; thành lập mới [[22|un a y2021]] công đoàn cơ sở (CĐCS). Toàn tỉnh hiện có [[1.074|ut a pub]] CĐCS với [[53.860|mt a pub]] đoàn viên.

Công tác chăm lo đời sống cho đoàn viên được quan tâm. Các cấp công đoàn đã hỗ trợ [[18.650|ben a y2021]] lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền hơn [[9,2 tỷ|sf a y2021 b=o]] đồng; xây mới, sửa chữa [[37|sh a y2021]] nhà “Mái ấm Công đoàn” với số tiền [[1,85 tỷ|shf a y2021]] đồng. Công đoàn đã đại diện người lao động thương lượng, ký kết mới [[43|ca a y2021]] bản thỏa ước lao động tập thể.

Đồng chí Trần Quang Huy, Chủ tịch LĐLĐ tỉnh phát biểu tại hội nghị.
Đồng chí Trần Quang Huy, Chủ tịch LĐLĐ tỉnh phát biểu tại hội nghị.

Năm 2022, LĐLĐ tỉnh phấn đấu phát triển [[3.000|mn t y2022]] đoàn viên, thành lập [[20|un t y2022]] CĐCS, 85% CĐCS trong doanh nghiệp tổ chức hội nghị người lao động.

Ngọc Mai
"""))

ARTS.append(('af07', 'https://baolamdong.vn/xahoi/201308/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2012-2013-2261538/',
'2013-08-20', 'Lâm Đồng', """Công đoàn ngành Giáo dục tổng kết năm học 2012 - 2013

K.PHƯƠNG 07:12, 20/08/2013

Ngày 19/8, Công đoàn ngành Giáo dục tỉnh Lâm Đồng tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2012 - 2013 và triển khai nhiệm vụ năm học 2013 - 2014.

Trong năm học 2012 - 2013, [[652/658|oc a sy2012 s=Công đoàn ngành Giáo dục n=x/y -> x (records.md value)]] đơn vị trường học đã tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học đúng quy định; công đoàn các cấp trong ngành đã phát triển mới [[486|mn a sy2012 s=Công đoàn ngành Giáo dục]] đoàn viên, thành lập mới [[6|un a sy2012 s=Công đoàn ngành Giáo dục]] công đoàn cơ sở tại các trường ngoài công lập. Hiện toàn ngành có [[664|ut a pub s=Công đoàn ngành Giáo dục]] công đoàn cơ sở với [[17.930|mt a pub s=Công đoàn ngành Giáo dục]] đoàn viên.

Công đoàn ngành đã thăm hỏi, trợ cấp [[1.245|ben a sy2012 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, khó khăn với số tiền hơn [[620 triệu|sf a sy2012 b=o s=Công đoàn ngành Giáo dục]] đồng; vận động xây dựng [[9|sh a sy2012 s=Công đoàn ngành Giáo dục]] “Mái ấm công đoàn” cho giáo viên vùng sâu, vùng xa với số tiền [[270 triệu|shf a sy2012 s=Công đoàn ngành Giáo dục]] đồng.

Năm học 2013 - 2014, Công đoàn ngành phấn đấu 100% đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định và xây dựng thêm [[10|sh t sy2013 s=Công đoàn ngành Giáo dục]] Mái ấm công đoàn. Dịp này, Công đoàn ngành tặng giấy khen cho 42 tập thể và 65 cá nhân.
"""))

ARTS.append(('af08', 'https://thainguyentv.vn/cong-doan-cac-khu-cong-nghiep-tong-ket-hoat-dong-nam-2020-38415.html',
None, 'Thái Nguyên', """(TN&TV) - Ngày 12/1, Công đoàn các Khu công nghiệp (KCN) Thái Nguyên tổ chức Hội nghị tổng kết hoạt động công đoàn năm 2020, triển khai phương hướng, nhiệm vụ năm 2021.

HOI NGHI TONG KET CONG DOAN CAC KCN 2020.mp4

Năm 2020, dù hoạt động sản xuất kinh doanh của nhiều doanh nghiệp bị ảnh hưởng bởi dịch Covid-19, Công đoàn các KCN đã thành lập mới [[9|un a y2020 s=Công đoàn các KCN]] công đoàn cơ sở (CĐCS), kết nạp [[4.318|mn a y2020 s=Công đoàn các KCN]] đoàn viên, vượt [[23,4%|mn p y2020 v=123.4 s=Công đoàn các KCN n=vượt 23,4% kế hoạch -> 123.4 (records.md status)]] kế hoạch năm. Hiện Công đoàn các KCN quản lý [[86|ut a null s=Công đoàn các KCN n=stock, no publication date and only a day/month dateline -> null..null (gold README 7)]] CĐCS với trên [[82.000|mt a null b=o s=Công đoàn các KCN n=stock, no publication date -> null..null (gold README 7)]] đoàn viên.

Công đoàn các KCN đã phối hợp với chủ doanh nghiệp tổ chức hội nghị người lao động tại [[74/86|wkc a y2020 s=Công đoàn các KCN]] doanh nghiệp; [[79|wd a y2020 s=Công đoàn các KCN]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc; thương lượng, ký kết mới [[21|ca a y2020 s=Công đoàn các KCN]] bản thỏa ước lao động tập thể. Qua thương lượng, [[37|meal a y2020 s=Công đoàn các KCN]] doanh nghiệp đã nâng giá trị bữa ăn ca lên từ 18.000 đến 25.000 đồng/suất.

Bên cạnh đó, Công đoàn các KCN tổ chức tư vấn pháp luật cho [[2.150|lc a y2020 s=Công đoàn các KCN]] lượt đoàn viên, người lao động; phối hợp tham gia [[16|sv a y2020 s=Công đoàn các KCN]] cuộc kiểm tra, giám sát việc thực hiện chế độ, chính sách tại doanh nghiệp. Trong dịp Tết Canh Tý 2020 và Tháng Công nhân 2020, các cấp công đoàn đã thăm hỏi, tặng quà [[5.620|ben a y2020 s=Công đoàn các KCN n=Tết and Workers' Month of 2020 together: the year 2020]] lượt đoàn viên, người lao động với tổng trị giá [[2,1 tỷ|sf a y2020 s=Công đoàn các KCN n=Tết and Workers' Month of 2020 together: the year 2020]] đồng.

Năm 2021, Công đoàn các KCN phấn đấu kết nạp [[4.000|mn t y2021 s=Công đoàn các KCN]] đoàn viên, thành lập mới [[8|un t y2021 s=Công đoàn các KCN]] CĐCS; 85% doanh nghiệp có CĐCS tổ chức đối thoại định kỳ.

Dịp này, Công đoàn các KCN Thái Nguyên khen thưởng 20 tập thể, 35 cá nhân có thành tích xuất sắc năm 2020.

Minh Hằng - Quốc Việt

Trả lời

Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
"""))

ARTS.append(('af09', 'https://baomoi.com/ha-giang-tuyen-truyen-phap-luat-cho-hon-21-000-luot-doan-vien/c/29876541.epi',
None, 'Hà Giang', """Hà Giang: Tuyên truyền pháp luật cho hơn [[21.000|te a y2018 b=o n=headline repeat of 21.460 (gold README 1)]] lượt đoàn viên

Báo Hà Giang Thứ Năm, 14/03/2019 09:12

Năm 2018, các cấp công đoàn tỉnh Hà Giang đã tổ chức [[86|tr a y2018]] hội nghị tập huấn, tuyên truyền, phổ biến pháp luật cho [[21.460|te a y2018]] lượt đoàn viên, người lao động; tư vấn pháp luật trực tiếp cho [[432|lc a y2018]] lượt người lao động, trong đó có [[127|lc a y2018 s=lao động đi làm việc ở các tỉnh ngoài]] lượt là lao động đi làm việc ở các tỉnh ngoài.

LĐLĐ tỉnh chủ trì và tham gia [[18|sv a y2018]] cuộc giám sát việc thực hiện chính sách, pháp luật tại 46 đơn vị, doanh nghiệp, góp phần bảo vệ quyền, lợi ích hợp pháp của người lao động.

Từ đầu năm 2019 đến nay, LĐLĐ tỉnh đã tổ chức [[5|tr a 2019-01-01..2019-03-14 n=đến nay: the page's own dateline 14/03/2019 stands for the missing publication date]] lớp tập huấn nghiệp vụ cho [[640|te a 2019-01-01..2019-03-14 n=đến nay: the page's own dateline 14/03/2019 stands for the missing publication date]] cán bộ công đoàn cơ sở tại các huyện Vị Xuyên, Bắc Quang, Hoàng Su Phì. Hiện toàn tỉnh có [[756|ut a pub n=stock dated at the page's dateline 14/03/2019 (published is null; records.md stocks)]] công đoàn cơ sở với [[34.120|mt a pub n=stock dated at the page's dateline 14/03/2019 (published is null; records.md stocks)]] đoàn viên.

Theo Báo Hà Giang

Tin cùng chủ đề
Hà Giang: 120 đoàn viên được hỗ trợ sau lũ quét
LĐLĐ huyện Quản Bạ kết nạp 65 đoàn viên mới
""", '2019-03-14'))

ARTS.append(('af10', 'https://vietnam.vn/bacgiang/?p=718342',
None, 'Bắc Giang', """6 tháng đầu năm 2024, các cấp công đoàn tỉnh Bắc Giang đã cập nhật thông tin của [[118.640|rec a h1-2024]] đoàn viên lên phần mềm quản lý đoàn viên, cấp [[26.300|rec a h1-2024 n=thẻ đoàn viên điện tử: cards given count as member_records (indicators.tsv)]] thẻ đoàn viên điện tử; ký kết [[5|wp a h1-2024]] thỏa thuận hợp tác thực hiện chương trình “Phúc lợi đoàn viên” với các doanh nghiệp, ngân hàng trên địa bàn.

Cũng trong 6 tháng, Ủy ban Kiểm tra LĐLĐ tỉnh đã kiểm tra tài chính [[23|fi a h1-2024]] công đoàn cơ sở, đạt [[57,5%|fi p h1-2024 n=part-way attainment of the year plan dated to the reporting half-year (gold README 4)]] kế hoạch năm. Các cấp công đoàn kết nạp [[6.815|mn a h1-2024]] đoàn viên, thành lập mới [[17|un a h1-2024]] công đoàn cơ sở, chủ yếu tại các doanh nghiệp trong khu công nghiệp Quang Châu, Vân Trung.

6 tháng cuối năm 2024, LĐLĐ tỉnh phấn đấu kết nạp thêm [[5.000|mn t l6-2024]] đoàn viên; đẩy mạnh cấp thẻ đoàn viên điện tử, hướng dẫn đoàn viên cài đặt ứng dụng Công đoàn Việt Nam.

Ngọc Anh
Nguồn: https://baobacgiang.vn/bac-giang-cap-nhat-118640-doan-vien-len-phan-mem-quan-ly-428816.bbg
"""))
