"""Date and reporting-period words.

MONTH_WORDS: month names as page headers write them ("Tháng Hai").
HALF_WORDS: "đầu"/"cuối" of "6 tháng đầu năm" → first/second half.
REPORT_WORDS: meeting kinds whose "năm YYYY" is the reporting year
("tổng kết công tác năm 2021" published in 2022 reports 2021).
TIME_OF_DAY: "Chiều 24/8", "Sáng 14/7": an event date without year.
AFTERNOON: suffixes of 12-hour times ("CH" = chiều, PM).
WEEKDAYS: "Thứ Hai, 17/10/2019" page-header weekday names.
QUARTERS: Roman and Arabic quarter numbers.
"""

MONTH_WORDS: dict[str, int] = {
    "một": 1,
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}

MONTH = "tháng"
YEAR = "năm"
QUARTER = "quý"
HALF_MONTHS = ("6", "sáu")
HALF_WORDS: dict[str, str] = {"đầu": "H1", "cuối": "H2"}
REPORT_WORDS: tuple[str, ...] = ("tổng kết", "sơ kết", "báo cáo", "kết quả")
TIME_OF_DAY: tuple[str, ...] = ("sáng", "chiều", "tối", "trưa", "đêm", "ngày")
AFTERNOON: tuple[str, ...] = ("CH", "PM", "ch", "pm", "chiều")
WEEKDAYS: tuple[str, ...] = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
QUARTERS: dict[str, int] = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
