import { describe, expect, it, vi } from 'vitest';
import { bundledPacks } from '../../data/generated/bundled-packs';
import { createTermCards } from '../../lib/background/term-cards';

describe('term cards in the background', () => {
  it('builds a card once per term and script, from packs loaded once', async () => {
    const load = vi.fn(() => Promise.resolve([...bundledPacks]));
    const cards = createTermCards(load);
    const first = await cards.get('ningbo-2022', 'zheli-yongyou', 'simplified');
    expect(first?.text).toBe('浙里甬有');
    expect(await cards.get('ningbo-2022', 'zheli-yongyou', 'simplified')).toBe(first);
    expect((await cards.get('ningbo-2022', 'zheli-yongyou', 'traditional'))?.text).toBe('浙裡甬有');
    expect(load).toHaveBeenCalledTimes(1);
    expect(cards.size).toBe(2);
  });

  it('keeps nothing for keys that name no term, however many are asked for', async () => {
    const cards = createTermCards(() => Promise.resolve([...bundledPacks]));
    for (let i = 0; i < 1000; i++)
      expect(await cards.get('ningbo-2022', `no-such-term-${i}`, 'simplified')).toBeNull();
    expect(await cards.get('no-such-pack', 'zheli-yongyou', 'simplified')).toBeNull();
    expect(cards.size).toBe(0);
  });

  it('starts afresh when the library changes', async () => {
    let packs = [...bundledPacks];
    const cards = createTermCards(() => Promise.resolve(packs));
    expect(await cards.get('ningbo-2022', 'zheli-yongyou', 'simplified')).not.toBeNull();
    packs = [];
    cards.reset();
    expect(cards.size).toBe(0);
    expect(await cards.get('ningbo-2022', 'zheli-yongyou', 'simplified')).toBeNull();
  });
});
