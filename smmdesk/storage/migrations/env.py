"""Alembic environment: runs on the connection the program hands over, in batch mode for SQLite."""

from __future__ import annotations

from alembic import context

from smmdesk.storage.mention_search import include_in_schema
from smmdesk.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("smmdesk migrations run through smmdesk.storage.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_in_schema,
)
with context.begin_transaction():
    context.run_migrations()
