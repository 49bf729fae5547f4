/**
 * Storage keys, namespaced by the site's base path so two playbooks on one
 * origin never read each other's data.
 *   playbook:<base>:<tool>                      current data
 *   playbook:<base>:recovery:<tool>:<savedAt>   a raw value that could not be read
 *   playbook:<base>:backup                      when this browser last made a backup, and the like (src/lib/backup/meta.ts)
 */
export const toolKey = (base: string, tool: string) => `playbook:${base}:${tool}`;
export const backupKey = (base: string) => `playbook:${base}:backup`;
export const recoveryPrefix = (base: string) => `playbook:${base}:recovery:`;
export const recoveryKey = (base: string, tool: string, at: Date) => `${recoveryPrefix(base)}${tool}:${at.toISOString()}`;

export interface RecoveryEntry {
  key: string;
  tool: string;
  at: string;
  raw: string;
}

/** Recovery copies kept under this base path, newest first. */
export function listRecovery(storage: Storage, base: string): RecoveryEntry[] {
  const prefix = recoveryPrefix(base);
  const out: RecoveryEntry[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const cut = rest.indexOf(':');
    out.push({ key, tool: rest.slice(0, cut), at: rest.slice(cut + 1), raw: storage.getItem(key) ?? '' });
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}
