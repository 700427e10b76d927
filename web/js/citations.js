// Citations: the UN-style text the server provides (with a local fallback while a server lacks it), permalinks, and
// the export links (BibTeX, RIS, CSL-JSON) of a document or of one paragraph.
import { el, append, formatDate, paragraphAnchor } from './dom.js';
import { copyWithFeedback } from './clipboard.js';

export const FORMATS = [
  { format: 'bibtex', label: 'BibTeX', ext: 'bib' },
  { format: 'ris', label: 'RIS', ext: 'ris' },
  { format: 'csl-json', label: 'CSL-JSON', ext: 'json' },
];

/** The document's citation: the server's, else symbol, else forum, title and date. */
export function documentCitation(doc) {
  if (doc.citation) return doc.citation;
  if (doc.symbol) return doc.symbol;
  return [(doc.forum || []).join(', '), doc.title, formatDate(doc.date)].filter(Boolean).join(', ');
}

/** A paragraph's citation: the server's, else the document's with ", para. N". */
export function paragraphCitation(doc, paragraph) {
  if (paragraph.citation) return paragraph.citation;
  return documentCitation(doc) + ', para. ' + paragraph.id;
}

/** The permanent link of a document or of one of its paragraphs (no query, no state). */
export function permalink(doc, paragraph) {
  const base = location.origin + '/doc/' + encodeURIComponent(doc.id);
  return paragraph ? base + '#' + paragraphAnchor(paragraph.id) : base;
}

export function citationHref(doc, format, paragraph) {
  let href = '/api/documents/' + encodeURIComponent(doc.id) + '/citation?format=' + format;
  if (paragraph) href += '&paragraph=' + encodeURIComponent(paragraph.id);
  return href;
}

/** A disclosure listing the export formats as download links. */
export function exportMenu(doc, paragraph, summaryText, summaryLabel) {
  const details = el('details', 'cite-menu');
  const summary = el('summary', 'cite-summary', summaryText);
  if (summaryLabel) summary.setAttribute('aria-label', summaryLabel);
  const list = el('ul', 'cite-formats');
  for (const f of FORMATS) {
    const a = el('a', null, f.label);
    a.href = citationHref(doc, f.format, paragraph);
    a.setAttribute('download', '');
    a.dataset.format = f.format;
    list.appendChild(append(el('li'), a));
  }
  append(details, summary, list);
  // Escape closes the menu and gives focus back to its summary
  details.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && details.open) {
      details.open = false;
      summary.focus();
    }
  });
  return details;
}

// one open citation menu at a time: a click anywhere else closes it
document.addEventListener('click', (e) => {
  for (const open of document.querySelectorAll('details.cite-menu[open]')) {
    if (!open.contains(e.target)) open.open = false;
  }
});

/** A small button that copies text with feedback. */
export function copyButton(label, accessibleLabel, what, text) {
  const b = el('button', 'btn-mini');
  b.type = 'button';
  append(b, el('span', 'btn-label', label));
  if (accessibleLabel) b.setAttribute('aria-label', accessibleLabel);
  b.addEventListener('click', () => {
    copyWithFeedback(b, typeof text === 'function' ? text() : text, what).catch((e) => {
      console.error('copy failed', e);
    });
  });
  return b;
}
