import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture
def seeds() -> Path:
    if not (SEEDS / "gold.jsonl").exists():
        pytest.skip(f"seed articles not found at {SEEDS} (the shared/ folder lives beside the project)")
    return SEEDS


@pytest.fixture
def gold(seeds: Path) -> list[dict]:
    return [json.loads(line) for line in (seeds / "gold.jsonl").open(encoding="utf-8")]
