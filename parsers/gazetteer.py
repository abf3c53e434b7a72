"""Lookup tables built once from the vietnamadminunits gazetteer's own data.

The gazetteer's address parser guesses fuzzily ("huyện Quảng Ninh" comes back
as Quảng Ninh province, "huyện Tân Phú" as An Phú of An Giang), so names are
looked up here exactly: every unit that bears the name, at the level asked.
A name several provinces share is resolved by the evidence the caller has.
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from parsers.normalize import fold_tones
from parsers.provinces_2025 import PROVINCE_2025
from parsers.vocab.localities import RENAMED

Unit = tuple[str, str | None, str | None]  # (province, district, ward)


@lru_cache(maxsize=1)
def _database() -> ModuleType:
    """The gazetteer's own data reader (vietnamadminunits.database.main), loaded alone.

    Importing the package runs its address parser's imports (numpy, shapely, geopy: over half a
    second); the data reader needs none of them.
    """
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("vietnamadminunits is not installed (requirements.txt)")
    path = Path(next(iter(spec.submodule_search_locations))) / "database" / "main.py"
    loader = importlib.util.spec_from_file_location("vietnamadminunits_database", path)
    if loader is None or loader.loader is None:
        raise ImportError(f"vietnamadminunits has no {path}")
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    return module


def get_data(fields: list[str], table: str) -> list[dict[str, Any]]:
    return _database().get_data(fields, table)  # type: ignore[no-any-return]


def _key(name: str) -> str:
    # "Thanh Hoá" and "Thanh Hóa" are one name.
    return fold_tones(" ".join(name.casefold().split()))


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, set[tuple[Unit, str]]]]:
    """province / district / ward (units before July 2025) and ward_2025 (communes after it), each unit with its type."""
    tables: dict[str, dict[str, set[tuple[Unit, str]]]] = {
        k: defaultdict(set) for k in ("province", "district", "ward", "ward_2025")
    }
    fields = ["provinceShort", "districtShort", "wardShort", "districtType", "wardType"]
    for row in get_data(fields, "admin_units_legacy"):
        province, district, ward = row["provinceShort"], row["districtShort"], row["wardShort"]
        tables["province"][_key(province)].add(((province, None, None), ""))
        # "Quận 11" is named with its type; "Ba Vì" without.
        named = f"{row['districtType']} {district}" if district.isdigit() else district
        tables["district"][_key(named)].add(((province, named, None), _key(row["districtType"])))
        if ward:
            tables["ward"][_key(ward)].add(((province, named, ward), _key(row["wardType"] or "")))
    for row in get_data(["provinceShort", "wardShort", "wardType"], "admin_units"):
        tables["province"][_key(row["provinceShort"])].add(((row["provinceShort"], None, None), ""))
        tables["ward_2025"][_key(row["wardShort"])].add(((row["provinceShort"], None, row["wardShort"]), _key(row["wardType"])))
    return tables


def units(level: str, name: str, kind: str | None = None) -> list[Unit]:
    """Every unit of a level ("province", "district", "ward", "ward_2025") with that name.

    kind, the prefix written ("phường", "huyện"), keeps the units of that type when
    any has it: types change over the years ("thị xã" became "thành phố"), so a
    name whose type matches none is looked up by name alone.

    >>> units("district", "Quảng Ninh")
    [('Quảng Bình', 'Quảng Ninh', None)]
    >>> units("district", "Tân Phú"), units("district", "Tân Phú", "huyện")
    ([('Hồ Chí Minh', 'Tân Phú', None), ('Đồng Nai', 'Tân Phú', None)], [('Đồng Nai', 'Tân Phú', None)])
    >>> units("district", "Quận 11"), units("ward_2025", "Hải Châu", "phường")
    ([('Hồ Chí Minh', 'Quận 11', None)], [('Đà Nẵng', None, 'Hải Châu')])
    """
    found = _tables()[level].get(_key(name), ())
    typed = [unit for unit, unit_kind in found if kind and unit_kind == _key(kind)]
    return sorted(typed or {unit for unit, _ in found})


def province_names() -> list[str]:
    """Every province, before and after July 2025."""
    return sorted({unit[0] for found in _tables()["province"].values() for unit, _ in found})


@lru_cache(maxsize=200)
def province_2025(province: str | None) -> str | None:
    """The province after the July 2025 reorganisation that took this one in."""
    if not province:
        return None
    if province in PROVINCE_2025:
        return PROVINCE_2025[province]
    from vietnamadminunits import convert_address  # a name not written out: the converter itself

    try:
        return convert_address(province).short_province
    except Exception:  # a unit with no 2025 mapping: report none, never guess
        return None


@lru_cache(maxsize=2)
def province_points(after_2025: bool = False) -> dict[str, tuple[float, float]]:
    """Each province's (longitude, latitude) as the gazetteer places it: the 63 before July 2025, or the 34 after;
    a province's older name (vocab RENAMED: Thừa Thiên Huế) is placed where the gazetteer files it.

    >>> points = province_points()
    >>> len(set(points.values())), len(set(province_points(after_2025=True).values())), [round(c) for c in points["Hà Nội"]]
    (63, 34, [106, 21])
    >>> points["Thừa Thiên Huế"] == points["Huế"]
    True
    """
    table = "admin_units" if after_2025 else "admin_units_legacy"
    rows = get_data(["provinceShort", "provinceLat", "provinceLon"], table)
    points = {row["provinceShort"]: (row["provinceLon"], row["provinceLat"]) for row in rows}
    return {**{old: points[new] for old, new in RENAMED.items() if new in points}, **points}
