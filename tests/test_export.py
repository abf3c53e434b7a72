"""Exports: CSV bytes pinned, Excel opened with openpyxl, the command line's filters and messages."""

import csv
import io
import json
from decimal import Decimal

import openpyxl
import pandas as pd
import pytest

from metrics import export, storage
from metrics.__main__ import main as metrics_main
from metrics.ingest import ingest_uploads
from parsers.__main__ import main as parsers_main

# Two facts as Store.facts gives them: decimals with the store's scale, NULL as None or <NA>.
FACTS = pd.DataFrame(
    {
        "article_id": ["a1", "a2"],
        "kind": ["money", "households"],
        "text": ["trên 5,3 tỷ đồng", "-24 hộ nghèo"],
        "value": [Decimal("5.300000"), Decimal("24.000000")],
        "value_vnd": pd.array([5_300_000_000, None], dtype="Int64"),
        "currency": ["VND", None],
        "unit": ["VND", "hộ nghèo"],
        "qualifier": ["over", "exact"],
        "rate": pd.array([False, True], dtype="boolean"),
        "range": [None, "low"],
        "year": pd.array([2021, None], dtype="Int64"),
        "period": ["2021", None],
        "campaign": ["Vì người nghèo", None],
        "action": ["raised", "given"],
        "province": ["Hà Nội", None],
        "district": [None, None],
        "province_2025": ["Hà Nội", None],
        "likely_duplicate": pd.array([False, True], dtype="boolean"),
        "duplicate_of": ["a1", "a1"],
        "sentence": ["Quỹ\x0bnhận trên 5,3 tỷ đồng.", '=HYPERLINK("http://x")'],
        "counted": pd.array([True, False], dtype="boolean"),
        "not_counted": [None, "rate"],
        "part_of": pd.array([None, 0], dtype="Int64"),
        "restates": pd.array([None, None], dtype="Int64"),
        "in_headline": pd.array([True, False], dtype="boolean"),
        "ward": [None, "Xã Ba Trại"],
        "event_date": ["2021-05-01", None],
        "title": ["=Tin A", "@Tin B"],
        "published": ["2021-05-01", None],
        "url": [None, None],
        "relevant": pd.array([True, True], dtype="boolean"),
        "review_state": ["corrected", None],
        "reviewed_by": ["lan", None],
    }
)

CSV_VI = (
    "\ufeffMã bài,Loại,Cụm từ gốc,Giá trị,Số tiền (đồng),Đơn vị tiền,Đơn vị,Mức chính xác,Định mức (không cộng),Khoảng,"
    "Năm,Kỳ,Chiến dịch/Quỹ,Hoạt động,Tỉnh/thành (lúc đó),Quận/huyện,Tỉnh/thành (sau 2025),Có thể trùng,Trùng với bài,"
    "Câu gốc,Được cộng vào tổng,Lý do không cộng,Thuộc tổng ở vị trí,Nhắc lại số ở vị trí,Trong tiêu đề/sapo,Phường/xã,"
    "Ngày sự kiện,Tiêu đề,Ngày đăng,Liên kết,Bài về Mặt trận,Kiểm tra,Người kiểm tra\r\n"
    'a1,Tiền,"trên 5,3 tỷ đồng",5.3,5300000000,VND,VND,hơn/trên,Không,,2021,2021,Vì người nghèo,"Vận động, tiếp nhận",'
    'Hà Nội,,Hà Nội,Không,,"Quỹ\x0bnhận trên 5,3 tỷ đồng.",Có,,,,Có,,2021-05-01,\'=Tin A,2021-05-01,,Có,Đã sửa,lan\r\n'
    'a2,Hộ,\'-24 hộ nghèo,24,,,hộ nghèo,chính xác,Có,cận dưới,,,,"Hỗ trợ, chi",,,,Có,a1,'
    '"\'=HYPERLINK(""http://x"")",Không,"mức cho mỗi suất/hộ/người, không cộng",0,,Không,Xã Ba Trại,,\'@Tin B,,,Có,,\r\n'
)


def test_csv_bytes_vietnamese_values_integers_and_guards():
    assert export.to_csv_bytes(FACTS).decode("utf-8") == CSV_VI


def test_csv_english_headers_give_codes():
    rows = list(csv.DictReader(io.StringIO(export.to_csv_bytes(FACTS, "en").decode("utf-8-sig"))))
    assert [(r["kind"], r["qualifier"], r["action"], r["rate"], r["range"]) for r in rows] == [
        ("money", "over", "raised", "False", ""),
        ("households", "exact", "given", "True", "low"),
    ]
    assert [(r["value"], r["value_vnd"], r["year"], r["duplicate_of"]) for r in rows] == [("5.3", "5300000000", "2021", ""),
                                                                                          ("24", "", "", "a1")]  # fmt: skip


