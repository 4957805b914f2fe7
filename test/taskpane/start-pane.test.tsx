/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen } from '@testing-library/react';
import { startPane } from '../../src/taskpane/start-pane';

describe('the pane started outside Office', () => {
  it('says so in the browser’s language, marked as that language for a screen reader’s voice', async () => {
    // the task pane's page is marked Chinese (taskpane.html); jsdom's browser speaks English
    document.documentElement.lang = 'zh-CN';
    const container = document.createElement('div');
    document.body.appendChild(container);
    // office.js loaded in a plain browser tab: Office answers with no host
    await act(async () => startPane(container, { Office: { onReady: async () => ({ host: null }) } }, null));
    const title = await screen.findByText('Not running inside Office');
    expect(title.closest('[lang]')).toHaveAttribute('lang', 'en-US');
  });
});
