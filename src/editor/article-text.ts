/**
 * The article's text from the files an editor has: plain text as it is, Markdown without its markup.
 * (HTML is read by the browser's own parser, in the workbench.) Quotes are cut from this text, so what it
 * keeps is what a reader of the article reads: words and paragraphs, not syntax.
 */

/** Line endings as `\n`, no byte order mark, no trailing spaces on lines, at most one blank line in a row. */
export function tidyText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Markdown's text: headings, emphasis, links, images, code and quote markers removed; paragraphs kept. */
export function textFromMarkdown(markdown: string): string {
  const text = tidyText(markdown)
    .replace(/^```.*$/gm, '')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*$/gm, '$1')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/^ {0,3}([-*_])( *\1){2,} *$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
  return tidyText(text)
}

/** Which reader a file needs, by its name (or type). */
export function textKind(name: string, type = ''): 'json' | 'markdown' | 'html' | 'text' {
  if (/\.json$/i.test(name) || type === 'application/json') return 'json'
  if (/\.(md|markdown)$/i.test(name) || type === 'text/markdown') return 'markdown'
  if (/\.html?$/i.test(name) || type === 'text/html') return 'html'
  return 'text'
}
