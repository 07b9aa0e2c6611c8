"""The checks' stand-in database on 127.0.0.1:55432 (what support/db.py talks to)."""

import json
import socket
import threading

ADDRESS = ("127.0.0.1", 55432)
SHIPMENTS = {
    "TRK-1001": {"id": "TRK-1001", "status": "in_transit", "city": "Lyon"},
    "TRK-1002": {"id": "TRK-1002", "status": "delivered", "city": "Porto"},
    "TRK-2040": {"id": "TRK-2040", "status": "at_depot", "city": "Gdansk"},
}


class Database:
    """Serves PING and GET <id> while `mode` is "up"; while it is "silent", reads each
    request and never answers; while it is "hold", answers only once `release()` is called.
    `requests` counts the requests received, `asked` is set when one arrives.
    Use `with Database() as db:`; `db.stop()` closes the port (connections are refused)."""

    def __init__(self, mode="up"):
        self.mode = mode
        self.requests = 0
        self.asked = threading.Event()
        self._released = threading.Event()
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._connections = []
        self._listener = None
        self._thread = None

    def start(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(ADDRESS)
        listener.listen(64)
        self._listener = listener
        self._stopped.clear()
        self._thread = threading.Thread(target=self._accept, args=(listener,), daemon=True)
        self._thread.start()
        return self

    def stop(self):
        """Close the port: from now on a connection is refused."""
        self._stopped.set()
        if self._listener is not None:
            try:
                self._listener.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self._listener.close()
            self._listener = None
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None

    def release(self):
        self._released.set()

    def _accept(self, listener):
        while not self._stopped.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with self._lock:
                self._connections.append(connection)
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection):
        try:
            with connection, connection.makefile("rwb") as stream:
                line = stream.readline().decode().strip()
                with self._lock:
                    self.requests += 1
                self.asked.set()
                if self.mode == "silent":
                    self._stopped.wait(10)
                    return
                if self.mode == "hold":
                    self._released.wait(10)
                if line == "PING":
                    reply = "PONG"
                elif line.startswith("GET "):
                    reply = json.dumps(SHIPMENTS.get(line[4:]))
                else:
                    reply = "ERROR unknown command"
                stream.write(reply.encode() + b"\n")
                stream.flush()
        except OSError:
            pass

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self._released.set()
        self.stop()
        with self._lock:
            for connection in self._connections:
                try:
                    connection.close()
                except OSError:
                    pass
