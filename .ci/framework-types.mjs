// `npm run framework-types` (part of `npm run build`, after the manifest): the element's types for the
// templates of React 19, Vue 3, Svelte 5 and Solid, written to dist/types/{react,vue,svelte,solid}.d.ts and
// exported as `actor-network/react` etc. Everything about the element (attributes, properties, events and
// their classes, descriptions) comes from custom-elements.json through the Custom Elements Manifest
// generators of break-stuff/cem-tools; this script only feeds them and states where each framework looks.
import { readFileSync, writeFileSync } from 'node:fs'
import { posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateJsxTypes } from 'custom-element-jsx-integration'
import { generateSolidJsTypes } from 'custom-element-solidjs-integration'
import { generateVuejsTypes } from 'custom-element-vuejs-integration'

const root = fileURLToPath(new URL('..', import.meta.url))
process.chdir(root)

const OUT = 'dist/types'
/** The generators import every class they name from one module, relative to OUT. */
const CLASSES = 'element.js'

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement).map((d) => [module, d]),
)
if (elements.length === 0) throw new Error('custom-elements.json declares no custom element')

/** Where the manifest declares each class: the element's and the event classes its events name. */
const classModules = new Map()
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind === 'class') classModules.set(declaration.name, module.path)
  }
}
const eventClasses = new Set(
  elements.flatMap(([, element]) => (element.events ?? []).map((event) => event.type?.text)),
)
const imported = [...elements.map(([, element]) => element.name), ...eventClasses]
const missing = imported.filter((name) => !classModules.has(name))
if (missing.length) throw new Error(`custom-elements.json declares no class ${missing.join(', ')}`)

/**
 * The generators read the manifest's public, writable members: a read-only property (`transform`) is not
 * something a template can set.
 */
const generatorManifest = structuredClone(manifest)
for (const module of generatorManifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.members) declaration.members = declaration.members.filter((member) => !member.readonly)
  }
}

const options = { outdir: OUT, globalTypePath: `./${CLASSES}`, hideLogs: true }
generateJsxTypes(generatorManifest, { ...options, fileName: 'jsx.d.ts' })
generateVuejsTypes(generatorManifest, { ...options, fileName: 'vue.d.ts' })
generateSolidJsTypes(generatorManifest, { ...options, fileName: 'solid.d.ts' })

// The classes the generated files import, from the modules that declare them (the package's entry leaves
// some event classes out; their declarations are in dist/lib all the same).
const byModule = new Map()
for (const name of imported)
  byModule.set(classModules.get(name), [...(byModule.get(classModules.get(name)) ?? []), name])
writeFileSync(
  `${OUT}/${CLASSES.replace(/\.js$/, '.d.ts')}`,
  [...byModule]
    .map(([path, names]) => `export type { ${names.join(', ')} } from '${posix.relative(OUT, path)}'\n`)
    .join(''),
)

/**
 * The generators type a listener's argument as `CustomEvent<T>`, reading an event's `type` as its detail.
 * The manifest's `type` is the event's own class (as the schema defines it), which has `detail` and the
 * fields themselves (`event.actor`): the listener gets that class.
 */
function eventsAsTheirClasses(file) {
  const text = readFileSync(file, 'utf8')
  let replaced = 0
  const out = text.replace(/CustomEvent<(\w+)>/g, (whole, name) => {
    if (!eventClasses.has(name)) return whole
    replaced++
    return name
  })
  const listeners = elements.reduce((sum, [, element]) => sum + (element.events?.length ?? 0), 0)
  if (replaced !== listeners) {
    throw new Error(`${file}: ${replaced} of ${listeners} event listeners typed by their class`)
  }
  return out
}

/**
 * Vue's templates write a listener `@actor-select`, which Vue (and vue-tsc) read as the prop `onActorSelect`;
 * the Vue generator names it `onactor-select`, which no template can match.
 */
function vueListenerNames(text) {
  const events = elements.flatMap(([, element]) => (element.events ?? []).map((event) => event.name))
  let out = text
  for (const name of events) {
    const vue = `on${name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase())}`
    const generated = new RegExp(`^(\\s*)"?on${name}"?\\?:`, 'm')
    if (!generated.test(out)) throw new Error(`vue types: no listener prop for ${name}`)
    out = out.replace(generated, `$1${vue}?:`)
  }
  return out
}

/** Appends where a framework looks up intrinsic elements; the element types themselves are generated. */
function finish(file, augmentation, rewrite = (text) => text) {
  writeFileSync(file, `${rewrite(eventsAsTheirClasses(file))}\n${augmentation ?? ''}`)
}

// React 19 sets a custom element's properties (`data={dataset}`) and listens for `on<event>` props, so the
// JSX generator's props are React's. Svelte 5 does the same on custom elements: `data={dataset}`,
// `onactor-select={…}`; the Svelte generator still writes Svelte 4's `on:` and `bind:` directives.
finish(`${OUT}/jsx.d.ts`)
writeFileSync(
  `${OUT}/react.d.ts`,
  `import type { CustomElements } from './jsx.js'

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
)
writeFileSync(
  `${OUT}/svelte.d.ts`,
  `import type { HTMLAttributes } from 'svelte/elements'
import type { CustomElements } from './jsx.js'
import type { ${elements.map(([, element]) => element.name).join(', ')} } from './${CLASSES}'

type Elements = {
${elements.map(([, element]) => `  '${element.tagName}': HTMLAttributes<${element.name}> & CustomElements['${element.tagName}']`).join('\n')}
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends Elements {}
}
`,
)
finish(`${OUT}/vue.d.ts`, '', vueListenerNames)
finish(
  `${OUT}/solid.d.ts`,
  `declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
)
console.log(`framework types: ${OUT}/{react,vue,svelte,solid}.d.ts`)
