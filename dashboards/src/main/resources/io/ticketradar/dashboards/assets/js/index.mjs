// The landing page: the pages, and a sign-in form that keeps a token for this browser tab.
import { forgetToken } from './api.mjs';
import { h, initPage, loadAsOf, signInForm, withLanguage } from './ui.mjs';

const page = initPage();
const { t } = page;

function render(signedIn) {
  const state = document.getElementById('session-state');
  const form = document.getElementById('session-form');
  document.body.dataset.signedIn = String(signedIn);
  if (signedIn) {
    loadAsOf(page);
    state.textContent = t('signin.ok');
    form.replaceChildren(h('button', { type: 'button', class: 'secondary', id: 'signout', onclick: () => {
      forgetToken();
      render(false);
    } }, t('signin.out')));
  } else {
    state.textContent = t('signin.prompt');
    form.replaceChildren(signInForm(t, () => render(true)));
  }
}

render(page.signedIn);

// An engineer's page needs the engineer's id in its address.
document.getElementById('engineer-open').addEventListener('submit', (event) => {
  event.preventDefault();
  const id = document.getElementById('engineer-input').value.trim();
  if (id) location.href = withLanguage(new URL(`/engineer/${encodeURIComponent(id)}`, location.href).href, page.lang);
});
