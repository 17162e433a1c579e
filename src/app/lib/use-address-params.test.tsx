// @vitest-environment jsdom
/**
 * A control bound to the address answers in the same render as its event: react-router renders
 * navigations in a transition, so with its own `useSearchParams` a controlled checkbox is put
 * back unchecked when the click's event ends and only checked once the transition renders.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryRouter, useLocation, useNavigate, useSearchParams } from 'react-router';
import { AddressParamsProvider, useAddressParams } from './use-address-params.tsx';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

afterEach(cleanup);
// Clicks are the DOM's own (RTL's fireEvent wraps them in act()). Without act(), the transition is left to React's scheduler (a later task),
// as in a browser; act() would flush it before anything could be read.
beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
  return () => void (globalThis.IS_REACT_ACT_ENVIRONMENT = true);
});

const nextTask = () => new Promise((r) => setTimeout(r, 20));

function Flag({ hook }: { hook: typeof useAddressParams }) {
  const [params, setParams] = hook();
  const on = params.get('all') === '1';
  const navigate = useNavigate();
  const { search } = useLocation();
  return (
    <>
      <label>
        <input type="checkbox" checked={on} onChange={(e) => setParams(e.target.checked ? { all: '1' } : {}, { replace: true })} />
        all
      </label>
      <button onClick={() => setParams((p) => ({ all: p.get('all') ?? '', extra: 'x' }))}>extra</button>
      <button onClick={() => void navigate(-1)}>back</button>
      <output>{search}</output>
    </>
  );
}

/** Reads the flag in another component than the one that sets it. */
function Reader() {
  const [params] = useAddressParams();
  return <p>reader: {params.get('all') ?? 'none'}</p>;
}

const plain = useSearchParams as unknown as typeof useAddressParams;

async function mount(hook: typeof useAddressParams, at = '/') {
  render(
    <MemoryRouter initialEntries={[at]}>
      <Flag hook={hook} />
    </MemoryRouter>,
  );
  await nextTask();
}

describe('useAddressParams', () => {
  it('shows a checked box at the end of the click, before the navigation has rendered', async () => {
    await mount(useAddressParams);
    const box = screen.getByRole<HTMLInputElement>('checkbox');
    box.click();
    expect(box.checked).toBe(true);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('?all=1'));
    expect(box.checked).toBe(true);
  });

  it('react-router’s own hook puts the box back until the transition renders (why the hook exists)', async () => {
    await mount(plain);
    const box = screen.getByRole<HTMLInputElement>('checkbox');
    box.click();
    expect(box.checked).toBe(false);
    await waitFor(() => expect(box.checked).toBe(true));
  });

  it('gives a functional update the value just set, and the address stays the owner afterwards', async () => {
    await mount(useAddressParams, '/?all=1');
    screen.getByRole('button', { name: 'extra' }).click();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('?all=1&extra=x'));
    const box = screen.getByRole<HTMLInputElement>('checkbox');
    box.click();
    expect(box.checked).toBe(false);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
    // back to the first entry (the uncheck replaced the second): the address wins again
    screen.getByRole('button', { name: 'back' }).click();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('?all=1'));
    expect(box.checked).toBe(true);
  });

  it('with the provider, another component reads what was just set in the same render', async () => {
    render(
      <MemoryRouter>
        <AddressParamsProvider>
          <Flag hook={useAddressParams} />
          <Reader />
        </AddressParamsProvider>
      </MemoryRouter>,
    );
    await nextTask();
    screen.getByRole<HTMLInputElement>('checkbox').click();
    expect(screen.getByText(/^reader:/).textContent).toBe('reader: 1');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('?all=1'));
    expect(screen.getByText(/^reader:/).textContent).toBe('reader: 1');
  });
});
