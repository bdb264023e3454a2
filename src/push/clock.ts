// Time as a dependency, so the dispatcher's schedule can be tested without sleeping.

export interface Timer {
  cancel(): void;
}

export interface Clock {
  now(): number;
  /** Calls fn once, ms milliseconds from now, unless cancelled first. */
  after(ms: number, fn: () => void): Timer;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, fn) {
    const handle = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(handle) };
  },
};
