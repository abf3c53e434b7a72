"""Number scale words and currency words used in money amounts.

Source: forms seen in Vietnamese news (MTTQ sites, VnExpress, Dân trí,
baomoi). SCALES maps a scale word to its multiplier; spelling variants are
separate rows (tỷ/tỉ, nghìn/ngàn). CURRENCIES maps a written currency to its
ISO code. NOT_AFTER_DONG lists syllables that turn "đồng" into another word
("đồng bào" = compatriots), so "1 triệu đồng bào" is not money.
"""

SCALES: dict[str, int] = {
    "trăm": 100,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
}

CURRENCIES: dict[str, str] = {
    "đồng": "VND",
    "Đồng": "VND",
    "đ": "VND",
    "dồng": "VND",
    "VNĐ": "VND",
    "VND": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "USD": "USD",
    "đô la Mỹ": "USD",
    "đô-la Mỹ": "USD",
    "đôla Mỹ": "USD",
    "đô la": "USD",
    "đô-la": "USD",
    "đôla": "USD",
    "Đô la Mỹ": "USD",
    "EUR": "EUR",
    "euro": "EUR",
    "Euro": "EUR",
    "yên Nhật": "JPY",
    "JPY": "JPY",
    "nhân dân tệ": "CNY",
    "CNY": "CNY",
    "bảng Anh": "GBP",
    "GBP": "GBP",
    "won": "KRW",
    "KRW": "KRW",
    "AUD": "AUD",
    "đô la Úc": "AUD",
    "SGD": "SGD",
}

# "20 triệu dồng": the đ typed without its bar (8 times in the corpus); read only after a scale word.
SCALED_ONLY: frozenset[str] = frozenset({"dồng"})

NOT_AFTER_DONG: frozenset[str] = frozenset(
    {
        "bào",
        "chí",
        "hương",
        "thời",
        "đội",
        "tâm",
        "lòng",
        "ý",
        "hành",
        "nghiệp",
        "thuận",
        "loại",
        "ruộng",
        "bằng",
        "nghĩa",
        "minh",
        "ca",
        "phục",
        "hồ",
        "cỏ",
        "áng",
        "diễn",
        "đều",
        "sở",
        "tình",
        "bộ",
        "cấp",
        "dạng",
        "môn",
        "niên",
        "chủ",
        "phạm",
        "đẳng",
        "xu",
        "thau",
    }
)
