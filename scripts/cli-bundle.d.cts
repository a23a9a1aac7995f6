export declare const BUNDLE: string;
export declare const SOURCES: readonly string[];
export declare function newestChange(paths: readonly string[]): number;
export declare function staleReason(bundle?: string, sources?: readonly string[]): string | null;
export declare function buildCli(bundle?: string, sources?: readonly string[], entry?: string): string;
