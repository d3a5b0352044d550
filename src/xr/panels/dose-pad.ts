import type { Activity } from '../../engine/types.ts'
import type { Route, Unit } from '../../scenario/schema/index.ts'
import type { AvailableAction } from '../../store/index.ts'
import { parseDose } from '../../ui/action-menu/dose.ts'
import type { PerformRequest } from '../../ui/action-menu/perform.ts'
import { ROUTE_LABELS } from '../../ui/format.ts'
import { formatGiven } from '../../ui/hud/feedback.ts'
import { BUTTON_GAP_PX, GAP_PX, LINE_PX, PADDING_PX, PANEL_WIDTH_PX, bodyLines, layoutGrid } from './panel-model.ts'
import type { ButtonSpec, PanelButton, PanelCaption, PanelModel } from './panel-model.ts'

/**
 * The headset's dose form: the learner types the amount on a number pad and picks unit and route.
 * As on the desktop form nothing is suggested or pre-filled: no dose, no route. Only the unit starts
 * at the action's first unit, as the desktop form's unit list does.
 */
export interface DosePadState {
  text: string
  /** Unset: the action's first unit (see chosenUnit). */
  unit?: Unit
  route?: Route
  error?: string
}

export type DoseAction = Pick<AvailableAction, 'id' | 'label' | 'kind' | 'category' | 'amount' | 'routes'>

export const EMPTY_DOSE_PAD: DosePadState = { text: '' }

/** Longest entry: enough for any dose in mcg, short enough to stay on one line. */
const MAX_TEXT = 8

export const chosenUnit = (action: DoseAction, state: DosePadState): Unit | undefined =>
  state.unit ?? action.amount?.units[0]

/** Applies a pad button (`key:…`, `unit:…`, `route:…`); any other id leaves the state as it is. */
export function pressDosePad(action: DoseAction, state: DosePadState, id: string): DosePadState {
  const [kind, value = ''] = splitId(id)
  // Any edit clears the last error: it was about what was there before.
  const edit = (next: Partial<Omit<DosePadState, 'error'>>): DosePadState => {
    const { error: _error, ...rest } = { ...state, ...next }
    return rest
  }
  if (kind === 'key' && action.amount) {
    if (value === 'back') return edit({ text: state.text.slice(0, -1) })
    if (value === 'clear') return edit({ text: '' })
    if (state.text.length >= MAX_TEXT) return state
    if (value === '.') return state.text.includes('.') ? state : edit({ text: `${state.text}.` })
    if (/^\d$/.test(value)) return edit({ text: state.text + value })
    return state
  }
  if (kind === 'unit' && action.amount?.units.includes(value as Unit)) return edit({ unit: value as Unit })
  if (kind === 'route' && action.routes?.includes(value as Route)) return edit({ route: value as Route })
  return state
}

const splitId = (id: string): [string, string | undefined] => {
  const at = id.indexOf(':')
  return at < 0 ? [id, undefined] : [id.slice(0, at), id.slice(at + 1)]
}

export type DoseSubmit = { ok: true; request: PerformRequest } | { ok: false; state: DosePadState }

/** "Give": the same checks as the desktop form (parseDose with the amount's label, a route chosen). */
export function submitDose(action: DoseAction, state: DosePadState): DoseSubmit {
  const parsed = action.amount ? parseDose(state.text, action.amount.label) : null
  const errors: string[] = []
  if (parsed && !parsed.ok) errors.push(parsed.message)
  if (action.routes && state.route === undefined) errors.push('Choose a route.')
  if (errors.length > 0) return { ok: false, state: { ...state, error: errors.join(' ') } }
  const unit = chosenUnit(action, state)
  return {
    ok: true,
    request: {
      actionId: action.id,
      ...(parsed?.ok && unit && { amount: { value: parsed.value, unit } }),
      ...(state.route && { route: state.route }),
    },
  }
}

/** "Adrenaline (epinephrine): 0.5 mg IM" once what is typed reads as a number (as the desktop form). */
export function readBack(action: DoseAction, state: DosePadState): string {
  const parsed = action.amount ? parseDose(state.text) : null
  if (action.amount && !parsed?.ok) return ''
  const unit = chosenUnit(action, state)
  const given = formatGiven(parsed?.ok && unit ? { value: parsed.value, unit } : undefined, state.route)
  return given ? `${action.label}: ${given}` : ''
}

const KEYS = ['7', '8', '9', '4', '5', '6', '1', '2', '3', '.', '0', 'back']
const KEY_LABELS: Record<string, string> = { back: 'Delete', '.': '.' }
/** The number pad's column (left) and the unit and route column (right). */
const PAD_WIDTH_PX = 400
const COLUMN_GAP_PX = 24
/** Routes listed one a row beside the pad; more go under it, two a row. */
const MAX_ROUTES_BESIDE = 4

