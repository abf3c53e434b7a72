"""Words that say what happened to money, and whose money it was.

RAISED: money came in (vận động, tiếp nhận, ủng hộ, quyên góp). Bare "nhận"
is left out on purpose ("nhận định" = assess); "thu" counts only when none of
NOT_AFTER["thu"] follows ("thu hồi" recovers money in audits).
GIVEN: money went out (chi, hỗ trợ, trao, tặng, xây, trích).
TARGET: the money is not yet real: plans, targets, proposals, estimates
(phấn đấu, kế hoạch, đề xuất, dự kiến). A target word before the figure
holds until REALIZED ("đã", "được") cancels it.
OTHER: money that is not mobilised or handed out: damage, budgets, loans,
prices, wages, prizes, investment (thiệt hại, ngân sách, vốn vay, giá).
NEUTRAL: phrases that hold a cue word but say nothing of the action
("trị giá" holds "giá", a price; "sổ tiết kiệm", a savings book given as a gift,
holds "tiết kiệm", savings): matched first, then ignored.
NOT_AFTER: words that turn a cue into another word ("chi bộ", "cấp tỉnh",
"trao đổi"); the cue is then ignored.
NOT_BEFORE: words before a cue that make it a noun ("4 cấp", "các cấp": levels; "nhà tài trợ": a sponsor).
TO_RECIPIENT: words that hand money to whoever follows ("tặng Đoàn Thanh niên",
"cho Quỹ Vì người nghèo"): when a Front body follows, the Front raised it.
THROUGH: words that name the channel of a gift ("tặng … đồng bào miền Trung thông qua Mặt trận
Tổ quốc"): a donor's gift through a Front body is money the Front raised.
REWARDED: who receives a prize or a bonus, not support ("tặng 1 tỉ đồng … các cầu thủ"): other.
OTHER_ACTORS: a company, a bank, the state or a newspaper as the subject of a figure's clause
("TMS Group cũng đã trao tặng 500 triệu đồng hỗ trợ nhân dân Bình Định"): unless the sentence
names a Front body before the figure, the money is theirs, not the Front's.
DONATIONS: giving verbs whose subject is the giver: a Front body before one ("Tỉnh đoàn đóng
góp 2,8 tỉ đồng" to a memorial) gave the money; donors before one gave to the Front (raised).
SOURCE_POTS: "trao 50 triệu đồng từ khoản đóng góp 190 triệu đồng": the second amount is the pot
the first came from, not money that moved.
COSTS, OUTSIDE_SOURCES: a cost paid from sources outside the Front ("Tổng kinh phí 180 triệu
đồng, từ nguồn xã hội hoá và Quỹ Vì người nghèo"): the Front's share is unknown, so other.
FAMILY_SHARE: a house's own money (the family's loans and savings): a total
that holds such a share counts only the Front's part.
The verb nearest before the amount in its sentence decides; none gives
the first cue after it, else "other".
"""

RAISED: frozenset[str] = frozenset(
    {
        "vận động",
        "tiếp nhận",
        "ủng hộ",
        "quyên góp",
        "đóng góp",
        "huy động",
        "kêu gọi",
        "tiếp nhận được",
        "nhận ủng hộ",
        "tiếp nhận cứu trợ",
        "tiếp nhận hỗ trợ",
        "đăng ký ủng hộ",
        "thu",
        "thu được",
        "chuyển về",
        "góp",
        "gây quỹ",
    }
)

GIVEN: frozenset[str] = frozenset(
    {
        "chi",
        "hỗ trợ",
        "trao",
        "tặng",
        "trao tặng",
        "tài trợ",
        "xây",
        "xây dựng",
        "xây tặng",
        "sửa chữa",
        "chăm lo",
        "trợ cấp",
        "giải ngân",
        "bàn giao",
        "cấp",
        "phân bổ",
        "thăm hỏi",
        "cứu trợ",
        "trích",
        "giúp đỡ",
        "khám chữa bệnh",
        "thực hiện",
    }
)

