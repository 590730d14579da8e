"""Promises the project makes in prose, turned into tests (Datasette's habit)."""

from __future__ import annotations

import re

from netralitas import labels, paths, schema


def readme_commands() -> list[str]:
    text = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Two commands\s+```bash\n(.*?)```", text, re.S)
    assert block, "README has a 'Two commands' block"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_has_exactly_two_commands_and_ci_runs_the_test_one():
    commands = readme_commands()
    assert len(commands) == 2
    ci = (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(c for c in commands if "test" in c)
    assert re.search(rf"^{re.escape(test_command)}$", ci, re.M), "CI runs README's test command"


def test_makefile_targets_exist_for_both_commands():
    makefile = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    for command in readme_commands():
        target = command.split()[-1]
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_every_metric_has_a_source_and_a_label_in_both_languages():
    for metric in labels.METRICS.values():
        assert metric.label_id.strip() and metric.label_en.strip(), metric.key
        indonesian, english = metric.source
        assert indonesian.strip() and english.strip(), metric.key
        assert indonesian != english and " / " not in indonesian + english, metric.key  # one language each
        assert metric.label_id != metric.label_en or metric.key in ("events",), metric.key


def test_every_text_has_both_languages():
    for key, (indonesian, english) in labels.TEXT.items():
        assert indonesian.strip() and english.strip(), key
        assert set(re.findall(r"{(\w+)}", indonesian)) == set(re.findall(r"{(\w+)}", english)), key


# Proper names read the same in both languages; every other code must have words of its own.
PROPER_NAMES = {"BKN", "KASN", "Bawaslu", "KPU", "Kemendagri", "Kemenpan RB"}
SHOWN_VIOLATION_METRICS = ("reported", "proven", "sanctioned", "followed_up", "recommended")


def test_every_shown_code_has_words_in_both_languages():
    for value in (*schema.MODES, *schema.ORGANIZER_TYPES, *SHOWN_VIOLATION_METRICS):
        if value in PROPER_NAMES:
            continue
        indonesian, english = labels.value_label(value, "id"), labels.value_label(value, "en")
        assert value in labels.VALUE_LABELS, value
        assert indonesian != english or value == "hybrid", value  # "hibrida" / "hybrid": one word each
        assert "_" not in indonesian + english, value


def _imported_distributions() -> set[str]:
    """Third-party distributions the app and ETL import, read from the code itself."""
    import ast
    import sys
    from importlib.metadata import packages_distributions

    modules = set()
    for folder in ("netralitas", "etl", "pages"):
        for file in (paths.ROOT / folder).glob("*.py"):
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    modules |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    modules.add(node.module.split(".")[0])
    modules -= set(sys.stdlib_module_names) | {"netralitas", "etl", "__future__"}
    by_module = packages_distributions()
    return {by_module[m][0].lower() for m in modules}


def test_requirements_cover_what_the_code_imports():
    listed = {
        re.split(r"[<>=\[ ]", line)[0].strip().lower().replace("_", "-")
        for line in (paths.ROOT / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    imported = {name.replace("_", "-") for name in _imported_distributions()}
    assert {"streamlit", "duckdb", "plotly"} <= imported  # the scan itself works
    assert imported <= listed, imported - listed


def test_every_event_table_column_has_a_heading_in_both_languages():
    for column in (*schema.EVENT_COLUMNS, "days_before_election"):
        indonesian, english = labels.column_label(column, "id"), labels.column_label(column, "en")
        assert indonesian != column and english != column, column  # never the raw snake_case name


def test_readme_performance_numbers_are_the_committed_benchmark_run():
    """The table in README is docs/benchmark.json at a million events, not numbers typed from memory."""
    import json

    runs = json.loads((paths.ROOT / "docs" / "benchmark.json").read_text(encoding="utf-8"))
    million = {row["query"]: row for row in runs if row["n"] == 1_000_000}
    text = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    names = {
        "map aggregate": "map_aggregate",
        "weekly timeline": "weekly_timeline",
        "reach by province": "reach_by_province",
        "filtered table page": "table_page",
        "overview figures": "overview",
    }
    for label, query in names.items():
        row = million[query]
        assert row["agree"] is True
        line = next(line for line in text.splitlines() if line.startswith(f"| {label} |"))
        assert f"| {row['duckdb_p95_ms']:.1f} ms |" in line, (label, line)
        assert f"| {row['ratio']:.1f}× |" in line, (label, line)
    build = million["build"]
    assert f"**{build['build_s']:.1f} s and {build['build_peak_mb'] / 1024:.2f} GiB peak**" in text


def test_importing_any_module_leaves_pandas_options_alone():
    """Importing `etl` once switched on copy-on-write for the whole server (the Add page imports it)."""
    import importlib
    import subprocess
    import sys

    modules = [
        f"{p.parent.name}.{p.stem}" for folder in ("netralitas", "etl") for p in (paths.ROOT / folder).glob("*.py")
    ]
    modules = [m for m in modules if not m.endswith("__main__")]
    script = (  # every option with its current value, before and after
        "import importlib, pandas as pd\n"
        "before = pd.describe_option(_print_desc=False)\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "assert pd.describe_option(_print_desc=False) == before\n"
    )
    assert importlib.util.find_spec("etl")
    subprocess.run([sys.executable, "-c", script], check=True, cwd=paths.ROOT)


def test_the_dashboard_does_not_import_geopandas():
    """geopandas cost ~1 s per cold start only to decode 38 shapes; shapely does it (issue 13)."""
    import subprocess
    import sys

    script = "import sys, netralitas.views, netralitas.ui, netralitas.data; assert 'geopandas' not in sys.modules"
    subprocess.run([sys.executable, "-c", script], check=True, cwd=paths.ROOT)


def test_the_arrow_points_one_way_the_etl_writes_and_the_app_reads():
    """`etl` may use `netralitas` (places, dates, schema); nothing in `netralitas` imports `etl`."""
    import ast

    for file in (paths.ROOT / "netralitas").glob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n == "etl" or n.startswith("etl.") for n in names), file.name


def test_readme_load_tables_are_the_committed_load_run():
    """README's load and browser tables and its capacity sentence are docs/load.json, rendered (issue 13)."""
    import json

    from benchmarks import record

    runs = json.loads((paths.ROOT / "docs" / "load.json").read_text(encoding="utf-8"))
    text = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert record.load_table(runs) in text
    assert record.browser_table(runs) in text
    assert record.capacity_sentence(runs) in text
    # The runs the issue asks for: 1 and 2 replicas, the 100-session burst within 10 s at the map's deep link,
    # every page in the browser, and the machine's load beside each number.
    assert {(1, 100), (2, 100)} <= {(row["replicas"], row["sessions"]) for row in runs["load"]}
    assert all(row["url_path"] == "peta?election=Pilkada+2024" and row["arrival_s"] == 10 for row in runs["load"])
    assert all(len(row["loadavg_before"]) == 3 and len(row["loadavg_after"]) == 3 for row in runs["load"])
    assert {row["page"] for row in runs["browser"]["pages"]} == set(record.browser.PAGES)


def readme_layout() -> dict[str, str]:
    """README's layout table: `where` -> what it says is there."""
    text = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Layout", 1)[1].split("\n## ", 1)[0]
    return dict(re.findall(r"^\| `([^`]+)` \| (.*) \|$", section, re.M))


def test_readme_layout_matches_the_tree():
    """Every place the table names exists, every file it names is in its folder, and every top-level module of
    netralitas/ and etl/ is named (as `name.py` or as the subcommand `name`)."""
    layout = readme_layout()
    assert {"app.py", "pages/", "netralitas/", "etl/", "benchmarks/", "tests/"} <= set(layout)
    for where, what in layout.items():
        assert (paths.ROOT / where).exists(), where
        named = re.findall(r"`([^`]+)`", what)
        for file in [n for n in named if re.fullmatch(r"[\w.-]+\.(?:py|csv|cfg|json)", n)]:
            assert (paths.ROOT / where / file).exists() or where == "app.py", f"{where}{file}"
        if where in ("netralitas/", "etl/"):
            words = {w for n in named for w in re.findall(r"[\w.]+", n)}
            modules = {f.stem for f in (paths.ROOT / where).glob("*.py") if f.stem != "__init__"}
            missing = {m for m in modules if m not in words and f"{m}.py" not in words}
            assert missing == set(), f"README's layout does not name {where}{sorted(missing)}"


def test_the_lock_pins_every_requirement_with_hashes():
    """make install installs requirements.lock with --require-hashes: every listed requirement is in it, at
    the pinned version where requirements*.txt pins one, and every line has its hashes."""
    lock = (paths.ROOT / "requirements.lock").read_text(encoding="utf-8")
    entries = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)((?: \\\n\s+--hash=sha256:[0-9a-f]{64})+)", lock, re.M)
    pinned = {name.lower().replace("_", "-"): version for name, version, _ in entries}
    assert len(entries) == len(re.findall(r"^[A-Za-z0-9]", lock, re.M)) > 50  # every package line has hashes
    for file in ("requirements.txt", "requirements-dev.txt"):
        for line in (paths.ROOT / file).read_text(encoding="utf-8").splitlines():
            requirement = line.split("#")[0].strip()
            if not requirement or requirement.startswith("-r"):
                continue
            name = re.split(r"[<>=\[ ]", requirement)[0].lower().replace("_", "-")
            assert name in pinned, f"{name} ({file}) is not in requirements.lock: run make lock"
            if "==" in requirement:
                assert pinned[name] == requirement.split("==")[1].strip(), f"{name}: run make lock"
    makefile = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements.lock" in makefile and re.search(r"^lock:", makefile, re.M)
