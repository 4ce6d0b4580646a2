import { COLORS, lutColor } from './lab-palette';
import { formatTick, niceTicks } from './lab-data';

/** Marks of the 2D view: gradient arrows, mode centres, D* contours and the heatmap's colour legend. */

/** Marching squares on the D* grid at 0.25, 0.5 (solid) and 0.75. */
export function drawContours(ctx: CanvasRenderingContext2D, v: Float32Array, n: number, x0: number, x1: number,
  y0: number, y1: number, sx: (x: number) => number, sy: (y: number) => number): void {
  if (v.length < n * n) return;
  const cx = (c: number) => x0 + ((c + 0.5) * (x1 - x0)) / n;
  const cy = (r: number) => y0 + ((r + 0.5) * (y1 - y0)) / n;
  ctx.strokeStyle = COLORS.dStar;
  for (const level of [0.25, 0.5, 0.75]) {
    ctx.lineWidth = level === 0.5 ? 1.8 : 1;
    ctx.setLineDash(level === 0.5 ? [] : [4, 3]);
    ctx.beginPath();
    for (let r = 0; r + 1 < n; r++) {
      for (let c = 0; c + 1 < n; c++) {
        const a = v[r * n + c];
        const b = v[r * n + c + 1];
        const d = v[(r + 1) * n + c];
        const e = v[(r + 1) * n + c + 1];
        // D* is NaN where p and q̂ are both negligible: no contour through such a cell
        if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(d) && Number.isFinite(e))) continue;
        const pts: number[] = [];
        const edge = (va: number, vb: number, xa: number, ya: number, xb: number, yb: number) => {
          if ((va < level) !== (vb < level)) {
            const t = (level - va) / (vb - va);
            pts.push(xa + t * (xb - xa), ya + t * (yb - ya));
          }
        };
        edge(a, b, cx(c), cy(r), cx(c + 1), cy(r));
        edge(b, e, cx(c + 1), cy(r), cx(c + 1), cy(r + 1));
        edge(e, d, cx(c + 1), cy(r + 1), cx(c), cy(r + 1));
        edge(d, a, cx(c), cy(r + 1), cx(c), cy(r));
        for (let k = 0; k + 3 < pts.length; k += 4) {
          ctx.moveTo(sx(pts[k]), sy(pts[k + 1]));
          ctx.lineTo(sx(pts[k + 2]), sy(pts[k + 3]));
        }
      }
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
}


export function drawLegend(ctx: CanvasRenderingContext2D, x: number, y: number, h: number, title: string,
  table: Uint8ClampedArray, range: number[]) {
  const w = 12;
  // room under the title for it and for half of the top tick label, at the chart's font size
  const font = parseFloat(ctx.font) || 11;
  const top = y + 1.6 * font + 4;
  const bh = h - (top - y) - font;
  for (let i = 0; i < bh; i++) {
    ctx.fillStyle = lutColor(table, 1 - i / (bh - 1));
    ctx.fillRect(x, top + i, w, 1);
  }
  ctx.strokeStyle = COLORS.axis;
  ctx.strokeRect(x + 0.5, top + 0.5, w, bh);
  // the chart's font (set by the caller) is kept
  ctx.fillStyle = COLORS.axis;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillText(title, x - 2, y);
  ctx.textBaseline = 'middle';
  const [lo, hi] = range;
  ctx.fillText(formatTick(hi), x + w + 4, top);
  ctx.fillText(formatTick((lo + hi) / 2), x + w + 4, top + bh / 2);
  ctx.fillText(formatTick(lo), x + w + 4, top + bh);
}

