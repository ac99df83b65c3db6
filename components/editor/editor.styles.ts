/**
 * The workbench's layout: the bar, the notices, the three panes (article, forms, preview) and how they stack
 * on a narrow screen, and the article's marks. It renders into the light DOM (see the element), so every
 * rule is scoped under `actor-network-editor`; the document adopts these sheets once.
 */
import { css } from 'lit'

export const editorStyles = css`
  actor-network-editor {
    --ink: #1b1f24;
    --muted: #56606b;
    --line: #d5dae0;
    --soft: #f4f6f8;
    --accent: #0b5cad;
    --problem: #b3261e;
    --mark: #e8f0fa;
    --mark-line: #8fb0d6;
    --current: #fff0c2;
    display: block;
    color: var(--ink);
    font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
  }
  actor-network-editor *,
  actor-network-editor *::before,
  actor-network-editor *::after {
    box-sizing: border-box;
  }
  actor-network-editor h1 {
    margin: 0;
    font-size: 18px;
  }
  actor-network-editor h2 {
    margin: 0 0 10px;
    font-size: 13px;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--muted);
  }
  actor-network-editor h3 {
    margin: 16px 0 6px;
    font-size: 14px;
  }
  actor-network-editor .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 20px;
    align-items: center;
    padding: 10px 16px;
    border-bottom: 1px solid var(--line);
    background: #fff;
    position: sticky;
    top: 0;
    z-index: 2;
  }
  actor-network-editor .status {
    margin: 0;
    flex: 1 1 200px;
    color: var(--muted);
    font-size: 13px;
  }
  actor-network-editor .conflict,
  actor-network-editor .opened {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: center;
    margin: 12px 16px 0;
    padding: 10px 14px;
    border: 1px solid #e0b252;
    border-radius: 8px;
    background: #fff8e6;
  }
  actor-network-editor .opened.is-clean {
    border-color: #9cc9a8;
    background: #eef8f0;
  }
  actor-network-editor .conflict p {
    margin: 0;
    flex: 1 1 100%;
  }
  actor-network-editor .opened .problems {
    flex: 1 1 100%;
  }
  actor-network-editor .workbench {
    display: grid;
    grid-template-columns: minmax(0, 1.1fr) minmax(340px, 1fr) minmax(0, 1.1fr);
    gap: 16px;
    padding: 16px;
    align-items: start;
  }
  @media (max-width: 1100px) {
    actor-network-editor .workbench {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    actor-network-editor .preview {
      grid-column: 1 / -1;
    }
  }
  @media (max-width: 720px) {
    actor-network-editor .workbench {
      grid-template-columns: minmax(0, 1fr);
      padding: 10px;
    }
  }
  actor-network-editor .pane {
    min-width: 0;
    padding: 14px;
    border: 1px solid var(--line);
    border-radius: 10px;
    background: #fff;
  }
  actor-network-editor .article-text {
    max-height: 62vh;
    overflow: auto;
    padding: 10px 12px;
    border: 1px solid var(--line);
    border-radius: 6px;
    background: #fcfcfd;
    font: 16px/1.6 Georgia, 'Times New Roman', serif;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    caret-color: var(--accent);
  }
  actor-network-editor .article-text:focus-visible {
    outline-offset: 0;
  }
  actor-network-editor mark.passage {
    background: var(--mark);
    color: inherit;
    border-bottom: 2px solid var(--mark-line);
    cursor: pointer;
  }
  actor-network-editor mark.passage.is-current {
    background: var(--current);
    border-bottom-color: #b07d00;
  }
  actor-network-editor .article-tools {
    margin-top: 10px;
  }
  actor-network-editor .hint-line,
  actor-network-editor .field-hint,
  actor-network-editor .item-meta,
  actor-network-editor .empty {
    color: var(--muted);
    font-size: 13px;
  }
  actor-network-editor .selection-bar,
  actor-network-editor .passage-relations {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    padding: 10px;
    border-radius: 8px;
    background: var(--soft);
  }
  actor-network-editor .passage-relations {
    margin-top: 8px;
  }
  actor-network-editor .selected-quote {
    flex: 1 1 100%;
    margin: 0;
    font: italic 15px/1.4 Georgia, serif;
  }
  actor-network-editor .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: -4px 0 14px;
    border-bottom: 1px solid var(--line);
  }
  actor-network-editor .tabs button {
    padding: 4px 9px;
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: 0;
    background: none;
  }
  actor-network-editor .tabs button[aria-current='page'] {
    border-bottom-color: var(--accent);
    font-weight: 600;
  }
  actor-network-editor .preview actor-network {
    margin-bottom: 12px;
    border: 1px solid var(--line);
    border-radius: 6px;
  }
  actor-network-editor .start .or {
    margin: 12px 0;
    color: var(--muted);
  }
`
