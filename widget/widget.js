// @ts-check
// The embeddable Hankehaku search box: a <hankehaku-search> custom element rendered in Shadow
// DOM, so the partner page's styles neither break it nor leak into it. Embed with
//   <script src="https://HANKEHAKU/widget.js" data-lang="fi" data-region="Pohjois-Savo"></script>
// (the element is then inserted where the script stands) or place <hankehaku-search> yourself.
// Attributes: key (partner key), lang (fi, sv, en), region, funder, target-group (preset
// filters, | between values), hits (result count), accent, background, color (theme colours).
(() => {
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  const apiBase = script ? new URL(script.src).origin : location.origin;
  const fi = {
    placeholder: "Hae hankkeita…",
    label: "Hae hankkeita",
    none: "Ei osumia.",
    error: "Haku ei juuri nyt onnistu. Yritä hetken päästä uudelleen.",
    offline: "Ei verkkoyhteyttä. Haku jatkuu, kun yhteys palaa.",
    refused: "Tämä sivusto ei voi käyttää Hankehaun hakua. Sivuston ylläpitäjä voi pyytää avaimen Hankehaulta.",
    busy: "Hakuja on juuri nyt liikaa. Yritä hetken päästä uudelleen.",
    one: "hanke",
    other: "hanketta",
    seeAll: (/** @type {number} */ n) => `Näytä kaikki ${n} tulosta Hankehaussa`,
    previous: "Edelliset",
    next: "Seuraavat",
    page: (/** @type {number} */ p, /** @type {number} */ n) => `Sivu ${p} / ${n}`,
  };
  /** @typedef {typeof fi} Texts */
  /** @type {Record<string, Texts | undefined>} */
  const TEXTS = {
    fi,
    sv: {
      placeholder: "Sök projekt…",
      label: "Sök projekt",
      none: "Inga träffar.",
      error: "Sökningen fungerar inte just nu. Försök igen om en stund.",
      offline: "Ingen nätförbindelse. Sökningen fortsätter när förbindelsen är tillbaka.",
      refused:
        "Den här webbplatsen kan inte använda Hankehakus sökning. Webbplatsens administratör kan be Hankehaku om en nyckel.",
      busy: "För många sökningar just nu. Försök igen om en stund.",
      one: "projekt",
      other: "projekt",
      seeAll: (/** @type {number} */ n) => `Visa alla ${n} träffar i Hankehaku`,
      previous: "Föregående",
      next: "Nästa",
      page: (/** @type {number} */ p, /** @type {number} */ n) => `Sida ${p} / ${n}`,
    },
    en: {
      placeholder: "Search projects…",
      label: "Search projects",
      none: "No results.",
      error: "Search is not available right now. Please try again shortly.",
      offline: "No network connection. The search resumes when it is back.",
      refused: "This site cannot use the Hankehaku search. The site's administrator can ask Hankehaku for a key.",
      busy: "Too many searches right now. Please try again shortly.",
      one: "project",
      other: "projects",
      seeAll: (/** @type {number} */ n) => `See all ${n} results on Hankehaku`,
      previous: "Previous",
      next: "Next",
      page: (/** @type {number} */ p, /** @type {number} */ n) => `Page ${p} of ${n}`,
    },
  };
  /**
   * "1 hanke", "2 hanketta": the plural form by the language's rules.
   * @param {string} lang
   * @param {Texts} texts
   * @param {number} n
   */
  const count = (lang, texts, n) => `${n} ${new Intl.PluralRules(lang).select(n) === "one" ? texts.one : texts.other}`;
  /** [attribute, query parameter] @type {[string, string][]} */
  const FILTERS = [
    ["region", "region"],
    ["funder", "funder"],
    ["target-group", "targetGroup"],
  ];
  /** @param {unknown} value */
  const escape = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  class HankehakuSearch extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const asked = this.getAttribute("lang") ?? "fi";
      const chosen = TEXTS[asked];
      const lang = chosen ? asked : "fi";
      const texts = chosen ?? fi;
      for (const name of ["accent", "background", "color"]) {
        const colour = this.getAttribute(name);
        if (colour) this.style.setProperty(`--hh-${name}`, colour);
      }
      const root = this.attachShadow({ mode: "open" });
      root.innerHTML = `<style>
        :host { display: block; }
        /* Everything is set on the wrapper: a partner's styles reach the host element, and what
           the host has would otherwise be inherited in here. */
        .hh { all: initial; display: block; font: 15px/1.4 system-ui, sans-serif; color: var(--hh-color, #1b1f23);
          background: var(--hh-background, transparent); padding: .5rem; box-sizing: border-box; text-align: left;
          letter-spacing: normal; word-spacing: normal; text-transform: none; font-style: normal; font-weight: 400; }
        label { display: block; font-weight: 600; margin-bottom: .2rem; }
        input { display: block; width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; color: #1b1f23; background: #fff;
          border: 1px solid #6b747d; border-radius: 4px; }
        input:focus-visible, a:focus-visible, button:focus-visible { outline: 3px solid var(--hh-accent, #1d5a8f); outline-offset: 2px; }
        ol { display: block; list-style: none; padding: 0; margin: .5rem 0 0; }
        li { display: block; padding: .4rem 0; border-bottom: 1px solid #e3e6e9; float: none; }
        a { color: var(--hh-accent, #1d5a8f); font-weight: 600; text-decoration: underline; }
        p { display: block; margin: .2rem 0; font-size: .9em; }
        small { display: block; font-size: .85em; color: #4f5963; }
        .status { font-weight: 600; }
        .pager { display: flex; gap: .5rem; align-items: center; margin-top: .4rem; }
        .pager:empty, .all:empty { display: none; }
        button { font: inherit; padding: .3rem .7rem; border: 1px solid var(--hh-accent, #1d5a8f); border-radius: 4px;
          background: #fff; color: var(--hh-accent, #1d5a8f); cursor: pointer; }
        mark { background: #ffe58a; color: #1b1f23; }
      </style>
      <div class="hh" part="root" lang="${escape(lang)}"><label for="hh-q">${escape(texts.label)}</label>
      <input id="hh-q" type="search" part="input" placeholder="${escape(texts.placeholder)}">
      <p class="status" role="status" aria-live="polite"></p><ol></ol><p class="pager"></p><p class="all"></p></div>`;
      /**
       * The element of the shadow tree matching the selector, of the kind the widget uses.
       * @template {Element} T
       * @param {string} selector
       * @param {new () => T} kind
       * @returns {T}
       */
      const part = (selector, kind) => {
        const found = root.querySelector(selector);
        if (!(found instanceof kind)) throw new Error(`the widget has no ${selector}`);
        return found;
      };
      const input = part("input", HTMLInputElement);
      const status = part(".status", HTMLElement);
      const list = part("ol", HTMLOListElement);
      const pager = part(".pager", HTMLElement);
      const all = part(".all", HTMLElement);
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      let timer;
      /** @type {AbortController | undefined} */
      let controller;
      let page = 1;
      /** After a 401 or 403 nothing more is sent: the answer would be the same refusal. */
      let refused = false;
      const filters = () => {
        const params = new URLSearchParams();
        for (const [attribute, param] of FILTERS) {
          const value = this.getAttribute(attribute);
          if (value) value.split("|").forEach((v) => params.append(param, v));
        }
        return params;
      };
      /** @param {string} message */
      const clear = (message) => {
        status.textContent = message;
        list.innerHTML = "";
        pager.innerHTML = "";
        all.innerHTML = "";
      };
      /**
       * The search page with the widget's results: its filters, its words, and the partner's fixed
       * scope that the API applied on top (where both name a facet, only values in both).
       * @param {Record<string, string[]>} scope
       */
      const fullPage = (scope) => {
        const params = filters();
        for (const [param, values] of Object.entries(scope)) {
          const own = params.getAll(param);
          params.delete(param);
          for (const value of own.length > 0 ? values.filter((v) => own.includes(v)) : values)
            params.append(param, value);
        }
        if (input.value.trim()) params.set("q", input.value.trim());
        if (lang !== "fi") params.set("lang", lang);
        return `${apiBase}/?${params}`;
      };
      /**
       * An answer of /api/search, as much of it as the widget shows.
       * @param {{ total: number, page: number, totalPages: number, labels?: { regions?: Record<string, string> },
       *   hits: { id: string, regions: string[], highlight: { title: string, summary: string } }[],
       *   scope?: Record<string, string[]> }} body
       */
      const show = (body) => {
        status.textContent = body.total === 0 ? texts.none : count(lang, texts, body.total);
        list.innerHTML = body.hits
          .map(
            (hit) =>
              `<li><a href="${apiBase}/?project=${encodeURIComponent(hit.id)}${lang !== "fi" ? `&lang=${lang}` : ""}" target="_top">${hit.highlight.title}</a><p>${hit.highlight.summary}</p><small>${escape(hit.regions.map((region) => body.labels?.regions?.[region] ?? region).join(", "))}</small></li>`,
          )
          .join("");
        pager.innerHTML =
          body.totalPages > 1
            ? `${body.page > 1 ? `<button type="button" data-page="${body.page - 1}">${escape(texts.previous)}</button>` : ""}<span>${escape(texts.page(body.page, body.totalPages))}</span>${body.page < body.totalPages ? `<button type="button" data-page="${body.page + 1}">${escape(texts.next)}</button>` : ""}`
            : "";
        all.innerHTML =
          body.total > body.hits.length
            ? `<a href="${escape(fullPage(body.scope ?? {}))}" target="_top">${escape(texts.seeAll(body.total))}</a>`
            : "";
      };
      const search = async () => {
        if (refused) return;
        if (!navigator.onLine) return clear(texts.offline);
        const params = filters();
        params.set("q", input.value);
        params.set("hitsPerPage", this.getAttribute("hits") ?? "5");
        params.set("page", String(page));
        const key = this.getAttribute("key");
        if (key) params.set("key", key);
        params.set("lang", lang);
        controller?.abort();
        controller = new AbortController();
        try {
          const response = await fetch(`${apiBase}/api/search?${params}`, { signal: controller.signal });
          if (response.status === 401 || response.status === 403) {
            refused = true;
            input.disabled = true;
            return clear(texts.refused);
          }
          if (response.status === 429) return clear(texts.busy);
          if (!response.ok) return clear(texts.error);
          show(await response.json());
        } catch (error) {
          if (!(error instanceof DOMException && error.name === "AbortError"))
            clear(navigator.onLine ? texts.error : texts.offline);
        }
      };
      input.addEventListener("input", () => {
        clearTimeout(timer);
        page = 1;
        timer = setTimeout(search, 300);
      });
      pager.addEventListener("click", (event) => {
        const button = event.target instanceof Element ? event.target.closest("button[data-page]") : null;
        if (!(button instanceof HTMLElement)) return;
        page = Number(button.dataset.page);
        search().then(() => list.querySelector("a")?.focus());
      });
      window.addEventListener("online", () => search());
      window.addEventListener("offline", () => clear(texts.offline));
      search();
    }
  }

  if (!customElements.get("hankehaku-search")) customElements.define("hankehaku-search", HankehakuSearch);
  if (script && script.parentNode && !script.hasAttribute("data-no-auto")) {
    const element = document.createElement("hankehaku-search");
    for (const name of ["key", "lang", "region", "funder", "target-group", "hits", "accent", "background", "color"]) {
      const value = script.getAttribute(`data-${name}`);
      if (value) element.setAttribute(name, value);
    }
    script.parentNode.insertBefore(element, script.nextSibling);
  }
})();
