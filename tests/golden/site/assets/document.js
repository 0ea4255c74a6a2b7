// A document page's tools, on top of what reader.js does on every page. Each block's ¶ (or
// §) number opens a menu of its tools: copy its link, cite it, start or end a passage
// (#p3-p7), add it to the reading list, quote it. Selected words give a quotation's tools;
// names in the text open cards. Every action says what it did (citing.js `say`). The page
// reads fully without this script; it only adds controls.
(function () {
  "use strict";

  var self = document.currentScript;

  var citing = window.archiveCiting; // citing.js: addresses, copying and the cite dialog
  var say = citing.say, linkTo = citing.linkTo;

  function button(label, onClick, className) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    if (className) b.className = className;
    b.addEventListener("click", onClick);
    return b;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    el.className = className;
    el.dataset.ui = "";
    if (text) el.textContent = text;
    return el;
  }

  // A block without a number is named by its kind ("the heading"), as its class gives it.
  function kindOf(block) {
    var kind = /\bblock-(\w+)/.exec(block.className);
    return kind ? kind[1].replace(/_/g, " ") : "block";
  }

  // How the page names blocks and passages: shown ("¶9–¶11") and spoken ("paragraphs 9 to 11").
  function named(ends) {
    var numbers = ends.map(function (b) { return b.dataset.para; });
    if (numbers.every(Boolean)) {
      return numbers.length === 1 || numbers[0] === numbers[1]
        ? { shown: "¶" + numbers[0], spoken: "paragraph " + numbers[0] }
        : { shown: "¶" + numbers[0] + "–¶" + numbers[1], spoken: "paragraphs " + numbers[0] + " to " + numbers[1] };
    }
    var parts = ends.map(function (b) { return b.dataset.para ? "¶" + b.dataset.para : "the " + kindOf(b); });
    var words = ends.map(function (b) { return b.dataset.para ? "paragraph " + b.dataset.para : "the " + kindOf(b); });
    return parts.length === 1 || ends[0] === ends[1]
      ? { shown: parts[0], spoken: words[0] }
      : { shown: parts.join(" to "), spoken: words.join(" to ") };
  }

  function checkVersions(ends) {
    var given = new URLSearchParams(location.search).get("v");
    if (!given || !ends) return;
    var versions = given.split("-");
    ends.forEach(function (block, i) {
      var version = versions[Math.min(i, versions.length - 1)];
      if (!block || !block.dataset.version || block.dataset.version === version) return;
      noteOn(block, "revised-note",
        "Revised since this link was made: the text below is not the one that was cited.");
    });
  }

  // A note at the head of a block, once: a revision, or a retired anchor that lands here.
  function noteOn(block, className, text) {
    if (block.querySelector(":scope > ." + className)) return;
    var note = element("span", className, text);
    note.setAttribute("role", "note");
    var anchor = block.querySelector(":scope > .anchor");
    if (anchor) anchor.after(note); else block.prepend(note);
  }

  // -- popups: one menu or card at a time, laid over the text (never moving it), anchored
  // to what opened it; Escape (from anywhere), a click or tap outside it, or focus moving
  // elsewhere closes it.
  var popup = null; // { el, trigger }

  function openPopup(el, trigger, host) {
    closePopup(false);
    el.classList.add("popup");
    trigger.after(el);
    var lines = trigger.getClientRects(); // below the line where a wrapped name ends
    place(el, lines[lines.length - 1], host);
    trigger.setAttribute("aria-expanded", "true");
    trigger.setAttribute("aria-controls", el.id);
    document.documentElement.classList.add("popup-open");
    popup = { el: el, trigger: trigger };
  }

  function closePopup(focusTrigger) {
    if (!popup) return;
    var open = popup;
    popup = null;
    open.el.remove();
    open.trigger.setAttribute("aria-expanded", "false");
    open.trigger.removeAttribute("aria-controls");
    document.documentElement.classList.remove("popup-open");
    if (focusTrigger) open.trigger.focus();
  }

  // Below `rect` (a trigger's or a selection's), within the window's width; positioned
  // in `host`, the block (position: relative) that holds it.
  function place(el, rect, host) {
    var box = host.getBoundingClientRect();
    var width = el.offsetWidth;
    var view = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(rect.left, view - width - 8));
    el.style.left = (left - box.left) + "px";
    el.style.top = (rect.bottom - box.top + 4) + "px";
    var bar = document.querySelector(".passage-bar"); // fixed at the window's foot
    var below = el.getBoundingClientRect().bottom - window.innerHeight + (bar ? bar.offsetHeight : 0);
    if (below > 0) window.scrollBy(0, below + 8);
  }

  function setUpPopups() {
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      if (popup) {
        var within = popup.el.contains(document.activeElement) || popup.trigger === document.activeElement;
        closePopup(within);
      } else if (passageStart && !document.querySelector("dialog[open]")) {
        cancelPassage();
      }
    });
    document.addEventListener("pointerdown", function (event) {
      if (popup && !popup.el.contains(event.target) && !popup.trigger.contains(event.target)) {
        closePopup(false);
      }
    });
    document.addEventListener("focusin", function (event) {
      if (popup && !popup.el.contains(event.target) && popup.trigger !== event.target) {
        closePopup(false);
      }
    });
  }

  // -- a block's menu: its ¶ number (or §) is a link without this script; with it, a
  // button that opens the block's tools, moved through with the arrow keys.
  function menuFor(block) {
    var name = named([block]);
    var numbered = Boolean(block.dataset.para);
    var items = [];
    if (passageStart && passageStart !== block) {
      var ends = inOrder(passageStart, block);
      items.push(["End the passage here (" + named(ends).shown + ")", function () { endPassage(block); }]);
    }
    items.push(["Copy link", function () {
      citing.copyLink(linkTo([block]), name.shown, name.spoken);
    }]);
    if (numbered) items.push(["Cite…", function () { citing.cite([block]); }]);
    if (passageStart === block) {
      items.push(["Cancel the passage", cancelPassage]);
    } else if (!passageStart) {
      items.push(["Start a passage here", function () { startPassage(block); }]);
    }
    items.push(["Add to reading list", function () { addToReadingList([block]); }]);
    if (numbered) items.push(["Quote this paragraph", function () { quoteParagraph(block); }]);
    return items;
  }

  var menus = 0;
  function openMenu(block, trigger) {
    var menu = element("span", "block-menu");
    menu.id = "block-menu-" + (++menus);
    menu.setAttribute("role", "menu");
    menu.setAttribute("aria-label", block.dataset.para ? "Paragraph " + block.dataset.para : "This " + kindOf(block));
    var buttons = menuFor(block).map(function (item) {
      var b = button(item[0], function () {
        closePopup(true);
        item[1]();
      });
      b.setAttribute("role", "menuitem");
      b.tabIndex = -1;
      menu.appendChild(b);
      return b;
    });
    menu.addEventListener("keydown", function (event) {
      var at = buttons.indexOf(document.activeElement);
      var to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (event.key === "Tab") { closePopup(true); return; } // Tab goes on from the trigger
      if (to === undefined) return;
      event.preventDefault();
      buttons[(to + buttons.length) % buttons.length].focus();
    });
    openPopup(menu, trigger, block);
    buttons[0].focus();
  }

  function setUpBlocks() {
    var dialog = document.getElementById("cite-dialog");
    if (dialog) {
      dialog.querySelector(".close-button").addEventListener("click", function () { dialog.close(); });
    }
    document.querySelectorAll(".document-text .block > .anchor").forEach(function (trigger) {
      var block = trigger.parentElement;
      trigger.setAttribute("role", "button");
      trigger.setAttribute("aria-haspopup", "menu");
      trigger.setAttribute("aria-expanded", "false");
      if (!block.dataset.para) trigger.setAttribute("aria-label", "This " + kindOf(block) + ": tools");
      trigger.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // a link still
        event.preventDefault();
        if (popup && popup.trigger === trigger) closePopup(false);
        else openMenu(block, trigger);
      });
      trigger.addEventListener("keydown", function (event) {
        if (event.key === " " || event.key === "ArrowDown") {
          event.preventDefault();
          openMenu(block, trigger);
        }
      });
    });
  }

  // -- quotations: selected words of the text, linked (a text fragment), cited or listed --
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
    var rects = range.getClientRects();
    return {
      text: text, first: first, last: last, ends: first === last ? [first] : [first, last],
      rect: rects.length ? rects[rects.length - 1] : last.getBoundingClientRect()
    };
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
    if (!quote || document.querySelector(".quote-tools")) return null;
    var name = named(quote.ends);
    var tools = element("span", "quote-tools");
    tools.setAttribute("role", "group");
    tools.setAttribute("aria-label", "Quotation from " + name.spoken);
    tools.append(
      button("Copy link to quote", function () {
        citing.copyLink(quoteLink(quote), "the quotation from " + name.shown,
          "the quotation from " + name.spoken);
      }),
      button("Cite quote", function () { citing.cite(quote.ends, quote.text); }),
      button("Add quote to reading list", function () { addToReadingList(quote.ends, quote.text); })
    );
    // pressing a button keeps the selection
    tools.addEventListener("mousedown", function (event) { event.preventDefault(); });
    quote.last.appendChild(tools);
    place(tools, quote.rect, quote.last);
    return tools;
  }

  // The keyboard's way to quote: the paragraph's words selected, and their tools focused.
  function quoteParagraph(block) {
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest("[data-ui], .visually-hidden") || !node.nodeValue.trim()
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var first = walker.nextNode(), last = first;
    while (walker.nextNode()) last = walker.currentNode;
    if (!first) return;
    var range = document.createRange();
    range.setStart(first, first.nodeValue.search(/\S/));
    range.setEnd(last, last.nodeValue.replace(/\s+$/, "").length);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    var tools = showQuoteTools();
    if (!tools) return;
    tools.querySelector("button").focus();
    say("¶" + block.dataset.para + " selected to quote",
      "Paragraph " + block.dataset.para + " selected to quote: its link, citation and reading list follow");
  }

  function setUpQuotes() {
    var waiting = null;
    document.addEventListener("selectionchange", function () {
      window.clearTimeout(waiting);
      waiting = window.setTimeout(showQuoteTools, 150);
    });
  }

  // One line above the text saying where the tools are, until the reader dismisses it.
  var HINT = "archive-hint-dismissed";
  function setUpHint() {
    var text = document.querySelector(".document-text");
    try { if (localStorage.getItem(HINT)) return; } catch (e) { /* no storage: shown */ }
    if (!text || !text.querySelector("[data-para]")) return;
    var hint = element("p", "tools-hint",
      "Tip: select words to quote them; a ¶ number opens its paragraph’s tools. ");
    var dismiss = button("×", function () {
      try { localStorage.setItem(HINT, "1"); } catch (e) { /* not kept */ }
      hint.remove();
      citing.announce("Tip dismissed");
    }, "hint-dismiss");
    dismiss.setAttribute("aria-label", "Dismiss the tip");
    hint.appendChild(dismiss);
    text.before(hint);
  }

  // -- the reading list: kept in this browser for reading/index.html, in the form
  // list-format.js gives it. An item keeps the ?v= token of a copied link to the same
  // blocks, so that its link on the Reading list page tells of a revision.
  var format = window.archiveListFormat;

  function readingItem(ends, quote) {
    var article = document.querySelector("article[data-document]");
    return format.item(article.dataset.document, ends[0].id, ends[ends.length - 1].id,
      citing.versionOf(ends), quote);
  }

  function addToReadingList(ends, quote) {
    var name = named(ends);
    if (quote && quote.length > format.LIMITS.quote) {
      say("Not added: a quotation in the list holds at most " + format.LIMITS.quote.toLocaleString("en") +
        " characters; add the passage instead");
      return;
    }
    var what = quote ? { shown: "the quotation from " + name.shown, spoken: "the quotation from " + name.spoken } : name;
    var stored = format.add(readingItem(ends, quote));
    var items = stored.count + (stored.count === 1 ? " item" : " items");
    if (stored.outcome === "added") {
      say("Added " + what.shown + " to your reading list: " + items,
        "Added " + what.spoken + " to your reading list, which now holds " + items);
    } else if (stored.outcome === "already") {
      var already = what.shown.charAt(0).toUpperCase() + what.shown.slice(1);
      say(already + " is already in your reading list: " + items,
        what.spoken + " is already in your reading list, which holds " + items);
    } else if (stored.outcome === "full") {
      readingListFull(ends[ends.length - 1], stored.count);
    } else {
      say("Not added: this browser keeps no reading list here");
    }
  }

  // Said on the paragraph the reader acted on, and at the foot of the window: nothing added.
  function readingListFull(block, count) {
    var message = "Not added: the reading list holds " + count + " passages, the most it " +
      "can. Remove some on the Reading list page to add others.";
    var note = block.querySelector(":scope > .reading-full") || element("span", "reading-full");
    note.textContent = message;
    block.appendChild(note);
    say(message);
  }

  // -- passages: an address ending #p3-p7 marks paragraphs 3 to 7 ------------------------
  // Either end may be any block's id, or a retired id that now lands on a block (as a
  // single anchor does). A reader marks one from two blocks' menus: its start, its end.
  var PASSAGE = "in-passage";
  var passageStart = null; // the block where a passage being marked starts

  function blockOf(id) {
    var el = id && document.getElementById(id);
    return el && el.closest(".document-text .block");
  }

  function allBlocks() {
    return Array.from(document.querySelectorAll(".document-text .block[id]"));
  }

  function inOrder(a, b) {
    var all = allBlocks();
    return all.indexOf(a) <= all.indexOf(b) ? [a, b] : [b, a];
  }

  // A passage address's ends (without "#"): the blocks of its first reading that names
  // two blocks, in reading order; else what it names that is missing.
  function passageOf(fragment) {
    var missing = null;
    for (var i = fragment.indexOf("-"); i > 0; i = fragment.indexOf("-", i + 1)) {
      var ids = [fragment.slice(0, i), fragment.slice(i + 1)];
      var ends = ids.map(blockOf);
      if (ends[0] && ends[1]) {
        var all = allBlocks();
        var from = all.indexOf(ends[0]), to = all.indexOf(ends[1]);
        return { blocks: all.slice(Math.min(from, to), Math.max(from, to) + 1), ends: ends };
      }
      var looks = ids.map(function (id, n) { return ends[n] || /^p\d+$/.test(id); });
      if (!missing && looks[0] && looks[1]) {
        missing = ids.filter(function (id, n) { return !ends[n]; });
      }
    }
    return { missing: missing };
  }

  function clearPassage() {
    document.querySelectorAll("." + PASSAGE).forEach(function (el) { el.classList.remove(PASSAGE); });
    document.querySelectorAll(".passage-tools, .anchor-missing").forEach(function (el) { el.remove(); });
  }

  // The address's place: a block, a passage, a retired anchor (said where it now lands),
  // or nothing (said so). `chosen`, a block the reader just chose as a passage's end.
  function showAddress(scroll, chosen) {
    clearPassage();
    var fragment;
    try { fragment = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    var quoted = fragment.indexOf(":~:") >= 0; // words to find, which the browser left here
    fragment = fragment.split(":~:")[0];
    if (!fragment) return;
    var target = document.getElementById(fragment);
    if (target) { // a single anchor, which CSS marks as :target
      var block = blockOf(fragment);
      if (quoted && block) { // unless the browser does not know text fragments
        block.classList.add(PASSAGE);
        if (scroll) block.scrollIntoView({ block: "start" });
      }
      if (target.classList.contains("anchor-alias")) landedOn(fragment, block);
      checkVersions([block]);
      return;
    }
    var passage = passageOf(fragment);
    if (!passage.blocks) {
      anchorMissing(passage.missing || [fragment], fragment);
      return;
    }
    var first = passage.blocks[0], last = passage.blocks[passage.blocks.length - 1];
    fragment.split("-").forEach(function (id) {
      var alias = document.getElementById(id);
      if (alias && alias.classList.contains("anchor-alias")) landedOn(id, blockOf(id));
    });
    checkVersions([first, last]);
    passage.blocks.forEach(function (b) { b.classList.add(PASSAGE); });
    var tools = passageTools([first, last]);
    if (chosen === last) last.after(tools); else first.before(tools);
    if (scroll) tools.scrollIntoView({ block: "start" });
    if (chosen) {
      tools.querySelector("button").focus({ preventScroll: true });
      tools.scrollIntoView({ block: "center" }); // clear of the message at the window's foot
    }
  }

  // A retired anchor (an alias in the register) that now lands on `block`.
  function landedOn(id, block) {
    if (!block) return;
    var now = block.dataset.para ? "¶" + block.dataset.para : "this " + kindOf(block);
    noteOn(block, "moved-note", "The text this link named (#" + id + ") was withdrawn or " +
      "moved: the link now leads here, to " + now + ".");
  }

  // Said at the top of the page: what the address names that this document does not have.
  function anchorMissing(ids, fragment) {
    var count = document.querySelectorAll(".document-text [data-para]").length;
    var names = ids.map(function (id) {
      var number = /^p(\d+)$/.exec(id);
      return number ? "¶" + number[1] : "“#" + id + "”";
    });
    var message = names.join(" and ") + (names.length > 1 ? " are" : " is") +
      " not in this document; it has " + count + (count === 1 ? " paragraph." : " paragraphs.");
    if (ids.length && ids[0] !== fragment) message += " The passage #" + fragment + " is not marked.";
    var note = element("p", "anchor-missing", message);
    note.setAttribute("role", "alert");
    var article = document.querySelector("article.document");
    if (article) article.before(note);
  }

  // The passage's own tools: its name (and in print, its public address) and buttons.
  function passageTools(ends) {
    var name = named(ends);
    var tools = element("div", "passage-tools");
    tools.setAttribute("role", "group");
    tools.setAttribute("aria-label", "Passage " + name.shown);
    var label = element("span", "passage-name", "Passage " + name.shown);
    if (citing.publicAddress()) {
      label.appendChild(element("span", "print-only", ": " + linkTo(ends)));
    }
    tools.append(label,
      button("Copy link", function () { citing.copyLink(linkTo(ends), name.shown, name.spoken); }),
      button("Cite", function () { citing.cite(ends); }),
      button("Add to reading list", function () { addToReadingList(ends); }),
      button("Clear", function () {
        var back = ends[0].querySelector(":scope > .anchor");
        history.replaceState(null, "", location.pathname + location.search);
        clearPassage();
        citing.announce("Passage " + name.spoken + " cleared");
        if (back) back.focus();
      })
    );
    return tools;
  }

  function startPassage(block) {
    cancelPassage(true);
    passageStart = block;
    block.classList.add("passage-start");
    var name = named([block]);
    var bar = element("div", "passage-bar");
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "Passage being marked");
    bar.append(element("span", "", "Passage from " + name.shown + ": choose the last paragraph"), " · ",
      button("Cancel", function () {
        var back = block.querySelector(":scope > .anchor");
        cancelPassage();
        if (back) back.focus();
      }));
    block.after(bar);
    document.body.classList.add("passage-pending");
    citing.say("Passage from " + name.shown + ": choose the last paragraph",
      "Passage starts at " + name.spoken + ": open the menu of its last paragraph and end it there", true);
  }

  function cancelPassage(quietly) {
    if (!passageStart) return;
    var was = passageStart;
    passageStart = null;
    was.classList.remove("passage-start");
    document.querySelectorAll(".passage-bar").forEach(function (el) { el.remove(); });
    document.body.classList.remove("passage-pending");
    if (quietly !== true) citing.announce("Passage from " + named([was]).spoken + " cancelled");
  }

  function endPassage(block) {
    var ends = inOrder(passageStart, block);
    cancelPassage(true);
    history.replaceState(null, "", "#" + ends[0].id + "-" + ends[1].id);
    showAddress(false, block);
    var name = named(ends);
    say("Passage " + name.shown + " marked: its address is in the address bar",
      "Passage " + name.spoken + " marked: its address is in the address bar");
  }

  // -- cards: a mention in the text opens, on click or Enter, a card about its entity ------
  // (written by the build in cards.js beside this script, read at the first click), laid
  // over the text below the name; a second click, Escape or the card's Close button shuts
  // it, and focus goes back to the mention.
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

  function part(className, text) {
    var span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    return span;
  }

  // about: the entity's card in cards.js (name, dates, description, uncertain, and href,
  // the address of its page from the site's root)
  function openCard(mention, about, n) {
    var card = element("span", "entity-card");
    card.id = "entity-card-" + n;
    card.setAttribute("role", "dialog");
    card.setAttribute("aria-label", "About " + about.name);
    var name = part("card-name", "");
    var link = document.createElement("a");
    link.href = new URL("../" + about.href, self.src).href;
    link.textContent = about.name;
    name.appendChild(link);
    if (about.dates) name.append(" ", part("card-dates", "(" + about.dates + ")"));
    card.appendChild(name);
    card.appendChild(part("card-text", about.description));
    if (about.uncertain) card.appendChild(part("card-uncertain", "Uncertain: " + about.uncertain));
    var close = button("Close", function () { closePopup(true); });
    close.setAttribute("aria-label", "Close card");
    card.appendChild(close);
    openPopup(card, mention, mention.closest(".block"));
    link.focus();
  }

  function setUpCards() {
    if (!self) return;
    document.querySelectorAll(".document-text a.mention[data-entity]").forEach(function (mention, n) {
      var id = mention.getAttribute("data-entity");
      mention.setAttribute("aria-expanded", "false");
      mention.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        if (popup && popup.trigger === mention) { closePopup(false); return; }
        loadCards().then(function (cards) {
          if (cards[id]) openCard(mention, cards[id], n);
          else location.href = mention.href; // no card: the page, as without this script
        }, function () { location.href = mention.href; });
      });
    });
  }

  // "Skip to the text" lands on the text's first block: the next Tab is in it.
  function setUpSkip() {
    var skip = document.querySelector("a.skip");
    var first = document.querySelector(".document-text .block");
    if (!skip || !first) return;
    skip.addEventListener("click", function (event) {
      event.preventDefault();
      first.tabIndex = -1;
      first.focus();
      first.addEventListener("blur", function () { first.removeAttribute("tabindex"); }, { once: true });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    citing.setUpCopyButtons(document);
    setUpPopups();
    setUpBlocks();
    setUpCards();
    setUpQuotes();
    setUpHint();
    setUpSkip();
    showAddress(true);
  });
  window.addEventListener("hashchange", function () { showAddress(true); });
})();
