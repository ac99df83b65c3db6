/**
 * What stands in the graphic's place while the dataset loads, or when it cannot be shown: every problem
 * located (up to twenty, then a count of the rest).
 */
import { css, html, nothing } from 'lit'
import { type DatasetError, formatError } from '../src/validate.ts'

/** The loading notice, over the frame while there is no network to show yet. */
export const loadingNotice = html`<div class="status" role="status">Loading network…</div>`

/** Every problem, located: the first twenty, then a count of the rest. */
export function renderErrors(errors: readonly DatasetError[]) {
  const shown = errors.slice(0, 20)
  return html`<div class="status" role="alert">
    <h2>This network could not be shown</h2>
    <ul>
      ${shown.map((error) => html`<li><code>${formatError(error)}</code></li>`)}
    </ul>
    ${errors.length > shown.length ? html`<p>…and ${errors.length - shown.length} more.</p>` : nothing}
  </div>`
}

export const statusStyles = css`
  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    padding: 16px;
    text-align: center;
    color: var(--_muted);
  }
  .status[role='alert'] {
    place-content: start stretch;
    text-align: start;
    color: var(--_text);
    overflow: auto;
  }
  .status h2 {
    font-size: 15px;
    margin: 0 0 6px;
  }
  .status ul {
    margin: 0;
    padding-inline-start: 18px;
    font-size: 13px;
  }
  .status code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 12px;
  }
`
