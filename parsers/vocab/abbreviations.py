"""Abbreviations whose full stop never ends a sentence.

"TP. Hồ Chí Minh", "TX. Bến Cát", "Q. 11", "P. Tân Định" (place prefixes) and
titles ("TS. Nguyễn Văn A"). Written without the stop, compared as written.
"""

ABBREVIATIONS: tuple[str, ...] = ("TP", "Tp", "TX", "Tx", "TT", "Q", "P", "H", "X", "TS", "ThS", "PGS", "GS", "BS", "KS", "Th")
