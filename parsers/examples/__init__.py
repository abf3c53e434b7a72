"""Example tables: real phrases and what the parsers must read from them.

They are the parsers' documentation and, through tests/test_examples.py,
their test. Rows are grouped by origin: REAL (forms seen in Vietnamese
news), NEW (forms added with a feature), BUGS_CAUGHT (regressions).
"""
