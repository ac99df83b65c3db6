import { expect, test } from 'vitest'
import { RELATION_TYPES } from '../src/dataset.ts'

test('types', () => expect(RELATION_TYPES).toHaveLength(3))
