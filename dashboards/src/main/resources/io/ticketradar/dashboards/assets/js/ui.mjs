// What every page shares: language, header, panel states, the sign-in screen and the "data as of" line.
import { ApiError, download, getJson, storeToken, storedToken, takeTokenFromAddress } from './api.mjs';
import { formats, languageOf, translator } from './i18n.mjs';

/** Creates an element: h('td', {class: 'n'}, 'text', child...). Text is always set as text, never as HTML. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** The same address in the given language (token never carried over). */
export function withLanguage(href, lang) {
  const url = new URL(href);
  url.searchParams.delete('token');
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  return url.pathname + url.search + url.hash;
}

/**
 * Sets up a page: moves a ?token= into the session, picks the language, fills every [data-i18n] element and the
 * navigation. Returns {lang, t, fmt, signedIn}.
 */
export function initPage() {
  const cleaned = takeTokenFromAddress(location.href);
  if (cleaned !== null) history.replaceState(history.state, '', cleaned);
  const lang = languageOf(location.search);
  const t = translator(lang);
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of document.querySelectorAll('[data-i18n-placeholder]')) {
    element.placeholder = t(element.dataset.i18nPlaceholder);
  }
  for (const link of document.querySelectorAll('a[data-nav]')) {
    const target = new URL(link.getAttribute('href'), location.href);
    link.href = withLanguage(target.href, lang);
    if (target.pathname === location.pathname && link.closest('nav')) link.setAttribute('aria-current', 'page');
  }
  const switcher = document.getElementById('lang-switch');
  if (switcher) {
    switcher.textContent = t('lang.other');
    switcher.href = withLanguage(location.href, lang === 'en' ? 'zh-CN' : 'en');
  }
  document.title = `${t(document.body.dataset.title)} · ${t('app.name')}`;
  return { lang, t, fmt: formats(lang), signedIn: Boolean(storedToken()) };
}

/** The message a failed call shows a person. */
export function describe(error, t) {
  if (error instanceof ApiError && error.status === 0) return t('error.network', { message: error.message });
  if (error instanceof ApiError) return t('error.api', { status: error.status, message: error.message });
  return t('error.api', { status: '—', message: error.message });
}

/**
 * A panel's state, shown by its [data-state] (CSS hides the body or the message accordingly):
 * loading, empty, error (with the message) or ready.
 */
export function setState(panel, state, message = '') {
  panel.dataset.state = state;
  let note = panel.querySelector(':scope > .state');
  if (!note) {
    note = h('div', { class: 'state', role: state === 'error' ? 'alert' : 'status' });
    panel.append(note);
  }
  note.textContent = message;
  note.setAttribute('role', state === 'error' ? 'alert' : 'status');
}

/**
 * Loads one panel: loading state, then render(data) and ready (or empty when render returns false, or the message
 * to show when it returns a string), or the error. A 401 anywhere means the token is wrong or expired: the
 * sign-in screen replaces the page.
 */
export async function loadPanel(panel, t, fetcher, render) {
  if (panel.dataset.state !== 'ready') setState(panel, 'loading', t('loading'));
  try {
    const data = await fetcher();
    // Charts measure their element when drawn, so the body is shown (at its real size) before render runs.
    panel.dataset.state = 'rendering';
    const shown = render(data);
    if (shown === false || typeof shown === 'string') {
      setState(panel, 'empty', shown === false ? t('empty') : shown);
    } else {
      setState(panel, 'ready');
    }
    return data;
  } catch (error) {
    if (error instanceof ApiError && error.unauthorized) {
      showSignIn(t, 'signin.expired');
    }
    setState(panel, 'error', describe(error, t));
    return null;
  }
}

/** The "data as of" line. */
export function showAsOf(t, fmt, iso) {
  const element = document.getElementById('as-of');
  if (!element) return;
  element.textContent = iso ? t('asOf', { time: fmt.instant(iso) }) : t('asOf.none');
  element.dataset.asOf = iso ?? '';
}

/** The sign-in form: checks the token against the API before keeping it, then calls onSignedIn. */
export function signInForm(t, onSignedIn) {
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'off', required: true, id: 'token-input',
    'aria-label': t('signin.token'), placeholder: t('signin.token') });
  const message = h('p', { class: 'signin-message', role: 'alert' });
  const button = h('button', { type: 'submit' }, t('signin.submit'));
  const form = h('form', { class: 'signin-form', id: 'signin-form' }, input, button, message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = input.value.trim();
    message.textContent = t('signin.checking');
    try {
      await getJson('/api/v1/indicators/live', {}, token);
      storeToken(token);
      onSignedIn();
    } catch (error) {
      message.textContent = error instanceof ApiError && error.unauthorized ? t('signin.expired') : describe(error, t);
    }
  });
  return form;
}

/** Covers the page with a clear sign-in screen (never a blank page); signing in reloads the page. */
export function showSignIn(t, reason) {
  document.body.dataset.signin = reason;
  let overlay = document.getElementById('signin');
  if (!overlay) {
    overlay = h('div', { id: 'signin', class: 'signin', role: 'dialog', 'aria-modal': 'true' },
      h('div', { class: 'signin-box' },
        h('h1', {}, t('app.name'), ' · ', t('signin.title')),
        h('p', { class: 'signin-reason' }),
        h('p', {}, t('signin.prompt')),
        signInForm(t, () => location.reload())));
    document.body.append(overlay);
  }
  overlay.querySelector('.signin-reason').textContent = t(reason);
  overlay.querySelector('input').focus();
}

/** Shows the sign-in screen and returns false when there is no token yet. */
export function requireToken(page) {
  if (!page.signedIn) {
    showSignIn(page.t, 'signin.missing');
    return false;
  }
  return true;
}

/** The "data as of" line of pages without a figure of their own: the newest computation the API has. */
export async function loadAsOf(page) {
  try {
    const live = await getJson('/api/v1/indicators/live');
    showAsOf(page.t, page.fmt, live.computed_at);
  } catch (error) {
    if (error instanceof ApiError && error.unauthorized) showSignIn(page.t, 'signin.expired');
  }
}

/**
 * Fills a table: columns are {label, value(row), numeric}; onPick(row, tr) makes rows clickable.
 */
export function fillTable(table, columns, rows, onPick) {
  table.tHead.replaceChildren(h('tr', {}, columns.map((c) => h('th', { class: c.numeric ? 'n' : null }, c.label))));
  table.tBodies[0].replaceChildren(...rows.map((row) => {
    const tr = h('tr', { class: onPick ? 'clickable' : null },
      columns.map((c) => h('td', { class: c.numeric ? 'n' : null }, c.value(row) ?? '')));
    if (onPick) tr.addEventListener('click', () => onPick(row, tr));
    return tr;
  }));
}

/** Buttons marked data-export="csv|xlsx" inside the element download what request() names: {path, params, name}. */
export function wireExports(element, t, request) {
  for (const button of element.querySelectorAll('[data-export]')) {
    button.addEventListener('click', async () => {
      const what = request();
      if (!what) return;
      try {
        await download(what.path, what.params, button.dataset.export, what.name);
      } catch (error) {
        if (error instanceof ApiError && error.unauthorized) showSignIn(t, 'signin.expired');
        setState(element, 'error', describe(error, t));
      }
    });
  }
}
