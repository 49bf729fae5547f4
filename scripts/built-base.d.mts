export function builtBase(homeHtml: string): string | null;
