"""How wide the reader's screen is. Plotly draws text at fixed sizes and positions (titles, legends, source
lines do not reflow), so a phone needs a figure laid out for it: the browser reports its width here and
`ui.show` redraws the chart for it (netralitas.narrow). Exports never depend on the screen."""

from __future__ import annotations

import streamlit as st

# Below this many CSS pixels a chart gets the narrow layout (a phone, a tablet held upright).
NARROW_BELOW = 768
KEY = "viewport"
# Reports the width in steps of 10 px (0 on a wide screen), so resizing a desktop window never reruns the
# app and a phone reruns once, when it first reports.
_JS = f"""
export default function(component) {{
  const {{ setStateValue }} = component;
  const report = () => {{
    const width = window.innerWidth;
    setStateValue('width', width < {NARROW_BELOW} ? Math.floor(width / 10) * 10 : 0);
  }};
  report();
  let timer;
  const resized = () => {{ clearTimeout(timer); timer = setTimeout(report, 300); }};
  window.addEventListener('resize', resized);
  return () => window.removeEventListener('resize', resized);
}}
"""
_reporter = st.components.v2.component("netralitas_viewport", js=_JS)
HIDE_CSS = f"<style>.st-key-{KEY} {{display: none !important;}}</style>"


def track() -> None:
    """Mount the width reporter (drawn in app.py on every page; it takes no room)."""
    st.html(HIDE_CSS)
    _reporter(key=KEY, default={"width": 0}, on_width_change=lambda: None)


def narrow_width() -> int:
    """The screen's width in CSS pixels when it is narrow; 0 on a wide screen or before the browser reported."""
    state = st.session_state.get(KEY) or {}
    width = state.get("width") if isinstance(state, dict) else getattr(state, "width", 0)
    return int(width or 0)
