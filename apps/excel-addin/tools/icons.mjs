// The add-in's icons, drawn at build time as real PNGs (no binary files in the repository):
// a rounded teal square with three white bars rising left to right (small, medium, large).
import { deflateSync } from 'node:zlib';

const BACKGROUND = [0x1f, 0x6f, 0x5c];
const BAR = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 supersampling per pixel for smooth edges

/**
 * Coverage of the point (x, y) in the unit square: 0 outside, 1 background, 2 bar.
 * @param {number} x
 * @param {number} y
 * @returns {0 | 1 | 2}
 */
function shapeAt(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  const bars = [
    { left: 0.2, top: 0.52 },
    { left: 0.42, top: 0.36 },
    { left: 0.64, top: 0.2 },
  ];
  for (const b of bars) if (x >= b.left && x < b.left + 0.16 && y >= b.top && y < 0.8) return 2;
  return 1;
}

/**
 * An RGBA PNG of the icon, `size` pixels square.
 * @param {number} size
 * @returns {Buffer}
 */
export function iconPng(size) {
  const stride = size * 4 + 1;
  const raw = Buffer.alloc(stride * size);
  for (let py = 0; py < size; py++) {
    raw[py * stride] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let alpha = 0;
      let bar = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = shapeAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (s > 0) alpha++;
          if (s === 2) bar++;
        }
      }
      const o = py * stride + 1 + px * 4;
      const mix = alpha === 0 ? 0 : bar / alpha;
      for (let k = 0; k < 3; k++) raw[o + k] = Math.round(/** @type {number} */ (BACKGROUND[k]) * (1 - mix) + /** @type {number} */ (BAR[k]) * mix);
      raw[o + 3] = Math.round((255 * alpha) / (SAMPLES * SAMPLES));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * @param {string} type
 * @param {Buffer} data
 * @returns {Buffer}
 */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** @type {number[]} */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * @param {Buffer} bytes
 * @returns {number}
 */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = /** @type {number} */ (CRC_TABLE[(c ^ b) & 0xff]) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
