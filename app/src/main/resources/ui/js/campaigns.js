// The campaigns view: one account's campaigns, newest sent first, paged through the campaigns API and sortable by
// any column. The service gives each campaign's open and click rates twice: on human opens and
// clicks, and on all of them; both show, the other on hover.
import {api, problem} from './api.js';
import {count, percent, time} from './format.js';
import {el, empty, failure, fill, pageLink, param} from './dom.js';

const PAGE_SIZE = 50;
const account = param('account');
let container;
let more;
/** The account's last sync, to say in an empty state whether one is running. */
let lastSync = null;
const loaded = [];
let next = null;
let sort = {key: null, descending: true};

function row(item) {
  return {
    item,
    name: item.name || item.campaignId,
    sentAt: item.sentAt ? new Date(item.sentAt).getTime() : null,
    sent: item.sent ?? null,
    check: item.reconciliation ?? null,
    openHuman: item.rates.open,
    openAll: item.allRates.open,
    clickHuman: item.rates.click,
    clickAll: item.allRates.click,
    bounced: item.bounced,
    unsubscribed: item.unsubscribed,
  };
}

function columns(withHuman) {
  const rate = (key, label) => ({key, label, numeric: true});
  return [
    {key: 'name', label: 'Campaign'},
    {key: 'sentAt', label: 'Sent at'},
    {key: 'sent', label: 'Sent', numeric: true},
    ...(withHuman
      ? [rate('openHuman', 'Open rate (human)'), rate('openAll', 'Open rate (all)'), rate('clickHuman', 'Click rate (human)'), rate('clickAll', 'Click rate (all)')]
      : [rate('openAll', 'Open rate'), rate('clickAll', 'Click rate')]),
    {key: 'bounced', label: 'Bounces', numeric: true},
    {key: 'unsubscribed', label: 'Unsubscribes', numeric: true},
    {key: 'check', label: 'Provider check'},
  ];
}

function rateTitle(human, all) {
  return 'human ' + percent(human) + ' · all ' + percent(all);
}

function cell(column, r) {
  const value = r[column.key];
  switch (column.key) {
    case 'name':
      return el('td', {}, el('a', {href: pageLink('/ui/', {view: 'campaign', account, campaign: r.item.campaignId}), text: r.name}),
        r.item.subject ? el('span', {class: 'subject', text: r.item.subject}) : null);
    case 'sentAt':
      return el('td', {text: time(r.item.sentAt)});
    case 'check':
      return el('td', {class: 'check-cell', 'data-status': value ?? 'NONE', text: value ? value.toLowerCase() : 'not checked'});
    case 'openHuman':
    case 'openAll':
      return el('td', {class: 'num', title: rateTitle(r.openHuman, r.openAll), text: percent(value)});
    case 'clickHuman':
    case 'clickAll':
      return el('td', {class: 'num', title: rateTitle(r.clickHuman, r.clickAll), text: percent(value)});
    default:
      return el('td', {class: 'num', text: count(value)});
  }
}

function compare(a, b) {
  const x = a[sort.key];
  const y = b[sort.key];
  if (x === y) {
    return 0;
  }
  if (x === null || x === undefined) {
    return 1;
  }
  if (y === null || y === undefined) {
    return -1;
  }
  const order = typeof x === 'string' ? x.localeCompare(y) : x - y;
  return sort.descending ? -order : order;
}

function header(column) {
  const active = sort.key === column.key;
  const button = el('button', {type: 'button', class: 'sort', 'data-sort': column.key, text: column.label + (active ? (sort.descending ? ' ▼' : ' ▲') : '')});
  button.addEventListener('click', () => {
    sort = {key: column.key, descending: active ? !sort.descending : column.key !== 'name'};
    render();
  });
  return el('th', {scope: 'col', class: column.numeric ? 'num' : null, 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : null}, button);
}

function render() {
  const withHuman = loaded.some((item) => item.rates.basis === 'human');
  const cols = columns(withHuman);
  const rows = loaded.map(row);
  if (sort.key) {
    rows.sort(compare);
  }
  fill(
    container,
    el('div', {class: 'table-wrap'},
      el('table', {class: 'data campaigns'},
        el('thead', {}, el('tr', {}, cols.map(header))),
        el('tbody', {}, rows.map((r) => el('tr', {'data-campaign': r.item.campaignId}, cols.map((c) => cell(c, r))))))),
    el('p', {class: 'muted', text: count(loaded.length) + (next ? ' campaigns loaded; more below.' : ' campaigns.') + (withHuman ? '' : ' Rates count all opens and clicks.')}),
  );
  more.hidden = !next;
}

async function load() {
  more.disabled = true;
  const path = '/api/v1/accounts/' + encodeURIComponent(account) + '/campaigns?limit=' + PAGE_SIZE + (next ? '&cursor=' + encodeURIComponent(next) : '');
  const answer = await api(path);
  more.disabled = false;
  if (answer.status === 404 && answer.body && /unknown account/.test(answer.body.detail || '')) {
    fill(container, empty('There is no account named “' + account + '”.', 'Pick one of the configured accounts above.'));
    return;
  }
  if (answer.ok && answer.body.items.length === 0 && loaded.length === 0) {
    fill(container, lastSync && lastSync.status === 'RUNNING'
      ? empty('No campaigns yet: a sync is running.', 'Campaigns appear here once it has stored their events; reload the page when it has finished.')
      : empty('No campaigns yet.', 'Campaigns appear once a sync has stored their events: start one with “Sync now” on the Accounts page.'));
    return;
  }
  if (!answer.ok) {
    fill(container, failure('The campaigns could not be read: ' + problem(answer)));
    return;
  }
  loaded.push(...answer.body.items);
  next = answer.body.next;
  render();
}

async function picker() {
  const answer = await api('/api/v1/accounts');
  const node = document.getElementById('account-picker');
  if (!answer.ok) {
    fill(node, failure('The accounts could not be read: ' + problem(answer)));
    return [];
  }
  fill(node, el('nav', {class: 'tabs', 'aria-label': 'Accounts'},
    answer.body.map((a) => el('a', {href: pageLink('/ui/', {view: 'campaigns', account: a.name}), 'aria-current': a.name === account ? 'page' : null, text: a.name}))));
  return answer.body;
}

/** Shows the campaigns view of the address's account in the view's markup. */
export async function showCampaigns() {
  container = document.getElementById('campaigns');
  more = document.getElementById('load-more');
  const accounts = await picker();
  const chosen = accounts.find((a) => a.name === account);
  lastSync = chosen ? chosen.lastSync : null;
  if (!account) {
    fill(container, accounts.length
      ? empty('Pick an account.', 'Choose one of the accounts above to see its campaigns.')
      : empty('No accounts are configured.', 'Add one under engagement.accounts (see the README), or start the service with --demo.'));
    return;
  }
  fill(document.getElementById('title'), 'Campaigns of ' + account);
  document.title = 'Campaigns of ' + account + ' · Engagement Hub';
  more.addEventListener('click', load);
  await load();
}

