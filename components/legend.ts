/**
 * The legend: one toggle button per relation type, with a swatch that repeats the edge's colour and
 * dash pattern (so the legend reads in greyscale too) and the number of relations of that type.
 */
import { css, html } from 'lit'
import { RELATION_TYPES, type RelationType } from '../src/dataset.ts'

export const RELATION_LABELS: Record<RelationType, string> = {
  cooperation: 'Cooperation',
  negotiation: 'Negotiation',
  opposition: 'Opposition',
}

export function renderLegend(
  visible: ReadonlySet<RelationType>,
  counts: Readonly<Record<RelationType, number>>,
  onToggle: (type: RelationType) => void,
) {
  return html`<div class="legend" part="legend" role="group" aria-label="Relation types">
    ${RELATION_TYPES.map((type) => {
      const pressed = visible.has(type)
      return html`<button
        type="button"
        class="legend-toggle legend-toggle--${type}"
        part="legend-toggle legend-toggle--${type}"
        data-relation-type=${type}
        aria-pressed=${pressed}
        title=${`${pressed ? 'Hide' : 'Show'} ${type} relations`}
        @click=${() => onToggle(type)}
      >
        <svg class="swatch" width="28" height="10" aria-hidden="true">
          <line class="edge-line" x1="2" y1="5" x2="26" y2="5"></line>
        </svg>
        <span class="legend-name">${RELATION_LABELS[type]}</span>
        <span class="legend-count">${counts[type]}</span>
      </button>`
    })}
  </div>`
}

export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .legend-toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 3px 10px 3px 8px;
  }
  .legend-toggle[aria-pressed=false] {
    border-style: dashed;
    color: var(--_muted);
  }
  .legend-toggle[aria-pressed=false] .swatch {
    opacity: 0.35;
  }
  .legend-toggle[aria-pressed=false] .legend-name {
    text-decoration: line-through;
  }
  .legend-count {
    font-variant-numeric: tabular-nums;
    font-size: 12px;
    color: var(--_muted);
  }
  /* Colour and dash come from the edge styles (see --_type); the swatch is drawn a little thicker. */
  .swatch .edge-line {
    stroke-width: 2.5;
  }
`
