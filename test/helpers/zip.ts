import JSZip from "jszip";

/** The text of every XML part of an .xlsx (or any zip), by path. */
export async function zipTexts(data: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, string>();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(path)) out.set(path, await entry.async("string"));
  }
  return out;
}
