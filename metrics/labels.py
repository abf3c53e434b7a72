"""Vietnamese words for the codes stored in the fact table (raised, over, money, rate…).

The one declaration of these words: the dashboard and the exports with
Vietnamese headers show them; English headers keep the codes. Column headers
are declared with the columns, in metrics/schema.py.
"""

from __future__ import annotations

from parsers.vocab.counting import REASONS

ACTION_LABELS = {"raised": "Vận động, tiếp nhận", "given": "Hỗ trợ, chi", "target": "Chỉ tiêu, kế hoạch", "other": "Khác"}
KIND_LABELS = {"money": "Tiền", "households": "Hộ"}
QUALIFIER_LABELS = {"exact": "chính xác", "over": "hơn/trên", "under": "gần/dưới", "about": "khoảng"}
RANGE_LABELS = {"low": "cận dưới", "high": "cận trên"}
YES_NO = {True: "Có", False: "Không"}
# Why a figure is not added into totals (the codes of `not_counted`): declared with the parsers that decide them,
# and the one only a reviewer gives (metrics/reviews.EXCLUDE_REASONS).
NOT_COUNTED_LABELS = {**REASONS, "misread": "người kiểm tra loại: không phải số liệu của bài"}
# A person's review of a figure (the codes of `review_state`).
REVIEW_LABELS = {"confirmed": "Đúng", "corrected": "Đã sửa", "excluded": "Đã loại"}
