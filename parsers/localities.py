"""Localities: the reporting body's unit and the places a sentence names.

Names are resolved against the vietnamadminunits gazetteer (LEGACY mode,
the units before July 2025) and accepted only when the gazetteer returns
the very name asked for, because it guesses fuzzily: "xã Trần Phú" alone
comes back as a district of An Giang. Units are mapped to their 2025
province with convert_address, never with a street, so it never geocodes.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex as re
from vietnamadminunits import convert_address, parse_address

from parsers.patterns import alternation
from parsers.types import Place
from parsers.vocab import front
from parsers.vocab import localities as v

_NAME = r"(?:\d{1,2}(?!\d)|\p{Lu}\p{Ll}*+(?:\x20\p{Lu}\p{Ll}*+){0,3})"
_MENTION = re.compile(
    rf"""
    (?<!\p{{L}})
    (?P<prefix>(?i:{alternation(v.PREFIXES)}))\x20?   # tỉnh · thành phố · Quận
    (?P<name>{_NAME})                                  # Hà Nội · 11 · Ba Vì
    """,
    re.VERBOSE,
)
_WARD_PREFIXES = [p for p, level in v.PREFIXES.items() if level == "ward"]
_DISTRICT_PREFIXES = [p for p, level in v.PREFIXES.items() if level == "district"]
# "phường Khương Đình, quận Thanh Xuân": a ward is resolved only with its district, names repeat across the country.
_WARD_IN_DISTRICT = re.compile(
    rf"""
    (?<!\p{{L}})(?P<wp>(?i:{alternation(_WARD_PREFIXES)}))\x20(?P<wn>{_NAME})
    ,?\x20(?P<dp>(?i:{alternation(_DISTRICT_PREFIXES)}))\x20(?P<dn>{_NAME})
    """,
    re.VERBOSE,
)
_ALIAS = re.compile(rf"(?<!\p{{L}})(?P<alias>{alternation(v.ALIASES)})(?!\p{{L}})")
_BODY = re.compile(rf"(?<!\p{{L}})(?:{alternation(front.FRONT_BODY)})\x20(?=(?i:{alternation(v.PREFIXES)})\x20?{_NAME})")
_NATIONAL = re.compile(alternation(front.NATIONAL_BODY))


@lru_cache(maxsize=20_000)
def resolve(prefix: str, name: str) -> Place | None:
    """A prefixed name, if the gazetteer knows exactly that unit.

    >>> resolve("huyện", "Ba Vì")
    Place(province='Hà Nội', district='Ba Vì', ward=None, province_2025='Hà Nội', level='district', text='huyện Ba Vì')
    >>> resolve("thành phố", "Đỗ Tràng Thành") is None
    True
    """
    level = v.PREFIXES[prefix.casefold()]
    text = f"{prefix} {name}"
    if level == "province":
        wanted = v.RENAMED.get(name, name)
        found = _parse(wanted, 1)
        if found and found.short_province and found.short_province.casefold() == wanted.casefold():
            return Place(found.short_province, None, None, _province_2025(found.province), "province", text)
        level = "district"  # "thành phố Thủ Đức" is a city inside a province
    if level == "district":
        unit = f"{prefix.capitalize()} {name}" if name[0].isdigit() else name
        found = _parse(f"{prefix} {name}", 2)
        if found and found.short_district and found.short_district.casefold() == unit.casefold():
            return Place(found.short_province, found.short_district, None, _province_2025(found.province), "district", text)
    return None


@lru_cache(maxsize=20_000)
def resolve_ward(ward_prefix: str, ward: str, district_prefix: str, district: str) -> Place | None:
    """A ward named with its district, if the gazetteer has exactly that pair.

    >>> resolve_ward("phường", "Khương Đình", "quận", "Thanh Xuân").ward
    'Khương Đình'
    >>> resolve_ward("Phường", "01", "Quận", "11").ward, resolve_ward("xã", "Trần Phú", "huyện", "Ba Vì")
    ('Phường 1', None)
    """
    found = _parse(f"{ward_prefix} {ward}, {district_prefix} {district}", 3)
    if not (found and found.short_ward and found.short_district):
        return None
    # Numbered units are named with their prefix: "Phường 1", "Quận 11".
    want_ward = f"{ward_prefix.capitalize()} {int(ward)}" if ward.isdigit() else ward
    want_district = f"{district_prefix.capitalize()} {district}" if district.isdigit() else district
    if (found.short_ward.casefold(), found.short_district.casefold()) != (want_ward.casefold(), want_district.casefold()):
        return None
    text = f"{ward_prefix} {ward}, {district_prefix} {district}"
    return Place(found.short_province, found.short_district, found.short_ward, _province_2025(found.province), "ward", text)


def _parse(address: str, level: int):  # type: ignore[no-untyped-def]
    try:
        return parse_address(address, mode="LEGACY", level=level, keep_street=False)
    except Exception:  # the gazetteer raises on input it cannot read
        return None


@lru_cache(maxsize=200)
def _province_2025(province: str | None) -> str | None:
    if not province:
        return None
    try:
        return convert_address(province).short_province
    except Exception:  # a unit with no 2025 mapping: report none, never guess
        return None


def mentions(text: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Every resolvable locality named in text[start:end], in order.

    >>> [p.province for p in mentions("hỗ trợ 24 hộ nghèo huyện Ba Vì và TP.HCM")]
    ['Hà Nội', 'Hồ Chí Minh']
    """
    end = len(text) if end is None else end
    found: list[tuple[int, Place]] = []
    for m in _MENTION.finditer(text, start, end):
        place = _longest(m["prefix"], m["name"])
        if place:
            found.append((m.start(), place))
    for m in _WARD_IN_DISTRICT.finditer(text, start, end):
        place = resolve_ward(m["wp"], m["wn"], m["dp"], m["dn"])
        if place:
            found.append((m.start(), place))
    for m in _ALIAS.finditer(text, start, end):
        name = v.ALIASES[m["alias"]]
        found.append((m.start(), Place(name, None, None, _province_2025(name), "province", m["alias"])))
    return [p for _, p in sorted(found, key=lambda f: f[0])]


def _longest(prefix: str, name: str) -> Place | None:
    """Try "Đỗ Tràng Thành", then "Đỗ Tràng", then "Đỗ": names run on into prose."""
    words = name.split()
    for n in range(len(words), 0, -1):
        place = resolve(prefix, " ".join(words[:n]))
        if place:
            return place
    return None


def reporting_place(text: str, start: int, end: int) -> tuple[Place | None, str]:
    """The reporting body's locality and scope ("local" or "national").

    A Front committee named with its unit wins; else the province named
    most often. A national committee with no local one gives no province.
    """
    bodies: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for m in _BODY.finditer(text, start, end):
        for place in mentions(text, m.end(), min(end, m.end() + 40))[:1]:
            key = f"{place.province}|{place.district}"
            bodies[key] += 1
            first.setdefault(key, place)
    if bodies:
        return first[bodies.most_common(1)[0][0]], "local"
    if _NATIONAL.search(text, start, end):
        return None, "national"
    places = [p for p in mentions(text, start, end) if p.province]
    if not places:
        return None, "local"
    province = Counter(p.province for p in places).most_common(1)[0][0]
    return Place(province, None, None, _province_2025(province), "province", province), "local"
