#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""How fast can outsiders guess the typed room code? Starts tests' roomdriver (a room server on 127.0.0.1 with
the seed lesson), then runs N guessers, each from its own loopback address (127.0.1.1, 127.0.1.2, ...) with the
page's Origin, each trying wrong codes as fast as the server answers, reconnecting whenever it is closed, for
SECONDS. It counts the codes the server compared (403) and the tries it refused before comparing (429), and
prints the measured rate of compared codes and the time to find one of 10,000 codes at that rate (half the
codes, on average). Loopback only; bounded in time.

Usage: bench/room_guessers.py ROOMDRIVER [N] [SECONDS]
"""
import asyncio
import json
import random
import subprocess
import sys
import time

import websockets


async def guesser(n, port, code, deadline, counts):
    source = (f"127.0.1.{1 + n}", 0)
    while time.monotonic() < deadline:
        try:
            async with websockets.connect(f"ws://127.0.0.1:{port}/room", origin=f"http://127.0.0.1:{port}",
                                          local_addr=source, open_timeout=5) as ws:
                while time.monotonic() < deadline:
                    guess = f"{random.randrange(10000):04d}"
                    if guess == code:
                        continue
                    await ws.send(json.dumps({"type": "join", "room": guess}))
                    while True:
                        m = json.loads(await asyncio.wait_for(ws.recv(), timeout=max(0.1, deadline - time.monotonic())))
                        if m.get("type") == "refused":
                            break
                    status = m.get("status")
                    counts[status] = counts.get(status, 0) + 1
                    if status != 403:
                        await asyncio.sleep(0.05)  # told to wait: try again soon, as an attacker would
        except (OSError, asyncio.TimeoutError, websockets.exceptions.WebSocketException):
            counts["reconnects"] = counts.get("reconnects", 0) + 1
            await asyncio.sleep(0.05)


async def main():
    driver = subprocess.Popen([sys.argv[1]], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    first = driver.stdout.readline().split()
    port, code = int(first[1]), first[3]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 60
    counts = {}
    start = time.monotonic()
    await asyncio.gather(*(guesser(n, port, code, start + seconds, counts) for n in range(count)))
    elapsed = time.monotonic() - start
    driver.stdin.close()
    driver.wait(timeout=30)
    compared = counts.get(403, 0)
    rate = compared / elapsed
    print(f"{count} guessers from {count} addresses for {elapsed:.0f} s: {compared} codes compared (403), "
          f"{counts.get(429, 0)} tries refused before comparing (429), {counts.get('reconnects', 0)} reconnects")
    if compared:
        print(f"measured rate {rate:.3f} codes/s: finding one of 10,000 codes takes {5000 / rate / 3600:.1f} h on average")


asyncio.run(main())
