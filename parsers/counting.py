"""Which figures a total adds, each once, and why the others are left out.

A total adds money the Front system raised or gave: not targets or other
money, not per-unit rates or the top of a range, not the parts of a total
already counted, not a figure repeated elsewhere in the article (the
headline's "Hơn 13 nghìn tỷ" restating the body's "trên 13.908 tỷ").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from decimal import Decimal

import regex as re

from parsers.actions import (
    announces_target,
    front_subject,
    is_value,
    other_actor,
    realised_before,
    to_other_fund,
    value_only,
)
from parsers.localities import mentions
from parsers.patterns import alternation
from parsers.relevance import cumulative, event_again, front_mentions, front_named, organisers, short_mentions
from parsers.types import Fact, Money
from parsers.vocab import actions as av
from parsers.vocab import counting as v

COUNTED_ACTIONS = ("raised", "given")
_SUB_YEAR = ("month", "quarter", "half")  # the periods a year holds (dates.periods)
_OPENER = re.compile(rf"^[\W\d_]*(?i:{alternation(v.DETAIL_OPENERS)})(?!\p{{L}})")
_SUMMARY = re.compile(rf"^[\W\d_]*(?i:{alternation(v.SUMMARY_OPENERS)})(?!\p{{L}})")
_MARKER = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.PART_MARKERS)})(?!\p{{L}})|\(")
_FAMILY = re.compile(rf"(?<!\p{{L}})(?i:{alternation(av.FAMILY_SHARE)})(?!\p{{L}})")
_CLAUSE_START = re.compile(r"[,;:(]\x20?(?!.*[,;:(])", re.DOTALL)
_SAME_VALUE_AFTER = re.compile(r"\x20?\($")
_EQUIVALENT = re.compile(r"\x20?\((?:tương đương|khoảng|tức|quy đổi)", re.IGNORECASE)
_PART_SLACK = Decimal("1.05")  # "gần 4,5 + gần 3,6 + gần 4,6" may exceed "hơn 12,64" a little
_LOOK_BACK = 2  # sentences an opener ("Trong đó, …") may reach back over to find its total
_FRONT_REACH = 2  # sentences after the one naming the Front that still speak of it
_EVENT_REACH = 2  # sentences after an organiser's name, into the next paragraph, that still report its event
_LEAD_SENTENCES = 4  # an organiser named this early owns the event of the headline and lead
_CLAUSE_CHARS = 200  # a clause is read this far back, so long sentences stay linear
_PARTS = 30  # figures a breakdown may list: bounds the work on one long sentence
_GAP_CHARS = 40  # "780.000.000đ (Bảy trăm … đồng)": a restatement in words follows at once
_ROUNDED = Decimal("0.001")  # an unqualified copy within 0.1 % of a figure is that figure rounded
_REPEAT_SEARCH = 10  # earlier figures of a value a repeat is compared with
_OPENER_CHARS = 40  # an opener stands at the very start: read only that much


def label(
    facts: list[Fact],
    sentences: list[tuple[int, int]],
    relevant: bool,
    text: str = "",
    named: list[int] | None = None,
    latest_year: int | None = None,
) -> list[Fact]:
    """facts with counted, not_counted, part_of and restates set.

    sentences: (start, end) of every prose sentence, in order, so "Trong đó, …"
    finds the sentence before it even when that one has no figure.
    text: the article; a figure counts only when the Front system is named in
    its sentence or the sentences before it in its paragraph.
    named: offsets of the Front's names in text (relevance.front_mentions), if known.
    latest_year: the publishing year; a figure of a later year is implausible.
    """
    money = [i for i, f in enumerate(facts) if f.kind == "money" and not f.in_headline]
    out = _announced_targets([_family_share(f) for f in facts], sentences, text)
    # What was done of a target named before ("phấn đấu 60 tỷ đồng. Trong đó, doanh nghiệp đã ủng hộ 20 tỷ đồng") is
    # no part of it; inside one sentence the target is the slash's ("14.714.669.968/9,5 tỷ đồng (trong đó …)").
    breakdown = {
        i: t
        for i, t in _parts(out, money, sentences).items()
        if out[t].action != "target" or out[i].action == "target" or out[t].sentence_start == out[i].sentence_start
    }
    # The Front's share of a cost met with others' money ("tổng kinh phí 75 tỷ đồng, trong đó Quỹ … hỗ trợ 50 tỷ đồng,
    # ngân sách tỉnh 25 tỷ đồng") is its own figure, its giver named in its clause: the total is counted nowhere.
    parts = {
        i: t
        for i, t in breakdown.items()
        if not (out[t].action == "other" and out[i].action in COUNTED_ACTIONS and _front_gave(out[i]))
    }
    for i, t in parts.items():
        # "ủng hộ … trên 13.908 tỷ đồng, trong đó … hỗ trợ trực tiếp … hơn 2.000 tỷ đồng": a part moved as its total did
        if out[t].action in COUNTED_ACTIONS and out[i].action in COUNTED_ACTIONS and out[i].action != out[t].action:
            out[i] = replace(out[i], action=out[t].action)
    lead_end = text.find("\n", sentences[0][0]) if text and sentences else -1
    restated = _restatements(out, lead_end if lead_end >= 0 else len(text))
    names = front_mentions(text) if named is None and text else named or []
    if relevant:
        names = sorted({*names, *short_mentions(text, names)})
    events = organisers(text, names) if relevant else []
    front, at_event = _front_sentences(text, sentences, names, events) if text else (None, set())
    led = bool(events) and len(sentences) > 0 and bisect_left([s for s, _ in sentences], events[0]) < _LEAD_SENTENCES
    nears = []
    for i, fact in enumerate(out):
        near = front is None or fact.in_headline and (led or front_named(fact.sentence)) or fact.sentence_start in front
        at = fact.figure.start - fact.sentence_start
        event = (fact.sentence_start in at_event or fact.in_headline and led) and not cumulative(fact.sentence)
        if event and fact.kind == "money" and fact.action == "other" and value_only(fact.sentence, at):
            fact = out[i] = replace(fact, action="given")  # "Tổng kinh phí dành cho học bổng …" at the event
        # Donors giving to a Front drive are its raised money; a company's own gift to beneficiaries is not, unless
        # it hands it out at the Front body's event.
        other = fact.action == "given" and other_actor(fact.sentence, at, fact.figure.end - fact.sentence_start)
        near = near and not (other and not event)
        if fact.action == "raised" and to_other_fund(fact.sentence, at):
            near = False  # a newspaper's fund is not the Front's, at its event or not
        nears.append(near)
    # "PVN … tặng quà … tổng số tiền hơn 3 tỉ đồng. Số tiền này được đóng góp từ Công đoàn …, Đoàn Thanh niên …":
    # a total the Front's bodies made up in full is theirs.
    for t in {t for t in parts.values() if not nears[t] and out[t].sentence_start not in (front or ())}:
        mine = [i for i, p in parts.items() if p == t]
        whole = sum(_value(out[i]) for i in mine) * _PART_SLACK >= _value(out[t])  # not one Front share of the state's
        if whole and all(nears[i] and out[i].sentence_start != out[t].sentence_start for i in mine):
            nears[t] = True
    labelled = []
    for i, fact in enumerate(out):
        reason = _reason(fact, relevant and nears[i], i in parts, i in restated) or _implausible(fact, latest_year)
        labelled.append(
            replace(
                fact,
                counted=reason is None,
                not_counted=reason,
                part_of=out[parts[i]].figure.start if i in parts else None,
                restates=out[restated[i]].figure.start if i in restated else None,
            )
        )
    return _front_share(labelled, breakdown)


def _front_sentences(
    text: str, sentences: list[tuple[int, int]], names: list[int], events: list[int] | None = None
) -> tuple[set[int], set[int]]:
    """Starts of the sentences that name the Front system (at the sorted offsets names) or follow one that does in
    their paragraph, or follow an organiser of an event (at the sorted offsets events) in any paragraph, or speak of
    that event again; the lead before an early organiser is its event's too. Also, apart, the starts of the
    sentences of an event."""
    found: set[int] = set()
    at_event: set[int] = set()
    since = event_since = -_EVENT_REACH - 1
    previous_end = -1
    events = events or []
    for n, (s, e) in enumerate(sentences):
        if "\n" in text[previous_end:s] if previous_end >= 0 else True:
            since = -_FRONT_REACH - 1  # a new paragraph
        first = bisect_left(names, s)
        if first < len(names) and names[first] < e:
            since = n
        first = bisect_left(events, s)
        if first < len(events) and events[first] < e:
            event_since = n
            if n < _LEAD_SENTENCES:
                at_event.update(start for start, _ in sentences[:n])
        elif event_since >= 0 and event_again(text, s, e):
            event_since = n  # "Ngay sau buổi quyên góp, …": the organiser's event again
        if n - event_since <= _EVENT_REACH:
            at_event.add(s)
        if n - since <= _FRONT_REACH:
            found.add(s)
        previous_end = e
    return found | at_event, at_event


def _reason(fact: Fact, relevant: bool, is_part: bool, restates: bool) -> str | None:
    if not relevant:
        return "not_front"
    if fact.kind == "households":
        if fact.action != "given":
            return "target" if fact.action == "target" else "other"
        return "restates" if restates else None
    fig = fact.figure
    assert isinstance(fig, Money)
    if fact.action not in COUNTED_ACTIONS:
        return fact.action if fact.action in v.REASONS else "other"
    if fig.rate:
        return "rate"
    if fig.range == "high":
        return "range_high"
    if is_part:
        return "part"
    if restates:
        return "restates"
    return None


def _announced_targets(facts: list[Fact], sentences: list[tuple[int, int]], text: str) -> list[Fact]:
    """ "Đại hội đề ra các chỉ tiêu. Cụ thể, … vận động đóng góp quỹ đạt 10 tỉ đồng": the detail of a target is one."""
    if not text:
        return facts
    order = [s for s, _ in sentences]
    out = list(facts)
    announced: dict[int, bool] = {}  # per sentence: one reading, however many figures it holds
    for i, f in enumerate(facts):
        if f.action not in COUNTED_ACTIONS or not _OPENER.match(f.sentence[:_OPENER_CHARS]):
            continue
        if realised_before(f.sentence, f.figure.start - f.sentence_start):
            continue  # "Trong đó, nhiều đơn vị đã quyên góp …": done, whatever was planned
        if f.sentence_start not in announced:
            n = bisect_left(order, f.sentence_start)
            before = 0 < n <= len(order) and order[n - 1] < f.sentence_start
            announced[f.sentence_start] = before and announces_target(text[slice(*sentences[n - 1])])
        if announced[f.sentence_start]:
            out[i] = replace(f, action="target")
    return out


def _implausible(fact: Fact, latest_year: int | None) -> str | None:
    """A counted figure of a year still to come, or beyond what any report of its unit's level holds."""
    if latest_year and fact.period and fact.period.year > latest_year:
        return "implausible_year"
    value = getattr(fact.figure, "value_vnd", None)
    level = fact.place.level if fact.place else "national"
    if fact.kind == "money" and value and value > v.CEILINGS.get(level, v.CEILINGS["national"]):
        return "implausible_value"
    return None


