import type { ReactNode } from 'react';
import type { ComponentState } from '../../src/components/index.js';

/** One cell of a states grid: the state it must show and the component rendering it. */
export interface StateCell {
  state: ComponentState;
  /** Short note under the title (what the props are). */
  note?: string;
  render: () => ReactNode;
}

/** Renders every state of a component side by side, each labelled (checked by the play function). */
export function StatesGrid({ cells }: { cells: readonly StateCell[] }) {
  return (
    <div className="story-grid">
      {cells.map((cell) => (
        <figure key={cell.state} data-expected-state={cell.state}>
          <figcaption>
            {cell.state}
            {cell.note ? <span className="story-note"> · {cell.note}</span> : null}
          </figcaption>
          {cell.render()}
        </figure>
      ))}
    </div>
  );
}
