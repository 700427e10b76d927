// The facet panel: one group per dimension with counts and multi-select checkboxes (forum as a tree), and the year
// histogram with from/to inputs. Labels are document content: set as text.
import { el, append, formatCount } from './dom.js';
import { histogram } from './histogram.js';
import { DIMENSION_LABELS } from './state.js';

const SHOWN = 8; // values listed before "Show all"
const ORDER = ['forum', 'year', 'theme', 'type', 'lang', 'clause', 'country'];
const expanded = new Set(); // dimensions whose full list the user opened, kept across searches

/**
 * @param container the #facets element
 * @param facets    the response's facets
 * @param years     the year values to draw (the full histogram, without the date range applied)
 * @param state     the current search state
 * @param actions   {toggle(dim, value, on), dates(from, to)}
 */
export function renderFacets(container, facets, years, state, actions) {
  const groups = [];
  for (const dim of ORDER) {
    if (dim === 'year') {
      const group = yearGroup(years, state, actions);
      if (group) groups.push(group);
      continue;
    }
    const values = facets[dim] || [];
    if (!values.length) continue;
    groups.push(dim === 'forum' ? forumGroup(values, actions) : listGroup(dim, values, actions));
  }
  container.replaceChildren(...groups);
  if (!groups.length) container.appendChild(el('p', 'facet-empty', 'Nothing to refine.'));
}

function group(dim, title) {
  const section = el('section', 'facet');
  section.dataset.dim = dim;
  const heading = el('h3', 'facet-title', title);
  heading.id = 'facet-' + dim;
  section.setAttribute('aria-labelledby', heading.id);
  section.appendChild(heading);
  return section;
}

let uid = 0;

function option(dim, value, actions) {
  const li = el('li', 'facet-option');
  const id = 'f-' + dim + '-' + (++uid);
  const box = el('input');
  box.type = 'checkbox';
  box.id = id;
  box.checked = value.selected;
  box.dataset.dim = dim;
  box.dataset.value = value.value;
  box.addEventListener('change', () => actions.toggle(dim, value.value, box.checked));
  const label = el('label');
  label.htmlFor = id;
  append(label, el('span', 'facet-label', value.label || value.value),
    el('span', 'facet-count', formatCount(value.count)));
  if (dim === 'lang') label.querySelector('.facet-label').lang = 'en';
  append(li, box, label);
  if (value.selected) li.classList.add('is-selected');
  return li;
}

function listGroup(dim, values, actions) {
  const section = group(dim, DIMENSION_LABELS[dim]);
  const list = el('ul', 'facet-list');
  for (const v of values) list.appendChild(option(dim, v, actions));
  section.appendChild(list);
  foldLongList(section, list, dim);
  return section;
}

/** Lists past SHOWN items only on demand ("Show all N"); an item holding a selection always shows. */
function foldLongList(section, list, dim) {
  const items = [...list.children];
  if (items.length <= SHOWN) return;
  const fold = (open) => items.forEach((li, i) => {
    li.hidden = !open && i >= SHOWN && !li.querySelector('input:checked');
  });
  const more = el('button', 'link-button facet-more');
  more.type = 'button';
  const label = (open) => {
    more.textContent = open ? 'Show fewer' : 'Show all ' + items.length;
    more.setAttribute('aria-expanded', String(open));
  };
  more.addEventListener('click', () => {
    const open = !expanded.has(dim);
    if (open) expanded.add(dim); else expanded.delete(dim);
    fold(open);
    label(open);
  });
  fold(expanded.has(dim));
  label(expanded.has(dim));
  section.appendChild(more);
}

/** Forum values are paths ("General Assembly|Third Committee"): children are nested under their parent. */
function forumGroup(values, actions) {
  const section = group('forum', DIMENSION_LABELS.forum);
  const root = el('ul', 'facet-list facet-tree');
  const lists = new Map([['', root]]);
  const sorted = [...values].sort((a, b) => a.value.split('|').length - b.value.split('|').length);
  const placed = new Map();
  for (const v of sorted) {
    const cut = v.value.lastIndexOf('|');
    const parent = cut < 0 ? '' : v.value.slice(0, cut);
    let list = lists.get(parent);
    if (!list) {
      const parentItem = placed.get(parent);
      list = el('ul', 'facet-list facet-children');
      if (parentItem) parentItem.appendChild(list); else root.appendChild(list);
      lists.set(parent, list);
    }
    const li = option('forum', v, actions);
    if (cut >= 0 && !placed.has(parent)) {
      // a selected sub-forum whose parent is not listed: show the path it sits in
      li.querySelector('.facet-label').textContent = v.value.split('|').join(' › ');
    }
    list.appendChild(li);
    placed.set(v.value, li);
  }
  // the server's order (by count) is kept within each level
  section.appendChild(root);
  foldLongList(section, root, 'forum');
  return section;
}

function yearGroup(years, state, actions) {
  if (!years.length && !state.from && !state.to) return null;
  const section = group('year', 'Date');
  const chart = histogram(years, state.from, state.to, (from, to) => actions.dates(from, to));
  if (chart) section.appendChild(chart);

  const form = el('form', 'date-range');
  form.noValidate = true;
  const field = (name, label, value) => {
    const wrap = el('div', 'date-field');
    const input = el('input');
    input.type = 'text';
    input.name = name;
    input.id = 'date-' + name;
    input.value = value;
    input.inputMode = 'numeric';
    input.autocomplete = 'off';
    input.placeholder = 'YYYY';
    input.pattern = '\\d{4}(-\\d{2}(-\\d{2})?)?';
    input.setAttribute('aria-describedby', 'date-format');
    const l = el('label', null, label);
    l.htmlFor = input.id;
    append(wrap, l, input);
    return wrap;
  };
  const apply = el('button', 'btn btn-small', 'Apply');
  apply.type = 'submit';
  const format = el('p', 'date-format', 'Year, or YYYY-MM, or YYYY-MM-DD');
  format.id = 'date-format';
  const error = el('p', 'date-error');
  error.setAttribute('role', 'alert');
  append(form, field('from', 'From', state.from), field('to', 'To', state.to), apply, format, error);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const from = form.elements.from.value.trim();
    const to = form.elements.to.value.trim();
    const bad = [from, to].find((v) => v && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v));
    if (bad !== undefined) {
      error.textContent = '“' + bad + '” is not a date: write 2013, 2013-06 or 2013-06-28.';
      return;
    }
    error.textContent = '';
    actions.dates(from, to);
  });
  section.appendChild(form);
  return section;
}