def _family_share(fact: Fact) -> Fact:
    """ "số còn lại do gia đình vay mượn": the family's own money is not the Front's."""
    if fact.kind != "money":
        return fact
    at = fact.figure.start - fact.sentence_start
    window = max(0, at - _CLAUSE_CHARS)
    clause = _CLAUSE_START.search(fact.sentence, window, at)
    if _FAMILY.search(fact.sentence, clause.end() if clause else window, at):
        return replace(fact, action="other")
    return fact


def _value(fact: Fact) -> Decimal:
    return Decimal(fact.figure.value)


def _parts(facts: list[Fact], money: list[int], sentences: list[tuple[int, int]]) -> dict[int, int]:
    """Figure index → index of the total it breaks down."""
    by_sentence: dict[int, list[int]] = {}
    for i in money:
        by_sentence.setdefault(facts[i].sentence_start, []).append(i)
    parts: dict[int, int] = {}
    for idxs in by_sentence.values():
        parts.update(_parts_in_sentence(facts, idxs))
        parts.update({i: t for i, t in _within_year(facts, idxs).items() if i not in parts})
    order = [s for s, _ in sentences]
    for pos, start in enumerate(order):
        idxs = by_sentence.get(start, [])
        if not idxs or not _OPENER.match(facts[idxs[0]].sentence):
            continue
        total = _total_before(facts, by_sentence, order, pos)
        top = [i for i in idxs if i not in parts and not facts[i].figure.rate]  # type: ignore[union-attr]
        if total is None or not top:
            continue
        limit = _value(facts[total]) * _PART_SLACK
        if getattr(facts[total].figure, "qualifier", "exact") == "over":  # "hơn 3 tỉ đồng": 2,8 + 0,095 + 0,44 tỉ
            limit = max(limit, _value(facts[total]) + _rounding_unit(_value(facts[total])))
        if all(_value(facts[i]) < _value(facts[total]) for i in top) and sum(_value(facts[i]) for i in top) <= limit:
            parts.update({i: total for i in idxs if i not in parts})
    parts.update(_summed_up(facts, money, parts))
    return parts


