// Indicator view: every team's value with its 95% interval, ranked, against the comparator (a caterpillar plot),
// the same rows as a sortable table, and the API's own CSV to download.
import {h, replace, select} from '../dom.js';
import {download, get, path} from '../api.js';
import * as format from '../format.js';
import * as charts from '../charts.js';
import {comparatorSelect, figureText, quarterSelect, significanceKey, valueCell} from './common.js';

export function render(main, route, context, navigate) {
  const indicatorId = route.id || context.indicators[0].id;
  const indicator = context.indicators.find(i => i.id === indicatorId) || context.indicators[0];
  const query = {quarter: context.newestQuarter, ...route.query};
  const go = changes => navigate({view: 'indicator', id: indicator.id, query: {...query, ...changes}});
  const content = h('div', {id: 'indicator-content'});
  const chart = h('div', {class: 'chart', role: 'img', id: 'caterpillar',
    'aria-label': 'Caterpillar plot of every team\u2019s value with its 95% interval; the table below gives the same figures'});
  replace(main,
    h('h1', {}, indicator.name),
    h('p', {class: 'lede'}, `${indicator.unit}. ${indicator.polarity === 'LOWER_IS_BETTER' ? 'Lower is better.'
      : indicator.polarity === 'HIGHER_IS_BETTER' ? 'Higher is better.' : 'A context indicator: neither higher nor lower is better.'}`),
    h('form', {class: 'controls', on: {submit: e => e.preventDefault()}},
      select('indicator', 'Indicator', context.indicators.map(i => [i.id, i.name]), indicator.id,
        value => navigate({view: 'indicator', id: value, query})),
      quarterSelect(query.quarter, value => go({quarter: value})),
      comparatorSelect(context, query.comparator, value => go({comparator: value})),
      select('region', 'Teams of', [['', 'England and Wales'], ...context.regions.map(r => [r.code, r.name])],
        query.region || '', value => go({region: value}))),
    chart, content);

  async function refresh() {
    const parameters = {quarter: query.quarter, comparator: query.comparator, region: query.region};
    const comparison = await get(path(`/api/v1/comparisons/${encodeURIComponent(indicator.id)}`, parameters));
    const rows = comparison.rows.filter(r => r.rate !== null);
    charts.caterpillar(chart, rows.map(r => ({name: r.name, value: r.rate,
      lower: r.statistics.ci95 ? r.statistics.ci95.lower : null, upper: r.statistics.ci95 ? r.statistics.ci95.upper : null,
      comparator: r.statistics.comparatorRate, className: format.significance(r.statistics).className})), indicator.unit);
    const csv = h('button', {type: 'button', id: 'download-csv', class: 'secondary', on: {click: () =>
      download(path(`/api/v1/comparisons/${encodeURIComponent(indicator.id)}`, {...parameters, format: 'csv'}),
        `${indicator.id}-${query.quarter}.csv`)}}, 'Download the CSV');
    replace(content,
      h('ul', {class: 'figures'}, comparison.comparator.figures.map(f => h('li', {}, `Comparator — ${figureText(f)}; `
        + `95% interval ${format.interval(f.ci95)}`))),
      sortableTable(comparison),
      h('p', {}, csv, ' (the API\u2019s own CSV: the same rows with every statistic)'),
      significanceKey());
  }
  return {refresh};
}

const COLUMNS = [
  {label: 'Team', key: r => r.name},
  {label: 'Value', key: r => r.rate, numeric: true},
  {label: '95% interval', key: r => (r.statistics.ci95 ? r.statistics.ci95.lower : null), numeric: true},
  {label: 'Rank', key: r => r.rank, numeric: true},
  {label: 'Quartile', key: r => r.quartile, numeric: true},
  {label: 'Significance', key: r => format.significance(r.statistics).label},
];

function sortableTable(comparison) {
  let order = {column: 3, ascending: true};
  const body = h('tbody');
  const headers = COLUMNS.map((column, index) => h('th', {scope: 'col', 'aria-sort': index === 3 ? 'ascending' : 'none'},
    h('button', {type: 'button', class: 'sort', on: {click: () => sortBy(index)}}, column.label)));
  function sortBy(index) {
    order = {column: index, ascending: order.column === index ? !order.ascending : true};
    headers.forEach((th, i) => th.setAttribute('aria-sort', i === index
      ? (order.ascending ? 'ascending' : 'descending') : 'none'));
    draw();
  }
  function draw() {
    const column = COLUMNS[order.column];
    const rows = [...comparison.rows].sort((a, b) => compare(column.key(a), column.key(b), column.numeric)
      * (order.ascending ? 1 : -1));
    replace(body, rows.map(r => h('tr', {'data-team': r.team},
      h('th', {scope: 'row'}, h('a', {href: `#/team/${r.team}`}, r.name)),
      valueCell(r.rate, r.suppressed ? null : r.statistics),
      h('td', {}, format.interval(r.statistics.ci95)),
      h('td', {}, format.figure(r.rank)),
      h('td', {}, r.quartile === null ? (r.noQuartile === 'TOO_FEW_TEAMS' ? 'too few teams' : '–') : r.quartile),
      h('td', {}, format.significance(r.statistics).label))));
  }
  draw();
  return h('div', {class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Every team\u2019s value'},
    h('table', {id: 'comparison-table'},
      h('caption', {}, `${comparison.name}, ${comparison.quarter}: every team, national rank order (select a heading `
        + 'to sort)'),
      h('thead', {}, h('tr', {}, headers)), body));
}

function compare(a, b, numeric) {
  if (a === null || a === undefined) {
    return b === null || b === undefined ? 0 : 1;
  }
  if (b === null || b === undefined) {
    return -1;
  }
  return numeric ? a - b : String(a).localeCompare(String(b));
}
