// Small helpers to build the page from data without HTML strings (so nothing is ever parsed as markup).

/** An element with attributes (class, data-*, href, title...) and children (nodes or text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces the children of {@code node}. */
export function fill(node, ...children) {
  node.replaceChildren();
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** An empty state: what is missing and what to do about it. */
export function empty(title, advice) {
  return el('div', {class: 'empty'}, el('p', {class: 'empty-title', text: title}), el('p', {text: advice}));
}

/** A failure to show instead of data. */
export function failure(message) {
  return el('div', {class: 'error', role: 'alert'}, message);
}

/** The query parameter {@code name} of the page's address. */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** A link to a dashboard page with query parameters. */
export function pageLink(page, params) {
  const query = new URLSearchParams(params).toString();
  return page + (query ? '?' + query : '');
}
