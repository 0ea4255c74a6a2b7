// A document page's tools, on top of what reader.js does on every page: copying paragraph
// links and citations, citing a paragraph or a quotation, passages (#p3-p7), the reading
// list, cards for the names in the text, and the versions copied links carry. The page
// reads fully without this script; it only adds controls.
(function () {
  "use strict";

  var self = document.currentScript;

  var citing = window.archiveCiting; // citing.js: addresses, copying and the cite dialog
  var announce = citing.announce, linkTo = citing.linkTo;

  function button(label, onClick, name) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    if (name) b.setAttribute("aria-label", name);
    b.addEventListener("click", onClick);
    return b;
  }

  function checkVersions(ends) {
    var given = new URLSearchParams(location.search).get("v");
    if (!given || !ends) return;
    var versions = given.split("-");
    ends.forEach(function (block, i) {
      var version = versions[Math.min(i, versions.length - 1)];
      if (!block || !block.dataset.version || block.dataset.version === version) return;
      if (block.querySelector(":scope > .revised-note")) return;
      var note = document.createElement("span");
      note.className = "revised-note";
      note.dataset.ui = "";
      note.setAttribute("role", "note");
      note.textContent = "Revised since this link was made: the text below is not the one that was cited.";
      var anchor = block.querySelector(":scope > .anchor");
      if (anchor) anchor.after(note); else block.prepend(note);
    });
  }

  // -- quotations: selected words of the text, linked (a text fragment) or cited ----------
  function selectedQuote() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    var range = selection.getRangeAt(0);
    var from = range.startContainer.parentElement;
    var to = range.endContainer.parentElement;
    var first = from && from.closest(".document-text [data-para]");
    var last = to && to.closest(".document-text [data-para]");
    if (!first || !last || from.closest("[data-ui]") || to.closest("[data-ui]")) return null;
    var copy = range.cloneContents();
    copy.querySelectorAll("[data-ui], .visually-hidden").forEach(function (el) { el.remove(); });
    var text = copy.textContent.replace(/\s+/g, " ").trim();
    if (!text) return null;
    return { text: text, first: first, last: last, ends: first === last ? [first] : [first, last] };
  }

  // A text fragment's words, escaped as the syntax asks ("-", "," and "&" included)
  function fragmentText(text) {
    return encodeURIComponent(text).replace(/-/g, "%2D").replace(/,/g, "%2C");
  }

  function quoteLink(quote) {
    var words = quote.text.split(" ");
    var directive = words.length > 10
      ? fragmentText(words.slice(0, 4).join(" ")) + "," + fragmentText(words.slice(-4).join(" "))
      : fragmentText(quote.text);
    return linkTo(quote.ends) + ":~:text=" + directive;
  }

  function showQuoteTools() {
    document.querySelectorAll(".quote-tools").forEach(function (el) {
      if (!el.contains(document.activeElement)) el.remove();
    });
    var quote = selectedQuote();
    if (!quote || document.querySelector(".quote-tools")) return;
    var tools = document.createElement("span");
    tools.className = "quote-tools";
    tools.dataset.ui = "";
    tools.setAttribute("role", "group");
    tools.setAttribute("aria-label", "Selected words");
    tools.appendChild(button("Copy link to quote", function () {
      citing.copyLink(quoteLink(quote), "Link to the quotation copied");
    }));
    tools.appendChild(button("Cite quote", function () { citing.cite(quote.ends, quote.text); }));
    // pressing a button keeps the selection
    tools.addEventListener("mousedown", function (event) { event.preventDefault(); });
    quote.last.appendChild(tools);
  }

  function setUpQuotes() {
    var waiting = null;
    document.addEventListener("selectionchange", function () {
      window.clearTimeout(waiting);
      waiting = window.setTimeout(showQuoteTools, 150);
    });
  }

  // -- the reading list: passages kept in this browser for reading/index.html -------------
  var READING = "archive-reading-list";
  var READING_MOST = 200; // passages a list holds, as reading.js
  function addToReadingList(first, last) {
    var article = document.querySelector("article[data-document]");
    if (!article) return;
    var list;
    try { list = JSON.parse(localStorage.getItem(READING)); } catch (e) { list = null; }
    if (!list || !Array.isArray(list.items)) list = { title: "", note: "", questions: "", items: [] };
    if (list.items.length >= READING_MOST) {
      readingListFull(first, list.items.length);
      return;
    }
    list.items.push([article.dataset.document, first.id, last.id]);
    try {
      localStorage.setItem(READING, JSON.stringify(list));
      announce("Added to the reading list, which now holds " + list.items.length +
        (list.items.length === 1 ? " passage" : " passages"));
    } catch (e) {
      announce("This browser keeps no reading list here");
    }
  }

  // Said on the paragraph whose button was pressed, and to screen readers: nothing added.
  function readingListFull(block, count) {
    var message = "Not added: the reading list holds " + count + " passages, the most it " +
      "can. Remove some on the Reading list page to add others.";
    var note = block.querySelector(":scope > .reading-full") || document.createElement("span");
    note.className = "reading-full";
    note.dataset.ui = "";
    note.textContent = message;
    block.appendChild(note);
    announce(message);
  }

  // -- passages: an address ending #p3-p7 marks paragraphs 3 to 7 ------------------------
  // Either end may be any block's id, or a retired id that now lands on a block (as a
  // single anchor does). A reader marks a passage's start and end with "Mark passage".
  var PASSAGE = "in-passage";
  var passageStart = null; // the block where a passage being marked starts

  function blockOf(id) {
    var el = id && document.getElementById(id);
    return el && el.closest(".document-text .block");
  }

  // The blocks of a passage address (without "#"), in reading order, or null.
  function passageOf(fragment) {
    var all = Array.from(document.querySelectorAll(".document-text .block[id]"));
    for (var i = fragment.indexOf("-"); i > 0; i = fragment.indexOf("-", i + 1)) {
      var a = blockOf(fragment.slice(0, i));
      var b = blockOf(fragment.slice(i + 1));
      if (!a || !b) continue;
      var from = all.indexOf(a), to = all.indexOf(b);
      if (from < 0 || to < 0) continue;
      return all.slice(Math.min(from, to), Math.max(from, to) + 1);
    }
    return null;
  }

  function showPassage(scroll) {
    document.querySelectorAll("." + PASSAGE).forEach(function (el) { el.classList.remove(PASSAGE); });
    document.querySelectorAll(".passage-copy").forEach(function (el) { el.remove(); });
    var fragment;
    try { fragment = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    var quoted = fragment.indexOf(":~:") >= 0; // words to find, which the browser left here
    fragment = fragment.split(":~:")[0];
    if (document.getElementById(fragment)) { // a single anchor, which CSS marks as :target
      var block = blockOf(fragment);
      if (quoted && block) { // unless the browser does not know text fragments
        block.classList.add(PASSAGE);
        if (scroll) block.scrollIntoView({ block: "start" });
      }
      checkVersions([block]);
      return;
    }
    var passage = passageOf(fragment);
    if (!passage || !passage.length) return;
    checkVersions([passage[0], passage[passage.length - 1]]);
    passage.forEach(function (block) { block.classList.add(PASSAGE); });
    var first = passage[0], last = passage[passage.length - 1];
    var name = "¶ " + (first.dataset.para || first.id) + "–" + (last.dataset.para || last.id);
    var tools = first.querySelector(":scope > .para-tools");
    if (tools) {
      var copy = button("Copy link to passage", function () {
        citing.copyLink(linkTo([first, last]), "Link to passage " + name + " copied");
      }, "Copy link to passage " + name);
      copy.classList.add("passage-copy");
      tools.appendChild(copy);
      var add = button("Add passage to reading list", function () { addToReadingList(first, last); },
        "Add passage to reading list: " + name);
      add.classList.add("passage-copy");
      tools.appendChild(add);
      var cite = button("Cite passage", function () { citing.cite([first, last]); },
        "Cite passage " + name);
      cite.classList.add("passage-copy");
      tools.appendChild(cite);
    }
    if (scroll) first.scrollIntoView({ block: "start" });
  }

  function markPassage(block) {
    if (!passageStart || passageStart === block) {
      passageStart = block;
      announce("Passage starts at paragraph " + (block.dataset.para || block.id) +
        ": mark where it ends");
      return;
    }
    var fragment = passageStart.id + "-" + block.id;
    passageStart = null;
    history.replaceState(null, "", "#" + fragment);
    showPassage(false);
    var marked = document.querySelectorAll("." + PASSAGE);
    announce("Passage of " + marked.length + " blocks marked; its address is in the location bar");
  }

  // -- cards: a mention in the text opens, on click or Enter, a card about its entity ------
  // (written by the build in cards.js beside this script, read at the first click); a
  // second click, Escape or the card's Close button shuts it, and focus goes back to the
  // mention.
  var cardsLoading = null;
  function loadCards() {
    if (!cardsLoading) {
      cardsLoading = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = new URL("cards.js", self.src).href;
        tag.onload = function () { resolve(window.archiveCards || {}); };
        tag.onerror = reject;
        document.head.appendChild(tag);
      });
    }
    return cardsLoading;
  }

  function closeCard(mention, focus) {
    var card = document.getElementById(mention.getAttribute("aria-controls"));
    if (card) card.remove();
    mention.setAttribute("aria-expanded", "false");
    mention.removeAttribute("aria-controls");
    if (focus) mention.focus();
  }

  function part(className, text) {
    var span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    return span;
  }

  // [name, dates, description, uncertain, address from the site's root]
  function openCard(mention, about, n) {
    document.querySelectorAll(".document-text a.mention[aria-expanded='true']").forEach(function (m) {
      closeCard(m, false);
    });
    var card = document.createElement("span");
    card.className = "entity-card";
    card.id = "entity-card-" + n;
    card.setAttribute("role", "group");
    card.setAttribute("aria-label", "About " + about[0]);
    card.dataset.ui = "";
    var name = part("card-name", "");
    var link = document.createElement("a");
    link.href = new URL("../" + about[4], self.src).href;
    link.textContent = about[0];
    name.appendChild(link);
    if (about[1]) name.append(" ", part("card-dates", "(" + about[1] + ")"));
    card.appendChild(name);
    card.appendChild(part("card-text", about[2]));
    if (about[3]) card.appendChild(part("card-uncertain", "Uncertain: " + about[3]));
    card.appendChild(button("Close", function () { closeCard(mention, true); }, "Close card"));
    card.addEventListener("keydown", function (event) {
      if (event.key === "Escape") closeCard(mention, true);
    });
    mention.after(card);
    mention.setAttribute("aria-expanded", "true");
    mention.setAttribute("aria-controls", card.id);
    link.focus();
  }

  function setUpCards() {
    if (!self) return;
    document.querySelectorAll(".document-text a.mention[aria-describedby]").forEach(function (mention, n) {
      var id = mention.getAttribute("aria-describedby").replace(/^about-/, "");
      mention.setAttribute("aria-expanded", "false");
      mention.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        if (mention.getAttribute("aria-expanded") === "true") { closeCard(mention, false); return; }
        loadCards().then(function (cards) {
          if (cards[id]) openCard(mention, cards[id], n);
          else location.href = mention.href; // no card: the page, as without this script
        }, function () { location.href = mention.href; });
      });
      mention.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && mention.getAttribute("aria-expanded") === "true") {
          closeCard(mention, true);
        }
      });
    });
  }

  function setUpParagraphs() {
    var dialog = document.getElementById("cite-dialog");
    if (dialog) {
      dialog.querySelector(".close-button").addEventListener("click", function () { dialog.close(); });
    }
    document.querySelectorAll(".document-text [data-para]").forEach(function (block) {
      var number = block.dataset.para;
      var address = linkTo([block]);
      var tools = document.createElement("span");
      tools.className = "para-tools";
      tools.dataset.ui = "";
      tools.appendChild(button("Copy link", function () {
        citing.copyLink(address, "Link to paragraph " + number + " copied");
      }, "Copy link to paragraph " + number));
      if (dialog) {
        tools.appendChild(button("Cite", function () { citing.cite([block]); },
          "Cite paragraph " + number));
      }
      tools.appendChild(button("Mark passage", function () { markPassage(block); },
        "Mark passage start or end at paragraph " + number));
      tools.appendChild(button("Add to reading list", function () { addToReadingList(block, block); },
        "Add to reading list: paragraph " + number));
      block.appendChild(tools);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    citing.setUpCopyButtons(document);
    setUpParagraphs();
    setUpCards();
    setUpQuotes();
    showPassage(true);
  });
  window.addEventListener("hashchange", function () { showPassage(true); });
})();
