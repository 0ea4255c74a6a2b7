// Added to each page by `build.py serve`, never to the published site: reloads the page
// when a rebuild has published a new site, and shows a failed rebuild's messages over the
// last good site until a rebuild succeeds; after a good rebuild, the revised paragraphs it
// shows whose revisions are not yet recorded (`build.py revise` records them). While a
// rebuild after a save is under way, a note says that the site is catching up, and the
// saved document's page, made first, is shown in place of the published one.
"use strict";
(function () {
  var query = new URL(document.currentScript.src).searchParams;
  var served = Number(query.get("site"));
  var quick = Number(query.get("quick") || 0);  // the quick page shown, if one is
  var here = decodeURIComponent(location.pathname).replace(/^\//, "");
  if (here === "" || here.endsWith("/")) { here += "index.html"; }
  var box = null;
  var NOTE = "live-catching-up";
  var noteText = "Search and the other pages are catching up with your last edit";

  // a failed rebuild's messages, in red, as an alert; pending revisions, in amber
  var KINDS = {
    failed: { id: "live-build-failed", role: "alert", paper: "#fff4f2", ink: "#5a1409",
              rule: "#a3200b", title: "The rebuild failed: this is the last good site" },
    pending: { id: "live-build-pending", role: "status", paper: "#fff8e1", ink: "#4a3500",
               rule: "#8a6200", title: "Revised paragraphs, shown here but not yet recorded: " +
               "run `python build.py revise` before the site is built" }
  };

  function show(messages, kind) {
    var look = KINDS[kind];
    if (box && box.id !== look.id) { hide(); }
    if (!box) {
      box = document.createElement("section");
      box.id = look.id;
      box.setAttribute("role", look.role);
      box.setAttribute("aria-labelledby", look.id + "-title");
      Object.assign(box.style, {
        position: "fixed", left: "0", right: "0", bottom: "0", zIndex: "1000",
        maxHeight: "50vh", overflow: "auto", margin: "0", padding: ".75rem 1rem",
        background: look.paper, color: look.ink, borderTop: "3px solid " + look.rule,
        font: "14px/1.4 system-ui, sans-serif"
      });
      document.body.appendChild(box);
    }
    box.textContent = "";
    var title = document.createElement("h2");
    title.id = look.id + "-title";
    title.textContent = look.title;
    title.style.font = "bold 15px/1.3 system-ui, sans-serif";
    title.style.margin = "0 0 .4rem";
    var list = document.createElement("pre");
    list.style.whiteSpace = "pre-wrap";
    list.style.margin = "0";
    list.textContent = messages.join("\n");
    box.append(title, list);
  }

  function hide() {
    if (box) { box.remove(); box = null; }
  }

  // the note that a rebuild is catching up: the server puts it in the page it sends,
  // and it goes (or comes) as the rebuilds do
  // (styled here, as the page's rules forbid a style written in the page itself)
  function catchingUp(pending) {
    var note = document.getElementById(NOTE);
    if (!pending && note) {
      note.remove();
    } else if (pending) {
      if (!note) {
        note = document.createElement("p");
        note.id = NOTE;
        note.setAttribute("role", "status");
        note.textContent = noteText;
        document.body.prepend(note);
      }
      note.style.cssText = "margin:0;padding:.5rem 1rem;background:#eef4ff;color:#0b2a5a;" +
        "border-bottom:3px solid #2f5da8;font:14px/1.4 system-ui,sans-serif";
    }
  }

  var events = new EventSource("/__live/events");
  events.onmessage = function (event) {
    var state = JSON.parse(event.data);
    var made = (state.quick || {})[here];
    if (state.site !== served || (made && made !== quick)) {
      events.close();
      location.reload();
      return;
    }
    catchingUp(state.pending);
    if (state.failed) {
      show(state.messages, "failed");
    } else if (state.notices && state.notices.length) {
      show(state.notices, "pending");
    } else {
      hide();
    }
  };
})();
