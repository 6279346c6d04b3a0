"""challenge26 articles af11-af20."""
ARTS = []

ARTS.append(('af11', 'https://nld.com.vn/Print.aspx?NewsID=20170110204512367',
'2017-01-10', 'Bình Định', """Bình Định: Hơn [[12.000|ben a y2017 b=o n=headline repeat of 12.350 takes the Tết 2017 period (gold README 1)]] đoàn viên được chăm lo Tết Đinh Dậu

Lãnh đạo LĐLĐ tỉnh Bình Định trao quà Tết cho công nhân KCN Phú Tài

Lãnh đạo LĐLĐ tỉnh Bình Định, trao quà Tết cho công nhân KCN Phú Tài

Chương trình “Tết Sum vầy” Tết Nguyên đán Đinh Dậu 2017, tính đến ngày 9-1, các cấp CĐ tỉnh Bình Định đã thăm, tặng quà cho [[12.350|ben a y2017 n=Tết Đinh Dậu 2017 -> the year 2017; tính đến ngày 9-1 is a date, not a period]] đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí hơn [[5,4 tỉ|sf a y2017 b=o]] đồng, mỗi suất quà từ 300.000 đồng đến 1 triệu đồng. LĐLĐ tỉnh cũng phối hợp với các doanh nghiệp tổ chức 8 chuyến xe đưa [[360|ben a y2017 n=free bus rides home given to workers counted as beneficiaries (gold README 9: tickets)]] công nhân quê ở các tỉnh phía Bắc về quê đón Tết miễn phí.

Dự kiến đến trước Tết, tổng số đoàn viên, người lao động được chăm lo sẽ vượt [[15.000|ben t y2017 b=o n=dự kiến -> target (gold README 4)]] người. Chợ Tết Công đoàn tổ chức tại KCN Phú Tài cũng đã phát 1.000 phiếu mua hàng ưu đãi cho công nhân.

Năm qua, các cấp CĐ tỉnh đã kết nạp [[5.230|mn a y2016 n=Năm qua in January -> the previous year (records.md periods)]] đoàn viên, thành lập [[38|un a y2016 n=Năm qua in January -> the previous year (records.md periods)]] CĐ cơ sở, vượt chỉ tiêu Tổng LĐLĐ Việt Nam giao.

Hoài Thu
"""))

ARTS.append(('af12', 'https://m.baoninhthuan.com.vn/news/138214p1c30/ninh-thuan-6-thang-ket-nap-1284-doan-vien-cong-doan.htm',
'2022-07-28', 'Ninh Thuận', """Ninh Thuận: 6 tháng kết nạp [[1.284|mn a h1-2022 n=headline 6 tháng without year: publication year (records.md periods)]] đoàn viên công đoàn

Thứ Năm, 28/07/2022 - 08:35

6 tháng đầu năm 2022, Liên đoàn Lao động (LĐLĐ) tỉnh Ninh Thuận đã kết nạp [[1.284|mn a h1-2022]] đoàn viên, đạt [[64,2%|mn p h1-2022 n=part-way attainment of the year plan, dated to the half-year (gold README 4)]] kế hoạch năm; thành lập mới [[9|un a h1-2022]] công đoàn cơ sở (CĐCS) và [[7|wc a h1-2022]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước.

Các cấp công đoàn đã giới thiệu [[46|pr a h1-2022]] đoàn viên ưu tú cho tổ chức Đảng bồi dưỡng, xem xét kết nạp; đã có [[29|pa a h1-2022]] đoàn viên được kết nạp vào Đảng. LĐLĐ tỉnh tổ chức [[12|tr a h1-2022]] lớp tập huấn nghiệp vụ cho [[830|te a h1-2022]] lượt cán bộ công đoàn cơ sở. Hiện toàn tỉnh có [[612|ut a pub]] CĐCS với [[27.415|mt a pub]] đoàn viên.

Cán bộ LĐLĐ tỉnh tuyên truyền, vận động công nhân Khu công nghiệp Thành Hải gia nhập công đoàn. Ảnh: Văn Nỷ

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[800|mn t l6-2022 n=year-less period takes the publication year (records.md periods)]] đoàn viên, hoàn thành chỉ tiêu cả năm [[2.000|mn t y2022 n=chỉ tiêu cả năm -> full year (gold README 8)]] đoàn viên.

Văn Nỷ

Bình luận (0)
"""))

