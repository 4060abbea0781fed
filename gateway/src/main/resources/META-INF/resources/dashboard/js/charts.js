// The charts, drawn by Apache ECharts (served from its WebJar, /webjars/echarts) on a canvas, tooltips included
// (renderMode richText: no API value ever becomes HTML). Each chart is a picture of a table
// the page also shows, so it is hidden from screen readers' reading order except for its label.

/** Colours of the significance classes: the Okabe-Ito palette, safe for colour-blind readers (see app.css). */
const COLOURS = {
  'sig-better': '#0072B2', 'sig-worse': '#D55E00', 'sig-similar': '#E6C229', 'sig-higher': '#CC79A7',
  'sig-lower': '#56B4E9', 'sig-none': '#999999',
};

const charts = new WeakMap();

function chartIn(container) {
  let chart = charts.get(container);
  if (!chart) {
    chart = window.echarts.init(container, null, {renderer: 'canvas'});
    charts.set(container, chart);
    new ResizeObserver(() => chart.resize()).observe(container);
  }
  return chart;
}

/**
 * Every team's value with its 95% interval, ranked (a caterpillar plot), and each team's comparator value.
 * points: [{name, value, lower, upper, comparator, className}]
 */
export function caterpillar(container, points, unit) {
  const names = points.map(p => p.name);
  chartIn(container).setOption({
    animation: false,
    grid: {left: 60, right: 20, top: 30, bottom: 120},
    tooltip: {trigger: 'axis', renderMode: 'richText'},
    legend: {data: ['Value', '95% interval', 'Comparator']},
    xAxis: {type: 'category', data: names, axisLabel: {rotate: 60, interval: 0}},
    yAxis: {type: 'value', name: unit, nameLocation: 'end'},
    series: [
      {name: '95% interval', type: 'custom', renderItem: errorBar, encode: {x: 0, y: [1, 2]},
        data: points.map((p, i) => [i, p.lower, p.upper]), itemStyle: {color: '#555555'}, z: 1},
      {name: 'Value', type: 'scatter', symbolSize: 9, z: 3,
        data: points.map(p => ({value: p.value, itemStyle: {color: COLOURS[p.className]}}))},
      {name: 'Comparator', type: 'line', step: 'middle', symbol: 'none', z: 2,
        lineStyle: {type: 'dashed', color: '#000000'}, data: points.map(p => p.comparator)},
    ],
  }, true);
}

function errorBar(params, api) {
  const x = api.value(0);
  const low = api.coord([x, api.value(1)]);
  const high = api.coord([x, api.value(2)]);
  const half = 4;
  const style = api.style({stroke: '#555555', fill: null});
  return {type: 'group', children: [
    {type: 'line', shape: {x1: low[0], y1: low[1], x2: high[0], y2: high[1]}, style},
    {type: 'line', shape: {x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1]}, style},
    {type: 'line', shape: {x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1]}, style},
  ]};
}

/**
 * A spine chart: one row per indicator, the comparator's distribution of team values (lowest to highest, the middle
 * half darker, the median marked) scaled so that better is to the right, the comparator's value as a line and the
 * team's value as a dot coloured by its significance.
 * rows: [{name, polarity, lowest, p25, median, p75, highest, comparator, value, className}]
 */
export function spine(container, rows) {
  const scaled = rows.map(row => {
    const span = row.highest - row.lowest;
    const position = v => {
      if (v === null || v === undefined || !(span > 0)) {
        return null;
      }
      const share = (v - row.lowest) / span * 100;
      return row.polarity === 'LOWER_IS_BETTER' ? 100 - share : share;
    };
    return {...row, at: {p25: position(row.p25), median: position(row.median), p75: position(row.p75),
      comparator: position(row.comparator), value: position(row.value)}};
  });
  chartIn(container).setOption({
    animation: false,
    grid: {left: 320, right: 20, top: 20, bottom: 40},
    xAxis: {type: 'value', min: 0, max: 100, name: 'worse ← distribution of team values → better',
      nameLocation: 'middle', nameGap: 25, axisLabel: {show: false}},
    yAxis: {type: 'category', data: scaled.map(r => r.name), inverse: true},
    series: [{type: 'custom', renderItem: spineRow(scaled), data: scaled.map((r, i) => [i]), z: 2}],
  }, true);
}

function spineRow(rows) {
  return (params, api) => {
    const row = rows[api.value(0)];
    const y = api.coord([0, api.value(0)])[1];
    const x = v => api.coord([v, api.value(0)])[0];
    const children = [{type: 'rect', shape: {x: x(0), y: y - 8, width: x(100) - x(0), height: 16},
      style: {fill: '#D9D9D9'}}];
    if (row.at.p25 !== null && row.at.p75 !== null) {
      const left = Math.min(row.at.p25, row.at.p75);
      children.push({type: 'rect', shape: {x: x(left), y: y - 8, width: x(Math.abs(row.at.p75 - row.at.p25)) - x(0),
        height: 16}, style: {fill: '#8C8C8C'}});
    }
    if (row.at.median !== null) {
      children.push({type: 'line', shape: {x1: x(row.at.median), y1: y - 8, x2: x(row.at.median), y2: y + 8},
        style: {stroke: '#FFFFFF', lineWidth: 2}});
    }
    if (row.at.comparator !== null) {
      children.push({type: 'line', shape: {x1: x(row.at.comparator), y1: y - 12, x2: x(row.at.comparator), y2: y + 12},
        style: {stroke: '#000000', lineWidth: 2}});
    }
    if (row.at.value !== null) {
      children.push({type: 'circle', shape: {cx: x(row.at.value), cy: y, r: 7},
        style: {fill: COLOURS[row.className], stroke: '#000000', lineWidth: 1}});
    }
    return {type: 'group', children};
  };
}

/**
 * A team's values over time with the 95% interval as a band, and the comparator's and the target's lines.
 * points: [{quarter, value, lower, upper, comparator, target}]
 */
export function series(container, points, unit) {
  const lower = points.map(p => p.lower);
  const band = points.map(p => (p.upper === null || p.lower === null ? null : p.upper - p.lower));
  chartIn(container).setOption({
    animation: false,
    grid: {left: 60, right: 20, top: 40, bottom: 60},
    tooltip: {trigger: 'axis', renderMode: 'richText'},
    legend: {data: ['Value', '95% interval', 'Comparator', 'Target']},
    xAxis: {type: 'category', data: points.map(p => p.quarter), axisLabel: {rotate: 30}},
    yAxis: {type: 'value', name: unit, nameLocation: 'end'},
    series: [
      {name: 'lower', type: 'line', data: lower, stack: 'interval', symbol: 'none', lineStyle: {opacity: 0},
        tooltip: {show: false}},
      {name: '95% interval', type: 'line', data: band, stack: 'interval', symbol: 'none', lineStyle: {opacity: 0},
        areaStyle: {color: '#0072B2', opacity: 0.2}},
      {name: 'Value', type: 'line', data: points.map(p => p.value), itemStyle: {color: '#0072B2'}},
      {name: 'Comparator', type: 'line', data: points.map(p => p.comparator), symbol: 'none',
        lineStyle: {type: 'dashed', color: '#000000'}},
      {name: 'Target', type: 'line', data: points.map(p => p.target), symbol: 'none', connectNulls: false,
        lineStyle: {type: 'dotted', color: '#D55E00', width: 2}},
    ],
  }, true);
}
