"""Localities: the reporting body's unit and the places a sentence names.

Names are looked up exactly in the gazetteer's tables (parsers.gazetteer):
the prefix tells a unit's type ("huyện Tân Phú" is Đồng Nai's, "quận Tân Phú"
Hồ Chí Minh's); a name several units of that type share ("xã Tân Hòa") is a
place only with evidence of its province (the outlet, a dateline).
When the text names no unit for the reporting body, the newsroom does
(vocab/outlets.py).
"""

from __future__ import annotations

import re as stdlib_re
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache

import regex as re

from parsers import gazetteer
from parsers.patterns import Led, alternation, cased
from parsers.types import Place
from parsers.urls import host
from parsers.vocab import front, outlets, spelling
from parsers.vocab import localities as v

_NAME = r"(?:\d{1,2}(?!\d)|\p{Lu}\p{Ll}*+(?:\x20\p{Lu}\p{Ll}*+){0,3})"
_MENTION = re.compile(
    rf"""
    (?<!\p{{L}})
    (?P<prefix>{alternation(cased(v.PREFIXES))})\x20?   # tỉnh · thành phố · Quận
    (?P<name>{_NAME})                                  # Hà Nội · 11 · Ba Vì
    """,
    re.VERBOSE,
)
_WARD_PREFIXES = [p for p, level in v.PREFIXES.items() if level == "ward"]
_DISTRICT_PREFIXES = [p for p, level in v.PREFIXES.items() if level == "district"]
# "phường Khương Đình, quận Thanh Xuân": a ward is resolved only with its district, names repeat across the country.
_WARD_IN_DISTRICT = re.compile(
    rf"""
    (?<!\p{{L}})(?P<wp>{alternation(cased(_WARD_PREFIXES))})\x20(?P<wn>{_NAME})
    ,?\x20(?P<dp>{alternation(cased(_DISTRICT_PREFIXES))})\x20(?P<dn>{_NAME})
    """,
    re.VERBOSE,
)
_ALIAS = re.compile(rf"(?<!\p{{L}})(?P<alias>{alternation(v.ALIASES)})(?!\p{{L}})")
# A Front committee or a member organisation named with its unit: "Ủy ban MTTQ huyện Ba Vì", "Hội LHPN tỉnh Cà Mau".
_BODIES = alternation([*front.FRONT_BODY, *front.MEMBER_ORGS])
_BODY = re.compile(rf"(?<!\p{{L}})(?:{_BODIES})\x20(?=(?:{alternation(cased(v.PREFIXES))})\x20?{_NAME})")
_UNIT_BODY_PREFIX = front.UNIT_BODY_FORMS
_UNIT_BODY = re.compile(rf"(?<!\p{{L}})(?P<body>{alternation(_UNIT_BODY_PREFIX)})\x20(?P<name>{_NAME})")
# Each searched only where its first word stands: the standard engine finds those several times faster.
_MENTION, _WARD_IN_DISTRICT = Led(_MENTION, cased(v.PREFIXES)), Led(_WARD_IN_DISTRICT, cased(_WARD_PREFIXES))
_ALIAS, _UNIT_BODY = Led(_ALIAS, v.ALIASES), Led(_UNIT_BODY, _UNIT_BODY_PREFIX)
_BODY = Led(_BODY, [*front.FRONT_BODY, *front.MEMBER_ORGS])
# "Hội Chữ thập đỏ Việt Nam", not "Hội Chữ thập đỏ Việt Nam tỉnh Quảng Nam".
_NATIONAL_NAME = rf"(?<!\p{{L}})(?:{alternation(front.NATIONAL_BODY)})(?!\x20?(?:{alternation(cased(v.PREFIXES))})[\x20.])"
_NATIONAL = Led(re.compile(_NATIONAL_NAME), front.NATIONAL_BODY)
_TO_NATIONAL = re.compile(rf"[^.;\n]{{0,30}}?\x20(?:{alternation(v.TO_CENTRE)})\x20{_NATIONAL_NAME}")
_TO_NATIONAL_REACH = 120
# "do Ủy ban Trung ương MTTQ phát động": the centre launched it, a province reports it.
_NATIONWIDE = re.compile(rf"(?<!\w)(?i:{alternation(v.NATIONWIDE)})(?!\w)")
_NOT_ACTING = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.NOT_ACTING)})(?:\x20\p{{L}}+){{0,3}}\x20$")
# "chương trình do Trung ương Đoàn … chỉ đạo tổ chức": what the centre organises (not launches) is its own.
_ORGANISED = re.compile(r"(?:(?!phát động)[^.;\n]){0,80}?\x20tổ chức(?!\w)")
# The standard engine: several times faster on one long alternation of names; the capital after is checked in code.
_OLD_TONES = {new: old for old, new in spelling.TONE_PLACEMENT.items()}
# Each bare name as written in either tone placement ("Khánh Hoà", "Khánh Hòa"), to the name as the gazetteer has it.
_BARE_NAMES = {
    form: name
    for name in (*gazetteer.province_names(), *v.RENAMED)
    if name not in v.NOT_BARE
    for form in (name, stdlib_re.sub("|".join(_OLD_TONES), lambda m: _OLD_TONES[m[0]], name))
}
_BARE = Led(stdlib_re.compile(rf"(?<!\w)(?P<name>{alternation(_BARE_NAMES)})(?!\w)"), _BARE_NAMES)
# "Chủ tịch UBND tỉnh Quảng Trị": a place inside a person's title says where the person works.
_IN_TITLE = re.compile(rf"(?<!\p{{L}})(?:{alternation(front.PERSON_TITLES)})(?:\x20\S+){{0,5}}\x20$")
_IN_TITLE_I = re.compile(rf"(?<!\p{{L}})(?i:{alternation(front.PERSON_TITLES)})\x20$")
_WORD_BEFORE = re.compile(r"(\p{L}+)\W{0,2}$")
_OUTLET_OF = {fragment: province for province, (hosts, _) in outlets.OUTLETS.items() for fragment in hosts}
_OUTLET = re.compile(alternation(_OUTLET_OF))
_DATELINE_CODES = {code: province for province, (_, codes) in outlets.OUTLETS.items() for code in codes}
_DATELINE = re.compile(rf"\((?P<code>{alternation(_DATELINE_CODES)})\)")
_DATELINE_REACH = 60  # the code stands at the very start of the story
_CLAUSE_BREAK = re.compile(r"[,;:(]")
_FRONT_BEFORE_NAMES = (*front.FRONT_BODY, *front.MEMBER_ORGS, *front.FRONT_FUNDS, *front.FRONT_HOUSES, *_UNIT_BODY_PREFIX)
_FRONT_BEFORE = re.compile(rf"(?<!\p{{L}})(?:{alternation(_FRONT_BEFORE_NAMES)})")
_BODY_BEFORE = re.compile(rf"(?<!\p{{L}})(?:{alternation((*front.FRONT_BODY, *front.MEMBER_ORGS))})(?:\x20Việt\x20Nam)?\x20$")
_BODY_REACH = 45
_CLAUSE_CHARS = 200  # a clause is read this far back, so long sentences stay linear
REORGANISED = date(2025, 7, 1)  # the provinces merged and the district level ended


