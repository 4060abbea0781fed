// Sign-in: the page takes the same bearer tokens as the API. In the local stack ./yj run prints a link that signs
// in as an analyst; in a deployment the organisation's identity provider issues the token (docs/operations.md).
import {h, replace} from '../dom.js';

/** Shows the sign-in form, with the API's message when a token was refused or has expired. */
export function render(main, message, onToken, oidc, onProvider) {
  const field = h('textarea', {id: 'token', name: 'token', rows: 4, required: true, autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': 'token-help'});
  replace(main,
    h('h1', {}, 'Sign in'),
    message ? h('div', {class: 'problem', role: 'alert', id: 'sign-in-problem'}, message) : null,
    oidc ? h('p', {}, h('button', {type: 'button', id: 'sign-in-provider', on: {click: onProvider}},
      `Sign in with ${oidc.name}`)) : null,
    oidc ? h('p', {class: 'hint'}, 'Or paste a token:') : null,
    h('form', {id: 'sign-in', on: {submit: event => {
      event.preventDefault();
      onToken(field.value);
    }}},
      h('label', {for: 'token'}, 'Your bearer token'),
      h('p', {id: 'token-help', class: 'hint'}, 'Paste the token your organisation issued (in the local stack, ',
        h('code', {}, './yj token --role analyst'), ' prints one, and the link ./yj run prints signs you in). It is kept ',
        'in this tab only and sent to the API alone.'),
      field,
      h('button', {type: 'submit'}, 'Sign in')));
  main.focus();
}
