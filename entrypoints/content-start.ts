import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContentWorld } from '../content/start';

/** Every frame's first step, at document_start: see content/start.ts. */
export default defineUnlistedScript(startContentWorld);
