// @vitest-environment happy-dom
/**
 * Response codes pasted on the report page (a participant may send the survey page's code instead
 * of a file) are read exactly as the file they stand for; text with no code in it says so.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import ProgramReport from '../../../src/tools/program-report/ProgramReport';
import { codesAsFiles } from '../../../src/lib/program/codes';
import { readResponseFile } from '../../../src/lib/program/read-responses';
import { fileOf, response, SURVEY, T } from './fixtures';

const tokenOf = async (r: unknown) => (JSON.parse(await fileOf(r)) as { envelope: string }).envelope;

describe('pasted response codes', () => {
  it('reads each pasted code as its response, however the codes are separated', async () => {
    const a = response('start', { quality: 4 });
    const b = response('end', { quality: 2 });
    const files = codesAsFiles(`Here is mine: ${await tokenOf(a)}\n\n${await tokenOf(b)} thanks`, 0);
    expect(files.map((f) => f.name)).toEqual(['pasted code 1', 'pasted code 2']);
    const read = await Promise.all(files.map(async (f) => readResponseFile(await f.text(), SURVEY, T, null, f.size)));
    expect(read.map((o) => (o.status === 'response' ? o.response : o))).toEqual([a, b]);
  });

  it('says when what was pasted holds no code, and adds the codes it finds to the files chosen', async () => {
    render(<ProgramReport survey={SURVEY} labels={{ pulse: {}, instruments: {} } as never} />);
    fireEvent.input(screen.getByLabelText('Response codes'), { target: { value: 'my answers are attached' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the codes' }));
    expect(screen.getByText(/No response code found in what you pasted/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Response codes'), { target: { value: await tokenOf(response('start', { quality: 3 })) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the codes' }));
    expect(screen.getByRole('status').textContent).toBe('1 file chosen.');
    expect(screen.queryByText(/No response code found/)).toBeNull();
  });
});
