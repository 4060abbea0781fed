// Building the page from API data: every value becomes a text node (never HTML), so nothing the API returns can
// run as script or change the page's markup.

/**
 * h('td', {class: 'sig-better'}, '0.26', h('span', {}, 'better')): an element with attributes and children.
 * Strings and numbers become text nodes; null and undefined children are skipped; attributes whose value is null,
 * undefined or false are left out. An "on" attribute object adds event listeners.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'on') {
      for (const [event, listener] of Object.entries(value)) {
        element.addEventListener(event, listener);
      }
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** A labelled select: options are [value, text] pairs or {label, options} groups. */
export function select(id, label, options, selected, onChange) {
  const control = h('select', {id, name: id, on: {change: event => onChange(event.target.value)}});
  for (const option of options) {
    if (option.options) {
      control.append(h('optgroup', {label: option.label},
        option.options.map(([value, text]) => h('option', {value, selected: value === selected}, text))));
    } else {
      control.append(h('option', {value: option[0], selected: option[0] === selected}, option[1]));
    }
  }
  return h('div', {class: 'field'}, h('label', {for: id}, label), control);
}

/** A table with a caption, a header row and body rows (cells given as strings, numbers or elements). */
export function table(caption, headings, rows, attributes = {}) {
  return h('table', attributes,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headings.map(heading => h('th', {scope: 'col'}, heading)))),
    h('tbody', {}, rows.map(cells => h('tr', {}, cells))));
}
