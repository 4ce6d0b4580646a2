import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { decodeF32 } from './lab-data';
import { symlogFilter, symlogSplits } from './symlog-axis';

/** Okabe–Ito colours: distinguishable with every common colour-vision deficiency. */
const OKABE_ITO = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#f0e442'];

interface SeriesDef {
  label: string;
  color?: string;
  dash?: number[];
  /** Why this series can be +∞ (shown with its ∞ markers). */
  infinityReason?: string;
}

interface ChartConfig {
  title: string;
  yLabel?: string;
  log?: boolean;
  /** The axis the server chose from the values: linear, log or symlog (asinh, linear within ±asinh). */
  axis?: 'linear' | 'log' | 'symlog';
  asinh?: number;
  /** A y axis fixed to [min, max] (e.g. fractions on 0–1); absent: fitted to the values. */
  range?: [number, number];
  series: SeriesDef[];
}

/** Compact tick text: 2.5e10, 0.001, 12.5, −3 (never cut to "000,000"). */
export function compact(v: number): string {
  if (v == null || !Number.isFinite(v)) return '';
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a >= 1e4 || a < 1e-3) {
    const [m, e] = v.toExponential(1).split('e');
    return `${m.replace(/\.0$/, '')}e${Number(e)}`;
  }
  return String(Number(v.toPrecision(3)));
}

/** At most this many ∞ markers per series (one per run of infinite values). */
const MAX_MARKS = 60;

/**
 * Line charts over training steps (uPlot). The server (lab.minimax.ui.chart.SeriesChart) sets the
 * `config` property ({title, yLabel, log, range?, series: [{label, color?, dash?}]}; it survives a
 * re-attach; `axis` symlog with its `asinh` threshold when the server found values that a log or
 * linear axis cannot show; a series' `infinityReason`), then calls `appendRows(base64, columns)` with new rows: row-major Float32, each row =
 * step, value_1 … value_S (NaN = no value, +∞ = an ∞ marker at the plot's top edge with the series'
 * reason). `clear()` empties it. On a log axis non-positive values are left out.
 * The plot's height is `--mm-plot-height` (at least 120 px); title and legend sit outside it, so
 * the element grows with its legend instead of squeezing the plot.
 * The history is kept at no more than `maxPoints` rows by halving its resolution when full.
 */
@customElement('mm-series')
export class MmSeries extends LitElement {
  @property({ type: String }) summary = '';
  @property({ type: Number }) maxPoints = 4000;

  /** Title, y label, log axis and the series (set by the server as a property, survives re-attach). */
  @property({ type: Object }) config: ChartConfig = { title: '', series: [] };
  private columns: number[][] = [[]];
  private plot?: uPlot;
  private resizer?: ResizeObserver;
  private host_?: HTMLDivElement;
  private shownInfinity = false;

  /** Light DOM, so that uPlot's global stylesheet applies. */
  protected createRenderRoot(): HTMLElement {
    return this;
  }

  render() {
    const reasons = (this.config.series ?? []).filter((s, i) => s.infinityReason && this.hasInfinity(i + 1))
      .map((s) => `∞ ${s.label}: ${s.infinityReason}`);
    return html`<div class="mm-series-sizer" aria-hidden="true"
        style="position:absolute;left:0;top:0;width:0;visibility:hidden;height:var(--mm-plot-height, 150px);min-height:120px"></div>
      <div class="mm-series-plot" role="img" aria-label=${this.summary || this.config.title}></div>
      ${reasons.length ? html`<div class="mm-series-infinity" title=${reasons.join(' · ')}>${reasons.join(' · ')}</div>` : ''}
      <div class="mm-sr-only" aria-live="polite"
        style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap">
        ${this.summary}</div>`;
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.style.display = 'block';
    this.style.position = 'relative';
    this.style.minWidth = '0';
    this.style.overflow = 'hidden';
    this.resizer = new ResizeObserver(() => this.resize());
    this.resizer.observe(this);
  }

  /** Whether column c holds a +∞. */
  private hasInfinity(c: number): boolean {
    return (this.columns[c] ?? []).some((v) => v === Infinity);
  }

