// Types of scripts/zones.mjs, for the tests that import it.
export declare const ZONES: readonly string[];
export declare const RERUN: readonly string[];
export declare function testFiles(dir?: string): string[];
export declare function takes(entry: string, file: string): boolean;
export declare function rerunFiles(): string[];
