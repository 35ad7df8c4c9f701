// "Download CSV" for a chart: the rows it draws, as a file the browser saves (no server round trip).

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, with quotes doubled. */
export function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `rows` (objects) as CSV text with a header line of `columns` ([key, heading] pairs), lines ended by CRLF. */
export function toCsv(columns, rows) {
  const lines = [columns.map(([, heading]) => csvField(heading)).join(',')];
  for (const row of rows) lines.push(columns.map(([key]) => csvField(row[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Makes the browser save `text` as `filename` (a text/csv blob through a temporary link). */
export function saveCsv(filename, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
