"""ETL: validate curated CSVs and load them into DuckDB (`python -m etl build`)."""

import pandas as _pd

# Each ETL step returns a modified copy of its input (pure functions); with copy-on-write those copies
# share memory until a column really changes, which keeps a million-row build within memory.
_pd.set_option("mode.copy_on_write", True)
