"""Importing a monitoring service's export into a brand's mentions: the preview, then one transaction.

The preview reads the file (`io.mention_file`), loads only the brand's mentions that share a link
or a service's id with it, and merges (`domain.reputation.mentions.merge_batch`): what would be
added, which rows are the same as before, which are skipped and why. Nothing is written until the
import is applied; it then writes everything in the caller's transaction, or nothing (a failure or
Cancel rolls it all back). A new negative mention or question gets its severity and deadline
(`domain.reputation.triage`). The import is one step of the history: `undo_import` takes back what
it added and puts back what it filled in; `redo_import` brings the same rows back with their ids.

It lives in three modules, all of whose public names this one gives its callers:
- `mention_preview`: the preview (and the link's key and the lookup's limit the steps share)
- `mention_apply`: applying and what it returns, undo and redo
- `mention_import_report`: the report and saved mappings
"""

# ruff: noqa: F401 - every name imported here is one this module gives its callers

from __future__ import annotations

from smmdesk.services.import_progress import Cancelled, ImportCancelled
from smmdesk.services.reputation.mention_apply import (
    CHUNK,
    MENTION_COLUMNS,
    SIGHTING_COLUMNS,
    ImportChange,
    MentionImportResult,
    apply_import,
    mention_values,
    redo_import,
    undo_import,
)
from smmdesk.services.reputation.mention_import_report import (
    MAPPING_KIND,
    report_rows,
    save_mapping,
    saved_mappings,
    write_report,
)
from smmdesk.services.reputation.mention_preview import (
    KEY_CHUNK,
    MentionPreview,
    Progress,
    link_key,
    load_known,
    load_mentions,
    preview_import,
)
