/** Content types by file extension. */
export declare const MIME_TYPES: Record<string, string>;

/** A running static server; `url` ends with `/`. */
export interface DistServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves `root` (default `dist/`) on `host` (default 127.0.0.1); port 0 (default) picks a free port. */
export declare function serveDist(options?: { root?: string; host?: string; port?: number }): Promise<DistServer>;
