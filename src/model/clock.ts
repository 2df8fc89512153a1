// The injected clock: production reads the system time, tests pass a fixed or stepping one.
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
export const fixedClock = (iso: string): Clock => () => new Date(iso);
