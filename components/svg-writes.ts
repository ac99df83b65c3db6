/** Attribute writes that cost the browser no style work when they change nothing. */

/** Writing an attribute, even to its own value, invalidates style: skip writes that change nothing. */
export function setIfChanged(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value)
}

/** A tenth of a CSS pixel is below what a screen shows and keeps attribute strings short. */
export const round = (value: number) => Math.round(value * 10) / 10
