"""Rule extractor: tie candidate numbers to indicators with cue frames.

Each indicator file in patterns/indicators/ lists *frames*: a cue that must
appear before the number in its clause (`before`), what must follow the
number (`after`, usually the thing counted), and optional conditions (the
previous figure of the sentence, the status).  Among the frames that fit a
number, the one whose cue is closest to it wins: in "thành lập 15 công đoàn
cơ sở, giới thiệu 300 đoàn viên ưu tú" the 300 belongs to "giới thiệu", not
to the earlier "thành lập".  Frames with no `before` cue are weaker (their
distance is `weak`, overridable per frame with `dist`).

Status comes from the last status marker before the number in the sentence
or in the heading of the list the sentence belongs to (`extractor.status`);
readings with the counted thing named before the number are
`extractor.subjects`; one reading against the frames is `extractor.frames`;
figures whose noun another figure names are `extractor.elided`, and those
that take another figure's indicator `extractor.parts`; attainment
percentages are read by `extractor.attainment`; the rule set and its
loader are `extractor.ruleset`.  Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from extractor.attainment import attainment
from extractor.elided import ahead, elided, listed_places
from extractor.frames import best_frame
from extractor.numbers import NumberSpan
from extractor.ruleset import (STOCKS, Frame, Indicator, Mention, RuleSet, context, figure_start, last_match,
                               load_rules, noun_class)
from extractor.segment import Sentence
from extractor.status import status_at
from extractor.parts import (compared_aside, gapped_body, inherit, listed_body, listed_period, parenthetical, plan_in_aside,
                             plan_named_after, raised_total, restated, restated_aside, sibling)
from extractor.subjects import label_topic, subject_views

__all__ = ["Mention", "RuleSet", "load_rules", "context", "noun_class", "classify",
           "extract_sentence", "carry_topic", "mask_qualifiers", "promote", "STOCKS"]

_CLAUSE_SPLIT = regex.compile(r"[,;]")
_SET_HAS = regex.compile(r"\s+có\s*$")
_DETAIL_SPLIT = regex.compile(r"[,;:]")


# -- classification ----------------------------------------------------------

def _set_reading(before: str, after: str, num: NumberSpan, prev: Mention | None, status: str,
                 rules: RuleSet) -> tuple | None:
    """The parts of a set a clause opens with count what the set counts: "trong số đoàn viên kết nạp mới,
    khu vực Thái Bình (cũ) có 7.905 đoàn viên" reads as "Số đoàn viên kết nạp mới là 7.905 đoàn viên"
    (members_new), not as the stock its own "có" would make of it.  None when no such set opens."""
    opener = last_match(rules.set_opener, before) if rules.set_opener is not None else None
    if opener is None or rules.breakdown.search(before, opener.end()):
        return None     # a "trong đó" part after it belongs to its own total
    end = before.find(",", opener.end())
    if end < 0 and (has := _SET_HAS.search(before, opener.end())):
        end = has.start()   # "trong số CĐCS mới có 31 CĐCS tại doanh nghiệp FDI": no comma, the set "có" its part
    if end < 0 or end - opener.end() > 60:
        return None
    subject = f"Số {before[opener.end():end].strip()} là "
    for b, a in subject_views(subject, after, rules):
        alt = best_frame(b, a, num, prev, status, rules)
        if alt is not None:
            return alt
    return None


def classify(sent: Sentence, num: NumberSpan, prev: Mention | None, status: str,
             rules: RuleSet, floor: int = 0) -> tuple[Indicator, Frame, int] | None:
    """The indicator whose frame fits `num` with the closest cue, or None.

    A blocker verb closer than every fitting cue ("chuyển giao 13 CĐCS")
    means the number counts nothing we record.  When a subject names what
    is counted before the number ("Số CĐCS thành lập mới là 19"), its
    readings compete with the plain one and the closest cue wins.  Returns
    the indicator, the frame and the cue's distance to the number.
    """
    before, after = context(sent, num)
    after = rules.coordinated.sub("", after, count=1)
    if num.unit == "vnd" and _per_item_word_before(sent, num, rules):
        return None
    if num.value == 0 or rules.after_blockers.match(after) or rules.participants.match(before):
        return None
    if rules.size_after.match(after) and rules.size_before.search(before[-50:] + (num.bound_word or "")):
        return None
    if (num.bound_word or "").lower().startswith("vượt") and rules.excess_after.match(after):
        return None
    # (a colon opens the detail of what was described: "Ngành Than là đơn vị có số nhà nhiều nhất: Công đoàn
    # Than ... hỗ trợ 132 nhà" is a figure)
    clause = _DETAIL_SPLIT.split(before)[-1] + (num.bound_word or "")
    if rules.descriptive.search(clause):
        return None
    best = best_frame(before, after, num, prev, status, rules)
    own = noun_class(after, rules)
    views = subject_views(before, after, rules, floor)
    # a cue inside the figure's own clause is not overridden by a subject of an earlier clause:
    # "Trừ số đoàn viên giảm do ..., cả năm tăng tuyệt đối 4.118 đoàn viên"
    clause_start = len(before) - len(_CLAUSE_SPLIT.split(before)[-1])
    if views and best is not None and len(before) - best[1][0] > clause_start \
            and len(views[0][0].rstrip("#")) < clause_start:
        views = []
    for b, a in views:
        if own is not None and noun_class(a, rules) != own:
            continue    # "Riêng CĐCS Công ty X kết nạp 1.120 đoàn viên": the figure names its own noun
        alt = best_frame(b, a, num, prev, status, rules)
        if alt is not None and (best is None or alt[1][0] <= best[1][0]):  # as close: the subject reading wins
            best = alt
    if best is None or best[0][0].code in rules.set_overrides:
        best = _set_reading(before, after, num, prev, status, rules) or best
    if best is not None and best[0][0].code not in rules.delta_codes \
            and ((rules.delta_before.search(before) and rules.delta_after.match(after))
                 or rules.delta_lead.search(before)):
        return None     # "tăng 215 suất so với cùng kỳ": how much more than last year, not a count
    return None if best is None else (*best[0], best[1][0])


def _prefer_part(sent: Sentence, num: NumberSpan, hit: tuple, part: Mention, rules: RuleSet) -> bool:
    """Whether a breakdown's part reading beats what the figure's own cue says.

    Yes when "trong đó" stands between a cue written before the number and
    the number ("giới thiệu 687 đoàn viên ...; trong đó, ... là 241 người"),
    or when the cue after it only says "có" of a stock while the total is a
    flow: in "thành lập mới 23 CĐCS, trong đó có 9 CĐCS tại doanh nghiệp
    ngoài nhà nước" the 9 is part of the 23, not the province's unions.  Also when the
    cue is only the generic word of the total's activity (lexicon.yaml generic_parts).
    """
    ind, fr, cue_dist = hit
    before, _ = context(sent, num)
    cut = last_match(rules.breakdown, before)
    if cut is None:
        return False
    if fr.before is not None and cut.start() >= len(before) - cue_dist:
        return True
    if any(ind.code == own and part.indicator in totals and not unless.search(before, cut.end())
           for own, totals, unless in rules.generic_parts):
        return True     # "kiểm tra tài chính 86 đơn vị, trong đó UBKT LĐLĐ tỉnh trực tiếp kiểm tra 12 đơn vị"
    return ind.code in STOCKS and part.indicator not in STOCKS


def mask_qualifiers(sent: Sentence, numbers: list[NumberSpan], rules: RuleSet) -> Sentence:
    """The sentence with threshold qualifiers ("có từ 25 người lao động trở lên") blanked.

    Their words ("có", "lao động") would otherwise act as cues for the
    figures that follow; offsets are unchanged (blanks replace characters).
    """
    text = sent.text
    for n in numbers:
        if n.kind != "threshold":
            continue
        s, e = n.start - sent.start, n.unit_end - sent.start
        m = rules.qualifier_start.search(text, max(0, s - 20), s)
        if m:
            s = m.start()
        m = rules.qualifier_end.search(text, e, min(len(text), e + 80))
        if m:
            e = m.end()
        text = text[:s] + " " * (e - s) + text[e:]
    return sent if text == sent.text else replace(sent, text=text)


def promote(sent: Sentence, num: NumberSpan, rules: RuleSet) -> NumberSpan:
    """A "từ N ... trở lên" right after an activity verb is a figure with bound over.

    "kết nạp từ 5.200 đoàn viên trở lên" states how many (at least), while
    "doanh nghiệp có từ 25 lao động trở lên" only qualifies the enterprises;
    the number reader cannot tell them apart, the verb before "từ" can.
    """
    if num.kind != "threshold":
        return num
    if not rules.promote_threshold.search(sent.text, 0, num.start - sent.start):
        return num
    return replace(num, kind="quantity", bound="over")


def carry_topic(mentions: list[Mention], rules: RuleSet) -> list[Mention]:
    """Re-read a generic figure by the topic of its sentence or of the one before it.

    "... xây mới 86 căn nhà Mái ấm Công đoàn. Tổng số tiền hỗ trợ xấp xỉ 5,1
    tỷ đồng" spends the money on those houses although its own sentence
    names none; so does "sửa chữa 54 nhà Mái ấm Công đoàn, ...; tổng kinh phí
    hỗ trợ là 3,96 tỷ đồng" in one sentence.  lexicon.yaml `carry` lists which
    readings move (support_funds -> shelter_funds after shelter_houses).  A
    sentence is re-read when its figures are all of the `from` code or of the
    topic and one is of the topic; or when they are all of the `from` code and
    the previous sentence with figures is about the topic and directly
    precedes it or shares its paragraph (only per-item amounts between:
    "Mỗi căn được hỗ trợ 40 triệu đồng").  In a sentence of several topics,
    only the `from` figure right after a figure of the topic moves.
    """
    if not rules.carry:
        return mentions
    out = list(mentions)
    by_sentence: dict[int, list[int]] = {}
    for i, m in enumerate(out):
        by_sentence.setdefault(m.sentence.start, []).append(i)
    starts = sorted(by_sentence)
    for k in range(len(starts)):
        idx = by_sentence[starts[k]]
        codes = {out[i].indicator for i in idx}
        prev_codes: set = set()
        if k:
            prev_idx = by_sentence[starts[k - 1]]
            sent, prev_sent = out[idx[0]].sentence, out[prev_idx[0]].sentence
            if sent.start - prev_sent.end <= 2 or sent.para == prev_sent.para:
                prev_codes = {out[i].indicator for i in prev_idx}
        for src, dst, previous in rules.carry:
            own = src in codes and codes & previous and codes <= previous | {src}
            # (the sentence before about the topic alone: after gifts and houses, "Tổng trị giá quà và hỗ trợ là 220
            # triệu đồng" spends on both)
            if own or (codes == {src} and prev_codes & previous and prev_codes <= previous | {src, dst}):
                # (in its own sentence only the money after the topic's figure: "tổng kinh phí chăm lo ... đạt
                # 4,3 tỷ đồng; xây dựng và bàn giao 6 nhà Mái ấm" spends the 4,3 tỷ on care, not on the houses)
                # (unless the sentence before is about the topic too: "... 12 nhà Mái ấm. Tổng kinh phí hỗ trợ đợt
                # này là 600 triệu đồng; trong đó 8 nhà xây mới ...")
                first = -1 if prev_codes & previous else \
                    min((out[j].number.start for j in idx if out[j].indicator in previous), default=-1)
                for i in idx:
                    if out[i].indicator == src and out[i].number.start > first:
                        out[i] = replace(out[i], indicator=dst)
                continue
            # in a sentence of several topics, the money right after the topic's figure is the topic's
            # ("... thăm hỏi 1.156 lượt ...; xây dựng 9 căn Mái ấm Công đoàn, ..., tổng cộng 270 triệu đồng")
            for a, b in zip(idx, idx[1:]):
                if out[b].indicator == src and out[a].indicator in previous:
                    out[b] = replace(out[b], indicator=dst)
    return out


_FIGURES = frozenset({"quantity", "per_item", "threshold"})


def _per_item_amount(sent: Sentence, num: NumberSpan, last_end: int | None, rules: RuleSet,
                     count: NumberSpan | None = None) -> bool:
    """Whether `num` is an amount per item: "mỗi căn 40 triệu đồng", "20 triệu đồng/nhà", a sibling
    listed right after one ("mỗi căn xây mới được hỗ trợ 40 triệu đồng, căn sửa chữa 20 triệu đồng": the
    second amount is per repaired house too), or the worth named right after a `count` of items that
    would make an item worth next to nothing ("2.000 phiếu mua hàng trị giá 300.000 đồng")."""
    if num.unit != "vnd":
        return False
    if num.kind == "per_item" or _per_item_word_before(sent, num, rules) or _item_worth(sent, num, count, rules):
        return True
    start = figure_start(sent, num)
    return last_end is not None and bool(rules.per_item_sibling.match(sent.text[last_end:start]))


def _item_worth(sent: Sentence, num: NumberSpan, count: NumberSpan | None, rules: RuleSet) -> bool:
    """Money named "trị giá" right after a count of items, under rules.item_worth_min an item as a total."""
    if count is None or rules.worth_after_count is None or count.value < 2:
        return False
    start = figure_start(sent, num)
    between = sent.text[count.unit_end - sent.start:start]
    return bool(rules.worth_after_count.match(between)) and num.value / count.value < rules.item_worth_min


def _per_item_word_before(sent: Sentence, num: NumberSpan, rules: RuleSet) -> bool:
    """"mỗi căn", "bữa ăn ca ... lên" in the 40 characters before the figure (or its bound word)."""
    start = figure_start(sent, num)
    return bool(rules.per_item.search(sent.text[max(0, start - 40):start]))


def _label_reading(sent: Sentence, num: NumberSpan, status: str, rules: RuleSet) -> Mention | None:
    """A figure of a label line that names its activity alone ("Đối thoại tại nơi làm việc: 122 cuộc")."""
    before, after = context(sent, num)
    code = label_topic(before, after, num.unit, rules)
    return Mention(num, sent, code, status, num.value, num.unit, num.bound) if code else None


def extract_sentence(sent: Sentence, numbers: list[NumberSpan], rules: RuleSet,
                     previous: tuple[Mention, ...] = ()) -> list[Mention]:
    """Mentions of one sentence; `numbers` carry article offsets; `previous`: the mentions of the
    sentence right before, whose total a sentence opening with "Trong đó" breaks down."""
    out: list[Mention] = []
    numbers = [promote(sent, n, rules) for n in numbers]
    sent = mask_qualifiers(sent, numbers, rules)
    floor = 0   # where the previous figure ends: a subject never reaches back over it
    per_item_end = None   # where the last per-item amount ends
    unread = None         # the previous figure when nothing read it: its noun may come after the next
    chain: list[NumberSpan] = []   # the figures in a row no reading took (a list of places, listed_places)
    last_count = None     # the latest count: a worth named right after it may be one item's (_item_worth)
    for num in numbers:
        left, unread = unread, None
        num_floor, floor = floor, (num.unit_end - sent.start if num.kind in _FIGURES else floor)
        if _per_item_amount(sent, num, per_item_end, rules, last_count):
            per_item_end = num.unit_end - sent.start
            continue
        if num.unit == "count" and num.kind == "quantity":
            last_count = num
        if num.kind != "quantity":
            continue
        if num.unit == "percent":
            m = attainment(sent, num, out, rules)
            if m:
                out.append(m)
            continue
        status = status_at(sent, num.start, rules)
        prev = out[-1] if out else None
        # (the plan's own figure right after a share of it is the attained figure's target whatever frame its
        # noun fits: "đạt 91,5% kế hoạch năm là 42.000 đoàn viên" after members' records entered; a share in it,
        # "mới đạt 86% kế hoạch (452/525 doanh nghiệp)", is what was done of the plan)
        again = restated_aside(sent, num, out, rules) or compared_aside(sent, num, out, rules, previous) \
            or (plan_in_aside(sent, num, out, rules) if num.denominator is None else None)
        if again is not None:
            out.append(again)
            chain = []
            continue
        hit = classify(sent, num, prev, status, rules, num_floor)
        part = inherit(sent, num, out, rules, previous) if hit is None or rules.breakdown.search(sent.text) \
            else None
        if hit is None and part is None:
            part = sibling(sent, num, prev, rules)
        if hit is None and part is None:
            part = parenthetical(sent, num, out, rules) or raised_total(sent, num, out, rules)
        if hit is None and part is None:
            part = elided(sent, num, out, status, rules, num_floor)
        if hit is None and part is None:
            part = (listed_body(sent, num, previous, rules) or gapped_body(sent, num, out, rules)
                    or listed_period(sent, num, previous, rules)
                    or restated(sent, num, out, previous, rules) or plan_named_after(sent, num, out, previous, rules))
        if hit is None and part is None:
            part = _label_reading(sent, num, status, rules)
        if hit is None or (part is not None and _prefer_part(sent, num, hit, part, rules)):
            if part is not None:
                out.append(part)
                chain = []
            else:
                unread = (num, status, num_floor)
                chain.append(num)
            continue
        ind, fr, _ = hit
        _, after = context(sent, num)
        bound = "over" if num.bound == "exact" and rules.over_after.match(after) else num.bound
        got = Mention(num, sent, ind.code, status, num.value, num.unit, bound,
                      attached=bool(fr.previous), noun=noun_class(after, rules))
        first = ahead(sent, left[0], got, left[1], rules, left[2]) if left is not None else None
        listed = listed_places(sent, chain, got) if first is None else []
        out.extend((*listed, got) if listed else (first, got) if first is not None else (got,))
        chain = []
    return out
