/** Absolute path of the project root. */
export declare const projectRoot: string;
/** Absolute path of the shared folder (`$RIPEN_SHARED` or `../shared`); not checked. */
export declare function sharedRoot(): string;
/** Whether the shared folder, or an entry inside it, is present. */
export declare function hasShared(...segments: string[]): boolean;
/** Absolute path inside the shared folder; throws naming the missing folder when absent. */
export declare function sharedPath(...segments: string[]): string;
/** Absolute path inside `corpus/` of the shared folder; throws when absent. */
export declare function corpusPath(relative?: string): string;
/** Bytes of a corpus file. */
export declare function readCorpusBytes(relative: string): Uint8Array;
/** UTF-8 text of a corpus file. */
export declare function readCorpusText(relative: string): string;
/** Every file below a folder (recursively), absolute paths sorted by name at each level. */
export declare function listFiles(directory: string): string[];
