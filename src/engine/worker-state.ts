// The states of an indexing worker in shared memory, so that the builder can wait for it synchronously.
export const WorkerState = {
  /** Loading its code. */
  Starting: 0,
  /** Indexing its run of facts. */
  Started: 1,
  /** Its documents' lengths are in the shared lengths array: waiting for the average length of all documents. */
  Lengths: 2,
  /** The average is in its control block: weighing its postings. */
  Weighing: 3,
  /** Its part has been posted. */
  Done: 4,
  /** It failed; the error has been posted. */
  Failed: 5,
} as const;
