/**
 * Tooltip content for an actor (name, role, its relations) or a relation (type, summary, the verbatim
 * evidence and the source's title), and its placement: near the pointer, always inside the widget.
 */
import { css, html, nothing } from 'lit'
import type { Dataset } from '../src/dataset.ts'
import { linksOf, type Visibility } from '../src/filter.ts'
import type { Graph, GraphNode, RelationLink } from '../src/graph.ts'
import { RELATION_LABELS } from './legend.ts'

const MAX_LISTED = 8

export function actorTooltip(node: GraphNode, graph: Graph, visibility: Visibility) {
  const { actor } = node
  const affiliation = actor.affiliation ? graph.nodeById.get(actor.affiliation)?.actor.name : undefined
  const relations = linksOf(node, visibility)
  const listed = relations.slice(0, MAX_LISTED)
  return html`<div class="tip-title">${actor.name}</div>
    ${actor.role ? html`<div class="tip-role">${actor.role}</div>` : nothing}
    ${affiliation && !actor.role?.includes(affiliation) ? html`<div class="tip-meta">${affiliation}</div>` : nothing}
    ${
      listed.length
        ? html`<ul class="tip-list">
          ${listed.map((link) => {
            const other = link.source === node ? link.target : link.source
            return html`<li><span class="tip-type tip-type--${link.type}">${RELATION_LABELS[link.type]}</span>
              ${link.relation.directed ? (link.source === node ? '→ ' : '← ') : ''}${other.actor.name}</li>`
          })}
        </ul>`
        : html`<div class="tip-meta">No visible relations</div>`
    }
    ${relations.length > listed.length ? html`<div class="tip-meta">and ${relations.length - listed.length} more</div>` : nothing}`
}

export function relationTooltip({ relation, source, target }: RelationLink, dataset: Dataset) {
  return html`<div class="tip-head">
      <span class="tip-type tip-type--${relation.type}">${RELATION_LABELS[relation.type]}</span>
      ${relation.when ? html`<span class="tip-meta">${relation.when}</span>` : nothing}
    </div>
    <div class="tip-title">${source.actor.name} ${relation.directed ? '→' : '↔'} ${target.actor.name}</div>
    <p class="tip-summary">${relation.summary}</p>
    ${relation.evidence.map((quote) => html`<blockquote class="tip-quote">“${quote}”</blockquote>`)}
    <div class="tip-meta">${dataset.source.title}, ${dataset.source.publisher}</div>`
}

/**
 * Where to put a `width` × `height` tooltip next to the point (x, y) inside a `bounds` box: to the right and
 * below by default, flipped when it would cross the edge, clamped as a last resort.
 */
export function tooltipPosition(
  x: number,
  y: number,
  width: number,
  height: number,
  bounds: { width: number; height: number },
  offset = 14,
) {
  return { left: alongAxis(x, width, bounds.width, offset), top: alongAxis(y, height, bounds.height, offset) }
}

/** One axis of `tooltipPosition`: after the point, else before it, kept 4px inside `0…limit`. */
function alongAxis(at: number, size: number, limit: number, offset: number) {
  let start = at + offset
  if (start + size > limit - 4) start = at - offset - size
  return Math.max(4, Math.min(start, limit - size - 4))
}

export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 2;
    top: 0;
    left: 0;
    max-width: min(340px, calc(100% - 8px));
    max-height: calc(100% - 8px);
    overflow: hidden;
    padding: 9px 11px;
    font-size: 13px;
    pointer-events: none;
    /* A layer of its own: following the pointer then moves it on the compositor, without repainting the
       graphic beneath on every pointer move. */
    will-change: transform;
  }
  .tip-title {
    font-weight: 700;
    font-size: 14px;
  }
  .tip-role,
  .tip-meta {
    font-size: 12.5px;
    color: var(--_muted);
  }
  .tip-head {
    display: flex;
    align-items: baseline;
    gap: 8px;
  }
  .tip-type {
    font-weight: 700;
    font-size: 11.5px;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    /* Set per type with the edge styles. */
    color: var(--_type);
  }
  .tip-list {
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
  }
  .tip-list li {
    margin: 2px 0;
  }
  .tip-summary {
    margin: 4px 0 6px;
  }
  .tip-quote {
    margin: 0 0 6px;
    padding-left: 8px;
    border-left: 3px solid var(--_tether);
  }
`
