"""Use cases of placements after approval: made from the approved version, carried out, paid for.

Approving a version makes a placement per publication (a line of quantity 3 gives three); a later
approved version adds the new ones, cancels those no longer in it that have not appeared yet, and
brings the amounts and dates of the waiting ones up to date. Each change returns what undo needs.

They live in four modules, all of whose public names this one gives its callers:
- `placement_sync`: made from the approved version
- `placement_rows`: reading
- `placement_changes`: carrying out
- `placement_payments`: payments
"""

# ruff: noqa: F401 - every name imported here is one this module gives its callers

from __future__ import annotations

from smmdesk.services.placement_changes import (
    EDITABLE,
    restore_many,
    update_many,
    update_placement,
)
from smmdesk.services.placement_payments import (
    PaymentRow,
    add_influencer_payment,
    add_payment,
    delete_payment,
    influencer_balance,
    payments_of,
    payments_register,
    remove_payment,
    restore_payment,
)
from smmdesk.services.placement_rows import (
    ROW_COLUMNS,
    campaigns_with_placements,
    get_row,
    list_rows,
    rows_by_ids,
)
from smmdesk.services.placement_sync import (
    SYNCED,
    SyncChange,
    revert_sync,
    sync_from_version,
)
from smmdesk.storage.models import Placement
