import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import type { Activity } from '../../engine/types.ts'
import type { Route, Unit } from '../../scenario/schema/index.ts'
import { selectActiveActivities, simStore, useSim } from '../../store/index.ts'
import type { AvailableAction } from '../../store/index.ts'
import { ROUTE_LABELS } from '../format.ts'
import { formatGiven } from '../hud/feedback.ts'
import { activityOf } from './catalogue.ts'
import { parseDose } from './dose.ts'
import { performAction } from './perform.ts'

interface DoseFormProps {
  headingId: string
  action: AvailableAction
  /** Back to the list (when the form was opened from it). */
  onBack?: () => void
  onDone: () => void
  onCancel: () => void
}

/**
 * The learner types the amount and picks the unit and the route: nothing is pre-filled or suggested
 * (no default dose, no preselected route), as when drawing up a drug for real.
 */
export function DoseForm({ headingId, action, onBack, onDone, onCancel }: DoseFormProps) {
  const { amount, routes } = action
  const [text, setText] = useState('')
  const [unit, setUnit] = useState<Unit | undefined>(amount?.units[0])
  const [route, setRoute] = useState<Route | ''>('')
  const [errors, setErrors] = useState<{ amount?: string; route?: string }>({})
  const [refusal, setRefusal] = useState<string | null>(null)
  const amountRef = useRef<HTMLInputElement>(null)
  const routeRef = useRef<HTMLSelectElement>(null)
  const active = useSim(selectActiveActivities) as Readonly<Record<string, Activity>>
  const activity = activityOf(action)
  const running = activity === null ? undefined : active[activity]

  useEffect(() => {
    ;(amountRef.current ?? routeRef.current)?.focus()
  }, [])

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const parsed = amount ? parseDose(text, amount.label) : null
    const next: { amount?: string; route?: string } = {}
    if (parsed && !parsed.ok) next.amount = parsed.message
    if (routes && route === '') next.route = 'Choose a route.'
    setErrors(next)
    setRefusal(null)
    if (next.amount) return amountRef.current?.focus()
    if (next.route) return routeRef.current?.focus()
    const outcome = performAction(simStore.getState(), {
      actionId: action.id,
      ...(parsed?.ok && unit && { amount: { value: parsed.value, unit } }),
      ...(route !== '' && { route }),
    })
    if (outcome.ok) onDone()
    else setRefusal(outcome.reason)
  }

  const readBack = (() => {
    const parsed = amount ? parseDose(text) : null
    if (amount && !parsed?.ok) return null
    return formatGiven(parsed?.ok && unit ? { value: parsed.value, unit } : undefined, route || undefined)
  })()

  return (
    <form className="dose-form" onSubmit={onSubmit} noValidate>
      <div className="menu-head">
        <h2 id={headingId} tabIndex={-1}>
          {action.label}
        </h2>
        <button type="button" className="icon-button" onClick={onCancel} aria-label="Close">
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {action.description && <p className="dose-description">{action.description}</p>}
      {running && (
        <p className="dose-running">
          Running now{formatGiven(running.amount, running.route) && ` at ${formatGiven(running.amount, running.route)}`}
          .
        </p>
      )}
      {amount && (
        <div className="field">
          <label htmlFor="dose-amount">{amount.label}</label>
          <div className="dose-amount">
            <input
              id="dose-amount"
              ref={amountRef}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={errors.amount ? true : undefined}
              aria-describedby={errors.amount ? 'dose-amount-error' : undefined}
            />
            <label htmlFor="dose-unit" className="visually-hidden">
              Unit
            </label>
            <select id="dose-unit" value={unit} onChange={(e) => setUnit(e.target.value as Unit)}>
              {amount.units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </div>
          {errors.amount && (
            <p id="dose-amount-error" className="field-error">
              {errors.amount}
            </p>
          )}
        </div>
      )}
      {routes && (
        <div className="field">
          <label htmlFor="dose-route">Route</label>
          <select
            id="dose-route"
            ref={routeRef}
            value={route}
            onChange={(e) => setRoute(e.target.value as Route | '')}
            aria-invalid={errors.route ? true : undefined}
            aria-describedby={errors.route ? 'dose-route-error' : undefined}
          >
            <option value="">Choose a route</option>
            {routes.map((r) => (
              <option key={r} value={r}>
                {ROUTE_LABELS[r]}
              </option>
            ))}
          </select>
          {errors.route && (
            <p id="dose-route-error" className="field-error">
              {errors.route}
            </p>
          )}
        </div>
      )}
      {refusal && (
        <p className="form-error" role="alert">
          Not done: {refusal}
        </p>
      )}
      <p className="dose-readback">{readBack ? `${action.label}: ${readBack}` : ' '}</p>
      <div className="dialog-buttons">
        <button type="submit" className="button">
          Confirm
        </button>
        {onBack && (
          <button type="button" className="button-secondary" onClick={onBack}>
            Back to actions
          </button>
        )}
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
