/** The planner's exchange views, in one chunk the island loads with import() on first use (or when comments are stored). */
export { PlanExchange } from './PlanExchange';
export { GoalComments } from './Comments';

/** Takes a link's fragment off the address (so a reload or a shared screen does not keep it) and returns it. */
export function takeFragment(): string {
  const fragment = location.hash;
  history.replaceState(history.state, '', location.pathname + location.search);
  return fragment;
}
