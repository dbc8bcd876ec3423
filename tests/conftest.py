"""Shared test set-up: AppTest runs app.py, the router, on every rerun (see tests/apptest_pages.py)."""
from tests.apptest_pages import route_pages_through_navigation

route_pages_through_navigation()
