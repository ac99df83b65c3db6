/**
 * Part of `npm run check-bundle`, after `npm run build`: the shipped bundle reads the same as the sources.
 * The build rewrites what readers see (it collapses the whitespace of html`` and svg`` templates and
 * minifies the CSS, see .ci/build.mjs), and the test suite runs the sources, so a rewrite that ran two words
 * together (`Delcy Rodríguezon Thursday`) or hid a panel would pass every test. This renders the bundle and
 * the unbundled, untransformed build (dist/lib, compiled by tsc, its imports resolved by an import map) side
 * by side, walks both through the same states, and fails (exit 1) where their rendered text differs.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DATASET = 'data/ratcliffe-rodriguez-caracas.json'

/** Where the lib build's bare imports resolve: the packages' own ES modules, production builds. */
const IMPORTS = {
  lit: '/node_modules/lit/index.js',
  'lit-html': '/node_modules/lit-html/lit-html.js',
  'lit-html/': '/node_modules/lit-html/',
  'lit-element/': '/node_modules/lit-element/',
  '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
  'd3-force': '/node_modules/d3-force/dist/d3-force.mjs',
  'd3-dispatch': '/node_modules/d3-dispatch/dist/d3-dispatch.mjs',
  'd3-quadtree': '/node_modules/d3-quadtree/dist/d3-quadtree.mjs',
  'd3-timer': '/node_modules/d3-timer/dist/d3-timer.mjs',
  valibot: '/node_modules/valibot/dist/index.mjs',
}

const page = (head: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Same text</title>${head}</head>
<body style="margin:0"><actor-network src="/${DATASET}" style="width:900px"></actor-network></body>
</html>`

const PAGES: Record<string, string> = {
  '/bundle': page('<script type="module" src="/dist/actor-network.js"></script>'),
  '/lib': page(
    `<script type="importmap">${JSON.stringify({ imports: IMPORTS })}</script>` +
      '<script type="module" src="/dist/lib/components/index.js"></script>',
  ),
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  const html = PAGES[path]
  if (html) {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end(html)
  } else if (/^\/(dist|node_modules)\/[\w@./-]+\.m?js$/.test(path) && !path.includes('..')) {
    response.writeHead(200, { 'content-type': 'text/javascript' })
    response.end(readFileSync(ROOT + path.slice(1)))
  } else if (path === `/${DATASET}`) {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(readFileSync(ROOT + DATASET))
  } else response.writeHead(path === '/favicon.ico' ? 204 : 404).end()
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address() as AddressInfo

/** The states a reader meets, each as the widget's rendered text (what `innerText` says a reader sees). */
async function readStates(page: Page): Promise<Map<string, string>> {
  const states = new Map<string, string>()
  const widget = page.locator('actor-network')
  const read = async (state: string) => {
    // Past any frame or transition the step left pending (reduced motion makes them short).
    await page.waitForTimeout(300)
    const text = await widget.locator('.frame').evaluate(
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (spaces as shown, hidden parts left out).
      (frame) => (frame as HTMLElement).innerText,
    )
    states.set(state, text)
  }
  const set = (property: string, value: unknown) =>
    widget.evaluate((el, [p, v]) => Object.assign(el, { [p as string]: v }), [property, value])

  await widget.locator('[part~="node"]').first().waitFor({ timeout: 20_000 })
  await read('drawn')
  const first = widget.locator('[part~="node"]').first()
  const id = await first.getAttribute('data-actor-id')
  await first.locator('.glyph').hover()
  await read('an actor hovered')
  await page.mouse.move(1, 1)
  await set('selected', id)
  await read('an actor selected')
  await widget.locator('.relation-link').first().click()
  await read('a relation’s details')
  await set('selected', undefined)
  await set('step', 2)
  await read('story step 2')
  await set('step', 0)
  await widget.locator('.export > summary').click()
  await read('the Download menu open')
  await widget.locator('.export > summary').click()
  await widget.locator('input').fill('Rod')
  await read('search suggestions')
  await widget.locator('input').fill('')
  await set('view', 'table')
  await read('the table')
  await set('view', 'graph')
  await page.setViewportSize({ width: 380, height: 800 })
  await widget.evaluate((el) => el.style.setProperty('width', '360px'))
  await set('selected', id)
  await read('a narrow widget, an actor selected')
  await set('data', { title: 5, actors: [{ id: 'x' }], relations: 'no' })
  await read('an invalid dataset')
  return states
}

const problems: string[] = []
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  const read = async (path: string) => {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' })
    tab.on('pageerror', (error) => problems.push(`${path}: uncaught ${error.message}`))
    await tab.goto(`http://127.0.0.1:${port}${path}`)
    return readStates(tab)
  }
  const lib = await read('/lib')
  const bundle = await read('/bundle')
  for (const [state, expected] of lib) {
    const actual = bundle.get(state) ?? ''
    if (actual === expected) continue
    let at = 0
    while (actual[at] === expected[at]) at++
    const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))
    problems.push(`${state}: the bundle reads ${around(actual)} where the sources read ${around(expected)}`)
  }
} finally {
  await browser.close()
  server.close()
}

if (problems.length) {
  console.error(`dist/actor-network.js does not read like the sources:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log('dist/actor-network.js: reads the same as the sources in 11 states')
