"""Bytes of an HTML page -> text, with the charset the page really uses.

Vietnamese sites still serve windows-1258 and mislabelled pages, so the
charset is taken from the most trustworthy source that decodes cleanly: the
byte-order mark, the HTTP header, the page's <meta charset>, then a guess.
windows-1258 writes tone marks as combining characters, so its text is
recomposed (NFC): otherwise 'ệ' would not match 'ệ' anywhere downstream.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# labels servers send by default, not because they know: a <meta> beats them
_WEAK = {"iso8859-1", "ascii", "latin-1"}
_RECOMPOSE = {"cp1258"}


def codec_name(label: str | None) -> str | None:
    """Python's name for a charset label, or None when unknown."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    m = _HEADER.search(content_type or "")
    return codec_name(m.group(1)) if m else None


def meta_charset(body: bytes) -> str | None:
    """The <meta charset> or http-equiv charset in the first 4 KB."""
    m = _META.search(body[:4096])
    return codec_name(m.group(1).decode("ascii", "ignore")) if m else None


def candidates(body: bytes, content_type: str | None) -> Iterator[str]:
    """Charsets to try, most trustworthy first, without repeats.

    Lazy: the statistical guess (charset_normalizer, slow on big pages) is
    only made when the BOM, header and <meta> charsets all fail to decode.
    """
    seen: set[str] = set()
    for name in _candidates(body, content_type):
        if name not in seen:
            seen.add(name)
            yield name


def _candidates(body: bytes, content_type: str | None) -> Iterator[str]:
    for bom, name in _BOMS:
        if body.startswith(bom):
            yield name
    header, meta = header_charset(content_type), meta_charset(body)
    if header in _WEAK and meta:
        header = None
    yield from (c for c in (header, meta) if c)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        if best is not None:
            yield codec_name(best.encoding) or "utf-8"
    except ImportError:  # optional: the fixed order above is enough for most sites
        pass
    yield "utf-8"


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, charset used).  Never raises: the last resort replaces bad bytes."""
    for name in candidates(body, content_type):
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if name.startswith("utf-") and text.startswith("\ufeff"):
            text = text[1:]
        if name in _RECOMPOSE:
            text = unicodedata.normalize("NFC", text)
        return text, name
    return body.decode("utf-8", "replace"), "utf-8"
