/**
 * The one inline script of every page, as text: the Content Security Policy allows it by its
 * hash, so the text here is exactly what the page runs (the build hashes this string).
 *
 * At start (well under 1 KB gzip): the theme before first paint (no flash), the theme toggle
 * (choosing the system's own theme again forgets the choice, so the page follows the system again),
 * the phone menu and the "/" search shortcut. After the page has loaded: the service worker's
 * registration. The update notice's module is fetched only when the worker says a new version waits.
 */
import { UPDATE_MESSAGE } from './config';

export interface HeadScriptOptions {
  /** The site's base path, "/" or "/mentoring/". */
  base: string;
  /** Register the service worker (not in `astro dev`, which has none). */
  serviceWorker: boolean;
}

export const themeKey = (base: string) => `playbook:${base}:theme`;
/** The service worker's URL and the update notice's module, both at the base (the worker's scope). */
export const serviceWorkerUrl = (base: string) => `${base}sw.js`;
export const updateNoticeUrl = (base: string) => `${base}sw-update.js`;

const THEME = `const d=document.documentElement,mq=matchMedia('(prefers-color-scheme: dark)');
function stored(){try{const s=localStorage.getItem(key);return s==='dark'||s==='light'?s:null}catch{return null}}
function apply(t){d.dataset.theme=t;const b=document.getElementById('theme-toggle');if(b)b.setAttribute('aria-pressed',String(t==='dark'))}
apply(stored()||(mq.matches?'dark':'light'));d.classList.add('js');
mq.addEventListener('change',function(){if(!stored())apply(mq.matches?'dark':'light')});
document.addEventListener('DOMContentLoaded',function(){apply(d.dataset.theme)});
function menu(open){const s=document.getElementById('sidebar'),b=document.getElementById('menu-toggle');if(!s||!b)return;s.classList.toggle('open',open);b.setAttribute('aria-expanded',String(open))}
document.addEventListener('click',function(e){const b=e.target.closest&&e.target.closest('button');if(!b)return;
if(b.id==='theme-toggle'){const n=d.dataset.theme==='dark'?'light':'dark';apply(n);try{if(n===(mq.matches?'dark':'light'))localStorage.removeItem(key);else localStorage.setItem(key,n)}catch{/* blocked: this page only */}}
else if(b.id==='menu-toggle')menu(b.getAttribute('aria-expanded')!=='true')});
document.addEventListener('keydown',function(e){const a=document.activeElement;
if(e.key==='Escape'){const b=document.getElementById('menu-toggle');if(b&&b.getAttribute('aria-expanded')==='true'){menu(false);b.focus()}return}
if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey||(a&&(a.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(a.tagName))))return;
const i=document.getElementById('site-search');if(i){e.preventDefault();i.focus();i.select()}});`;


// The registration waits for the page's load event, so it never competes with the page's own start.
// Everything else about updates happens in the worker, which tells the page when one is waiting;
// only then is the notice's module fetched. The listener is set at once: messages wait for it.
const SERVICE_WORKER = `const s=navigator.serviceWorker;if(s){s.onmessage=e=>e.data===${JSON.stringify(UPDATE_MESSAGE)}&&import(notice).then(m=>m.offerUpdate());
addEventListener('load',()=>s.register(sw,{scope:base}).catch(()=>{}))}`;

export function headScript({ base, serviceWorker }: HeadScriptOptions): string {
  const vars = [`const key=${JSON.stringify(themeKey(base))}`];
  if (serviceWorker) vars.push(`base=${JSON.stringify(base)}`, `sw=${JSON.stringify(serviceWorkerUrl(base))}`, `notice=${JSON.stringify(updateNoticeUrl(base))}`);
  return `(function(){${vars.join(',')};\n${THEME}${serviceWorker ? `\n${SERVICE_WORKER}` : ''}})();`;
}
