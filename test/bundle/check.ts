/**
 * `npm run check-bundle`, after `npm run build`: the built `dist/actor-network.js` itself, driven in
 * Chromium the way a host page uses it. The test suite runs the sources through Vite; this and same-text.ts
 * check what ships, with its build-time trims (see .ci/build.mjs) and Lit's production build.
 *
 * The host page is served with a strict Content-Security-Policy and loads the bundle twice (as two
 * embeds on one page may). A widget lays out the article's dataset; the check hovers an actor, drags it and
 * filters a relation type, then fails (exit 1) on anything a reader or the host would notice: a wrong
 * count, a gesture with no effect, a policy violation, an uncaught error or a console error.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DATASET = 'data/ratcliffe-rodriguez-caracas.json'
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'"

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Bundle check</title>
  <script src="/probe.js"></script>
  <script type="module" src="/dist/actor-network.js"></script>
  <script type="module" src="/dist/actor-network.js?again"></script>
</head>
<body>
  <actor-network src="/${DATASET}"></actor-network>
</body>
</html>`

const FILES: Record<string, [path: string, type: string]> = {
  '/probe.js': ['test/pages/probe.js', 'text/javascript'],
  '/dist/actor-network.js': ['dist/actor-network.js', 'text/javascript'],
  [`/${DATASET}`]: [DATASET, 'application/json'],
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  const file = FILES[path]
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': CSP })
    response.end(PAGE)
  } else if (file) {
    response.writeHead(200, { 'content-type': file[1] })
    response.end(readFileSync(ROOT + file[0]))
  } else {
    // The browser's own favicon request is not the widget's: no 404 in the console for it.
    response.writeHead(path === '/favicon.ico' ? 204 : 404).end()
  }
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address() as AddressInfo

const problems: string[] = []
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  await page.goto(`http://127.0.0.1:${port}/`)

  const actors = (JSON.parse(readFileSync(ROOT + DATASET, 'utf8')) as { actors: unknown[] }).actors.length
  const widget = page.locator('actor-network')
  const nodes = widget.locator('[part~="node"]')
  await nodes
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(() => {})
  const drawn = await nodes.count()
  if (drawn !== actors) problems.push(`${drawn} actors drawn, the dataset has ${actors}`)
  else await interact()

  /** Hover, drag and the legend, each checked for the effect a reader would see. */
  async function interact() {
    // Hover: the tooltip names the actor.
    const node = nodes.nth(0)
    const name = (await node.getAttribute('aria-label'))?.split(',')[0] ?? ''
    const box = await node.locator('.glyph').boundingBox()
    if (!box) throw new Error('the first actor has no box on screen')
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    await page.mouse.move(at.x, at.y)
    const tooltip = widget.locator('[part="tooltip"]')
    await tooltip.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {})
    const tip = (await tooltip.isVisible()) ? await tooltip.textContent() : null
    if (!tip?.includes(name))
      problems.push(`hovering "${name}" showed ${tip === null ? 'no tooltip' : `"${tip}"`}`)

    // Drag: the actor follows the pointer.
    await page.mouse.down()
    for (let step = 1; step <= 10; step++) await page.mouse.move(at.x + 6 * step, at.y + 4 * step)
    await page.mouse.up()
    let off = Number.NaN
    const followed = await eventually(async () => {
      const after = await node.locator('.glyph').boundingBox()
      off = after ? Math.hypot(after.x - box.x - 60, after.y - box.y - 40) : Number.NaN
      return off <= 2
    })
    if (!followed) problems.push(`a dragged actor ended ${off.toFixed(1)} px from the pointer`)

    // Legend: hiding cooperation removes its relations.
    const cooperation = widget.locator('[part~="edge"][data-relation-type="cooperation"]')
    if ((await cooperation.count()) === 0) problems.push('no cooperation relations drawn')
    await widget.locator('[part~="legend-toggle"][data-relation-type="cooperation"]').click()
    if (!(await eventually(async () => (await cooperation.count()) === 0)))
      problems.push('the legend did not hide cooperation relations')
  }

  const probe = await page.evaluate(
    () => (window as unknown as { __probe: { violations: string[]; errors: string[] } }).__probe,
  )
  problems.push(
    ...probe.violations.map((v) => `CSP violation: ${v}`),
    ...probe.errors.map((e) => `error: ${e}`),
  )
} finally {
  await browser.close()
  server.close()
}

/** Polls `check` for up to 5 s: long enough for any frame to land, short enough to fail a broken build. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (const end = Date.now() + 5_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (await check()) return true
  return false
}

if (problems.length) {
  console.error(`dist/actor-network.js failed its check in Chromium:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log('dist/actor-network.js: renders, hovers, drags and filters under a strict CSP, loaded twice')
