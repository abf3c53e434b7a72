"""Is an article about the Front system at work, or does it only name it?

Relevant when it names a Front committee, a member organisation, or one of
their funds, other than as part of a person's title ("Phó Chủ tịch Ủy ban
MTTQ tỉnh, ông A, cho biết giá lúa…"). Facts of other articles are kept and
shown, never added to a total.
"""

from __future__ import annotations

import regex as re

from parsers.patterns import alternation
from parsers.vocab import front as v

_NAMES = (*v.NATIONAL_BODY, *v.FRONT_BODY, *v.MEMBER_ORGS, *v.FRONT_FUNDS, *v.FRONT_WORDS)
_MENTION = re.compile(rf"(?<!\p{{L}})(?:{alternation(_NAMES)})(?!\p{{L}})")
_TITLE_BEFORE = re.compile(rf"(?<!\p{{L}})(?:{alternation(v.PERSON_TITLES)})(?:\x20\p{{L}}+){{0,2}}\x20$", re.IGNORECASE)


def relevance(text: str, spans: list[tuple[int, int]]) -> tuple[bool, str | None]:
    """(relevant, the first words that show it) over the given spans of text.

    >>> relevance("Ủy ban MTTQ tỉnh trao 5 tỷ đồng.", [(0, 31)])
    (True, 'Ủy ban MTTQ')
    >>> relevance("Phó Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Văn A cho biết giá lúa tăng.", [(0, 64)])
    (False, 'chỉ nêu trong chức danh: Ủy ban MTTQ')
    >>> relevance("Giá xe Mazda3 giảm 20 triệu đồng.", [(0, 33)])
    (False, None)
    """
    in_title = None
    for start, end in spans:
        for m in _MENTION.finditer(text, start, end):
            if _TITLE_BEFORE.search(text, max(start, m.start() - 40), m.start()):
                in_title = in_title or m[0]
                continue
            return True, m[0]
    return False, (f"chỉ nêu trong chức danh: {in_title}" if in_title else None)


def front_named(text: str) -> bool:
    """Does text name the Front system, a member organisation, one of their funds or people?

    >>> front_named("Hội Nông dân xã trao 5 con bò."), front_named("Công an thu 2,6 tỉ đồng.")
    (True, False)
    """
    return bool(_MENTION.search(text))
