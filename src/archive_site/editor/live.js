// Added to each page by `build.py serve`, never to the published site: reloads the page
// when a rebuild has published a new site, and shows a failed rebuild's messages over the
// last good site until a rebuild succeeds; after a good rebuild, the revised paragraphs it
// shows whose revisions are not yet recorded (`build.py revise` records them).
"use strict";
(function () {
  var served = Number(new URL(document.currentScript.src).searchParams.get("site"));
  var box = null;

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

  var events = new EventSource("/__live/events");
  events.onmessage = function (event) {
    var state = JSON.parse(event.data);
    if (state.site !== served) {
      events.close();
      location.reload();
    } else if (state.failed) {
      show(state.messages, "failed");
    } else if (state.notices && state.notices.length) {
      show(state.notices, "pending");
    } else {
      hide();
    }
  };
})();
