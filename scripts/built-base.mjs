/** The base path a build was made for, read from its home page's canonical link (null when it has none). */
export function builtBase(homeHtml) {
  const href = /<link rel="canonical" href="([^"]+)"/.exec(homeHtml)?.[1];
  if (!href) return null;
  try {
    return new URL(href).pathname;
  } catch {
    return null;
  }
}
