import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CanvasChart } from './canvas-chart';
import { legendItems, legendKey, legendStyles } from './plane-legend';
import { decodeArrows, decodeF32, decodeI16, decodeI16Grid, decodeU8Grid, finiteRange, scaleOf } from './lab-data';
import { PlaneDrawing } from './plane-drawing';
import { COLORS, DIVERGING, SEQUENTIAL } from './lab-palette';
import { drawArrows, drawAxes, drawContours, drawLegend, drawModes, drawPoints } from './plane-marks';

/**
 * The 2D view of the game: one canvas, layers toggled by the `layers` property
 * ("heat,dstar,real,fake,manifold,arrows,modes"; "dstarheat" draws D* as the heatmap instead of D).
 * It only draws what the server pushes with `setFrame(frame)` (lab.minimax.ui.chart.PlaneChart):
 *
 *   seq            frame number, acknowledged by a frame-drawn event (detail.seq) after painting
 *   box            [xMin, xMax, yMin, yMax] of the view (equal scale on both axes)
 *   gridBox        [xMin, xMax, yMin, yMax] the heat and D* grids cover (optional: else box)
 *   heatKind       "probability" (D̂ = r̂/(1+r̂) in [0, 1], diverging palette) or "critic" (sequential, legend)
 *   heatN, heat    n×n grid of D / critic values, row-major, row 0 at yMin, column 0 at xMin
 *   heatRange      [lo, hi] for critic values (optional: else the grid's own range)
 *   dstarN, dstar  n×n grid of D* = p/(p+q̂), same layout
 *   real, fake     points, interleaved x0, y0, x1, y1, …
 *   arrows         per generated point (dx, dy): −∇x of the generator loss, drawn scaled
 *   gridRows, gridCols, grid   generator manifold: rows×cols points (x, y), row-major
 *   modes          mode centres (x, y) interleaved; covered: one 0/1 value per mode (Float32)
 * Quantised (decoded in lab-data.ts): heat and dstar are uint8 over heatScale / dstarScale
 * [lo, hi], sent as MED residuals; real, fake, grid and modes are int16 in pointBox [xMin, xMax,
 * yMin, yMax] (sent with every frame), grid as row differences; arrows are (direction, length)
 * bytes with the length scale arrowScale.
 * A key that is absent keeps the previous array; an empty string clears it.
 *
 * Draw mode (`drawing` property, brush size `brush` 1..10): the student paints points with the
 * mouse, or moves the brush with the arrow keys and paints with Space; after each stroke the
 * drawing goes to the server as "x,y;x,y;…" ($server.pointsDrawn). `clearDrawing()` empties it.
 */
@customElement('mm-plane')
export class MmPlane extends CanvasChart {
  static styles = [CanvasChart.styles, legendStyles];

  /** Comma-separated visible layers. */
  @property({ type: String }) layers = 'heat,dstar,real,fake,manifold,arrows,modes';

  /** Draw mode on or off. */
  @property({ type: Boolean, reflect: true }) drawing = false;

  /** Brush size 1..10 in draw mode. */
  @property({ type: Number }) brush = 3;

  protected readonly fallbackLabel = 'Plane view';

  /** The legend's entries (plane-legend.ts), one per layer drawn now. */
  @state() private legend = '';

  private box: number[] = [-1, 1, -1, 1];
  private heatKind = 'probability';
  private heatN = 0;
  private heat?: Float32Array;
  private heatRange?: number[];
  private dstarN = 0;
  private dstar?: Float32Array;
  private real?: Float32Array;
  private fake?: Float32Array;
  private arrows?: Float32Array;
  private gridRows = 0;
  private gridCols = 0;
  private grid?: Float32Array;
  private modes?: Float32Array;
  private covered?: Float32Array;
  private gridBox?: number[];
  private boxFromFrame = false;
  private heatCanvas = document.createElement('canvas');
  private readonly pen = new PlaneDrawing(this, (xy) => {
    const server = (this as unknown as { $server?: { pointsDrawn?: (s: string) => void } }).$server;
    server?.pointsDrawn?.(xy);
  });

  render() {
    return html`${super.render()}<ul class="legend" aria-label="Legend of the 2D view">${legendItems(this.legend)}</ul>`;
  }

  protected reservedBottom(): number {
    const ul = this.renderRoot?.querySelector?.('.legend') as HTMLElement | null;
    return ul ? ul.offsetHeight + 4 : 0;
  }

  updated(changed: Map<string, unknown>): void {
    super.updated(changed);
    if (changed.has('legend')) this.draw(); // the legend's height changed the canvas's
    if (changed.has('drawing')) {
      this.pen.setActive(this.drawing);
      this.draw();
    }
    if (changed.has('brush')) this.pen.brush = this.brush;
  }

