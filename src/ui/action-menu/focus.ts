import type { Action } from '../../scenario/schema/index.ts'

export const ACTION_HEADING_ID = 'action-dialog-heading'

/** On touch screens the search box would raise the keyboard over the list: start on the heading. */
export const listStart = () => (window.matchMedia('(pointer: coarse)').matches ? ACTION_HEADING_ID : 'action-search')

/** The dose form starts where the learner types: the amount, else the route. */
export const firstDoseField = (action: Action) => (action.amount ? 'dose-amount' : 'dose-route')
