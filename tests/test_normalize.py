"""Normalizer: offset map, Unicode, legacy encodings, byte decoding (extractor.normalize)."""

from __future__ import annotations

import random
import unicodedata

import pytest

from extractor.errors import InputError
from extractor.normalize import Correction, Repaired, decode_bytes, fix_legacy_text, repair
from extractor.normalize.offsets import compose, identity
from extractor.normalize.syllable import TONE_MARKS, canonical, is_structural, skeleton, split_tone


# --- offset map -------------------------------------------------------------

def _check_map(rep: Repaired) -> None:
    """Every repaired character came from the original character the map names."""
    inside = set()
    shift = 0
    for c in rep.corrections:
        r0 = c.start + shift
        inside.update(range(r0, r0 + len(c.replacement)))
        for i in range(r0, r0 + len(c.replacement)):
            assert c.start <= rep.to_original(i) < max(c.end, c.start + 1)
        shift += len(c.replacement) - (c.end - c.start)
    for i, ch in enumerate(rep.text):
        if i not in inside:
            assert rep.original[rep.to_original(i)] == ch, i
    assert rep.to_original(len(rep.text)) == len(rep.original)


def test_offsets_property_random_edits():
    rng = random.Random(7)
    base = "Kết nạp mới 5.821 đoàn viên công đoàn, thành lập 34 công đoàn cơ sở."
    for _ in range(300):
        rep = identity(base)
        for _step in range(3):  # several composed steps, like the real pipeline
            edits, pos = [], 0
            while pos < len(rep.text) and len(edits) < 4:
                s = rng.randrange(pos, len(rep.text))
                e = min(len(rep.text), s + rng.randrange(0, 4))
                repl = rng.choice(["", "x", "yy", "Đ", "zzz"])
                edits.append((s, e, repl, "t"))
                pos = e + 1
            rep = compose(rep, edits)
            _check_map(rep)
        assert Repaired.build(base, rep.corrections).text == rep.text


def test_span_to_original_covers_whole_replacement():
    rep = Repaired.build("cao hon 15.000 đông", [Correction(4, 7, "hon", "hơn", "x"), Correction(15, 19, "đông", "đồng", "x")])
    assert rep.text == "cao hơn 15.000 đồng"
    assert rep.span_to_original(8, 14) == (8, 14)          # the number, untouched
    assert rep.span_to_original(5, 6) == (4, 7)            # part of a replaced word -> the whole word
    assert rep.span_to_original(0, len(rep.text)) == (0, len(rep.original))


def test_deletion_and_expansion_map():
    rep = repair("đoàn\u200b viên và ngươi lao động")
    assert rep.text == "đoàn viên và người lao động"
    s, e = rep.span_to_original(rep.text.index("người"), rep.text.index("người") + 5)
    assert rep.original[s:e] == "ngươi"
    s, e = rep.span_to_original(0, 9)
    assert rep.original[s:e] == "đoàn\u200b viên"


# --- syllables and Unicode --------------------------------------------------

