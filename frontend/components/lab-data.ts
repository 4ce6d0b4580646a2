/**
 * Decoding of the arrays the server pushes: base64 of little-endian Float32 values
 * (see lab.minimax.ui.Float32Codec on the server).
 */

/** A base64 string → Float32Array; `undefined` → `undefined` (keep previous), "" → empty array. */
export function decodeF32(b64: string | null | undefined): Float32Array | undefined {
  if (b64 === undefined || b64 === null) {
    return undefined;
  }
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) {
    bytes[i] = bin.charCodeAt(i);
  }
  // DataView so that the byte order is fixed (little-endian) whatever the platform's.
  const view = new DataView(bytes.buffer);
  const out = new Float32Array(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = view.getFloat32(i * 4, true);
  }
  return out;
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
