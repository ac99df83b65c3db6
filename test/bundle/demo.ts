/**
 * Part of `npm run check-bundle`, after `npm run build`: the built demo site (dist/site) in Chromium, as a
 * reader opens it. Fails (exit 1) on any console error or uncaught error while it loads and draws (a
 * missing icon is one), and on any axe-core violation at a size where the article column and the widget's
 * table view both scroll (a region that scrolls must be reachable by keyboard).
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

const SITE = fileURLToPath(new URL('../../dist/site/', import.meta.url))
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url))
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.css': 'text/css',
}

// A static host: every path is a file of the site, or a 404 (which the browser would log).
const server = createServer((request, response) => {
  const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname).replace(
    /^(\.\.[/\\])+/,
    '',
  )
  try {
    const file = path === '/' ? 'index.html' : path.slice(1)
    const body = readFileSync(SITE + file)
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(body)
  } catch {
    response.writeHead(404).end()
  }
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address() as AddressInfo

const problems: string[] = []
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  // Short enough that the article scrolls, and the widget is shorter than its tables.
  const page = await browser.newPage({ viewport: { width: 1200, height: 700 } })
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' })
  const widget = page.locator('actor-network')
  await widget.locator('[part~="node"]').first().waitFor({ timeout: 20_000 })
  await widget.locator('[part="view-toggle"]').click()
  await widget.locator('.tables').waitFor()
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  const scrolls = (await page.evaluate(`(() => {
    const overflowing = (el) => !!el && el.scrollHeight > el.clientHeight
    const tables = document.querySelector('actor-network')?.shadowRoot?.querySelector('.tables')
    return { article: overflowing(document.querySelector('.article')), tables: overflowing(tables) }
  })()`)) as { article: boolean; tables: boolean }
  if (!scrolls.article || !scrolls.tables)
    problems.push(
      `at 1200 × 700 the article ${scrolls.article ? 'scrolls' : 'does not scroll'}, the tables ${scrolls.tables ? 'scroll' : 'do not'}: the check would prove nothing`,
    )
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') })
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> }
    }
    const result = await axe.run()
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
  problems.push(...violations.map((v) => `axe: ${v}`))
} finally {
  await browser.close()
  server.close()
}

if (problems.length) {
  console.error(`The demo site failed its check in Chromium:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log('dist/site: loads with no console error and no axe violation, its article and tables scrolling')
