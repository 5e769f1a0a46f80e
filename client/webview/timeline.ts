/**
 * The timeline webview (browser). It asks for its data with a `ready` message, validates every
 * message it gets, and draws only the rows in view: the layout (model.ts) gives every row's
 * offset, and the list holds a spacer of the full height with the visible rows placed on it.
 * Colours come from VS Code's theme variables only (timeline.css).
 */
import './timeline.css';
import {
  DEFAULT_HEIGHTS, axisBins, axisLabelStride, buildRows, describeEvent, entityChoices, headerIndexes, filterEvents,
  formatTimex, isApproximate, layoutRows, moveFocus, parseTimex, precisionLabel, rowAt, scrollToReveal, sourceChoices,
  strengthLabel, visibleRange, type Layout, type NavKey, type Row,
} from './model';
import {
  parsePersistedState, parseToWebview, type ExportFormat, type FromWebview, type PersistedState, type Scope,
  type SourceDocumentItem, type TimelineEventItem, type ToWebview,
} from './protocol';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: PersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const persisted = parsePersistedState(vscode.getState());

const state = {
  scope: persisted.scope as Scope,
  uri: persisted.uri,
  filter: { ...persisted.filter },
  title: '',
  note: undefined as string | undefined,
  loading: true,
  error: undefined as string | undefined,
  documents: [] as SourceDocumentItem[],
  events: [] as TimelineEventItem[],
  rows: [] as Row[],
  layout: layoutRows([]) as Layout,
  headers: headerIndexes([]),
  /** How many events pass the filters. */
  shown: 0,
  activeRow: -1,
  activeId: persisted.activeId,
  currentId: null as string | null,
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

// ---------------------------------------------------------------------------------------------
// Static structure

const titleEl = el('h1', { id: 'title' }, 'Timeline');
const scopeDoc = el('button', { type: 'button', id: 'scope-document', textContent: 'This document' });
const scopeWs = el('button', { type: 'button', id: 'scope-workspace', textContent: 'Workspace' });
const scopeGroup = el('div', { className: 'segmented', role: 'group' }, scopeDoc, scopeWs);
scopeGroup.setAttribute('aria-label', 'Scope');
const entitySelect = el('select', { id: 'filter-entity' });
const sourceSelect = el('select', { id: 'filter-source' });
const exportCsv = el('button', { type: 'button', id: 'export-events-csv', textContent: 'CSV', title: 'Export the events shown as CSV' });
const exportTljs = el('button', { type: 'button', id: 'export-timelinejs', textContent: 'TimelineJS', title: 'Export the events shown as TimelineJS JSON' });
const exportEntities = el('button', { type: 'button', id: 'export-entities-csv', textContent: 'Entities', title: 'Export the entities as CSV' });
const countEl = el('span', { id: 'count', className: 'count' });
countEl.setAttribute('role', 'status');
const toolbar = el('header', { className: 'toolbar' },
  titleEl,
  scopeGroup,
  el('label', { className: 'filter' }, el('span', {}, 'Entity'), entitySelect),
  el('label', { className: 'filter' }, el('span', {}, 'Source'), sourceSelect),
  el('div', { className: 'exports', role: 'group', ariaLabel: 'Export' }, el('span', { className: 'exports-label' }, 'Export'), exportCsv, exportTljs, exportEntities),
  countEl,
);
const axis = el('nav', { className: 'axis', id: 'axis' });
axis.setAttribute('aria-label', 'Years');
const spacer = el('div', { className: 'spacer' });
const list = el('div', { id: 'list', className: 'list', tabIndex: 0 }, spacer);
list.setAttribute('role', 'listbox');
list.setAttribute('aria-label', 'Dated events, in chronological order');
const sticky = el('div', { className: 'sticky', ariaHidden: 'true' });
const listWrap = el('div', { className: 'list-wrap' }, list, sticky);
const message = el('div', { id: 'message', className: 'message' });
const legend = el('footer', { className: 'legend', ariaHidden: 'true' },
  ...[5, 4, 3, 2, 1, 0].map((s) => el('span', { className: `legend-item s${s}` }, el('span', { className: 'swatch' }), strengthLabel(s))),
  el('span', { className: 'legend-item approx' }, el('span', { className: 'swatch' }), 'Approximate date'),
);
document.body.append(toolbar, axis, message, listWrap, legend);

// ---------------------------------------------------------------------------------------------
// Messages

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

function persist(): void {
  vscode.setState({
    scope: state.scope,
    filter: { ...state.filter },
    ...(state.activeId ? { activeId: state.activeId } : {}),
    ...(state.uri ? { uri: state.uri } : {}),
  });
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const msg = parseToWebview(event.data);
  if (!msg) return;
  handle(msg);
});

