import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
// @ts-ignore: KaTeX's typings differ between releases; only render() is used
import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * A display formula typeset by KaTeX (lab.minimax.ui.lesson.TexFormula). The TeX comes from the lesson
 * catalogue written by us, never from a user; KaTeX turns it into HTML + MathML (the MathML is
 * what screen readers read). Light DOM, so that KaTeX's global stylesheet applies.
 */
@customElement('mm-tex')
export class MmTex extends LitElement {
  @property({ type: String }) tex = '';

  protected createRenderRoot(): HTMLElement {
    return this;
  }

  render() {
    return html`<div class="mm-tex-box"></div>`;
  }

  updated(): void {
    const box = this.querySelector('.mm-tex-box') as HTMLElement | null;
    if (!box) return;
    try {
      katex.render(this.tex, box, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
    } catch (e) {
      box.textContent = this.tex;
    }
  }
}
