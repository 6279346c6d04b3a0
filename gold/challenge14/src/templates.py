"""Eight page layouts.  Each returns (page_html, story_fragment_html).

The story fragment holds the headline, dateline, sapo, body, the article's own
photo captions, lists and tables: the only place gold figures come from.
"""
from lib import esc


def head(site, story, pub_iso, extra=""):
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<title>{esc(story["title_tag"])}</title>',
        f'<meta property="og:title" content="{esc(story["h1"])}">',
        f'<meta property="og:site_name" content="{esc(site["name"])}">',
        f'<meta property="og:url" content="{esc(site["url"])}">',
        '<meta property="og:type" content="article">',
    ]
    if site.get("meta_pub") and pub_iso:
        metas.append(f'<meta property="article:published_time" content="{pub_iso}T{site.get("time", "08:00")}:00+07:00">')
    if site.get("keywords"):
        metas.append(f'<meta name="keywords" content="{esc(site["keywords"])}">')
    metas.append(f'<link rel="stylesheet" href="https://{site["domain"]}/static/css/main.css?v=2.{site["year"]}">')
    metas.append('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());</script>')
    return "<head>\n" + "\n".join(metas) + extra + "\n</head>"


def menu_ul(items, cls="menu"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="/{i}">{esc(i)}</a></li>' for i in items) + "</ul>"


def links(items, cls="list-news"):
    return f'<ul class="{cls}">' + "".join(
        f'<li><a href="/tin-{k+1000}.html">{esc(t)}</a></li>' for k, t in enumerate(items)) + "</ul>"


def body_blocks(blocks, ptag="p", pcls=None, figure="figure"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            c = f' class="{pcls}"' if pcls else ""
            out.append(f"<{ptag}{c}>{b}</{ptag}>")
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in b[1]) + "</ul>")
        elif b[0] == "table":
            _, cap, hdr, rows = b
            t = '<table class="tbl-data" border="1" cellpadding="4">'
            if cap:
                t += f"<caption>{cap}</caption>"
            t += "<thead><tr>" + "".join(f"<th>{h}</th>" for h in hdr) + "</tr></thead><tbody>"
            for r in rows:
                t += "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
            out.append(t + "</tbody></table>")
        elif b[0] == "img":
            _, src, cap = b
            if figure == "figure":
                out.append(f'<figure class="image"><img src="{src}" alt="" loading="lazy"><figcaption>{cap}</figcaption></figure>')
            elif figure == "table":
                out.append(f'<table class="image center"><tbody><tr><td><img src="{src}" alt=""></td></tr>'
                           f'<tr><td class="image_desc">{cap}</td></tr></tbody></table>')
            elif figure == "wp":
                out.append(f'<figure class="wp-block-image size-large"><img src="{src}" alt="" class="wp-image-8812"><figcaption class="wp-element-caption">{cap}</figcaption></figure>')
            elif figure == "vc":
                out.append(f'<div class="VCSortableInPreviewMode" type="Photo"><div><img src="{src}" alt="" title="{esc(cap[:30])}"></div>'
                           f'<div class="PhotoCMS_Caption"><p>{cap}</p></div></div>')
            else:  # center + em
                out.append(f'<p style="text-align:center"><img src="{src}" alt="" width="600"></p><p style="text-align:center"><em>{cap}</em></p>')
    return "\n".join(out)


def footer(site, cls="footer"):
    lines = "".join(f"<p>{esc(x)}</p>" for x in site["footer"])
    return f'<footer class="{cls}"><div class="container">{lines}<p>© Copyright {site["year"]} {esc(site["name"])}. All rights reserved.</p></div></footer>'


def comments_box(site):
    cs = "".join(f'<div class="comment-item"><b>{esc(n)}</b><span class="time">{esc(t)}</span><p>{esc(c)}</p>'
                 f'<a class="like">Thích ({l})</a> <a class="reply">Trả lời</a></div>' for n, t, c, l in site.get("comments", []))
    return (f'<div class="box-comment" id="comment"><h3>Ý kiến bạn đọc ({len(site.get("comments", []))})</h3>'
            f'<form><textarea placeholder="Nhập nội dung bình luận"></textarea><input placeholder="Họ tên"><input placeholder="Email">'
            f'<button type="button">Gửi bình luận</button></form>{cs}</div>')