function handle(msg: ToWebview): void {
  switch (msg.type) {
    case 'events':
      state.loading = false;
      state.error = undefined;
      state.scope = msg.scope;
      if (msg.uri) state.uri = msg.uri;
      state.title = msg.title;
      state.note = msg.note;
      state.documents = msg.documents;
      state.events = msg.events;
      refresh();
      break;
    case 'loading':
      state.loading = true;
      state.scope = msg.scope;
      updateChrome();
      break;
    case 'error':
      state.loading = false;
      state.error = msg.message;
      updateChrome();
      break;
    case 'current':
      state.currentId = msg.id;
      for (const node of rendered.values()) node.classList.toggle('current', node.dataset.id === msg.id);
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// Data → rows

function fillSelect(select: HTMLSelectElement, allLabel: string, choices: { value: string; label: string; count: number }[], value: string): string {
  const keep = choices.some((c) => c.value === value) ? value : '';
  select.replaceChildren(
    el('option', { value: '', textContent: allLabel }),
    ...choices.map((c) => el('option', { value: c.value, textContent: `${c.label} (${c.count})` })),
  );
  select.value = keep;
  return keep;
}

/** Rebuilds rows and layout from the events and filters, then draws. */
function refresh(): void {
  const t0 = performance.now();
  const phases: string[] = [];
  const mark = (name: string) => phases.push(`${name}:${(performance.now() - t0).toFixed(1)}`);
  state.filter.entity = fillSelect(entitySelect, 'All entities', entityChoices(state.events), state.filter.entity);
  state.filter.source = fillSelect(sourceSelect, 'All sources', sourceChoices(state.documents, state.events), state.filter.source);
  sourceSelect.disabled = state.scope === 'document';
  mark('filters');
  const shown = filterEvents(state.events, state.filter);
  state.rows = buildRows(shown);
  state.shown = shown.length;
  state.layout = layoutRows(state.rows, DEFAULT_HEIGHTS);
  state.headers = headerIndexes(state.rows);
  mark('rows');
  state.activeRow = state.activeId ? state.rows.findIndex((r) => r.kind === 'event' && r.key === state.activeId) : -1;
  spacer.style.height = `${state.layout.total}px`;
  clearRendered();
  drawAxis();
  mark('axis');
  updateChrome();
  render();
  mark('window');
  const ms = performance.now() - t0;
  document.body.dataset.renderMs = ms.toFixed(1);
  document.body.dataset.renderPhases = phases.join(' ');
  post({ type: 'rendered', events: state.events.length, shown: shown.length, ms });
  persist();
}

function updateChrome(): void {
  titleEl.textContent = state.title ? `Timeline: ${state.title}` : 'Timeline';
  scopeDoc.setAttribute('aria-pressed', String(state.scope === 'document'));
  scopeWs.setAttribute('aria-pressed', String(state.scope === 'workspace'));
  const shown = state.shown;
  countEl.textContent = state.loading ? 'Loading…' : shown === state.events.length ? `${shown} events` : `${shown} of ${state.events.length} events`;
  list.setAttribute('aria-busy', String(state.loading));
  let text = '';
  if (state.error) text = state.error;
  else if (!state.loading && state.events.length === 0) text = state.note ?? (state.scope === 'document' ? 'No dated events in this document.' : 'No dated events in the workspace.');
  else if (!state.loading && shown === 0) text = 'No event matches the filters.';
  message.textContent = text;
  message.hidden = text === '';
  const empty = shown === 0;
  exportCsv.disabled = empty;
  exportTljs.disabled = empty;
}

/** The axis's width, kept by a ResizeObserver so drawing never has to measure. */
let axisWidth = Math.max(200, window.innerWidth - 24);
new ResizeObserver((entries) => {
  const width = entries[0]?.contentRect.width;
  if (!width || Math.abs(width - axisWidth) < 48) return;
  axisWidth = width;
  drawAxis();
}).observe(axis);

function drawAxis(): void {
  const bins = axisBins(state.rows);
  axis.hidden = bins.length === 0;
  const stride = axisLabelStride(bins.length, Math.max(1, Math.floor(axisWidth / 48)));
  axis.replaceChildren(...bins.map((bin, i) => {
    const button = el('button', { type: 'button', className: 'bin', title: `${bin.label}: ${bin.count} event${bin.count === 1 ? '' : 's'}`, tabIndex: -1 },
      el('span', { className: 'bar' }),
      el('span', { className: 'tick', textContent: i % stride === 0 || i === bins.length - 1 ? bin.label : '' }),
    );
    (button.firstChild as HTMLElement).style.height = `${Math.max(8, Math.round(bin.weight * 100))}%`;
    button.addEventListener('click', () => {
      const next = moveFocus(state.rows, bin.row, 'ArrowDown');
      if (next >= 0) setActive(next, { reveal: 'top' });
      list.focus();
    });
    return button;
  }));
}

// ---------------------------------------------------------------------------------------------
// Windowed rendering

const rendered = new Map<string, HTMLElement>();

function clearRendered(): void {
  for (const node of rendered.values()) node.remove();
  rendered.clear();
}

function rowElement(row: Row, index: number): HTMLElement {
  if (row.kind !== 'event') {
    const node = el('div', { className: `row ${row.kind}` },
      el('span', { className: 'label', textContent: row.label }),
      el('span', { className: 'row-count', textContent: `${row.count}` }),
    );
    node.setAttribute('role', 'presentation');
    node.setAttribute('aria-hidden', 'true');
    return node;
  }
  const e = row.event;
  const approximate = isApproximate(e);
  const node = el('div', {
    className: `row event s${e.strength}${approximate ? ' approx' : ''}`,
    id: `event-${row.ordinal}`,
    title: [e.summary, e.entities.join(', '), `${strengthLabel(e.strength)} · ${e.title}`].filter(Boolean).join('\n'),
  },
  el('span', { className: 'mark' }, el('span', { className: 'dot' })),
  el('div', { className: 'when' },
    el('span', { className: 'date', textContent: `${approximate ? '≈ ' : ''}${formatTimex(e.date, e.mod)}` }),
    el('span', { className: 'badges' },
      el('span', { className: 'badge precision', textContent: precisionLabel(e.date) }),
      ...(approximate ? [el('span', { className: 'badge approx-badge', textContent: 'approx.' })] : []),
    ),
  ),
  el('div', { className: 'body' },
    el('div', { className: 'summary', textContent: e.summary }),
    el('div', { className: 'meta' },
      el('span', { className: 'strength', textContent: strengthLabel(e.strength) }),
      el('span', { className: 'source', textContent: e.title }),
      el('span', { className: 'entities', textContent: e.entities.join(', ') }),
    ),
  ));
  node.setAttribute('role', 'option');
  node.setAttribute('aria-label', describeEvent(e));
  node.setAttribute('aria-posinset', String(row.ordinal + 1));
  node.setAttribute('aria-setsize', String(state.shown));
  node.dataset.id = e.id;
  node.dataset.row = String(index);
  node.dataset.ordinal = String(row.ordinal);
  node.dataset.date = e.date;
  node.dataset.precision = parseTimex(e.date).kind;
  if (e.mod) node.dataset.mod = e.mod;
  node.dataset.uri = e.uri;
  node.dataset.range = `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}`;
  return node;
}

/** Puts the rows in view (and the active row) in the DOM, and only those. */
function render(): void {
  const t0 = performance.now();
  // Read the geometry once, before any DOM write, so drawing never forces a layout.
  const scrollTop = list.scrollTop;
  const { start, end } = visibleRange(state.layout, scrollTop, list.clientHeight || 600);
  const wanted = new Set<number>();
  for (let i = start; i < end; i++) wanted.add(i);
  if (state.activeRow >= 0) wanted.add(state.activeRow);
  const keep = new Set<string>();
  for (const index of wanted) {
    const row = state.rows[index]!;
    const key = `${index}:${row.key}`;
    keep.add(key);
    let node = rendered.get(key);
    if (!node) {
      node = rowElement(row, index);
      node.style.transform = `translateY(${state.layout.offsets[index]}px)`;
      rendered.set(key, node);
      spacer.append(node);
    }
    if (row.kind === 'event') {
      const active = index === state.activeRow;
      node.classList.toggle('active', active);
      node.setAttribute('aria-selected', String(active));
      node.classList.toggle('current', row.event.id === state.currentId);
    }
  }
  for (const [key, node] of rendered) {
    if (!keep.has(key)) {
      node.remove();
      rendered.delete(key);
    }
  }
  const active = state.rows[state.activeRow];
  if (active?.kind === 'event') list.setAttribute('aria-activedescendant', `event-${active.ordinal}`);
  else list.removeAttribute('aria-activedescendant');
  drawSticky(scrollTop);
  // Cost of the last windowed draw, for the end-to-end timing report.
  list.dataset.windowMs = (performance.now() - t0).toFixed(2);
}

/** Keeps the year and period of the top row in view once their headers scroll away. */
function drawSticky(scrollTop: number): void {
  const top = rowAt(state.layout, scrollTop);
  const yearRow = state.headers.year[top] ?? -1;
  const show = state.rows.length > 0 && yearRow >= 0 && scrollTop > (state.layout.offsets[yearRow] ?? 0);
  sticky.hidden = !show;
  if (!show) return;
  const year = state.rows[yearRow]!;
  const periodRow = state.headers.period[top] ?? -1;
  const period = periodRow >= 0 ? state.rows[periodRow] : undefined;
  const text = period && period.kind !== 'event' ? `${year.kind === 'event' ? '' : year.label} · ${period.label}` : year.kind === 'event' ? '' : year.label;
  if (sticky.textContent !== text) sticky.textContent = text;
}

let frame = 0;
function scheduleRender(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    render();
  });
}

