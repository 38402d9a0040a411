// One creator: headline figures, the authenticity score with its reasons, and audience shares.
import { get } from './api.js';
import { el, formatCount, formatMoney, formatPercent, formatWhole, shareBars } from './dom.js';
import { problemMessage } from './problems.js';
import { lastSearchHash } from './discovery.js';

/** The API's explanations as sentences: capital first letter, final full stop. */
const sentence = (text) => {
  const trimmed = String(text).trim().replace(/^./, (c) => c.toUpperCase());
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};
const humanize = (name) => String(name).replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export async function renderProfile(root, id, { onLogin }) {
  root.replaceChildren(backLink(), el('p', { class: 'muted' }, 'Loading the creator…'));
  const path = `/v1/creators/${encodeURIComponent(id)}`;
  const [creator, authenticity] = await Promise.allSettled([get(path), get(`${path}/authenticity`)]);
  if (creator.status === 'rejected') {
    root.replaceChildren(backLink(), problemMessage(creator.reason, { onLogin }));
    return;
  }
  root.replaceChildren(
    backLink(),
    el('article', { class: 'profile', dataset: { creatorId: creator.value.id } },
      header(creator.value),
      headline(creator.value),
      authenticity.status === 'fulfilled'
        ? authenticitySection(authenticity.value)
        : el('section', {}, el('h2', {}, 'Authenticity'), problemMessage(authenticity.reason, { onLogin })),
      audienceSection(creator.value)));
}

function backLink() {
  return el('p', {}, el('a', { href: lastSearchHash(), class: 'back' }, '← Back to discovery'));
}

function latestSnapshot(account) {
  return [...(account.snapshots ?? [])].sort((a, b) => String(b.date).localeCompare(String(a.date)))[0] ?? null;
}

function header(creator) {
  return el('header', { class: 'profile-head' },
    el('h1', { id: 'creator-name' }, creator.displayName),
    el('p', { class: 'muted' }, [creator.country, (creator.languages ?? []).join(', '), (creator.niches ?? []).join(', ')].filter(Boolean).join(' · ')),
    creator.bio ? el('p', { class: 'bio' }, creator.bio) : null);
}

function headline(creator) {
  const accounts = creator.accounts ?? [];
  const total = accounts.reduce((sum, a) => sum + (latestSnapshot(a)?.followers ?? 0), 0);
  const figure = (label, value) => el('div', { class: 'figure' }, el('span', { class: 'figure-value' }, value), el('span', { class: 'figure-label' }, label));
  const rates = creator.rates ?? [];
  return el('section', { class: 'headline' },
    el('div', { class: 'figures' },
      figure('followers in total', formatCount(total)),
      figure(accounts.length === 1 ? 'account' : 'accounts', formatWhole(accounts.length)),
      rates.length ? figure('from, per post', formatMoney(Math.min(...rates.map((r) => r.amount)), rates.reduce((a, b) => (b.amount < a.amount ? b : a)).currency)) : null),
    accounts.length
      ? el('table', { class: 'accounts' },
          el('thead', {}, el('tr', {}, ['Platform', 'Handle', 'Followers', 'Following', 'Posts', 'As of', 'Source'].map((h) => el('th', {}, h)))),
          el('tbody', {}, accounts.map((account) => {
            const s = latestSnapshot(account) ?? {};
            return el('tr', {},
              el('td', {}, account.platform), el('td', {}, `@${account.handle}`),
              el('td', { class: 'num' }, formatWhole(s.followers)), el('td', { class: 'num' }, formatWhole(s.following)),
              el('td', { class: 'num' }, formatWhole(s.posts)), el('td', {}, s.date ?? '–'), el('td', {}, provenance(s.provenance)));
          })))
      : el('p', { class: 'muted' }, 'No social account yet.'),
    rates.length
      ? el('p', { class: 'rates' }, 'Rates: ', rates.map((r, i) => [i ? '; ' : '', `${r.platform} ${r.deliverable} ${formatMoney(r.amount, r.currency)}`]))
      : null);
}

function provenance(value) {
  return { verified: 'verified', partner_estimate: 'partner estimate', self_declared: 'self-declared' }[value] ?? value ?? '–';
}

