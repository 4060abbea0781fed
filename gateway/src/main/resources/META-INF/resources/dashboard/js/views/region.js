// Region view: every team of a region (or of a comparator group) × every indicator for a quarter, each value
// coloured by its significance against the comparator, with the pooled figures and their coverage in the header.
import {h, replace, select} from '../dom.js';
import {get, path} from '../api.js';
import * as format from '../format.js';
import {comparatorSelect, figureText, quarterSelect, significanceKey, valueCell} from './common.js';

export function render(main, route, context, navigate) {
  const area = route.id || context.regions[0].code;
  const query = route.query;
  const content = h('div', {id: 'region-content'});
  const go = changes => navigate({view: 'region', id: area, query: {...query, ...changes}});
  const areas = [
    {label: 'Regions', options: context.regions.map(r => [r.code, r.name])},
    ...(context.groups.length ? [{label: 'Comparator groups',
      options: context.groups.map(g => [`group:${g.code}`, g.name])}] : []),
  ];
  replace(main,
    h('h1', {}, 'Region'),
    h('form', {class: 'controls', on: {submit: e => e.preventDefault()}},
      select('area', 'Region or group', areas, area, value => navigate({view: 'region', id: value, query})),
      h('div', {id: 'quarter-field'}),
      comparatorSelect(context, query.comparator, value => go({comparator: value}))),
    content);

  async function refresh() {
    const base = area.startsWith('group:') ? `/api/v1/dashboards/groups/${encodeURIComponent(area.slice(6))}`
      : `/api/v1/regions/${encodeURIComponent(area)}/dashboard`;
    const dashboard = await get(path(base, {quarter: query.quarter, comparator: query.comparator}));
    replace(main.querySelector('#quarter-field'), dashboard.quarter
      ? quarterSelect(dashboard.quarter, value => go({quarter: value})) : null);
    replace(content, dashboardTable(dashboard, context), significanceKey());
  }
  return {refresh};
}

function dashboardTable(dashboard, context) {
  const name = dashboard.region ? dashboard.region.name : dashboard.group.name;
  if (!dashboard.quarter) {
    return h('p', {}, `No team has data yet for ${name}.`);
  }
  const indicators = dashboard.indicators;
  const comparators = indicators.length ? indicators[0].comparators : [];
  const comparatorName = comparators.length === 1 ? comparators[0].name : 'each team\u2019s own comparator';
  return h('div', {class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `${name} dashboard table`},
    h('table', {class: 'dashboard', id: 'dashboard-table'},
      h('caption', {}, `${name}, ${dashboard.quarter}: every team's value, compared with ${comparatorName}`),
      h('thead', {},
        h('tr', {}, h('th', {scope: 'col'}, 'Team'),
          indicators.map(i => h('th', {scope: 'col', 'data-indicator': i.indicator},
            h('a', {href: `#/indicator/${i.indicator}?quarter=${dashboard.quarter}`}, i.name)))),
        h('tr', {class: 'pooled'}, h('th', {scope: 'row'}, name),
          indicators.map(i => h('td', {'data-indicator': i.indicator}, figureText(i.region || i.group)))),
        h('tr', {class: 'pooled'}, h('th', {scope: 'row'}, 'Comparator'),
          indicators.map(i => h('td', {'data-indicator': i.indicator},
            i.comparators.map(c => h('span', {class: 'comparator-figure'}, figureText(c))))))),
      h('tbody', {}, dashboard.teams.map(team => {
        const values = new Map(team.indicators.map(v => [v.indicator, v]));
        return h('tr', {'data-team': team.team},
          h('th', {scope: 'row'}, h('a', {href: `#/team/${team.team}`}, team.name)),
          indicators.map(i => {
            const v = values.get(i.indicator);
            return v ? valueCell(v.rate, v.statistics, {'data-indicator': i.indicator})
              : h('td', {class: 'value sig-none', 'data-indicator': i.indicator}, 'No value');
          }));
      }))));
}
