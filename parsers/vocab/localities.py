"""Locality prefixes, abbreviations and reporting-body words.

The units themselves come from the vietnamadminunits gazetteer; this
module holds only how news prose refers to them.
PREFIXES maps a prefix as written to the level it names. "thành phố" is
both a province (Hà Nội) and a district-level city (Thủ Đức): tried as
province first.
ALIASES: short forms the gazetteer does not read, to a name it does.
FRONT_BODY: words naming a Fatherland Front committee; the unit after
them is the reporting body's ("Ủy ban MTTQ Việt Nam Quận 11").
NATIONAL_BODY: the central committee, whose reports have no province.
"""

PREFIXES: dict[str, str] = {
    "tỉnh": "province",
    "thành phố": "province",
    "tp.": "province",
    "tp": "province",
    "thủ đô": "province",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "phường": "ward",
    "xã": "ward",
    "thị trấn": "ward",
}

ALIASES: dict[str, str] = {
    "TP.HCM": "Hồ Chí Minh",
    "TP. HCM": "Hồ Chí Minh",
    "TP HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
    "TP.Hồ Chí Minh": "Hồ Chí Minh",
    "TP. Hồ Chí Minh": "Hồ Chí Minh",
    "Thành phố Hồ Chí Minh": "Hồ Chí Minh",
    "thành phố Hồ Chí Minh": "Hồ Chí Minh",
    "Sài Gòn": "Hồ Chí Minh",
    "Thủ đô Hà Nội": "Hà Nội",
    "Thủ đô": "Hà Nội",
    "Hà Nội": "Hà Nội",
}

FRONT_BODY: tuple[str, ...] = (
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Uỷ ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam",
    "Ủy ban Mặt trận Tổ quốc",
    "Ủy ban MTTQ Việt Nam",
    "Uỷ ban MTTQ Việt Nam",
    "Ủy ban MTTQVN",
    "Uỷ ban MTTQVN",
    "Ủy ban MTTQ",
    "Uỷ ban MTTQ",
    "UB.MTTQ Việt Nam",
    "UBMTTQ Việt Nam",
    "UBMTTQ",
    "Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc",
    "MTTQ Việt Nam",
    "MTTQVN",
    "MTTQ",
)

NATIONAL_BODY: tuple[str, ...] = (
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Trung ương MTTQ Việt Nam",
    "Uỷ ban Trung ương MTTQ Việt Nam",
    "Ủy ban TW MTTQ Việt Nam",
    "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
    "Ủy ban Trung ương MTTQVN",
)

# Older names the gazetteer files under a newer one (Thừa Thiên Huế became
# the city of Huế in January 2025, before the July reorganisation).
RENAMED: dict[str, str] = {
    "Thừa Thiên Huế": "Huế",
    "Thừa Thiên - Huế": "Huế",
}
