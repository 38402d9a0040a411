// Problem documents (application/problem+json) as messages people can read.
import { el } from './dom.js';
import { ApiProblem } from './api.js';
import { LoginFailed, LoginRequired } from './auth.js';

const ADVICE = {
  'validation-failed': 'Please correct the fields below.',
  'malformed-request': 'The request could not be read.',
  unauthenticated: 'Please log in again.',
  forbidden: 'Your role does not allow this.',
  'not-found': 'It may have been removed, or it belongs to another organisation.',
  'rate-limited': 'Too many requests in a short time.',
  'service-unavailable': 'A service TrueReach needs is down for a moment.',
  'internal-error': 'Something went wrong on our side; nothing was changed.',
};

/** A message block for any error; `onLogin` is offered when logging in again would help. */
export function problemMessage(error, { onLogin } = {}) {
  if (error instanceof LoginRequired || error instanceof LoginFailed) {
    return el('div', { class: 'problem', role: 'alert' },
      el('strong', {}, error instanceof LoginFailed ? 'The login did not succeed' : 'Login needed'),
      el('p', {}, error.message),
      onLogin ? el('button', { type: 'button', onclick: onLogin }, 'Log in') : null);
  }
  if (error instanceof ApiProblem) {
    const advice = ADVICE[error.kind];
    const retry = error.retryAfter ? `Try again in ${error.retryAfter} seconds.` : null;
    return el('div', { class: 'problem', role: 'alert', 'data-problem-type': error.kind },
      el('strong', {}, error.title),
      error.detail ? el('p', {}, error.detail) : null,
      error.errors.length
        ? el('ul', { class: 'problem-errors' },
            error.errors.map((e) => el('li', {}, e.field ? el('code', {}, e.field) : null, e.field ? ': ' : '', e.reason ?? '')))
        : null,
      advice || retry ? el('p', { class: 'muted' }, [advice, retry].filter(Boolean).join(' ')) : null);
  }
  console.error(error);
  return el('div', { class: 'problem', role: 'alert' },
    el('strong', {}, 'Something went wrong'),
    el('p', {}, String(error?.message ?? error)));
}
