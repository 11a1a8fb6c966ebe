import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MutedTerms } from '../../components/popup/MutedTerms';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { loadSettings, updateSettings } from '../../lib/settings/settings-storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('MutedTerms', () => {
  it('lists the terms switched off and marks one again on request', async () => {
    const disabledTerms = ['ningbo-2022:zheli-yongyou', 'ningbo-2022:zhu-xuanlv', 'gone:term'];
    await updateSettings({ disabledTerms });
    render(<MutedTerms disabledTerms={disabledTerms} packs={bundledPacks} />);
    // A key whose pack is gone is not listed, and not counted.
    expect(screen.getByText('Terms switched off: 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark 浙里甬有 again' }));
    await waitFor(async () =>
      expect((await loadSettings()).disabledTerms).toEqual(['ningbo-2022:zhu-xuanlv', 'gone:term']),
    );
  });

  it('shows nothing while no term is switched off', () => {
    const { container } = render(<MutedTerms disabledTerms={[]} packs={bundledPacks} />);
    expect(container.innerHTML).toBe('');
  });
});
