"""SQLAlchemy storage: engine and pragmas, typed mapping, migrations, backups. No Qt."""
