// Types for test/wrap-html.mjs (a plain script, so the lead can run it with node on any folder).
export interface PageOptions { date?: string | null; index?: number; site?: string }
export function htmlPage(text: string, options?: PageOptions): string;
export function jsonlRecord(text: string, shape: 'news-please' | 'trafilatura', options?: { date?: string | null; index?: number }): string;
