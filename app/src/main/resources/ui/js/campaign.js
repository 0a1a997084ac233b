// The campaign view, one campaign's story: headline tiles, opens and clicks over time (hourly for the first 48 hours,
// daily for the whole campaign; human and machine), the links that worked, devices, systems,
// clients and machine events. Human figures show when the service tells them apart; otherwise
// every figure counts all events. Each tile shows the provider's own total beside ours where the
// last completeness check read one, and the check's status heads the page.
import {api, problem} from './api.js';
import {count, percent, time} from './format.js';
import {el, empty, failure, fill, pageLink, param} from './dom.js';
import {drawTimeline} from './chart.js';

const TOP_LINKS = 25;
const account = param('account');
const campaign = param('campaign');
let content;

function tile(name, label, value, detail, attributes = {}, provider = null) {
  return el(
    'div',
    {class: 'tile', 'data-tile': name, ...attributes},
    el('span', {class: 'tile-label', text: label}),
    el('span', {class: 'tile-value', text: value}),
    detail ? el('span', {class: 'tile-detail', text: detail}) : null,
    provider,
  );
}

/** The provider's own figure for a tile's type, beside ours: "provider 1,234 (events)". */
function providerFigure(check, type) {
  const figures = check && check.types ? check.types[type] : null;
  if (!figures || figures.provider === null || figures.provider === undefined) {
    return null;
  }
  const unit = figures.measure === 'unique' ? (figures.provider === 1 ? 'recipient' : 'recipients') : (figures.provider === 1 ? 'event' : 'events');
  const behind = figures.missing > 0 ? ' · ' + count(figures.missing) + ' missing' : '';
  return el('span', {class: 'tile-provider', 'data-provider': figures.provider, 'data-measure': figures.measure,
    text: 'provider ' + count(figures.provider) + ' ' + unit + ', stored ' + count(figures.stored) + behind});
}

const STATUS_TEXT = {
  COMPLETE: 'Complete: every total the provider reports is stored.',
  BEHIND: 'Behind: the provider counts events that are not stored.',
  AHEAD: 'Ahead: more is stored than the provider counts (its totals lag or were restated).',
  UNKNOWN: 'Unknown: the provider gives no totals to compare with.',
};

/** The status of the last check against the provider's totals, at the top of the page. */
function checkBanner(check) {
  if (!check) {
    return el('p', {class: 'check check-none', 'data-status': 'NONE',
      text: 'Not checked against the provider\'s totals yet: the next sync checks it.'});
  }
  const parts = [STATUS_TEXT[check.status] || check.status, 'Checked ' + time(check.checkedAt) + '.'];
  if (check.providerRefreshedAt) {
    parts.push('Provider totals of ' + time(check.providerRefreshedAt) + '.');
  }
  if (check.reason && check.status !== 'COMPLETE') {
    parts.push(check.reason.charAt(0).toUpperCase() + check.reason.slice(1) + '.');
  }
  return el('p', {class: 'check check-' + check.status.toLowerCase(), 'data-status': check.status, role: 'status', text: parts.join(' ')});
}

function humanAllTile(name, label, figures, rate, provider) {
  const all = figures.unique;
  const human = figures.human ? figures.human.unique : null;
  if (human === null || human === undefined) {
    return tile(name, label, count(all), [count(figures.total) + ' ' + name + ' in all', rate].filter(Boolean).join(' · '), {'data-all': all}, provider);
  }
  return tile(name, label + ' (human)', count(human), ['all: ' + count(all), rate].filter(Boolean).join(' · '), {'data-human': human, 'data-all': all}, provider);
}

function bounceDetail(stats) {
  const categories = stats.bounces || stats.bounceCategories;
  if (!categories || typeof categories !== 'object') {
    return null;
  }
  return Object.entries(categories).map(([name, n]) => name.toLowerCase() + ' ' + count(n)).join(' · ');
}

function rateDetail(rate, of) {
  return rate === null || rate === undefined ? null : percent(rate) + ' of ' + of;
}

function tiles(stats, check) {
  const notGiven = 'not reported by this provider';
  const sentProvider = check && check.sent !== null && check.sent !== undefined
    ? el('span', {class: 'tile-provider', 'data-provider': check.sent, text: 'provider ' + count(check.sent)}) : providerFigure(check, 'SENT');
  return [
    tile('sent', 'Sent', count(stats.sent), stats.sent === null ? notGiven : null, {'data-all': stats.sent ?? ''}, sentProvider),
    tile('delivered', 'Delivered', count(stats.delivered), stats.delivered === null ? notGiven : null, {'data-all': stats.delivered ?? ''}, providerFigure(check, 'DELIVERED')),
    humanAllTile('opens', 'Unique opens', stats.opened, rateDetail(stats.rates.open, 'delivered'), providerFigure(check, 'OPENED')),
    humanAllTile('clicks', 'Unique clicks', stats.clicked, rateDetail(stats.rates.click, 'delivered'), providerFigure(check, 'CLICKED')),
    tile('click-to-open', 'Click-to-open', percent(stats.rates.clickToOpen), stats.rates.basis === 'human' ? 'human opens and clicks' : 'all opens and clicks'),
    tile('bounces', 'Bounces', count(stats.bounced), bounceDetail(stats), {'data-all': stats.bounced ?? ''}, providerFigure(check, 'BOUNCED')),
    tile('unsubscribes', 'Unsubscribes', count(stats.unsubscribed), null, {'data-all': stats.unsubscribed ?? ''}, providerFigure(check, 'UNSUBSCRIBED')),
    tile('complaints', 'Complaints', count(stats.complained), stats.complained === null ? notGiven : null, {'data-all': stats.complained ?? ''}, providerFigure(check, 'COMPLAINED')),
  ];
}

