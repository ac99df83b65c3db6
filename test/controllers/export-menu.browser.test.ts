/**
 * ViewExport on its own: the view as an SVG document (title, legend, credit) and a PNG, nothing before a
 * network is drawn, and the Download menu, which says so when the PNG cannot be made.
 */
import { html } from 'lit'
import { expect, test, vi } from 'vitest'
import { ViewExport } from '../../components/export-menu.ts'
import { legendStyles, renderLegend } from '../../components/legend.ts'
import { RELATION_TYPES } from '../../src/dataset.ts'
import { collectUncaught, until } from '../async-helpers.ts'
import { validDataset } from '../fixtures.ts'
import { connect, createHost, drawnData, fakeParts, type TestHost } from './host.ts'

collectUncaught()

async function setup({ drawn = true } = {}) {
  const host = createHost()
  const full = drawnData()
  const data = drawn ? full : { ...full, ready: undefined }
  const notices = { announce: vi.fn(), showHint: vi.fn() }
  const view = { size: { width: 600, height: 400 } }
  const exporter = new ViewExport(host, fakeParts({ data, notices, view }))
  host.content = () => html`<div class="frame">
    ${renderLegend(new Set(RELATION_TYPES), full.visibility.counts, () => {})}
    <svg class="graph" width="600" height="400"><g class="layer"><circle r="5" cx="50" cy="50"></circle></g></svg>
    <div class="credit"></div>
    ${exporter.render()}
  </div>`
  await connect(host)
  ;(host.shadowRoot as ShadowRoot).adoptedStyleSheets = [legendStyles.styleSheet as CSSStyleSheet]
  return { host, exporter, notices }
}

const menu = (host: TestHost) => host.renderRoot.querySelector('details.export') as HTMLDetailsElement
const button = (host: TestHost, name: string) =>
  [...menu(host).querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement

test('the SVG has the title, the legend and the source credit', async () => {
  const { exporter } = await setup()
  const doc = new DOMParser().parseFromString(exporter.toSVG(), 'image/svg+xml')
  expect(doc.querySelector('parsererror')).toBeNull()
  expect(doc.querySelector('title')?.textContent).toBe(validDataset.title)
  const text = doc.documentElement.textContent ?? ''
  expect(text).toContain(validDataset.source.publisher)
  expect(text).toContain('Cooperation')
})

test('the PNG is a PNG', async () => {
  const { exporter } = await setup()
  const blob = await exporter.toPNG(1)
  expect(blob.type).toBe('image/png')
  expect(blob.size).toBeGreaterThan(0)
})

test('before a network is drawn there is nothing to export', async () => {
  const { exporter } = await setup({ drawn: false })
  expect(() => exporter.toSVG()).toThrow('No network is drawn yet.')
  await expect(exporter.toPNG()).rejects.toThrow('No network is drawn yet.')
})

test('choosing SVG saves a file named after the title, and closes the menu', async () => {
  const { host } = await setup()
  const saved: { name: string; href: string }[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.href })
  })
  menu(host).open = true
  button(host, 'SVG').click()
  expect(saved.map((s) => s.name)).toEqual(['harbour-lease-dispute.svg'])
  expect(saved[0]?.href).toMatch(/^blob:/)
  expect(menu(host).open).toBe(false)
})

test('a PNG that cannot be made is said, and shown over the graph', async () => {
  const { host, notices } = await setup({ drawn: false })
  menu(host).open = true
  button(host, 'PNG').click()
  await until(() => notices.announce.mock.calls.length > 0, 'the notice')
  const notice = 'The PNG could not be made on this page. SVG works.'
  expect(notices.announce).toHaveBeenCalledWith(notice)
  expect(notices.showHint).toHaveBeenCalledWith(notice, 5000)
})

test('Escape closes the menu and gives the focus back to it', async () => {
  const { host } = await setup()
  menu(host).open = true
  button(host, 'SVG').focus()
  button(host, 'SVG').dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
  )
  expect(menu(host).open).toBe(false)
  expect(host.shadowRoot?.activeElement?.localName).toBe('summary')
})
