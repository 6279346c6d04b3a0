"""Bytes of an input file -> str, or InputError saying why it is not text.

Plain text goes through the normalizer's detector (`extractor.normalize.
decode_bytes`: UTF-8/16, windows-1258 and the TCVN3/VNI font encodings that
archives still hold) when that package provides it; otherwise a small
decoder here covers BOMs, UTF-16 without BOM, UTF-8 and windows-1258.  HTML
takes its charset from the page (BOM, <meta>, then a guess) through the
crawler's decoder, after the same binary check.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from extractor.errors import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SAMPLE = 8000


def decode_text(data: bytes) -> str:
    """NFC text of a plain-text file; InputError('empty file' | 'binary file' | 'unknown encoding')."""
    return _decoder()(data)[0]


@lru_cache(maxsize=1)
def _decoder() -> Callable[[bytes], tuple[str, str]]:
    """The normalizer's detector when the package exports it, else the fallback below."""
    try:
        from extractor.normalize import decode_bytes
    except ImportError:
        return fallback_decode
    return decode_bytes


def decode_html_bytes(data: bytes, content_type: str | None = None) -> str:
    """Text of an HTML page in the charset it declares or shows; InputError when binary or empty."""
    from extractor.crawl.decode import decode_html

    if not data.strip():
        raise InputError("empty file")
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_guess(data[:_SAMPLE])
    if not utf16 and b"\x00" in data[:_SAMPLE]:
        raise InputError("binary file")
    if utf16 and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return unicodedata.normalize("NFC", data.decode(utf16, "replace"))
    return unicodedata.normalize("NFC", decode_html(data, content_type)[0])


def fallback_decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) when the normalizer's detector is absent: BOM, UTF-16, UTF-8, windows-1258."""
    if not data.strip():
        raise InputError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return unicodedata.normalize("NFC", data.decode(enc)), enc
            except UnicodeDecodeError:
                raise InputError(f"unknown encoding (bad {enc})") from None
    sample = data[:_SAMPLE]
    enc = _utf16_guess(sample)
    if enc:
        try:
            text = data.decode(enc)
            if _control_share(text[:4000]) < 0.01:
                return unicodedata.normalize("NFC", text), enc
        except UnicodeDecodeError:
            pass
        raise InputError("binary file")
    if b"\x00" in sample:
        raise InputError("binary file")
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if _control_share(sample.decode("latin-1")) > 0.05:
        raise InputError("binary file")
    text = data.decode("cp1258", errors="replace")
    if text.count("\ufffd") > len(text) // 50:
        raise InputError("unknown encoding")
    return unicodedata.normalize("NFC", text), "windows-1258"


def _utf16_guess(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit on one side of the pairs, as in UTF-16 text."""
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > len(sample) // 4 and even < odd // 8:
        return "utf-16-le"
    if even > len(sample) // 4 and odd < even // 8:
        return "utf-16-be"
    return None


def _control_share(text: str) -> float:
    """Share of control characters and U+FFFD: high in binary data read as text."""
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return bad / max(len(text), 1)
