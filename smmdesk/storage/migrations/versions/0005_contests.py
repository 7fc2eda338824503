"""Contests: the record, prizes, participants, draws and disqualifications.

Revision ID: 0005_contests
Revises: 0004_placements
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_contests"
down_revision = "0004_placements"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("account", sa.String(length=200), nullable=False),
        sa.Column("mechanics", sa.String(length=20), nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("announce_on", sa.Date(), nullable=True),
        sa.Column("budget", sa.Integer(), nullable=True),
        sa.Column("other_costs", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("influencer_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("list_private", sa.Boolean(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), nullable=True),
        sa.Column("new_followers", sa.Integer(), nullable=True),
        sa.Column("reach", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_contest_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["influencer_id"], ["influencer.id"], name=op.f("fk_contest_influencer_id_influencer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest")),
    )
    op.create_table(
        "contest_draw",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Text(), nullable=False),
        sa.Column("list_hash", sa.String(length=64), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("winners", sa.Text(), nullable=False),
        sa.Column("drawn_at", sa.DateTime(), nullable=False),
        sa.Column("redraw_reason", sa.Text(), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contest_id"],
            ["contest.id"],
            name=op.f("fk_contest_draw_contest_id_contest"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_draw")),
    )
    with op.batch_alter_table("contest_draw", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_draw_contest_id"), ["contest_id"], unique=False)

    op.create_table(
        "contest_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.Column("raw", sa.String(length=500), nullable=False),
        sa.Column("ineligible", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["contest_id"],
            ["contest.id"],
            name=op.f("fk_contest_participant_contest_id_contest"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_participant")),
        sa.UniqueConstraint("contest_id", "handle", name="uq_contest_participant"),
    )
    with op.batch_alter_table("contest_participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_participant_contest_id"), ["contest_id"], unique=False)

    op.create_table(
        "contest_prize",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("sponsor", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["contest_id"],
            ["contest.id"],
            name=op.f("fk_contest_prize_contest_id_contest"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_prize")),
    )
    with op.batch_alter_table("contest_prize", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_prize_contest_id"), ["contest_id"], unique=False)

    op.create_table(
        "contest_disqualification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["draw_id"],
            ["contest_draw.id"],
            name=op.f("fk_contest_disqualification_draw_id_contest_draw"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_disqualification")),
        sa.UniqueConstraint("draw_id", "handle", name="uq_contest_disqualification"),
    )
    with op.batch_alter_table("contest_disqualification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_disqualification_draw_id"), ["draw_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contest_disqualification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_disqualification_draw_id"))

    op.drop_table("contest_disqualification")
    with op.batch_alter_table("contest_prize", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_prize_contest_id"))

    op.drop_table("contest_prize")
    with op.batch_alter_table("contest_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_participant_contest_id"))

    op.drop_table("contest_participant")
    with op.batch_alter_table("contest_draw", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_draw_contest_id"))

    op.drop_table("contest_draw")
    op.drop_table("contest")
