import type { Statement } from '@xapi/xapi'
import type { VerbRef } from '../vocabulary.ts'
import type { StatementContext, StatementIds } from './types.ts'

/** What every Resus statement starts with: its fixed id and timestamp, the launch's actor, the verb. */
export const statementHead = (
  ctx: StatementContext,
  ids: StatementIds,
  verb: VerbRef,
): Pick<Statement, 'id' | 'timestamp' | 'actor' | 'verb'> => ({
  id: ids.id,
  timestamp: ids.timestamp,
  actor: { ...ctx.actor, objectType: 'Agent' },
  verb: { id: verb.id, display: { ...verb.display } },
})