TARGET: frozenset[str] = frozenset(
    {
        "phấn đấu",
        "chỉ tiêu",
        "kế hoạch",
        "dự kiến",
        "dự trù",
        "dự toán",
        "mục tiêu",
        "đề nghị",
        "đề xuất",
        "kiến nghị",
        "cần khoảng",
        "sẽ",
        "ước tính",
        "đặt ra",
        "đồng ý",
        "yêu cầu",
        "đòi",
        "xin",
    }
)

REALIZED: frozenset[str] = frozenset({"đã", "được"})

NEUTRAL: frozenset[str] = frozenset(
    {
        "trị giá",
        "giá trị",
        "tổng trị giá",
        "tổng giá trị",
        "có giá trị",
        "quy ra tiền",
        "vượt chỉ tiêu",
        "vượt kế hoạch",
        "Ban vận động",
        "Ban Vận động",
        "Ban vận động Quỹ",
        "sổ tiết kiệm",
        "miễn phí",
        "Ban cứu trợ",
        "Ban Cứu trợ",
        "Quỹ cứu trợ",
        "Quỹ Cứu trợ",
        "Quỹ Hỗ trợ nông dân",  # Hội Nông dân's revolving fund: its name, not a verb
    }
)

OTHER: frozenset[str] = frozenset(
    {
        "thiệt hại",
        "ước thiệt hại",
        "GRDP",
        "GDP",
        "vốn đầu tư",
        "tổng vốn đầu tư",
        "mức đầu tư",
        "tổng mức đầu tư",
        "đầu tư",
        "vốn vay",
        "cho vay",
        "dư nợ",
        "ngân sách",
        "nộp ngân sách",
        "thu ngân sách",
        "giá",
        "giá bán",
        "lương",
        "tiền lương",
        "thưởng",
        "giải thưởng",
        "giải nhất",
        "phạt",
        "xử phạt",
        "doanh thu",
        "lợi nhuận",
        "thu nhập",
        "thu hồi",
        "chiếm đoạt",
        "tham ô",
        "lừa đảo",
        "vay mượn",
        "kim ngạch",
        "xuất khẩu",
        "học phí",
        "viện phí",
        "tiền điện",
        "nợ",
        "số nợ",
        "nợ đọng",
        "trả nợ",
        "khoản vay",
        "vay ưu đãi",
        "vay vốn",
        "giá trị sản xuất",
        "sản lượng",
        "bồi thường",
        "tài sản",
        "vốn điều lệ",
        "chi phí",
        "phí",
        "vốn ủy thác",
        "vốn uỷ thác",
        "vay",
        "tiền thưởng",
        "tiết kiệm",
        "làm lợi",
        "mang lại giá trị",
        "thị giá",
        "cổ phiếu",
        "cổ phần",
    }
)

REWARDED: tuple[str, ...] = (
    "đội tuyển",
    "cầu thủ",
    "xạ thủ",
    "huy chương",
    "ban huấn luyện",
    "huấn luyện viên",
    "vận động viên",
    "thí sinh",
    "hoa hậu",
    "đoạt giải",
    "đạt giải",
    "bằng khen",
    "giấy khen",
    "phần thưởng",
    "khen thưởng",
)

SOURCE_POTS: tuple[str, ...] = ("từ khoản", "từ số tiền", "trong tổng số tiền", "trong số tiền")

OTHER_ACTORS: tuple[str, ...] = (
    "Công ty",
    "công ty",
    "Tập đoàn",
    "tập đoàn",
    "Tổng công ty",
    "Ngân hàng",
    "ngân hàng",
    "Group",
    "doanh nghiệp",
    "Doanh nghiệp",
    "UBND",
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "HĐND",
    "Chính phủ",
    "Quốc hội",
    "Thủ tướng",
    "Bộ",
    "Sở",
    "Báo",
    "báo",
    "Đài",
    "ngành giáo dục",
    "ngành Giáo dục",
    "ngành y tế",
    "ngành Y tế",
    "phóng viên",  # a newspaper's reporter handing over its readers' money
    "chính quyền",  # "đại diện chính quyền địa phương đã trao": the local government
)