ARTS.append(('af13', 'https://laodong.vn/cong-doan/soc-trang-52-doanh-nghiep-nang-muc-bua-an-ca-cho-cong-nhan-1298405.ldo',
None, 'Sóc Trăng', """Sóc Trăng: [[52|meal a y2023 n=headline repeat of the body 52 takes its period (gold README 1)]] doanh nghiệp nâng mức bữa ăn ca cho công nhân

Phương Anh |

Năm 2023, các cấp công đoàn tỉnh Sóc Trăng đã thương lượng, vận động [[52|meal a y2023]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn giữa ca cho người lao động, trong đó có [[18|meal a y2023 s=Khu công nghiệp An Nghiệp]] doanh nghiệp trong Khu công nghiệp An Nghiệp. Mức tăng phổ biến từ 2.000 đến 5.000 đồng/suất, nâng mức bữa ăn ca bình quân lên khoảng 22.000 đồng/suất.

Công nhân Công ty TNHH Woo Jin Sóc Trăng trong giờ ăn ca. Ảnh: Phương Anh

Cũng trong năm, công đoàn đã đại diện tập thể người lao động thương lượng, ký kết [[34|ca a y2023]] bản thỏa ước lao động tập thể, vượt [[13,3%|ca p y2023 v=113.3 n=vượt 13,3% kế hoạch -> 113.3 (records.md status)]] kế hoạch ([[30|ca t y2023 n=the plan figure in brackets is a target of the year (gold README 4)]] bản); phối hợp tổ chức đối thoại tại nơi làm việc ở [[146|wd a y2023]] doanh nghiệp, đạt [[102%|wd p y2023]] chỉ tiêu.

Năm 2024, LĐLĐ tỉnh phấn đấu ký mới [[35|ca t y2024]] bản thỏa ước lao động tập thể, trong đó ưu tiên các doanh nghiệp có từ 100 lao động trở lên chưa có thỏa ước.

TIN LIÊN QUAN
Sóc Trăng: Trao 30 Mái ấm Công đoàn cho đoàn viên nghèo
Hơn 800 công nhân Sóc Trăng được hỗ trợ vé xe về quê
"""))

ARTS.append(('af14', 'https://baohanam.com.vn/xa-hoi/lao-dong-viec-lam/ha-nam-trao-hon-3100-suat-qua-cho-cong-nhan-trong-thang-cong-nhan-62418.html',
'2018-06-05', 'Hà Nam', """Hà Nam: Trao hơn [[3.100|ben a mo2018-05 b=o n=headline repeat of 3.160 (gold README 1)]] suất quà cho công nhân trong Tháng Công nhân

Cập nhật: 05/06/2018 - 16:20 | Lượt xem: 1.214

Ngày 4/6, Liên đoàn Lao động (LĐLĐ) tỉnh Hà Nam tổ chức hội nghị tổng kết Tháng Công nhân năm 2018.

Theo báo cáo, trong Tháng Công nhân năm 2018, có [[235|wmu a mo2018-05]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng; các cấp công đoàn đã thăm hỏi, tặng [[3.160|ben a mo2018-05 n=gift packages count as beneficiaries (gold README 9)]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn, tổng trị giá trên [[1,2 tỷ|sf a mo2018-05 b=o]] đồng. Có [[38|wd a mo2018-05]] doanh nghiệp tổ chức đối thoại với người lao động.

LĐLĐ tỉnh tham gia [[9|sv a mo2018-05]] cuộc giám sát việc thực hiện chính sách, pháp luật lao động tại các doanh nghiệp trong KCN Đồng Văn I, Đồng Văn II; bàn giao [[2|sh a mo2018-05]] nhà “Mái ấm Công đoàn” cho đoàn viên tại huyện Lý Nhân, mỗi căn được hỗ trợ 40 triệu đồng.

Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân KCN Đồng Văn II.

Dịp này, LĐLĐ tỉnh tặng giấy khen cho 16 tập thể, 24 cá nhân.

Đức Anh

Tin liên quan
Hà Nam: 300 công nhân được khám sức khỏe miễn phí
Lý Nhân thành lập 3 công đoàn cơ sở ngoài nhà nước
"""))

