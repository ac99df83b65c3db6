/**
 * The README's API tables against the Custom Elements Manifest generated from the element's source:
 * every attribute, event, part and custom property documented, and nothing documented that is not there.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

const readme = readFileSync('README.md', 'utf8')
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
const element = manifest.modules
  .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
  .find((d: { tagName?: string }) => d.tagName === 'actor-network')

/** The first-column code spans of the README table under `heading`. */
function tableNames(heading: string): string[] {
  const section = readme.split(new RegExp(`^#+ ${heading}\\s*$`, 'm'))[1]?.split(/^#/m)[0] ?? ''
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => /^\| `([^`]+)`/.exec(line)?.[1] ?? '')
}

test('the element is in the manifest', () => {
  expect(element?.name).toBe('ActorNetwork')
})

test('README documents exactly the manifest attributes', () => {
  const names = element.attributes.map((a: { name: string }) => a.name).sort()
  expect(tableNames('Attributes and properties').sort()).toEqual(names)
})

test('README documents exactly the manifest events', () => {
  expect(tableNames('Events').sort()).toEqual(element.events.map((e: { name: string }) => e.name).sort())
})

test('README documents exactly the manifest parts', () => {
  expect(tableNames('Parts').sort()).toEqual(element.cssParts.map((p: { name: string }) => p.name).sort())
})

test('README documents exactly the manifest custom properties', () => {
  const names = element.cssProperties.map((p: { name: string }) => p.name).sort()
  expect(tableNames('Theming').sort()).toEqual(names)
})
