// The sign-in page: labels in the chosen language, the CSRF token from its cookie into the form.
import { chosenLang, choose, t, LANGS, LANG_NAMES } from './i18n.js';
import { csrfToken } from './api.js';

function draw(lang) {
  document.documentElement.lang = lang;
  document.title = t(lang, 'title');
  document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(lang, e.dataset.t); });
  const params = new URLSearchParams(location.search);
  const notice = document.querySelector('.notice');
  const which = params.has('error') ? 'badLogin' : params.has('logout') ? 'loggedOut' : null;
  notice.hidden = !which;
  if (which) notice.textContent = t(lang, which);
}

const select = document.getElementById('lang');
for (const lang of LANGS) select.append(new Option(LANG_NAMES[lang], lang));
select.value = chosenLang();
select.addEventListener('change', () => { choose(select.value); draw(select.value); });
draw(select.value);
document.querySelector('input[name=_csrf]').value = csrfToken();