@pytest.mark.parametrize("word,expected", [
    ("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("tuỳ", "tùy"), ("Hoà", "Hòa"),
    ("hòa", "hòa"), ("hoàn", "hoàn"), ("người", "người"), ("quý", "quý"), ("giữa", "giữa"), ("gì", "gì"),
])
def test_canonical_tone_placement(word, expected):
    assert canonical(word) == expected


def test_syllable_helpers():
    assert split_tone("Việt") == ("Viêt", 5)
    assert skeleton("Đoàn") == "doan"
    assert is_structural("nghiêp") and not is_structural("doah") and not is_structural("abbey")


def test_unicode_steps_on_real_sentence():
    nfd = unicodedata.normalize("NFD", "Liên đoàn Lao động tỉnh Hoà Bình")
    text = f"{nfd}\u00a0tổ chức “Tháng Công nhân”\u200b năm 2024, thuỷ lợi"
    rep = repair(text)
    assert rep.text == 'Liên đoàn Lao động tỉnh Hòa Bình tổ chức "Tháng Công nhân" năm 2024, thủy lợi'
    reasons = {c.reason for c in rep.corrections}
    assert {"nfc", "space", "quote", "zero-width", "tone-placement"} <= reasons
    assert rep.original[slice(*rep.span_to_original(rep.text.index("2024"), rep.text.index("2024") + 4))] == "2024"


def test_clean_text_is_untouched():
    text = ("Ngày 27/6, Liên đoàn Lao động tỉnh Thái Bình tổ chức hội nghị sơ kết công tác công đoàn "
            "6 tháng đầu năm, kết nạp mới hơn 7.000 đoàn viên.")
    rep = repair(text)
    assert rep.text == text and rep.corrections == ()


# --- legacy encodings and bytes ----------------------------------------------

def test_tcvn3_text_is_converted():
    text, enc = fix_legacy_text("Hµ Néi: c«ng ®oµn vµ ng\u00adêi lao ®éng tØnh Kiªn Giang kÕt n¹p")
    assert enc == "tcvn3"
    assert text == "Hà Nội: công đoàn và người lao động tỉnh Kiên Giang kết nạp"


def test_vni_text_is_converted():
    text, enc = fix_legacy_text("Vieät Nam: Coâng ñoaøn vaø ngöôøi lao ñoäng tænh Kieân Giang")
    assert enc == "vni"
    assert text == "Việt Nam: Công đoàn và người lao động tỉnh Kiên Giang"


def test_unicode_and_english_are_not_legacy():
    for text in ("Liên đoàn Lao động tỉnh Kiên Giang", "Café au lait, naïve résumé — déjà vu"):
        assert fix_legacy_text(text) == (text, None)


def test_repair_converts_legacy_with_offsets():
    original = "c«ng ®oµn c¬ së"
    rep = repair(original)
    assert rep.text == "công đoàn cơ sở"
    s, e = rep.span_to_original(10, 15)
    assert original[s:e] == "c¬ së"


def test_decode_bytes_encodings():
    viet = "Liên đoàn Lao động tỉnh kết nạp mới đoàn viên công đoàn"
    assert decode_bytes(viet.encode("utf-8")) == (viet, "utf-8")
    assert decode_bytes(viet.encode("utf-8-sig")) == (viet, "utf-8")
    assert decode_bytes(viet.encode("utf-16")) == (viet, "utf-16")
    assert decode_bytes(viet.encode("utf-16-le"))[1] == "utf-16"
    text, enc = decode_bytes(_cp1258(viet))
    assert (text, enc) == (viet, "windows-1258")
    tcvn = "Li\xaan \xaeo\xb5n Lao \xae\xe9ng t\xd8nh k\xd5t n\xb9p m\xedi \xaeo\xb5n vi\xaan".encode("latin-1")
    assert decode_bytes(tcvn) == ("Liên đoàn Lao động tỉnh kết nạp mới đoàn viên", "tcvn3")


def _cp1258(text: str) -> bytes:
    """windows-1258 stores tones as combining marks: encode the decomposed form."""
    out = []
    for ch in text:
        letters, tone = split_tone(ch)
        out.append(letters + (TONE_MARKS[tone - 1] if tone else ""))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"), (b"   \n", "empty"), (b"\x00\x01\x02\x03PK\x03\x04" * 50, "binary"),
    (bytes(range(256)) * 20, "binary"),
])
def test_decode_bytes_refuses_non_text(data, reason):
    with pytest.raises(InputError, match=reason):
        decode_bytes(data)


def test_marked_letter_count_agrees_with_counting_every_match():
    """`marked_enough` counts marked letters by deleting them (speed); it must decide as a full count does."""
    import regex

    from extractor.normalize.eligible import MARKED as _MARKED, marked_enough as _marked_enough

    marked = regex.compile("[" + _MARKED + "]", regex.IGNORECASE)
    texts = ["Kết nạp 1.482 đoàn viên", "Ket nap 300 doan vien moi trong nam 2023 tai tinh Nghe An",
             "CÔNG ĐOÀN TỈNH", "abc", "", "Cong doan tinh to chuc dai hoi lan thu X. Đ",
             "a b c d e f g h i j k l m n o p q r s t u v w x y z ă"]
    for t in texts:
        want = len(marked.findall(t)) >= 0.1 * max(1, len(regex.findall(r"\p{L}+", t)))
        assert _marked_enough(t) == want, t
