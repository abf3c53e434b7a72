"""Writes sample_data/du_lieu_mau.jsonl: the built-in SAMPLE corpus.

Every article is invented by us in the style of MTTQ news, and marked as
sample data in its title and text. Re-run after editing the templates.
"""

from __future__ import annotations

import json
from pathlib import Path

MARK = "[DỮ LIỆU MẪU]"  # NOTE: keep in sync with metrics.storage.SAMPLE_MARK
NOTE = "(Bài viết mẫu do nhóm phát triển soạn để minh họa, không phải tin thật.)"

# (body committee, place words, province for the URL slug)
PLACES = [
    ("Ủy ban MTTQ Việt Nam thành phố Hà Nội", "Hà Nội", "ha-noi"),
    ("Ủy ban MTTQ Việt Nam huyện Ba Vì", "Ba Vì", "ba-vi"),
    ("Ủy ban MTTQ Việt Nam Quận 11", "Quận 11", "quan-11"),
    ("Ủy ban MTTQ Việt Nam tỉnh Nghệ An", "Nghệ An", "nghe-an"),
    ("Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh", "Quảng Ninh", "quang-ninh"),
    ("Ủy ban MTTQ Việt Nam thành phố Đà Nẵng", "Đà Nẵng", "da-nang"),
    ("Ủy ban MTTQ Việt Nam tỉnh Hải Dương", "Hải Dương", "hai-duong"),
    ("Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế", "Thừa Thiên Huế", "hue"),
    ("Ủy ban MTTQ Việt Nam tỉnh Hà Giang", "Hà Giang", "ha-giang"),
    ("Ủy ban MTTQ Việt Nam thành phố Cần Thơ", "Cần Thơ", "can-tho"),
    ("Ủy ban MTTQ Việt Nam tỉnh Quảng Bình", "Quảng Bình", "quang-binh"),
    ("Ủy ban MTTQ Việt Nam tỉnh Lào Cai", "Lào Cai", "lao-cai"),
    ("Ủy ban MTTQ Việt Nam huyện Thạch Thất", "Thạch Thất", "thach-that"),
]

TEMPLATES = [
    (
        "Tổng kết công tác vận động Quỹ “Vì người nghèo” năm {y} tại {p}",
        "Ngày 15/1/{y1}, {b} tổ chức Hội nghị tổng kết công tác vận động Quỹ “Vì người nghèo” năm {y}. "
        "Trong năm {y}, Quỹ “Vì người nghèo” các cấp đã vận động được trên {a1} tỷ đồng và chi hỗ trợ xây mới {h1} nhà Đại đoàn kết cho {h1} hộ nghèo, "
        "mỗi căn nhà được hỗ trợ 60 triệu đồng. Ngoài ra, Quỹ trao {m1}.000.000 đồng học bổng cho học sinh nghèo vượt khó.",
        "{y1}-01-16",
    ),
    (
        "{p}: Trao quà Tết cho hộ nghèo, gia đình chính sách dịp Tết Nguyên đán {y}",
        "Sáng 20/1, {b} phối hợp với các nhà hảo tâm trao {h1}0 suất quà Tết cho {h1}0 hộ nghèo và hộ cận nghèo, "
        "mỗi suất quà trị giá 500.000 đồng. Tổng kinh phí của chương trình “Tết vì người nghèo” năm {y} là {a2} triệu đồng.",
        "{y}-01-21",
    ),
    (
        "Tiếp nhận ủng hộ Quỹ phòng, chống dịch Covid-19 tại {p}",
        "Chiều 10/6/{y}, {b} tiếp nhận hơn {a1} tỷ đồng ủng hộ Quỹ “Vắc xin phòng Covid-19” từ các doanh nghiệp và nhà hảo tâm. "
        "Từ đầu năm {y} đến nay, toàn tỉnh đã vận động được {a1} tỷ {a3}00 triệu đồng cho công tác phòng, chống dịch.",
        "{y}-06-11",
    ),
    (
        "Hỗ trợ người dân bị thiệt hại do bão lũ ở {p}",
        "Ngày 5/10/{y}, {b} đã trao {a2} triệu đồng hỗ trợ {h1}5 hộ dân bị thiệt hại do bão số 9. "
        "Mức hỗ trợ từ 2 đến 5 triệu đồng/hộ tùy mức độ thiệt hại. Trước đó, Ủy ban đã tiếp nhận khoảng {a1},5 tỷ đồng ủng hộ đồng bào miền Trung.",
        "{y}-10-06",
    ),
    (
        "Sơ kết 6 tháng đầu năm {y}: {p} vận động Quỹ “Vì biển, đảo Việt Nam”",
        "Sáu tháng đầu năm {y}, {b} đã vận động được {a1},{a3} tỷ đồng ủng hộ Quỹ “Vì biển, đảo Việt Nam”, "
        "đồng thời hỗ trợ 1.{h1}00 lượt hộ ngư dân với tổng số tiền gần {a2} triệu đồng.",
        "{y}-07-14",
    ),
    (
        "Bàn giao nhà Đại đoàn kết cho hộ nghèo tại {p}",
        "Ngày 2/9/{y}, {b} bàn giao {h1} căn nhà Đại đoàn kết cho {h1} hộ nghèo. Tổng kinh phí xây dựng là một tỷ hai trăm triệu đồng, "
        "trong đó Quỹ “Vì người nghèo” hỗ trợ 800.000.000 đồng, số còn lại do gia đình và cộng đồng đóng góp.",
        "{y}-09-03",
    ),
]

