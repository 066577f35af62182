import axe from 'axe-core';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithUi } from '../../testing/render-with-ui';
import { ChoroplethMap } from './choropleth-map';
import { communeGrid } from './testing-grid';

describe('ChoroplethMap accessibility', () => {
  it('passes axe, focused or not', async () => {
    const user = userEvent.setup();
    const grid = communeGrid('rfc7946');
    const { container } = renderWithUi(
      <main>
        <ChoroplethMap
          title="Médecins pour 10 000 habitants"
          features={{ ...grid, features: grid.features.slice(0, 6) }}
          context={{ ...grid, features: grid.features.slice(6) }}
          values={new Map([['55005', 50], ['55001', 3]])}
          classes={[{ upTo: 10, color: '#1f9e89' }, { upTo: 100, color: '#440154' }]}
          format={String}
          legendTitle="Médecins pour 10 000 habitants"
          source="RPPS, janvier 2025"
          selectedCode="55001"
        />
      </main>,
    );
    // jsdom lays nothing out: colour contrast is checked by the palette's own test.
    const options = { rules: { 'color-contrast': { enabled: false } } };
    expect((await axe.run(container, options)).violations).toEqual([]);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect((await axe.run(container, options)).violations).toEqual([]);
  });
});