def _summed_up(facts: list[Fact], money: list[int], parts: dict[int, int]) -> dict[int, int]:
    """The earlier figures a summing-up sentence ("Tổng số tiền … của đoàn là 700 triệu đồng") holds: those of its
    action since the article's start or the previous summing-up, when they add up to no more than it."""
    found: dict[int, int] = {}
    since = 0
    for n, t in enumerate(money):
        total = facts[t]
        if total.action not in COUNTED_ACTIONS or t in parts or not _SUMMARY.match(total.sentence[:_OPENER_CHARS]):
            continue
        earlier = [
            i
            for i in money[since:n]
            if i not in parts
            and facts[i].action == total.action
            and not facts[i].figure.rate  # type: ignore[union-attr]
            and facts[i].sentence_start != total.sentence_start
            and not _same(facts[i], total)  # a copy of it, rounded or not ("Hơn 800 triệu" in the lead), not a part
        ]
        if earlier and sum(_value(facts[i]) for i in earlier) <= _value(total) * _PART_SLACK:
            found.update({i: t for i in earlier})
        since = n + 1
    return found


def _total_before(facts: list[Fact], by_sentence: dict[int, list[int]], order: list[int], pos: int) -> int | None:
    """The largest non-rate figure of the nearest sentence before pos that has one."""
    for back in range(pos - 1, max(-1, pos - 1 - _LOOK_BACK), -1):
        idxs = [i for i in by_sentence.get(order[back], []) if not facts[i].figure.rate]  # type: ignore[union-attr]
        if idxs:
            return max(idxs, key=lambda i: _value(facts[i]))
    return None


