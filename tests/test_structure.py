"""The code's shape (issue 14): modules use each other's public names only, no dead code, every label used,
and the one private Streamlit behaviour the app relies on pinned."""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
from pathlib import Path

from netralitas import labels, paths

PROJECT = ("netralitas", "etl", "benchmarks", "tests")


def python_files() -> list[Path]:
    files = [paths.ROOT / "app.py"]
    for folder in (*PROJECT, "pages"):
        files += sorted((paths.ROOT / folder).rglob("*.py"))
    return files


def private_uses(file: Path) -> list[str]:
    """`from module import _helper` and `module._helper` where the module is one of this project's."""
    tree = ast.parse(file.read_text(encoding="utf-8"))
    modules: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in PROJECT:
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"line {node.lineno}: from {node.module} import {alias.name}")
                modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name.split(".")[0] in PROJECT}
    for node in ast.walk(tree):
        private = isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
        if private and ast.unparse(node.value) in modules:
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_no_module_or_test_uses_another_modules_private_helpers():
    """A helper two modules share gets a public name; `_name` is the module's own business."""
    found = {str(f.relative_to(paths.ROOT)): uses for f in python_files() if (uses := private_uses(f))}
    assert found == {}


def test_vulture_finds_no_dead_code():
    """`python -m vulture` over the paths in pyproject.toml; names used from outside are listed there."""
    done = subprocess.run([sys.executable, "-m", "vulture"], capture_output=True, text=True, cwd=paths.ROOT)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_every_text_label_is_used():
    """A label no code asks for is dead too (vulture cannot see dictionary keys)."""
    code = "\n".join(
        f.read_text(encoding="utf-8")
        for f in python_files()
        if f.relative_to(paths.ROOT).parts[0] != "tests" and f.name != "labels.py"
    )
    prefixes = tuple(re.findall(r"""\bt\(f["']([a-z_]+)\{""", code))  # t(f"unit_{unit}", lang)
    unused = [key for key in labels.TEXT if f'"{key}"' not in code and f"'{key}'" not in code]
    assert [key for key in unused if not key.startswith(prefixes)] == []


def test_streamlit_still_behaves_as_require_entrypoint_expects():
    """ui.require_entrypoint leaves Streamlit's legacy multipage mode by setting a private class flag,
    PagesManager.uses_pages_directory, because a `pages/` folder sits beside app.py (the agreed layout) and
    Streamlit offers no setting for it. When an upgrade changes any of this, this test fails, loudly."""
    from streamlit.commands import navigation
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.runtime.scriptrunner import script_runner

    saved = PagesManager.uses_pages_directory
    try:
        PagesManager.uses_pages_directory = None
        PagesManager(str(paths.ROOT / "app.py"))
        assert PagesManager.uses_pages_directory is True, "a pages/ folder no longer switches on the legacy mode"
    finally:
        PagesManager.uses_pages_directory = saved
    # The flag decides whether a run executes pages/<name>.py directly instead of app.py ...
    runner = inspect.getsource(script_runner)
    assert re.search(r"if PagesManager\.uses_pages_directory:\s+_mpa_v1\(", runner)
    # ... and st.navigation leaves the legacy mode through the same flag.
    assert "PagesManager.uses_pages_directory = False" in inspect.getsource(navigation.navigation)
