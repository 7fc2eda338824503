"""The monitoring services' names as the program writes them, and recognising them as people do.

`Brand Analytics`, `brandanalytics`, `BA` and `Брэнд Аналитикс` are one service; an export's file
name often says which service wrote it (`mentions_youscan.xlsx`).
"""

from __future__ import annotations

from smmdesk.domain.reputation.mentions import service_key

SERVICES: tuple[str, ...] = (
    "YouScan",
    "Brand Analytics",
    "IQBuzz",
    "Медиалогия",
    "Крибрум",
    "Brandwatch",
    "Talkwalker",
    "Mention",
    "Awario",
    "Brand24",
    "LiveDune",
    "Popsters",
)

_ALIASES: dict[str, str] = {
    **{service_key(name): name for name in SERVICES},
    **dict.fromkeys(("ba", "branalytics", "брэнданалитикс", "бренданалитикс"), "Brand Analytics"),
    **dict.fromkeys(("ютскан", "юскан", "youscanio"), "YouScan"),
    **dict.fromkeys(("iqbuzzru", "айкубаз"), "IQBuzz"),
    **dict.fromkeys(("medialogia", "medialogiya", "mlg"), "Медиалогия"),
    **dict.fromkeys(("kribrum",), "Крибрум"),
    **dict.fromkeys(("mentioncom",), "Mention"),
    **dict.fromkeys(("livedune", "лайвдюн"), "LiveDune"),
    **dict.fromkeys(("попстерс",), "Popsters"),
}


def canonical_service(name: str) -> str:
    """The catalogue's spelling of a known service; any other name as typed, spaces trimmed."""
    return _ALIASES.get(service_key(name), " ".join(name.split()))


def guess_service(file_name: str) -> str:
    """The service a file name names (`mentions_youscan.xlsx` → YouScan), or '' when none does."""
    folded = service_key(file_name)
    found = {_ALIASES[alias]: len(alias) for alias in _ALIASES if len(alias) >= 5 and alias in folded}
    if len(found) > 1:
        found.pop("Mention", None)  # "mentions_youscan.xlsx" is a YouScan file of mentions
    return max(found, key=lambda name: found[name]) if found else ""
