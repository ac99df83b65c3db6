/** The start: paste the article's text, or open its file (or a dataset and its text, to continue it). */
import { html } from 'lit'
import { tidyText } from '../../src/editor/article-text.ts'
import { OPENABLE } from './toolbar.ts'

export interface StartActions {
  start(text: string): void
  openFiles(files: FileList): void
  openExample(): void
}

export function startPanel(actions: StartActions) {
  const start = () => {
    const pasted = document.getElementById('paste-article') as HTMLTextAreaElement | null
    const text = tidyText(pasted?.value ?? '')
    if (text) actions.start(text)
    else pasted?.focus()
  }
  return html`<div class="start">
    <p>Start from the article the dataset is built from. Its text becomes the workspace: every quote is
      selected from it, so every quote is verbatim.</p>
    <div class="field">
      <label for="paste-article">Paste the article’s text</label>
      <textarea id="paste-article" rows="10"></textarea>
    </div>
    <button type="button" class="primary" @click=${start}>Start with this text</button>
    <p class="or">or</p>
    <div class="field">
      <label for="open-article">Open the article (.txt, .md, .html), or a dataset (.json) with its text</label>
      <input id="open-article" type="file" multiple
        accept=${OPENABLE}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement
          if (input.files) actions.openFiles(input.files)
        }} />
    </div>
    <p class="or">or</p>
    <button type="button" @click=${actions.openExample}>Open the demo’s dataset and article</button>
    <p class="field-hint">Everything stays in this browser: nothing is uploaded.</p>
  </div>`
}
