/**
 * The program survey island (/program/survey/): its start holds only the store; the form and
 * everything after it load at once from views.tsx, the exchange module on the first save.
 *
 * Accessible names for tests (getByRole):
 *   radio    each wave by its title ("Start of the program", "Halfway", "End of the program")
 *   group    each question by its text: a pulse statement, "How many goals?",
 *            "How often did you and your mentoring partner meet in the last four weeks?",
 *            "Overall, how good is your mentoring relationship?", each program question's text
 *   textbox  "Goals you set", "Goals that moved forward", "Goals you reached", a text question's text,
 *            "Participant key" (after "Use a key from another device"), "Passphrase", "Response code"
 *   combobox "Goal 1", "Goal 2", … (how each goal went)
 *   checkbox "Protect it with a passphrase your program shares"
 *   button   "Continue" (no wave chosen) / "Check your answers", "Change your answers",
 *            "Save response file", "Show a code to copy instead", "Copy the code",
 *            "Use my goal planner: …", "Use my self-assessment results", "Use my latest relationship pulse",
 *            "Use a key from another device", "Use this key", "Copy your key"
 *   heading  "Your answers" (2), "Check your answers: <wave title>" (2), "Your participant key" (2)
 * The participant key is the text of #ps-key; the exact file content is the text of #ps-content.
 */
import { I18n, useT } from '../shared/i18n';
import { useLazy } from '../shared/lazy';
import { usePersistentState } from '../shared/usePersistentState';
import type { SurveyContent } from './content';
import { store } from './store';

export default function ProgramSurvey({ lang, messages, ...content }: SurveyContent) {
  return (
    <I18n lang={lang ?? 'en'} {...(messages ? { messages } : {})}>
      <Survey {...content} />
    </I18n>
  );
}

function Survey(content: SurveyContent) {
  const t = useT();
  const { state, setState, loaded, readOnly, status } = usePersistentState(store);
  const views = useLazy(() => import('./views'), { wanted: true });
  const Views = views.module?.SurveyViews;
  if (!loaded || !Views)
    return <p role="status">{views.failed ? t('programSurvey.load-failed') : t('programSurvey.loading')}</p>;
  return <Views {...content} data={state} setData={setState} readOnly={readOnly} status={status} />;
}
