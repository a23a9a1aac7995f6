/**
 * Hire ids (docs/spec.md §6.1): `<role code>-<initiative code>-<n>`. A growth hire's id
 * depends only on its role, its initiative and its rank among that pair's hires, so it survives
 * other initiatives being added, removed or reordered, and its own dates moving.
 */
import { sha256 } from "@noble/hashes/sha2";

/** The initiative code of every backfill, and so reserved: a Key that reads `BF` is hashed instead. */
export const BACKFILL_CODE = "BF";

const ROLE_CODE_MAX = 8;
const INITIATIVE_CODE_MAX = 16;
const HASH_CODE_LENGTH = 6;

/** Upper case, then only `A`–`Z` and `0`–`9` (`toUpperCase` first, so `straße` gives `STRASSE`). */
const alnumUpper = (text: string): string => text.toUpperCase().replace(/[^A-Z0-9]/g, "");

/** A role's code: its `Code` cleaned and cut to 8, else the initials of its name's words, else `R`. */
export function roleCode(code: string, name: string): string {
  const own = alnumUpper(code).slice(0, ROLE_CODE_MAX);
  if (own !== "") return own;
  const initials = (name.match(/[A-Za-z0-9]+/g) ?? []).map((word) => word[0] ?? "").join("");
  return initials === "" ? "R" : initials.toUpperCase().slice(0, ROLE_CODE_MAX);
}

/** A Key as it stands in an id: upper case, other characters as single `-`, cut to 16 (`""` when none is left). */
export function keyCode(key: string): string {
  return key
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, INITIATIVE_CODE_MAX)
    .replace(/-+$/, "");
}

/** Names that differ only in case or in runs of white space are one name. */
export function nameForHash(name: string): string {
  return name.toLowerCase().replace(/[ \t\r\n]+/g, " ");
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** The first `length` characters of the RFC 4648 base32 encoding of `bytes`. */
function base32Prefix(bytes: Uint8Array, length: number): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += BASE32[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= length) break;
  }
  return out;
}

/** The code of an initiative with no usable Key: 6 base32 characters of the SHA-256 of its name. */
export function nameHashCode(name: string): string {
  return base32Prefix(sha256(new TextEncoder().encode(nameForHash(name))), HASH_CODE_LENGTH);
}

/** A growth hire's initiative code: its Key's code unless that is empty or `BF`, else its name's hash. */
export function initiativeCode(key: string, name: string): string {
  const own = keyCode(key);
  return own === "" || own === BACKFILL_CODE ? nameHashCode(name) : own;
}

/**
 * Numbers hires in the order given: the n-th hire with a given role code and initiative code gets
 * `<role>-<initiative>-<n>`.
 */
export function numberHires(codes: readonly { readonly role: string; readonly initiative: string }[]): string[] {
  const counts = new Map<string, number>();
  return codes.map(({ role, initiative }) => {
    const prefix = `${role}-${initiative}`;
    const n = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, n);
    return `${prefix}-${n}`;
  });
}
