/**
 * The built-in identity provider's pages, rendered on the server (no script): a sign-in form and
 * an error page, in Finnish, Swedish or English. Every value is escaped.
 */
import { type Lang, type Localized, localize, type Message } from '../../http/messages.js';
import { msg } from './messages.js';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1f24;line-height:1.5}
main{max-width:34rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px;border:1px solid #c9d1d9}
h1{font-size:1.5rem;margin-top:0}label{display:block;font-weight:600;margin-top:1rem}
input{font:inherit;padding:.4rem;width:100%;box-sizing:border-box;border:1px solid #57606a;border-radius:4px}
button{font:inherit;margin-top:1.25rem;padding:.5rem 1.25rem;background:#0b5cad;color:#fff;border:0;border-radius:4px;cursor:pointer}
button:focus,input:focus,a:focus{outline:3px solid #f0b400;outline-offset:2px}
.error{border:2px solid #b3261e;padding:.5rem 1rem;border-radius:4px;margin:1rem 0}
.error h2{font-size:1.1rem;margin:.25rem 0;color:#b3261e}
table{border-collapse:collapse;margin-top:.5rem;font-size:.95rem}td,th{text-align:left;padding:.2rem .6rem .2rem 0}
.hint{color:#57606a;font-size:.95rem}`;

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

export interface LoginPage {
  lang: Lang;
  action: string;
  username?: string;
  error?: Message;
  /** Training accounts to list (demo and tests): who they are, and their publicly known password. */
  trainingAccounts: { subject: string; description: Localized; password: string }[];
}

export function loginPage(p: LoginPage): string {
  const t = (m: Message) => escapeHtml(localize(m, p.lang));
  const error = p.error
    ? `<div class="error" role="alert" tabindex="-1" id="error"><h2>${t(msg('idp.errorSummary'))}</h2><p>${t(p.error)}</p></div>`
    : '';
  const accounts = p.trainingAccounts;
  const passwords = new Set(accounts.map((a) => a.password));
  // One password for all (the demo county): said once in the heading; else beside each account.
  const shared = passwords.size === 1 ? [...passwords][0] : undefined;
  const users = accounts
    .map(
      (u) =>
        `<tr><td><code>${escapeHtml(u.subject)}</code></td><td>${escapeHtml(u.description[p.lang] || u.description.en)}</td>${
          shared === undefined ? `<td><code>${escapeHtml(u.password)}</code></td>` : ''
        }</tr>`,
    )
    .join('');
  const heading =
    shared === undefined ? t(msg('idp.trainingAccounts')) : t(msg('idp.demoUsers', { password: shared }));
  return page(
    p.lang,
    localize(msg('idp.title'), p.lang),
    `<h1>${t(msg('idp.title'))}</h1>
<p class="hint">${t(msg('idp.intro'))}</p>${error}
<form method="post" action="${escapeHtml(p.action)}" autocomplete="off">
<label for="username">${t(msg('idp.username'))}</label>
<input id="username" name="username" autocomplete="username" required maxlength="200" value="${escapeHtml(p.username ?? '')}"${p.error ? ' aria-describedby="error"' : ' autofocus'}>
<label for="password">${t(msg('idp.password'))}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200">
<button type="submit">${t(msg('idp.submit'))}</button>
</form>
${users ? `<h2>${heading}</h2><table><tbody>${users}</tbody></table>` : ''}`,
  );
}

export function errorPage(lang: Lang, message: Message): string {
  const t = (m: Message) => escapeHtml(localize(m, lang));
  return page(
    lang,
    localize(msg('idp.errorTitle'), lang),
    `<h1>${t(msg('idp.errorTitle'))}</h1><div class="error" role="alert"><p>${t(message)}</p></div><p><a href="/">${t(msg('idp.backToApp'))}</a></p>`,
  );
}
