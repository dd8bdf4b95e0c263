// @vitest-environment jsdom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent } from './lazy-component';

afterEach(cleanup);

describe('lazyComponent', () => {
  it('renders nothing until the code arrives, then the component with its props; loads once', async () => {
    let loads = 0;
    let arrive: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const Greeting = lazyComponent<{ name: string }>(async () => {
      loads += 1;
      await arrived;
      return { default: (props) => <p>Hello {props.name}</p> };
    });
    render(() => (
      <>
        <Greeting name="Sam" />
        <Greeting name="Alex" />
      </>
    ));
    expect(screen.queryByText(/Hello/)).toBeNull();
    arrive();
    await Greeting.preload();
    expect(screen.getAllByText(/Hello/).map((p) => p.textContent)).toEqual(['Hello Sam', 'Hello Alex']);
    expect(loads).toBe(1);
  });

  it('asks again for code that failed to arrive (offline), instead of staying empty for good', async () => {
    let loads = 0;
    const Greeting = lazyComponent<{ name: string }>(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline');
      return { default: (props) => <p>Hello {props.name}</p> };
    });
    await expect(Greeting.preload()).rejects.toThrow('offline');
    render(() => <Greeting name="Sam" />);
    await Greeting.preload();
    expect(screen.getByText('Hello Sam')).toBeTruthy();
    expect(loads).toBe(2);
  });
});
