// Builds elements from data with textContent only, so nothing a service logs can become markup.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'style' && typeof value === 'object') {
      // CSSOM assignments are allowed under the page's Content-Security-Policy; style attributes are not.
      for (const [property, styleValue] of Object.entries(value)) element.style.setProperty(property, styleValue);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Text with every case-insensitive occurrence of `search` wrapped in <mark>.
export function highlighted(text, search) {
  if (!search) return [text];
  const parts = [];
  const lower = text.toLowerCase();
  const needle = search.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
    if (at > from) parts.push(text.slice(from, at));
    parts.push(h('mark', {}, text.slice(at, at + needle.length)));
    from = at + needle.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

export function attributesTable(attributes, label) {
  if (!attributes || attributes.length === 0) return h('p', { class: 'subtle' }, 'No attributes.');
  return h('table', { class: 'attributes', 'aria-label': label },
    h('tbody', {}, attributes.map((a) => h('tr', {}, h('th', { scope: 'row' }, a.key), h('td', {}, a.value)))));
}

// Only web links become clickable; a resource's grpc:// or amqp:// address is shown as text.
export function safeLink(url, text) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return h('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, text);
    }
  } catch { /* not a URL: shown as text */ }
  return h('span', { class: 'mono' }, text);
}

export function debounce(action, milliseconds) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), milliseconds);
  };
}
