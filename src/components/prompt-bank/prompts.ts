/**
 * The conversation prompt bank: one source for the questions the PromptBank component lists
 * (and filters in the browser). Each question has one phase, one or two topics and who asks it.
 * Tags are ids; their labels are below. The questions are the playbook's own.
 */

export const PHASES = [
  { id: 'first', label: 'First meeting' },
  { id: 'regular', label: 'Regular meetings' },
  { id: 'midpoint', label: 'Mid-point review' },
  { id: 'closing', label: 'Closing' },
] as const;

export const TOPICS = [
  { id: 'goals', label: 'Goals and plans' },
  { id: 'skills', label: 'Skills and learning' },
  { id: 'career', label: 'Career and direction' },
  { id: 'feedback', label: 'Feedback' },
  { id: 'network', label: 'Network and visibility' },
  { id: 'wellbeing', label: 'Wellbeing and balance' },
  { id: 'relationship', label: 'How we work together' },
] as const;

export const ASKERS = [
  { id: 'mentor', label: 'Mentor asks' },
  { id: 'mentee', label: 'Mentee asks' },
  { id: 'either', label: 'Either asks' },
] as const;

export type Phase = (typeof PHASES)[number]['id'];
export type Topic = (typeof TOPICS)[number]['id'];
export type Asker = (typeof ASKERS)[number]['id'];

export interface Prompt {
  text: string;
  phase: Phase;
  topics: readonly Topic[];
  asker: Asker;
}

const p = (phase: Phase, asker: Asker, topics: Topic[], text: string): Prompt => ({ phase, asker, topics, text });

