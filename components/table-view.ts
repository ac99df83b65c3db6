/**
 * The table view: the same data as real HTML tables — actors, and relations with their evidence — for
 * readers who prefer tables, screen-reader users, and print. It honours the current filter.
 */
import { css, html, nothing } from 'lit'
import type { Dataset } from '../src/dataset.ts'
import { countsOf } from '../src/describe.ts'
import type { Visibility } from '../src/filter.ts'
import type { Graph, GraphNode } from '../src/graph.ts'
import { RELATION_LABELS } from './legend.ts'

const KIND_LABELS = { person: 'Person', institution: 'Institution', group: 'Group' } as const

export function renderTables(dataset: Dataset, graph: Graph, visibility: Visibility) {
  // An empty cell (undefined renders nothing) for an actor that belongs to none.
  const nameOf = (id: string | undefined) => id && (graph.nodeById.get(id)?.actor.name ?? id)
  const shownCount = (node: GraphNode) =>
    Object.values(countsOf(node, visibility)).reduce((sum, count) => sum + count)
  // A region that scrolls is a tab stop with a name: a widget shorter than its tables is read with the arrow
  // keys too (axe: scrollable-region-focusable).
  return html`<div class="tables" part="table" tabindex="0" role="region" aria-label="Actors and relations">
    <table>
      <caption>Actors (${graph.nodes.length})</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Role</th><th scope="col">Belongs to</th><th scope="col">Relations shown</th></tr></thead>
      <tbody>
        ${graph.nodes.map(
          (node) => html`<tr>
            <th scope="row">${node.actor.name}</th>
            <td data-label="Kind">${KIND_LABELS[node.actor.kind]}</td>
            <td data-label="Role">${node.actor.role}</td>
            <td data-label="Belongs to">${nameOf(node.actor.affiliation)}</td>
            <td class="num" data-label="Relations shown">${shownCount(node)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <table>
      <caption>Relations (${visibility.links.length} of ${graph.links.length} shown)</caption>
      <thead><tr><th scope="col">Source</th><th scope="col">Type</th><th scope="col">Target</th><th scope="col">Summary</th><th scope="col">Evidence</th></tr></thead>
      <tbody>
        ${visibility.links.map(
          (link) => html`<tr data-relation-id=${link.id}>
            <td data-label="Source">${link.source.actor.name}</td>
            <td data-label="Type"><span class="tip-type tip-type--${link.type}">${RELATION_LABELS[link.type]}</span>${link.relation.directed ? html`${' '}<span aria-label="directed">→</span>` : nothing}</td>
            <td data-label="Target">${link.target.actor.name}</td>
            <td data-label="Summary">${link.relation.summary}${link.relation.when ? html`${' '}<span class="when">(${link.relation.when})</span>` : nothing}</td>
            <td data-label="Evidence">${link.relation.evidence.map((quote) => html`<blockquote>“${quote}”</blockquote>`)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="table-source">Source: ${dataset.source.title}, ${dataset.source.publisher}</p>
  </div>`
}

export const tableStyles = css`
  .tables {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 4px 10px 10px;
    background: var(--_background);
    font-size: 13px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 14px;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 14px;
    padding: 6px 0;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 5px 8px 5px 0;
    border-bottom: 1px solid var(--_tether);
  }
  thead th {
    font-size: 12px;
    color: var(--_muted);
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .tables blockquote {
    margin: 0 0 4px;
  }
  .when,
  .table-source {
    color: var(--_muted);
  }
`