function authenticitySection(report) {
  const section = el('section', { class: 'authenticity', id: 'authenticity' }, el('h2', {}, 'Authenticity'));
  if (!report.scored) {
    section.append(el('p', {}, report.explanation ?? 'Not scored.'));
    return section;
  }
  const score = Math.round(report.score);
  section.append(
    el('div', { class: 'score-line' },
      el('div', { class: `score ${score >= 70 ? 'good' : score >= 40 ? 'fair' : 'poor'}`, id: 'authenticity-score' },
        el('span', { class: 'score-value' }, String(score)), el('span', { class: 'score-of' }, '/100')),
      el('div', {},
        el('p', {}, `Confidence ${formatPercent(report.confidence)}`, report.platform ? ` · ${report.platform} @${report.handle}` : ''),
        report.organicReach
          ? el('p', {}, `Reaches about ${formatWhole(report.organicReach.people)} people per organic post `,
              el('span', { class: 'badge' }, report.organicReach.verified ? 'verified' : 'estimated'))
          : null,
        report.organicReach?.explanation ? el('p', { class: 'muted' }, sentence(report.organicReach.explanation)) : null,
        report.benchmark?.explanation ? el('p', { class: 'muted' }, sentence(report.benchmark.explanation)) : null)));

  const signals = [...(report.signals ?? [])].sort((a, b) => b.pointsLost - a.pointsLost);
  if (signals.length) {
    section.append(el('h3', {}, 'Why this score'),
      el('ol', { class: 'signals', id: 'signals' }, signals.map((signal) =>
        el('li', { class: 'signal', dataset: { signal: signal.name, pointsLost: signal.pointsLost } },
          el('div', { class: 'signal-head' },
            el('strong', {}, humanize(signal.name)),
            el('span', { class: signal.pointsLost >= 1 ? 'lost' : 'muted' },
              signal.pointsLost >= 0.05 ? `−${signal.pointsLost.toFixed(1)} points` : 'no points lost')),
          el('p', {}, signal.reason),
          el('p', { class: 'muted small' },
            `Health ${formatPercent(signal.health)} · weight ×${signal.weight.toFixed(2).replace(/\.?0+$/, '')} · confidence ${formatPercent(signal.confidence)}`)))));
  }

  const credibility = report.audienceCredibility;
  if (credibility && credibility.sampleSize > 0) {
    section.append(el('div', { class: 'credibility' }, el('h3', {}, 'Follower sample'),
      el('p', {}, `${formatWhole(credibility.sampleSize)} sampled followers`,
        credibility.credibleShare
          ? `; ${formatPercent(credibility.credibleShare.share)} credible (95% interval ${formatPercent(credibility.credibleShare.lower)}–${formatPercent(credibility.credibleShare.upper)})`
          : ''),
      credibility.classes ? shareBars(Object.fromEntries(Object.entries(credibility.classes).map(([k, v]) => [k, v.share])), (k) => k.replace(/_/g, ' ')) : null,
      credibility.explanation ? el('p', { class: 'muted' }, sentence(credibility.explanation)) : null));
  }
  return section;
}

function audienceSection(creator) {
  const audiences = (creator.accounts ?? []).filter((a) => a.audience);
  const section = el('section', { class: 'audience', id: 'audience' }, el('h2', {}, 'Audience'));
  if (!audiences.length) {
    section.append(el('p', { class: 'muted' }, 'No audience figures yet.'));
    return section;
  }
  for (const account of audiences) {
    const a = account.audience;
    section.append(
      el('h3', {}, `${account.platform} @${account.handle}`),
      el('p', { class: 'muted' }, `As of ${a.asOf ?? '–'}, ${provenance(a.provenance)}`),
      el('div', { class: 'audience-grid' },
        el('div', {}, el('h4', {}, 'Countries'), shareBars(a.countries)),
        el('div', {}, el('h4', {}, 'Languages'), shareBars(a.languages)),
        el('div', {}, el('h4', {}, 'Ages'), shareBars(a.ages)),
        el('div', {}, el('h4', {}, 'Genders'), shareBars(a.genders))));
  }
  return section;
}
