"""Who belongs to the Front system: committees, member organisations, funds.

FRONT_BODY: words naming a Fatherland Front committee; the unit after them
is the reporting body's ("Ủy ban MTTQ Việt Nam Quận 11").
NATIONAL_BODY: the central committee and the member organisations' central
bodies, whose reports (and the money they raise or give) have no province.
UNIT_BODIES: see below.
MEMBER_ORGS: the member organisations whose own reports count
(Phụ nữ, Thanh niên, Cựu chiến binh, Nông dân, Công đoàn, Chữ thập đỏ).
FRONT_FUNDS: funds and boards the Front runs.
FRONT_WORDS: other words that show the Front system at work beside a figure
(its youth unions, members, campaigns): with the names above, a figure whose
sentence or paragraph lead names none of them is not the Front's money.
SHORT_NAMES, SHORT_NAME_ACTS, FOREIGN: see below.
PERSON_TITLES: words of a person's title; a Front name right after one of
them only describes a person ("Phó Chủ tịch Ủy ban MTTQ tỉnh, ông A, nói").
"""

FRONT_BODY: tuple[str, ...] = (
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Uỷ ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam",
    "Ủy ban Mặt trận Tổ quốc",
    "Uỷ ban Mặt trận Tổ quốc",
    "Ủy ban MTTQ Việt Nam",
    "Uỷ ban MTTQ Việt Nam",
    "Ủy ban MTTQVN",
    "Uỷ ban MTTQVN",
    "Ủy ban MTTQ",
    "Uỷ ban MTTQ",
    "UB.MTTQ Việt Nam",
    "UBMTTQ Việt Nam",
    "UBMTTQVN",
    "UBMTTQ",
    "Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc",
    "MTTQ Việt Nam",
    "MTTQVN",
    "MTTQ",
    "Mặt trận",
)

NATIONAL_BODY: tuple[str, ...] = (
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Trung ương Mặt trận Tổ quốc",
    "Uỷ ban Trung ương Mặt trận Tổ quốc",
    "Ủy ban Trung ương MTTQ",
    "Uỷ ban Trung ương MTTQ",
    "UBTƯ MTTQ",
    "UBTW MTTQ",
    "Ủy ban TƯ MTTQ",
    "Ủy ban Trung ương MTTQ Việt Nam",
    "Uỷ ban Trung ương MTTQ Việt Nam",
    "Ủy ban TW MTTQ Việt Nam",
    "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
    "Ủy ban Trung ương MTTQVN",
    "Ban Vận động Quỹ Vì người nghèo Trung ương",
    "Ban vận động Quỹ Vì người nghèo Trung ương",
    "Quỹ Vì người nghèo Trung ương",
    "Quỹ vì người nghèo Trung ương",
    'Quỹ "Vì người nghèo" Trung ương',
    "Quỹ “Vì người nghèo” Trung ương",
    "Quỹ Cứu trợ Trung ương",
    "Quỹ cứu trợ Trung ương",
    # the central relief board the central committee convenes after disasters (bão số 3, 2024; miền Trung, 2025)
    "Ban Vận động cứu trợ Trung ương",
    "Ban vận động cứu trợ Trung ương",
    "Ban Vận động Cứu trợ Trung ương",
    "Ban Cứu trợ Trung ương",
    # The member organisations' central bodies: "Hội Chữ thập đỏ Việt Nam" (not "… Việt Nam tỉnh X").
    "Hội Chữ thập đỏ Việt Nam",
    "Trung ương Hội Chữ thập đỏ Việt Nam",
    "Hội Liên hiệp Phụ nữ Việt Nam",
    "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
    "Trung ương Hội LHPN Việt Nam",
    "Hội LHPN Việt Nam",
    "Trung ương Đoàn",
    "Trung ương Đoàn TNCS Hồ Chí Minh",
    "Hội Cựu chiến binh Việt Nam",
    "Trung ương Hội Cựu chiến binh Việt Nam",
    "Hội Nông dân Việt Nam",
    "Trung ương Hội Nông dân Việt Nam",
    "Tổng Liên đoàn Lao động Việt Nam",
    "Tổng LĐLĐ Việt Nam",
    "Tổng LĐLĐVN",
    "Tổng Liên đoàn",
    # The national sector unions under the Tổng Liên đoàn ("Công đoàn Giáo dục Việt Nam" with the Ministry).
    *(
        f"Công đoàn {sector} Việt Nam"
        for sector in (
            "Giáo dục",
            "Y tế",
            "Công Thương",
            "Ngân hàng",
            "Xây dựng",
            "Giao thông vận tải",
            "Nông nghiệp và Phát triển nông thôn",
            "Dầu khí",
            "Điện lực",
            "Bưu điện",
            "Cao su",
            "Dệt May",
            "Than - Khoáng sản",
            "Hàng không",
            "Đường sắt",
            "Viên chức",
            "Tài chính",
            "Thông tin và Truyền thông",
        )
    ),
)


