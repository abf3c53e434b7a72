"""Sites whose article numbers grow with time: a number dates an article that writes no year.

baomoi.com numbers its articles in the order it takes them in (baomoi.com/a/c/22508590.epi). Each anchor is a number
and the median date its neighbours write near their start (tools/id_dates.py, from the corpus's 35 431 baomoi
articles, blocks of 50 000 with at least 30 dated articles). Between anchors the date is interpolated; a number more
than one block outside them is not dated at all.
"""

from datetime import date

BLOCK = 50_000

# host → (the number in the address, anchors (number, date) in order)
ID_DATES: dict[str, tuple[str, tuple[tuple[int, date], ...]]] = {
    "baomoi.com": (
        r"/(?P<number>\d{6,9})\.epi",
        (
            (21_475_000, date(2017, 2, 5)),
            (21_525_000, date(2017, 2, 5)),
            (22_225_000, date(2017, 5, 8)),
            (22_275_000, date(2017, 5, 11)),
            (22_325_000, date(2017, 5, 17)),
            (22_375_000, date(2017, 5, 17)),
            (22_425_000, date(2017, 5, 25)),
            (22_475_000, date(2017, 6, 3)),
            (22_525_000, date(2017, 6, 7)),
            (22_575_000, date(2017, 6, 17)),
            (22_625_000, date(2017, 6, 19)),
            (22_675_000, date(2017, 7, 1)),
            (22_725_000, date(2017, 7, 8)),
        ),
    ),
}
