// Small DOM helpers shared by the search page and the reader.
// Document text is untrusted: it only ever reaches the page through textContent / createTextNode. The one place
// markup comes from the server, passages, is rebuilt here from text nodes and <mark> elements (see passageNode).

/** An element with an optional class and text (set as text, never parsed). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** Appends children (nodes or strings, strings as text); skips null and undefined. */
export function append(parent, ...children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return parent;
}

/** A link with text content. */
export function link(href, text, className) {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of escaped text (&amp; &lt; &#x27; …) without ever parsing markup. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.prototype.hasOwnProperty.call(ENTITIES, ref) ? ENTITIES[ref] : whole;
  });
}

/**
 * Builds a passage from the API's escaped HTML without innerHTML: the text is split on literal <mark> and </mark>
 * tags, every other part is decoded once and inserted as a text node. Anything else that looks like markup stays
 * visible text.
 */
export function passageNode(html, tag = 'span') {
  const node = el(tag);
  let marked = false;
  for (const part of String(html).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    if (!part) continue;
    const text = document.createTextNode(decodeEntities(part));
    if (marked) append(node, append(el('mark'), text)); else node.appendChild(text);
  }
  return node;
}

/** The plain text of a passage's HTML (tags dropped, entities decoded). */
export function passageText(html) {
  return decodeEntities(String(html).replace(/<\/?mark>/g, ''));
}

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ug', 'ku']);

/** Sets lang and dir on an element holding document text (Arabic and other right-to-left scripts read rtl). */
export function setLanguage(node, language) {
  if (!language) return node;
  const code = String(language).toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code)) return node;
  node.lang = code;
  node.dir = RTL.has(code.split('-')[0]) ? 'rtl' : 'ltr';
  return node;
}

const languageNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

/** "ar" → "Arabic". */
export function languageName(code) {
  if (!code) return '';
  try {
    return (languageNames && languageNames.of(code)) || code;
  } catch (e) {
    if (e instanceof RangeError) return code;
    throw e;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** "2013-06-28" → "28 June 2013" (UN style); partial dates as far as they go. */
export function formatDate(iso) {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : '';
  return [m[3] ? String(Number(m[3])) : '', month, m[1]].filter(Boolean).join(' ');
}

/** A <time> element showing the formatted date. */
export function timeNode(iso, className) {
  const t = el('time', className, formatDate(iso));
  if (iso) t.dateTime = iso;
  return t;
}

/** "1,000". */
export function formatCount(n) {
  return Number(n).toLocaleString('en-US');
}

/** "migration-data" → "Migration data": for codes that arrive without a label. */
export function humanize(code) {
  const s = String(code || '').replace(/[-_]+/g, ' ').trim();
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** The anchor id of a paragraph: "para-" + the id percent-encoded ("15 (a)" → "para-15%20(a)"). */
export function paragraphAnchor(paragraphId) {
  return 'para-' + encodeURIComponent(paragraphId);
}

/** The reader's URL for a document, optionally with a query to highlight and a paragraph to open at. */
export function readerHref(documentId, query, paragraphId) {
  let href = '/doc/' + encodeURIComponent(documentId);
  if (query) href += '?q=' + encodeURIComponent(query);
  if (paragraphId !== undefined && paragraphId !== null) href += '#' + paragraphAnchor(paragraphId);
  return href;
}

/** GET a JSON API path; a non-2xx answer throws an Error carrying the API's detail and status. */
export async function getJson(path, signal) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  let body = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) body = await response.json();
  if (!response.ok) {
    const error = new Error((body && body.detail) || ('The server answered ' + response.status + '.'));
    error.status = response.status;
    throw error;
  }
  return body;
}

/** Announces a message to screen readers through a polite live region (created once). */
export function announce(message) {
  let region = document.getElementById('announcer');
  if (!region) {
    region = el('div', 'visually-hidden');
    region.id = 'announcer';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('role', 'status');
    document.body.appendChild(region);
  }
  region.textContent = '';
  // a fresh text node after a tick, so the same message twice is announced twice
  setTimeout(() => { region.textContent = message; }, 30);
}
