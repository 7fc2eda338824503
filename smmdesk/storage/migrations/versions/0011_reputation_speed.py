"""The mentions queue's indexes at 500,000 mentions: every filter read from an index.

Revision ID: 0011_reputation_speed
Revises: 0010_reviews
Create Date: 2026-12-01

The queue reads a brand's mentions by deadline (or, without one, by publication) and filters them
by status, sentiment (the planner's and the services'), kind of source, category, reply and period.
Its two indexes carry all of those columns, so a filter and the count of what it keeps are read
from the index without visiting the mentions' rows (each holds a text and its search tokens). The
sightings are indexed by mention and service, so the service filter is answered from the index too.
"""

from __future__ import annotations

from alembic import op

revision = "0011_reputation_speed"
down_revision = "0010_reviews"
branch_labels = None
depends_on = None

# The columns after the order's own, as in `storage.models.reputation.QUEUE_FILTERED`.
_FILTERED = ("status", "sentiment_set", "sentiment", "source_kind", "category", "first_reply_at")


def upgrade() -> None:
    op.drop_index("ix_mention_client_deadline", table_name="mention")
    op.drop_index("ix_mention_client_published", table_name="mention")
    op.create_index(
        "ix_mention_queue_deadline", "mention", ["client_id", "deadline_at", *_FILTERED, "published_at"]
    )
    op.create_index(
        "ix_mention_queue_published", "mention", ["client_id", "published_at", "deadline_at", *_FILTERED]
    )
    op.drop_index("ix_mention_sighting_mention_id", table_name="mention_sighting")
    op.create_index(
        "ix_mention_sighting_mention_service", "mention_sighting", ["mention_id", "service_key"]
    )


def downgrade() -> None:
    op.drop_index("ix_mention_sighting_mention_service", table_name="mention_sighting")
    op.create_index("ix_mention_sighting_mention_id", "mention_sighting", ["mention_id"])
    op.drop_index("ix_mention_queue_published", table_name="mention")
    op.drop_index("ix_mention_queue_deadline", table_name="mention")
    op.create_index("ix_mention_client_published", "mention", ["client_id", "published_at"])
    op.create_index("ix_mention_client_deadline", "mention", ["client_id", "deadline_at"])
