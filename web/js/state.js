// The search page's whole state, and its two spellings: the page URL (?q=…&f.forum=…&page=2) and the API query.

export const DIMENSIONS = ['forum', 'year', 'theme', 'type', 'lang', 'clause', 'country'];
export const DIMENSION_LABELS = {
  forum: 'Forum', year: 'Year', theme: 'Theme', type: 'Document type', lang: 'Language', clause: 'Clause',
  country: 'Country',
};
export const SORTS = ['relevance', '-date', 'date'];
export const PAGE_SIZE = 10;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The state a URL query string describes; unknown parameters are ignored, bad values dropped. */
export function fromSearchParams(params) {
  const filters = {};
  for (const dim of DIMENSIONS) {
    const values = params.getAll('f.' + dim).map((v) => v.trim()).filter(Boolean);
    if (values.length) filters[dim] = [...new Set(values)];
  }
  const sort = params.get('sort');
  const page = parseInt(params.get('page') || '1', 10);
  const from = (params.get('from') || '').trim();
  const to = (params.get('to') || '').trim();
  return {
    q: params.get('q') || '',
    filters,
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    sort: SORTS.includes(sort) ? sort : 'relevance',
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 100) : 1,
  };
}

/** The query parameters of the API (search and export) for a state: no paging, no size. */
export function apiParams(state) {
  const params = new URLSearchParams();
  params.set('q', state.q);
  for (const dim of DIMENSIONS) for (const v of state.filters[dim] || []) params.append('f.' + dim, v);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The page URL of a state: "/" plus only what differs from the defaults. */
export function pageUrl(state) {
  const params = apiParams(state);
  if (!state.q) params.delete('q');
  if (state.page > 1) params.set('page', String(state.page));
  const s = params.toString();
  return '/' + (s ? '?' + s : '');
}

export function hasSearch(state) {
  return Boolean(state.q || state.from || state.to || Object.keys(state.filters).length);
}

export function copyState(state) {
  const filters = {};
  for (const [dim, values] of Object.entries(state.filters)) filters[dim] = [...values];
  return { ...state, filters };
}

/** A copy with one filter value added or removed (and back to page 1). */
export function toggled(state, dim, value, on) {
  const next = copyState(state);
  const values = new Set(next.filters[dim] || []);
  if (on) values.add(value); else values.delete(value);
  if (dim === 'forum' && on) {
    // a narrower forum replaces its ancestors and a broader one its descendants: OR-ing them would not narrow
    for (const v of [...values]) {
      if (v !== value && (value.startsWith(v + '|') || v.startsWith(value + '|'))) values.delete(v);
    }
  }
  if (values.size) next.filters[dim] = [...values]; else delete next.filters[dim];
  next.page = 1;
  return next;
}

/** Every active filter as {dim, value} (dates as dim "date"). */
export function activeFilters(state) {
  const out = [];
  for (const dim of DIMENSIONS) for (const value of state.filters[dim] || []) out.push({ dim, value });
  if (state.from || state.to) out.push({ dim: 'date', value: (state.from || '…') + '–' + (state.to || '…') });
  return out;
}

/** A copy without one active filter (as listed by activeFilters). */
export function without(state, filter) {
  if (filter.dim === 'date') return { ...copyState(state), from: '', to: '', page: 1 };
  return toggled(state, filter.dim, filter.value, false);
}
