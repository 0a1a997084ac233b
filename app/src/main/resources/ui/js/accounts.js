// The accounts view: each account's last sync, the next scheduled one, and a running sync's
// progress, polled every two seconds until it ends.
import {api, problem} from './api.js';
import {count, relative, time} from './format.js';
import {el, empty, failure, fill, pageLink} from './dom.js';

const POLL_MILLIS = 2000;
let list;
const polling = new Map();

function status(run) {
  if (!run) {
    return el('span', {class: 'status status-none', text: 'never synced'});
  }
  return el('span', {class: 'status status-' + run.status.toLowerCase(), 'data-status': run.status, text: run.status});
}

function figure(label, value, name) {
  return el('div', {class: 'figure'}, el('dt', {text: label}), el('dd', {'data-figure': name, text: value}));
}

function runDetails(run) {
  if (!run) {
    return el('p', {class: 'muted', text: 'No sync has run yet. Press “Sync now” to read its events.'});
  }
  const running = run.status === 'RUNNING';
  const figures = el(
    'dl',
    {class: 'figures'},
    figure(running ? 'Started' : 'Finished', time(running ? run.startedAt : run.finishedAt || run.startedAt), 'when'),
    figure('Requests', count(run.requests), 'requests'),
    figure('Events read', count(run.eventsRead), 'eventsRead'),
    figure('Events stored', count(run.eventsStored), 'eventsStored'),
    figure('Streams failed', count(run.streams ? run.streams.failed : null), 'streamsFailed'),
  );
  const failures = (run.failures || []).map((f) => el('li', {}, el('code', {text: f.stream}), ': ', f.reason));
  return el(
    'div',
    {class: 'run', 'data-run': run.id},
    figures,
    running ? el('p', {class: 'progress', role: 'status'}, el('span', {class: 'spinner'}), 'Sync running…') : null,
    run.message ? el('p', {class: 'run-message', text: run.message}) : null,
    failures.length ? el('ul', {class: 'failures', 'aria-label': 'Failed streams'}, failures) : null,
  );
}

function usage(account) {
  const spent = account.usage;
  if (!spent || !spent.runs) {
    return null;
  }
  const perThousand = spent.requestsPer1000Events == null ? '—' : spent.requestsPer1000Events.toFixed(1);
  return el(
    'p',
    {class: 'usage'},
    el('span', {class: 'muted', text: 'Cost: '}),
    el('span', {'data-usage': 'perThousand', text: perThousand}),
    ' requests per 1,000 events stored (last ' + count(spent.runs) + ' syncs)',
    spent.provider
      ? el(
          'span',
          {},
          '; the provider counts ',
          el('span', {'data-usage': 'providerApiCalls', text: count(spent.provider.apiCalls)}),
          ' API calls since ' + spent.provider.from,
        )
      : null,
  );
}

function nextRun(account) {
  if (account.nextSyncAt) {
    return time(account.nextSyncAt) + ' (' + relative(account.nextSyncAt) + ')';
  }
  if (account.lastSync && account.lastSync.status === 'RUNNING') {
    return 'after the running sync';
  }
  return 'not scheduled (sync on demand)';
}

function card(account) {
  const button = el('button', {type: 'button', class: 'sync-now', text: 'Sync now'});
  const note = el('p', {class: 'sync-note', 'aria-live': 'polite'});
  const details = el('div', {class: 'run-slot'}, runDetails(account.lastSync));
  const node = el(
    'article',
    {class: 'account', 'data-account': account.name},
    el(
      'header',
      {class: 'account-head'},
      el('h2', {}, el('a', {href: pageLink('/ui/', {view: 'campaigns', account: account.name}), text: account.name})),
      el('span', {class: 'provider', text: account.provider}),
      status(account.lastSync),
    ),
    details,
    usage(account),
    el('p', {class: 'next'}, el('span', {class: 'muted', text: 'Next scheduled sync: '}), el('span', {'data-next': '', text: nextRun(account)})),
    el('div', {class: 'actions'}, button, el('a', {href: pageLink('/ui/', {view: 'campaigns', account: account.name}), text: 'Campaigns →'})),
    note,
  );
  button.addEventListener('click', () => startSync(account.name, node));
  if (account.lastSync && account.lastSync.status === 'RUNNING') {
    watch(account.lastSync.id, node);
  }
  return node;
}

function show(node, run) {
  fill(node.querySelector('.run-slot'), runDetails(run));
  node.querySelector('.account-head .status').replaceWith(status(run));
  node.querySelector('.sync-now').disabled = run && run.status === 'RUNNING';
}

function watch(runId, node) {
  if (polling.has(runId)) {
    return;
  }
  node.querySelector('.sync-now').disabled = true;
  const timer = setInterval(async () => {
    const answer = await api('/api/v1/syncs/' + encodeURIComponent(runId));
    if (!answer.ok) {
      return;
    }
    show(node, answer.body);
    if (answer.body.status !== 'RUNNING') {
      clearInterval(timer);
      polling.delete(runId);
      refresh();
    }
  }, POLL_MILLIS);
  polling.set(runId, timer);
}

async function startSync(account, node) {
  const note = node.querySelector('.sync-note');
  node.querySelector('.sync-now').disabled = true;
  const answer = await api('/api/v1/accounts/' + encodeURIComponent(account) + '/syncs', {method: 'POST'});
  if (answer.status === 202 && answer.body) {
    fill(note, 'Sync started.');
    show(node, answer.body);
    watch(answer.body.id, node);
  } else if (answer.status === 202) {
    fill(note, 'Sync requested: it starts as soon as an instance picks it up.');
    setTimeout(refresh, POLL_MILLIS);
  } else if (answer.status === 409 && answer.body && answer.body.run) {
    fill(note, 'A sync of this account is already running; showing its progress.');
    show(node, answer.body.run);
    watch(answer.body.run.id, node);
  } else {
    fill(note, failure('The sync did not start: ' + problem(answer)));
    node.querySelector('.sync-now').disabled = false;
  }
}

async function refresh() {
  const answer = await api('/api/v1/accounts');
  if (!answer.ok) {
    fill(list, failure('The accounts could not be read: ' + problem(answer)));
    return;
  }
  if (answer.body.length === 0) {
    fill(
      list,
      empty(
        'No accounts are configured.',
        'Add one under engagement.accounts in the configuration (see the README), or start the service with --demo to try it with simulated providers.',
      ),
    );
    return;
  }
  const current = new Map([...list.querySelectorAll('.account')].map((node) => [node.dataset.account, node]));
  const cards = answer.body.map((account) => {
    const existing = current.get(account.name);
    const watched = existing && [...polling.keys()].some((id) => existing.querySelector('[data-run="' + CSS.escape(id) + '"]'));
    return watched ? existing : card(account);
  });
  fill(list, cards);
}

/** Shows the accounts page in the view's markup. */
export function showAccounts() {
  list = document.getElementById('accounts');
  refresh();
}
