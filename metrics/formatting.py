"""Numbers the Vietnamese way: "5,3 tỷ đồng", "85.000.000 đồng"."""

from __future__ import annotations

import math

_SCALES = ((1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu"))


def group(value: float) -> str:
    """>>> group(85000000), group(1250)
    ('85.000.000', '1.250')
    """
    return f"{round(value):,}".replace(",", ".")


def decimal(value: float, places: int = 1) -> str:
    """>>> decimal(5.3), decimal(5.0), decimal(2.96, 2)
    ('5,3', '5', '2,96')
    """
    text = f"{value:,.{places}f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def vnd(value: float | None, at_least: bool = False) -> str:
    """Short Vietnamese money text.

    >>> vnd(5_300_000_000), vnd(85_000_000), vnd(500_000), vnd(2_000_000_000, at_least=True)
    ('5,3 tỷ đồng', '85 triệu đồng', '500.000 đồng', 'ít nhất 2 tỷ đồng')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    prefix = "ít nhất " if at_least else ""
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{prefix}{decimal(value / size, 2 if abs(value) < 10 * size else 1)} {word} đồng"
    return f"{prefix}{group(value)} đồng"


def exact_vnd(value: float) -> str:
    """>>> exact_vnd(5_300_000_000)
    '5.300.000.000 đồng'
    """
    return f"{group(value)} đồng"


def change(current: float, previous: float | None) -> str | None:
    """Change against the previous year, as a Vietnamese percentage.

    >>> change(120, 100), change(5, 0)
    ('+20%', None)
    """
    if not previous:
        return None
    return f"{(current - previous) / previous * 100:+.0f}%".replace(".", ",")
