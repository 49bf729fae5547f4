export function startServer(options: { root: string; base?: string; port?: number; host?: string }): Promise<{ url: string; close: () => Promise<void>; requests: string[] }>;