function linksTable(links) {
  if (!links || links.length === 0) {
    return empty('No clicks yet.', 'Links show here once recipients click them and a sync has stored the clicks.');
  }
  const top = links.slice(0, TOP_LINKS);
  return el('div', {},
    el('div', {class: 'table-wrap'},
      el('table', {class: 'data links'},
        el('thead', {}, el('tr', {}, el('th', {scope: 'col', text: 'Link'}), el('th', {scope: 'col', class: 'num', text: 'Clicks'}), el('th', {scope: 'col', class: 'num', text: 'Unique clickers'}))),
        el('tbody', {}, top.map((link) => el('tr', {'data-url': link.url, 'data-link-id': link.id ?? ''},
          el('td', {class: 'url', title: link.url}, link.url, link.id ? el('span', {class: 'link-id', text: 'link ' + link.id}) : null),
          el('td', {class: 'num', 'data-value': link.total, text: count(link.total)}),
          el('td', {class: 'num', 'data-value': link.unique, text: count(link.unique)})))))),
    links.length > TOP_LINKS ? el('p', {class: 'muted', text: 'The ' + TOP_LINKS + ' most clicked of ' + count(links.length) + ' links.'}) : null);
}

function distribution(figures, absent, none) {
  if (!figures || typeof figures !== 'object') {
    return empty('Not available.', absent);
  }
  const entries = Object.entries(figures).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) {
    return el('p', {class: 'muted', text: none});
  }
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  return el('table', {class: 'data distribution'},
    el('tbody', {}, entries.map(([name, n]) => el('tr', {'data-key': name},
      el('th', {scope: 'row', text: name.replaceAll('_', ' ').toLowerCase()}),
      el('td', {class: 'num', text: count(n)}),
      el('td', {class: 'num share', text: percent(n / total)}),
      el('td', {class: 'bar'}, el('meter', {min: 0, max: total, value: n, 'aria-label': name}))))));
}

async function timeline(bucket, sentAt) {
  const query = new URLSearchParams({bucket});
  if (sentAt) {
    query.set('from', sentAt);
  }
  const path = '/api/v1/accounts/' + encodeURIComponent(account) + '/campaigns/' + encodeURIComponent(campaign) + '/timeline?' + query;
  return api(path);
}

async function chart(id, bucket, sentAt) {
  const node = document.getElementById(id);
  const answer = await timeline(bucket, sentAt);
  if (!answer.ok) {
    fill(node, failure('The timeline could not be read: ' + problem(answer)));
    return;
  }
  drawTimeline(node, answer.body);
}

function details(stats, check) {
  fill(document.getElementById('check'), checkBanner(check));
  fill(document.getElementById('tiles'), tiles(stats, check));
  fill(document.getElementById('links'), linksTable(stats.links));
  fill(document.getElementById('devices'), distribution(stats.devices, 'Devices are counted from opens and clicks.', 'No opens or clicks yet.'));
  fill(document.getElementById('operating-systems'), distribution(stats.operatingSystems,
    'This service does not parse user agents yet; operating systems appear once it does.', 'No opens or clicks with a known system yet.'));
  fill(document.getElementById('email-clients'), distribution(stats.emailClients,
    'This service does not parse user agents yet; email clients appear once it does.', 'No opens or clicks with a known client yet.'));
  fill(document.getElementById('machine'), distribution(stats.machine,
    'This service does not detect machine events yet: every figure counts all events.', 'No machine events detected: every open and click looks like a person.'));
}

/** Shows the campaign view of the address's account and campaign in the view's markup. */
export async function showCampaign() {
  content = document.getElementById('content');
  const back = document.getElementById('back');
  if (!account || !campaign) {
    fill(content, empty('No campaign chosen.', 'Open a campaign from the Campaigns page.'));
    return;
  }
  back.href = pageLink('/ui/', {view: 'campaigns', account});
  const base = '/api/v1/accounts/' + encodeURIComponent(account) + '/campaigns/' + encodeURIComponent(campaign);
  const [answer, checked] = await Promise.all([api(base + '/stats'), api(base + '/reconciliation')]);
  if (answer.status === 404) {
    fill(content, empty('Nothing stored for this campaign yet.', problem(answer) + '. If a sync is running, wait for it to finish; otherwise start one on the Accounts page.'));
    return;
  }
  if (!answer.ok) {
    fill(content, failure('The campaign could not be read: ' + problem(answer)));
    return;
  }
  const stats = answer.body;
  const title = stats.name || stats.subject || stats.campaignId;
  fill(document.getElementById('title'), title);
  document.title = title + ' · Engagement Hub';
  fill(document.getElementById('subtitle'),
    [account, stats.subject ? '“' + stats.subject + '”' : null, stats.sentAt ? 'sent ' + time(stats.sentAt) : null, 'campaign ' + stats.campaignId]
      .filter(Boolean).join(' · '));
  fill(content, document.getElementById('campaign-sections').content.cloneNode(true));
  details(stats, checked.ok ? checked.body : null);
  await Promise.all([chart('chart-hourly', 'hour', stats.sentAt), chart('chart-daily', 'day', stats.sentAt)]);
}

