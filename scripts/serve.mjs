// `npm run preview`: serves the built site from dist/ under PLAYBOOK_BASE (default "/").
import { startServer } from './static-server.mjs';

const base = `/${(process.env.PLAYBOOK_BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ root: process.env.PLAYBOOK_OUT_DIR || 'dist', base, port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Serving the playbook at ${url} (Ctrl+C to stop)`);
