/** The workbench's controls: buttons, fields and their problems, lists of items, fieldsets. */
import { css } from 'lit'

export const formStyles = css`
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
  actor-network-editor .field-hint {
    margin: 2px 0 6px;
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
  actor-network-editor code {
    font-size: 13px;
  }
  actor-network-editor .quote-check {
    margin: 4px 0 6px;
    color: #1d6b35;
    font-size: 13px;
  }
  actor-network-editor .quote-check.is-missing {
    color: var(--problem);
  }
  actor-network-editor .quote-check:empty {
    display: none;
  }
`
