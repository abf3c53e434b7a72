"""Property-based tests over every parser entry point and the readers (hypothesis, fixed budget).

Inputs: random Unicode; Vietnamese-like strings of digits, separators, scale, unit,
qualifier and household words; and mutated real phrases from the example tables and
the sample corpus. Whatever comes in: no exception, every offset slices its text,
values stay within the plausible bound, and NFD input gives what NFC gives.
Derandomized with a fixed number of examples, so the run is the same every time and short.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import parsers.money
from parsers import dates, localities
from parsers.article import extract
from parsers.campaigns import find_campaigns
from parsers.examples import households as household_examples
from parsers.examples import money as money_examples
from parsers.examples import structure
from parsers.households import find_households
from parsers.money import find_money
from parsers.normalize import normalize
from parsers.readers import Problem, Source, read_bytes
from parsers.records import article_record
from parsers.types import Money
from parsers.vocab import campaign_heads, household_words, qualifiers, units
from parsers.vocab import localities as place_words

FIXED = settings(
    derandomize=True,
    max_examples=80,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],  # no example database to replay, nothing to explain
    suppress_health_check=[HealthCheck.too_slow],
)
MAX_VND = getattr(parsers.money, "MAX_VND", 10**15)  # above it an amount is no fact (issue 8)
SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "du_lieu_mau.jsonl"

# Real phrases: the example tables and our own sample corpus (never shared/ text).
PHRASES = sorted(
    {p for p, _ in money_examples.REAL + money_examples.REAL_PROSE + household_examples.REAL}
    | {p for p, *_ in structure.PERIODS + structure.PLACES + structure.CAMPAIGNS + structure.ACTIONS}
    | {
        s.strip() + "."
        for line in SAMPLE.read_text(encoding="utf-8").splitlines()
        for s in json.loads(line)["text"].split(".")[:6]
    }
)

digits = st.integers(0, 10**13).map(str)
grouped = st.integers(0, 10**13).map(lambda n: f"{n:,}".replace(",", "."))
decimal = st.tuples(st.integers(0, 99_999), st.integers(0, 999)).map(lambda p: f"{p[0]},{p[1]}")
odd_number = st.text(alphabet="0123456789.,  ", min_size=1, max_size=20)
WORDS = sorted(
    set(units.SCALES) | set(units.CURRENCIES) | set(qualifiers.QUALIFIERS) | qualifiers.RANGE_SEPARATORS
    | qualifiers.LIST_SEPARATORS | qualifiers.PER_UNIT_WORDS | {household_words.HOUSEHOLD} | set(household_words.KINDS)
    | household_words.COUNT_PREFIXES | household_words.NOT_HOUSEHOLD | set(campaign_heads.HEADS) | set(place_words.PREFIXES)
    | {"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "đồng", "đ", "VNĐ", "USD", "hơn", "trên", "gần", "khoảng", "năm", "quý", "tháng"}
)  # fmt: skip
PUNCTUATION = [" ", " ", " ", ", ", ".", "/", "-", "–", "\n", "“", "”", "(", ")", ";", ":", "\u00a0", "\u200b", "\r\n"]
PLACES_AND_TIMES = ["Hà Nội", "huyện Ba Vì", "tỉnh Nghệ An", "Quỹ “Vì người nghèo”", "năm 2021", "quý III/2023"]
number = st.one_of(digits, grouped, decimal, odd_number)
token = st.one_of(number, st.sampled_from(WORDS), st.sampled_from(PUNCTUATION), st.sampled_from(PLACES_AND_TIMES))
# "trên 5,3 tỷ tỷ đồng": a qualifier, a number, scale words (repeated ones too) and a currency, in that order.
amount = st.tuples(
    st.sampled_from(["", *qualifiers.QUALIFIERS]),
    number,
    st.lists(st.sampled_from(sorted(units.SCALES)), max_size=3),
    st.sampled_from(sorted(units.CURRENCIES)),
).map(lambda p: " ".join([p[0], p[1], *p[2], p[3]]).strip())
vietnamese_like = st.lists(st.one_of(token, amount), min_size=1, max_size=20).map(" ".join)
mutation_chars = st.text(alphabet="0123456789.,/ -ỷđồộệạươăâêô\u0301\u0323\n“”\"'\u00a0", min_size=0, max_size=4)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A real phrase with a few random edits: insert, delete, replace, repeat a slice."""
    text = draw(st.sampled_from(PHRASES))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        end = draw(st.integers(at, min(len(text), at + 12)))
        edit = draw(st.sampled_from(["insert", "delete", "replace", "repeat"]))
        piece = text[at:end] * 2 if edit == "repeat" else draw(mutation_chars)
        text = text[:at] + ("" if edit == "delete" else piece) + text[end if edit != "insert" else at :]
    return text


