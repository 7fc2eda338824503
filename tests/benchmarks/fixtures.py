"""Shared benchmark inputs: a 100,000-influencer database and an agency-style CSV of the same size."""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any

from smmdesk.services.demo import influencer_incomings, write_demo

CACHE = Path(__file__).resolve().parent / ".cache"
HEADER = [
    "Имя блогера",
    "Площадка",
    "Ссылка / ник",
    "Подписчики",
    "ER, %",
    "Город",
    "Тематика",
    "Фото с продуктом, руб.",
    "Фото на мероприятии, руб.",
    "Видео с продуктом, руб.",
    "Видео на мероприятии, руб.",
    "Телефон",
    "E-mail",
    "Форма оплаты",
    "Статус",
    "Комментарий",
]
PLATFORM_WORDS = {
    "instagram": "Инстаграм",
    "vk": "ВК",
    "telegram": "Телеграм",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "dzen": "Дзен",
    "rutube": "RuTube",
    "ok": "ОК",
}
TAX_WORDS = {"npd": "самозанятый", "usn": "ИП (УСН)", "vat": "ООО (НДС)", "individual": "физлицо", "": ""}
STATUS_WORDS = {
    "new": "новый",
    "request_sent": "запрос отправлен",
    "negotiating": "переговоры",
    "agreed": "согласован",
    "working": "в работе",
    "blacklist": "чёрный список",
}


def big_database(influencers: int = 100_000) -> Path:
    """The demo database at full size, made once and reused (it takes about half a minute)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{influencers}.smmdesk"
    if not path.exists():
        write_demo(path, influencers=influencers)
    return path


def big_csv(rows: int = 100_000) -> Path:
    """An agency list in cp1251 with ';', human numbers and a title row, `rows` accounts long."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"agency-{rows}.csv"
    if path.exists():
        return path
    incoming = influencer_incomings(random.Random(7), rows)[:rows]
    with path.open("w", encoding="cp1251", errors="replace", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["База блогеров агентства, обновлено 01.10.2026"])
        out.writerow([])
        out.writerow(HEADER)
        for i, account in enumerate(incoming):
            v = account.values
            followers = v["followers"]
            thousands = f"{followers / 1000:.1f}".replace(".", ",")
            shown = f"{thousands} тыс." if i % 3 == 0 else f"{followers:,}".replace(",", " ")
            prices = [
                account.prices.get(code)
                for code in ("photo_with_product", "photo_at_event", "video_with_product", "video_at_event")
            ]
            out.writerow(
                [
                    v["name"],
                    PLATFORM_WORDS[account.platform],
                    ("@" + account.handle) if i % 2 else v["url"],
                    shown,
                    str(v["er"]).replace(".", ","),
                    v["city"],
                    v["topics"],
                    *[f"{p:,.0f} руб.".replace(",", " ") if p is not None else "договорная" for p in prices],
                    v["phone"],
                    v["email"],
                    TAX_WORDS[v["tax_status"]],
                    STATUS_WORDS[v["status"]],
                    v["notes"],
                ]
            )
        out.writerow(["Итого", "", "", ""])
    return path


def open_workspace(path: Path, home: Path) -> tuple[Any, Any, Any]:
    """A QApplication in Russian and a workspace on `path` as the window has it: (app, settings, ws)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from smmdesk.i18n import install_translations
    from smmdesk.ui.core.settings import UserSettings
    from smmdesk.ui.core.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    install_translations("ru")
    settings = UserSettings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    workspace = Workspace(settings)
    workspace.open(path, background_backup=False)
    return app, settings, workspace
