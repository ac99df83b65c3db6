/**
 * A Vite plugin for the browser tests: routes that answer the way broken servers do (404, 500, an HTML
 * page with status 200), which the dev server's own fallback would otherwise hide.
 */
import type { Plugin } from 'vite'

export function testRoutes(): Plugin {
  return {
    name: 'actor-network-test-routes',
    configureServer(server) {
      server.middlewares.use('/__test__/', (req, res) => {
        const route = (req.url ?? '').replace(/^\//, '').split('?')[0]
        const status = /^status\/(\d{3})$/.exec(route ?? '')
        if (status) {
          res.statusCode = Number(status[1])
          res.end('failure')
        } else if (route === 'html') {
          res.setHeader('content-type', 'text/html')
          res.end('<!doctype html><title>Not the data</title>')
        } else {
          res.statusCode = 404
          res.end()
        }
      })
    },
  }
}
