/**
 * A browser command for the workbench's tests: runs `npm run validate` (the real command line, in Node) on
 * a dataset and its text written side by side into a fresh temporary folder, as an editor saves them.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserCommand } from 'vitest/node'

export interface ValidateFiles {
  readonly dataset: { readonly name: string; readonly text: string }
  readonly article: { readonly name: string; readonly text: string }
}

const root = fileURLToPath(new URL('../..', import.meta.url))

export const validateFiles: BrowserCommand<[files: ValidateFiles]> = async (
  _context,
  { dataset, article },
) => {
  const folder = await mkdtemp(join(tmpdir(), 'workbench-'))
  try {
    await writeFile(join(folder, dataset.name), dataset.text)
    await writeFile(join(folder, article.name), article.text)
    return await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        'npx',
        ['tsx', 'src/cli/validate.ts', join(folder, dataset.name)],
        { cwd: root },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      )
    })
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    validateFiles: (files: ValidateFiles) => Promise<{ code: number; output: string }>
  }
}
