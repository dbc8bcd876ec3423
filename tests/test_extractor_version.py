"""EXTRACTOR_VERSION is a fingerprint of the extractor's code and vocabulary: it changes with
any file the extractor reads or runs, and with no other (so stored claims are flagged as
outdated exactly when a re-extraction could change them)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lib.extract import EXTRACTOR_VERSION, _code_fingerprint

LIB = Path(__file__).resolve().parent.parent / "lib"

EDITS = [
    pytest.param("vocab/casualty_terms.tsv", True, id="a-vocabulary-file"),
    pytest.param("vocab/claimants.tsv", True, id="the-claimant-gazetteer"),
    pytest.param("extract.py", True, id="the-extractor-itself"),
    pytest.param("numbers.py", True, id="a-module-it-imports"),
    pytest.param("vocabulary.py", True, id="a-module-it-imports-only-through-others"),
    pytest.param("charts.py", False, id="the-dashboard-charts"),
    pytest.param("store.py", False, id="the-store"),
    pytest.param("ui.py", False, id="the-streamlit-helpers"),
]


@pytest.fixture
def lib_copy(tmp_path) -> Path:
    copy = tmp_path / "lib"
    shutil.copytree(LIB, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_the_version_is_the_fingerprint_of_this_code():
    assert EXTRACTOR_VERSION == _code_fingerprint(LIB / "extract.py")
    assert len(EXTRACTOR_VERSION) == 12 and int(EXTRACTOR_VERSION, 16) >= 0


@pytest.mark.parametrize("edited, changes", EDITS)
def test_an_edit_changes_the_version_only_where_the_extractor_reads(lib_copy, edited, changes):
    before = _code_fingerprint(lib_copy / "extract.py")
    with open(lib_copy / edited, "a", encoding="utf-8") as file:
        file.write("\n# an edit\n")
    assert (_code_fingerprint(lib_copy / "extract.py") != before) is changes
