/**
 * Light or dark from the Office theme's background colour (`#RRGGBB`); null when the host gives
 * no theme, so the stylesheet's `prefers-color-scheme` decides.
 */
export function themeFromBackground(background: string | undefined | null): "light" | "dark" | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background ?? "");
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16) / 255) as [number, number, number];
  // Relative luminance (WCAG); mid-grey themes ("Dark Gray") count as dark below 0.4.
  const lin = (c: number): number => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return l < 0.4 ? "dark" : "light";
}
