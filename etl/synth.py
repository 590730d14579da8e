"""`python -m etl synth --events N --out DIR`: synthetic events for benchmarks only.

Realistic shape (real provinces, regencies, organiser types and calendar; skewed sizes; dates clustered
before voting days), fixed seed, and written to DIR — never into data/curated/. The output folder holds a
copy of the real reference tables so `python -m etl build --data DIR --db DIR/x.duckdb` can load it.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import numpy as np
import pandas as pd

from netralitas import paths, schema
from netralitas.reference import read_regencies, voting_days

SEED = 20240214


def synth_events(n: int, reference: Path = paths.REFERENCE_DIR, seed: int = SEED) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    regencies = read_regencies(reference)
    pick = rng.integers(0, len(regencies), n)
    chosen = regencies.iloc[pick].reset_index(drop=True)
    province_level = rng.random(n) < 0.3  # a third of events are province-wide
    election = np.where(rng.random(n) < 0.45, "Pemilu 2024", "Pilkada 2024")
    calendar = {name: np.datetime64(day) for name, day in voting_days(reference).items()}
    voting = np.where(election == "Pemilu 2024", calendar["Pemilu 2024"], calendar["Pilkada 2024"])
    days_before = np.minimum(rng.gamma(1.6, 45, n).astype(int), 700)  # clustered close to voting day
    dates = (voting - days_before.astype("timedelta64[D]")).astype("datetime64[D]").astype(str)
    organizer_type = rng.choice(schema.ORGANIZER_TYPES, n, p=_weights(len(schema.ORGANIZER_TYPES), rng))
    participants = np.round(rng.lognormal(4.5, 1.0, n)).astype(int)
    has_count = rng.random(n) < 0.6
    ids = [f"syn-{i:07d}" for i in range(n)]
    return pd.DataFrame(
        {
            "id": ids,
            "event_date": dates,
            "province": chosen["province"],
            "regency_city": np.where(province_level, "", chosen["name"]),
            "organizer": [f"{t} {r}" for t, r in zip(organizer_type, chosen["name"], strict=True)],
            "organizer_type": organizer_type,
            "mode": rng.choice(["luring", "daring", "hybrid", ""], n, p=[0.6, 0.25, 0.05, 0.1]),
            "venue": "",
            "participants": np.where(has_count, np.minimum(participants, 5000).astype(str), ""),
            "audience": rng.choice(["ASN", "kepala desa", "camat dan lurah", ""], n),
            "election": election,
            "event_kind": rng.choice(schema.EVENT_KINDS, n),
            "title": "Sosialisasi netralitas ASN (sintetis)",
            "source_url": [f"https://synthetic.invalid/{i}" for i in ids],
            "other_urls": "",
            "outlet": "SYNTHETIC",
            "published_date": "",
            "notes": "synthetic",
        }
    )


def _weights(k: int, rng: np.random.Generator) -> np.ndarray:
    weights = rng.pareto(1.5, k) + 0.05
    return weights / weights.sum()


def write(n: int, out: Path, seed: int = SEED) -> Path:
    if out.resolve().is_relative_to(paths.CURATED_DIR.resolve()) or out.resolve() == paths.DATA_DIR.resolve():
        raise SystemExit("refusing to write synthetic data into the real data folder")
    (out / "curated").mkdir(parents=True, exist_ok=True)
    shutil.copytree(paths.REFERENCE_DIR, out / "reference", dirs_exist_ok=True)
    for optional in ("asn_headcount.csv", "population.csv"):
        (out / "reference" / optional).unlink(missing_ok=True)
    synth_events(n, seed=seed).to_csv(out / "curated" / "events.csv", index=False)
    # Violations are a few dozen published figures: the real ones serve (the test sample before curation).
    violations = paths.CURATED_DIR / "violations.csv"
    if not violations.exists():
        violations = paths.ROOT / "tests" / "fixtures" / "curated" / "violations.csv"
    shutil.copy(violations, out / "curated" / "violations.csv")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl synth", description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    write(args.events, args.out, args.seed)
    print(f"wrote {args.events:,} synthetic events to {args.out}")
    return 0
