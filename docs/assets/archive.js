/* Summit Archive: annotation notes that also open on keyboard focus, and the Pagefind search page.
 *
 * Loaded on every page (mkdocs.yml extra_javascript) as a classic script. The site root is found from
 * this script's own URL (assets/archive.js), so the site works on any host and under any subpath.
 */
(function () {
  "use strict";

  const SITE_ROOT = new URL("../", document.currentScript ? document.currentScript.src : location.href);

  /* ---- annotations: notes beside the text ----------------------------------------------------- */

  // Without this script each note is a popover opened by its number. With it, the highlighted quote is the
  // control (keyboard reachable, role=button) and the number stays as a reference:
  // - wide screens: every note sits in the margin level with its quote, pushed down only as far as the note
  //   above it needs (Tufte-style side notes); quote and note light each other up on hover and focus;
  // - narrow screens: tapping the quote (or its number) opens the note inline under its paragraph.
  const WIDE = window.matchMedia("(min-width: 76.25em)");
  const NOTE_GAP = 12; // px between two notes in the margin

  function setUpNotes() {
    const article = document.querySelector(".sa-article");
    if (!article) return;
    const pairs = [];
    for (const mark of article.querySelectorAll("mark.sa-quote[id^='quote-']")) {
      const id = mark.id.slice("quote-".length);
      const note = document.getElementById(`note-${id}`);
      const marker = article.querySelector(`button.sa-marker[popovertarget="note-${CSS.escape(id)}"]`);
      if (!note || !marker) continue;
      pairs.push({ id, mark, note, marker, home: mark.closest("p, h2, li") || mark.parentElement });
    }
    if (!pairs.length) return;
    const margin = element("div", { class: "sa-margin", "data-pagefind-ignore": true });
    article.querySelector(".sa-text").after(margin);
    article.classList.add("sa-has-notes");

    for (const pair of pairs) {
      const { mark, note, marker } = pair;
      note.removeAttribute("popover");
      marker.removeAttribute("popovertarget");
      marker.dataset.note = note.id;
      marker.tabIndex = -1; // one keyboard stop a note: the quote itself
      mark.tabIndex = 0;
      mark.setAttribute("role", "button");
      mark.setAttribute("aria-controls", note.id);
      mark.setAttribute("aria-describedby", note.id);
      const light = (on) => {
        mark.classList.toggle("sa-lit", on);
        note.classList.toggle("sa-lit", on);
        marker.classList.toggle("sa-lit", on);
      };
      for (const target of [mark, marker, note]) {
        target.addEventListener("mouseenter", () => light(true));
        target.addEventListener("mouseleave", () => light(target.contains(document.activeElement)));
        target.addEventListener("focusin", () => light(true));
        target.addEventListener("focusout", (event) => {
          if (![mark, marker, note].some((t) => t.contains(event.relatedTarget))) light(false);
        });
      }
      const activate = (event) => {
        event.preventDefault();
        if (WIDE.matches) {
          light(true);
          note.scrollIntoView({ block: "nearest" });
        } else {
          toggleInline(pair, note.hidden);
        }
      };
      mark.addEventListener("click", activate);
      marker.addEventListener("click", activate);
      mark.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") activate(event);
      });
      note.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && !WIDE.matches) {
          toggleInline(pair, false);
          mark.focus();
        }
      });
    }

    function toggleInline(pair, open) {
      pair.note.hidden = !open;
      pair.mark.setAttribute("aria-expanded", open ? "true" : "false");
      pair.marker.setAttribute("aria-expanded", open ? "true" : "false");
    }

    // Margin notes: each level with its quote, or just below the note above it.
    function layOutMargin() {
      const top0 = margin.getBoundingClientRect().top;
      let floor = 0;
      const placed = pairs
        .map((pair) => ({ pair, want: pair.mark.getClientRects()[0]?.top - top0 || 0 }))
        .sort((a, b) => a.want - b.want);
      for (const { pair, want } of placed) {
        const top = Math.max(want, floor);
        pair.note.style.top = `${top}px`;
        floor = top + pair.note.offsetHeight + NOTE_GAP;
      }
      margin.style.minHeight = `${floor}px`;
    }

    function arrange() {
      if (WIDE.matches) {
        for (const pair of pairs) {
          pair.note.hidden = false;
          pair.note.classList.add("sa-note--margin");
          pair.note.classList.remove("sa-note--inline");
          pair.mark.removeAttribute("aria-expanded");
          pair.marker.removeAttribute("aria-expanded");
          margin.append(pair.note);
        }
        layOutMargin();
      } else {
        for (const pair of pairs) {
          pair.note.classList.remove("sa-note--margin");
          pair.note.classList.add("sa-note--inline");
          pair.note.style.top = "";
          // Under its paragraph, after any note already there for an earlier quote of the same paragraph.
          let after = pair.home;
          while (after.nextElementSibling && after.nextElementSibling.classList.contains("sa-note--inline")) {
            after = after.nextElementSibling;
          }
          if (after !== pair.note) after.after(pair.note);
          toggleInline(pair, false);
        }
      }
    }
    arrange();
    WIDE.addEventListener("change", arrange);
    // Anything that moves the text (the facts card opening, fonts, a resize) moves the notes with it.
    let frame = 0;
    const relayout = () => {
      if (!WIDE.matches) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(layOutMargin);
    };
    new ResizeObserver(relayout).observe(article);
    for (const details of article.querySelectorAll("details")) details.addEventListener("toggle", relayout);
  }

  // The facts card is open beside wide screens' room, and one tap away on phones (the first screen holds text).
  function setUpFacts() {
    const facts = document.querySelector("details.sa-facts");
    if (facts && WIDE.matches) facts.open = true;
  }

  /* ---- annotating: select words, choose "Annotate", get a ready sidecar entry ------------------- */

  // A faithful port of archive/annotate.py (fold, find_quote): the entry offered here anchors exactly as the
  // build will anchor it. Offsets are UTF-16 code units here (code points in Python); only the strings
  // (quote, prefix, suffix) leave this code, so the difference never shows.
  const FOLD_MAP = new Map([
    ..."\u2018\u2019\u201a\u201b\u2032\u0060\u00b4".split("").map((c) => [c, "'"]),
    ..."\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb".split("").map((c) => [c, '"']),
    ..."\u2010\u2011\u2012\u2013\u2014\u2015\u2212".split("").map((c) => [c, "-"]),
  ]);
  // The same whitespace as archive.annotate.WHITESPACE (listed, so Python's and JavaScript's \s can't differ).
  const WHITESPACE = "\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
  const WHITESPACE_RUN = new RegExp(`[${WHITESPACE}]+`, "g");
  const isSpace = (c) => new RegExp(`^[${WHITESPACE}]$`).test(c);
  const rstrip = (t) => t.replace(new RegExp(`[${WHITESPACE}]+$`), "");
  const lstrip = (t) => t.replace(new RegExp(`^[${WHITESPACE}]+`), "");
  const strip = (t) => lstrip(rstrip(t));

  function translate(text) {
    let out = "";
    for (const c of text) out += FOLD_MAP.get(c) ?? c;
    return out;
  }

  function fold(text) {
    const translated = translate(text);
    let folded = "";
    const where = [];
    let i = 0;
    while (i < translated.length) {
      if (isSpace(translated[i])) {
        folded += " ";
        where.push(i);
        while (i < translated.length && isSpace(translated[i])) i++;
      } else {
        folded += translated[i];
        where.push(i);
        i++;
      }
    }
    return { folded, where };
  }

  const foldOnly = (text) => translate(text).replace(WHITESPACE_RUN, " ");

  function occurrences(text, quote) {
    const starts = [];
    let i = quote ? text.indexOf(quote) : -1;
    while (i !== -1) {
      starts.push(i);
      i = text.indexOf(quote, i + quote.length);
    }
    return starts;
  }

  // find_quote(text, spans, quote, prefix, suffix) -> [[start, end], ...]; spans are [number, lo, hi].
  function anchorQuote(text, spans, quote, prefix = "", suffix = "") {
    const withinALine = (start, end) => spans.some(([, lo, hi]) => lo <= start && end <= hi);
    let found = occurrences(text, quote).map((s) => [s, s + quote.length]);
    found = found.filter(([s, e]) => withinALine(s, e));
    if (prefix) found = found.filter(([s]) => rstrip(text.slice(0, s)).endsWith(rstrip(prefix)));
    if (suffix) found = found.filter(([, e]) => lstrip(text.slice(e)).startsWith(lstrip(suffix)));
    if (found.length) return found;
    const { folded, where } = fold(text);
    const foldedQuote = strip(foldOnly(quote));
    const foldedPrefix = strip(foldOnly(prefix));
    const foldedSuffix = strip(foldOnly(suffix));
    const out = [];
    for (const f of occurrences(folded, foldedQuote)) {
      const fEnd = f + foldedQuote.length;
      const start = where[f];
      const end = where[fEnd - 1] + 1;
      if (!withinALine(start, end)) continue;
      if (foldedPrefix && !rstrip(folded.slice(0, f)).endsWith(foldedPrefix)) continue;
      if (foldedSuffix && !lstrip(folded.slice(fEnd)).startsWith(foldedSuffix)) continue;
      out.push([start, end]);
    }
    return out;
  }

  // The clean text's lines, as archive.model.clean_text joins them: "\n\n" between lines, "\n" at the end.
  function spansOf(text) {
    const spans = [];
    let pos = 0;
    text
      .slice(0, -1)
      .split("\n\n")
      .forEach((line, i) => {
        spans.push([i, pos, pos + line.length]);
        pos += line.length + 2;
      });
    return spans;
  }

  // The fewest words before (or after) the quote that make it pick the chosen place, as the build checks.
  function contextFor(text, spans, start, end) {
    const quote = text.slice(start, end);
    const picks = (prefix, suffix) => {
      const found = anchorQuote(text, spans, quote, prefix, suffix);
      return found.length === 1 && found[0][0] === start && found[0][1] === end;
    };
    if (picks("", "")) return { prefix: "", suffix: "" };
    const [, lo, hi] = spans.find(([, l, h]) => l <= start && end <= h);
    const before = text.slice(lo, start);
    const after = text.slice(end, hi);
    const words = (t) => [...t.matchAll(new RegExp(`[^${WHITESPACE}]+`, "g"))];
    const prefixes = words(before)
      .reverse()
      .map((m) => strip(before.slice(m.index)));
    const suffixes = words(after).map((m) => strip(after.slice(0, m.index + m[0].length)));
    for (const prefix of prefixes) if (picks(prefix, "")) return { prefix, suffix: "" };
    for (const suffix of suffixes) if (picks("", suffix)) return { prefix: "", suffix };
    for (const prefix of prefixes) for (const suffix of suffixes) if (picks(prefix, suffix)) return { prefix, suffix };
    return null;
  }

  const yamlString = (value) => JSON.stringify(value); // a JSON string is a YAML double-quoted scalar

  function annotationId(quote, taken) {
    const words = quote
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .match(/[a-z0-9]+/g) || ["note"];
    let id = "";
    for (const word of words) {
      const next = id ? `${id}-${word}` : word;
      if (next.length > 40) break;
      id = next;
    }
    id = id || "note";
    let unique = id;
    for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
    return unique;
  }

  function sidecarEntry({ id, quote, prefix, suffix, today }) {
    const lines = [`  - id: ${id}`, `    quote: ${yamlString(quote)}`];
    if (prefix) lines.push(`    prefix: ${yamlString(prefix)}`);
    if (suffix) lines.push(`    suffix: ${yamlString(suffix)}`);
    lines.push(
      "    kind: context",
      "    note: >-",
      "      Write your note here, in Markdown: *emphasis*, [links](https://example.org/) to http(s) pages.",
      '    author: "Your name"',
      `    created: "${today}"`,
      "    sources:",
      "      - https://example.org/your-source",
    );
    return `${lines.join("\n")}\n`;
  }

  // The text of a paragraph as the build wrote it: without the note numbers (and notes) the page adds.
  function textNodesOf(block) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement.closest(".sa-marker, .sa-note") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    return nodes;
  }

  // A selection boundary as an offset into the paragraph's text: the length of the text nodes before it.
  function offsetIn(nodes, container, offset) {
    let pos = 0;
    for (const node of nodes) {
      if (node === container) return pos + offset;
      const whole = document.createRange();
      whole.selectNodeContents(node);
      if (whole.comparePoint(container, offset) <= 0) return pos; // the boundary comes before this node
      pos += node.data.length;
    }
    return pos;
  }

  async function setUpAnnotating() {
    const textBox = document.querySelector(".sa-article .sa-text");
    const textLink = document.querySelector('.sa-source a[href$=".txt"]');
    const editLink = document.querySelector(".sa-suggest a");
    if (!textBox || !textLink) return;
    let clean = null;
    const loadText = async () => {
      if (clean === null) {
        const response = await fetch(textLink.href);
        clean = response.ok ? await response.text() : "";
      }
      return clean;
    };

    const button = element("button", { type: "button", class: "sa-annotate-button md-button md-button--primary", hidden: true }, "Annotate");
    textBox.append(button);
    const panel = element("section", { class: "sa-annotate-panel", "aria-labelledby": "sa-annotate-title", hidden: true, "data-pagefind-ignore": true });
    textBox.closest(".sa-article").after(panel);

    let chosen = null;
    function currentChoice() {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
      const range = selection.getRangeAt(0);
      const block = (range.commonAncestorContainer.nodeType === Node.ELEMENT_NODE ? range.commonAncestorContainer : range.commonAncestorContainer.parentElement).closest(".sa-text > p, .sa-text > h2");
      if (!block) return null; // one paragraph at a time, as the build requires
      const nodes = textNodesOf(block);
      const whole = nodes.map((n) => n.data).join("");
      let from = offsetIn(nodes, range.startContainer, range.startOffset);
      let to = offsetIn(nodes, range.endContainer, range.endOffset);
      while (from < to && isSpace(whole[from])) from++;
      while (to > from && isSpace(whole[to - 1])) to--;
      if (to <= from) return null;
      const blocks = [...textBox.querySelectorAll(":scope > p, :scope > h2")];
      return { block, whole, from, to, index: blocks.indexOf(block), blocks, rect: range.getBoundingClientRect() };
    }

    function placeButton() {
      chosen = currentChoice();
      if (!chosen) {
        button.hidden = true;
        return;
      }
      // Right after the selected paragraph in the page's order, so Tab from a selection reaches it next (a
      // keyboard selection needs caret browsing; typing the words, below, needs nothing).
      if (button.previousElementSibling !== chosen.block) chosen.block.after(button);
      button.hidden = false;
      const frame = (button.offsetParent || document.body).getBoundingClientRect();
      button.style.top = `${chosen.rect.bottom - frame.top + 6}px`;
      button.style.left = `${Math.max(8 - frame.left, Math.min(chosen.rect.left, document.documentElement.clientWidth - 120) - frame.left)}px`;
    }
    document.addEventListener("selectionchange", () => {
      clearTimeout(placeButton.timer);
      placeButton.timer = setTimeout(placeButton, 150);
    });

    async function annotate() {
      const choice = chosen || currentChoice();
      if (!choice) return;
      const text = await loadText();
      const spans = spansOf(text);
      // The page's paragraphs are the clean text's lines after the title, in order.
      const lines = spans.map(([, lo, hi]) => text.slice(lo, hi));
      let line = -1;
      let cursor = 0;
      for (const block of choice.blocks) {
        const blockText = textNodesOf(block).map((n) => n.data).join("");
        const at = lines.indexOf(blockText, cursor);
        if (at === -1) continue;
        cursor = at + 1;
        if (block === choice.block) line = at;
      }
      panel.replaceChildren();
      panel.hidden = false;
      const title = element("h2", { id: "sa-annotate-title" }, "Your annotation");
      panel.append(title);
      if (line === -1) {
        panel.append(element("p", {}, "This passage could not be found in the article's clean text; select words inside one paragraph."));
        return;
      }
      showEntry(text, spans, spans[line][1] + choice.from, spans[line][1] + choice.to);
    }

    // The entry for text[start:end] of the clean text, with the fewest words of context the build needs.
    function showEntry(text, spans, start, end) {
      const context = contextFor(text, spans, start, end);
      if (!context) {
        panel.append(element("p", {}, "These words occur elsewhere in exactly the same surroundings; select a few more words."));
        return;
      }
      const taken = new Set([...document.querySelectorAll("mark.sa-quote[id^='quote-']")].map((m) => m.id.slice(6)));
      const entry = sidecarEntry({
        id: annotationId(text.slice(start, end), taken),
        quote: text.slice(start, end),
        prefix: context.prefix,
        suffix: context.suffix,
        today: new Date().toISOString().slice(0, 10),
      });
      const hasList = taken.size > 0;
      const code = element("textarea", { class: "sa-annotate-entry", readonly: true, rows: entry.split("\n").length, "aria-label": "Sidecar entry", spellcheck: "false" }, entry);
      code.value = entry;
      const copy = element("button", { type: "button", class: "md-button md-button--primary sa-annotate-copy" }, "Copy");
      const copied = element("span", { class: "sa-annotate-status", role: "status" });
      copy.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(code.value);
        } catch (_) {
          code.select();
          document.execCommand("copy");
        }
        copied.textContent = "Copied.";
      });
      panel.append(
        element(
          "p",
          {},
          hasList
            ? "Add this entry at the end of the sidecar's annotations: list, write your note, name and sources, then run the check."
            : "Add a line annotations: at the end of the sidecar, this entry under it, write your note, name and sources, then run the check.",
        ),
        code,
        element("p", { class: "sa-annotate-actions" }, copy, " ", copied, " ", editLink ? element("a", { href: editLink.href, rel: "nofollow" }, "Open this article's sidecar for editing") : null),
      );
      button.hidden = true;
      code.focus();
    }
    button.addEventListener("mousedown", (event) => event.preventDefault()); // keep the selection
    button.addEventListener("click", annotate);

    // Without a mouse: type (or paste) the words instead of selecting them; the same entry follows.
    const words = element("input", { type: "text", id: "sa-annotate-words", autocomplete: "off", spellcheck: "false" });
    const form = element(
      "form",
      { class: "sa-annotate-words", "data-pagefind-ignore": true },
      element("label", { for: "sa-annotate-words" }, "Or type the words to annotate (from one paragraph): "),
      words,
      " ",
      element("button", { type: "submit", class: "md-button md-button--primary sa-annotate-words-button" }, "Annotate"),
    );
    (document.querySelector(".sa-suggest") || panel).after(form);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = await loadText();
      const spans = spansOf(text);
      const found = anchorQuote(text, spans, words.value.trim());
      panel.replaceChildren(element("h2", { id: "sa-annotate-title" }, "Your annotation"));
      panel.hidden = false;
      if (found.length !== 1) {
        const why = found.length ? `These words occur ${found.length} times in the article; type a few more words around the ones you mean.` : "These words are not in the article's text (inside one paragraph); check them, or type fewer.";
        const message = element("p", { role: "alert" }, why);
        panel.append(message);
        words.focus();
        return;
      }
      showEntry(text, spans, found[0][0], found[0][1]);
    });
  }

  window.SummitArchive = { fold, anchorQuote, spansOf, contextFor, sidecarEntry };

  /* ---- Material's menu button is a <label>: Tab reaches it (header.html), keys press it ------ */

  // Material clicks a focused <label> on Enter; Space does the same here, as on any button. Opening the
  // drawer from the keyboard moves focus into it; Escape closes it and returns to the button.
  function setUpDrawerButton() {
    const button = document.querySelector(".sa-drawer-button");
    const drawer = document.getElementById("__drawer");
    if (!button || !drawer) return;
    const sync = () => button.setAttribute("aria-expanded", drawer.checked ? "true" : "false");
    button.addEventListener("keydown", (event) => {
      if (event.key !== " ") return;
      event.preventDefault();
      button.click();
    });
    drawer.addEventListener("change", () => {
      sync();
      if (drawer.checked && document.activeElement === button) {
        const first = document.querySelector(".md-sidebar--primary .md-nav__item a[href]");
        if (first) first.focus();
      }
    });
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !drawer.checked) return;
      button.click();
      button.focus();
    });
    sync();
  }

  /* ---- "/" focuses the search box ---------------------------------------------------------- */

  function setUpSlashKey() {
    document.addEventListener("keydown", (event) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const active = document.activeElement;
      if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) return;
      const box = document.getElementById("search-input") || document.getElementById("sa-header-q");
      if (!box) return;
      event.preventDefault();
      box.focus();
      box.select();
    });
  }

  /* ---- search page ------------------------------------------------------------------------- */

  const FILTER_GROUPS = [
    ["leader", "Leader"],
    ["outlet", "Outlet"],
    ["year", "Year"],
    ["agreement", "Agreement"],
  ];
  const PAGE_SIZE = 10;

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // Pagefind's excerpt is HTML with <mark> around matches. Article text is untrusted, so the excerpt
  // is parsed in an inert document and rebuilt from its text and <mark> elements only.
  function safeExcerpt(excerptHtml) {
    const parsed = new DOMParser().parseFromString(`<body>${excerptHtml || ""}</body>`, "text/html");
    const out = element("p", { class: "search-result__excerpt" });
    for (const node of parsed.body.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE && node.tagName === "MARK") out.append(element("mark", {}, node.textContent));
      else out.append(document.createTextNode(node.textContent));
    }
    return out;
  }

  // The excerpt a result shows: from the article's text, or from an annotation (said so), never from the
  // names section (#search-terms) the build adds so that other spellings find the article. Pagefind cuts a
  // page into sections at headings with an id.
  function bestExcerpt(data) {
    const sections = (data.sub_results || []).filter((s) => !/#search-terms$/.test(s.url) && (s.locations || []).length);
    // The text first (any hit there), then the annotations.
    const best = sections.find((s) => !/#annotations$/.test(s.url)) || sections[0];
    const out = element("p", { class: "search-result__excerpt" });
    if (!best) {
      // Only the names matched (an alias, a year): the article's opening stands in for an excerpt.
      out.append(element("span", { class: "search-result__where" }, "Matches its facts: "), (data.meta && data.meta.lead) || "");
      return out;
    }
    if (/#annotations$/.test(best.url)) {
      out.append(element("span", { class: "search-result__where" }, "In an annotation: "));
      out.append(...safeExcerpt(best.excerpt.replace(/^Annotations\.\s*/, "")).childNodes);
      return out;
    }
    out.append(...safeExcerpt(best.excerpt).childNodes);
    return out;
  }

  const MONTHS = "January February March April May June July August September October November December".split(" ");
  function humanDate(iso) {
    const parts = (iso || "").split("-");
    if (parts.length === 3) return `${Number(parts[2])} ${MONTHS[Number(parts[1]) - 1]} ${parts[0]}`;
    if (parts.length === 2) return `${MONTHS[Number(parts[1]) - 1]} ${parts[0]}`;
    return parts[0] || "";
  }

  /* ---- shared by both search boxes: Pagefind, and "did you mean" ---------------------------------- */

  // A sharded site (archive/shards.py) says so in a <meta>: it has one Pagefind bundle a shard (a year, by
  // default), listed in pagefind/shards.json, and the search merges the chosen shards' bundles with Pagefind's
  // own multisite search (mergeIndex). A single site has one bundle, pagefind/.
  const SHARDS_META = document.querySelector('meta[name="sa-search-shards"]');
  let shardList = null;
  function loadShardList() {
    shardList ??= fetch(new URL(SHARDS_META.content, SITE_ROOT)).then((response) => {
      if (!response.ok) throw new Error(`${SHARDS_META.content}: HTTP ${response.status}`);
      return response.json().then((manifest) => manifest.shards);
    });
    return shardList;
  }

  let pagefindLoading = null;
  let loadedShards = null;
  // A reader who does not narrow searches the newest shard first (FIRST_SHARDS bundles: what a reader who
  // narrowed to it would load), sees those results, and only then are the other shards merged in and the
  // search run again over all of them (mergeRest): the same results in the end, a small first query.
  const FIRST_SHARDS = 1;
  let restOfShards = []; // the chosen shards not merged yet: { name, bundle, years }
  let merging = null; // the merge of restOfShards under way
  let searchable = []; // the shards the current search holds (merged and ready): their names
  // The Pagefind search over every shard, or over the chosen ones (shard names): only their bundles load.
  function loadPagefind(chosen = null) {
    if (!SHARDS_META) {
      pagefindLoading ??= (async () => {
        const pagefind = await import(new URL("pagefind/pagefind.js", SITE_ROOT).href);
        await pagefind.options({ baseUrl: SITE_ROOT.pathname });
        await pagefind.init();
        return pagefind;
      })();
      return pagefindLoading;
    }
    const key = chosen && chosen.length ? [...chosen].sort().join(",") : "*";
    if (pagefindLoading && key === loadedShards) return pagefindLoading;
    const previous = pagefindLoading;
    const previousMerge = merging;
    loadedShards = key;
    restOfShards = [];
    merging = null;
    searchable = [];
    pagefindLoading = (async () => {
      const shards = await loadShardList();
      const picked = shards.filter((s) => key === "*" || chosen.includes(s.name));
      const first = key === "*" ? picked.slice(0, FIRST_SHARDS) : picked;
      const bundles = first.map((s) => new URL(s.bundle, SITE_ROOT).pathname);
      if (previous) {
        await (previousMerge || Promise.resolve()).catch(() => null);
        const old = await previous.catch(() => null);
        if (old) await old.destroy(); // the last choice's search: its worker and indexes let go
      }
      // The first chosen bundle is the primary index (its pagefind.js, its WebAssembly); the others are merged in.
      const pagefind = await import(new URL(`${bundles[0]}pagefind.js`, location.origin).href);
      // Each bundle's pages carry their shard's name as a filter (Pagefind's mergeFilter): see searchArchive.
      await pagefind.options({ basePath: bundles[0], baseUrl: SITE_ROOT.pathname, mergeFilter: { shard: first[0].name } });
      await pagefind.init();
      await Promise.all(
        first.slice(1).map((shard, i) =>
          pagefind.mergeIndex(bundles[i + 1], { baseUrl: SITE_ROOT.pathname, mergeFilter: { shard: shard.name } }),
        ),
      );
      if (loadedShards === key) {
        restOfShards = picked.slice(first.length);
        searchable = first.map((s) => s.name);
      }
      return pagefind;
    })();
    return pagefindLoading;
  }

  // The years searched so far while the other shards wait (for "… in 2024 so far"); "" when all are loaded.
  async function yearsSearchedSoFar() {
    if (!SHARDS_META || !restOfShards.length) return "";
    const waiting = new Set(restOfShards.map((s) => s.name));
    const loaded = (await loadShardList()).filter((s) => !waiting.has(s.name));
    return loaded.flatMap((s) => (s.years.length ? s.years : [s.name])).join(", ");
  }

  // Merges the shards a reader who does not narrow has not loaded yet; resolves when every one is searchable.
  function mergeRest() {
    if (!restOfShards.length) return merging || Promise.resolve();
    const rest = restOfShards;
    const loading = pagefindLoading;
    restOfShards = [];
    merging = loading.then(async (pagefind) => {
      await Promise.all(
        rest.map((shard) =>
          pagefind.mergeIndex(new URL(shard.bundle, SITE_ROOT).pathname, { baseUrl: SITE_ROOT.pathname, mergeFilter: { shard: shard.name } }),
        ),
      );
      await pagefind.filters(); // their filter indexes: until then searches report no filter counts for them
      if (pagefindLoading === loading) searchable = [...searchable, ...rest.map((s) => s.name)];
    });
    return merging;
  }

  // Pagefind searches a bundle that is still being merged in as if it were ready: no search starts meanwhile.
  const mergeSettled = () => (merging || Promise.resolve()).catch(() => null);

  // Pagefind matches a word that no indexed word starts with to the longest indexed word that starts it ("silk"
  // to "sil"), index by index: one index of the whole archive takes the longest such word of the whole archive;
  // a shard without it would take its own, shorter one ("s") and add every page that has it. So in a sharded
  // site each word of a query keeps the search to the shards that hold it as one index would match it (their
  // pages carry their shard's name as a filter, Pagefind's mergeFilter):
  // the shards where the quoted word finds pages (Pagefind's exact match, stemmed), or whose best page for it has
  // a word starting with it ("puti" of "putin", being typed); when none has, the shards whose best page has the
  // longest word it starts with. A word every shard has itself keeps the search to all of them: it needs no more.
  // A single site searches as it is, and so does one shard alone (narrowed to one year, or the newest year's
  // first results): its word matches are one index's already, and the shard filter would keep every page of it.
  async function searchArchive(pagefind, term, options = {}) {
    if (!SHARDS_META || !term || /["“”]/.test(term) || searchable.length === 1) return pagefind.search(term, options);
    let allowed = null;
    for (const word of term.toLowerCase().split(/\s+/).filter(Boolean)) {
      const holding = await shardsHolding(pagefind, word);
      if (holding) allowed = allowed ? allowed.filter((name) => holding.includes(name)) : holding;
    }
    if (!allowed) return pagefind.search(term, options);
    // No shard holds every word: no page can (a page holds all of a query's words); "-" names no shard.
    const filters = { ...(options.filters || {}), shard: { any: allowed.length ? allowed : ["-"] } };
    return pagefind.search(term, { ...options, filters });
  }

  const shardCounts = (search) => Object.entries((search.filters || {}).shard || {}).filter(([, n]) => n > 0);

  async function shardsHolding(pagefind, word) {
    const exact = new Set(shardCounts(await pagefind.search(`"${word}"`)).map(([name]) => name));
    if (searchable.length && searchable.every((name) => exact.has(name))) return null; // every shard has the word itself
    const found = shardCounts(await pagefind.search(word));
    const matches = await Promise.all(
      found.map(async ([name]) => {
        if (exact.has(name)) return [name, Infinity];
        const best = (await pagefind.search(word, { filters: { shard: name } })).results[0];
        const data = best ? await best.data() : {};
        const text = `${(data.meta || {}).title || ""} ${data.content || ""}`.toLowerCase(); // Pagefind indexes both
        let longest = 0;
        for (const w of text.split(/[^\p{L}\p{N}]+/u)) {
          if (w && w.startsWith(word)) longest = Infinity;
          else if (w && word.startsWith(w)) longest = Math.max(longest, w.length);
        }
        return [name, longest];
      }),
    );
    const best = Math.max(0, ...matches.map(([, longest]) => longest));
    return best ? matches.filter(([, longest]) => longest === best).map(([name]) => name) : null;
  }

  function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  }

  // Pagefind matches words exactly (and by their start), so "Puttin" finds nothing. The names the archive
  // files articles under (its leader, agreement and outlet filters) are the vocabulary a typo is checked
  // against: each word of the query is replaced by the closest word of a name, one or two edits away.
  const MAX_EDITS = (word) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);
  async function suggestFor(term, pagefind) {
    const filters = await pagefind.filters();
    const names = ["leader", "agreement", "outlet"].flatMap((key) => Object.keys(filters[key] || {}));
    const vocabulary = [...new Set(names.flatMap((n) => n.match(/[\p{L}\p{N}]+/gu) || []))];
    let changed = false;
    const corrected = term.replace(/[\p{L}\p{N}]+/gu, (word) => {
      const lower = word.toLowerCase();
      if (vocabulary.some((v) => v.toLowerCase() === lower)) return word;
      let best = null;
      let bestDistance = MAX_EDITS(word) + 1;
      for (const candidate of vocabulary) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
      }
      if (!best) return word;
      changed = true;
      return best;
    });
    const words = (corrected.match(/[\p{L}\p{N}]+/gu) || []).map((w) => w.toLowerCase());
    // Names sharing a word with the (corrected) query; failing that, the names most articles have.
    let close = names.filter((n) => (n.match(/[\p{L}\p{N}]+/gu) || []).some((w) => words.includes(w.toLowerCase())));
    if (!close.length) {
      const count = (n) => Math.max(...["leader", "agreement", "outlet"].map((key) => (filters[key] || {})[n] || 0));
      close = [...names].sort((a, b) => count(b) - count(a));
    }
    return { corrected: changed ? corrected : "", names: close.slice(0, 4) };
  }

  function searchPageUrl(term) {
    const url = new URL("search/", SITE_ROOT);
    if (term) url.searchParams.set("q", term);
    return url.href;
  }

  /* ---- the header box: results while typing ------------------------------------------------------ */

  const DROPDOWN_SIZE = 5;
  const FEW_RESULTS = 3; // fewer hits than this: a spelling correction is tried as well

  function setUpHeaderSearch() {
    const input = document.getElementById("sa-header-q");
    if (!input || document.getElementById("search-input")) return; // the search page has its own box
    const form = input.form;
    const panel = element("div", { id: "sa-header-results", class: "sa-header-results", hidden: true, "data-pagefind-ignore": true });
    const status = element("p", { class: "sa-header-results__status", role: "status" });
    const list = element("ul", { class: "sa-header-results__list" });
    panel.append(status, list);
    form.append(panel);
    input.setAttribute("aria-controls", panel.id);
    input.addEventListener("focus", () => loadPagefind().catch(() => {}), { once: true });

    let runNumber = 0;
    let timer = 0;
    const hide = () => {
      panel.hidden = true;
    };

    function resultLink(data) {
      const meta = data.meta || {};
      const facts = [meta.date ? humanDate(meta.date) : "Undated", meta.outlet || "Outlet unknown"].join(" · ");
      return element(
        "li",
        {},
        element(
          "a",
          { href: data.url, class: "sa-header-results__link" },
          element("span", { class: "sa-header-results__title" }, meta.title || data.url),
          element("span", { class: "sa-header-results__facts" }, facts),
          bestExcerpt(data),
        ),
      );
    }

    async function update() {
      const thisRun = ++runNumber;
      const term = input.value.trim();
      if (!term) return hide();
      let pagefind;
      try {
        pagefind = await loadPagefind();
        await mergeSettled();
      } catch (_) {
        return hide();
      }
      const soFar = await yearsSearchedSoFar(); // the newest shard's results first, then every shard's
      const search = await searchArchive(pagefind, term);
      let results = search.results;
      let shownTerm = term;
      let suggestion = null;
      // Few hits (a typo may still match the start of another word: "Puttin", "putting"): try the names too.
      if (results.length < FEW_RESULTS && !soFar) {
        suggestion = await suggestFor(term, pagefind);
        if (suggestion.corrected) {
          const corrected = await searchArchive(pagefind, suggestion.corrected);
          const seen = new Set(corrected.results.map((r) => r.id));
          results = [...corrected.results, ...results.filter((r) => !seen.has(r.id))];
          shownTerm = suggestion.corrected;
        }
      }
      const top = await Promise.all(results.slice(0, DROPDOWN_SIZE).map((r) => r.data()));
      if (thisRun !== runNumber) return;
      list.replaceChildren(...top.map(resultLink));
      status.replaceChildren();
      if (top.length && shownTerm !== term) {
        status.append("Did you mean ", element("a", { href: searchPageUrl(shownTerm) }, shownTerm), "? Its results come first.");
      } else if (soFar) {
        const count = results.length;
        status.append(`${count === 1 ? "1 article" : `${count || "No"} articles`} found in ${soFar} so far; searching the other years…`);
      } else if (!top.length) {
        status.append(`No articles found for “${term}”.`);
        if (suggestion && suggestion.names.length) {
          status.append(" Try ");
          suggestion.names.forEach((name, i) => {
            if (i) status.append(", ");
            status.append(element("a", { href: searchPageUrl(name) }, name));
          });
          status.append(".");
        }
      } else {
        const count = results.length;
        status.append(`${count === 1 ? "1 article" : `${count} articles`} found. `);
      }
      if (top.length) {
        list.append(element("li", { class: "sa-header-results__all" }, element("a", { href: searchPageUrl(shownTerm) }, "All results, with filters (Enter)")));
      }
      panel.hidden = false;
      if (soFar) {
        await mergeRest().catch(() => null);
        if (thisRun === runNumber) update();
        return;
      }
      panel.dataset.run = String(thisRun);
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(update, 150);
    });
    form.addEventListener("keydown", (event) => {
      const links = [...panel.querySelectorAll("a")];
      const at = links.indexOf(document.activeElement);
      if (event.key === "Escape") {
        hide();
        input.focus();
      } else if (event.key === "ArrowDown" && !panel.hidden && links.length) {
        event.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        event.preventDefault();
        if (at === 0) input.focus();
        else links[at - 1].focus();
      }
    });
    document.addEventListener("click", (event) => {
      if (!form.contains(event.target)) hide();
    });
    form.addEventListener("focusout", (event) => {
      if (event.relatedTarget && !form.contains(event.relatedTarget)) hide();
    });
  }

  async function setUpSearchPage() {
    const input = document.getElementById("search-input");
    const resultsList = document.getElementById("search-results");
    if (!input || !resultsList) return;
    const form = input.form;
    const status = document.getElementById("search-status");
    const filtersBox = document.getElementById("search-filters");
    const sortSelect = document.getElementById("search-sort");
    const moreButton = document.getElementById("search-more");
    const clearButton = document.getElementById("search-clear");
    document.documentElement.classList.add("sa-search-ready");
    // Order and filters stay open beside the results on wide screens; phones show the results first.
    const refine = document.getElementById("search-refine");
    const wide = window.matchMedia("(min-width: 45em)");
    const placeRefine = () => {
      refine.open = wide.matches || refine.querySelector("input:checked") !== null;
    };
    placeRefine();
    wide.addEventListener("change", placeRefine);

    const params = new URLSearchParams(location.search);
    // A sharded site: the reader may narrow the search to some years before or after typing; only those
    // shards' bundles are loaded (?shard=2019&shard=2020). None chosen: every shard.
    const chosenShards = new Set(params.getAll("shard"));
    const loadIndex = async () => {
      const pagefind = await loadPagefind(SHARDS_META ? [...chosenShards] : null);
      await pagefind.filters(); // loads the filter index: until then searches report no filter counts
      return pagefind;
    };
    const preview = document.querySelector('meta[name="sa-preview-search"]');
    if (preview) {
      status.before(
        element(
          "p",
          { class: "sa-search__preview" },
          "Preview: search uses the index made when the preview started; pages edited since show their old text here. ",
          element("code", {}, "./scripts/site.sh"),
          " builds the full index.",
        ),
      );
    }
    let pagefind;
    try {
      if (SHARDS_META) await setUpShardChooser();
      pagefind = await loadIndex();
    } catch (error) {
      status.textContent = "The search index could not be loaded. Browse the timeline or the all-articles list instead.";
      console.warn("Pagefind did not load:", error);
      return;
    }

    async function setUpShardChooser() {
      const shards = await loadShardList();
      const fieldset = element(
        "fieldset",
        { class: "sa-facet sa-shards", id: "search-shards" },
        element("legend", {}, "Search in"),
        element("p", { class: "sa-shards__hint" }, "All years unless you choose some: fewer years load less."),
      );
      for (const shard of shards) {
        const box = element("input", { type: "checkbox", name: "shard", value: shard.name, checked: chosenShards.has(shard.name) });
        box.addEventListener("change", async () => {
          if (box.checked) chosenShards.add(shard.name);
          else chosenShards.delete(shard.name);
          status.textContent = "Loading the search index…";
          pagefind = await loadIndex();
          run();
        });
        fieldset.append(
          element(
            "label",
            { class: "sa-facet__option" },
            box,
            element("span", { class: "sa-facet__value" }, shard.years.join(", ") || shard.name),
            element("span", { class: "sa-facet__count" }, shard.articles),
          ),
        );
      }
      filtersBox.before(fieldset);
    }
    const selected = new Map(FILTER_GROUPS.map(([key]) => [key, new Set(params.getAll(key))]));
    const sortParam = params.get("sort");
    if (sortParam && [...sortSelect.options].some((o) => o.value === sortParam)) sortSelect.value = sortParam;
    // ?q= fills the box; without it, keep whatever the reader typed while the index was loading.
    if (params.has("q")) input.value = params.get("q") || "";

    let shownResults = [];
    let shown = 0;
    let runNumber = 0;

    function activeFilters() {
      const out = {};
      for (const [key, values] of selected) if (values.size) out[key] = [...values];
      return out;
    }

    function updateUrl() {
      const next = new URLSearchParams();
      if (input.value.trim()) next.set("q", input.value.trim());
      for (const [key, values] of selected) for (const value of values) next.append(key, value);
      for (const shard of chosenShards) next.append("shard", shard);
      if (sortSelect.value !== "relevance") next.set("sort", sortSelect.value);
      const query = next.toString();
      history.replaceState(null, "", query ? `?${query}` : location.pathname);
    }

    function renderFilters(counts) {
      filtersBox.replaceChildren();
      for (const [key, label] of FILTER_GROUPS) {
        const values = Object.keys(counts[key] || {}).sort((a, b) => (key === "year" ? b.localeCompare(a) : a.localeCompare(b)));
        if (!values.length) continue;
        const fieldset = element("fieldset", { class: "sa-facet" }, element("legend", {}, label));
        for (const value of values) {
          const count = counts[key][value] ?? 0;
          const isSelected = selected.get(key).has(value);
          const box = element("input", {
            type: "checkbox",
            name: key,
            value,
            checked: isSelected,
            disabled: !isSelected && count === 0,
          });
          box.addEventListener("change", () => {
            if (box.checked) selected.get(key).add(value);
            else selected.get(key).delete(value);
            run();
          });
          fieldset.append(
            element(
              "label",
              { class: "sa-facet__option" },
              box,
              element("span", { class: "sa-facet__value" }, value),
              element("span", { class: "sa-facet__count" }, count),
            ),
          );
        }
        filtersBox.append(fieldset);
      }
    }

    function resultItem(data) {
      const meta = data.meta || {};
      const factsLine = element("p", { class: "search-result__meta" });
      factsLine.append(meta.date ? element("time", { datetime: meta.date }, humanDate(meta.date)) : "Undated");
      factsLine.append(" · ", element("span", { class: "search-result__outlet" }, meta.outlet || "Outlet unknown"));
      return element(
        "li",
        { class: "search-result" },
        element("h2", { class: "search-result__title" }, element("a", { href: data.url }, meta.title || data.url)),
        factsLine,
        bestExcerpt(data),
      );
    }

    async function showMore() {
      const thisRun = runNumber;
      const batch = await Promise.all(shownResults.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (thisRun !== runNumber) return;
      resultsList.append(...batch.map(resultItem));
      shown += batch.length;
      moreButton.hidden = shown >= shownResults.length;
    }

    // Every await comes first; the page changes only if no newer search started meanwhile.
    async function run() {
      const thisRun = ++runNumber;
      resultsList.setAttribute("aria-busy", "true");
      const term = input.value.trim();
      const filters = activeFilters();
      updateUrl();
      const filtering = Object.keys(filters).length > 0;
      await mergeSettled();
      // A reader who does not narrow: the newest shard's results first, then every shard's (see FIRST_SHARDS).
      const soFar = await yearsSearchedSoFar();
      let results = [];
      let counts;
      if (!term && !filtering) {
        counts = await pagefind.filters();
      } else {
        const search = await searchArchive(pagefind, term || null, { filters });
        counts = search.filters;
        results = search.results;
        if (term.split(/\s+/).length >= 3 && !/["“”]/.test(term)) {
          // Several words typed without quotes: pages that have them as a phrase come first.
          const phrase = await pagefind.search(`"${term}"`, { filters });
          const exact = new Set(phrase.results.map((r) => r.id));
          results = [...phrase.results, ...results.filter((r) => !exact.has(r.id))];
        }
        if (sortSelect.value !== "relevance") {
          // Pagefind leaves pages without a sort value out of sorted results: undated articles follow the dated ones.
          const direction = sortSelect.value === "date-asc" ? "asc" : "desc";
          const sorted = await searchArchive(pagefind, term || null, { filters, sort: { date: direction } });
          const inSorted = new Set(sorted.results.map((r) => r.id));
          results = [...sorted.results, ...search.results.filter((r) => !inSorted.has(r.id))];
        }
      }
      const firstBatch = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (thisRun !== runNumber) return; // a newer search has started
      renderFilters(counts);
      clearButton.hidden = !filtering;
      shownResults = results;
      shown = firstBatch.length;
      resultsList.replaceChildren(...firstBatch.map(resultItem));
      moreButton.hidden = shown >= results.length;
      if (!term && !filtering) {
        status.textContent = soFar
          ? `Type a word or phrase, or choose a filter (the counts are ${soFar}'s until then; every year is searched).`
          : "Type a word or phrase, or choose a filter.";
      } else {
        const about = [term ? `for “${term}”` : "", filtering ? `with ${Object.values(filters).flat().join(", ")}` : ""];
        const found = results.length === 1 ? "1 article found" : `${results.length || "No"} articles found`;
        status.textContent = `${[found, ...about.filter(Boolean)].join(" ")}.`;
        if (soFar) {
          // Still busy: the other shards are merged in, then the same search runs over all of them.
          status.textContent = `${[found, ...about.filter(Boolean), `in ${soFar} so far`].join(" ")}; searching the other years…`;
          await mergeRest().catch((error) => console.warn("Pagefind could not merge every shard:", error));
          if (thisRun === runNumber) run();
          return;
        }
        if (results.length < FEW_RESULTS && term) {
          // Something to do next: the corrected spelling, the closest names, or dropping the filters.
          const suggestion = await suggestFor(term, pagefind);
          if (thisRun !== runNumber) return;
          const offers = suggestion.corrected ? [suggestion.corrected] : results.length ? [] : suggestion.names;
          if (offers.length) {
            status.append(suggestion.corrected ? " Did you mean " : " Try ");
            offers.forEach((offer, i) => {
              if (i) status.append(", ");
              const again = element("button", { type: "button", class: "sa-search__suggestion" }, offer);
              again.addEventListener("click", () => {
                input.value = offer;
                run();
              });
              status.append(again);
            });
            status.append(suggestion.corrected ? "?" : ".");
          }
          if (filtering && !results.length) status.append(" Or clear the filters.");
        }
      }
      resultsList.setAttribute("aria-busy", "false");
      resultsList.dataset.run = String(thisRun); // lets tests (and scripts) tell one result set from the next
    }

    let timer = 0;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(run, 250);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      run();
    });
    sortSelect.addEventListener("change", run);
    moreButton.addEventListener("click", showMore);
    clearButton.addEventListener("click", () => {
      for (const values of selected.values()) values.clear();
      run();
    });
    await run();
  }

  // "Cite this article": the copy button copies the plain-text citation (its data-copy-text).
  function setUpCopyButtons() {
    for (const button of document.querySelectorAll("button.sa-copy[data-copy-text]")) {
      const status = button.parentElement.querySelector(".sa-copy-status");
      button.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(button.dataset.copyText);
          if (status) status.textContent = "Copied.";
        } catch (error) {
          if (status) status.textContent = "Copying is blocked here: select the citation above and copy it.";
        }
      });
    }
  }

  /* ---- preview only: the archive build's problems over the page ---------------------------------- */

  // The preview server (hooks/archive_hooks.py) marks its pages and writes the last build's problems to a
  // file; a failed build keeps the last good pages, so without this box an edit would seem to be ignored.
  async function showBuildProblems() {
    const meta = document.querySelector('meta[name="sa-preview-problems"]');
    if (!meta) return;
    let problems = [];
    try {
      const response = await fetch(new URL(meta.content, SITE_ROOT), { cache: "no-store" });
      problems = response.ok ? await response.json() : [];
    } catch (_) {
      return;
    }
    if (!Array.isArray(problems) || !problems.length) return;
    const box = element(
      "div",
      { class: "sa-build-problems", role: "alert" },
      element("p", {}, element("strong", {}, "The archive build failed"), ": this preview shows the last good pages. Fix these and save; the page reloads."),
      element("ul", {}, ...problems.map((line) => element("li", {}, element("code", {}, String(line))))),
    );
    document.body.append(box);
  }

  function start() {
    setUpCopyButtons();
    setUpFacts();
    setUpNotes();
    setUpAnnotating();
    showBuildProblems();
    setUpDrawerButton();
    setUpSlashKey();
    setUpSearchPage();
    setUpHeaderSearch();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
