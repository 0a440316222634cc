"""``executrek central settings show|set KEY VALUE|unset KEY --url URL``: the PMO's
settings on the central database (health thresholds, cost checks, report branding,
footer line, money style, report numbers, the PMO's logo given as a PNG or JPEG file;
``app/pmo_settings.py``). Every laptop copies them at its next sync; only a PMO
administrator (or the database's administrator) changes them."""

from __future__ import annotations

import argparse
import json

WHAT = ("show", "set", "unset")


def add_arguments(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("what", choices=WHAT, metavar="WHAT", help="show, set KEY VALUE or unset KEY")
    sp.add_argument("key", nargs="?", metavar="KEY", help="e.g. thresholds.over_claim_pct")
    sp.add_argument(
        "value",
        nargs="?",
        metavar="VALUE",
        help="e.g. 12.5, #1F3A5F, A4, true, symbol, {project}-{kind}-{seq:3}, logo.png",
    )


def run(creds: object, args: argparse.Namespace) -> None:
    from executrek.app import pmo_settings
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate
    from executrek.sync import pmo_settings as central
    from executrek.sync.connection import Credentials

    assert isinstance(creds, Credentials)
    if args.what == "show":
        found = {s.key: s for s in central.show(creds)}
        for key in pmo_settings.KEYS:
            s = found.get(key)
            if s is None:
                print(f"{key} = " + translate("Cli", "(each laptop's own)"))
            else:
                print(
                    f"{key} = {_shown(key, s.value)}  "
                    f"({s.updated_by}, {s.updated_at:%Y-%m-%d %H:%M})"
                )
        return
    if not args.key or (args.what == "set" and args.value is None):
        raise CommandError(
            translate("Cli", "Say which setting and its value: settings set KEY VALUE.")
            if args.what == "set"
            else translate("Cli", "Say which setting: settings unset KEY.")
        )
    try:
        if args.what == "set":
            value = pmo_settings.parse(args.key, args.value)
        else:
            value = None
            if args.key not in pmo_settings.KEYS:
                pmo_settings.parse(args.key, "")  # refused: it says which settings there are
    except pmo_settings.SettingError as exc:
        raise CommandError(str(exc)) from None
    central.set_value(creds, args.key, value)
    if value is None:
        print(
            translate(
                "Cli", "{key} is no longer set by the PMO: each laptop uses its own again."
            ).format(key=args.key)
        )
    else:
        print(
            translate("Cli", "{key} is now {value} on every laptop after its next sync.").format(
                key=args.key, value=_shown(args.key, value)
            )
        )


def _shown(key: str, value: object) -> str:
    """A setting's value as printed (a picture by its size, not its bytes)."""
    from executrek.app import pmo_settings
    from executrek.app.i18n import translate

    if pmo_settings.KEYS.get(key) == "image" and isinstance(value, str):
        size = (len(value) * 3 // 4 + 1023) // 1024
        return translate("Cli", "a picture of {size} KB").format(size=size)
    return json.dumps(value, ensure_ascii=False)
