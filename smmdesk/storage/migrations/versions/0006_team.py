"""A team on one server: 64-bit money and counts, record versions and authors, the audit log, folded
keys for case-insensitive uniqueness, and id sequences past the seeded rows.

Revision ID: 0006_team
Revises: 0005_contests
Create Date: 2026-12-01

The same on a file and on a server. On SQLite each table is rebuilt once (batch mode) with all of
its changes; on PostgreSQL the columns are altered in place and the sequences that the seeded
formats left behind (ids 1–4 inserted explicitly, the sequence still at 1) are set past the rows.
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0006_team"
down_revision = "0005_contests"
branch_labels = None
depends_on = None

# Money (kopecks), percentages (hundredths) and counts: 32-bit on PostgreSQL until now.
WIDENED: dict[str, tuple[str, ...]] = {
    "influencer": ("audience_female_pct",),
    "account": ("followers", "er", "avg_reach", "avg_views"),
    "terms": ("price", "prepayment_pct"),
    "price_change": ("old_price", "new_price"),
    "campaign": ("budget_limit",),
    "estimate_version": ("agency_fee_pct", "vat_rate"),
    "estimate_line": ("unit_price", "discount_pct", "contractor_fee", "followers", "reach", "views"),
    "placement": ("fee", "cost", "reach_forecast", "views_forecast"),
    "payment": ("amount",),
    "screenshot": ("size",),
    "publication_metric": ("value",),
    "kpi_target": ("plan",),
    "contest": ("budget", "other_costs", "new_followers", "reach"),
    "contest_prize": ("value",),
    "contest_draw": ("participants",),
}
NULLABLE = {
    "audience_female_pct", "followers", "er", "avg_reach", "avg_views", "price", "prepayment_pct",
    "old_price", "new_price", "budget_limit", "unit_price", "contractor_fee", "reach", "views", "fee",
    "reach_forecast", "views_forecast", "budget", "other_costs", "new_followers",
}  # fmt: skip
# Edited records: a version counter, who made them, who changed them last and when.
TRACKED = (
    "platform", "format", "tag", "influencer", "account", "terms", "saved_view", "import_mapping",
    "client", "campaign", "estimate", "estimate_version", "estimate_line", "placement", "payment",
    "screenshot", "publication_metric", "kpi_target", "contest", "contest_prize",
    "contest_participant", "contest_draw", "contest_disqualification", "setting",
)  # fmt: skip
# Folded keys: (table, text column, key column, length, unique).
FOLDED = (
    ("format", "title", "title_key", 200, True),
    ("platform", "title", "title_key", 100, True),
    ("influencer", "name", "name_key", 200, False),
)


def fold(text: str) -> str:
    """As `smmdesk.domain.text.fold` was when this revision was written (kept here on purpose)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("ё", "е").split())


def _fill_folded(table: str, column: str, key: str, pk: str, unique: bool) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT {pk}, {column} FROM {table} ORDER BY {pk}")).all()
    taken: set[str] = set()
    values = []
    for ident, text in rows:
        folded = fold(text or "")
        if unique and folded in taken:
            # Two titles that differ only in case were allowed before; both stay, the later one's
            # key carries its id so that the new constraint holds.
            folded = f"{folded} #{ident}"
        taken.add(folded)
        values.append({"pk": ident, "folded": folded})
    if values:
        bind.execute(sa.text(f"UPDATE {table} SET {key} = :folded WHERE {pk} = :pk"), values)


def upgrade() -> None:
    for table, _column, key, length, _unique in FOLDED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column(key, sa.String(length), nullable=False, server_default=""))
    for table, column, key, _length, unique in FOLDED:
        _fill_folded(table, column, key, "code" if table == "platform" else "id", unique)

    for table in sorted(set(WIDENED) | set(TRACKED) | {t for t, *_ in FOLDED}):
        with op.batch_alter_table(table) as batch:
            for column in WIDENED.get(table, ()):
                batch.alter_column(
                    column,
                    existing_type=sa.Integer(),
                    type_=sa.BigInteger(),
                    existing_nullable=column in NULLABLE,
                )
            if table in TRACKED:
                batch.add_column(sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))
                batch.add_column(sa.Column("created_by", sa.String(100), nullable=False, server_default=""))
                batch.add_column(sa.Column("changed_by", sa.String(100), nullable=False, server_default=""))
                batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
            for folded_table, _column, key, _length, unique in FOLDED:
                if folded_table != table:
                    continue
                if unique:
                    batch.create_unique_constraint(f"uq_{table}_{key}", [key])
                else:
                    batch.create_index(f"ix_{table}_{key}", [key], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_record", "audit_log", ["table_name", "row_id"], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        repair_sequences()


def repair_sequences() -> None:
    """Every serial id's sequence set past the largest id: rows inserted with explicit ids (the
    seeded formats) leave it behind, and the next insert would take a used id."""
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    for table in inspector.get_table_names():
        if "id" not in {column["name"] for column in inspector.get_columns(table)}:
            continue
        sequence = bind.execute(sa.text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
        if sequence:
            bind.execute(
                sa.text(f"SELECT setval(:s, COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"),
                {"s": sequence},
            )


def downgrade() -> None:
    op.drop_index("ix_audit_log_record", table_name="audit_log")
    op.drop_table("audit_log")
    for table in sorted(set(WIDENED) | set(TRACKED) | {t for t, *_ in FOLDED}):
        with op.batch_alter_table(table) as batch:
            for folded_table, _column, key, _length, unique in FOLDED:
                if folded_table == table:
                    if unique:
                        batch.drop_constraint(f"uq_{table}_{key}", type_="unique")
                    else:
                        batch.drop_index(f"ix_{table}_{key}")
                    batch.drop_column(key)
            if table in TRACKED:
                for column in ("changed_at", "changed_by", "created_by", "row_version"):
                    batch.drop_column(column)
            for column in WIDENED.get(table, ()):
                batch.alter_column(
                    column,
                    existing_type=sa.BigInteger(),
                    type_=sa.Integer(),
                    existing_nullable=column in NULLABLE,
                )
