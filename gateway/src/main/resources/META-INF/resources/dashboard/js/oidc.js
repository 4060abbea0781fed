// Sign-in through the organisation's identity provider: OpenID Connect's authorization code flow with PKCE, the page
// being a public client (it holds no secret). The code comes back in the address's fragment (response_mode=fragment),
// so it never reaches the gateway's logs either; the page exchanges it at the provider's token endpoint for the
// access token, which the API verifies like any other.
const PENDING = 'yjhub.oidc.pending';

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function redirectUri() {
  return `${window.location.origin}/`;
}

/** The page's configuration: {oidc: {authorizationEndpoint, tokenEndpoint, clientId, scope, name}} or {oidc: null}. */
export async function pageConfig() {
  try {
    const response = await fetch('/dashboard/config', {headers: {Accept: 'application/json'}});
    return response.ok ? response.json() : {oidc: null};
  } catch {
    return {oidc: null};
  }
}

/** Sends the user to the provider to sign in. */
export async function start(oidc) {
  const verifier = random();
  const state = random();
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({verifier, state}));
  const query = new URLSearchParams({response_type: 'code', response_mode: 'fragment', client_id: oidc.clientId,
    redirect_uri: redirectUri(), scope: oidc.scope, state, code_challenge: challenge, code_challenge_method: 'S256'});
  window.location.assign(`${oidc.authorizationEndpoint}?${query}`);
}

/**
 * Finishes a sign-in the provider sent back (#code=…&state=…): returns the access token, or null when the address
 * holds no answer. Throws with the provider's message when it refused, or when the state does not match.
 */
export async function finish(oidc) {
  const answer = new URLSearchParams(window.location.hash.slice(1));
  if (!answer.has('code') && !answer.has('error')) {
    return null;
  }
  history.replaceState(null, '', `${window.location.pathname}#/region`);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  if (answer.has('error')) {
    throw new Error(`the identity provider refused: ${answer.get('error_description') || answer.get('error')}`);
  }
  if (!pending || pending.state !== answer.get('state')) {
    throw new Error('the sign-in answer does not match the sign-in this tab started; sign in again');
  }
  const response = await fetch(oidc.tokenEndpoint, {method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json'},
    body: new URLSearchParams({grant_type: 'authorization_code', code: answer.get('code'), redirect_uri: redirectUri(),
      client_id: oidc.clientId, code_verifier: pending.verifier})});
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    throw new Error(`the identity provider did not issue a token: ${body.error_description || body.error
      || response.status}`);
  }
  return body.access_token;
}
