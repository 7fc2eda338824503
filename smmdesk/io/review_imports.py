"""Customers' and survey services' exports read from CSV or XLSX (`tabular`: encodings, delimiters,
hostile files refused), then matched and parsed by the reviews domain."""

from __future__ import annotations

from pathlib import Path

from smmdesk.domain.reviews.customer_rows import CustomerImport, read_customers
from smmdesk.domain.reviews.survey_rows import SurveyImport, read_survey
from smmdesk.io.tabular import read_table


def read_customer_file(path: Path, sheet: str | None = None) -> CustomerImport:
    """The customers of a file; ImportFileError with the reason when it cannot be read."""
    return read_customers(read_table(path, sheet).rows, path.name)


def read_survey_file(path: Path, sheet: str | None = None) -> SurveyImport:
    """The NPS and CSAT answers of a survey export; ImportFileError with the reason."""
    return read_survey(read_table(path, sheet).rows, path.name)
