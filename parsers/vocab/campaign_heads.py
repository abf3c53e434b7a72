"""Head words of campaigns, funds, movements and programmes.

HEADS maps the head as written (casefolded) to the form we report.
KNOWN maps well-known names to their usual head, so a name found without
its own head ("…, “Vì người nghèo”") or in a list ("các phong trào thi
đua, cuộc vận động như: “A”, “B”") gets the right one, and unquoted
mentions ("Quỹ Vì người nghèo") are found at all.
KNOWN also holds the member organisations' own drives ("Tháng Thanh niên" of the Youth
Union, "Mái ấm Công đoàn"). A movement named unquoted after its head ("Phong trào nông
dân thi đua sản xuất, kinh doanh giỏi") is not listed, as the annotated reports do not list it.
KNOWN_ALONE are known names distinctive enough to be a campaign without a
head ("ủng hộ Vì biển, đảo Việt Nam đợt 2"); "Vì người nghèo" alone is not.
NAMED_WITH_HEAD, PROPER_NAME_HEADS: see below.
NOT_CAMPAIGNS are quoted slogans that follow a head word yet name no
campaign. QUOTES are the quotation marks newsrooms use.
"""

HEADS: dict[str, str] = {
    "quỹ": "Quỹ",
    "cuộc vận động": "cuộc vận động",
    "phong trào": "phong trào",
    "phong trào thi đua": "phong trào thi đua",
    "phong trào thi đua yêu nước": "phong trào thi đua",
    "chương trình": "chương trình",
    "tháng cao điểm": "Tháng cao điểm",
    "đợt cao điểm": "đợt cao điểm",
    "đợt thi đua": "đợt thi đua",
    "chiến dịch": "chiến dịch",
    "cuộc thi đua": "cuộc thi đua",
    "ngày hội": "Ngày hội",
    "ban vận động": "Ban vận động",
    "đề án": "Đề án",
    "lời kêu gọi": "lời kêu gọi",
    "tuần lễ": "Tuần lễ",
    "tháng hành động": "Tháng hành động",
    "học bổng": "học bổng",
}

# A time-bound drive is named with its head: "Tháng cao điểm Vì người nghèo" is
# another campaign than "Quỹ Vì người nghèo".
NAMED_WITH_HEAD: frozenset[str] = frozenset({"Tháng cao điểm", "Tuần lễ", "Ngày hội"})

# Heads that may come before a proper name without quotes: "Quỹ Thiện Tâm".
PROPER_NAME_HEADS: frozenset[str] = frozenset({"Quỹ", "quỹ", "học bổng", "chiến dịch"})

# Where an unquoted name after a head stops: "Quỹ Bảo trợ trẻ em của tỉnh" → "Bảo trợ trẻ em".
NAME_STOPS: frozenset[str] = frozenset(
    {
        "của",
        "huyện",
        "tỉnh",
        "xã",
        "phường",
        "quận",
        "thành",
        "TP",
        "đã",
        "và",
        "cho",
        "với",
        "năm",
        "tại",
        "trong",
        "được",
        "để",
        "từ",
        "các",
        "đến",
        "vào",
        "là",
        "này",
        "đó",
        "nhằm",
        "do",
        "theo",
        "trên",
        "hỗ",
        "ủng",
        "vận",
        "trao",
        "tặng",
        "thị",
        "đợt",
        "lần",
        "mới",
        "có",
        "thuộc",
        "báo",
        "cùng",
        "gồm",
        "nhưng",
        "khi",
    }
)

KNOWN: dict[str, str] = {
    "Vì người nghèo": "Quỹ",
    "Vì biển, đảo Việt Nam": "Quỹ",
    "Vì biển đảo Việt Nam": "Quỹ",
    "Người Việt Nam ưu tiên dùng hàng Việt Nam": "cuộc vận động",
    "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh": "phong trào",
    "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư": "cuộc vận động",
    "Toàn dân đoàn kết xây dựng đời sống văn hóa": "cuộc vận động",
    "Toàn dân bảo vệ an ninh Tổ quốc": "phong trào",
    "Ngày vì người nghèo": "Quỹ",
    "Tết vì người nghèo": "chương trình",
    "Đền ơn đáp nghĩa": "Quỹ",
    "Dân vận khéo": "phong trào thi đua",
    "Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau": "phong trào",
    "Cả nước chung tay vì người nghèo": "phong trào",
    "Chung tay vì người nghèo": "chương trình",
    "Xóa nhà tạm, nhà dột nát": "phong trào",
    "Phòng, chống thiên tai": "Quỹ",
    "Cứu trợ": "Quỹ",
    "Vắc xin phòng Covid-19": "Quỹ",
    # the member organisations' own drives and movements
    "Tháng Thanh niên": "chương trình",
    "Tháng Công nhân": "chương trình",
    "Mùa hè xanh": "chiến dịch",
    "Xuân tình nguyện": "chiến dịch",
    "Tiếp sức mùa thi": "chương trình",
    "Hành quân xanh": "chiến dịch",
    "Mái ấm Công đoàn": "Quỹ",
    "Tết sum vầy": "chương trình",
}

NOT_CAMPAIGNS: frozenset[str] = frozenset(
    {
        "nhiệm vụ kép",
        "5 không",
        "ai ở đâu ở đó",
        "lá chắn thép",
        "không để ai bị bỏ lại phía sau",
        "chiến sĩ",
        "vắc-xin riêng",
        # the state's insurance funds ("quỹ BHXH"), no drive of the Front
        "bhxh",
        "bảo hiểm xã hội",
        "bhyt",
        "bảo hiểm y tế",
        "bảo hiểm thất nghiệp",
        "bảo hiểm",
    }
)
# International funds ("Quỹ Tiền tệ quốc tế tính toán" is the IMF at work): organisations, not drives, whatever
# words follow their name.
INTERNATIONAL_FUNDS: tuple[str, ...] = ("Tiền tệ quốc tế", "Nhi đồng Liên hợp quốc", "Dân số Liên hợp quốc")

QUOTES: dict[str, str] = {"“": "”", '"': '"', "«": "»", "‘": "’", "'": "'"}

KNOWN_ALONE: tuple[str, ...] = (
    "Ngày vì người nghèo",
    "Tết vì người nghèo",
    "Vì biển, đảo Việt Nam",
    "Vì biển đảo Việt Nam",
    "Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
    "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
    "Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau",
    "Tháng Thanh niên",
    "Tháng Công nhân",
    "Mùa hè xanh",
    "Xuân tình nguyện",
    "Tiếp sức mùa thi",
    "Hành quân xanh",
    "Mái ấm Công đoàn",
    "Tết sum vầy",
)

# Words that may join two heads or lead from a head to its quoted names.
JOINERS: tuple[str, ...] = ("và", "như", "là", "gồm")
