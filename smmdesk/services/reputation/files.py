"""A brand's reputation files: the report for the client (XLSX and PDF), the reputation plan (the
service chosen with its matrix, the queries compiled for it, the SLA, the escalation ladder, the
playbook), and the mentions export (CSV or XLSX, one row per mention).

The report and the plan are `domain.report.Report`s, written by the same writers as the campaign
report (`io.report_xlsx`, `io.report_pdf`: native charts in the workbook, pictures in the PDF,
every file through `atomic_output`). The report and the plan speak the language chosen at export:
their words come through `translate` (English is the source; Russian from the program's catalogue).

They live in three modules, all of whose public names this one gives its callers:
- `report_file`: the report, and the words and writer the others share
- `plan_file`: the plan
- `mention_export`: the mentions export
"""

# ruff: noqa: F401 - every name imported here is one this module gives its callers

from __future__ import annotations

from smmdesk.services.reputation.mention_export import (
    EXPORT_HEADER,
    SHEET,
    WRONG_EXPORT_SUFFIX,
    export_mentions,
    export_rows,
)
from smmdesk.services.reputation.plan_file import LEVEL_WORDS, export_reputation_plan, reputation_plan
from smmdesk.services.reputation.report_file import (
    CHANNEL_WORDS,
    SENTIMENT_WORDS,
    SEVERITY_WORDS,
    WRONG_SUFFIX,
    Translate,
    export_reputation_report,
    reputation_report,
    write_report,
)
