// Layout shift of the demo, scored the way Chrome scores it (Layout Instability API, the CLS
// metric's entries): each replay opens in its own page at `?transcript=<id>&speed=<ms per event>`
// (no click, so no entry is excused by hadRecentInput), a PerformanceObserver registered before
// the page's scripts sums every `layout-shift` entry until the replay ends, and records which
// elements moved (each entry's sources: node, rect before and after) so a failure says why.

import { rm } from 'node:fs/promises';

/** The most layout shift a replay may add up to (issue 14; Google's "good" CLS is 0.1). */
export const layoutShiftLimit = 0.01;

/** Statuses a replay ends in. */
const endStatuses = ['complete', 'truncated', 'error', 'aborted'];

/**
 * Shifts the demo cannot fix, because they come from a component the demo only uses (reported to
 * its owners with a proposed fix). An entry is set aside only when every element it moved matches
 * one component's `source`, and only up to that component's `cap` per replay; everything else
 * counts against the limit. Whether these shifts happen depends on where frames fall (rows landing
 * in one frame or two), so they are matched by element on every replay, not by transcript.
 * `(new box)`: a box laid out for the first time in the moved region (text of a new cell);
 * `(removed) table-wide box`: a box gone when Chrome reported the entry, exactly as wide as a table
 * on the page (the reserved rows go when the table completes); `(removed) caret-sized box`: one at
 * most 10 × 20 px (the caret goes when its text completes).
 */
export const knownComponentShifts = [];

/** Runs in the page before its scripts: keeps every layout-shift entry with the elements that moved. */
function observeLayoutShifts() {
  // 'tbody[aria-hidden] < table.ripen-table-grid < div.ripen-table-scroll', or '(text) "…" < td…'.
  const describe = (node, before) => {
    if (!node) {
      if (before.width === 0 && before.height === 0) return '(new box)';
      const tables = [...document.querySelectorAll('.ripen-table-grid')].map((table) => table.getBoundingClientRect());
      const tableWide = tables.some(
        (table) => Math.abs(table.x - before.x) < 1 && Math.abs(table.width - before.width) < 1,
      );
      if (tableWide) return '(removed) table-wide box';
      // The caret (0.5em × 1em) goes when its text completes.
      return before.width <= 10 && before.height <= 20 ? '(removed) caret-sized box' : '(removed box)';
    }
    const element = node.nodeType === 1 ? node : node.parentElement;
    const path = [];
    for (let at = element; at && at !== document.body && path.length < 4; at = at.parentElement) {
      const classes = [...at.classList].slice(0, 2).map((name) => `.${name}`);
      path.push(
        `${at.tagName.toLowerCase()}${classes.join('')}${at.getAttribute('aria-hidden') ? '[aria-hidden]' : ''}`,
      );
    }
    const text = node.nodeType === 3 ? `(text) "${node.textContent.trim().slice(0, 24)}" < ` : '';
    return text + path.join(' < ');
  };
  const rect = (box) => [box.x, box.y, box.width, box.height].map(Math.round);
  const shifts = [];
  window.__ripenLayoutShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        at: Math.round(entry.startTime),
        status: document.querySelector('[data-testid=status]')?.textContent ?? '(no status yet)',
        sources: (entry.sources ?? []).map((source) => ({
          node: describe(source.node, source.previousRect),
          from: rect(source.previousRect),
          to: rect(source.currentRect),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Opens one replay in a new page of `browser`; resolves once the page has loaded, to a function
 * that waits for the replay's end and resolves to `{ id, speed, status, total, shifts, errors }`
 * (`total` sums the entries without recent input), or `{ id, speed, error }` if it never ends.
 * The page is closed either way. With `screenshots` (a path prefix), a full-page screenshot is
 * taken `midStreamAfter` ms after the status first reads streaming (if it still does) and at the end.
 */
export async function openReplay(browser, baseUrl, id, speed, { timeout, screenshots, midStreamAfter = 0 }) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('favicon')) errors.push(message.text());
  });
  try {
    await page.addInitScript(observeLayoutShifts);
    await page.goto(`${baseUrl}?transcript=${encodeURIComponent(id)}&speed=${speed}`, { timeout });
  } catch (error) {
    await page.close();
    throw error;
  }
  // Starts now, while the replay plays: waits for the status to read streaming (or an end), then
  // for `midStreamAfter`, and photographs the page if it still streams.
  const midStream = screenshots
    ? page
        .waitForFunction(
          (statuses) => statuses.includes(document.querySelector('[data-testid=status]')?.textContent ?? ''),
          ['streaming', ...endStatuses],
          { timeout, polling: 50 },
        )
        .then(() => page.waitForTimeout(midStreamAfter))
        .then(async () => {
          const path = `${screenshots}-mid-stream.png`;
          await rm(path, { force: true });
          if ((await page.textContent('[data-testid=status]')) !== 'streaming') return;
          await page.screenshot({ path, fullPage: true });
          // A shot taken slowly (a loaded machine) may show the end: then it is not kept as mid-stream.
          if ((await page.textContent('[data-testid=status]')) !== 'streaming') await rm(path, { force: true });
        })
        .catch(() => {}) // a photograph is not a check: the end state is still awaited below
    : Promise.resolve();
  return async () => {
    try {
      await midStream;
      await page.waitForFunction(
        (ends) => ends.includes(document.querySelector('[data-testid=status]')?.textContent ?? ''),
        endStatuses,
        { timeout, polling: 100 },
      );
      // Two frames and a pause: the end state's own layout (finish reason, notes) is painted and scored.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)))),
      );
      const status = await page.textContent('[data-testid=status]');
      if (screenshots) await page.screenshot({ path: `${screenshots}-end.png`, fullPage: true });
      const shifts = (await page.evaluate(() => window.__ripenLayoutShifts)).filter((shift) => !shift.hadRecentInput);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      return { id, speed, status, total, shifts, errors };
    } catch (error) {
      return { id, speed, error };
    } finally {
      await page.close();
    }
  };
}

