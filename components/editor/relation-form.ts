/**
 * Relations: the list, and the open relation's fields: its two actors, type, direction, when, a neutral
 * summary and its quotes. Quotes come from selections in the article; one typed or pasted by hand is
 * checked against the article as it is typed.
 */
import { html, nothing } from 'lit'
import { type Dataset, RELATION_TYPES, type Relation } from '../../src/dataset.ts'
import {
  addEvidence,
  addRelation,
  deleteRelation,
  type RelationField,
  removeEvidence,
  renameRelation,
  setEvidence,
  setRelationField,
} from '../../src/editor/edits.ts'
import { textFileName } from '../../src/editor/work.ts'
import { checkEvidence } from '../../src/evidence.ts'
import { describedBy, type EditorContext, fieldId, fieldProblems, problemsAt, textField } from './context.ts'

const TYPE_LABELS = {
  cooperation: 'Cooperation',
  negotiation: 'Negotiation',
  opposition: 'Opposition',
} as const

/** `Town Council → Water Utility`: a relation named by its actors, for lists and buttons. */
export function relationName(context: EditorContext, relation: Relation) {
  const name = (id: string) => context.work.dataset.actors.find((a) => a.id === id)?.name ?? (id || '?')
  return `${name(relation.source)} ${relation.directed ? '→' : '–'} ${name(relation.target)}`
}

export function relationList(context: EditorContext, openIndex: number | undefined) {
  const { work } = context
  const add = () => {
    const { work: next, id } = addRelation(work, { source: '', target: '' })
    context.apply(next)
    context.open('relations', id)
  }
  return html`<section class="form" aria-labelledby="relations-heading">
    <h2 id="relations-heading">Relations (${work.dataset.relations.length})</h2>
    <ul class="item-list">
      ${work.dataset.relations.map((relation, index) => {
        const flagged = problemsAt(context, `/relations/${index}`, true).length > 0
        return html`<li><button type="button" class="item" aria-current=${index === openIndex ? 'true' : 'false'}
          @click=${() => context.open('relations', relation.id)}>${relationName(context, relation)}
          <span class="item-meta"><span class=${`swatch swatch--${relation.type}`}></span>${relation.type}${
            flagged ? html` · <span class="flag">needs a fix</span>` : nothing
          }</span></button></li>`
      })}
    </ul>
    <p class="field-hint">Select a passage in the article to start a relation from its quote, or</p>
    <button type="button" @click=${add}>Add a relation without a quote</button>
    ${openIndex === undefined ? nothing : relationFields(context, openIndex)}
  </section>`
}

function relationFields(context: EditorContext, index: number) {
  const { work, apply } = context
  const relation = work.dataset.relations[index]
  if (!relation) return nothing
  const { id } = relation
  const at = `/relations/${index}`
  const set = (key: RelationField, value: string | boolean, group?: string) =>
    apply(setRelationField(work, id, key, value), group)
  const actorSelect = (key: 'source' | 'target', label: string) => {
    const pointer = `${at}/${key}`
    return html`<div class="field">
      <label for=${fieldId(pointer)}>${label}</label>
      <select id=${fieldId(pointer)} data-pointer=${pointer} aria-describedby=${describedBy(context, pointer)}
        aria-invalid=${problemsAt(context, pointer).length ? 'true' : 'false'}
        @change=${(e: Event) => set(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!relation[key]}>Choose an actor…</option>
        ${work.dataset.actors.map((a) => html`<option value=${a.id} ?selected=${relation[key] === a.id}>${a.name}</option>`)}
      </select>
      ${fieldProblems(context, pointer)}
    </div>`
  }
  return html`<fieldset class="open-item">
    <legend>Relation: ${relationName(context, relation)}</legend>
    <div class="pair">${actorSelect('source', 'From')}${actorSelect('target', 'To')}</div>
    <div class="field">
      <label for=${fieldId(`${at}/type`)}>Type</label>
      <select id=${fieldId(`${at}/type`)} data-pointer=${`${at}/type`}
        @change=${(e: Event) => set('type', (e.target as HTMLSelectElement).value)}>
        ${RELATION_TYPES.map((t) => html`<option value=${t} ?selected=${relation.type === t}>${TYPE_LABELS[t]}</option>`)}
      </select>
      ${fieldProblems(context, `${at}/type`)}
    </div>
    <div class="field check">
      <input type="checkbox" id=${fieldId(`${at}/directed`)} data-pointer=${`${at}/directed`} .checked=${relation.directed}
        @change=${(e: Event) => set('directed', (e.target as HTMLInputElement).checked)} />
      <label for=${fieldId(`${at}/directed`)}>Directed: “From” acts on “To”</label>
    </div>
    ${textField(context, {
      label: 'When',
      pointer: `${at}/when`,
      value: relation.when,
      hint: 'The article’s own words for the time, e.g. “on Tuesday”.',
      onInput: (value) => set('when', value, `${at}/when`),
    })}
    ${textField(context, {
      label: 'Summary',
      pointer: `${at}/summary`,
      value: relation.summary,
      multiline: true,
      required: true,
      hint: 'One neutral sentence in your words, attributed as the article attributes it.',
      onInput: (value) => set('summary', value, `${at}/summary`),
    })}
    ${evidenceFields(context, relation, at)}
    ${textField(context, {
      label: 'Id',
      pointer: `${at}/id`,
      value: relation.id,
      onInput: (value) => apply(renameRelation(work, id, value), `${at}/id`),
    })}
    <button type="button" class="delete" @click=${() => {
      apply(deleteRelation(work, id))
      context.open('relations')
      context.say(`Deleted the relation ${relationName(context, relation)}.`)
    }}>Delete relation</button>
  </fieldset>`
}

