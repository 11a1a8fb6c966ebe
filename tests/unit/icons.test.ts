import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const iconDir = resolve(import.meta.dirname, '../../public/icon');

/** What scripts/render-icons.ts writes: WXT lists `<size>.png` as the manifest's icons. */
const PNG_SIZES: Readonly<Record<string, number>> = {
  '16.png': 16,
  '32.png': 32,
  '48.png': 48,
  '128.png': 128,
  'off-16.png': 16,
  'off-32.png': 32,
};
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RGBA = 6;

interface RgbaImage {
  width: number;
  height: number;
  /** Four bytes a pixel, row by row. */
  pixels: Buffer;
}

/** The header fields at fixed offsets: IHDR is always the first chunk, right after the signature. */
function readHeader(png: Buffer) {
  return {
    signature: png.subarray(0, 8),
    chunkType: png.toString('latin1', 12, 16),
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png[24],
    colorType: png[25],
    interlace: png[28],
  };
}

/** Decodes an 8-bit, non-interlaced RGBA PNG (what Chromium's screenshots are). */
function decodeRgba(png: Buffer): RgbaImage {
  const { width, height } = readHeader(png);
  const data: Buffer[] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') {
      data.push(png.subarray(offset + 8, offset + 8 + length));
    }
    // Length, type and CRC take 12 bytes around the chunk's data.
    offset += length + 12;
  }
  const filtered = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = filtered[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const raw = filtered[y * (stride + 1) + 1 + x]!;
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      pixels[y * stride + x] = raw + predict(filter, left, up, upLeft);
    }
  }
  return { width, height, pixels };
}

/** The PNG filter predictors (PNG spec, section 9.2). */
function predict(filter: number | undefined, left: number, up: number, upLeft: number): number {
  if (filter === 1) return left;
  if (filter === 2) return up;
  if (filter === 3) return (left + up) >> 1;
  if (filter === 4) {
    const estimate = left + up - upLeft;
    const [toLeft, toUp, toUpLeft] = [left, up, upLeft].map((value) => Math.abs(estimate - value));
    if (toLeft! <= toUp! && toLeft! <= toUpLeft!) return left;
    return toUp! <= toUpLeft! ? up : upLeft;
  }
  return 0;
}

function alphaAt({ width, pixels }: RgbaImage, x: number, y: number): number {
  return pixels[(y * width + x) * 4 + 3]!;
}

describe('toolbar and manifest icons', () => {
  it.each(Object.entries(PNG_SIZES))(
    '%s is an RGBA PNG of the size its name says',
    (file, size) => {
      const header = readHeader(readFileSync(join(iconDir, file)));
      expect(header.signature.equals(PNG_SIGNATURE)).toBe(true);
      expect(header.chunkType).toBe('IHDR');
      expect([header.width, header.height]).toEqual([size, size]);
      expect([header.bitDepth, header.colorType, header.interlace]).toEqual([8, RGBA, 0]);
    },
  );

  it.each(Object.keys(PNG_SIZES))('%s is drawn on a transparent background', (file) => {
    const image = decodeRgba(readFileSync(join(iconDir, file)));
    // The rounded square leaves its corners clear, and fills nearly all the rest.
    expect(alphaAt(image, 0, 0)).toBe(0);
    expect(alphaAt(image, image.width - 1, image.height - 1)).toBe(0);
    let opaque = 0;
    for (let i = 3; i < image.pixels.length; i += 4) if (image.pixels[i] === 255) opaque++;
    expect(opaque / (image.width * image.height)).toBeGreaterThan(0.8);
  });

  it.each(['icon.svg', 'icon-off.svg'])('%s is SVG drawn on the 16 px grid', (file) => {
    const svg = new DOMParser().parseFromString(
      readFileSync(join(iconDir, file), 'utf8'),
      'image/svg+xml',
    );
    expect(svg.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(svg.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.documentElement.localName).toBe('svg');
    expect(svg.documentElement.getAttribute('viewBox')).toBe('0 0 16 16');
  });
});
