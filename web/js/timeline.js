// The follow-up timeline page: /timeline?symbol=… fetches /api/timeline and shows the document, what it requested
// and every document citing it in date order. Document text is untrusted: it only ever reaches the page through
// textContent, and links are built from ids with encodeURIComponent.

const TYPE_LABELS = {
  recalls: 'recalls',
  reaffirms: 'reaffirms',
  takes_note: 'takes note of',
  welcomes: 'welcomes',
  endorses: 'endorses',
  pursuant_to: 'pursuant to',
  requests_report: 'requests a report on',
  decides: 'decides on',
  refers_to: 'refers to',
};

const KIND_LABELS = { report: 'Report', review: 'Review', meeting: 'Meeting', study: 'Study' };

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function docLink(id, paragraph, text) {
  const a = el('a', null, text);
  a.href = '/doc/' + encodeURIComponent(id) + (paragraph ? '#para-' + encodeURIComponent(paragraph) : '');
  return a;
}

function typeBadge(type) {
  return el('span', 'tl-type tl-type-' + (TYPE_LABELS[type] ? type : 'refers_to'), TYPE_LABELS[type] || type);
}

function dateElement(iso) {
  if (!iso) return el('span', 'tl-date', 'undated');
  const time = el('time', 'tl-date', iso);
  time.dateTime = iso;
  return time;
}

function setStatus(message, isError) {
  const status = $('tl-status');
  status.textContent = message;
  status.classList.toggle('tl-error', Boolean(isError));
}

function renderHead(t) {
  $('tl-head').hidden = false;
  document.title = 'Travaux — what became of ' + t.symbol;
  $('tl-kicker').textContent = 'Follow-up timeline';
  $('tl-title').textContent = t.title ? t.symbol + ' — ' + t.title : t.symbol;
  const line = $('tl-line');
  line.replaceChildren();
  if (t.document) {
    line.append(t.date ? 'Dated ' + t.date + ' · ' : '', docLink(t.document, null, 'Read the document'));
  } else {
    line.append(el('span', 'tl-absent', 'Not in the collection'),
      ' — shown through the documents that cite it.');
  }
  $('tl-feed').href = '/feeds/cites.atom?symbol=' + encodeURIComponent(t.symbol);
}

function renderRequests(t) {
  const list = $('tl-requests');
  list.replaceChildren();
  $('tl-requests-section').hidden = t.requests.length === 0;
  for (const r of t.requests) {
    const item = el('li', 'tl-item');
    const head = el('div', 'tl-item-head');
    head.append(el('strong', null, KIND_LABELS[r.kind] || r.kind),
      el('span', 'tl-date', r.due ? 'due ' + r.due : 'no date stated'),
      docLink(t.document, r.paragraph, 'para. ' + r.paragraph));
    item.append(head, el('p', 'tl-text', r.text));
    if (r.kind === 'report') {
      if (r.answeredBy.length > 0) {
        const answers = el('ul', 'tl-answers');
        for (const id of r.answeredBy) {
          const citing = t.citing.find((c) => c.document === id);
          const li = el('li', 'tl-answered');
          li.append('Answered by ', docLink(id, citing ? citing.paragraph : null,
            citing && citing.symbol ? citing.symbol : id), citing && citing.date ? ' (' + citing.date + ')' : '');
          answers.append(li);
        }
        item.append(answers);
      } else {
        item.append(el('p', 'tl-unanswered', 'No citing report submitted pursuant to it found for this date.'));
      }
    }
    list.append(item);
  }
}

function renderCiting(t) {
  const list = $('tl-citing');
  list.replaceChildren();
  $('tl-citing-section').hidden = false;
  if (t.citing.length === 0) {
    list.append(el('li', 'tl-item', 'Nothing in the collection cites ' + t.symbol + ' yet.'));
  }
  for (const c of t.citing) {
    const item = el('li', 'tl-item');
    item.dataset.type = c.type;
    const head = el('div', 'tl-item-head');
    const name = docLink(c.document, null, c.symbol || c.title || c.document);
    name.className = 'tl-doc';
    head.append(dateElement(c.date), name, typeBadge(c.type),
      docLink(c.document, c.paragraph, 'para. ' + c.paragraph));
    item.append(head);
    if (c.symbol && c.title) item.append(el('div', 'tl-doc-title', c.title));
    item.append(el('p', 'tl-text', c.text));
    list.append(item);
  }
  const truncated = $('tl-truncated');
  truncated.hidden = !t.truncated;
  truncated.textContent = t.truncated
    ? 'Showing the first ' + t.citing.length + ' of ' + t.total + ' citing paragraphs.' : '';
  renderTypeFilter(t);
}

function renderTypeFilter(t) {
  const select = $('tl-type');
  select.replaceChildren();
  const all = el('option', null, 'All types (' + t.citing.length + ')');
  all.value = '';
  select.append(all);
  const shown = {};
  for (const c of t.citing) shown[c.type] = (shown[c.type] || 0) + 1;
  for (const type of Object.keys(TYPE_LABELS)) {
    if (!shown[type]) continue;
    const option = el('option', null, TYPE_LABELS[type] + ' (' + shown[type] + ')');
    option.value = type;
    select.append(option);
  }
  select.onchange = () => {
    for (const item of $('tl-citing').children) {
      item.hidden = select.value !== '' && item.dataset.type !== select.value;
    }
  };
}

// Tests and assistive technology can tell when the page has rendered what it loads.
function done() {
  $('tl-main').removeAttribute('aria-busy');
  document.documentElement.dataset.ready = 'true';
}

async function load(symbol) {
  $('tl-main').setAttribute('aria-busy', 'true');
  setStatus('Loading the timeline of ' + symbol + '…');
  const params = new URLSearchParams({ symbol });
  const lang = new URLSearchParams(window.location.search).get('lang');
  if (lang) params.set('lang', lang);
  let response;
  try {
    response = await fetch('/api/timeline?' + params.toString(), { headers: { Accept: 'application/json' } });
  } catch (e) {
    setStatus('The server could not be reached. Try again in a moment.', true);
    done();
    return;
  }
  const body = await response.json().catch(() => null);
  if (!response.ok || body === null) {
    setStatus(body && body.detail ? body.detail : 'The timeline could not be loaded (' + response.status + ').', true);
    done();
    return;
  }
  renderHead(body);
  renderRequests(body);
  renderCiting(body);
  const documents = new Set(body.citing.map((c) => c.symbol || c.document)).size;
  setStatus(body.citing.length === 0 ? 'No citing documents.'
    : body.citing.length + ' citing paragraphs in ' + documents + ' documents.');
  done();
}

function start() {
  const symbol = (new URLSearchParams(window.location.search).get('symbol') || '').trim();
  $('tl-symbol').value = symbol;
  if (symbol) {
    load(symbol);
  } else {
    setStatus('Type a document symbol to see what became of it.');
    done();
  }
}

start();
