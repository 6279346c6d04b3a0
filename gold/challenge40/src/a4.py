"""at16-at20.  at16, at18 (and at13 in a3) carry light scraping damage."""
import re, unicodedata
ARTS = []


def nfd(s):
    """Decompose the marks of the text outside the gold marks (scraped NFD text)."""
    parts = re.split(r'(\[\[.*?\]\])', s, flags=re.S)
    return ''.join(p if p.startswith('[[') else unicodedata.normalize('NFD', p) for p in parts)


ZW = '\u200b'

ARTS.append(('at16', 'https://baovinhphuc.com.vn/xa-hoi/vinh-phuc-ket-nap-hon-9200-doan-vien-moi-trong-nam-2013-94512.html',
             '2014-01-15', 'Vĩnh Phúc', """Vĩnh Phúc: Kết nạp hơn [[9.200|mn a y2013 b=o n=rounded headline repeat of the body 9.214 (gold README 1)]] đoàn viên mới trong năm 2013

Thứ Tư, 15/01/2014 - 09:12

(BVP) - Ngày 14/1, Liên đoàn Lao động (LĐLĐ) tỉnh Vĩnh Phúc tổ chức hội nghị tổng kết công tác công đoàn năm 2013, triển khai nhiệm vụ năm 2014.

""" + nfd("""Năm 2013, các cấp công đoàn trong tỉnh kết nạp mới [[9.214|mn a y2013 n=paragraph scraped in NFD (decomposed marks); offsets are into that text (records.md evidence)]] đoàn viên, thành lập mới [[63|un a y2013]] công đoàn cơ sở (CĐCS). Do nhiều doanh nghiệp giải thể, ngừng hoạt động nên trong năm giảm [[41|ud a y2013]] CĐCS và [[6.870|ml a y2013]] đoàn viên; tăng tuyệt đối [[22|unet a y2013]] CĐCS và [[2.344|mnet a y2013]] đoàn viên so với năm 2012.""") + """

Hiện toàn tỉnh có [[1.482|ut a pub]] CĐCS với [[112.605|mt a pub]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước có [[486|ut a pub s=khu vực doanh nghiệp ngoài nhà nước]] CĐCS với [[61.930|mt a pub s=khu vực doanh nghiệp ngoài nhà nước]] đoàn viên.

Vĩnh Phúc: Kết nạp hơn [[9.200|mn a y2013 b=o n=photo-title repeat, rounded, of the body 9.214 (gold README 1)]] đoàn viên mới""" + ZW + """ trong năm 2013
Hội nghị tổng kết công tác công""" + ZW + """ đoàn năm 2013.

Năm 2014, LĐLĐ tỉnh phấn đấu phát triển [[8.000|mn t y2014]] đoàn viên, thành lập mới [[50|un t y2014]] CĐCS; 75% CĐCS đạt vững mạnh.

Dịp này, 21 tập thể, 34 cá nhân được Tổng LĐLĐ Việt Nam và LĐLĐ tỉnh tặng bằng khen.

Minh Hương

Bình luận (0)
"""))

