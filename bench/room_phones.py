#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Simulated phones for bench_room, on 127.0.0.1: N phones join, then each votes once at a random moment
within SPREAD seconds. Prints "sent T_NS" (CLOCK_MONOTONIC) per vote as it goes, and at the end
"done joined J accepted A refused R later L". Phones stay connected HOLD seconds after voting (the soak),
and vote again, within 2 s, at every question whose vote opens meanwhile (L counts those votes).

Usage: room_phones.py PORT CODE QUESTION N SPREAD HOLD
"""
import asyncio
import json
import random
import sys
import time

import websockets


async def phone(port, code, question, spread, hold, start, results):
    async with websockets.connect(f"ws://127.0.0.1:{port}/room", max_size=65536) as ws:
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
        voted = {question}
        deadline = time.monotonic() + hold
        while time.monotonic() < deadline:
            try:
                m = json.loads(await asyncio.wait_for(ws.recv(), timeout=max(0.01, deadline - time.monotonic())))
            except asyncio.TimeoutError:
                break
            q = m.get("question") if m.get("type") == "view" else None
            if q and q.get("open") and q["key"] not in voted:
                voted.add(q["key"])
                await asyncio.sleep(random.uniform(0, 2))
                await ws.send(json.dumps({"type": "vote", "token": token, "question": q["key"],
                                          "option": random.randint(1, len(q["options"]))}))
                results["later"] += 1


async def main():
    port, code, question = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    count, spread, hold = int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
    results = {"joined": 0, "accepted": 0, "refused": 0, "later": 0}
    start = time.monotonic() + 1.0  # all join first, within a second
    await asyncio.gather(*(phone(port, code, question, spread, hold, start, results) for _ in range(count)),
                         return_exceptions=True)
    print(f"done joined {results['joined']} accepted {results['accepted']} refused {results['refused']} later {results['later']}", flush=True)


asyncio.run(main())