ARTS.append(('af15', 'https://congdoan.vn/tin-tuc/cham-lo-bao-ve-3571/ca-mau-hon-18000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-binh-ngo-2026-781245.tld',
'2026-01-20', 'Cà Mau', """Cà Mau: Hơn [[18.000|ben t y2026 b=o n=headline repeats the planned figure of the sapo: target (gold README 1, 4)]] đoàn viên, người lao động được chăm lo Tết Bính Ngọ 2026

20/01/2026 07:40

Cà Mau - Chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026, các cấp công đoàn tỉnh Cà Mau dự kiến chăm lo cho hơn [[18.000|ben t y2026 b=o]] đoàn viên, người lao động với tổng kinh phí khoảng [[14,5 tỷ|sf t y2026 b=a]] đồng.

Ngày 19/1, tại phường Bạc Liêu, Liên đoàn Lao động (LĐLĐ) tỉnh Cà Mau tổ chức Chương trình “Tết Sum vầy - Xuân ơn Đảng” và “Chợ Tết Công đoàn” năm 2026. Tại chương trình, LĐLĐ tỉnh trao [[400|ben a y2026 n=gift packages, Tết 2026 -> 2026 (gold README 9)]] suất quà, mỗi suất trị giá 1 triệu đồng cho đoàn viên, người lao động khó khăn; tặng [[150|ben a y2026 n=bus tickets given to members count as beneficiaries (gold README 9)]] vé xe cho công nhân về quê đón Tết. Chợ Tết Công đoàn phát 1.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

Theo LĐLĐ tỉnh, tính đến ngày 19/1, các cấp công đoàn đã trao quà Tết cho [[9.230|ben a y2026 n=tính đến ngày 19/1 is a date: nearest earlier period phrase (Tết 2026)]] đoàn viên, người lao động với số tiền hơn [[7,1 tỷ|sf a y2026 b=o]] đồng. Công đoàn phường Bạc Liêu cũng trao [[120|ben a y2026 s=Công đoàn phường Bạc Liêu n=ward union of the merged province: region Cà Mau, scope the ward (records.md regions)]] suất quà cho đoàn viên có hoàn cảnh khó khăn tại các doanh nghiệp trên địa bàn.

Lãnh đạo LĐLĐ tỉnh Cà Mau trao quà Tết cho đoàn viên, người lao động.

Thanh Nhàn
"""))

ARTS.append(('af16', 'https://baodaknong.vn/dak-nong-ban-giao-4-mai-am-cong-doan-cho-doan-vien-kho-khan-128764.html',
None, 'Đắk Nông', """Đắk Nông: Bàn giao [[4|sh a pub n=no period phrase before it: the page's dateline 08/09/2020 stands for the missing publication date (records.md periods)]] Mái ấm Công đoàn cho đoàn viên khó khăn

Thứ Ba, 08/09/2020 | 15:42

Vừa qua, Liên đoàn Lao động (LĐLĐ) tỉnh Đắk Nông phối hợp với LĐLĐ huyện Cư Jút bàn giao [[4|sh a pub n=no period phrase before it: the page's dateline stands for the missing publication date]] nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở. Mỗi căn nhà được hỗ trợ 50 triệu đồng từ Quỹ Xã hội Công đoàn tỉnh, tổng cộng [[200 triệu|shf a pub]] đồng.

Lãnh đạo LĐLĐ tỉnh trao quyết định hỗ trợ Mái ấm Công đoàn cho đoàn viên huyện Cư Jút.

Từ đầu năm 2020 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa [[23|sh a 2020-01-01..2020-09-08 n=đến nay ends at the page's dateline (published is null)]] Mái ấm Công đoàn với tổng số tiền [[980 triệu|shf a 2020-01-01..2020-09-08]] đồng. Năm 2020, LĐLĐ tỉnh phấn đấu hỗ trợ [[30|sh t y2020]] Mái ấm Công đoàn cho đoàn viên, người lao động khó khăn về nhà ở.

Hải Yến

Ý kiến bạn đọc
Gửi bình luận
""", '2020-09-08'))

