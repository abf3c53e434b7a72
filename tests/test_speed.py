"""No input makes the extractor slow (rule: no nested unbounded quantifiers). Times are CPU seconds of this
process, so other work on a shared machine does not count."""

import time

import pytest

from parsers.article import extract
from parsers.households import find_households
from parsers.money import find_money

MB = 1_000_000
# Each ends in a currency word and "hộ" so the fast paths do not skip it.
TAIL = " đồng hộ"
NASTY = {
    "dots": "1." * (MB // 2) + TAIL,
    "digits": "7" * MB + TAIL,
    "quotes": "“" * (MB // 2) + "”" * (MB // 2) + TAIL,
    "commas": "1,000," * (MB // 6) + TAIL,
}
# Worst cases we know: every few characters is a possible start; still linear.
SLOWER = {
    "spaced digits": "123 " * (MB // 4) + TAIL,
    "number words": "năm trăm " * (MB // 9) + TAIL,
}


@pytest.mark.parametrize("name", NASTY)
def test_figures_fast_on_nasty_input(name):
    start = time.process_time()
    find_money(NASTY[name])
    find_households(NASTY[name])
    assert time.process_time() - start < 1.0, name


@pytest.mark.parametrize("name", SLOWER)
def test_figures_linear_on_worst_input(name):
    start = time.process_time()
    find_money(SLOWER[name])
    find_households(SLOWER[name])
    assert time.process_time() - start < 4.0, name


@pytest.mark.parametrize("name", ["dots", "quotes", "digits"])
def test_whole_extractor_fast_on_nasty_input(name):
    start = time.process_time()
    extract(NASTY[name], "nasty")
    assert time.process_time() - start < 3.0, name


def test_ten_thousand_digits():
    start = time.process_time()
    find_money("9" * 10_000 + " tỷ đồng")
    assert time.process_time() - start < 0.2
