"""Bytes of an input file -> str, or InputError saying why it is not text.

Plain text goes through the normalizer's detector (`extractor.normalize.
decode_bytes`: UTF-8/16, windows-1258 and the TCVN3/VNI font encodings that
archives still hold).  HTML
takes its charset from the page (BOM, <meta>, then a guess) through the
crawler's decoder, after the same binary check.
"""

from __future__ import annotations

import codecs
import unicodedata

from extractor.errors import InputError
from extractor.normalize import decode_bytes

_SAMPLE = 8000


def decode_text(data: bytes) -> str:
    """NFC text of a plain-text file; InputError('empty file' | 'binary file' | 'unknown encoding')."""
    return decode_bytes(data)[0]


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
