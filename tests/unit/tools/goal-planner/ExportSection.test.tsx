// @vitest-environment happy-dom
/** Issue 20, item 4: with no goals, the downloads say why there is nothing to download, and a press makes no file. */
import { cleanup, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ExportSection } from '../../../../src/tools/goal-planner/ExportSection';
import { blankGoal, type PlannerData } from '../../../../src/tools/goal-planner/model';
import { emptyPlan } from '../../../../src/tools/goal-planner/plan';

function show(data: PlannerData) {
  cleanup();
  const loadExports = vi.fn(() => new Promise<never>(() => undefined));
  const announce = vi.fn();
  render(<ExportSection data={data} today="2026-11-22" loadExports={loadExports} onPrint={() => undefined} onSend={() => undefined} announce={announce} />);
  return { loadExports, announce };
}

const downloads = () => [screen.getByRole('button', { name: 'Download a summary (Markdown)' }), screen.getByRole('button', { name: 'Download a calendar file (.ics)' })];

describe('the downloads', () => {
  it('with no goals are aria-disabled but focusable, described by a visible reason, and a press only points to it', () => {
    const { loadExports, announce } = show(emptyPlan());
    const hint = document.getElementById('gp-export-none')!;
    expect(hint.textContent).toBe('Add a goal first: there is nothing to download yet.');
    for (const button of downloads()) {
      expect(button.getAttribute('aria-disabled')).toBe('true');
      expect((button as HTMLButtonElement).disabled).toBe(false);
      expect(button.getAttribute('aria-describedby')).toBe('gp-export-none');
      button.focus();
      expect(document.activeElement).toBe(button);
      button.click();
    }
    expect(loadExports).not.toHaveBeenCalled();
    expect(announce).toHaveBeenCalledWith('Add a goal first: there is nothing to download yet.');
    // The print view stays available.
    expect(screen.getByRole('button', { name: 'Open the print view' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('with only archived goals are still disabled; with an active goal they load the exports', () => {
    show({ ...emptyPlan(), goals: [{ ...blankGoal('a'), statement: 'x', archived: true }] });
    expect(downloads()[0]!.getAttribute('aria-disabled')).toBe('true');
    cleanup();
    const { loadExports } = show({ ...emptyPlan(), goals: [{ ...blankGoal('a'), statement: 'x' }] });
    expect(document.getElementById('gp-export-none')).toBeNull();
    for (const button of downloads()) {
      expect(button.getAttribute('aria-disabled')).toBeNull();
      button.click();
    }
    expect(loadExports).toHaveBeenCalledTimes(2);
  });
});
