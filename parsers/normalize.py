"""One normalisation at the entry point: NFC, line ends, odd spaces.

Diacritics are never stripped: "năm" and "nam", "hộ" and "hồ" differ.
"""

from __future__ import annotations

import re as stdlib_re
import unicodedata

import regex as re

from parsers.vocab.spelling import TONE_PLACEMENT

_SPACE = r"[\t\p{Zs}\u200b\u200c\u200d\ufeff]"
# A run of two or more, or one that is not a plain space: a lone plain space (most of them) is left alone.
_SPACES = re.compile(rf"{_SPACE}{{2,}}|(?!\x20){_SPACE}")
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# Every character _SPACE matches but the plain space (checked in the doctest below): a text holding
# none of them and no two spaces in a row has nothing to change, and most texts are such.
_ODD_SPACES = "\t\u200b\u200c\u200d\ufeff\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))


def normalize(text: str) -> str:
    """NFC, Unix line ends, one plain space for any run of spaces.

    >>> normalize("tre\\u0302n\\u00a05,3\\u00a0 ty\\u0309 đồng\\r\\n")
    'trên 5,3 tỷ đồng\\n'
    >>> every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    >>> sorted(set(re.findall(_SPACE, every)) - {" "}) == sorted(_ODD_SPACES)
    True
    """
    text = unicodedata.normalize("NFC", text)
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _LINE_ENDS.sub("\n", text)
    if "  " in text or any(ch in text for ch in _ODD_SPACES):
        text = _SPACES.sub(" ", text)
    return text


_TONES = stdlib_re.compile("|".join(TONE_PLACEMENT))


def fold_tones(text: str) -> str:
    """Old tone placement as the new, for comparing names; same length, so offsets hold.

    >>> fold_tones("tỉnh thanh hoá"), fold_tones("uỷ ban")
    ('tỉnh thanh hóa', 'ủy ban')
    """
    return _TONES.sub(lambda m: TONE_PLACEMENT[m[0]], text)
