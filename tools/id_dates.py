"""Anchors for dating a site's articles by their number (parsers/vocab/article_ids.py), from a corpus.

A site whose article numbers grow with time (baomoi.com/a/c/22508590.epi) dates an article that writes no year. For
each block of numbers, the median of the latest full date ("3/6/2017") its articles write near their start is taken
as the block's date (never before the block below it); blocks with fewer than --min articles are left out.
Prints the anchors as Python rows.

    python tools/id_dates.py ../shared/corpus/vi_news_main.jsonl.gz --prefix baomoi:
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
from datetime import date

import regex as re

_FULL = re.compile(r"(?<!\d)(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>20\d\d)(?!\d)")
_LEAD = 600  # the article's own date stands near its start; later dates are history or plans


def _latest_date(text: str) -> date | None:
    found = []
    for m in _FULL.finditer(text[:_LEAD]):
        try:
            found.append(date(int(m["year"]), int(m["month"]), int(m["day"])))
        except ValueError:
            continue
    return max(found, default=None)


def anchors(path: str, prefix: str, block: int, minimum: int) -> list[tuple[int, date]]:
    by_block: dict[int, list[int]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if not article["id"].startswith(prefix):
                continue
            number = int(article["id"].removeprefix(prefix))
            written = _latest_date(article["text"])
            if written:
                by_block.setdefault(number // block, []).append(written.toordinal())
    found, latest = [], 0
    for n, days in sorted(by_block.items()):
        if len(days) >= minimum:
            latest = max(latest, int(statistics.median(days)))  # numbers grow with time: a block is never earlier
            found.append((n * block + block // 2, date.fromordinal(latest)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--prefix", default="baomoi:")
    parser.add_argument("--block", type=int, default=50_000)
    parser.add_argument("--min", type=int, default=30, dest="minimum")
    args = parser.parse_args()
    for number, day in anchors(args.corpus, args.prefix, args.block, args.minimum):
        print(f"    ({number:_}, date({day.year}, {day.month}, {day.day})),")


if __name__ == "__main__":
    main()
