// What the three views share: the comparator choice and the significance key.
import {h, select} from '../dom.js';
import * as format from '../format.js';

/** The comparator select: the fixed comparators, then every comparator group as group:{code}. */
export function comparatorSelect(context, selected, onChange) {
  const groups = context.groups.map(g => [`group:${g.code}`, `Group: ${g.name}`]);
  return select('comparator', 'Compared with', [
    {label: 'Areas', options: format.COMPARATORS},
    ...(groups.length ? [{label: 'Comparator groups', options: groups}] : []),
  ], selected || 'england-and-wales', onChange);
}

/** The quarter select: the quarter shown and the eleven before it. */
export function quarterSelect(quarter, onChange) {
  return select('quarter', 'Quarter', format.quartersBefore(quarter, 12).map(q => [q, q]), quarter, onChange);
}

/** The key to the significance colours, in words and symbols as well. */
export function significanceKey() {
  return h('div', {class: 'key', role: 'note', 'aria-label': 'Key to the colours'},
    h('p', {}, 'Compared with the comparator at 95% confidence:'),
    h('ul', {}, format.SIGNIFICANCE_KEY.map(s => h('li', {class: s.className}, `${s.symbol} ${s.label}`))));
}

/** A value's cell: the figure, and its significance in words; the colour repeats what the words say. */
export function valueCell(value, statistics, attributes = {}) {
  const s = format.significance(statistics);
  return h('td', {class: `value ${s.className}`, ...attributes},
    h('span', {class: 'figure'}, format.figure(value)),
    h('span', {class: 'sig-label'}, `${s.symbol} ${s.label}`),
    statistics && statistics.lowCount ? h('span', {class: 'low-count'}, 'low count') : null);
}

/** A pooled figure in words: "South East 0.38 (9 of 11 teams)". */
export function figureText(figures) {
  if (!figures) {
    return '–';
  }
  return `${figures.label}: ${format.figure(figures.rate)} (${format.coverage(figures)})`;
}
