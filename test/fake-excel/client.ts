/**
 * The client side of the fake Excel: proxy objects that queue operations and read only what was
 * loaded and synced, as Office.js does. Property and parameter types come from @types/office-js
 * (`Excel.Range["values"]`, ...), so a change there breaks this file at compile time.
 */
import { parseAddress, type Rect } from "../../src/report/a1";
import {
  FakeOfficeError,
  invalid,
  isUnbounded,
  type ChartModel,
  type ConditionalFormatModel,
  type PageLayoutModel,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "./model";

const NULL = Symbol("null object");
// TextEncoder, not Buffer: the task pane's browser tests run this fake in the page too.
const encoder = new TextEncoder();
type Resolved<T> = T | typeof NULL;

interface Operation {
  /** What Office.js would serialise for this action: the request's size is estimated from it. */
  readonly describe: unknown;
  /** `Type.member` for a change (a property set or a method call); absent for reads. */
  readonly api?: string;
  /** Applies the action to the workbook; a load returns a commit run only if the whole batch succeeds. */
  readonly apply: () => (() => void) | void;
}

function notLoaded(prop: string, type: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context. (${type})`,
  );
}

function parseLoad(arg: unknown): string[] | null {
  if (arg === undefined) return null;
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.map(String);
  throw new FakeOfficeError("FakeLimitation", "the fake supports load(string | string[]) only");
}

export class FakeContext {
  private queue: Operation[] = [];
  readonly workbook: FakeWorkbook;
  /** Set by `Excel.run({ mergeUndoGroup: true })` on a host with ExcelApi 1.20; older hosts ignore the option. */
  private readonly mergeUndo: boolean;
  private undoStepOpen = false;
  constructor(
    readonly host: WorkbookModel,
    readonly delayForCellEdit: boolean,
    private readonly runtime: { ended(): boolean } = { ended: () => false },
    mergeUndoGroup = false,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.mergeUndo = mergeUndoGroup && host.isSetSupported("ExcelApi", "1.20");
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const host = this.host;
    const index = host.syncLog.length + 1;
    const bytes = encoder.encode(JSON.stringify(ops.map((o) => o.describe))).length;
    const record = (failed: boolean): void => {
      host.syncLog.push({ index, bytes, operations: ops.length, failed });
    };
    if (host.cellEditMode) {
      if (!this.delayForCellEdit) {
        record(true);
        throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      }
      await host.whenNotEditing();
    }
    await Promise.resolve();
    // A runtime that has ended sends nothing more: its sync never answers (see FakeRuntime).
    if (this.runtime.ended()) return new Promise<void>(() => undefined);
    if (host.failAtSync === index) {
      host.failAtSync = null;
      record(true);
      throw new FakeOfficeError("GeneralException", `Injected fault at sync ${index}; nothing of this batch was applied.`);
    }
    if (bytes > host.requestLimitBytes) {
      record(true);
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${bytes} bytes).`);
    }
    const commits: (() => void)[] = [];
    const changes = ops.some((o) => o.api !== undefined);
    try {
      // Excel applies a batch's actions in order and stops at the first failure; those before stay.
      for (const op of ops) {
        if (this.mergeUndo && op.api !== undefined && host.undoUnsupported.has(op.api)) {
          throw new FakeOfficeError("UndoNotSupported", `${op.api} cannot be part of an undo group.`);
        }
        const commit = op.apply();
        if (commit) commits.push(commit);
      }
    } catch (e) {
      record(true);
      throw e;
    }
    record(false);
    if (changes && !(this.mergeUndo && this.undoStepOpen)) host.undoSteps++;
    if (changes && this.mergeUndo) this.undoStepOpen = true;
    if (ops.some((o) => (o.describe as { name?: string }).name === "suspendApiCalculationUntilNextSync")) host.suspendedCalcSyncs++;
    for (const c of commits) c();
  }
}

/** Base of every proxy: a path for the request, a resolver run when the batch is applied. */
abstract class FakeObject<T> {
  private cached: Resolved<T> | undefined;
  protected known = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  protected abstract readonly typeName: string;
  protected abstract readonly scalarProps: readonly string[];

  constructor(
    readonly context: FakeContext,
    readonly path: string,
    private readonly resolver: () => Resolved<T>,
  ) {}

  /** Resolved once, when first used by an applied action, then bound (Office.js binds by id). */
  protected target(): Resolved<T> {
    this.cached ??= this.resolver();
    return this.cached;
  }

  /**
   * For proxies derived from this one: a null parent gives a null child, or fails the batch when
   * the host is set to (`WorkbookModel.nullObjectCalls`: the documentation is silent on it).
   */
  protected child<C>(f: (t: T) => Resolved<C>): () => Resolved<C> {
    return () => {
      const t = this.target();
      if (t !== NULL) return f(t);
      if (this.context.host.nullObjectCalls === "throw")
        throw new FakeOfficeError("InvalidObjectPath", `a method or property was used on a null object (${this.path}).`);
      return NULL;
    };
  }

  /** @internal */
  must(): T {
    const t = this.target();
    if (t === NULL) throw new FakeOfficeError("ItemNotFound", `${this.typeName} is a null object (${this.path}).`);
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw notLoaded("isNullObject", this.typeName);
    return this.nullKnown;
  }

  protected read<V>(prop: string): V {
    // Office.js returns the unset field, undefined, for any property of a null object.
    if (this.nullKnown === true && !this.known.has(prop)) return undefined as V;
    if (!this.known.has(prop)) throw notLoaded(prop, this.typeName);
    return this.known.get(prop) as V;
  }

  /** Queues a property set; like Office.js the proxy then reads back what was set. */
  protected write(prop: string, value: unknown, apply: (t: T) => void): void {
    this.known.set(prop, value);
    this.context.enqueue({
      describe: { path: this.path, set: prop, value },
      api: `${this.typeName}.${prop}`,
      apply: () => {
        if (value === null || value === undefined) throw invalid(`${prop} cannot be set to ${String(value)}.`);
        apply(this.must());
      },
    });
  }

