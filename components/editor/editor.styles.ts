/**
 * The workbench's styles. It renders into the light DOM (see the element), so every rule is scoped under
 * `actor-network-editor`; the document adopts this sheet once.
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
  actor-network-editor button,
  actor-network-editor .button {
    display: inline-flex;
    align-items: center;
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid #9aa4ae;
    border-radius: 6px;
    background: #fff;
    color: var(--ink);
    font: inherit;
    font-size: 14px;
    cursor: pointer;
  }
  actor-network-editor button:hover,
  actor-network-editor .button:hover {
    background: var(--soft);
  }
  actor-network-editor button:disabled {
    color: #79828c;
    cursor: default;
  }
  actor-network-editor button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: #fff;
  }
  actor-network-editor button.delete {
    color: var(--problem);
    border-color: #d8a09c;
  }
  actor-network-editor button.small {
    min-height: 28px;
    padding: 2px 10px;
    font-size: 13px;
  }
  actor-network-editor button.link {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--accent);
    text-align: left;
    text-decoration: underline;
  }
  actor-network-editor :focus-visible,
  actor-network-editor input[type='file']:focus-visible + .button {
    outline: 2.5px solid var(--accent);
    outline-offset: 2px;
  }
  actor-network-editor #open-files:focus-visible ~ label.button,
  actor-network-editor label.button:has(+ #open-files:focus-visible) {
    outline: 2.5px solid var(--accent);
    outline-offset: 2px;
  }
  actor-network-editor .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  actor-network-editor .row {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
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
  actor-network-editor .field-hint {
    margin: 2px 0 6px;
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
  actor-network-editor .field {
    margin: 0 0 12px;
  }
  actor-network-editor .field > label {
    display: block;
    margin-bottom: 3px;
    font-weight: 600;
    font-size: 14px;
  }
  actor-network-editor .required {
    color: var(--muted);
    font-weight: 400;
  }
  actor-network-editor .field.check,
  actor-network-editor .field.inline {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  actor-network-editor .field.check > label,
  actor-network-editor .field.inline > label {
    margin: 0;
  }
  actor-network-editor input:not([type='checkbox']):not([type='file']),
  actor-network-editor select,
  actor-network-editor textarea {
    width: 100%;
    min-height: 34px;
    padding: 5px 8px;
    border: 1px solid #8d97a1;
    border-radius: 6px;
    background: #fff;
    color: var(--ink);
    font: inherit;
  }
  actor-network-editor .field.inline select {
    width: auto;
    flex: 1;
  }
  actor-network-editor [aria-invalid='true'] {
    border-color: var(--problem);
    box-shadow: 0 0 0 1px var(--problem);
  }
  actor-network-editor .field-problems {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
    color: var(--problem);
    font-size: 13px;
  }
  actor-network-editor .pair {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 10px;
  }
  actor-network-editor fieldset {
    margin: 14px 0 0;
    padding: 12px;
    border: 1px solid var(--line);
    border-radius: 8px;
  }
  actor-network-editor legend {
    padding: 0 4px;
    font-weight: 600;
  }
  actor-network-editor .open-item {
    background: #fbfcfd;
  }
  actor-network-editor .quote-field textarea {
    font: 15px/1.45 Georgia, serif;
  }
  actor-network-editor .choices label {
    display: flex;
    gap: 6px;
    align-items: center;
    min-height: 28px;
  }
  actor-network-editor .item-list {
    margin: 0 0 10px;
    padding: 0;
    list-style: none;
    max-height: 240px;
    overflow: auto;
  }
  actor-network-editor ol.item-list {
    padding-left: 22px;
    list-style: decimal;
  }
  actor-network-editor .item {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    width: 100%;
    margin: 2px 0;
    border-color: transparent;
    text-align: left;
  }
  actor-network-editor .item[aria-current='true'] {
    border-color: var(--accent);
    background: var(--mark);
  }
  actor-network-editor .flag {
    color: var(--problem);
  }
  actor-network-editor .swatch {
    display: inline-block;
    width: 14px;
    height: 3px;
    margin-right: 6px;
    vertical-align: middle;
    background: #0072b2;
  }
  actor-network-editor .swatch--negotiation {
    background: #92005f;
  }
  actor-network-editor .swatch--opposition {
    background: #c84300;
  }
  actor-network-editor .danger {
    margin-top: 14px;
    padding-top: 10px;
    border-top: 1px dashed var(--line);
  }
  actor-network-editor .uses {
    margin: 0 0 8px;
    font-size: 13px;
  }
  actor-network-editor .problems h2 {
    color: var(--problem);
  }
  actor-network-editor .problems ul {
    margin: 0;
    padding-left: 18px;
    font-size: 13px;
  }
  actor-network-editor .problems li {
    margin: 3px 0;
  }
  actor-network-editor .all-good {
    color: #1d6b35;
    font-size: 13px;
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
  actor-network-editor code {
    font-size: 13px;
  }
`
