"""Every parser's example table, run as its test."""

from decimal import Decimal

import pytest

from parsers.examples import counting as cx
from parsers.examples import households as hx
from parsers.examples import money as mx
from parsers.households import find_households
from parsers.money import find_money
from parsers.normalize import normalize


def _money(phrase: str) -> list[tuple]:
    found = find_money(normalize(phrase))
    return [(m.value_vnd if m.currency == "VND" else str(m.value), m.currency, m.qualifier, m.rate) for m in found]


def _rows(*groups):
    return [pytest.param(p, e, id=p) for group in groups for p, e in group]


@pytest.mark.parametrize("phrase,expected", _rows(mx.REAL, mx.REAL_PROSE, mx.NEW))
def test_money(phrase, expected):
    assert _money(phrase) == expected


@pytest.mark.parametrize("phrase,expected", _rows(mx.XFAIL))
@pytest.mark.xfail(strict=True)
def test_money_known_gaps(phrase, expected):
    assert _money(phrase) == expected


@pytest.mark.parametrize("phrase", mx.NEGATIVE)
def test_not_money(phrase):
    assert find_money(normalize(phrase)) == []


@pytest.mark.parametrize("phrase", [p for p, e in mx.REAL if len(e) == 1])
def test_whole_phrase_consumed(phrase):
    """A phrase that is one amount is read whole, qualifier and unit included."""
    (found,) = find_money(normalize(phrase))
    assert found.text == normalize(phrase)


@pytest.mark.parametrize("phrase,expected", _rows(hx.REAL))
def test_households(phrase, expected):
    assert [(h.value, h.kind, h.qualifier) for h in find_households(normalize(phrase))] == expected


@pytest.mark.parametrize("phrase", hx.NEGATIVE)
def test_not_households(phrase):
    assert find_households(normalize(phrase)) == []


def test_table_sizes():
    assert len(mx.REAL) + len(mx.REAL_PROSE) + len(mx.NEW) >= 150
    assert len(hx.REAL) >= 40


def test_values_are_exact_integers():
    (money,) = find_money("18,799 tỷ đồng")
    assert money.value == Decimal("18799000000") and isinstance(money.value_vnd, int)


def _counted(page: str) -> list[tuple]:
    from parsers.article import extract

    return [(f.figure.text, f.action, f.counted, f.not_counted) for f in extract(page, "x").facts if f.kind == "money"]


@pytest.mark.parametrize("page,expected", _rows(cx.COUNTED, cx.NOT_FRONT))
def test_counted(page, expected):
    assert _counted(page) == expected


@pytest.mark.parametrize("page,expected", _rows(cx.KNOWN_GAPS))
@pytest.mark.xfail(strict=True)
def test_counted_known_gaps(page, expected):
    assert _counted(page) == expected


def test_reasons_have_labels():
    from parsers.vocab.counting import REASONS

    used = {r for _, rows in (*cx.COUNTED, *cx.NOT_FRONT) for *_, r in rows if r}
    assert used <= set(REASONS)
