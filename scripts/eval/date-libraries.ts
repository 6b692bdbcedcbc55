export async function compareDateLibraries(): Promise<unknown> { return {}; }
export function formatLibraryTable(_: unknown): string { return ''; }
