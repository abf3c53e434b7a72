"""Date and reporting-period words.

MONTH_WORDS: month names as page headers write them ("Tháng Hai").
HALF_WORDS: "đầu"/"cuối" of "6 tháng đầu năm" → first/second half.
REPORT_WORDS: meeting kinds whose "năm YYYY" is the reporting year
("tổng kết công tác năm 2021" published in 2022 reports 2021).
TIME_OF_DAY: "Chiều 24/8", "Sáng 14/7": an event date without year.
AFTERNOON: suffixes of 12-hour times ("CH" = chiều, PM).
WEEKDAYS: "Thứ Hai, 17/10/2019" page-header weekday names.
QUARTERS: Roman and Arabic quarter numbers.
TET: Lunar New Year words; "Tết Nguyên đán Canh Tý 2020" names the period
of gifts and drives around it. CAN, CHI: the year names (Canh Tý); "Tết Ất Mùi"
alone names the latest Ất Mùi year up to the page's date (2015).
PLAN_AFTER: "giai đoạn 2017-2020 tầm nhìn 2030" is a plan, not a period reported.
PERIOD_OPENERS: phrases whose "năm YYYY" is a period the figures belong to
("tính đến cuối năm 2019", "Tháng cao điểm … năm 2019").
SPAN_WORDS: "giai đoạn 2017-2019": a cumulative figure takes the end year.
SPAN_TO: "từ năm 2013 đến 2016": the words that join a span's two years.
DOCUMENTS: a year in a document's number or name is the document's ("Thông tư
15/2014", "Nghị quyết 16 năm 2012").
FUND_SOURCE: "từ nguồn quỹ … năm 2020": money of an earlier year's fund,
spent now; that year is the fund's, not the figure's.
ANNIVERSARIES: the founding years of the days and bodies whose anniversaries
reports hold: "kỷ niệm 87 năm Ngày truyền thống MTTQ Việt Nam" is 1930 + 87.
ANNIVERSARY_WORDS: "kỷ niệm 40 năm", "36 năm kỷ niệm": the words around the count.
FOUNDED: "Cty được thành lập … (27/6/1977)": where a body's own founding year
stands, for "kỷ niệm 40 năm ngày thành lập" with no day named.
NOT_A_PERIOD: words before a year that make it no reporting period: a
birth year, an anniversary, a term (of office, of a contract: "thời hạn 15 năm
(2018-2034)"), a deadline, a comparison, a document, the start of a span that
runs to now ("từ năm 2010 đến nay").
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

TET: tuple[str, ...] = ("tết nguyên đán", "tết", "xuân", "năm mới")
CAN: tuple[str, ...] = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
CHI: tuple[str, ...] = ("tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
# Their place in the cycles: 1984 was Giáp Tý (can 0, chi 0); "mẹo" and "tị" are spellings of "mão" and "tỵ".
CHI_ORDER: dict[str, int] = {
    "tý": 0,
    "sửu": 1,
    "dần": 2,
    "mão": 3,
    "mẹo": 3,
    "thìn": 4,
    "tỵ": 5,
    "tị": 5,
    "ngọ": 6,
    "mùi": 7,
    "thân": 8,
    "dậu": 9,
    "tuất": 10,
    "hợi": 11,
}
CYCLE_START = 1984
PLAN_AFTER: tuple[str, ...] = ("tầm nhìn", "định hướng")
# Words before the year a paragraph opens with: "Trong năm 2022, …", "Riêng năm 2016, …".
PARAGRAPH_YEAR_OPENERS: tuple[str, ...] = ("trong", "riêng", "cả", "suốt")
# A year in a sentence that sets a target ("Đồng thời phấn đấu vận động … đạt 100 tỷ đồng để … chăm lo Tết năm 2024")
# is a plan: it votes for no reporting year.
PLAN_SENTENCE: tuple[str, ...] = ("phấn đấu", "chỉ tiêu", "mục tiêu", "dự kiến")
# A comparison names its other period a few words on ("so với lúc đỉnh điểm ở quý 1-2013").
COMPARED: tuple[str, ...] = ("so với", "gấp")
# A congress opens its term: "Đại hội Công đoàn TP. HCM khoá XI nhiệm kỳ 2018 - 2023 khai mạc" is held in 2018.
# Elsewhere a term is no period (NOT_A_PERIOD).
# One still ahead ("chào mừng Đại hội … nhiệm kỳ 2024-2029", "Đại hội … sẽ diễn ra") is a plan.
CONGRESS: tuple[str, ...] = ("đại hội",)
TERM = "nhiệm kỳ"
CONGRESS_AHEAD: tuple[str, ...] = ("sẽ", "chuẩn bị", "tiến tới", "hướng tới", "chào mừng", "dự kiến")
PERIOD_OPENERS: tuple[str, ...] = (
    "trong năm",
    "cuối năm",
    "đầu năm",
    "từ đầu năm",
    "tính đến cuối năm",
    "tháng cao điểm",
    "tháng đầu năm",
    "tháng năm",
    "của năm",
    "quỹ năm",
)
SPAN_TO: tuple[str, ...] = ("đến", "tới")
SPAN_WORDS: tuple[str, ...] = ("giai đoạn", "từ năm", "trong", "các năm", "năm", "năm học", "niên khóa", "niên học")
# A school year runs from September: "tân sinh viên năm học 2017-2018" honoured "Ngày 23-9" is 2017's, one
# reviewed in May its second year's.
SCHOOL_YEAR: tuple[str, ...] = ("năm học", "niên khóa", "niên học")
SCHOOL_YEAR_STARTS = 8  # the month from which an event falls in a school year's first calendar year
NOT_A_PERIOD: tuple[str, ...] = (
    "sinh năm",
    "sinh",
    "nhiệm kỳ",
    "thời hạn",
    "kỷ niệm",
    "đến năm",
    "tới năm",
    "so với năm",
    "so với cùng kỳ năm",
    "so với",
    "hơn cả",
    "bằng cả",
    "từ năm",
    "từ",
    "số",
    "tầm nhìn",
    "tầm nhìn đến năm",
    "định hướng đến năm",
    "thành lập năm",
    "thành lập",
    "vào năm",
)
FUND_SOURCE: tuple[str, ...] = ("từ nguồn", "nguồn quỹ", "trích từ")
ANNIVERSARY_WORDS: tuple[str, ...] = ("kỷ niệm", "kỉ niệm")
FOUNDED: tuple[str, ...] = ("thành lập", "ra đời")
# Matched case-insensitively at the start of what follows "kỷ niệm N năm (ngày)".
ANNIVERSARIES: dict[str, int] = {
    "truyền thống Mặt trận Tổ quốc Việt Nam": 1930,
    "truyền thống MTTQ Việt Nam": 1930,
    "truyền thống MTTQ": 1930,
    "thành lập Mặt trận Tổ quốc Việt Nam": 1930,
    "thành lập Mặt trận Dân tộc thống nhất Việt Nam": 1930,
    "thành lập MTTQ Việt Nam": 1930,
    "thành lập Đảng Cộng sản Việt Nam": 1930,
    "thành lập Hội Liên hiệp Phụ nữ Việt Nam": 1930,
    "thành lập Hội LHPN Việt Nam": 1930,
    "Phụ nữ Việt Nam": 1930,
    "Quốc tế Phụ nữ": 1910,
    "thành lập Hội Nông dân Việt Nam": 1930,
    "thành lập Công đoàn Việt Nam": 1929,
    "thành lập Đoàn TNCS Hồ Chí Minh": 1931,
    "thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh": 1931,
    "thành lập Đoàn": 1931,
    "thành lập Hội Cựu chiến binh Việt Nam": 1989,
    "thành lập Hội Chữ thập đỏ Việt Nam": 1946,
    "thành lập Quân đội nhân dân Việt Nam": 1944,
    "Nhà giáo Việt Nam": 1982,
    "Thương binh - Liệt sĩ": 1947,
    "Thương binh – Liệt sĩ": 1947,
    "Thương binh Liệt sĩ": 1947,
    "Thương binh - Liệt sỹ": 1947,
    "Thương binh Liệt sỹ": 1947,
    "Báo chí Cách mạng Việt Nam": 1925,
    "sinh Chủ tịch Hồ Chí Minh": 1890,
    "sinh của Chủ tịch Hồ Chí Minh": 1890,
    "sinh Bác Hồ": 1890,
    "giải phóng miền Nam": 1975,
    "giải phóng hoàn toàn miền Nam": 1975,
    "Cách mạng Tháng Tám": 1945,
    "Quốc khánh 2/9": 1945,
    "Quốc khánh 2-9": 1945,
    "chiến thắng Điện Biên Phủ": 1954,
    "Thầy thuốc Việt Nam": 1955,
    "Doanh nhân Việt Nam": 2004,
    "Gia đình Việt Nam": 2001,
}
DOCUMENTS: tuple[str, ...] = (
    "Nghị quyết",
    "Nghị định",
    "Thông tư",
    "Quyết định",
    "Chỉ thị",
    "Luật",
    "Công văn",
    "Kế hoạch số",
    "Kết luận",
    "Hướng dẫn",
    "Thông báo",
)
