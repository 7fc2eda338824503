"""Influencers, accounts, terms per format, price history, tags, saved views and import mappings.

Revision ID: 0002_influencers
Revises: 0001_shell
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_influencers"
down_revision = "0001_shell"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "format",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_format")),
        sa.UniqueConstraint("code", name=op.f("uq_format_code")),
    )
    op.create_table(
        "import_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
        sa.UniqueConstraint("kind", "name", name="uq_import_mapping_kind_name"),
    )
    op.create_table(
        "influencer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("topics", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("blacklist_reason", sa.String(length=500), nullable=False),
        sa.Column("tax_status", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("messenger", sa.String(length=200), nullable=False),
        sa.Column("audience_geo", sa.String(length=500), nullable=False),
        sa.Column("audience_age", sa.String(length=200), nullable=False),
        sa.Column("audience_female_pct", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_influencer")),
    )
    with op.batch_alter_table("influencer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_influencer_name"), ["name"], unique=False)
    op.create_table(
        "platform",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_platform")),
    )
    op.create_table(
        "saved_view",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("window", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_view")),
        sa.UniqueConstraint("window", "name", name="uq_saved_view_window_name"),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("influencer_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("followers", sa.Integer(), nullable=True),
        sa.Column("er", sa.Integer(), nullable=True),
        sa.Column("avg_reach", sa.Integer(), nullable=True),
        sa.Column("avg_views", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["influencer_id"],
            ["influencer.id"],
            name=op.f("fk_account_influencer_id_influencer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["platform"], ["platform.code"], name=op.f("fk_account_platform_platform")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("platform", "handle", name="uq_account_platform_handle"),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_influencer_id"), ["influencer_id"], unique=False)

    op.create_table(
        "influencer_tag",
        sa.Column("influencer_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["influencer_id"],
            ["influencer.id"],
            name=op.f("fk_influencer_tag_influencer_id_influencer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_influencer_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("influencer_id", "tag_id", name=op.f("pk_influencer_tag")),
    )
    op.create_table(
        "price_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("format_id", sa.Integer(), nullable=False),
        sa.Column("old_price", sa.Integer(), nullable=True),
        sa.Column("new_price", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_price_change_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["format_id"], ["format.id"], name=op.f("fk_price_change_format_id_format")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_change")),
    )
    with op.batch_alter_table("price_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_price_change_account_id"), ["account_id"], unique=False)

    op.create_table(
        "terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("format_id", sa.Integer(), nullable=False),
        sa.Column("price", sa.Integer(), nullable=True),
        sa.Column("price_note", sa.String(length=200), nullable=False),
        sa.Column("included", sa.Text(), nullable=False),
        sa.Column("prepayment_pct", sa.Integer(), nullable=True),
        sa.Column("product", sa.String(length=20), nullable=False),
        sa.Column("exclusivity", sa.String(length=500), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_terms_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["format_id"], ["format.id"], name=op.f("fk_terms_format_id_format")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terms")),
        sa.UniqueConstraint("account_id", "format_id", name="uq_terms_account_format"),
    )
    # Built-in platforms and formats (titles are shown through the translation catalogue).
    platform = sa.table(
        "platform",
        sa.column("code", sa.String),
        sa.column("title", sa.String),
        sa.column("builtin", sa.Boolean),
        sa.column("position", sa.Integer),
    )
    op.bulk_insert(
        platform,
        [
            {"code": code, "title": title, "builtin": True, "position": i}
            for i, (code, title) in enumerate(
                [
                    ("instagram", "Instagram"),
                    ("vk", "VK"),
                    ("telegram", "Telegram"),
                    ("youtube", "YouTube"),
                    ("tiktok", "TikTok"),
                    ("dzen", "Дзен"),
                    ("rutube", "RuTube"),
                    ("ok", "OK"),
                ]
            )
        ],
    )
    fmt = sa.table(
        "format",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("title", sa.String),
        sa.column("builtin", sa.Boolean),
        sa.column("position", sa.Integer),
        sa.column("archived", sa.Boolean),
    )
    op.bulk_insert(
        fmt,
        [
            {"id": i + 1, "code": code, "title": title, "builtin": True, "position": i, "archived": False}
            for i, (code, title) in enumerate(
                [
                    ("photo_with_product", "Фото с продуктом"),
                    ("photo_at_event", "Фото на мероприятии"),
                    ("video_with_product", "Видео с продуктом"),
                    ("video_at_event", "Видео на мероприятии"),
                ]
            )
        ],
    )


def downgrade() -> None:
    op.drop_table("terms")
    with op.batch_alter_table("price_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_price_change_account_id"))

    op.drop_table("price_change")
    op.drop_table("influencer_tag")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_influencer_id"))

    op.drop_table("account")
    op.drop_table("tag")
    op.drop_table("saved_view")
    op.drop_table("platform")
    with op.batch_alter_table("influencer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_influencer_name"))
    op.drop_table("influencer")
    op.drop_table("import_mapping")
    op.drop_table("format")