  protected call(method: string, args: unknown[], apply: (t: T) => void): void {
    this.context.enqueue({
      describe: { path: this.path, call: method, args },
      api: `${this.typeName}.${method}`,
      apply: () => apply(this.must()),
    });
  }

  protected abstract snapshot(t: T, prop: string): unknown;

  load(props?: string | string[]): this {
    const names = this.checkLoad(props);
    this.context.enqueue({ describe: { path: this.path, load: names }, apply: () => this.loadNow(names) });
    return this;
  }

  /** @internal */
  checkLoad(props?: string | string[]): string[] {
    const names = parseLoad(props) ?? [...this.scalarProps];
    for (const n of names)
      if (!this.scalarProps.includes(n)) throw new FakeOfficeError("FakeLimitation", `${this.typeName}.load("${n}") is not modelled`);
    return names;
  }

  /** @internal Reads the loaded properties now (while the batch is applied); they become readable on commit. */
  loadNow(names: readonly string[]): () => void {
    const t = this.target();
    if (t === NULL) return () => void (this.nullKnown = true);
    const values = names.map((n) => [n, this.snapshot(t, n)] as const);
    return () => {
      this.nullKnown = false;
      for (const [n, v] of values) this.known.set(n, v);
    };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.known);
  }
}

/** Collections: `load("items/name")` (or `load("name")`) loads the items with those properties. */
abstract class FakeCollection<T, P extends FakeObject<unknown>> {
  private loadedItems: P[] | undefined;
  private isNull = false;
  constructor(
    readonly context: FakeContext,
    readonly path: string,
    private readonly list: () => Resolved<T[]>,
    private readonly wrap: (t: T, i: number) => P,
  ) {}

  get items(): P[] {
    // A collection under a null object loads as null: its items read as undefined, as in Office.js.
    if (this.isNull) return undefined as unknown as P[];
    if (this.loadedItems === undefined) throw notLoaded("items", this.path);
    return this.loadedItems;
  }

  load(props?: string | string[]): this {
    const names = (parseLoad(props) ?? []).map((n) => n.replace(/^items\//, ""));
    this.context.enqueue({
      describe: { path: this.path, load: names },
      apply: () => {
        const found = this.list();
        if (found === NULL) return () => void (this.isNull = true);
        const items = found.map((t, i) => this.wrap(t, i));
        const commits = items.map((p) => p.loadNow(p.checkLoad(names.length > 0 ? names : undefined)));
        return () => {
          for (const c of commits) c();
          this.loadedItems = items;
        };
      },
    });
    return this;
  }
}

// ---------------------------------------------------------------- workbook, application

/**
 * `Application.cultureInfo.datetimeFormat` (ExcelApi 1.12): the workbook's regional date and time
 * formats, read only. A host without 1.12 fails the batch, as Office.js does for an API it lacks.
 */
export class FakeDatetimeFormatInfo extends FakeObject<WorkbookModel> {
  protected readonly typeName = "DatetimeFormatInfo";
  protected readonly scalarProps = ["shortDatePattern", "dateSeparator"] as const;
  get shortDatePattern(): string {
    return this.read("shortDatePattern");
  }
  get dateSeparator(): string {
    return this.read("dateSeparator");
  }
  protected snapshot(host: WorkbookModel, prop: string): unknown {
    if (!host.isSetSupported("ExcelApi", "1.12"))
      throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found (DatetimeFormatInfo, ExcelApi 1.12).");
    return prop === "shortDatePattern" ? host.shortDatePattern : (/[^dMy]/.exec(host.shortDatePattern)?.[0] ?? "/");
  }
}

export class FakeApplication {
  readonly cultureInfo: { readonly datetimeFormat: FakeDatetimeFormatInfo };
  constructor(private readonly context: FakeContext) {
    this.cultureInfo = {
      datetimeFormat: new FakeDatetimeFormatInfo(context, "application.cultureInfo.datetimeFormat", () => context.host),
    };
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({
      describe: { path: "application", call: "suspendApiCalculationUntilNextSync", name: "suspendApiCalculationUntilNextSync" },
      apply: () => undefined,
    });
  }
}

export class FakeWorkbook {
  readonly application: FakeApplication;
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly protection: FakeProtection;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  readonly names: FakeWorkbookNames;
  constructor(readonly context: FakeContext) {
    this.names = new FakeWorkbookNames(context);
    this.customXmlParts = new FakeCustomXmlPartCollection(context, "workbook.customXmlParts", () => context.host.customXmlParts);
    this.application = new FakeApplication(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, "workbook.tables", () => context.host.tables, null);
    this.protection = new FakeProtection(context, "workbook.protection", () => ({ get: () => context.host.structureProtected }));
  }

  getSelectedRange(): FakeRange {
    const host = this.context.host;
    return new FakeRange(this.context, "workbook.selection", () => {
      if (!host.selection) throw new FakeOfficeError("ItemNotFound", "nothing is selected");
      // See WorkbookModel.selection: several areas are an error, not the first area.
      if ((host.selection.otherAreas ?? []).length > 0)
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet: host.selection.sheet, rect: host.selection.rect };
    });
  }
}

type XmlPartModel = WorkbookModel["customXmlParts"][number];

/** The root element's `xmlns`: the namespace `getByNamespace` finds a part by. */
function rootNamespace(xml: string): string {
  const root = /<(?![?!])[^\s>/]+([^>]*)>/.exec(xml);
  if (!root) throw invalid("the custom XML part is not XML");
  return /\sxmlns="([^"]*)"/.exec(root[1] ?? "")?.[1] ?? "";
}

export class FakeCustomXmlPartCollection extends FakeCollection<XmlPartModel, FakeCustomXmlPart> {
  constructor(context: FakeContext, path: string, list: () => Resolved<XmlPartModel[]>) {
    super(context, path, list, (x) => new FakeCustomXmlPart(context, `customXmlParts[${JSON.stringify(x.id)}]`, () => x));
  }

