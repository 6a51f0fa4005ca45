import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import './storybook.css';

// The library stylesheet, once it exists (an eager glob does not fail while it is missing).
import.meta.glob('../src/styles/*.css', { eager: true });

type Theme = 'light' | 'dark';

/** Puts the chosen theme on <html> (`data-theme`, `color-scheme`) and on the story frame. */
const withTheme: Decorator = (Story, context) => {
  const theme: Theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = theme;
    root.style.colorScheme = theme;
    root.classList.toggle('ripen-dark', theme === 'dark');
  }, [theme]);
  return (
    <div className="story-frame" data-theme={theme}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Colour scheme (ripen.css custom properties)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    // Accessibility violations fail the story tests (addon-a11y + axe-core).
    a11y: { test: 'error' },
  },
};

export default preview;
