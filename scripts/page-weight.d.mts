export function gzipSize(text: string | Buffer): number;
export function moduleGraph(distDir: string, base: string, entryUrl: string, seen?: Map<string, string>): Map<string, string>;
export function weighPage(distDir: string, base: string, pagePath: string): {
  html: number; htmlRaw: number; css: number; inlineCss: number; jsInline: number; jsFiles: string[]; js: number;
};
