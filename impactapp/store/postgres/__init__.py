"""The case store on a PostgreSQL server (issue 16)."""
