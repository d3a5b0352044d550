import { describe, expect, it } from 'vitest'
import { HUD_KEYS, isTextEntry, resolveKey, shortcutMap } from '../../src/ui/action-menu/shortcuts.ts'
import type { KeyLike, KeyTarget } from '../../src/ui/action-menu/shortcuts.ts'
import { loadScene, sceneFiles } from '../scenes/load-scenes.ts'

const el = (tagName: string, extra: Partial<KeyTarget> & { role?: string } = {}): KeyTarget => ({
  tagName,
  ...extra,
  getAttribute: (name) => (name === 'role' ? (extra.role ?? null) : null),
})
const press = (key: string, target: KeyTarget | null = el('BODY'), mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
})
const shortcuts = new Map([
  ['r', 'check-responsiveness'],
  ['1', 'defib-pads'],
])

describe('play screen keys', () => {
  it('knows where typing goes', () => {
    expect(isTextEntry(el('INPUT'))).toBe(true)
    expect(isTextEntry(el('INPUT', { type: 'search' }))).toBe(true)
    expect(isTextEntry(el('INPUT', { type: 'number' }))).toBe(true)
    expect(isTextEntry(el('TEXTAREA'))).toBe(true)
    expect(isTextEntry(el('SELECT'))).toBe(true)
    expect(isTextEntry(el('DIV', { isContentEditable: true }))).toBe(true)
    expect(isTextEntry(el('DIV', { role: 'combobox' }))).toBe(true)
    expect(isTextEntry(el('INPUT', { type: 'checkbox' }))).toBe(false)
    expect(isTextEntry(el('BUTTON'))).toBe(false)
    expect(isTextEntry(el('BODY'))).toBe(false)
    expect(isTextEntry(null)).toBe(false)
  })

  it('runs a scene shortcut only when no text field has focus', () => {
    expect(resolveKey(press('r'), shortcuts)).toEqual({ kind: 'action', actionId: 'check-responsiveness' })
    expect(resolveKey(press('1', el('BUTTON')), shortcuts)).toEqual({ kind: 'action', actionId: 'defib-pads' })
    expect(resolveKey(press('r', el('INPUT', { type: 'search' })), shortcuts)).toBeNull()
    expect(resolveKey(press('r', el('TEXTAREA')), shortcuts)).toBeNull()
    expect(resolveKey(press('/', el('INPUT')), shortcuts)).toBeNull()
  })

  it('leaves browser and system shortcuts alone, and is blind to Shift and Caps Lock', () => {
    expect(resolveKey(press('r', undefined, { ctrlKey: true }), shortcuts)).toBeNull()
    expect(resolveKey(press('r', undefined, { metaKey: true }), shortcuts)).toBeNull()
    expect(resolveKey(press('r', undefined, { altKey: true }), shortcuts)).toBeNull()
    expect(resolveKey(press('R'), shortcuts)).toEqual({ kind: 'action', actionId: 'check-responsiveness' })
    expect(resolveKey(press('x'), shortcuts)).toBeNull()
    expect(resolveKey(press('Enter'), shortcuts)).toBeNull()
  })

  it('opens the menu with "/" and pauses with Space, except where Space presses a control', () => {
    expect(resolveKey(press('/'), shortcuts)).toEqual({ kind: 'open-menu' })
    expect(resolveKey(press(' '), shortcuts)).toEqual({ kind: 'toggle-pause' })
    expect(resolveKey(press(' ', el('BUTTON')), shortcuts)).toBeNull()
    expect(resolveKey(press(' ', el('A')), shortcuts)).toBeNull()
    expect(resolveKey(press(' ', el('DIV', { role: 'tab' })), shortcuts)).toBeNull()
  })

  it('never lets a scene shortcut collide with a play-screen key, nor two actions share one', () => {
    for (const file of sceneFiles()) {
      const scene = loadScene(file)
      const actions = Object.entries(scene.actions).map(([id, a]) => ({ ...a, id }))
      const keys = actions.flatMap((a) => (a.shortcut ? [a.shortcut] : []))
      expect(keys.length, file).toBeGreaterThan(0)
      for (const hudKey of Object.values(HUD_KEYS)) expect(keys, file).not.toContain(hudKey)
      expect(new Set(keys).size, `${file} repeats a shortcut`).toBe(keys.length)
      const map = shortcutMap(actions)
      for (const a of actions) {
        if (!a.shortcut) continue
        expect(resolveKey(press(a.shortcut), map), `${file} ${a.shortcut}`).toEqual({ kind: 'action', actionId: a.id })
      }
    }
  })

  it('gives the first action a repeated key, so a scene mistake cannot fire two actions', () => {
    const map = shortcutMap([
      { id: 'a', kind: 'assessment', label: 'A', category: 'assessment', shortcut: 'q' },
      { id: 'b', kind: 'assessment', label: 'B', category: 'assessment', shortcut: 'q' },
    ])
    expect(map.get('q')).toBe('a')
  })
})
