/**
 * The folder provider files are read from. `content/providers` unless PROVIDERS_DIR says otherwise
 * (the benchmark builds synthetic providers this way without touching the real content).
 */
export const PROVIDERS_DIR = process.env.PROVIDERS_DIR ?? './content/providers';
