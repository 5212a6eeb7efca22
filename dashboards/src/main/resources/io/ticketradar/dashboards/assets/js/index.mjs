// The landing page: the pages, and a sign-in form that keeps a token for this browser tab.
import { forgetToken } from './api.mjs';
import { h, initPage, loadAsOf, signInForm } from './ui.mjs';

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
