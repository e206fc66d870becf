// The facilitator's remote: paired once with the one-time code from the console's QR code, then the
// console's view (notes, the right answer, the tally) and big buttons that send the keyboard's named
// actions. It reconnects by itself; a command whose answer was lost is sent again with the same id, and
// the server applies an id once. Everything from the server is shown as text (textContent), never markup.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const store = sessionStorage;
  const RESEND_WITHIN_MS = 5000;
  let words = {};
  let socket = null;
  let token = store.getItem("stoppunkt-remote-token") || "";
  let lastId = Number(store.getItem("stoppunkt-remote-id") || "0");
  let secret = "";
  let view = null;
  let viewAt = 0;
  let retry = 500;
  let pending = [];  // commands sent and not yet answered: {id, action, option, at}
  let wakeLock = null;

  // The secret comes in the address's fragment, which no request carries; it leaves the address bar at once.
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.get("pair")) {
    secret = fragment.get("pair");
    history.replaceState(null, "", location.pathname);
  }

  const word = (key, ...args) => args.reduce((text, arg, i) => text.replace("%" + (i + 1), String(arg)), words[key] || key);
  const show = (id, visible) => { $(id).hidden = !visible; };
  const status = (text) => { $("status").textContent = text || ""; };
  const sendRaw = (message) => {
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(message));
    return true;
  };

  function deviceName() {
    const ua = navigator.userAgent;
    const system = /iPhone|iPad/.test(ua) ? "iOS" : /Android/.test(ua) ? "Android" : /Windows/.test(ua) ? "Windows"
      : /Mac OS/.test(ua) ? "macOS" : /Linux/.test(ua) ? "Linux" : "";
    const browser = /Firefox\//.test(ua) ? "Firefox" : /Edg\//.test(ua) ? "Edge" : /Chrom(e|ium)\//.test(ua) ? "Chrome"
      : /Safari\//.test(ua) ? "Safari" : "";
    return [system, browser].filter(Boolean).join(" · ");
  }

  function command(action, option) {
    if (!token) return;
    lastId += 1;
    store.setItem("stoppunkt-remote-id", String(lastId));
    const entry = { id: lastId, action, option, at: Date.now() };
    pending.push(entry);
    sendCommand(entry);
  }

  function sendCommand(entry) {
    const message = { type: "command", token, id: entry.id, action: entry.action };
    if (entry.option) message.option = entry.option;
    sendRaw(message);
  }

  function applyWords() {
    for (const el of document.querySelectorAll("[data-word]")) el.textContent = word(el.dataset.word);
    document.title = word("Stoppunkt remote");
    if (words.language) document.documentElement.lang = words.language;
  }

  function minutes(ms) { return Math.round(Math.abs(ms) / 60000); }

  function clockText(ms) {
    const s = Math.max(0, Math.floor(ms / 1000));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    const two = (n) => String(n).padStart(2, "0");
    return (h ? h + ":" + two(m) : String(m)) + ":" + two(sec);
  }

  function tick() {
    if (!view) return;
    const t = view.time;
    const elapsed = t.elapsedMs + (t.running ? Date.now() - viewAt : 0);
    $("elapsed").textContent = clockText(elapsed) + (t.running ? "" : " (" + word("paused") + ")");
    const plan = $("plan");
    if (t.plannedMs) {
      const off = t.deviationMs;
      plan.textContent = word("of %1 min planned", minutes(t.plannedMs)) +
        (off > 60000 ? " · " + word("%1 min behind", minutes(off)) : off < -60000 ? " · " + word("%1 min ahead", minutes(off)) : "");
      plan.classList.toggle("late", off > 5 * 60000);
    } else {
      plan.textContent = "";
    }
  }

  function nextText(next) {
    switch (next.what) {
      case "slide": return word("Slide %1: %2", next.slide, next.title);
      case "build": return word("Shows: %1", next.item);
      case "film": return word("The film plays");
      case "stop": return word("The film goes on to its stop");
      case "reveal": return word("The right answer is revealed");
      case "unblank": return word("The slide shows again");
      default: return word("End of the lesson");
    }
  }

  function renderQuestion(q) {
    $("prompt").textContent = q.prompt;
    const list = $("options");
    list.replaceChildren();
    const most = Math.max(1, ...(q.tally || [0]));
    q.options.forEach((option, i) => {
      const n = i + 1;
      const button = document.createElement("button");
      button.type = "button";
      const picked = q.picks.includes(n);
      if (n === q.answer) button.classList.add("answer");
      if (picked && n !== q.answer) button.classList.add("picked");
      button.disabled = q.revealed || picked;
      const number = document.createElement("span");
      number.className = "number";
      number.textContent = String(n);
      const body = document.createElement("span");
      const label = document.createElement("span");
      label.className = "label";
      label.textContent = option.text;
      body.append(label);
      if (n === q.answer || picked) {
        const badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = n === q.answer ? word("Right answer") : word("Picked: wrong");
        body.append(badge);
      }
      if (option.points.length) {
        const points = document.createElement("ul");
        points.className = "points";
        for (const point of option.points) {
          const item = document.createElement("li");
          item.textContent = point;
          points.append(item);
        }
        body.append(points);
      }
      if (q.tally) {
        const bar = document.createElement("span");
        bar.className = "tally";
        bar.style.width = Math.max(2, 100 * (q.tally[i] || 0) / most) + "%";
        bar.title = String(q.tally[i] || 0);
        body.append(bar);
      }
      button.append(number, body);
      button.addEventListener("click", () => command("pick", n));
      const item = document.createElement("li");
      item.append(button);
      list.append(item);
    });
    $("pickHint").hidden = q.revealed;  // nothing is left to pick once the answer is out
    $("undo").disabled = q.revealed || q.picks.length === 0;
    $("reveal").disabled = q.revealed;
    $("reveal").textContent = word(q.revealed ? "Revealed" : "Reveal");
  }

  function fillList(id, items, className) {
    const list = $(id);
    list.replaceChildren();
    for (const text of items) {
      const item = document.createElement("li");
      item.textContent = typeof text === "string" ? text : text.text;
      if (className && text.kind) item.className = text.kind;
      list.append(item);
    }
  }

  function render() {
    const paired = !!token && !!view;
    show("console", paired);
    show("controls", paired);
    if (!paired) return;
    $("where").textContent = word("Slide %1 of %2", view.slide, view.slides);
    $("title").textContent = view.title;
    tick();
    const q = view.question;
    const film = view.film;
    $("hint").textContent = q && q.revealArmed ? word("Tap Next again within 2 s to reveal the answer.")
      : film && film.skipArmed ? word("Tap Next again within 2 s to skip to the stop point.") : "";
    $("blank").textContent = view.blank === "black" ? word("The projector is black.")
      : view.blank === "white" ? word("The projector is white.") : "";
    const black = $("black");
    black.textContent = word(view.blank === "none" ? "Black screen" : "Show the slide again");
    black.classList.toggle("on", view.blank !== "none");

    show("film", !!film && (film.phase === "playing" || film.problem));
    if (film) {
      $("filmState").textContent = film.problem ? word("The film cannot play: see the console.")
        : film.paused ? word("The film is paused.") : word("The film plays.");
      $("pauseFilm").textContent = word(film.paused ? "Resume film" : "Pause film");
      $("pauseFilm").disabled = !!film.problem;
    }
    show("question", !!q);
    if (q) renderQuestion(q);

    const room = view.room;
    show("room", room.on && (!!q || room.joined > 0));
    $("roomState").textContent = q && q.tally ? word("The room: %1 of %2 voted", q.voters, room.joined)
      : word("The room: %1 phones joined", room.joined);
    $("vote").textContent = word(room.voteOpen ? "Close the vote" : "Open the vote");
    $("vote").disabled = !q || (q.revealed && !room.voteOpen);
    show("vote", !!q);

    show("flipchart", view.flipchart !== undefined);
    if (view.flipchart !== undefined) {
      fillList("entries", view.flipchart);
      show("noEntries", view.flipchart.length === 0);
      show("waiting", view.suggestions.length > 0);
      fillList("suggestions", view.suggestions);
    }
    show("pad", !!view.picture);
    if (view.picture && $("picture").getAttribute("src") !== view.picture) $("picture").setAttribute("src", view.picture);
    fillList("notes", view.notes.length ? view.notes : [word("No notes on this slide.")], true);
    $("next").textContent = nextText(view.next);
  }

  function forget(reason) {
    token = "";
    secret = "";
    view = null;
    pending = [];
    store.removeItem("stoppunkt-remote-token");
    store.removeItem("stoppunkt-remote-id");
    lastId = 0;
    status(reason);
    render();
  }

  function receive(message) {
    switch (message.type) {
      case "paired":
        if (message.token !== token) { lastId = 0; pending = []; }
        token = message.token;
        secret = "";
        store.setItem("stoppunkt-remote-token", token);
        store.setItem("stoppunkt-remote-id", String(lastId));
        status("");
        // Commands whose answer the drop took are sent again, once; the server applies an id only once.
        const now = Date.now();
        if (pending.some((e) => now - e.at > RESEND_WITHIN_MS)) status(word("Not sent: the connection was lost. Tap again."));
        pending = pending.filter((e) => now - e.at <= RESEND_WITHIN_MS);
        pending.forEach(sendCommand);
        break;
      case "console":
        view = message;
        viewAt = Date.now();
        render();
        break;
      case "done":
        pending = pending.filter((e) => e.id !== message.id);
        break;
      case "dropped":
        forget(word("This phone is no longer the remote: the console dropped it or paired another phone."));
        break;
      case "refused":
        if (message.id) pending = pending.filter((e) => e.id !== message.id);
        if (message.status === 429) status(word("Too fast: wait a moment."));
        else if (message.status === 410) forget(word("This pairing code was used or has expired: show a new one on the console and scan it again."));
        else if (message.status === 401) forget(word("Show the pairing code on the console and scan it with this phone."));
        break;
    }
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(scheme + "//" + location.host + "/remote");
    socket = ws;
    ws.addEventListener("open", () => {
      retry = 500;
      if (token) sendRaw({ type: "resume", token });
      else if (secret) { status(word("Pairing…")); sendRaw({ type: "pair", secret, device: deviceName() }); }
      else status(word("Show the pairing code on the console and scan it with this phone."));
    });
    ws.addEventListener("message", (event) => {
      if (ws !== socket) return;  // a connection this page has left behind
      try { receive(JSON.parse(event.data)); } catch (e) { /* not ours: ignore */ }
    });
    ws.addEventListener("close", () => {
      if (ws !== socket) return;
      if (!token && !secret) return;  // nothing to pair with: the page waits for a scan of the console's code
      if (token) status(word("Reconnecting…"));
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 4000);
    });
  }

  // The screen stays on while the page is open, where the browser allows it (it needs a secure context in
  // most browsers, so on the room's plain HTTP it may not).
  async function keepAwake() {
    try {
      if ("wakeLock" in navigator && document.visibilityState === "visible" && !wakeLock) {
        wakeLock = await navigator.wakeLock.request("screen");
        wakeLock.addEventListener("release", () => { wakeLock = null; });
      }
    } catch (e) { wakeLock = null; }
  }
  document.addEventListener("visibilitychange", keepAwake);

  $("nextButton").addEventListener("click", () => command("next"));
  $("previous").addEventListener("click", () => command("previous"));
  $("black").addEventListener("click", () => command("black"));
  $("undo").addEventListener("click", () => command("undo-pick"));
  $("reveal").addEventListener("click", () => command("reveal"));
  $("pauseFilm").addEventListener("click", () => command("pause-film"));
  $("vote").addEventListener("click", () => command("vote"));
  $("accept").addEventListener("click", () => command("accept-suggestion"));
  $("drop").addEventListener("click", () => command("drop-suggestion"));
  setInterval(tick, 1000);

  // The finger on the slide's picture moves the pointer: at most one point per frame the phone draws, the
  // latest one, so a fast finger never floods the room's server.
  let pendingPoint = null;
  let pointScheduled = false;
  function sendPoint() {
    pointScheduled = false;
    if (pendingPoint && token) sendRaw({ type: "point", token, x: pendingPoint.x, y: pendingPoint.y });
    pendingPoint = null;
  }
  function pointAt(event) {
    const box = $("picture").getBoundingClientRect();
    if (!box.width || !box.height) return;
    const clamp = (v) => Math.min(1, Math.max(0, v));
    pendingPoint = { x: clamp((event.clientX - box.left) / box.width), y: clamp((event.clientY - box.top) / box.height) };
    if (!pointScheduled) {
      pointScheduled = true;
      requestAnimationFrame(sendPoint);
    }
    event.preventDefault();
  }
  $("picture").addEventListener("pointerdown", (event) => {
    $("picture").setPointerCapture(event.pointerId);
    pointAt(event);
  });
  $("picture").addEventListener("pointermove", (event) => { if (event.buttons || event.pointerType === "touch") pointAt(event); });

  // The keys at the bottom grow a row where large text needs one, and the page ends above them. Where they would
  // take over a third of the screen (large text on a small phone), they go at the page's end instead.
  const keys = $("controls");
  const head = document.querySelector("header");
  const fit = new ResizeObserver(() => {
    keys.classList.toggle("inflow", keys.offsetHeight > innerHeight / 3);
    // The header too: kept at the top while it is small, scrolled away when it would take a fifth of the screen.
    head.classList.toggle("inflow", head.offsetHeight > innerHeight / 5);
    document.body.style.paddingBottom = keys.classList.contains("inflow") ? "" : `${keys.offsetHeight}px`;
  });
  fit.observe(keys);
  fit.observe(head);

  fetch("remote-words.json").then((r) => r.json()).then((w) => { words = w; }).catch(() => {}).finally(() => {
    applyWords();
    render();
    keepAwake();
    connect();
  });
})();