ARTS.append(('af17', 'https://nld.com.vn/cong-doan/phu-yen-10-thang-thanh-lap-24-cd-co-so-20121114213012876.htm',
'2012-11-14', 'Phú Yên', """Phú Yên: 10 tháng thành lập [[24|un a f10-2012]] CĐ cơ sở

Thứ Tư, 14/11/2012 21:30

(NLĐO)- 10 tháng đầu năm 2012, LĐLĐ tỉnh Phú Yên đã thành lập mới [[24|un a f10-2012]] CĐ cơ sở, phát triển [[2.640|mn a f10-2012]] đoàn viên, đạt [[88%|mn p f10-2012 n=part-way attainment of the year plan (gold README 4)]] kế hoạch năm.

Số CĐ cơ sở bị giải thể do doanh nghiệp ngừng hoạt động là [[7|ud a f10-2012]], giảm [[412|ml a f10-2012]] đoàn viên; tính chung, số đoàn viên toàn tỉnh tăng tuyệt đối [[2.228|mnet a f10-2012]] người. Hiện toàn tỉnh có [[724|ut a pub]] CĐ cơ sở với [[38.516|mt a pub]] đoàn viên.

Trong 2 tháng cuối năm, LĐLĐ tỉnh phấn đấu phát triển thêm [[400|mn t l2-2012 n=2 tháng cuối năm without year: last two months of the publication year]] đoàn viên, tập trung vào các doanh nghiệp ở KCN Hòa Hiệp và KCN An Phú.

Tin-ảnh: Mai Hân
"""))

ARTS.append(('af18', 'http://www.baodongkhoi.com.vn/xa-hoi/cong-doan-ben-tre-tong-ket-hoat-dong-nam-2014-15012015-a28764.html',
'2015-01-16', 'Bến Tre', """Công đoàn Bến Tre tổng kết hoạt động năm 2014

Cập nhật ngày: 16/01/2015 10:24

(ĐK) - Ngày 15-1-2015, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết phong trào công nhân, viên chức, lao động và hoạt động công đoàn năm 2014; triển khai phương hướng, nhiệm vụ năm 2015.

Năm 2014, các cấp công đoàn trong tỉnh đã kết nạp mới [[3.942|mn a y2014]] đoàn viên, đạt [[131,4%|mn p y2014]] kế hoạch; thành lập mới [[31|un a y2014]] công đoàn cơ sở (CĐCS), trong đó [[26|un a y2014 s=doanh nghiệp ngoài nhà nước]] CĐCS doanh nghiệp ngoài nhà nước. Do doanh nghiệp giải thể, ngừng hoạt động, có [[11|ud a y2014]] CĐCS giải thể; số CĐCS tăng tuyệt đối [[20|unet a y2014]] đơn vị. Toàn tỉnh hiện có [[1.136|ut a pub]] CĐCS với [[56.710|mt a pub]] đoàn viên.

Hoạt động đại diện, bảo vệ quyền và lợi ích hợp pháp của người lao động có nhiều chuyển biến. [[468|oc a y2014]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức (đạt 97,5% số cơ quan, đơn vị); [[187|wkc a y2014]] doanh nghiệp tổ chức hội nghị người lao động; ký kết mới [[64|ca a y2014]] bản thỏa ước lao động tập thể.

Các cấp công đoàn đã thăm hỏi, trợ cấp [[7.850|ben a y2014]] lượt đoàn viên, người lao động với tổng số tiền hơn [[2,6 tỷ|sf a y2014 b=o]] đồng; xây dựng, sửa chữa [[41|sh a y2014]] “Mái ấm Công đoàn”, trị giá [[1,23 tỷ|shf a y2014]] đồng.

Quang cảnh hội nghị.

Năm 2015, LĐLĐ tỉnh phấn đấu kết nạp [[3.500|mn t y2015]] đoàn viên, thành lập [[25|un t y2015]] CĐCS; 100% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động. Dịp này, LĐLĐ tỉnh tặng bằng khen cho 28 tập thể, 40 cá nhân có thành tích xuất sắc năm 2014.

TRẦN QUÂN
"""))

