"""Influencers' folded names on a team server: an import wrote them empty there.

Revision ID: 0009_folded_names
Revises: 0008_strategy
Create Date: 2026-12-01

A large import on a server inserted people without their `name_key`, so that finding one by name
whatever its case did not find them; a file's import was right. The empty keys are filled from the
names (on a file nothing is empty and nothing changes).
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0009_folded_names"
down_revision = "0008_strategy"
branch_labels = None
depends_on = None


def fold(text: str) -> str:
    """As `smmdesk.domain.text.fold` was when this revision was written (kept here on purpose)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("ё", "е").split())


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, name FROM influencer WHERE name_key = '' AND name <> ''")).all()
    values = [{"pk": ident, "folded": fold(name)} for ident, name in rows]
    if values:
        bind.execute(sa.text("UPDATE influencer SET name_key = :folded WHERE id = :pk"), values)


def downgrade() -> None:
    """Nothing to undo: the keys are what they should have been."""
