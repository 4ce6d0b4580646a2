import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { COLORS } from './lab-palette';

/**
 * The model overview (lab.minimax.ui.chart.ModelChart), as GAN Lab shows it: G and D as boxes with
 * their layer sizes, real data x ~ p into D, noise z → G → G(z) into D, D's output. The `phase`
 * lights a part of a step: "d" (the D update: both inputs into D, G frozen), "g" (the G update:
 * z → G → D, D frozen, its gradient flowing back to G), "" (nothing lit).
 */
@customElement('mm-model')
export class MmModel extends LitElement {
  static styles = css`
    :host { display: block; font-family: sans-serif; font-size: 11px; color: #333; }
    .flow { display: grid; grid-template-columns: auto 18px auto 18px auto 18px auto; align-items: center;
      gap: 2px 0; padding: 2px 4px; }
    .src { white-space: nowrap; }
    .net { border: 1.5px solid #888; border-radius: 4px; padding: 1px 6px; background: #fafafa; white-space: nowrap; }
    .net b { margin-right: 4px; }
    .net small { color: #666; }
    .edge { height: 0; border-top: 2px solid #bbb; position: relative; }
    .edge::after { content: ''; position: absolute; right: -1px; top: -5px; border: 4px solid transparent;
      border-left: 6px solid #bbb; }
    .real { grid-column: 2 / span 3; }
    .d { grid-row: 1 / span 2; grid-column: 5; }
    .on.net { border-color: var(--on); background: #fff4d6; }
    .on.edge { border-top-color: var(--on); }
    .on.edge::after { border-left-color: var(--on); }
    .frozen { border-style: dashed; background: #f3f3f3; color: #555; }
    .frozen small { color: #555; }
    .phase { grid-column: 1 / -1; color: #555; }
  `;

  /** G's layer sizes, "noise dim → hidden … → data dim". */
  @property({ type: String }) generator = '';

  /** D's layer sizes, "data dim → hidden … → 1". */
  @property({ type: String }) discriminator = '';

  @property({ type: String }) activationG = '';

  @property({ type: String }) activationD = '';

  /** "d", "g" or "". */
  @property({ type: String, reflect: true }) phase = '';

  render() {
    const d = this.phase === 'd';
    const g = this.phase === 'g';
    const on = (lit: boolean) => (lit ? 'on' : '');
    const caption = d ? 'D update: D learns to tell x from G(z); G is frozen'
      : g ? 'G update: gradients of D flow back through G(z) into G; D is frozen'
        : 'Step D or Step G lights its phase';
    return html`<div class="flow" style="--on:${COLORS.uncovered}" role="img"
        aria-label="Model: z → G (${this.generator}) → D (${this.discriminator}); x → D">
      <span class="src" data-part="z">z</span>
      <span class="edge ${on(g)}" data-part="z-g"></span>
      <span class="net ${on(g)} ${d ? 'frozen' : ''}" data-part="g"><b>G</b>${this.generator}
        <small>${this.activationG}</small></span>
      <span class="edge ${on(d || g)}" data-part="g-d" title="generated samples G(z)"></span>
      <span class="net d ${on(d)} ${g ? 'frozen' : ''}" data-part="d"><b>D</b>${this.discriminator}
        <small>${this.activationD}</small></span>
      <span class="edge ${on(d || g)}" data-part="d-out"></span>
      <span class="src" data-part="out">D(x)</span>
      <span class="src" data-part="x">x ~ p</span>
      <span class="edge real ${on(d)}" data-part="x-d" title="real samples"></span>
      <span class="phase" data-part="caption">${caption}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mm-model': MmModel;
  }
}
