// Embeds the Anxin chat widget in any page with one tag:
//   <script type="module" src="https://anxin.example.com/widget/anxin-widget.js" data-lang="zh-Hans"></script>
// Plain ES modules, no build step. The server is wherever this file was loaded from.
import { chooseLang } from './i18n.js';
import { identityFrom, storage } from './identity.js';
import { ChatPanel } from './panel.js';

const tag = Array.from(document.querySelectorAll('script[src]')).find((s) => s.src === import.meta.url)
  || document.querySelector('script[src*="anxin-widget.js"]');
const options = tag ? tag.dataset : {};
const base = new URL('.', import.meta.url);
const store = storage();

const panel = new ChatPanel({
  base,
  lang: chooseLang(options.lang, navigator.languages || [navigator.language]),
  identity: identityFrom(options, store),
  store,
  open: options.open === 'true',
});
document.body.appendChild(panel.host);
panel.start();

// For the host page (and the widget's tests): open the panel, or drop the connection as a network would.
window.anxinWidget = { open: () => panel.show(), drop: (pauseMs) => panel.connection.drop(pauseMs) };
