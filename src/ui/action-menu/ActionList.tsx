import { useEffect, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { Activity } from '../../engine/types.ts'
import { selectActiveActivities, selectAvailableActions, useSim } from '../../store/index.ts'
import type { AvailableAction } from '../../store/index.ts'
import { WORLD_OBJECT_LABELS } from '../../world/world-objects.ts'
import { formatClock } from '../format.ts'
import { formatGiven } from '../hud/feedback.ts'
import { activityOf, menuGroups, needsDoseDialog, startsActivity, stopsActivity } from './catalogue.ts'
import type { MenuTarget } from './catalogue.ts'
import { listStart } from './focus.ts'

interface ActionListProps {
  headingId: string
  target: MenuTarget | null
  error: string | null
  paused: boolean
  onShowAll: () => void
  onChoose: (action: AvailableAction) => void
  onClose: () => void
}

const SEARCH_ID = 'action-search'

/** The searchable catalogue: rows grouped A→E, arrow keys move between search and rows. */
export function ActionList({ headingId, target, error, paused, onShowAll, onChoose, onClose }: ActionListProps) {
  const [query, setQuery] = useState('')
  const actions = useSim(selectAvailableActions)
  const active = useSim(selectActiveActivities) as Readonly<Record<string, Activity>>
  const groups = menuGroups(actions, { active, target, query })
  const where = target === null ? null : WORLD_OBJECT_LABELS[target]

  // Back from the dose form: put focus where the list starts (the dialog focuses it on first open).
  useEffect(() => {
    document.getElementById(listStart())?.focus()
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const root = event.currentTarget
    const items = [...root.querySelectorAll<HTMLElement>(`#${SEARCH_ID}, [data-menu-row]`)]
    const index = items.indexOf(document.activeElement as HTMLElement)
    let next: HTMLElement | undefined
    if (event.key === 'ArrowDown') next = items[Math.min(index + 1, items.length - 1)]
    else if (event.key === 'ArrowUp') next = items[Math.max(index - 1, 0)]
    else if (event.key === 'Home' && index > 0) next = items[1]
    else if (event.key === 'End' && index > 0) next = items[items.length - 1]
    else if (event.key === 'Enter' && index === 0) next = items[1]
    if (!next) return
    event.preventDefault()
    next.focus()
  }

  return (
    <div className="menu" onKeyDown={onKeyDown}>
      <div className="menu-head">
        <h2 id={headingId} tabIndex={-1}>
          {where ? `Actions: ${where}` : 'Actions'}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close actions">
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {where && (
        <p className="menu-scope">
          Showing what you can do at the {where.toLowerCase()}.{' '}
          <button type="button" className="link-button" onClick={onShowAll}>
            Show all actions
          </button>
        </p>
      )}
      {paused && <p className="menu-paused">The scenario is paused: resume it to act.</p>}
      <div className="field">
        <label htmlFor={SEARCH_ID}>Search actions</label>
        <input
          id={SEARCH_ID}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // A search box would first clear itself on Escape: here Escape always closes the menu.
            if (e.key !== 'Escape') return
            e.preventDefault()
            onClose()
          }}
          aria-describedby="action-search-help"
        />
        <p id="action-search-help" className="field-help">
          Type part of a name or a group (e.g. airway). Arrow keys move through the list, Enter chooses.
        </p>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {groups.length === 0 && (
        <p className="menu-empty">
          {query ? `No action matches “${query}”.` : `Nothing to do at the ${where?.toLowerCase() ?? 'room'} now.`}
        </p>
      )}
      <div className="menu-groups">
        {groups.map((group) => (
          <section key={group.category} aria-labelledby={`menu-group-${group.category}`}>
            <h3 id={`menu-group-${group.category}`}>{group.title}</h3>
            <ul>
              {group.actions.map((action) => (
                <li key={action.id}>
                  <ActionRow action={action} active={active} onChoose={onChoose} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  )
}

function ActionRow({
  action,
  active,
  onChoose,
}: {
  action: AvailableAction
  active: Readonly<Record<string, Activity>>
  onChoose: (action: AvailableAction) => void
}) {
  const activity = activityOf(action)
  const running = activity === null ? undefined : active[activity]
  let status: string | null = null
  if (running && stopsActivity(action)) status = `Running since ${formatClock(running.sinceMs)}`
  else if (running && startsActivity(action)) {
    const given = formatGiven(running.amount, running.route)
    status = given ? `Running at ${given}: choose to change` : 'Running'
  }
  return (
    <button
      type="button"
      className="menu-row"
      data-menu-row=""
      onClick={() => onChoose(action)}
      aria-keyshortcuts={action.shortcut}
    >
      <span className="menu-row-text">
        <span className="menu-row-label">
          {action.label}
          {needsDoseDialog(action) && <span className="visually-hidden"> (opens the dose form)</span>}
        </span>
        {status && <span className="menu-row-status">{status}</span>}
        {action.description && <span className="menu-row-description">{action.description}</span>}
      </span>
      {needsDoseDialog(action) && (
        <span className="menu-row-more" aria-hidden="true">
          …
        </span>
      )}
      {action.shortcut && (
        <kbd className="menu-row-key" aria-hidden="true">
          {action.shortcut.toUpperCase()}
        </kbd>
      )}
    </button>
  )
}
