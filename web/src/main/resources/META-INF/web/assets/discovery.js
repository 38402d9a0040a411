// Discovery for brands: free text, filters, sort, facets with counts, results with highlights,
// and "load more" with the API's cursor. The address bar's #/?… holds the query parameters as the
// API takes them, so a search can be bookmarked and the back button returns to it.
import { get } from './api.js';
import { el, formatCount, formatMoney, formatPercent, highlighted } from './dom.js';
import { problemMessage } from './problems.js';

const PAGE = 20;
const SORTS = [
  ['relevance', 'Relevance'],
  ['targeted_reach', 'Reach in audience country'],
  ['authenticity', 'Authenticity'],
  ['engagement_rate', 'Engagement rate'],
  ['followers', 'Followers'],
];
const PLATFORMS = ['instagram', 'tiktok', 'youtube'];
const NICHES = ['beauty', 'fashion', 'fitness', 'food', 'travel', 'gaming', 'tech', 'parenting', 'finance', 'home',
  'music', 'sports', 'pets', 'education', 'automotive', 'lifestyle'];
/** Facet name in the answer → the query parameter it filters on. */
const FACETS = [
  ['niches', 'niche', 'Niche'],
  ['country', 'country', 'Country'],
  ['platforms', 'platform', 'Platform'],
  ['languages', 'language', 'Language'],
  ['followerTier', null, 'Followers'],
];
/** followerTier facet values as follower ranges (the API's tiers: upper bounds exclusive). */
const TIERS = {
  nano: [null, 9_999],
  micro: [10_000, 99_999],
  mid: [100_000, 499_999],
  macro: [500_000, 999_999],
  mega: [1_000_000, null],
};

/** The last search, so returning from a profile shows the same results and loaded pages. */
let last = null;

/** The route of the last search shown, to come back to it. */
export function lastSearchHash() {
  return last?.key ? `#/?${last.key}` : '#/';
}

export async function renderDiscovery(root, params, { onLogin }) {
  const results = el('section', { class: 'results', 'aria-live': 'polite' });
  const facets = el('aside', { class: 'facets', 'aria-label': 'Facets' });
  root.replaceChildren(el('div', { class: 'discovery' }, searchForm(params), el('div', { class: 'discovery-body' }, facets, results)));

  const key = params.toString();
  if (last?.key !== key) {
    results.replaceChildren(el('p', { class: 'muted' }, 'Searching…'));
    try {
      const page = await get(`/v1/creators?${withLimit(params)}`);
      last = { key, items: page.items, facets: page.facets ?? {}, total: page.total ?? null, estimated: page.countsEstimated === true,
        nextCursor: page.nextCursor ?? null };
    } catch (error) {
      last = null;
      results.replaceChildren(problemMessage(error, { onLogin }));
      return;
    }
  }
  renderFacets(facets, params, last.facets, last.estimated);
  renderResults(results, params, last, onLogin);
  const chips = filterChips(params);
  if (chips) results.prepend(chips);
}

const LABELS = {
  country: 'country', niche: 'niche', language: 'language', platform: 'platform', minFollowers: 'followers ≥',
  maxFollowers: 'followers ≤', minAuthenticity: 'authenticity ≥', audienceCountry: 'audience',
};

/** The filters in use, each removable, so a search that finds nothing can be widened again. */
function filterChips(params) {
  const chips = [];
  for (const [name, value] of params) {
    if (!LABELS[name]) continue;
    const shown = name === 'audienceCountry' ? value.replace(/:(.*)$/, (_, share) => ` ≥ ${formatPercent(Number(share))}`) : value;
    chips.push(el('button', {
      type: 'button',
      class: 'chip',
      title: 'Remove this filter',
      onclick: () => {
        const next = new URLSearchParams();
        for (const [n, v] of params) if (!(n === name && v === value)) next.append(n, v);
        go(next);
      },
    }, `${LABELS[name]} ${shown}`, el('span', { 'aria-hidden': 'true' }, ' ×')));
  }
  return chips.length ? el('p', { class: 'chips', 'aria-label': 'Filters in use' }, chips) : null;
}

function withLimit(params, cursor) {
  const query = new URLSearchParams(params);
  query.set('limit', String(PAGE));
  if (cursor) query.set('cursor', cursor);
  return query;
}

function go(params) {
  window.location.hash = `#/?${params}`;
}