export interface DosePadOptions {
  /** What runs now from this action (oxygen at 10 L/min), shown so a change is deliberate. */
  running?: Activity
  /** Opened from the action list: offer "Back". */
  canGoBack: boolean
}

/** The dose pad panel: typed entry, read-back and errors, number pad, units, routes, Give/Back/Cancel. */
export function dosePadModel(action: DoseAction, state: DosePadState, options: DosePadOptions): PanelModel {
  const widthPx = PANEL_WIDTH_PX
  const inner = widthPx - 2 * PADDING_PX
  const { amount, routes } = action
  const unit = chosenUnit(action, state)
  const running = options.running && formatGiven(options.running.amount, options.running.route)
  const texts = [
    ...(options.running ? [`Running now${running ? ` at ${running}` : ''}.`] : []),
    ...(amount ? [`${amount.label}: ${state.text ? `${state.text} ${unit ?? ''}` : '(type it on the keypad)'}`] : []),
    readBack(action, state),
    ...(state.error ? [state.error] : []),
  ]
  // Three lines always (entry, read-back, error), a fourth only while the action already runs.
  const body = bodyLines(texts, widthPx, { minLines: 3, maxLines: 4 })
  const buttons: PanelButton[] = []
  const captions: PanelCaption[] = []
  const group = (title: string, specs: ButtonSpec[], at: { x: number; y: number; width: number; columns: number }) => {
    captions.push({ x: at.x, y: at.y, text: title })
    const grid = layoutGrid(specs, { ...at, y: at.y + LINE_PX })
    buttons.push(...grid.buttons)
    return grid.bottom
  }
  const routeSpecs = (routes ?? []).map((r) => ({
    id: `route:${r}`,
    label: ROUTE_LABELS[r],
    ...(r === state.route && { tone: 'selected' as const }),
  }))

  // With an amount: number pad on the left; units (and up to four routes, one a row) on the right.
  let bottom = body.bottom
  let routesBeside = false
  if (amount) {
    const keys = layoutGrid(
      KEYS.map((k) => ({ id: `key:${k}`, label: KEY_LABELS[k] ?? k })),
      { x: PADDING_PX, y: body.bottom, width: PAD_WIDTH_PX, columns: 3 },
    )
    const clear = layoutGrid([{ id: 'key:clear', label: 'Clear' }], {
      x: PADDING_PX,
      y: keys.bottom + BUTTON_GAP_PX,
      width: PAD_WIDTH_PX,
      columns: 1,
    })
    buttons.push(...keys.buttons, ...clear.buttons)
    const right = { x: PADDING_PX + PAD_WIDTH_PX + COLUMN_GAP_PX, width: inner - PAD_WIDTH_PX - COLUMN_GAP_PX }
    const unitSpecs = amount.units.map((u) => ({
      id: `unit:${u}`,
      label: u,
      ...(u === unit && { tone: 'selected' as const }),
    }))
    let rightBottom = group('Unit', unitSpecs, { ...right, y: body.bottom, columns: Math.min(3, unitSpecs.length) })
    routesBeside = routeSpecs.length > 0 && routeSpecs.length <= MAX_ROUTES_BESIDE
    if (routesBeside) rightBottom = group('Route', routeSpecs, { ...right, y: rightBottom + GAP_PX, columns: 1 })
    bottom = Math.max(clear.bottom, rightBottom)
  }
  // Otherwise the routes take the full width, two a row (wide enough for "IO (intraosseous)").
  if (routeSpecs.length > 0 && !routesBeside) {
    const y = amount ? bottom + GAP_PX : body.bottom
    bottom = group('Route', routeSpecs, { x: PADDING_PX, y, width: inner, columns: Math.min(2, routeSpecs.length) })
  }

  const gives = action.kind === 'drug' || action.category === 'drugs' || action.category === 'fluids'
  const actions = layoutGrid(
    [
      { id: 'give', label: gives ? 'Give' : 'Confirm', tone: 'primary' },
      ...(options.canGoBack ? [{ id: 'back', label: 'Back' }] : []),
      { id: 'cancel', label: 'Cancel' },
    ],
    { x: PADDING_PX, y: bottom + GAP_PX, width: inner, columns: options.canGoBack ? 3 : 2 },
  )
  buttons.push(...actions.buttons)
  return {
    widthPx,
    heightPx: actions.bottom + PADDING_PX,
    // The drawer cuts a long label with "…" by the real font; the read-back line carries it in full.
    title: action.label,
    lines: body.lines,
    buttons,
    captions,
  }
}
