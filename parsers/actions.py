"""What a sentence says happened to each of its figures: raised, given, target or other.

The cue words of a sentence are found once; each figure then takes the cue
nearest before it (else the first after it), so a sentence with many figures
costs one scan, not one per figure.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex as re

from parsers.patterns import Led, alternation
from parsers.vocab import actions as v
from parsers.vocab import front
from parsers.vocab import localities as localities_vocab

_KINDS = {
    "neutral": v.NEUTRAL,
    "raised": v.RAISED,
    "given": v.GIVEN,
    "target": v.TARGET,
    "other": v.OTHER,
    "done": v.REALIZED,
}
_KIND_OF = {word.casefold(): kind for kind, words in _KINDS.items() for word in words}
# One alternation, longest first, so "thu hồi" (other) wins over "thu" (raised).
# "đạt 196% chỉ tiêu" compares with a target already met; it announces none.
_CUE = re.compile(rf"(?<!\p{{L}})(?<!%\x20)(?:{alternation(_KIND_OF)})(?!\p{{L}})", re.IGNORECASE)
_CUE = Led(_CUE, _KIND_OF, ignore_case=True)  # tried where a cue word stands: one scan of the standard engine
# "50 triệu đồng tặng Đoàn Thanh niên", "trao 100 triệu đồng cho Quỹ Vì người nghèo": the Front receives.
# Members ("đoàn viên", "hội viên") receiving support are beneficiaries: only bodies and funds count here.
_FRONT_NAMES = (*front.FRONT_BODY, *front.NATIONAL_BODY, *front.MEMBER_ORGS, *front.FRONT_FUNDS)
# "cho Quỹ cứu trợ đồng bào lũ lụt của Ủy ban MTTQ tỉnh": a fund named by whose it is.
_RECIPIENT = rf"""(?:(?:các|cho)\x20)?(?:(?i:quỹ)(?:\x20\p{{L}}+){{1,6}}?\x20(?:của|do)\x20)?
    (?:{alternation(_FRONT_NAMES)})(?!\p{{L}})"""
_TO_FRONT = re.compile(rf"\x20?(?:{alternation(v.TO_RECIPIENT)})\x20{_RECIPIENT}", re.VERBOSE)
_FRONT_RECIPIENT = re.compile(_RECIPIENT, re.VERBOSE)
_THROUGH_FRONT = re.compile(rf"(?<!\p{{L}})(?:{alternation(v.THROUGH)})\x20{_RECIPIENT}", re.VERBOSE)
_SOURCE_POT = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.SOURCE_POTS)})(?:\x20\p{{L}}+){{0,2}}\x20$")
_FRONT_NAME = re.compile(alternation((*_FRONT_NAMES, *front.UNIT_BODY_FORMS)))
# "TP.HCM đã quyết định dành số tiền 10 tỉ đồng": a province or city as the subject is its government.
_PLACE_SUBJECT = re.compile(
    rf"\x20?(?:{alternation(localities_vocab.ALIASES)}|(?:Thành\x20phố|Tỉnh)\x20\p{{Lu}}\p{{Ll}}*(?:\x20\p{{Lu}}\p{{Ll}}*)*)"
    r"\x20(?:đã\x20|cũng\x20|vừa\x20)*(?:quyết định|dành|trích|chi|hỗ trợ|trao|tặng)(?!\p{L})"
)
# "…, huyện Bình Liêu 6 triệu đồng, tỉnh đoàn 3 triệu đồng": an item of a list of givers that is only a place.
_PLACE_ITEM = re.compile(
    rf"\x20?(?:{alternation(localities_vocab.ALIASES)}"
    rf"|(?i:{alternation(localities_vocab.PREFIXES)})\x20\p{{Lu}}\p{{Ll}}*(?:\x20\p{{Lu}}\p{{Ll}}*)*)\x20"
)
_IRONY_BEFORE = re.compile(r"(?<!\p{L})(?:đã|được|để|đi)\x20$")
_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
_PURPOSE = re.compile(r"\x20(?:để|nhằm)\x20")
_HANDING = {w.casefold() for w in (*v.TO_RECIPIENT, "trao")}
_OTHER_ACTOR = re.compile(rf"(?<!\p{{L}})(?:{alternation(v.OTHER_ACTORS)})(?!\p{{L}})")
_REWARDED = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.REWARDED)})(?!\p{{L}})")
_COST = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.COSTS)})(?!\p{{L}})[^,;]*$")
_OUTSIDE = re.compile(
    rf"^[^;]{{0,20}}?(?<!\p{{L}})nguồn[^;.]{{0,60}}?(?<!\p{{L}})(?i:{alternation(v.OUTSIDE_SOURCES)})(?!\p{{L}})"
)
_STOCK_FROM = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.STOCKS)})\x20[^,;.]{{0,40}}?từ\x20$")
_STOCK_TO = re.compile(
    rf"(?<!\p{{L}})(?i:{alternation(v.STOCKS)})\x20[^,;.]{{0,40}}?từ\x20[^,;.]{{1,60}}?\x20lên\x20(?:mức\x20|tới\x20)?$"
)
_THEN_UP = re.compile(r"[^,;.]{0,30}?\x20lên\x20")
# "ủng hộ quỹ Tấm Lòng Vàng báo Người Lao Động 200 triệu đồng": a fund named by its company or newspaper.
_OTHER_FUND = re.compile(
    rf"(?<!\p{{L}})(?i:quỹ)(?:\x20\p{{L}}+){{1,6}}?\x20(?:của\x20|thuộc\x20)?(?:{alternation(v.OTHER_ACTORS)})(?!\p{{L}})"
)
_SHARED_SUBJECT = re.compile(
    rf"\x20?(?:(?:{alternation(v.CONTINUING)})\x20)*(?i:{alternation((*v.VISITS, *v.GIVEN, *v.RAISED))})(?!\p{{L}})"
)
_SAYS = re.compile(rf"(?<!\p{{L}})(?:{alternation(front.TITLE_HOLDER_STOPS)})(?!\p{{L}})")
_GIVES = re.compile(rf"(?<!\p{{L}})(?:{alternation((*v.GIVEN, *v.RAISED))})(?!\p{{L}})")
_VALUE = re.compile(rf"(?<!\p{{L}})(?i:{alternation(v.VALUES)})(?!\p{{L}})")
_CLAUSE_BREAK = ";"
_PHRASE_END = re.compile(r"[,;]")
_AMOUNT_END = re.compile(r"\d\x20?(?:(?i:tỷ|tỉ|triệu|nghìn|ngàn)\x20)?(?:đồng|đ)(?!\p{L})")
# How far a figure looks for its verb: wide enough for any clause, bounded so that one
# long sentence with many figures stays linear.
_WINDOW = 400
_AFTER = 4
_RECIPIENT_REACH = 60
_THROUGH_REACH = 100  # the channel comes after the recipients: "cho đồng bào miền Trung bị ảnh hưởng mưa lũ thông qua"
_SUBJECT_REACH = 50  # "Tỉnh đoàn An Giang đã đóng góp": a giver's name stands just before its verb
_COST_REACH = 80
_WORD_BEFORE = re.compile(r"(\w+)\x20$")
_NEXT_WORDS = re.compile(r"\x20(\p{L}+(?:\x20\p{L}+)?)")
# Achieved against target, "14.714.669.968/9,5 tỷ đồng": the amount after the slash is the target.
_PAID_BY = re.compile(r",?\x20do\x20[^,;.]{0,60}$")  # "… đồng do <donors>" up to the donors' verb
_SLASH_BEFORE = re.compile(r"(?:\d|đồng|đ)\x20?/\x20?$")


@dataclass(frozen=True)
class Cues:
    """The cue words of one sentence, in order: (start, end, kind)."""

    found: tuple[tuple[int, int, str], ...]

    @classmethod
    def of(cls, sentence: str) -> Cues:
        found = []
        for m in _CUE.finditer(sentence):
            kind = _KIND_OF[m[0].casefold()]
            if _quoted(sentence, m.start(), m.end()):
                found.append((m.start(), m.end(), "other"))  # đã “tặng” in quotes is irony: a bribe, not a gift
            elif kind != "neutral" and not _cancelled(sentence, m[0], m.start(), m.end()):
                found.append((m.start(), m.end(), kind))
        return cls(tuple(found))

    def before(self, at: int) -> list[tuple[int, int, str]]:
        """The cues of the clause window before at: a figure reads only its near context."""
        end = bisect_left(self.found, (at, -1, ""))
        start = bisect_left(self.found, (at - _WINDOW, -1, ""))
        return list(self.found[start:end])

    def after(self, at: int) -> list[tuple[int, int, str]]:
        start = bisect_left(self.found, (at, -1, ""))
        return list(self.found[start : start + _AFTER])


def _quoted(sentence: str, start: int, end: int) -> bool:
    """'đã "tặng"': a verb put in quotes after its adverb (not a fund's name, Quỹ “Cứu trợ”)."""
    opened = start and sentence[start - 1] in _QUOTES and sentence[end : end + 1] == _QUOTES[sentence[start - 1]]
    return bool(opened) and bool(_IRONY_BEFORE.search(sentence, max(0, start - 8), start - 1))


def _cancelled(sentence: str, cue: str, start: int, end: int) -> bool:
    """ "chi bộ", "cấp tỉnh", "thu hồi", "4 cấp": the cue word is part of another word."""
    before = _WORD_BEFORE.search(sentence, max(0, start - 12), start)
    if (
        before
        and cue.casefold() in v.NOT_BEFORE
        and (before[1].isdigit() or before[1].casefold() in v.NOT_BEFORE.get(cue.casefold(), ()))
    ):
        return True
    stops = v.NOT_AFTER.get(cue.casefold())
    if not stops:
        return False
    nxt = _NEXT_WORDS.match(sentence, end)
    if not nxt:
        return False
    words = nxt[1].casefold()
    return words in stops or words.split()[0] in stops


def money_action(sentence: str, start: int, end: int, cues: Cues | None = None) -> str:
    """raised, given, target or other for the money figure at sentence[start:end].

    >>> money_action("Quỹ đã vận động được 5 tỷ đồng.", 21, 30)
    'raised'
    >>> money_action("MTTQ đề xuất Thành phố hỗ trợ 85 triệu đồng.", 30, 44)
    'target'
    >>> money_action("Đoàn thanh niên hỗ trợ 117 tỷ đồng vốn vay.", 23, 34)
    'other'
    """
    cues = cues or Cues.of(sentence)
    if _SLASH_BEFORE.search(sentence, max(0, start - 7), start):
        return "target"
    if _level_change(sentence, start, end):
        return "other"
    before = cues.before(start)
    verbs = [c for c in before if c[2] != "done"]
    after = [c for c in cues.after(end) if c[2] != "done"]
    if _follows_other(sentence, end, after):
        return "other"
    kind = verbs[-1][2] if verbs else (after[0][2] if after else "other")
    if kind == "raised" and not verbs and _PAID_BY.match(sentence, end, after[0][0]) and is_value(sentence, start):
        return "given"  # "Tổng trị giá các phần quà là 40 triệu đồng do các mạnh thường quân đóng góp": gifts handed out
    if kind == "given" and _TO_FRONT.match(sentence, end, end + _RECIPIENT_REACH):
        return "raised"
    if kind == "given" and verbs and _hands_to_front(sentence, verbs[-1], start):
        return "raised"  # "trao tặng Hội Chữ thập đỏ tỉnh số tiền 350 triệu đồng": the Front receives
    if kind == "given" and _through_front(sentence, start, end):
        return "raised"
    if kind == "raised" and verbs and _front_gives(sentence, verbs[-1], start, end):
        kind = "given"
    if _SOURCE_POT.search(sentence, max(0, start - 30), start):
        return "other"  # "trao 50 triệu đồng từ khoản đóng góp 190 triệu đồng": the pot it came from
    if kind == "given" and _rewarded(sentence, start, end):
        return "other"  # a prize or a bonus, not support
    if _COST.search(sentence, max(0, start - _COST_REACH), start) and _OUTSIDE.match(sentence[end : end + _RECIPIENT_REACH + 20]):
        return "other"  # a cost shared with sources outside the Front: its share is unknown
    if not verbs:
        return kind
    clause = sentence.rfind(_CLAUSE_BREAK, max(0, start - _WINDOW), start)
    if kind in ("raised", "given") and _pending_target([c for c in before if c[0] > clause]):
        return "target"
    return kind


def _rewarded(sentence: str, start: int, end: int) -> bool:
    """Is the figure a prize or a bonus: a prize-taker near it, in its own item of a list ("50.000.000 đ cho xạ thủ
    …; 20 triệu đồng cho thiếu nhi có hoàn cảnh khó khăn" gives the second to children, not to a sportsman)?

    >>> s = "trao tặng 50.000.000 đ cho xạ thủ Hoàng Xuân Vinh; 20 triệu đồng cho thiếu nhi có hoàn cảnh khó khăn."
    >>> _rewarded(s, 10, 22), _rewarded(s, 51, 64)
    (True, False)
    """
    since = max(sentence.rfind(_CLAUSE_BREAK, 0, start) + 1, start - _RECIPIENT_REACH, 0)
    stop = sentence.find(_CLAUSE_BREAK, end)
    until = min(end + _RECIPIENT_REACH, stop if stop >= 0 else len(sentence))
    return bool(_REWARDED.search(sentence, since, until))


def is_value(sentence: str, start: int) -> bool:
    """Does the figure's clause name it a value or cost ("căn nhà trị giá trên 100 triệu đồng")?"""
    clause = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    return bool(_VALUE.search(sentence, max(clause, start - _COST_REACH), start))


def value_only(sentence: str, start: int, cues: Cues | None = None) -> bool:
    """Is the figure only a cost or value, with no verb of its own in its clause ("Tổng kinh phí dành cho học bổng hơn
    600 triệu đồng", "Giá trị của công trình nói trên là hơn 100 triệu đồng")? At a Front body's event, that is
    what was handed out.

    >>> value_only("Tổng kinh phí dành cho học bổng hơn 600 triệu đồng.", 33)
    True
    >>> value_only("Tổng mức đầu tư dự án là 197 tỷ đồng.", 25), value_only("Thiệt hại trị giá 5 tỷ đồng.", 18)
    (False, False)
    """
    if not is_value(sentence, start):
        return False
    cues = cues or Cues.of(sentence)
    clause = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    return all(kind == "done" or sentence[s:e].casefold() in v.COST_PARTS for s, e, kind in cues.before(start) if s >= clause)


def _level_change(sentence: str, start: int, end: int) -> bool:
    """ "tăng nguồn vốn từ 30 tỉ đồng ban đầu lên 100 tỉ đồng": either end of a stock's change.

    >>> s = "tăng nguồn vốn từ 30 tỉ đồng ban đầu lên 100 tỉ đồng để hỗ trợ"
    >>> _level_change(s, 18, 28), _level_change(s, 41, 52)
    (True, True)
    """
    window = max(0, start - _COST_REACH - 40)
    if _STOCK_FROM.search(sentence, window, start):
        return bool(_THEN_UP.match(sentence, end))
    return bool(_STOCK_TO.search(sentence, window, start))


def _through_front(sentence: str, start: int, end: int) -> bool:
    """ "gia đình tặng 200 triệu đồng cho đồng bào miền Trung thông qua Mặt trận Tổ quốc": a donor's gift the Front
    takes in; not "Ủy ban MTTQ huyện trao 5 triệu đồng … qua Hội Phụ nữ xã", the Front giving through its member.

    >>> _through_front("Gia đình tặng 200 triệu đồng cho đồng bào thông qua Mặt trận Tổ quốc Việt Nam.", 14, 28)
    True
    >>> _through_front("Ủy ban MTTQ huyện trao 5 triệu đồng cho hộ nghèo qua Hội Phụ nữ xã.", 23, 35)
    False
    """
    limit = min(len(sentence), end + _THROUGH_REACH)
    stop = _PHRASE_END.search(sentence, end, limit)
    if not _THROUGH_FRONT.search(sentence, end, stop.start() if stop else limit):
        return False
    return not _FRONT_NAME.search(sentence, _clause_start(sentence, max(0, start - _WINDOW), start), start)


def _hands_to_front(sentence: str, verb: tuple[int, int, str], start: int) -> bool:
    """ "trao tặng Hội Chữ thập đỏ tỉnh số tiền 350 triệu đồng", not "trích Quỹ … 1,8 tỷ đồng" (its source)."""
    v_start, v_end, _ = verb
    return sentence[v_start:v_end].casefold() in _HANDING and bool(_FRONT_RECIPIENT.match(sentence, v_end + 1, start))


def other_actor(sentence: str, start: int, end: int) -> bool:
    """Is the figure's clause a company's, a bank's or the state's, with no Front body named up to its recipient?

    >>> other_actor("Trước đó, TMS Group cũng đã trao tặng 500 triệu đồng cho nhân dân.", 40, 54)
    True
    >>> other_actor("Tập đoàn TMS trao tặng Hội Chữ thập đỏ tỉnh 350 triệu đồng.", 45, 59)
    False
    >>> other_actor("TP.HCM đã quyết định dành số tiền 10 tỉ đồng để hỗ trợ 5 tỉnh.", 34, 43)
    True
    >>> other_actor("Tập đoàn Than hỗ trợ gia đình 20 triệu đồng, Công đoàn Than hỗ trợ 5 triệu đồng.", 30, 43)
    True
    >>> other_actor("Tập đoàn Than đã thăm, động viên và hỗ trợ gia đình 20 triệu đồng.", 52, 65)
    True
    >>> other_actor("Quỹ của công đoàn ngành hỗ trợ 10 triệu đồng, quỹ của ngành giáo dục hỗ trợ 10 triệu đồng.", 76, 89)
    True
    """
    # A list of givers ("Trung ương Hội Chữ thập đỏ trao 200 suất quà …; Ngân hàng … 3 tỷ đồng") is read item by item.
    since = max(0, start - _WINDOW)
    item = max(sentence.rfind(_CLAUSE_BREAK, since, start) + 1, since)
    # "… của công đoàn ngành giáo dục hỗ trợ 10 triệu đồng, quỹ … của ngành giáo dục Phú Quốc hỗ trợ 10 triệu đồng":
    # the giver named before an earlier amount that closes its item is that amount's.
    for earlier in _AMOUNT_END.finditer(sentence, item, start):
        after_it = earlier.end() + 1
        if (
            sentence.startswith(",", earlier.end())
            and not _SHARED_SUBJECT.match(sentence, after_it, start)
            and _GIVES.search(sentence, after_it, start)  # its own giver and verb, not "…, huyện B 20 triệu đồng"
        ):
            item = earlier.end()
    # The recipient follows in the figure's own phrase: "… 20 triệu đồng, Công đoàn Than hỗ trợ 5 triệu đồng" names
    # the next giver, not whom the 20 triệu went to.
    after = _PHRASE_END.search(sentence, end, min(len(sentence), end + _RECIPIENT_REACH))
    if _FRONT_NAME.search(sentence, item, after.start() if after else min(len(sentence), end + _RECIPIENT_REACH)):
        return False  # named as the actor, or as whom the money goes to
    clause = _clause_start(sentence, since, start)
    while clause > since and sentence[clause - 1] == "," and _SHARED_SUBJECT.match(sentence, clause, start):
        clause = _clause_start(sentence, since, clause - 1)  # "thăm, động viên và hỗ trợ …": the subject stands before
    return bool(
        _OTHER_ACTOR.search(sentence, clause, start)
        or _PLACE_SUBJECT.match(sentence, clause, start)
        or _PLACE_ITEM.fullmatch(sentence, clause, start)
    )


def front_subject(sentence: str, start: int) -> bool:
    """Does the figure's clause name a Front body or fund before it ("trong đó Quỹ “Vì người nghèo” các cấp hỗ trợ 50
    tỷ đồng")?

    >>> front_subject("Tổng kinh phí 75 tỷ đồng, trong đó Quỹ “Vì người nghèo” hỗ trợ 50 tỷ đồng.", 56)
    True
    >>> front_subject("Tổng kinh phí 75 tỷ đồng, trong đó ngân sách tỉnh 25 tỷ đồng.", 50)
    False
    """
    return bool(_FRONT_NAME.search(sentence, _clause_start(sentence, max(0, start - _WINDOW), start), start))


def to_other_fund(sentence: str, start: int) -> bool:
    """Does the figure's clause give to a company's or a newspaper's fund?

    >>> to_other_fund("Prudential cũng đã ủng hộ quỹ Tấm Lòng Vàng báo Người Lao Động 200 triệu đồng.", 63)
    True
    >>> to_other_fund("Công ty ABC ủng hộ Quỹ Vì người nghèo của Ủy ban MTTQ huyện 200 triệu đồng.", 60)
    False
    """
    return bool(_OTHER_FUND.search(sentence, _clause_start(sentence, max(0, start - _WINDOW), start), start))


def _clause_start(sentence: str, since: int, start: int) -> int:
    return max(
        max(sentence.rfind(",", since, start), sentence.rfind(";", since, start), sentence.rfind(":", since, start)) + 1, since
    )


def _front_gives(sentence: str, verb: tuple[int, int, str], start: int, end: int) -> bool:
    """ "Tỉnh đoàn An Giang đóng góp trên 2,8 tỉ đồng": a Front body gives, unless to the Front itself."""
    v_start, v_end, _ = verb
    if sentence[v_start:v_end].casefold() not in v.DONATIONS or _FRONT_NAME.search(sentence, v_end, start):
        return False
    if _TO_FRONT.match(sentence, end, end + _RECIPIENT_REACH):
        return False
    subject = None
    for subject in _FRONT_NAME.finditer(sentence, max(0, v_start - _SUBJECT_REACH), v_start):  # noqa: B007 (the last)
        pass
    # Nothing between the name and the verb but its unit and adverbs: no comma, no other verb.
    between = sentence[subject.end() : v_start] if subject else ","
    if re.search(r"[,;:]", between) or _SAYS.search(between):
        return False  # "Ủy ban Trung ương MTTQ cho biết các đơn vị đã ủng hộ …": the body reports others' gifts
    return all(kind == "done" for _, _, kind in Cues.of(between).found)


def announces_target(sentence: str) -> bool:
    """Does the sentence set targets that nothing in it realised ("Đại hội đề ra các chỉ tiêu: …")?

    >>> announces_target("Đại hội đề ra các chỉ tiêu nhiệm kỳ 2018-2023."), announces_target("Quỹ đã trao 5 tỷ đồng.")
    (True, False)
    """
    return _pending_target(list(Cues.of(sentence).found))


def realised_before(sentence: str, at: int) -> bool:
    """Does "đã" or "được" stand before offset at: what follows has happened."""
    return any(kind == "done" for _, _, kind in Cues.of(sentence[max(0, at - _WINDOW) : at]).found)


def _follows_other(sentence: str, end: int, after: list[tuple[int, int, str]]) -> bool:
    """ "117 tỷ đồng vốn vay", "100 ngàn tỷ đồng để cho vay": an "other" noun right after the amount, or its purpose;
    not the next item of a list ("Quỹ … hỗ trợ 50 tỷ đồng, ngân sách tỉnh 25 tỷ đồng")."""
    if not after or after[0][2] != "other":
        return False
    gap = sentence[end : after[0][0]]
    return (len(gap) <= 2 and not _PHRASE_END.search(gap)) or bool(_PURPOSE.fullmatch(gap))


def _pending_target(before: list[tuple[int, int, str]]) -> bool:
    """A target word earlier in the sentence that nothing realised since ("đã", "được")."""
    pending = False
    for _, _, kind in before:
        if kind == "target":
            pending = True
        elif kind == "done":
            pending = False
    return pending


def household_action(sentence: str, start: int, cues: Cues | None = None) -> str:
    """given (households supported), target (households to be supported) or other, from the verb nearest before
    the count.

    >>> household_action("Đoàn trao 300 suất quà cho 300 hộ cận nghèo.", 27)
    'given'
    >>> household_action("Ủng hộ người dân, trong đó 1.500 hộ bị thiệt hại.", 27)
    'other'
    >>> household_action("Năm 2018, chương trình sẽ tiếp tục trao vốn cho 80 hộ nông dân.", 49)
    'target'
    """
    cues = cues or Cues.of(sentence)
    # "giải ngân 300 triệu đồng nguồn vốn … cho 30 hộ dân": households that borrowed are no support.
    before = cues.before(start)
    verbs = [c for c in before if c[2] in ("raised", "given", "other")]
    if not verbs or verbs[-1][2] != "given":
        return "other"
    clause = sentence.rfind(_CLAUSE_BREAK, max(0, start - _WINDOW), start)
    return "target" if _pending_target([c for c in before if c[0] > clause]) else "given"