/** The largest entries of a replay, one a line, with what moved where (`[x, y, width, height]`). */
function describeShifts(shifts, limit = 6) {
  return [...shifts]
    .sort((a, b) => b.value - a.value)
    .slice(0, limit)
    .map(
      (shift) =>
        `    ${shift.value.toFixed(4)} at ${shift.at} ms (${shift.status}): ` +
        shift.sources
          .map((source) => `${source.node} ${JSON.stringify(source.from)}→${JSON.stringify(source.to)}`)
          .join('; '),
    )
    .join('\n');
}

/**
 * Throws unless the replay's layout shift is within the limit, once entries made only by a known
 * component's elements are set aside (each component within its cap). Returns a note for the log.
 */
export function assertLayoutShift(result) {
  const { id, speed, status, total, shifts, errors } = result;
  if (errors.length) throw new Error(`${id} at ${speed} ms/event: page errors:\n${errors.join('\n')}`);
  const componentOf = (shift) =>
    knownComponentShifts.find((known) => shift.sources.every((source) => known.source.test(source.node)));
  const where = `${id} at ${speed} ms/event (ended ${status})`;
  const notes = [];
  for (const known of knownComponentShifts) {
    const own = shifts.filter((shift) => componentOf(shift) === known);
    const sum = own.reduce((total, shift) => total + shift.value, 0);
    if (sum > known.cap)
      throw new Error(
        `${where}: the known ${known.component} shift grew to ${sum.toFixed(4)} (cap ${known.cap}):\n${describeShifts(own)}`,
      );
    if (sum > 0) notes.push(`${known.component} ${sum.toFixed(4)}`);
  }
  const rest = shifts.filter((shift) => componentOf(shift) === undefined);
  const counted = rest.reduce((sum, shift) => sum + shift.value, 0);
  if (counted > layoutShiftLimit)
    throw new Error(
      `${where}: layout shift ${counted.toFixed(4)} > ${layoutShiftLimit}` +
        `${notes.length ? ` (set aside as known component shifts: ${notes.join(', ')})` : ''}; ` +
        `largest entries (status when reported):\n${describeShifts(rest)}`,
    );
  const note = `total ${total.toFixed(4)}${notes.length ? ` (known: ${notes.join(', ')}; else ${counted.toFixed(4)})` : ''}`;
  // Within the limit but not nothing: the log says what moved.
  return counted > 0.001 ? `${note}\n${describeShifts(rest, 3)}` : note;
}
