// `npm run validate [files...]`: checks scene files (default: every scenes/*.yaml) and prints each
// error as file:line:column path: message. Exits 1 if any file has an error.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatError, loadScenario } from '../scenario/index.ts'

const SCENES_DIR = fileURLToPath(new URL('../../scenes/', import.meta.url))

function sceneFiles(): string[] {
  return readdirSync(SCENES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(SCENES_DIR, name))
}

/** Returns the number of errors in one file, after printing them (or its ✓ line). */
function validateFile(path: string): number {
  const shown = relative(process.cwd(), resolve(path)) || path
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (e) {
    console.log(`${shown}:1:1 (file): cannot read this file (${(e as NodeJS.ErrnoException).code ?? String(e)})`)
    return 1
  }
  const result = loadScenario(bytes, shown)
  if (result.ok) {
    console.log(`✓ ${shown}`)
    return 0
  }
  for (const error of result.errors) console.log(formatError(error))
  return result.errors.length
}

function main(args: string[]): number {
  const files = args.length > 0 ? args : sceneFiles()
  if (files.length === 0) {
    console.log(`no scene files found in ${relative(process.cwd(), SCENES_DIR) || SCENES_DIR}`)
    return 0
  }
  let errors = 0
  let failedFiles = 0
  for (const file of files) {
    const n = validateFile(file)
    errors += n
    if (n > 0) failedFiles++
  }
  const total = `${files.length} file${files.length === 1 ? '' : 's'}`
  if (errors === 0) console.log(`\nall ${total} valid`)
  else console.log(`\n${errors} error${errors === 1 ? '' : 's'} in ${failedFiles} of ${total}`)
  return errors === 0 ? 0 : 1
}

process.exitCode = main(process.argv.slice(2))
