/**
 * Decoding of the arrays the server pushes: base64 of little-endian Float32 values
 * (see lab.minimax.live.wire.Float32Codec on the server), and the frames' quantised arrays
 * (lab.minimax.live.wire.Quantiser and ArrowCodec, as base85 text: lab.minimax.live.wire.Base85):
 * int16 coordinates in a box, uint8 levels over a range, arrows as a direction byte and a length
 * byte with a scale. Each decodes back to the numbers the server had, to within half a quantisation step.
 */

/** The 85 digits of lab.minimax.live.wire.Base85: printable ASCII without " ' & < > \ ` { }. */
const B85_DIGITS = '!#$%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz|~';
const B85_VALUE = (() => {
  const v = new Int8Array(128).fill(-1);
  for (let i = 0; i < B85_DIGITS.length; i++) v[B85_DIGITS.charCodeAt(i)] = i;
  return v;
})();

/**
 * Base85 text → bytes: each 5 digits are a big-endian 32-bit number of 4 bytes; a last group of
 * k + 1 digits is padded with the highest digit and gives k bytes. A bad digit reads as 0.
 */
export function decodeB85(s: string): Uint8Array {
  const full = Math.floor(s.length / 5);
  const rest = s.length % 5;
  const out = new Uint8Array(full * 4 + (rest > 1 ? rest - 1 : 0));
  for (let g = 0; g * 5 < s.length; g++) {
    let v = 0;
    for (let k = 0; k < 5; k++) {
      const i = g * 5 + k;
      const c = i < s.length ? s.charCodeAt(i) : -1;
      v = v * 85 + (c < 0 ? 84 : c < 128 ? Math.max(0, B85_VALUE[c]) : 0);
    }
    for (let k = 0; k < 4 && g * 4 + k < out.length; k++) {
      out[g * 4 + k] = Math.floor(v / 2 ** (24 - 8 * k)) & 255;
    }
  }
  return out;
}

/** The bytes of a base64 string. */
function bytesOf(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) {
    bytes[i] = bin.charCodeAt(i);
  }
  return bytes;
}

/** A base64 string → Float32Array; `undefined` → `undefined` (keep previous), "" → empty array. */
export function decodeF32(b64: string | null | undefined): Float32Array | undefined {
  if (b64 === undefined || b64 === null) {
    return undefined;
  }
  const bytes = bytesOf(b64);
  // DataView so that the byte order is fixed (little-endian) whatever the platform's.
  const view = new DataView(bytes.buffer);
  const out = new Float32Array(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = view.getFloat32(i * 4, true);
  }
  return out;
}

/**
 * int16 codes c ∈ [−32767, 32767] → lo + (c + 32767)·(hi − lo)/65534, entries cycling through
 * the axes of `lo`/`hi` (one axis: x values; two: interleaved x, y); −32768 → NaN.
 * `undefined` → `undefined` (keep previous), "" → empty array.
 */
export function decodeI16(text: string | null | undefined, lo: number[], hi: number[]): Float32Array | undefined {
  if (text === undefined || text === null) {
    return undefined;
  }
  const bytes = decodeB85(text);
  const view = new DataView(bytes.buffer);
  const d = lo.length;
  const step = hi.map((h, a) => (h - lo[a]) / 65534);
  const out = new Float32Array(bytes.length >> 1);
  for (let i = 0; i < out.length; i++) {
    const c = view.getInt16(i * 2, true);
    const a = i % d;
    out[i] = c === -32768 ? NaN : lo[a] + (c + 32767) * step[a];
  }
  return out;
}

/**
 * A uint8 grid `w` wide sent as MED residuals (live/wire/GridCoding.java): code = (r + pred) mod 256 with
 * pred the median edge detector of the left a, upper b and upper-left c codes (first row b = c = a,
 * first column a = c = b, the first code 0); then code c ∈ [0, 254] → lo + c·(hi − lo)/254, 255 → NaN.
 * `undefined` → `undefined`, "" → empty.
 */