  disconnectedCallback(): void {
    this.resizer?.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
    super.disconnectedCallback();
  }

  firstUpdated(): void {
    this.host_ = this.querySelector('.mm-series-plot') as HTMLDivElement;
    const sizer = this.querySelector('.mm-series-sizer');
    if (sizer) this.resizer?.observe(sizer);
    this.rebuild();
  }


  updated(changed: Map<string, unknown>): void {
    if (changed.has('config')) this.rebuild();
  }

  clear(): void {
    this.columns = this.columns.map(() => []);
    this.shownInfinity = false;
    this.requestUpdate();
    this.refresh();
  }

  appendRows(b64: string, columns: number): void {
    const rows = decodeF32(b64);
    if (!rows || columns < 1) return;
    this.ensureColumns();
    const S = Math.min(columns, this.columns.length);
    for (let r = 0; r + columns <= rows.length; r += columns) {
      for (let c = 0; c < S; c++) this.columns[c].push(rows[r + c]);
    }
    const infinities = this.config.series.some((s, i) => s.infinityReason && this.hasInfinity(i + 1));
    if (infinities !== this.shownInfinity) {
      this.shownInfinity = infinities;
      this.requestUpdate();
    }
    if (this.columns[0].length > this.maxPoints) {
      this.columns = this.columns.map((col) => col.filter((_, i) => i % 2 === 0));
    }
    this.refresh();
  }

  private axis(): 'linear' | 'log' | 'symlog' {
    return this.config.axis ?? (this.config.log ? 'log' : 'linear');
  }

  private data(): uPlot.AlignedData {
    const log = this.axis() === 'log';
    return this.columns.map((col, c) =>
      c === 0 ? col : col.map((v) => (!Number.isFinite(v) || (log && v <= 0) ? null : v)),
    ) as uPlot.AlignedData;
  }

  private refresh(): void {
    this.plot?.setData(this.data());
  }

  /**
   * Plot size: the element's width, and `--mm-plot-height` (≥ 120 px) whatever the legend's
   * height; with `--mm-plot-fill: 1` the plot instead fills the element's own height (set by its
   * container, e.g. a grid row) less its title and legend, and the element asks for at least a
   * 120 px plot as its min-height.
   */
  private size(): { width: number; height: number } {
    const sizer = this.querySelector('.mm-series-sizer') as HTMLElement | null;
    const h = sizer ? sizer.offsetHeight : 150;
    const width = Math.max(160, this.clientWidth);
    if (this.plot && this.fills()) {
      const inf = (this.querySelector('.mm-series-infinity') as HTMLElement | null)?.offsetHeight ?? 0;
      // around the canvas: title, legend and the ∞ reasons; inside it, around the plot: the x axis and padding
      const chrome = this.plot.root.offsetHeight - this.plot.height + inf;
      const axes = this.plot.height - this.plot.over.clientHeight;
      this.style.minHeight = `${120 + axes + chrome}px`;
      return { width, height: Math.max(120 + axes, this.clientHeight - chrome) };
    }
    this.style.minHeight = '';
    // uPlot's height holds the x axis (34 px) and padding too: the plot area itself gets h
    return { width, height: Math.max(120, h || 150) + 44 };
  }

  /** Whether the plot fills the element's height (`--mm-plot-fill: 1`, e.g. the lab's chart grid). */
  private fills(): boolean {
    return getComputedStyle(this).getPropertyValue('--mm-plot-fill').trim() === '1';
  }

  /** ∞ markers at the top edge where a series is +∞ (one at the start of each run of them). */
  private drawInfinity(u: uPlot): void {
    const over = u.over;
    over.querySelectorAll('.mm-inf-mark').forEach((e) => e.remove());
    const xs = this.columns[0] ?? [];
    this.config.series.forEach((s, i) => {
      const col = this.columns[i + 1] ?? [];
      let marks = 0;
      let lastX = -Infinity;
      for (let k = 0; k < col.length && marks < MAX_MARKS; k++) {
        if (col[k] !== Infinity || (k > 0 && col[k - 1] === Infinity)) continue;
        const x = u.valToPos(xs[k], 'x');
        if (!Number.isFinite(x) || x < 0 || x > u.over.clientWidth || x - lastX < 10) continue;
        lastX = x;
        marks++;
        const m = document.createElement('span');
        m.className = 'mm-inf-mark';
        m.textContent = '∞';
        m.title = `${s.label} = ∞ at step ${xs[k]}${s.infinityReason ? ': ' + s.infinityReason : ''}`;
        m.style.cssText = `position:absolute;top:0;left:${x}px;transform:translateX(-50%);`
          + `font-weight:700;line-height:1;pointer-events:auto;color:${s.color ?? OKABE_ITO[i % OKABE_ITO.length]}`;
        over.appendChild(m);
      }
    });
  }

