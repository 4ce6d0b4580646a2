import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { decodeF32 } from './lab-data';

/**
 * A lesson's thumbnail (lab.minimax.ui.lesson.LessonThumb): `kind` "scatter" draws the points (x, y
 * interleaved) as dots, "curve" draws (x, p(x)) as a filled density, "spiral" draws two
 * trajectories in the (θ, ψ) plane (`points` simultaneous, `second` alternating), "digits" draws
 * 28×28 images (values in [0, 1], ink dark on paper) in two rows. Data are base64 Float32.
 */
@customElement('mm-thumb')
export class MmThumb extends LitElement {
  static styles = css`
    :host { display: block; width: 160px; height: 110px; flex: none; }
    canvas { width: 160px; height: 110px; display: block; border-radius: 6px; }
  `;

  @property({ type: String }) kind = 'scatter';
  @property({ type: String }) points = '';
  @property({ type: String }) second = '';

  @query('canvas') private canvas!: HTMLCanvasElement;

  render() {
    return html`<canvas width="320" height="220" aria-hidden="true"></canvas>`;
  }

  updated(): void {
    const ctx = this.canvas?.getContext('2d');
    if (!ctx) return;
    const W = 320;
    const H = 220;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#f7f7f4';
    ctx.fillRect(0, 0, W, H);
    const p = decodeF32(this.points) ?? new Float32Array(0);
    if (p.length < 2) return;
    if (this.kind === 'curve') {
      this.curve(ctx, p, W, H);
    } else if (this.kind === 'digits') {
      this.digits(ctx, p, W, H);
    } else if (this.kind === 'spiral') {
      const q = decodeF32(this.second) ?? new Float32Array(0);
      this.spiral(ctx, p, q, W, H);
    } else {
      this.scatter(ctx, p, W, H);
    }
  }

  /** Equal-scale square box around all points, with a margin. */
  private fit(p: Float32Array, W: number, H: number, pad: number): (x: number, y: number) => [number, number] {
    let xl = Infinity, xh = -Infinity, yl = Infinity, yh = -Infinity;
    for (let i = 0; i + 1 < p.length; i += 2) {
      xl = Math.min(xl, p[i]); xh = Math.max(xh, p[i]);
      yl = Math.min(yl, p[i + 1]); yh = Math.max(yh, p[i + 1]);
    }
    const s = Math.min((W - 2 * pad) / Math.max(1e-9, xh - xl), (H - 2 * pad) / Math.max(1e-9, yh - yl));
    const cx = (xl + xh) / 2;
    const cy = (yl + yh) / 2;
    return (x, y) => [W / 2 + (x - cx) * s, H / 2 - (y - cy) * s];
  }

  private scatter(ctx: CanvasRenderingContext2D, p: Float32Array, W: number, H: number): void {
    const at = this.fit(p, W, H, 16);
    ctx.fillStyle = 'rgba(84, 39, 136, 0.55)';
    for (let i = 0; i + 1 < p.length; i += 2) {
      const [x, y] = at(p[i], p[i + 1]);
      ctx.beginPath();
      ctx.arc(x, y, 2.4, 0, 2 * Math.PI);
      ctx.fill();
    }
  }

  private curve(ctx: CanvasRenderingContext2D, p: Float32Array, W: number, H: number): void {
    const n = p.length / 2;
    const x0 = p[0];
    const x1 = p[p.length - 2];
    let ymax = 0;
    for (let i = 1; i < p.length; i += 2) ymax = Math.max(ymax, p[i]);
    const X = (x: number) => 12 + ((x - x0) / (x1 - x0)) * (W - 24);
    const Y = (y: number) => H - 14 - (y / (ymax || 1)) * (H - 34);
    ctx.beginPath();
    ctx.moveTo(X(x0), Y(0));
    for (let i = 0; i < n; i++) ctx.lineTo(X(p[2 * i]), Y(p[2 * i + 1]));
    ctx.lineTo(X(x1), Y(0));
    ctx.closePath();
    ctx.fillStyle = 'rgba(84, 39, 136, 0.25)';
    ctx.fill();
    ctx.strokeStyle = '#542788';
    ctx.lineWidth = 3;
    ctx.stroke();
    ctx.strokeStyle = '#888';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(8, Y(0));
    ctx.lineTo(W - 8, Y(0));
    ctx.stroke();
  }

  private digits(ctx: CanvasRenderingContext2D, p: Float32Array, W: number, H: number): void {
    const side = 28;
    const n = Math.floor(p.length / (side * side));
    const cols = Math.ceil(n / 2);
    const img = ctx.createImageData(side, side);
    const cell = Math.floor(Math.min((W - 16) / cols, (H - 16) / 2));
    const x0 = (W - cols * cell) / 2;
    const y0 = (H - 2 * cell) / 2;
    const tile = document.createElement('canvas');
    tile.width = side;
    tile.height = side;
    const tctx = tile.getContext('2d');
    if (!tctx) return;
    ctx.imageSmoothingEnabled = false;
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < side * side; i++) {
        const v = 255 - Math.round(255 * Math.min(1, Math.max(0, p[k * side * side + i])));
        img.data[4 * i] = v;
        img.data[4 * i + 1] = v;
        img.data[4 * i + 2] = v;
        img.data[4 * i + 3] = 255;
      }
      tctx.putImageData(img, 0, 0);
      ctx.drawImage(tile, x0 + (k % cols) * cell + 2, y0 + Math.floor(k / cols) * cell + 2, cell - 4, cell - 4);
    }
  }

  private spiral(ctx: CanvasRenderingContext2D, p: Float32Array, q: Float32Array, W: number, H: number): void {
    const at = this.fit(p, W, H, 12);
    const line = (a: Float32Array, color: string) => {
      ctx.strokeStyle = color;
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      for (let i = 0; i + 1 < a.length; i += 2) {
        const [x, y] = at(a[i], a[i + 1]);
        if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
      }
      ctx.stroke();
    };
    line(p, '#d55e00');
    line(q, '#0072b2');
    const [cx, cy] = at(0, 0);
    ctx.fillStyle = '#000';
    ctx.beginPath();
    ctx.arc(cx, cy, 4, 0, 2 * Math.PI);
    ctx.fill();
  }
}