  /** Removes every drawn point (the server keeps its own copy in step). */
  clearDrawing(): void {
    this.pen.clear();
    this.draw();
  }

  /** Called by the server with one frame (see the class comment for the keys). */
  setFrame(f: Record<string, unknown>): void {
    if (Array.isArray(f.box)) {
      this.box = f.box as number[];
      this.boxFromFrame = true;
    }
    if (Array.isArray(f.gridBox)) this.gridBox = f.gridBox as number[];
    if (typeof f.heatKind === 'string') this.heatKind = f.heatKind;
    if (typeof f.heatN === 'number') this.heatN = f.heatN;
    const pb = Array.isArray(f.pointBox) ? (f.pointBox as number[]) : [-1, 1, -1, 1];
    const lo = [pb[0], pb[2]];
    const hi = [pb[1], pb[3]];
    if ('heat' in f) this.heat = decodeU8Grid(f.heat as string, scaleOf(f, 'heat'), this.heatN);
    if ('heatRange' in f) this.heatRange = f.heatRange as number[] | undefined;
    if (typeof f.dstarN === 'number') this.dstarN = f.dstarN;
    if ('dstar' in f) this.dstar = decodeU8Grid(f.dstar as string, scaleOf(f, 'dstar'), this.dstarN);
    if ('real' in f) this.real = decodeI16(f.real as string, lo, hi);
    if ('fake' in f) this.fake = decodeI16(f.fake as string, lo, hi);
    if ('arrows' in f) this.arrows = decodeArrows(f.arrows as string, Number(f.arrowScale) || 0);
    if (typeof f.gridRows === 'number') this.gridRows = f.gridRows;
    if (typeof f.gridCols === 'number') this.gridCols = f.gridCols;
    if ('grid' in f) this.grid = decodeI16Grid(f.grid as string, lo, hi, this.gridCols);
    if ('modes' in f) this.modes = decodeI16(f.modes as string, lo, hi);
    if ('covered' in f) this.covered = decodeF32(f.covered as string);
    this.frameDone(f);
  }

  /** Redraws every visible layer from the stored arrays. */
  draw(): void {
    const c = this.begin();
    if (!c) return;
    const { ctx, W, H } = c;
    const k = this.fontPx() / 11;
    const critic = this.heatKind === 'critic';
    const legendW = 56 * k;
    const pad = { l: 44 * k, r: legendW + 8, t: 8, b: 30 * k };
    // a drawing before any 2D frame (e.g. a 1D target shown so far) gets a default box
    const [x0, x1, y0, y1] = this.boxFromFrame ? this.box : [-4, 4, -4, 4];
    // Equal scale on both axes: the largest square-ish rectangle with the box's aspect ratio.
    const availW = W - pad.l - pad.r;
    const availH = H - pad.t - pad.b;
    const scale = Math.max(1e-9, Math.min(availW / (x1 - x0), availH / (y1 - y0)));
    const pw = (x1 - x0) * scale;
    const ph = (y1 - y0) * scale;
    const ox = pad.l + (availW - pw) / 2;
    const oy = pad.t + (availH - ph) / 2;
    const sx = (x: number) => ox + (x - x0) * scale;
    const sy = (y: number) => oy + ph - (y - y0) * scale;
    this.pen.setView(ox, oy, ph, scale, x0, y0, [ox, oy, pw, ph]);
    // the grids may cover a smaller box than the view (the view has a margin around them)
    const [gx0, gx1, gy0, gy1] = this.gridBox ?? this.box;
    const gx = sx(gx0);
    const gy = sy(gy1);
    const gw = sx(gx1) - gx;
    const gh = sy(gy0) - gy;

    ctx.fillStyle = '#ffffff';
    ctx.fillRect(ox, oy, pw, ph);

    // --- heatmap: D (or D* when "dstarheat" is on) ---
    const showDstarHeat = this.has('dstarheat') && this.dstar && this.dstarN > 0;
    let range: number[] = [0, 1];
    if (showDstarHeat) {
      this.drawHeat(ctx, this.dstar!, this.dstarN, DIVERGING, 0, 1, gx, gy, gw, gh);
    } else if (this.has('heat') && this.heat && this.heatN > 0) {
      range = critic ? this.heatRange ?? finiteRange(this.heat) : [0, 1];
      this.drawHeat(ctx, this.heat, this.heatN, critic ? SEQUENTIAL : DIVERGING, range[0], range[1],
        gx, gy, gw, gh);
    }
    drawAxes(ctx, x0, x1, y0, y1, sx, sy, ox, oy, pw, ph);

    ctx.save();
    ctx.beginPath();
    ctx.rect(ox, oy, pw, ph);
    ctx.clip();
    if (this.has('dstar') && this.dstar && this.dstarN > 1 && !showDstarHeat) {
      drawContours(ctx, this.dstar, this.dstarN, gx0, gx1, gy0, gy1, sx, sy);
    }
    if (this.has('manifold') && this.grid && this.gridRows > 0 && this.gridCols > 0) {
      this.drawManifold(ctx, sx, sy);
    }
    // thin mode rings under the samples, so that ring8's real samples stay visible on them
    if (this.has('modes') && this.modes) drawModes(ctx, this.modes, this.covered, sx, sy);
    if (this.has('real') && this.real) drawPoints(ctx, this.real, COLORS.real, sx, sy);
    if (this.has('fake') && this.fake) drawPoints(ctx, this.fake, COLORS.fake, sx, sy);
    if (this.has('arrows') && this.fake && this.arrows) drawArrows(ctx, this.fake, this.arrows, sx, sy, pw);
    if (this.drawing) this.pen.paint(ctx, sx, sy);
    ctx.restore();

    ctx.strokeStyle = COLORS.axis;
    ctx.lineWidth = 1;
    ctx.strokeRect(ox + 0.5, oy + 0.5, pw - 1, ph - 1);
    const drawnHeat = showDstarHeat || (this.has('heat') && this.heat && this.heatN > 0);
    this.legend = legendKey({
      heat: showDstarHeat ? 'dstar' : drawnHeat ? (critic ? 'critic' : 'probability') : '',
      dstar: !!(this.has('dstar') && this.dstar && this.dstarN > 1 && !showDstarHeat),
      real: !!(this.has('real') && this.real?.length),
      fake: !!(this.has('fake') && this.fake?.length),
      manifold: !!(this.has('manifold') && this.grid && this.gridRows > 0 && this.gridCols > 0),
      arrows: !!(this.has('arrows') && this.fake?.length && this.arrows?.length),
      modes: !!(this.has('modes') && this.modes?.length),
      drawing: this.drawing,
    });
    this.dataset.plot = [ox, oy, pw, ph].map((v) => v.toFixed(1)).join(',');
    if (drawnHeat) {
      drawLegend(ctx, ox + pw + 12, oy, Math.min(ph, 220),
        // an f-GAN's density-ratio estimate r̂ as D̂ = r̂/(1+r̂) (σ(V) for the GAN; D* at the optimum)
        showDstarHeat ? 'D*' : critic ? 'critic' : 'D̂=r̂/(1+r̂)',
        !showDstarHeat && critic ? SEQUENTIAL : DIVERGING,
        showDstarHeat ? [0, 1] : range);
    }
  }