  add(xml: string): FakeCustomXmlPart {
    let created: XmlPartModel | undefined;
    this.context.enqueue({
      describe: { path: this.path, call: "add", args: [xml] },
      api: "CustomXmlPartCollection.add",
      apply: () => {
        const host = this.context.host;
        created = { id: `{${host.id()}}`, namespaceUri: rootNamespace(xml), xml };
        host.customXmlParts.push(created);
      },
    });
    return new FakeCustomXmlPart(this.context, `${this.path}.add`, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "the part was never added");
      return created;
    });
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    const host = this.context.host;
    return new FakeCustomXmlPartCollection(this.context, `${this.path}.byNamespace(${JSON.stringify(namespaceUri)})`, () =>
      host.customXmlParts.filter((x) => x.namespaceUri === namespaceUri),
    );
  }
}

export class FakeCustomXmlPart extends FakeObject<XmlPartModel> {
  protected readonly typeName = "CustomXmlPart";
  protected readonly scalarProps = ["id", "namespaceUri"] as const;
  get id(): string {
    return this.read("id");
  }
  get namespaceUri(): string {
    return this.read("namespaceUri");
  }
  protected snapshot(x: XmlPartModel, prop: string): unknown {
    return x[prop as "id" | "namespaceUri"];
  }
  /** A ClientResult: `value` is readable after the sync. */
  getXml(): { readonly value: string } {
    let value: string | undefined;
    this.context.enqueue({
      describe: { path: this.path, call: "getXml", args: [] },
      apply: () => {
        const xml = this.must().xml;
        return () => void (value = xml);
      },
    });
    return {
      get value(): string {
        if (value === undefined) throw notLoaded("value", "ClientResult");
        return value;
      },
    };
  }
  delete(): void {
    this.call("delete", [], (x) => {
      const parts = this.context.host.customXmlParts;
      parts.splice(parts.indexOf(x), 1);
    });
  }
}

/** `Workbook.protection` (ExcelApi 1.7) and `Worksheet.protection` (1.2): `protected` is read only. */
export class FakeProtection extends FakeObject<{ get(): boolean }> {
  protected readonly typeName = "Protection";
  protected readonly scalarProps = ["protected"] as const;
  get protected(): boolean {
    return this.read("protected");
  }
  protected snapshot(p: { get(): boolean }): unknown {
    return p.get();
  }
}

// ---------------------------------------------------------------- worksheets

export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  constructor(context: FakeContext) {
    super(
      context,
      "worksheets",
      () => context.host.sheets,
      (s) => new FakeWorksheet(context, `worksheets[#${s.id}]`, () => s),
    );
  }

  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    const sheet = new FakeWorksheet(this.context, `worksheets.add(${JSON.stringify(name)})`, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "the sheet was never added");
      return created;
    });
    this.context.enqueue({
      describe: { path: "worksheets", call: "add", args: [name] },
      api: "WorksheetCollection.add",
      apply: () => {
        this.context.host.checkStructure();
        created = this.context.host.addSheet(name ?? `Sheet${this.context.host.sheets.length + 1}`);
      },
    });
    return sheet;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets[${JSON.stringify(key)}]`, () => this.context.host.sheet(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets[${JSON.stringify(key)}]?`, () => this.context.host.findSheet(key) ?? NULL);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "worksheets.active", () => {
      const a = this.context.host.activeSheet;
      if (!a) throw new FakeOfficeError("ItemNotFound", "no active sheet");
      return a;
    });
  }
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  protected readonly typeName = "Worksheet";
  protected readonly scalarProps = ["name", "tabColor", "id", "visibility"] as const;

  get name(): Excel.Worksheet["name"] {
    return this.read("name");
  }
  set name(v: Excel.Worksheet["name"]) {
    this.write("name", v, (s) => {
      this.context.host.checkStructure();
      const other = this.context.host.findSheet(v);
      if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${v}" already exists.`);
      s.name = v;
    });
  }
  get tabColor(): Excel.Worksheet["tabColor"] {
    return this.read("tabColor");
  }
  set tabColor(v: Excel.Worksheet["tabColor"]) {
    this.write("tabColor", v, (s) => {
      this.context.host.checkEditable(s);
      s.tabColor = v;
    });
  }
  get id(): Excel.Worksheet["id"] {
    return this.read("id");
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.read("visibility");
  }
  set visibility(v: Excel.Worksheet["visibility"]) {
    this.write("visibility", v, (s) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw invalid(`visibility ${String(v)}`);
      // Excel keeps at least one sheet visible: hiding the last one fails (docs: Worksheet.visibility;
      // the UI says "A workbook must contain at least one visible worksheet").
      if (v !== "Visible" && !this.context.host.sheets.some((o) => o !== s && o.visibility === "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      s.visibility = v as SheetModel["visibility"];
    });
  }

  protected snapshot(s: SheetModel, prop: string): unknown {
    return prop === "id" ? `{${s.id}}` : s[prop as "name" | "tabColor" | "visibility"];
  }

  private nav = new Map<string, unknown>();
  private cachedNav<V>(name: string, make: () => V): V {
    if (!this.nav.has(name)) this.nav.set(name, make());
    return this.nav.get(name) as V;
  }

  get customProperties(): FakeCustomPropertyCollection {
    return this.cachedNav(
      "customProperties",
      () =>
        new FakeCustomPropertyCollection(
          this.context,
          `${this.path}.customProperties`,
          this.child((s) => s),
        ),
    );
  }
  get names(): FakeNamedItemCollection {
    return this.cachedNav(
      "names",
      () =>
        new FakeNamedItemCollection(
          this.context,
          `${this.path}.names`,
          this.child((s) => s),
        ),
    );
  }
  get tables(): FakeTableCollection {
    return this.cachedNav("tables", () => {
      const sheet = this.child((s) => s);
      return new FakeTableCollection(
        this.context,
        `${this.path}.tables`,
        () => {
          const s = sheet();
          return s === NULL ? NULL : this.context.host.tables.filter((t) => t.sheet === s);
        },
        sheet,
      );
    });
  }
  get charts(): FakeChartCollection {
    return this.cachedNav(
      "charts",
      () =>
        new FakeChartCollection(
          this.context,
          `${this.path}.charts`,
          this.child((s) => s),
        ),
    );
  }
  get freezePanes(): FakeFreezePanes {
    return this.cachedNav(
      "freezePanes",
      () =>
        new FakeFreezePanes(
          this.context,
          `${this.path}.freezePanes`,
          this.child((s) => s),
        ),
    );
  }
  get protection(): FakeProtection {
    return this.cachedNav(
      "protection",
      () =>
        new FakeProtection(
          this.context,
          `${this.path}.protection`,
          this.child((s) => ({ get: () => s.protected })),
        ),
    );
  }
  get pageLayout(): FakePageLayout {
    return this.cachedNav(
      "pageLayout",
      () =>
        new FakePageLayout(
          this.context,
          `${this.path}.pageLayout`,
          this.child((s) => s),
        ),
    );
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.range(${address ?? ""})`,
      this.child((s) => {
        const rect = parseAddress(address ?? "A:XFD");
        if (rect.sheet !== null && rect.sheet.toLowerCase() !== s.name.toLowerCase())
          throw invalid(`address ${address} is on another sheet`);
        return { sheet: s, rect };
      }),
    );
  }

  /** Excel's used range: A1 on an empty sheet, never an error; `valuesOnly` ignores formatted blanks. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.usedRange(${String(valuesOnly ?? false)})`,
      this.child((s) => ({ sheet: s, rect: this.context.host.usedRect(s, valuesOnly === true) })),
    );
  }

  /**
   * The documentation does not say what activating a hidden sheet does; Excel's UI cannot show
   * one without unhiding it, and VBA's `Worksheet.Activate` fails on one. The fake fails too, so
   * code that navigates must check visibility first.
   */
  activate(): void {
    this.call("activate", [], (s) => {
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `The sheet "${s.name}" is hidden.`);
      this.context.host.activeSheet = s;
    });
  }

  delete(): void {
    this.call("delete", [], (s) => {
      this.context.host.checkStructure();
      this.context.host.deleteSheet(s);
    });
  }
}

