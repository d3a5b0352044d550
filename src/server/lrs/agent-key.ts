/** JSON as it arrives over the wire: never trusted, always narrowed before use. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The inverse functional identifier of an Agent or identified Group as one string (xAPI Data 2.4.2.3),
 * so that queries by agent are an index lookup. Null for an anonymous Group or a malformed agent.
 */
export function agentKey(agent: unknown): string | null {
  if (!isObject(agent)) return null
  if (typeof agent.mbox === 'string') return `mbox:${agent.mbox}`
  if (typeof agent.mbox_sha1sum === 'string') return `mbox_sha1sum:${agent.mbox_sha1sum}`
  if (typeof agent.openid === 'string') return `openid:${agent.openid}`
  const account = agent.account
  if (isObject(account) && typeof account.homePage === 'string' && typeof account.name === 'string') {
    return `account:${account.homePage}|${account.name}`
  }
  return null
}

/** Agents a statement mentions: `direct` are actor and object (the `agent` filter), `related` the rest. */
export function statementAgents(statement: JsonObject): { direct: string[]; related: string[] } {
  const direct = new Set<string>()
  const related = new Set<string>()
  const add = (set: Set<string>, agent: unknown) => {
    const key = agentKey(agent)
    if (key) set.add(key)
    // Members of a Group count as related agents (Communication 2.1.3, related_agents).
    if (isObject(agent) && Array.isArray(agent.member)) for (const m of agent.member) add(related, m)
  }
  add(direct, statement.actor)
  const object = statement.object
  if (isObject(object) && (object.objectType === 'Agent' || object.objectType === 'Group')) add(direct, object)
  add(related, statement.authority)
  const context = statement.context
  if (isObject(context)) {
    add(related, context.instructor)
    add(related, context.team)
  }
  if (isObject(object) && object.objectType === 'SubStatement') {
    const sub = statementAgents(object)
    for (const k of [...sub.direct, ...sub.related]) related.add(k)
  }
  for (const k of direct) related.delete(k)
  return { direct: [...direct], related: [...related] }
}

/** Activities a statement mentions: `direct` is its object, `related` context activities and sub-statements. */
export function statementActivities(statement: JsonObject): { direct: string[]; related: string[] } {
  const direct = new Set<string>()
  const related = new Set<string>()
  const object = statement.object
  const isActivity = (o: unknown): o is JsonObject =>
    isObject(o) && (o.objectType === undefined || o.objectType === 'Activity') && typeof o.id === 'string'
  if (isActivity(object)) direct.add(object.id as string)
  const context = statement.context
  if (isObject(context) && isObject(context.contextActivities)) {
    for (const list of Object.values(context.contextActivities)) {
      for (const a of Array.isArray(list) ? list : [list]) if (isActivity(a)) related.add(a.id as string)
    }
  }
  if (isObject(object) && object.objectType === 'SubStatement') {
    const sub = statementActivities(object)
    for (const id of [...sub.direct, ...sub.related]) related.add(id)
  }
  for (const id of direct) related.delete(id)
  return { direct: [...direct], related: [...related] }
}
