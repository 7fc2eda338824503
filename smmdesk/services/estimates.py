"""Use cases of clients, campaigns and estimates: the lines, versions, approval and comparison.

A draft version is edited; a sent, approved or rejected one is frozen. Editing an estimate whose
latest version is frozen first makes a new draft that copies it (`editable_version`).

The use cases live in four modules, all of whose public names this one gives its callers:
- `estimate_versions`: estimates and versions
- `estimate_lines`: the lines of a version
- `estimate_approval`: approval: sent, decided, reopened
- `estimate_drafts`: edits of "the estimate", made in its draft
"""

# ruff: noqa: F401 - every name imported here is one this module gives its callers

from __future__ import annotations

from smmdesk.services.estimate_approval import (
    WorkflowChange,
    change_workflow,
    decide,
    placement_accounts,
    reopen,
    send_to_client,
    undo_workflow,
    workflow_state,
)
from smmdesk.services.estimate_drafts import (
    DraftEdit,
    campaign_plan_entries,
    delete_by_keys,
    duplicate_by_keys,
    in_draft,
    line_views,
    move_placements,
    remove_lines,
    reorder_by_keys,
    restore_dates,
    restore_deleted,
    restore_line_by_key,
    restore_order,
    restore_settings,
    undo_in_draft,
    update_line_by_key,
)
from smmdesk.services.estimate_lines import (
    LINE_FIELDS,
    LinesSnapshot,
    add_cost,
    add_placements,
    delete_lines,
    duplicate_lines,
    new_key,
    reorder,
    restore_lines,
    update_line,
)
from smmdesk.services.estimate_versions import (
    EstimateInfo,
    create_estimate,
    delete_estimate,
    drop_version,
    editable_version,
    latest_approved,
    latest_version,
    list_estimates,
    load_version,
    load_version_lines,
    rename_estimate,
    update_settings,
    version_by_number,
)
