/** The query as the UI repeats it: trimmed, and cut on whole characters (never half an emoji). */
export function echoQuery(query: string): string {
  return Array.from(query.trim()).slice(0, 60).join('');
}
