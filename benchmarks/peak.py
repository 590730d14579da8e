"""`python -m benchmarks.peak etl build ...`: run an `etl` command and print its own peak memory in KiB.

getrusage's ru_maxrss cannot be used for this: on Linux a spawned child inherits the high-water mark of the
parent's memory at exec time, so a benchmark process holding a million rows would be charged to the build.
VmHWM belongs to the address space that exec created, so it measures the build alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

from etl.__main__ import main


def peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


if __name__ == "__main__":
    code = main(sys.argv[2:])  # argv[1] is "etl"
    print(peak_kib())
    sys.exit(code)
