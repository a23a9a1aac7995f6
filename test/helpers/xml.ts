// A small element tree over saxes, a strict (well-formedness checking), namespace-aware XML
// parser, for tests that inspect XML documents such as the add-in manifest.
import { SaxesParser } from "saxes";

export interface XmlAttribute {
  /** As written, with its prefix (`xsi:type`). */
  name: string;
  local: string;
  uri: string;
  value: string;
}

export interface XmlElement {
  local: string;
  uri: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** The element's own text (not its descendants'), trimmed. */
  text: string;
  /** 1-based line of the start tag, for messages that point into the file. */
  line: number;
}

/** Parses `source`, throwing with line and column on anything that is not well-formed XML. */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      local: tag.local,
      uri: tag.uri,
      attributes: Object.values(tag.attributes).map(({ name, local, uri, value }) => ({ name, local, uri, value })),
      children: [],
      text: "",
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text = (current.text + text).trim();
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(source).close();
  if (!root) throw new Error("XML document has no root element");
  return root;
}

/** The element and everything below it, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** The value of the attribute with this local name (and namespace, when given). */
export function attribute(element: XmlElement, local: string, uri?: string): string | undefined {
  return element.attributes.find((a) => a.local === local && (uri === undefined || a.uri === uri))?.value;
}
