"""A brand's query library: its queries (text form, purpose), the named lists they share, compiling
a query for a service, and the tester — running a query on the brand's imported mentions with the
compilers' meaning, the planner's marks and the precision they estimate, what an edit gains and
loses.

The rules are the domain's (`query.syntax`, `library`, `compile`, `matcher`, `tester`). Texts are
checked as they are saved: a query that does not parse is refused with its position. Every change
returns what it replaced, for undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.links import host_of
from smmdesk.domain.reputation.query.compile import Compiled, compile_query
from smmdesk.domain.reputation.query.library import Library, library_of, named_list
from smmdesk.domain.reputation.query.matcher import Corpus, Matcher, Target
from smmdesk.domain.reputation.query.syntax import parse_query
from smmdesk.domain.reputation.query.tester import EditEffect, Precision, compare, precision
from smmdesk.domain.reputation.query.tree import Purpose
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text, fold
from smmdesk.storage.models import Mention, ReputationList, ReputationMark, ReputationQuery

NO_NAME = QT_TRANSLATE_NOOP("Errors", "A query needs a name.")
TAKEN = QT_TRANSLATE_NOOP("Errors", "The brand already has a query named «{name}».")
LIST_TAKEN = QT_TRANSLATE_NOOP("Errors", "The brand already has a list named «{name}».")
FIRST_SHOWN = 20


@dataclass(frozen=True)
class QueryInfo:
    id: int
    name: str
    purpose: Purpose
    text: str
    notes: str


@dataclass(frozen=True)
class ListInfo:
    id: int
    name: str
    entries: tuple[str, ...]


def queries(session: Session, client_id: int) -> list[QueryInfo]:
    rows = session.scalars(
        select(ReputationQuery)
        .where(ReputationQuery.client_id == client_id)
        .order_by(ReputationQuery.name_key)
    )
    return [QueryInfo(q.id, q.name, Purpose(q.purpose), q.text, q.notes) for q in rows]


def lists(session: Session, client_id: int) -> list[ListInfo]:
    rows = session.scalars(
        select(ReputationList).where(ReputationList.client_id == client_id).order_by(ReputationList.name_key)
    )
    return [ListInfo(r.id, r.name, tuple(e for e in r.entries.splitlines() if e.strip())) for r in rows]


def library(session: Session, client_id: int) -> Library:
    """The brand's named lists as the compilers and the matcher resolve `{name}`."""
    return library_of(named_list(item.name, item.entries) for item in lists(session, client_id))


def save_query(
    session: Session, client_id: int, name: str, text: str, purpose: Purpose = Purpose.BRAND, notes: str = "",
    query_id: int | None = None,
) -> tuple[int, QueryInfo | None]:  # fmt: skip
    """Adds a query (or changes `query_id`); refused, with the position, if the text does not parse.

    Returns its id and the query as it was (None for a new one)."""
    name = " ".join(clean_text(name).split())
    if not name:
        raise ValidationError(NO_NAME, field="name")
    text = clean_text(text).strip()
    parse_query(text)
    clash = session.scalar(
        select(ReputationQuery.id).where(
            ReputationQuery.client_id == client_id, ReputationQuery.name_key == fold(name)
        )
    )
    if clash is not None and clash != query_id:
        raise ValidationError(TAKEN, field="name", name=name)
    if query_id is None:
        row = ReputationQuery(
            client_id=client_id, name=name, text=text, purpose=Purpose(purpose).value, notes=notes
        )
        session.add(row)
        session.flush()
        return row.id, None
    row = session.get_one(ReputationQuery, query_id)
    old = QueryInfo(row.id, row.name, Purpose(row.purpose), row.text, row.notes)
    row.name, row.text, row.purpose, row.notes = name, text, Purpose(purpose).value, notes
    session.flush()
    return row.id, old


def delete_query(session: Session, query_id: int) -> None:
    session.execute(delete(ReputationMark).where(ReputationMark.query_id == query_id))
    session.execute(delete(ReputationQuery).where(ReputationQuery.id == query_id))


def save_list(
    session: Session, client_id: int, name: str, entries: Iterable[str], list_id: int | None = None
) -> tuple[int, ListInfo | None]:
    """Adds a named list (or changes `list_id`); an entry that does not parse is refused in words."""
    checked = named_list(clean_text(name), [clean_text(e) for e in entries])
    clash = session.scalar(
        select(ReputationList.id).where(
            ReputationList.client_id == client_id, ReputationList.name_key == fold(checked.name)
        )
    )
    if clash is not None and clash != list_id:
        raise ValidationError(LIST_TAKEN, field="name", name=checked.name)
    if list_id is None:
        row = ReputationList(client_id=client_id, name=checked.name, entries="\n".join(checked.entries))
        session.add(row)
        session.flush()
        return row.id, None
    row = session.get_one(ReputationList, list_id)
    old = ListInfo(row.id, row.name, tuple(row.entries.splitlines()))
    row.name, row.entries = checked.name, "\n".join(checked.entries)
    session.flush()
    return row.id, old


