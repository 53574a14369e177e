"""A local web server for tests of URL and feed ingestion: nothing leaves 127.0.0.1."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def rss(items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><link>http://example.org/{guid}</link>"
        f"<pubDate>Tue, 20 Apr 2021 09:00:00 GMT</pubDate><description>{text}</description></item>"
        for guid, title, text in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Example Feed</title><link>http://example.org/</link>{entries}</channel></rss>"
    ).encode()


# --- a local web server --------------------------------------------------------------------


class Site:
    """Routes of the local server: path → (status, headers, body). A body may be a callable
    writing to the handler (for streamed or slow answers)."""

    def __init__(self):
        self.routes: dict = {}
        self.hits: list[str] = []


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self):  # noqa: N802 (http.server's name)
            site.hits.append(self.path)
            status, headers, body = site.routes.get(self.path, (404, {}, b"not here"))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if callable(body):
                self.end_headers()
                try:
                    body(self.wfile)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading on purpose (size or time limit)
                return
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


def start_server():
    """A local HTTP server on a free port of 127.0.0.1; call `stop()` when done."""
    site = Site()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"

    def stop():
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)

    site.stop = stop
    return site


def serve(
    site: Site, path: str, body, content_type="text/html; charset=utf-8", status=200, headers=None
) -> str:
    site.routes[path] = (status, {"Content-Type": content_type, **(headers or {})}, body)
    return site.base + path
