/**
 * The host pages the engine checks load, served with a strict Content-Security-Policy, the built bundle,
 * the article's dataset, the page helpers (page.ts, bundled here into one classic script) and the failing
 * routes of the robustness corpus.
 *
 * - `/`: the widget between two buttons of the page (the keyboard's way in and out)
 * - `/?png`: the same, its policy also allowing `blob:` images, which the PNG export draws through
 * - `/empty`: no widget; the bad inputs mount their own
 */
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { answerFailingRoute } from '../failing-routes.ts'
import { STRICT_CSP } from '../server-routes.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const DATASET = 'data/ratcliffe-rodriguez-caracas.json'

const page = (body: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Engine check</title>
  <link rel="stylesheet" href="/engines.css">
  <script src="/probe.js"></script>
  <script src="/engines.js"></script>
  <script type="module" src="/dist/actor-network.js"></script>
</head>
<body>${body}</body>
</html>`

const WIDGET = `<button id="before">Before</button>
  <actor-network src="/${DATASET}"></actor-network>
  <button id="after">After</button>`

/** The host's own styles: under its policy, from a file, not a style attribute. */
const STYLES = `body { margin: 0 }
actor-network { display: block; width: 900px; height: 620px }
actor-network:not([src]) { width: 600px; height: 420px }`

/** The page helpers as one script: every engine runs the same code, whatever its driver can evaluate. */
async function bundlePageHelpers(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('./page.ts', import.meta.url)),
        formats: ['iife'],
        name: 'engineChecks',
      },
    },
  })
  const [result] = Array.isArray(output) ? output : [output]
  const chunk = result && 'output' in result ? result.output[0] : undefined
  if (chunk?.type !== 'chunk') throw new Error('the page helpers did not bundle')
  return chunk.code
}

/** Starts the server on a free port; resolves to its origin and a way to stop it. */
export async function serve(): Promise<{ origin: string; server: Server }> {
  const helpers = await bundlePageHelpers()
  const files: Record<string, [body: () => string | Buffer, type: string]> = {
    '/probe.js': [() => readFileSync(`${ROOT}test/pages/probe.js`), 'text/javascript'],
    '/engines.js': [() => helpers, 'text/javascript'],
    '/engines.css': [() => STYLES, 'text/css'],
    '/dist/actor-network.js': [() => readFileSync(`${ROOT}dist/actor-network.js`), 'text/javascript'],
    [`/${DATASET}`]: [() => readFileSync(ROOT + DATASET), 'application/json'],
  }
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const file = files[url.pathname]
    if (url.pathname === '/' || url.pathname === '/empty') {
      const csp = url.searchParams.has('png') ? `${STRICT_CSP}; img-src 'self' blob:` : STRICT_CSP
      response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': csp })
      response.end(page(url.pathname === '/' ? WIDGET : ''))
    } else if (file) {
      response.writeHead(200, { 'content-type': file[1] })
      response.end(file[0]())
    } else if (
      !url.pathname.startsWith('/__test__/') ||
      !answerFailingRoute(url.pathname.slice('/__test__/'.length), url.searchParams, request, response)
    )
      // The browser's own icon request is not the widget's: no 404 in the console for it.
      response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}
