// Citing and copied addresses on a document page, for document.js: the address a copied
// link or a citation carries, the cite dialog for a paragraph, a passage or selected
// words, and the copy buttons. A link or citation carries the collection's public address
// (the page's data-url, from the build's base_url) and never the one the reader happens to
// be on, which may be a file: or a loopback address; a copy built without one says so.
(function () {
  "use strict";

  // What an action did, said at once: in the page's status region, which screen readers
  // announce, shown as a short message at the foot of the window unless `quiet` (where the
  // page shows it otherwise). `spoken` says it in words where `shown` uses signs (¶).
  var shownFor = 6000; // milliseconds a message stays
  var hiding = null;
  function say(shown, spoken, quiet) {
    var status = document.getElementById("status");
    if (!status) return;
    var words = document.createElement("span");
    words.setAttribute("aria-hidden", "true");
    words.textContent = shown;
    var said = document.createElement("span");
    said.className = "visually-hidden";
    said.textContent = spoken || shown;
    status.replaceChildren(words, said);
    status.className = quiet ? "visually-hidden" : "toast";
    window.clearTimeout(hiding);
    hiding = window.setTimeout(function () {
      status.className = "visually-hidden";
      status.replaceChildren();
    }, shownFor);
  }

  function announce(message) { say(message, message, true); }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return Promise.resolve(legacyCopy(text));
  }
  function legacyCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { area.remove(); }
  }

  // -- addresses ---------------------------------------------------------------------------
  var self = document.currentScript;

  // The page's public address, or null where the build had none.
  function publicAddress() {
    var article = document.querySelector("article[data-url]");
    return article ? article.dataset.url : null;
  }

  // Without one, the page's place in the collection (documents/…/index.html): it names the
  // paragraph to anyone who has the collection, and shows no folder of this machine.
  function placeInCollection() {
    var root = self ? new URL("../", self.src).href : "";
    var here = location.href.split("#")[0].split("?")[0];
    return here.indexOf(root) === 0 && root ? here.slice(root.length) : "";
  }

  // A link to blocks (one, or the two ends of a passage) carries the version of the text
  // of each end (?v=, the start of its fingerprint in the anchor register), so that a
  // reader who follows it after a revision is told so on the paragraph.
  function versionOf(blocks) {
    var versions = blocks.map(function (b) { return b.dataset.version || ""; });
    return versions.every(Boolean) ? versions.join("-") : "";
  }

  function linkTo(blocks) {
    var version = versionOf(blocks);
    var fragment = "#" + blocks.map(function (b) { return b.id; }).join("-");
    return (publicAddress() || placeInCollection()) + (version ? "?v=" + version : "") + fragment;
  }

  // "Link to ¶9–¶11 copied", and where the copy has no public address, what it carries.
  function copyLink(link, what, spoken) {
    return copyText(link).then(function () {
      var said = "Link to " + what + " copied";
      var heard = "Link to " + (spoken || what) + " copied";
      var none = ": this copy has no public address, so the link is its place in the collection";
      say(said + (publicAddress() ? "" : none), heard + (publicAddress() ? "" : none));
    }, function () {
      say("The link could not be copied: this browser refused it");
    });
  }

  function setUpCopyButtons(scope) {
    scope.querySelectorAll("button[data-copy]").forEach(function (b) {
      b.hidden = false;
      b.addEventListener("click", function () {
        var target = document.getElementById(b.dataset.copy) || scope.querySelector("#" + b.dataset.copy);
        copyText(target.textContent).then(function () { say("Copied: " + b.textContent.replace(/^Copy /, "")); });
      });
    });
  }

  // -- quotations ------------------------------------------------------------------------
  // Selected words as a quotation: curly marks around them, and the double marks inside
  // made single, as quoting asks; every other character (apostrophes too) as printed.
  function quoted(text) {
    var inner = text.replace(/(^|[\s(\[—–-])["“]/g, "$1‘").replace(/["”]/g, "’");
    return "“" + inner + "”";
  }

  // A quotation before a parenthetical citation: a full stop or comma that ends it goes
  // after the citation instead (MLA, APA); a question or exclamation mark stays.
  function beforeCitation(text) {
    return quoted(text.replace(/[.,;:]+$/, ""));
  }

  // A short, stable mark of the words, for the BibTeX key of a quotation (FNV-1a).
  function mark(text) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return ("0000000" + hash.toString(16)).slice(-8).slice(0, 6);
  }

  function bibtexEscape(text) {
    return text.replace(/[\\{}~^&%$#_]/g, function (c) {
      return { "\\": "\\textbackslash{}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}" }[c] || "\\" + c;
    });
  }

  // -- the cite dialog -------------------------------------------------------------------
  // For one block, a passage (its two ends) or selected words in them: the page's forms of
  // a paragraph's or a passage's citation, filled in with the numbers, the address and
  // the BibTeX key, and the quotation in an element of its own. The cite section gives
  // the dialog its notes, headings and every form; the template, the forms that differ.
  function citationsOf(template, prefix) {
    var section = document.getElementById("cite");
    var out = document.createDocumentFragment();
    section.querySelectorAll(":scope > .cite-files, :scope > .cite-no-address, :scope > .citation")
      .forEach(function (el) { out.append(el.cloneNode(true)); });
    template.content.querySelectorAll("[data-style]").forEach(function (form) {
      var target = out.querySelector(".citation-" + form.dataset.style + " [data-what='" + form.dataset.what + "']");
      if (target) target.replaceChildren.apply(target, Array.from(form.cloneNode(true).childNodes));
    });
    out.querySelectorAll("[id]").forEach(function (el) { el.id = el.id.replace(/^cite-/, prefix); });
    out.querySelectorAll("button[data-copy]").forEach(function (b) {
      b.dataset.copy = b.dataset.copy.replace(/^cite-/, prefix);
      b.hidden = true;
    });
    return out;
  }

  function cite(ends, quote) {
    var dialog = document.getElementById("cite-dialog");
    var passage = ends.length > 1;
    var template = document.getElementById(passage ? "passage-citations" : "paragraph-citations");
    if (!dialog || !template || !dialog.showModal) return;
    var numbers = ends.map(function (b) { return b.dataset.para; }).join("–");
    var pin = passage ? template.dataset.range : template.dataset.para;
    var key = ends.map(function (b) { return b.id.replace(/[^A-Za-z0-9]/g, "_"); }).join("_") +
      (quote ? "_q" + mark(quote) : "");
    var fills = [[pin, numbers], [template.dataset.url, publicAddress() ? linkTo(ends) : ""],
      [template.dataset.key, key]];
    var body = dialog.querySelector(".cite-dialog-body");
    body.replaceChildren(citationsOf(template, passage ? "cite-passage-" : "cite-para-"));
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      var node = walker.currentNode;
      fills.forEach(function (fill) { node.nodeValue = node.nodeValue.split(fill[0]).join(fill[1]); });
    }
    if (quote) withQuotation(body, quote, numbers, passage);
    body.querySelectorAll("[id]").forEach(function (el) { el.id = "dialog-" + el.id; });
    body.querySelectorAll("button[data-copy]").forEach(function (b) { b.dataset.copy = "dialog-" + b.dataset.copy; });
    dialog.querySelector("h2").textContent = (quote ? "Cite quotation from paragraph" : "Cite paragraph") +
      (passage ? "s " : " ") + numbers;
    setUpCopyButtons(body);
    dialog.showModal();
  }

  // The quotation first, with its pinpoint; the in-text forms with the quotation before
  // them; BibTeX's note (an entry may hold only one) ends with it.
  function withQuotation(body, quote, numbers, passage) {
    var figure = document.createElement("figure");
    figure.className = "cite-quotation";
    var words = document.createElement("blockquote");
    words.id = "quotation";
    words.textContent = quoted(quote);
    var where = document.createElement("figcaption");
    where.textContent = (passage ? "¶¶ " : "¶ ") + numbers;
    figure.append(words, where);
    var copy = document.createElement("button");
    copy.type = "button";
    copy.className = "copy-button";
    copy.dataset.copy = "quotation";
    copy.hidden = true;
    copy.textContent = "Copy quotation";
    body.prepend(figure, copy);
    body.querySelectorAll(".citation-in-text").forEach(function (el) {
      el.textContent = beforeCitation(quote) + " " + el.textContent;
    });
    body.querySelectorAll("pre.citation-text").forEach(function (el) {
      el.textContent = el.textContent.replace(/(\n {2}note = \{)(.*)(\})/, function (_, open, said, close) {
        return open + said + ". Quoted: " + bibtexEscape(quoted(quote)) + close;
      });
    });
  }

  window.archiveCiting = {
    say: say, announce: announce, copyText: copyText, copyLink: copyLink, linkTo: linkTo,
    versionOf: versionOf, publicAddress: publicAddress, setUpCopyButtons: setUpCopyButtons,
    cite: cite
  };
})();
