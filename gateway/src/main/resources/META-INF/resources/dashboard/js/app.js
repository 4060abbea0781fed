// The dashboard: three views over the public API (region, indicator, team), kept live by the change stream. Routes
// live in the address's fragment (#/team/milton-keynes?comparator=region) so that views can be bookmarked.
import {ApiProblem, get, onDataAsOf} from './api.js';
import {claims, signIn, signOut, takeTokenFromFragment, token} from './auth.js';
import {listen, stop} from './live.js';
import {dateTime} from './format.js';
import * as region from './views/region.js';
import * as indicator from './views/indicator.js';
import * as team from './views/team.js';
import * as signin from './views/signin.js';
import * as oidc from './oidc.js';

const VIEWS = {region, indicator, team};
const main = document.getElementById('main');
const nav = document.getElementById('nav');
const signOutButton = document.getElementById('sign-out');
const asOf = document.getElementById('as-of');
let context = null;
let current = null;
let pending = null;
let config = {oidc: null};

function parseRoute() {
  const match = /^#\/([a-z]+)(?:\/([^?]*))?(?:\?(.*))?$/.exec(window.location.hash);
  if (!match || !VIEWS[match[1]]) {
    return {view: 'region', id: null, query: {}};
  }
  return {view: match[1], id: match[2] ? decodeURIComponent(match[2]) : null,
    query: Object.fromEntries(new URLSearchParams(match[3] || ''))};
}

function navigate(route) {
  const query = new URLSearchParams(Object.entries(route.query).filter(([, v]) => v !== '' && v != null)).toString();
  window.location.hash = `#/${route.view}${route.id ? `/${encodeURIComponent(route.id)}` : ''}${query ? `?${query}` : ''}`;
}

async function loadContext() {
  const [regions, groups, indicators, teams] = await Promise.all([get('/api/v1/regions'), get('/api/v1/groups'),
    get('/api/v1/indicators'), get('/api/v1/teams')]);
  const newest = await get(`/api/v1/regions/${regions[0].code}/dashboard`);
  return {regions, groups, indicators, teams: [...teams].sort((a, b) => a.name.localeCompare(b.name)),
    newestQuarter: newest.quarter};
}

async function show() {
  if (!token()) {
    showSignIn(null);
    return;
  }
  try {
    if (!context) {
      context = await loadContext();
      listen(onChange, onReload, refused => showSignIn(`The change stream was refused (HTTP ${refused.status}); sign in again.`));
    }
    nav.hidden = false;
    signOutButton.hidden = false;
    const route = parseRoute();
    nav.querySelectorAll('a').forEach(a => a.toggleAttribute('aria-current', a.dataset.view === route.view));
    current = VIEWS[route.view].render(main, route, context, navigate);
    await current.refresh();
  } catch (error) {
    handle(error);
  }
}

function handle(error) {
  if (error instanceof ApiProblem && (error.status === 401 || error.status === 403)) {
    showSignIn(`The API refused your token: ${error.message}`);
  } else if (error instanceof ApiProblem) {
    main.append(problemBox(error.message));
  } else {
    main.append(problemBox(`Something went wrong: ${error.message}`));
    console.error(error);
  }
}

function problemBox(text) {
  const box = document.createElement('div');
  box.className = 'problem';
  box.setAttribute('role', 'alert');
  box.textContent = text;
  return box;
}

function showSignIn(message) {
  stop();
  signOut();
  context = null;
  current = null;
  nav.hidden = true;
  signOutButton.hidden = true;
  asOf.textContent = '';
  signin.render(main, message, async value => {
    await signedIn(value);
  }, config.oidc, () => oidc.start(config.oidc).catch(error => showSignIn(error.message)));
}

/** A token was pasted: keep it and show the page (the API will say if it refuses it). */
async function signedIn(value) {
  signIn(value);
  if (!claims()) {
    showSignIn('That is not a token: a token has three parts separated by dots.');
    return;
  }
  if (!window.location.hash.startsWith('#/')) {
    window.location.hash = '#/region'; // the hashchange shows it
  } else {
    await show();
  }
}

/** A change arrived: refresh what is shown once the burst is over (a bulk load sends many at once). */
function onChange(change) {
  if (change.aggregateType === 'comparator-group' && context) {
    get('/api/v1/groups').then(groups => { context.groups = groups; }).catch(() => {});
  }
  clearTimeout(pending);
  pending = setTimeout(() => {
    if (current) {
      current.refresh().catch(handle);
    }
  }, 300);
}

/** Changes were missed that the stream could not replay: re-read the context (groups, newest quarter) and the view. */
function onReload() {
  clearTimeout(pending);
  loadContext().then(fresh => {
    if (context) {
      Object.assign(context, fresh); // the view shown holds this object
    }
    return current ? current.refresh() : null;
  }).catch(handle);
}

onDataAsOf(time => {
  asOf.textContent = `Data as of ${dateTime(time)}`;
  asOf.dataset.asOf = time;
});

signOutButton.addEventListener('click', () => {
  showSignIn('You have signed out.');
});

async function start() {
  takeTokenFromFragment();
  config = await oidc.pageConfig();
  if (config.oidc) {
    try {
      const accessToken = await oidc.finish(config.oidc);
      if (accessToken) {
        signIn(accessToken);
      }
    } catch (error) {
      showSignIn(error.message);
      return;
    }
  }
  window.addEventListener('hashchange', () => {
    takeTokenFromFragment(); // a sign-in link followed in an open tab
    if (token()) {
      show();
    }
  });
  await show();
}

start();
