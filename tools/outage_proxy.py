"""A TCP relay between the app and the real PostgreSQL server that a test can take down
and bring back: what a counter sees when the server restarts or the LAN cable is pulled.

Down means every open connection is cut and new ones are refused; up means the relay
listens again on the same port. ``trip`` arms it to go down at the worst moment of a
sale: when the counter's request carrying a marker has gone through, either before the
server has it ("lost") or after the server has answered but before the answer reaches
the counter ("answer_lost").
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

CHUNK = 65536
#: PostgreSQL's ReadyForQuery message: the server has finished (and committed) a request.
READY_FOR_QUERY = b"Z\x00\x00\x00\x05"


class OutageProxy:
    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self._trip: tuple[bytes, str] | None = None
        self.tripped = threading.Event()
        probe = socket.create_server(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.up()

    # -- control -------------------------------------------------------------------------
    def up(self) -> None:
        listener = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        with self._lock:
            self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            open_sockets, self._sockets = self._sockets, set()
        if listener is not None:
            _close(listener)
        for sock in open_sockets:
            _close(sock)

    def trip(self, marker: bytes, when: str) -> None:
        """Go down when a request containing ``marker`` passes: ``when`` is "lost" (the
        server never gets it) or "answer_lost" (the server runs it; its answer is lost)."""
        assert when in ("lost", "answer_lost")
        self.tripped.clear()
        self._trip = (marker, when)

    def close(self) -> None:
        self._trip = None
        self.down()

    # -- relay ---------------------------------------------------------------------------
    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # taken down
            try:
                server = socket.create_connection(self.target)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if self._listener is not listener:
                    _close(client)
                    _close(server)
                    return
                self._sockets.update((client, server))
            swallow = threading.Event()
            threading.Thread(
                target=self._pump, args=(client, server, swallow, True), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(server, client, swallow, False), daemon=True
            ).start()

    def _pump(
        self, source: socket.socket, sink: socket.socket, swallow: threading.Event, ask: bool
    ) -> None:
        answer = b""
        with contextlib.suppress(OSError):
            while data := source.recv(CHUNK):
                trip = self._trip
                if ask and trip is not None and trip[0] in data:
                    self._trip = None
                    self.tripped.set()
                    if trip[1] == "lost":
                        self.down()
                        return
                    swallow.set()
                    sink.sendall(data)
                    continue
                if not ask and swallow.is_set():
                    # The server's answer, swallowed: once it says it is ready for the next
                    # request, the sale is committed. Then cut.
                    answer += data
                    if READY_FOR_QUERY in answer:
                        self.down()
                        return
                    continue
                sink.sendall(data)
        _close(source)
        _close(sink)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


@contextlib.contextmanager
def outage_proxy(target: tuple[str, int]) -> Iterator[OutageProxy]:
    proxy = OutageProxy(target)
    try:
        yield proxy
    finally:
        proxy.close()
