/** The example goal of the empty state, dated from the day it is loaded. Loaded with the editor. */
import { addDays, addMonths } from '../../lib/dates';
import type { Translator } from '../../lib/i18n/format';
import { newId } from '../../lib/ids';
import type { Goal } from './schema';

const months = (today: string, n: number) => addMonths(today, n) ?? addDays(today, n * 30);

/** A worked example in the page's language (goalPlanner.example.…), dated from `today`, for the empty state's "Load an example goal". */
export function exampleGoal(today: string, t: Translator['t'], id: (n: number) => string = () => newId()): Goal {
  const text = (key: string) => t(`goalPlanner.example.${key}`);
  const dues = [addDays(today, 7), months(today, 1), months(today, 3), months(today, 4)];
  return {
    id: id(0),
    statement: text('statement'),
    measure: text('measure'),
    why: text('why'),
    support: text('support'),
    supporter: text('supporter'),
    target: addDays(months(today, 4), 14),
    type: 'skill',
    status: 'in-progress',
    milestones: dues.map((due, i) => ({ id: id(i + 1), title: text(`milestone${i + 1}`), due, done: i === 0 })),
    checkIns: [],
    archived: false,
  };
}
