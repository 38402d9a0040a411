// Small helpers for building DOM safely: text is always set as text, never parsed as HTML.

/** el('p', {class: 'x', onclick: fn}, 'text', child) */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * A search highlight fragment as nodes: only the <em> and </em> markers the API adds become
 * elements; everything else, including any markup in the creator's own text, stays text.
 */
export function highlighted(fragment) {
  const nodes = [];
  let emphasised = false;
  for (const part of String(fragment).split(/(<\/?em>)/)) {
    if (part === '<em>') {
      emphasised = true;
    } else if (part === '</em>') {
      emphasised = false;
    } else if (part) {
      nodes.push(emphasised ? el('em', {}, part) : document.createTextNode(part));
    }
  }
  return nodes;
}

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export const formatCount = (n) => (n === null || n === undefined ? '–' : n >= 10_000 ? compact.format(n) : whole.format(n));
export const formatWhole = (n) => (n === null || n === undefined ? '–' : whole.format(n));
export const formatPercent = (share, digits = 0) =>
  share === null || share === undefined ? '–' : `${(share * 100).toFixed(digits)}%`;

/** Integer minor units and an ISO 4217 code, e.g. 30000 EUR → "300.00 EUR". */
export function formatMoney(amount, currency) {
  if (amount === null || amount === undefined) return '–';
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount / 100);
  } catch {
    return `${(amount / 100).toFixed(2)} ${currency}`;
  }
}

/** A bar per share, largest first: {FR: 0.8, BE: 0.2}. */
export function shareBars(shares, label = (key) => key) {
  const entries = Object.entries(shares ?? {}).sort((a, b) => b[1] - a[1]);
  if (!entries.length) return el('p', { class: 'muted' }, 'No figures.');
  return el('ul', { class: 'bars' }, entries.map(([key, share]) =>
    el('li', {},
      el('span', { class: 'bar-label' }, label(key)),
      el('span', { class: 'bar' }, el('span', { class: 'bar-fill', style: `width: ${Math.max(0, Math.min(1, share)) * 100}%` })),
      el('span', { class: 'bar-value' }, formatPercent(share)))));
}