ARTS.append(('at17', 'https://baogialai.com.vn/gia-lai-146-mai-am-cong-doan-duoc-xay-moi-sua-chua-tu-dau-nam-post339210.html',
             '2025-11-12', 'Gia Lai', """Gia Lai: [[146|sh a 2025-01-01..2025-11-12 n=headline repeat of the body figure (gold README 1)]] “Mái ấm Công đoàn” được xây mới, sửa chữa từ đầu năm

Thứ Tư, 12/11/2025, 07:30 (GMT+7)

(GLO)- Ngày 11/11, Liên đoàn Lao động (LĐLĐ) tỉnh Gia Lai bàn giao [[ba|sh a pub v=3 n=number word -> 3 (records.md value); the new province's federation -> Gia Lai (gold README 10); no period phrase before it -> publication date]] căn nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn tại phường Quy Nhơn Nam và xã Tuy Phước, mỗi căn được hỗ trợ 60 triệu đồng.

Từ đầu năm đến nay, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới, sửa chữa [[146|sh a 2025-01-01..2025-11-12 n=từ đầu năm đến nay, year of publication (records.md periods); the merged province under its kept name (gold README 10)]] nhà “Mái ấm Công đoàn” với tổng kinh phí hơn [[7,1 tỷ|shf a 2025-01-01..2025-11-12 b=o]] đồng. Trong đó, khu vực Bình Định (cũ) [[92|sh a 2025-01-01..2025-11-12 r=Bình Định s=khu vực Bình Định (cũ) n=khu vực X (cũ) -> the old province X (gold README 10)]] nhà, khu vực Gia Lai (cũ) [[54|sh a 2025-01-01..2025-11-12 r=Gia Lai s=khu vực Gia Lai (cũ)]] nhà.

Gia Lai: [[146|sh a 2025-01-01..2025-11-12 n=photo-title repeat of the body figure (gold README 1)]] “Mái ấm Công đoàn” được xây mới, sửa chữa từ đầu năm - Ảnh 1.
Lãnh đạo LĐLĐ tỉnh trao quyết định hỗ trợ cho đoàn viên.

Cũng theo LĐLĐ tỉnh, dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn dự kiến chăm lo cho khoảng [[25.000|ben t y2026 b=a n=dự kiến -> target; Tết figures take the Tết year (gold README 4, 8)]] đoàn viên, người lao động với tổng kinh phí khoảng [[20 tỷ|sf t y2026 b=a]] đồng. Năm 2026, LĐLĐ tỉnh phấn đấu xây mới, sửa chữa [[150|sh t y2026]] nhà “Mái ấm Công đoàn”.

Hiện toàn tỉnh có [[2.874|ut a pub n=stock dated at publication (gold README 7)]] công đoàn cơ sở; hotline tư vấn pháp luật công đoàn 1900.1122 hoạt động 24/7.

Ngọc Duy

Tin liên quan
- Công đoàn phường Pleiku trao 50 suất quà cho công nhân môi trường
- Gia Lai: 1.200 đoàn viên được khám sức khỏe miễn phí
"""))

ARTS.append(('at18', 'https://www.baolongan.vn/cong-doan-cac-kcn-tang-22-cong-doan-co-so-a71245.html',
             None, 'Long An', """Công đoàn các KCN: Tăng [[22|unet a y2018 s=Công đoàn các KCN n=headline repeat of the body figure (gold README 1)]] công đoàn cơ sở

Năm 2018, Công đoàn các khu công nghiệp (KCN) tỉnh Long An đã thành lập mới [[34|un a y2018 s=Công đoàn các KCN]] công đoàn cơ sở (CĐCS), phát triển [[6.1 35|mn a y2018 s=Công đoàn các KCN n=scraped space inside the number -> 6135 (gold README 3)]] đoàn viên. Do doanh nghiệp ngừng hoạt động, chuyển địa điểm, giải thể [[12|ud a y2018 s=Công đoàn các KCN]] CĐCS, giảm [[2.870|ml a y2018 s=Công đoàn các KCN]] đoàn viên; tăng tuyệt đối [[22|unet a y2018 s=Công đoàn các KCN]] CĐCS.

Hien Cong doan cac KCN quan ly [[412|ut a null s=Công đoàn các KCN n=stock on an undated page -> null..null (gold README 7); text scraped without diacritics]] CĐCS voi [[96.480|mt a null s=Công đoàn các KCN]] doan vien.

Trong nam, Cong doan cac KCN da tu van phap luat cho [[1.5 60|lc a y2018 s=Công đoàn các KCN n=trong năm -> the year named before, 2018 (records.md periods); 1.5 60 -> 1560]] luot cong nhan lao dong, chu yeu ve tien luong, bao hiem xa hoi; phoi hop to chuc [[9|tr a y2018 s=Công đoàn các KCN]] hoi nghi tap huan phap luat lao dong cho can bo cong doan co so.

Năm 2019, Công đoàn các KCN phấn đấu thành lập mới [[30|un t y2019 s=Công đoàn các KCN]] CĐCS, phát triển [[5.000|mn t y2019 s=Công đoàn các KCN]] đoàn viên.

Ảnh: Công nhân Công ty TNHH Giày Da Mỹ Phong (KCN Long Hậu) - Ảnh: 03.jpg

Thanh Hải
"""))

