/**
 * Tiny hand-made datasets for tests. `validDataset` has what the widget must handle: four actors of
 * all three kinds, an affiliation, all three relation types, a directed and an undirected relation,
 * a parallel pair (two relations between the same two actors), and one story step over that pair.
 */
import type { Dataset } from '../src/dataset.ts'

export const validDataset: Dataset = {
  $schema: '../data/actor-network.schema.json',
  title: 'Harbour lease dispute',
  description: 'Who works with and against whom over the harbour lease.',
  source: {
    title: 'Talks stall over harbour lease',
    publisher: 'Example Gazette',
    author: 'A. Reporter',
    published: '2025-01-15',
    url: 'https://example.org/harbour-lease',
  },
  actors: [
    { id: 'costa', name: 'Ana Costa', kind: 'person', role: 'Mayor', affiliation: 'city-council' },
    { id: 'city-council', name: 'City Council', kind: 'institution' },
    {
      id: 'dockworkers',
      name: 'Dockworkers’ Union',
      kind: 'group',
      description: 'Harbour workers on strike.',
    },
    { id: 'port-authority', name: 'Port Authority', kind: 'institution' },
  ],
  relations: [
    {
      id: 'costa-dockworkers-talks',
      source: 'costa',
      target: 'dockworkers',
      type: 'negotiation',
      directed: false,
      summary: 'The mayor and the union negotiate over the lease.',
      evidence: ['Costa met union leaders on Monday.'],
      when: 'January 2025',
    },
    {
      id: 'dockworkers-costa-strike',
      source: 'dockworkers',
      target: 'costa',
      type: 'opposition',
      directed: true,
      summary: 'The union strikes against the mayor’s plan.',
      evidence: ['“We will not sign,” the union said.', 'The strike entered its third week.'],
    },
    {
      id: 'council-port-lease',
      source: 'city-council',
      target: 'port-authority',
      type: 'cooperation',
      directed: false,
      summary: 'The council and the port authority drafted the lease together.',
      evidence: ['The council and the port authority drafted the lease jointly.'],
    },
  ],
  steps: [
    {
      id: 'talks-and-strike',
      title: 'Talks and a strike',
      text: 'The mayor negotiates with the union while it strikes against her plan.',
      actors: ['costa', 'dockworkers'],
      relations: ['costa-dockworkers-talks', 'dockworkers-costa-strike'],
    },
  ],
}

/** A deep copy of `validDataset`, to change freely in one test. */
export const copyOfValidDataset = (): Dataset => structuredClone(validDataset)

/** Dataset data without the types, for tests that break the format on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: a test writes a number where a name belongs, on purpose.
export type Editable = Record<string, any>

/** A copy of `validDataset` changed by `edit`; `unknown`, as it may no longer be a dataset. */
export function editedDataset(edit: (data: Editable) => void): unknown {
  const data: Editable = copyOfValidDataset()
  edit(data)
  return data
}

/**
 * The (fictional) article `validDataset` quotes, wrapped as a text file would be: every quote occurs
 * in it verbatim, some across a line break.
 */
export const validDatasetArticle = `Talks stall over harbour lease

Mayor Ana Costa met union leaders
on Monday. “We will not sign,” the union said. The strike entered its third
week.

The council and the port authority drafted the lease jointly. Neither would say
when it expects a vote.
`
