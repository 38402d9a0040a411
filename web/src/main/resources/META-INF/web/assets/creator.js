// The creator's side: open campaigns ranked by how well the creator fits them, invitations,
// applications and their state. Everything comes from /v1/me (docs/api/campaigns.md).
import { get, post } from './api.js';
import { el, formatMoney, formatWhole } from './dom.js';
import { problemMessage } from './problems.js';

const STATE_LABELS = {
  submitted: 'Submitted',
  shortlisted: 'Shortlisted',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  pending: 'Invitation pending',
};

export async function renderCreatorHome(root, { onLogin }) {
  root.replaceChildren(el('p', { class: 'muted' }, 'Loading your campaigns…'));
  const [campaigns, invitations, applications] = await Promise.all([
    get('/v1/me/campaigns'), get('/v1/me/invitations'), get('/v1/me/applications'),
  ]);
  const refresh = () => renderCreatorHome(root, { onLogin }).catch((error) => root.replaceChildren(problemMessage(error, { onLogin })));
  const pending = invitations.items.filter((i) => i.state === 'pending');
  // Through el(), so a section left out (null) is skipped rather than shown as text.
  root.replaceChildren(el('div', { class: 'creator-home' },
    el('h1', {}, 'Campaigns for you'),
    el('p', { class: 'muted', id: 'fit-ordering' }, campaigns.ordering),
    pending.length ? el('section', { id: 'invitations' },
      el('h2', {}, 'Invitations'),
      el('ul', { class: 'campaigns' }, pending.map((i) => invitationItem(i, campaigns.items, refresh, onLogin)))) : null,
    el('section', { id: 'open-campaigns' },
      campaigns.items.length
        ? el('ol', { class: 'campaigns' }, campaigns.items.map((item) => campaignItem(item, refresh, onLogin)))
        : el('p', { class: 'empty' }, 'No open campaigns right now.')),
    el('section', { id: 'my-applications' },
      el('h2', {}, 'Your applications'),
      applications.items.length
        ? el('ul', { class: 'campaigns' }, applications.items.map((a) => applicationItem(a, refresh, onLogin)))
        : el('p', { class: 'empty' }, 'You have not applied yet.'))));
}

function campaignSummary(campaign) {
  return el('p', { class: 'muted small' },
    [campaign.niches.join(', '), campaign.targetCountries.join(', '), campaign.platforms.join(', '),
      `${formatMoney(campaign.rateMin, campaign.currency)} – ${formatMoney(campaign.rateMax, campaign.currency)} per creator`,
      `${campaign.startsOn} to ${campaign.endsOn}`].join(' · '));
}

function campaignItem(item, refresh, onLogin) {
  const { campaign, fit } = item;
  const node = el('li', { class: 'campaign', dataset: { campaignId: campaign.id } },
    el('div', { class: 'creator-head' },
      el('span', { class: 'rank' }, `${item.rank}.`),
      el('strong', { class: 'campaign-title' }, campaign.title),
      item.applicationState ? el('span', { class: 'pill state' }, STATE_LABELS[item.applicationState] ?? item.applicationState) : null,
      item.invitation ? el('span', { class: 'pill' }, 'Invited') : null),
    campaignSummary(campaign),
    campaign.description ? el('p', {}, campaign.description) : null,
    fit ? fitBlock(fit) : el('p', { class: 'muted' }, 'Fit is shown once your profile is scored.'));
  if (!item.applicationState && !item.invitation && campaign.visibility === 'public') {
    node.append(el('button', { type: 'button', class: 'apply', onclick: () => openForm(node, campaign, null, refresh, onLogin) }, 'Apply'));
  }
  return node;
}

function fitBlock(fit) {
  return el('div', { class: 'fit' },
    el('p', { class: 'fit-summary' }, fit.summary),
    el('ul', { class: 'fit-parts small' }, fit.parts.map((part) => el('li', {}, el('strong', {}, `${part.name}: `), part.explanation))));
}