export class FakeCustomPropertyCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly sheet: () => Resolved<SheetModel>,
  ) {}

  add(
    key: Parameters<Excel.WorksheetCustomPropertyCollection["add"]>[0],
    value: Parameters<Excel.WorksheetCustomPropertyCollection["add"]>[1],
  ): FakeCustomProperty {
    this.context.enqueue({
      describe: { path: this.path, call: "add", args: [key, value] },
      api: "WorksheetCustomPropertyCollection.add",
      apply: () => {
        const s = this.sheet();
        if (s === NULL) throw new FakeOfficeError("ItemNotFound", "null sheet");
        this.context.host.checkEditable(s);
        if (key.length === 0 || key.length > 255) throw invalid("custom property key must be 1..255 characters");
        s.customProperties.set(key.toLowerCase(), { key, value: String(value) });
      },
    });
    return this.getItem(key);
  }

  getItem(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.context, `${this.path}[${JSON.stringify(key)}]`, () => {
      const s = this.sheet();
      const p = s === NULL ? undefined : s.customProperties.get(key.toLowerCase());
      if (!p) throw new FakeOfficeError("ItemNotFound", `custom property ${key}`);
      return p;
    });
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.context, `${this.path}[${JSON.stringify(key)}]?`, () => {
      const s = this.sheet();
      return (s === NULL ? undefined : s.customProperties.get(key.toLowerCase())) ?? NULL;
    });
  }
}

export class FakeCustomProperty extends FakeObject<{ key: string; value: string }> {
  protected readonly typeName = "WorksheetCustomProperty";
  protected readonly scalarProps = ["key", "value"] as const;
  get key(): Excel.WorksheetCustomProperty["key"] {
    return this.read("key");
  }
  get value(): Excel.WorksheetCustomProperty["value"] {
    return this.read("value");
  }
  protected snapshot(p: { key: string; value: string }, prop: string): unknown {
    return p[prop as "key" | "value"];
  }
}

export class FakeNamedItemCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly sheet: () => Resolved<SheetModel>,
  ) {}

  add(name: string, reference: string, comment?: string): FakeNamedItem {
    this.context.enqueue({
      describe: { path: this.path, call: "add", args: [name, reference, comment] },
      api: "NamedItemCollection.add",
      apply: () => {
        const s = this.sheet();
        if (s === NULL) throw new FakeOfficeError("ItemNotFound", "null sheet");
        this.context.host.checkEditable(s);
        if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw invalid(`bad name ${name}`);
        if (s.names.has(name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `name ${name}`);
        s.names.set(name.toLowerCase(), { name, formula: reference, visible: true });
      },
    });
    return this.getItemOrNullObject(name);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}[${JSON.stringify(name)}]?`, () => {
      const s = this.sheet();
      return (s === NULL ? undefined : s.names.get(name.toLowerCase())) ?? NULL;
    });
  }
}

/** `Workbook.names`: the workbook-scoped defined names, for `load("items/name")`. */
export class FakeWorkbookNames extends FakeCollection<{ name: string; formula: string; visible: boolean }, FakeNamedItem> {
  constructor(context: FakeContext) {
    super(
      context,
      "workbook.names",
      () => [...context.host.names.values()],
      (n) => new FakeNamedItem(context, `names[${JSON.stringify(n.name)}]`, () => n),
    );
  }
}

export class FakeNamedItem extends FakeObject<{ name: string; formula: string; visible: boolean }> {
  protected readonly typeName = "NamedItem";
  protected readonly scalarProps = ["name", "formula", "visible"] as const;
  get name(): Excel.NamedItem["name"] {
    return this.read("name");
  }
  get formula(): Excel.NamedItem["formula"] {
    return this.read("formula");
  }
  get visible(): Excel.NamedItem["visible"] {
    return this.read("visible");
  }
  set visible(v: Excel.NamedItem["visible"]) {
    this.write("visible", v, (n) => void (n.visible = v));
  }
  protected snapshot(n: { name: string; formula: string; visible: boolean }, prop: string): unknown {
    return n[prop as "name"];
  }
}

// ---------------------------------------------------------------- tables

export class FakeTableCollection extends FakeCollection<TableModel, FakeTable> {
  constructor(
    context: FakeContext,
    path: string,
    list: () => Resolved<TableModel[]>,
    private readonly sheet: (() => Resolved<SheetModel>) | null,
  ) {
    super(context, path, list, (t) => new FakeTable(context, `tables[#${t.id}]`, () => t));
  }

  add(address: Excel.Range | string, hasHeaders: boolean): FakeTable {
    if (typeof address !== "string") throw new FakeOfficeError("FakeLimitation", "the fake takes table addresses as strings");
    let created: TableModel | undefined;
    this.context.enqueue({
      describe: { path: this.path, call: "add", args: [address, hasHeaders] },
      api: "TableCollection.add",
      apply: () => {
        const host = this.context.host;
        const s = this.sheet ? this.sheet() : host.sheet(parseAddress(address).sheet ?? "");
        if (s === NULL) throw new FakeOfficeError("ItemNotFound", "null sheet");
        created = host.addTable(s, address, hasHeaders);
      },
    });
    return new FakeTable(this.context, `${this.path}.add(${address})`, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "the table was never added");
      return created;
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, `${this.path}[${JSON.stringify(key)}]?`, () => {
      const t = this.context.host.findTable(key);
      return t && (!this.sheet || this.sheet() === t.sheet) ? t : NULL;
    });
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.context, `${this.path}[${JSON.stringify(key)}]`, () => {
      const t = this.context.host.findTable(key);
      if (!t) throw new FakeOfficeError("ItemNotFound", `table ${key}`);
      return t;
    });
  }
}

