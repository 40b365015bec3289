// The embeddable Hankehaku search box: a <hankehaku-search> custom element rendered in Shadow
// DOM, so the partner page's styles neither break it nor leak into it. Embed with
//   <script src="https://HANKEHAKU/widget.js" data-lang="fi" data-region="Pohjois-Savo"></script>
// (the element is then inserted where the script stands) or place <hankehaku-search> yourself.
// Attributes: key (partner key), lang (fi, sv, en), region, funder, target-group (preset
// filters, | between values), hits (result count), accent, background, color (theme colours).
(() => {
  const script = document.currentScript;
  const apiBase = script ? new URL(script.src).origin : location.origin;
  const TEXTS = {
    fi: { placeholder: "Hae hankkeita…", none: "Ei osumia.", error: "Haku ei juuri nyt onnistu.", results: "hanketta" },
    sv: {
      placeholder: "Sök projekt…",
      none: "Inga träffar.",
      error: "Sökningen fungerar inte just nu.",
      results: "projekt",
    },
    en: {
      placeholder: "Search projects…",
      none: "No results.",
      error: "Search is not available right now.",
      results: "projects",
    },
  };
  const escape = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  class HankehakuSearch extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const texts = TEXTS[this.getAttribute("lang")] ?? TEXTS.fi;
      for (const name of ["accent", "background", "color"]) {
        if (this.getAttribute(name)) this.style.setProperty(`--hh-${name}`, this.getAttribute(name));
      }
      const root = this.attachShadow({ mode: "open" });
      root.innerHTML = `<style>
        :host { display: block; }
        /* Everything is set on the wrapper: a partner's styles reach the host element, and what
           the host has would otherwise be inherited in here. */
        .hh { all: initial; display: block; font: 15px/1.4 system-ui, sans-serif; color: var(--hh-color, #1b1f23);
          background: var(--hh-background, transparent); padding: .5rem; box-sizing: border-box; text-align: left;
          letter-spacing: normal; word-spacing: normal; text-transform: none; font-style: normal; font-weight: 400; }
        input { display: block; width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; color: inherit; background: #fff;
          border: 1px solid #8a949e; border-radius: 4px; }
        input:focus-visible, a:focus-visible { outline: 3px solid var(--hh-accent, #1d5a8f); outline-offset: 2px; }
        ol { display: block; list-style: none; padding: 0; margin: .5rem 0 0; }
        li { display: block; padding: .4rem 0; border-bottom: 1px solid #e3e6e9; }
        a { color: var(--hh-accent, #1d5a8f); font-weight: 600; }
        p { display: block; margin: .2rem 0; font-size: .9em; opacity: .85; }
        .status { opacity: 1; }
        mark { background: #ffe58a; color: inherit; }
      </style>
      <div class="hh" part="root"><input type="search" part="input" aria-label="${escape(texts.placeholder)}" placeholder="${escape(texts.placeholder)}">
      <p class="status" role="status" aria-live="polite"></p><ol></ol></div>`;
      const input = root.querySelector("input");
      const status = root.querySelector(".status");
      const list = root.querySelector("ol");
      let timer;
      let ticket = 0;
      const search = async () => {
        const params = new URLSearchParams({ q: input.value, hitsPerPage: this.getAttribute("hits") ?? "5" });
        if (this.getAttribute("key")) params.set("key", this.getAttribute("key"));
        if (TEXTS[this.getAttribute("lang")]) params.set("lang", this.getAttribute("lang"));
        for (const [attribute, param] of [
          ["region", "region"],
          ["funder", "funder"],
          ["target-group", "targetGroup"],
        ]) {
          const value = this.getAttribute(attribute);
          if (value) value.split("|").forEach((v) => params.append(param, v));
        }
        const mine = ++ticket;
        try {
          const response = await fetch(`${apiBase}/api/search?${params}`);
          const body = await response.json();
          if (mine !== ticket) return;
          // A refusal (unknown key, a site not allowed to use it) says why: show that, not an empty box.
          if (!response.ok) {
            status.textContent = body.error ?? texts.error;
            list.innerHTML = "";
            return;
          }
          status.textContent = body.total === 0 ? texts.none : `${body.total} ${texts.results}`;
          list.innerHTML = body.hits
            .map(
              (hit) =>
                `<li><a href="${apiBase}/?project=${encodeURIComponent(hit.id)}" target="_top">${hit.highlight.title}</a><p>${hit.highlight.summary}</p><small>${escape(hit.regions.map((region) => body.labels?.regions?.[region] ?? region).join(", "))}</small></li>`,
            )
            .join("");
        } catch {
          if (mine !== ticket) return;
          status.textContent = texts.error;
          list.innerHTML = "";
        }
      };
      input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(search, 200);
      });
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