def _place(unit: tuple[str, str | None, str | None], level: str, text: str) -> Place:
    province, district, ward = unit
    return Place(province, district, ward, gazetteer.province_2025(province), level, text)


@lru_cache(maxsize=20_000)
def resolve(prefix: str, name: str, hint: str | None = None, new_units: bool = False) -> Place | None:
    """A prefixed name, if exactly one unit bears it (or one in the hinted province).

    >>> resolve("huyện", "Ba Vì")
    Place(province='Hà Nội', district='Ba Vì', ward=None, province_2025='Hà Nội', level='district', text='huyện Ba Vì')
    >>> resolve("huyện", "Quảng Ninh").province, resolve("thành phố", "Đỗ Tràng Thành") is None
    ('Quảng Bình', True)
    >>> resolve("xã", "Tân Hòa") is None, resolve("xã", "Tân Hòa", "Thái Nguyên").district
    (True, 'Phú Bình')
    >>> resolve("huyện", "Tân Phú").province, resolve("phường", "Hải Châu", new_units=True).province
    ('Đồng Nai', 'Đà Nẵng')
    """
    if not new_units and prefix.casefold() in v.NEW_ONLY_PREFIXES:
        return None
    level = v.PREFIXES[prefix.casefold()]
    kind = v.PREFIX_KINDS.get(prefix.casefold(), prefix.casefold())
    text = f"{prefix} {name}"
    if level == "province":
        found = gazetteer.units("province", v.RENAMED.get(name, name))
        if found:
            return _place(found[0], "province", text)
        level = "district"  # "thành phố Thủ Đức" is a city inside a province
    if level == "district":
        wanted = f"{prefix.capitalize()} {int(name)}" if name.isdigit() else name
        return _pick(gazetteer.units("district", wanted, kind), hint, "district", text)
    # A commune alone: the units of its time first (after July 2025 there is no district).
    old_units = gazetteer.units("ward", name, kind)
    old = _pick(old_units, hint, "ward", text)
    new = _pick(gazetteer.units("ward_2025", name, kind), hint, "ward", text)
    # A name several communes bore before 2025 stays unresolved in an older text, even if one commune bears it now.
    return (new or old) if new_units else (old if old_units else new)