export class FakeTable extends FakeObject<TableModel> {
  protected readonly typeName = "Table";
  protected readonly scalarProps = ["name", "style", "showTotals"] as const;
  get name(): Excel.Table["name"] {
    return this.read("name");
  }
  set name(v: Excel.Table["name"]) {
    this.write("name", v, (t) => this.context.host.renameTable(t, v));
  }
  get style(): Excel.Table["style"] {
    return this.read("style");
  }
  set style(v: Excel.Table["style"]) {
    this.write("style", v, (t) => void (t.style = v));
  }
  /**
   * "Specifies if the total row is visible" (ExcelApi 1.1); the table's range then ends with it, as
   * `Table.getRange` "Gets the range object associated with the entire table" (@types/office-js).
   * Read only here: turning it on or off is not modelled.
   */
  get showTotals(): Excel.Table["showTotals"] {
    return this.read("showTotals");
  }
  protected snapshot(t: TableModel, prop: string): unknown {
    return prop === "showTotals" ? (t.showTotals ?? false) : t[prop as "name" | "style"];
  }
  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.range`,
      this.child((t) => ({ sheet: t.sheet, rect: t.rect })),
    );
  }
  delete(): void {
    this.call("delete", [], (t) => this.context.host.deleteTable(t));
  }
  get rows(): { add: (index?: number | null, values?: unknown) => void } {
    return {
      add: (index, values) => {
        // Only appending is modelled: Headstart never inserts among a user's rows.
        if (index !== null && index !== undefined) throw invalid("the fake appends rows only (index null)");
        this.call("rows.add", [index, values], (t) => this.context.host.addTableRows(t, values));
      },
    };
  }
}

// ---------------------------------------------------------------- ranges

interface RangeRef {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export class FakeRange extends FakeObject<RangeRef> {
  protected readonly typeName = "Range";
  protected readonly scalarProps = ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount"] as const;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;

  constructor(context: FakeContext, path: string, resolver: () => Resolved<RangeRef>) {
    super(context, path, resolver);
    this.format = new FakeRangeFormat(this, "format");
    this.conditionalFormats = new FakeConditionalFormatCollection(context, `${path}.conditionalFormats`, () => this.must());
    this.dataValidation = new FakeDataValidation(context, `${path}.dataValidation`, () => this.must());
  }

  get address(): Excel.Range["address"] {
    return this.read("address");
  }
  get rowCount(): Excel.Range["rowCount"] {
    return this.read("rowCount");
  }
  get columnCount(): Excel.Range["columnCount"] {
    return this.read("columnCount");
  }
  get values(): Excel.Range["values"] {
    return this.read("values");
  }
  set values(v: Excel.Range["values"]) {
    this.write("values", v, (r) => this.context.host.assign(r.sheet, r.rect, v, "values"));
  }
  get formulas(): Excel.Range["formulas"] {
    return this.read("formulas");
  }
  set formulas(v: Excel.Range["formulas"]) {
    this.write("formulas", v, (r) => this.context.host.assign(r.sheet, r.rect, v, "formulas"));
  }
  get numberFormat(): Excel.Range["numberFormat"] {
    return this.read("numberFormat");
  }
  set numberFormat(v: Excel.Range["numberFormat"]) {
    this.write("numberFormat", v, (r) => this.context.host.assign(r.sheet, r.rect, v, "numberFormat"));
  }
  set hyperlink(v: Excel.Range["hyperlink"]) {
    this.write("hyperlink", v, (r) => {
      for (let row = r.rect.top; row <= r.rect.bottom; row++)
        for (let col = r.rect.left; col <= r.rect.right; col++) this.context.host.cell(r.sheet, row, col).hyperlink = v;
      if (v.textToDisplay !== undefined)
        this.context.host.assign(r.sheet, { ...r.rect, bottom: r.rect.top, right: r.rect.left }, [[`'${v.textToDisplay}`]], "values");
    });
  }
  get hyperlink(): Excel.Range["hyperlink"] {
    return this.read("hyperlink");
  }

  protected snapshot(r: RangeRef, prop: string): unknown {
    const host = this.context.host;
    switch (prop) {
      case "address":
        return host.addressOf(r.sheet, r.rect);
      case "rowCount":
        return r.rect.bottom - r.rect.top + 1;
      case "columnCount":
        return r.rect.right - r.rect.left + 1;
      default:
        // Cell-level properties of whole columns or rows come back null (see isUnbounded).
        return isUnbounded(r.rect) ? null : host.read(r.sheet, r.rect, prop as "values" | "formulas" | "numberFormat");
    }
  }

  /** @internal used by nested format proxies */
  setFormat(key: string, value: unknown): void {
    this.context.enqueue({
      describe: { path: this.path, set: key, value },
      api: `RangeFormat.${key}`,
      apply: () => {
        const r = this.must();
        this.context.host.formatCells(r.sheet, r.rect, key, value);
      },
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.worksheet`,
      this.child((r) => r.sheet),
    );
  }

  /** The cells both ranges cover, or a null object when they share none (ExcelApi 1.4). */
  getIntersectionOrNullObject(anotherRange: FakeRange | Excel.Range | string): FakeRange {
    return this.withRange(anotherRange, "intersection", "null", (a, b) => {
      const rect = {
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
      return rect.top > rect.bottom || rect.left > rect.right ? NULL : rect;
    });
  }

  /**
   * "The smallest range object that encompasses the given ranges. For example, the GetBoundingRect of
   * "B2:C5" and "D10:E15" is "B2:E15"" (ExcelApi 1.1; @types/office-js, Range.getBoundingRect, and
   * https://learn.microsoft.com/graph/api/range-boundingrect). Both on one sheet: the fake fails otherwise.
   */
  getBoundingRect(anotherRange: FakeRange | Excel.Range | string): FakeRange {
    return this.withRange(anotherRange, "boundingRect", "fail", (a, b) => {
      return {
        top: Math.min(a.top, b.top),
        left: Math.min(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.max(a.right, b.right),
      };
    });
  }

  /** A range made from this one and another (a range, or an address on this range's sheet); `otherSheet`: what two sheets give. */
  private withRange(
    anotherRange: FakeRange | Excel.Range | string,
    name: string,
    otherSheet: "null" | "fail",
    combine: (a: Rect, b: Rect) => Resolved<Rect>,
  ): FakeRange {
    const other = typeof anotherRange === "string" ? null : (anotherRange as unknown as FakeRange);
    return new FakeRange(
      this.context,
      `${this.path}.${name}`,
      this.child((r): Resolved<RangeRef> => {
        const o = other ? other.must() : { sheet: r.sheet, rect: parseAddress(anotherRange as string) };
        if (o.sheet !== r.sheet) {
          if (otherSheet === "fail") throw invalid(`the ranges of a ${name} must be on one sheet`);
          return NULL;
        }
        const rect = combine(r.rect, o.rect);
        return rect === NULL ? NULL : { sheet: r.sheet, rect };
      }),
    );
  }

  clear(applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    this.call("clear", [applyTo ?? "All"], (r) => this.context.host.clear(r.sheet, r.rect, applyTo ?? "All"));
  }

  select(): void {
    this.call("select", [], (r) => {
      if (r.sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `The sheet "${r.sheet.name}" is hidden.`);
      this.context.host.selection = { sheet: r.sheet, rect: r.rect };
      this.context.host.activeSheet = r.sheet;
    });
  }
}

class FakeFormatPart {
  constructor(
    protected readonly range: FakeRange,
    protected readonly prefix: string,
  ) {}
  protected set(name: string, value: unknown): void {
    this.range.setFormat(this.prefix === "format" ? name : `${this.prefix.replace(/^format\./, "")}.${name}`, value);
  }
}

export class FakeRangeFormat extends FakeFormatPart {
  readonly fill = new FakeFill(this.range, "format.fill");
  readonly font = new FakeFont(this.range, "format.font");
  readonly borders = new FakeBorders(this.range, "format.borders");
  set columnWidth(v: Excel.RangeFormat["columnWidth"]) {
    this.set("columnWidth", v);
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.set("horizontalAlignment", v);
  }
  set wrapText(v: Excel.RangeFormat["wrapText"]) {
    this.set("wrapText", v);
  }
}

export class FakeFill extends FakeFormatPart {
  set color(v: Excel.RangeFill["color"]) {
    this.set("color", v);
  }
  clear(): void {
    this.set("color", "");
  }
}

export class FakeFont extends FakeFormatPart {
  set bold(v: Excel.RangeFont["bold"]) {
    this.set("bold", v);
  }
  set italic(v: Excel.RangeFont["italic"]) {
    this.set("italic", v);
  }
  set color(v: Excel.RangeFont["color"]) {
    this.set("color", v);
  }
  set size(v: Excel.RangeFont["size"]) {
    this.set("size", v);
  }
}

export class FakeBorders extends FakeFormatPart {
  getItem(index: Excel.BorderIndex | `${Excel.BorderIndex}`): FakeBorder {
    return new FakeBorder(this.range, `format.borders.${index}`);
  }
}

export class FakeBorder extends FakeFormatPart {
  set style(v: Excel.RangeBorder["style"]) {
    this.set("style", v);
  }
  set color(v: Excel.RangeBorder["color"]) {
    this.set("color", v);
  }
}

// ---------------------------------------------------------------- conditional formats, validation

export class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly range: () => RangeRef,
  ) {}

  add(type: Excel.ConditionalFormatType | `${Excel.ConditionalFormatType}`): FakeConditionalFormat {
    let created: ConditionalFormatModel | undefined;
    this.context.enqueue({
      describe: { path: this.path, call: "add", args: [type] },
      api: "ConditionalFormatCollection.add",
      apply: () => {
        const r = this.range();
        this.context.host.checkEditable(r.sheet);
        // Excel puts a new rule first (priority 0) and moves the others down.
        for (const cf of r.sheet.conditionalFormats) cf.priority++;
        created = {
          id: this.context.host.id(),
          rect: r.rect,
          type: String(type),
          formula: null,
          format: {},
          stopIfTrue: false,
          priority: 0,
        };
        r.sheet.conditionalFormats.push(created);
      },
    });
    return new FakeConditionalFormat(this.context, `${this.path}.add`, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "the conditional format was never added");
      return created;
    });
  }

  clearAll(): void {
    this.context.enqueue({
      describe: { path: this.path, call: "clearAll", args: [] },
      api: "ConditionalFormatCollection.clearAll",
      apply: () => {
        const r = this.range();
        this.context.host.checkEditable(r.sheet);
        r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter(
          (cf) =>
            !(cf.rect.top >= r.rect.top && cf.rect.bottom <= r.rect.bottom && cf.rect.left >= r.rect.left && cf.rect.right <= r.rect.right),
        );
      },
    });
  }
}

export class FakeConditionalFormat {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string; bold: boolean; italic: boolean } };
  };
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly cf: () => ConditionalFormatModel,
  ) {
    const set = (key: string, apply: (cf: ConditionalFormatModel, v: unknown) => void) => (v: unknown) =>
      this.context.enqueue({
        describe: { path: this.path, set: key, value: v },
        api: `ConditionalFormat.${key}`,
        apply: () => {
          if (v === null || v === undefined) throw invalid(`${key} cannot be null`);
          apply(this.cf(), v);
        },
      });
    const setFormula = set("custom.rule.formula", (cf, v) => {
      if (cf.type !== "Custom") throw new FakeOfficeError("InvalidOperation", "not a custom conditional format");
      cf.formula = String(v);
    });
    const fmt = (k: string) => set(`custom.format.${k}`, (cf, v) => void (cf.format[k] = v));
    this.custom = {
      rule: {
        set formula(v: string) {
          setFormula(v);
        },
        get formula(): string {
          throw notLoaded("formula", "ConditionalFormulaRule");
        },
      },
      format: {
        fill: {
          set color(v: string) {
            fmt("fill.color")(v);
          },
          get color(): string {
            throw notLoaded("color", "ConditionalRangeFill");
          },
        },
        font: {
          set color(v: string) {
            fmt("font.color")(v);
          },
          get color(): string {
            throw notLoaded("color", "ConditionalRangeFont");
          },
          set bold(v: boolean) {
            fmt("font.bold")(v);
          },
          get bold(): boolean {
            throw notLoaded("bold", "ConditionalRangeFont");
          },
          set italic(v: boolean) {
            fmt("font.italic")(v);
          },
          get italic(): boolean {
            throw notLoaded("italic", "ConditionalRangeFont");
          },
        },
      },
    };
    this.setStop = set("stopIfTrue", (cf, v) => void (cf.stopIfTrue = Boolean(v)));
    this.setPriority = set("priority", (cf, v) => {
      const sheet = this.context.host.sheets.find((s) => s.conditionalFormats.includes(cf));
      const others = (sheet?.conditionalFormats ?? []).filter((x) => x !== cf).sort((a, b) => a.priority - b.priority);
      others.splice(Math.max(0, Math.min(Number(v), others.length)), 0, cf);
      others.forEach((x, i) => (x.priority = i));
    });
  }
  private readonly setStop: (v: unknown) => void;
  private readonly setPriority: (v: unknown) => void;
  set stopIfTrue(v: Excel.ConditionalFormat["stopIfTrue"]) {
    this.setStop(v);
  }
  set priority(v: Excel.ConditionalFormat["priority"]) {
    this.setPriority(v);
  }
}

export class FakeDataValidation {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly range: () => RangeRef,
  ) {}
  private set(prop: "rule" | "errorAlert", value: unknown, apply: (r: RangeRef) => void): void {
    this.context.enqueue({
      describe: { path: this.path, set: prop, value },
      api: `DataValidation.${prop}`,
      apply: () => apply(this.range()),
    });
  }
  set rule(v: Excel.DataValidation["rule"]) {
    this.set("rule", v, (r) => this.context.host.setValidation(r.sheet, r.rect, v));
  }
  set errorAlert(v: Excel.DataValidation["errorAlert"]) {
    this.set("errorAlert", v, (r) => this.context.host.setValidationAlert(r.sheet, r.rect, v));
  }
  clear(): void {
    this.context.enqueue({
      describe: { path: this.path, call: "clear", args: [] },
      api: "DataValidation.clear",
      apply: () => {
        const r = this.range();
        this.context.host.clearValidation(r.sheet, r.rect);
      },
    });
  }
}

// ---------------------------------------------------------------- charts, freeze panes

export class FakeChartCollection extends FakeCollection<ChartModel, FakeChart> {
  constructor(
    context: FakeContext,
    path: string,
    private readonly sheet: () => Resolved<SheetModel>,
  ) {
    super(
      context,
      path,
      () => {
        const s = sheet();
        return s === NULL ? NULL : s.charts;
      },
      (c) => new FakeChart(context, `charts[#${c.id}]`, () => c),
    );
  }

  add(
    type: Excel.ChartType | `${Excel.ChartType}`,
    sourceData: FakeRange | Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | `${Excel.ChartSeriesBy}`,
  ): FakeChart {
    if (!(sourceData instanceof FakeRange)) throw new FakeOfficeError("FakeLimitation", "chart source must be a fake range");
    let created: ChartModel | undefined;
    const source = sourceData;
    this.context.enqueue({
      describe: { path: this.path, call: "add", args: [type, source.path, seriesBy] },
      api: "ChartCollection.add",
      apply: () => {
        const s = this.sheet();
        if (s === NULL) throw new FakeOfficeError("ItemNotFound", "null sheet");
        this.context.host.checkEditable(s);
        const ref = source.must();
        created = {
          id: this.context.host.id(),
          name: `Chart ${s.charts.length + 1}`,
          type: String(type),
          source: this.context.host.addressOf(ref.sheet, ref.rect),
          seriesBy: String(seriesBy ?? "Auto"),
          title: "",
          anchor: null,
          width: 360,
          height: 216,
        };
        s.charts.push(created);
      },
    });
    return new FakeChart(this.context, `${this.path}.add`, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "the chart was never added");
      return created;
    });
  }
}

