/** Story steps: ordered, each with a title, a text and the relations (and actors) it lights. */
import { html, nothing } from 'lit'
import { addStep, deleteStep, moveStep, setStepField, toggleInStep } from '../../src/editor/edits.ts'
import { type EditorContext, problemsAt, textField } from './context.ts'
import { relationName } from './relation-form.ts'

export function stepList(context: EditorContext, openIndex: number | undefined) {
  const { work } = context
  const steps = work.dataset.steps ?? []
  const add = () => {
    const { work: next, id } = addStep(work, `Step ${steps.length + 1}`)
    context.apply(next)
    context.open('steps', id)
  }
  return html`<section class="form" aria-labelledby="steps-heading">
    <h2 id="steps-heading">Story steps (${steps.length})</h2>
    <p class="field-hint">Optional: a guided reading, step by step, each lighting some relations.</p>
    <ol class="item-list">
      ${steps.map((step, index) => {
        const flagged = problemsAt(context, `/steps/${index}`, true).length > 0
        return html`<li><button type="button" class="item" aria-current=${index === openIndex ? 'true' : 'false'}
          @click=${() => context.open('steps', step.id)}>${step.title || step.id}
          ${flagged ? html`<span class="item-meta"><span class="flag">needs a fix</span></span>` : nothing}</button></li>`
      })}
    </ol>
    <button type="button" @click=${add}>Add a step</button>
    ${openIndex === undefined ? nothing : stepFields(context, openIndex, steps.length)}
  </section>`
}

function stepFields(context: EditorContext, index: number, count: number) {
  const { work, apply } = context
  const step = work.dataset.steps?.[index]
  if (!step) return nothing
  const at = `/steps/${index}`
  const toggle = (list: 'actors' | 'relations', id: string) => apply(toggleInStep(work, step.id, list, id))
  return html`<fieldset class="open-item">
    <legend>Step ${index + 1}: ${step.title}</legend>
    ${textField(context, { label: 'Title', pointer: `${at}/title`, value: step.title, required: true, onInput: (v) => apply(setStepField(work, step.id, 'title', v), `${at}/title`) })}
    ${textField(context, { label: 'Text', pointer: `${at}/text`, value: step.text, multiline: true, required: true, onInput: (v) => apply(setStepField(work, step.id, 'text', v), `${at}/text`) })}
    <fieldset class="choices">
      <legend>Relations it lights</legend>
      ${work.dataset.relations.map(
        (r) => html`<label><input type="checkbox" .checked=${step.relations?.includes(r.id) ?? false}
          @change=${() => toggle('relations', r.id)} /> ${relationName(context, r)}</label>`,
      )}
    </fieldset>
    <fieldset class="choices">
      <legend>Actors it lights</legend>
      ${work.dataset.actors.map(
        (a) => html`<label><input type="checkbox" .checked=${step.actors?.includes(a.id) ?? false}
          @change=${() => toggle('actors', a.id)} /> ${a.name}</label>`,
      )}
    </fieldset>
    <div class="row">
      <button type="button" ?disabled=${index === 0} @click=${() => apply(moveStep(work, step.id, -1))}>Move earlier</button>
      <button type="button" ?disabled=${index === count - 1} @click=${() => apply(moveStep(work, step.id, 1))}>Move later</button>
      <button type="button" class="delete" @click=${() => {
        apply(deleteStep(work, step.id))
        context.open('steps')
      }}>Delete step</button>
    </div>
  </fieldset>`
}
