// Custom Elements Manifest for `npm run manifest`, written to custom-elements.json at the package root.
// The analyzer reads the element's `static properties` and `declare` fields as they are; the plugins
// below correct what it gets wrong for this code base.
import { posix } from 'node:path'

/** Event class name → event type, from each `class X extends Event { constructor() { super('x', …) } }`. */
const eventTypes = new Map()
/** `module path#name` of every `export type { … }`: types are not JavaScript exports. */
const typeExports = new Set()

/**
 * The analyzer names an event found at `dispatchEvent(new ActorSelectEvent(actor))` after the first
 * argument (`actor`), not after the type the class passes to `super`, and keeps only one of two
 * events whose first arguments share a name. Drop those copies and give each `@fires` entry its class.
 */
function eventClasses() {
  return {
    name: 'actor-network:event-classes',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return
      const base = node.heritageClauses?.[0]?.types[0]?.expression
      if (!base || !ts.isIdentifier(base) || base.text !== 'Event') return
      const ctor = node.members.find(ts.isConstructorDeclaration)
      const superCall = ctor?.body?.statements
        .map((statement) => (ts.isExpressionStatement(statement) ? statement.expression : undefined))
        .find(
          (call) => call && ts.isCallExpression(call) && call.expression.kind === ts.SyntaxKind.SuperKeyword,
        )
      const type = superCall?.arguments[0]
      if (type && ts.isStringLiteral(type)) eventTypes.set(node.name.text, type.text)
    },
    packageLinkPhase({ customElementsManifest }) {
      const classOf = new Map([...eventTypes].map(([name, type]) => [type, name]))
      for (const declaration of customElements(customElementsManifest)) {
        const all = declaration.events ?? []
        const misnamed = all.filter((event) => eventTypes.has(event.type?.text))
        const events = all.filter((event) => !misnamed.includes(event))
        for (const { type } of misnamed) {
          const name = eventTypes.get(type.text)
          if (!events.some((event) => event.name === name)) events.push({ name })
        }
        for (const event of events) {
          if (classOf.has(event.name)) event.type = { text: classOf.get(event.name) }
        }
        declaration.events = events
      }
    },
  }
}

/**
 * The manifest describes the published package: a `path` is the JavaScript module a user imports (the
 * schema says so), not the TypeScript source, and re-exports name it from the package root rather than
 * relative to the re-exporting file. Type-only exports and ECMAScript `#private` members are not API.
 */
function publishedModules() {
  const published = (path) => path.replace(/^((?:components|src)\/.+)\.ts$/, 'dist/lib/$1.js')
  const rewrite = (value, from) => {
    if (!value || typeof value !== 'object') return
    for (const [key, inner] of Object.entries(value)) {
      if (key !== 'module' || typeof inner !== 'string') rewrite(inner, from)
      else value[key] = published(inner.startsWith('.') ? posix.join(posix.dirname(from), inner) : inner)
    }
  }
  return {
    name: 'actor-network:published-modules',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return
      for (const specifier of node.exportClause.elements) {
        if (node.isTypeOnly || specifier.isTypeOnly)
          typeExports.add(`${moduleDoc.path}#${specifier.name.text}`)
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter((entry) => !typeExports.has(`${module.path}#${entry.name}`))
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !member.name.startsWith('#'))
          }
        }
        rewrite(module.exports, module.path)
        rewrite(module.declarations, module.path)
        module.path = published(module.path)
      }
    },
  }
}

function* customElements(manifest) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.customElement) yield declaration
  }
}

export default {
  globs: ['components/actor-network.ts', 'components/events.ts', 'components/index.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [eventClasses(), publishedModules()],
}
