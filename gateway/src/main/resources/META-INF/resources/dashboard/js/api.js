// The API, as this page calls it: same origin, the bearer token in the Authorization header (never in a URL), and
// the browser's HTTP cache revalidating with the ETag (a 304 costs the gateway nothing).
import {token} from './auth.js';

/** An answer the API refused, with its problem+json document (RFC 9457). */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

const listeners = [];

/** Called with each answer's X-Data-As-Of (the time of the newest event behind it). */
export function onDataAsOf(listener) {
  listeners.push(listener);
}

function headers(extra = {}) {
  return {Authorization: `Bearer ${token()}`, ...extra};
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return {title: response.statusText, status: response.status};
  }
}

/** GET a path of the API as JSON. Throws ApiProblem for a refused answer. */
export async function get(path) {
  const response = await fetch(path, {headers: headers({Accept: 'application/json'}), cache: 'no-cache'});
  if (!response.ok) {
    throw new ApiProblem(response.status, await problemOf(response));
  }
  const asOf = response.headers.get('X-Data-As-Of');
  if (asOf) {
    listeners.forEach(listener => listener(asOf));
  }
  return response.json();
}

/** GET a path as CSV and hand it to the browser as a download (a link cannot carry the bearer token). */
export async function download(path, filename) {
  const response = await fetch(path, {headers: headers({Accept: 'text/csv'}), cache: 'no-cache'});
  if (!response.ok) {
    throw new ApiProblem(response.status, await problemOf(response));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Builds a path with query parameters, leaving out empty ones. */
export function path(base, query = {}) {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') {
      parameters.set(name, value);
    }
  }
  const text = parameters.toString();
  return text ? `${base}?${text}` : base;
}

export {headers};
