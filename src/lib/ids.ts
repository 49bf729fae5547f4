/** Ids for things people create (goals, milestones, attempts): unique within one person's data, sortable by time. */

/** "lq3x9a-4f2k1p": the creation time in base 36, then six random base-36 digits. */
export function newId(now: Date = new Date(), random: () => number = Math.random): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}
