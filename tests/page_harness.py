"""Runs one page the way app.py does (global filters first), minus st.navigation.

AppTest loses the entry point's widgets on a rerun under st.navigation, so page tests that change a widget
and rerun go through this harness; app.py's own routing is tested on a first run and in the browser test.
"""

import os
import runpy

from netralitas import ui

ui.sidebar()
runpy.run_path(os.environ["NETRALITAS_PAGE"], run_name="__main__")