def _parts_in_sentence(facts: list[Fact], idxs: list[int]) -> dict[int, int]:
    """ "50,6 tỷ đồng, trong đó … 26,8 tỷ đồng" · "600.000đ (gồm tiền mặt 500.000đ …)".

    A breakdown runs to the end of the sentence, or to the ")" closing the
    parenthesis it opens or stands in.
    """
    sentence = facts[idxs[0]].sentence
    base = facts[idxs[0]].sentence_start
    parts: dict[int, int] = {}
    starts = [facts[i].figure.start for i in idxs]
    ends = [facts[i].figure.end for i in idxs]
    for marker in _MARKER.finditer(sentence):
        at = base + marker.start()
        n = bisect_right(ends, at)
        if not n:
            continue
        total = idxs[n - 1]
        opened = marker[0] == "(" or sentence.rfind("(", 0, marker.start()) > sentence.rfind(")", 0, marker.start())
        close = sentence.find(")", marker.end()) if opened else -1
        stop = base + (close if close >= 0 else len(sentence))
        after = bisect_right(starts, at)
        for i in idxs[after : after + _PARTS]:
            if facts[i].figure.start < stop and i not in parts and _value(facts[i]) < _value(facts[total]):
                parts[i] = total
    return parts


def _within_year(facts: list[Fact], idxs: list[int]) -> dict[int, int]:
    """ "riêng năm 2018 thu được hơn 3.000 tỷ đồng …; trong tháng 10/2018, tổng đài 1400 thu được 6,3 tỷ đồng": a
    figure of a month, quarter or half is part of the same sentence's figure of its whole year, of the same action."""
    whole = {
        facts[i].period.year: i  # type: ignore[union-attr]
        for i in idxs
        if facts[i].period and facts[i].period.kind == "year" and facts[i].action in COUNTED_ACTIONS  # type: ignore[union-attr]
    }
    parts = {}
    for i in idxs:
        period, fact = facts[i].period, facts[i]
        t = whole.get(period.year) if period and period.kind in _SUB_YEAR else None
        if t is not None and fact.action == facts[t].action and _value(fact) < _value(facts[t]):
            parts[i] = t
    return parts