def _pick(units: list[gazetteer.Unit], hint: str | None, level: str, text: str) -> Place | None:
    """The one unit, or the one in the hinted province; a name shared by several is no place."""
    if hint and len(units) > 1:
        units = [u for u in units if u[0] == hint]
    return _place(units[0], level, text) if len(units) == 1 else None


@lru_cache(maxsize=20_000)
def resolve_ward(ward_prefix: str, ward: str, district_prefix: str, district: str) -> Place | None:
    """A ward named with its district, if the gazetteer has exactly that pair.

    >>> resolve_ward("phường", "Khương Đình", "quận", "Thanh Xuân").ward
    'Khương Đình'
    >>> resolve_ward("Phường", "01", "Quận", "11").ward, resolve_ward("xã", "Trần Phú", "huyện", "Ba Vì")
    ('Phường 1', None)
    """
    want_ward = f"{ward_prefix.capitalize()} {int(ward)}" if ward.isdigit() else ward
    want_district = f"{district_prefix.capitalize()} {int(district)}" if district.isdigit() else district
    found = [u for u in gazetteer.units("ward", want_ward) if (u[1] or "").casefold() == want_district.casefold()]
    if len(found) != 1:
        return None
    return _place(found[0], "ward", f"{ward_prefix} {ward}, {district_prefix} {district}")


def outlet_province(url: str | None) -> str | None:
    """The province of the newsroom that published the address.

    >>> outlet_province("https://beta.baoquangbinh.vn/xa-hoi/1"), outlet_province("https://xuanphuoc.daklak.gov.vn/x")
    ('Quảng Bình', 'Đắk Lắk')
    >>> outlet_province("https://vnexpress.net/x") is None
    True
    """
    for label in host(url).split("."):
        m = _OUTLET.match(label)
        if m:
            return _OUTLET_OF[m[0]]
    return None


def dateline_province(text: str, start: int) -> str | None:
    """ "(QBĐT) - Sáng 7/6, …": the code of a provincial paper opening the story.

    >>> dateline_province("(QBĐT) - Sáng 7/6, Ủy ban MTTQVN huyện…", 0)
    'Quảng Bình'
    """
    m = _DATELINE.search(text, start, min(len(text), start + _DATELINE_REACH))
    return _DATELINE_CODES[m["code"]] if m else None


def mentions(text: str, start: int = 0, end: int | None = None, hint: str | None = None, new_units: bool = False) -> list[Place]:
    """Every resolvable locality named in text[start:end], in order.

    >>> [p.province for p in mentions("hỗ trợ 24 hộ nghèo huyện Ba Vì và TP.HCM")]
    ['Hà Nội', 'Hồ Chí Minh']
    >>> [p.province for p in mentions("huyện Ba Vì (Hà Nội), thôn Ninh Thuận, Agribank Hà Tĩnh")]
    ['Hà Nội', 'Hà Nội']
    """
    return [p for _, p in located(text, start, end, hint, new_units)]


