import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePart } from '../content/content-world';
import { startLens } from '../content/lens';

/** The lens: loaded by content-loader.js once a frame has Chinese text. */
export default defineUnlistedScript(() => {
  providePart('lens', { startLens });
});
