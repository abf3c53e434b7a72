"""What keeps a money figure out of a total, and the words that show it.

REASONS: the code of each reason a figure is not counted, with the label
users read (Vietnamese). Codes are public output; never rename one.
DETAIL_OPENERS: a sentence opening with one of these breaks down the total
of the sentence before it ("Trong đó, quỹ cấp tỉnh thu gần 4,5 tỷ đồng").
PART_MARKERS: inside a sentence, figures after one of these break down
the total before it ("50,6 tỷ đồng, trong đó … 26,8 tỷ đồng").
"""

REASONS: dict[str, str] = {
    "rate": "mức cho mỗi suất/hộ/người, không cộng",
    "part": "là một phần của tổng đã tính",
    "restates": "nhắc lại số đã có trong bài",
    "range_high": "mức trên của một khoảng",
    "target": "chỉ tiêu/kế hoạch, chưa thực hiện",
    "other": "không phải tiền vận động hay hỗ trợ",
    "not_front": "không phải hoạt động của Mặt trận",
    "implausible_year": "năm không hợp lý",
    "implausible_value": "số tiền vượt mức hợp lý",
    "duplicate": "trùng với bài khác",
}

DETAIL_OPENERS: tuple[str, ...] = ("trong đó", "cụ thể", "theo đó", "bao gồm", "gồm")

PART_MARKERS: tuple[str, ...] = ("trong đó", "bao gồm", "gồm", "cụ thể là", "cụ thể")
