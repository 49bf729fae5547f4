// Word banks of the synthetic guides: mentoring vocabulary, so pages, headings and
// the search index look like a real playbook's.

export const TOPICS = [
  'first meetings', 'career goals', 'feedback conversations', 'regular check-ins', 'mentoring agreements',
  'confidentiality', 'boundaries', 'networking', 'sponsorship', 'skill gaps', 'progress reviews',
  'difficult conversations', 'remote sessions', 'group sessions', 'peer circles', 'reverse mentoring',
  'program launches', 'matching pairs', 'mentor training', 'evaluation surveys', 'closing a relationship',
  'time pressure', 'career transitions', 'promotion cases', 'job interviews', 'public speaking',
  'research careers', 'onboarding', 'first-time leadership', 'self-reflection', 'learning plans',
  'milestones', 'accountability', 'building trust', 'active listening', 'powerful questions',
  'stretch assignments', 'reading lists', 'portfolio reviews', 'conflict', 'cultural differences',
  'inclusion', 'burnout', 'work-life balance', 'returning to work', 'new managers', 'code review',
  'grant writing', 'shadowing', 'career stories', 'imposter feelings', 'goal setting', 'reflection journals',
];

export const CONTEXTS = [
  'remote teams', 'hospitals', 'universities', 'small charities', 'open-source projects', 'public agencies',
  'engineering teams', 'schools', 'startups', 'law firms', 'research labs', 'retail chains', 'sales teams',
  'newsrooms', 'city councils', 'nursing wards', 'design studios', 'call centres', 'museums', 'cooperatives',
];

export const TITLE_TEMPLATES = [
  (t, c) => `How to handle ${t} in ${c}`,
  (t, c) => `${cap(t)} for ${c}: a practical guide`,
  (t) => `Getting started with ${t}`,
  (t, c) => `Making ${t} work in ${c}`,
  (t, c) => `A checklist for ${t} in ${c}`,
  (t, c) => `Common mistakes with ${t} in ${c}`,
  (t, c) => `What mentors in ${c} should know about ${t}`,
  (t, c) => `Planning ${t} with a mentee in ${c}`,
  (t, c) => `${cap(t)} when you work in ${c}`,
];

export const SUBJECTS = ['your mentor', 'your mentee', 'the program lead', 'a new mentor', 'a first-year mentee', 'the pair', 'the group', 'the coordinator', 'each mentee', 'a peer mentor'];
export const VERBS = ['plan', 'review', 'agree on', 'write down', 'revisit', 'share', 'compare', 'question', 'track', 'celebrate', 'prepare', 'summarise', 'discuss', 'test', 'prioritise'];
export const OBJECTS = [
  'the goals for the next quarter', 'one concrete next step', 'the agenda for the session', 'what success looks like',
  'the boundaries of the relationship', 'the notes from last time', 'a short reading list', 'feedback on a recent project',
  'the skills that matter most', 'a draft of the proposal', 'the questions that remain open', 'a realistic timeline',
  'the expectations on both sides', 'progress against each milestone', 'the lessons from a setback', 'a list of useful contacts',
  'the decision and its reasons', 'a plan for the difficult conversation', 'the evidence of growth', 'a schedule of check-ins',
];
export const TIMEFRAMES = ['before the first meeting', 'every few weeks', 'at the end of each session', 'within a month', 'once a quarter', 'before the review', 'after each milestone', 'in the first ninety days', 'at the halfway point', 'when the relationship ends'];
export const OUTCOMES = [
  'the next session started with a clear purpose', 'both people knew what to expect', 'the mentee took the lead sooner',
  'small problems stayed small', 'progress became easy to see', 'the conversation felt safer', 'trust grew over time',
  'the pair avoided wasted meetings', 'the feedback landed well', 'the program kept its promises',
];
export const CONDITIONS = [
  'the goals are written down', 'both people prepare', 'the meetings happen on a regular rhythm', 'feedback is specific',
  'the mentee sets the agenda', 'expectations are explicit', 'the mentor listens more than they talk', 'progress is reviewed honestly',
  'the organization protects the time', 'confidentiality is agreed early',
];
export const GROUPS = ['mentees', 'mentors', 'program coordinators', 'new managers', 'graduate students', 'volunteers', 'team leads', 'apprentices', 'researchers', 'peer mentors'];
export const ARTIFACTS = ['agenda', 'one-page plan', 'checklist', 'reflection note', 'meeting log', 'progress chart', 'shared document', 'written agreement', 'template', 'summary email'];
export const ADVERBS = ['briefly', 'honestly', 'clearly', 'together', 'early', 'regularly', 'calmly', 'openly', 'carefully', 'deliberately'];
export const REASONS = [
  'memory is unreliable after a busy month', 'unspoken assumptions cause most disagreements', 'small wins keep motivation high',
  'busy people forget what they promised', 'goals drift without a review', 'a mentee learns most by doing', 'feedback fades if it waits too long',
  'trust depends on keeping small promises', 'people rarely say what they need unless asked', 'a plan makes the next step obvious',
];
export const HEADINGS_H2 = [
  'Why it matters', 'Before you start', 'Setting the scene', 'What good looks like', 'A worked example', 'Step by step',
  'Questions to ask', 'Keeping momentum', 'When it goes wrong', 'Measuring progress', 'Adapting to your setting',
  'Roles and responsibilities', 'Tools that help', 'Pitfalls', 'Making it stick',
];
export const HEADINGS_H3 = [
  'For mentees', 'For mentors', 'For coordinators', 'In the first month', 'After three months', 'In remote settings',
  'With a busy schedule', 'In a group', 'When time is short', 'When trust is low', 'A quick version', 'A longer version',
];
export const TABLE_HEADS = [
  ['Stage', 'What the mentee does', 'What the mentor does'],
  ['Signal', 'What it may mean', 'What to try'],
  ['Week', 'Focus', 'Evidence of progress'],
  ['Question', 'Why ask it', 'Follow-up'],
];
export const FIRST_NAMES = ['Amara', 'Jonas', 'Priya', 'Mateo', 'Li', 'Fatima', 'Noah', 'Sofia', 'Kwame', 'Ingrid', 'Ravi', 'Elena', 'Tomasz', 'Aiko', 'Omar', 'Grace'];
export const SYLLABLES = ['ka', 'lo', 'ven', 'mar', 'ti', 'sel', 'dra', 'nor', 'qui', 'bel', 'sha', 'ren', 'tov', 'ari', 'mun', 'zel', 'hal', 'pe', 'dor', 'cas'];
export const ORG_KINDS = ['Trust', 'Foundation', 'Institute', 'Health', 'Labs', 'College', 'Collective', 'Works', 'Council', 'Network'];

export const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
