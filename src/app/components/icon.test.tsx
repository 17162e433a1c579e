// @vitest-environment jsdom
/**
 * Icon (ui.tsx): registry- and file-supplied icons render only as inline `data:image/…` URLs;
 * any other address gets the placeholder and is never requested.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Icon } from './ui.tsx';

afterEach(cleanup);

const srcOf = (src: string | null) => {
  const { container } = render(<Icon src={src} size="md" />);
  const el = container.firstElementChild!;
  return el.tagName === 'IMG' ? el.getAttribute('src') : `placeholder:${el.getAttribute('aria-hidden')}`;
};

describe('Icon', () => {
  it.each([
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/webp;base64,UklGRg==',
    'data:image/svg+xml;base64,PHN2Zy8+',
    'DATA:IMAGE/JPEG;base64,/9j/',
  ])('shows the inline image %s', (src) => {
    expect(srcOf(src)).toBe(src);
  });

  it.each([
    'http://192.168.1.10/icon.png',
    'https://tracker.example/p.gif',
    '//lan-host/icon.png',
    '/icon.png',
    'blob:http://localhost/0b6e',
    'data:text/html;base64,PGI+',
    'javascript:alert(1)',
    '',
  ])('shows the placeholder for %s', (src) => {
    expect(srcOf(src)).toBe('placeholder:true');
  });

  it('shows the placeholder when there is no icon, and keeps a given alt text', () => {
    expect(srcOf(null)).toBe('placeholder:true');
    const { getByAltText } = render(
      <Icon src="data:image/png;base64,iVBORw0KGgo=" size="xl" alt="Current icon, large" />,
    );
    expect(getByAltText('Current icon, large').tagName).toBe('IMG');
  });
});