  private drawHeat(ctx: CanvasRenderingContext2D, values: Float32Array, n: number,
    table: Uint8ClampedArray, lo: number, hi: number, ox: number, oy: number, pw: number, ph: number) {
    if (values.length < n * n) return;
    const off = this.heatCanvas;
    off.width = n;
    off.height = n;
    const octx = off.getContext('2d')!;
    const img = octx.createImageData(n, n);
    const span = hi - lo || 1;
    for (let r = 0; r < n; r++) {
      const imgRow = n - 1 - r; // row 0 of the grid is at yMin, i.e. the bottom of the image
      for (let c = 0; c < n; c++) {
        const v = values[r * n + c];
        const p = (imgRow * n + c) * 4;
        if (!Number.isFinite(v)) {
          img.data[p + 3] = 0;
          continue;
        }
        const t = Math.max(0, Math.min(1, (v - lo) / span));
        const k = Math.round(t * 255) * 3;
        img.data[p] = table[k];
        img.data[p + 1] = table[k + 1];
        img.data[p + 2] = table[k + 2];
        img.data[p + 3] = 255;
      }
    }
    octx.putImageData(img, 0, 0);
    ctx.save();
    ctx.globalAlpha = 0.75; // lighter than the marks drawn on top
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(off, ox, oy, pw, ph);
    ctx.restore();
  }



  private drawManifold(ctx: CanvasRenderingContext2D, sx: (x: number) => number, sy: (y: number) => number) {
    const g = this.grid!;
    const R = this.gridRows;
    const C = this.gridCols;
    if (g.length < R * C * 2) return;
    ctx.strokeStyle = COLORS.manifold;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        const p = (r * C + c) * 2;
        if (c === 0) ctx.moveTo(sx(g[p]), sy(g[p + 1]));
        else ctx.lineTo(sx(g[p]), sy(g[p + 1]));
      }
    }
    for (let c = 0; c < C; c++) {
      for (let r = 0; r < R; r++) {
        const p = (r * C + c) * 2;
        if (r === 0) ctx.moveTo(sx(g[p]), sy(g[p + 1]));
        else ctx.lineTo(sx(g[p]), sy(g[p + 1]));
      }
    }
    ctx.stroke();
  }


}

declare global {
  interface HTMLElementTagNameMap {
    'mm-plane': MmPlane;
  }
}
