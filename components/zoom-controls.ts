/**
 * The zoom buttons over the graphic: in, out, and fit to view.
 */
import { css, html } from 'lit'
import type { ViewController } from './view-controller.ts'

export function renderZoomControls(view: ViewController) {
  return html`<div class="controls">
    <button type="button" aria-label="Zoom in" title="Zoom in" @click=${() => view.zoomBy(1.5)}>+</button>
    <button type="button" aria-label="Zoom out" title="Zoom out" @click=${() => view.zoomBy(1 / 1.5)}>−</button>
    <button type="button" aria-label="Fit to view" title="Fit to view" @click=${() => view.fit()}>⤢</button>
  </div>`
}

export const zoomControlStyles = css`
  .controls {
    position: absolute;
    top: 8px;
    right: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .controls button {
    width: 32px;
    height: 32px;
    display: grid;
    place-items: center;
    padding: 0;
    font-size: 18px;
    line-height: 1;
  }
`
