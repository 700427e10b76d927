// Travaux search page: calls GET /api/search and renders hits. Document text is untrusted: titles and metadata
// are set with textContent; passages arrive as escaped HTML whose only tags are <mark>, and are re-checked here.
'use strict';

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const statusLine = document.getElementById('status');
const results = document.getElementById('results');
const more = document.getElementById('more');
let nextCursor = null;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// Builds a passage from the API's escaped HTML without innerHTML: split on <mark> tags, everything else is text.
function passageNode(html) {
  const node = el('span');
  const parts = html.split(/(<mark>|<\/mark>)/);
  let marked = false;
  const decoder = document.createElement('textarea');
  for (const part of parts) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    decoder.innerHTML = part; // a textarea never runs markup: this only decodes &amp; &lt; …
    const text = document.createTextNode(decoder.value);
    if (marked) { const m = el('mark'); m.appendChild(text); node.appendChild(m); } else { node.appendChild(text); }
  }
  return node;
}

function renderHit(hit) {
  const li = el('li');
  li.appendChild(el('p', 'hit-title', hit.title));
  const meta = [hit.symbol, hit.date, hit.source].filter(Boolean).join(' · ');
  li.appendChild(el('p', 'hit-meta', meta));
  for (const p of hit.passages) {
    const div = el('div', 'passage');
    div.appendChild(el('span', 'para-no', p.paragraph ? '¶ ' + p.paragraph : '¶ ' + p.id));
    div.appendChild(passageNode(p.html));
    li.appendChild(div);
  }
  return li;
}

async function search(q, cursor) {
  const params = new URLSearchParams({ q, size: '10' });
  if (cursor) params.set('cursor', cursor);
  statusLine.textContent = 'Searching…';
  const response = await fetch('/api/search?' + params.toString());
  const body = await response.json();
  if (!response.ok) {
    statusLine.textContent = body.detail || 'The search failed.';
    return;
  }
  if (!cursor) results.replaceChildren();
  for (const hit of body.hits) results.appendChild(renderHit(hit));
  statusLine.textContent = body.total + (body.total === 1 ? ' document matches' : ' documents match') +
    ' (' + body.tookMs + ' ms)';
  nextCursor = body.nextCursor;
  more.hidden = !nextCursor;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  history.replaceState(null, '', q ? '/?q=' + encodeURIComponent(q) : '/');
  search(q, null).catch((e) => { statusLine.textContent = 'The search failed: ' + e.message; });
});

more.addEventListener('click', () => {
  search(input.value.trim(), nextCursor).catch((e) => { statusLine.textContent = 'The search failed: ' + e.message; });
});

const initial = new URLSearchParams(location.search).get('q');
if (initial !== null) {
  input.value = initial;
  search(initial, null).catch((e) => { statusLine.textContent = 'The search failed: ' + e.message; });
}
