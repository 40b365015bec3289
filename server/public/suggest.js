// @ts-check
// Title suggestions for the search box as an ARIA 1.2 combobox: the input owns a listbox of
// titles from /api/suggest; arrow keys move the active option (aria-activedescendant), Enter
// opens it, Escape closes the list. Requests wait for a pause in typing and a newer one cancels
// the older (AbortController), so typing quickly sends one request, not one per key.
// Usage: createSuggestions({ input, list, status, texts: () => t(), onChoose: (id) => …, scope: () => query })

import { escape } from "./format.js";

const DELAY_MS = 250;

/** A suggestion as /api/suggest sends it: the title with the typed words marked (HTML-escaped). */
/** @typedef {{ id: string, title: string, highlight: string }} Suggestion */

/**
 * @typedef {{ input: HTMLInputElement, list: HTMLElement, status: HTMLElement,
 *   texts: () => import("./types.js").Texts, onChoose: (id: string, title: string) => void,
 *   scope: () => URLSearchParams }} SuggestionOptions
 */

/** @param {SuggestionOptions} options */
export function createSuggestions({ input, list, status, texts, onChoose, scope }) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {AbortController | undefined} */
  let controller;
  /** @type {Suggestion[]} */
  let options = [];
  let active = -1;

  const close = () => {
    options = [];
    active = -1;
    list.innerHTML = "";
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };
  /** @param {Suggestion[]} suggestions */
  const show = (suggestions) => {
    options = suggestions;
    active = -1;
    list.innerHTML = suggestions
      .map(
        (s, i) =>
          `<li role="option" id="suggestion-${i}" aria-selected="false" data-suggestion="${escape(s.id)}">${s.highlight}</li>`,
      )
      .join("");
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", String(suggestions.length > 0));
    status.textContent = suggestions.length ? texts().suggestionsAvailable(suggestions.length) : "";
  };
  /** @param {number} by */
  const move = (by) => {
    if (options.length === 0) return;
    active = (active + by + options.length) % options.length;
    list
      .querySelectorAll("[role=option]")
      .forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", `suggestion-${active}`);
  };
  const fetchSuggestions = async () => {
    controller?.abort();
    const text = input.value.trim();
    if (text.length < 2) return close();
    controller = new AbortController();
    const query = scope();
    query.set("q", text);
    try {
      const response = await fetch(`/api/suggest?${query}`, { signal: controller.signal });
      if (!response.ok) return close();
      const body = /** @type {{ suggestions: Suggestion[] }} */ (await response.json());
      if (document.activeElement === input) show(body.suggestions);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === "AbortError")) close();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, DELAY_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Escape" && options.length) {
      event.preventDefault();
      close();
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      const chosen = options[active];
      close();
      if (chosen) onChoose(chosen.id, chosen.title);
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const option = event.target instanceof Element ? event.target.closest("[data-suggestion]") : null;
    if (!(option instanceof HTMLElement)) return;
    const chosen = options.find((s) => s.id === option.dataset.suggestion);
    close();
    if (chosen) onChoose(chosen.id, chosen.title);
  });
  return {
    close,
    cancel() {
      clearTimeout(timer);
      controller?.abort();
      close();
    },
  };
}
