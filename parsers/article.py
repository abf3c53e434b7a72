"""One article in, all its facts out: the extractor's entry point."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from datetime import date

import regex as re

from parsers import campaigns as camp
from parsers import chrome, counting, dates, localities
from parsers.actions import Cues, household_action, money_action
from parsers.households import counted_households, find_households, household_marks, may_hold_households
from parsers.money import MAX_VND, currency_after_number, find_money, may_hold_money, money_marks
from parsers.normalize import normalize
from parsers.relevance import front_mentions, relevance
from parsers.sentences import sentence_spans
from parsers.types import Article, Campaign, Fact, Households, Money, Period, Place, Skipped, Span


def extract(
    text: str,
    id: str,
    source: str = "",
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> Article:
    """Extract every fact of one article.

    >>> a = extract("Tin mẫu\\nNăm 2020, MTTQ huyện Ba Vì trao 90 triệu đồng cho 90 hộ nghèo.", "x")
    >>> a.title, a.year, a.place.province, [f.figure.text for f in a.facts]
    ('Tin mẫu', 2020, 'Hà Nội', ['90 triệu đồng', '90 hộ nghèo'])
    """
    text = normalize(text)
    given_title = normalize(title).strip() if title else ""
    if given_title and not text.lstrip().startswith(given_title):
        # A title given apart (a JSONL "title") is the headline: its figures, campaigns and place count.
        text = f"{given_title}\n{text}"
    page = chrome.layout(text, url=url, title_line=bool(given_title))
    if page.title and not title:
        title = text[page.title[0] : page.title[1]].strip()
    body_start, body_end = page.body
    published_date = _published(text, page, published, url)
    prose_text = "\n".join(text[s:e] for s, e in page.prose)
    asides = _asides(text, page)
    new_units = _after_reorganisation(published_date, prose_text, title or "", asides)
    place, scope = localities.reporting_place(text, page.title[0] if page.title else body_start, body_end, url, new_units)
    mentions = camp.find_campaigns(text, page.title[0] if page.title else body_start, body_end)
    # A date without its year ("Chiều 24/8") takes the publishing year.
    date_year = published_date.year if published_date else None
    split: dict[tuple[int, int], list[tuple[int, int]]] = {}  # the sentences of the lines split so far
    # The prose first, while the article's lowered text is still at hand (patterns.lowered); the headline's facts
    # come first all the same.
    prose_facts = _prose_facts(text, page.prose, split, place, scope, mentions, date_year, new_units)
    facts: list[Fact] = []
    if page.title:
        facts.extend(_sentence_facts(text, *page.title, place, scope, mentions, date_year, in_headline=True, new_units=new_units))
    facts.extend(prose_facts)
    year, evidence = dates.reporting_year(
        prose_text,
        published_date,
        title=title or "",
        asides=asides,
        figure_years=[f.period.year for f in facts if f.period and f.action in ("raised", "given")],
        editions=dates.edition_years(text, [(c.start, c.end) for c in mentions]),
    )
    date_year = date_year or year
    facts = _in_year(facts, year, date_year, new_units, text)
    place = localities.named_then(place, year or date_year, new_units)
    facts, implausible = _plausible(facts)
    named = front_mentions(text)
    relevant, why = relevance(text, [page.title, *page.prose] if page.title else list(page.prose), named)
    if facts:  # labelling reads every sentence of the prose; an article without figures has nothing to label
        sentences = [span for line in page.prose for span in split.get(line) or sentence_spans(text, *line)]
        facts = counting.label(facts, sentences, relevant, text, named, published_date.year if published_date else None)
    event = dates.event_date(prose_text, date_year)
    skipped = tuple(sorted((*_skipped(text, page), *implausible), key=lambda k: k.start))
    return Article(
        id=id,
        source=source,
        text=text,
        title=title,
        url=url,
        published=published_date.isoformat() if published_date else published,
        body=Span(body_start, body_end),
        year=year,
        year_evidence=evidence,
        place=place,
        scope=scope,
        event_date=event.isoformat() if event else None,
        facts=tuple(facts),
        # A fund or programme of an article that is not about the Front ("Quỹ Tiền tệ Quốc tế") is no Front campaign.
        campaigns=tuple(camp.distinct(mentions)) if relevant else (),
        skipped=skipped,
        relevant=relevant,
        relevance_evidence=why,
    )


# Why a figure outside the article's prose was not taken: shown to users, so in Vietnamese.
_CHROME = "ngoài thân bài: tin liên quan, tiêu đề khác hoặc phần trang web"
_HEADLINE = "dòng tiêu đề/chú thích trong bài, không phải câu văn"
_LATE_YEAR = re.compile(r"(?<!\d)20(?:2[5-9]|[3-9]\d)(?!\d)")
_LEAD_CHARS = 300  # a dateline, then the lead's event date
_STAMP_DISTANCE = 120  # characters between a header date and the headline beyond which it is the page's date
_ACTOR_REACH = 300  # characters before a figure read for its actor
_IMPLAUSIBLE = "số tiền vượt mức hợp lý của mọi báo cáo (trên 1 triệu tỷ đồng)"


def _plausible(facts: list[Fact]) -> tuple[list[Fact], list[Skipped]]:
    """Amounts no Front report holds ("20 tỷ tỷ đồng") are not figures: skipped with a reason."""
    kept, skipped = [], []
    for f in facts:
        # Any currency: no report holds 10^15 units of it ("100000000 nghìn tỉ tỉ AUD").
        if isinstance(f.figure, Money) and f.figure.value > MAX_VND:
            skipped.append(Skipped(f.figure.text, f.figure.start, _IMPLAUSIBLE))
        else:
            kept.append(f)
    return kept, skipped


def _skipped(text: str, page: chrome.Layout) -> tuple[Skipped, ...]:
    """Figures on the page outside the prose lines, so users can see what was left out."""
    prose = set(page.prose)
    body_start, body_end = page.body
    found: list[Skipped] = []
    for span in page.lines:
        line = text[span[0] : span[1]]
        if span in prose or span == page.title or not line.strip():
            continue
        if body_start <= span[0] < body_end:
            reason = _HEADLINE
        else:
            reason = _CHROME
        figures: list[Money | Households] = [*find_money(line), *find_households(line)]
        found.extend(Skipped(fig.text, span[0] + fig.start, reason) for fig in figures)
    return tuple(sorted(found, key=lambda f: f.start))


def _published(text: str, page: chrome.Layout, given: str | None, url: str | None) -> date | None:
    """Metadata first, then the date line nearest the title, then the URL.

    A date line far above the title is the page's own "today", not the
    article's date, so header dates are taken nearest-to-title first.
    """
    if given:
        written = dates.find_dates(given)
        try:
            return date.fromisoformat(given[:10])
        except ValueError:
            return written[0][0] if written else None
    title_at = page.title[0] if page.title else 0
    candidates = []
    for s, e in page.header_lines:
        if title_at - e > _STAMP_DISTANCE or s == e:
            continue  # a site's "today" or a weather widget far above the headline; a blank line
        for d, _, _ in dates.find_dates(text[s:e]):
            candidates.append((abs(s - title_at), d))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    stamp = chrome.STAMP.match(text)
    stamped = dates.safe_date(stamp["year"], stamp["month"], stamp["day"] or 1) if stamp else None
    if stamped:
        return stamped
    return dates.url_date(url)


def _after_reorganisation(published: date | None, prose: str, title: str, asides: str) -> bool:
    """Does the article name units as they are after 1 July 2025?"""
    if published:
        return published >= localities.REORGANISED
    if not _LATE_YEAR.search(prose) and not _LATE_YEAR.search(title):
        return False  # no year from 2025 on is written: no need to weigh the evidence
    year, _ = dates.reporting_year(prose, None, title=title, asides=asides)
    if year == localities.REORGANISED.year:  # in 2025 the lead's event date tells ("Ngày 12/9/2025, …")
        event = dates.event_date(prose[:_LEAD_CHARS], year)
        return bool(event and event >= localities.REORGANISED)
    return bool(year and year > localities.REORGANISED.year)


def _asides(text: str, page: chrome.Layout) -> str:
    """Body lines that are not prose (captions, headlines inside the article)."""
    prose, (start, end) = set(page.prose), page.body
    return "\n".join(text[s:e] for s, e in page.lines if start <= s < end and (s, e) not in prose)


def _in_year(facts: list[Fact], year: int | None, date_year: int | None, reorganised: bool = False, text: str = "") -> list[Fact]:
    """A figure with no period of its own takes the year its paragraph opens with ("Năm 2022, …"), else the
    article's year; its event date the publishing year. Its province is then named as in its year
    (localities.named_then)."""
    period = Period(year, "year", str(year)) if year else None
    events: dict[int, str | None] = {}  # by sentence: a sentence's figures share its event date
    paragraphs: dict[int, Period | None] = {}
    dated = []
    for fact in facts:
        own_period, event_date = fact.period, fact.event_date
        if own_period is None and text and not fact.in_headline:
            line = text.rfind("\n", 0, fact.sentence_start) + 1
            if line not in paragraphs:
                paragraphs[line] = dates.paragraph_period(text, line)
            own_period = paragraphs[line]
        own_period = own_period or period
        if event_date is None and date_year:
            if fact.sentence_start not in events:
                event = dates.event_date(fact.sentence, date_year)
                events[fact.sentence_start] = event.isoformat() if event else None
            event_date = events[fact.sentence_start]
        named = localities.named_then(fact.place, own_period.year if own_period else year, reorganised)
        if own_period is not fact.period or event_date is not fact.event_date or named is not fact.place:
            fact = replace(fact, period=own_period, event_date=event_date, place=named)
        dated.append(fact)
    return dated


def _prose_facts(
    text: str,
    prose: tuple[tuple[int, int], ...],
    split: dict[tuple[int, int], list[tuple[int, int]]],
    place: Place | None,
    scope: str,
    mentions: list[Campaign],
    date_year: int | None,
    new_units: bool = False,
) -> list[Fact]:
    """The facts of the prose lines; split: each line split into sentences, filled in.

    Most lines hold no figure at all: only those that may are split into sentences, and only the
    sentences that hold a mark of a figure (a digit before "tỷ", a "hộ") are read. The marks are
    found once over the prose (none stands across a line end).
    """
    if not prose:
        return []
    lo, hi = prose[0][0], prose[-1][1]
    # An amount needs a currency word after its number (find_money's second fast path), a count a number before its
    # "hộ" ("ủng hộ" has none): both found once over the prose, in the lowered text, else the looser marks.
    paid, counted = currency_after_number(text, lo, hi), counted_households(text, lo, hi)
    if paid is None or counted is None:
        paid, counted = money_marks(text, lo, hi), household_marks(text, lo, hi)
    starts = [c.start for c in mentions]
    facts: list[Fact] = []
    for line in prose:
        if not _holds_mark(paid, *line) and not _holds_mark(counted, *line):
            continue  # the line holds no figure
        split[line] = sentence_spans(text, *line)
        for s, e in split[line]:
            kinds = (_holds_mark(paid, s, e), _holds_mark(counted, s, e))
            if any(kinds):
                facts.extend(
                    _sentence_facts(
                        text, s, e, place, scope, mentions, date_year, starts=starts, kinds=kinds, new_units=new_units
                    )
                )
    return facts


def _holds_mark(marks: list[int], start: int, end: int) -> bool:
    """Does a mark (sorted offsets) stand in [start, end)?"""
    n = bisect_left(marks, start)
    return n < len(marks) and marks[n] < end


def _may_hold_figures(text: str, start: int, end: int) -> bool:
    return may_hold_money(text, start, end) or may_hold_households(text, start, end)


def _sentence_facts(
    text: str,
    s: int,
    e: int,
    place: Place | None,
    scope: str,
    mentions: list[Campaign],
    date_year: int | None,
    in_headline: bool = False,
    starts: list[int] | None = None,
    kinds: tuple[bool, bool] | None = None,
    new_units: bool = False,
) -> list[Fact]:
    """The facts of the sentence text[s:e]; kinds: whether it may hold money and households, if known (where
    money_marks and may_count_households say no, find_money and find_households find nothing); new_units: the
    article names units as they are after July 2025 ("xã Gia Viễn" is then Ninh Bình's, not Lâm Đồng's)."""
    if kinds is None and not _may_hold_figures(text, s, e):
        return []
    sentence = text[s:e]
    money, households = kinds or (True, True)
    figures: list[Money | Households] = [
        *(find_money(sentence) if money else ()),
        *(find_households(sentence) if households else ()),
    ]
    if not figures:
        return []
    starts = starts if starts is not None else [c.start for c in mentions]
    event = dates.event_date(sentence, date_year)
    named_periods = dates.periods(sentence, None, date_year)
    here = localities.located(text, s, e, place.province if place else None, new_units)
    campaigns = mentions[bisect_left(starts, s) : bisect_left(starts, e)]
    cues = Cues.of(sentence)
    facts = []
    for fig in sorted(figures, key=lambda f: f.start):
        fig_place = _own_place(here, text, s, s + fig.start, place, scope)
        if isinstance(fig, Money):
            kind, action = "money", money_action(sentence, fig.start, fig.end, cues)
        else:
            kind, action = "households", household_action(sentence, fig.start, cues)
        facts.append(
            Fact(
                kind=kind,
                figure=_shift(fig, s),
                sentence=sentence,
                sentence_start=s,
                period=dates.period_at(named_periods, fig.start),
                place=fig_place,
                campaign=_nearest_campaign(campaigns, s + fig.start),
                action=action,
                event_date=event.isoformat() if event else None,
                in_headline=in_headline,
            )
        )
    return facts


def _shift(fig: Money | Households, offset: int) -> Money | Households:
    return type(fig)(**{**fig.__dict__, "start": fig.start + offset, "end": fig.end + offset})


def _own_place(
    here: list[tuple[int, Place]], text: str, sentence_start: int, at: int, place: Place | None, scope: str
) -> Place | None:
    """The place bound to a figure in its clause ("tỉnh A 500 triệu"), else the reporting body's.

    A donor's province ("doanh nghiệp tỉnh X ủng hộ") and money sent elsewhere stay
    with the body that reports them (none for a central body): another province counts only in a national
    report, or after a Front committee naming it ("MTTQ tỉnh B vận động 5 tỷ").
    """
    # A central body's money has no province, wherever it went; what it reports after ":" or ";" may have one.
    # Read back a bounded stretch, so that one long sentence of many figures stays linear.
    since = max(sentence_start, at - _ACTOR_REACH)
    item = max(text.rfind(";", since, at), text.rfind(":", since, at), since)
    if localities.national_before(text, item, at) or localities.national_recipient(text, at):
        return None
    clause = localities.clause_start(text, at)
    offsets = [p_at for p_at, _ in here]
    bound = here[bisect_left(offsets, clause) : bisect_left(offsets, at)]
    if not bound:
        # A round-up's item "LĐLĐ tỉnh Quảng Trị: Trên 1 tỉ đồng hỗ trợ …" is that body's.
        listed = max(text.rfind(";", since, at), since)
        named = [
            (p_at, p)
            for p_at, p in here[bisect_left(offsets, listed) : bisect_left(offsets, at)]
            if localities.names_body(text, p_at)
        ]
        if named and place and named[-1][1].province != place.province:
            return named[-1][1]
        return place if scope != "national" else None
    p_at, found = bound[-1]
    if scope == "national" or (place and found.province == place.province):
        return found if scope == "national" or found.district else place
    return found if localities.front_before(text, clause, p_at) else place


def _nearest_campaign(campaigns: list[Campaign], at: int) -> str | None:
    if not campaigns:
        return None
    return min(campaigns, key=lambda c: abs(c.start - at)).name
