"""A bad link on loopback: a TCP proxy that throttles, delays, drops and (once) corrupts.

Used by the sync tests and ``bench/sync_bad_link.py``; also a tool to try the inbox by hand:

    python tools/badlink.py --listen 127.0.0.1:9000 --upstream 127.0.0.1:8080 \\
        --rate-kbit 32 --latency-ms 600 --drop-every 20:40

Model (each direction on its own, shared by every connection, like one 2G bearer):

- **rate**: a byte takes ``1 / rate`` seconds on the link; pieces of up to 1,024 bytes queue behind
  each other. The link buffers at most ``queue`` seconds of data (a modem's buffer); beyond that the
  proxy stops reading, so TCP pushes back on the sender;
- **latency**: each piece arrives ``latency`` seconds after it left the link (so a round trip costs
  twice that); a new connection waits one round trip first (the TCP handshake);
- **drops**: every ``drop_every`` seconds (uniform between the two bounds) every connection is reset
  at once; what was queued or in flight is lost (counted on the wire only for the part that was sent);
- **corruption**: ``corrupt_at``: the client-to-server byte with that index (counting every byte the
  link carried that way) has its lowest bit flipped, once.

``bytes_up``/``bytes_down`` count what the link carried, headers and lost bytes included.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

PIECE = 1024


@dataclass
class LinkSettings:
    rate: float  # bytes per second, each direction
    latency: float  # seconds, each direction
    drop_every: tuple[float, float] | None = None
    queue: float = 2.0
    corrupt_at: int | None = None
    seed: int = 1


@dataclass
class _Direction:
    rate: float
    free_at: float = 0.0
    carried: float = 0.0
    scheduled: deque[tuple[float, float, int]] = field(default_factory=deque)  # (start, end, bytes)

    def send(self, now: float, size: int) -> float:
        """Put ``size`` bytes on the link; when they have left it."""
        start = max(now, self.free_at)
        self.free_at = start + size / self.rate
        self.carried += size
        self.scheduled.append((start, self.free_at, size))
        while self.scheduled and self.scheduled[0][1] <= now:
            self.scheduled.popleft()
        return self.free_at

    def cut(self, now: float) -> None:
        """The link dropped: what had not left yet never did."""
        for start, end, size in self.scheduled:
            if end > now:
                self.carried -= size * (end - max(start, now)) / (end - start)
        self.scheduled.clear()
        self.free_at = now


class BadLink:
    """The proxy. ``async with`` it, or :meth:`in_thread` for synchronous code."""

    def __init__(
        self, upstream: tuple[str, int], settings: LinkSettings, listen: tuple[str, int] = ("127.0.0.1", 0)
    ):
        self.upstream = upstream
        self.settings = settings
        self.listen = listen
        self.port = 0
        self.up = _Direction(settings.rate)
        self.down = _Direction(settings.rate)
        self.drops = 0
        self.connections = 0
        self.corrupted = 0
        self._random = random.Random(settings.seed)
        self._open: set[asyncio.Transport] = set()
        self._server: asyncio.Server | None = None
        self._dropper: asyncio.Task[None] | None = None
        self._up_count = 0
        self._handlers: set[asyncio.Task[None]] = set()
        self._generation = 0  # + 1 at each drop: a connection of an older generation is dead

    @property
    def bytes_up(self) -> int:
        return round(self.up.carried)

    @property
    def bytes_down(self) -> int:
        return round(self.down.carried)

    async def __aenter__(self) -> BadLink:
        self._server = await asyncio.start_server(self._handle, *self.listen)
        self.port = self._server.sockets[0].getsockname()[1]
        if self.settings.drop_every is not None:
            self._dropper = asyncio.create_task(self._drop_loop())
        return self

    async def __aexit__(self, *_: object) -> None:
        if self._dropper is not None:
            self._dropper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._dropper
        self.drop()
        if self._server is not None:
            self._server.close()
        for task in list(self._handlers):
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    def drop(self) -> None:
        """Reset every connection now."""
        now = asyncio.get_running_loop().time()
        self._generation += 1
        self.up.cut(now)
        self.down.cut(now)
        for transport in list(self._open):
            transport.abort()
        self._open.clear()

    async def _drop_loop(self) -> None:
        assert self.settings.drop_every is not None
        low, high = self.settings.drop_every
        while True:
            await asyncio.sleep(self._random.uniform(low, high))
            self.drops += 1
            self.drop()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.CancelledError):  # the proxy closing
            await self._connect(reader, writer)

    async def _connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
            task.add_done_callback(self._handlers.discard)
        client = writer.transport
        self._open.add(client)
        generation = self._generation
        try:
            await asyncio.sleep(2 * self.settings.latency)  # the handshake's round trip
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except (OSError, asyncio.CancelledError):
            client.abort()
            self._open.discard(client)
            return
        if client.is_closing() or generation != self._generation:
            client.abort()
            up_writer.transport.abort()
            return
        self._open.add(up_writer.transport)
        await asyncio.gather(
            self._pump(reader, up_writer, self.up, True, generation),
            self._pump(up_reader, writer, self.down, False, generation),
            return_exceptions=True,
        )
        for transport in (client, up_writer.transport):
            transport.abort()
            self._open.discard(transport)

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        link: _Direction,
        upward: bool,
        generation: int,
    ) -> None:
        loop = asyncio.get_running_loop()
        arrivals: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

        async def deliver() -> None:
            while (item := await arrivals.get()) is not None:
                at, data = item
                await asyncio.sleep(max(0.0, at - loop.time()))
                if writer.transport.is_closing() or generation != self._generation:
                    return
                writer.write(data)
                await writer.drain()
            with contextlib.suppress(OSError, RuntimeError):
                writer.write_eof()

        delivering = asyncio.create_task(deliver())
        try:
            while True:
                while link.free_at - loop.time() > self.settings.queue and generation == self._generation:
                    await asyncio.sleep(0.02)
                data = await reader.read(PIECE)
                # after a drop the reader still holds what arrived before it: that never reaches the link
                if not data or generation != self._generation:
                    break
                if upward:
                    data = self._maybe_corrupt(data)
                left = link.send(loop.time(), len(data))
                await arrivals.put((left + self.settings.latency, data))
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            arrivals.put_nowait(None)
            with contextlib.suppress(OSError, ConnectionError, asyncio.CancelledError):
                await delivering

    def _maybe_corrupt(self, data: bytes) -> bytes:
        at = self.settings.corrupt_at
        start, self._up_count = self._up_count, self._up_count + len(data)
        if at is None or self.corrupted or not start <= at < self._up_count:
            return data
        self.corrupted += 1
        mutable = bytearray(data)
        mutable[at - start] ^= 0x01
        return bytes(mutable)

    @classmethod
    @contextlib.contextmanager
    def in_thread(cls, upstream: tuple[str, int], settings: LinkSettings) -> Iterator[BadLink]:
        """Run the proxy on its own event loop in a thread while the block runs."""
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        stop = asyncio.Event()
        holder: dict[str, BadLink] = {}

        async def main() -> None:
            async with cls(upstream, settings) as link:
                holder["link"] = link
                ready.set()
                await stop.wait()

        thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
        thread.start()
        if not ready.wait(10):
            raise RuntimeError("the bad link did not start")
        try:
            yield holder["link"]
        finally:
            loop.call_soon_threadsafe(stop.set)
            thread.join(10)
            loop.close()


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return host, int(port)


def main() -> None:  # pragma: no cover - by hand
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--listen", required=True, type=_address)
    parser.add_argument("--upstream", required=True, type=_address)
    parser.add_argument("--rate-kbit", type=float, default=32.0)
    parser.add_argument("--latency-ms", type=float, default=600.0)
    parser.add_argument("--drop-every", default="20:40", help="LOW:HIGH seconds, or 'never'")
    args = parser.parse_args()
    drop = None if args.drop_every == "never" else tuple(float(v) for v in args.drop_every.split(":"))
    settings = LinkSettings(args.rate_kbit * 1000 / 8, args.latency_ms / 1000, drop)  # type: ignore[arg-type]

    async def run() -> None:
        async with BadLink(args.upstream, settings, args.listen) as link:
            print(f"bad link on {args.listen[0]}:{link.port} -> {args.upstream[0]}:{args.upstream[1]}")
            await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())


if __name__ == "__main__":
    main()
