"""Make Streamlit's AppTest run app.py on every rerun, as a real server does.

AppTest (Streamlit 1.67) resets PagesManager.uses_pages_directory before each run, and a
PagesManager then sets it because a `pages/` folder sits beside app.py. The script runner
takes that for an old-style multipage app and, from the second run on, executes only the
current page's file: app.py's sidebar filters vanish and their values are dropped. A real
server clears the flag for good once app.py calls st.navigation (streamlit/commands/
navigation.py). This patch clears it the same way for AppTest; tests/conftest.py and the
dashboard benchmark apply it.
"""
from streamlit.runtime.pages_manager import PagesManager


def route_pages_through_navigation() -> None:
    if getattr(PagesManager.__init__, "routes_through_navigation", False):
        return
    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    init.routes_through_navigation = True
    PagesManager.__init__ = init
