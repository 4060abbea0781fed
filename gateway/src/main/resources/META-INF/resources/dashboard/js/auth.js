// The bearer token: kept in this tab's session storage (gone when the tab closes), never written into a URL that
// reaches a server or a log. ./yj run prints a link with the token in the fragment (#token=…), which browsers do
// not send; the page takes it from there and removes it from the address at once.
const KEY = 'yjhub.token';

/** Takes a token from the address's fragment, if there is one, and clears the fragment. */
export function takeTokenFromFragment() {
  const match = /^#token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/region');
  }
}

export function token() {
  return sessionStorage.getItem(KEY);
}

export function signIn(value) {
  sessionStorage.setItem(KEY, value.trim());
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** The token's claims (not verified here: the API verifies every call), or null when it cannot be read. */
export function claims() {
  try {
    const payload = token().split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload));
  } catch {
    return null;
  }
}
