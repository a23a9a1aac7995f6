export declare const DEV_URL: string;
export declare const PLACEHOLDER_PRODUCTION_URL: string;
export declare function productionUrl(env: Record<string, string | undefined>): string;
export declare function productionManifest(xml: string, baseUrl: string): string;
