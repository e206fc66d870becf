#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Simulated phones for bench_room, on 127.0.0.1: N phones join, then each votes once at a random moment
within SPREAD seconds. Prints "sent T_NS" (CLOCK_MONOTONIC) per vote as it goes, and at the end
"done joined J accepted A refused R later L later-accepted LA". Phones stay connected HOLD seconds after voting (the soak),
and vote again, within 2 s, each time a vote opens meanwhile (L counts those votes, and LA those accepted).

Usage: room_phones.py PORT CODE QUESTION N SPREAD HOLD
"""
import asyncio
import json
import random
import sys
import time

import websockets


async def phone(n, port, code, question, spread, hold, start, results):
    # Each phone from its own loopback address, as each phone in a room has its own, and with the page's
    # Origin, as a browser sends it: the server caps connections per address and refuses other origins.
    source = (f"127.0.{1 + n // 250}.{1 + n % 250}", 0)
    async with websockets.connect(f"ws://127.0.0.1:{port}/room", max_size=65536, origin=f"http://127.0.0.1:{port}",
                                  local_addr=source) as ws:
        await ws.send(json.dumps({"type": "join", "room": code}))
        token = None
        while token is None:
            m = json.loads(await ws.recv())
            if m.get("type") == "welcome":
                token = m["token"]
            elif m.get("type") == "refused":
                results["refused"] += 1
                return
        results["joined"] += 1
        await asyncio.sleep(max(0.0, start + random.uniform(0, spread) - time.monotonic()))
        print(f"sent {time.monotonic_ns()}", flush=True)
        await ws.send(json.dumps({"type": "vote", "token": token, "question": question, "option": random.randint(1, 4)}))
        while True:
            m = json.loads(await ws.recv())
            if m.get("type") == "accepted":
                results["accepted"] += 1
                break
            if m.get("type") == "refused":
                results["refused"] += 1
                break
        # Every time a vote opens, this phone votes: a new question, or one it voted on before (then another
        # option, which a phone may change to while the vote is open).
        mine = {}
        was_open = {question: True}
        deadline = time.monotonic() + hold
        while time.monotonic() < deadline:
            try:
                m = json.loads(await asyncio.wait_for(ws.recv(), timeout=max(0.01, deadline - time.monotonic())))
            except asyncio.TimeoutError:
                break
            if m.get("type") == "accepted":
                results["later accepted"] += 1
            q = m.get("question") if m.get("type") == "view" else None
            if not q:
                continue
            opened = q.get("open") and not was_open.get(q["key"])
            was_open[q["key"]] = q.get("open")
            if opened:
                await asyncio.sleep(random.uniform(0, 2))
                choices = [o for o in range(1, len(q["options"]) + 1) if o != mine.get(q["key"])]
                mine[q["key"]] = random.choice(choices)
                await ws.send(json.dumps({"type": "vote", "token": token, "question": q["key"], "option": mine[q["key"]]}))
                results["later"] += 1


async def main():
    port, code, question = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    count, spread, hold = int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
    results = {"joined": 0, "accepted": 0, "refused": 0, "later": 0, "later accepted": 0}
    start = time.monotonic() + 1.0  # all join first, within a second
    await asyncio.gather(*(phone(n, port, code, question, spread, hold, start, results) for n in range(count)),
                         return_exceptions=True)
    print(f"done joined {results['joined']} accepted {results['accepted']} refused {results['refused']} later {results['later']} "
          f"later-accepted {results['later accepted']}", flush=True)


asyncio.run(main())
