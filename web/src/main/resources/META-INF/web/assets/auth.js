// Login with Keycloak's authorization-code flow with PKCE (S256). Tokens live in sessionStorage:
// they survive a reload but not the browser tab, and are never sent anywhere but the API.
import { config } from './config.js';

const TOKENS = 'truereach.tokens';
const PENDING = 'truereach.login';
const EARLY = 30_000; // renew this long before the access token expires

/** Raised when no valid session exists and the person has to log in. */
export class LoginRequired extends Error {
  constructor(message = 'Please log in.') {
    super(message);
    this.name = 'LoginRequired';
  }
}

/** Raised when Keycloak answers the login with an error. */
export class LoginFailed extends Error {
  constructor(message) {
    super(message);
    this.name = 'LoginFailed';
  }
}

const endpoint = (name) => `${config.issuer}/protocol/openid-connect/${name}`;
const redirectUri = () => window.location.origin + window.location.pathname;

function base64url(bytes) {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(bytes = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challengeOf(verifier) {
  if (!crypto.subtle) {
    throw new LoginFailed('This page must be opened over HTTPS, or from localhost or 127.0.0.1, to log in.');
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The claims of a JWT, without checking it (the API checks every token it receives). */
export function claimsOf(token) {
  const part = token.split('.')[1] ?? '';
  const padded = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function stored() {
  try {
    return JSON.parse(sessionStorage.getItem(TOKENS)) ?? null;
  } catch {
    return null;
  }
}

function store(response) {
  const now = Date.now();
  const previous = stored();
  const tokens = {
    accessToken: response.access_token,
    refreshToken: response.refresh_token ?? previous?.refreshToken ?? null,
    idToken: response.id_token ?? previous?.idToken ?? null,
    expiresAt: now + (response.expires_in ?? 60) * 1000,
    refreshExpiresAt: response.refresh_expires_in ? now + response.refresh_expires_in * 1000 : null,
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
  return tokens;
}

async function tokenRequest(form) {
  let response;
  try {
    response = await fetch(endpoint('token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: config.clientId, ...form }),
    });
  } catch {
    throw new LoginFailed(`The login service at ${config.issuer} could not be reached.`);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new LoginFailed(body.error_description || body.error || `The login service answered ${response.status}.`);
  }
  return body;
}

/** Sends the browser to Keycloak's login page; `returnTo` is the app route to show afterwards. */
export async function login(returnTo = window.location.hash) {
  const verifier = randomText(48);
  const state = randomText(16);
  const nonce = randomText(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, nonce, returnTo }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid',
    state,
    nonce,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  });
  window.location.assign(`${endpoint('auth')}?${query}`);
}

/**
 * Completes a login when Keycloak has just redirected back here (?code=…&state=…, or ?error=…),
 * then removes those parameters from the address bar. Answers true when a login completed.
 */
export async function completeLogin() {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('code') && !params.has('error')) {
    return false;
  }
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  window.history.replaceState(null, '', window.location.pathname + (pending?.returnTo ?? ''));
  if (params.has('error')) {
    throw new LoginFailed(params.get('error_description') || params.get('error'));
  }
  if (!pending || pending.state !== params.get('state')) {
    throw new LoginFailed('The login answer does not belong to a login started here; please log in again.');
  }
  const response = await tokenRequest({
    grant_type: 'authorization_code',
    code: params.get('code'),
    redirect_uri: redirectUri(),
    code_verifier: pending.verifier,
  });
  if (response.id_token && claimsOf(response.id_token).nonce !== pending.nonce) {
    throw new LoginFailed('The login answer does not match the login started here; please log in again.');
  }
  store(response);
  return true;
}

let renewing = null;

/** Renews the access token with the refresh token; null when that is no longer possible. */
export async function renew() {
  const tokens = stored();
  if (!tokens?.refreshToken || (tokens.refreshExpiresAt && tokens.refreshExpiresAt <= Date.now())) {
    return null;
  }
  renewing ??= tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refreshToken })
    .then(store)
    .catch(() => {
      sessionStorage.removeItem(TOKENS);
      return null;
    })
    .finally(() => {
      renewing = null;
    });
  const renewed = await renewing;
  return renewed?.accessToken ?? null;
}

/** A valid access token, renewed when it is about to expire; throws LoginRequired when there is none. */
export async function accessToken() {
  const tokens = stored();
  if (tokens && tokens.expiresAt - EARLY > Date.now()) {
    return tokens.accessToken;
  }
  const renewed = tokens ? await renew() : null;
  if (!renewed) {
    sessionStorage.removeItem(TOKENS);
    throw new LoginRequired(tokens ? 'Your session has ended. Please log in again.' : 'Please log in.');
  }
  return renewed;
}

const ROLES = ['brand_admin', 'brand_member', 'creator', 'operator', 'partner'];

/** Who is logged in, from the access token's claims; null when nobody is. */
export function currentUser() {
  const tokens = stored();
  if (!tokens?.accessToken) {
    return null;
  }
  const claims = claimsOf(tokens.accessToken);
  const roles = (claims.realm_access?.roles ?? []).filter((role) => ROLES.includes(role));
  return {
    name: claims.name || claims.preferred_username || claims.email || claims.sub,
    email: claims.email ?? null,
    roles,
    role: roles[0] ?? null,
    tenant: claims.tenant_id ?? null,
  };
}

/** Forgets the tokens and ends the Keycloak session, coming back to the app's start page. */
export function logout() {
  const tokens = stored();
  sessionStorage.removeItem(TOKENS);
  const query = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: redirectUri() });
  if (tokens?.idToken) {
    query.set('id_token_hint', tokens.idToken);
  }
  window.location.assign(`${endpoint('logout')}?${query}`);
}
