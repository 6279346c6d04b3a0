"""Visible text of an HTML page, and of its article part, with Python's html.parser.

article_text(html, include, exclude): the text inside any element matching an
include selector and inside no element matching an exclude selector.  A
selector is (attribute, value); for `class` the value must be one of the
element's class tokens.  Block-level elements break lines; comments, scripts,
styles, <head> and hidden form state give no text.  Unclosed <p>, <li>, <td>,
<tr>, <dd>, <dt>, <option> are closed the way a browser closes them.
"""
from html.parser import HTMLParser
import re

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr", "amp-img"}
SKIP = {"script", "style", "head", "title", "noscript", "template", "svg", "textarea"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "br", "caption", "center",
         "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2",
         "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
         "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "marquee",
         "time", "option", "select", "amp-sidebar", "amp-ad", "video"}
# tag -> tags whose opening closes an open tag of this kind (implied end tags)
CLOSED_BY = {
    "p": {"p", "div", "ul", "ol", "table", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
          "blockquote", "section", "article", "header", "footer", "center", "dl", "pre", "hr"},
    "li": {"li"}, "dd": {"dd", "dt"}, "dt": {"dd", "dt"}, "option": {"option"},
    "td": {"td", "th", "tr"}, "th": {"td", "th", "tr"}, "tr": {"tr"},
}
# an implied close never crosses these
BARRIER = {"li": {"ul", "ol"}, "td": {"tr", "table"}, "th": {"tr", "table"},
           "tr": {"table", "tbody", "thead", "tfoot"}, "dd": {"dl"}, "dt": {"dl"},
           "option": {"select"}, "p": {"div", "td", "li", "table", "figure", "body", "article",
                                         "section", "blockquote", "center", "form"}}


def _match(sel, tag, attrs):
    for a, v in sel:
        got = attrs.get(a)
        if got is None:
            continue
        if a == "class":
            if v in got.split():
                return True
        elif got == v:
            return True
    return False


class _P(HTMLParser):
    def __init__(self, include, exclude):
        super().__init__(convert_charrefs=True)
        self.inc, self.exc = include, exclude
        self.stack = []          # (tag, in_article, skip)
        self.all = []            # visible text of the page
        self.art = []            # visible text of the article part

    def _state(self):
        if not self.stack:
            return (False, False)
        _, ina, skip = self.stack[-1]
        return ina, skip

    def _brk(self, ina):
        self.all.append("\n")
        if ina:
            self.art.append("\n")

    def _pop_to(self, i):
        while len(self.stack) > i:
            tag, ina, _ = self.stack.pop()
            if tag in BLOCK:
                self._brk(ina)

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        # implied end tags, repeated while one applies (<tr> closes an open <td>, then the <tr>)
        while True:
            done = True
            for j in range(len(self.stack) - 1, -1, -1):
                t = self.stack[j][0]
                if t in CLOSED_BY and tag in CLOSED_BY[t]:
                    self._pop_to(j)
                    done = False
                    break
                if t in BARRIER.get(tag, ()):
                    break
                if tag in CLOSED_BY["p"] and t in BLOCK:
                    break
            if done:
                break
        ina, skip = self._state()
        ina2 = (ina or _match(self.inc, tag, a)) and not _match(self.exc, tag, a)
        skip2 = skip or tag in SKIP or a.get("type") == "hidden" or "display:none" in a.get("style", "").replace(" ", "")
        if tag in BLOCK:
            self._brk(ina or ina2)
        if tag in VOID:
            return
        self.stack.append((tag, ina2, skip2))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self._pop_to(len(self.stack) - 1)

    def handle_endtag(self, tag):
        if tag in VOID:
            if tag == "br":
                self._brk(self._state()[0])
            return
        for j in range(len(self.stack) - 1, -1, -1):
            if self.stack[j][0] == tag:
                self._pop_to(j)
                return

    def handle_data(self, data):
        ina, skip = self._state()
        if skip:
            return
        self.all.append(data)
        if ina:
            self.art.append(data)


def _clean(parts):
    s = "".join(parts)
    s = re.sub(r"[ \t\r\n]*\n[ \t\r\n]*", "\n", s)
    s = re.sub(r"[ \t\r]+", " ", s)
    return s.strip()


def texts(html, include=(), exclude=()):
    p = _P(list(include), list(exclude))
    p.feed(html)
    p.close()
    return _clean(p.all), _clean(p.art)


def article_text(html, include, exclude=()):
    return texts(html, include, exclude)[1]


def visible_text(html):
    return texts(html)[0]
