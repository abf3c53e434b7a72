"""Is an article about the Front system at work, or does it only name it?

Relevant when it names a Front committee, a member organisation, or one of
their funds, other than as part of a person's title ("Phó Chủ tịch Ủy ban
MTTQ tỉnh, ông A, cho biết giá lúa…"). Facts of other articles are kept and
shown, never added to a total.
"""

from __future__ import annotations

import re  # the standard engine: several times faster on one long alternation of names

import regex

from parsers.patterns import Led, alternation
from parsers.vocab import front as v

# Bare "Mặt trận" is any front (al-Nusra, the Front National, "Mặt trận 31"): named with a level it is ours.
_NAMES = (
    *v.NATIONAL_BODY,
    *[b for b in v.FRONT_BODY if b != "Mặt trận"],
    *v.MEMBER_ORGS,
    *v.FRONT_FUNDS,
    *v.FRONT_HOUSES,
    *v.FRONT_WORDS,
    *v.UNIT_BODY_FORMS,
)
# "Hội Chữ thập đỏ Trung Quốc", "Công đoàn Hàn Quốc": another country's association is not ours; "Hội Chữ thập đỏ
# Anh Sơn" (a district) is.
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1F00)) if ch.isupper())
# Tried where a name stands (patterns.Led): the leading lookbehind would cost every position.
_MENTION = Led(
    re.compile(rf"(?<!\w)(?:{alternation(_NAMES)})(?!\w)(?!\x20(?:{alternation(v.FOREIGN)})(?!\w)(?!\x20[{_UPPER}]))"), _NAMES
)
_TITLE_BEFORE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(v.PERSON_TITLES)})(?:\x20\p{{L}}+){{0,2}}\x20$", regex.IGNORECASE)
_PASSIVE = regex.compile(r"(?<!\p{L})(?i:được|bị)(?!\p{L})[^.!?\n]*$")  # "Được một cán bộ huyện đoàn hỗ trợ, …"
_PASSIVE_REACH = 40
_HOLDER_REACH = 160  # the title's name, the person's name and other titles before the verb
# The title-holder's verb: the first one of the clause after the title, before anything the holder says; names and
# titles come between, not figures or quotes ("“ôm” 60 triệu đồng tiền hỗ trợ").
_HOLDER_ACTS = regex.compile(
    rf"[^.!?\n\d“”\"]*?(?<!\p{{L}})(?:(?P<says>{alternation(v.TITLE_HOLDER_STOPS)})"
    rf"|(?:{alternation(v.TITLE_HOLDER_ACTS)})(?P<prize>\x20(?:{alternation(v.TITLE_HOLDER_HANDS_OTHER)}))?)(?!\p{{L}})",
    regex.IGNORECASE,
)


def relevance(text: str, spans: list[tuple[int, int]], named: list[int] | None = None) -> tuple[bool, str | None]:
    """(relevant, the first words that show it) over the given spans of text.

    >>> relevance("Ủy ban MTTQ tỉnh trao 5 tỷ đồng.", [(0, 31)])
    (True, 'Ủy ban MTTQ')
    >>> relevance("Phó Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Văn A cho biết giá lúa tăng.", [(0, 64)])
    (False, 'chỉ nêu trong chức danh: Ủy ban MTTQ')
    >>> relevance("Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Văn A trao 50 suất quà.", [(0, 54)])
    (True, 'Ủy ban MTTQ')
    >>> relevance("Giá xe Mazda3 giảm 20 triệu đồng.", [(0, 33)])
    (False, None)
    """
    in_title = None
    if named is not None and not any(s <= at < e for at in named for s, e in spans):
        return False, None  # the article's one scan for names found none here
    for start, end in spans:
        for m in _MENTION.finditer(text, start, end):
            title = _TITLE_BEFORE.search(text, max(start, m.start() - 40), m.start())
            if title and not _holder_acts(text, (title.start(), m.end()), (start, end)):
                in_title = in_title or m[0]
                continue
            return True, m[0]
    return False, (f"chỉ nêu trong chức danh: {in_title}" if in_title else None)


