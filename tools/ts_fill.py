"""Lists or fills the unfinished entries of the Russian catalogue.

    python tools/ts_fill.py                 # prints the unfinished entries as JSON (context, source)
    python tools/ts_fill.py FILE.json       # fills them from [{"context", "source", "translation"}]

Then `make translations` compiles the catalogue. Entries are matched by context and source text.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "smmdesk_ru.ts"


def unfinished(root: ET.Element) -> list[tuple[str, ET.Element]]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append((name, message))
    return found


def main(argv: list[str]) -> int:
    tree = ET.parse(TS)
    pending = unfinished(tree.getroot())
    if not argv:
        rows = [{"context": c, "source": m.findtext("source") or ""} for c, m in pending]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    rows = json.loads(Path(argv[0]).read_text("utf-8"))
    wanted = {(r["context"], r["source"]): r["translation"] for r in rows}
    filled = 0
    for context, message in pending:
        text = wanted.get((context, message.findtext("source") or ""))
        if text:
            translation = message.find("translation")
            assert translation is not None
            translation.text = text
            del translation.attrib["type"]
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'
    text = TS.read_text("utf-8").replace("<?xml version='1.0' encoding='utf-8'?>", header, 1)
    TS.write_text(text, "utf-8")
    print(f"filled {filled} of {len(pending)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
