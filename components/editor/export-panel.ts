/** Out: the dataset file, the article's text beside it, and the snippet that embeds the graphic. */
import { html } from 'lit'
import { datasetFileName, datasetJson, embedSnippet } from '../../src/editor/export.ts'
import { textFileName } from '../../src/editor/work.ts'
import type { EditorContext } from './context.ts'
import { download } from './files.ts'

export function exportPanel(context: EditorContext) {
  const { work } = context
  const problems = context.problems.length
  const snippet = embedSnippet(work)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet)
      context.say('Embed snippet copied.')
    } catch {
      context.say('The browser refused the clipboard: select the snippet and copy it.')
    }
  }
  return html`<section class="form" aria-labelledby="export-heading">
    <h2 id="export-heading">Export</h2>
    <p>${
      problems
        ? `${problems} problem${problems === 1 ? '' : 's'} left: the file can be saved, but the widget will refuse it until they are fixed.`
        : 'No problems: every quote is in the article.'
    }</p>
    <div class="row">
      <button type="button" class="primary" @click=${() => download(datasetFileName(work), datasetJson(work), 'application/json')}>
        Download ${datasetFileName(work)}</button>
      <button type="button" @click=${() => download(textFileName(work), `${work.text}\n`, 'text/plain')}>
        Download ${textFileName(work)}</button>
    </div>
    <p class="field-hint">Keep both files together: the dataset names the text as its source, and
      <code>npm run validate</code> checks every quote against it.</p>
    <div class="field">
      <label for="embed-snippet">Embed snippet</label>
      <textarea id="embed-snippet" readonly rows="5" .value=${snippet}></textarea>
      <button type="button" @click=${copy}>Copy embed snippet</button>
    </div>
  </section>`
}
