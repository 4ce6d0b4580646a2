import { COLORS } from './lab-palette';

/** Largest drawing (the points target's limit, lab.minimax.experiment.TargetCatalog.MAX_POINTS). */
const MAX_POINTS = 5000;

/**
 * Draw mode of mm-plane: paints points in data coordinates with the mouse (press and drag) or the
 * keyboard (arrow keys move the brush, Shift for larger moves, Space or Enter paints). A stamp
 * lays `brush` points: the first under the brush, the others spread over a disc whose radius grows
 * with the brush (a fixed pseudo-random sequence, so the same strokes give the same points).
 * After each stroke `send` gets the whole drawing as "x,y;x,y;…", coordinates rounded to 0.01.
 */
export class PlaneDrawing {
  brush = 3;
  private points: number[] = [];
  private active = false;
  private down = false;
  private last?: [number, number];
  private cursor?: [number, number];
  private seed = 1;
  // the view's transform, set by each draw: pixel = o + (data − d0)·scale, y upwards
  private ox = 0;
  private oy = 0;
  private ph = 0;
  private scale = 1;
  private x0 = 0;
  private y0 = 0;
  private plot = [0, 0, 0, 0];

  constructor(private readonly host: HTMLElement & { draw(): void },
    private readonly send: (xy: string) => void) {
    host.addEventListener('pointerdown', (e) => this.pointerDown(e));
    host.addEventListener('pointermove', (e) => this.pointerMove(e));
    host.addEventListener('pointerup', () => this.strokeEnd());
    host.addEventListener('pointercancel', () => this.strokeEnd());
    host.addEventListener('pointerleave', () => {
      if (!this.down) {
        this.cursor = undefined;
        host.draw();
      }
    });
    host.addEventListener('keydown', (e) => this.key(e));
  }

  /** Turns draw mode on or off (the host becomes focusable and says how to draw). */
  setActive(on: boolean): void {
    this.active = on;
    const h = this.host;
    if (on) {
      h.tabIndex = 0;
      h.setAttribute('role', 'application');
      h.setAttribute('aria-label', 'Drawing area: drag with the mouse, or move the brush with the arrow keys and paint with Space');
      h.style.cursor = 'crosshair';
      h.style.touchAction = 'none';
    } else {
      h.removeAttribute('tabindex');
      h.removeAttribute('role');
      h.removeAttribute('aria-label');
      h.style.cursor = '';
      h.style.touchAction = '';
      this.cursor = undefined;
    }
  }

  clear(): void {
    this.points = [];
    this.seed = 1;
  }

  setView(ox: number, oy: number, ph: number, scale: number, x0: number, y0: number, plot: number[]): void {
    this.ox = ox;
    this.oy = oy;
    this.ph = ph;
    this.scale = scale;
    this.x0 = x0;
    this.y0 = y0;
    this.plot = plot;
  }

  /** Draws the points and the brush outline. */
  paint(ctx: CanvasRenderingContext2D, sx: (x: number) => number, sy: (y: number) => number): void {
    const p = this.points;
    ctx.save();
    ctx.fillStyle = COLORS.drawn;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 0.8;
    ctx.beginPath();
    for (let i = 0; i + 1 < p.length; i += 2) {
      const X = sx(p[i]);
      const Y = sy(p[i + 1]);
      ctx.moveTo(X + 3, Y);
      ctx.arc(X, Y, 3, 0, 2 * Math.PI);
    }
    ctx.fill();
    ctx.stroke();
    if (this.cursor) {
      ctx.strokeStyle = COLORS.drawn;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.arc(this.cursor[0], this.cursor[1], this.radius(), 0, 2 * Math.PI);
      ctx.stroke();
    }
    ctx.restore();
  }

  private radius(): number {
    return 3 + 3 * Math.max(1, Math.min(10, this.brush));
  }

  private local(e: PointerEvent): [number, number] {
    const r = this.host.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  private pointerDown(e: PointerEvent): void {
    if (!this.active || e.button !== 0) return;
    e.preventDefault();
    this.host.focus({ preventScroll: true });
    this.host.setPointerCapture(e.pointerId);
    this.down = true;
    this.cursor = this.local(e);
    this.last = undefined;
    this.stamp(this.cursor);
  }

  private pointerMove(e: PointerEvent): void {
    if (!this.active) return;
    this.cursor = this.local(e);
    if (this.down) {
      const far = !this.last || Math.hypot(this.cursor[0] - this.last[0], this.cursor[1] - this.last[1]) >= this.radius() * 0.6;
      if (far) this.stamp(this.cursor);
    }
    this.host.draw();
  }

  private strokeEnd(): void {
    if (!this.down) return;
    this.down = false;
    this.last = undefined;
    this.emit();
  }

  private key(e: KeyboardEvent): void {
    if (!this.active) return;
    const [px, py, pw, ph] = this.plot;
    if (!this.cursor) this.cursor = [px + pw / 2, py + ph / 2];
    const d = e.shiftKey ? 30 : 8;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-d, 0], ArrowRight: [d, 0], ArrowUp: [0, -d], ArrowDown: [0, d],
    };
    if (e.key in moves) {
      const [dx, dy] = moves[e.key];
      this.cursor = [Math.max(px, Math.min(px + pw, this.cursor[0] + dx)),
        Math.max(py, Math.min(py + ph, this.cursor[1] + dy))];
      e.preventDefault();
      this.host.draw();
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      this.stamp(this.cursor);
      this.emit();
    }
  }

  /** Lays `brush` points around pixel position c (inside the plot only). */
  private stamp(c: [number, number]): void {
    this.last = c;
    const [px, py, pw, ph] = this.plot;
    const n = Math.max(1, Math.min(10, Math.round(this.brush)));
    const r = this.radius();
    for (let i = 0; i < n && this.points.length < 2 * MAX_POINTS; i++) {
      let X = c[0];
      let Y = c[1];
      if (i > 0) {
        // uniform in the disc: radius r·√u, angle 2πv
        const rr = r * Math.sqrt(this.next());
        const a = 2 * Math.PI * this.next();
        X += rr * Math.cos(a);
        Y += rr * Math.sin(a);
      }
      if (X < px || X > px + pw || Y < py || Y > py + ph) continue;
      const x = this.x0 + (X - this.ox) / this.scale;
      const y = this.y0 + (this.oy + this.ph - Y) / this.scale;
      this.points.push(Math.round(x * 100) / 100, Math.round(y * 100) / 100);
    }
    this.host.draw();
  }

  /** mulberry32: a small fixed pseudo-random sequence in [0, 1). */
  private next(): number {
    let t = (this.seed = (this.seed + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  private emit(): void {
    const p = this.points;
    const parts: string[] = [];
    for (let i = 0; i + 1 < p.length; i += 2) parts.push(`${p[i]},${p[i + 1]}`);
    this.send(parts.join(';'));
  }
}
