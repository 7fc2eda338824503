"""A review customer keeps when a later customers' file withdrew their consent or marked them staff.

Revision ID: 0013_consent_withdrawn
Revises: 0012_wave_score_groups
Create Date: 2026-12-02

`review_customer.consent_withdrawn_at` is when an import turned the customer's consent from yes
to no, `staff_marked_at` when one marked them as staff; both NULL for a customer whose file said
so from their first import (and for every customer imported before this revision). The review
gating check respects a «нет» and a staff mark that the first file gave or that came before the
survey answer, and counts the respondent as left out when the change came after it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_consent_withdrawn"
down_revision = "0012_wave_score_groups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review_customer") as batch:
        batch.add_column(sa.Column("consent_withdrawn_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("staff_marked_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review_customer") as batch:
        batch.drop_column("staff_marked_at")
        batch.drop_column("consent_withdrawn_at")
