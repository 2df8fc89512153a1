// The states an answers worker reports through shared memory, so that the builder can wait for it synchronously.
export const WorkerState = { Starting: 0, Started: 1, Done: 2, Failed: 3 } as const;
