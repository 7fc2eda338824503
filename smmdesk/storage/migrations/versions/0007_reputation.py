"""The Репутация section: brands' settings, SLA tables and escalation ladders; mentions with the
services that saw them, their replies and complaints (with screenshots); the query library, the
playbook's own templates, the service choice's scores and weights, the query tester's marks; and
the full-text index over the mentions' words and word forms.

Revision ID: 0007_reputation
Revises: 0006_team
Create Date: 2026-12-01

The index reads `mention.search_text` (tokens and lemmas, one space between, see
`domain.reputation.search`). On a file it is an FTS5 table over that column, kept by triggers as
mentions are added, changed and removed (a copy into a new file fills it as the rows arrive); on a
server, a GIN index over the same tokens as a tsvector (`storage.mention_search`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_reputation"
down_revision = "0006_team"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mention",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("link_key", sa.String(length=32), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("collected_at", sa.DateTime(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_name", sa.String(length=300), nullable=False),
        sa.Column("author_handle", sa.String(length=300), nullable=False),
        sa.Column("author_link", sa.Text(), nullable=False),
        sa.Column("author_followers", sa.BigInteger(), nullable=True),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("source_kind", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("sentiment", sa.String(length=10), nullable=False),
        sa.Column("sentiment_raw", sa.String(length=100), nullable=False),
        sa.Column("sentiment_set", sa.String(length=10), nullable=False),
        sa.Column("engagement", sa.BigInteger(), nullable=True),
        sa.Column("reach", sa.BigInteger(), nullable=True),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.String(length=2), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("deadline_at", sa.DateTime(), nullable=True),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=2), nullable=False),
        sa.Column("first_reply_at", sa.DateTime(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_mention_client_id_client")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mention")),
    )
    op.create_index("ix_mention_client_link", "mention", ["client_id", "link_key"], unique=False)
    op.create_index("ix_mention_client_published", "mention", ["client_id", "published_at"], unique=False)
    op.create_index("ix_mention_client_deadline", "mention", ["client_id", "deadline_at"], unique=False)
    op.create_table(
        "reputation_brand",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("mentions_per_day", sa.BigInteger(), nullable=False),
        sa.Column("response_hours", sa.BigInteger(), nullable=False),
        sa.Column("regions", sa.String(length=200), nullable=False),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("zone", sa.String(length=60), nullable=False),
        sa.Column("working_hours", sa.Boolean(), nullable=False),
        sa.Column("chosen_service", sa.String(length=60), nullable=False),
        sa.Column("chosen_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reputation_brand_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reputation_brand")),
        sa.UniqueConstraint("client_id", name=op.f("uq_reputation_brand_client_id")),
    )
    op.create_table(
        "reputation_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("entries", sa.Text(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reputation_list_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reputation_list")),
        sa.UniqueConstraint("client_id", "name_key", name="uq_reputation_list_name"),
    )
    op.create_index(op.f("ix_reputation_list_client_id"), "reputation_list", ["client_id"], unique=False)
    op.create_table(
        "reputation_query",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reputation_query_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reputation_query")),
        sa.UniqueConstraint("client_id", "name_key", name="uq_reputation_query_name"),
    )
    op.create_index(op.f("ix_reputation_query_client_id"), "reputation_query", ["client_id"], unique=False)
    op.create_table(
        "reputation_rung",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=2), nullable=False),
        sa.Column("approver", sa.String(length=200), nullable=False),
        sa.Column("backup", sa.String(length=200), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reputation_rung_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reputation_rung")),
        sa.UniqueConstraint("client_id", "level", name="uq_reputation_rung_level"),
    )
    op.create_index(op.f("ix_reputation_rung_client_id"), "reputation_rung", ["client_id"], unique=False)
    op.create_table(
        "reputation_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=60), nullable=False),
        sa.Column("criterion", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reputation_score_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reputation_score")),
        sa.UniqueConstraint("client_id", "service", "criterion", name="uq_reputation_score_cell"),
    )
    op.create_index(op.f("ix_reputation_score_client_id"), "reputation_score", ["client_id"], unique=False)
    op.create_table(
        "reputation_sla",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("severity", sa.String(length=2), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("hours", sa.BigInteger(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reputation_sla_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reputation_sla")),
        sa.UniqueConstraint("client_id", "severity", "channel", name="uq_reputation_sla_cell"),
    )
    op.create_index(op.f("ix_reputation_sla_client_id"), "reputation_sla", ["client_id"], unique=False)
    op.create_table(
        "reputation_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("holding", sa.Boolean(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reputation_template_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reputation_template")),
        sa.UniqueConstraint("client_id", "name_key", name="uq_reputation_template_name"),
    )
    op.create_index(
        op.f("ix_reputation_template_client_id"), "reputation_template", ["client_id"], unique=False
    )
    op.create_table(
        "reputation_weight",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(length=20), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reputation_weight_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reputation_weight")),
        sa.UniqueConstraint("client_id", "criterion", name="uq_reputation_weight_criterion"),
    )
    op.create_index(op.f("ix_reputation_weight_client_id"), "reputation_weight", ["client_id"], unique=False)
    op.create_table(
        "mention_complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence_link", sa.Text(), nullable=False),
        sa.Column("evidence_time", sa.DateTime(), nullable=True),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mention.id"],
            name=op.f("fk_mention_complaint_mention_id_mention"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mention_complaint")),
    )
    op.create_index(
        op.f("ix_mention_complaint_mention_id"), "mention_complaint", ["mention_id"], unique=False
    )
    op.create_table(
        "mention_reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("replied_at", sa.DateTime(), nullable=False),
        sa.Column("responder", sa.String(length=200), nullable=False),
        sa.Column("template", sa.String(length=100), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mention.id"],
            name=op.f("fk_mention_reply_mention_id_mention"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mention_reply")),
    )
    op.create_index(op.f("ix_mention_reply_mention_id"), "mention_reply", ["mention_id"], unique=False)
    op.create_table(
        "mention_sighting",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("mention_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("service", sa.String(length=100), nullable=False),
        sa.Column("service_key", sa.String(length=100), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("link_raw", sa.Text(), nullable=False),
        sa.Column("collected_at", sa.DateTime(), nullable=True),
        sa.Column("sentiment_raw", sa.String(length=100), nullable=False),
        sa.Column("file_row", sa.BigInteger(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mention.id"],
            name=op.f("fk_mention_sighting_mention_id_mention"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mention_sighting")),
    )
    op.create_index(op.f("ix_mention_sighting_mention_id"), "mention_sighting", ["mention_id"], unique=False)
    op.create_index(
        "ix_mention_sighting_service_id", "mention_sighting", ["service_key", "external_id"], unique=False
    )
    op.create_table(
        "reputation_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("query_id", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mention.id"],
            name=op.f("fk_reputation_mark_mention_id_mention"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["query_id"],
            ["reputation_query.id"],
            name=op.f("fk_reputation_mark_query_id_reputation_query"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reputation_mark")),
        sa.UniqueConstraint("query_id", "mention_id", name="uq_reputation_mark"),
    )
    op.create_index(op.f("ix_reputation_mark_mention_id"), "reputation_mark", ["mention_id"], unique=False)
    op.create_index(op.f("ix_reputation_mark_query_id"), "reputation_mark", ["query_id"], unique=False)
    op.create_table(
        "complaint_screenshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["mention_complaint.id"],
            name=op.f("fk_complaint_screenshot_complaint_id_mention_complaint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_screenshot")),
    )
    op.create_index(
        op.f("ix_complaint_screenshot_complaint_id"), "complaint_screenshot", ["complaint_id"], unique=False
    )
    create_search_index()


def downgrade() -> None:
    drop_search_index()
    op.drop_table("complaint_screenshot")
    op.drop_table("reputation_mark")
    op.drop_table("mention_sighting")
    op.drop_table("mention_reply")
    op.drop_table("mention_complaint")
    op.drop_table("reputation_weight")
    op.drop_table("reputation_template")
    op.drop_table("reputation_sla")
    op.drop_table("reputation_score")
    op.drop_table("reputation_rung")
    op.drop_table("reputation_query")
    op.drop_table("reputation_list")
    op.drop_table("reputation_brand")
    op.drop_table("mention")


# The full-text index, as this revision writes it (kept here, not imported, so that it stays what
# this revision made). The names are `storage.mention_search`'s.
SQLITE_INDEX = (
    "CREATE VIRTUAL TABLE mention_fts USING fts5(search_text, content='mention', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER mention_fts_insert AFTER INSERT ON mention BEGIN "
    "INSERT INTO mention_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER mention_fts_delete AFTER DELETE ON mention BEGIN "
    "INSERT INTO mention_fts(mention_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER mention_fts_update AFTER UPDATE OF search_text ON mention BEGIN "
    "INSERT INTO mention_fts(mention_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO mention_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS mention_fts_update",
    "DROP TRIGGER IF EXISTS mention_fts_delete",
    "DROP TRIGGER IF EXISTS mention_fts_insert",
    "DROP TABLE IF EXISTS mention_fts",
)
# The tokens as lexemes, exactly as stored (no parser, no dictionary): the same tokens FTS5 reads.
POSTGRESQL_INDEX = (
    "CREATE INDEX ix_mention_search ON mention "
    "USING gin (array_to_tsvector(string_to_array(search_text, ' ')))",
)
POSTGRESQL_DROP = ("DROP INDEX IF EXISTS ix_mention_search",)


def create_search_index() -> None:
    bind = op.get_bind()
    for statement in SQLITE_INDEX if bind.dialect.name == "sqlite" else POSTGRESQL_INDEX:
        bind.execute(sa.text(statement))


def drop_search_index() -> None:
    bind = op.get_bind()
    for statement in SQLITE_DROP if bind.dialect.name == "sqlite" else POSTGRESQL_DROP:
        bind.execute(sa.text(statement))