def test_xlsx_numbers_text_no_formula_no_visible_quote():
    book = openpyxl.load_workbook(io.BytesIO(export.to_xlsx_bytes(FACTS)))
    sheet = book["Dữ liệu"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2)]
    assert all(c.data_type != "f" for r in rows for c in r.values())
    first, second = ({k: c.value for k, c in r.items()} for r in rows)
    assert first["Số tiền (đồng)"] == 5_300_000_000 and rows[0]["Số tiền (đồng)"].data_type == "n"
    assert (first["Năm"], second["Giá trị"], second["Năm"]) == (2021, 24, None)
    assert isinstance(second["Giá trị"], int) and first["Giá trị"] == 5.3
    assert first["Tiêu đề"] == "=Tin A" and second["Câu gốc"] == '=HYPERLINK("http://x")' and second["Tiêu đề"] == "@Tin B"
    assert first["Câu gốc"] == "Quỹ nhận trên 5,3 tỷ đồng."  # \x0b, which Excel refuses, is a space
    assert (first["Hoạt động"], first["Có thể trùng"], first["Trùng với bài"], second["Trùng với bài"]) == (
        "Vận động, tiếp nhận", "Không", None, "a1")  # fmt: skip


def test_xlsx_with_control_characters_from_a_real_ingest(tmp_path):
    store = storage.open_store(tmp_path / "s.duckdb")
    text = "Tin\nNăm 2021, Ủy ban MTTQ tỉnh Nghệ An\x0b vận động được 5 tỷ đồng.\x1f\n"
    ingest_uploads(store, [("a.txt", text.encode())])
    facts = store.facts(details=True)
    store.close()
    sheet = openpyxl.load_workbook(io.BytesIO(export.to_xlsx_bytes(facts))).active
    assert "\x0b" in facts["sentence"].iloc[0] and sheet.cell(2, 20).value.endswith("5 tỷ đồng. ")


def test_parquet_keeps_codes_and_integer_types():
    frame = pd.read_parquet(io.BytesIO(export.to_parquet_bytes(FACTS)))
    assert frame["year"].tolist()[0] == 2021 and str(frame["year"].dtype) == "Int64"
    assert frame["action"].tolist() == ["raised", "given"]


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("MTTQ_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MTTQ_DATABASE_URL", raising=False)
    a = "Tin A\nNăm 2021, Ủy ban MTTQ thành phố Hà Nội vận động được 5 tỷ đồng.\n"
    b = "Tin B\nNăm 2021, Ủy ban MTTQ tỉnh Nghệ An vận động được 7 tỷ đồng.\n"
    opened = storage.open_store()
    ingest_uploads(opened, [("a.txt", a.encode()), ("b.txt", b.encode())])
    opened.close()
    return tmp_path


def test_export_province_without_accents(store, capsys):
    out = store / "x.csv"
    assert metrics_main(["export", "--out", str(out), "--province", "ha noi"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["rows"] == 1 and printed["provinces"] == ["Hà Nội"]
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert [r["Tỉnh/thành (lúc đó)"] for r in rows] == ["Hà Nội"]


def test_export_unknown_province_lists_those_stored(store, capsys):
    assert metrics_main(["export", "--out", str(store / "x.csv"), "--province", "Ha Tay"]) == 2
    err = capsys.readouterr().err
    assert err == "lỗi: không có tỉnh/thành “Ha Tay” trong kho. Có: Hà Nội, Nghệ An\n"
    assert not (store / "x.csv").exists()


def test_export_into_a_missing_folder(store, capsys):
    assert metrics_main(["export", "--format", "xlsx", "--out", str(store / "nope" / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err == f"lỗi: thư mục “{store / 'nope'}” không tồn tại; hãy tạo thư mục đó hoặc chọn --out khác\n"


def test_parsers_extract_csv_guards_formula_cells(tmp_path, capsys):
    rows = [{"id": "=1+1", "title": "@SUM(A1)", "text": "Tin\n+Năm 2021, MTTQ huyện Ba Vì trao 85.000.000 đồng."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert parsers_main(["extract", "--format", "csv", str(tmp_path / "a.jsonl")]) == 0
    cells = [c for row in csv.reader(io.StringIO(capsys.readouterr().out)) for c in row]
    assert "'=1+1" in cells and "'@SUM(A1)" in cells
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@"))]