ARTS.append(('af19', 'https://baomoi.com/tong-ldld-viet-nam-nam-2013-ket-nap-gan-700-000-doan-vien/c/13275631.epi',
None, 'Việt Nam', """Tổng LĐLĐ Việt Nam: Năm 2013 kết nạp gần [[700.000|mn a y2013 b=u n=headline repeat of 688.520 (gold README 1, 5)]] đoàn viên

Theo báo cáo của Tổng LĐLĐ Việt Nam, năm 2013 các cấp công đoàn cả nước đã kết nạp [[688.520|mn a y2013]] đoàn viên, thành lập mới [[5.130|un a y2013]] công đoàn cơ sở (CĐCS).

Tuy nhiên, cũng trong năm có [[346.200|ml a y2013]] đoàn viên giảm do mất việc, nghỉ việc và [[2.180|ud a y2013]] CĐCS giải thể, nên số đoàn viên chỉ tăng tuyệt đối [[342.320|mnet a y2013]] người, số CĐCS tăng tuyệt đối [[2.950|unet a y2013]] đơn vị. Hiện cả nước có hơn [[8,3 triệu|mt a null b=o n=stock, page without publication date or dateline -> null..null (gold README 7)]] đoàn viên với hơn [[122.000|ut a null b=o n=stock, page without publication date or dateline -> null..null (gold README 7)]] CĐCS.

Năm 2014, Tổng LĐLĐ Việt Nam phấn đấu kết nạp [[600.000|mn t y2014]] đoàn viên, thành lập mới [[4.500|un t y2014]] CĐCS, tiếp tục thực hiện Chương trình phát triển đoàn viên giai đoạn 2013 - 2018.

Theo Người Lao Động

Tin cùng chủ đề
Hà Nội: Hơn 40.000 đoàn viên được kết nạp trong năm 2013
TP HCM thành lập 600 công đoàn cơ sở
"""))

ARTS.append(('af20', 'https://baoyenbai.com.vn/12/341876/yen-bai-quy-i-kiem-tra-tai-chinh-14-cong-doan-co-so.aspx',
'2025-04-22', 'Yên Bái', """Yên Bái: Quý I kiểm tra tài chính [[14|fi a q1-2025 n=headline Quý I without year: publication year; repeat of the body 14 (gold README 1)]] công đoàn cơ sở

Thứ Ba, 22/04/2025 | 07:45

YênBái - Quý I/2025, Ủy ban Kiểm tra Liên đoàn Lao động (LĐLĐ) tỉnh và ủy ban kiểm tra công đoàn các cấp đã kiểm tra tài chính [[14|fi a q1-2025]] công đoàn cơ sở (CĐCS), đạt [[35%|fi p q1-2025 n=part-way attainment of the year plan, dated to the quarter (gold README 4)]] kế hoạch năm; giám sát việc thực hiện quy chế dân chủ tại [[8|sv a q1-2025 n=units supervised counted as supervisions (indicators.tsv)]] đơn vị. Năm 2025, Ủy ban Kiểm tra LĐLĐ tỉnh phấn đấu kiểm tra tài chính [[40|fi t y2025]] CĐCS.

Cũng trong quý I, LĐLĐ tỉnh đã cập nhật dữ liệu [[2.315|rec a q1-2025]] đoàn viên lên phần mềm quản lý đoàn viên; kết nạp [[1.047|mn a q1-2025]] đoàn viên, thành lập [[4|un a q1-2025]] CĐCS.

Trong Tháng Công nhân năm 2025, LĐLĐ tỉnh dự kiến thăm, tặng [[2.000|ben t mo2025-05]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với kinh phí [[1 tỷ|sf t mo2025-05]] đồng; tổ chức Diễn đàn “Lắng nghe người lao động nói” với 150 công nhân tham dự.

Thanh Hà

Tin cùng chuyên mục
Văn Yên: 500 công nhân được khám sức khỏe miễn phí
LĐLĐ huyện Trấn Yên trao 2 Mái ấm Công đoàn
"""))