ARTS.append(('at19', 'https://baocantho.com.vn/uy-ban-kiem-tra-cong-doan-kiem-tra-tai-chinh-214-don-vi-a201844.html',
             '2026-01-20', 'Cần Thơ', """ date 2026-01-20 Đường dây nóng: 0292.3821.331 | Đặt báo

Ủy ban Kiểm tra công đoàn kiểm tra tài chính [[214|fi a y2025 n=headline repeat of the body figure (gold README 1)]] đơn vị

Sáng 19-1, Ủy ban Kiểm tra (UBKT) Liên đoàn Lao động (LĐLĐ) TP Cần Thơ tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025, dù thực hiện sắp xếp tổ chức bộ máy sau hợp nhất, UBKT công đoàn các cấp trong thành phố đã kiểm tra tài chính tại [[214|fi a y2025 n=the merged city's federation -> Cần Thơ (gold README 10)]] đơn vị, đạt [[107%|fi p y2025]] kế hoạch; trong đó khu vực Sóc Trăng (cũ) [[72|fi a y2025 r=Sóc Trăng s=khu vực Sóc Trăng (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] đơn vị, khu vực Hậu Giang (cũ) [[51|fi a y2025 r=Hậu Giang s=khu vực Hậu Giang (cũ)]] đơn vị. UBKT các cấp còn kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại [[96|sv a y2025]] đơn vị và tổ chức [[38|sv a y2025]] cuộc giám sát.

Qua kiểm tra, UBKT các cấp đã kiến nghị thu nộp về cấp trên hơn 1,2 tỷ đồng kinh phí và đoàn phí công đoàn; giải quyết 11/11 đơn khiếu nại, tố cáo.

Ủy ban Kiểm tra công đoàn kiểm tra tài chính [[214|fi a y2025 n=photo-title repeat of the body figure (gold README 1)]] đơn vị - Ảnh 1.
Lãnh đạo LĐLĐ TP Cần Thơ phát biểu tại hội nghị.

LĐLĐ TP đã tổ chức [[5|tr a y2025]] lớp tập huấn nghiệp vụ cho [[640|te a y2025]] ủy viên UBKT công đoàn cơ sở.

Năm 2026, UBKT công đoàn các cấp phấn đấu kiểm tra tài chính ít nhất [[230|fi t y2026 b=o]] đơn vị; 100% công đoàn cơ sở tự kiểm tra tài chính.

Thu Sương
"""))

ARTS.append(('at20', 'https://binhthuan.gov.vn/4/469/tuy-phong-tap-huan-phap-luat-cho-ngu-dan.html',
             None, 'Bình Thuận', """Tuy Phong: Tập huấn pháp luật cho ngư dân

Trong 6 tháng đầu năm 2021, Liên đoàn Lao động (LĐLĐ) huyện Tuy Phong phối hợp với Trung tâm Tư vấn pháp luật Công đoàn tỉnh tổ chức [[6|tr a h1-2021 s=LĐLĐ huyện Tuy Phong n=district federation -> its province with a scope (records.md regions)]] lớp tập huấn pháp luật cho [[420|te a h1-2021 s=LĐLĐ huyện Tuy Phong]] ngư dân là đoàn viên nghiệp đoàn nghề cá; tư vấn pháp luật trực tiếp cho [[85|lc a h1-2021 s=LĐLĐ huyện Tuy Phong]] lượt ngư dân về hợp đồng lao động trên tàu cá, bảo hiểm thân tàu và tai nạn trên biển.

LĐLĐ huyện cũng đã thành lập mới [[2|un a h1-2021 s=LĐLĐ huyện Tuy Phong n=a nghiệp đoàn is a grassroots union (indicators.tsv unions_new)]] nghiệp đoàn nghề cá tại xã Phước Thể và thị trấn Liên Hương, kết nạp [[126|mn a h1-2021 s=LĐLĐ huyện Tuy Phong]] đoàn viên, nâng số tàu cá có đoàn viên công đoàn lên 62 chiếc.

Dịp này, LĐLĐ huyện thăm hỏi, hỗ trợ [[20|ben a h1-2021 s=LĐLĐ huyện Tuy Phong]] ngư dân gặp nạn trên biển, mỗi người 2 triệu đồng, tổng số tiền [[40 triệu|sf a h1-2021 s=LĐLĐ huyện Tuy Phong]] đồng.

Văn Kim

Lượt xem: 864
[In bài]  [Gửi email]  [Quay lại]
"""))
