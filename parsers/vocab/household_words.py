"""Words of household counts ("24 hộ nghèo", "1.250 lượt hộ").

HOUSEHOLD is the head noun; COUNT_PREFIXES may stand between the number
and it ("lượt hộ"). KINDS are the words that may follow "hộ" and belong
to the count's kind, longest first when matched ("hộ cận nghèo" before
"hộ nghèo"). NOT_HOUSEHOLD are syllables after "hộ" that make another
word ("hộ chiếu" passport, "hộ khẩu" residence book, "hộ lý" nurse).
"""

HOUSEHOLD = "hộ"
COUNT_PREFIXES: frozenset[str] = frozenset({"lượt"})

KINDS: tuple[str, ...] = (
    "nghèo",
    "cận nghèo",
    "mới thoát nghèo",
    "thoát nghèo",
    "gia đình chính sách",
    "gia đình",
    "dân",
    "chính sách",
    "khó khăn",
    "có hoàn cảnh khó khăn",
    "đặc biệt khó khăn",
    "đồng bào dân tộc thiểu số",
    "đồng bào",
    "dân tộc thiểu số",
    "người có công",
    "bị ảnh hưởng",
    "bị thiệt hại",
    "kinh doanh",
    "sản xuất kinh doanh",
    "nông dân",
    "ngư dân",
    "bảo trợ xã hội",
)

NOT_HOUSEHOLD: frozenset[str] = frozenset(
    {
        "chiếu",
        "khẩu",
        "lý",
        "sinh",
        "tịch",
        "vệ",
        "tống",
        "pháp",
        "công",
        "trợ",
        "đê",
        "tá",
    }
)
