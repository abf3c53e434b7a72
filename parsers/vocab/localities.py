"""Locality prefixes, abbreviations and reporting-body words.

The units themselves come from the vietnamadminunits gazetteer; this
module holds only how news prose refers to them.
PREFIXES maps a prefix as written to the level it names. "thành phố" is
both a province (Hà Nội) and a district-level city (Thủ Đức): tried as
province first. A prefix also tells a unit's type ("huyện Tân Phú" is Đồng Nai's, "quận Tân
Phú" Hồ Chí Minh's); PREFIX_KINDS spells short prefixes as the gazetteer's types; NEW_ONLY_PREFIXES
name units only after July 2025.
ALIASES: short forms the gazetteer does not read, to a name it does.
FRONT_BODY and NATIONAL_BODY live in vocab/front.py.
NATIONWIDE: see below.
NOT_ACTING: words before the central committee that make it the launcher,
not the actor ("do Ủy ban Trung ương MTTQ phát động").
NOT_A_PROVINCE_BEFORE: words before a bare province name that make it a
hamlet, street or school ("thôn Ninh Thuận", "đường Hà Nội").
FORMER_NAMES: a province's name before the year given (the gazetteer has only
the newer one): Thừa Thiên Huế became the city of Huế in January 2025.
NOT_BARE: province names never read without a prefix: "Hồ Chí Minh" alone is
the President or the Youth Union's name; the city is "TP.HCM", "thành phố Hồ Chí Minh".
OUTLET_WORDS: capitalised words a bare province name may follow ("Báo Hà Tĩnh").
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
    "đặc khu": "ward",
}

# Prefixes of unit types that exist only since July 2025: in an older text "đặc khu Phú Quốc" is the special
# economic zone debated in 2018, no unit.
NEW_ONLY_PREFIXES: tuple[str, ...] = ("đặc khu",)

# The type the gazetteer gives a unit, for prefixes written short ("TP. Thủ Đức" is a "thành phố").
PREFIX_KINDS: dict[str, str] = {"tp.": "thành phố", "tp": "thành phố", "thủ đô": "thành phố"}

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

# Older names the gazetteer files under a newer one (Thừa Thiên Huế became
# the city of Huế in January 2025, before the July reorganisation).
RENAMED: dict[str, str] = {
    "Thừa Thiên Huế": "Huế",
    "Thừa Thiên - Huế": "Huế",
}

# Words of a nationwide report: an article that names no province but one of these speaks for the whole country
# ("chương trình Cả nước chung tay vì người nghèo", "các cấp công đoàn cả nước"), not for an unknown locality.
NATIONWIDE: tuple[str, ...] = (
    "cả nước",
    "toàn quốc",
    "63 tỉnh, thành phố",
    "34 tỉnh, thành phố",
    "63 tỉnh, thành",
    "34 tỉnh, thành",
)

# Words that hand a figure to whoever follows: a central body there took the money in.
TO_CENTRE: tuple[str, ...] = ("cho", "vào", "ủng hộ", "tặng")
NOT_ACTING: tuple[str, ...] = ("do", "của", "theo", "hưởng ứng", "lời kêu gọi", "kêu gọi", "chỉ đạo")

NOT_A_PROVINCE_BEFORE: frozenset[str] = frozenset(
    {
        "thôn",
        "ấp",
        "bản",
        "làng",
        "xóm",
        "khu phố",
        "tổ",
        "đường",
        "phố",
        "số",
        "trường",
        "chợ",
        "cầu",
        "bến",
        "sông",
        "núi",
        "hẻm",
        "ngõ",
    }
)

OUTLET_WORDS: frozenset[str] = frozenset({"Báo", "Đài", "MTTQ", "UBMTTQ", "Tỉnh"})

FORMER_NAMES: dict[str, tuple[str, int]] = {"Huế": ("Thừa Thiên Huế", 2025)}

NOT_BARE: frozenset[str] = frozenset({"Hồ Chí Minh"})