def _spellings(name: str) -> tuple[str, ...]:
    """A name as newsrooms also write it: "Hội Chữ thập đỏ", "Hội chữ thập đỏ", "Hội Chữ Thập Đỏ"."""
    return (name, name[0] + name[1:].lower(), name.title())


# Youth-union committees named by their unit without a prefix: "Tỉnh đoàn Thanh Hóa", and the prefix of that unit.
UNIT_BODIES: dict[str, str] = {"Tỉnh đoàn": "tỉnh", "Thành đoàn": "thành phố", "Huyện đoàn": "huyện", "Quận đoàn": "quận"}
# Each in every case it is written: "Thành Đoàn", "tỉnh đoàn" (written in lower case in running text too).
UNIT_BODY_FORMS: dict[str, str] = {
    form: prefix for body, prefix in UNIT_BODIES.items() for form in (*_spellings(body), body.lower())
}


_MEMBER_ORGS_AS_NAMED: tuple[str, ...] = (
    "Hội Liên hiệp Phụ nữ",
    "Hội LHPN",
    "Hội Phụ nữ",
    "Đoàn Thanh niên",
    "Đoàn TNCS Hồ Chí Minh",
    "Đoàn TNCS",
    "Hội Liên hiệp Thanh niên",
    "Hội LHTN",
    "Hội Cựu chiến binh",
    "Hội CCB",
    "Hội Nông dân",
    "Hội ND",
    "Liên đoàn Lao động",
    "LĐLĐ",
    "Công đoàn",
    "Hội Chữ thập đỏ",
    "Hội CTĐ",
)
# A trade union of a sector or a workplace, written in lower case in running text too: "Quỹ … của công đoàn ngành
# giáo dục Kiên Giang", "công đoàn cơ sở"; not the bare "công đoàn" of "tổ chức công đoàn", "cán bộ công đoàn".
_UNIONS_IN_LOWER_CASE: tuple[str, ...] = ("Công đoàn ngành", "Công đoàn cơ sở")
# Each as newsrooms also write it: "Hội chữ thập đỏ", "Hội Chữ Thập Đỏ", "Đoàn thanh niên".
MEMBER_ORGS: tuple[str, ...] = tuple(
    dict.fromkeys(
        [
            *(form for name in _MEMBER_ORGS_AS_NAMED for form in _spellings(name)),
            *(form for name in _UNIONS_IN_LOWER_CASE for form in (*_spellings(name), name.lower())),
        ]
    )
)

