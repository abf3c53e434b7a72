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


def _vocab_letters() -> set[str]:
    import pkgutil
    from importlib import import_module

    import parsers.vocab

    letters: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            letters.update(ch for ch in value if ch.isalpha())
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for v in value:
                walk(v)

    for module in pkgutil.iter_modules(parsers.vocab.__path__):
        walk(list(vars(import_module(f"parsers.vocab.{module.name}")).values()))
    return letters


def test_lowered_text_shows_every_word_found_ignoring_case():
    """The fast paths look for words in text.lower(): right unless a character matched ignoring case lowers otherwise."""
    import regex

    from parsers.patterns import CASE_RISKY

    letters = sorted(_vocab_letters())
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    matched = set(regex.findall(f"(?i:[{regex.escape(''.join(letters))}])", every))
    risky = {ch for ch in matched for x in letters if ch.lower() != x.lower() and regex.fullmatch(f"(?i:{regex.escape(x)})", ch)}
    assert risky <= set(CASE_RISKY)
    # The standard engine's IGNORECASE too (dates._LUNAR is tried where its words stand in the lowered text).
    import re

    matched = set(re.findall(f"[{re.escape(''.join(letters))}]", every, re.IGNORECASE))
    risky = {ch for ch in matched for x in letters if ch.lower() != x.lower() and re.fullmatch(re.escape(x), ch, re.IGNORECASE)}
    assert risky <= set(CASE_RISKY)


def test_provinces_2025_written_out_as_the_converter_says():
    """The table that spares start-up the converter's import gives what the converter gives, for every province."""
    from vietnamadminunits import convert_address

    from parsers import gazetteer
    from parsers.provinces_2025 import PROVINCE_2025

    assert set(gazetteer.province_names()) <= set(PROVINCE_2025)
    assert {name: convert_address(name).short_province for name in PROVINCE_2025} == PROVINCE_2025


def test_one_article_starts_fast(tmp_path):
    """python -m parsers extract on one article imports nothing heavy (the converter, worker pools, HTML reader)."""
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("Tin\nNăm 2021, Ủy ban MTTQ huyện Ba Vì trao 85.000.000 đồng cho 24 hộ nghèo.\n")
    heavy = ("vietnamadminunits", "numpy", "multiprocessing", "trafilatura")
    script = (
        "import runpy, sys\n"
        "sys.argv = ['parsers', 'extract', sys.argv[1]]\n"
        "try:\n    runpy.run_module('parsers', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "a.txt")], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]" and '"Ba Vì"' in out.stdout


def test_case_folding_keeps_letters_letters():
    """chrome reads a line's letters before folding it: only _FOLDS_TO_LETTER folds to a letter without being one."""
    import regex

    from parsers.chrome import _FOLDS_TO_LETTER

    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    letter = regex.compile(r"\p{L}")
    changed = {ch for ch in every if bool(letter.search(ch)) != bool(letter.search(ch.casefold()))}
    assert changed == set(_FOLDS_TO_LETTER)
    assert all(ch.casefold() for ch in every)  # folding never shortens a text
