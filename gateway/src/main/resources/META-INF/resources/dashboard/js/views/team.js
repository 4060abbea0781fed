// Team view: a spine chart of every indicator against the comparator's distribution, a time series per indicator,
// the latest inspection and its action plan, and the budget by partner with the change on the year before.
import {h, replace, select, table} from '../dom.js';
import {get, path} from '../api.js';
import * as format from '../format.js';
import * as charts from '../charts.js';
import {comparatorSelect, significanceKey, valueCell} from './common.js';

export function render(main, route, context, navigate) {
  const teamCode = route.id || 'milton-keynes';
  const team = context.teams.find(t => t.code === teamCode) || context.teams[0];
  const query = route.query;
  const sections = {spine: h('section', {'aria-labelledby': 'spine-heading'}),
    series: h('section', {'aria-labelledby': 'series-heading'}),
    inspection: h('section', {'aria-labelledby': 'inspection-heading'}),
    budget: h('section', {'aria-labelledby': 'budget-heading'})};
  replace(main,
    h('h1', {}, team.name),
    h('form', {class: 'controls', on: {submit: e => e.preventDefault()}},
      select('team', 'Team', context.teams.map(t => [t.code, t.name]), team.code,
        value => navigate({view: 'team', id: value, query})),
      comparatorSelect(context, query.comparator, value => navigate({view: 'team', id: team.code,
        query: {...query, comparator: value}}))),
    sections.spine, sections.series, sections.inspection, sections.budget);

  async function refresh() {
    const profile = await get(path(`/api/v1/teams/${encodeURIComponent(team.code)}/profile`,
      {comparator: query.comparator}));
    drawSpine(sections.spine, profile, context);
    await Promise.all([drawSeries(sections.series, profile, context, query),
      drawInspection(sections.inspection, profile), drawBudget(sections.budget, profile, team)]);
  }
  return {refresh};
}

function indicatorName(context, id) {
  const indicator = context.indicators.find(i => i.id === id);
  return indicator ? indicator.name : id;
}

function drawSpine(section, profile, context) {
  const chart = h('div', {class: 'chart chart-spine', role: 'img', 'aria-label':
    'Spine chart of every indicator against the comparator\u2019s distribution; the table below gives the same figures'});
  const rows = profile.indicators.map(i => {
    const d = i.comparatorFigure && i.comparatorFigure.distribution;
    const indicator = context.indicators.find(x => x.id === i.indicator);
    return {name: indicatorName(context, i.indicator), polarity: indicator ? indicator.polarity : 'NONE',
      lowest: d ? d.lowest : null, p25: d ? d.percentile25 : null, median: d ? d.median : null,
      p75: d ? d.percentile75 : null, highest: d ? d.highest : null,
      comparator: i.statistics.comparatorRate, value: i.rate,
      className: format.significance(i.statistics).className};
  });
  replace(section, h('h2', {id: 'spine-heading'}, 'Every indicator against the comparator'), chart,
    table('Each indicator\u2019s newest quarter, with the comparator\u2019s distribution of team values',
      ['Indicator', 'Quarter', 'Value', '95% interval', 'Comparator', 'Lowest', 'Median', 'Highest', 'Recent trend'],
      profile.indicators.map(i => {
        const d = i.comparatorFigure && i.comparatorFigure.distribution;
        return [h('th', {scope: 'row'}, indicatorName(context, i.indicator)), h('td', {}, i.quarter),
          valueCell(i.rate, i.statistics, {'data-indicator': i.indicator}),
          h('td', {}, format.interval(i.statistics.ci95)), h('td', {}, format.figure(i.statistics.comparatorRate)),
          h('td', {}, format.figure(d && d.lowest)), h('td', {}, format.figure(d && d.median)),
          h('td', {}, format.figure(d && d.highest)), h('td', {}, trendText(i.trend))];
      }), {id: 'spine-table'}),
    significanceKey());
  charts.spine(chart, rows.filter(r => r.lowest !== null));
}

function trendText(trend) {
  if (!trend) {
    return '–';
  }
  return trend.marker === 'NOT_COMPUTED' ? 'not computed (fewer than five points)'
    : trend.marker.toLowerCase().replace(/_/g, ' ');
}