FRONT_FUNDS: tuple[str, ...] = (
    "Quỹ Vì người nghèo",
    "Quỹ “Vì người nghèo”",
    'Quỹ "Vì người nghèo"',
    "Ngày vì người nghèo",
    "Tết vì người nghèo",
    "Ban Vận động",
    "Ban vận động",
    "Ban Cứu trợ",
    "Ban cứu trợ",
)
# The Front's houses: they show it at work, but a house is handed over, it receives nothing ("trao nhà Đại đoàn kết
# cho hộ nghèo, căn nhà trị giá …" is given, not money handed to the Front).
FRONT_HOUSES: tuple[str, ...] = ("nhà Đại đoàn kết", "nhà đại đoàn kết")

FRONT_WORDS: tuple[str, ...] = (
    "đoàn viên",
    "hội viên",
    "Vì người nghèo",
    "vì người nghèo",
    "Mặt trận các cấp",
    "Mặt trận tỉnh",
    "Mặt trận huyện",
    "Mặt trận xã",
    "Mặt trận phường",
    "Mặt trận thành phố",
    "Mặt trận quận",
    "MTTQ các cấp",
    "Tấm lòng vàng",
    "Ban Thường trực",
)

PERSON_TITLES: tuple[str, ...] = (
    "Chủ tịch",
    "Phó Chủ tịch",
    "Ủy viên",
    "Uỷ viên",
    "Trưởng ban",
    "Phó Trưởng ban",
    "nguyên",
    "cán bộ",
    "người đứng đầu",  # "cấp phó của người đứng đầu UBMTTQVN thành phố … được hỗ trợ thêm 140 triệu đồng": a policy
)

# A title-holder doing the body's work: "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Trần Thanh Mẫn, …, đã trao 3 tỷ
# đồng", "Chủ tịch Ủy ban MTTQ tỉnh tiếp nhận"; what a title-holder says or proposes ("cho biết", "có viết đề xuất …
# hỗ trợ"), must do ("phải trao"), or does beside a minister ("và ông … Bộ trưởng … trao") does not make the body act,
# nor does handing a prize or a decision ("trao giải", "trao quyết định"); a further title ("Phó trưởng Ban chỉ đạo
# Cuộc vận động …") is no verb.
TITLE_HOLDER_ACTS: tuple[str, ...] = (
    "trao",
    "trao tặng",
    "tặng",
    "tặng quà",
    "hỗ trợ",
    "tiếp nhận",
    "vận động",
    "bàn giao",
    "phát động",
    "thăm và tặng quà",
)
TITLE_HOLDER_STOPS: tuple[str, ...] = (
    "cho biết",
    "nói",
    "phát biểu",
    "khẳng định",
    "chia sẻ",
    "nhấn mạnh",
    "đề nghị",
    "yêu cầu",
    "cho rằng",
    "bày tỏ",
    "thông tin",
    "kiến nghị",
    "trả lời",
    "được",
    "bị",
    "đề xuất",
    "phải",
    "và ông",
    "và bà",
    "Ban chỉ đạo",
    "Ban vận động",
    "Cuộc vận động",
)
TITLE_HOLDER_HANDS_OTHER: tuple[str, ...] = (
    "giải",
    "giải thưởng",
    "bằng khen",
    "quyết định",
    "huân chương",
    "huy chương",
    "danh hiệu",
    "cúp",
    "kỷ niệm chương",
    "chứng nhận",
    "giấy chứng nhận",
)

# A body named as an event's organiser ("báo Tuổi Trẻ phối hợp với Tỉnh đoàn Quảng Nam trao 142 suất học bổng",
# "chương trình do … Hội Nông dân tỉnh tổ chức"): what is handed out at the event, in the paragraphs that follow or in
# the headline and lead before, is the Front system's giving.
ORGANISES: tuple[str, ...] = (
    "phối hợp",
    "đồng tổ chức",
    "phối hợp với",
    "phối hợp cùng",
    "cùng với",
)
# "tổ chức" is a verb before its event, a noun elsewhere ("các tổ chức xã hội", "ảnh hưởng đến tổ chức hội").
EVENTS: tuple[str, ...] = (
    "chương trình",
    "lễ",
    "buổi",
    "đợt",
    "cuộc",
    "ngày hội",
    "hành trình",
    "chuyến",
    "trao",
    "tặng",
    "thăm",
    "khám",
    "đêm",
    "giải",
    "bàn giao",
)
# "báo Tuổi Trẻ và Tỉnh đoàn Bình Thuận đã trao tặng hai giếng bơm": a Front body named beside another giver hands
# the support over with it, as at an event both organise.
JOINT_HANDOVER: tuple[str, ...] = ("trao", "trao tặng", "tặng", "bàn giao")

