/**
 * Test-server routes that fail the way real servers and networks do, for the robustness and lifecycle
 * tests, and a log that tells a test whether the browser read a response to the end or dropped it.
 *
 * - `body/<name>`: an entry of `bad-inputs.ts`, its `body` raw or its `value` as JSON
 * - `fixture/valid`: the valid fixture dataset as JSON
 * - `status/<code>`: that HTTP status, with a body that is not data
 * - `html`: an HTML page with status 200, where data was expected
 * - `slow/<ms>/<route>`: any route here, after a delay
 * - `destroy`: the connection is closed before any response
 * - `cut`: the headers promise 10,000 bytes, the connection closes after 100
 * - `huge/declared`, `huge/chunked`: 64 MB of data with a content-length, 256 MB without
 * - `log/<token>`: what happened to the requests made with `?log=<token>`: `open`, `finished` or `aborted`
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { BAD_INPUTS, bodyOf } from './bad-inputs.ts'
import { validDataset } from './fixtures.ts'

// Far past the limit, so a browser that stops reading at the limit leaves most of it unsent. Without a
// declared length it is four times more: at 64 MB a quiet machine's network stack once took in the whole
// body before the widget's abort reached it.
const HUGE_BYTES = 64 * 1024 * 1024
const CHUNK = Buffer.alloc(64 * 1024, '0,')

type Outcome = { state: 'open' | 'finished' | 'aborted'; requests: number }
const outcomes = new Map<string, Outcome>()

/** Answers `route` (the path after `/__test__/`) if it is one of these routes; false otherwise. */
export function answerFailingRoute(
  route: string,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const token = query.get('log')
  if (token && !route.startsWith('log/')) track(token, res)
  return answer(route, req, res)
}

function answer(route: string, req: IncomingMessage, res: ServerResponse): boolean {
  const log = /^log\/([\w-]+)$/.exec(route)
  if (log) {
    send(res, JSON.stringify(outcomes.get(log[1] ?? '') ?? { state: 'unknown', requests: 0 }))
    return true
  }
  const body = /^body\/(.+)$/.exec(route)
  if (body) {
    const name = decodeURIComponent(body[1] ?? '')
    const input = BAD_INPUTS.find((entry) => entry.name === name)
    const text = input && bodyOf(input)
    if (text === undefined) return notFound(res)
    send(res, text)
    return true
  }
  if (route === 'fixture/valid') {
    send(res, JSON.stringify(validDataset))
    return true
  }
  const slow = /^slow\/(\d+)\/(.+)$/.exec(route)
  if (slow) {
    const timer = setTimeout(() => answer(slow[2] ?? '', req, res) || notFound(res), Number(slow[1]))
    res.on('close', () => clearTimeout(timer))
    return true
  }
  const status = /^status\/(\d{3})$/.exec(route)
  if (status) {
    res.statusCode = Number(status[1])
    res.end('failure')
    return true
  }
  if (route === 'html') {
    res.setHeader('content-type', 'text/html')
    res.end('<!doctype html><title>Not the data</title>')
    return true
  }
  if (route === 'destroy') {
    req.socket.destroy()
    return true
  }
  if (route === 'cut') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '10000' })
    res.write(JSON.stringify(validDataset).slice(0, 100))
    setTimeout(() => req.socket.destroy(), 50)
    return true
  }
  if (route === 'huge/declared' || route === 'huge/chunked') {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (route === 'huge/declared') headers['content-length'] = String(HUGE_BYTES)
    res.writeHead(200, headers)
    stream(res, route === 'huge/declared' ? HUGE_BYTES : 4 * HUGE_BYTES)
    return true
  }
  return false
}

/** Writes `total` bytes, waiting for the browser to read them: a reader that stops reading stalls it. */
function stream(res: ServerResponse, total: number) {
  let sent = 0
  const pump = () => {
    while (sent < total) {
      const piece = CHUNK.subarray(0, Math.min(CHUNK.length, total - sent))
      sent += piece.length
      if (!res.write(piece)) {
        res.once('drain', pump)
        return
      }
    }
    res.end()
  }
  pump()
}

function track(token: string, res: ServerResponse) {
  const outcome = outcomes.get(token) ?? { state: 'open', requests: 0 }
  outcome.state = 'open'
  outcome.requests++
  outcomes.set(token, outcome)
  res.on('close', () => {
    outcome.state = res.writableFinished ? 'finished' : 'aborted'
  })
}

function send(res: ServerResponse, text: string) {
  res.setHeader('content-type', 'application/json')
  res.setHeader('cache-control', 'no-store')
  res.end(text)
}

function notFound(res: ServerResponse) {
  res.statusCode = 404
  res.end()
  return true
}
