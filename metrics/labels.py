"""Vietnamese words for the codes stored in the fact table (raised, over, money…).

Exports with Vietnamese headers show these; English headers keep the codes.
NOTE: keep in sync with app_pages/common.py (ACTION_LABELS, KIND_LABELS, QUALIFIER_LABELS).
"""

from __future__ import annotations

ACTION_LABELS = {"raised": "Vận động, tiếp nhận", "given": "Hỗ trợ, chi", "other": "Khác"}
KIND_LABELS = {"money": "Tiền", "households": "Hộ"}
QUALIFIER_LABELS = {"exact": "chính xác", "over": "hơn/trên", "under": "gần/dưới", "about": "khoảng"}
RANGE_LABELS = {"low": "cận dưới", "high": "cận trên"}
YES_NO = {True: "Có", False: "Không"}
