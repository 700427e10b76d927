// The year histogram of the search page: one bar per year (gaps included), and a range selected on it by dragging
// across bars, by clicking a start and then an end year, or with the keyboard (arrows move, Enter marks the start
// and then the end, Escape cancels). The range becomes the search's from/to years.
import { el, append, formatCount, announce } from './dom.js';

let counter = 0;

/**
 * @param years    the year facet's values [{value, count}], any order
 * @param from     selected start (YYYY[-MM[-DD]]) or ''
 * @param to       selected end or ''
 * @param onSelect called with (fromYear, toYear) as strings
 */
export function histogram(years, from, to, onSelect) {
  const counts = new Map();
  for (const y of years) if (/^\d{4}$/.test(y.value)) counts.set(Number(y.value), y.count);
  if (!counts.size) return null;
  const fromYear = from ? Number(from.slice(0, 4)) : null;
  const toYear = to ? Number(to.slice(0, 4)) : null;
  let first = Math.min(...counts.keys());
  let last = Math.max(...counts.keys());
  if (fromYear) first = Math.min(first, fromYear);
  if (toYear) last = Math.max(last, toYear);
  const max = Math.max(...counts.values(), 1);

  const id = 'histogram-' + (++counter);
  const wrap = el('div', 'histogram');
  const help = el('p', 'histogram-help', 'Drag across the bars, or pick a start and an end year. '
    + 'Keyboard: arrow keys move, Enter marks the start and then the end.');
  help.id = id + '-help';
  const bars = el('div', 'histogram-bars');
  bars.setAttribute('role', 'group');
  bars.setAttribute('aria-label', 'Documents per year');
  bars.setAttribute('aria-describedby', help.id);
  const buttons = [];
  const initial = fromYear || toYear ? [fromYear || first, toYear || last] : null;
  for (let year = first; year <= last; year++) {
    const count = counts.get(year) || 0;
    const b = el('button', 'bar');
    b.type = 'button';
    b.dataset.year = String(year);
    b.tabIndex = -1;
    const fill = el('span', 'bar-fill');
    // CSSOM, not a style attribute: allowed by the Content-Security-Policy
    fill.style.setProperty('--h', count ? Math.max(6, Math.round((count / max) * 100)) + '%' : '0%');
    b.appendChild(fill);
    b.setAttribute('aria-label', year + ': ' + formatCount(count) + (count === 1 ? ' document' : ' documents'));
    b.title = year + ' · ' + formatCount(count);
    if (!count) b.classList.add('empty');
    buttons.push(b);
    bars.appendChild(b);
  }
  if (buttons.length > 40) bars.classList.add('dense');
  const axis = el('div', 'histogram-axis');
  append(axis, el('span', null, String(first)), el('span', 'histogram-selection'), el('span', null, String(last)));
  append(wrap, bars, axis, help);

  let focusIndex = initial ? Math.max(0, initial[0] - first) : buttons.length - 1;
  let pending = null; // start year picked, waiting for the end
  let drag = null; // {start, current} while the pointer is down

  function paint(range, marked) {
    for (const b of buttons) {
      const y = Number(b.dataset.year);
      const inside = range && y >= range[0] && y <= range[1];
      b.classList.toggle('in-range', Boolean(inside));
      b.classList.toggle('is-start', marked === y);
      b.setAttribute('aria-pressed', inside ? 'true' : 'false');
    }
    const label = axis.querySelector('.histogram-selection');
    label.textContent = range ? (range[0] === range[1] ? String(range[0]) : range[0] + '–' + range[1])
      : marked ? 'from ' + marked + '…' : '';
  }

  function setFocus(index, move) {
    focusIndex = Math.max(0, Math.min(buttons.length - 1, index));
    buttons.forEach((b, i) => { b.tabIndex = i === focusIndex ? 0 : -1; });
    if (move) buttons[focusIndex].focus();
  }

  function choose(year) {
    if (pending === null) {
      pending = year;
      paint([year, year], year);
      announce('Start year ' + year + '. Now choose the end year.');
      return;
    }
    const range = [Math.min(pending, year), Math.max(pending, year)];
    pending = null;
    paint(range, null);
    onSelect(String(range[0]), String(range[1]));
  }

  bars.addEventListener('keydown', (e) => {
    const keys = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 };
    if (e.key in keys) {
      e.preventDefault();
      setFocus(focusIndex + keys[e.key], true);
      if (pending !== null) {
        const y = Number(buttons[focusIndex].dataset.year);
        paint([Math.min(pending, y), Math.max(pending, y)], pending);
      }
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      setFocus(e.key === 'Home' ? 0 : buttons.length - 1, true);
    } else if (e.key === 'Escape' && pending !== null) {
      e.preventDefault();
      pending = null;
      paint(initial, null);
      announce('Year selection cancelled');
    }
  });
  bars.addEventListener('click', (e) => {
    const b = e.target.closest('.bar');
    // pointer clicks are handled on pointerup; a click without a pointer (keyboard Enter/Space) lands here
    if (!b || e.detail !== 0) return;
    setFocus(buttons.indexOf(b), false);
    choose(Number(b.dataset.year));
  });
  function barAt(e) {
    const under = document.elementFromPoint(e.clientX, e.clientY);
    const b = under && under.closest('.bar');
    return b && bars.contains(b) ? b : null;
  }
  bars.addEventListener('pointerdown', (e) => {
    const b = e.target.closest('.bar');
    if (!b || e.button !== 0) return;
    e.preventDefault();
    // the pointer stays ours until released, wherever it goes: pointermove finds the bar under it
    bars.setPointerCapture(e.pointerId);
    const year = Number(b.dataset.year);
    drag = { start: year, current: year };
    setFocus(buttons.indexOf(b), true);
    paint([year, year], pending);
  });
  bars.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const b = barAt(e);
    if (!b) return;
    drag.current = Number(b.dataset.year);
    paint([Math.min(drag.start, drag.current), Math.max(drag.start, drag.current)], null);
  });
  bars.addEventListener('pointercancel', () => {
    drag = null;
    paint(initial, pending);
  });
  bars.addEventListener('pointerup', () => {
    if (!drag) return;
    const { start, current } = drag;
    drag = null;
    if (start !== current) {
      pending = null;
      const range = [Math.min(start, current), Math.max(start, current)];
      paint(range, null);
      onSelect(String(range[0]), String(range[1]));
    } else {
      choose(start);
    }
  });

  paint(initial, null);
  setFocus(focusIndex, false);
  return wrap;
}
