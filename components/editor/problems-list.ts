/** Every problem of the work in one list, each a link to its field. */
import { html, nothing } from 'lit'
import type { DatasetError } from '../../src/validate.ts'
import { formatError } from '../../src/validate.ts'

export function problemsList(
  heading: string,
  problems: readonly DatasetError[],
  goTo: (pointer: string) => void,
  okText?: string,
) {
  if (!problems.length) return okText ? html`<p class="all-good" role="status">${okText}</p>` : nothing
  return html`<section class="problems" aria-label=${heading}>
    <h2>${heading} (${problems.length})</h2>
    <ul>
      ${problems.map(
        (problem) =>
          html`<li>${
            problem.pointer
              ? html`<button type="button" class="link" @click=${() => goTo(problem.pointer)}>${formatError(problem)}</button>`
              : formatError(problem)
          }</li>`,
      )}
    </ul>
  </section>`
}
