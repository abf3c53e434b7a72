"""Our own hand-annotated corpus articles: the extractor's accuracy on articles it was not tuned on.

tests/labels/corpus_gold.jsonl holds labels only (53 articles of ../shared/corpus, read and labelled by
hand: 35 that mention the Front, 10 money articles that do not, 8 where a Front body acts with money;
how they were drawn is in each row's notes and the README). The text is joined from the corpus by id,
so the test skips where ../shared is absent. The floors sit under today's figures: a drop is a regression.
"""

import gzip
import json
from pathlib import Path

import pytest

from parsers.article import extract
from parsers.gold_metrics import metrics
from parsers.records import article_record
from tests.conftest import SHARED

LABELS = Path(__file__).parent / "labels"
GOLD = LABELS / "corpus_gold.jsonl"
# (file, F1 floors, article floors). corpus_gold_more.jsonl: 35 more articles (30 where a Front name stands within
# 300 characters of an amount, 5 money articles with no Front name), labelled after the rules of this revision
# were written, by a reader who never saw the extractor's output. corpus_gold_b4.jsonl: a fourth batch of 40 (36 where a
# Front name stands near an amount and an action verb, 4 controls), labelled by two readers the same way;
# corpus_gold_b5.jsonl, corpus_gold_b6.jsonl: a fifth and a sixth batch of 36 drawn the same way (the sixth scored
# first on the revision before any of its rules: counted 0.364); corpus_gold_b7.jsonl: a seventh batch of 24, few of
# them with Front money (3 counted figures), scored on the revision it was drawn on and not tuned on since.
SETS = [
    (
        GOLD,
        {"money": 0.93, "households": 0.95, "campaigns": 0.6},
        {"province": 0.78, "year": 0.72, "qualifier": 0.9, "article_totals": 0.93, "counted": 0.78},
    ),
    (
        LABELS / "corpus_gold_more.jsonl",
        {"money": 0.94, "households": 0.95, "campaigns": 0.5},
        {"province": 0.77, "year": 0.82, "qualifier": 0.95, "article_totals": 0.9, "counted": 0.72},
    ),
    (
        LABELS / "corpus_gold_b5.jsonl",
        {"money": 0.88, "households": 0.9, "campaigns": 0.85},
        {"province": 0.8, "year": 0.33, "qualifier": 0.95, "article_totals": 0.9, "counted": 0.72},
    ),
    (
        LABELS / "corpus_gold_b4.jsonl",
        {"money": 0.9, "households": 0.95, "campaigns": 0.8},
        {"province": 0.8, "year": 0.58, "qualifier": 0.95, "article_totals": 0.93, "counted": 0.88},
    ),
    (
        LABELS / "corpus_gold_b6.jsonl",
        {"money": 0.9, "households": 0.95, "campaigns": 0.65},
        {"province": 0.83, "year": 0.62, "qualifier": 0.95, "article_totals": 0.9, "counted": 0.7},
    ),
    (
        LABELS / "corpus_gold_b7.jsonl",
        {"money": 0.9, "households": 0.95, "campaigns": 0.65},
        {"province": 0.75, "year": 0.48, "qualifier": 0.95, "article_totals": 0.9, "counted": 0.45},
    ),
]


def _with_text(rows: list[dict]) -> list[dict]:
    wanted: dict[str, set[str]] = {}
    for r in rows:
        wanted.setdefault(r["corpus_file"], set()).add(r["id"])
    texts = {}
    for name, ids in wanted.items():
        path = SHARED / "corpus" / name
        if not path.exists():
            pytest.skip(f"corpus file {path} not found (the shared/ folder lives beside the project)")
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if not any(f'"{i}"' in line[:120] for i in ids):
                    continue  # the id comes first: decode only the rows we want
                a = json.loads(line)
                if a["id"] in ids:
                    texts[a["id"]] = (a["title"] + "\n" if a.get("title") is not None else "") + a["text"]
    return [{**r, "text": texts[r["id"]]} for r in rows]


@pytest.mark.parametrize("path,floors,article_floors", SETS, ids=[p.name for p, _, _ in SETS])
def test_corpus_gold_accuracy(path, floors, article_floors):
    gold = _with_text([json.loads(line) for line in path.open(encoding="utf-8")])
    predicted = {g["id"]: article_record(extract(g["text"], g["id"], url=g.get("url"))) for g in gold}
    m = metrics(gold, predicted)
    assert {k: m[k]["f1"] for k in floors if m[k]["f1"] < floors[k]} == {}
    score = {k: m[k]["f1"] if isinstance(m[k], dict) else m[k] for k in article_floors}
    assert {k: v for k, v in score.items() if v < article_floors[k]} == {}


@pytest.mark.parametrize("path", [p for p, _, _ in SETS], ids=[p.name for p, _, _ in SETS])
def test_nothing_counted_where_the_front_is_not_at_work(path):
    """The control articles (money, no Front) and those naming the Front only in passing add nothing."""
    gold = _with_text([json.loads(line) for line in path.open(encoding="utf-8") if not json.loads(line)["relevant"]])
    for g in gold:
        record = article_record(extract(g["text"], g["id"], url=g.get("url")))
        assert [m["text"] for m in record["money"] if m["counted"]] == [], g["id"]
