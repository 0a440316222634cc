"""Background sync for the window: checks the central database (a real ``SELECT 1``, off
the GUI thread) on a timer and when the network changes, syncs when it is reachable and
something waits to be sent or the last pull is old, one sync at a time, and tells the
status bar and the sync screen what happened. Owned by the main window; no globals."""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from executrek.app.sync_messages import explain, in_words
from executrek.app.sync_schedule import SyncSchedule, SyncState, SyncStatus, percent
from executrek.models import clock
from executrek.ui.tasks import Cancelled, TaskHandle

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkInformation

    from executrek.app.sync_service import CredentialVault, SyncReport
    from executrek.ui.main_window import MainWindow

log = logging.getLogger("executrek.ui.sync")


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the sync worker emits through it (queued)."""

    progressed = Signal(str, int, int)


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    synced = Signal(object)  # SyncReport, after every sync round (good or not)
    connected = Signal()  # after the sync screen connected this laptop

    def __init__(self, window: MainWindow, schedule: SyncSchedule | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self._vault: CredentialVault | None = None
        self.schedule = schedule or SyncSchedule()
        self.status = SyncStatus(SyncState.NOT_SET_UP)
        self.last_report: SyncReport | None = None
        self.last_ok_at: dt.datetime | None = None
        self._checking: TaskHandle | None = None
        self._syncing: TaskHandle | None = None
        self._again = False  # "Sync now" pressed while a sync ran
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_progress)
        self._network: QNetworkInformation | None = None

    @property
    def vault(self) -> CredentialVault:
        """Created on first use: the sync engine (psycopg, keyring) is imported then, not
        while the window starts."""
        if self._vault is None:
            from executrek.app.sync_service import CredentialVault

            self._vault = CredentialVault()
        return self._vault

    # --- life cycle -------------------------------------------------------------------
    def start(self) -> None:
        """Begin checking (called once the store is open)."""
        self._stopped = False
        self._watch_network()
        QTimer.singleShot(0, self, self.check)

    def stop(self) -> None:
        """Stop the timers and ask a running sync to stop at its next step (the window
        then waits for the worker: no thread outlives the window)."""
        self._stopped = True
        self._timer.stop()
        for handle in (self._checking, self._syncing):
            if handle is not None:
                handle.cancel()
        if self._network is not None:
            self._network.reachabilityChanged.disconnect(self._on_network)
            self._network = None

    def _watch_network(self) -> None:
        if self._network is not None:
            return
        # QtNetwork is loaded here, once the store is open, not while the window starts.
        from PySide6.QtNetwork import QNetworkInformation

        try:
            loaded = QNetworkInformation.loadBackendByFeatures(
                QNetworkInformation.Feature.Reachability
            )
        except RuntimeError:
            loaded = False
        info = QNetworkInformation.instance() if loaded else None
        if info is None:
            log.info("no network-information backend; re-checking on the timer only")
            return
        info.reachabilityChanged.connect(self._on_network)
        self._network = info

    def _on_network(self, reachability: QNetworkInformation.Reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        log.info("network changed: %s", reachability.name)
        if reachability == QNetworkInformation.Reachability.Disconnected:
            if self.configured() and self._syncing is None:
                self._set(SyncStatus(SyncState.OFFLINE, at=self.last_ok_at))
            return
        self.schedule.retry_at = 0.0  # a new network deserves a fresh try
        self.check()

    # --- state ------------------------------------------------------------------------
    def configured(self) -> bool:
        ctx = self.window_.ctx
        return ctx is not None and bool(ctx.settings.central.url)

    def busy(self) -> bool:
        return self._syncing is not None

    def _set(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _arm(self) -> None:
        if not self._stopped:
            self._timer.start(int(self.schedule.next_check_in(time.monotonic()) * 1000))

    # --- checking and syncing ---------------------------------------------------------
    def check(self) -> None:
        """Is the central database reachable? Then sync if it is due (auto-sync on)."""
        if self._stopped or self._checking is not None or self._syncing is not None:
            return
        if not self.configured():
            self._set(SyncStatus(SyncState.NOT_SET_UP))
            self._arm()
            return
        ctx, vault = self.window_.ctx, self.vault
        from executrek.app import sync_service

        self._checking = self.window_.runner.submit(
            lambda _h: sync_service.check(ctx, vault),
            on_done=self._checked,
            on_error=self._check_failed,
            pool="net",
        )

    def _checked(self, result: tuple[bool, int]) -> None:
        self._checking = None
        if self._stopped:
            return
        reachable, pending = result
        if not reachable:
            self._set(SyncStatus(SyncState.OFFLINE, at=self.last_ok_at, detail=explain("offline")))
            self._arm()
            return
        if self.status.state in (SyncState.OFFLINE, SyncState.NOT_SET_UP):
            self._set(self._settled_status())
        auto = self.window_.ctx.settings.central.auto_sync
        if auto and self.schedule.should_sync(time.monotonic(), pending):
            self.sync_now()
        else:
            self._arm()

    def _check_failed(self, message: str) -> None:
        self._checking = None
        log.warning("reachability check failed: %s", message)
        self._arm()

    def _settled_status(self) -> SyncStatus:
        if self.last_report is None:
            return SyncStatus(SyncState.ONLINE)
        return self._status_after(self.last_report)

    def sync_now(self) -> None:
        """Start a sync now (the "Sync now" action, or when the schedule says so)."""
        if self._stopped:
            return
        if self._syncing is not None:
            self._again = True
            return
        if not self.configured():
            self._set(SyncStatus(SyncState.NOT_SET_UP, detail=explain("config")))
            return
        self._timer.stop()
        ctx, vault, relay = self.window_.ctx, self.vault, self._relay
        data = ctx.paths.data
        self._set(SyncStatus(SyncState.SYNCING, percent=0, at=self.last_ok_at))

        def work(handle: TaskHandle) -> SyncReport:
            def progress(step: str, done: int, total: int) -> None:
                if handle.cancel_event.is_set():
                    raise Cancelled()
                relay.progressed.emit(step, done, total)

            from executrek.app import pmo_images, sync_service

            report = sync_service.run_sync(ctx, vault, progress)
            if report.pmo_settings_changed and report.pmo_settings is not None:
                # a new PMO logo is written here, not on the GUI thread (_finished)
                pmo_images.materialise(report.pmo_settings.get("branding.pmo_logo"), data)
            return report

        self._syncing = self.window_.runner.submit(
            work, on_done=self._finished, on_error=self._sync_failed, pool="net"
        )

    def _on_progress(self, step: str, done: int, total: int) -> None:
        if self._syncing is None or self._stopped:
            return
        if step == "pull" and total > 0:  # a project's first download: its own percentage
            share = min(99, done * 100 // total)
            detail = self.tr("Downloading a project: {percent} %").format(percent=share)
            self._set(SyncStatus(SyncState.SYNCING, percent=share, detail=detail))
            return
        self._set(SyncStatus(SyncState.SYNCING, percent=percent(step, done, total)))

    def _finished(self, report: SyncReport) -> None:
        self._syncing = None
        now = time.monotonic()
        if report.errors and report.error_kind not in ("version", "server_old"):
            self.schedule.record_failure(now)
        else:
            self.schedule.record_success(now)
        if not report.errors:
            self.last_ok_at = clock.local_now()
        self.last_report = report
        if not self._stopped:
            self._set(self._status_after(report))
            self.synced.emit(report)
            if report.pmo_settings_changed and report.pmo_settings is not None:
                from executrek.app import pmo_settings  # the PMO's, in place of the laptop's

                ctx = self.window_.ctx
                pmo_settings.reapply(
                    ctx.settings, ctx.pmo_replaced, report.pmo_settings, ctx.paths.data
                )
                self.window_.settings_changed.emit()
            if report.pulled or report.new_conflicts or report.rights_changed:
                from executrek.app import sync_service

                changes = sync_service.everything_changed()
                if report.rights_changed:  # the screens' controls follow the roles
                    changes.note("updated", "member_roles", "*", None)
                self.window_.changed.emit(changes)
        self._after_round()

    def _sync_failed(self, message: str) -> None:
        # Only a bug gets here (run_sync returns environment failures in the report).
        self._syncing = None
        self.schedule.record_failure(time.monotonic())
        if not self._stopped:
            self._set(SyncStatus(SyncState.ATTENTION, at=self.last_ok_at, detail=message))
        self._after_round()

    def _after_round(self) -> None:
        if self._stopped:
            return
        if self._again:
            self._again = False
            self.sync_now()
            return
        self._arm()

    def _status_after(self, report: SyncReport) -> SyncStatus:
        if report.errors:
            if report.error_kind == "offline":
                return SyncStatus(
                    SyncState.OFFLINE, at=self.last_ok_at, detail=self.report_sentence(report)
                )
            return SyncStatus(
                SyncState.ATTENTION, at=self.last_ok_at, detail=self.report_sentence(report)
            )
        if (
            report.open_conflicts
            or report.held
            or report.quarantined
            or report.revoked
            or report.set_aside  # the notice says why; the Sync screen lists them
        ):
            return SyncStatus(
                SyncState.ATTENTION, at=self.last_ok_at, detail=self.attention_sentence(report)
            )
        return SyncStatus(SyncState.UP_TO_DATE, at=self.last_ok_at)

    def report_sentence(self, report: SyncReport) -> str:
        """The plain sentence for a round that failed."""
        return explain(report.error_kind, report.errors[0] if report.errors else "")

    def attention_sentence(self, report: SyncReport) -> str:
        parts = []
        if report.open_conflicts:
            parts.append(
                self.tr("Conflicts waiting for your decision on the Sync screen: {n}.").format(
                    n=report.open_conflicts
                )
            )
        refused = max(report.held, len(report.quarantined))
        if refused:
            parts.append(
                self.tr(
                    "Changes refused by the central database: {n}. They are kept on this "
                    "laptop and the PMO can see them."
                ).format(n=refused)
            )
        parts.extend(in_words(notice) for notice in report.notices)
        return " ".join(parts)

    def connected_now(self) -> None:
        """The sync screen connected this laptop: check and sync at once."""
        self.schedule = SyncSchedule(
            self.schedule.check_every_s, self.schedule.pull_every_s, self.schedule.max_backoff_s
        )
        self.connected.emit()
        self.sync_now()
