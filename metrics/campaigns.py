"""Which campaigns the dashboard lists as the Front's, and which names are one campaign.

The parsers read every "chương trình …", "Quỹ …", "phong trào …" an article names, also a company's plan or a
fraud scheme. The dashboard lists a campaign as the Front's when an article about the Front names it and either
one of its figures is counted or its name (with its head) holds a word of the Front's vocabulary: a Front body,
member organisation, fund or campaign (parsers/vocab/front.py, parsers/vocab/campaign_heads.KNOWN).
Names that differ only by a year or a lunar year after them ("Tết vì người nghèo Kỷ Hợi 2019"), by a part in
parentheses or by capitals are one campaign, shown under its shortest spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from metrics.formatting import bound_of
from parsers.vocab import campaign_heads, dates, front


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_FRONT_WORDS = re.compile(
    r"(?<!\w)(?:"
    + _alternatives(
        w.casefold()
        for w in (
            *front.FRONT_BODY,
            *front.NATIONAL_BODY,
            *front.MEMBER_ORGS,
            *front.FRONT_FUNDS,
            *front.FRONT_WORDS,
            *front.UNIT_BODY_FORMS,
            *campaign_heads.KNOWN,
        )  # fmt: skip
    )
    + r")(?!\w)"
)
_SUFFIX = re.compile(
    rf"""\s+(?:
        (?:(?:{_alternatives(dates.TET)})\s+)?(?:{_alternatives(dates.CAN)})\s+(?:{_alternatives(dates.CHI)})  # Tết Kỷ Hợi
        | (?:{re.escape(dates.YEAR)}\s+)?\d{{4}}                                                           # năm 2019
    )\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
# What a cut may not leave: a bare "Tết" (of "Tết Canh Tý"), or a span's "đến" (of "Đề án … đến năm 2020").
_KEEP_AFTER = {w.casefold() for w in (*dates.TET, *dates.SPAN_TO)}


def shortened(name: str) -> str:
    """The name without the parts that do not make another campaign: a year or lunar year after it, a part in
    parentheses.

    >>> shortened("Tết vì người nghèo Kỷ Hợi 2019"), shortened("Tết sum vầy năm 2022"), shortened("Quỹ (tỉnh) Vì biển")
    ('Tết vì người nghèo', 'Tết sum vầy', 'Quỹ Vì biển')
    >>> shortened("Tết Canh Tý"), shortened("2019"), shortened("Đề án hỗ trợ đến năm 2020")
    ('Tết Canh Tý', '2019', 'Đề án hỗ trợ đến năm 2020')
    """
    short = " ".join(_PARENTHESES.sub("", name).split())
    while True:
        cut = _SUFFIX.sub("", short)
        words = cut.casefold().split()
        if cut == short or not words or " ".join(words) in _KEEP_AFTER or words[-1] in _KEEP_AFTER:
            return short
        short = cut


def key(name: str) -> str:
    """What two spellings of one campaign share.

    >>> key("Tết vì người nghèo Kỷ Hợi 2019") == key("tết  vì người nghèo")
    True
    """
    return shortened(name).casefold()


def names(variants: Iterable[str]) -> dict[str, str]:
    """Each spelling → the campaign's name: the shortest spelling of its group, as written most often.

    >>> names(["Tết vì người nghèo Kỷ Hợi 2019", "Tết vì người nghèo", "Vì người nghèo"])["Tết vì người nghèo Kỷ Hợi 2019"]
    'Tết vì người nghèo'
    """
    spellings = list(variants)
    groups: dict[str, list[str]] = {}
    for spelling in spellings:
        groups.setdefault(key(spelling), []).append(shortened(spelling))
    shown = {k: min(g, key=lambda s: (len(s), -g.count(s), s)) for k, g in groups.items()}
    return {spelling: shown[key(spelling)] for spelling in spellings}


def front_named(name: str, head: str | None = None) -> bool:
    """Whether the name, with its head, holds a word of the Front's vocabulary.

    >>> front_named("Vì người nghèo", "Quỹ"), front_named("Mái ấm Công đoàn"), front_named("Trái tim Việt Nam", "chương trình")
    (True, True, False)
    """
    return bool(_FRONT_WORDS.search(f"{head or ''} {name}".casefold()))


def front_mentions(mentions: pd.DataFrame, counted: Iterable[str]) -> pd.DataFrame:
    """The mentions of the Front's campaigns, with the campaign's name in `campaign`.

    mentions: rows with name, head, relevant (of the article); counted: the campaign names of counted figures.
    """
    counted_keys = {key(c) for c in counted}
    tied = [
        (pd.isna(relevant) or bool(relevant)) and (key(name) in counted_keys or front_named(name, head))
        for name, head, relevant in zip(mentions["name"], mentions["head"], mentions["relevant"], strict=True)
    ]
    shown = mentions[pd.Series(tied, index=mentions.index, dtype=bool)]
    return shown.assign(campaign=shown["name"].map(names(mentions["name"])))


def money_by_campaign(rows: pd.DataFrame, shown: dict[str, str], place: str) -> pd.DataFrame:
    """Per campaign (under its shown name) and level: raised and given (never added), their bounds, how many
    articles, and the places that have figures (never a place that only names the campaign).

    rows: totals per campaign, level, place, article and action (metrics/aggregate.totals_query); shown: names().
    """
    rows = rows.assign(campaign=rows["campaign"].map(lambda n: shown.get(n, n)))
    out = []
    for (campaign, level), part in rows.groupby(["campaign", "level"], sort=True):
        record: dict[str, object] = {"campaign": campaign, "level": level}
        for action in ("raised", "given"):
            mine = part[part["action"] == action]
            record[action] = float(mine["total"].sum())
            record[f"{action}_bound"] = bound_of(mine["bound"])
        record["articles"] = part["article_id"].nunique()
        record["places"] = sorted(part[place].dropna().unique())
        out.append(record)
    columns = ["campaign", "level", "raised", "raised_bound", "given", "given_bound", "articles", "places"]
    return pd.DataFrame(out, columns=columns)
