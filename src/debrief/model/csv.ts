/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

/** Rows as CSV (RFC 4180, CRLF line ends, a final line break), for spreadsheets and audit files. */
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  rows.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n'
