// The embeddable Hankehaku search box: a <hankehaku-search> custom element rendered in Shadow
// DOM, so the partner page's styles neither break it nor leak into it. Embed with
//   <script src="https://HANKEHAKU/widget.js" data-lang="fi" data-region="Pohjois-Savo"></script>
// (the element is then inserted where the script stands) or place <hankehaku-search> yourself.
// Attributes: key (partner key), lang, region, funder, target-group (preset filters, | between
// values), hits (result count).
(() => {
  const script = document.currentScript;
  const apiBase = script ? new URL(script.src).origin : location.origin;
  const TEXTS = {
    fi: { placeholder: "Hae hankkeita…", none: "Ei osumia.", error: "Haku ei juuri nyt onnistu.", results: "hanketta" },
    sv: { placeholder: "Sök projekt…", none: "Inga träffar.", error: "Sökningen fungerar inte just nu.", results: "projekt" },
    en: { placeholder: "Search projects…", none: "No results.", error: "Search is not available right now.", results: "projects" },
  };
  const escape = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  class HankehakuSearch extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const texts = TEXTS[this.getAttribute("lang")] ?? TEXTS.fi;
      const root = this.attachShadow({ mode: "open" });
      root.innerHTML = `<style>
        :host { all: initial; display: block; font: 15px/1.4 system-ui, sans-serif; color: #1b1f23; }
        input { width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; border: 1px solid #8a949e; border-radius: 4px; }
        ol { list-style: none; padding: 0; margin: .5rem 0 0; }
        li { padding: .4rem 0; border-bottom: 1px solid #e3e6e9; }
        a { color: #1d5a8f; font-weight: 600; }
        p { margin: .2rem 0; color: #4a535c; font-size: .9em; }
        mark { background: #ffe58a; }
      </style>
      <input type="search" part="input" aria-label="${escape(texts.placeholder)}" placeholder="${escape(texts.placeholder)}">
      <p class="status" role="status" aria-live="polite"></p><ol></ol>`;
      const input = root.querySelector("input");
      const status = root.querySelector(".status");
      const list = root.querySelector("ol");
      let timer;
      let ticket = 0;
      const search = async () => {
        const params = new URLSearchParams({ q: input.value, hitsPerPage: this.getAttribute("hits") ?? "5" });
        if (this.getAttribute("key")) params.set("key", this.getAttribute("key"));
        for (const [attribute, param] of [["region", "region"], ["funder", "funder"], ["target-group", "targetGroup"]]) {
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
          list.innerHTML = body.hits.map((hit) => `<li><a href="${escape(hit.url)}" target="_top">${hit.highlight.title}</a><p>${hit.highlight.summary}</p></li>`).join("");
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
    for (const name of ["key", "lang", "region", "funder", "target-group", "hits"]) {
      const value = script.getAttribute(`data-${name}`);
      if (value) element.setAttribute(name, value);
    }
    script.parentNode.insertBefore(element, script.nextSibling);
  }
})();
