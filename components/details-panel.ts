/**
 * The details panel: for a selected actor, its role, affiliation and every visible relation grouped by
 * type, each with its summary and verbatim quotes; for a selected relation, its quotes in full and the
 * source. A quote is a button: the reader is always one click from the sentence that supports an edge.
 * On a narrow widget the panel becomes a bottom sheet (see the styles).
 */
import { css, html, nothing } from 'lit'
import { type Dataset, RELATION_TYPES, type Relation, type Source } from '../src/dataset.ts'
import { linksOf, type Visibility } from '../src/filter.ts'
import type { Graph, GraphNode, RelationLink } from '../src/graph.ts'
import { safeHttpUrl } from '../src/text.ts'
import { RELATION_LABELS } from './legend.ts'

export interface DetailsActions {
  selectActor(id: string): void
  selectRelation(id: string): void
  chooseQuote(relation: Relation, quote: string): void
  close(): void
}

const quotes = (relation: Relation, actions: DetailsActions) =>
  html`<ul class="quotes">
    ${relation.evidence.map(
      (quote) => html`<li><button type="button" class="quote" title="Show this sentence in the source"
        @click=${() => actions.chooseQuote(relation, quote)}>“${quote}”</button></li>`,
    )}
  </ul>`

/** A button that selects an actor: how the reader walks from the panel to the next actor. */
const actorLink = (node: GraphNode, actions: DetailsActions) =>
  html`<button type="button" class="link" @click=${() => actions.selectActor(node.id)}>${node.actor.name}</button>`

/** The panel around either kind of details: its name for screen readers and its close button. */
const panel = (label: string, actions: DetailsActions, content: unknown) =>
  html`<section class="details" part="details" aria-label=${label}>
    <button type="button" class="close" aria-label="Close details" @click=${actions.close}>×</button>
    ${content}
  </section>`

export function actorDetails(node: GraphNode, graph: Graph, visibility: Visibility, actions: DetailsActions) {
  const { actor } = node
  const affiliation = actor.affiliation ? graph.nodeById.get(actor.affiliation) : undefined
  const members = graph.affiliations.filter((tether) => tether.target === node).map((tether) => tether.source)
  const links = linksOf(node, visibility)
  return panel(
    `Details: ${actor.name}`,
    actions,
    html`<h2>${actor.name}</h2>
    ${actor.role ? html`<p class="role">${actor.role}</p>` : nothing}
    ${affiliation ? html`<p class="meta">Part of ${actorLink(affiliation, actions)}</p>` : nothing}
    ${
      members.length
        ? html`<p class="meta">Members: ${members.map((member, i) => html`${i ? ', ' : ''}${actorLink(member, actions)}`)}</p>`
        : nothing
    }
    ${actor.description ? html`<p>${actor.description}</p>` : nothing}
    ${RELATION_TYPES.map((type) => {
      const ofType = links.filter((link) => link.type === type)
      if (!ofType.length) return nothing
      return html`<h3 class="tip-type tip-type--${type}">${RELATION_LABELS[type]} (${ofType.length})</h3>
        <ul class="relations">
          ${ofType.map((link) => relationItem(link, node, actions))}
        </ul>`
    })}
    ${links.length ? nothing : html`<p class="meta">No visible relations.</p>`}`,
  )
}

function relationItem(link: RelationLink, node: GraphNode, actions: DetailsActions) {
  const other = link.source === node ? link.target : link.source
  const arrow = link.relation.directed ? (link.source === node ? '→' : '←') : '↔'
  return html`<li>
    <button type="button" class="link relation-link" @click=${() => actions.selectRelation(link.id)}>
      ${arrow} ${other.actor.name}</button>${link.relation.when ? html`${' '}<span class="meta">${link.relation.when}</span>` : nothing}
    <p class="summary">${link.relation.summary}</p>
    ${quotes(link.relation, actions)}
  </li>`
}

/** `Source: Title, Publisher, by Author`, the title linking to the article when it has a web address. */
export function sourceCredit(source: Source) {
  const url = safeHttpUrl(source.url)
  const title = url
    ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${source.title}</a>`
    : source.title
  return html`Source: ${title}, ${source.publisher}${source.author ? `, by ${source.author}` : ''}`
}

export function relationDetails(link: RelationLink, dataset: Dataset, actions: DetailsActions) {
  const { relation, source, target } = link
  const { published } = dataset.source
  return panel(
    `Details: ${RELATION_LABELS[link.type]} relation`,
    actions,
    html`<p class="tip-type tip-type--${link.type}">${RELATION_LABELS[link.type]}${relation.when ? html`${' · '}<span class="meta">${relation.when}</span>` : nothing}</p>
    <h2>${actorLink(source, actions)} ${relation.directed ? '→' : '↔'} ${actorLink(target, actions)}</h2>
    <p class="summary">${relation.summary}</p>
    ${quotes(relation, actions)}
    <p class="meta source">${sourceCredit(dataset.source)}${published ? `, ${published}` : ''}</p>`,
  )
}

export const detailsStyles = css`
  .details {
    position: absolute;
    z-index: 3;
    top: 8px;
    right: 48px;
    width: min(340px, 46%);
    max-height: calc(100% - 16px);
    overflow: auto;
    padding: 10px 12px 12px;
    background: var(--_background);
    border: 1px solid var(--_tether);
    border-radius: 10px;
    box-shadow: 0 4px 18px rgb(0 0 0 / 0.14);
    font-size: 13px;
  }
  /* A narrow widget has no room beside the graph: the panel becomes a bottom sheet. */
  @container network (max-width: 560px) {
    .details {
      inset: auto 0 0;
      width: auto;
      max-height: 55%;
      border-radius: 12px 12px 0 0;
    }
  }
  .details h2 {
    margin: 0 26px 2px 0;
    font-size: 16px;
    line-height: 1.3;
  }
  .details h3 {
    margin: 12px 0 4px;
  }
  .details p {
    margin: 4px 0;
  }
  .details .role,
  .details .meta {
    color: var(--_muted);
  }
  .details .close {
    position: absolute;
    top: 6px;
    right: 6px;
    width: 28px;
    height: 28px;
    padding: 0;
    font-size: 18px;
    line-height: 1;
  }
  .details ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .relations > li {
    padding: 6px 0;
    border-top: 1px solid var(--_tether);
  }
  button.link {
    display: inline;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .quote {
    display: block;
    width: 100%;
    margin: 4px 0;
    padding: 4px 8px;
    border: 0;
    background: none;
    border-left: 3px solid var(--_tether);
    border-radius: 0;
    text-align: start;
  }
  .quote:hover {
    border-left-color: var(--_text);
  }
  .summary {
    line-height: 1.4;
  }
`
