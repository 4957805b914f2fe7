/**
 * Draws the add-in's icons (assets/icon-16.png … icon-80.png) from code, so they are reproducible and
 * need no image tool: a green rounded square (Excel's colour family) with three white bars rising to a
 * check mark — "scores and checks". Run: npx tsx scripts/build-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = readonly [number, number, number, number];
const GREEN: Rgba = [16, 124, 65, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Colour of the pixel whose centre is (x, y) in a 1×1 design space. */
function shade(x: number, y: number): Rgba {
  const radius = 0.18;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return CLEAR;
  const bars: Array<[number, number, number]> = [
    [0.2, 0.32, 0.58],
    [0.42, 0.54, 0.44],
    [0.64, 0.76, 0.3],
  ];
  for (const [left, right, top] of bars) {
    if (x >= left && x <= right && y >= top && y <= 0.8) return WHITE;
  }
  return GREEN;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A size × size RGBA PNG, 4× supersampled so the rounded corners are smooth. */
export function renderIcon(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    raw[row * (size * 4 + 1)] = 0; // filter: none
    for (let col = 0; col < size; col++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = shade((col + (sx + 0.5) / samples) / size, (row + (sy + 0.5) / samples) / size);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const offset = row * (size * 4 + 1) + 1 + col * 4;
      const alpha = sum[3] / (samples * samples);
      for (let c = 0; c < 3; c++) raw[offset + c] = sum[3] === 0 ? 0 : Math.round(sum[c] / sum[3]);
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  for (const size of ICON_SIZES) {
    writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), renderIcon(size));
  }
  console.log(`wrote ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')} to assets/`);
}
