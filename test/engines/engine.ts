/**
 * What a scenario needs of a browser, whatever drives it: Playwright (Chromium), WebDriver BiDi through
 * puppeteer-core (Firefox) or classic WebDriver (WebKit). Input goes through the driver, as real pointer,
 * touch and key events; everything read back goes through the page helpers of `page.ts`.
 */

/** Keys by their `KeyboardEvent.key` names. */
export type Key = 'Tab' | 'Enter' | 'Escape' | 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown'

/** One step of a mouse gesture, in CSS pixels from the viewport's top left. */
export type MouseStep = { type: 'move'; x: number; y: number } | { type: 'down' } | { type: 'up' }

export interface Point {
  readonly x: number
  readonly y: number
}

/** The media features a browser is started with; each engine emulates what it can. */
export interface Preferences {
  readonly reducedMotion?: boolean
  readonly forcedColors?: boolean
}

export interface Engine {
  /** The engine and its version, as the browser reports them. */
  readonly version: string
  /** Whether this browser was started with forced colours (only where the engine has them). */
  readonly forcedColors: boolean
  /** Loads `url` and resolves once its load event has fired. */
  open(url: string): Promise<void>
  /** Calls the page helper `name` (see page.ts) with JSON arguments and resolves to its result. */
  call<T>(name: string, ...args: unknown[]): Promise<T>
  mouse(steps: readonly MouseStep[]): Promise<void>
  press(key: Key): Promise<void>
  type(text: string): Promise<void>
  /** A one-finger tap; undefined where the driver has no touch input. */
  tap?(at: Point): Promise<void>
  /** The viewport as a PNG. */
  screenshot(): Promise<Uint8Array>
  close(): Promise<void>
}

/** Starts a browser of one engine, with a 1000 × 800 viewport. */
export type Launch = (preferences: Preferences) => Promise<Engine>

/** A click: down and up at one point, after a move there. */
export const clickAt = (at: Point): MouseStep[] => [{ type: 'move', ...at }, { type: 'down' }, { type: 'up' }]

/** The page-side call every driver evaluates: `__engines.call` answers `{ ok }` or `{ error }`. */
export const callScript = (name: string, args: readonly unknown[]) =>
  `window.__engines.call(${JSON.stringify(name)}, ${JSON.stringify(args)})`

/** Unwraps a page helper's answer, turning a page-side error into a thrown one. */
export function unwrap<T>(answer: unknown, name: string): T {
  const result = answer as { ok?: T; error?: string } | null
  if (!result || 'error' in result) throw new Error(`page helper ${name}: ${result?.error ?? 'no answer'}`)
  return result.ok as T
}

export const VIEWPORT = { width: 1000, height: 800 }
