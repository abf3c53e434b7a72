"""Reviews: a person confirms (Đúng), corrects (Sửa) or excludes (Loại) a figure, or undoes (Hoàn tác) the last review.

Every review is a row of the append-only table `reviews` (the audit log: who, when, the figure, its values
before and after, the note), kept apart from the extracted facts. A review names its figure by the article's
text (content_hash) and the figure's kind, text, offset and sentence, so it outlives the facts: importing the
same text again (from any file), re-extracting it with a newer parser, or removing and loading it again finds the
figure again (by offset, else by its text in the same sentence, else by its text alone when only one figure has
it). A review whose figure is gone is kept and listed as orphaned.

The facts table holds what totals add: the extracted values with the fact's current review applied, its id,
state and reviewer, and the extracted values (`extracted`, JSON) from which an undo or a re-extraction starts.
Two editors on one figure: each review names the review its editor saw (`seen`); when another one has been
stored since, it is refused with a Vietnamese sentence naming it, and the editor sees it before overwriting it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pandas as pd

from metrics import records, schema
from metrics.labels import REVIEW_LABELS
from parsers import gazetteer

if TYPE_CHECKING:
    from metrics.store import Store

VERDICTS = {**REVIEW_LABELS, "undone": "Hoàn tác"}
# The fact's fields a review sets (the rest are the parser's reading of the text: offsets, sentence, phrase).
FIELDS = ("value", "value_vnd", "qualifier", "action", "counted", "not_counted", "year", "period", "date_precision",
          "province", "province_2025", "district", "campaign")  # fmt: skip
# What Sửa may change; the other FIELDS follow from these.
EDITABLE = ("value", "qualifier", "action", "counted", "not_counted", "year", "province", "district", "campaign")
# Why a reviewer leaves a figure out (Loại): the reasons a parser gives, and one only a reader can: not a figure of
# this article at all (misread, page furniture). NOTE: labels in metrics/labels.NOT_COUNTED_LABELS.
EXCLUDE_REASONS = ("misread", "not_front", "other", "target", "part", "restates", "rate", "range_high", "duplicate")
COUNTED_ACTIONS = records.COUNTED_ACTIONS
FIRST_YEAR = 1945


class ReviewError(ValueError):
    """A review that cannot be made, in a Vietnamese sentence."""


class ReviewConflict(ReviewError):
    """Someone else reviewed the figure after this editor last saw it."""


@dataclass(frozen=True)
class FactRef:
    """A stored fact: its article, kind and offset (the key the facts table has)."""

    article_id: str
    kind: str
    start_offset: int


def review(store: Store, ref: FactRef, verdict: str, user: str, seen: int | None,
           changes: dict[str, Any] | None = None, note: str = "") -> int:  # fmt: skip
    """Stores a review of one fact (confirmed, corrected with `changes`, or excluded with changes["not_counted"] as
    the reason) and applies it; returns its id. `seen`: the fact's review_id as the editor saw it."""
    if verdict not in ("confirmed", "corrected", "excluded"):
        raise ValueError(f"unknown verdict {verdict!r}")
    with store._writer(user) as con, store._transaction(con):
        fact = _current(store, con, ref, seen)
        before = _values(fact)
        after = _after(verdict, before, changes or {})
        if verdict == "corrected" and after == before:  # nothing changed: the figure was right as read
            verdict = "confirmed"
        review_id = _log(store, con, fact, verdict, user, before, after, note, previous=fact["review_id"])
        _apply(store, con, fact, after, review_id, verdict, user)
    return review_id


def undo(store: Store, ref: FactRef, user: str, seen: int | None, note: str = "") -> int:
    """Undoes the fact's last review: the review before it applies again, or the extracted values."""
    with store._writer(user) as con, store._transaction(con):
        fact = _current(store, con, ref, seen)
        if fact["review_id"] is None:
            raise ReviewError("Số liệu này chưa được kiểm tra: không có gì để hoàn tác.")
        (previous,) = store._rows(con, "SELECT previous FROM reviews WHERE id = ?", [fact["review_id"]])[0]
        back = _review_row(store, con, previous) if previous is not None else None
        after = json.loads(back["values_after"]) if back else json.loads(fact["extracted"])
        undo_id = _log(store, con, fact, "undone", user, _values(fact), after, note, previous=fact["review_id"],
                       undoes=fact["review_id"])  # fmt: skip
        if back:
            _apply(store, con, fact, after, back["id"], back["verdict"], back["user_name"], back["made_at"])
        else:
            _apply(store, con, fact, after, None, None, None)
    return undo_id


