"""Extraction grows linearly with the input: ten times the text costs about ten times the time.

One hostile upload (a 1 MB sentence of figures) once held the server for minutes because
look-ups rescanned the sentence for every figure. Each shape is timed at two sizes, ten
times apart; a ratio far above ten means work grows faster than the text.
"""

import time

import pytest

from parsers.article import extract

SHAPES = {
    "one sentence, many figures": lambda n: (
        "Tin\nỦy ban MTTQ tỉnh trao " + ", ".join(f"xã {i % 50} nhận {i % 97 + 1} triệu đồng" for i in range(n)) + "."
    ),
    "many sentences naming a campaign": lambda n: (
        "Tin\n" + " ".join(f"Quỹ “Vì người nghèo” huyện số {i} vận động {i % 9 + 1} tỷ đồng." for i in range(n))
    ),
    "dates and figures in one line": lambda n: (
        "Tin\n" + "; ".join(f"ngày {i % 28 + 1}/{i % 12 + 1}/2020 trao {i % 90 + 1} triệu đồng năm 2020" for i in range(n)) + "."
    ),
    "one long line without a full stop": lambda n: (
        "Tin\n" + " ".join(f"hộ {i} được hỗ trợ {i % 7 + 1} triệu đồng" for i in range(n))
    ),
}
SMALL, LARGE = 50_000, 500_000
MAX_RATIO = 15


def _sized(make, size: int) -> str:
    n = 1
    while len(make(n).encode()) < size:
        n *= 2
    return make(n)


def _seconds(text: str, runs: int = 3) -> float:
    """CPU seconds of this process, the best of a few runs: other work on a shared machine neither adds to them
    nor interleaves with them (wall time did, and made the ratio of two runs swing from 10 to 20)."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        extract(text, "x")
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("shape", SHAPES)
def test_extraction_is_linear(shape):
    small, large = _sized(SHAPES[shape], SMALL), _sized(SHAPES[shape], LARGE)
    ratio = _seconds(large, runs=2) / max(_seconds(small), 1e-3) * len(small) / len(large) * (LARGE / SMALL)
    assert ratio <= MAX_RATIO, f"{shape}: {ratio:.1f}× the time for {LARGE // SMALL}× the text"
