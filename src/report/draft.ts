import type {
  CellStyle,
  ChartSpec,
  ConditionalFormatSpec,
  DataValidationSpec,
  LinkSpec,
  NumberFormatRange,
  SheetSpec,
  SpecCell,
  StyledRange,
  TableSpec,
} from "./spec";
import { rangeAddress } from "./a1";
import { styles } from "./style";

/**
 * A sheet under construction. Each sheet module fills one, then `finishSheet` pads it to the
 * rectangle the spec promises. Rows are plain arrays so a 5,000-hire plan costs one array per row.
 */
export interface SheetDraft {
  readonly name: string;
  readonly role: "output" | "input";
  readonly rows: SpecCell[][];
  readonly numberFormats: NumberFormatRange[];
  readonly styles: StyledRange[];
  readonly tables: TableSpec[];
  readonly conditionalFormats: ConditionalFormatSpec[];
  readonly validations: DataValidationSpec[];
  readonly links: LinkSpec[];
  readonly charts: ChartSpec[];
  columnWidths: number[];
  freeze: { rows: number; columns: number };
  tabColor?: string;
  hidden?: boolean;
}

export function newSheet(name: string, role: "output" | "input" = "output"): SheetDraft {
  return {
    name,
    role,
    rows: [],
    numberFormats: [],
    styles: [],
    tables: [],
    conditionalFormats: [],
    validations: [],
    links: [],
    charts: [],
    columnWidths: [],
    freeze: { rows: 0, columns: 0 },
  };
}

function rowAt(s: SheetDraft, row: number): SpecCell[] {
  while (s.rows.length < row) s.rows.push([]);
  return s.rows[row - 1] as SpecCell[];
}

/** Writes `values` from (row, col) rightwards; 1-based like A1 addresses. */
export function putRow(s: SheetDraft, row: number, col: number, values: readonly SpecCell[]): void {
  const r = rowAt(s, row);
  while (r.length < col - 1) r.push(null);
  for (let i = 0; i < values.length; i++) r[col - 1 + i] = values[i] as SpecCell;
}

export function put(s: SheetDraft, row: number, col: number, value: SpecCell): void {
  putRow(s, row, col, [value]);
}

/** The next empty row (1-based), for sheets built as a stack of sections. */
export function nextRow(s: SheetDraft): number {
  return s.rows.length + 1;
}

/**
 * A section of a stacked sheet: a blank row, a title band `width` columns wide and, when given, a
 * styled header row. Returns the first row below it.
 */
export function section(s: SheetDraft, title: string, width: number, header?: readonly SpecCell[]): number {
  const row = nextRow(s) + 1;
  put(s, row, 1, title);
  style(s, rangeAddress(row, 1, row, width), styles.section);
  if (!header) return row + 1;
  putRow(s, row + 1, 1, header);
  style(s, rangeAddress(row + 1, 1, row + 1, header.length), styles.header);
  return row + 2;
}

export function style(s: SheetDraft, range: string, cellStyle: CellStyle): void {
  s.styles.push({ range, style: cellStyle });
}

export function numberFormat(s: SheetDraft, range: string, format: string): void {
  s.numberFormats.push({ range, format });
}

export function finishSheet(s: SheetDraft): SheetSpec {
  let width = Math.max(1, s.columnWidths.length);
  for (const r of s.rows) width = Math.max(width, r.length);
  const cells = s.rows.length === 0 ? [[]] : s.rows;
  for (const r of cells) while (r.length < width) r.push(null);
  const spec: SheetSpec = {
    name: s.name,
    role: s.role,
    cells,
    columnWidths: s.columnWidths,
    numberFormats: s.numberFormats,
    styles: s.styles,
    tables: s.tables,
    conditionalFormats: s.conditionalFormats,
    validations: s.validations,
    links: s.links,
    charts: s.charts,
    freeze: s.freeze,
  };
  return { ...spec, ...(s.tabColor !== undefined && { tabColor: s.tabColor }), ...(s.hidden === true && { hidden: true }) };
}
