import type { StorybookConfig } from '@storybook/react-vite';
import { projectRoot, sharedPath } from '../scripts/shared-folder.mjs';

/**
 * Storybook workbench for ripen: every story replays a recorded (or seeded synthetic) stream with
 * `ripen/testing`. Transcripts are bundled with Vite `?raw` imports (recorded ones from the shared folder through
 * the `@shared` alias below); nothing goes to the network.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories take replay args, not component props: no docgen needed (it is the slowest build step).
  typescript: { reactDocgen: false },
  // Recorded transcripts are read in place from the team's shared folder: `@shared/…` resolves to
  // it (../shared, or $RIPEN_SHARED), and Vite may serve files from there.
  viteFinal: (viteConfig) => {
    const shared = sharedPath();
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = [
      ...(Array.isArray(viteConfig.resolve.alias)
        ? viteConfig.resolve.alias
        : Object.entries(viteConfig.resolve.alias ?? {}).map(([find, replacement]) => ({ find, replacement }))),
      { find: /^@shared\//, replacement: `${shared}/` },
    ];
    viteConfig.server ??= {};
    viteConfig.server.fs ??= {};
    viteConfig.server.fs.allow = [...(viteConfig.server.fs.allow ?? []), shared, projectRoot];
    return viteConfig;
  },
};

export default config;
