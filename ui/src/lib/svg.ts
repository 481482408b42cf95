/**
 * Charts arrive from Rust as SVG text (the same SVG the exported reports use). They are put in
 * the page as SVG nodes, never as HTML: the text is parsed as XML, checked to be an <svg>, and
 * cleaned with an allow-list of elements and without event handlers, links or style (the CSP
 * forbids inline style anyway). Rust already promises all of that; this is the second lock.
 */

export const SVG_NS = "http://www.w3.org/2000/svg";

/** The only elements a chart may hold. */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  "svg",
  "g",
  "path",
  "line",
  "polyline",
  "polygon",
  "circle",
  "rect",
  "text",
  "tspan",
  "title",
  "desc",
]);

/** The parts of a DOM element the cleaner needs (a real Element fits; tests use a small fake). */
export interface SvgNodeLike {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly attributes: ArrayLike<{ readonly name: string }>;
  readonly children: ArrayLike<SvgNodeLike>;
  removeAttribute(name: string): void;
  remove(): void;
}

/** Whether an attribute may stay: no event handlers (`on…`), no links, no style. */
export function isAllowedAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith("on")) return false;
  if (lower === "style" || lower === "href" || lower.endsWith(":href")) return false;
  return true;
}

function isAllowedElement(node: SvgNodeLike): boolean {
  return node.namespaceURI === SVG_NS && ALLOWED_ELEMENTS.has(node.localName);
}

/**
 * Cleans a parsed chart in place: drops every element outside the allow-list (with what it
 * holds) and every attribute `isAllowedAttribute` refuses. Returns false, and leaves the tree
 * alone, when the root is not an SVG <svg> element.
 */
export function cleanSvgTree(root: SvgNodeLike): boolean {
  if (root.localName !== "svg" || root.namespaceURI !== SVG_NS) return false;
  const walk = (node: SvgNodeLike): void => {
    for (const attribute of Array.from(node.attributes).map((a) => a.name)) {
      if (!isAllowedAttribute(attribute)) node.removeAttribute(attribute);
    }
    for (const child of Array.from(node.children)) {
      if (isAllowedElement(child)) walk(child);
      else child.remove();
    }
  };
  walk(root);
  return true;
}

/**
 * Parses chart text and cleans it (see `cleanSvgTree`). Returns the <svg> element of a new XML
 * document (import it with `document.importNode` before appending), or null when the text is
 * not well-formed SVG. Needs a browser's `DOMParser`.
 */
export function parseChartSvg(text: string): SVGSVGElement | null {
  const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
  const root = parsed.documentElement;
  if (parsed.getElementsByTagName("parsererror").length > 0) return null;
  if (!cleanSvgTree(root)) return null;
  return root as unknown as SVGSVGElement;
}
