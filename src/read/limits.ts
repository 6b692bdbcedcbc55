/** Files larger than this are refused (`too-large`) unless --max-file-size says otherwise: 64 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;