def _restatements(facts: list[Fact], lead_end: int = 0) -> dict[int, int]:
    """Figure index → index of the figure it repeats: one copy is counted.

    The headline's figures, and the lead's rounded ones (before lead_end: "Hơn 800 triệu đồng đã được trao" before
    the body's "830 triệu đồng"), restate the precise figure the body gives. Candidates are looked up by value
    (sorted), so many figures cost n log n, not n².
    """
    restated: dict[int, int] = {}
    body = [i for i, f in enumerate(facts) if not f.in_headline]
    by_value = sorted((Decimal(facts[i].figure.value), i) for i in body)
    values = [v for v, _ in by_value]
    for i, fact in enumerate(facts):
        if fact.in_headline:
            match = next((j for j in _near(fact, by_value, values) if _same(fact, facts[j])), None)
            if match is not None:
                restated[i] = match
        elif fact.figure.start < lead_end and getattr(fact.figure, "qualifier", "exact") != "exact":
            later = (j for j in _near(fact, by_value, values) if facts[j].figure.start >= lead_end)
            match = next((j for j in later if facts[j].action == fact.action and _same(fact, facts[j])), None)
            if match is not None:
                restated[i] = match
    for n, i in enumerate(body):
        if n and _in_dong(facts[i], facts[body[n - 1]]) and body[n - 1] not in restated:
            restated[body[n - 1]] = i  # "15.000 USD (tương đương 350 triệu đồng)": the đồng copy counts
            continue
        for j in _near(facts[i], by_value, values):
            if j < i and j not in restated and _repeats(facts[i], facts[j]):
                restated[i] = j
                break
    return restated


def _near(fact: Fact, by_value: list[tuple[Decimal, int]], values: list[Decimal]) -> list[int]:
    """Indices of figures whose value is within the rounding of this one, in text order (bounded)."""
    value = Decimal(fact.figure.value)
    exact = getattr(fact.figure, "qualifier", "exact") == "exact"
    unit = min(_rounding_unit(value), value * _ROUNDED * 2) if exact else _rounding_unit(value)
    lo, hi = bisect_left(values, value - unit), bisect_right(values, value + unit)
    return sorted(i for _, i in by_value[lo:hi][:_REPEAT_SEARCH])


def _in_dong(later: Fact, earlier: Fact) -> bool:
    """A foreign amount followed by its đồng equivalent in parentheses."""
    if later.kind != "money" or earlier.kind != "money" or later.sentence_start != earlier.sentence_start:
        return False
    if later.figure.start - earlier.figure.end > _GAP_CHARS:
        return False
    gap = later.sentence[earlier.figure.end - later.sentence_start : later.figure.start - later.sentence_start]
    return earlier.figure.currency != "VND" == later.figure.currency and bool(_EQUIVALENT.match(gap))  # type: ignore[union-attr]


def _same(later: Fact, earlier: Fact) -> bool:
    """The same figure, or the later one rounded: "hơn 50 tỷ" for "50,6 tỷ"."""
    a, b = later.figure, earlier.figure
    if later.kind != earlier.kind or getattr(a, "currency", None) != getattr(b, "currency", None):
        return False
    if a.value == b.value:
        return True
    if getattr(a, "qualifier", "exact") == "exact" and a.value > 0:
        # "857 tỷ đồng" after "hơn 857,418 tỷ đồng": a copy rounded without saying so (not "5 tỷ" after "5,2 tỷ").
        return abs(Decimal(b.value) - Decimal(a.value)) < min(_rounding_unit(Decimal(a.value)), Decimal(b.value) * _ROUNDED)
    if getattr(a, "qualifier", "exact") == "exact" or a.value <= 0:
        return False
    unit = _rounding_unit(Decimal(a.value))
    gap = Decimal(b.value) - Decimal(a.value)
    if abs(gap) >= unit:
        return False
    return {"over": gap >= 0, "under": gap <= 0}.get(a.qualifier, True)  # type: ignore[union-attr]


