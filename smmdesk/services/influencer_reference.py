"""The influencer base's reference data: the platforms and the formats of placement."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.influencers import FormatInfo
from smmdesk.domain.text import QT_TRANSLATE_NOOP, fold
from smmdesk.storage.models import Account, Format, Platform


def platforms(session: Session) -> list[tuple[str, str]]:
    return [
        (p.code, p.title)
        for p in session.scalars(select(Platform).order_by(Platform.position, Platform.title))
    ]


def add_platform(session: Session, title: str) -> str:
    """A platform the planner adds; its code is derived from the title."""
    title = " ".join(title.split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name cannot be empty."), field="title")
    if session.scalar(select(Platform.code).where(Platform.title_key == fold(title))):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A platform named {title} already exists."),
            title=title,
            field="title",
        )
    code = ("".join(ch for ch in title.lower() if ch.isalnum()) or "platform")[:30]
    existing = {p.code for p in session.scalars(select(Platform))}
    base, n = code, 1
    while code in existing:
        n += 1
        code = f"{base}{n}"
    position = (session.scalar(select(func.max(Platform.position))) or 0) + 1
    session.add(Platform(code=code, title=title, builtin=False, position=position))
    return code


def remove_platform(session: Session, code: str) -> None:
    """Takes back a platform the planner added, as long as no account uses it."""
    platform = session.get_one(Platform, code)
    if platform.builtin:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A built-in platform cannot be removed."))
    if session.scalar(select(func.count(Account.id)).where(Account.platform == code)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Accounts use this platform; it cannot be removed.")
        )
    session.delete(platform)


def formats(session: Session, *, include_archived: bool = False) -> list[FormatInfo]:
    query = select(Format).order_by(Format.position, Format.id)
    if not include_archived:
        query = query.where(Format.archived.is_(False))
    return [FormatInfo(f.id, f.code, f.title, f.builtin, f.archived) for f in session.scalars(query)]


def add_format(session: Session, title: str) -> int:
    title = " ".join(title.split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name cannot be empty."), field="title")
    # Compared folded (Cyrillic case included, the same on every engine); the key is unique.
    if session.scalar(select(Format.id).where(Format.title_key == fold(title))):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A format named {title} already exists."), title=title
        )
    code = "custom_" + "".join(ch if ch.isalnum() else "_" for ch in title.lower())[:40]
    while session.scalar(select(Format.id).where(Format.code == code)):
        code += "_"
    position = (session.scalar(select(func.max(Format.position))) or 0) + 1
    fmt = Format(code=code, title=title, builtin=False, position=position, archived=False)
    session.add(fmt)
    session.flush()
    return fmt.id


def update_format(
    session: Session, format_id: int, *, title: str | None = None, archived: bool | None = None
) -> dict[str, Any]:
    fmt = session.get_one(Format, format_id)
    old = {"title": fmt.title, "archived": fmt.archived}
    if title is not None:
        if fmt.builtin:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A built-in format cannot be renamed."))
        title = " ".join(title.split()) or fmt.title
        taken = select(Format.id).where(Format.title_key == fold(title), Format.id != format_id)
        if session.scalar(taken) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A format named {title} already exists."),
                title=title,
                field="title",
            )
        fmt.title = title
    if archived is not None:
        fmt.archived = archived
    return old
