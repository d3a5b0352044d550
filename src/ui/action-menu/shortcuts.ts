import type { Action } from '../../scenario/schema/index.ts'

/**
 * Keys of the play screen itself. Scene shortcuts are single lower-case letters or digits (schema),
 * so none of these can collide with one.
 */
export const HUD_KEYS = { openMenu: '/', togglePause: ' ' } as const

/** The part of a DOM element the key routing looks at (plain objects in tests). */
export interface KeyTarget {
  tagName?: string
  type?: string
  isContentEditable?: boolean
  getAttribute?(name: string): string | null
}

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: KeyTarget | null
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'])

/** Where typed characters go into the page (so a letter must not trigger an action). */
export function isTextEntry(target: KeyTarget | null): boolean {
  if (!target) return false
  if (target.isContentEditable) return true
  const tag = target.tagName?.toUpperCase()
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase())
  const role = target.getAttribute?.('role')
  return role === 'textbox' || role === 'combobox' || role === 'searchbox'
}

/** Controls that Space already activates: the pause key must leave them alone. */
function isControl(target: KeyTarget | null): boolean {
  const tag = target?.tagName?.toUpperCase()
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || tag === 'INPUT') return true
  const role = target?.getAttribute?.('role')
  return role === 'button' || role === 'link' || role === 'tab' || role === 'menuitem' || role === 'option'
}

export type KeyCommand = { kind: 'open-menu' } | { kind: 'toggle-pause' } | { kind: 'action'; actionId: string }

/** Scene shortcut → action id; the first action in scene order wins if a scene repeats a key. */
export function shortcutMap(actions: readonly (Action & { id: string })[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>()
  for (const a of actions) if (a.shortcut && !map.has(a.shortcut)) map.set(a.shortcut, a.id)
  return map
}

/** What a key press means on the play screen, or null to let the browser handle it. */
export function resolveKey(event: KeyLike, shortcuts: ReadonlyMap<string, string>): KeyCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  if (isTextEntry(event.target)) return null
  if (event.key === HUD_KEYS.openMenu) return { kind: 'open-menu' }
  if (event.key === HUD_KEYS.togglePause) return isControl(event.target) ? null : { kind: 'toggle-pause' }
  // Caps Lock or Shift still mean the same key: shortcuts are case-blind.
  const actionId = event.key.length === 1 ? shortcuts.get(event.key.toLowerCase()) : undefined
  return actionId === undefined ? null : { kind: 'action', actionId }
}
