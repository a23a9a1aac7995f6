// Draws the Headstart icons (assets/icon-{16,32,64,80,128}.png): a teal rounded square with a
// white staircase and, where there is room for it, an arrow climbing it. Run it again after
// changing the drawing: `node scripts/make-icons.mjs`. Only Node's zlib is used, so the icons can
// be regenerated on any machine that can run the build.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
// Below this size the arrow's shaft would be under two pixels wide and smear into the steps.
const ARROW_MIN_SIZE = 32;
const SAMPLES = 4; // per axis: 16 samples a pixel for anti-aliased edges
const TEAL_TOP = [0x1f, 0xa0, 0x96];
const TEAL_BOTTOM = [0x11, 0x6e, 0x68];
const WHITE = [0xff, 0xff, 0xff];

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

function inRoundedSquare(x, y) {
  const lo = 0.03;
  const hi = 0.97;
  const r = 0.21;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + r), hi - r);
  const cy = Math.min(Math.max(y, lo + r), hi - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

// Three steps rising to the right, standing on a common base line.
const STEPS = [
  { x0: 0.17, x1: 0.39, top: 0.66 },
  { x0: 0.39, x1: 0.61, top: 0.53 },
  { x0: 0.61, x1: 0.83, top: 0.4 },
];
const BASE = 0.81;

// At the smallest sizes the step edges are put on pixel boundaries so they stay crisp.
function stepsFor(size) {
  if (size >= ARROW_MIN_SIZE) return { steps: STEPS, base: BASE };
  const snap = (v) => Math.round(v * size) / size;
  return { steps: STEPS.map((s) => ({ x0: snap(s.x0), x1: snap(s.x1), top: snap(s.top) })), base: snap(BASE) };
}

function inStaircase(x, y, { steps, base }) {
  return steps.some((s) => x >= s.x0 && x < s.x1 && y >= s.top && y < base);
}

// The arrow runs parallel to the stairs' slope, above them, ending in a triangular head.
const ARROW_FROM = [0.19, 0.5];
const ARROW_TIP = [0.8, 0.13];
const SHAFT_HALF_WIDTH = 0.045;
const HEAD_LENGTH = 0.2;
const HEAD_HALF_WIDTH = 0.13;

function inArrow(x, y) {
  const dx = ARROW_TIP[0] - ARROW_FROM[0];
  const dy = ARROW_TIP[1] - ARROW_FROM[1];
  const length = Math.hypot(dx, dy);
  const ux = dx / length;
  const uy = dy / length;
  // Position along the arrow (t) and across it (s), measured from its tail.
  const t = (x - ARROW_FROM[0]) * ux + (y - ARROW_FROM[1]) * uy;
  const s = Math.abs(-(x - ARROW_FROM[0]) * uy + (y - ARROW_FROM[1]) * ux);
  if (t < 0 || t > length) return false;
  const headStart = length - HEAD_LENGTH;
  if (t <= headStart) return s <= SHAFT_HALF_WIDTH;
  return s <= HEAD_HALF_WIDTH * ((length - t) / HEAD_LENGTH);
}

function colourAt(x, y, stairs, withArrow) {
  if (!inRoundedSquare(x, y)) return null;
  if (inStaircase(x, y, stairs) || (withArrow && inArrow(x, y))) return WHITE;
  return TEAL_TOP.map((top, i) => top + (TEAL_BOTTOM[i] - top) * y);
}

function render(size) {
  const withArrow = size >= ARROW_MIN_SIZE;
  const stairs = stepsFor(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour so the transparent corners blend cleanly.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, stairs, withArrow);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // Each scanline is prefixed with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${file}`);
}