def _rounding_unit(value: Decimal) -> Decimal:
    """10^k for the last non-zero digit: 13 nghìn tỷ → 1 nghìn tỷ; 2,4 tỷ → 100 triệu."""
    if value != value.to_integral_value() or value <= 0:
        return Decimal(1)
    digits = str(int(value))
    return Decimal(10) ** (len(digits) - len(digits.rstrip("0")))


def _repeats(later: Fact, earlier: Fact) -> bool:
    """A body figure repeating an earlier one: another sentence with the same action, or its own "(…)"."""
    if later.kind != "money" or earlier.kind != "money" or later.figure.rate or earlier.figure.rate:  # type: ignore[union-attr]
        return False
    if later.sentence_start == earlier.sentence_start:
        if later.figure.start - earlier.figure.end > _GAP_CHARS:
            return False
        gap = later.sentence[earlier.figure.end - later.sentence_start : later.figure.start - later.sentence_start]
        if later.figure.value == earlier.figure.value and _SAME_VALUE_AFTER.fullmatch(gap):
            return True  # "780.000.000đ (Bảy trăm tám mươi triệu đồng)"
        return False
    if not (later.action == earlier.action and later.action in COUNTED_ACTIONS and _same(later, earlier)):
        return False
    return not _elsewhere(later, earlier)


def _elsewhere(fact: Fact, other: Fact) -> bool:
    """Do the two figures go to provinces, none of them the same ("hỗ trợ 1 tỉ đồng cho tỉnh Quảng Trị" and "trao 1 tỉ
    đồng hỗ trợ đồng bào Thừa Thiên - Huế": two gifts of one amount, not one told twice)? Read after each figure, where
    its recipient stands, else in the whole sentence ("Bà A ở Đà Nẵng … hơn 1 tỉ đồng")."""
    here, there = _provinces(fact, after=True), _provinces(other, after=True)
    if not (here and there):
        here, there = _provinces(fact), _provinces(other)
    return bool(here and there and not here & there)


def _provinces(fact: Fact, after: bool = False) -> set[str]:
    start = fact.figure.end - fact.sentence_start if after else 0
    return {p.province for p in mentions(fact.sentence, start) if p.province}


def _valued_with_family(facts: list[Fact]) -> set[int]:
    """Counted values followed, in their sentence or the next, by a smaller given share and the family's own money.

    "… căn nhà trị giá trên 100 triệu đồng. Ngôi nhà được hỗ trợ 50 triệu đồng trích từ quỹ …, ngoài ra gia đình,
    người thân … giúp đỡ thêm khoảng trên 50 triệu đồng": the house's value is not the Front's.
    """
    found = set()
    money = [i for i, f in enumerate(facts) if f.kind == "money"]
    for n, t in enumerate(money):
        total = facts[t]
        at = total.figure.start - total.sentence_start
        if not total.counted or total.action != "given" or not is_value(total.sentence, at):
            continue
        after = [facts[i] for i in money[n + 1 : n + 1 + _PARTS]]
        window = [f for f in after if f.sentence_start == total.sentence_start]
        nxt = next((f.sentence_start for f in after if f.sentence_start != total.sentence_start), None)
        window += [f for f in after if f.sentence_start == nxt]
        family = any(f.action == "other" and _FAMILY.search(f.sentence) for f in window)
        share = any(f.action == "given" and _value(f) < _value(total) for f in window)
        if family and share:
            found.add(t)
    return found


def _front_gave(fact: Fact) -> bool:
    return front_subject(fact.sentence, fact.figure.start - fact.sentence_start)


def _front_share(facts: list[Fact], parts: dict[int, int]) -> list[Fact]:
    """A house's value that includes the family's own money counts only the Front's share.

    "tổng kinh phí 350 triệu đồng. Trong đó, MTTQ huyện hỗ trợ 50 triệu đồng, số còn lại
    do gia đình vay mượn": 350 triệu is other, 50 triệu is given and counted.
    """
    family_totals = {parts[i] for i, f in enumerate(facts) if i in parts and _FAMILY.search(f.sentence)}
    family_totals |= _valued_with_family(facts)
    if not family_totals:
        return facts
    out = list(facts)
    for t in family_totals:
        out[t] = replace(out[t], action="other", counted=False, not_counted="other")
    for i, total in parts.items():
        f = out[i]
        if total in family_totals and f.not_counted == "part":
            out[i] = replace(f, counted=True, not_counted=None, part_of=None)
    return out