def _current(store: Store, con: Any, ref: FactRef, seen: int | None) -> dict[str, Any]:
    columns = ", ".join(f"f.{c}" for c in schema.names("facts"))
    found = store._rows(con, f"""SELECT {columns}, a.content_hash FROM facts f JOIN articles a ON a.id = f.article_id
                                 WHERE f.article_id = ? AND f.kind = ? AND f.start_offset = ?""",
                        [ref.article_id, ref.kind, ref.start_offset])  # fmt: skip
    if not found:
        raise ReviewError(f"Không còn số liệu này trong bài {ref.article_id} (bài có thể vừa được đọc lại): hãy tải lại trang.")
    fact = dict(zip([*schema.names("facts"), "content_hash"], found[0], strict=True))
    if fact["review_id"] != (None if seen is None or pd.isna(seen) else int(seen)):  # a frame's cell may be <NA>
        raise ReviewConflict(_conflict_message(store, con, fact["review_id"]))
    return fact


def _conflict_message(store: Store, con: Any, review_id: int | None) -> str:
    if review_id is None:
        return "Lượt kiểm tra bạn thấy vừa được người khác hoàn tác. Hãy xem lại số liệu trước khi ghi."
    row = _review_row(store, con, review_id)
    return (f"{row['user_name']} vừa kiểm tra số liệu này lúc {row['made_at']:%H:%M %d/%m/%Y} "
            f"({VERDICTS[row['verdict']]}). Hãy xem lại kết quả đó trước khi ghi đè.")  # fmt: skip


def _review_row(store: Store, con: Any, review_id: int) -> dict[str, Any]:
    found = store._rows(con, f"SELECT {', '.join(schema.names('reviews'))} FROM reviews WHERE id = ?", [review_id])
    return dict(zip(schema.names("reviews"), found[0], strict=True))


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value.normalize()) if value != value.to_integral_value() else int(value)
    return None if value is None or value is pd.NA else value


def _values(fact: dict[str, Any]) -> dict[str, Any]:
    """The reviewable fields of a fact, as JSON-ready values (amounts whole where they are)."""
    return {k: _plain(fact[k]) for k in FIELDS}


