"""What an article's address says: its host and the words of its slug.

Addresses carry no diacritics ("ha-noi-hon-7-2-ty-dong"), so text is compared
with them only after folding: the one place the parsers drop diacritics, never
to match Vietnamese words against each other.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from urllib.parse import SplitResult, unquote, urlsplit

import regex as re

_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without diacritics, as addresses write Vietnamese.

    >>> fold("Hà Nội: Hơn 7,2 tỷ đồng")
    'ha noi: hon 7,2 ty dong'
    """
    if text.isascii():
        return text.lower()  # as below: nothing to fold, and ASCII case folds as it lowers
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=64)
def _split(url: str) -> SplitResult:
    """urlsplit, once for the host and once for the slug of an article's address."""
    return urlsplit(url.strip())


def host(url: str | None) -> str:
    """>>> host("https://beta.baoquangbinh.vn/xa-hoi/202406/x")
    'beta.baoquangbinh.vn'
    """
    if not url:
        return ""
    try:
        return (_split(url).hostname or "").casefold()
    except ValueError:
        return ""


def slug_words(url: str | None) -> list[str]:
    """The words of the address's longest path segment (its slug).

    >>> slug_words("https://x.vn/tin/ha-noi-hon-7-2-ty-dong-be48b55.html")
    ['ha', 'noi', 'hon', '7', '2', 'ty', 'dong', 'be48b55', 'html']
    """
    if not url:
        return []
    try:
        path = unquote(_split(url).path)
    except ValueError:
        return []
    segments = [s for s in path.split("/") if s]
    if not segments:
        return []
    return _WORD.findall(fold(max(segments, key=len)))


def slug_overlap(line: str, slug: list[str]) -> float:
    """Share of a line's words that the slug also has (0 when either is empty).

    >>> slug_overlap("Hà Nội: Hơn 7,2 tỷ đồng", slug_words("https://x.vn/ha-noi-hon-7-2-ty-dong.html"))
    1.0
    """
    words = _WORD.findall(fold(line))
    if not words or not slug:
        return 0.0
    known = set(slug)
    return sum(w in known for w in words) / len(words)
