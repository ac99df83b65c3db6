/**
 * A Vite plugin for the browser tests: routes that answer the way broken servers do (404, 500, an HTML
 * page with status 200), which the dev server's own fallback would otherwise hide.
 */
import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Plugin } from 'vite'
import { answerFailingRoute } from './failing-routes.ts'

const root = join(import.meta.dirname, '..')
const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
}
/** The policy of the strict host page: no inline script or style, no eval. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'"
/**
 * Stricter still: Trusted Types, with Lit's policy the only one allowed (a host that names its policies must
 * list `lit-html`), and `blob:` images, which the PNG export draws through.
 */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; img-src 'self' blob:; require-trusted-types-for 'script'; trusted-types lit-html`

/**
 * Font responses held until the test lets them go: a host's web font that arrives after the widget has drawn.
 * A release may reach the server before the browser's request for the font does; then the font answers at once.
 */
const heldFonts = new Map<string, () => void>()
const releasedFonts = new Set<string>()

/** Any font the machine has (Chromium's packages bring some): which one does not matter, only when it arrives. */
async function someFont(): Promise<Buffer> {
  const files = await readdir('/usr/share/fonts', { recursive: true })
  const file = files.filter((name) => /\.(ttf|otf)$/.test(name)).sort()[0]
  if (!file) throw new Error('no font under /usr/share/fonts')
  return readFile(join('/usr/share/fonts', file))
}

export function testRoutes(): Plugin {
  return {
    name: 'actor-network-test-routes',
    configureServer(server) {
      server.middlewares.use('/__test__/', (req, res) => {
        const route = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? ''
        const query = new URL(req.url ?? '', 'http://test').searchParams
        if (answerFailingRoute(route, query, req, res)) return
        // Host pages and data, served raw (no dev-server HTML transform), the way a static host would.
        const file = /^(page|data)\/([\w.-]+)$/.exec(route)
        if (file) {
          const name = basename(file[2] ?? '')
          const path = join(root, file[1] === 'page' ? 'test/pages' : 'data', name)
          readFile(path).then(
            (body) => {
              res.setHeader('content-type', TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream')
              // The strict page, `csp.html`, takes Trusted Types too when asked: `csp.html?trusted-types`.
              if (name.startsWith('csp'))
                res.setHeader(
                  'content-security-policy',
                  query.has('trusted-types') ? TRUSTED_TYPES_CSP : STRICT_CSP,
                )
              res.end(body)
            },
            () => {
              res.statusCode = 404
              res.end()
            },
          )
          return
        }
        // `font/NAME` answers once `release/NAME` has been asked for.
        const font = /^(font|release)\/(\w+)$/.exec(route)
        if (font) {
          const [, verb, name = ''] = font
          if (verb === 'font') {
            const answer = () =>
              someFont().then((body) => {
                res.setHeader('content-type', 'font/ttf')
                res.end(body)
              })
            if (releasedFonts.delete(name)) answer()
            else heldFonts.set(name, answer)
          } else {
            const answer = heldFonts.get(name)
            heldFonts.delete(name)
            if (answer) answer()
            else releasedFonts.add(name)
            res.end()
          }
          return
        }
        res.statusCode = 404
        res.end()
      })
    },
  }
}
