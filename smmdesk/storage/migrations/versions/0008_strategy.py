"""The strategy: per client (or the agency's own brand) and period, its versions with goals, KPIs,
initiatives, tasks with their RACI, executors, roles and agreements, checkpoints; check-ins,
checkpoint results and motivation payments by the key of what they belong to.

Revision ID: 0008_strategy
Revises: 0007_reputation
Create Date: 2026-12-01

Made as the team schema of 0006 makes tables: 64-bit money, hours and figures, a version and its
authors on every record (`Tracked`), folded keys for case-insensitive matching (goal titles, executor
names, role codes).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_strategy"
down_revision = "0007_reputation"
branch_labels = None
depends_on = None

TABLES = (
    "strategy_payment", "strategy_check_result", "strategy_check_in", "strategy_checkpoint",
    "strategy_agreement", "strategy_task", "strategy_role", "strategy_executor", "strategy_initiative",
    "strategy_kpi", "strategy_goal", "strategy_version", "strategy",
)  # fmt: skip


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
        "strategy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("title_key", sa.String(length=300), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_strategy_client_id_client")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy")),
    )
    with op.batch_alter_table("strategy") as batch_op:
        batch_op.create_index(batch_op.f("ix_strategy_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_strategy_title_key"), ["title_key"], unique=False)

    op.create_table(
        "strategy_check_in",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("strategy_id", sa.Integer(), nullable=False),
        sa.Column("kpi_key", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategy.id"],
            name=op.f("fk_strategy_check_in_strategy_id_strategy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_check_in")),
    )
    with op.batch_alter_table("strategy_check_in") as batch_op:
        batch_op.create_index("ix_strategy_check_in_kpi", ["strategy_id", "kpi_key"], unique=False)

    op.create_table(
        "strategy_check_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("strategy_id", sa.Integer(), nullable=False),
        sa.Column("checkpoint_key", sa.Integer(), nullable=False),
        sa.Column("ticks", sa.String(length=500), nullable=False),
        sa.Column("result", sa.String(length=10), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("judged", sa.String(length=10), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategy.id"],
            name=op.f("fk_strategy_check_result_strategy_id_strategy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_check_result")),
        sa.UniqueConstraint("strategy_id", "checkpoint_key", name="uq_strategy_check_result_checkpoint"),
    )
    op.create_table(
        "strategy_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("strategy_id", sa.Integer(), nullable=False),
        sa.Column("agreement_key", sa.Integer(), nullable=False),
        sa.Column("executor_key", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategy.id"],
            name=op.f("fk_strategy_payment_strategy_id_strategy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_payment")),
    )
    with op.batch_alter_table("strategy_payment") as batch_op:
        batch_op.create_index(batch_op.f("ix_strategy_payment_strategy_id"), ["strategy_id"], unique=False)

    op.create_table(
        "strategy_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("strategy_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("approval_comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["strategy.id"],
            name=op.f("fk_strategy_version_strategy_id_strategy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_version")),
        sa.UniqueConstraint("strategy_id", "number", name="uq_strategy_version_number"),
    )
    with op.batch_alter_table("strategy_version") as batch_op:
        batch_op.create_index(batch_op.f("ix_strategy_version_strategy_id"), ["strategy_id"], unique=False)

    op.create_table(
        "strategy_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Integer(), nullable=False),
        sa.Column("executor_key", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("pay_day", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("kpi_key", sa.Integer(), nullable=True),
        sa.Column("threshold", sa.BigInteger(), nullable=True),
        sa.Column("checkpoint_key", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["strategy_version.id"],
            name=op.f("fk_strategy_agreement_version_id_strategy_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_agreement")),
        sa.UniqueConstraint("version_id", "key", name="uq_strategy_agreement_key"),
    )
    op.create_table(
        "strategy_checkpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("bar", sa.String(length=20), nullable=False),
        sa.Column("kpi_key", sa.Integer(), nullable=True),
        sa.Column("threshold", sa.BigInteger(), nullable=True),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("task_key", sa.Integer(), nullable=True),
        sa.Column("goal_key", sa.Integer(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["strategy_version.id"],
            name=op.f("fk_strategy_checkpoint_version_id_strategy_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_checkpoint")),
        sa.UniqueConstraint("version_id", "key", name="uq_strategy_checkpoint_key"),
    )
    op.create_table(
        "strategy_executor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("weekly_hours", sa.BigInteger(), nullable=False),
        sa.Column("hourly_rate", sa.BigInteger(), nullable=True),
        sa.Column("influencer_id", sa.Integer(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["influencer_id"], ["influencer.id"], name=op.f("fk_strategy_executor_influencer_id_influencer")
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["strategy_version.id"],
            name=op.f("fk_strategy_executor_version_id_strategy_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_executor")),
        sa.UniqueConstraint("version_id", "key", name="uq_strategy_executor_key"),
        sa.UniqueConstraint("version_id", "name_key", name="uq_strategy_executor_name"),
    )
    with op.batch_alter_table("strategy_executor") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_strategy_executor_influencer_id"), ["influencer_id"], unique=False
        )

    op.create_table(
        "strategy_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("title_key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("weight", sa.BigInteger(), nullable=False),
        sa.Column("parent_key", sa.Integer(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["strategy_version.id"],
            name=op.f("fk_strategy_goal_version_id_strategy_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_goal")),
        sa.UniqueConstraint("version_id", "key", name="uq_strategy_goal_key"),
    )
    op.create_table(
        "strategy_initiative",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("goal_key", sa.Integer(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["strategy_version.id"],
            name=op.f("fk_strategy_initiative_version_id_strategy_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_initiative")),
        sa.UniqueConstraint("version_id", "key", name="uq_strategy_initiative_key"),
    )
    op.create_table(
        "strategy_kpi",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Integer(), nullable=False),
        sa.Column("goal_key", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("baseline", sa.BigInteger(), nullable=False),
        sa.Column("target", sa.BigInteger(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("figure", sa.String(length=60), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("weight", sa.BigInteger(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["strategy_version.id"],
            name=op.f("fk_strategy_kpi_version_id_strategy_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_kpi")),
        sa.UniqueConstraint("version_id", "key", name="uq_strategy_kpi_key"),
    )
    op.create_table(
        "strategy_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("code_key", sa.String(length=100), nullable=False),
        sa.Column("rate", sa.BigInteger(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["strategy_version.id"],
            name=op.f("fk_strategy_role_version_id_strategy_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_role")),
        sa.UniqueConstraint("version_id", "code_key", name="uq_strategy_role_code"),
    )
    op.create_table(
        "strategy_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("effort", sa.BigInteger(), nullable=False),
        sa.Column("goal_key", sa.Integer(), nullable=True),
        sa.Column("initiative_key", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("acceptance", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=1000), nullable=False),
        sa.Column("accountable", sa.Integer(), nullable=True),
        sa.Column("consulted", sa.String(length=1000), nullable=False),
        sa.Column("informed", sa.String(length=1000), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["strategy_version.id"],
            name=op.f("fk_strategy_task_version_id_strategy_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_task")),
        sa.UniqueConstraint("version_id", "key", name="uq_strategy_task_key"),
    )


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
