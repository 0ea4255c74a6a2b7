// Added to each page by `build.py serve`, never to the published site: reloads the page
// when a rebuild has published a new site, and shows a failed rebuild's messages over the
// last good site until a rebuild succeeds.
"use strict";
(function () {
  var served = Number(new URL(document.currentScript.src).searchParams.get("site"));
  var box = null;

  function show(messages) {
    if (!box) {
      box = document.createElement("section");
      box.id = "live-build-failed";
      box.setAttribute("role", "alert");
      box.setAttribute("aria-labelledby", "live-build-failed-title");
      Object.assign(box.style, {
        position: "fixed", left: "0", right: "0", bottom: "0", zIndex: "1000",
        maxHeight: "50vh", overflow: "auto", margin: "0", padding: ".75rem 1rem",
        background: "#fff4f2", color: "#5a1409", borderTop: "3px solid #a3200b",
        font: "14px/1.4 system-ui, sans-serif"
      });
      document.body.appendChild(box);
    }
    box.textContent = "";
    var title = document.createElement("h2");
    title.id = "live-build-failed-title";
    title.textContent = "The rebuild failed: this is the last good site";
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
      show(state.messages);
    } else {
      hide();
    }
  };
})();
