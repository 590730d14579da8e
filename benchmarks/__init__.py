"""Benchmarks: numbers printed, not timed tests. `python -m benchmarks --sizes 10000,100000 --json out.json`."""
