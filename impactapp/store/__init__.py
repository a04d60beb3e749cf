"""SQLite persistence: migrations, the case repository, revisions and the audit log."""
