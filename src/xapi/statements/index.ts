export * from './types.ts'
export { formatIsoDuration, ISO_DURATION_PATTERN } from './iso-duration.ts'
export { buildContext, mergeContextTemplate, PROFILE_CATEGORY_ACTIVITY, type ContextOptions } from './context.ts'
export { givesStatement, statementsForEvent } from './build-event-statements.ts'
export {
  buildCompleted,
  buildFailed,
  buildInitialized,
  buildPassed,
  buildTerminated,
  judgeOutcome,
  scoreOf,
  statementsForOutcome,
  type DurationOptions,
  type JudgedOptions,
  type Judgement,
  type OutcomeOptions,
} from './build-cmi5-statements.ts'
export { checkCmi5Session, CMI5_RULES, type Cmi5Rule, type Cmi5SessionOptions } from './cmi5-rules.ts'
