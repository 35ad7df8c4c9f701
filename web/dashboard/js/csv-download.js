// The dashboard's downloads: a chart's or list's rows as CSV, a chart as an image, saved by the browser from what the
// page holds (no server round trip). The CSV follows the rules of /graphql/csv (src/server/csv/graphql-csv.ts).

/**
 * Characters that make a spreadsheet run a cell as a formula (OWASP "CSV injection"), also tab and carriage return:
 * the same rule as the server's `safeCell`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): null and undefined are empty; a text a spreadsheet would run as a formula gets a leading
 * apostrophe (numbers are written as they are, so -3 stays a number); quoted when it holds a comma, quote or line
 * break, with quotes doubled.
 */
export function csvField(value) {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `rows` (objects) as CSV text with a header line of `columns` ([key, heading] pairs), lines ended by CRLF. */
export function toCsv(columns, rows) {
  const lines = [columns.map(([, heading]) => csvField(heading)).join(',')];
  for (const row of rows) lines.push(columns.map(([key]) => csvField(row[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Makes the browser save `url` (an object or data URL) as `filename`, through a temporary link. */
export function saveUrl(filename, url) {
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
}

/** Makes the browser save `text` as `filename` (a text/csv blob). */
export function saveCsv(filename, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  saveUrl(filename, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A CSV column heading from a legend label: lower case, words joined by underscores (`peer_learning_activity`). */
export function columnName(label) {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/**
 * A name safe in a file name: accents dropped, lower case, runs of anything but letters and digits made one hyphen,
 * at most 60 characters ("export" when nothing is left).
 */
export function fileSlug(text) {
  const plain = String(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase(); // "Liège" → "liege"
  return (
    plain
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'export'
  );
}

/**
 * An ECharts chart as an image: SVG when it was made with the SVG renderer, else a PNG at twice the screen's
 * resolution, on white (a transparent PNG shows black in some viewers). Returns `{ extension, url }` (a data URL).
 */
export function chartImage(chart) {
  const svg = chart.getZr().painter.getType() === 'svg';
  const url = chart.getDataURL({ type: svg ? 'svg' : 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  return { extension: svg ? 'svg' : 'png', url };
}

/** A small download button (`button.download`) with the given id, text and tooltip. */
function button(id, text, title) {
  const node = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary download' });
  return Object.assign(node, { id, textContent: text, title });
}

/**
 * Adds the download buttons of one chart or list to `tools` (before its first link, "Open query in IDE", if any):
 * the one helper every card uses.
 * - `id`: the buttons' ids are `<id>-csv` and `<id>-<image extension>`;
 * - `table()`: what is drawn now, `{ name, columns, rows }` (file name without `.csv`; columns as {@link toCsv}),
 *   or null while nothing is drawn (the click then does nothing);
 * - `image()` (charts only): `{ name, extension, url }` of the picture drawn now, e.g. from {@link chartImage}.
 * `label` follows "CSV" on the button when a card has more than one table ("CSV nodes"); `imageExtension` names
 * the image button ("svg" for a chart drawn with the SVG renderer; "png" unless given). Returns the buttons added.
 */
export function addDownloads(tools, { id, table, image, imageExtension = 'png', label = '' }) {
  const before = tools.querySelector(':scope > a');
  const what = label ? ` ${label}` : '';
  const added = [button(`${id}-csv`, `CSV${what}`, 'Download the rows shown as CSV')];
  added[0].addEventListener('click', () => {
    const drawn = table();
    if (drawn) saveCsv(`${drawn.name}.csv`, toCsv(drawn.columns, drawn.rows));
  });
  if (image) {
    const kind = imageExtension.toUpperCase();
    const picture = button(`${id}-${imageExtension}`, kind, `Download the chart as ${kind}`);
    picture.addEventListener('click', () => {
      const drawn = image();
      if (drawn) saveUrl(`${drawn.name}.${drawn.extension}`, drawn.url);
    });
    added.push(picture);
  }
  for (const node of added) tools.insertBefore(node, before);
  return added;
}