def located(
    text: str, start: int = 0, end: int | None = None, hint: str | None = None, new_units: bool = False
) -> list[tuple[int, Place]]:
    """mentions() with the offset of each."""
    end = len(text) if end is None else end
    found: list[tuple[int, int, Place]] = []
    for m in _MENTION.finditer(text, start, end):
        place = _longest(m["prefix"], m["name"], hint, new_units)
        if place:
            found.append((m.start(), m.end(), place))
    for m in _WARD_IN_DISTRICT.finditer(text, start, end):
        place = resolve_ward(m["wp"], m["wn"], m["dp"], m["dn"])
        if place:
            found.append((m.start(), m.end(), place))
    for m in _ALIAS.finditer(text, start, end):
        name = v.ALIASES[m["alias"]]
        found.append((m.start(), m.end(), Place(name, None, None, gazetteer.province_2025(name), "province", m["alias"])))
    for m in _BARE.finditer(text, start, end):
        followed = text[m.end() : m.end() + 2]
        if followed[:1] == " " and followed[1:].isupper():
            continue  # "Hà Tĩnh Group": the head of a longer name
        if not any(s <= m.start() < e for s, e, _ in found) and _stands_alone(text, m.start()):
            name = _BARE_NAMES[m["name"]]
            name = v.RENAMED.get(name, name)
            found.append((m.start(), m.end(), Place(name, None, None, gazetteer.province_2025(name), "province", m[0])))
    return [(s, p) for s, _, p in sorted(found, key=lambda f: f[0])]


