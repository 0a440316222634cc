"""The sentences the window shows about sync, by failure kind, and the sync report's own
sentences in the user's language (``in_words``). A module of its own so the main window
can word its status without importing the sync engine (psycopg, keyring) while it
starts."""

from __future__ import annotations

from executrek.app.i18n import translate
from executrek.app.messages import user_message
from executrek.models.errors import Sentence


def in_words(line: str) -> str:
    """A notice or error of the sync report as the user reads it: a ``Sentence``
    translated and filled in, any other line as it is."""
    return user_message(line) if isinstance(line, Sentence) else line


def explain(kind: str | None, fallback: str = "") -> str:
    """The plain sentence the window shows for a sync failure of ``kind``: what
    happened and what to do (the command line prints the engine's own sentences)."""
    sentences = {
        "auth": translate(
            "Sync",
            "The central database refused the user name or password. Open the Sync screen, "
            "enter the right password and press Connect.",
        ),
        "membership": translate(
            "Sync",
            "The central database does not know you as a member (or this laptop is "
            "registered to someone else). Ask the PMO to add you; your work is kept.",
        ),
        "offline": translate(
            "Sync",
            "The central database cannot be reached. Your work is kept on this laptop and "
            "will sync when the connection is back.",
        ),
        "tls": translate(
            "Sync",
            "The secure connection to the central database failed: its certificate does not "
            "match the CA certificate file. Check the file on the Sync screen or ask the PMO "
            "for the right one.",
        ),
        "clock": translate(
            "Sync",
            "This laptop's clock is too far ahead of the central database. Set the date and "
            "time correctly, then press Sync now; your work is kept.",
        ),
        "version": translate(
            "Sync",
            "Your changes were sent, but this version of Executrek Field is too old for the "
            "central database. Install the latest version to keep syncing.",
        ),
        "server_old": translate(
            "Sync",
            "The central database runs an older version than this app. Ask the PMO to "
            "upgrade it ('executrek central init'); your changes were sent.",
        ),
        "server": translate(
            "Sync",
            "The central database is not set up for Executrek Field (or refused the "
            "request). Ask the PMO to run 'executrek central init'; your work is kept.",
        ),
        "config": translate(
            "Sync",
            "This laptop is not connected to a central database yet. Enter the server "
            "address, user and password on the Sync screen and press Connect.",
        ),
    }
    return sentences.get(
        kind or "", in_words(fallback) or translate("Sync", "The sync did not finish.")
    )
