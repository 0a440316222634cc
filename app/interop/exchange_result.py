"""What an import or export did, for the CLI's lines and the GUI's summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from executrek.app.i18n import translate
from executrek.models.changes import Changes
from executrek.models.services.common import Done
from executrek.models.services.import_directory import ImportCounts


@dataclass(frozen=True)
class ExchangeResult:
    """``rejected`` holds one line per refused row or topic, each with its reason (a
    punch list lists the first ones and says how many more; ``rejected_count`` is then
    the true number); ``warnings`` what was read with a caveat; ``notes`` what was left
    out on purpose."""

    kind: str  # "punch" | "bcf" | "cobie"
    file: Path
    exported: int | None = None  # set for exports
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    locations_created: int = 0
    comments_added: int = 0
    photos_added: int = 0
    rejected: tuple[str, ...] = ()
    rejected_count: int | None = None  # None: ``len(rejected)``
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)

    @classmethod
    def of_import(
        cls,
        kind: str,
        file: Path,
        done: Done[ImportCounts],
        *,
        skipped: int = 0,
        rejected: tuple[str, ...] = (),
        rejected_count: int | None = None,
        warnings: tuple[str, ...] = (),
        notes: tuple[str, ...] = (),
    ) -> ExchangeResult:
        """What an import wrote (``done``'s counts and changes) and what it said; the
        ``skipped`` rows it left alone before writing count as unchanged."""
        counts = done.value
        return cls(
            kind=kind,
            file=file,
            created=counts.created,
            updated=counts.updated,
            unchanged=counts.unchanged + skipped,
            locations_created=counts.locations_created,
            comments_added=counts.comments_added,
            photos_added=counts.photos_added,
            rejected=rejected,
            rejected_count=rejected_count,
            warnings=warnings,
            notes=notes,
            changes=done.changes,
        )

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        if self.exported is not None:
            return translate("Exchange", "{count} record(s) written to {name}.").format(
                count=self.exported, name=self.file.name
            )
        return translate(
            "Exchange",
            "{name}: {created} created, {updated} updated, {unchanged} unchanged, "
            "{rejected} rejected; {locations} location(s), {comments} comment(s) and "
            "{photos} photo(s) added.",
        ).format(
            name=self.file.name,
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            rejected=len(self.rejected) if self.rejected_count is None else self.rejected_count,
            locations=self.locations_created,
            comments=self.comments_added,
            photos=self.photos_added,
        )
