// Whether this process holds an embedded store it must never tear down: after
// a failed write LadybugDB aborts the process (SIGABRT) when the database is
// destroyed, which Node does as a process ends by itself. The command line
// then ends with process.exit(), which skips that teardown; the files on
// disk were made whole when the write failed. Kept apart from the store so
// that `kg` can ask without loading the database.
let count = 0;

export const markLeftOpen = (): void => { count++; };

export const storeLeftOpen = (): boolean => count > 0;