export class FakeChart extends FakeObject<ChartModel> {
  protected readonly typeName = "Chart";
  protected readonly scalarProps = ["name", "width", "height"] as const;
  readonly title: { text: string };
  constructor(context: FakeContext, path: string, resolver: () => Resolved<ChartModel>) {
    super(context, path, resolver);
    const write = (v: string): void => this.write("title.text", v, (c) => void (c.title = v));
    this.title = {
      set text(v: string) {
        write(v);
      },
      get text(): string {
        throw notLoaded("text", "ChartTitle");
      },
    };
  }
  get name(): Excel.Chart["name"] {
    return this.read("name");
  }
  set width(v: Excel.Chart["width"]) {
    this.write("width", v, (c) => void (c.width = v));
  }
  get width(): Excel.Chart["width"] {
    return this.read("width");
  }
  set height(v: Excel.Chart["height"]) {
    this.write("height", v, (c) => void (c.height = v));
  }
  get height(): Excel.Chart["height"] {
    return this.read("height");
  }
  protected snapshot(c: ChartModel, prop: string): unknown {
    return c[prop as "name" | "width" | "height"];
  }
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    if (typeof startCell !== "string" || endCell !== undefined)
      throw new FakeOfficeError("FakeLimitation", "setPosition(startCell: string) only");
    parseAddress(startCell);
    this.call("setPosition", [startCell], (c) => void (c.anchor = startCell));
  }
  delete(): void {
    this.call("delete", [], (c) => {
      for (const s of this.context.host.sheets.filter((x) => x.charts.includes(c))) this.context.host.checkEditable(s);
      for (const s of this.context.host.sheets) s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

export class FakeFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly sheet: () => Resolved<SheetModel>,
  ) {}
  /**
   * Freeze panes belong to a sheet's window, which a hidden sheet does not show: `unfreeze()` on a
   * hidden sheet threw (OfficeDev/office-js#1463, fixed in later builds). The fake keeps that
   * behaviour for every freeze call, as hosts not yet updated do.
   */
  private op(method: string, args: unknown[], f: (s: SheetModel) => void): void {
    this.context.enqueue({
      describe: { path: this.path, call: method, args },
      api: `WorksheetFreezePanes.${method}`,
      apply: () => {
        const s = this.sheet();
        if (s === NULL) throw new FakeOfficeError("ItemNotFound", "null sheet");
        this.context.host.checkEditable(s);
        if (s.visibility !== "Visible") throw new FakeOfficeError("GeneralException", `freeze panes on the hidden sheet "${s.name}"`);
        f(s);
      },
    });
  }
  freezeRows(count = 1): void {
    this.op("freezeRows", [count], (s) => void (s.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.op("freezeColumns", [count], (s) => void (s.freeze = { rows: 0, columns: count }));
  }
  freezeAt(frozenRange: Excel.Range | string): void {
    if (typeof frozenRange !== "string") throw new FakeOfficeError("FakeLimitation", "freezeAt(string) only");
    this.op("freezeAt", [frozenRange], (s) => {
      const r = parseAddress(frozenRange);
      if (r.top !== 1 || r.left !== 1) throw invalid("the frozen range must start at A1");
      s.freeze = { rows: r.bottom, columns: r.right };
    });
  }
  unfreeze(): void {
    this.op("unfreeze", [], (s) => void (s.freeze = { rows: 0, columns: 0 }));
  }
}

/** Excel refuses a header or footer section longer than this. */
const MAX_HEADER_FOOTER = 255;

/** `Worksheet.pageLayout` (ExcelApi 1.9): setters only, checked as Excel checks them. */
export class FakePageLayout {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly sheet: () => Resolved<SheetModel>,
  ) {}
  private op(describe: Record<string, unknown>, f: (layout: PageLayoutModel, s: SheetModel) => void): void {
    this.context.enqueue({
      describe: { path: this.path, ...describe },
      apply: () => {
        const s = this.sheet();
        if (s === NULL) throw new FakeOfficeError("ItemNotFound", "null sheet");
        f(s.pageLayout, s);
      },
    });
  }
  set orientation(v: Excel.PageLayout["orientation"]) {
    this.op({ set: "orientation", value: v }, (l) => {
      if (v !== "Portrait" && v !== "Landscape") throw invalid(`orientation ${String(v)}`);
      l.orientation = v;
    });
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.op({ set: "zoom", value: v }, (l) => {
      const fit = [v.horizontalFitToPages, v.verticalFitToPages].filter((n) => n !== undefined);
      if (fit.some((n) => !Number.isInteger(n) || (n as number) < 0)) throw invalid("fit to pages must be whole numbers, 0 or more");
      if (v.scale !== undefined && (fit.length > 0 || v.scale < 10 || v.scale > 400))
        throw invalid("scale is 10 to 400, and not with fit to pages");
      l.zoom = { ...v };
    });
  }
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    if (typeof printArea !== "string") throw new FakeOfficeError("FakeLimitation", "setPrintArea(string) only");
    this.op({ call: "setPrintArea", args: [printArea] }, (l, s) => {
      const rect = parseAddress(printArea);
      if (rect.sheet !== null && rect.sheet.toLowerCase() !== s.name.toLowerCase())
        throw invalid(`print area ${printArea} is on another sheet`);
      l.printArea = printArea.replace(/\$/g, "");
    });
  }
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    if (typeof printTitleRows !== "string") throw new FakeOfficeError("FakeLimitation", "setPrintTitleRows(string) only");
    this.op({ call: "setPrintTitleRows", args: [printTitleRows] }, (l) => {
      // Whole rows only (`$1:$2`), as Excel's Rows to repeat at top.
      if (!/^\$?\d+:\$?\d+$/.test(printTitleRows)) throw invalid(`print title rows must be whole rows, not ${printTitleRows}`);
      l.printTitleRows = printTitleRows.replace(/\$/g, "");
    });
  }
  get headersFooters(): { readonly defaultForAllPages: Record<keyof PageLayoutModel["headersFooters"], string> } {
    const section = (name: keyof PageLayoutModel["headersFooters"]) => ({
      set: (v: string) =>
        this.op({ set: `headersFooters.defaultForAllPages.${name}`, value: v }, (l) => {
          if (typeof v !== "string" || v.length > MAX_HEADER_FOOTER)
            throw invalid(`${name} must be text of at most ${MAX_HEADER_FOOTER} characters`);
          l.headersFooters[name] = v;
        }),
    });
    const names = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;
    return {
      defaultForAllPages: Object.defineProperties({}, Object.fromEntries(names.map((n) => [n, section(n)]))) as Record<
        (typeof names)[number],
        string
      >,
    };
  }
}