any_text = st.one_of(st.text(max_size=200), vietnamese_like, mutated(), amount)


def _spans_slice(text: str, spans: list[tuple[int, int, str]]) -> None:
    for start, end, expected in spans:
        assert 0 <= start <= end <= len(text), (start, end, len(text))
        assert text[start:end] == expected, (text[start:end], expected)


@FIXED
@given(any_text)
def test_money(raw: str) -> None:
    text = normalize(raw)
    found = find_money(text)
    _spans_slice(text, [(m.start, m.end, m.text) for m in found])
    assert all(m.value >= 0 and m.qualifier in ("exact", "over", "under", "about") for m in found)


@FIXED
@given(any_text)
def test_households(raw: str) -> None:
    text = normalize(raw)
    found = find_households(text)
    _spans_slice(text, [(h.start, h.end, h.text) for h in found])
    assert all(isinstance(h.value, int) and h.value >= 0 for h in found)


@FIXED
@given(any_text)
def test_campaigns(raw: str) -> None:
    text = normalize(raw)
    found = find_campaigns(text)
    _spans_slice(text, [(c.start, c.end, c.text) for c in found])
    assert all(c.name.strip() for c in found)


@FIXED
@given(any_text, st.one_of(st.none(), st.integers(1990, 2030)))
def test_dates(raw: str, default_year: int | None) -> None:
    text = normalize(raw)
    for day, start, end in dates.find_dates(text):
        assert 0 <= start < end <= len(text) and 1900 <= day.year <= 2099
    for start, end, period in dates.periods(text, default_year):
        assert 0 <= start < end <= len(text) and 1900 <= period.year <= 2099
    year, _ = dates.reporting_year(text, None)
    assert year is None or 1900 <= year <= 2099
    dates.event_date(text, default_year)
    dates.url_date(raw)


@FIXED
@given(any_text)
def test_localities(raw: str) -> None:
    text = normalize(raw)
    for place in localities.mentions(text):
        assert place.text in text and (place.province or place.level == "national")
    localities.reporting_place(text, 0, len(text))


@FIXED
@given(st.lists(any_text, min_size=1, max_size=4).map("\n".join))
def test_article(raw: str) -> None:
    article = extract(raw, "x")
    text = article.text
    _spans_slice(text, [(f.figure.start, f.figure.end, f.figure.text) for f in article.facts])
    for f in article.facts:  # an amount above MAX_VND is no figure: skipped with a reason, never a fact
        assert not isinstance(f.figure, Money) or f.figure.value_vnd is None or f.figure.value_vnd <= MAX_VND, f.figure
    _spans_slice(text, [(f.sentence_start, f.sentence_start + len(f.sentence), f.sentence) for f in article.facts])
    _spans_slice(text, [(c.start, c.end, c.text) for c in article.campaigns])
    assert all(s.text == text[s.start : s.start + len(s.text)] for s in article.skipped)
    record = article_record(article)
    json.dumps(record, ensure_ascii=False).encode()
    assert article_record(extract(unicodedata.normalize("NFD", raw), "x")) == record


@FIXED
@given(st.binary(max_size=300), st.sampled_from([".txt", ".jsonl", ".jsonl.gz", ".html", ".zip"]))
def test_readers_take_any_bytes(data: bytes, suffix: str) -> None:
    for item in read_bytes("f" + suffix, data):
        assert isinstance(item, Source | Problem)
        json.dumps(item.__dict__, ensure_ascii=False).encode()  # printable and hashable: no lone surrogate
        assert isinstance(item, Problem) or item.text.strip()


with_surrogates = st.text(alphabet=st.characters(categories=["Cs"]) | st.characters(), max_size=40)
field = st.one_of(with_surrogates, st.sampled_from(["2021-05-01", "9999-99-99", "0001-01-01", "15/01/2023"]), st.integers(),
                  st.none(), st.floats())  # fmt: skip


@FIXED
@given(st.lists(field, min_size=1, max_size=5))
def test_readers_take_any_json_row(values: list) -> None:
    row = json.dumps(dict(zip(["text", "id", "title", "published", "url"], values, strict=False)))  # NaN, \\ud800 escapes
    for item in read_bytes("f.jsonl", row.encode()):
        json.dumps(item.__dict__, ensure_ascii=False).encode()  # printable: no lone surrogate left
        if isinstance(item, Source):
            published = extract(item.text, item.id, published=item.published).published
            assert published is None or 1900 <= date.fromisoformat(published).year <= date.today().year + 1
