import { themeFromOffice } from '../../../src/taskpane/theme/office-theme';

describe('the pane theme follows Office', () => {
  it('uses Office’s own dark flag where the host gives one', () => {
    expect(themeFromOffice({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe('dark');
    expect(themeFromOffice({ isDarkTheme: false })).toBe('light');
  });

  it('reads the body background of older hosts: Office’s black and dark grey themes are dark', () => {
    expect(themeFromOffice({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(themeFromOffice({ bodyBackgroundColor: '#000' })).toBe('dark');
    expect(themeFromOffice({ bodyBackgroundColor: '#E6E6E6' })).toBe('light');
    expect(themeFromOffice({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
  });

  it('is light when Office says nothing usable', () => {
    expect(themeFromOffice(undefined)).toBe('light');
    expect(themeFromOffice({ bodyBackgroundColor: 'transparent' })).toBe('light');
  });
});
