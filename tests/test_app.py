"""AppTest: the dashboard renders the seed corpus's claims."""
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def test_claims_page_shows_seed_claims():
    app = AppTest.from_file(APP, default_timeout=30).run()
    assert not app.exception
    table = app.dataframe[0].value
    assert len(table) == 5
    assert set(table["claimant"]) == {"South Korea NIS", "South Korea JCS", "US official"}
