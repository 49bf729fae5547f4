/** The example goal of the empty state, dated from the day it is loaded. Loaded with the editor. */
import { addDays, addMonths } from '../../lib/dates';
import { newId } from '../../lib/ids';
import type { Goal } from './schema';

const months = (today: string, n: number) => addMonths(today, n) ?? addDays(today, n * 30);

/** A worked example, dated from `today`, for the empty state's "Load an example goal". */
export function exampleGoal(today: string, id: (n: number) => string = () => newId()): Goal {
  return {
    id: id(0),
    statement: 'Give a 10-minute talk about our new booking process at the team meeting',
    measure: 'Talk given, and at least 3 colleagues give one piece of written feedback each within two weeks',
    why: 'I want to be more visible beyond my own team, and speaking is the skill I avoid most.',
    support: 'Feedback on a practice run, and tips on handling questions',
    supporter: 'My mentor, Priya',
    target: addDays(months(today, 4), 14),
    type: 'skill',
    status: 'in-progress',
    milestones: [
      { id: id(1), title: 'Agree a date with the team lead', due: addDays(today, 7), done: true },
      { id: id(2), title: 'Write an outline and share it with Priya', due: months(today, 1), done: false },
      { id: id(3), title: 'Practice run with Priya', due: months(today, 3), done: false },
      { id: id(4), title: 'Give the talk', due: months(today, 4), done: false },
    ],
    checkIns: [],
    archived: false,
  };
}

