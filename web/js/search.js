// The search page. The URL is the state (q, f.*, from, to, sort, page): every search is a history entry, so the back
// button walks back through searches and a copied link reproduces the page. Document text only ever goes in as text.
import { el, append, link, passageNode, setLanguage, timeNode, formatCount, readerHref, getJson } from './dom.js';
import {
  PAGE_SIZE, DIMENSION_LABELS, fromSearchParams, apiParams, pageUrl, hasSearch, copyState, toggled, activeFilters,
  without,
} from './state.js';
import { renderFacets } from './facets.js';
import { renderNoResults } from './no-results.js';

const $ = (id) => document.getElementById(id);
const form = $('search-form');
const input = $('q');
const sortSelect = $('sort');
const statusLine = $('status');
const results = $('results');
const more = $('more');
const chips = $('chips');
const message = $('message');
const facetsBox = $('facets');
const rootData = document.documentElement.dataset;

let state = fromSearchParams(new URLSearchParams(location.search));
let nextCursor = null;
let shown = 0;
let inFlight = null;
const labels = new Map(); // "dim\u0000value" → label, for chips

if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

/** Goes to a new state: a new history entry, then the search. */
function navigate(next, options = {}) {
  saveScroll();
  state = next;
  history.pushState({ search: true }, '', pageUrl(state));
  run({ focusResults: options.focusResults });
}

function saveScroll() {
  history.replaceState({ ...(history.state || {}), scrollY: window.scrollY }, '');
}

const actions = {
  toggle(dim, value, on) { navigate(toggled(state, dim, value, on)); },
  dates(from, to) { navigate({ ...copyState(state), from, to, page: 1 }); },
};

function sizeFor(pages) { return Math.min(100, pages * PAGE_SIZE); }

/** Searches for the current state: the result list up to state.page pages, facets and the year histogram. */
async function run({ focusResults = false, restoreScroll = null } = {}) {
  if (inFlight) inFlight.abort();
  const controller = new AbortController();
  inFlight = controller;
  input.value = state.q;
  sortSelect.value = state.sort;
  results.setAttribute('aria-busy', 'true');
  rootData.ready = 'false';
  const params = apiParams(state);
  const wanted = state.page * PAGE_SIZE;
  try {
    const first = params.toString() + '&size=' + sizeFor(state.page);
    const body = await getJson('/api/search?' + first, controller.signal);
    const hits = [...body.hits];
    let cursor = body.nextCursor;
    while (cursor && hits.length < wanted) { // more than 100 hits to restore: follow the cursors
      const page = await getJson('/api/search?' + params + '&size=' + sizeFor(Math.ceil((wanted - hits.length)
        / PAGE_SIZE)) + '&cursor=' + encodeURIComponent(cursor), controller.signal);
      hits.push(...page.hits);
      cursor = page.nextCursor;
    }
    // the year facet ignores the date range as it ignores f.year, so the histogram shows every year around a range
    const years = body.facets.year || [];
    if (controller !== inFlight) return;
    render(body, hits, cursor, years);
    if (restoreScroll !== null) window.scrollTo(0, restoreScroll);
    else if (focusResults) $('results-heading').focus();
  } catch (e) {
    if (e.name === 'AbortError') return;
    showError(e);
  } finally {
    if (controller === inFlight) {
      results.removeAttribute('aria-busy');
      inFlight = null;
      // for tests and tools: how many searches this page has rendered, and whether it is settled
      rootData.renders = String(Number(rootData.renders || 0) + 1);
      rootData.ready = 'true';
    }
  }
}

function render(body, hits, cursor, years) {
  for (const [dim, values] of Object.entries(body.facets)) {
    for (const v of values) labels.set(dim + '\u0000' + v.value, v.label);
  }
  sessionStorage.setItem('travaux.lastSearch', pageUrl(state));
  document.title = (state.q ? '“' + state.q + '” — ' : '') + 'Travaux search';
  renderStatus(body);
  renderChips();
  renderExport(body.total);
  renderFacets(facetsBox, body.facets, years, state, actions);
  results.replaceChildren(...hits.map(renderHit));
  shown = hits.length;
  nextCursor = cursor;
  more.hidden = !nextCursor;
  $('paging-note').textContent = body.total > 0 && !nextCursor && shown > PAGE_SIZE
    ? 'All ' + formatCount(shown) + ' results shown.' : '';
  message.hidden = true;
  message.replaceChildren();
  if (!hits.length) {
    message.hidden = false;
    renderNoResults(message, state, navigate, filterLabel);
  }
}

function renderStatus(body) {
  const n = formatCount(body.total) + (body.totalExact ? '' : '+');
  const what = body.total === 1 ? ' document' : ' documents';
  const verb = body.total === 1 ? ' matches' : ' match';
  let text = hasSearch(state) ? n + what + verb + (state.q ? ' “' + state.q + '”' : ' the filters')
    : n + what + ' in the collection';
  if (body.relaxed) {
    text = 'No document has every word of “' + state.q + '”: ' + n + what + ' with most of them';
  }
  if (body.partial) text += ' — the search was cut short, so there may be more';
  statusLine.textContent = text + '.';
}

function filterLabel(filter) {
  if (filter.dim === 'date') return 'Date: ' + filter.value;
  const label = labels.get(filter.dim + '\u0000' + filter.value)
    || (filter.dim === 'forum' ? filter.value.split('|').join(' › ') : filter.value);
  return DIMENSION_LABELS[filter.dim] + ': ' + label;
}

