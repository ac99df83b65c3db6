// What each dependency and each of our modules costs in the embed bundle, gzipped: every byte of the
// minified bundle is attributed to its source through the bundle's source map, each source's bytes are
// gzipped together, and the figures are scaled so that they add up to the bundle's own gzipped size
// (gzip shares its dictionary across the file, so parts compressed alone would add up to more).
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { decode } from '@jridgewell/sourcemap-codec'

/** `{ group, bytes }` rows, largest first: dependencies by package, our own code by file. */
export function sizeReport(code, map) {
  const lines = code.split('\n')
  const decoded = decode(map.mappings)
  const parts = new Map()
  const add = (group, text) => parts.set(group, (parts.get(group) ?? '') + text)
  const groupOf = (index) => {
    const source = map.sources[index] ?? ''
    const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
    return pkg ? pkg[1] : source.replace(/^(\.\.\/)+/, '')
  }
  decoded.forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? ''
    let column = 0
    let group = '(not mapped: licence comments, glue)'
    for (const segment of segments) {
      add(group, line.slice(column, segment[0]))
      column = segment[0]
      if (segment.length > 1) group = groupOf(segment[1])
    }
    add(group, `${line.slice(column)}\n`)
  })
  const total = gzipSync(code, { level: 9 }).length
  const alone = [...parts].map(([group, text]) => ({ group, gzip: gzipSync(text, { level: 9 }).length }))
  const sum = alone.reduce((s, row) => s + row.gzip, 0)
  return alone
    .map(({ group, gzip }) => ({ group, bytes: Math.round((gzip * total) / sum) }))
    .sort((a, b) => b.bytes - a.bytes)
}

/** Prints the report: each dependency, then our modules, with their share of the bundle. */
export function printSizeReport(file) {
  const rows = sizeReport(readFileSync(file, 'utf8'), JSON.parse(readFileSync(`${file}.map`, 'utf8')))
  const total = rows.reduce((s, row) => s + row.bytes, 0)
  const ours = (row) => /^(components|src)\//.test(row.group)
  const print = (title, list) => {
    const sum = list.reduce((s, row) => s + row.bytes, 0)
    console.log(`\n${title}: ${(sum / 1024).toFixed(1)} KB gzip (${Math.round((100 * sum) / total)} %)`)
    for (const { group, bytes } of list)
      console.log(
        `  ${group.padEnd(44)} ${String(bytes.toLocaleString('en')).padStart(7)} B  ${((100 * bytes) / total).toFixed(1).padStart(5)} %`,
      )
  }
  print(
    'Dependencies',
    rows.filter((row) => !ours(row)),
  )
  print('Our modules', rows.filter(ours))
}
