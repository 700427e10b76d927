// Search inside the open document: GET /api/documents/{id}/search?q= gives the matching paragraphs in reading order;
// their terms are highlighted (the server's <mark>s, rebuilt as text nodes) and Previous/Next walk through them.
import { passageNode, passageText, paragraphAnchor, getJson, announce } from './dom.js';

const $ = (id) => document.getElementById(id);

export async function initFind(doc, initialQuery, target) {
  const form = $('find-form');
  const input = $('find-q');
  const status = $('find-status');
  const prev = $('find-prev');
  const next = $('find-next');
  let matches = [];
  let current = -1;
  // the paragraph's own nodes (its reference links among them), put back when a highlight is cleared
  const originals = new WeakMap();
  let lastQuery = null;

  function clearHighlights() {
    document.querySelectorAll('.para.has-match').forEach((node) => {
      node.classList.remove('has-match', 'is-current-match');
      const text = node.querySelector('.para-text');
      if (text && text.dataset.plain !== undefined) {
        if (originals.has(text)) text.replaceChildren(...originals.get(text));
        else text.textContent = text.dataset.plain;
        delete text.dataset.plain;
      } else if (node.classList.contains('para-heading') && node.dataset.plain !== undefined) {
        node.textContent = node.dataset.plain;
        delete node.dataset.plain;
      }
    });
  }

  function highlight(match) {
    const node = document.getElementById(paragraphAnchor(match.id));
    if (!node) return null;
    node.classList.add('has-match');
    const holder = node.classList.contains('para-heading') ? node : node.querySelector('.para-text');
    // only when the server's text is the paragraph's text: a highlight must never change what the paragraph says
    if (holder && passageText(match.html) === holder.textContent) {
      holder.dataset.plain = holder.textContent;
      originals.set(holder, [...holder.childNodes]);
      holder.replaceChildren(...passageNode(match.html).childNodes);
    }
    return node;
  }

  function show(index, move) {
    document.querySelectorAll('.is-current-match').forEach((n) => n.classList.remove('is-current-match'));
    current = index;
    prev.disabled = next.disabled = !matches.length;
    if (!matches.length) return;
    if (index < 0) {
      status.textContent = matches.length + (matches.length === 1 ? ' match' : ' matches');
      return;
    }
    const m = matches[index];
    const node = document.getElementById(paragraphAnchor(m.id));
    status.textContent = (index + 1) + ' of ' + matches.length;
    if (!node) return;
    node.classList.add('is-current-match');
    if (move) {
      node.scrollIntoView({ block: 'center' });
      announce('Match ' + (index + 1) + ' of ' + matches.length + (m.number ? ', paragraph ' + m.id : ''));
    }
  }

  async function find(q) {
    clearHighlights();
    matches = [];
    current = -1;
    lastQuery = q;
    prev.disabled = next.disabled = true;
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    let body;
    try {
      body = await getJson('/api/documents/' + encodeURIComponent(doc.id) + '/search?q=' + encodeURIComponent(q));
    } catch (e) {
      status.textContent = e.message;
      return;
    }
    if (q !== lastQuery) return;
    matches = body.matches.filter((m) => highlight(m));
    if (!matches.length) {
      status.textContent = 'No matches';
      return;
    }
    show(-1, false);
  }

  function step(delta) {
    if (!matches.length) return;
    let index;
    if (current < 0) {
      // from where the reader is: the first match after (or before) the paragraph in view or in the URL
      const anchor = document.querySelector('.is-target') || null;
      const order = [...document.querySelectorAll('.para')];
      const here = anchor ? order.indexOf(anchor) : -1;
      const positions = matches.map((m) => order.indexOf(document.getElementById(paragraphAnchor(m.id))));
      if (delta > 0) index = Math.max(0, positions.findIndex((p) => p > here));
      else {
        const before = positions.filter((p) => p < here).length - 1;
        index = before >= 0 ? before : matches.length - 1;
      }
    } else {
      index = (current + delta + matches.length) % matches.length;
    }
    show(index, true);
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (q === lastQuery && matches.length) {
      step(1);
      return;
    }
    await find(q);
    step(1);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.shiftKey) {
      e.preventDefault();
      step(-1);
    }
  });
  prev.addEventListener('click', () => step(-1));
  next.addEventListener('click', () => step(1));

  input.value = initialQuery;
  if (initialQuery) {
    await find(initialQuery);
    if (target) {
      const i = matches.findIndex((m) => paragraphAnchor(m.id) === target.id);
      if (i >= 0) show(i, false);
    }
  }
  return { find };
}
