// The one way the pages talk to the service: the same REST API as any other client. A token, when
// the service asks for one, is kept in sessionStorage (gone when the tab closes) and sent only as a
// bearer header, never in a URL.
const TOKEN_KEY = 'engagement-hub.api-token';

let tokenAsked = null;

function tokenPrompt() {
  return document.getElementById('token-prompt');
}

function askForToken(rejected) {
  if (!tokenAsked) {
    tokenAsked = new Promise((resolve) => {
      const prompt = tokenPrompt();
      const form = prompt.querySelector('form');
      const input = form.querySelector('input');
      prompt.querySelector('.token-rejected').hidden = !rejected;
      prompt.hidden = false;
      input.focus();
      form.addEventListener('submit', function submitted(event) {
        event.preventDefault();
        const token = input.value.trim();
        if (!token) {
          return;
        }
        sessionStorage.setItem(TOKEN_KEY, token);
        input.value = '';
        prompt.hidden = true;
        form.removeEventListener('submit', submitted);
        tokenAsked = null;
        resolve();
      });
    });
  }
  return tokenAsked;
}

/** Forgets the token, so the next request asks for one again. */
export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * Calls the API and answers {status, ok, body}; body is the parsed JSON (or null). A 401 asks for a
 * token and tries again with it.
 */
export async function api(path, {method = 'GET', body} = {}) {
  const headers = {Accept: 'application/json, application/problem+json'};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) {
    headers.Authorization = 'Bearer ' + token;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
    credentials: 'omit',
  });
  if (response.status === 401) {
    const hadToken = token !== null;
    forgetToken();
    await askForToken(hadToken);
    return api(path, {method, body});
  }
  const text = await response.text();
  let parsed = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      parsed = null;
    }
  }
  return {status: response.status, ok: response.ok, body: parsed};
}

/** The problem's detail of a failed answer, or a plain description of its status. */
export function problem(answer) {
  if (answer.body && answer.body.detail) {
    return answer.body.detail;
  }
  return 'the service answered ' + answer.status;
}
