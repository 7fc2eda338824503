"""Use cases of the influencer base: load the table, create, edit, tag, delete and restore.

Every function takes a Session inside the caller's transaction, except the `*_in` helpers the
window calls, which open one transaction per user action and return what undo needs.

The use cases live in five modules, all of whose public names this one gives its callers:
- `influencer_reference`: the reference data of platforms and formats
- `influencer_loading`: the table's loading
- `influencer_editing`: one influencer: its card, fields, tags, accounts and terms
- `influencer_bulk`: several at once: status and tags
- `influencer_removal`: delete, archive, restore
"""

# ruff: noqa: F401 - every name imported here is one this module gives its callers; `select`,
# `FormatInfo`, `Account` and `Influencer` too, which callers have long reached through it.

from __future__ import annotations

from sqlalchemy import select

from smmdesk.domain.influencers import FormatInfo
from smmdesk.services.influencer_bulk import add_tag, remove_tag, restore_statuses, set_status
from smmdesk.services.influencer_editing import (
    AccountInfo,
    InfluencerDetail,
    PriceChangeInfo,
    TermsInfo,
    add_account,
    create_influencer,
    detail,
    detail_tags,
    remove_terms,
    restore_terms,
    set_tags,
    set_terms,
    update_account,
    update_influencer,
)
from smmdesk.services.influencer_loading import (
    CHUNK,
    TAG_SEPARATOR,
    count_influencers,
    load_first,
    load_rows,
    load_table,
    size_estimate,
)
from smmdesk.services.influencer_reference import (
    add_format,
    add_platform,
    formats,
    platforms,
    remove_platform,
    update_format,
)
from smmdesk.services.influencer_removal import (
    DeleteResult,
    Snapshot,
    delete_account,
    delete_influencers,
    find_by_name,
    influencer_of_account,
    referenced_influencers,
    restore_snapshot,
    set_archived,
    snapshot,
    undo_delete,
)
from smmdesk.storage.models import Account, Influencer
