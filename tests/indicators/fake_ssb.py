"""A stand-in for SSB's PxWebApi on 127.0.0.1: serves fixtures, records every request.

Tests never reach the internet: the client's base URL points here. A route answers a path
(``/tables/06947/data``) with a status, a body and headers, or with a function of the request.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (timeouts)


@dataclass(frozen=True)
class Seen:
    path: str
    params: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""
    method: str = "GET"
    url_length: int = 0  # of the request line's target, as a server would see it


Route = Answer | Callable[[Seen], Answer]


class FakeSsb:
    """An HTTP server in a thread; ``base_url`` is what the client is given."""

    def __init__(self, *, certificate: tuple[Path, Path] | None = None):
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        # Answers what no route names (the simulator), or None for a 404.
        self.fallback: Callable[[Seen], Answer | None] | None = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._answer("GET")

            def do_POST(self) -> None:
                self._answer("POST")

            def _answer(self, method: str) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(parts.path, parse_qs(parts.query), dict(self.headers.items()),
                            body, method, len(self.path))
                fake.seen.append(seen)
                route = fake.routes.get(parts.path)
                answer: Answer | None = None
                if route is not None:
                    answer = route(seen) if callable(route) else route
                elif fake.fallback is not None:
                    answer = fake.fallback(seen)
                if answer is None:
                    answer = Answer(404, b'{"title":"Not Found","status":404}')
                if answer.delay:
                    time.sleep(answer.delay)
                try:
                    self.send_response(answer.status)
                    headers = {"Content-Type": "application/json; charset=utf-8", **answer.headers}
                    headers.setdefault("Content-Length", str(len(answer.body)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        scheme = "http"
        if certificate is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(certificate[0]), str(certificate[1]))
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
            scheme = "https"
        host, port = self.server.server_address[:2]
        self.root = f"{scheme}://{host}:{port}"
        self.base_url = f"{self.root}/api/pxwebapi/v2"
        self.fhi_url = f"{self.root}/api/open/v1"
        self.oslo_url = f"{self.root}/oslo/api/v1/no"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def serve(self, path: str, route: Route) -> None:
        """Answer ``/api/pxwebapi/v2{path}`` with ``route``."""
        self.routes["/api/pxwebapi/v2" + path] = route

    def __enter__(self) -> FakeSsb:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)
