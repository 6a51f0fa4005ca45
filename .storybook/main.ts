import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook workbench for ripen: every story replays a recorded (or seeded synthetic) stream with
 * `ripen/testing`. Transcripts are bundled with Vite `?raw` imports; nothing goes to the network.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories take replay args, not component props: no docgen needed (it is the slowest build step).
  typescript: { reactDocgen: false },
};

export default config;