def _holder_acts(text: str, title: tuple[int, int], span: tuple[int, int]) -> bool:
    """Does the holder of the title at title (start, end) give, receive or mobilise in the clause that follows?

    >>> _holder_acts("Chủ tịch Ủy ban MTTQ Trần A, Đoàn đại biểu Quốc hội, đã trao 3 tỷ đồng.", (0, 20), (0, 80))
    True
    >>> _holder_acts("Chủ tịch Ủy ban MTTQ Trần A cho biết công ty đã trao 2 tỷ đồng.", (0, 20), (0, 70))
    False
    >>> _holder_acts("Được một cán bộ ở huyện đoàn Bình Chánh hỗ trợ, chúng tôi đến.", (9, 28), (0, 60))
    False
    """
    m = _HOLDER_ACTS.match(text, title[1], min(span[1], title[1] + _HOLDER_REACH))
    acts = bool(m) and m["says"] is None and m["prize"] is None
    return acts and not _PASSIVE.search(text, max(span[0], title[0] - _PASSIVE_REACH), title[0])


def front_named(text: str) -> bool:
    """Does text name the Front system, a member organisation, one of their funds or people?

    >>> front_named("Hội Nông dân xã trao 5 con bò."), front_named("Công an thu 2,6 tỉ đồng.")
    (True, False)
    """
    return bool(_MENTION.search(text))


def front_mentions(text: str) -> list[int]:
    """Offsets of every name of the Front system in text, in order (one scan per article)."""
    return [m.start() for m in _MENTION.finditer(text)]


_ORGANISER_BEFORE, _ORGANISER_REACH = 40, 80  # "X phối hợp với <name>", "<name> cùng … tổ chức lễ": this near
_ORGANISES = regex.compile(
    rf"(?<!\p{{L}})(?:{alternation(v.ORGANISES)}|tổ chức\x20(?:{alternation(v.EVENTS)}))(?!\p{{L}})", regex.IGNORECASE
)
# After the name, "phối hợp" must start its own phrase ("Tỉnh đoàn phối hợp với …"), not "quy chế phối hợp công tác".
_ORGANISES_AFTER = regex.compile(
    rf"(?:\x20\p{{Lu}}\p{{Ll}}*){{0,5}}[,\x20]+(?:đã\x20|vừa\x20|cùng\x20)?(?i:{alternation(v.ORGANISES)})(?!\p{{L}})"
)
_JOINT_BEFORE = regex.compile(r"(?:\x20và|,)\x20$")
_JOINT_HANDOVER = regex.compile(
    rf"(?:\x20\p{{Lu}}\p{{Ll}}*){{0,5}}\x20(?:đã\x20|vừa\x20|cùng\x20)?(?i:{alternation(v.JOINT_HANDOVER)})(?!\p{{L}})"
)
# "chương trình do báo Tuổi Trẻ phối hợp cùng Ngân hàng …, Tỉnh đoàn Tây Ninh và Sở … tổ chức": one of the bodies
# an event is "do … tổ chức" by.
_BY_BEFORE, _BY_REACH = regex.compile(r"(?<!\p{L})do\x20[^;\n]*$"), 200
_ORGANISED_AFTER = regex.compile(r"[^;.\n]{0,120}?(?<!\x20các)\x20tổ chức(?!\p{L})")
_ORGANISES_EVENT = regex.compile(rf"(?<!\p{{L}})(?i:tổ chức)\x20(?:{alternation(v.EVENTS)})(?!\p{{L}})")
_EVENT_AGAIN = regex.compile(rf"(?<!\p{{L}})(?i:{alternation(v.EVENT_AGAIN)})(?!\p{{L}})")
_CUMULATIVE = regex.compile(rf"(?<!\p{{L}})(?i:{alternation(v.CUMULATIVE)})(?!\p{{L}})")


def cumulative(sentence: str) -> bool:
    """Does the sentence total many events or years ("Sau 7 lần tổ chức", "từ năm 2009 đến nay")?"""
    return bool(_CUMULATIVE.search(sentence))


def event_again(text: str, start: int, end: int) -> bool:
    """Does text[start:end] speak of an event named before ("Tại buổi lễ, …")?"""
    return bool(_EVENT_AGAIN.search(text, start, end))


