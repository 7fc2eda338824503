"""Changes to several influencers at once: their status and their tags."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import influencers as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.influencer_editing import _tag_ids
from smmdesk.storage.models import Influencer, InfluencerTag, Tag
from smmdesk.storage.types import utc_now


def set_status(
    session: Session, influencer_ids: Sequence[int], status: str, reason: str = ""
) -> dict[int, tuple[str, str]]:
    """Sets one status on many; returns each one's previous (status, blacklist reason)."""
    rules.valid_choice(status, rules.RelationStatus, "status")
    old = {
        row.id: (row.status, row.blacklist_reason)
        for row in session.execute(
            select(Influencer.id, Influencer.status, Influencer.blacklist_reason).where(
                Influencer.id.in_(influencer_ids)
            )
        )
    }
    reason = reason if status == rules.RelationStatus.BLACKLIST else ""
    session.execute(
        update(Influencer)
        .where(Influencer.id.in_(influencer_ids))
        .values(status=status, blacklist_reason=reason, updated_at=utc_now())
    )
    return old


def restore_statuses(session: Session, previous: dict[int, tuple[str, str]]) -> None:
    for influencer_id, (status, reason) in previous.items():
        session.execute(
            update(Influencer)
            .where(Influencer.id == influencer_id)
            .values(status=status, blacklist_reason=reason)
        )


def add_tag(session: Session, influencer_ids: Sequence[int], tag: str) -> list[int]:
    """Adds a tag to many; returns the ids that did not have it (the ones undo removes it from)."""
    (name,) = rules.split_tags(tag) or ("",)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The tag is empty."), field="tag")
    tag_id = _tag_ids(session, [name])[name]
    having = set(
        session.scalars(
            select(InfluencerTag.influencer_id).where(
                InfluencerTag.tag_id == tag_id, InfluencerTag.influencer_id.in_(influencer_ids)
            )
        )
    )
    gained = [i for i in influencer_ids if i not in having]
    if gained:
        session.execute(insert(InfluencerTag), [{"influencer_id": i, "tag_id": tag_id} for i in gained])
        session.execute(update(Influencer).where(Influencer.id.in_(gained)).values(updated_at=utc_now()))
    return gained


def remove_tag(session: Session, influencer_ids: Sequence[int], tag: str) -> list[int]:
    """Removes a tag from many; returns the ids that had it."""
    tag_id = session.scalar(select(Tag.id).where(Tag.name == tag.strip().lower()))
    if tag_id is None:
        return []
    had = list(
        session.scalars(
            select(InfluencerTag.influencer_id).where(
                InfluencerTag.tag_id == tag_id, InfluencerTag.influencer_id.in_(influencer_ids)
            )
        )
    )
    session.execute(
        delete(InfluencerTag).where(InfluencerTag.tag_id == tag_id, InfluencerTag.influencer_id.in_(had))
    )
    return had
