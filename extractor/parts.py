"""Figures that take their indicator from another figure of their sentence.

A breakdown's part after "trong đó" (`inherit`), a figure coordinated with
the one before it (`sibling`), the parts listed in a parenthesis right after
a total (`parenthetical`), the bodies listed after a total (`listed_body`), the figures
restated after "con số này" (`restated`), and the figures listed after "các con số tương
ứng là" (`respective`).  Split from rules.py, which reads a figure by its own
cue and calls these when none fits.  Nothing here does I/O.
"""

from __future__ import annotations

import regex

from extractor.numbers import NumberSpan
from extractor.ruleset import Mention, RuleSet, context, last_match, noun_class, nouns_in
from extractor.segment import Sentence
from extractor.status import status_at

__all__ = ["inherit", "sibling", "parenthetical", "respective", "listed_body", "restated", "plan_in_aside", "restated_aside",
           "plan_named_after"]

_BEFORE_CUE = regex.compile(r"[\s\W]*")   # nothing but spaces and punctuation: the cue opens the sentence
_PLACE_BEFORE = regex.compile(r"\b(?:tại|ở)\s+(?:các\s+)?$")   # "tại doanh nghiệp": where, not what
_WITH = regex.compile(r"\bvới\s*$")     # "LĐLĐ huyện X dẫn đầu với 1.860 đoàn viên": a body and its figure


def inherit(sent: Sentence, num: NumberSpan, mentions: list[Mention], rules: RuleSet,
            previous: tuple[Mention, ...] = ()) -> Mention | None:
    """A breakdown part ("trong đó khu vực nhà nước là 50.642 người") of an earlier total.

    It takes the indicator of the latest figure of the sentence that counts
    the same kind of thing, provided "trong đó" stands between them; in a
    sentence that opens with it ("... tư vấn cho 1.320 lượt. Trong đó, tư
    vấn trực tiếp cho 846 lượt, qua đường dây nóng 474 lượt"), of a figure
    of the sentence before (`previous`: its mentions, given when adjacent).
    """
    before, after = context(sent, num)
    cut = last_match(rules.breakdown, before)
    if cut is None:
        return None
    blocker = rules.blockers.search(before, cut.end())
    # (a money blocker claims money only, as in frames.best_frame: "khu vực Yên Bái (cũ) đóng góp 4.102 đoàn viên")
    if blocker is not None and not (num.unit != "vnd" and blocker.group(0).lower() in rules.money_blockers):
        return None
    if rules.after_blockers.match(after) or rules.delta_after.match(after):
        return None     # ("riêng ... số đoàn viên kết nạp tăng 150 người so với cùng kỳ": a comparison, no part)
    cls = own = noun_class(after, rules)
    # money splits money ("Trong tổng số tiền trên, Quỹ Xã hội hỗ trợ 1,85 tỷ đồng"): no noun to match
    generic = (cls is None and bool(rules.generic_noun.match(after))) or num.unit == "vnd"
    if cls is None:
        # a noun named between the cue and the figure ("trong đó CĐ cơ sở khu vực ngoài nhà nước có
        # 1.377 đơn vị") says what a unit word counts; a place ("tại doanh nghiệp") does not
        named = next((name for name, n in nouns_in(before, rules, cut.end())
                      if not _PLACE_BEFORE.search(before, cut.end(), n.start())), None)
        if named is not None:
            cls, generic = named, False
    part_of = next((k for k, pat in rules.part_nouns if pat.match(after)), None) if cls is None else None
    if cls is None and not generic and part_of is None:
        return None
    totals = [m for m in mentions if m.sentence is sent and m.number.start < sent.start + cut.start()]
    if not totals and not _BEFORE_CUE.fullmatch(before, 0, cut.start()):
        return None
    # (a figure of the sentence before inside a parenthesis is an aside, "đạt 69,8% kế hoạch năm (1.500 lượt)",
    # never the total the next sentence's "Trong đó" breaks down)
    # (and a total of the part's own status first: "kiểm tra tài chính 58 CĐCS, đạt 116% kế hoạch đề ra là 50
    # cuộc; trong đó ... trực tiếp kiểm tra 12 đơn vị" breaks down the 58 done, not the plan)
    whole_of = list(reversed(totals or [p for p in previous if not _in_aside(p)]))
    own_status = status_at(sent, num.start, rules)
    for m in [m for m in whole_of if m.status == own_status] + [m for m in whole_of if m.status != own_status]:
        # a total in a unit noun ("kiểm tra tài chính 69 đơn vị, gồm 65 CĐCS và 4 LĐLĐ huyện") has parts of any kind
        # (also one in the sentence before, when this one opens with the cue and the part names what it counts:
        # "... kiểm tra tài chính tại 38 đơn vị. Trong đó, UBKT LĐLĐ tỉnh trực tiếp kiểm tra 6 công đoàn cấp trên")
        whole = m.noun is None and (m.sentence is sent or own is not None) \
            and bool(rules.generic_noun.match(context(m.sentence, m.number)[1]))
        if (generic or whole or m.noun == cls or (part_of is not None and m.indicator == part_of)) \
                and m.status != "attainment" and m.unit == num.unit:
            return _like(m, num, sent)
    return None


