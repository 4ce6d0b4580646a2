import { css, unsafeCSS } from 'lit';
import { COLORS } from './lab-palette';

/**
 * The image view's layout: the generated grid with the real digits beside it, the border legend,
 * the interpolation strip, then the class histogram beside the nearest training digit. Cells are
 * var(--cell) px (the strip's var(--strip-cell)), digits scaled without smoothing.
 */
export const imageStyles = css`
  :host { display: block; position: relative; min-width: 200px; min-height: 200px; font-family: sans-serif;
    font-size: var(--mm-chart-font, 11px); color: #333; }
  .wrap { position: absolute; inset: 0; overflow: auto; padding: 2px 4px; box-sizing: border-box; background: #fff; }
  .wrap:focus-visible { outline: 2px solid #0072b2; outline-offset: -2px; }
  h2 { font-size: calc(var(--mm-chart-font, 11px) * 1.1); font-weight: 600; margin: 2px 0 3px; color: #333; }
  .sets { display: flex; gap: 12px; align-items: flex-start; }
  .cells { display: grid; gap: 2px; align-items: center; justify-items: center; }
  .cells.row { display: flex; flex-wrap: wrap; gap: 2px; }
  .cell { box-sizing: content-box; border: 3px solid #9e9e9e; padding: 0; margin: 0; background: #000;
    width: var(--cell); height: var(--cell); line-height: 0; display: block; }
  .strip .cell { width: var(--strip-cell); height: var(--strip-cell); }
  button.cell { cursor: pointer; }
  button.cell:focus-visible { outline: 2px solid #0072b2; outline-offset: 1px; }
  button.cell.on { outline: 2px dashed #222; outline-offset: 1px; }
  .cell canvas { width: 100%; height: 100%; image-rendering: pixelated; image-rendering: crisp-edges; display: block; }
  .rowlabel { font-weight: 600; padding-right: 4px; font-variant-numeric: tabular-nums; }
  .legend, .key { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; margin: 4px 0; }
  .bar { display: inline-block; width: 60px; height: 10px; border: 1px solid #444; box-sizing: border-box; }
  .sw { display: inline-block; width: 10px; height: 10px; flex: none; }
  .pair-key { display: inline-flex; align-items: center; gap: 4px; }
  .sw.gen { background: ${unsafeCSS(COLORS.fake)}; }
  .sw.data { background: ${unsafeCSS(COLORS.real)}; }
  .lower { display: flex; gap: 12px; align-items: flex-start; flex-wrap: wrap; }
  .hist { flex: 1 1 220px; min-width: 160px; }
  .nearest { flex: 1 1 200px; min-width: 160px; }
  .nearest p { margin: 2px 0; }
  .pair { display: flex; gap: 6px; }
  canvas.big { width: 84px; height: 84px; image-rendering: pixelated; image-rendering: crisp-edges; background: #000; }
  .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
    clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
`;
