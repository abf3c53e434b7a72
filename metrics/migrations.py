"""Steps that bring an older DuckDB store to the current schema (new stores are made from metrics/schema.py).

Each step takes the store from version n-1 to n; never edit a shipped step.
PostgreSQL stores start at version 5: steps 1 to 5 are DuckDB SQL, steps from 6 on run on both.
"""

from __future__ import annotations

# NOTE: keep in sync with metrics.records.duplicate_key.
DUPLICATE_KEY_SQL = """kind || '|' || coalesce(CAST(CAST(value AS DECIMAL(38, 6)) AS VARCHAR), '') || '|'
    || coalesce(currency, '') || '|' || coalesce(unit, '') || '|' || coalesce(campaign, '') || '|'
    || coalesce(province, '') || '|' || coalesce(CAST(year AS VARCHAR), '') || '|' || CASE WHEN rate THEN '1' ELSE '0' END"""

STEPS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, source VARCHAR, url VARCHAR,
            title VARCHAR, published VARCHAR, year INTEGER, year_evidence VARCHAR, scope VARCHAR,
            province VARCHAR, district VARCHAR, province_2025 VARCHAR, ingested_at TIMESTAMP)""",
        """CREATE TABLE facts (
            article_id VARCHAR, kind VARCHAR, text VARCHAR, value DOUBLE, value_vnd BIGINT,
            currency VARCHAR, unit VARCHAR, qualifier VARCHAR, rate BOOLEAN, range VARCHAR,
            year INTEGER, period VARCHAR, date_precision VARCHAR, campaign VARCHAR, action VARCHAR,
            province VARCHAR, district VARCHAR, province_2025 VARCHAR, place_precision VARCHAR,
            sentence VARCHAR, start_offset INTEGER, end_offset INTEGER)""",
        """CREATE TABLE campaigns (
            article_id VARCHAR, name VARCHAR, head VARCHAR, text VARCHAR, year INTEGER,
            start_offset INTEGER, end_offset INTEGER)""",
    ],
    2: [
        "ALTER TABLE articles ADD COLUMN ward VARCHAR",
        "ALTER TABLE facts ADD COLUMN ward VARCHAR",
        "CREATE VIEW money_facts AS SELECT * FROM facts WHERE kind = 'money'",
        "CREATE VIEW household_facts AS SELECT * FROM facts WHERE kind = 'households'",
    ],
    3: [
        "ALTER TABLE articles ADD COLUMN event_date VARCHAR",
        "ALTER TABLE facts ADD COLUMN event_date VARCHAR",
    ],
    4: ["CREATE TABLE skipped (article_id VARCHAR, text VARCHAR, start_offset INTEGER, reason VARCHAR)"],
    # Counted status and duplicate flags stored at ingest; exact amounts; who imported what; local accounts.
    5: [
        "DROP VIEW IF EXISTS money_facts",
        "DROP VIEW IF EXISTS household_facts",
        "ALTER TABLE facts ALTER value TYPE DECIMAL(38, 6)",
        *(
            f"ALTER TABLE facts ADD COLUMN {column}"
            for column in (
                "likely_duplicate BOOLEAN",
                "duplicate_of VARCHAR",
                "counted BOOLEAN",
                "not_counted VARCHAR",
                "part_of INTEGER",
                "restates INTEGER",
                "in_headline BOOLEAN",
                "reports INTEGER",
                "duplicate_key VARCHAR",
            )
        ),  # fmt: skip
        "ALTER TABLE articles ADD COLUMN relevant BOOLEAN",
        "ALTER TABLE articles ADD COLUMN relevance_evidence VARCHAR",
        "ALTER TABLE articles ADD COLUMN import_id INTEGER",
        """CREATE TABLE imports (id INTEGER, user_name VARCHAR, origin VARCHAR, started_at TIMESTAMP,
            finished_at TIMESTAMP, added INTEGER, failed INTEGER, PRIMARY KEY (id))""",
        "CREATE TABLE users (name VARCHAR, role VARCHAR, password_hash VARCHAR, created_at TIMESTAMP, PRIMARY KEY (name))",
        "CREATE INDEX facts_article ON facts (article_id)",
        "CREATE INDEX facts_duplicate_key ON facts (duplicate_key)",
        "CREATE INDEX campaigns_article ON campaigns (article_id)",
        "CREATE INDEX skipped_article ON skipped (article_id)",
        "UPDATE articles SET relevant = TRUE",
        # The defaults of metrics.records.counted for records without the field.
        """UPDATE facts SET in_headline = FALSE, likely_duplicate = FALSE, reports = 1,
            counted = action IN ('raised', 'given') AND NOT coalesce(rate, FALSE) AND coalesce(range, '') <> 'high',
            not_counted = CASE WHEN coalesce(rate, FALSE) THEN 'rate' WHEN range = 'high' THEN 'range_high'
                               WHEN action = 'target' THEN 'target'
                               WHEN action NOT IN ('raised', 'given') OR action IS NULL THEN 'other' END""",
        f"UPDATE facts SET duplicate_key = {DUPLICATE_KEY_SQL}",
        """UPDATE facts SET likely_duplicate = d.rn > 1, reports = d.n,
               duplicate_of = CASE WHEN d.rn > 1 THEN d.first_id END,
               counted = d.rn = 1, not_counted = CASE WHEN d.rn > 1 THEN 'duplicate' END
            FROM (SELECT f.article_id, f.kind, f.start_offset, row_number() OVER w AS rn,
                         first_value(f.article_id) OVER w AS first_id,
                             count(*) OVER (PARTITION BY f.duplicate_key) AS n
                  FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.counted
                  WINDOW w AS (PARTITION BY f.duplicate_key ORDER BY a.published NULLS LAST, f.article_id, f.start_offset)) d
            WHERE facts.article_id = d.article_id AND facts.kind = d.kind AND facts.start_offset = d.start_offset""",
        "INSERT OR REPLACE INTO meta VALUES ('version', '0')",
    ],
    # Reviews: a person confirms, corrects or excludes a figure (metrics/reviews.py); articles keep their text.
    6: [
        # DuckDB alters no table an index depends on: the facts' indexes are made again after.
        "DROP INDEX IF EXISTS facts_article",
        "DROP INDEX IF EXISTS facts_duplicate_key",
        *(
            f"ALTER TABLE facts ADD COLUMN {column}"
            for column in (
                "review_state VARCHAR",
                "reviewed_by VARCHAR",
                "reviewed_at TIMESTAMP",
                "review_id INTEGER",
                "extracted VARCHAR",
            )
        ),  # fmt: skip
        "CREATE INDEX facts_article ON facts (article_id)",
        "CREATE INDEX facts_duplicate_key ON facts (duplicate_key)",
        "ALTER TABLE articles ADD COLUMN text VARCHAR",
        """CREATE TABLE reviews (id INTEGER, made_at TIMESTAMP, user_name VARCHAR, verdict VARCHAR, previous INTEGER,
            undoes INTEGER, content_hash VARCHAR, article_id VARCHAR, kind VARCHAR, text VARCHAR, start_offset INTEGER,
            sentence VARCHAR, values_before VARCHAR, values_after VARCHAR, note VARCHAR, PRIMARY KEY (id))""",
        "CREATE INDEX reviews_hash ON reviews (content_hash)",
    ],
}
