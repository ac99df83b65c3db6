/**
 * Actors: the list, and the open actor's fields (name, short name, id, kind, role, affiliation, description), with
 * merge and delete, each saying first which relations it touches and what becomes of them.
 */
import { html, nothing } from 'lit'
import { ACTOR_KINDS, type Actor } from '../../src/dataset.ts'
import {
  addActor,
  deleteActor,
  mergeActors,
  relationsOf,
  renameActor,
  setActorField,
} from '../../src/editor/edits.ts'
import { describedBy, type EditorContext, fieldId, fieldProblems, problemsAt, textField } from './context.ts'

const KIND_LABELS = { person: 'Person', institution: 'Institution', group: 'Group' } as const

export function actorList(context: EditorContext, openIndex: number | undefined) {
  const { work } = context
  const add = () => {
    const { work: next, id } = addActor(work, { name: 'New actor' })
    context.apply(next)
    context.open('actors', id)
  }
  return html`<section class="form" aria-labelledby="actors-heading">
    <h2 id="actors-heading">Actors (${work.dataset.actors.length})</h2>
    <ul class="item-list">
      ${work.dataset.actors.map((actor, index) => {
        const flagged = problemsAt(context, `/actors/${index}`, true).length > 0
        return html`<li><button type="button" class="item" aria-current=${index === openIndex ? 'true' : 'false'}
          @click=${() => context.open('actors', actor.id)}>${actor.name || actor.id || '(unnamed)'}
          <span class="item-meta">${actor.kind}${flagged ? html` · <span class="flag">needs a fix</span>` : nothing}</span></button></li>`
      })}
    </ul>
    <button type="button" @click=${add}>Add an actor</button>
    ${openIndex === undefined ? nothing : actorFields(context, openIndex)}
  </section>`
}

function actorFields(context: EditorContext, index: number) {
  const { work, apply } = context
  const actor = work.dataset.actors[index]
  if (!actor) return nothing
  const { id } = actor
  const at = `/actors/${index}`
  const set = (key: 'name' | 'shortName' | 'role' | 'description') => (value: string) =>
    apply(setActorField(work, id, key, value), `${at}/${key}`)
  const others = work.dataset.actors.filter((a) => a.id !== id)
  const uses = relationsOf(work, id)
  return html`<fieldset class="open-item">
    <legend>Actor: ${actor.name || id}</legend>
    ${textField(context, { label: 'Name', pointer: `${at}/name`, value: actor.name, required: true, onInput: set('name') })}
    ${textField(context, {
      label: 'Short name',
      pointer: `${at}/shortName`,
      value: actor.shortName,
      hint: 'Optional: the article’s own short form, such as a surname. Shown where room is tight (a phone); the full name stays in the tooltip, details and table.',
      onInput: set('shortName'),
    })}
    ${textField(context, {
      label: 'Id',
      pointer: `${at}/id`,
      value: actor.id,
      hint: 'Made from the name; relations refer to it. Lowercase letters, digits and hyphens.',
      onInput: (value) => apply(renameActor(work, id, value), `${at}/id`),
    })}
    <div class="field">
      <label for=${fieldId(`${at}/kind`)}>Kind</label>
      <select id=${fieldId(`${at}/kind`)} data-pointer=${`${at}/kind`} aria-describedby=${describedBy(context, `${at}/kind`)}
        @change=${(e: Event) => apply(setActorField(work, id, 'kind', (e.target as HTMLSelectElement).value))}>
        ${ACTOR_KINDS.map((kind) => html`<option value=${kind} ?selected=${actor.kind === kind}>${KIND_LABELS[kind]}</option>`)}
      </select>
      ${fieldProblems(context, `${at}/kind`)}
    </div>
    ${textField(context, { label: 'Role', pointer: `${at}/role`, value: actor.role, hint: 'Office or position at the time of the article.', onInput: set('role') })}
    <div class="field">
      <label for=${fieldId(`${at}/affiliation`)}>Belongs to</label>
      <select id=${fieldId(`${at}/affiliation`)} data-pointer=${`${at}/affiliation`}
        aria-describedby=${describedBy(context, `${at}/affiliation`)}
        @change=${(e: Event) => apply(setActorField(work, id, 'affiliation', (e.target as HTMLSelectElement).value))}>
        <option value="" ?selected=${!actor.affiliation}>Nobody</option>
        ${others.map((a) => html`<option value=${a.id} ?selected=${actor.affiliation === a.id}>${a.name}</option>`)}
      </select>
      ${fieldProblems(context, `${at}/affiliation`)}
    </div>
    ${textField(context, { label: 'Description', pointer: `${at}/description`, value: actor.description, multiline: true, onInput: set('description') })}
    ${dangerZone(
      context,
      actor,
      others,
      uses.map((r) => r.id),
    )}
  </fieldset>`
}

/** Merge and delete, each naming the relations it touches before it acts. */
function dangerZone(context: EditorContext, actor: Actor, others: readonly Actor[], uses: readonly string[]) {
  const { work, apply } = context
  const mergeId = fieldId(`/merge/${actor.id}`)
  const merge = () => {
    const select = document.getElementById(mergeId) as HTMLSelectElement | null
    const into = select?.value
    if (!into) return
    const { work: next, removed } = mergeActors(work, actor.id, into)
    apply(next)
    context.open('actors', into)
    context.say(
      `Merged ${actor.name} into ${others.find((a) => a.id === into)?.name ?? into}` +
        (removed.length ? `; removed ${removed.join(', ')}, which would join it to itself.` : '.'),
    )
  }
  const remove = () => {
    apply(deleteActor(work, actor.id))
    context.open('actors')
    context.say(`Deleted ${actor.name}${uses.length ? ` and its relations ${uses.join(', ')}` : ''}.`)
  }
  return html`<div class="danger">
    <p class="uses">${
      uses.length
        ? `Takes part in ${uses.length} relation${uses.length === 1 ? '' : 's'}: ${uses.join(', ')}.`
        : 'Takes part in no relation yet.'
    }</p>
    ${
      others.length
        ? html`<div class="field inline">
            <label for=${mergeId}>Merge into</label>
            <select id=${mergeId}>${others.map((a) => html`<option value=${a.id}>${a.name}</option>`)}</select>
            <button type="button" @click=${merge}>Merge</button>
          </div>
          <p class="field-hint">Merging moves its relations to the other actor; a relation between the two is removed.</p>`
        : nothing
    }
    <button type="button" class="delete" @click=${remove}>
      Delete actor${uses.length ? ` and its ${uses.length} relation${uses.length === 1 ? '' : 's'}` : ''}
    </button>
  </div>`
}
