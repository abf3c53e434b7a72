"""Campaigns, funds, movements and programmes named in the text.

A quoted name counts only right after a head word (Quỹ “Vì người nghèo”,
cuộc vận động “…”), or as the next item of such a list, so slogans in
quotes ("nhiệm vụ kép", "5 không") are not campaigns. Well-known names
are also found unquoted after their head ("Quỹ Vì người nghèo").
"""

from __future__ import annotations

import re as stdlib_re
from bisect import bisect_left

import regex as re

from parsers.normalize import fold_tones
from parsers.patterns import Led, Words, alternation, cased
from parsers.types import Campaign
from parsers.vocab import campaign_heads as v
from parsers.vocab import front

_HEAD = rf"(?:{alternation(cased(v.HEADS))})(?!\p{{L}})"
_OPEN = alternation(v.QUOTES)
_CLOSE = alternation(set(v.QUOTES.values()))
_QUOTED = rf"(?:{_OPEN})(?P<name>[^“”\"«»\n]{{2,160}}?)(?:{_CLOSE})"
_HEADED = re.compile(
    rf"""
    (?<!\p{{L}})(?P<head>{_HEAD})                          # cuộc vận động
    (?:(?:,|\x20(?:{alternation(v.JOINERS)}))\x20{_HEAD}){{0,4}}+  # , cuộc vận động
    (?:\x20(?:{alternation(v.JOINERS)}))?:?\x20?          # như:
    {_QUOTED}
    """,
    re.VERBOSE,
)
_NEXT_ITEM = re.compile(rf"\x20?(?:[,;]|\x20và|\x20cùng)\x20?{_QUOTED}")
_KNOWN_UNQUOTED = re.compile(rf"(?<!\p{{L}})(?P<head>{_HEAD})\x20(?P<name>(?i:{alternation(v.KNOWN)}))(?!\p{{L}})")
# A capitalised name after "Quỹ", "chiến dịch", "Tháng" ("Quỹ Thiện Tâm", "chiến dịch Hành quân xanh",
# "Quỹ CEP"), up to a function word or a place prefix.
_PROPER = re.compile(
    rf"""(?<!\p{{L}})(?P<head>{alternation(v.PROPER_NAME_HEADS)})\x20
    (?P<name>\p{{Lu}}[\p{{L}}\d]*+(?:\x20(?!(?:{alternation(v.NAME_STOPS)})(?!\p{{L}}))\p{{L}}++(?!\d)){{0,7}})""",
    re.VERBOSE,
)
# A fund named in lower case, then whose it is: "Quỹ cứu trợ đồng bào lũ lụt của Ủy ban Mặt trận Tổ quốc tỉnh" (only a
# Front body's: "Quỹ phúc lợi của công ty" is a company's account, no campaign).
_OWNERS = (*front.FRONT_BODY, *front.NATIONAL_BODY, *front.MEMBER_ORGS, *front.UNIT_BODY_FORMS)
# "Quỹ Công đoàn UBND TP. Hà Nội" is a body's own account; "Quỹ Tiền tệ quốc tế" an organisation: no drives.
_NOT_DRIVES = tuple(f"{name.casefold()} " for name in _OWNERS) + tuple(name.casefold() for name in v.INTERNATIONAL_FUNDS)
_OWNED = re.compile(
    rf"(?<!\p{{L}})(?P<head>Quỹ)\x20(?P<name>\p{{Ll}}+(?:\x20\p{{Ll}}+){{1,7}}?)\x20(?:của|do)\x20(?:{alternation(_OWNERS)})(?!\p{{L}})"
)
_ALONE = re.compile(rf"(?<![“\"‘'«])(?<!\p{{L}})(?P<name>(?i:{alternation(v.KNOWN_ALONE)}))(?!\p{{L}})")
# Each searched only where its first word stands: the standard engine finds those several times faster.
_HEADED, _KNOWN_UNQUOTED = Led(_HEADED, cased(v.HEADS)), Led(_KNOWN_UNQUOTED, cased(v.HEADS))
_PROPER = Led(_PROPER, v.PROPER_NAME_HEADS)
_OWNED = Led(_OWNED, ("Quỹ",))
_ALONE = Led(_ALONE, v.KNOWN_ALONE, ignore_case=True)
_HEAD_INSIDE = re.compile(rf"^(?P<head>{_HEAD})\x20(?P<rest>.+)$")
# The standard engine: several times faster on one literal alternation run over every body.
_ANY_HEAD = stdlib_re.compile(alternation(cased([*v.HEADS, *v.KNOWN_ALONE])))
_HEADS_AT = Words(cased([*v.HEADS, *v.KNOWN_ALONE]))  # where _ANY_HEAD may match, from the pass Led patterns share
_PUNCT = re.compile(r"[\"“”'‘’«»\s\-–—,.:;!?…]+")
_KNOWN_FOLDED = {name.casefold(): (name, head) for name, head in v.KNOWN.items()}
# "quỹ Công đoàn", "quỹ Hội": a body's own money named by the body is no campaign.
_NOT_CAMPAIGNS = {name.casefold() for name in (*v.NOT_CAMPAIGNS, *front.MEMBER_ORGS, *front.FRONT_BODY, *front.NATIONAL_BODY)}


