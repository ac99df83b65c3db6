// The build behind `npm run build`, in three outputs under dist/:
//   dist/actor-network.js  one minified ES module with Lit, d3 and Valibot inlined, for a <script> tag
//   dist/lib/              the sources compiled one file each, dependencies left as imports, with .d.ts
//   dist/site/             the demo page and its dataset, and the workbench, for static hosting
// The manifest and the size budget follow as their own npm scripts. The Vite configs live here rather
// than in vite.config.ts, which stays the dev server's and the tests' config.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cp, mkdir, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { minifyHTMLLiterals } from 'minify-literals'
import { minify as terser } from 'terser'
import { build } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
process.chdir(root)

/** Shipped beside the demo page: the dataset names its schema and its article text by relative URL. */
const SITE_DATA = ['ratcliffe-rodriguez-caracas.json', 'article.txt', 'actor-network.schema.json']

await rm('dist', { recursive: true, force: true })

/**
 * Trims the embed bundle's own text at build time: CSS in Lit's css`` literals loses comments and
 * whitespace, and the title and field descriptions in the dataset schema (which only feed the JSON Schema,
 * built from the sources) become one empty description, shared. Neither changes behaviour; the tests run
 * against the sources.
 */
const slim = {
  name: 'actor-network:slim',
  transform(code, id) {
    if (!/\/(components|src)\/[\w.-]+\.ts$/.test(id)) return null
    let out = code.replace(/\bcss`([^`]*)`/g, (_, body) => `css\`${minifyCss(body)}\``)
    if (id.endsWith('/src/dataset.ts')) {
      out = out
        .replace(/v\.(description|title)\(\s*(['"])(?:\\.|(?!\2)[^\\])*\2\s*\)/g, 'NO_DESCRIPTION')
        .replace(/^import \* as v from ["']valibot["'];?$/m, "$&\nconst NO_DESCRIPTION = v.description('');")
      if (!out.includes('const NO_DESCRIPTION')) this.error('src/dataset.ts no longer imports valibot as v')
    }
    return out === code ? null : { code: out, map: null }
  },
}

/**
 * Collapses the markup whitespace in html`` and svg`` templates: the source indents them for reading, and
 * the minifier leaves template text alone. Whitespace between tags goes, so a space that must stand between
 * inline pieces (`Delcy Rodríguez on Thursday`) is written as text, `${' '}`, in the source; the bundle
 * check (`npm run check-bundle`) compares the built widget's text with the sources' in eleven states and
 * names any place that ran words together. Attribute values lose their quotes where HTML allows it
 * (`class=frame`); a value with a space, or text around a binding, keeps them. CSS stays with `slim`, which does better on our css`` literals
 * than Lightning CSS here.
 */
const templateWhitespace = {
  name: 'actor-network:template-whitespace',
  async transform(code, id) {
    if (!/\/(components|src)\/[\w.-]+\.ts$/.test(id)) return null
    const out = await minifyHTMLLiterals(code, {
      fileName: id,
      css: false,
      html: { conservativeCollapse: false, removeAttributeQuotes: true },
      sourceMap: false,
    })
    return out ? { code: out.code, map: null } : null
  },
}

/**
 * d3-quadtree hangs all its methods on the prototype, where no bundler can drop them, and d3-force (its only
 * user here) calls four: `addAll`, `cover`, `visit`, `visitAfter`. The others (find, remove, copy, …) go,
 * about 0.6 KB gzipped. A new d3-quadtree that calls one of them internally would fail the bundle check
 * (.ci/check-bundle.mjs), which lays out and drives the built widget; if the file changes shape so that
 * nothing matches, the build says so and ships the module whole.
 */
const QUADTREE_METHODS_USED = new Set(['addAll', 'cover', 'visit', 'visitAfter'])
const quadtreeTrim = {
  name: 'actor-network:quadtree-trim',
  transform(code, id) {
    if (!/\/d3-quadtree\/.*\.m?js$/.test(id) || !code.includes('treeProto')) return null
    const out = code
      .replace(/^treeProto\.copy = function\(\) \{[\s\S]*?^\};$/m, '')
      .replace(/^treeProto\.(\w+) = [\w$]+;$/gm, (line, name) =>
        QUADTREE_METHODS_USED.has(name) ? line : '',
      )
    if (out.length > code.length - 500) this.warn('d3-quadtree changed shape: its unused methods stay in')
    return { code: out, map: null }
  },
}

/**
 * Valibot gives every schema a `~standard` property (the Standard Schema interface, for other libraries to
 * validate with it). The embed bundle exports no schema, so nothing reads it: `_standardSchema` returns the
 * schema as it is. If Valibot changes shape so that nothing matches, the build says so and ships it whole.
 */
const valibotTrim = {
  name: 'actor-network:valibot-trim',
  transform(code, id) {
    if (!/\/valibot\/dist\/index\.m?js$/.test(id)) return null
    const out = code.replace(/^function _standardSchema\(schema\) \{$/m, '$& return schema;')
    if (out === code) this.warn('valibot changed shape: its Standard Schema properties stay in')
    return { code: out, map: null }
  },
}

/**
 * Lit looks on `globalThis` for hooks that old polyfills (ShadyDOM, ShadyCSS) and server-side rendering
 * (`@lit-labs/ssr-client`) install, and lists its version there for its dev-mode warning about two Lits in a
 * page. The widget runs only where custom elements, shadow DOM and private fields are native, and its element
 * is defined by this bundle, never rendered by a server: the hooks read as null and the version list
 * goes (about 0.1 KB gzipped). If Lit changes shape so that nothing matches, the build says so.
 */
const litTrim = {
  name: 'actor-network:lit-trim',
  transform(code, id) {
    if (!/\/(lit-html|lit-element|@lit\/reactive-element)\/[\w-]+\.js$/.test(id)) return null
    const out = code
      // `null`, not `void 0`: terser folds `void 0?.(x)` to `0?.(x)`, which calls 0.
      .replace(/\b\w+\.(?:\w+PolyfillSupport|litElementHydrateSupport)\b/g, 'null')
      .replace(/\(\w+\.\w+Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g, '0')
    if (/(?:PolyfillSupport|HydrateSupport|Versions)\b/.test(out))
      this.warn(`${id}: Lit changed shape: a hook stays in`)
    return out === code ? null : { code: out, map: null }
  },
}

/**
 * Members the widget's own modules share and nothing outside the bundle reads: the controllers' API to each
 * other, the painter's, the layout's. The second pass gives them short names, as a minifier does for
 * `#private` ones (about 0.4 KB gzipped). Public API (the element's properties and methods, event details,
 * dataset fields), Lit's lifecycle and DOM names must never be here; terser leaves DOM names alone (bar the
 * few audited in DOM_NAMED_MEMBERS), and the build fails if a listed name is also written as a string key in the bundle (`'name' in x`).
 */
const INTERNAL_MEMBERS = (
  `graph layout lanes fresh large visibleTypes refilter running draw reheat moveNode dragEnd
  unpin userZoomed refit onScreen centreOn keepClearOfDetails shareable showShared selectRelation
  selectAndCentre paint renderDetails hover renderTooltip placeTooltip rovingId onKeyDown onFocusIn onFocusOut
  announce showHint renderHint renderLiveRegion frames drawing story notices painter gestures inView labelFont
  labelHeight widestLabel drawnFor drawNodes preview collect relationAt nodeById affiliations radius degree counts
  dragging draggedNode doubleClick cancelPointer touchStart alphaTarget alphaMin alphaDecay besides labelWidth
  selectedRelation tapOnly focusActor leaveToOverview nudge showWheelHint dragTo selectActor chooseQuote hovered
  roving highlighted dragged nearEdges startedAt budget cancelled textColor mutedColor scheduleDraw typed glyph
  lift tether moved isolated copyOf rank hits swatch layer bulk arrowheads veil groups keysOf centre liftOnly edge
  stage credit hint tooltip tables stepper ring version fresh reset node link selection visibility leave enter
  onSVG onPNG choose into over dash hit wheel velocityRetained` +
  // Valibot's own schema and issue fields, and d3-force's and d3-quadtree's methods and fields: their code is
  // all in the bundle, and no schema, simulation or quadtree leaves it.
  ` requirement reference expects expected received issues abortPipeEarly pipe strength theta
  distance distanceMin distanceMax iterations tick addAll cover visit visitAfter _root _x0 _y0 _x1 _y1`
).split(/\s+/)

/**
 * Listed names that are also the names of DOM properties, which terser otherwise never renames: each is read
 * only on the widget's own objects, never on a DOM one (no `style.visibility`, no `match.groups`). A name read
 * off `element.dataset` (`relationId`) must never be listed: the DOM maps it to an attribute.
 */
const DOM_NAMED_MEMBERS = new Set(
  'layout draw frames collect radius groups hint version reset node link selection visibility'.split(' '),
)
const { domprops } = await import(
  new URL('../tools/domprops.js', pathToFileURL(createRequire(import.meta.url).resolve('terser'))).href
)

/** Where the public shapes are declared: a field of theirs keeps its name, whatever else shares it. */
const PUBLIC_SHAPES = ['src/dataset.ts', 'src/validate.ts', 'components/events.ts']
const publicFields = INTERNAL_MEMBERS.filter((name) =>
  PUBLIC_SHAPES.some((file) =>
    // A field declared (`readonly name: …`) or a key written (`{ name: … }`), not a word in a description.
    new RegExp(`(?:^\\s*(?:declare\\s+)?(?:readonly\\s+)?|[{,]\\s*)${name}\\??\\s*:`, 'm').test(
      readFileSync(file, 'utf8'),
    ),
  ),
)
if (publicFields.length) throw new Error(`public fields listed as internal members: ${publicFields}`)

/**
 * A second pass over the minified bundle with terser, which finds what the first minifier leaves (about
 * 0.3 KB gzipped, more of the widget's code being small classes that call each other) and shortens the
 * internal members above. The source map is carried through, for the size report.
 */
const secondPass = {
  name: 'actor-network:second-pass',
  async generateBundle(_, bundle) {
    const chunk = bundle['actor-network.js']
    const map = bundle['actor-network.js.map']
    if (chunk?.type !== 'chunk' || map?.type !== 'asset')
      return this.error('no bundle or source map to minify')
    // A key written as a string (`x['name']`, `'name' in x`, `{ 'name': … }`) would keep its name.
    const quoted = INTERNAL_MEMBERS.filter((name) =>
      new RegExp(
        `\\[["'\`]${name}["'\`]\\]|["'\`]${name}["'\`]\\s*in\\b|[{,]\\s*["'\`]${name}["'\`]\\s*:`,
      ).test(chunk.code),
    )
    if (quoted.length) return this.error(`internal names also used as strings, not safe to rename: ${quoted}`)
    const out = await terser(chunk.code, {
      module: true,
      ecma: 2022,
      compress: { passes: 3, pure_getters: true, unsafe_arrows: true, keep_fargs: false },
      mangle: {
        properties: {
          regex: new RegExp(`^(?:${INTERNAL_MEMBERS.join('|')})$`),
          // `builtins` lifts terser's reservation of every DOM name; `reserved` puts back all but the above.
          builtins: true,
          reserved: domprops.filter((name) => !DOM_NAMED_MEMBERS.has(name)),
        },
      },
      format: { comments: /@license|@preserve|^!/ },
      sourceMap: { content: String(map.source), asObject: true },
    })
    chunk.code = out.code
    map.source = JSON.stringify(out.map)
  },
}

function minifyCss(body) {
  return (
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{}:;,>/]|!important)\s*/g, '$1')
      .replace(/;}/g, '}')
      // `0.5` as `.5`; `[theme='dark']` as `[theme=dark]`; `::before` as `:before`, which means the same.
      .replace(/([^\w.-])0(\.\d)/g, '$1$2')
      .replace(/=(['"])([a-z][\w-]*)\1]/g, '=$2]')
      .replace(/::(before|after)\b/g, ':$1')
      .trim()
  )
}

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [templateWhitespace, slim, quadtreeTrim, valibotTrim, litTrim, secondPass],
  // A page has no `process`: any dependency that tests NODE_ENV must see production, inlined.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // `production` picks Lit's production build, without its dev-mode warnings.
  resolve: { conditions: ['production', 'module', 'browser', 'default'] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    minify: true,
    lib: { entry: 'components/index.ts', formats: ['es'], fileName: () => 'actor-network.js' },
    // Library mode keeps whitespace and annotations for the user's bundler; this file is the end product.
    // The licence headers of Lit and d3 stay (their licences ask for it).
    rolldownOptions: { output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
    // A map beside the bundle (not named in it, nor shipped): the size report attributes each byte with it.
    sourcemap: 'hidden',
  },
})

execFileSync('npx', ['tsc', '-p', '.ci/tsconfig.build.json'], { stdio: 'inherit' })

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  // Relative asset URLs, so the site works from any sub-path.
  base: './',
  build: {
    outDir: 'dist/site',
    emptyOutDir: true,
    copyPublicDir: false,
    // The demo, the dataset workbench (its own bundle: the embed above never carries it), and the gallery
    // of themed embeds that doubles as a test page.
    rolldownOptions: {
      input: {
        index: 'index.html',
        editor: 'components/editor/editor.html',
        examples: 'test/pages/examples.html',
      },
    },
  },
})
await mkdir('dist/site/data', { recursive: true })
for (const file of SITE_DATA) await cp(`data/${file}`, `dist/site/data/${file}`)

console.log('built dist/actor-network.js, dist/lib/, dist/site/')
