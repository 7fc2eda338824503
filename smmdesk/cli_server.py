"""The `save-copy` and `upload` commands: a server's database copied to a file, a file uploaded to a
server."""

from __future__ import annotations

import argparse

from smmdesk.cli_support import EXIT_OK, headless_qt, open_database


def _cmd_save_copy(args: argparse.Namespace) -> int:
    from smmdesk.i18n import translate
    from smmdesk.services.transfer import copy_server_to_file

    with headless_qt(args.lang), open_database(args, write=False) as db:
        counts = copy_server_to_file(db, args.target)
        print(
            translate("Cli", "{count} records written to {path}").format(
                count=sum(counts.values()), path=args.target
            )
        )
    return EXIT_OK


def _cmd_upload(args: argparse.Namespace) -> int:
    from smmdesk.i18n import translate
    from smmdesk.services.transfer import upload_file_to_server
    from smmdesk.storage.errors import url_without_password

    with headless_qt(args.lang):
        counts = upload_file_to_server(args.file, args.url)
        print(
            translate("Cli", "{count} records uploaded to {server}").format(
                count=sum(counts.values()), server=url_without_password(args.url)
            )
        )
    return EXIT_OK
