// Where the web app finds its identity provider and API. The defaults fit the local stack
// (infra/run.sh). A deployment overrides any of them by defining `window.truereachConfig`
// in a classic script that runs before the app's modules, e.g.
//   <script>window.truereachConfig = {issuer: 'https://id.example.com/realms/truereach'};</script>
const overrides = globalThis.truereachConfig ?? {};

export const config = Object.freeze({
  /** The Keycloak realm that issues the API's tokens. */
  issuer: 'http://127.0.0.1:8180/realms/truereach',
  /** The public client for people, authorization code flow with PKCE (S256). */
  clientId: 'truereach-web',
  /** Prefix of API paths; empty when the API serves the web app itself. */
  apiBase: '',
  ...overrides,
});