function renderChips() {
  const filters = activeFilters(state);
  chips.hidden = !filters.length;
  $('facets-toggle').textContent = filters.length ? 'Filters (' + filters.length + ' active)' : 'Filters';
  const list = el('ul', 'chip-list');
  list.setAttribute('aria-label', 'Active filters');
  for (const f of filters) {
    const b = el('button', 'chip');
    b.type = 'button';
    const label = filterLabel(f);
    append(b, el('span', 'chip-text', label), el('span', 'chip-x', '×'));
    b.querySelector('.chip-x').setAttribute('aria-hidden', 'true');
    b.setAttribute('aria-label', 'Remove filter ' + label);
    b.addEventListener('click', () => navigate(without(state, f)));
    list.appendChild(append(el('li'), b));
  }
  const items = [list];
  if (filters.length > 1) {
    const clear = el('button', 'link-button chips-clear', 'Clear all filters');
    clear.type = 'button';
    clear.addEventListener('click', () => navigate({ ...copyState(state), filters: {}, from: '', to: '', page: 1 }));
    items.push(clear);
  }
  chips.replaceChildren(...items);
}

function renderExport(total) {
  const box = $('export');
  box.hidden = total === 0;
  const params = apiParams(state).toString();
  $('export-csv').href = '/api/export?format=csv&' + params;
  $('export-json').href = '/api/export?format=json&' + params;
  $('export-csv').setAttribute('aria-label', 'Export the first 1,000 results as CSV');
  $('export-json').setAttribute('aria-label', 'Export the first 1,000 results as JSON');
}

function renderHit(hit, index) {
  const li = el('li', 'hit');
  const article = el('article');
  const titleId = 'hit-' + index;
  article.setAttribute('aria-labelledby', titleId);
  const h = el('h3', 'hit-title');
  const a = link(readerHref(hit.id, state.q), hit.title || hit.symbol || hit.source);
  a.id = titleId;
  setLanguage(a, hit.language);
  h.appendChild(a);
  const meta = el('p', 'hit-meta');
  if (hit.symbol) meta.appendChild(el('span', 'symbol', hit.symbol));
  if (hit.forum && hit.forum.length) meta.appendChild(el('span', 'meta-forum', hit.forum.join(' › ')));
  if (hit.date) meta.appendChild(timeNode(hit.date, 'meta-date'));
  if (hit.type) meta.appendChild(el('span', 'meta-type', hit.type[0].toUpperCase() + hit.type.slice(1)));
  if (hit.language) meta.appendChild(el('span', 'meta-lang', hit.language.toUpperCase()));
  append(article, h, meta);
  if (hit.passages && hit.passages.length) {
    const list = el('ul', 'passages');
    for (const p of hit.passages) {
      const item = el('li', 'passage');
      // the full number ("15 (c)") rather than the printed one ("(c)") when the id spells it out
      const number = p.paragraph && p.id.endsWith(p.paragraph) && !p.id.includes('~') ? p.id : p.paragraph;
      const label = number ? '¶ ' + number : '¶';
      const go = link(readerHref(hit.id, state.q, p.id), label, 'passage-link');
      go.setAttribute('aria-label', (number ? 'Paragraph ' + number : 'Passage') + ' of '
        + (hit.symbol || hit.title || 'this document'));
      const text = passageNode(p.html, 'span');
      text.className = 'passage-text';
      setLanguage(text, hit.language);
      append(item, go, text);
      list.appendChild(item);
    }
    article.appendChild(list);
  }
  li.appendChild(article);
  return li;
}

function showError(e) {
  statusLine.textContent = e.status === 400 ? 'The search could not be read.' : 'The search failed.';
  message.hidden = false;
  const box = el('div', 'notice notice-error');
  box.setAttribute('role', 'alert');
  append(box, el('p', 'notice-title', e.status === 400 ? 'Check the query' : 'Something went wrong'),
    el('p', null, e.message));
  message.replaceChildren(box);
  results.replaceChildren();
  more.hidden = true;
}

async function loadMore() {
  more.disabled = true;
  try {
    const body = await getJson('/api/search?' + apiParams(state) + '&size=' + PAGE_SIZE + '&cursor='
      + encodeURIComponent(nextCursor));
    const start = shown;
    body.hits.forEach((hit, i) => results.appendChild(renderHit(hit, start + i)));
    shown += body.hits.length;
    nextCursor = body.nextCursor;
    more.hidden = !nextCursor;
    state = { ...state, page: Math.ceil(shown / PAGE_SIZE) };
    history.replaceState(history.state, '', pageUrl(state));
    const firstNew = results.children[start];
    if (firstNew) firstNew.querySelector('.hit-title a').focus();
  } catch (e) {
    showError(e);
  } finally {
    more.disabled = false;
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  navigate({ ...copyState(state), q: input.value.trim(), page: 1 }, { focusResults: false });
});
sortSelect.addEventListener('change', () => navigate({ ...copyState(state), sort: sortSelect.value, page: 1 }));
more.addEventListener('click', loadMore);
window.addEventListener('popstate', (e) => {
  state = fromSearchParams(new URLSearchParams(location.search));
  run({ restoreScroll: e.state && typeof e.state.scrollY === 'number' ? e.state.scrollY : 0 });
});
window.addEventListener('pagehide', saveScroll);

const toggle = $('facets-toggle');
toggle.addEventListener('click', () => {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  document.body.classList.toggle('facets-open', open);
});

run({ restoreScroll: history.state && typeof history.state.scrollY === 'number' ? history.state.scrollY : null });