# Words that speak of the event again ("Ngay sau buổi quyên góp, số tiền thu được …", "Tại buổi lễ, …"): after a Front
# body organised it, the sentence is still its event's.
EVENT_AGAIN: tuple[str, ...] = (
    "buổi lễ",
    "tại lễ",
    "buổi quyên góp",
    "buổi phát động",
    "lễ phát động",
    "tại buổi",
    "dịp này",
    "đợt này",
    "đợt trao",
    "tại chương trình",
    "tại đây",
)
# A total over many events or years ("Sau 7 lần tổ chức, chương trình đã trao … gần 6 tỉ đồng"): no longer the one
# event a Front body co-organised.
CUMULATIVE: tuple[str, ...] = ("tổng cộng", "lần tổ chức", "đến nay", "qua các năm", "năm qua", "lũy kế", "luỹ kế", "từ năm")

# The short names a report uses for the body it has named ("Hội", "Mặt trận"), and the words that show it acting
# ("Hội cũng chuyển…"); "Hội nghị", "Hội hỗ trợ khắc phục hậu quả bom mìn" are other words or bodies.
SHORT_NAMES: tuple[str, ...] = ("Hội", "Mặt trận")
SHORT_NAME_ACTS: tuple[str, ...] = (
    "đã",
    "cũng",
    "vừa",
    "đang",
    "sẽ",
    "còn",
    "tiếp tục",
    "luôn",
    "thường xuyên",
    "trao",
    "tặng",
    "chuyển",
    "phối hợp",
    "tổ chức",
    "vận động",
    "tiếp nhận",
)

# A delegation whose members include a Front body ("đoàn công tác của Thành ủy, HĐND, UBND, Ủy ban MTTQ TP. HCM")
# is spoken of again as "đoàn" acting ("Ngay sau đó, đoàn đã trực tiếp đi thăm", "Đoàn cũng hỗ trợ"): its gifts are
# the Front's too. One of these words opens the delegation's name; SHORT_NAME_ACTS show it acting again.
DELEGATIONS: tuple[str, ...] = ("đoàn công tác", "đoàn đại biểu", "đoàn cứu trợ", "đoàn thăm", "đoàn lãnh đạo")
DELEGATION_MEMBERS = ("của", "gồm", "do")  # the words between a delegation and the bodies it comes from

# Countries whose name after a member organisation's makes it theirs ("Hội Chữ thập đỏ Nhật Bản").
FOREIGN: tuple[str, ...] = (
    "Trung Quốc",
    "Nhật Bản",
    "Hàn Quốc",
    "Triều Tiên",
    "Mỹ",
    "Hoa Kỳ",
    "Pháp",
    "Đức",
    "Anh",
    "Úc",
    "Australia",
    "Nga",
    "Lào",
    "Campuchia",
    "Thái Lan",
    "Singapore",
    "Malaysia",
    "Indonesia",
    "Philippines",
    "Ấn Độ",
    "Canada",
    "Cuba",
    "Đài Loan",
    "Hồng Kông",
    "Italy",
    "Ý",
    "Tây Ban Nha",
    "Hà Lan",
    "Thụy Sĩ",
    "Thụy Điển",
    "Na Uy",
    "Đan Mạch",
    "Bỉ",
    "Áo",
    "New Zealand",
    "quốc tế",
    "Quốc tế",
    "thế giới",
    "Thế giới",
)
