/**
 * The workbench's files, all in the browser: reading what the editor opens (an HTML page's text by the
 * browser's own parser, which runs no script of it) and handing out downloads. Nothing is sent anywhere.
 */
import { textFromMarkdown, textKind, tidyText } from '../../src/editor/article-text.ts'

/** The readable text of an HTML page: its article (or body), paragraphs and headings as lines. */
export function textFromHtml(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html')
  for (const hidden of page.querySelectorAll('script, style, noscript, template, nav, header, footer, aside'))
    hidden.remove()
  const root = page.querySelector('article') ?? page.querySelector('main') ?? page.body
  const blocks = root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre')
  const lines = blocks.length
    ? [...blocks].filter((b) => !b.querySelector('p, li')).map((b) => b.textContent ?? '')
    : [root.textContent ?? '']
  return tidyText(lines.map((line) => line.replace(/\s+/g, ' ').trim()).join('\n\n'))
}

/** An opened file: what it holds, read as the workbench needs it. */
export interface OpenedFile {
  readonly name: string
  readonly kind: 'json' | 'article'
  readonly text: string
}

export async function readFile(file: File): Promise<OpenedFile> {
  const raw = await file.text()
  const kind = textKind(file.name, file.type)
  if (kind === 'json') return { name: file.name, kind, text: raw }
  const text =
    kind === 'markdown' ? textFromMarkdown(raw) : kind === 'html' ? textFromHtml(raw) : tidyText(raw)
  return { name: file.name, kind: 'article', text }
}

/** Saves `text` as a file called `name` through the browser's download. */
export function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  // The download has its own copy once started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
