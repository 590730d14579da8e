"""Benchmarks: numbers printed, not timed tests.

`python -m benchmarks --sizes 10000,100000 --json out.json` (queries), `python -m benchmarks load ...`,
`python -m benchmarks browser ...`, `python -m benchmarks serve --replicas K`.
"""
