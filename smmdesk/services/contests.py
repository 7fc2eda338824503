"""Use cases of contests: the record and its prizes, participants imported or pasted, set aside with
a reason, frozen; the draw of RULES.md, redraws and disqualifications; the protocol's content.

They live in three modules, all of whose public names this one gives its callers:
- `contest_records`: the record
- `contest_entries`: participants
- `contest_draws`: prizes and the draw
"""

# ruff: noqa: F401 - every name imported here is one this module gives its callers

from __future__ import annotations

from smmdesk.domain import draw as d
from smmdesk.services.contest_draws import (
    DrawChange,
    disqualify,
    ineligible_entries,
    run_draw,
    set_prizes,
    undo_disqualify,
    undo_draw,
    winners_with_prizes,
)
from smmdesk.services.contest_entries import (
    Added,
    ParticipantRow,
    add_entries,
    eligible_list,
    freeze,
    import_entries,
    participants,
    paste_entries,
    read_entries,
    remove_added,
    restore_ineligible,
    set_ineligible,
    unfreeze,
)
from smmdesk.services.contest_records import (
    FIELDS,
    ContestInfo,
    ContestSummary,
    DrawInfo,
    create_contest,
    delete_contest,
    list_contests,
    load_contest,
    restore_contest,
    restore_deleted,
    update_contest,
)