def _like(m: Mention, num: NumberSpan, sent: Sentence, status: str | None = None, noun: str | None = None) -> Mention:
    """`num` read as figure `m` is (its indicator, status and noun; a `status` or `noun` of its own when
    given): the mention every reading of this module makes of a figure that takes another's reading."""
    return Mention(num, sent, m.indicator, status or m.status, num.value, num.unit, num.bound, attached=True,
                   noun=noun or m.noun)


def _open_aside(before: str) -> int:
    """Where the parenthesis still open at the end of `before` opens, or -1 (none, or closed again)."""
    opening = before.rfind("(")
    return opening if opening > before.rfind(")") else -1


def _in_aside(m: Mention) -> bool:
    """Does the figure stand inside a parenthesis still open before it in its sentence?"""
    return _open_aside(m.sentence.text[:m.number.start - m.sentence.start]) >= 0


def sibling(sent: Sentence, num: NumberSpan, prev: Mention | None, rules: RuleSet) -> Mention | None:
    """A figure coordinated with the one before it, counting the same kind of thing.

    "Tư vấn pháp luật cho 300 đoàn viên và 150 người lao động": the cue
    ("tư vấn ... cho") stands before the first figure only; the second is
    joined to it by nothing but the first one's noun and "và" (or a comma),
    and names a noun of the same class (or a generic unit noun), so it
    counts what the first counts.  Only for a figure no frame claims.
    """
    if prev is None or prev.sentence is not sent or prev.unit != num.unit or prev.status == "attainment":
        return None
    between = sent.text[prev.number.end - sent.start:num.start - sent.start]
    if not rules.sibling.match(between) or rules.blockers.search(between):
        return None
    _, after = context(sent, num)
    if prev.noun is None or not (noun_class(after, rules) == prev.noun or rules.generic_noun.match(after)):
        return None
    return _like(prev, num, sent)


def listed_body(sent: Sentence, num: NumberSpan, previous: tuple[Mention, ...], rules: RuleSet) -> Mention | None:
    """A body's share of a total the text just gave: an item of a list of bodies ("... tổng cộng 86 nhà
    ... Các đơn vị thực hiện tốt gồm:\n- LĐLĐ huyện Kỳ Anh: 14 nhà;") or a body ranked "với" its figure
    ("LĐLĐ huyện Cẩm Giàng dẫn đầu với 1.860 đoàn viên, tiếp đến LĐLĐ thị xã Chí Linh với 1.215 đoàn
    viên").  The body is named (lexicon scope.body) and the figure names the noun the total counts: it
    takes the total's indicator (`previous`: the mentions right before)."""
    if not previous:
        return None
    before, after = context(sent, num)
    clause = before[max(before.rfind(c) for c in ".;:") + 1:] if not sent.is_item else before
    # (the item's label ends right before its first figure: "• Khu vực Lâm Đồng (cũ): 29.150 lượt, 17,2 tỷ đồng")
    listed = sent.is_item and rules.label_end.search(before[:(d.start() if (d := _DIGIT.search(before)) else None)])
    ranked = _WITH.search(clause)
    if not (listed or ranked) or not rules.scope_body.search(before if listed else clause):
        return None
    cls = noun_class(after, rules)
    # a unit word or money fits the total of its unit ("• Khu vực Lâm Đồng (cũ): 29.150 lượt, 17,2 tỷ đồng")
    generic = cls is None and listed and (num.unit == "vnd" or bool(rules.generic_noun.match(after)))
    if cls is None and not generic:
        return None
    for m in reversed(previous):
        if (generic or m.noun == cls) and m.status != "attainment" and m.unit == num.unit:
            return _like(m, num, sent)
    return None


