/**
 * The article as the editor's workspace: the text exactly as it is (so a selection's offsets are offsets
 * into it), with the passages already used as evidence marked. It is a read-only text box: the caret and
 * Shift + arrows select as in any editor, but nothing can be typed into it.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Dataset } from '../../src/dataset.ts'
import { findQuote } from '../../src/evidence.ts'

/** A run of the text, and the relations whose quotes cover it (none: plain text). */
interface Segment {
  readonly start: number
  readonly end: number
  readonly relations: readonly string[]
}

/** The text cut where quotes start and end, each piece knowing which relations quote it. */
export function segmentText(text: string, dataset: Dataset): Segment[] {
  const ranges: { start: number; end: number; id: string }[] = []
  for (const relation of dataset.relations)
    for (const quote of relation.evidence) {
      const match = findQuote(text, quote)
      if (match.found) ranges.push({ start: match.start, end: match.end, id: relation.id })
    }
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  )
  const segments: Segment[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number
    const end = cuts[i + 1] as number
    const relations = [...new Set(ranges.filter((r) => r.start <= start && end <= r.end).map((r) => r.id))]
    segments.push({ start, end, relations })
  }
  return segments
}

export interface ArticleActions {
  /** The editor chose a marked passage: the relations it supports. */
  choosePassage(relations: readonly string[]): void
}

/** The article with its marks; `current` relation's passages stand out. */
export function articleView(
  text: string,
  dataset: Dataset,
  current: string | undefined,
  actions: ArticleActions,
): TemplateResult {
  const segments = segmentText(text, dataset)
  return html`<div class="article-text" role="textbox" aria-readonly="true" aria-multiline="true"
    aria-label="Article text: select a passage to quote it" contenteditable="true" spellcheck="false"
    @beforeinput=${(event: Event) => event.preventDefault()}
    @drop=${(event: Event) => event.preventDefault()}
    >${segments.map(({ start, end, relations }) => {
      const piece = text.slice(start, end)
      if (!relations.length) return piece
      const cls = current && relations.includes(current) ? 'passage is-current' : 'passage'
      return html`<mark class=${cls} data-relations=${relations.join(' ')}
        @click=${() => actions.choosePassage(relations)}>${piece}</mark>`
    })}</div>`
}

/**
 * The offsets in the article's text of the current selection, if it lies in `container` and is not empty.
 * The container holds the text and nothing else (Lit's markers are comments, which a range does not count).
 */
export function selectedRange(container: Element): { start: number; end: number } | undefined {
  const selection = document.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined
  const range = selection.getRangeAt(0)
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined
  const before = document.createRange()
  before.selectNodeContents(container)
  before.setEnd(range.startContainer, range.startOffset)
  const start = before.toString().length
  return { start, end: start + range.toString().length }
}

/** A selection's text as a quote: whitespace runs become one space (the article may wrap anywhere). */
export const quoteOf = (text: string, { start, end }: { start: number; end: number }) =>
  text.slice(start, end).replace(/\s+/g, ' ').trim()

/** The line under the article offering what to do with the selected passage. */
export function selectionBar(
  quote: string | undefined,
  relationName: string | undefined,
  actions: { newRelation(): void; addToRelation(): void; newActor(): void },
) {
  if (!quote) return html`<p class="hint-line">Select a passage to quote it, or a name to add an actor.</p>`
  return html`<div class="selection-bar" role="group" aria-label="Selected passage">
    <p class="selected-quote">“${quote.length > 140 ? `${quote.slice(0, 139)}…` : quote}”</p>
    <button type="button" @click=${actions.newRelation}>New relation with this quote</button>
    ${
      relationName
        ? html`<button type="button" @click=${actions.addToRelation}>Add to “${relationName}”</button>`
        : nothing
    }
    ${quote.length <= 80 ? html`<button type="button" @click=${actions.newActor}>New actor named this</button>` : nothing}
  </div>`
}
