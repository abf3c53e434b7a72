"""Broken and hostile files: a Vietnamese message naming the file (and line), never a traceback, nothing lost.

Every file is made here, on the fly (bombs included); none is committed. Each goes
through `python -m parsers extract` and through `metrics ingest` (by path and as an
upload), into a store that already holds articles and must keep them all.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import re
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from metrics import storage
from metrics.ingest import ingest_paths, ingest_uploads
from parsers import streams
from parsers.__main__ import main
from parsers.readers import Problem, Source, read_bytes, read_paths, read_uploads

ARTICLE = "Tin mẫu\nNăm 2021, Ủy ban MTTQ huyện Ba Vì trao 85.000.000 đồng cho 24 hộ nghèo.\n"
# The same sentence as iconv writes it in TCVN3 (TCVN5712-1) and in Windows-1258: legacy Vietnamese encodings.
TCVN3 = bytes.fromhex(
    "9e792062616e204dc674207472cb6e2054e6207175e86320687579d66e2042612056d7207472616f20383520747269d67520aee56e672063686f"
    "2068e9206e6768cc6f2e0a"
)
CP1258 = bytes.fromhex(
    "55d2792062616e204de3f274207472e2f26e2054f4d2207175f4ec6320687579eaf26e204261205669cc207472616f20383520747269eaf27520"
    "f0f4cc6e672063686f2068f4f2206e6768e86f2e0a"
)
LIMITS = {name: getattr(streams, name) for name in ("MAX_ARTICLE_BYTES", "MAX_FILE_BYTES", "MAX_UPLOAD_BYTES")}
SMALL_FILE_LIMIT = 8_000_000  # the per-file and per-upload limits, made small so bombs stay small and fast
SMALL_UPLOAD_LIMIT = 16_000_000


def _jsonl(*rows: object) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _gzip_of(chunk: bytes, times: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(packer.compress(chunk) for _ in range(times)) + packer.flush()


def _truncated_gzip() -> bytes:
    rows = [{"id": f"t{i}", "text": ARTICLE + str(random.Random(i).random())} for i in range(200)]
    whole = gzip.compress(_jsonl(*rows), mtime=0)
    return whole[: len(whole) // 2]


TRUNCATED = _truncated_gzip()
TRUNCATED_LINES = zlib.decompressobj(31).decompress(TRUNCATED).count(b"\n")  # the complete lines before the cut


NOSCRIPT_HTML = """<html><head><title>MTTQ huyện Ba Vì trao quà</title></head><body><article><h1>MTTQ huyện Ba Vì trao quà</h1>
<noscript><p>Trang này cần JavaScript. Quỹ đã tiếp nhận 999 tỷ đồng cho 70.000 hộ nghèo.</p></noscript>
<p>Ngày 14/1/2023, Ủy ban MTTQ Việt Nam huyện Ba Vì trao 200 suất quà cho 200 hộ nghèo, mỗi suất trị giá 500.000 đồng.</p>
<p>Tổng kinh phí là 100 triệu đồng. Đây là hoạt động thường niên của Mặt trận huyện nhằm chăm lo Tết cho người nghèo.</p>
</article></body></html>"""

SURROGATE_LINE = b'{"id": "s\\udc00", "text": "Tin\\nTrao 5 t\\u1ef7 \\u0111\\u1ed3ng \\ud800."}\n'
NAN_LINES = b'{"text": "Trao 5 t\\u1ef7", "value": NaN}\n{"text": "x", "v": Infinity}\n'
LONG_LINE = b'{"text": "' + "trao 5 tỷ đồng ".encode() * 300_000 + b'"}\n'  # 6 MB
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
LEGACY = "có vẻ là tiếng Việt mã cũ (TCVN3/ABC, VNI hoặc Windows-1258)"
TOO_LONG = "dài hơn giới hạn 5 MB cho một bài (MAX_ARTICLE_BYTES)"
NO_ARTICLE = "tệp không có bài nào (rỗng hoặc chỉ có dòng trống)"
UPLOAD_LIMIT = "dừng đọc: cả lần nhập vượt giới hạn 16 MB sau giải nén (MAX_UPLOAD_BYTES)"


def _many_members() -> bytes:
    return _zip({f"{i}.jsonl": _jsonl({"text": ARTICLE + str(i)}) + b"\n" * 6_000_000 for i in range(5)})


# (file name, its bytes, expected message (None: read with no message), line of the message, articles read)
HOSTILE: list[tuple[str, Callable[[], bytes], str | None, int | None, int]] = [
    ("nested.jsonl", lambda: _jsonl({"text": ARTICLE}) + b"[" * 100_000 + b"\n", "JSON lồng nhau quá sâu, không đọc", 2, 1),
    ("surrogate.jsonl", lambda: SURROGATE_LINE, "có ký tự Unicode hỏng (nửa cặp surrogate, như \\ud800), đã thay bằng “\ufffd”", 1, 1),
    ("nan.jsonl", lambda: NAN_LINES + _jsonl({"text": ARTICLE}), "JSON có giá trị NaN (không phải số JSON hợp lệ), không đọc", 1, 1),
    ("date.jsonl", lambda: _jsonl({"text": ARTICLE, "published": "9999-99-99"}), "ngày đăng “9999-99-99” không phải ngày hợp lệ", 1, 1),
    ("long_line.jsonl", lambda: LONG_LINE + _jsonl({"text": ARTICLE}), "dòng " + TOO_LONG, 1, 1),
    ("bomb.zip", lambda: _zip({"bom.txt": b"\x00" * 50_000_000, "tin.txt": ARTICLE.encode()}), "tệp nhị phân, không phải văn bản", None, 1),
    ("text_bomb.zip", lambda: _zip({"bom.txt": b"trao " * 10_000_000}), "bài " + TOO_LONG, None, 0),
    ("newlines.jsonl.gz", lambda: _gzip_of(b"\n" * 1_000_000, 20), "dừng đọc: tệp vượt giới hạn 8 MB sau giải nén cho một tệp", None, 0),
    ("blank.jsonl.gz", lambda: _gzip_of(b"\n" * 1_000_000, 2), NO_ARTICLE, None, 0),
    ("many.zip", _many_members, UPLOAD_LIMIT + "; phần này và các tệp sau không được đọc", None, 3),
    ("truncated.jsonl.gz", lambda: TRUNCATED, f"tệp nén bị cắt cụt (thiếu phần cuối); đã đọc các dòng trọn vẹn đến dòng {TRUNCATED_LINES}",
     None, TRUNCATED_LINES),
    ("not_gzip.jsonl.gz", lambda: b"plain text", "không phải tệp nén hợp lệ hoặc dữ liệu nén bị hỏng", None, 0),
    ("not_zip.zip", lambda: b"PK plain text", "không phải tệp zip hợp lệ", None, 0),
    ("utf16_bom.txt", lambda: ARTICLE.encode("utf-16"), None, None, 1),
    ("utf16le.txt", lambda: ARTICLE.encode("utf-16-le"), None, None, 1),
    ("utf16be.jsonl", lambda: _jsonl({"text": ARTICLE}).decode().encode("utf-16-be"), None, None, 1),
    ("tcvn3.txt", lambda: TCVN3, "không phải văn bản UTF-8 (byte 0): " + LEGACY, None, 0),
    ("cp1258.jsonl", lambda: b'{"text": "' + CP1258.strip() + b'"}\n', "không phải văn bản UTF-8 (byte 11): " + LEGACY, 1, 0),
    ("binary.txt", lambda: PNG, "tệp nhị phân, không phải văn bản", None, 0),
    ("empty.txt", lambda: b"", "tệp rỗng, không có chữ nào", None, 0),
    ("spaces.txt", lambda: b" \n\t\n", "tệp rỗng, không có chữ nào", None, 0),
    ("empty.jsonl", lambda: b"", NO_ARTICLE, None, 0),
    ("empty_text.jsonl", lambda: _jsonl({"text": ""}), 'trường "text" rỗng, không có bài', 1, 0),
    ("noscript.html", lambda: NOSCRIPT_HTML.encode(), None, None, 1),
    ("notes.pdf", lambda: b"%PDF-1.4", "loại tệp không đọc được", None, 0),
]  # fmt: skip


@pytest.fixture(autouse=True)
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streams, "MAX_FILE_BYTES", SMALL_FILE_LIMIT)
    monkeypatch.setattr(streams, "MAX_UPLOAD_BYTES", SMALL_UPLOAD_LIMIT)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, make, *_ in HOSTILE:
        (folder / name).write_bytes(make())
    return folder


def _reported(lines: list[str], where: str, message: str, line: int | None) -> bool:
    """A message naming the file (a member of a .zip counts), its line if given, and the reason."""
    at = f":{line}: " if line else ": "
    return any(where in s and at + message in s for s in lines)


@pytest.mark.parametrize(
    ("name", "message", "line", "read"), [(n, m, li, r) for n, _, m, li, r in HOSTILE], ids=[h[0] for h in HOSTILE]
)
def test_parsers_extract_names_file_line_and_reason(hostile, capsys, name, message, line, read):
    code = main(["extract", str(hostile / name)])
    out, err = capsys.readouterr()
    records = [json.loads(row) for row in out.splitlines()]
    assert len(records) == read and code == (0 if read else 1)
    assert "Traceback" not in err
    if message is None:
        assert err == ""
    else:
        assert _reported(err.splitlines(), str(hostile / name), message, line), err
    assert all(line.startswith(("lỗi: ", "cảnh báo: ")) for line in err.splitlines())


def test_a_store_keeps_its_articles_through_every_hostile_file(hostile, tmp_path):
    store = storage.open_store(tmp_path / "s.duckdb")
    before = ingest_uploads(store, [("a.txt", ARTICLE.encode()), ("b.txt", ARTICLE.replace("85", "95").encode())])
    assert len(before.added) == 2
    for name, make, message, line, read in HOSTILE:
        by_path = ingest_paths(store, [str(hostile / name)])
        as_upload = ingest_uploads(store, [(name, make())])
        for result, shown in ((by_path, str(hostile / name)), (as_upload, name)):
            assert len(result.added) + len(result.skipped) == read, name
            if message:
                assert _reported(result.failed, shown, message, line), (name, result.failed)
            else:
                assert result.failed == [], (name, result.failed)
        json.dumps(by_path.as_dict(), ensure_ascii=False).encode()  # printable: no lone surrogate left
    stored = {i for (i,) in store.rows("SELECT id FROM articles")}
    assert set(before.added) <= stored
    store.close()


def test_what_hostile_files_store(hostile, tmp_path):
    store = storage.open_store(tmp_path / "s.duckdb")
    ingest_paths(store, [str(hostile / n) for n in ("surrogate.jsonl", "date.jsonl", "noscript.html")])
    rows = dict(store.rows("SELECT source, published FROM articles"))
    assert rows[str(hostile / "date.jsonl")] is None  # "9999-99-99" dropped, not stored
    ids = [i for (i,) in store.rows("SELECT id FROM articles")]
    assert "s\ufffd" in ids
    values = {v for (v,) in store.rows("SELECT value_vnd FROM facts WHERE value_vnd IS NOT NULL")}
    assert {500_000, 100_000_000} <= values and 999_000_000_000 not in values  # nothing from <noscript>
    households = [v for (v,) in store.rows("SELECT value FROM facts WHERE kind = 'households'")]
    assert 70_000 not in households
    store.close()


def test_upload_limit_counts_all_files_of_one_upload():
    part = _jsonl({"text": ARTICLE}) + b"\n" * 7_000_000
    items = list(read_uploads([("a.jsonl", part), ("b.jsonl", part), ("c.jsonl", part), ("d.jsonl", part)]))
    problems = [str(i) for i in items if isinstance(i, Problem)]
    assert sum(isinstance(i, Source) for i in items) == 3  # c's article comes before its limit
    assert problems[0].startswith("c.jsonl: " + UPLOAD_LIMIT) and problems[1].startswith("d.jsonl: " + UPLOAD_LIMIT)


def test_zip_bomb_is_read_in_bounded_memory():
    bomb = _zip({"bom.txt": b"trao " * 20_000_000})  # 100 MB of text in about 100 KB
    tracemalloc.start()
    try:
        items = list(read_bytes("bomb.zip", bomb))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [str(i) for i in items] == ["bomb.zip/bom.txt: bài dài hơn giới hạn 5 MB cho một bài (MAX_ARTICLE_BYTES)"]
    assert peak < 4 * streams.MAX_ARTICLE_BYTES


def test_problems_per_file_are_capped():
    data = b"{broken\n" * 1000 + _jsonl({"text": ARTICLE})
    items = list(read_bytes("many.jsonl", data))
    problems = [str(i) for i in items if isinstance(i, Problem)]
    assert len(problems) == 21 and problems[-1] == "many.jsonl: và 980 lỗi khác trong tệp này (không liệt kê hết)"
    assert isinstance(items[-1], Source) or isinstance(items[-2], Source)


def test_folder_of_files_with_bad_names(tmp_path):
    odd = tmp_path / "bad\udcff.txt"  # a file name that is not UTF-8, as the file system gives it
    try:
        odd.write_text(ARTICLE, encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system refuses names that are not UTF-8")
    (item,) = read_paths([str(tmp_path)])
    assert isinstance(item, Source) and item.id.endswith("bad\ufffd.txt")
    json.dumps(item.id, ensure_ascii=False).encode()


def test_legacy_encoding_message_says_how_to_convert():
    (problem,) = read_bytes("tcvn3.txt", TCVN3)
    assert "Unikey Toolkit" in str(problem) and "iconv -f TCVN5712-1 -t UTF-8" in str(problem)
    assert "iconv -f CP1258 -t UTF-8" in str(problem)
    (french,) = read_bytes("fr.txt", "Le café est très bon, c'est vrai : voilà tout ce qu'il faut savoir.".encode("latin-1"))
    assert str(french) == "fr.txt: không phải văn bản UTF-8 (byte 6): hãy lưu lại tệp ở dạng UTF-8"


def test_readme_states_the_limits():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    stated = dict(re.findall(r"^\| `(MAX_\w+)` \| ([\d,]+ [MG]B) \|", readme, re.M))
    assert stated == {name: streams.size_text(size) for name, size in LIMITS.items()}  # the real ones, not small_limits