async function drawSeries(section, profile, context, query) {
  const blocks = await Promise.all(profile.indicators.map(async i => {
    const points = await get(path(`/api/v1/indicators/${encodeURIComponent(i.indicator)}/series`,
      {team: profile.team.code, comparator: query.comparator}));
    const indicator = context.indicators.find(x => x.id === i.indicator);
    const chart = h('div', {class: 'chart chart-series', role: 'img',
      'aria-label': `${indicatorName(context, i.indicator)} over time; the table after it gives the same figures`});
    charts.series(chart, points.map(p => ({quarter: p.quarter, value: p.rate,
      lower: p.statistics.ci95 ? p.statistics.ci95.lower : null, upper: p.statistics.ci95 ? p.statistics.ci95.upper : null,
      comparator: p.statistics.comparatorRate, target: p.target})), indicator ? indicator.unit : '');
    return h('div', {class: 'series-block'}, h('h3', {}, indicatorName(context, i.indicator)), chart,
      h('details', {}, h('summary', {}, 'The figures as a table'),
        table(`${indicatorName(context, i.indicator)}, every quarter`,
          ['Quarter', 'Value', '95% interval', 'Comparator', 'Target', 'Recent trend'],
          points.map(p => [h('th', {scope: 'row'}, p.quarter), valueCell(p.rate, p.statistics),
            h('td', {}, format.interval(p.statistics.ci95)), h('td', {}, format.figure(p.statistics.comparatorRate)),
            h('td', {}, format.figure(p.target)), h('td', {}, trendText(p.trend))]))));
  }));
  replace(section, h('h2', {id: 'series-heading'}, 'Over time'), blocks);
}

async function drawInspection(section, profile) {
  const inspection = profile.inspection;
  if (!inspection) {
    replace(section, h('h2', {id: 'inspection-heading'}, 'Inspection'), h('p', {}, 'No inspection is recorded.'));
    return;
  }
  const detail = await get(`/api/v1/inspections/${encodeURIComponent(inspection.id)}`);
  const counts = profile.actions.byStatus;
  replace(section, h('h2', {id: 'inspection-heading'}, 'Latest inspection'),
    h('p', {id: 'inspection-overall'}, `Overall: ${inspection.overall || 'not rated'}`,
      inspection.score === null ? '' : `, score ${inspection.score}`,
      inspection.publishedOn ? ` (published ${inspection.publishedOn})` : ''),
    table('Ratings', ['Standard', 'Rating'], Object.entries(inspection.ratings || {})
      .map(([standard, rating]) => [h('th', {scope: 'row'}, standard), h('td', {}, rating)])),
    h('h3', {}, 'Action plan'),
    inspection.plan ? h('p', {}, `Plan: ${inspection.plan.title || 'untitled'}, ${inspection.plan.status}`) : null,
    table('Actions by status', ['Green', 'Amber', 'Red', 'Complete', 'Not rated'],
      [[counts.GREEN, counts.AMBER, counts.RED, counts.COMPLETE, counts.NOT_RATED].map(n => h('td', {}, n))],
      {id: 'action-counts'}),
    profile.actions.overdue.length ? table('Overdue actions', ['Action', 'Due', 'Days overdue', 'Owners'],
      profile.actions.overdue.map(o => [h('th', {scope: 'row'}, `${o.reference || ''} ${o.text}`.trim()),
        h('td', {}, o.dueDate), h('td', {}, o.daysOverdue), h('td', {}, o.owners.join('; '))]))
      : h('p', {}, 'No dated action is overdue.'),
    table('Every action and its progress', ['Reference', 'Action', 'Owners', 'Due', 'Status', 'Progress'],
      detail.actions.map(a => [h('th', {scope: 'row'}, a.reference || String(a.number)), h('td', {}, a.text),
        h('td', {}, a.owners.join('; ')), h('td', {}, a.due || a.dueDate || '–'), h('td', {}, a.status || 'not rated'),
        h('td', {}, a.progress || '–')]), {id: 'actions-table'}));
}

async function drawBudget(section, profile, team) {
  if (!profile.budget) {
    replace(section, h('h2', {id: 'budget-heading'}, 'Budget'), h('p', {}, 'No budget is recorded.'));
    return;
  }
  const budget = await get(`/api/v1/teams/${encodeURIComponent(team.code)}/budgets/${profile.budget.year}`);
  replace(section, h('h2', {id: 'budget-heading'}, `Budget ${budget.year}: ${format.pounds(budget.total)}`),
    table('Contributions by partner, with the change on the year before',
      ['Partner', 'Total', 'Share', 'Previous year', 'Change', 'Change %'],
      budget.contributions.map(c => [h('th', {scope: 'row'}, c.description ? `${c.partner}: ${c.description}` : c.partner),
        h('td', {}, format.pounds(c.total)), h('td', {}, c.share === null ? '–' : `${c.share}%`),
        h('td', {}, c.previousYear ? format.pounds(c.previousYear.total) : '–'),
        h('td', {}, c.previousYear ? format.pounds(c.previousYear.change) : '–'),
        h('td', {}, c.previousYear && c.previousYear.changePercent !== null ? `${c.previousYear.changePercent}%` : '–')]),
      {id: 'budget-table'}));
}
