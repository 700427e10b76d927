// The reader's citation panels: what this document cites (from its references, each with the verb that carries it),
// what cites it (GET /api/documents/{id}/citations?direction=in), and the references of each paragraph as links under
// its text. Every piece of document text goes in as text.
import { el, append, link, setLanguage, timeNode, paragraphAnchor, readerHref, getJson, formatCount } from './dom.js';

const TYPE_LABELS = {
  recalls: 'recalls', reaffirms: 'reaffirms', takes_note: 'takes note of', welcomes: 'welcomes', endorses: 'endorses',
  pursuant_to: 'acts pursuant to', requests_report: 'requests a report on', decides: 'decides on', refers_to: 'refers to',
};
const CITED_BY_PAGE = 20;

export function typeLabel(type) {
  return TYPE_LABELS[type] || (type ? type.replace(/_/g, ' ') : 'refers to');
}

const $ = (id) => document.getElementById(id);

/** The "Cites N" panel: one entry per reference, linked when the collection has the cited document. */
export function renderCites(doc) {
  const list = $('references');
  list.replaceChildren();
  const symbols = new Set();
  for (const r of doc.references || []) {
    symbols.add(r.symbol);
    const li = el('li', 'reference');
    const head = el('p', 'reference-head');
    if (r.document) head.appendChild(link(readerHref(r.document), r.symbol, 'symbol-link'));
    else {
      // not in the collection: its timeline still lists every document that cites it
      append(head, link('/timeline?symbol=' + encodeURIComponent(r.symbol), r.symbol, 'symbol'),
        el('span', 'reference-missing', 'not in the collection'));
    }
    head.appendChild(el('span', 'citation-type', typeLabel(r.type)));
    const where = doc.paragraphs.find((p) => p.id === r.paragraph);
    if (where) {
      head.appendChild(link('#' + paragraphAnchor(r.paragraph), where.number ? '¶ ' + r.paragraph : 'in text',
        'reference-where'));
    }
    li.appendChild(head);
    if (r.context) li.appendChild(setLanguage(el('p', 'reference-context', r.context), doc.language));
    list.appendChild(li);
  }
  $('references-title').textContent = 'Cites ' + formatCount(symbols.size)
    + (symbols.size === 1 ? ' document' : ' documents');
  $('references-box').hidden = !list.children.length;
}

/** Under a paragraph's text: the documents it cites, as links (the reader's way to follow a reference in the text). */
export function paragraphCites(doc, p) {
  const refs = (doc.references || []).filter((r) => r.paragraph === p.id);
  if (!refs.length) return null;
  const line = el('p', 'para-cites');
  line.appendChild(el('span', 'para-cites-label', 'Cites'));
  for (const r of refs) {
    const item = r.document ? link(readerHref(r.document), r.symbol, 'symbol-link')
      : link('/timeline?symbol=' + encodeURIComponent(r.symbol), r.symbol, 'symbol');
    item.title = typeLabel(r.type) + (r.document ? '' : ' — not in the collection');
    line.appendChild(item);
  }
  return line;
}

/** The "Cited by N" panel: later documents citing this one's symbol, by date, each opening at the citing paragraph. */
export async function renderCitedBy(doc) {
  const box = $('cited-by-box');
  if (!doc.symbol) return;
  const page = await getJson('/api/documents/' + encodeURIComponent(doc.id) + '/citations?direction=in&size='
    + CITED_BY_PAGE);
  if (!page.total) return;
  $('cited-by-title').textContent = 'Cited by ' + formatCount(page.total)
    + (page.total === 1 ? ' paragraph' : ' paragraphs');
  const counts = el('p', 'cited-by-counts');
  counts.textContent = Object.entries(page.counts || {}).filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]).map(([type, n]) => formatCount(n) + ' ' + typeLabel(type)).join(' · ');
  const list = $('cited-by');
  list.replaceChildren();
  for (const e of page.edges) {
    const li = el('li', 'reference');
    const head = el('p', 'reference-head');
    const name = link(readerHref(e.document, null, e.paragraph), e.symbol || e.title || e.document, 'symbol-link');
    if (!e.symbol) setLanguage(name, e.language);
    append(head, name, el('span', 'citation-type', typeLabel(e.type)));
    if (e.date) head.appendChild(timeNode(e.date, 'reference-where'));
    li.appendChild(head);
    if (e.context) li.appendChild(setLanguage(el('p', 'reference-context', e.context), e.language));
    list.appendChild(li);
  }
  const timeline = link('/timeline?symbol=' + encodeURIComponent(doc.symbol), 'Follow-up timeline of ' + doc.symbol,
    'timeline-link');
  $('cited-by-more').replaceChildren(timeline);
  box.insertBefore(counts, list);
  box.hidden = false;
}

/**
 * How a reference may be written in the text: the symbol itself, and the short forms that cite a resolution or
 * decision by number ("resolution 73/195" for A/RES/73/195, "2782 (2025)" for S/RES/2782 (2025)).
 */
function writtenForms(symbol) {
  const forms = [symbol];
  const m = /^(?:[A-Z]+\/)*(?:RES|DEC)\/(.+)$/.exec(symbol);
  if (m) forms.push(m[1]);
  return forms.filter((f) => f.length >= 4);
}

/**
 * The paragraph's text with each reference written in it as a link (the first place each is written); references
 * the text names otherwise (an instrument's name) stay in the "Cites" line below the paragraph.
 */
export function linkedText(doc, p, tag, className) {
  const node = el(tag, className);
  const text = p.text;
  const spans = [];
  for (const r of (doc.references || []).filter((x) => x.paragraph === p.id)) {
    for (const form of writtenForms(r.symbol)) {
      const at = indexOfWhole(text, form);
      if (at >= 0 && !spans.some((s) => at < s.end && at + form.length > s.start)) {
        spans.push({ start: at, end: at + form.length, ref: r });
        break;
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const s of spans) {
    if (s.start > pos) node.appendChild(document.createTextNode(text.slice(pos, s.start)));
    const href = s.ref.document ? readerHref(s.ref.document) : '/timeline?symbol=' + encodeURIComponent(s.ref.symbol);
    const a = link(href, text.slice(s.start, s.end), 'ref-link');
    a.title = s.ref.symbol + ' — ' + typeLabel(s.ref.type) + (s.ref.document ? '' : ' (not in the collection)');
    node.appendChild(a);
    pos = s.end;
  }
  if (pos < text.length) node.appendChild(document.createTextNode(text.slice(pos)));
  return node;
}

/** Where {@code form} stands in {@code text} not glued to a longer number or symbol ("73/195" is not in "173/1950"). */
function indexOfWhole(text, form) {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = at === 0 ? '' : text[at - 1];
    const after = text[at + form.length] || '';
    if (!/[\w/]/.test(before) && !/[\w/]/.test(after)) return at;
  }
  return -1;
}
