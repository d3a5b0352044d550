export interface InvalidSceneFile {
  file: string
  /** Formatted `file:line:col path: message` lines. */
  errors: readonly string[]
}

/** Lists scene files that failed validation so that authors see why a scenario is missing from the picker. */
export function SceneErrors({ files }: { files: readonly InvalidSceneFile[] }) {
  if (files.length === 0) return null
  return (
    <section className="scene-errors" aria-labelledby="scene-errors-heading">
      <h2 id="scene-errors-heading">Scene files with errors</h2>
      <p>
        These files were not loaded. Fix them and rebuild; <code>npm run validate</code> prints the same messages.
      </p>
      {files.map(({ file, errors }) => (
        <div key={file} className="scene-error">
          <h3>
            <code>{file}</code>
          </h3>
          <ul>
            {errors.map((error, i) => (
              <li key={i}>
                <code>{error}</code>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
