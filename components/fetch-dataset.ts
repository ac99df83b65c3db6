/**
 * Fetching a dataset for the `src` attribute. It never throws: every failure (network, HTTP status,
 * a body that is too large, not JSON) becomes a located problem the element shows and reports.
 */
import type { DatasetError } from '../src/validate.ts'

/** Larger bodies are refused before parsing, so a wrong URL cannot hang the reader's tab. */
export const MAX_BYTES = 20 * 1024 * 1024

/** The body's text, or why there is none. An aborted fetch fails too: the caller checks its signal. */
export type Fetched = { ok: true; text: string } | { ok: false; errors: DatasetError[] }

export async function fetchDatasetText(url: string, signal: AbortSignal): Promise<Fetched> {
  let resolved: URL
  try {
    resolved = new URL(url, document.baseURI)
  } catch {
    return fail(`"${url}" is not a valid URL`)
  }
  const where = resolved.host || resolved.protocol.replace(/:$/, '')
  try {
    // Cookies go to the page's own origin only: fetch's default credentials mode, 'same-origin'.
    const response = await fetch(resolved, { signal })
    if (!response.ok) {
      await response.body?.cancel().catch(() => {})
      return fail(`could not load data from ${where} (HTTP ${response.status})`)
    }
    const declared = Number(response.headers.get('content-length'))
    if (declared > MAX_BYTES) {
      // Refuse without downloading the rest: cancelling the body closes the connection.
      await response.body?.cancel().catch(() => {})
      return fail(tooLarge(declared))
    }
    const text = await readLimited(response)
    if (text === undefined) return fail(tooLarge())
    // A wrong path often lands on a site's HTML fallback page with status 200: name that, not a JSON syntax error.
    if (/^\s*</.test(text)) return fail(`${where} sent an HTML page, not JSON data`)
    return { ok: true, text }
  } catch {
    return fail(`could not load data from ${where}`)
  }
}

/** Reads the body as text, giving up (undefined) past MAX_BYTES even when no length was declared. */
async function readLimited(response: Response): Promise<string | undefined> {
  if (!response.body) return response.text()
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    bytes += value.byteLength
    if (bytes > MAX_BYTES) {
      await reader.cancel()
      return undefined
    }
    text += decoder.decode(value, { stream: true })
  }
}

const tooLarge = (bytes?: number) =>
  `the data file is too large${bytes ? ` (${(bytes / 1048576).toFixed(1)} MB)` : ''}; the limit is ${MAX_BYTES / 1048576} MB`

const fail = (message: string): Fetched => ({ ok: false, errors: [{ pointer: '', message }] })