function searchForm(params) {
  const [audienceKey, audienceShare] = (params.get('audienceCountry') ?? '').split(':');
  const field = (label, control, hint) => el('label', { class: 'field' }, el('span', {}, label), control, hint ? el('small', { class: 'muted' }, hint) : null);
  const text = (name, value, attributes = {}) => el('input', { name, id: `f-${name}`, value: value ?? '', ...attributes });

  const form = el('form', { class: 'search', id: 'search', role: 'search' },
    el('div', { class: 'search-line' },
      text('q', params.get('q'), { type: 'search', placeholder: 'Search names, bios, captions and hashtags', 'aria-label': 'Search', maxlength: 500 }),
      el('button', { type: 'submit' }, 'Search')),
    el('details', { class: 'filters', open: hasFilters(params) },
      el('summary', {}, 'Filters and sort'),
      el('div', { class: 'filter-grid' },
        field('Country', text('country', params.getAll('country').join(', '), { placeholder: 'FR, BE' }), 'Where the creator lives'),
        field('Niche', text('niche', params.getAll('niche').join(', '), { placeholder: 'food, travel', list: 'niches', title: NICHES.join(', ') })),
        field('Language', text('language', params.getAll('language').join(', '), { placeholder: 'fr, en' })),
        el('fieldset', { class: 'field' }, el('legend', {}, 'Platform'),
          PLATFORMS.map((p) => el('label', { class: 'check' },
            el('input', { type: 'checkbox', name: 'platform', value: p, checked: params.getAll('platform').includes(p) }), p))),
        field('Min followers', text('minFollowers', params.get('minFollowers'), { type: 'number', min: 0, step: 1 })),
        field('Max followers', text('maxFollowers', params.get('maxFollowers'), { type: 'number', min: 0, step: 1 })),
        field('Min authenticity', text('minAuthenticity', params.get('minAuthenticity'), { type: 'number', min: 0, max: 100, step: 1 }), '0–100'),
        el('fieldset', { class: 'field' }, el('legend', {}, 'Audience in country'),
          el('div', { class: 'pair' },
            text('audienceCountryCode', audienceKey, { placeholder: 'FR', 'aria-label': 'Audience country', size: 4 }),
            el('span', {}, 'at least'),
            text('audienceShare', audienceShare ? String(Math.round(Number(audienceShare) * 100)) : '',
              { type: 'number', min: 0, max: 100, step: 1, 'aria-label': 'Least audience share in percent', placeholder: '30' }),
            el('span', {}, '%'))),
        field('Sort by', el('select', { name: 'sort', id: 'f-sort' },
          SORTS.map(([value, label]) => el('option', { value, selected: (params.get('sort') ?? 'relevance') === value }, label)))),
      ),
      el('p', {}, el('button', { type: 'submit' }, 'Apply'), ' ',
        el('button', { type: 'button', class: 'link', onclick: () => go(new URLSearchParams()) }, 'Clear all'))),
    el('datalist', { id: 'niches' }, NICHES.map((n) => el('option', { value: n }))));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(paramsOf(new FormData(form)));
  });
  return form;
}

function hasFilters(params) {
  return [...params.keys()].some((key) => key !== 'q');
}

/** The form's values as the API's query parameters; the API checks them and names what is wrong. */
function paramsOf(data) {
  const params = new URLSearchParams();
  const value = (name) => String(data.get(name) ?? '').trim();
  const list = (name, transform) => value(name).split(',').map((v) => transform(v.trim())).filter(Boolean);
  if (value('q')) params.set('q', value('q'));
  list('country', (v) => v.toUpperCase()).forEach((v) => params.append('country', v));
  list('niche', (v) => v.toLowerCase()).forEach((v) => params.append('niche', v));
  list('language', (v) => v.toLowerCase()).forEach((v) => params.append('language', v));
  data.getAll('platform').forEach((v) => params.append('platform', v));
  for (const name of ['minFollowers', 'maxFollowers', 'minAuthenticity']) {
    if (value(name)) params.set(name, value(name));
  }
  const audienceCountry = value('audienceCountryCode').toUpperCase();
  if (audienceCountry) {
    const percent = value('audienceShare') === '' ? 0 : Number(value('audienceShare'));
    const share = Number.isFinite(percent) ? String(Math.round(percent * 10) / 1000) : value('audienceShare');
    params.set('audienceCountry', `${audienceCountry}:${share}`);
  }
  if (value('sort') && value('sort') !== 'relevance') params.set('sort', value('sort'));
  return params;
}

