"""Review campaigns in the Репутация section: per brand, the campaign with its invitation's parts;
its customers (personal data, erasable per campaign); each wave with every request and every
customer not asked (the compliance log) and what came back; survey answers (NPS and CSAT, when,
by which channel) with their follow-up in the mentions queue; the platforms' ratings over time.

Revision ID: 0010_reviews
Revises: 0009_folded_names
Create Date: 2026-12-01

Made as the team schema of 0006 makes tables: 64-bit counts, 64-bit ids for the large tables on a
server, a version and its authors on every edited record (`Tracked`), a folded key for the
campaign's title. The personal columns are apart from the counts the figures read, so that
erasing a campaign's customers leaves its figures whole.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_reviews"
down_revision = "0009_folded_names"
branch_labels = None
depends_on = None

TABLES = (
    "review_request",
    "review_not_asked",
    "review_wave",
    "review_customer",
    "review_answer",
    "review_rating",
    "review_campaign",
)


def _tracked() -> list[sa.Column[object]]:
    """The columns of an edited record (`models.base.Tracked`)."""
    return [
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "review_campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("title_key", sa.String(length=300), nullable=False),
        sa.Column("platforms", sa.String(length=200), nullable=False),
        sa.Column("trigger_event", sa.String(length=20), nullable=False),
        sa.Column("trigger_days", sa.BigInteger(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("sender", sa.String(length=500), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("where_shown", sa.String(length=500), nullable=False),
        sa.Column("shown", sa.String(length=500), nullable=False),
        sa.Column("template", sa.Text(), nullable=False),
        sa.Column("opt_out", sa.String(length=500), nullable=False),
        sa.Column("base_link", sa.String(length=500), nullable=False),
        sa.Column("reminder_days", sa.String(length=40), nullable=False),
        sa.Column("incentive", sa.String(length=500), nullable=False),
        sa.Column("review_links", sa.Text(), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.Column("finished_on", sa.Date(), nullable=True),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.Column("erased_customers", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_review_campaign_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_campaign")),
    )
    op.create_index(op.f("ix_review_campaign_client_id"), "review_campaign", ["client_id"], unique=False)
    op.create_index(op.f("ix_review_campaign_title_key"), "review_campaign", ["title_key"], unique=False)
    op.create_table(
        "review_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("rating", sa.BigInteger(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_review_rating_client_id_client")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_rating")),
        sa.UniqueConstraint("client_id", "platform", "day", name="uq_review_rating_day"),
    )
    op.create_index(op.f("ix_review_rating_client_id"), "review_rating", ["client_id"], unique=False)
    op.create_table(
        "review_answer",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("nps", sa.BigInteger(), nullable=True),
        sa.Column("csat", sa.BigInteger(), nullable=True),
        sa.Column("respondent", sa.String(length=330), nullable=False),
        sa.Column("order_ref", sa.String(length=200), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("mention_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("file_row", sa.BigInteger(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["review_campaign.id"],
            name=op.f("fk_review_answer_campaign_id_review_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mention.id"],
            name=op.f("fk_review_answer_mention_id_mention"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_answer")),
    )
    op.create_index(op.f("ix_review_answer_campaign_id"), "review_answer", ["campaign_id"], unique=False)
    op.create_index(op.f("ix_review_answer_mention_id"), "review_answer", ["mention_id"], unique=False)
    op.create_table(
        "review_customer",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=330), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("order_ref", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("staff", sa.Boolean(), nullable=False),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
        sa.Column("file_row", sa.BigInteger(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["review_campaign.id"],
            name=op.f("fk_review_customer_campaign_id_review_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_customer")),
        sa.UniqueConstraint("campaign_id", "key", name="uq_review_customer_key"),
    )
    op.create_table(
        "review_wave",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("prepared_on", sa.Date(), nullable=False),
        sa.Column("prepared_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("platforms", sa.String(length=200), nullable=False),
        sa.Column("requests", sa.BigInteger(), nullable=False),
        sa.Column("not_asked", sa.BigInteger(), nullable=False),
        sa.Column("filters", sa.Text(), nullable=False),
        sa.Column("incentive", sa.String(length=500), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["review_campaign.id"],
            name=op.f("fk_review_wave_campaign_id_review_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_wave")),
        sa.UniqueConstraint("campaign_id", "number", name="uq_review_wave_number"),
    )
    op.create_table(
        "review_not_asked",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("wave_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["review_customer.id"],
            name=op.f("fk_review_not_asked_customer_id_review_customer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"],
            ["review_wave.id"],
            name=op.f("fk_review_not_asked_wave_id_review_wave"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_not_asked")),
    )
    op.create_index(
        op.f("ix_review_not_asked_customer_id"), "review_not_asked", ["customer_id"], unique=False
    )
    op.create_index(op.f("ix_review_not_asked_wave_id"), "review_not_asked", ["wave_id"], unique=False)
    op.create_table(
        "review_request",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("wave_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("contact", sa.String(length=330), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("link", sa.String(length=600), nullable=False),
        sa.Column("delivered", sa.Boolean(), nullable=False),
        sa.Column("clicked", sa.Boolean(), nullable=False),
        sa.Column("review_platform", sa.String(length=20), nullable=False),
        sa.Column("stars", sa.BigInteger(), nullable=True),
        sa.Column("review_link", sa.Text(), nullable=False),
        sa.Column("review_day", sa.Date(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["review_campaign.id"],
            name=op.f("fk_review_request_campaign_id_review_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["review_customer.id"],
            name=op.f("fk_review_request_customer_id_review_customer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"],
            ["review_wave.id"],
            name=op.f("fk_review_request_wave_id_review_wave"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_request")),
    )
    op.create_index(op.f("ix_review_request_campaign_id"), "review_request", ["campaign_id"], unique=False)
    op.create_index(op.f("ix_review_request_customer_id"), "review_request", ["customer_id"], unique=False)
    op.create_index(op.f("ix_review_request_wave_id"), "review_request", ["wave_id"], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