function evidenceFields(context: EditorContext, relation: Relation, at: string) {
  const { work, apply } = context
  const pointer = `${at}/evidence`
  const typedId = fieldId(`${pointer}/new`)
  const addTyped = () => {
    const input = document.getElementById(typedId) as HTMLTextAreaElement | null
    const quote = input?.value.replace(/\s+/g, ' ').trim()
    if (!input || !quote) return
    apply(addEvidence(work, relation.id, quote))
    input.value = ''
    showQuoteCheck(context, input)
  }
  return html`<fieldset class="evidence" aria-describedby=${describedBy(context, pointer)}>
    <legend>Quotes (${relation.evidence.length})</legend>
    ${fieldProblems(context, pointer)}
    ${relation.evidence.map((quote, i) => {
      const quotePointer = `${pointer}/${i}`
      return html`<div class="quote-field">
        ${textField(context, {
          label: `Quote ${i + 1}`,
          pointer: quotePointer,
          value: quote,
          multiline: true,
          onInput: (value) => apply(setEvidence(work, relation.id, i, value), quotePointer),
        })}
        <button type="button" class="small" aria-label=${`Remove quote ${i + 1}`}
          @click=${() => apply(removeEvidence(work, relation.id, i))}>Remove</button>
      </div>`
    })}
    <div class="field">
      <label for=${typedId}>Type or paste a quote</label>
      <textarea id=${typedId} rows="2" aria-describedby=${`${typedId}-check`}
        @input=${(event: Event) => showQuoteCheck(context, event.target as HTMLTextAreaElement)}></textarea>
      <p class="quote-check" id=${`${typedId}-check`} aria-live="polite"></p>
      <button type="button" class="small" @click=${addTyped}>Add quote</button>
    </div>
  </fieldset>`
}

/**
 * Says under the box, as the quote is typed, whether it is in the article, in the words of the command-line
 * check (the closest passage and where it differs). Written into the page directly: the text is the box's
 * own state, not the dataset's, until the quote is added.
 */
function showQuoteCheck(context: EditorContext, input: HTMLTextAreaElement) {
  const out = document.getElementById(`${input.id}-check`)
  if (!out) return
  const quote = input.value.replace(/\s+/g, ' ').trim()
  if (!quote) {
    out.textContent = ''
    return
  }
  const probe = { relations: [{ evidence: [quote] }] } as unknown as Dataset
  const [problem] = checkEvidence(probe, context.work.text, textFileName(context.work))
  out.textContent = problem ? `Not found: ${problem.message}` : 'Found in the article.'
  out.classList.toggle('is-missing', Boolean(problem))
}
