/**
 * A lean stand-in for Vite's dynamic-import helper (`\0vite/preload-helper.js`), for builds with
 * `build.modulePreload: false`. Vite's own helper also preloads every chunk a lazy import needs
 * (about 0.5 KB gzip on every page with an island); with module preload off the only dependencies
 * it is still handed are stylesheets, so this one loads those, then the module, and reports a
 * failure the way Vite does (a cancelable `vite:preloadError` event on window, else a throw).
 */
/** @returns {import('vite').Plugin} */
export function leanPreloadHelper() {
  let base = '/';
  return {
    name: 'playbook:lean-preload-helper',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      if (id !== '\0vite/preload-helper.js') return null;
      const code = `const base = ${JSON.stringify(base)}, seen = {};
function failed(err) {
  const e = new Event('vite:preloadError', { cancelable: true });
  e.payload = err;
  window.dispatchEvent(e);
  if (!e.defaultPrevented) throw err;
}
function stylesheet(dep) {
  const href = base + dep;
  if (seen[href] || document.querySelector('link[rel="stylesheet"][href="' + href + '"]')) return;
  seen[href] = true;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.appendChild(link);
  return new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', () => reject(new Error('Unable to preload CSS for ' + href)));
  });
}
export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).filter((d) => d.endsWith('.css')).map(stylesheet))
    .catch(failed)
    .then(() => load().catch(failed));`;
      return { code, moduleSideEffects: false };
    },
  };
}