  /** Whether series {@code si} holds at most two values (drawn as dots, since they make little or no line). */
  private sparse(u: uPlot, si: number): boolean {
    const col = u.data[si] ?? [];
    let n = 0;
    for (let i = 0; i < col.length; i++) {
      if (col[i] != null && ++n > 2) return false;
    }
    return true;
  }

  private resize(): void {
    if (!this.plot) return;
    const next = this.size();
    if (next.width !== this.plot.width || next.height !== this.plot.height) this.plot.setSize(next);
  }

  /** One column per series plus the steps (rows may arrive before Lit has processed `config`). */
  private ensureColumns(): void {
    const n = (this.config?.series ?? []).length + 1;
    if (this.columns.length !== n) this.columns = Array.from({ length: n }, () => []);
  }

  private rebuild(): void {
    this.ensureColumns();
    if (!this.host_) return;
    this.plot?.destroy();
    const { width, height } = this.size();
    const cfg = this.config;
    const opts: uPlot.Options = {
      title: cfg.title,
      width,
      height,
      scales: {
        // a single point (step 0) still gets axes: pad a degenerate x range
        x: {
          time: false,
          range: (_u, min, max) => (min == null || max == null ? [0, 1]
            : min === max ? [min - 1, max + 1] : [min, max]),
        },
        y: this.axis() === 'symlog' ? { distr: 4, asinh: cfg.asinh ?? 1 }
          : this.axis() === 'log' ? { distr: 3 } : cfg.range ? { range: () => [cfg.range![0], cfg.range![1]] } : {
          range: (_u, min, max) => (min == null || max == null ? [0, 1] : uPlot.rangeNum(min, max, 0.1, true)),
        },
      },
      axes: [
        // a chart that fills a grid row of the lab keeps its x axis compact
        this.fills() ? { label: 'step', labelSize: 12, labelGap: 0, size: 20, gap: 2, ticks: { size: 3 } } : { label: 'step', labelSize: 14, size: 34 },
        {
          label: cfg.yLabel ?? '',
          labelSize: 14,
          values: (_u, splits) => splits.map(compact),
          // symlog: ticks at 0 and ±{1, 2, 5}·10^k only (uPlot's own start at the scale's minimum,
          // e.g. 3.7, 4.7, …), thinned to 16 px apart with the decades kept first
          splits: this.axis() === 'symlog'
            ? (_u: uPlot, _i: number, min: number, max: number) => symlogSplits(min, max, cfg.asinh ?? 1) : undefined,
          filter: this.axis() === 'symlog' ? (u: uPlot, splits: number[]) => symlogFilter(u, splits) : undefined,
          // wide enough for the longest tick text (about 7 px a character at the chart's font)
          size: (_u, values) => 14 + 12 + 7 * Math.max(3, ...(values ?? []).map((v) => String(v).length)),
        },
      ],
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      hooks: { draw: [(u) => this.drawInfinity(u)] },
      series: [
        { label: 'step' },
        ...cfg.series.map((s, i) => ({
          label: s.label,
          stroke: s.color ?? OKABE_ITO[i % OKABE_ITO.length],
          dash: s.dash,
          width: 1.5,
          spanGaps: true,
          // a series with one or two values so far (a heavy metric's first rows) draws them as dots:
          // a lone value makes no line
          points: { show: (u: uPlot, si: number) => this.sparse(u, si), size: 5 },
        })),
      ],
    };
    this.plot = new uPlot(opts, this.data(), this.host_);
    this.resize(); // now that the legend's real height is known
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mm-series': MmSeries;
  }
}
