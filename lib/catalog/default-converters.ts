import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { Converters } from './catalog-spec';

// Build time only: these converters are large and never ship in the extension.
// Taiwan and Hong Kong standards differ in places (浙裡 / 浙裏), so both are
// generated. Taiwan's phrase conversion (集群 → 叢集) is left out on purpose: it
// swaps words, and a per-character fold built from it would map 叢 to 集.
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Converters backed by opencc-js and pinyin-pro, used by the data build. */
export const defaultConverters: Converters = {
  toTraditional: (text) => [toTaiwan(text), toHongKong(text)],
  toPinyin: (text) =>
    pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).filter((s) => s !== ''),
};