def gapped_body(sent: Sentence, num: NumberSpan, earlier: list[Mention], rules: RuleSet) -> Mention | None:
    """A body's figure in a clause that leaves the verb out: "LĐLĐ thành phố Cẩm Phả hỗ trợ 41 nhà, LĐLĐ
    thành phố Uông Bí 27 nhà".  The clause is a body's name (lexicon scope.body) and the figure, which names
    the noun the figure of the clause before counts: it takes that figure's reading."""
    before, after = context(sent, num)
    clause = before[max(before.rfind(c) for c in ",;") + 1:]
    if len(clause) > 80 or any(ch.isdigit() for ch in clause) or not rules.scope_body.match(clause.lstrip()):
        return None
    cls = noun_class(after, rules)
    prev = next((m for m in reversed(earlier) if m.sentence is sent), None)
    if cls is None or prev is None or prev.noun != cls or prev.unit != num.unit or prev.status == "attainment":
        return None
    return _like(prev, num, sent)


def listed_period(sent: Sentence, num: NumberSpan, previous: tuple[Mention, ...], rules: RuleSet) -> Mention | None:
    """A bare figure of a list item that opens on a period ("Kết quả theo từng năm:\n• Năm 2016: 71 nhà, 3,1
    tỷ đồng;"): what the total of the text just before counts (`previous`), by its noun, or its money, for
    the item's period."""
    if not (sent.is_item and previous) or rules.period_label is None:
        return None
    before, after = context(sent, num)
    if not rules.period_label.match(before):
        return None
    cls = noun_class(after, rules) if num.unit != "vnd" else None
    for m in previous:
        if m.status != "attainment" and m.unit == num.unit and (num.unit == "vnd" or (cls and m.noun == cls)):
            return _like(m, num, sent)
    return None


_PLURAL = regex.compile(r"(?i)(?:các|những)\b")
_DIGIT = regex.compile(r"\d")


def plan_named_after(sent: Sentence, num: NumberSpan, earlier: list[Mention], previous: tuple[Mention, ...],
                     rules: RuleSet) -> Mention | None:
    """A plan stated with only its noun ("Kế hoạch năm 2022 là 25 nhà") after a figure counting that noun
    ("hỗ trợ xây mới, sửa chữa 18 nhà Mái ấm Công đoàn"): the target of what that figure counts.  Only
    the latest figure of the sentence before (or of its own, before the plan) with the same kind of noun."""
    before, after = context(sent, num)
    if not rules.stated_target.search(before):
        return None
    own = noun_class(after, rules)
    if own is None:
        return None
    pool = [m for m in earlier if m.sentence is sent and m.number.start < num.start] or list(previous)
    same = [m for m in pool if m.unit == num.unit and m.status != "attainment" and m.noun == own]
    if not same:
        return None
    m = same[-1]
    return _like(m, num, sent, "target", own)


def restated(sent: Sentence, num: NumberSpan, earlier: list[Mention], previous: tuple[Mention, ...],
             rules: RuleSet) -> Mention | None:
    """A figure after "con số này" (this figure): "Thăm, tặng quà 9.870 đoàn viên với 3,26 tỷ đồng. Tháng
    Công nhân năm 2016, con số này là 7.950 người với 2,91 tỷ đồng."  The k-th figure of a unit after
    the phrase restates the k-th of that unit the sentence before counted (`previous`); after a figure of
    its own sentence, a singular "con số này" restates that one."""
    before, after = context(sent, num)
    cue = last_match(rules.this_figure, before)
    if cue is None:
        return None
    start = sent.start + cue.end()
    own = [m for m in earlier if m.sentence is sent and m.number.start < start]
    if own:
        # "Năm 2017, ... kết nạp 14.320 đoàn viên; sang năm 2018 con số này là 17.905": the one figure just
        # said, restated for another year ("các con số này lần lượt là ...": rules.respective's)
        same_own = [m for m in own if m.unit == num.unit and m.status != "attainment"]
        if _PLURAL.match(cue.group(0)) or not same_own or any(
                m.sentence is sent and m.number.start >= start for m in earlier):
            return None
        m = same_own[-1]
        return _like(m, num, sent)
    if not previous:
        return None
    k = sum(1 for m in earlier if m.sentence is sent and m.unit == num.unit and m.number.start >= start)
    same = [m for m in previous if m.unit == num.unit and m.status != "attainment"]
    if k >= len(same):
        return None
    m = same[k]
    own = noun_class(after, rules)
    if own is not None and m.noun not in (None, own):
        # the figure names its own noun: "thành lập mới 58 CĐCS, kết nạp 31.240 đoàn viên. Năm 2018, con số
        # này là 27.905 đoàn viên" restates the members, not the unions counted first
        m = next((x for x in same if x.noun == own), m)
    # (a plan for it is a target: "Dự kiến đến hết Tết, con số này sẽ tăng lên khoảng 250.000 lượt")
    status = "target" if status_at(sent, num.start, rules) == "target" else m.status
    return _like(m, num, sent, status)


