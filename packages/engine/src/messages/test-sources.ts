/**
 * The engine's own source text, for tests that read it (which codes `issue(...)` names; which words the
 * Chinese catalogue uses). Read through Vite's `import.meta.glob`, as the engine has no Node types.
 * Keys are paths relative to this folder: `../size/classify-size.ts`, `./zh-cn/size.ts`.
 */
declare global {
  interface ImportMeta {
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}

export const SOURCES: Readonly<Record<string, string>> = import.meta.glob('../**/*.ts', { query: '?raw', import: 'default', eager: true });

/** The files of one folder of this one (`en`, `zh-cn`) by name, with their text. */
export function folder(name: string): Record<string, string> {
  const prefix = `./${name}/`;
  return Object.fromEntries(
    Object.entries(SOURCES)
      .map(([path, text]) => [path.replace(/^\.\.\/messages\//, './'), text] as const)
      .filter(([path]) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
      .map(([path, text]) => [path.slice(prefix.length), text]),
  );
}
