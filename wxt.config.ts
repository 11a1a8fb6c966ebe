import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Permissions are kept to the minimum; README.md explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    // Chrome allows four suggested shortcuts, _execute_action included; one is
    // left for the reader (see README: keyboard).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+I' } },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextTerm__',
      },
      'previous-term': { description: '__MSG_commandPreviousTerm__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'interview-lens@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '121' }),
  }),
});
