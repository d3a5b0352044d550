export {
  backoffDelay,
  classifyResponse,
  parseRetryAfter,
  type Classification,
  type ClassifyInput,
  type SendResult,
} from './classify-response.ts'
export { createOutbox, type Outbox, type OutboxHost, type OutboxOptions, type OutboxStatus } from './create-outbox.ts'
export {
  OUTBOX_DB_NAME,
  openOutboxStorage,
  targetKey,
  type NewOutboxEntry,
  type OutboxCounts,
  type OutboxRecord,
  type OutboxStorage,
  type RecordState,
} from './outbox-storage.ts'
export {
  DEFAULT_TIMEOUT_MS,
  XAPI_VERSION,
  postStatements,
  type ClearTimer,
  type FetchLike,
  type OutboxStatement,
  type OutboxTarget,
  type PostOptions,
  type SetTimer,
  type Timers,
} from './send-statements.ts'
