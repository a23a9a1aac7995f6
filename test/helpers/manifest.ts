// Offline checks of an add-in manifest (XML). `office-addin-manifest validate` needs an online
// service and does not notice a `resid` with no resource behind it, which Office only reports
// when it refuses to load the add-in. Each check returns its problems; none means it holds.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { attribute, descendants, type XmlElement } from "./xml";

export const NS = {
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xmlns: "http://www.w3.org/2000/xmlns/",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

// Which kind of resource each referencing element needs: a Label pointing at a URL loads but
// shows the URL as the button's caption.
const EXPECTED_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Runtime: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

// Elements whose DefaultValue is a URL Office fetches.
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"]);

export interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
  line: number;
}

export function childNamed(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

/** The resources defined under VersionOverrides/Resources, by id. */
export function resources(root: XmlElement): Map<string, Resource> {
  const found = new Map<string, Resource>();
  for (const block of descendants(root).filter((e) => e.local === "Resources")) {
    for (const group of block.children) {
      for (const item of group.children) {
        const id = attribute(item, "id");
        if (id === undefined) continue;
        found.set(id, { id, kind: group.local as ResourceKind, value: attribute(item, "DefaultValue") ?? "", line: item.line });
      }
    }
  }
  return found;
}

function isResourceDefinition(element: XmlElement): boolean {
  return element.uri === NS.bt && attribute(element, "id") !== undefined;
}

export function duplicateResourceIds(root: XmlElement): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const element of descendants(root).filter(isResourceDefinition)) {
    const id = attribute(element, "id") ?? "";
    if (seen.has(id)) problems.push(`line ${element.line}: resource id "${id}" is defined twice`);
    seen.add(id);
  }
  return problems;
}

/** Every `resid` must name a defined resource of the kind its element needs. */
export function residProblems(root: XmlElement): string[] {
  const defined = resources(root);
  const problems: string[] = [];
  for (const element of descendants(root)) {
    const resid = attribute(element, "resid");
    if (resid === undefined) continue;
    const resource = defined.get(resid);
    const expected = EXPECTED_KIND[element.local];
    if (!resource) {
      problems.push(`line ${element.line}: <${element.local} resid="${resid}"> has no definition in Resources`);
    } else if (expected && resource.kind !== expected) {
      problems.push(`line ${element.line}: <${element.local} resid="${resid}"> needs one of ${expected}, found ${resource.kind}`);
    }
  }
  return problems;
}

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Office loads nothing over plain http. Namespace declarations are identifiers, not fetched,
 * so they are the one place http:// may appear.
 */
export function nonHttpsUrls(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const element of descendants(root)) {
    const values = [
      ...element.attributes.filter((a) => a.uri !== NS.xmlns && a.value.includes("://")).map((a) => a.value),
      ...(element.text.includes("://") ? [element.text] : []),
    ];
    const defaultValue = attribute(element, "DefaultValue");
    if (URL_ELEMENTS.has(element.local) && defaultValue !== undefined) values.push(defaultValue);
    for (const value of new Set(values)) {
      if (!isHttps(value)) problems.push(`line ${element.line}: <${element.local}> "${value}" is not an https URL`);
    }
  }
  return problems;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.toString("latin1", 1, 4) !== "PNG" || bytes.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Every icon the manifest names must be a file in `assetsDir`, square, and as large as the
 * manifest says (the ribbon scales a wrong-sized image and blurs it).
 */
export function iconProblems(root: XmlElement, devUrl: string, assetsDir: string): string[] {
  const assetsUrl = `${devUrl}assets/`;
  const defined = resources(root);
  // [url, expected size or undefined, where it is named]
  const icons: Array<[string, number | undefined, string]> = [];
  const topLevelSizes: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };
  for (const element of descendants(root)) {
    const topSize = topLevelSizes[element.local];
    const url = attribute(element, "DefaultValue");
    if (topSize !== undefined && url !== undefined) icons.push([url, topSize, `line ${element.line}: <${element.local}>`]);
    const resid = attribute(element, "resid");
    const resource = resid === undefined ? undefined : defined.get(resid);
    if (element.local === "Image" && resource?.kind === "Images") {
      icons.push([resource.value, Number(attribute(element, "size")), `line ${element.line}: <bt:Image resid="${resid}">`]);
    }
  }
  for (const resource of defined.values()) {
    if (resource.kind === "Images") icons.push([resource.value, undefined, `line ${resource.line}: bt:Image "${resource.id}"`]);
  }
  const problems: string[] = [];
  for (const [url, size, where] of icons) {
    if (!url.startsWith(assetsUrl)) {
      problems.push(`${where}: ${url} is not under ${assetsUrl}`);
      continue;
    }
    const file = join(assetsDir, url.slice(assetsUrl.length));
    if (!existsSync(file)) {
      problems.push(`${where}: ${url} has no file ${file}`);
      continue;
    }
    const { width, height } = pngSize(file);
    if (width !== height) problems.push(`${where}: ${file} is ${width}x${height}, not square`);
    if (size !== undefined && width !== size) problems.push(`${where}: ${file} is ${width}px wide, the manifest says ${size}`);
  }
  return [...new Set(problems)];
}
