import { describe, expect, it } from "vitest";
import { SVG_NS, cleanSvgTree, isAllowedAttribute, type SvgNodeLike } from "./svg";

/** A minimal element: enough of the DOM for the cleaner (the tests run in Node). */
class FakeElement implements SvgNodeLike {
  parent: FakeElement | null = null;
  childList: FakeElement[] = [];
  attributeMap = new Map<string, string>();

  constructor(
    readonly localName: string,
    attributes: Record<string, string> = {},
    children: FakeElement[] = [],
    readonly namespaceURI: string | null = SVG_NS,
  ) {
    for (const [name, value] of Object.entries(attributes)) this.attributeMap.set(name, value);
    for (const child of children) {
      child.parent = this;
      this.childList.push(child);
    }
  }

  get attributes(): { name: string }[] {
    return [...this.attributeMap.keys()].map((name) => ({ name }));
  }

  get children(): FakeElement[] {
    return this.childList;
  }

  removeAttribute(name: string): void {
    this.attributeMap.delete(name);
  }

  remove(): void {
    if (!this.parent) return;
    this.parent.childList = this.parent.childList.filter((child) => child !== this);
    this.parent = null;
  }

  /** Element names, depth first, for comparing trees. */
  names(): string[] {
    return [this.localName, ...this.childList.flatMap((child) => child.names())];
  }
}

const el = (
  name: string,
  attributes: Record<string, string> = {},
  children: FakeElement[] = [],
  ns: string | null = SVG_NS,
) => new FakeElement(name, attributes, children, ns);

/** What the Rust radar chart looks like (shape, not the exact numbers). */
function chart(): FakeElement {
  return el("svg", { viewBox: "0 0 400 400", role: "img", "aria-labelledby": "t" }, [
    el("title", { id: "t" }),
    el("desc"),
    el("g", { fill: "none", stroke: "#999", "stroke-width": "1" }, [
      el("circle", { cx: "200", cy: "200", r: "150" }),
      el("line", { x1: "200", y1: "200", x2: "200", y2: "50" }),
      el("polygon", { points: "200,80 320,200 200,300", fill: "#0d6b65", "fill-opacity": "0.3" }),
      el("polyline", { points: "1,2 3,4" }),
      el("path", { d: "M0 0L10 10" }),
      el("rect", { x: "0", y: "0", width: "10", height: "10" }),
    ]),
    el("text", { x: "200", y: "30", "text-anchor": "middle", "font-size": "12" }, [el("tspan", { dy: "1em" })]),
  ]);
}

describe("cleanSvgTree", () => {
  it("keeps a normal chart as it is", () => {
    const root = chart();
    const before = root.names();
    const polygon = root.children[2]!.children[2]!;
    expect(cleanSvgTree(root)).toBe(true);
    expect(root.names()).toEqual(before);
    expect([...polygon.attributeMap.keys()]).toEqual(["points", "fill", "fill-opacity"]);
    expect(root.attributeMap.get("viewBox")).toBe("0 0 400 400");
  });

  it("removes a script element, also deep inside", () => {
    const root = el("svg", {}, [el("script"), el("g", {}, [el("script"), el("circle")])]);
    expect(cleanSvgTree(root)).toBe(true);
    expect(root.names()).toEqual(["svg", "g", "circle"]);
  });

  it("removes elements outside the allow-list with everything inside them", () => {
    const root = el("svg", {}, [
      el("foreignObject", {}, [el("div", {}, [], "http://www.w3.org/1999/xhtml")]),
      el("a", { href: "https://example.com" }, [el("text")]),
      el("image", { href: "x.png" }),
      el("style"),
      el("animate", { attributeName: "href" }),
      el("use", { href: "#t" }),
      el("rect"),
    ]);
    cleanSvgTree(root);
    expect(root.names()).toEqual(["svg", "rect"]);
  });

  it("removes an allowed name from another namespace", () => {
    const root = el("svg", {}, [el("text", {}, [], "http://www.w3.org/1999/xhtml"), el("text")]);
    cleanSvgTree(root);
    expect(root.children).toHaveLength(1);
    expect(root.children[0]!.namespaceURI).toBe(SVG_NS);
  });

  it("removes onload and other event handlers", () => {
    const circle = el("circle", { cx: "1", onclick: "x()", ONMOUSEOVER: "y()" });
    const root = el("svg", { onload: "alert(1)", viewBox: "0 0 1 1" }, [circle]);
    cleanSvgTree(root);
    expect([...root.attributeMap.keys()]).toEqual(["viewBox"]);
    expect([...circle.attributeMap.keys()]).toEqual(["cx"]);
  });

  it("removes href, xlink:href and style", () => {
    const text = el("text", { href: "javascript:alert(1)", "xlink:href": "#a", style: "fill:red", fill: "red" });
    const root = el("svg", {}, [el("g", {}, [text])]);
    cleanSvgTree(root);
    expect([...text.attributeMap.keys()]).toEqual(["fill"]);
  });

  it("refuses a root that is not <svg>", () => {
    const root = el("html", { onload: "x()" }, [el("script")], "http://www.w3.org/1999/xhtml");
    expect(cleanSvgTree(root)).toBe(false);
    expect(cleanSvgTree(el("svg", {}, [], null))).toBe(false);
    expect(cleanSvgTree(el("g"))).toBe(false);
  });
});

describe("isAllowedAttribute", () => {
  it("allows presentation attributes and refuses handlers, links and style", () => {
    for (const name of ["fill", "stroke", "d", "viewBox", "aria-label", "role", "font-size", "x", "id"]) {
      expect(isAllowedAttribute(name), name).toBe(true);
    }
    for (const name of ["onload", "onClick", "href", "xlink:href", "style", "STYLE"]) {
      expect(isAllowedAttribute(name), name).toBe(false);
    }
  });
});
