"""Result types: one frozen dataclass per dimension."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Money:
    """A money amount as written in the text.

    value is in the currency's own unit; value_vnd is set for đồng only.
    range is "low"/"high" for the two ends of "từ 2 đến 3 tỷ đồng".
    """

    text: str
    start: int
    end: int
    value: Decimal
    currency: str
    qualifier: str = "exact"
    rate: bool = False
    range: str | None = None

    @property
    def value_vnd(self) -> int | None:
        return int(self.value) if self.currency == "VND" else None


@dataclass(frozen=True)
class Households:
    """A count of households ("hơn 300 hộ gia đình")."""

    text: str
    start: int
    end: int
    value: int
    kind: str
    qualifier: str = "exact"


@dataclass(frozen=True)
class Campaign:
    """A campaign, fund, movement or programme named in the text."""

    name: str
    head: str
    start: int
    end: int
    text: str = ""


@dataclass(frozen=True)
class Period:
    """The time a figure belongs to: a year, and optionally a finer part.

    kind is one of "year", "half", "quarter", "month", "day"; label is
    "2021", "2020-H1", "2023-Q3", "2021-05" or "2021-08-24".
    """

    year: int
    kind: str = "year"
    label: str = ""


@dataclass(frozen=True)
class Place:
    """A locality resolved against the gazetteer.

    province/district/ward are the units as named at the time;
    province_2025 is the province after the July 2025 reorganisation.
    level is "ward", "district", "province" or "national".
    """

    province: str | None = None
    district: str | None = None
    ward: str | None = None
    province_2025: str | None = None
    level: str = "province"
    text: str = ""


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """A money or household figure placed in its article: sentence, time, place."""

    kind: str
    figure: Money | Households
    sentence: str
    sentence_start: int
    period: Period | None
    place: Place | None
    campaign: str | None = None
    action: str = "other"
    event_date: str | None = None
    in_headline: bool = False
    counted: bool = False
    not_counted: str | None = None  # why a figure is left out of totals: a code of parsers.vocab.counting.REASONS
    part_of: int | None = None  # start offset of the total this figure is a part of
    restates: int | None = None  # start offset of the figure this one repeats


@dataclass(frozen=True)
class Skipped:
    """A figure seen on the page but not taken as a fact, and why."""

    text: str
    start: int
    reason: str


@dataclass(frozen=True)
class Article:
    """Everything extracted from one article."""

    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    body: Span | None = None
    year: int | None = None
    year_evidence: str | None = None
    place: Place | None = None
    scope: str = "local"
    event_date: str | None = None
    facts: tuple[Fact, ...] = ()
    campaigns: tuple[Campaign, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    relevant: bool = True
    relevance_evidence: str | None = None
