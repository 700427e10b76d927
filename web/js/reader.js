// The reader: /doc/{id}[?q=…][#para-…]. Loads GET /api/documents/{id}, renders metadata, outline and every paragraph
// with its anchor, marks the paragraph the URL points at, and highlights the query's matches. Text is set as text.
import { el, append, link, setLanguage, languageName, timeNode, formatDate, humanize, paragraphAnchor, getJson } from './dom.js';
import { documentCitation, paragraphCitation, permalink, exportMenu, copyButton } from './citations.js';
import { initFind } from './reader-find.js';
import { renderCites, renderCitedBy, paragraphCites, linkedText } from './reader-citations.js';

const $ = (id) => document.getElementById(id);
const documentId = decodeURIComponent(location.pathname.replace(/^\/doc\//, '').replace(/\/$/, ''));
const query = new URLSearchParams(location.search).get('q') || '';
const FORMAT_NAMES = {
  'application/pdf': 'PDF', 'text/plain': 'text', 'text/html': 'HTML', 'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word', 'application/rtf': 'RTF',
  'application/vnd.oasis.opendocument.text': 'ODT',
};

/** The element of a URL fragment "#para-…", whichever way the paragraph id was percent-encoded. */
function targetOf(hash) {
  if (!hash || hash.length < 2) return null;
  const raw = hash.slice(1);
  const direct = document.getElementById(raw);
  if (direct) return direct;
  try {
    const decoded = decodeURIComponent(raw);
    if (decoded.startsWith('para-')) return document.getElementById(paragraphAnchor(decoded.slice(5)));
    return document.getElementById(decoded);
  } catch (e) {
    if (e instanceof URIError) return null;
    throw e;
  }
}

/** Marks, scrolls to and focuses the paragraph the URL fragment names. */
function goToHash(smooth) {
  document.querySelectorAll('.is-target').forEach((n) => n.classList.remove('is-target'));
  const target = targetOf(location.hash);
  if (!target) return null;
  target.classList.add('is-target');
  target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  target.focus({ preventScroll: true });
  return target;
}

function metaRow(dl, term, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
  const dd = el('dd');
  if (value instanceof Node) dd.appendChild(value); else dd.textContent = Array.isArray(value) ? value.join('; ') : String(value);
  append(dl, el('dt', null, term), dd);
}

function renderHead(doc) {
  document.title = (doc.symbol ? doc.symbol + ' — ' : '') + (doc.title || 'Document') + ' — Travaux';
  const kicker = $('doc-kicker');
  kicker.replaceChildren();
  if (doc.symbol) kicker.appendChild(el('span', 'symbol', doc.symbol));
  if (doc.forum && doc.forum.length) kicker.appendChild(el('span', 'kicker-forum', doc.forum.join(' › ')));
  const title = $('doc-title');
  title.textContent = doc.title || doc.symbol || doc.source;
  setLanguage(title, doc.language);
  const line = $('doc-line');
  line.replaceChildren();
  if (doc.date) line.appendChild(timeNode(doc.date));
  if (doc.type) line.appendChild(el('span', null, humanize(doc.type)));
  if (doc.language) line.appendChild(el('span', null, languageName(doc.language)));
  if (doc.session) line.appendChild(el('span', null, 'Session ' + doc.session));

  const actions = $('doc-actions');
  const format = FORMAT_NAMES[doc.mediaType] || 'file';
  const download = link('/api/documents/' + encodeURIComponent(doc.id) + '/original', 'Download original (' + format + ')',
    'btn btn-secondary');
  download.setAttribute('download', '');
  actions.replaceChildren(download,
    copyButton('Copy citation', 'Copy the citation of this document', 'Citation', documentCitation(doc)),
    copyButton('Copy link', 'Copy a link to this document', 'Link', permalink(doc)),
    exportMenu(doc, null, 'Export citation', 'Export the citation of this document'));
  actions.querySelectorAll('.btn-mini').forEach((b) => { b.className = 'btn btn-secondary'; });
  $('doc-head').removeAttribute('aria-busy');
}

function renderMeta(doc) {
  const dl = $('doc-meta');
  dl.replaceChildren();
  metaRow(dl, 'Symbol', doc.symbol);
  metaRow(dl, 'Forum', doc.forum && doc.forum.join(' › '));
  metaRow(dl, 'Date', doc.date ? timeNode(doc.date) : null);
  metaRow(dl, 'Meetings', (doc.meetingDates || []).map(formatDate));
  metaRow(dl, 'Session', doc.session);
  metaRow(dl, doc.agendaItems && doc.agendaItems.length > 1 ? 'Agenda items' : 'Agenda item', doc.agendaItems);
  metaRow(dl, 'Type', doc.type && humanize(doc.type));
  metaRow(dl, 'Language', doc.language && languageName(doc.language));
  if (doc.originalLanguage && doc.originalLanguage !== doc.language) {
    metaRow(dl, 'Original', languageName(doc.originalLanguage));
  }
  metaRow(dl, 'Distribution', doc.distribution);
  metaRow(dl, 'Country', doc.country);
  metaRow(dl, 'Speaker', doc.speaker);
  if (doc.themes && doc.themes.length) {
    const list = el('ul', 'theme-list');
    for (const t of doc.themes) {
      const a = link('/?f.theme=' + encodeURIComponent(t.code), t.label || humanize(t.code));
      list.appendChild(append(el('li'), a));
    }
    metaRow(dl, 'Themes', list);
  }
  for (const [key, value] of Object.entries(doc.extra || {})) metaRow(dl, humanize(key), value);
  metaRow(dl, 'Pages', doc.pages || null);
  metaRow(dl, 'File', doc.source);
  if (doc.note) metaRow(dl, 'Note', doc.note);
  if (doc.notes && doc.notes.length) metaRow(dl, 'To check', doc.notes);
}

function renderParagraph(doc, p) {
  const anchor = paragraphAnchor(p.id);
  if (p.kind === 'heading') {
    const h = el('h2', 'para para-heading', p.text);
    h.id = anchor;
    h.tabIndex = -1;
    h.dataset.pid = p.id;
    if (p.language && p.language !== doc.language) setLanguage(h, p.language);
    return h;
  }
  const div = el('div', 'para para-' + (p.kind || 'paragraph').replace(/_/g, '-'));
  div.id = anchor;
  div.tabIndex = -1;
  div.dataset.pid = p.id;
  if (p.clause) div.classList.add('clause-' + p.clause);
  const label = p.number ? p.id : '¶';
  const num = link('#' + anchor, label, 'para-num');
  num.setAttribute('aria-label', 'Paragraph ' + (p.number ? p.id : p.id.replace(/^p/, '')) + ': link here');
  const text = linkedText(doc, p, 'p', 'para-text');
  if (p.language && p.language !== doc.language) setLanguage(text, p.language);
  const actions = el('div', 'para-actions');
  const name = p.number ? 'paragraph ' + p.id : 'this paragraph';
  append(actions,
    copyButton('Copy link', 'Copy link to ' + name, 'Link', permalink(doc, p)),
    copyButton('Copy citation', 'Copy citation of ' + name, 'Citation', paragraphCitation(doc, p)),
    exportMenu(doc, p, 'Export', 'Export the citation of ' + name));
  actions.querySelector('.btn-mini + .btn-mini').dataset.citation = paragraphCitation(doc, p);
  append(div, num, text);
  const cites = paragraphCites(doc, p);
  if (cites) div.appendChild(cites);
  div.appendChild(actions);
  return div;
}

/**
 * The outline, from the paragraphs' section paths (a heading's own path is not used: it can name the section before
 * it). Each path's first appearance becomes an entry linking to the heading of that name, else to the paragraph;
 * headings no paragraph sits under are listed where they occur.
 */
function renderOutline(doc) {
  const outline = $('outline');
  outline.replaceChildren();
  const headings = new Map();
  const inPaths = new Set();
  for (const p of doc.paragraphs) {
    if (p.kind === 'heading' && !headings.has(p.text.trim())) headings.set(p.text.trim(), p);
    else for (const title of p.section || []) inPaths.add(title.trim());
  }
  const seen = new Set();
  const entry = (title, depth, target) => {
    const item = el('li', 'outline-item depth-' + Math.min(depth, 3));
    item.appendChild(link('#' + paragraphAnchor(target.id), title));
    outline.appendChild(item);
  };
  for (const p of doc.paragraphs) {
    if (p.kind === 'heading') {
      if (!inPaths.has(p.text.trim())) entry(p.text.trim(), 0, p);
      continue;
    }
    const path = (p.section || []).map((t) => t.trim());
    path.forEach((title, depth) => {
      const key = path.slice(0, depth + 1).join('\u0000');
      if (!title || seen.has(key)) return;
      seen.add(key);
      entry(title, depth, headings.get(title) || p);
    });
  }
  $('outline-box').hidden = !outline.children.length;
}

function renderVersions(doc) {
  const list = $('versions');
  list.replaceChildren();
  for (const v of doc.versions || []) {
    const a = link('/doc/' + encodeURIComponent(v.id) + location.hash, languageName(v.language) || v.language);
    const li = append(el('li'), a);
    if (v.title) li.appendChild(setLanguage(el('span', 'version-title', v.title), v.language));
    list.appendChild(li);
  }
  $('versions-box').hidden = !list.children.length;
}

function renderText(doc) {
  const article = $('doc-text');
  setLanguage(article, doc.language);
  const fragment = document.createDocumentFragment();
  for (const p of doc.paragraphs) fragment.appendChild(renderParagraph(doc, p));
  article.replaceChildren(fragment);
}

function showFailure(e) {
  $('doc-head').removeAttribute('aria-busy');
  $('doc-title').textContent = e.status === 404 ? 'Document not found' : 'The document could not be loaded';
  const box = $('doc-message');
  box.hidden = false;
  const notice = el('div', 'notice notice-error');
  notice.setAttribute('role', 'alert');
  append(notice, el('p', null, e.message), append(el('p'), link('/', 'Search the collection')));
  box.replaceChildren(notice);
  document.querySelector('.reader-nav').hidden = true;
  document.querySelector('.reader-aside').hidden = true;
}

function layoutDisclosures() {
  // side boxes are open on a wide screen, closed on a phone where they would push the text down
  const wide = window.matchMedia('(min-width: 62rem)');
  const apply = () => { for (const id of ['outline-box', 'about-box']) $(id).open = wide.matches; };
  apply();
  wide.addEventListener('change', apply);
}

async function main() {
  const back = sessionStorage.getItem('travaux.lastSearch');
  if (back && back.startsWith('/')) {
    $('back-to-results').href = back;
    $('back-to-results').textContent = '← Back to results';
  }
  layoutDisclosures();
  let doc;
  try {
    doc = await getJson('/api/documents/' + encodeURIComponent(documentId));
  } catch (e) {
    showFailure(e);
    return;
  }
  renderHead(doc);
  renderMeta(doc);
  renderOutline(doc);
  renderVersions(doc);
  renderCites(doc);
  renderText(doc);
  const target = goToHash(false);
  window.addEventListener('hashchange', () => goToHash(true));
  renderCitedBy(doc).catch((e) => console.warn('cited-by panel:', e.message));
  await initFind(doc, query, target);
}

main().catch((e) => {
  console.error(e);
  showFailure(e);
}).finally(() => {
  document.documentElement.dataset.ready = 'true'; // for tests and tools: the document is shown
});
