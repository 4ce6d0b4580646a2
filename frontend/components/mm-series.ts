import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { decodeF32 } from './lab-data';

/** Okabe–Ito colours: distinguishable with every common colour-vision deficiency. */
const OKABE_ITO = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#f0e442'];

interface SeriesDef {
  label: string;
  color?: string;
  dash?: number[];
}

interface ChartConfig {
  title: string;
  yLabel?: string;
  log?: boolean;
  /** A y axis fixed to [min, max] (e.g. fractions on 0–1); absent: fitted to the values. */
  range?: [number, number];
  series: SeriesDef[];
}

/**
 * Line charts over training steps (uPlot). The server (lab.minimax.ui.chart.SeriesChart) sets the
 * `config` property ({title, yLabel, log, range?, series: [{label, color?, dash?}]}; it survives a
 * re-attach), then calls `appendRows(base64, columns)` with new rows: row-major Float32, each row =
 * step, value_1 … value_S (NaN = no value). `clear()` empties it. On a log axis non-positive values
 * are left out.
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

  /** Light DOM, so that uPlot's global stylesheet applies. */
  protected createRenderRoot(): HTMLElement {
    return this;
  }

  render() {
    return html`<div class="mm-series-plot" role="img" aria-label=${this.summary || this.config.title}></div>
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

  disconnectedCallback(): void {
    this.resizer?.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
    super.disconnectedCallback();
  }

  firstUpdated(): void {
    this.host_ = this.querySelector('.mm-series-plot') as HTMLDivElement;
    this.rebuild();
  }


  updated(changed: Map<string, unknown>): void {
    if (changed.has('config')) this.rebuild();
  }

  clear(): void {
    this.columns = this.columns.map(() => []);
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
    if (this.columns[0].length > this.maxPoints) {
      this.columns = this.columns.map((col) => col.filter((_, i) => i % 2 === 0));
    }
    this.refresh();
  }

  private data(): uPlot.AlignedData {
    const log = !!this.config.log;
    return this.columns.map((col, c) =>
      c === 0 ? col : col.map((v) => (!Number.isFinite(v) || (log && v <= 0) ? null : v)),
    ) as uPlot.AlignedData;
  }

  private refresh(): void {
    this.plot?.setData(this.data());
  }

  /** Plot size that leaves room for uPlot's title and legend inside the element's own box. */
  private size(): { width: number; height: number } {
    const root = this.plot?.root;
    // title + legend height, measured on the current plot (a first guess before there is one)
    const extra = root ? root.offsetHeight - this.plot!.height : 56;
    return { width: Math.max(160, this.clientWidth), height: Math.max(60, this.clientHeight - extra) };
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
        y: cfg.log ? { distr: 3 } : cfg.range ? { range: () => [cfg.range![0], cfg.range![1]] } : {
          range: (_u, min, max) => (min == null || max == null ? [0, 1] : uPlot.rangeNum(min, max, 0.1, true)),
        },
      },
      axes: [
        { label: 'step', labelSize: 14, size: 34 },
        { label: cfg.yLabel ?? '', labelSize: 14, size: 52 },
      ],
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      series: [
        { label: 'step' },
        ...cfg.series.map((s, i) => ({
          label: s.label,
          stroke: s.color ?? OKABE_ITO[i % OKABE_ITO.length],
          dash: s.dash,
          width: 1.5,
          spanGaps: true,
          points: { show: false },
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
