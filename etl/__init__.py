"""ETL: validate curated CSVs and load them into DuckDB (`python -m etl build`)."""
