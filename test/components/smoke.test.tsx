import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AutoView } from '../../src/components/index.js';
import { loadFixture } from './helpers.js';

describe('smoke', () => {
  it('renders fixtures through AutoView', () => {
    for (const name of ['claude-cookbooks_named-entities-table', 'claude-cookbooks_sentiment-scores', 'claude-cookbooks_article-summary-card', 'claude-cookbooks_org-chart-tree', 'openai-node_gpt-4o_recursive-ui-form']) {
      const { container, unmount } = render(<AutoView value={loadFixture(`json/${name}.json`)} status="complete" />);
      expect(container.textContent!.length).toBeGreaterThan(10);
      console.log(name, container.innerHTML.slice(0, 600));
      unmount();
    }
  });
});
