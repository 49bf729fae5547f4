/**
 * The tools and audiences of every playbook: pure data, shared by the build (schemas,
 * navigation, link checks), the tool registry and the tests.
 */

export const TOOLS = [
  {
    id: 'goal-planner',
    title: 'Goal planner',
    description: 'Turn what you want from mentoring into SMART goals with milestones, check-ins and a calendar.',
  },
  {
    id: 'expectations',
    title: 'Expectations worksheet',
    description: 'Each of you writes down what you expect, then you compare, agree and sign one version.',
  },
  {
    id: 'self-assessment',
    title: 'Self-assessment',
    description: 'Reflect on your mentoring skills or your readiness as a mentee, and track your growth over time.',
  },
] as const;

export type ToolId = (typeof TOOLS)[number]['id'];
export const TOOL_IDS = TOOLS.map((t) => t.id) as readonly ToolId[];

export const AUDIENCES = ['mentee', 'mentor', 'organization'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = {
  mentee: 'Mentees',
  mentor: 'Mentors',
  organization: 'Organizations',
};
