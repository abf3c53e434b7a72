"""Dashboard speed on a large store: first view and a filter change, per page.

Builds a throwaway store of N articles by copying the sample corpus's rows
under new ids (SQL inside DuckDB), then times Streamlit's AppTest runs,
which execute the same script the browser's server runs.
Usage: python tools/bench_app.py [--articles 100000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_store(folder: Path, articles: int) -> None:
    from metrics import storage

    con = storage.connect(folder / "mttq.duckdb")
    storage.ensure_sample(con)
    base = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    copies = max(0, articles // base - 1)
    con.execute("BEGIN")
    con.execute(f"""INSERT INTO articles SELECT id || '~' || c, content_hash || '~' || c, source, url, title, published,
                    year, year_evidence, scope, province, district, province_2025, ingested_at, ward, event_date
                    FROM articles, range(1, {copies + 1}) t(c)""")  # fmt: skip
    con.execute(f"""INSERT INTO facts SELECT article_id || '~' || c, facts.* EXCLUDE (article_id)
                    FROM facts, range(1, {copies + 1}) t(c)""")  # fmt: skip
    con.execute(f"""INSERT INTO campaigns SELECT article_id || '~' || c, campaigns.* EXCLUDE (article_id)
                    FROM campaigns, range(1, {copies + 1}) t(c)""")  # fmt: skip
    con.execute("COMMIT")
    print("store:", storage.stats(con)["articles"], "articles,", con.execute("SELECT count(*) FROM facts").fetchone()[0], "facts")
    con.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["MTTQ_DATA_DIR"] = folder
        build_store(Path(folder), args.articles)
        from streamlit.testing.v1 import AppTest

        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        start = time.perf_counter()
        at.run()
        print(f"first view (Tổng quan, cold cache): {time.perf_counter() - start:.2f} s")
        for page in ("theo_nam", "theo_dia_phuong", "chien_dich", "du_lieu"):
            start = time.perf_counter()
            at.switch_page(f"app_pages/{page}.py").run()
            print(f"open {page}: {time.perf_counter() - start:.2f} s")
        at.switch_page("app_pages/tong_quan.py").run()
        start = time.perf_counter()
        at.multiselect(key="f_provinces").set_value(["Hà Nội"]).run()
        print(f"filter change (Tổng quan, province): {time.perf_counter() - start:.2f} s")
        start = time.perf_counter()
        at.multiselect(key="f_years").set_value([2021]).run()
        print(f"filter change (Tổng quan, year): {time.perf_counter() - start:.2f} s")
        assert not at.exception, at.exception
        second = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        start = time.perf_counter()
        second.run()
        print(f"first view of a second session (data already loaded): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
