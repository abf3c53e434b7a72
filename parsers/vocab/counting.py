"""What keeps a money figure out of a total, and the words that show it.

REASONS: the code of each reason a figure is not counted, with the label
users read (Vietnamese). Codes are public output; never rename one.
DETAIL_OPENERS: a sentence opening with one of these breaks down the total
of the sentence before it ("Trong đó, quỹ cấp tỉnh thu gần 4,5 tỷ đồng"; "Riêng dịp Tết, …"; "Số tiền này
được đóng góp từ Công đoàn … là 2,8 tỉ đồng, Đoàn Thanh niên … là 95 triệu đồng").
CEILINGS: the most a report of a unit at each level has ever held (đồng); a figure
above its level's ceiling ("Ủy ban MTTQ xã vận động 10 nghìn tỷ đồng") is a misreading or
another actor's money, left for a person to check. The ceilings leave room for a figure bound to
a commune it only passes through. National reports hold the largest: the
four levels of Quỹ Vì người nghèo raised under 14 nghìn tỷ đồng in 2017-2019.
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

CEILINGS: dict[str, int] = {
    "ward": 200 * 10**9,
    "district": 2_000 * 10**9,
    "province": 20_000 * 10**9,
    "national": 100_000 * 10**9,
}

DETAIL_OPENERS: tuple[str, ...] = ("trong đó", "cụ thể", "theo đó", "bao gồm", "gồm", "riêng", "số tiền này", "số tiền trên")

PART_MARKERS: tuple[str, ...] = ("trong đó", "bao gồm", "gồm", "cụ thể là", "cụ thể")

# A sentence opening with one of these sums up what the article told before it ("Tổng số tiền thực hiện đợt cứu trợ
# này của đoàn là 700 triệu đồng" after the gifts and the house of the trip): the earlier figures of its action are
# its parts, when they add up to no more than it.
SUMMARY_OPENERS: tuple[str, ...] = ("tổng số tiền", "tổng cộng", "tổng giá trị", "tổng trị giá", "tổng kinh phí")