function renderFacets(container, params, facets, estimated) {
  const groups = [];
  for (const [name, parameter, title] of FACETS) {
    const values = (facets[name] ?? []).filter((f) => f.count > 0);
    if (!values.length) continue;
    groups.push(el('section', { class: 'facet', dataset: { facet: name } },
      el('h3', {}, title),
      el('ul', {}, values.map((facet) => {
        const active = parameter ? params.getAll(parameter).includes(facet.value) : tierActive(params, facet.value);
        return el('li', {}, el('button', {
          type: 'button',
          class: 'facet-value',
          'aria-pressed': active ? 'true' : 'false',
          onclick: () => go(parameter ? toggle(params, parameter, facet.value) : toggleTier(params, facet.value)),
        }, el('span', {}, facet.value), el('span', { class: 'count' }, approximately(facet.count, estimated))));
      }))));
  }
  container.replaceChildren(...(groups.length ? groups : [el('p', { class: 'muted' }, 'No facets.')]));
}

function toggle(params, parameter, value) {
  const next = new URLSearchParams(params);
  const values = next.getAll(parameter);
  next.delete(parameter);
  (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]).forEach((v) => next.append(parameter, v));
  return next;
}

function tierActive(params, tier) {
  const [min, max] = TIERS[tier] ?? [];
  return (params.get('minFollowers') ?? null) === (min === null ? null : String(min))
    && (params.get('maxFollowers') ?? null) === (max === null ? null : String(max));
}

function toggleTier(params, tier) {
  const next = new URLSearchParams(params);
  const active = tierActive(params, tier);
  next.delete('minFollowers');
  next.delete('maxFollowers');
  const [min, max] = TIERS[tier] ?? [];
  if (!active) {
    if (min !== null && min !== undefined) next.set('minFollowers', String(min));
    if (max !== null && max !== undefined) next.set('maxFollowers', String(max));
  }
  return next;
}

function renderResults(container, params, state, onLogin) {
  if (!state.items.length) {
    container.replaceChildren(el('p', { class: 'empty' }, 'No creator matches this search.'));
    return;
  }
  const list = el('ol', { class: 'creators', id: 'results' }, state.items.map(creatorItem));
  const total = state.total === null ? null
    : el('p', { class: 'total muted', id: 'result-total', title: state.estimated ? 'Estimated from a sample of a large result' : null },
      `${approximately(state.total, state.estimated)} ${state.total === 1 ? 'creator' : 'creators'}`);
  const more = el('div', { class: 'more' });
  const showMore = () => {
    more.replaceChildren();
    if (!state.nextCursor) return;
    const button = el('button', { type: 'button', id: 'load-more' }, 'Load more');
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = 'Loading…';
      try {
        const page = await get(`/v1/creators?${withLimit(params, state.nextCursor)}`);
        state.items.push(...page.items);
        state.nextCursor = page.nextCursor ?? null;
        list.append(...page.items.map(creatorItem));
        showMore();
      } catch (error) {
        more.replaceChildren(problemMessage(error, { onLogin }));
      }
    });
    more.append(button);
  };
  showMore();
  container.replaceChildren(...(total ? [total] : []), list, more);
}

/** A count, marked as an estimate when the API sampled a large result to get it. */
function approximately(count, estimated) {
  return estimated ? `≈ ${formatCount(count)}` : formatCount(count);
}

function creatorItem(creator) {
  const highlights = creator.highlights ?? {};
  const name = highlights.displayName?.length ? highlighted(highlights.displayName[0]) : [creator.displayName];
  const snippets = [...(highlights.bio ?? []), ...(highlights.captions ?? [])];
  const figure = (label, value, title) => el('div', { class: 'figure', title }, el('span', { class: 'figure-value' }, value), el('span', { class: 'figure-label' }, label));
  return el('li', { class: 'creator', dataset: { creatorId: creator.id } },
    el('div', { class: 'creator-head' },
      el('a', { href: `#/creators/${encodeURIComponent(creator.id)}`, class: 'creator-name' }, name),
      creator.verified ? el('span', { class: 'badge', title: 'Figures verified through the creator\'s own platform connection' }, 'verified') : null),
    el('p', { class: 'muted' }, [creator.country, (creator.niches ?? []).join(', '), (creator.platforms ?? []).join(', ')].filter(Boolean).join(' · ')),
    el('div', { class: 'figures' },
      figure('followers', formatCount(creator.followers)),
      figure('authenticity', creator.authenticity === null || creator.authenticity === undefined ? '–' : Math.round(creator.authenticity), 'Authenticity score, 0–100'),
      figure('organic reach', formatCount(creator.organicReach), 'People reached per organic post'),
      figure('engagement', formatPercent(creator.engagementRate, 1)),
      creator.rateMin !== null && creator.rateMin !== undefined ? figure('from', formatMoney(creator.rateMin, creator.rateCurrency), 'Lowest rate per post') : null),
    snippets.length ? el('p', { class: 'snippets' }, snippets.map((s, i) => [i ? ' … ' : '', highlighted(s)])) : null);
}
