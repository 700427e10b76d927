// The answer when nothing matches: which filter to drop (with how many documents that would find), how to loosen the
// query, and a reminder about spelling. Counts come from small searches run in parallel.
import { el, append, formatCount, getJson } from './dom.js';
import { activeFilters, apiParams, pageUrl, without, copyState } from './state.js';

/** Any of the words instead of all of them, when the query is plain words; null otherwise. */
function anyWords(q) {
  if (!q || /["()~*?:\[\]]|\bOR\b|(^|\s)-/.test(q)) return null;
  const words = q.split(/\s+/).filter(Boolean);
  return words.length > 1 ? words.join(' OR ') : null;
}

async function count(state) {
  const body = await getJson('/api/search?' + apiParams(state) + '&size=1');
  return body.total;
}

function suggestion(target, text, navigate) {
  const li = el('li');
  const a = el('a', null, text);
  a.href = pageUrl(target);
  a.addEventListener('click', (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(target, { focusResults: true });
  });
  const countNode = el('span', 'suggestion-count');
  append(li, a, countNode);
  return { li, countNode, target };
}

/** @param filterLabel names an active filter ("Document type: Letter") */
export function renderNoResults(box, state, navigate, filterLabel) {
  const title = el('h3', 'notice-title', 'Nothing matches every condition: try broadening the search');
  const list = el('ul', 'suggestions');
  const pending = [];
  for (const f of activeFilters(state)) {
    pending.push(suggestion(without(state, f), 'Remove ' + filterLabel(f), navigate));
  }
  if (activeFilters(state).length > 1) {
    pending.push(suggestion({ ...copyState(state), filters: {}, from: '', to: '', page: 1 },
      'Remove every filter', navigate));
  }
  const any = anyWords(state.q);
  if (any) pending.push(suggestion({ ...copyState(state), q: any, page: 1 }, 'Match any of the words: ' + any, navigate));
  if (/"/.test(state.q)) {
    const loose = state.q.replace(/"(~\d+)?/g, ' ').replace(/\s+/g, ' ').trim();
    if (loose) pending.push(suggestion({ ...copyState(state), q: loose, page: 1 }, 'Drop the quotes: ' + loose, navigate));
  }
  for (const p of pending) list.appendChild(p.li);
  const tips = el('p', 'notice-tip', 'Every word must appear in a document. Check the spelling, use fewer or broader '
    + 'words, or try another language’s term.');
  const notice = el('div', 'notice');
  append(notice, title, pending.length ? list : null, tips);
  box.replaceChildren(notice);
  for (const p of pending) {
    count(p.target).then((n) => {
      p.countNode.textContent = ' — ' + formatCount(n) + (n === 1 ? ' document' : ' documents');
      if (n === 0) p.li.classList.add('is-empty');
    }, (e) => {
      p.countNode.textContent = '';
      console.warn('could not count a suggestion: ' + e.message);
    });
  }
}