def _stands_alone(text: str, at: int) -> bool:
    """A bare province name, not the tail of a company, a person or a hamlet ("thôn Ninh Thuận")."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return True
    word = before[1]
    if word.casefold() in v.NOT_A_PROVINCE_BEFORE:
        return False
    return not word[0].isupper() or word in v.OUTLET_WORDS


def _longest(prefix: str, name: str, hint: str | None = None, new_units: bool = False) -> Place | None:
    """Try "Đỗ Tràng Thành", then "Đỗ Tràng", then "Đỗ": names run on into prose."""
    words = name.split()
    for n in range(len(words), 0, -1):
        place = resolve(prefix, " ".join(words[:n]), hint, new_units)
        if place:
            return place
    return None


def _acting_national(text: str, start: int, end: int) -> bool:
    """The central committee acts, rather than having launched what a province reports: a programme "do Trung ương
    Đoàn … tổ chức" is its own.

    >>> _acting_national("hưởng ứng Tháng cao điểm do Ủy ban Trung ương MTTQ Việt Nam phát động", 0, 70)
    False
    >>> _acting_national("chương trình do Trung ương Đoàn và Hội LHTN Việt Nam chỉ đạo tổ chức", 0, 68)
    True
    """
    return any(
        not _NOT_ACTING.search(text, max(0, m.start() - 40), m.start()) or _ORGANISED.match(text, m.end())
        for m in _NATIONAL.finditer(text, start, end)
    )


def reporting_place(text: str, start: int, end: int, url: str | None = None, new_units: bool = False) -> tuple[Place | None, str]:
    """The reporting body's locality and scope ("local" or "national").

    A Front committee named with its unit wins; else a national committee
    acting gives no province; else the newsroom's dateline or outlet; else the
    province named most often.
    """
    dateline = dateline_province(text, start)
    hint = dateline or outlet_province(url)
    bodies: Counter[str] = Counter()
    first: dict[str, Place] = {}
    # A body in a person's title ("chủ tịch LĐLĐ huyện Văn Lâm", an awardee) is weaker evidence than one acting.
    acting: list[Place] = []
    titled: list[Place] = []
    for m in _BODY.finditer(text, start, end):
        for p in mentions(text, m.end(), min(end, m.end() + 40), hint, new_units)[:1]:
            (titled if _IN_TITLE_I.search(text, max(start, m.start() - 30), m.start()) else acting).append(p)
    for m in _UNIT_BODY.finditer(text, start, end):
        place = _longest(_UNIT_BODY_PREFIX[m["body"]], m["name"], hint, new_units)
        if place:
            (titled if _IN_TITLE_I.search(text, max(start, m.start() - 30), m.start()) else acting).append(place)
    national = not dateline and _acting_national(text, start, end)
    if national or len({p.province for p in titled}) > 1:
        titled = []  # people of many provinces (awardees, delegates): none of them is the reporting body
    for place in acting or titled:
        key = f"{place.province}|{place.district}"
        bodies[key] += 1
        first.setdefault(key, place)
    if bodies:
        return first[bodies.most_common(1)[0][0]], "local"
    if national:
        return None, "national"
    if hint:
        return Place(hint, None, None, gazetteer.province_2025(hint), "province", hint), "local"
    places = [
        p
        for at, p in located(text, start, end, None, new_units)
        if p.province and not _IN_TITLE.search(text, max(start, at - 50), at)
    ]
    if not places:
        return None, "national" if _NATIONWIDE.search(text, start, end) else "local"
    province = Counter(p.province for p in places if p.province).most_common(1)[0][0]
    return Place(province, None, None, gazetteer.province_2025(province), "province", province), "local"


def clause_start(text: str, at: int) -> int:
    """Where the clause holding offset at begins (after the last , ; : or "(")."""
    window = max(0, at - _CLAUSE_CHARS)
    last = None
    for last in _CLAUSE_BREAK.finditer(text, window, at):  # noqa: B007 (the last break is wanted)
        pass
    return last.end() if last else window


def national_before(text: str, start: int, end: int) -> bool:
    """Does a national body act in text[start:end] ("Hội Chữ thập đỏ Việt Nam đã hỗ trợ …"), and no body of a unit?

    The centre having launched a drive ("do Ủy ban Trung ương MTTQ phát động") makes it no actor.
    """
    local = _BODY.search(text, start, end) or _UNIT_BODY.search(text, start, end)
    return not local and _acting_national(text, start, end)


def national_recipient(text: str, at: int) -> bool:
    """Is the figure at offset at given to a central body ("trao tặng 10 tỷ đồng cho Quỹ “Vì người nghèo” Trung ương")?
    The centre took it in: it has no province, wherever it was handed over.

    >>> national_recipient("Ngân hàng trao tặng 10 tỷ đồng cho Quỹ “Vì người nghèo” Trung ương để hỗ trợ", 20)
    True
    >>> national_recipient("Ngân hàng trao tặng 10 tỷ đồng cho Quỹ “Vì người nghèo” tỉnh Quảng Bình", 20)
    False
    """
    return bool(_TO_NATIONAL.match(text, at, min(len(text), at + _TO_NATIONAL_REACH)))


def names_body(text: str, at: int) -> bool:
    """Is the place at offset at the unit of a Front body named right before it ("LĐLĐ tỉnh Quảng Trị")?"""
    return bool(_BODY_BEFORE.search(text, max(0, at - _BODY_REACH), at))


def front_before(text: str, start: int, end: int) -> bool:
    """Does a Front body stand in text[start:end] ("Ủy ban MTTQ tỉnh B …", "Ban cứu trợ tỉnh Phú Yên")?"""
    return bool(_FRONT_BEFORE.search(text, start, end))


def named_then(place: Place | None, year: int | None, reorganised: bool = False) -> Place | None:
    """The province as named in its year: Thừa Thiên Huế before 2025, Huế after; in a year unknown, as named before
    unless the article names units as they are after the reorganisation.

    >>> named_then(Place("Huế", level="province"), 2020).province, named_then(Place("Huế", level="province"), None).province
    ('Thừa Thiên Huế', 'Thừa Thiên Huế')
    >>> named_then(Place("Huế", level="province"), None, reorganised=True).province
    'Huế'

    An article written after July 2025 names its figures of 2025 on under the merged provinces, even where it
    names a unit of before ("huyện Đồng Văn cũ" is Hà Giang's, now Tuyên Quang's):

    >>> named_then(Place("Hà Giang", "Đồng Văn", None, "Tuyên Quang", "district"), 2025, reorganised=True).province
    'Tuyên Quang'
    >>> named_then(Place("Hà Giang", "Đồng Văn", None, "Tuyên Quang", "district"), 2024, reorganised=True).province
    'Hà Giang'
    """
    if place is None:
        return place
    merged = reorganised and (year is None or year >= REORGANISED.year)
    if merged and place.province_2025 and place.province_2025 != place.province:
        return replace(place, province=place.province_2025)
    if place.province not in v.FORMER_NAMES:
        return place
    former, until = v.FORMER_NAMES[place.province]
    return replace(place, province=former) if (year < until if year else not reorganised) else place
