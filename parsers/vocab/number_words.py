"""Numbers written in words ("hai mươi lăm triệu đồng").

DIGITS maps a digit word to its value, spelling variants included
(bảy/bẩy, bốn/tư, năm/lăm, một/mốt). START_WORDS are the words a number in
words may begin with: "tư", "lăm" and "mốt" only occur after another number
word, and leaving them out keeps "đầu tư" from reading as a number.
TENS ("mươi") multiplies the word before it by ten, TEN ("mười") is ten
itself, HUNDRED ("trăm") multiplies by a hundred, and ZERO_TENS ("linh",
"lẻ") marks an empty tens place ("một trăm linh năm" = 105).
"""

DIGITS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}

START_WORDS: frozenset[str] = frozenset({"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười"})

TEN = "mười"
TENS = "mươi"
HUNDRED = "trăm"
ZERO_TENS: frozenset[str] = frozenset({"linh", "lẻ"})
