import { inflateSync } from 'node:zlib';

export type Png = { width: number; height: number; channels: number; pixels: Uint8Array };

/**
 * A small PNG decoder for what pdftoppm writes: 8 bits per channel, grey,
 * RGB or RGBA, not interlaced (PNG specification, sections 4-9). Enough to
 * count ink on a rendered page without another dependency.
 *
 * @throws Error for any other kind of PNG
 */
export function readPng(file: Uint8Array): Png {
  const data = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (data.readUInt32BE(0) !== 0x89504e47) throw new Error('readPng requires a PNG file');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colorType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      channels = colorType === 0 ? 1 : colorType === 2 ? 3 : colorType === 6 ? 4 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) throw new Error(`readPng supports 8-bit grey, RGB or RGBA without interlace, got depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? pixels[out + i - channels]! : 0;
      const b = y > 0 ? pixels[out - stride + i]! : 0;
      const c = y > 0 && i >= channels ? pixels[out - stride + i - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[out + i] = (line[i]! + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/**
 * The share of pixels that are not (nearly) white, in the whole image or a
 * box given as fractions of its width and height.
 */
export function inkShare(png: Png, box: { x: number; y: number; width: number; height: number } = { x: 0, y: 0, width: 1, height: 1 }): number {
  const x0 = Math.floor(box.x * png.width);
  const y0 = Math.floor(box.y * png.height);
  const x1 = Math.min(png.width, Math.ceil((box.x + box.width) * png.width));
  const y1 = Math.min(png.height, Math.ceil((box.y + box.height) * png.height));
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const at = (y * png.width + x) * png.channels;
      const colours = Math.min(png.channels, 3);
      for (let c = 0; c < colours; c++) {
        if (png.pixels[at + c]! < 235) {
          ink++;
          break;
        }
      }
    }
  }
  return ink / Math.max(1, (x1 - x0) * (y1 - y0));
}
