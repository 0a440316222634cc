"""A TCP proxy in front of PostgreSQL that cuts connections: on command, when the client
sends a given message (the sync fault tests), or every ``cut_every`` bytes the server
sends (a poor site link: the bench's cut-download case and the tests' cut-every-2-MB
download). It counts the bytes it carries.

Standard library only, so the tests load it by its path (``bench`` is not an installed
package; ``tests/sync/conftest.py``) and the bench never imports tests."""

from __future__ import annotations

import contextlib
import select
import socket
import threading

PG = ("127.0.0.1", 5432)


class CutProxy:
    """Forwards ``127.0.0.1:port`` → ``target``.

    ``arm(pattern, action, nth)`` cuts the connection the ``nth`` time the client sends
    ``pattern``: ``before`` (nothing forwarded), ``half`` (half the message forwarded),
    ``drop_reply`` (forwarded, the server's answer never reaches the client); ``fired``
    lists the actions taken. With ``cut_every`` each connection is closed mid-stream as
    soon as the server has sent that many bytes on it (``cuts`` counts them). ``bytes``
    is what was carried both ways."""

    def __init__(self, target: tuple[str, int] = PG, cut_every: int | None = None) -> None:
        self.target = target
        self.cut_every = cut_every
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        self.bytes = 0
        self.cuts = 0
        self.fired: list[str] = []
        self._rules: list[tuple[bytes, str, int]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._socks: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, name="cut-proxy", daemon=True)
        self._thread.start()

    def arm(self, pattern: bytes, action: str, nth: int = 1) -> None:
        with self._lock:
            self._rules.append((pattern, action, nth))

    def _match(self, data: bytes) -> str | None:
        with self._lock:
            for i, (pattern, action, nth) in enumerate(self._rules):
                if pattern in data:
                    if nth > 1:
                        self._rules[i] = (pattern, action, nth - 1)
                        return None
                    del self._rules[i]
                    self.fired.append(action)
                    return action
        return None

    def _count(self, n: int, *, cut: bool = False) -> None:
        with self._lock:
            self.bytes += n
            self.cuts += int(cut)

    def _accept(self) -> None:
        self.listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._socks += [client, server]
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        budget = self.cut_every
        drop_reply = False
        try:
            while not self._stop.is_set():
                ready, _, _ = select.select([client, server], [], [], 0.2)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is client:
                        action = self._match(data)
                        if action == "before":
                            return
                        if action == "half":
                            server.sendall(data[: max(1, len(data) // 2)])
                            return
                        drop_reply = drop_reply or action == "drop_reply"
                        server.sendall(data)
                        self._count(len(data))
                        continue
                    if drop_reply:
                        return
                    if budget is not None and len(data) >= budget:
                        client.sendall(data[:budget])
                        self._count(budget, cut=True)
                        return
                    client.sendall(data)
                    self._count(len(data))
                    if budget is not None:
                        budget -= len(data)
        except OSError:
            return
        finally:
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.close()

    def close(self) -> None:
        self._stop.set()
        self.listener.close()
        with self._lock:
            for sock in self._socks:
                with contextlib.suppress(OSError):
                    sock.close()
        self._thread.join(timeout=2)

    def __enter__(self) -> CutProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