# "Tập đoàn Than đã trực tiếp thăm, động viên và hỗ trợ gia đình 20 triệu đồng": a phrase that starts with a verb
# (after these words) shares the subject of the phrase before it.
CONTINUING: tuple[str, ...] = ("và", "đồng thời", "cũng", "đã", "trực tiếp", "kịp thời")
VISITS: tuple[str, ...] = ("thăm", "động viên", "thăm hỏi", "chia buồn", "chúc Tết", "chúc tết", "tặng quà")

DONATIONS: frozenset[str] = frozenset({"ủng hộ", "đóng góp", "góp"})

# A stock whose level changes, "tăng nguồn vốn từ 30 tỉ đồng ban đầu lên 100 tỉ đồng": both are balances, not money
# raised or given in the period.
STOCKS: tuple[str, ...] = ("nguồn vốn", "vốn", "tổng vốn", "vốn điều lệ", "số dư", "dư nợ", "tổng dư nợ", "quy mô")

# What a thing handed out is worth ("tổng kinh phí dành cho học bổng", "giá trị của công trình"); "phí" is a cue word
# of its own (a fee) but part of "kinh phí" here.
VALUES: tuple[str, ...] = ("kinh phí", "tổng kinh phí", "trị giá", "tổng trị giá", "giá trị", "tổng giá trị")
COST_PARTS: frozenset[str] = frozenset({"phí"})
# A cost shared with outside sources is named by the same words, but not by a bare "giá trị", and also by "tổng mức".
COSTS: tuple[str, ...] = (*(w for w in VALUES if w != "giá trị"), "tổng mức")

OUTSIDE_SOURCES: tuple[str, ...] = (
    "xã hội hóa",
    "xã hội hoá",
    "ngân sách",
    "nhà nước",
    "doanh nghiệp",
    "gia đình",
    "đối ứng",
    "vốn vay",
)

NOT_AFTER: dict[str, frozenset[str]] = {
    "chi": frozenset({"bộ", "nhánh", "tiết", "hội", "đoàn", "cục", "phí", "trả lương"}),
    "cấp": frozenset(
        {
            "tỉnh",
            "huyện",
            "xã",
            "thành phố",
            "quận",
            "phường",
            "trung ương",
            "cơ sở",
            "ủy",
            "uỷ",
            "cứu",
            "độ",
            "bách",
            "thiết",
            "trên",
            "dưới",
            "có thẩm quyền",
            "nước",
            "phép",
            "giấy",
            "bậc",
        }
    ),
    "trao": frozenset({"đổi"}),
    "thu": frozenset({"hồi", "nhập", "hút", "hoạch", "thập", "phí", "gom", "mua", "thuế", "ngân sách", "giữ", "hẹp", "xếp"}),
    "xây dựng": frozenset(
        {"kế hoạch", "chương trình", "đề án", "phương án", "nông thôn mới", "Đảng", "đảng", "quy chế", "quy định", "cơ chế"}
    ),
    "giá": frozenset({"trị"}),
    "sẽ": frozenset(),
    "góp": frozenset({"phần", "ý"}),
}

NOT_BEFORE: dict[str, frozenset[str]] = {
    "cấp": frozenset({"các", "mọi", "hai", "ba", "bốn", "nhiều", "từng"}),
    "tài trợ": frozenset({"nhà", "nguồn", "khoản", "vị"}),  # a sponsor, a source of funds: nouns
}

FAMILY_SHARE: frozenset[str] = frozenset(
    {
        "gia đình vay mượn",
        "vay mượn",
        "gia đình đối ứng",
        "đối ứng",
        "tự có",
        "gia đình, người thân",
        "người thân",
        "gia đình tự",
        "con cháu",
    }
)

TO_RECIPIENT: frozenset[str] = frozenset({"cho", "tặng", "vào", "về", "trao tặng", "trao cho", "ủng hộ", "hỗ trợ"})

THROUGH: frozenset[str] = frozenset({"thông qua", "qua"})