export const PROMPTS: readonly Prompt[] = [
  // First meeting: getting to know each other and agreeing how to work.
  p('first', 'mentee', ['career'], 'What do you wish someone had told you when you were at my stage?'),
  p('first', 'mentor', ['goals', 'relationship'], 'What made you look for a mentor now, rather than a year ago or a year from now?'),
  p('first', 'mentor', ['goals'], 'If the next few months go well, what will be different for you at the end?'),
  p('first', 'mentee', ['goals', 'feedback'], 'Which of my goals looks realistic to you, and which needs rethinking?'),
  p('first', 'either', ['relationship'], 'How often should we meet, for how long, and who sends the invitation?'),
  p('first', 'mentor', ['feedback', 'relationship'], 'How do you like to hear feedback: straight away, in writing, or with time to think first?'),
  p('first', 'either', ['relationship'], 'What stays between us, and what might either of us have to pass on?'),
  p('first', 'mentor', ['skills'], 'What are you already good at that you want to build on?'),
  p('first', 'mentor', ['skills', 'goals'], 'What is one thing you are stuck on this month?'),
  p('first', 'mentee', ['career'], 'How did you get from where I am to where you are, and what would you do differently?'),
  p('first', 'either', ['relationship'], 'How quickly do we each expect a reply between meetings, and on which channel?'),
  p('first', 'mentor', ['network'], 'Who else supports you at the moment, and what do they help you with?'),
  p('first', 'mentee', ['relationship'], 'In your experience, what does a good mentee do?'),
  p('first', 'mentor', ['relationship', 'wellbeing'], 'Is there anything about how you work or learn that would help me mentor you well?'),
  p('first', 'either', ['relationship'], 'What would tell us, early on, that this is not working?'),
  p('first', 'mentor', ['wellbeing'], 'What does a good week at work look like for you?'),
  p('first', 'mentee', ['relationship'], 'How much time can you realistically give me over the next six months?'),
  p('first', 'mentor', ['career', 'skills'], 'Which parts of your field or organization still feel like a mystery to you?'),
  p('first', 'either', ['relationship'], 'Are there topics either of us would rather not discuss?'),
  p('first', 'mentor', ['goals', 'skills'], 'What would you like to be able to do without me by the time we finish?'),

  // Regular meetings: progress, problems, practice.
  p('regular', 'mentor', ['goals'], 'What has happened since we last spoke that you want to talk about?'),
  p('regular', 'mentor', ['goals'], 'Which action from last time did you finish, and which got stuck?'),
  p('regular', 'mentor', ['goals', 'skills'], 'What got in the way, and what would make it easier next time?'),
  p('regular', 'mentor', ['relationship'], 'What is the one thing you most want to leave today with?'),
  p('regular', 'mentor', ['skills', 'wellbeing'], 'When did you feel out of your depth this month, and what did you do?'),
  p('regular', 'mentor', ['skills', 'feedback'], 'What did you learn from something that went wrong recently?'),
  p('regular', 'mentor', ['skills'], 'What would you do about this if I were not around to ask?'),
  p('regular', 'mentor', ['goals'], 'Which decision are you putting off, and what would help you make it?'),
  p('regular', 'mentor', ['feedback'], 'Whose feedback have you had lately, and what did you make of it?'),
  p('regular', 'mentee', ['feedback', 'skills'], 'Could you look at this draft and tell me the one change that would improve it most?'),
  p('regular', 'mentor', ['wellbeing'], 'What is taking more of your energy than it deserves?'),
  p('regular', 'mentor', ['wellbeing'], 'How are you managing your workload and your time off at the moment?'),
  p('regular', 'mentor', ['network'], 'Who have you met since our last meeting who could matter for your goals?'),
  p('regular', 'mentor', ['network'], 'Who in your field would you like to know, and how could you meet them?'),
  p('regular', 'mentee', ['network'], 'Is there someone you think I should talk to about this?'),
  p('regular', 'mentor', ['network'], 'Which of your achievements this month should more people know about?'),
  p('regular', 'mentor', ['skills', 'career'], 'Which skill would make the biggest difference to you in the next three months?'),
  p('regular', 'mentor', ['skills'], 'Where could you practise that skill before it really counts?'),
  p('regular', 'mentee', ['skills', 'career'], 'How did you handle a situation like this one when it happened to you?'),
  p('regular', 'mentor', ['goals'], 'What is one small step you can take before we next meet?'),
  p('regular', 'mentor', ['goals', 'relationship'], 'What support do you need, from me or anyone else, to take that step?'),
  p('regular', 'either', ['relationship'], 'Is our meeting rhythm still working for both of us?'),
  p('regular', 'mentor', ['relationship'], 'What question did you hope I would ask today?'),
  p('regular', 'mentor', ['wellbeing', 'goals'], 'What are you proud of since we last spoke?'),
  p('regular', 'mentor', ['career'], 'Which unwritten rule of your workplace or community is puzzling you right now?'),
  p('regular', 'mentee', ['career', 'network'], 'What would you need to see from me before you would recommend me for something?'),
  p('regular', 'mentor', ['career', 'wellbeing'], 'Which opportunity coming up could stretch you, and what would saying yes cost you?'),
  p('regular', 'mentor', ['skills'], 'What did you try this month that you had never tried before?'),

  // Mid-point review: what is working, what to change.
  p('midpoint', 'either', ['goals'], 'Looking back at the goals we set, which ones still matter?'),
  p('midpoint', 'mentor', ['skills', 'goals'], 'What can you do now that you could not do when we started?'),
  p('midpoint', 'mentor', ['goals'], 'Which goal should we drop, change or replace?'),
  p('midpoint', 'either', ['relationship', 'feedback'], 'What is working well in how we meet, and what should change?'),
  p('midpoint', 'mentee', ['feedback'], 'Where have you seen me grow so far, and where have I stood still?'),
  p('midpoint', 'mentor', ['feedback', 'relationship'], 'Is there anything I do in our meetings that does not help you?'),
  p('midpoint', 'either', ['relationship'], 'Are we meeting too often, too rarely, or about right?'),
  p('midpoint', 'mentor', ['relationship'], 'What have you got from these meetings that you did not expect?'),
  p('midpoint', 'mentor', ['relationship', 'feedback'], 'What have you wanted to raise with me but not yet found the moment for?'),
  p('midpoint', 'mentor', ['goals'], 'Which actions keep slipping, and what does that tell us?'),
  p('midpoint', 'mentor', ['career'], 'How has your picture of your career changed since we began?'),
  p('midpoint', 'mentee', ['goals', 'career'], 'Where do you think I should put my energy for the rest of our time together?'),
  p('midpoint', 'mentor', ['network'], 'Who else should be part of your support network by the end?'),
  p('midpoint', 'either', ['relationship'], 'How are we each doing on what we promised in our agreement?'),
  p('midpoint', 'mentor', ['wellbeing', 'skills'], 'On a scale of 1 to 10, how confident do you feel now, and what would move it up one point?'),
  p('midpoint', 'mentor', ['skills', 'goals'], 'What do you want to be handling on your own by the time we finish?'),
  p('midpoint', 'mentor', ['wellbeing'], 'What has been harder than you expected?'),
  p('midpoint', 'either', ['relationship'], 'If we started again, what would we do differently in our first months?'),
  p('midpoint', 'mentee', ['relationship'], 'What could I do to make our meetings more useful for you as well?'),
  p('midpoint', 'mentor', ['network', 'career'], 'Which piece of your work should we make more visible, and to whom?'),

  // Closing: looking back, looking ahead, agreeing what comes next.
  p('closing', 'either', ['goals'], 'What are the two or three biggest changes since our first meeting?'),
  p('closing', 'mentor', ['goals'], 'Which goals did you reach, which did you change, and which are still open?'),
  p('closing', 'mentor', ['skills', 'goals'], 'What will you keep doing after we stop meeting?'),
  p('closing', 'mentor', ['goals', 'career'], 'What is your plan for the goals that are still open?'),
  p('closing', 'mentee', ['career', 'feedback'], 'What do you see as my next step, and what might trip me up?'),
  p('closing', 'either', ['relationship'], 'What did each of us learn from the other?'),
  p('closing', 'mentor', ['career'], 'What advice would you give someone starting where you started?'),
  p('closing', 'mentor', ['network'], 'Who will you turn to for the things I have been helping with?'),
  p('closing', 'mentee', ['network', 'career'], 'Would you be willing to act as a referee or introduce me to anyone?'),
  p('closing', 'either', ['relationship'], 'How would we like to stay in touch, if at all?'),
  p('closing', 'mentor', ['feedback'], 'What should I do differently with the next person I mentor?'),
  p('closing', 'mentee', ['feedback', 'relationship'], 'What was it like mentoring me, and what would have made it easier?'),
  p('closing', 'mentor', ['relationship', 'wellbeing'], 'Which moment from our time together will you remember?'),
  p('closing', 'mentor', ['career', 'network'], 'Where would you like to be in three years, and who can help you get there?'),
  p('closing', 'mentor', ['goals'], 'How will you know, a year from now, that this was worth the time?'),
  p('closing', 'either', ['relationship'], 'Is there anything left unsaid that you want to say before we close?'),
  p('closing', 'mentor', ['career', 'skills'], 'Would you like to mentor someone yourself, and what could you offer them?'),
  p('closing', 'mentee', ['relationship', 'network'], 'May I send you an update in six months?'),
  p('closing', 'either', ['feedback'], 'What should the program, if we have one, hear about how this went?'),
  p('closing', 'mentor', ['skills', 'wellbeing'], 'What have you learned about how you work best?'),
];
