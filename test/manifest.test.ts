import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEV_URL, PLACEHOLDER_PRODUCTION_URL, productionManifest, productionUrl } from "../scripts/manifest-url.cjs";
import { NS, childNamed, duplicateResourceIds, iconProblems, nonHttpsUrls, pngSize, residProblems, resources } from "./helpers/manifest";
import { attribute, descendants, parseXml, type XmlElement } from "./helpers/xml";
import { REQUIRED_API } from "../src/excel/host";

const root = fileURLToPath(new URL("..", import.meta.url));
const assetsDir = join(root, "assets");
const source = readFileSync(join(root, "manifest.xml"), "utf8");
const manifest = parseXml(source);

function only(element: XmlElement, local: string): XmlElement {
  const found = descendants(element).filter((e) => e.local === local);
  expect(found, `exactly one <${local}>`).toHaveLength(1);
  return found[0]!;
}

function defaultPage(element: XmlElement): string | undefined {
  const location = childNamed(childNamed(element, "DefaultSettings") ?? element, "SourceLocation");
  return location && attribute(location, "DefaultValue");
}

function text(id: string): string | undefined {
  return resources(manifest).get(id)?.value;
}

describe("manifest.xml", () => {
  it("is a TaskPaneApp for Excel workbooks", () => {
    expect(manifest.local).toBe("OfficeApp");
    expect(attribute(manifest, "type", NS.xsi)).toBe("TaskPaneApp");
    const hosts = childNamed(manifest, "Hosts")?.children.map((h) => attribute(h, "Name"));
    expect(hosts).toEqual(["Workbook"]);
    expect(attribute(only(manifest, "DisplayName"), "DefaultValue")).toBe("Headstart");
  });

  it("has a GUID Id and an n.n.n.n Version", () => {
    expect(childNamed(manifest, "Id")?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(childNamed(manifest, "Version")?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(childNamed(manifest, "Permissions")?.text).toBe("ReadWriteDocument");
  });

  it("requires exactly the ExcelApi set the add-in checks for at run time", () => {
    // Newer sets (custom properties, 1.12) are optional: the writer falls back without them.
    const sets = descendants(childNamed(manifest, "Requirements")!).filter((e) => e.local === "Set");
    const excel = sets.find((s) => attribute(s, "Name") === "ExcelApi");
    expect(excel, "an ExcelApi <Set>").toBeDefined();
    expect(attribute(excel!, "MinVersion")).toBe(REQUIRED_API);
  });

  it("defines every resid it references, with the right kind of resource", () => {
    expect(residProblems(manifest)).toEqual([]);
    expect(duplicateResourceIds(manifest)).toEqual([]);
  });

  it("uses https for every URL", () => {
    expect(nonHttpsUrls(manifest)).toEqual([]);
  });

  it("names only icons that exist in assets/ at the size it states", () => {
    expect(iconProblems(manifest, DEV_URL, assetsDir)).toEqual([]);
  });

  it("ships square icons at 16, 32, 64, 80 and 128 pixels", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(assetsDir, `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("puts Plan hiring (task pane) and Refresh plan (refreshPlan) on the Home tab", () => {
    const tab = only(manifest, "OfficeTab");
    expect(attribute(tab, "id")).toBe("TabHome");
    const buttons = descendants(tab)
      .filter((e) => e.local === "Control")
      .map((control) => {
        const action = childNamed(control, "Action")!;
        return {
          label: text(attribute(childNamed(control, "Label")!, "resid") ?? ""),
          action: attribute(action, "type", NS.xsi),
          target: childNamed(action, "FunctionName")?.text ?? text(attribute(childNamed(action, "SourceLocation")!, "resid") ?? ""),
        };
      });
    expect(buttons).toEqual([
      { label: "Plan hiring", action: "ShowTaskpane", target: `${DEV_URL}taskpane.html` },
      { label: "Refresh plan", action: "ExecuteFunction", target: "refreshPlan" },
    ]);
    expect(text(attribute(only(manifest, "FunctionFile"), "resid") ?? "")).toBe(`${DEV_URL}commands.html`);
    expect(defaultPage(manifest)).toBe(`${DEV_URL}taskpane.html`);
  });

  it("points at the dev server in the repository (the build moves it)", () => {
    expect(source).toContain(DEV_URL);
  });
});

describe("manifest checks catch broken manifests", () => {
  it("reports a resid whose definition was removed", () => {
    const broken = parseXml(source.replace(/\s*<bt:Url id="Commands\.Url"[^>]*\/>/, ""));
    expect(residProblems(broken)).toEqual([expect.stringContaining('<FunctionFile resid="Commands.Url"> has no definition')]);
  });

  it("reports a resid pointing at the wrong kind of resource", () => {
    const broken = parseXml(source.replace('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'));
    expect(residProblems(broken)).toEqual([expect.stringContaining("needs one of ShortStrings, found Urls")]);
  });

  it("reports http URLs but not namespace declarations", () => {
    const broken = parseXml(source.replace('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'));
    expect(nonHttpsUrls(broken)).toEqual([expect.stringContaining("<SupportUrl>")]);
  });

  it("reports a missing icon file and a wrong-sized one", () => {
    const missing = parseXml(source.replace("assets/icon-80.png", "assets/icon-81.png"));
    expect(iconProblems(missing, DEV_URL, assetsDir).join("\n")).toContain("icon-81.png has no file");
    const wrongSize = parseXml(
      source.replace(
        'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
        'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
      ),
    );
    expect(iconProblems(wrongSize, DEV_URL, assetsDir).join("\n")).toContain("32px wide, the manifest says 16");
  });

  it("rejects XML that is not well-formed", () => {
    expect(() => parseXml(source.replace("</Hosts>", "</Host>"))).toThrow();
  });
});

describe("production manifest URL", () => {
  it("defaults to the placeholder when HEADSTART_URL is unset or blank", () => {
    expect(productionUrl({})).toBe(PLACEHOLDER_PRODUCTION_URL);
    expect(productionUrl({ HEADSTART_URL: "  " })).toBe(PLACEHOLDER_PRODUCTION_URL);
  });

  it("takes an https base from HEADSTART_URL and ends it with a slash", () => {
    expect(productionUrl({ HEADSTART_URL: "https://plans.acme.test" })).toBe("https://plans.acme.test/");
    expect(productionUrl({ HEADSTART_URL: "https://cdn.acme.test/addins/headstart" })).toBe("https://cdn.acme.test/addins/headstart/");
    expect(productionUrl({ HEADSTART_URL: "https://cdn.acme.test/headstart/" })).toBe("https://cdn.acme.test/headstart/");
  });

  it("refuses http, a query, and text that is not a URL", () => {
    expect(() => productionUrl({ HEADSTART_URL: "http://plans.acme.test/" })).toThrow(/https/);
    expect(() => productionUrl({ HEADSTART_URL: "https://plans.acme.test/?v=1" })).toThrow(/query/);
    expect(() => productionUrl({ HEADSTART_URL: "plans.acme.test" })).toThrow(/not a URL/);
  });

  it("moves every dev-server URL and nothing else", () => {
    const base = "https://cdn.acme.test/headstart/";
    const built = productionManifest(source, base);
    expect(built).not.toContain("localhost");
    const count = (text: string, part: string) => text.split(part).length - 1;
    expect(count(built, base)).toBe(count(source, DEV_URL));
    expect(built.split(base).join(DEV_URL)).toBe(source);
    const parsed = parseXml(built);
    expect(nonHttpsUrls(parsed)).toEqual([]);
    expect(residProblems(parsed)).toEqual([]);
    expect(defaultPage(parsed)).toBe(`${base}taskpane.html`);
  });
});