def raised_total(sent: Sentence, num: NumberSpan, earlier: list[Mention], rules: RuleSet) -> Mention | None:
    """A running total right after a flow of its sentence, its noun left out or generic: "ký kết 9 thỏa
    thuận hợp tác với các doanh nghiệp, nâng tổng số lên 23 đơn vị" -- the stock of what the flow counted
    (members and unions have stock codes of their own: lexicon.yaml raised_total_codes)."""
    prev = next((m for m in reversed(earlier) if m.sentence is sent), None)
    if rules.raised_total is None or prev is None or prev.status != "actual" or prev.unit != num.unit:
        return None
    before, after = context(sent, num)
    if not rules.raised_total.search(before[-80:]):
        return None
    own = noun_class(after, rules)
    if own is not None and prev.noun is not None and own != prev.noun and not rules.generic_noun.match(after):
        return None
    code = rules.raised_total_codes.get(prev.indicator, prev.indicator)
    return Mention(num, sent, code, "actual", num.value, num.unit, num.bound, attached=True, noun=prev.noun)


def compared_aside(sent: Sentence, num: NumberSpan, earlier: list[Mention], rules: RuleSet,
                   previous: tuple[Mention, ...] = ()) -> Mention | None:
    """The compared period's own figure in a parenthesis right after the comparison: "Tháng Công nhân năm
    2020 được tổ chức tại 412 CĐCS, tăng 114 đơn vị so với năm 2019 (298 CĐCS)" -- what the 412 counts, for
    2019 (the period phrase right before dates it, as any figure's)."""
    if rules.compared_aside is None:
        return None
    before, after = context(sent, num)
    opened = _open_aside(before)
    if opened < 0 or not rules.compared_aside.search(before[max(0, opened - 79):opened + 1]):
        return None     # (the figure sits in the parenthesis a comparison opened, first or listed after others)
    prev = next((m for m in reversed(earlier) if m.sentence is sent), None)
    cls = noun_class(after, rules)
    if cls is not None and (prev is None or prev.noun != cls):
        # a sentence opening on the comparison: "So với cùng kỳ năm 2015 (1.870 đoàn viên, 22 CĐCS), số đoàn
        # viên kết nạp tăng 270 người" -- each figure is what the sentence before counted in its noun
        # (a count, not a difference: "tăng tuyệt đối 2.186 đoàn viên" is no figure to compare)
        prev = next((m for m in [*reversed([m for m in earlier if m.sentence is sent and not m.attached]),
                                 *previous] if m.noun == cls and m.status == "actual"
                     and m.indicator not in rules.delta_codes), None)
    if prev is None or prev.status == "attainment" or prev.unit != num.unit:
        return None
    return _like(prev, num, sent)


