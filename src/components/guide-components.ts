/** Components every guide can use without an import line. */
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import ProgramPageLink from './ProgramPageLink.astro';
import PromptBank from './PromptBank.astro';
import Steps from './Steps.astro';

export const guideComponents = { Callout, Checklist, KeyTakeaways, ProgramPageLink, PromptBank, Steps };
