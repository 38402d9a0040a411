// The public API, called exactly as a partner would: a bearer token and JSON. Errors arrive as
// RFC 9457 problem documents and are raised as ApiProblem.
import { config } from './config.js';
import { accessToken, renew, LoginRequired } from './auth.js';

/** An error the API answered (or a failure to reach it), shaped like a problem document. */
export class ApiProblem extends Error {
  constructor({ type = 'about:blank', title, status = 0, detail = '', errors = [], retryAfter = null }) {
    super(title);
    this.name = 'ApiProblem';
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.errors = Array.isArray(errors) ? errors : [];
    this.retryAfter = retryAfter;
  }

  /** The problem type's last segment, e.g. "validation-failed". */
  get kind() {
    return String(this.type).split('/').pop();
  }
}

async function send(path, token, method, body) {
  const headers = { Accept: 'application/json, application/problem+json', Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(config.apiBase + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiProblem({
      type: 'network',
      title: 'The TrueReach API could not be reached',
      detail: 'Check your connection and try again.',
    });
  }
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  return new ApiProblem({
    type: body?.type,
    title: body?.title ?? `The API answered ${response.status} ${response.statusText}`.trim(),
    status: body?.status ?? response.status,
    detail: body?.detail ?? '',
    errors: body?.errors,
    retryAfter: response.headers.get('Retry-After'),
  });
}

/** GETs a path of the API and answers its JSON body. */
export function get(path) {
  return call('GET', path);
}

/** POSTs a JSON body (or none) to a path of the API and answers its JSON body, if any. */
export function post(path, body) {
  return call('POST', path, body);
}

async function call(method, path, body) {
  let response = await send(path, await accessToken(), method, body);
  if (response.status === 401) {
    // The token may have been revoked or expired early: renew once, then ask for a login.
    const renewed = await renew();
    if (!renewed) {
      throw new LoginRequired('Your session has ended. Please log in again.');
    }
    response = await send(path, renewed, method, body);
    if (response.status === 401) {
      throw new LoginRequired('The API did not accept your login. Please log in again.');
    }
  }
  if (!response.ok) {
    throw await problemOf(response);
  }
  return response.status === 204 ? null : response.json();
}
