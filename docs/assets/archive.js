/* Summit Archive: annotation notes that also open on keyboard focus, and the Pagefind search page.
 *
 * Loaded on every page (mkdocs.yml extra_javascript) as a classic script. The site root is found from
 * this script's own URL (assets/archive.js), so the site works on any host and under any subpath.
 */
(function () {
  "use strict";

  const SITE_ROOT = new URL("../", document.currentScript ? document.currentScript.src : location.href);

  /* ---- annotations ------------------------------------------------------------------------- */

  // Clicking a marker opens its note natively (popovertarget). A keyboard user who Tabs onto a
  // marker sees the note at once; it closes again when focus moves on, unless it moves into the note.
  function setUpMarkers() {
    const openedByFocus = new WeakSet();
    let count = 0;
    for (const marker of document.querySelectorAll("button.sa-marker[popovertarget]")) {
      const note = document.getElementById(marker.getAttribute("popovertarget"));
      if (!note || typeof note.showPopover !== "function") continue;
      // Each note is placed against its own marker (archive.css positions it with anchor()).
      const anchor = `--sa-marker-${++count}`;
      marker.style.setProperty("anchor-name", anchor);
      note.style.setProperty("position-anchor", anchor);
      marker.addEventListener("focus", () => {
        if (!marker.matches(":focus-visible") || note.matches(":popover-open")) return;
        try {
          note.showPopover({ source: marker }); // source: Tab continues into the note's links
        } catch (_) {
          note.showPopover();
        }
        openedByFocus.add(note);
      });
      const closeIfFocusLeft = (event) => {
        const next = event.relatedTarget;
        if (next && (next === marker || note.contains(next))) return;
        if (openedByFocus.has(note) && note.matches(":popover-open")) note.hidePopover();
      };
      marker.addEventListener("blur", closeIfFocusLeft);
      note.addEventListener("focusout", closeIfFocusLeft);
      note.addEventListener("toggle", (event) => {
        if (event.newState === "closed") openedByFocus.delete(note);
        marker.setAttribute("aria-expanded", event.newState === "open" ? "true" : "false");
      });
    }
  }

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

  const MONTHS = "January February March April May June July August September October November December".split(" ");
  function humanDate(iso) {
    const parts = (iso || "").split("-");
    if (parts.length === 3) return `${Number(parts[2])} ${MONTHS[Number(parts[1]) - 1]} ${parts[0]}`;
    if (parts.length === 2) return `${MONTHS[Number(parts[1]) - 1]} ${parts[0]}`;
    return parts[0] || "";
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

    let pagefind;
    try {
      pagefind = await import(new URL("pagefind/pagefind.js", SITE_ROOT).href);
      await pagefind.options({ baseUrl: SITE_ROOT.pathname });
      await pagefind.init();
      await pagefind.filters(); // loads the filter index: until then searches report no filter counts
    } catch (error) {
      status.textContent = "The search index could not be loaded. Browse the timeline or the all-articles list instead.";
      console.warn("Pagefind did not load:", error);
      return;
    }

    const params = new URLSearchParams(location.search);
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
        safeExcerpt(data.excerpt),
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
      let results = [];
      let counts;
      if (!term && !filtering) {
        counts = await pagefind.filters();
      } else {
        const search = await pagefind.search(term || null, { filters });
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
          const sorted = await pagefind.search(term || null, { filters, sort: { date: direction } });
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
        status.textContent = "Type a word or phrase, or choose a filter.";
      } else {
        const about = [term ? `for “${term}”` : "", filtering ? `with ${Object.values(filters).flat().join(", ")}` : ""];
        const found = results.length === 1 ? "1 article found" : `${results.length || "No"} articles found`;
        status.textContent = `${[found, ...about.filter(Boolean)].join(" ")}.`;
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

  function start() {
    setUpCopyButtons();
    setUpMarkers();
    setUpDrawerButton();
    setUpSlashKey();
    setUpSearchPage();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
