"""The extractor's fast paths find everything the patterns they stand for find, on real articles.

A fast path (a pattern tried only where its first words stand, a cheap scan that rules a pattern
out) is written beside the pattern; when a rule changes the pattern, these tests tell whether
the fast path still covers it.
"""

import gzip
import itertools
import json
import re
from pathlib import Path

import pytest

from parsers import actions, campaigns, dates, households, localities, money, relevance, sentences
from parsers.chrome import line_spans
from parsers.normalize import normalize
from parsers.patterns import Led, lowered, matches_at

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FILES = {"vi_news_society_subset.jsonl.gz": 513, "vi_news_vietnews_detok.jsonl.gz": 1500}  # the latter: rich in money


@pytest.fixture(scope="module")
def texts() -> list[str]:
    if not all((CORPUS / name).exists() for name in FILES):
        pytest.skip(f"corpus not found at {CORPUS} (the shared/ folder lives beside the project)")
    found = []
    for name, count in FILES.items():
        with gzip.open(CORPUS / name, "rt", encoding="utf-8") as f:
            found += [normalize(json.loads(line)["text"]) for line in itertools.islice(f, count)]
    return found


def _led_patterns() -> list[Led]:
    return [p for module in (localities, campaigns, relevance, actions) for p in vars(module).values() if isinstance(p, Led)]


def test_led_patterns_match_as_their_pattern(texts):
    assert len(_led_patterns()) >= 8
    for led in _led_patterns():
        for text in texts:
            want = [(m.span(), m.groups()) for m in led.pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in led.finditer(text)] == want, led.pattern.pattern[:80]
            for pos, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
                want_one = led.pattern.search(text, pos, end)
                found = led.search(text, pos, end)
                assert (found and found.span()) == (want_one and want_one.span()), led.pattern.pattern[:80]


def test_dates_and_event_dates_found_where_their_fast_paths_look(texts):
    assert all(dates.v.MONTH in (lowered(t) or dates.v.MONTH) for t in texts if dates._WORD_DATE.search(t))
    for text in texts:
        want = [m.span() for m in dates._EVENT_DATE.finditer(text)]
        assert [m.span() for m in matches_at(dates._EVENT_DATE, text, dates._event_starts(text))] == want


def test_period_patterns_but_the_half_write_a_year(texts):
    for text in texts:
        for pattern, _ in dates._PERIOD_RULES:
            if (pattern, _) not in dates._YEARLESS_RULES and pattern.search(text):
                assert dates._HAS_YEAR.search(text), pattern.pattern[:80]


def test_year_patterns_tried_where_their_words_stand_match_as_the_patterns(texts):
    lunar = [t for t in texts if dates._LUNAR.search(t)]
    assert lunar, "some article names a lunar year"
    for text in lunar:
        low = lowered(text)
        tried = dates._word_starts(dates._NEEDS_WORDS[dates._TET], low) if low is not None else []
        want = [m.span() for m in dates._LUNAR.finditer(text)]
        assert low is None or [m.span() for m in matches_at(dates._LUNAR, text, tried)] == want, text[:200]
    matched = dict.fromkeys(dates._NEEDS_WORDS, 0)
    for text in texts:
        lines = dates._year_lines(text)
        assert [text[s:e] for s, e in lines] == [line for line in text.split("\n") if dates._HAS_YEAR.search(line)]
        low = lowered(text)
        if low is None:
            continue
        starts = dates._WORD_SETS.starts(low)
        for pattern in dates._NEEDS_WORDS:
            want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in matches_at(pattern, text, starts.get(pattern, []))] == want
            matched[pattern] += bool(want)
    assert all(matched.values()), "each pattern matches some article"


def test_money_and_household_fast_paths_keep_every_figure(texts):
    for text in texts:
        # Found once over the article (article._prose_facts), as the patterns find them sentence by sentence.
        paid, counted = money.currency_after_number(text, 0, len(text)), households.counted_households(text, 0, len(text))
        everywhere = sorted([*money.money_marks(text, 0, len(text)), *households.household_marks(text, 0, len(text))])
        for start, end in line_spans(text):
            marks = [*money.money_marks(text, start, end), *households.household_marks(text, start, end)]
            assert sorted(marks) == [at for at in everywhere if start <= at < end]  # found once per article
            for s, e in sentences.sentence_spans(text, start, end):
                part = text[s:e]
                low = lowered(part)
                if paid is not None and counted is not None and low is not None:
                    assert any(s <= at < e for at in paid) == bool(money._CURRENCY_AFTER_NUMBER.search(low)), part
                    assert any(s <= at < e for at in counted) == households._counted(low), part
                if low is not None:
                    assert households._counted(low) == bool(households._NUMBER_BEFORE.search(low)), part
                if money.find_money(part) or households.find_households(part):
                    assert any(s <= at < e for at in marks), part
                if money.find_money(part):
                    assert money.may_hold_money(text, s, e), part
                    assert any(s <= at < e for at in money.money_marks(text, start, end)), part
                if households.find_households(part):
                    assert any(s <= at < e for at in households.household_marks(text, start, end)), part
                if any(money._read_amount(part, m) for m in money._AMOUNT.finditer(part)):  # past the first fast path
                    assert low is None or money._CURRENCY_AFTER_NUMBER.search(low), part
                if any(households._HOUSEHOLDS.finditer(part)):
                    assert households.may_hold_households(text, s, e), part
                    assert low is None or households._NUMBER_BEFORE.search(low), part


def test_sentence_boundaries_as_the_pattern(texts):
    for text in texts:
        for start, end in line_spans(text):
            want = [m.span() for m in sentences._BOUNDARY.finditer(text, start, end)]
            assert [m.span() for m in sentences._boundaries(text, start, end)] == want
            glued = [m.span() for m in re.finditer(r"(?<=[^\W_]{2})[.!?](?=[^\W\d_]{2})", text[:end])]
            assert [m.span() for m in sentences._GLUED.finditer(text, start, end)] == [g for g in glued if g[0] >= start]
            cuts, spans, pos = sorted([*want, *sentences._glued(text, start, end)]), [], start
            for cut_start, cut_end in cuts:
                spans += [(pos, cut_start)] if cut_start > pos else []
                pos = max(pos, cut_end)
            assert sentences.sentence_spans(text, start, end) == spans + ([(pos, end)] if pos < end else [])
