"""Spellings that differ in writing only.

TONE_PLACEMENT: the old and the new tone placement of a final "oa", "oe",
"uy" ("Thanh Hoá" = "Thanh Hóa", "Uỷ ban" = "Ủy ban"); newsrooms use both,
the gazetteer and our vocabulary the new one. Compared as one, never
rewritten in the text a user reads.
"""

TONE_PLACEMENT: dict[str, str] = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "uỷ": "ủy",
    "uý": "úy",
    "uỳ": "ùy",
    "uỹ": "ũy",
    "uỵ": "ụy",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
}