def organisers(text: str, named: list[int]) -> list[int]:
    """The offsets among named (front_mentions) where a Front body stands as an event's organiser, in its sentence:
    the organising words just before its name or starting the phrase after it ("Tỉnh đoàn Quảng Nam phối hợp với …"),
    a giver beside another that hands support over ("báo Tuổi Trẻ và Tỉnh đoàn … đã trao tặng"), or one of the bodies
    an event is "do … tổ chức" by; not a meeting someone else chairs with it.

    >>> t = "Báo Tuổi Trẻ phối hợp với Tỉnh đoàn Quảng Nam trao học bổng. Tỉnh đoàn cho biết."
    >>> organisers(t, front_mentions(t))
    [26]
    >>> t = "Báo Tuổi Trẻ và Tỉnh đoàn Bình Thuận đã trao tặng hai giếng. Tỉnh đoàn Bình Thuận đã trao tặng quà."
    >>> organisers(t, front_mentions(t))
    [16]
    >>> t = "Chương trình do báo Tuổi Trẻ phối hợp cùng Ngân hàng A (TP. HCM), Tỉnh đoàn Tây Ninh và Sở B tổ chức."
    >>> organisers(t, front_mentions(t))
    [66]
    >>> t = "Thủ tướng làm việc với Tổng LĐLĐ Việt Nam về quy chế phối hợp công tác năm 2017."
    >>> organisers(t, front_mentions(t))
    []
    """
    found = []
    for at in named:
        start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), at - _ORGANISER_BEFORE) + 1
        ends = [e for e in (text.find(".", at), text.find("\n", at)) if e >= 0]
        end = min([*ends, at + _ORGANISER_REACH])
        name = _MENTION.pattern.match(text, at)
        after = name.end() if name else at
        before_it = _ORGANISES.search(text, start, at)
        joint = _JOINT_BEFORE.search(text, start, at) and _JOINT_HANDOVER.match(text, after, end)
        listed = _BY_BEFORE.search(text, max(0, at - _BY_REACH), at) and _ORGANISED_AFTER.match(text, after)
        if before_it or joint or listed or _ORGANISES_AFTER.match(text, after, end) or _ORGANISES_EVENT.search(text, at, end):
            found.append(at)
    return found


# In an article about a member organisation or a committee, "Hội cũng chuyển 200 triệu đồng" and "Mặt trận đã
# trao" speak of it again: the capitalised short name acting, not "Hội nghị", "Hội hỗ trợ khắc phục hậu quả bom mìn"
# (another association) or "Mặt trận 31".
_SHORT = re.compile(rf"(?<!\w)(?:{alternation(v.SHORT_NAMES)})\x20(?:{alternation(v.SHORT_NAME_ACTS)})(?!\w)")


_DELEGATION = regex.compile(
    rf"(?<!\p{{L}})(?i:{alternation(v.DELEGATIONS)})\x20(?:\p{{L}}+\x20){{0,3}}?(?:{alternation(v.DELEGATION_MEMBERS)})\x20"
)
# "Đoàn cũng hỗ trợ", "Sau đó, đoàn đã": opening a sentence or a clause, not "Tỉnh đoàn đã" (a body's own name).
_DELEGATION_AGAIN = regex.compile(
    rf"(?<![\p{{L}}\x20]\x20)(?<!\p{{L}})[Đđ]oàn\x20(?:{alternation(v.SHORT_NAME_ACTS)})(?!\p{{L}})"
)
_MEMBERS_REACH = 120  # "đoàn công tác của Thành ủy, HĐND, UBND, Ủy ban MTTQ": the bodies listed after it


def short_mentions(text: str, named: list[int]) -> list[int]:
    """Offsets of "Hội"/"Mặt trận" standing for the body an article already named, and of "đoàn" for a delegation
    a Front body is part of; named: front_mentions(text).

    >>> t = "Đoàn công tác của UBND, Ủy ban MTTQ tỉnh đến thăm. Sau đó, đoàn đã trao quà. Đoàn cũng hỗ trợ 5 triệu đồng."
    >>> short_mentions(t, front_mentions(t))
    [59, 77]
    >>> t = "Đoàn công tác của UBND tỉnh đến thăm. Ủy ban MTTQ tỉnh trao quà. Đoàn cũng hỗ trợ 5 triệu đồng."
    >>> short_mentions(t, front_mentions(t))
    []
    """
    if not named:
        return []
    first = named[0]
    found = [m.start() for m in _SHORT.finditer(text) if m.start() > first]
    for delegation in _DELEGATION.finditer(text):
        ends = [e for e in (text.find(".", delegation.end()), text.find("\n", delegation.end())) if e >= 0]
        end = min([*ends, delegation.end() + _MEMBERS_REACH])
        if any(delegation.end() <= at < end for at in named):
            found += [m.start() for m in _DELEGATION_AGAIN.finditer(text, end)]
            break
    return sorted(found)
