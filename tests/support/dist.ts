/** Where the test builds live and how each is configured. */
import { resolve } from 'node:path';

export interface Variant {
  name: 'root' | 'mentoring';
  base: string;
  site: string;
  dir: string;
}

export const VARIANTS: readonly Variant[] = [
  { name: 'root', base: '/', site: 'http://localhost:4321', dir: resolve('.cache/dist-root') },
  { name: 'mentoring', base: '/mentoring/', site: 'https://playbook.example.org', dir: resolve('.cache/dist-mentoring') },
];
