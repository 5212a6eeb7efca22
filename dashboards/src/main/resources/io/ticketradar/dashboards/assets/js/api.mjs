// The API as the pages call it: bearer token from the session, one error shape for both of the API's formats.

const TOKEN_KEY = 'ticketradar.token';

/** A failed call: HTTP status (0 when the server could not be reached), the API's code, message and parameter. */
export class ApiError extends Error {
  constructor(status, code, message, param) {
    super(message);
    this.status = status;
    this.code = code;
    this.param = param;
  }

  get unauthorized() {
    return this.status === 401;
  }
}

/**
 * The error an answer carries: {"error":{"code","message","param"}} (the API's format from issue 8 on) or
 * {"error":"...","status":N} (before it), or whatever a proxy sent.
 */
export function errorOf(status, body) {
  const error = body && typeof body === 'object' ? body.error : undefined;
  if (error && typeof error === 'object') {
    return new ApiError(status, error.code ?? null, error.message ?? String(status), error.param ?? null);
  }
  if (typeof error === 'string') {
    return new ApiError(status, null, error, null);
  }
  return new ApiError(status, null, typeof body === 'string' && body ? body.slice(0, 200) : `HTTP ${status}`, null);
}

/** A parameter sent with an empty value, where empty means something (the heatmap's undiagnosed row). */
export const EMPTY = Object.freeze({ toString: () => '' });

/** A path with its query; parameters that are null, undefined or '' are left out, {@link EMPTY} is sent empty. */
export function apiPath(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') {
      query.append(name, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function storedToken(storage = globalThis.sessionStorage) {
  return storage.getItem(TOKEN_KEY);
}

export function storeToken(token, storage = globalThis.sessionStorage) {
  storage.setItem(TOKEN_KEY, token);
}

export function forgetToken(storage = globalThis.sessionStorage) {
  storage.removeItem(TOKEN_KEY);
}

/**
 * A display token given once as ?token= moves into the session and out of the address bar (and so out of the
 * history, bookmarks and anyone's photo of the screen). Returns the address without it, or null when it had none.
 */
export function takeTokenFromAddress(href, storage = globalThis.sessionStorage) {
  const url = new URL(href);
  const token = url.searchParams.get('token');
  if (token === null) {
    return null;
  }
  if (token.trim()) {
    storeToken(token.trim(), storage);
  }
  url.searchParams.delete('token');
  return url.pathname + url.search + url.hash;
}

async function call(path, token) {
  let response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${token ?? ''}`, Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'NETWORK', e.message, null);
  }
  if (!response.ok) {
    const text = await response.text();
    let body = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: errorOf shows the start of the text
    }
    throw errorOf(response.status, body);
  }
  return response;
}

/** GET a JSON resource of the API with the session's token (or the one given). */
export async function getJson(path, params = {}, token = storedToken()) {
  const response = await call(apiPath(path, params), token);
  return response.json();
}

/** Downloads what the API exports for the same query (?format=csv|xlsx) as a file. */
export async function download(path, params, format, fileName) {
  const response = await call(apiPath(path, { ...params, format }), storedToken());
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${fileName}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
