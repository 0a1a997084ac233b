// The dashboard's one page: the address's "view" parameter picks the view (accounts without it),
// whose markup comes from a template of the page and whose data comes from the REST API.
import {showAccounts} from './accounts.js';
import {showCampaign} from './campaign.js';
import {showCampaigns} from './campaigns.js';
import {param} from './dom.js';

const VIEWS = {accounts: showAccounts, campaigns: showCampaigns, campaign: showCampaign};
const TITLES = {accounts: 'Accounts', campaigns: 'Campaigns', campaign: 'Campaign'};

const view = Object.hasOwn(VIEWS, param('view')) ? param('view') : 'accounts';
document.body.dataset.view = view;
document.title = TITLES[view] + ' · Engagement Hub';
for (const link of document.querySelectorAll('.top nav a[data-view]')) {
  if (link.dataset.view === view || (view === 'campaign' && link.dataset.view === 'campaigns')) {
    link.setAttribute('aria-current', 'page');
  }
}
document.getElementById('main').replaceChildren(document.getElementById('view-' + view).content.cloneNode(true));
VIEWS[view]();
