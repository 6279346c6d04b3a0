"""Legacy Vietnamese encodings: TCVN3 (ABC) and VNI fonts, windows-1258 bytes.

Archives still hold text typed in these font encodings; read as latin-1 it
looks like 'Hµ Néi' or 'Vieät Nam'.  Detection converts with each table
and keeps the reading in which most words are real Vietnamese syllables.
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import lru_cache
from itertools import islice
from pathlib import Path

import regex

from extractor.errors import InputError
from extractor.normalize.lexicon import valid_share

DATA = Path(__file__).resolve().parents[2] / "patterns" / "normalize"
LEGACY = ("tcvn3", "vni")
# Letters a real Unicode Vietnamese text has and a legacy one cannot (Ă..ỹ blocks).
_VIET = regex.compile(r"[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
_LATIN1_HIGH = regex.compile(r"[\u00a0-\u00ff]")


@lru_cache(maxsize=4)
def load_table(name: str) -> dict[str, str]:
    """tcvn3.tsv / vni.tsv -> {legacy sequence (latin-1 glyphs): Unicode letter}."""
    table: dict[str, str] = {}
    for line in (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        key = bytes([int(cols[0], 16)]).decode("latin-1") if name == "tcvn3" else cols[0]
        table[key] = cols[-1]
    return table


def legacy_edits(text: str, name: str) -> list[tuple[int, int, str, str]]:
    """Edits converting `text` (legacy glyphs) to Unicode, longest sequence first."""
    table = load_table(name)
    longest = max(len(k) for k in table)
    out, i = [], 0
    while i < len(text):
        for n in range(longest, 0, -1):
            rep = table.get(text[i:i + n])
            if rep is not None:
                out.append((i, i + n, rep, name))
                i += n
                break
        else:
            i += 1
    return out


def _apply(text: str, edits: list[tuple[int, int, str, str]]) -> str:
    parts, pos = [], 0
    for s, e, r, _ in edits:
        parts.append(text[pos:s])
        parts.append(r)
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def _as_latin1(text: str) -> str:
    """Undo a cp1252 reading ('€' for byte 0x80...) so the tables, keyed by bytes, apply."""
    out = []
    for ch in text:
        if ord(ch) > 0xFF:
            try:
                ch = ch.encode("cp1252").decode("latin-1")
            except UnicodeEncodeError:
                pass
        out.append(ch)
    return "".join(out)


def detect_legacy(text: str) -> str | None:
    """'tcvn3' or 'vni' when `text` reads far better through that table, else None."""
    sample = text[:20000]
    # the fourth Vietnamese letter settles it: stop there, not at the end of the sample
    if len(list(islice(_VIET.finditer(sample), 4))) > 3 or len(_LATIN1_HIGH.findall(sample)) < 3:
        return None
    base = valid_share(sample)
    best, best_share = None, base
    for name in LEGACY:
        share = valid_share(unicodedata.normalize("NFC", _apply(sample, legacy_edits(_as_latin1(sample), name))))
        if share > best_share:
            best, best_share = name, share
    return best if best and best_share >= 0.6 and best_share > base + 0.15 else None


def fix_legacy_text(text: str) -> tuple[str, str | None]:
    """Text decoded as latin-1/cp1252 that is really TCVN3/VNI -> (Unicode text, name), else (text, None)."""
    name = detect_legacy(text)
    if name is None:
        return text, None
    plain = _as_latin1(text)
    return unicodedata.normalize("NFC", _apply(plain, legacy_edits(plain, name))), name


def _control_share(text: str) -> float:
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return bad / max(len(text), 1)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes of a file -> (Unicode NFC text, encoding name).  InputError when it is not text."""
    if not data.strip():
        raise InputError("empty file")
    for bom, enc, name in ((codecs.BOM_UTF8, "utf-8-sig", "utf-8"), (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
                           (codecs.BOM_UTF32_BE, "utf-32", "utf-32"), (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
                           (codecs.BOM_UTF16_BE, "utf-16", "utf-16")):
        if data.startswith(bom):
            try:
                return unicodedata.normalize("NFC", data.decode(enc)), name
            except UnicodeDecodeError:
                raise InputError(f"unknown encoding (bad {name})") from None
    sample = data[:8000]
    if sample.count(0) > len(sample) // 4:
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        enc = "utf-16-le" if odd > even else "utf-16-be"
        try:
            text = data.decode(enc)
            if _control_share(text[:4000]) < 0.01:
                return unicodedata.normalize("NFC", text), "utf-16"
        except UnicodeDecodeError:
            pass
        raise InputError("binary file")
    if b"\x00" in sample:
        raise InputError("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        fixed, name = fix_legacy_text(text)
        return unicodedata.normalize("NFC", fixed), name or "utf-8"
    if _control_share(sample.decode("latin-1")) > 0.05:
        raise InputError("binary file")
    readings = [("windows-1258", unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")))]
    latin = data.decode("latin-1")
    for name in LEGACY:
        readings.append((name, unicodedata.normalize("NFC", _apply(latin, legacy_edits(latin, name)))))
    scored = [(valid_share(t[:20000]) - t.count("\ufffd") / max(len(t), 1), n, t) for n, t in readings]
    share, name, text = max(scored, key=lambda x: x[0])
    if share < 0.3 or text.count("\ufffd") > len(text) // 50:
        raise InputError("unknown encoding")
    return text, name
