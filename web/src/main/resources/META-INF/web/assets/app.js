// The web app talks only to the public API, like any partner: a person logs in with Keycloak
// (authorization code with PKCE) and the app calls /v1 with that person's access token.
//
// Routes (in the address bar's fragment, so the server only ever serves index.html):
//   #/?q=…&country=…   discovery, with the API's own query parameters
//   #/creators/{id}    one creator's profile
//   #/                 for a creator: campaigns ranked by fit, invitations, applications
import { completeLogin, currentUser, login, logout } from './auth.js';
import { renderCreatorHome } from './creator.js';
import { renderDiscovery } from './discovery.js';
import { renderProfile } from './profile.js';
import { problemMessage } from './problems.js';
import { el } from './dom.js';

const main = document.getElementById('main');
const account = document.getElementById('account');
/** Roles that may read the catalogue (see docs/api/security.md). */
const READERS = ['brand_admin', 'brand_member', 'operator'];
const ROLE_LABELS = {
  brand_admin: 'Brand admin',
  brand_member: 'Brand member',
  creator: 'Creator',
  operator: 'Operator',
  partner: 'Partner',
};

const onLogin = () => login(window.location.hash).catch(show);
let current = null;

/** A fresh container for one route; a later route detaches it, so late answers are never shown. */
function view() {
  current = el('div', { class: 'view' });
  main.replaceChildren(current);
  return current;
}

function show(error) {
  view().append(problemMessage(error, { onLogin }));
  renderAccount();
}

function renderAccount() {
  const user = currentUser();
  if (!user) {
    account.replaceChildren(el('button', { type: 'button', id: 'login', onclick: onLogin }, 'Log in'));
    return;
  }
  account.replaceChildren(
    el('span', { class: 'user', id: 'user', title: user.email ?? '' },
      el('strong', { id: 'user-name' }, user.name),
      el('span', { id: 'user-role', class: 'pill' }, ROLE_LABELS[user.role] ?? user.role ?? 'no role'),
      user.tenant ? el('span', { id: 'user-tenant', class: 'pill tenant' }, user.tenant) : null),
    el('a', { href: '#', id: 'logout', onclick: (event) => { event.preventDefault(); logout(); } }, 'Log out'));
}

function landing(root) {
  document.title = 'TrueReach';
  root.append(el('section', { class: 'landing' },
    el('h1', {}, 'Find creators whose audience is real and on target'),
    el('p', {}, 'TrueReach ranks creators by verified organic reach inside your target, per platform and per country, and explains every score.'),
    el('button', { type: 'button', id: 'login-main', class: 'primary', onclick: onLogin }, 'Log in')));
}

async function route() {
  renderAccount();
  const root = view();
  const user = currentUser();
  if (!user) {
    landing(root);
    return;
  }
  if (user.roles.includes('creator')) {
    document.title = 'Campaigns for you · TrueReach';
    try {
      await renderCreatorHome(root, { onLogin });
    } catch (error) {
      if (root === current) root.replaceChildren(problemMessage(error, { onLogin }));
    }
    renderAccount();
    return;
  }
  if (!user.roles.some((role) => READERS.includes(role))) {
    root.append(el('div', { class: 'notice' },
      el('h1', {}, `Welcome, ${user.name}`),
      el('p', {}, 'Your role has no pages in the web app yet.')));
    return;
  }
  const path = window.location.hash.replace(/^#/, '') || '/';
  const profile = path.match(/^\/creators\/([^/?]+)$/);
  try {
    if (profile) {
      document.title = 'Creator · TrueReach';
      await renderProfile(root, decodeURIComponent(profile[1]), { onLogin });
    } else {
      document.title = 'Discover creators · TrueReach';
      const query = path.indexOf('?');
      await renderDiscovery(root, new URLSearchParams(query < 0 ? '' : path.slice(query + 1)), { onLogin });
    }
  } catch (error) {
    if (root === current) root.replaceChildren(problemMessage(error, { onLogin }));
  }
  renderAccount(); // the tokens may have been renewed, or dropped when the session ended
}

window.addEventListener('hashchange', route);
completeLogin().then(route, show);
