"""Lookup tables built once from the vietnamadminunits gazetteer's own data.

The gazetteer's address parser guesses fuzzily ("huyện Quảng Ninh" comes back
as Quảng Ninh province, "huyện Tân Phú" as An Phú of An Giang), so names are
looked up here exactly: every unit that bears the name, at the level asked.
A name several provinces share is resolved by the evidence the caller has.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from vietnamadminunits import convert_address
from vietnamadminunits.database import get_data

from parsers.normalize import fold_tones

Unit = tuple[str, str | None, str | None]  # (province, district, ward)


def _key(name: str) -> str:
    # "Thanh Hoá" and "Thanh Hóa" are one name.
    return fold_tones(" ".join(name.casefold().split()))


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, set[Unit]]]:
    """province / district / ward (units before July 2025) and ward_2025 (communes after it)."""
    tables: dict[str, dict[str, set[Unit]]] = {k: defaultdict(set) for k in ("province", "district", "ward", "ward_2025")}
    for row in get_data(["provinceShort", "districtShort", "wardShort", "districtType"], "admin_units_legacy"):
        province, district, ward = row["provinceShort"], row["districtShort"], row["wardShort"]
        tables["province"][_key(province)].add((province, None, None))
        # "Quận 11" is named with its type; "Ba Vì" without.
        named = f"{row['districtType']} {district}" if district.isdigit() else district
        tables["district"][_key(named)].add((province, named, None))
        if ward:
            tables["ward"][_key(ward)].add((province, named, ward))
    for row in get_data(["provinceShort", "wardShort"], "admin_units"):
        tables["province"][_key(row["provinceShort"])].add((row["provinceShort"], None, None))
        tables["ward_2025"][_key(row["wardShort"])].add((row["provinceShort"], None, row["wardShort"]))
    return tables


def units(level: str, name: str) -> list[Unit]:
    """Every unit of a level ("province", "district", "ward", "ward_2025") with that name.

    >>> units("district", "Quảng Ninh")
    [('Quảng Bình', 'Quảng Ninh', None)]
    >>> sorted(units("district", "Tân Phú"))
    [('Hồ Chí Minh', 'Tân Phú', None), ('Đồng Nai', 'Tân Phú', None)]
    >>> units("district", "Quận 11")
    [('Hồ Chí Minh', 'Quận 11', None)]
    """
    return sorted(_tables()[level].get(_key(name), ()))


def province_names() -> list[str]:
    """Every province, before and after July 2025."""
    return sorted({p for found in _tables()["province"].values() for p, _, _ in found})


@lru_cache(maxsize=200)
def province_2025(province: str | None) -> str | None:
    """The province after the July 2025 reorganisation that took this one in."""
    if not province:
        return None
    try:
        return convert_address(province).short_province
    except Exception:  # a unit with no 2025 mapping: report none, never guess
        return None
