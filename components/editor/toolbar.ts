/** The workbench's bar (undo, redo, open, new, the status line) and the notices under it. */
import { html, nothing } from 'lit'
import type { DatasetError } from '../../src/validate.ts'
import { problemsList } from './problems-list.ts'

export interface ToolbarState {
  readonly canUndo: boolean
  readonly canRedo: boolean
  readonly status: string
}

export interface ToolbarActions {
  undo(): void
  redo(): void
  openFiles(files: FileList): Promise<void>
  startOver(): void
}

/** The file types the workbench opens: datasets and articles. */
export const OPENABLE =
  '.json,.txt,.md,.markdown,.html,.htm,application/json,text/plain,text/markdown,text/html'

export function toolbar({ canUndo, canRedo, status }: ToolbarState, actions: ToolbarActions) {
  const open = (event: Event) => {
    const input = event.target as HTMLInputElement
    // Cleared after reading, so that opening the same file again is a change too.
    if (input.files) actions.openFiles(input.files).finally(() => (input.value = ''))
  }
  return html`<header class="bar">
    <h1>Dataset workbench</h1>
    <div class="row" role="toolbar" aria-label="Work">
      <button type="button" ?disabled=${!canUndo} @click=${actions.undo}
        aria-keyshortcuts="Control+Z Meta+Z" title="Undo (Ctrl/⌘+Z)">Undo</button>
      <button type="button" ?disabled=${!canRedo} @click=${actions.redo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z" title="Redo (Shift+Ctrl/⌘+Z)">Redo</button>
      <label class="button" for="open-files">Open files…</label>
      <input id="open-files" class="visually-hidden" type="file" multiple accept=${OPENABLE} @change=${open} />
      <button type="button" @click=${actions.startOver}>New</button>
    </div>
    <p class="status" role="status">${status}</p>
  </header>`
}

/** The problems of the file last opened, until dismissed. */
export function openedNotice(
  opened: { name: string; problems: readonly DatasetError[] } | undefined,
  goTo: (pointer: string) => void,
  dismiss: () => void,
) {
  if (!opened) return nothing
  const { name, problems } = opened
  return html`<div class=${problems.length ? 'opened' : 'opened is-clean'}>
    ${problemsList(`Problems in ${name} as opened`, problems, goTo, `${name} opened without problems.`)}
    <button type="button" class="small" @click=${dismiss}>Dismiss</button>
  </div>`
}

/** Shown when another tab saved newer work: this tab saves nothing until the editor chooses. */
export function conflictNotice(conflict: boolean, actions: { takeTheirs(): void; keepMine(): void }) {
  if (!conflict) return nothing
  return html`<div class="conflict" role="alert">
    <p>This work was changed in another tab. Changes made here are not saved until you choose.</p>
    <button type="button" @click=${actions.takeTheirs}>Load the other tab’s version</button>
    <button type="button" @click=${actions.keepMine}>Keep this tab’s version</button>
  </div>`
}