def _after(verdict: str, before: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    if verdict == "confirmed":
        return dict(before)
    if verdict == "excluded":
        reason = changes.get("not_counted") or "misread"
        if reason not in EXCLUDE_REASONS:
            raise ReviewError("Hãy chọn lý do loại số liệu.")
        return {**before, "counted": False, "not_counted": reason}
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    after = {**before, **changes}
    return _consistent(before, after)


def _consistent(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """A correction's other fields made to agree with it, or a Vietnamese sentence saying what is wrong."""
    value = after["value"]
    if value is None or Decimal(str(value)) < 0:
        raise ReviewError("Giá trị phải là một số không âm.")
    value = Decimal(str(value))
    if value >= schema.MAX_VALUE:
        raise ReviewError("Giá trị quá lớn, không thể là số liệu thật.")
    after["value"] = _plain(value)
    if before["value_vnd"] is not None:  # an amount in đồng: the value is the amount
        if value != value.to_integral_value():
            raise ReviewError("Số tiền bằng đồng phải là số nguyên.")
        after["value_vnd"] = int(value)
    year = after["year"]
    if year is not None and not FIRST_YEAR <= int(year) <= datetime.now().year + 1:
        raise ReviewError(f"Năm {year} không hợp lý (từ {FIRST_YEAR} đến năm sau).")
    if year != before["year"]:
        after["period"], after["date_precision"] = (str(year), "year") if year is not None else (None, None)
    if after["province"] != before["province"]:
        after["province_2025"] = gazetteer.province_2025(after["province"]) if after["province"] else None
    if after["counted"]:
        if after["action"] not in COUNTED_ACTIONS:
            raise ReviewError("Chỉ cộng vào tổng tiền vận động, tiếp nhận hoặc hỗ trợ, chi: hãy sửa Hoạt động.")
        after["not_counted"] = None
    elif not after["not_counted"]:
        after["not_counted"] = "target" if after["action"] == "target" else "other"
    for key in ("district", "campaign", "province"):
        after[key] = (str(after[key]).strip() or None) if after[key] is not None else None
    return after


def _log(store: Store, con: Any, fact: dict[str, Any], verdict: str, user: str, before: dict[str, Any],
         after: dict[str, Any], note: str, previous: int | None, undoes: int | None = None) -> int:  # fmt: skip
    review_id = int(store._rows(con, "SELECT coalesce(max(id), 0) + 1 FROM reviews")[0][0])
    from metrics.store import now

    row = {"id": review_id, "made_at": now(), "user_name": user, "verdict": verdict, "previous": previous,
           "undoes": undoes, "content_hash": fact["content_hash"], "article_id": fact["article_id"], "kind": fact["kind"],
           "text": fact["text"], "start_offset": fact["start_offset"], "sentence": fact["sentence"],
           "values_before": json.dumps(before, ensure_ascii=False), "values_after": json.dumps(after, ensure_ascii=False),
           "note": note.strip() or None}  # fmt: skip
    frame = schema.frame("reviews", [row])
    schema.check("reviews", frame)
    store._insert(con, "reviews", frame)
    return review_id


def _apply(store: Store, con: Any, fact: dict[str, Any], after: dict[str, Any], review_id: int | None,
           verdict: str | None, user: str | None, at: datetime | None = None) -> None:  # fmt: skip
    """Writes the values a review (or none) gives the fact, then the duplicate flags of the figures it touches."""
    extracted = fact["extracted"] or json.dumps(_values(fact), ensure_ascii=False)
    values = {**after, "value": Decimal(str(after["value"])) if after["value"] is not None else None}
    key = records.duplicate_key({**fact, **values})
    from metrics.store import now

    sets = {**values, "duplicate_key": key, "review_id": review_id, "review_state": verdict, "reviewed_by": user,
            "reviewed_at": (at or now()) if review_id is not None else None,
            "extracted": extracted if review_id is not None else None}  # fmt: skip
    if review_id is None:  # back to the parser's reading, duplicate flags included
        sets.update(likely_duplicate=False, duplicate_of=None)
    assignments = ", ".join(f"{k} = ?" for k in sets)
    store._rows(con, f"UPDATE facts SET {assignments} WHERE article_id = ? AND kind = ? AND start_offset = ?",
                [*sets.values(), fact["article_id"], fact["kind"], fact["start_offset"]])  # fmt: skip
    keys = [k for k in {fact["duplicate_key"], key} if k]
    touched = store._rows(con, f"SELECT DISTINCT article_id FROM facts WHERE duplicate_key IN ({', '.join('?' * len(keys))})",
                          keys)  # fmt: skip
    store._mark_duplicates(con, [a for (a,) in touched])
    store._rows(con, "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'version'")


# --- reviews outlive the facts ----------------------------------------------------------------------------------
def live(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reviews in force, from log rows in id order: each review replaces the one its editor saw, an undo
    brings back the one before the review it undoes.

    >>> log = [{"id": 1, "verdict": "confirmed", "previous": None, "undoes": None},
    ...        {"id": 2, "verdict": "corrected", "previous": 1, "undoes": None},
    ...        {"id": 3, "verdict": "excluded", "previous": None, "undoes": None},
    ...        {"id": 4, "verdict": "undone", "previous": 2, "undoes": 2}]
    >>> [r["id"] for r in live(log)]
    [1, 3]
    """
    by_id = {r["id"]: r for r in rows}
    current: dict[int, None] = {}
    for r in rows:
        if r["verdict"] == "undone":
            current.pop(r["undoes"], None)
            back = by_id[r["undoes"]]["previous"]
            if back is not None:
                current[back] = None
        else:
            current.pop(r["previous"], None)
            current[r["id"]] = None
    return [by_id[i] for i in sorted(current)]


def _match(review_: dict[str, Any], facts: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The fact a review names: same offset and text, else the same text in the same sentence (nearest), else the
    one figure read over the same characters (a newer parser reading "5 tỷ đồng" in "trên 5 tỷ đồng"), else the
    only fact with that text.

    >>> old = {"kind": "money", "text": "trên 5 tỷ đồng", "start_offset": 10, "sentence": "S"}
    >>> _match(old, [{"kind": "money", "text": "5 tỷ đồng", "start_offset": 15, "end_offset": 24, "sentence": "S2"}])["text"]
    '5 tỷ đồng'
    >>> _match(old, [{"kind": "money", "text": "2 tỷ đồng", "start_offset": 40, "end_offset": 49, "sentence": "S"}]) is None
    True
    """
    kind = [f for f in facts if f["kind"] == review_["kind"]]
    same = [f for f in kind if f["text"] == review_["text"]]
    exact = [f for f in same if f["start_offset"] == review_["start_offset"]]
    if exact:
        return exact[0]
    in_sentence = [f for f in same if f["sentence"] == review_["sentence"]]
    if in_sentence:
        return min(in_sentence, key=lambda f: abs(f["start_offset"] - review_["start_offset"]))
    start, end = review_["start_offset"], review_["start_offset"] + len(review_["text"] or "")
    over = [f for f in kind if f["start_offset"] < end and start < f["end_offset"]]
    if len(over) == 1:
        return over[0]
    return same[0] if len(same) == 1 else None


def reapply(store: Store, con: Any, hashes: Sequence[str]) -> int:
    """Applies the reviews in force to the facts of freshly stored articles (these content hashes); returns how
    many found their figure. Called inside the transaction that stored them, before duplicates are marked."""
    if not hashes:
        return 0
    marks = ", ".join("?" * len(hashes))
    names = schema.names("reviews")
    log = _dicts(store, con, f"SELECT {', '.join(names)} FROM reviews WHERE content_hash IN ({marks}) ORDER BY id",
                 list(hashes), names)  # fmt: skip
    if not log:
        return 0
    names = [*schema.names("facts"), "content_hash"]
    columns = ", ".join(f"f.{c}" for c in schema.names("facts"))
    facts = _dicts(store, con, f"""SELECT {columns}, a.content_hash FROM facts f JOIN articles a ON a.id = f.article_id
                                   WHERE a.content_hash IN ({marks})""", list(hashes), names)  # fmt: skip
    found = 0
    for content_hash in dict.fromkeys(r["content_hash"] for r in log):
        free = [f for f in facts if f["content_hash"] == content_hash and f["review_id"] is None]
        for r in live([row for row in log if row["content_hash"] == content_hash]):
            fact = _match(r, free)
            if fact is None:
                continue  # orphaned: kept in the log, listed by orphaned()
            free.remove(fact)
            _apply_quietly(store, con, fact, r)
            found += 1
    return found


def _apply_quietly(store: Store, con: Any, fact: dict[str, Any], r: dict[str, Any]) -> None:
    """A review applied to a figure read again: its values, no new log row (the caller marks duplicates)."""
    after = json.loads(r["values_after"])
    after["value"] = Decimal(str(after["value"])) if after["value"] is not None else None
    sets = {**after, "duplicate_key": records.duplicate_key({**fact, **after}), "review_id": r["id"],
            "review_state": r["verdict"], "reviewed_by": r["user_name"], "reviewed_at": r["made_at"],
            "extracted": json.dumps(_values(fact), ensure_ascii=False)}  # fmt: skip
    store._rows(con, f"UPDATE facts SET {', '.join(f'{k} = ?' for k in sets)} "
                     "WHERE article_id = ? AND kind = ? AND start_offset = ?",
                [*sets.values(), fact["article_id"], fact["kind"], fact["start_offset"]])  # fmt: skip


def _dicts(store: Store, con: Any, sql: str, params: list[Any], names: list[str]) -> list[dict[str, Any]]:
    """Rows as dicts of plain values (a frame would turn whole numbers beside nulls into floats)."""
    return [dict(zip(names, row, strict=True)) for row in store._rows(con, sql, params)]


# --- reading ------------------------------------------------------------------------------------------------------
def orphaned_ids(store: Store) -> set[int]:
    """Reviews in force whose figure no longer exists (its article removed, or re-extracted without it)."""
    names = ["id", "verdict", "previous", "undoes"]
    with store.reading():
        rows = [dict(zip(names, r, strict=True)) for r in store.rows(f"SELECT {', '.join(names)} FROM reviews ORDER BY id")]
        applied = {int(i) for (i,) in store.rows("SELECT review_id FROM facts WHERE review_id IS NOT NULL")}
    return {r["id"] for r in live(rows)} - applied


def log_frame(store: Store, since: datetime | None = None, orphaned_only: bool = False) -> pd.DataFrame:
    """The audit log (since a time), oldest first, each row marked orphaned or not."""
    where, params = ("made_at >= ?", [since]) if since else ("TRUE", [])
    frame = store.query(f"SELECT * FROM reviews WHERE {where} ORDER BY id", params)
    frame = frame.astype({"id": "Int64", "previous": "Int64", "undoes": "Int64"})
    frame["orphaned"] = frame["id"].isin(orphaned_ids(store))
    return frame[frame["orphaned"]] if orphaned_only else frame


def log_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Log rows as the command line prints them (JSON-ready; before/after as objects)."""
    out = []
    for r in frame.astype(object).where(frame.notna(), None).to_dict("records"):
        out.append({"id": r["id"], "at": r["made_at"].isoformat(sep=" ", timespec="seconds"), "user": r["user_name"],
                    "verdict": r["verdict"], "article_id": r["article_id"], "content_hash": r["content_hash"],
                    "kind": r["kind"], "text": r["text"], "start": r["start_offset"], "sentence": r["sentence"],
                    "before": json.loads(r["values_before"]), "after": json.loads(r["values_after"]), "note": r["note"],
                    "undoes": r["undoes"], "previous": r["previous"], "orphaned": bool(r["orphaned"])})  # fmt: skip
    return out
