// How figures are written on the page: the API's own rounding (2 decimals) kept, and significance said in words as
// well as colour (the palette is safe for colour-blind readers, and no meaning rests on colour alone).

const SIGNIFICANCE = {
  BETTER: {label: 'Better', symbol: '▲', className: 'sig-better'},
  WORSE: {label: 'Worse', symbol: '▼', className: 'sig-worse'},
  SIMILAR: {label: 'Similar', symbol: '●', className: 'sig-similar'},
  HIGHER: {label: 'Higher', symbol: '△', className: 'sig-higher'},
  LOWER: {label: 'Lower', symbol: '▽', className: 'sig-lower'},
  NOT_COMPARED: {label: 'Not compared', symbol: '○', className: 'sig-none'},
};

/** The significance at 95% of a value's statistics: {label, symbol, className}. */
export function significance(statistics) {
  const level = statistics && statistics.significance ? statistics.significance.at95 : 'NOT_COMPARED';
  return SIGNIFICANCE[level] || SIGNIFICANCE.NOT_COMPARED;
}

export const SIGNIFICANCE_KEY = Object.values(SIGNIFICANCE);

/** A figure as the API gives it (already rounded), or an en dash when there is none. */
export function figure(value) {
  return value === null || value === undefined ? '–' : String(value);
}

/** Whole pounds with thousands separators. */
export function pounds(value) {
  return value === null || value === undefined ? '–' : `£${Number(value).toLocaleString('en-GB')}`;
}

export function interval(ci) {
  return ci ? `${ci.lower} to ${ci.upper}` : '–';
}

/** "9 of 155 teams" and whether the figure may be called the area's. */
export function coverage(figures) {
  if (!figures) {
    return '';
  }
  return `${figures.teams} of ${figures.teamsInComparator} teams${figures.meetsMinimumCoverage ? '' : ' (incomplete)'}`;
}

export function dateTime(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', {dateStyle: 'medium', timeStyle: 'medium'});
}

/** The previous n quarters of a quarter such as 2019-20-Q4, newest first, itself included. */
export function quartersBefore(quarter, n) {
  const match = /^(\d{4})-(\d{2})-Q([1-4])$/.exec(quarter || '');
  if (!match) {
    return [];
  }
  let year = Number(match[1]);
  let number = Number(match[3]);
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(`${year}-${String((year + 1) % 100).padStart(2, '0')}-Q${number}`);
    number -= 1;
    if (number === 0) {
      number = 4;
      year -= 1;
    }
  }
  return out;
}

export const COMPARATORS = [
  ['england-and-wales', 'England and Wales'],
  ['england', 'England'],
  ['wales', 'Wales'],
  ['region', "The team's region"],
  ['type', "The team's authority type"],
];