list.addEventListener('scroll', scheduleRender, { passive: true });
new ResizeObserver(() => {
  scheduleRender();
}).observe(list);

// ---------------------------------------------------------------------------------------------
// Focus, keyboard and mouse

function setActive(index: number, options: { reveal?: 'nearest' | 'top' } = {}): void {
  const row = state.rows[index];
  if (!row || row.kind !== 'event') return;
  state.activeRow = index;
  state.activeId = row.key;
  if (options.reveal === 'top') list.scrollTop = Math.max(0, (state.layout.offsets[index] ?? 0) - DEFAULT_HEIGHTS.year - DEFAULT_HEIGHTS.period);
  else if (options.reveal) list.scrollTop = scrollToReveal(state.layout, index, list.scrollTop, list.clientHeight, DEFAULT_HEIGHTS.period);
  render();
  persist();
}

function reveal(index: number, preserveFocus: boolean): void {
  const row = state.rows[index];
  if (row?.kind !== 'event') return;
  post({ type: 'reveal', id: row.event.id, ...(preserveFocus ? { preserveFocus: true } : {}) });
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

list.addEventListener('keydown', (event) => {
  if (NAV_KEYS.has(event.key)) {
    event.preventDefault();
    const page = Math.max(1, Math.floor(list.clientHeight / DEFAULT_HEIGHTS.event) - 1);
    const from = state.activeRow >= 0 ? state.activeRow : visibleRange(state.layout, list.scrollTop, list.clientHeight, 0).start - 1;
    const next = moveFocus(state.rows, from, event.key as NavKey, page);
    if (next >= 0) setActive(next, { reveal: 'nearest' });
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    if (state.activeRow >= 0) reveal(state.activeRow, event.key === ' ');
  }
});

list.addEventListener('focus', () => {
  if (state.activeRow >= 0 && state.activeRow < state.rows.length) {
    setActive(state.activeRow, { reveal: 'nearest' });
    return;
  }
  const first = visibleRange(state.layout, list.scrollTop, list.clientHeight, 0).start;
  const next = moveFocus(state.rows, first - 1, 'ArrowDown');
  if (next >= 0) setActive(next);
});

list.addEventListener('click', (event) => {
  const node = (event.target as HTMLElement).closest<HTMLElement>('.row.event');
  if (!node?.dataset.row) return;
  const index = Number(node.dataset.row);
  setActive(index);
  list.focus({ preventScroll: true });
  reveal(index, false);
});

scopeDoc.addEventListener('click', () => setScope('document'));
scopeWs.addEventListener('click', () => setScope('workspace'));

function setScope(scope: Scope): void {
  if (scope === state.scope && !state.loading) return;
  state.scope = scope;
  state.activeId = undefined;
  state.activeRow = -1;
  persist();
  post({ type: 'setScope', scope });
}

entitySelect.addEventListener('change', () => {
  state.filter.entity = entitySelect.value;
  refresh();
});
sourceSelect.addEventListener('change', () => {
  state.filter.source = sourceSelect.value;
  refresh();
});

function exportAs(format: ExportFormat): void {
  post({ type: 'export', format, filter: { ...state.filter } });
}
exportCsv.addEventListener('click', () => exportAs('events-csv'));
exportTljs.addEventListener('click', () => exportAs('timelinejs'));
exportEntities.addEventListener('click', () => exportAs('entities-csv'));

updateChrome();
post({ type: 'ready' });
