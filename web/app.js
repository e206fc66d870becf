// The trainees' page: join with the room code, vote at a question, see the reveal, suggest for the flip
// chart. Everything from the server is shown as text (textContent), never as markup.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  let words = {};
  let socket = null;
  let token = sessionStorage.getItem("stoppunkt-token") || "";
  let view = null;
  let retry = 500;
  // Failed attempts since the room was last reached. The page keeps trying the room's address (a resumed room
  // comes back on it), and after a few tries it also asks the trainee to scan the card again: if another
  // program took the room's port, the room is back on another address, which only the card knows.
  let failures = 0;
  const kFailuresBeforeScan = 4;
  // The join waiting for its socket: a phone opens one only when it joins (or has joined), since the room
  // closes a connection that does not join within a few seconds.
  let pendingJoin = null;

  const word = (key) => words[key] || key;
  const show = (id, visible) => { $(id).hidden = !visible; };
  const send = (message) => { if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message)); };

  function applyWords() {
    for (const el of document.querySelectorAll("[data-word]")) el.textContent = word(el.dataset.word);
  }

  // A live region speaks when its words change, so they are set only then: not again on every view message.
  function say(id, text) {
    if ($(id).textContent !== text) $(id).textContent = text;
  }

  /// A note for screen readers only, in the option's words: what the strike-through or the green frame shows.
  function spoken(text) {
    const note = document.createElement("span");
    note.className = "spoken";
    note.textContent = `. ${text}`;
    return note;
  }

  function render() {
    const joining = !$("join").hidden;
    show("join", !token);
    const q = view && view.question;
    show("waiting", !!token && !q && !(view && view.flipchart));
    show("question", !!token && !!q);
    show("suggest", !!token && !!view && view.flipchart && !q);
    $("topic").textContent = (view && view.topic) || "";
    show("topic", !!(view && view.topic));
    // Joined: the focus leaves the form that went away for the first thing the room shows (a screen reader
    // reads it), not for the page's start.
    if (joining && token) {
      const first = ["prompt", "topic", "waitingText"].map($).find((e) => e && !e.closest("[hidden]") && e.textContent);
      if (first) first.focus();
    }
    if (!q) return;
    $("prompt").textContent = q.prompt;
    // Before any vote the room discusses; "closed" only once this phone has voted.
    say("voteState", q.right ? ""
      : q.open ? word("Vote: tap your answer. You can change it until the vote closes.")
      : q.yours ? word("The vote is closed.")
      : word("Discuss the options together. The vote opens when the facilitator opens it."));
    const list = $("options");
    // The options are drawn anew for each view: the option that had the focus keeps it.
    const focused = list.contains(document.activeElement) ? document.activeElement.dataset.option : null;
    list.replaceChildren();
    q.options.forEach((text, i) => {
      const n = i + 1;
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.option = String(n);
      button.disabled = !q.open;
      button.setAttribute("aria-pressed", String(q.yours === n));
      if ((q.picked || []).includes(n)) button.classList.add("picked");
      if (q.right === n) button.classList.add("right");
      const number = document.createElement("span");
      number.className = "number";
      number.textContent = String(n);
      const body = document.createElement("span");
      const label = document.createElement("span");
      label.className = "label";
      label.textContent = text;
      body.append(label);
      if (q.right === n) body.append(spoken(word("The right answer")));
      else if ((q.picked || []).includes(n)) body.append(spoken(word("Tried: not the right answer")));
      if (q.yours === n) {
        const yours = document.createElement("span");
        yours.className = "yours";
        yours.textContent = word("Your vote");
        body.append(yours);
      }
      button.append(number, body);
      button.addEventListener("click", () => send({ type: "vote", token, question: q.key, option: n }));
      const item = document.createElement("li");
      item.append(button);
      list.append(item);
      if (focused === String(n)) button.focus();
    });
    say("result", !q.right ? "" : q.yours === q.right ? word("Right!")
      : q.yours ? word("Not this time: the right answer is no. %1.").replace("%1", q.right) : "");
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    socket = new WebSocket(`${scheme}//${location.host}/room`);
    socket.addEventListener("open", () => {
      retry = 500;
      failures = 0;
      $("status").textContent = "";
      if (token) send({ type: "resume", token });
      else if (pendingJoin) send(pendingJoin);
      pendingJoin = null;
    });
    socket.addEventListener("message", (event) => {
      let m;
      try { m = JSON.parse(event.data); } catch { return; }
      if (m.type === "welcome") {
        token = m.token;
        sessionStorage.setItem("stoppunkt-token", token);
      } else if (m.type === "view") {
        // "Sent" (or a refusal) was about the flip chart: it goes when the flip chart closes.
        if (view && view.flipchart && !m.flipchart) $("status").textContent = "";
        view = m;
      } else if (m.type === "refused") {
        if (m.status === 401 && !token) return;  // not joined in time: the form is still there to join with
        if (m.status === 401) { token = ""; sessionStorage.removeItem("stoppunkt-token"); }
        $("status").textContent = word(String(m.status));
      } else if (m.type === "accepted" && m.what === "suggest") {
        $("suggestion").value = "";
        $("status").textContent = word("Sent. The facilitator decides what goes on the flip chart.");
      }
      render();
    });
    socket.addEventListener("close", () => {
      socket = null;
      if (!token && !pendingJoin) return;  // nothing to come back for until the phone joins
      failures += 1;
      $("status").textContent = failures > kFailuresBeforeScan
        ? word("The room cannot be reached. Scan the code on the screen again.") : word("Reconnecting…");
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 8000);
    });
  }

  $("join").addEventListener("submit", (event) => {
    event.preventDefault();
    const join = secret ? { type: "join", secret, nickname: $("nickname").value }
                        : { type: "join", room: $("code").value.trim(), nickname: $("nickname").value };
    if (socket && socket.readyState === WebSocket.OPEN) send(join);
    else {
      pendingJoin = join;
      if (!socket) connect();
    }
  });
  $("suggest").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("suggestion").value.trim();
    if (text) send({ type: "suggest", token, text });
  });

  // The join card's QR code carries the room's secret in the fragment, which no request sends: the phone joins
  // without typing, and the secret leaves the address bar at once. Typing the code stays for phones that cannot scan.
  const secret = new URLSearchParams(location.hash.slice(1)).get("join") || "";
  if (secret) {
    history.replaceState(null, "", location.pathname);
    $("codeRow").hidden = true;
    $("code").required = false;
  }
  if ("wakeLock" in navigator) navigator.wakeLock.request("screen").catch(() => {});
  fetch("words.json").then((r) => r.json()).then((w) => {
    words = w;
    if (w.language) document.documentElement.lang = w.language;
    applyWords();
    render();
  }).catch(() => { applyWords(); render(); });
  applyWords();
  render();
  if (token) connect();  // a phone that joined before comes back with its token
})();
