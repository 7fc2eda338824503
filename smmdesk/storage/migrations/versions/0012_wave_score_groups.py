"""A review wave keeps how it asked the respondents of the campaign's survey, by score group.

Revision ID: 0012_wave_score_groups
Revises: 0011_reputation_speed
Create Date: 2026-12-02

`review_wave.score_groups` holds, as JSON, how many of the detractors (NPS 0–6), the passives
(7–8) and the promoters (9–10) the wave asked and how many it left out, as the wave was prepared:
the compliance log counts them and certifies «no filter by rating» only when the shares agree. A
wave prepared before this revision has "" (its split was not recorded).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_wave_score_groups"
down_revision = "0011_reputation_speed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review_wave") as batch:
        batch.add_column(sa.Column("score_groups", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("review_wave") as batch:
        batch.drop_column("score_groups")
