// JSON calls to the dashboard's own API; a lost session sends the browser back to the login page.

export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  return read(response);
}

export async function postJson(url) {
  const response = await fetch(url, { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  return read(response);
}

async function read(response) {
  if (response.status === 401) {
    window.location.assign('/login');
    throw new Error('Logged out');
  }
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.error ?? `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return body;
}
