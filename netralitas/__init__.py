"""Netralitas ASN: the shared core of the dashboard and the ETL (queries, charts, geography, labels)."""
