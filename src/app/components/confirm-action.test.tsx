// @vitest-environment jsdom
/**
 * The inline confirmation of a destructive action: the typed text enables the confirm button,
 * and closing it (Escape or Cancel) hands the focus back to the button that opened it.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmAction } from './confirm-action.tsx';

afterEach(cleanup);

function mount(onConfirm = vi.fn()) {
  render(
    <ConfirmAction label="Remove package demo" confirmLabel="Remove demo for good" typed="demo" pending={false} error={null} onConfirm={onConfirm}>
      <p>Impact</p>
    </ConfirmAction>,
  );
  return onConfirm;
}

describe('ConfirmAction', () => {
  it('asks for the typed text before confirming', () => {
    const onConfirm = mount();
    fireEvent.click(screen.getByRole('button', { name: 'Remove package demo' }));
    const confirm = screen.getByRole('button', { name: 'Remove demo for good' });
    expect(confirm).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'demo' } });
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('gives the focus back to the opener on Escape and on Cancel', () => {
    mount();
    fireEvent.click(screen.getByRole('button', { name: 'Remove package demo' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove package demo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove package demo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove package demo' }));
  });
});