def share_bar():
    return ('<div class="share-bar"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> '
            '<a class="print" href="#">In bài</a> <a class="email" href="#">Gửi email</a></div>')


# ---------------------------------------------------------------- T1 modern news
def t_modern(site, st, pub):
    frag = (f'<div class="article">\n<h1 class="article__title">{st["h1"]}</h1>\n'
            f'<div class="article__meta"><span class="article__author">{st["author"]}</span> - <span class="article__date">{st["date"]}</span></div>\n'
            f'<div class="article__sapo">{st["sapo"]}</div>\n'
            f'<div class="article__body">\n{body_blocks(st["body"])}\n</div>\n</div>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
{head(site, st, pub)}
<body class="page-detail">
<div class="topbar"><div class="container"><span class="today">{site["today"]}</span> <a href="/rss">RSS</a> <a href="/lien-he">Liên hệ</a> <form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/images/logo.png" alt="{esc(site["name"])}"></a></div>
<nav class="main-nav">{menu_ul(site["menu"])}</nav></header>
<main class="container">
<div class="row"><div class="col-main">
<ol class="breadcrumb">{"".join(f"<li><a href='#'>{esc(b)}</a></li>" for b in site["bc"])}</ol>
{frag}
<div class="article__tags">Từ khóa: {", ".join(f'<a href="#">{esc(k)}</a>' for k in site["tags"])}</div>
{share_bar()}
<div class="box-related"><h3 class="title">Tin liên quan</h3>{links(site["related"])}</div>
{comments_box(site)}
<div class="box-same"><h3 class="title">Tin cùng chuyên mục</h3>{links(site["samecat"])}</div>
</div>
<aside class="col-side"><div class="box-most"><h3>Đọc nhiều</h3>{links(site["mostread"], "most-read")}</div>
<div class="adv"><a href="#"><img src="/ads/banner-300x250.jpg" alt="Quảng cáo"></a></div></aside>
</div></main>
{footer(site)}
<div class="cookie-bar">Trang web sử dụng cookie để cải thiện trải nghiệm. <button>Đồng ý</button></div>
</body>
</html>
"""
    return page, frag


# ---------------------------------------------------------------- T2 government portal (tables)
def t_portal(site, st, pub):
    paras = "\n".join(f'<div class="ms-rtestate-field" style="text-align:justify">&#160;&#160;&#160;{b}</div>' if isinstance(b, str)
                      else body_blocks([b], figure="table") for b in st["body"])
    frag = (f'<div id="ctl00_PlaceHolderMain_NewsDetail">\n<h1 class="news-title">{st["h1"]}</h1>\n'
            f'<div class="news-date">{st["date"]}</div>\n'
            f'<div class="news-summary"><strong>{st["sapo"]}</strong></div>\n'
            f'<div class="news-content">\n{paras}\n<div style="text-align:right"><strong>{st["author"]}</strong></div>\n</div>\n</div>')
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
{head(site, st, pub)}
<body>
<form name="aspnetForm" method="post" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2NjY1NzQ3ODVkZA==" />
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="main-table">
<tr><td colspan="3" class="banner"><img src="/PublishingImages/banner.jpg" alt="{esc(site["name"])}" /></td></tr>
<tr><td colspan="3" class="topmenu">{" | ".join(f'<a href="#">{esc(m)}</a>' for m in site["menu"])}</td></tr>
<tr><td colspan="3" class="breadcrumb">Bạn đang ở: {" &gt; ".join(esc(b) for b in site["bc"])}</td></tr>
<tr>
<td width="200" valign="top" class="left">
<div class="box"><div class="box-title">VĂN BẢN MỚI</div>{links(site["docs"], "docs")}</div>
<div class="box"><div class="box-title">THỐNG KÊ TRUY CẬP</div><p>Đang trực tuyến: {site["online"]}</p><p>Tổng lượt truy cập: {site["visits"]}</p></div>
</td>
<td width="600" valign="top" class="center">
{frag}
<div class="news-tools"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a> | Số lần đọc: {site["views"]}</div>
<div class="other-news"><div class="box-title">CÁC TIN KHÁC</div>{links(site["samecat"])}</div>
</td>
<td width="200" valign="top" class="right"><div class="box"><div class="box-title">TIN ĐỌC NHIỀU</div>{links(site["mostread"])}</div>
<div class="box"><div class="box-title">LIÊN KẾT WEBSITE</div><select><option>Tổng Liên đoàn Lao động Việt Nam</option><option>Cổng thông tin điện tử tỉnh</option></select></div></td>
</tr>
<tr><td colspan="3" class="footer">{"<br />".join(esc(x) for x in site["footer"])}<br />Bản quyền thuộc về {esc(site["name"])} - {site["year"]}</td></tr>
</table>
</form>
</body>
</html>
"""
    return page, frag


# ---------------------------------------------------------------- T3 LĐLĐ portal (DNN)
def t_dnn(site, st, pub):
    frag = (f'<div class="news-detail">\n<div class="ArticleTitle"><h1>{st["h1"]}</h1></div>\n'
            f'<div class="ArticleDate"><i class="fa fa-clock-o"></i> {st["date"]}</div>\n'
            f'<div class="ArticleSummary"><p><b>{st["sapo"]}</b></p></div>\n'
            f'<div class="ArticleContent">\n{body_blocks(st["body"], pcls="MsoNormal", figure="center")}\n'
            f'<p style="text-align:right"><b>{st["author"]}</b></p>\n</div>\n</div>')
    page = f"""<!DOCTYPE html>
<html lang="vi-VN">
{head(site, st, pub)}
<body id="Body">
<div id="dnn_wrapper">
<div class="header-top"><span>Hotline: {site["hotline"]}</span> <span>Email: {site["email"]}</span>
<div class="searchbox"><input type="text" placeholder="Nhập từ khóa"><a class="SearchButton" href="#">Tìm kiếm</a></div></div>
<div class="dnn_logo"><a href="/"><img src="/Portals/0/logo.png" alt="{esc(site["name"])}"></a></div>
<div id="dnn_nav">{menu_ul(site["menu"], "dnnmega")}</div>
<div class="dnn_breadcrumb">{" » ".join(f'<a href="#">{esc(b)}</a>' for b in site["bc"])}</div>
<div class="row">
<div id="dnn_ContentPane" class="col-md-8">
<div class="DnnModule DnnModule-NewsArticles">
{frag}
<div class="article-footer">Lượt xem: {site["views"]} | {share_bar()}</div>
<div class="other-news"><h4>Tin cùng chuyên mục</h4>{links(site["samecat"])}</div>
</div></div>
<div id="dnn_RightPane" class="col-md-4">
<div class="box-hot"><h4>Tin nổi bật</h4>{links(site["mostread"])}</div>
<div class="box-docs"><h4>Văn bản mới</h4>{links(site["docs"])}</div>
<div class="counter">Đang online: {site["online"]}<br>Tổng truy cập: {site["visits"]}</div>
</div></div>
<div id="dnn_footer">{"<br>".join(esc(x) for x in site["footer"])}<br>© {site["year"]} {esc(site["name"])}</div>
</div>
<script src="/Resources/Shared/Scripts/jquery/jquery.min.js"></script>
</body>
</html>
"""
    return page, frag


# ---------------------------------------------------------------- T4 old table site, <BR> body
def t_old(site, st, pub):
    body = "<BR><BR>\n".join(b if isinstance(b, str) else body_blocks([b], figure="center") for b in st["body"])
    frag = (f'<TD class=content vAlign=top>\n<H1 class=title><FONT color=#003399 size=4>{st["h1"]}</FONT></H1>\n'
            f'<FONT class=date color=#666666 size=1>{st["date"]}</FONT><BR><BR>\n'
            f'<B>{st["sapo"]}</B><BR><BR>\n{body}<BR><BR>\n'
            f'<DIV align=right><B>{st["author"]}</B></DIV>\n</TD>')
    page = f"""<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=utf-8">
<TITLE>{esc(st["title_tag"])}</TITLE>
<META property=og:title content="{esc(st["h1"])}">
<META name=description content="{esc(site["name"])}">
<LINK href="/css/style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD colSpan=2><IMG src="/images/banner.jpg" width=980 height=120></TD></TR>
<TR><TD colSpan=2 bgColor=#003399><FONT color=#ffffff>{" | ".join(esc(m) for m in site["menu"])}</FONT></TD></TR>
<TR><TD colSpan=2><MARQUEE scrollAmount=3>{esc(site["marquee"])}</MARQUEE></TD></TR>
<TR><TD width=220 vAlign=top>
<TABLE width="100%"><TR><TD class=boxtitle>TÌM KIẾM</TD></TR><TR><TD><INPUT name=txtSearch size=18> <INPUT type=submit value="Tìm"></TD></TR></TABLE>
<TABLE width="100%"><TR><TD class=boxtitle>TIN MỚI NHẤT</TD></TR><TR><TD>{links(site["mostread"])}</TD></TR></TABLE>
<TABLE width="100%"><TR><TD class=boxtitle>THỐNG KÊ</TD></TR><TR><TD>Lượt truy cập: {site["visits"]}<BR>Đang online: {site["online"]}</TD></TR></TABLE>
</TD>
{frag}
</TR>
<TR><TD></TD><TD><A href="#">[In bài]</A> <A href="#">[Gửi bạn bè]</A> <A href="#">[Về trang trước]</A><BR>
<B>CÁC TIN KHÁC:</B>{links(site["samecat"])}</TD></TR>
<TR><TD colSpan=2 align=center class=footer><FONT size=1>{"<BR>".join(esc(x) for x in site["footer"])}<BR>Copyright © {site["year"]} {esc(site["name"])}</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
"""
    return page, frag


# ---------------------------------------------------------------- T5 national newspaper
def t_national(site, st, pub):
    frag = (f'<div class="detail-content">\n<h1 class="detail-title">{st["h1"]}</h1>\n'
            f'<div class="detail-author-bar"><span class="author">{st["author"]}</span> <span class="time" data-role="publishdate">{st["date"]}</span></div>\n'
            f'<h2 class="detail-sapo">{st["sapo"]}</h2>\n'
            f'<div class="detail-cmain" id="main-detail">\n{body_blocks(st["body"], figure="vc")}\n</div>\n</div>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
{head(site, st, pub)}
<body>
<div class="header"><div class="hotline">Đường dây nóng: {site["hotline"]}</div><a class="logo" href="/">{esc(site["name"])}</a>
<nav>{menu_ul(site["menu"], "menu-top")}</nav><div class="weather">{site["weather"]}</div></div>
<div class="main">
<div class="breadcrumb">{" / ".join(f'<a href="#">{esc(b)}</a>' for b in site["bc"])}</div>
<article class="detail">
{frag}
<div class="detail-react"><span class="like">Thích {site["likes"]}</span> {share_bar()} <span class="cmt">Bình luận ({len(site.get("comments", []))})</span></div>
</article>
<div class="box-tinlienquan"><h3>Tin liên quan</h3>{links(site["related"])}</div>
{comments_box(site)}
<div class="box-docnhieu"><h3>Đọc nhiều</h3>{links(site["mostread"])}</div>
<div class="box-category"><h3>Tin cùng chuyên mục</h3>{links(site["samecat"])}</div>
</div>
{footer(site, "site-footer")}
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</body>
</html>
"""
    return page, frag


# ---------------------------------------------------------------- T6 WordPress
def t_wp(site, st, pub):
    frag = (f'<article id="post-{site["postid"]}" class="post type-post status-publish">\n<header class="entry-header">'
            f'<h1 class="entry-title">{st["h1"]}</h1>\n<div class="entry-meta"><span class="posted-on">{st["date"]}</span> '
            f'<span class="byline">bởi {st["author"]}</span></div></header>\n'
            f'<div class="entry-content">\n<p><strong>{st["sapo"]}</strong></p>\n{body_blocks(st["body"], figure="wp")}\n</div>\n</article>')
    page = f"""<!doctype html>
<html lang="vi">
{head(site, st, pub, extra=chr(10) + '<link rel="https://api.w.org/" href="/wp-json/">')}
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{esc(site["name"])}</a></p>
<p class="site-description">{esc(site["slogan"])}</p></div>
<nav id="site-navigation" class="main-navigation">{menu_ul(site["menu"], "nav-menu")}</nav>
<form role="search" class="search-form"><input type="search" class="search-field" placeholder="Tìm kiếm …" name="s"></form></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{frag}
<div class="post-views">Lượt xem: {site["views"]}</div>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="#" rel="prev">{esc(site["prev"])}</a></div></nav>
<div class="related-posts"><h3>Bài viết liên quan</h3>{links(site["related"])}</div>
<div id="comments" class="comments-area"><h3 class="comment-reply-title">Để lại một bình luận</h3>
<form class="comment-form"><textarea name="comment"></textarea><input name="author"><input type="submit" value="Phản hồi"></form></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Bài viết mới</h2>{links(site["mostread"])}</section>
<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{"".join(f"<li><a href='#'>{a}</a></li>" for a in site["archive"])}</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{"<br>".join(esc(x) for x in site["footer"])}<br>© {site["year"]} {esc(site["name"])}. Thiết kế bởi WordPress.</div></footer>
</div>
</body>
</html>
"""
    return page, frag


# ---------------------------------------------------------------- T7 HTML5 article/section
def t_html5(site, st, pub):
    blocks = st["body"]
    frag = (f'<article class="post-detail">\n<header><h1>{st["h1"]}</h1>\n'
            f'<p class="meta"><time>{st["date"]}</time></p></header>\n'
            f'<section class="lead"><p>{st["sapo"]}</p></section>\n'
            f'<section class="content">\n{body_blocks(blocks)}\n<p class="author"><strong>{st["author"]}</strong></p>\n</section>\n</article>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
{head(site, st, pub)}
<body>
<header class="site-header"><div class="wrap"><a class="brand" href="/">{esc(site["name"])}</a>
<span class="hotline">Đường dây nóng: {site["hotline"]}</span>
<form class="search"><input type="search" placeholder="Tìm kiếm"></form></div>
<nav class="nav">{menu_ul(site["menu"], "nav-list")}</nav></header>
<div class="wrap page">
<nav class="crumbs" aria-label="breadcrumb">{" › ".join(f'<a href="#">{esc(b)}</a>' for b in site["bc"])}</nav>
<div class="grid">
<div class="main-col">
{frag}
<div class="post-stats">Số lần đọc: {site["views"]} · Bình luận: {len(site.get("comments", []))}</div>
{share_bar()}
<section class="related"><h2>Tin cùng chuyên mục</h2>{links(site["samecat"])}</section>
{comments_box(site)}
</div>
<aside class="side-col"><section class="most-read"><h2>Đọc nhiều</h2>{links(site["mostread"])}</section>
<section class="more"><h2>Xem thêm</h2>{links(site["related"])}</section></aside>
</div></div>
{footer(site, "site-footer")}
</body>
</html>
"""
    return page, frag


# ---------------------------------------------------------------- T8 mobile page with <br> paragraphs inside one div
def t_mobile(site, st, pub):
    parts = []
    for b in st["body"]:
        if isinstance(b, str):
            parts.append(b + "<br><br>")
        else:
            parts.append(body_blocks([b], figure="figure"))
    frag = (f'<div class="m-article">\n<h1 class="m-title">{st["h1"]}</h1>\n'
            f'<div class="m-date">{st["date"]}</div>\n'
            f'<div class="m-sapo"><b>{st["sapo"]}</b></div>\n'
            f'<div class="m-body">\n' + "\n".join(parts) + f'\n<div class="m-author">{st["author"]}</div>\n</div>\n</div>')
    page = f"""<!DOCTYPE html>
<html>
{head(site, st, pub)}
<body class="mobile">
<div class="m-header" style="position:fixed;top:0"><a class="m-logo" href="/">{esc(site["name"])}</a><a class="m-menu-btn" href="#">☰</a></div>
<div class="m-menu" style="display:none">{menu_ul(site["menu"])}</div>
<div class="app-banner">Tải ứng dụng {esc(site["name"])} trên App Store và Google Play</div>
{frag}
<div class="m-views">Lượt xem: {site["views"]}</div>
{share_bar()}
<div class="m-related"><h3>Tin khác</h3>{links(site["samecat"])}</div>
<div class="m-related"><h3>Đọc nhiều</h3>{links(site["mostread"])}</div>
<div class="m-footer">{"<br>".join(esc(x) for x in site["footer"])}<br>© {site["year"]} {esc(site["name"])} · <a href="#">Xem phiên bản đầy đủ</a></div>
</body>
</html>
"""
    return page, frag


TEMPLATES = {"modern": t_modern, "portal": t_portal, "dnn": t_dnn, "old": t_old,
             "national": t_national, "wp": t_wp, "html5": t_html5, "mobile": t_mobile}
