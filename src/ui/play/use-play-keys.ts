import { useEffect, useRef } from 'react'
import type { Scenario } from '../../scenario/schema/index.ts'
import { resolveKey, shortcutMap } from '../action-menu/shortcuts.ts'

export interface PlayKeyHandlers {
  openMenu(): void
  togglePause(): void
  action(actionId: string): void
}

/**
 * Keyboard of the play screen: `/` opens the action menu, Space pauses or resumes, and each scene
 * shortcut performs its action — never while the learner types into a field or a dialog is open.
 */
export function usePlayKeys(scenario: Scenario, enabled: boolean, handlers: PlayKeyHandlers): void {
  const handlersRef = useRef(handlers)
  useEffect(() => {
    handlersRef.current = handlers
  })

  useEffect(() => {
    if (!enabled) return
    const shortcuts = shortcutMap(Object.entries(scenario.actions).map(([id, a]) => ({ ...a, id })))
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return
      // Read the page, not React state: a dialog closed by Escape must not swallow the very next key.
      if (document.querySelector('dialog[open], [aria-modal="true"]')) return
      const target = event.target instanceof HTMLElement ? event.target : null
      const command = resolveKey({ ...pickModifiers(event), key: event.key, target }, shortcuts)
      if (!command) return
      event.preventDefault()
      if (command.kind === 'open-menu') handlersRef.current.openMenu()
      else if (command.kind === 'toggle-pause') handlersRef.current.togglePause()
      else handlersRef.current.action(command.actionId)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [scenario, enabled])
}

const pickModifiers = (e: KeyboardEvent) => ({ ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey })
