import { useState } from 'react'
import { simStore, useSim } from '../../store/index.ts'
import type { AvailableAction } from '../../store/index.ts'
import { Modal } from '../Modal.tsx'
import { ActionList } from './ActionList.tsx'
import { needsDoseDialog } from './catalogue.ts'
import type { MenuTarget } from './catalogue.ts'
import { DoseForm } from './DoseForm.tsx'
import { ACTION_HEADING_ID, firstDoseField, listStart } from './focus.ts'
import { performAction } from './perform.ts'
import { refusalText } from '../hud/feedback.ts'

/** What the action dialog shows: the list (maybe filtered to what was clicked) or one action's dose form. */
export interface MenuRequest {
  target: MenuTarget | null
  doseActionId: string | null
  /** The dose form was opened from the list, so "Back" returns there. */
  fromList: boolean
}

interface ActionDialogProps {
  request: MenuRequest
  paused: boolean
  onRequest: (request: MenuRequest) => void
  onClose: () => void
  returnFocus: () => HTMLElement | null
}

const HEADING_ID = ACTION_HEADING_ID

/** The action menu and the dose form in one modal dialog (a bottom sheet on a phone). */
export function ActionDialog({ request, paused, onRequest, onClose, returnFocus }: ActionDialogProps) {
  const [error, setError] = useState<string | null>(null)
  const scenario = useSim((s) => s.scenario)
  // From the whole catalogue: a shortcut to a one-off dose already given still opens, and the engine says why not.
  const found = request.doseActionId ? scenario?.actions[request.doseActionId] : undefined
  const doseAction = found && request.doseActionId ? { ...found, id: request.doseActionId } : undefined

  const choose = (action: AvailableAction) => {
    setError(null)
    if (needsDoseDialog(action)) return onRequest({ ...request, doseActionId: action.id, fromList: true })
    const outcome = performAction(simStore.getState(), { actionId: action.id })
    if (outcome.ok) onClose()
    else setError(refusalText(action.label, outcome.reason))
  }

  const initialFocus = () => document.getElementById(doseAction ? firstDoseField(doseAction) : listStart())

  return (
    <Modal
      labelledBy={HEADING_ID}
      onClose={onClose}
      className="sheet"
      initialFocus={initialFocus}
      returnFocus={returnFocus}
    >
      {doseAction ? (
        <DoseForm
          key={doseAction.id}
          headingId={HEADING_ID}
          action={doseAction}
          {...(request.fromList && { onBack: () => onRequest({ ...request, doseActionId: null }) })}
          onDone={onClose}
          onCancel={onClose}
        />
      ) : (
        <ActionList
          headingId={HEADING_ID}
          target={request.target}
          error={error}
          paused={paused}
          onShowAll={() => onRequest({ ...request, target: null })}
          onChoose={choose}
          onClose={onClose}
        />
      )}
    </Modal>
  )
}