def find_campaigns(text: str, start: int = 0, end: int | None = None) -> list[Campaign]:
    """Every campaign mention in text[start:end], in order (repeats included).

    >>> [(c.name, c.head) for c in find_campaigns("trên 5,3 tỷ đồng cho quỹ “Vì người nghèo”")]
    [('Vì người nghèo', 'Quỹ')]
    >>> find_campaigns("thực hiện “nhiệm vụ kép”")
    []
    """
    end = len(text) if end is None else end
    heads = _HEADS_AT.starts(text)
    if not any(_ANY_HEAD.match(text, at, end) for at in heads[bisect_left(heads, start) : bisect_left(heads, end)]):
        return []  # most articles name no campaign head and no known campaign: one cheap scan
    found = []
    for m in _HEADED.finditer(text, start, end):
        head = v.HEADS[m["head"].casefold()]
        found.append(_campaign(m["name"], head, m.start(), m.end(), text))
        pos = m.end()
        while item := _NEXT_ITEM.match(text, pos, end):
            found.append(_campaign(item["name"], head, item.start("name") - 1, item.end(), text, m[0]))
            pos = item.end()
    taken = [(c.start, c.end) for c in found if c]
    for pattern in (_OWNED, _KNOWN_UNQUOTED, _PROPER):
        for m in pattern.finditer(text, start, end):
            if pattern is _PROPER and m["name"].casefold().startswith(_NOT_DRIVES):
                continue
            if not any(s <= m.start() < e for s, e in taken):
                found.append(_campaign(m["name"], v.HEADS[m["head"].casefold()], m.start(), m.end(), text))
                taken.append((m.start(), m.end()))
    for m in _ALONE.finditer(text, start, end):
        if not any(s <= m.start() < e for s, e in taken):
            found.append(_campaign(m["name"], None, m.start(), m.end(), text))
    return sorted((c for c in found if c is not None), key=lambda c: c.start)


def _campaign(name: str, head: str | None, start: int, end: int, text: str, heads: str | None = None) -> Campaign | None:
    name = name.strip(" .,;:…")
    inside = _HEAD_INSIDE.match(name)
    if inside and head is None or inside and inside["rest"].casefold() in _KNOWN_FOLDED:
        head, name = v.HEADS[inside["head"].casefold()], inside["rest"]  # “Quỹ vì người nghèo”
    key = name.casefold()
    if key in _NOT_CAMPAIGNS or not any(ch.isalpha() for ch in name):
        return None
    if key in _KNOWN_FOLDED:
        known, known_head = _KNOWN_FOLDED[key]
        # A later item of a list ("cuộc vận động “A”, “Vì người nghèo”"), or a name after several
        # heads ("các phong trào, cuộc vận động như: “A”"), takes the head it is known by.
        written = text[start:end].casefold()
        listed = heads is not None or known_head.casefold() in written
        name, head = known, known_head if head is None or listed else head
    head = head or "chương trình"
    if head in v.NAMED_WITH_HEAD:
        name = f"{head} {name}"
    return Campaign(name=name, head=head, start=start, end=end, text=text[start:end])


def _key(c: Campaign) -> str:
    """Same campaign whatever the case, quotes, punctuation or tone placement ("xoá"/"xóa")."""
    name = fold_tones(c.name.casefold())
    return _PUNCT.sub(" ", name).strip()


def distinct(campaigns: list[Campaign]) -> list[Campaign]:
    """First mention of each campaign, by its normalised name."""
    seen: dict[str, Campaign] = {}
    for c in campaigns:
        seen.setdefault(_key(c), c)
    return list(seen.values())