export function decodeU8Grid(text: string | null | undefined, range: number[], w: number): Float32Array | undefined {
  if (text === undefined || text === null) {
    return undefined;
  }
  const q = decodeB85(text);
  for (let i = 0; i < q.length; i++) {
    let pred = 0;
    if (i === 0) {
      pred = 0;
    } else if (i < w) {
      pred = q[i - 1];
    } else if (i % w === 0) {
      pred = q[i - w];
    } else {
      const a = q[i - 1];
      const b = q[i - w];
      const c = q[i - w - 1];
      const max = a > b ? a : b;
      const min = a > b ? b : a;
      pred = c >= max ? min : c <= min ? max : a + b - c;
    }
    q[i] = (q[i] + pred) & 255;
  }
  const [lo, hi] = range;
  const step = (hi - lo) / 254;
  const out = new Float32Array(q.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = q[i] === 255 ? NaN : lo + q[i] * step;
  }
  return out;
}

/**
 * A grid of 2D points, `cols` a row, sent as int16 row differences (live/wire/GridCoding.java): low bytes,
 * then high bytes; each code is its difference plus the same axis of the point to its left (first
 * column: the point above; the first point: 0), mod 2¹⁶; then as decodeI16.
 */
export function decodeI16Grid(text: string | null | undefined, lo: number[], hi: number[], cols: number): Float32Array | undefined {
  if (text === undefined || text === null) {
    return undefined;
  }
  const bytes = decodeB85(text);
  const n = bytes.length >> 1;
  const w = cols * 2;
  const codes = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const d = bytes[i] | (bytes[n + i] << 8);
    const prev = i % w >= 2 ? codes[i - 2] : i >= w ? codes[i - w] : 0;
    codes[i] = prev + d; // Int16Array stores mod 2¹⁶
  }
  const step = hi.map((h, a) => (h - lo[a]) / 65534);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = i & 1;
    out[i] = codes[i] === -32768 ? NaN : lo[a] + (codes[i] + 32767) * step[a];
  }
  return out;
}

/**
 * Arrows as (direction, length) byte pairs → interleaved dx, dy: θ = d·2π/256, length = l·scale/255.
 * `undefined` → `undefined`, "" → empty.
 */
export function decodeArrows(text: string | null | undefined, scale: number): Float32Array | undefined {
  if (text === undefined || text === null) {
    return undefined;
  }
  const bytes = decodeB85(text);
  const out = new Float32Array(bytes.length & ~1);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const theta = bytes[i] * ((2 * Math.PI) / 256);
    const len = bytes[i + 1] * (scale / 255);
    out[i] = len * Math.cos(theta);
    out[i + 1] = len * Math.sin(theta);
  }
  return out;
}

/** The [lo, hi] pair sent as `key` + "Scale" with a quantised array (or [0, 0] when absent). */
export function scaleOf(f: Record<string, unknown>, key: string): number[] {
  const s = f[key + 'Scale'];
  return Array.isArray(s) && s.length === 2 ? (s as number[]) : [0, 0];
}

/** Minimum and maximum of the finite values (or [0, 1] when there are none). */
export function finiteRange(a: Float32Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo > hi) return [0, 1];
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  return [lo, hi];
}

/** About `count` "nice" tick values (1, 2, 5 × 10^k steps) covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  const span = hi - lo;
  if (!(span > 0) || !Number.isFinite(span)) return [lo];
  const raw = span / Math.max(1, count);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const norm = raw / mag;
  const step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
    ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  }
  return ticks;
}

/** A tick label without floating-point noise. */
export function formatTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(1);
  return String(parseFloat(v.toPrecision(4)));
}

/** Sizes a canvas to its CSS box at the device pixel ratio; returns the CSS size. */
export function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number): void {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
}

/**
 * Tells the server that frame `seq` is on screen, after the browser has painted it
 * (the server sends the next frame only then, so a slow client gets fewer frames, not a backlog).
 */
export function ackAfterPaint(host: HTMLElement, seq: number | undefined): void {
  if (seq === undefined || seq === null) return;
  requestAnimationFrame(() => {
    // a DOM event (event data `event.detail.seq`): the cheapest round trip Vaadin offers
    host.dispatchEvent(new CustomEvent('frame-drawn', { detail: { seq } }));
  });
}