def delete_list(session: Session, list_id: int) -> None:
    session.execute(delete(ReputationList).where(ReputationList.id == list_id))


def restore_list(session: Session, client_id: int, info: ListInfo) -> int:
    """Undo of `delete_list` (and redo of an adding): the list back with its id, so that the other
    steps of the history (its adding, its changes, its deleting) still find it."""
    checked = named_list(clean_text(info.name), [clean_text(e) for e in info.entries])
    entries = "\n".join(checked.entries)
    session.add(ReputationList(id=info.id, client_id=client_id, name=checked.name, entries=entries))
    session.flush()
    return info.id


def compile_text(text: str, service: str, lists_: Library | None = None) -> Compiled:
    """The query's text compiled for a service, or the limits it breaks (a text that does not parse
    is refused with its position)."""
    return compile_query(parse_query(text), service, lists_)


# --- the tester -----------------------------------------------------------------------------------------


@dataclass
class Sample:
    """The brand's mentions as the tester reads them: database ids and the matcher's corpus."""

    ids: list[int]
    corpus: Corpus


def sample(session: Session, client_id: int) -> Sample:
    rows = session.execute(
        select(
            Mention.id, Mention.text, Mention.author_name, Mention.author_handle, Mention.link, Mention.place,
            Mention.language, Mention.source_kind,
        )
        .where(Mention.client_id == client_id)
        .order_by(Mention.id)
    )  # fmt: skip
    ids: list[int] = []
    targets: list[Target] = []
    for ident, text, name, handle, link, place, language, kind in rows:
        ids.append(ident)
        targets.append(Target(text, name, handle, host_of(link), place, language, kind))
    return Sample(ids, Corpus(targets))


@dataclass(frozen=True)
class TestRun:
    matched: list[int]  # mention ids
    total: int  # mentions looked at
    precision: Precision | None  # from the marks of the query, when it is a saved one


def run_query(
    session: Session,
    client_id: int,
    text: str,
    *,
    query_id: int | None = None,
    mentions: Sample | None = None,
) -> TestRun:
    """The mentions the query finds among the brand's, and the precision its marks estimate."""
    found = mentions or sample(session, client_id)
    positions = Matcher(parse_query(text), library(session, client_id)).run(found.corpus)
    matched = [found.ids[i] for i in positions]
    estimate = None
    if query_id is not None:
        marked = marks(session, query_id)
        estimate = precision({k: v for k, v in marked.items() if k in set(matched)})
    return TestRun(matched, len(found.ids), estimate)


def effect(
    session: Session, client_id: int, before: str, after: str, mentions: Sample | None = None
) -> EditEffect:
    """What an edit gains and loses on the brand's mentions (ids of the mentions)."""
    found = mentions or sample(session, client_id)
    lists_ = library(session, client_id)
    change = compare(Matcher(parse_query(before), lists_), Matcher(parse_query(after), lists_), found.corpus)
    return EditEffect(
        tuple(found.ids[i] for i in change.gained), tuple(found.ids[i] for i in change.lost), change.kept
    )


def marks(session: Session, query_id: int) -> dict[int, bool]:
    rows = session.execute(
        select(ReputationMark.mention_id, ReputationMark.relevant).where(ReputationMark.query_id == query_id)
    )
    return {mention: relevant for mention, relevant in rows}


def mark(session: Session, query_id: int, mention_id: int, relevant: bool | None) -> bool | None:
    """Marks a mention the query found relevant or not (None: unmarked); returns the mark it replaced."""
    row = session.scalar(
        select(ReputationMark).where(
            ReputationMark.query_id == query_id, ReputationMark.mention_id == mention_id
        )
    )
    old = row.relevant if row is not None else None
    if relevant is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(ReputationMark(query_id=query_id, mention_id=mention_id, relevant=relevant))
    else:
        row.relevant = relevant
    session.flush()
    return old


def first_of(session: Session, ids: Sequence[int], count: int = FIRST_SHOWN) -> list[tuple[int, str, str]]:
    """(id, link, text) of the first mentions of `ids`, for printing and the tester's list."""
    wanted = list(ids[:count])
    rows = dict(
        (i, (link, text))
        for i, link, text in session.execute(
            select(Mention.id, Mention.link, Mention.text).where(Mention.id.in_(wanted))
        )
    )
    return [(i, *rows[i]) for i in wanted if i in rows]
