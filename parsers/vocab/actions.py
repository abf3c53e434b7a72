"""Verbs that say what happened to money.

RAISED: money came in (vận động, tiếp nhận, ủng hộ, quyên góp). Bare "thu"
and "nhận" are left out on purpose: "thu hồi" (recover, in audits) and
"nhận định" (assess) would read as money raised.
GIVEN: money went out (chi, hỗ trợ, trao, tặng, xây). The verb nearest
before the amount in its sentence decides; none gives "other".
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
    }
)

GIVEN: frozenset[str] = frozenset(
    {
        "chi",
        "hỗ trợ",
        "trao",
        "tặng",
        "xây",
        "xây dựng",
        "sửa chữa",
        "chăm lo",
        "trợ cấp",
        "giải ngân",
        "bàn giao",
        "cấp",
        "phân bổ",
        "thăm hỏi",
        "cứu trợ",
    }
)