def plan_in_aside(sent: Sentence, num: NumberSpan, earlier: list[Mention], rules: RuleSet) -> Mention | None:
    """The plan's own figure in a parenthesis right after a share of it: "tư vấn cho 1.047 lượt ..., đạt
    69,8% kế hoạch năm (1.500 lượt)" -- the year's target of what was attained, whatever noun it names (or
    right after a result that beat it, lexicon plan_after_result)."""
    prev = next((m for m in reversed(earlier) if m.sentence is sent), None)
    if prev is None or num.unit == "percent":
        return None
    if prev.status == "attainment":
        if not rules.target_aside.fullmatch(sent.text, prev.number.end - sent.start, num.start - sent.start):
            return None
    # ... or right after the result itself, when the plan is named beaten or reached without a share: "có 1.126
    # CĐCS tổ chức các hoạt động, vượt kế hoạch đề ra là 1.000 CĐCS"
    elif prev.status != "actual" or prev.unit != num.unit or rules.plan_after_result is None \
            or not rules.plan_after_result.fullmatch(sent.text, prev.number.unit_end - sent.start, num.start - sent.start):
        return None
    return Mention(num, sent, prev.indicator, "target", num.value, num.unit, num.bound, attached=True)


def restated_aside(sent: Sentence, num: NumberSpan, earlier: list[Mention], rules: RuleSet) -> Mention | None:
    """The same count for another period in a parenthesis right after a figure's clause: "giới thiệu 520
    đoàn viên ưu tú cho Đảng xem xét kết nạp (năm 2023 là 468 người)" -- the 468 is what the 520 is, for
    2023 (its period comes from the phrase, as any figure's), whatever cue words stand between."""
    prev = next((m for m in reversed(earlier) if m.sentence is sent), None)
    if prev is None or prev.status == "attainment" or prev.unit != num.unit:
        return None
    if not rules.restated_aside.fullmatch(sent.text, prev.number.unit_end - sent.start, num.start - sent.start):
        return None
    return _like(prev, num, sent)


def parenthetical(sent: Sentence, num: NumberSpan, earlier: list[Mention], rules: RuleSet) -> Mention | None:
    """A part of a total listed in a parenthesis right after it, by a label and a bare number.

    "Kết nạp 14.520 đoàn viên (khu vực ngoài nhà nước 13.870, khu vực nhà
    nước 650)": the 13.870 and the 650 are members_new too, like the parts
    after "trong đó".  Only when the parenthesis opens right after the total's
    counted noun, every part before this one has the same shape
    (lexicon.yaml paren_part: a sector or group label, then the number) and
    nothing but a list break follows the number.
    """
    before, after = context(sent, num)
    opening = _open_aside(before)
    if opening < 0 or not rules.elided_after.match(after) \
            or not rules.paren_part.match(before, opening + 1):
        return None
    start = sent.start + opening
    total = next((m for m in reversed(earlier) if m.sentence is sent and m.number.unit_end <= start), None)
    if total is None or total.unit != num.unit or total.status == "attainment" \
            or not rules.paren_noun.match(sent.text, total.number.unit_end - sent.start, opening):
        return None
    return _like(total, num, sent)


def respective(sent: Sentence, numbers: list[NumberSpan], got: list[Mention], earlier: list[Mention],
               rules: RuleSet) -> list[Mention]:
    """Figures listed after "các con số tương ứng / này lần lượt là" repeat, in order, the indicators
    of the figures said before it: those of its own sentence, else of the previous sentence with
    figures ("Năm 2022, ... 205 bản thỏa ước ... 1.302 doanh nghiệp ... Năm 2021, các con số tương
    ứng là 176 bản thỏa ước và 1.245 doanh nghiệp").  Only when the two lists are as long and each
    pair has one unit; a figure the rules read already keeps its reading."""
    cue = rules.respective.search(sent.text) if rules.respective is not None else None
    if cue is None:
        return got
    at = sent.start + cue.start()
    stop = regex.search(r"[.;!?](?=\s|$)", sent.text[cue.end():])
    end = sent.start + cue.end() + (stop.start() if stop else len(sent.text))
    listed = [n for n in numbers if n.kind == "quantity" and sent.start + cue.end() <= n.start < end]
    before = [m for m in got if m.number.start < at]
    if not before and earlier:
        last = earlier[-1].sentence.start
        before = [m for m in earlier if m.sentence.start == last]
    if not listed or len(listed) != len(before) or any(n.unit != m.unit for n, m in zip(listed, before)):
        return got
    read = {m.number.start for m in got}
    new = [Mention(n, sent, m.indicator, status_at(sent, n.start, rules), n.value, n.unit, n.bound,
                   noun=m.noun) for n, m in zip(listed, before) if n.start not in read]
    return sorted(got + new, key=lambda m: m.number.start)