# After 1 July 2025: 34 provinces, no district level; committees of the merged provinces report.
POST_2025 = [
    (
        "Tuyên Quang",
        "MTTQ tỉnh Tuyên Quang hỗ trợ xóa nhà tạm cho hộ nghèo sau sáp nhập",
        "Ngày 12/9/2025, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang (sau hợp nhất với tỉnh Hà Giang) bàn giao 120 căn nhà "
        "cho 120 hộ nghèo. Tổng kinh phí hỗ trợ là 7,2 tỷ đồng, mỗi căn nhà được hỗ trợ 60 triệu đồng từ Quỹ “Vì người nghèo”.",
        "2025-09-13",
    ),
    (
        "Hải Phòng",
        "Thành phố Hải Phòng tiếp nhận ủng hộ khắc phục hậu quả bão số 3",
        "Chiều 20/9/2025, Ủy ban MTTQ Việt Nam thành phố Hải Phòng tiếp nhận hơn 15 tỷ đồng ủng hộ người dân bị thiệt hại "
        "do bão số 3, trong đó có 1.500 hộ bị thiệt hại về nhà ở.",
        "2025-09-21",
    ),
    (
        "Huế",
        "Huế trao quà cho hộ cận nghèo dịp cuối năm 2025",
        "Sáng 18/11/2025, Ủy ban MTTQ Việt Nam thành phố Huế trao 300 suất quà cho 300 hộ cận nghèo, mỗi suất trị giá "
        "1.000.000 đồng, tổng trị giá 300 triệu đồng.",
        "2025-11-19",
    ),
]

CHROME = "\nTin khác\n{p} tiếp nhận 999 tỷ đồng ủng hộ (tin khác, không thuộc bài này)\nXem thêm"
YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025]


def build() -> list[dict]:
    rows = []
    for i in range(48):
        body, place, slug = PLACES[i % len(PLACES)]
        title_t, text_t, published_t = TEMPLATES[i % len(TEMPLATES)]
        year = YEARS[(i * 3) % len(YEARS)]
        if "Covid" in title_t:
            year = 2021
        values = dict(b=body, p=place, y=year, y1=year + 1, a1=2 + i % 7, a2=150 + 10 * (i % 9),
                      a3=1 + i % 8, h1=3 + i % 12, m1=40 + i % 30)  # fmt: skip
        text = text_t.format(**values) + " " + NOTE
        if i % 5 == 0:
            text += CHROME.format(**values)
        published = published_t.format(**values)
        rows.append({
            "id": f"mau-{i + 1:03d}",
            "title": f"{MARK} {title_t.format(**values)}",
            "published": published,
            "url": f"https://du-lieu-mau.mttq.invalid/{slug}/{published}/bai-{i + 1}",
            "text": text,
        })  # fmt: skip
    for n, (_place, title, text, published) in enumerate(POST_2025, start=len(rows) + 1):
        rows.append({
            "id": f"mau-{n:03d}",
            "title": f"{MARK} {title}",
            "published": published,
            "url": f"https://du-lieu-mau.mttq.invalid/sau-sap-xep/{published}/bai-{n}",
            "text": f"{text} {NOTE}",
        })  # fmt: skip
    return rows


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "sample_data" / "du_lieu_mau.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build()), encoding="utf-8")
    print(f"wrote {out}")
