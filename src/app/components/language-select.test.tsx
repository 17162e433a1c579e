// @vitest-environment jsdom
/**
 * The language menu: choosing Deutsch loads the German catalog (a separate chunk), switches
 * the text of mounted components, sets <html lang>, is remembered, and counts follow the
 * locale's plural rules; registry content follows the same choice.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { initialLocale, setLocale, translate, useT } from '../i18n/i18n.ts';
import { userLanguage } from '../lib/language.ts';
import { LanguageSelect } from './language-select.tsx';

function Sample() {
  const t = useT();
  return <p>{t('layout.skipToContent')}</p>;
}

afterEach(async () => {
  cleanup();
  await act(() => setLocale('en_US'));
  localStorage.clear();
});

describe('LanguageSelect', () => {
  it('offers each language under its own name and switches the UI and content language', async () => {
    render(
      <>
        <LanguageSelect />
        <Sample />
      </>,
    );
    expect(screen.getByText('Skip to content')).toBeTruthy();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['English', 'Español', 'Deutsch', 'Polski', 'Français']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');
    // The first load of a catalog compiles it (catalog-plugin.ts): slow on a busy machine.
    expect(await screen.findByText('Zum Inhalt springen', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de-DE');
    expect(initialLocale()).toBe('de_DE');
    expect(userLanguage()).toBe('de_DE');
  });

  it('formats plurals with the locale rules (Polish few / many)', async () => {
    await setLocale('pl_PL');
    expect(translate('keyRules.passphraseShort', { min: 2 })).toBe('Co najmniej 2 znaki.');
    expect(translate('keyRules.passphraseShort', { min: 5 })).toBe('Co najmniej 5 znaków.');
    expect(translate('keyRules.passphraseShort', { min: 1 })).toBe('Co najmniej 1 znak.');
  });
});
