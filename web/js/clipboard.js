// Copy to the clipboard with visible feedback. navigator.clipboard needs a secure context (localhost counts);
// elsewhere a hidden textarea and execCommand('copy') take over; when both fail the text is shown to copy by hand.
import { el, announce } from './dom.js';

async function writeText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {
      // permission refused or the document lost focus: fall back to the selection-based copy below
      console.warn('clipboard API refused (' + e.name + '), trying the selection fallback');
    }
  }
  const area = el('textarea', 'clipboard-buffer');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  document.body.appendChild(area);
  const focused = document.activeElement;
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } finally {
    area.remove();
    if (focused && typeof focused.focus === 'function') focused.focus();
  }
  return copied;
}

/**
 * Copies text and says so on the button ("Copied") for two seconds, and to screen readers. The button keeps the last
 * copied text in data-copied. When nothing could be copied, the text appears in a selected field beside the button.
 */
export async function copyWithFeedback(button, text, what) {
  const ok = await writeText(text);
  button.dataset.copied = text;
  const label = button.querySelector('.btn-label') || button;
  if (!button.dataset.label) button.dataset.label = label.textContent;
  if (ok) {
    label.textContent = 'Copied';
    button.classList.add('is-copied');
    announce(what + ' copied to the clipboard');
    clearTimeout(Number(button.dataset.timer));
    button.dataset.timer = String(setTimeout(() => {
      label.textContent = button.dataset.label;
      button.classList.remove('is-copied');
    }, 2000));
    return true;
  }
  let manual = button.parentElement.querySelector('.manual-copy');
  if (!manual) {
    manual = el('input', 'manual-copy');
    manual.type = 'text';
    manual.readOnly = true;
    manual.setAttribute('aria-label', what + ': press Ctrl+C to copy');
    button.after(manual);
  }
  manual.value = text;
  manual.focus();
  manual.select();
  announce('Could not copy automatically: the ' + what.toLowerCase() + ' is selected, press Ctrl+C');
  return false;
}
