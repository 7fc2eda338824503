"""The `demo` and `self-test` commands: a demo database written (a file under its lock, or a server), and
the self-test run headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from smmdesk.cli_support import EXIT_OK, EXIT_USAGE, fail, headless_qt, take_lock


def _cmd_demo(args: argparse.Namespace) -> int:
    from smmdesk.filelock import DatabaseLock
    from smmdesk.services.demo import write_demo
    from smmdesk.services.workspace import preserve_replaced
    from smmdesk.ui.core.settings import UserSettings

    with headless_qt(args.lang):
        from smmdesk.i18n import translate, translator_for
        from smmdesk.services.workspace import is_server_url

        if is_server_url(args.path):
            from smmdesk.storage.errors import url_without_password

            counts = write_demo(args.path, influencers=args.influencers, translate=translator_for("ru"))
            summary = ", ".join(f"{name} {count}" for name, count in counts.items())
            print(
                translate("Cli", "Demo database written: {path} ({summary})").format(
                    path=url_without_password(args.path), summary=summary
                )
            )
            return EXIT_OK
        from smmdesk.services.workspace import refuse_non_file

        args.path = Path(args.path)
        refuse_non_file(args.path)  # a folder, a device or a pipe is never written to nor replaced
        if args.path.exists() and not args.force:
            return fail(
                translate("Cli", "{path} exists; add --force to replace it.").format(path=args.path),
                EXIT_USAGE,
            )
        lock = DatabaseLock(args.path)
        take_lock(lock, args.path)
        try:
            replaced = preserve_replaced(args.path, UserSettings().backups_kept) if args.force else None
            counts = write_demo(
                args.path, influencers=args.influencers, replace=args.force, translate=translator_for("ru")
            )
        finally:
            lock.release()
        if replaced is not None:
            print(translate("Cli", "The file it replaced is kept as {path}").format(path=replaced))
        summary = ", ".join(f"{name} {count}" for name, count in counts.items())
        print(
            translate("Cli", "Demo database written: {path} ({summary})").format(
                path=args.path, summary=summary
            )
        )
    return EXIT_OK


def _cmd_self_test(args: argparse.Namespace) -> int:
    from smmdesk.selftest import run_self_test

    with headless_qt(args.lang, gui=True):
        return run_self_test(args.report)
