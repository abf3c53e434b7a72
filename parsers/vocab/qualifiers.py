"""Words before a figure that say how exact it is.

QUALIFIERS maps the word to one of: "over" (the true figure is higher:
hơn, trên, ít nhất), "under" (lower: gần, dưới, chưa đến), "about"
(approximate: khoảng, xấp xỉ, ước, gần như), "exact" (emphasis only:
lên tới, đạt). Longer phrases win over their prefixes ("gần như" over
"gần", "trên dưới" over "trên").
RANGE_OPENERS start a range ("từ 2 đến 3 tỷ đồng"); RANGE_SEPARATORS
and LIST_SEPARATORS join two figures that share one unit.
PER_UNIT_WORDS before a figure in the same clause make it a rate
("mỗi suất quà trị giá 1 triệu đồng", "trợ cấp hằng tháng hơn 500.000 đồng"); PER_UNIT_AFTER right after it
("60 triệu đồng cho mỗi nạn nhân"). A sentence opening with a PER_UNIT_WORD
speaks per unit throughout, unless one of TOTAL_WORDS names a total.
COPULAS may stand between a qualifier and its figure ("tối thiểu là 200.000 đồng").
YEAR_CONTEXT words right before a bare number mean it is a date, not a
figure ("năm 2021 và 5 tỷ đồng").
"""

QUALIFIERS: dict[str, str] = {
    "hơn": "over",
    "trên": "over",
    "hơn nữa": "over",
    "ít nhất": "over",
    "tối thiểu": "over",
    "gần": "under",
    "dưới": "under",
    "chưa đến": "under",
    "chưa tới": "under",
    "không đến": "under",
    "không tới": "under",
    "tối đa": "under",
    "khoảng": "about",
    "xấp xỉ": "about",
    "ước": "about",
    "ước tính": "about",
    "ước khoảng": "about",
    "ước đạt": "about",
    "gần như": "about",
    "trên dưới": "about",
    "chừng": "about",
    "khoảng chừng": "about",
    "tầm": "about",
    "lên tới": "exact",
    "lên đến": "exact",
}

COPULAS: frozenset[str] = frozenset({"là", "bằng", "vào khoảng"})

RANGE_OPENERS: frozenset[str] = frozenset({"từ"})
RANGE_SEPARATORS: frozenset[str] = frozenset({"-", "–", "đến", "tới"})
LIST_SEPARATORS: frozenset[str] = frozenset({"và", "hoặc", "hay"})

PER_UNIT_WORDS: frozenset[str] = frozenset({"mỗi", "hằng tháng", "hàng tháng"})
TOTAL_WORDS: frozenset[str] = frozenset({"tổng", "tổng cộng", "tổng số", "tất cả"})
PER_UNIT_AFTER: frozenset[str] = frozenset({"mỗi", "cho mỗi", "một người", "một hộ", "một suất", "một phần", "cho một"})

YEAR_CONTEXT: frozenset[str] = frozenset(
    {"năm", "ngày", "tháng", "quý", "số", "khóa", "khoá", "lần", "thứ", "Quyết", "định", "giai", "đoạn"}
)
