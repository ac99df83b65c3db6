/**
 * What the workbench's forms need from the element: the work, its problems by field, and the one way to
 * change it (every change goes through `apply`, so every change is saved and can be undone).
 */
import { html, nothing } from 'lit'
import type { Work } from '../../src/editor/work.ts'
import type { DatasetError } from '../../src/validate.ts'

export type Tab = 'source' | 'actors' | 'relations' | 'steps' | 'export'

export interface EditorContext {
  readonly work: Work
  /** Every problem of the work: the validator's and the evidence check's. */
  readonly problems: readonly DatasetError[]
  /** Makes `next` the work. Changes with the same `group` (typing in one field) undo as one. */
  apply(next: Work, group?: string): void
  /** Opens an actor, relation or step in the form. */
  open(tab: Tab, id?: string): void
  /** Says something in the status line (and to screen readers). */
  say(message: string): void
}

/** The id of the element for the field at `pointer`, and of its problem text. */
export const fieldId = (pointer: string) => `field${pointer.replaceAll('/', '-')}`

/** The problems at `pointer` exactly, or, when `within`, anywhere inside it too. */
export const problemsAt = (context: EditorContext, pointer: string, within = false) =>
  context.problems.filter((p) => p.pointer === pointer || (within && p.pointer.startsWith(`${pointer}/`)))

/** A field's problems under it; the input names them with `aria-describedby`. */
export function fieldProblems(context: EditorContext, pointer: string) {
  const found = problemsAt(context, pointer)
  if (!found.length) return nothing
  return html`<ul class="field-problems" id=${`${fieldId(pointer)}-problems`}>
    ${found.map((p) => html`<li>${p.message}</li>`)}
  </ul>`
}

/** The `aria-describedby` of a field with problems, else nothing. */
export const describedBy = (context: EditorContext, pointer: string) =>
  problemsAt(context, pointer).length ? `${fieldId(pointer)}-problems` : nothing

export interface TextFieldOptions {
  readonly label: string
  readonly pointer: string
  readonly value: string | undefined
  readonly onInput: (value: string) => void
  readonly multiline?: boolean
  readonly hint?: string
  readonly type?: string
  readonly required?: boolean
}

/** A labelled text field with its problems, bound to a pointer in the dataset. */
export function textField(context: EditorContext, options: TextFieldOptions) {
  const { label, pointer, value = '', onInput, multiline, hint, type = 'text', required } = options
  const id = fieldId(pointer)
  const input = (event: Event) => onInput((event.target as HTMLInputElement).value)
  const invalid = problemsAt(context, pointer).length > 0
  return html`<div class="field">
    <label for=${id}>${label}${required ? html` <span class="required">(required)</span>` : nothing}</label>
    ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    ${
      multiline
        ? html`<textarea id=${id} data-pointer=${pointer} rows="3" .value=${value} @input=${input}
            aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(context, pointer)}></textarea>`
        : html`<input id=${id} data-pointer=${pointer} type=${type} .value=${value} @input=${input}
            aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(context, pointer)} />`
    }
    ${fieldProblems(context, pointer)}
  </div>`
}
