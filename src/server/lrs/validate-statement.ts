import xapiValidation from '@learninglocker/xapi-validation'
import { isObject } from './agent-key.ts'
import type { JsonObject } from './agent-key.ts'

/** The package is CommonJS: bundlers and Vitest unwrap its default export, Node's ESM loader (tsx) does not. */
const interop = xapiValidation as unknown as { default?: typeof xapiValidation }
const validateXapi = interop.default ?? xapiValidation

export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

interface RulrWarning {
  path: (string | number)[]
  typeName?: string
  data?: unknown
  constructor: { name: string }
}

/** Plain words for the validator's other warnings (class names of @learninglocker/xapi-validation). */
const RULE_TEXT: Record<string, string> = {
  NoIfiWarning: 'needs one identifier: mbox, mbox_sha1sum, openid or account',
  IfiCountWarning: 'has more than one identifier (mbox, mbox_sha1sum, openid, account)',
  RawLessThanMinWarning: 'raw is below min',
  RawMoreThanMaxWarning: 'raw is above max',
  MinMoreThanMaxWarning: 'min is above max',
  VoidWarning: 'a voiding statement must have a StatementRef as its object',
  ContextPropWarning: 'revision and platform are only allowed when the object is an Activity',
  SubStatementWarning: 'a SubStatement must not contain id, stored, version, authority or another SubStatement',
  ObjectTypeWarning: 'has the wrong objectType',
  RestrictedValueWarning: 'has a value that is not allowed here',
  NoMembersWarning: 'an anonymous Group needs members',
  MembersTypeWarning: 'members must be Agents',
  MissingInteractionTypeWarning: 'interaction properties need an interactionType',
  InvalidComponentsWarning: 'interaction components do not fit the interactionType',
}

const describeValue = (value: unknown) => {
  const text = JSON.stringify(value)
  return text === undefined ? 'nothing' : text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** One line per problem, e.g. `statement.result.score.scaled: expected Scaled, got 1.5`. */
function describeWarning(w: RulrWarning): string {
  const where = w.path.join('.')
  switch (w.constructor.name) {
    case 'TypeWarning':
      return `${where}: expected ${w.typeName ?? 'a valid value'}, got ${describeValue(w.data)}`
    case 'RequiredWarning':
      return `${where}: is required`
    case 'RestrictedKeysWarning':
      return `${where}: has properties that xAPI 1.0.3 does not allow (${describeValue(w.data)})`
    default:
      return `${where}: ${RULE_TEXT[w.constructor.name] ?? w.constructor.name.replace(/Warning$/, '')}`
  }
}

/**
 * Everything wrong with one incoming statement, as messages that name the field (empty = valid). The
 * structural rules come from Learning Locker's maintained xAPI 1.0.3 validator; the rules below it are
 * the ones it leaves to the LRS.
 */
export function statementProblems(statement: unknown, index?: number): string[] {
  const prefix = index === undefined ? '' : `statements[${index}]: `
  if (!isObject(statement)) return [`${prefix}a statement must be a JSON object, got ${describeValue(statement)}`]
  const problems = (validateXapi(statement) as RulrWarning[]).map(describeWarning)
  if (statement.id !== undefined && (typeof statement.id !== 'string' || !UUID.test(statement.id))) {
    if (!problems.some((p) => p.startsWith('statement.id'))) problems.push(`statement.id: expected a UUID`)
  }
  if (isObject(statement.verb) && statement.verb.id === VOIDED_VERB) {
    const object = statement.object
    if (!isObject(object) || object.objectType !== 'StatementRef') {
      problems.push('statement.object: a voiding statement must have a StatementRef as its object')
    }
  }
  return problems.map((p) => prefix + p)
}

export const voidingTarget = (statement: JsonObject): string | null =>
  isObject(statement.verb) &&
  statement.verb.id === VOIDED_VERB &&
  isObject(statement.object) &&
  typeof statement.object.id === 'string'
    ? statement.object.id
    : null
