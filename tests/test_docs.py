"""What the README states is true: its parser table, its pages."""

import re
from pathlib import Path

import pytest

from parsers.article import extract
from parsers.campaigns import find_campaigns
from parsers.dates import period_in
from parsers.households import find_households
from parsers.localities import mentions
from parsers.money import find_money

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
ROWS = re.findall(r"^\| (\w+) \| `([\w/.]+)` \| `([^`]+)` \| (.+) \|$", README, re.M)


def _facts(dimension: str, phrase: str) -> str:
    if dimension == "money":
        m = find_money(phrase)[0]
        return f"value_vnd {m.value_vnd}, " + ("rate true" if m.rate else f"qualifier {m.qualifier}")
    if dimension == "households":
        h = find_households(phrase)[0]
        return f"value {h.value}, kind {h.kind}, qualifier {h.qualifier}"
    if dimension == "campaigns":
        c = find_campaigns(phrase)[0]
        return f"name {c.name}, head {c.head}"
    if dimension == "dates":
        p = period_in(phrase)
        return f"year {p.year}, period {p.label}"
    if dimension == "counting":
        money = [f for f in extract(f"Tin\n{phrase}", "readme").facts if f.kind == "money"]
        return "; ".join(
            f"{f.figure.text}: {f.action}, " + ("counted" if f.counted else f"not counted ({f.not_counted})") for f in money
        )
    place = mentions(phrase)[0]
    return f"province {place.province}, district {place.district}"


def test_readme_has_the_table():
    assert len(ROWS) >= 7


@pytest.mark.parametrize("dimension,module,phrase,fact", ROWS, ids=[r[2] for r in ROWS])
def test_readme_parser_table(dimension, module, phrase, fact):
    assert (ROOT / module).exists()
    assert _facts(dimension, phrase) == fact


def test_readme_names_every_page():
    app = (ROOT / "app.py").read_text(encoding="utf-8")
    for title in re.findall(r'st\.Page\([^)]*title="([^"]+)"', app):
        assert f"**{title}**" in README, title
