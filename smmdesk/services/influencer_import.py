"""Importing influencer lists: read, match columns, merge duplicates, preview, then one transaction.

Duplicates are accounts with the same platform and normalized handle. Inside one file a row
further down is taken as the newer one: its values win and the difference is listed as a
conflict. Against the base, empty fields are filled and a differing value is a conflict the
planner decides; by default (and always on the command line) the base keeps its value.

It lives in three modules, all of whose public names this one gives its callers:
- `import_planning`: reading and matching, planning against the base
- `import_applying`: applying the plan
- `import_reports`: reports and saved mappings
"""

# ruff: noqa: F401 - every name imported here is one this module gives its callers

from __future__ import annotations

from smmdesk.domain.influencer_rows import Conflict, Incoming
from smmdesk.services.import_applying import (
    ACCOUNT_COLUMNS,
    CHUNK,
    NEW_STATUS,
    PERSON_COLUMNS,
    TERMS_COLUMNS,
    ImportResult,
    apply_import,
    person_key,
)
from smmdesk.services.import_planning import (
    ACCOUNT_FIELDS,
    ENCODING_NAMES,
    PERSON_FIELDS,
    TOTAL_WORDS,
    ImportPlan,
    Planned,
    Progress,
    format_titles,
    guess_mapping,
    log,
    open_file,
    plan_import,
    platform_aliases,
)
from smmdesk.services.import_progress import Cancelled, ImportCancelled
from smmdesk.services.import_reports import (
    apply_saved_mapping,
    report_rows,
    save_mapping,
    saved_mappings,
    write_report,
)
