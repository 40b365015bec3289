// CSS selector queries with each selector compiled once per process. Cheerio parses and compiles
// a selector string on every call (css-what, css-select), which cost more than the search itself
// on the short selectors extraction runs per page and per element. Same matches, same order as
// cheerio's `.find(selector)` for the plain selectors used here (no positional pseudo-classes).
// Usage: $(selectIn(root, "dt")); $(selectFirst(document, "body")); matches(element, "th, td")

import { compile, selectAll, selectOne } from "css-select";
import { hasChildren, isTag, type AnyNode, type Element } from "domhandler";

type Query = ReturnType<typeof compile<AnyNode, Element>>;

const compiled = new Map<string, Query>();

function queryOf(selector: string): Query {
  let query = compiled.get(selector);
  if (!query) {
    query = compile<AnyNode, Element>(selector);
    compiled.set(selector, query);
  }
  return query;
}

const childrenOf = (roots: AnyNode | AnyNode[]): AnyNode[] =>
  (Array.isArray(roots) ? roots : [roots]).flatMap((root) => (hasChildren(root) ? root.children : []));

/** The descendants of the roots that match the selector, in document order (as `.find`). */
export function selectIn(roots: AnyNode | AnyNode[], selector: string): Element[] {
  return selectAll<AnyNode, Element>(queryOf(selector), childrenOf(roots));
}

/** The first descendant that matches, as a list of none or one (as `.find(selector).first()`): the walk stops there. */
export function selectFirst(roots: AnyNode | AnyNode[], selector: string): Element[] {
  const first = selectOne<AnyNode, Element>(queryOf(selector), childrenOf(roots));
  return first ? [first] : [];
}

/** Whether an element matches the selector (as `.is` or a filtering `.children(selector)`). */
export function matches(node: AnyNode, selector: string): boolean {
  return isTag(node) && queryOf(selector)(node);
}

/**
 * The descendants of the roots in groups, each group in document order, in one walk: `groupOf`
 * names an element's group by its tag (undefined: none). The same lists as one selectIn per
 * group of tag names, without a walk each.
 */
export function descendantsByGroup<G extends string>(
  roots: AnyNode[],
  groupOf: (tagName: string) => G | undefined,
): Map<G, Element[]> {
  const groups = new Map<G, Element[]>();
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      const group = groupOf(node.tagName);
      if (group !== undefined) {
        const members = groups.get(group);
        if (members) members.push(node);
        else groups.set(group, [node]);
      }
      walk(node.children);
    }
  };
  walk(childrenOf(roots));
  return groups;
}
