"""The corpus the dashboard opens on: the seed articles shipped in data/seeds/."""
from __future__ import annotations

from pathlib import Path

from lib.articles import ReadResult, read_articles

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SEED_DIR = DATA_DIR / "seeds"


def read_seed_corpus(folder: Path = SEED_DIR) -> ReadResult:
    """The seed articles (a folder of .txt files with their manifest.csv)."""
    return read_articles([folder])
