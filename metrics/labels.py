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
# How sure a total is (the `bound` of metrics/aggregate totals): "ít nhất" only when every inexact part is "hơn/trên";
# a "gần" part makes it "gần", and "hơn" with "gần" (or a "khoảng") makes it "khoảng".
BOUND_LABELS = {"exact": "", "at_least": "ít nhất", "under": "gần", "about": "khoảng"}
# Whose figure (metrics/aggregate `level`): a national or central body's, which names no province and may hold the
# provinces' own figures, or a locality's. The two are never added together.
LEVEL_LABELS = {"national": "Toàn quốc / cấp Trung ương", "local": "Các địa phương"}
# Why a headline card shows no change against the year before (metrics/compare.Change.why_not); {year}, {previous},
# {cutoff}, {previous_reach} are filled in by the page.
NOT_COMPARED = {
    "no_previous": "năm {previous} không có số liệu này",
    "no_dates": "không rõ ngày của số liệu, nên không biết năm {year} đã đủ cả năm chưa",
    "previous_short": "số liệu năm {previous} chỉ đến ngày {previous_reach}",
    "no_same_part": "năm {year} mới có số liệu đến ngày {cutoff}, còn năm {previous} chỉ có số cả năm "
    "hoặc số không rõ ngày, không tách được phần cùng kỳ",
    "no_same_places": "hai năm không có tỉnh/thành nào cùng có số liệu",
}
