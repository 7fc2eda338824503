"""Placements carried out after approval, payments, screenshots, publication metrics, KPI targets.

Revision ID: 0004_placements
Revises: 0003_estimates
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_placements"
down_revision = "0003_estimates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kpi_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=20), nullable=False),
        sa.Column("plan", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_kpi_target_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_target")),
        sa.UniqueConstraint("campaign_id", "metric", name="uq_kpi_target"),
    )
    with op.batch_alter_table("kpi_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_target_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("estimate_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("line_key", sa.String(length=32), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("format_id", sa.Integer(), nullable=True),
        sa.Column("influencer_name", sa.String(length=200), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.Column("format_title", sa.String(length=200), nullable=False),
        sa.Column("slot_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("fee", sa.Integer(), nullable=True),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.Column("reach_forecast", sa.Integer(), nullable=True),
        sa.Column("views_forecast", sa.Integer(), nullable=True),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("payment_due", sa.Date(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("url", sa.String(length=1000), nullable=False),
        sa.Column("erid", sa.String(length=100), nullable=False),
        sa.Column("ad_label", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_placement_account_id_account")),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_placement_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["estimate_id"], ["estimate.id"], name=op.f("fk_placement_estimate_id_estimate")
        ),
        sa.ForeignKeyConstraint(["format_id"], ["format.id"], name=op.f("fk_placement_format_id_format")),
        sa.ForeignKeyConstraint(
            ["version_id"], ["estimate_version.id"], name=op.f("fk_placement_version_id_estimate_version")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
        sa.UniqueConstraint("estimate_id", "line_key", "sequence", name="uq_placement_line"),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_estimate_id"), ["estimate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_url"), ["url"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("payee", sa.String(length=200), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("method", sa.String(length=40), nullable=False),
        sa.Column("document", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_payment_account_id_account")),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_payment_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placement.id"], name=op.f("fk_payment_placement_id_placement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_paid_on"), ["paid_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_placement_id"), ["placement_id"], unique=False)

    op.create_table(
        "publication_metric",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("captured_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_publication_metric_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publication_metric")),
        sa.UniqueConstraint("placement_id", "metric", name="uq_publication_metric"),
    )
    with op.batch_alter_table("publication_metric", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_publication_metric_placement_id"), ["placement_id"], unique=False
        )

    op.create_table(
        "screenshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_screenshot_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screenshot")),
    )
    with op.batch_alter_table("screenshot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_screenshot_placement_id"), ["placement_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("screenshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_screenshot_placement_id"))

    op.drop_table("screenshot")
    with op.batch_alter_table("publication_metric", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_publication_metric_placement_id"))

    op.drop_table("publication_metric")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_placement_id"))
        batch_op.drop_index(batch_op.f("ix_payment_paid_on"))
        batch_op.drop_index(batch_op.f("ix_payment_campaign_id"))

    op.drop_table("payment")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_url"))
        batch_op.drop_index(batch_op.f("ix_placement_estimate_id"))
        batch_op.drop_index(batch_op.f("ix_placement_campaign_id"))
        batch_op.drop_index(batch_op.f("ix_placement_account_id"))

    op.drop_table("placement")
    with op.batch_alter_table("kpi_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_target_campaign_id"))

    op.drop_table("kpi_target")