function invitationItem(invitation, openCampaigns, refresh, onLogin) {
  const campaign = openCampaigns.map((item) => item.campaign).find((c) => c.id === invitation.campaignId);
  const node = el('li', { class: 'invitation', dataset: { invitationId: invitation.id } },
    el('strong', {}, invitation.campaignTitle),
    invitation.message ? el('p', {}, `“${invitation.message}”`) : null);
  const decline = el('button', { type: 'button', class: 'decline', onclick: async () => {
    try {
      await post(`/v1/me/invitations/${encodeURIComponent(invitation.id)}/decline`);
      await refresh();
    } catch (error) {
      node.append(problemMessage(error, { onLogin }));
    }
  } }, 'Decline');
  const accept = campaign
    ? el('button', { type: 'button', class: 'accept primary', onclick: () => openForm(node, campaign, invitation, refresh, onLogin) }, 'Accept and apply')
    : el('span', { class: 'muted' }, 'This campaign no longer takes applications.');
  node.append(el('div', { class: 'actions' }, accept, ' ', decline));
  return node;
}

function applicationItem(application, refresh, onLogin) {
  const node = el('li', { class: 'application', dataset: { applicationId: application.id } },
    el('strong', {}, application.campaignTitle), ' ',
    el('span', { class: 'pill state' }, STATE_LABELS[application.state] ?? application.state), ' ',
    el('span', { class: 'muted small' }, `${formatMoney(application.proposedRate.amount, application.proposedRate.currency)} proposed`));
  if (application.state === 'submitted' || application.state === 'shortlisted') {
    node.append(' ', el('button', { type: 'button', class: 'withdraw', onclick: async () => {
      try {
        await post(`/v1/me/applications/${encodeURIComponent(application.id)}/withdraw`);
        await refresh();
      } catch (error) {
        node.append(problemMessage(error, { onLogin }));
      }
    } }, 'Withdraw'));
  }
  return node;
}

/** The proposal form: a pitch, a rate (entered in major units) and the campaign's deliverables with their dates. */
function openForm(container, campaign, invitation, refresh, onLogin) {
  container.querySelector('form.proposal')?.remove();
  const pitch = el('textarea', { name: 'pitch', rows: 4, maxlength: 5000, required: true });
  const rate = el('input', { type: 'number', name: 'rate', min: campaign.rateMin / 100, max: campaign.rateMax / 100, step: '0.01', required: true });
  const dates = campaign.deliverables.map((d) => el('input', { type: 'date', name: 'dueOn', value: d.dueOn, min: campaign.startsOn, max: campaign.endsOn }));
  const errors = el('div', { class: 'form-problem' });
  const form = el('form', { class: 'proposal' },
    el('label', { class: 'field' }, el('span', {}, 'Your pitch'), pitch),
    el('label', { class: 'field' }, el('span', {}, `Your rate (${campaign.currency}, ${formatWhole(campaign.rateMin / 100)}–${formatWhole(campaign.rateMax / 100)})`), rate),
    campaign.deliverables.map((d, i) => el('label', { class: 'field' }, el('span', {}, `${d.count} × ${d.type} on ${d.platform}, due`), dates[i])),
    errors,
    el('button', { type: 'submit', class: 'primary' }, invitation ? 'Accept and apply' : 'Send application'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const proposal = {
      pitch: pitch.value,
      proposedRate: { amount: Math.round(Number(rate.value) * 100), currency: campaign.currency },
      deliverablePlan: campaign.deliverables.map((d, i) => ({ type: d.type, platform: d.platform, count: d.count, dueOn: dates[i].value })),
    };
    try {
      if (invitation) {
        await post(`/v1/me/invitations/${encodeURIComponent(invitation.id)}/accept`, proposal);
      } else {
        await post('/v1/me/applications', { campaignId: campaign.id, ...proposal });
      }
      await refresh();
    } catch (error) {
      errors.replaceChildren(problemMessage(error, { onLogin }));
    }
  });
  container.append(form);
  pitch.focus();
}