/** Arrows a (dx, dy per point) on points p, scaled so that the 95th-percentile arrow is 5% of the width. */
export function drawArrows(ctx: CanvasRenderingContext2D, p: Float32Array, a: Float32Array,
  sx: (x: number) => number, sy: (y: number) => number, pw: number): void {
  const n = Math.min(p.length, a.length) >> 1;
  // Scale so that the 95th-percentile arrow is 5% of the plot's width (directions matter most).
  const lens: number[] = [];
  for (let i = 0; i < n; i++) lens.push(Math.hypot(a[2 * i], a[2 * i + 1]));
  lens.sort((u, v) => u - v);
  const ref = lens.length ? lens[Math.floor(0.95 * (lens.length - 1))] : 0;
  if (!(ref > 0)) return;
  const k = (0.05 * pw) / ref;
  ctx.strokeStyle = COLORS.arrow;
  ctx.fillStyle = COLORS.arrow;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let i = 0; i < n; i++) {
    let dx = a[2 * i] * k;
    let dy = -a[2 * i + 1] * k;
    const len = Math.hypot(dx, dy);
    if (!(len > 1)) continue;
    const cap = 0.1 * pw;
    if (len > cap) {
      dx *= cap / len;
      dy *= cap / len;
    }
    const X = sx(p[2 * i]);
    const Y = sy(p[2 * i + 1]);
    const ex = X + dx;
    const ey = Y + dy;
    ctx.moveTo(X, Y);
    ctx.lineTo(ex, ey);
    const ang = Math.atan2(dy, dx);
    const h = Math.min(5, Math.hypot(dx, dy) * 0.4);
    ctx.moveTo(ex, ey);
    ctx.lineTo(ex - h * Math.cos(ang - 0.45), ey - h * Math.sin(ang - 0.45));
    ctx.moveTo(ex, ey);
    ctx.lineTo(ex - h * Math.cos(ang + 0.45), ey - h * Math.sin(ang + 0.45));
  }
  ctx.stroke();
}

/** Mode centres: a thin solid teal ring when covered, a thin dashed orange ring with a cross when not (drawn under the samples). */
export function drawModes(ctx: CanvasRenderingContext2D, m: Float32Array, covered: Float32Array | undefined,
  sx: (x: number) => number, sy: (y: number) => number): void {
  ctx.lineWidth = 1.25;
  for (let i = 0; i + 1 < m.length; i += 2) {
    const isCovered = covered ? covered[i >> 1] > 0.5 : false;
    const X = sx(m[i]);
    const Y = sy(m[i + 1]);
    ctx.strokeStyle = isCovered ? COLORS.covered : COLORS.uncovered;
    ctx.setLineDash(isCovered ? [] : [3, 2]);
    ctx.beginPath();
    ctx.arc(X, Y, 7, 0, 2 * Math.PI);
    ctx.stroke();
    if (!isCovered) {
      // a cross as well as the colour: readable without colour vision
      ctx.beginPath();
      ctx.moveTo(X - 3.5, Y - 3.5);
      ctx.lineTo(X + 3.5, Y + 3.5);
      ctx.moveTo(X + 3.5, Y - 3.5);
      ctx.lineTo(X - 3.5, Y + 3.5);
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
}

/** Ticks and labels of both axes of the plot box (ox, oy, pw, ph). */
export function drawAxes(ctx: CanvasRenderingContext2D, x0: number, x1: number, y0: number, y1: number,
  sx: (x: number) => number, sy: (y: number) => number, ox: number, oy: number, pw: number, ph: number): void {
  ctx.save();
  ctx.fillStyle = COLORS.axis;
  ctx.strokeStyle = COLORS.axis;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of niceTicks(x0, x1, Math.max(2, Math.floor(pw / 70)))) {
    const X = sx(t);
    ctx.beginPath();
    ctx.moveTo(X, oy + ph);
    ctx.lineTo(X, oy + ph + 4);
    ctx.stroke();
    ctx.fillText(formatTick(t), X, oy + ph + 6);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of niceTicks(y0, y1, Math.max(2, Math.floor(ph / 50)))) {
    const Y = sy(t);
    ctx.beginPath();
    ctx.moveTo(ox - 4, Y);
    ctx.lineTo(ox, Y);
    ctx.stroke();
    ctx.fillText(formatTick(t), ox - 6, Y);
  }
  ctx.restore();
}

/** Points xy as dots of one colour with a thin white edge. */
export function drawPoints(ctx: CanvasRenderingContext2D, xy: Float32Array, color: string,
  sx: (x: number) => number, sy: (y: number) => number): void {
  ctx.fillStyle = color;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.lineWidth = 0.8;
  const r = xy.length > 4000 ? 1.8 : 2.6;
  ctx.beginPath();
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const X = sx(xy[i]);
    const Y = sy(xy[i + 1]);
    ctx.moveTo(X + r, Y);
    ctx.arc(X, Y, r, 0, 2 * Math.PI);
  }
  ctx.fill();
  ctx.stroke();
}
